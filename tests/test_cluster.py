"""`letopis run --scheduler`: a memoir excerpt analysed on a Dask cluster of two workers gives
the same bytes as a run on this machine alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from letopis.cli import main

MEMOIRS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "memoirs"
distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (make run installs it)")
pytestmark = pytest.mark.skipif(not MEMOIRS.is_dir(), reason="../shared/corpus/memoirs is absent")


def excerpt(name: str, chars: int) -> str:
    """The opening of a memoir, up to the last line break within `chars` characters."""
    text = (MEMOIRS / name).read_text(encoding="utf-8")[:chars]
    return text[:text.rindex("\n") + 1]


def outputs(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file() and path.name != "manifest.json"}


def test_cluster_run_equals_local_run(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "sevastopol.txt").write_text(excerpt("tolstoy_sevastopol_1854_12.txt", 9000), encoding="utf-8")
    (inputs / "detstvo.txt").write_text(excerpt("gorky_detstvo.txt", 4000), encoding="utf-8")
    options = ["--chunk-chars", "1500", "--quiet"]  # pieces of one text go to both workers
    assert main(["run", str(inputs), "-o", str(tmp_path / "local"), *options]) == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        assert main(["run", str(inputs), "-o", str(tmp_path / "cluster"), "--scheduler",
                     cluster.scheduler_address, *options]) == 0
        with distributed.Client(cluster) as client:
            loaded = client.run(lambda: len(__import__("letopis.batch.runners").batch.runners._NLP))
    assert sum(loaded.values()) >= 1  # the models stay loaded in the worker between batches
    local, remote = outputs(tmp_path / "local"), outputs(tmp_path / "cluster")
    assert sorted(local) == sorted(remote) and {"sevastopol.json", "detstvo.ann", "events.csv"} <= set(local)
    for name in local:
        assert local[name] == remote[name], name
