"""Input files: decoded from bytes (so `\r\n` stays two characters and every
offset refers to the decoded file as it is) and refused with a one-line reason when
they are not text.

UTF-8 first. A file that is not UTF-8 is tried as the Cyrillic code pages of older
e-text libraries and editors (Windows cp1251, koi8-r, DOS cp866): each decoding is scored
by how Russian its letters look (how often each letter occurs in Russian, and whether each
word is cased as words are: `слово`, `Слово`, `СЛОВО`, not `сЛОВО`), and the best one is taken
when most of its non-ASCII letters and symbols are letters of Russian words. Failing that, UTF-8 with a stray
invalid byte or a character cut at the end (at most one in a thousand bytes) is read with each
invalid sequence as one U+FFFD, and the run says so; otherwise the file is refused and
`--encoding` names its code page. A file saved as UTF-16 with a byte-order mark (Windows
Notepad's "Unicode") is read too.

A byte-order mark (Windows editors write one) is not part of the text: `text` starts after
it, so offsets count characters from the first one after the mark."""
from __future__ import annotations

import codecs
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator


class InputError(Exception):
    """A file that cannot be analysed; the message is the reason, for one line of output."""


BOM = "\ufeff"
UTF8 = "utf-8"
CODE_PAGES = ("cp1251", "koi8-r", "cp866")  # tried in this order when a file is not UTF-8
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


REPLACEMENT = "\ufffd"
STRAY_BYTES = 1000  # UTF-8 with at most one invalid sequence in this many bytes is read as UTF-8


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec's name: "utf-8", "cp1251", "koi8-r", "cp866", "utf-16", ...
    replaced: int = 0  # invalid UTF-8 sequences read as U+FFFD (one character each)
    first_replaced: int | None = None  # the byte offset of the first of them

    def warning(self) -> str | None:
        """What a user should know of a text read with replacements, on one line."""
        if not self.replaced:
            return None
        return (f"{self.replaced} invalid UTF-8 byte sequence{'s' if self.replaced > 1 else ''} "
                f"(the first at byte {self.first_replaced}) read as U+FFFD")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"unreadable: {error.strerror or error}") from None


LONE_CR = re.compile(r"\r(?!\n)")


def line_ends(text: str) -> str:
    """The text as the analysis reads it: an old Mac line end (`\r` alone, as Mac OS 9 and
    some e-text converters write) made a `\n`, which has the same length, so every offset
    stays the file's; `\r\n` and `\n` as they are. The outputs keep the text as it was read."""
    return LONE_CR.sub("\n", text) if "\r" in text else text


def read_text(path: Path, encoding: str | None = None) -> str:
    return decode(read_bytes(path), encoding)


def decode(data: bytes, encoding: str | None = None) -> str:
    """The text of a file's bytes, or InputError with the reason it is none."""
    return decoded(data, encoding).text


def encoding_name(name: str) -> str:
    """The codec's own name for `name` (`CP1251` → `cp1251`, `koi8_r` → `koi8-r`);
    LookupError when Python knows no such codec."""
    return codecs.lookup(name).name


def decoded(data: bytes, encoding: str | None = None) -> Decoded:
    """The text of a file's bytes and the encoding it was read in: `encoding` when given,
    else UTF-8, UTF-16 with a byte-order mark, or the Cyrillic code page that reads best."""
    if encoding is not None:
        name = encoding_name(encoding)
        try:
            text = data.decode(name)
        except UnicodeDecodeError as error:
            raise InputError(f"not {name} (invalid byte at offset {error.start})") from None
        return Decoded(checked(text), name)
    if data.startswith(UTF16_BOMS):  # or a cp1251 text opening with `яю` (FF FE)
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = ""
        if text and sum(map(european, text)) >= 0.9 * len(text):
            return Decoded(checked(text), "utf-16")
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes): a .doc, .docx, .pdf or .epub is read once "
                         "saved as plain text (.txt)")
    try:
        return Decoded(checked(data.decode(UTF8)), UTF8)
    except UnicodeDecodeError as error:
        first_bad = error.start
    guess = code_page(data)
    if guess is not None:
        return Decoded(checked(data.decode(guess)), guess)
    text = data.decode(UTF8, errors="replace")
    replaced = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode(UTF8))
    if replaced * STRAY_BYTES <= len(data):  # UTF-8 with a stray byte or a character cut at the end
        return Decoded(checked(text), UTF8, replaced, first_bad)
    raise InputError(f"not UTF-8 (invalid byte at offset {first_bad}), nor Russian in "
                     f"{', '.join(CODE_PAGES)}: name its encoding with --encoding") from None


def checked(text: str) -> str:
    text = text.removeprefix(BOM)
    if "\x00" in text:
        raise InputError("binary file (contains NUL characters)")
    if not text.strip():
        raise InputError("empty")
    return text


# How often each letter occurs in Russian prose (per letter, the usual table); a Cyrillic
# letter outside it (Ukrainian, Serbian) or another non-ASCII character counts as rare.
FREQUENCIES = {
    "о": .1097, "е": .0845, "а": .0801, "и": .0735, "н": .0670, "т": .0626, "с": .0547,
    "р": .0473, "в": .0454, "л": .0440, "к": .0349, "м": .0321, "д": .0298, "п": .0281,
    "у": .0262, "я": .0201, "ы": .0190, "ь": .0174, "г": .0170, "з": .0165, "б": .0159,
    "ч": .0144, "й": .0121, "х": .0097, "ж": .0094, "ш": .0073, "ю": .0064, "ц": .0048,
    "щ": .0036, "э": .0032, "ф": .0026, "ъ": .0004, "ё": .0004,
}
LETTER = {letter: math.log(p) for letter, p in FREQUENCIES.items()}
RARE_LETTER = math.log(1e-4)
PUNCTUATION = math.log(1e-2)  # «», dashes, №, no-break space: common in a right decoding
SYMBOL = math.log(1e-5)  # box drawing, currency signs, control characters
MISCASED = -3.0  # per letter of a word cased as no word is (`сЛОВО`)
WORD = re.compile(r"[^\W\d_]+")


def european(char: str) -> bool:
    """ASCII, Latin-1, Cyrillic or general punctuation: what a Russian text in UTF-16 is made of
    (a text in another encoding read as UTF-16 gives CJK and other scripts)."""
    return char < "\u0530" or "\u2000" <= char < "\u2070" or char in "\u2116\ufeff"


def cyrillic(word: str) -> bool:
    return all("\u0400" <= char <= "\u04ff" for char in word)


def cased(word: str) -> bool:
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def russian_score(text: str) -> tuple[float, int, int]:
    """(log-likelihood of the text's non-ASCII characters as Russian, how many of them are
    letters of well-cased Cyrillic words, how many non-ASCII letters and symbols there are:
    punctuation and spaces, which a right decoding has too, are not counted)."""
    score, russian = 0.0, 0
    lettered = 0
    for word in WORD.findall(text):
        if word.isascii():
            continue
        lettered += sum(not char.isascii() for char in word)
        if not cyrillic(word):  # Latin and Cyrillic in one word, or another script
            score += SYMBOL * sum(not char.isascii() for char in word)
            continue
        score += sum(LETTER.get(char, RARE_LETTER) for char in word.lower())
        if cased(word):
            russian += len(word)
        else:
            score += MISCASED * len(word)
    others = [char for char in text if not char.isascii() and not char.isalpha()]
    punctuation = sum(unicodedata.category(char)[0] in "PZ" for char in others)
    score += PUNCTUATION * punctuation + SYMBOL * (len(others) - punctuation)
    return score, russian, lettered + len(others) - punctuation


def code_page(data: bytes) -> str | None:
    """The Cyrillic code page in which `data` reads most like Russian, or None when in none
    of them most of its non-ASCII letters and symbols are letters of Russian words."""
    best, best_score = None, -math.inf
    for name in CODE_PAGES:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score, russian, non_ascii = russian_score(text)
        if non_ascii and 2 * russian > non_ascii and score > best_score:
            best, best_score = name, score
    return best


def find_inputs(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, output stem) for every file named, and every `.txt` (`.TXT` too) found below a
    named directory, leaving out hidden files and folders there (`.git`, the `._NAME.txt` a Mac
    leaves on a USB stick).

    A directory's files keep their sub-folders in the output, so same-named
    files in different folders do not overwrite each other.
    """
    for path in paths:
        if path.is_dir():
            for file in texts_below(path):
                yield file, file.relative_to(path).with_suffix("")
        else:
            yield path, Path(path.stem)


def texts_below(folder: Path) -> list[Path]:
    """The `.txt` files below `folder`, sorted by path, none hidden."""
    return sorted(file for file in folder.rglob("*")
                  if file.suffix.lower() == ".txt" and file.is_file()
                  and not any(part.startswith(".") for part in file.relative_to(folder).parts))


def others_below(folder: Path) -> list[Path]:
    """The files below `folder` that a run leaves aside: not `.txt`, none hidden, sorted by path."""
    return sorted(file for file in folder.rglob("*")
                  if file.suffix.lower() != ".txt" and file.is_file()
                  and not any(part.startswith(".") for part in file.relative_to(folder).parts))


RUN_FILES = {"manifest.json"}  # what a run writes under that name (`batch/manifest.py`)


def output_path(outdir: Path, stem: Path, suffix: str) -> Path:
    """Where the result of an input goes: `tom.1.txt` gives `tom.1.json`, not `tom.json`; a text
    called `manifest` gives `manifest.text.json`, leaving the run its manifest.json (as a text
    called `index` gets `index.text.html`, `export/reading.py`)."""
    name = f"{stem.name}{suffix}"
    return outdir / stem.parent / (f"{stem.name}.text{suffix}" if name in RUN_FILES else name)
