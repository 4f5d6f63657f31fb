"""A small corpus run through `letopis run --formats all`, shared by the views' tests.

The seed, the memoir development passages of gold/memoirs, a memoir passage with day dates and a nested name, and a text whose characters an
exporter must not take for markup (`<script>`, `&`, `]]>`, quotes).
"""
from __future__ import annotations

import json
from pathlib import Path

from letopis.cli import main

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ("Анна Ахматова написала в Париж: <script>alert('Пётр & Павел')</script> — и ещё «]]>» "
           "& \"кавычки\" <b>не жирные</b>.\n"
           "Весной 1921 года Ахматова вернулась в Петроград, сказав: \"<script>alert(1)</script>, & ]]>\".\n")
MEMOIR = ("Глава первая\n"
          "3 марта 1917 года в Петрограде Николай Гумилёв встретился с Анной Ахматовой.\n"
          "В 1913 году дело Бейлиса слушалось в Киеве, и Гумилёв уехал в Африку.\n"
          "Летом 1921 года Гумилёва арестовали в Петрограде.\n")
BOOK = ("ВОСПОМИНАНИЯ\n"
        "Глава первая\n"
        "Весной 1921 года Анна Ахматова вернулась в Петроград и поселилась у друзей на Фонтанке, где прожила до осени.[1]\n"
        "Там она встретилась с Николаем Гумилёвым, который только что вернулся из Москвы и много рассказывал о планах.\n"
        "Глава вторая\n"
        "Летом 1921 года Гумилёва арестовали в Петрограде, и Ахматова узнала об этом от общих знакомых через неделю.\n"
        "Примечания\n"
        "1. Дом на Фонтанке принадлежал Шереметевым.\n")
TEXTS = {"book/memoirs": BOOK, "serge": (ROOT / "seeds" / "serge.txt").read_text(encoding="utf-8"),
         "hostile": HOSTILE, "memoir/gumilev": MEMOIR}
MEMOIRS = sorted((ROOT / "gold" / "memoirs").glob("*.txt"))  # the memoir development passages
TEXTS.update({f"memoirs/{path.stem}": path.read_text(encoding="utf-8") for path in MEMOIRS})


def run_corpus(folder: Path, formats: str = "all") -> Path:
    source, out = folder / "in", folder / "out"
    for stem, text in TEXTS.items():
        path = source / f"{stem}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    # Small pieces, so the exporters meet texts analysed in several pieces, as books are.
    assert main(["run", str(source), "-o", str(out), "--formats", formats, "--quiet", "--chunk-chars", "1500"]) == 0
    return out


def load_json(out: Path, stem: str) -> dict:
    return json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
