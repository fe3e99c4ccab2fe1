"""fillcheck corpus on JSON Lines: equality with audit_text, escaping, outputs, keep/drop."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from corpusdata import expected_rows, read_jsonl, run, write_jsonl

from fillcheck import audit_text


def test_escaped_and_unescaped_json_give_the_findings_of_audit_text(tmp_path, records):
    write_jsonl(tmp_path / "escaped.jsonl", records, ascii=True)
    write_jsonl(tmp_path / "plain.jsonl", records, ascii=False)
    assert b"\\u" in (tmp_path / "escaped.jsonl").read_bytes()
    for name in ("escaped", "plain"):
        proc = run("corpus", f"{name}.jsonl", "-o", f"{name}.out.jsonl", "-j", "1", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
    escaped = read_jsonl(tmp_path / "escaped.out.jsonl")
    plain = read_jsonl(tmp_path / "plain.out.jsonl")
    assert escaped == expected_rows(records, "escaped.jsonl")
    assert plain == expected_rows(records, "plain.jsonl")
    assert len(plain) > 50  # the samples are dense with findings
    assert {row["rule"][:3] for row in plain} >= {"FC1", "FC2", "FC3"}


def test_two_jobs_write_what_one_job_writes(tmp_path, records):
    write_jsonl(tmp_path / "in.jsonl", records, ascii=False)
    for jobs in ("1", "2"):
        proc = run("corpus", "in.jsonl", "-o", f"out{jobs}.jsonl", "-j", jobs, "--batch-size",
                   "7", cwd=tmp_path)  # fmt: skip
        assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out1.jsonl").read_bytes() == (tmp_path / "out2.jsonl").read_bytes()


def test_offsets_cut_the_finding_text_out_of_the_record(tmp_path, records):
    write_jsonl(tmp_path / "in.jsonl", records, ascii=True)
    proc = run("corpus", "in.jsonl", "-j", "1", cwd=tmp_path)  # to standard output
    assert proc.returncode == 0, proc.stderr
    texts = {r.get("id", n): r["text"] for n, r in enumerate(records, start=1)}
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows and all(texts[r["id"]][r["start"] : r["end"]] == r["text"] for r in rows)


def test_dolma_attributes_one_line_per_record_in_order(tmp_path, records):
    write_jsonl(tmp_path / "in.jsonl", records, ascii=False)
    proc = run("corpus", "in.jsonl", "-o", "attributes/fillcheck.jsonl.gz", "--format", "dolma",
               "-j", "2", "--batch-size", "13", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    with gzip.open(tmp_path / "attributes/fillcheck.jsonl.gz", "rt", encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle]
    assert [line["id"] for line in lines] == [r.get("id", n) for n, r in enumerate(records, 1)]
    for line, record in zip(lines, records, strict=True):
        expected: dict[str, list] = {}
        for f in audit_text(record["text"]):
            expected.setdefault(f"fillcheck__{f.name}", []).append([f.start, f.end, 1.0])
        assert line["attributes"] == expected
        for spans in line["attributes"].values():
            assert all(0 <= s < e <= len(record["text"]) and score == 1.0 for s, e, score in spans)


def test_dolma_format_from_the_file_name(tmp_path):
    (tmp_path / "in.jsonl").write_text('{"id": 7, "text": "共**次"}\n', encoding="utf-8")
    proc = run("corpus", "in.jsonl", "-o", "out.dolma.jsonl", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out.dolma.jsonl").read_text(encoding="utf-8") == (
        '{"id":7,"attributes":{"fillcheck__star-masked-value":[[1,3,1.0]]}}\n'
    )


def test_keep_writes_clean_records_and_drop_the_others_byte_for_byte(tmp_path, records):
    source = write_jsonl(tmp_path / "in.jsonl", records, ascii=True)
    proc = run("corpus", "in.jsonl", "-o", "f.jsonl", "--keep", "clean.jsonl", "--drop",
               "flagged.jsonl.zst", "-j", "2", "--batch-size", "11", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    lines = source.read_bytes().splitlines(keepends=True)
    flagged = [bool(audit_text(r["text"])) for r in records]
    assert (tmp_path / "clean.jsonl").read_bytes() == b"".join(
        line for line, bad in zip(lines, flagged, strict=True) if not bad
    )
    import zstandard

    with zstandard.open(tmp_path / "flagged.jsonl.zst", "rb") as handle:
        assert handle.read() == b"".join(x for x, bad in zip(lines, flagged, strict=True) if bad)
    assert 0 < sum(flagged) < len(records)


def test_select_severity_and_kind_reach_the_audit(tmp_path, records):
    write_jsonl(tmp_path / "in.jsonl", records, ascii=False)
    proc = run("corpus", "in.jsonl", "-o", "out.jsonl", "--select", "FC1,FC2", "--ignore",
               "FC103", "--severity", "error", "-j", "1", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    expected = expected_rows(records, "in.jsonl", select="FC1,FC2", ignore="FC103",
                             settings={"min-severity": "error"})  # fmt: skip
    assert read_jsonl(tmp_path / "out.jsonl") == expected
    page = {"id": "p", "text": "<p>共X<b>X</b>名</p><script>XX名</script>"}
    (tmp_path / "page.jsonl").write_text(json.dumps(page) + "\n", encoding="utf-8")
    proc = run("corpus", "page.jsonl", "--kind", "html", "--text-key", "text", cwd=tmp_path)
    assert [(r["rule"], r["start"], r["end"]) for r in map(json.loads, proc.stdout.splitlines())] \
        == [("FC102", 1, 3)]  # fmt: skip


def test_summary_counts_records_and_findings_per_rule(tmp_path):
    lines = [
        '{"id": "a", "text": "共**次，共**次"}',
        '{"id": "b", "text": "XX名"}',
        '{"text": "好"}',
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("corpus", "in.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert proc.returncode == 0
    summary = proc.stderr.splitlines()
    assert summary[:3] == [
        "fillcheck: 3 records (27 bytes of text) in 1 file: 2 with findings, 3 findings",
        "  FC101 star-masked-value: 2",
        "  FC102 letter-masked-value: 1",
    ]
    assert summary[3].endswith(" records/s") and len(summary) == 4


def test_periodic_progress_line_when_stderr_is_not_a_terminal(tmp_path, records):
    write_jsonl(tmp_path / "in.jsonl", records, ascii=False)
    proc = run("corpus", "in.jsonl", "-o", "out.jsonl", "--progress-every", "0.000001",
               "--batch-size", "50", "-j", "1", cwd=tmp_path)  # fmt: skip
    pattern = re.compile(r"fillcheck: [\d,]+ records, [\d.,]+ (bytes|KB|MB), [\d,]+ records/s")
    progress = [line for line in proc.stderr.splitlines() if pattern.fullmatch(line)]
    assert progress[0].startswith("fillcheck: 50 records, ")
    assert [line.split()[1] for line in progress] == ["50", "100", "150", f"{len(records)}"]


@pytest.mark.parametrize("name", ["out.txt", "out"])
def test_output_format_that_cannot_be_told_is_an_error(tmp_path, name):
    (tmp_path / "in.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    proc = run("corpus", "in.jsonl", "-o", name, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"fillcheck: error: {name}: cannot tell the output format")
    assert not (tmp_path / name).exists()


def test_lang_sets_the_language_of_messages_in_the_workers(tmp_path, records):
    write_jsonl(tmp_path / "in.jsonl", records[:60], ascii=False)
    proc = run("corpus", "in.jsonl", "-o", "zh.jsonl", "--lang", "zh", "-j", "2", "--batch-size",
               "9", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    messages = [row["message"] for row in read_jsonl(tmp_path / "zh.jsonl")]
    expected = [f.message for r in records[:60] for f in audit_text(r["text"], lang="zh")]
    assert messages == expected and messages
    assert messages != [f.message for r in records[:60] for f in audit_text(r["text"], lang="en")]
