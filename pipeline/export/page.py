"""Self-contained HTML pages: a template from `export/web/` with its CSS and script inlined.

Text is data: every value put into a page goes through `text` or `attribute` (HTML-escaped)
or `script_json` (JSON that cannot close its <script> element).
"""
from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from importlib.resources import files

SLOT = re.compile(r"\{\{(\w+)\}\}")


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    return files("letopis.export.web").joinpath(name).read_text(encoding="utf-8")


def fill(template: str, **slots: str) -> str:
    """`{{name}}` replaced by the slot's value; values are not searched for slots again."""
    return SLOT.sub(lambda found: slots[found[1]], asset(template))


def text(value: object) -> str:
    return html.escape(str(value), quote=False)


def attribute(value: object) -> str:
    return html.escape(str(value), quote=True)


def script_json(value: object) -> str:
    """JSON for a <script type="application/json">: `<`, `>` and `&` as \\u escapes."""
    dumped = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return dumped.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
