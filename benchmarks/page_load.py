"""How fast a reading view opens in headless Chromium: size, time to the load event, marks,
and the time to highlight the most mentioned person.

    python benchmarks/page_load.py OUTDIR/tom1.html
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser import Browser  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    args = parser.parse_args()
    browser = Browser()
    try:
        seconds = browser.open(args.page)
        marks = browser.run("document.querySelectorAll('#text [data-id]').length")
        started = time.time()
        browser.click("button.person")
        highlighted = browser.run("document.querySelectorAll('#text .hl').length")
        click = time.time() - started
        print(f"{args.page}: {args.page.stat().st_size / 1e6:.2f} MB, load event after {seconds:.2f} s, "
              f"{marks} marks; the first person highlighted ({highlighted} marks) in {click:.2f} s; "
              f"errors: {browser.errors() or 'none'}; requests leaving the file: {browser.outside_requests() or 'none'}")
    finally:
        browser.close()


if __name__ == "__main__":
    main()
