"""Input files: decoded from bytes (so `\r\n` stays two characters and every
offset refers to the file as it is) and refused with a one-line reason when
they are not text.

A UTF-8 byte-order mark (Windows editors write one) is not part of the text:
`text` starts after it, so offsets count characters from the first one after
the mark."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator


class InputError(Exception):
    """A file that cannot be analysed; the message is the reason, for one line of output."""


BOM = "\ufeff"


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"unreadable: {error.strerror or error}") from None


def read_text(path: Path) -> str:
    return decode(read_bytes(path))


def decode(data: bytes) -> str:
    """The text of a file's bytes, or InputError with the reason it is none."""
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 (invalid byte at offset {error.start})") from None
    text = text.removeprefix(BOM)
    if not text.strip():
        raise InputError("empty")
    return text


def find_inputs(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, output stem) for every `.txt` named or found below a named directory.

    A directory's files keep their sub-folders in the output, so same-named
    files in different folders do not overwrite each other.
    """
    for path in paths:
        if path.is_dir():
            for file in sorted(path.rglob("*.txt")):
                yield file, file.relative_to(path).with_suffix("")
        else:
            yield path, Path(path.stem)


def output_path(outdir: Path, stem: Path, suffix: str) -> Path:
    """Where the result of an input goes: `tom.1.txt` gives `tom.1.json`, not `tom.json`."""
    return outdir / stem.parent / f"{stem.name}{suffix}"
