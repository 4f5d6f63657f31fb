"""Files appear whole or not at all: written to a temporary name, then renamed."""
from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


UMASK = umask()
TEMPORARY = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # what `atomic_open` names a file while writing


@contextmanager
def atomic_open(path: Path) -> Iterator[IO[str]]:
    """A text file opened for writing at a temporary name beside `path`; renamed on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            yield file
        os.chmod(temp, 0o666 & ~UMASK)  # mkstemp makes it private; the output is not
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def remove_temporaries(folder: Path) -> None:
    """Half-written files a killed run left below `folder`."""
    if folder.is_dir():
        for path in folder.rglob(".*.tmp"):
            if TEMPORARY.match(path.name) and path.is_file():
                path.unlink(missing_ok=True)
