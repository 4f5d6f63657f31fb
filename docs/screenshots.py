"""The README's pictures: a reading view with a person and an event selected, and a corpus index.

    python docs/screenshots.py OUTDIR/serge.html OUTDIR/index.html
"""
from __future__ import annotations

import base64
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser import Browser  # noqa: E402

DOCS = Path(__file__).resolve().parent


def shoot(browser: Browser, name: str, height: int = 900) -> None:
    browser.call("Emulation.setDeviceMetricsOverride", width=1280, height=height, deviceScaleFactor=1, mobile=False)
    picture = browser.call("Page.captureScreenshot", format="png")["data"]
    (DOCS / name).write_bytes(base64.b64decode(picture))


def main(page: Path, index: Path) -> None:
    browser = Browser()
    try:
        browser.open(page)
        browser.click("button.person")
        browser.click('#text [data-layer=event][data-id]')
        browser.call("Input.dispatchMouseEvent", type="mouseMoved", x=5, y=5)  # no tooltip
        browser.run("window.scrollTo(0, 0); document.getElementById('side').scrollTo(0, 0)")
        shoot(browser, "reading-view.png")
        browser.open(index)
        shoot(browser, "corpus-index.png", height=1000)
    finally:
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
