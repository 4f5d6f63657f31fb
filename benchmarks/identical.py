"""Whether two versions of the pipeline write the same bytes: the check behind every speed change.

    python benchmarks/identical.py --old COMMIT        # this checkout against COMMIT's code

COMMIT's `pipeline/` and `models/` are checked out in a temporary git worktree and run as the
package `letopis` (a symlink on `PYTHONPATH`, `LETOPIS_MODELS` for the tables); this checkout's
code runs the same way, with the same interpreter. Both run `letopis run --formats all -j 1` on
the same inputs: `seeds/`, `gold/memoirs/`, every `gold/probe/*`, `tests/texts/*`, the first
200,000 characters of War and Peace (also with `-j 2`) and the first 30 NEREL dev documents (also
with `--convention nerel`); then every output file is compared byte for byte, `manifest.json`
aside (it records times). Prints the files that differ and exits with 1 if there are any.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import BOOK, book_text  # noqa: E402


def inputs(folder: Path, book_chars: int, nerel_docs: int) -> None:
    """The texts, copied into `folder` (one sub-folder per source, so the names cannot clash)."""
    sources = [("seeds", ROOT / "seeds"), ("memoirs", ROOT / "gold" / "memoirs")]
    sources += [(f"probe_{p.name}", p) for p in sorted((ROOT / "gold" / "probe").iterdir()) if p.is_dir()]
    sources += [(f"texts_{p.name}", p) for p in sorted((ROOT / "tests" / "texts").iterdir()) if p.is_dir()]
    for name, source in sources:
        for text in sorted(source.glob("*.txt")):
            (folder / "main" / name).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(text, folder / "main" / name / text.name)
    (folder / "book").mkdir(parents=True)
    (folder / "book" / "war_and_peace.txt").write_text(book_text(BOOK, book_chars), encoding="utf-8")
    (folder / "nerel").mkdir(parents=True)
    for text in sorted((SHARED / "nerel" / "dev").glob("*.txt"))[:nerel_docs]:
        shutil.copyfile(text, folder / "nerel" / text.name)


RUNS = [("main", ["-j", "1"]), ("book", ["-j", "1"]), ("book", ["-j", "2"]), ("nerel", ["-j", "1"]),
        ("nerel", ["-j", "1", "--convention", "nerel"])]


def run_all(package: Path, models: Path, texts: Path, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(package), "LETOPIS_MODELS": str(models)}
    for number, (name, options) in enumerate(RUNS):
        command = [sys.executable, "-c", "import sys; from letopis.cli import main; sys.exit(main())", "run", str(texts / name), "-o", str(out / f"{number}_{name}"),
                   "--formats", "all", "--quiet", *options]
        subprocess.run(command, check=True, env=env, cwd=package)


def differences(left: Path, right: Path) -> list[str]:
    found = []
    names = {p.relative_to(left) for p in left.rglob("*") if p.is_file()}
    names |= {p.relative_to(right) for p in right.rglob("*") if p.is_file()}
    for name in sorted(names):
        if name.name == "manifest.json":
            continue
        a, b = left / name, right / name
        if not (a.is_file() and b.is_file()) or not filecmp.cmp(a, b, shallow=False):
            found.append(str(name))
    return found


def package_of(code: Path, folder: Path) -> Path:
    """A folder holding `letopis` → `code/pipeline`, to put on `PYTHONPATH`."""
    folder.mkdir(parents=True)
    (folder / "letopis").symlink_to(code / "pipeline")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", default="main", help="the commit to compare against (default: main)")
    parser.add_argument("--book-chars", type=int, default=200_000)
    parser.add_argument("--nerel-docs", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="write the outputs here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = args.keep or Path(temporary)
        old = work / "old_code"
        subprocess.run(["git", "worktree", "add", "--detach", str(old), args.old], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        try:
            inputs(work / "texts", args.book_chars, args.nerel_docs)
            run_all(package_of(old, work / "old_pkg"), old / "models", work / "texts", work / "old")
            run_all(package_of(ROOT, work / "new_pkg"), ROOT / "models", work / "texts", work / "new")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old)], check=True, cwd=ROOT)
        found = differences(work / "old", work / "new")
        files = sum(1 for p in (work / "new").rglob("*") if p.is_file())
    for name in found:
        print(f"differs: {name}")
    print(f"{files} files compared with {args.old}: {len(found)} differ (manifest.json aside)")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
