"""datatrove: the annotator and the filter in a LocalPipelineExecutor match --jobs 1."""

from __future__ import annotations

import json

import pytest
from corpusdata import read_jsonl, run, write_jsonl

pytest.importorskip("datatrove")


def _pipeline(tmp_path, step, name: str) -> list[dict]:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in"), glob_pattern="*.jsonl"),
            step,
            JsonlWriter(str(tmp_path / name), output_filename="out.jsonl", compression=None),
        ],
        tasks=1,
        logging_dir=str(tmp_path / f"logs-{name}"),
    )
    executor.run()
    return read_jsonl(tmp_path / name / "out.jsonl")


@pytest.fixture
def corpus(tmp_path, records):
    (tmp_path / "in").mkdir()
    numbered = [
        {**r, "id": r.get("id", f"n{n}")}
        for n, r in enumerate(records, start=1)
        if r["text"]  # datatrove's reader passes over empty documents
    ]
    write_jsonl(tmp_path / "in" / "c.jsonl", numbered, ascii=True)
    return numbered


def test_annotator_metadata_holds_the_findings_of_jobs_1(tmp_path, corpus):
    from fillcheck.datatrove import FillcheckAnnotator

    proc = run("corpus", "in/c.jsonl", "-o", "one.jsonl", "-j", "1", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    expected: dict[str, list] = {r["id"]: [] for r in corpus}
    for row in read_jsonl(tmp_path / "one.jsonl"):
        expected[row.pop("id")].append({k: v for k, v in row.items() if k != "file"})
    docs = _pipeline(tmp_path, FillcheckAnnotator(), "annotated")
    assert [doc["id"] for doc in docs] == [r["id"] for r in corpus]
    assert {doc["id"]: doc["metadata"]["fillcheck"] for doc in docs} == expected
    assert sum(map(len, expected.values())) > 50


def test_filter_keeps_what_corpus_keep_writes(tmp_path, corpus):
    from fillcheck.datatrove import FillcheckFilter

    proc = run("corpus", "in/c.jsonl", "--select", "FC2", "-o", "f.jsonl", "--keep", "kept.jsonl",
               "-j", "1", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    kept = [json.loads(line)["id"] for line in (tmp_path / "kept.jsonl").open(encoding="utf-8")]
    docs = _pipeline(tmp_path, FillcheckFilter(select="FC2"), "filtered")
    assert [doc["id"] for doc in docs] == kept
    assert 0 < len(kept) < len(corpus)
