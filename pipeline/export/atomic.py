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
# what `atomic_open` names a file while writing: `.NAME.PID.RANDOM.tmp`, PID the writer's
TEMPORARY = re.compile(r"^\..+\.(?P<pid>[0-9]+)\.[a-z0-9_]{8}\.tmp$")


@contextmanager
def atomic_open(path: Path, binary: bool = False) -> Iterator[IO]:
    """A text file (a binary one with `binary`) opened for writing at a temporary name beside
    `path`; renamed on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")) as file:
            yield file
        os.chmod(temp, 0o666 & ~UMASK)  # mkstemp makes it private; the output is not
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def alive(pid: int) -> bool:
    """Whether a process `pid` runs on this machine (whoever owns it)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_temporaries(folder: Path) -> None:
    """Half-written files a killed run left below `folder`. A file another run is writing at
    the same time (two `letopis run` into nested folders, `make nerel` beside `make test`) is
    left alone: its writer's process still lives."""
    if folder.is_dir():
        for path in folder.rglob(".*.tmp"):
            name = TEMPORARY.match(path.name)
            if name and path.is_file() and not alive(int(name["pid"])):
                path.unlink(missing_ok=True)
