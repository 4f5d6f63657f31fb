"""Headless Chromium driven over the DevTools protocol: open a page, run script, click,
and record every request and every error the page makes.

Debian's `chromium`; tests that use it skip with the reason when it is missing.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--remote-debugging-port=0", "--window-size=1280,900"]
START_SECONDS = 20
VIRTUAL_KEYS = {"Escape": 27, "Enter": 13, "Tab": 9}
LOCAL_SCHEMES = ("file:", "data:", "about:")


class Browser:
    def __init__(self) -> None:
        import websocket  # test dependency

        self.profile = tempfile.mkdtemp(prefix="letopis-chromium-")
        self.process = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._port()
        page = next(t for t in self._targets(port) if t["type"] == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.serial = 0
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def _port(self) -> int:
        active = Path(self.profile) / "DevToolsActivePort"
        deadline = time.time() + START_SECONDS
        while time.time() < deadline:
            if active.exists() and active.read_text().strip():
                return int(active.read_text().split()[0])
            time.sleep(0.05)
        raise RuntimeError("chromium did not start")

    def _targets(self, port: int) -> list[dict]:
        deadline = time.time() + START_SECONDS
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as answer:
                    targets = json.load(answer)
                if any(t["type"] == "page" for t in targets) or time.time() > deadline:
                    return targets
            except OSError:
                if time.time() > deadline:
                    raise
            time.sleep(0.05)

    def call(self, method: str, **params) -> dict:
        self.serial += 1
        serial = self.serial
        self.socket.send(json.dumps({"id": serial, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == serial:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str, seconds: float = 30) -> dict:
        deadline = time.time() + seconds
        for event in self.events:
            if event.get("method") == method:
                return event
        while time.time() < deadline:
            message = json.loads(self.socket.recv())
            if "method" in message:
                self.events.append(message)
                if message["method"] == method:
                    return message
        raise TimeoutError(method)

    def open(self, path: Path) -> float:
        """Loads the page; returns the seconds until its load event."""
        return self.go(path.resolve().as_uri())

    def go(self, url: str) -> float:
        """Navigates to `url`; returns the seconds until its load event."""
        self.events.clear()
        started = time.time()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired", seconds=60)
        return time.time() - started

    def clicked_to_page(self, selector: str) -> None:
        """Clicks a link and waits for the page it opens."""
        self.events.clear()
        self.click(selector)
        self.wait_for("Page.loadEventFired", seconds=60)

    def run(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click at the middle of the element."""
        box = self.run(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            e.scrollIntoView({{block: 'center'}}); const r = e.getClientRects()[0];
            return [r.left + r.width / 2, r.top + r.height / 2]; }})()""")
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def key(self, key: str) -> None:
        """A key press: a character (`n`) or a named key (`Escape`)."""
        typed = {"text": key} if len(key) == 1 else {"windowsVirtualKeyCode": VIRTUAL_KEYS[key]}
        self.call("Input.dispatchKeyEvent", type="keyDown", key=key, **typed)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=key, **typed)

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and browser log errors (CSP violations among them)."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(str(params["exceptionDetails"]))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(str(params.get("args")))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(params["entry"]["text"])
        return found

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def outside_requests(self) -> list[str]:
        return [url for url in self.requests() if not url.startswith(LOCAL_SCHEMES)]

    def close(self) -> None:
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            shutil.rmtree(self.profile, ignore_errors=True)
