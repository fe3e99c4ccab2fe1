"""fillcheck corpus inputs: compression, Parquet, folders and globs, bad records, bad files."""

from __future__ import annotations

import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard
from corpusdata import expected_rows, read_jsonl, run, write_jsonl


def _without_file(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in row.items() if k != "file"} for row in rows]


def test_gz_and_zst_inputs_give_the_findings_of_plain_json_lines(tmp_path, records):
    plain = write_jsonl(tmp_path / "c.jsonl", records, ascii=True).read_bytes()
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(plain))
    (tmp_path / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(plain))
    for name in ("c.jsonl.gz", "c.jsonl.zst"):
        proc = run("corpus", name, "-o", f"{name}.out.jsonl", "-j", "1", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert read_jsonl(tmp_path / f"{name}.out.jsonl") == expected_rows(records, name)


def test_parquet_in_and_out(tmp_path, records):
    table = pa.table({
        "id": [r.get("id") for r in records],
        "content": [r["text"] for r in records],
    })  # fmt: skip
    pq.write_table(table, tmp_path / "c.parquet", row_group_size=40)
    proc = run("corpus", "c.parquet", "--text-key", "content", "-o", "f.parquet", "-j", "2",
               "--batch-size", "16", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    found = pq.read_table(tmp_path / "f.parquet")
    assert found.schema.names == ["file", "id", "start", "end", "line", "column", "rule", "name",
                                  "category", "severity", "text", "message"]  # fmt: skip
    expected = expected_rows(records, "c.parquet")
    for row in expected:  # a null id is the row number; Parquet ids are strings
        row["id"] = str(row["id"])
    assert found.to_pylist() == expected


def test_parquet_rows_without_text_and_files_without_the_column(tmp_path):
    pq.write_table(pa.table({"text": ["共**次", None, "好"]}), tmp_path / "a.parquet")
    pq.write_table(pa.table({"body": ["共**次"]}), tmp_path / "b.parquet")
    pq.write_table(pa.table({"text": [1, 2]}), tmp_path / "c.parquet")
    proc = run("corpus", "a.parquet", "b.parquet", "c.parquet", "-o", "f.jsonl", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[:3] == [
        "fillcheck: error: a.parquet: row 2: 'text' is null",
        "fillcheck: error: b.parquet: has no column 'text' (use --text-key)",
        "fillcheck: error: c.parquet: column 'text' holds int64, not text",
    ]
    assert [(r["id"], r["rule"]) for r in read_jsonl(tmp_path / "f.jsonl")] == [(1, "FC101")]


def test_bad_records_are_reported_skipped_and_the_run_goes_on(tmp_path):
    lines = [
        '{"id": "a", "text": "共**次"}',
        "{not json",
        '["a list"]',
        '{"id": "b"}',
        '{"id": "c", "text": 5}',
        "",
        '{"id": "d", "text": "XX名"}',
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("corpus", "in.jsonl", "-o", "out.jsonl", "-j", "2", "--batch-size", "2",
               cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if "error" in line]
    assert [e.split(" (")[0] for e in errors] == [
        "fillcheck: error: in.jsonl:2: not JSON",
        "fillcheck: error: in.jsonl:3: not a JSON object",
        "fillcheck: error: in.jsonl:4: no key 'text'",
        "fillcheck: error: in.jsonl:5: not a string in key 'text'",
    ]
    assert "; 4 bad records" in proc.stderr
    assert [(r["id"], r["rule"]) for r in read_jsonl(tmp_path / "out.jsonl")] == [
        ("a", "FC101"),
        ("d", "FC102"),
    ]


def test_unreadable_files_are_one_line_each_and_the_others_are_done(tmp_path):
    (tmp_path / "good.jsonl").write_text('{"id": 1, "text": "共**次"}\n', encoding="utf-8")
    (tmp_path / "broken.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n' * 100)[:40])
    (tmp_path / "notes.txt").write_text("共**次", encoding="utf-8")
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    (tmp_path / "bad.jsonl.zst").write_bytes(b"\x28\xb5\x2f\xfd" + b"garbage" * 20)
    names = ["missing.jsonl", "broken.jsonl.gz", "notes.txt", "bad.parquet", "good.jsonl",
             "nothing-*.jsonl", "bad.jsonl.zst"]  # fmt: skip
    proc = run("corpus", *names, "-o", "out.jsonl", cwd=tmp_path)
    assert proc.returncode == 2
    errors = proc.stderr.splitlines()
    assert errors[0] == "fillcheck: error: missing.jsonl: no such file"
    assert errors[1].startswith("fillcheck: error: notes.txt: is not JSON Lines")
    assert errors[2] == "fillcheck: error: nothing-*.jsonl: no JSON Lines or Parquet files match"
    assert errors[3] == (
        "fillcheck: error: broken.jsonl.gz: cannot be read after line 100: "
        "Compressed file ended before the end-of-stream marker was reached"
    )  # the 100 lines before the damage were audited
    assert errors[4].startswith("fillcheck: error: bad.parquet: is not a valid Parquet file")
    assert errors[5] == (
        "fillcheck: error: bad.jsonl.zst: cannot be read after line 0: "
        "zstd decompress error: Dictionary mismatch"
    )
    assert "; 6 unreadable files" in errors[6]
    assert [(r["id"], r["rule"]) for r in read_jsonl(tmp_path / "out.jsonl")] == [(1, "FC101")]


def test_folders_and_globs_are_read_in_name_order(tmp_path):
    folder = tmp_path / "shards"
    (folder / "sub").mkdir(parents=True)
    for name, text in (("b.jsonl", "XX名"), ("a.jsonl.gz", "共**次"), ("sub/c.jsonl", "某单位")):
        data = json.dumps({"id": name, "text": text}).encode() + b"\n"
        (folder / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    (folder / "readme.txt").write_text("XX名", encoding="utf-8")
    proc = run("corpus", "shards", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    ids = [json.loads(line)["id"] for line in proc.stdout.splitlines()]
    assert ids == ["a.jsonl.gz", "b.jsonl", "sub/c.jsonl"]
    proc = run("corpus", "shards/**/*.jsonl", cwd=tmp_path)
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == [
        "b.jsonl",
        "sub/c.jsonl",
    ]
