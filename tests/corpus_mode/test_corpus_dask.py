"""Dask: --scheduler, audit_bag and audit_dataframe give the findings of --jobs 1."""

from __future__ import annotations

import logging

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from corpusdata import read_jsonl, run, write_jsonl

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR
    )
    with distributed.Client(cluster) as connected:
        yield connected
    cluster.close()


def _shards(tmp_path, records) -> list[str]:
    """Two JSON Lines shards and a Parquet file of three row groups."""
    write_jsonl(tmp_path / "a.jsonl", records[:70], ascii=True)
    write_jsonl(tmp_path / "b.jsonl", records[70:120], ascii=False)
    rest = records[120:]
    table = pa.table({"id": [r.get("id") for r in rest], "text": [r["text"] for r in rest]})
    pq.write_table(table, tmp_path / "c.parquet", row_group_size=-(-len(rest) // 3))
    assert pq.ParquetFile(tmp_path / "c.parquet").metadata.num_row_groups == 3
    return ["a.jsonl", "b.jsonl", "c.parquet"]


def test_scheduler_parts_concatenate_to_the_jobs_1_output(tmp_path, records):
    inputs = _shards(tmp_path, records)
    one = run("corpus", *inputs, "-o", "one.jsonl", "--keep", "k.jsonl", "-j", "1", cwd=tmp_path)
    assert one.returncode == 0, one.stderr
    many = run("corpus", *inputs, "-o", "parts/out.jsonl", "--keep", "parts/k.jsonl",
               "--scheduler", "local:2", cwd=tmp_path)  # fmt: skip
    assert many.returncode == 0, many.stderr
    names = sorted(p.name for p in (tmp_path / "parts").iterdir())
    assert names == [f"{stem}.part-{i:05d}.jsonl" for stem in ("k", "out") for i in range(5)]
    for stem, whole in (("out", "one.jsonl"), ("k", "k.jsonl")):
        joined = b"".join(
            (tmp_path / "parts" / f"{stem}.part-{i:05d}.jsonl").read_bytes() for i in range(5)
        )
        assert joined == (tmp_path / whole).read_bytes()
    assert len(read_jsonl(tmp_path / "one.jsonl")) > 50
    assert many.stderr.splitlines()[0].startswith(f"fillcheck: {len(records)} records ")
    assert one.stderr.splitlines()[:-1] == many.stderr.splitlines()[:-1]  # all but the time


def test_audit_bag_gives_the_findings_of_jobs_1(tmp_path, records, client):
    import dask.bag as db

    from fillcheck.dask import audit_bag

    write_jsonl(tmp_path / "in.jsonl", records, ascii=False)
    proc = run("corpus", "in.jsonl", "-o", "one.jsonl", "-j", "1", "--select", "FC1,FC2",
               cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    expected = [{k: v for k, v in row.items() if k != "file"}
                for row in read_jsonl(tmp_path / "one.jsonl")]  # fmt: skip
    numbered = [{"id": r.get("id", n), **r} for n, r in enumerate(records, start=1)]
    bag = db.from_sequence(numbered, npartitions=4)
    found = audit_bag(bag, text_key="text", select="FC1,FC2").compute()
    assert found == expected
    assert len(client.scheduler_info()["workers"]) == 2


def test_audit_dataframe_with_map_partitions(tmp_path, records, client):
    import dask.dataframe as dd
    import pandas as pd

    from fillcheck.dask import audit_dataframe

    write_jsonl(tmp_path / "in.jsonl", records, ascii=False)
    proc = run("corpus", "in.jsonl", "-o", "one.jsonl", "-j", "1", cwd=tmp_path)
    expected = [{k: v for k, v in row.items() if k != "file"}
                for row in read_jsonl(tmp_path / "one.jsonl")]  # fmt: skip
    frame = pd.DataFrame({
        "id": [str(r.get("id", n)) for n, r in enumerate(records, start=1)],
        "text": [r["text"] for r in records],
    })  # fmt: skip
    findings = audit_dataframe(dd.from_pandas(frame, npartitions=3)).compute()
    for row in expected:
        row["id"] = str(row["id"])
    assert findings.to_dict("records") == expected
    assert proc.returncode == 0


def test_bad_arguments_fail_on_the_client():
    import dask.bag as db

    from fillcheck.dask import audit_bag

    with pytest.raises(ValueError, match="unknown kind 'pptx'"):
        audit_bag(db.from_sequence([{"text": "x"}]), kind="pptx")
