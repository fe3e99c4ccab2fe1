"""The labelled corpora of real documents: labels that hold, matching that scores
as ../shared/tools/score.py does, and recall and precision that never fall below
the floor stored in tests/corpus/quality_floor.json."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS_ROOT = ROOT / "tests" / "corpus"
LABELED = CORPUS_ROOT / "labeled"
TOLERANCE = 1e-9


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


quality = _load("quality", ROOT / "benchmarks" / "quality.py")
check_labels = _load("check_labels", CORPUS_ROOT / "check_labels.py")


# --- the label checker -------------------------------------------------------


def test_every_labelled_corpus_passes_the_label_checker():
    folders = check_labels.labelled_folders(CORPUS_ROOT)
    assert LABELED in folders
    assert [p for folder in folders for p in check_labels.check_corpus(folder)] == []


def _corpus(tmp_path: Path, labels: list[dict], docs: dict[str, str]) -> Path:
    folder = tmp_path / "toy"
    (folder / "dev").mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / "dev" / name).write_text(text, encoding="utf-8")
    lines = [json.dumps(lab, ensure_ascii=False) for lab in labels]
    (folder / "dev.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_label_checker_names_each_problem(tmp_path):
    good = {"file": "a.txt", "line": 2, "column": 5, "text": "XX", "category": "placeholder"}
    labels = [
        good,
        dict(good),
        {**good, "column": 4},
        {**good, "file": "missing.txt"},
        {**good, "line": 9},
        {**good, "category": "typo"},
        {**good, "line": "2"},
    ]
    folder = _corpus(tmp_path, labels, {"a.txt": "标题\n全年发展XX名党员\n"})
    where = folder / "dev.jsonl"
    assert check_labels.check_corpus(folder) == [
        f"{where}:2: duplicate label",
        f"{where}:3: a.txt: text 'XX' is not at column 4 (found '展X')",
        f"{where}:4: no document 'missing.txt' in {folder / 'dev'}",
        f"{where}:5: a.txt: line 9 is past the end (3 lines)",
        f"{where}:6: unknown category 'typo'",
        f"{where}:7: `line` must be a int",
    ]


def test_label_checker_script_exit_status(tmp_path, capsys):
    label = {"file": "a.txt", "line": 1, "column": 2, "text": "某", "category": "placeholder"}
    _corpus(tmp_path, [label], {"a.txt": "上报某单位"})
    assert check_labels.main([str(tmp_path)]) == 1
    assert capsys.readouterr().out.endswith("1 labelled corpora checked, 1 problems\n")
    _corpus(tmp_path, [{**label, "column": 3}], {"a.txt": "上报某单位"})
    assert check_labels.main([str(tmp_path)]) == 0
    assert capsys.readouterr().out == "1 labelled corpora checked, 0 problems\n"


# --- matching ----------------------------------------------------------------


def _finding(line: int, column: int, end: int, category: str, rule: str) -> dict:
    return {
        "file": "d.txt",
        "line": line,
        "column": column,
        "end_column": end,
        "category": category,
        "rule": rule,
    }


def test_match_scores_a_miss_an_extra_and_an_ambiguous_label():
    labels = [
        {"file": "d.txt", "line": 1, "column": 5, "text": "XX", "category": "placeholder"},
        {"file": "d.txt", "line": 1, "column": 20, "text": "X", "category": "placeholder"},
        {"file": "d.txt", "line": 2, "column": 1, "text": "还剩3页未读", "category": "paywall"},
        {"file": "d.txt", "line": 3, "column": 7, "text": "XXX", "category": "ambiguous"},
    ]
    findings = [
        _finding(1, 6, 8, "placeholder", "FC102"),  # overlaps the first label: found
        _finding(2, 1, 7, "placeholder", "FC102"),  # right span, wrong category: extra
        _finding(2, 3, 4, "paywall", "FC205"),  # inside the residue line: found
        _finding(3, 8, 9, "placeholder", "FC102"),  # on the ambiguous label: ignored
        _finding(1, 22, 23, "placeholder", "FC102"),  # past the second label: extra
    ]
    score = quality.match(labels, findings)
    placeholder, paywall = score.tallies["placeholder"], score.tallies["paywall"]
    assert (placeholder.labels, placeholder.found, placeholder.findings) == (2, 1, 3)
    assert (placeholder.recall, placeholder.precision) == (0.5, 1 / 3)
    assert (paywall.labels, paywall.found, paywall.findings, paywall.precision) == (1, 1, 1, 1.0)
    assert [(m["line"], m["column"]) for m in score.misses] == [(1, 20)]
    assert [(f["line"], f["column"]) for f in score.extras] == [(2, 1), (1, 22)]
    assert "ambiguous" not in score.tallies


def test_match_needs_the_same_line_for_a_finding_spanning_lines():
    label = {"file": "d.txt", "line": 2, "column": 1, "text": "XX", "category": "placeholder"}
    spanning = {**_finding(1, 3, 2, "placeholder", "FC101"), "end_line": 2}
    score = quality.match([label], [spanning])
    assert score.tallies["placeholder"].found == 0
    assert len(score.extras) == 1


def test_raise_floor_only_raises():
    floor = {"labeled": {"all": {"placeholder": {"recall": 0.5, "precision": 1.0}}}}
    current = {
        "labeled": {
            "all": {
                "placeholder": {"recall": 0.4, "precision": None},
                "paywall": {"recall": 0.7, "precision": 1.0},
            }
        }
    }
    merged = quality.raise_floor(floor, current)
    assert merged["labeled"]["all"]["placeholder"] == {"recall": 0.5, "precision": 1.0}
    assert merged["labeled"]["all"]["paywall"] == {"recall": 0.7, "precision": 1.0}
    assert floor["labeled"]["all"].keys() == {"placeholder"}
    higher = quality.raise_floor(merged, {"labeled": {"all": {"placeholder": {"recall": 0.6}}}})
    assert higher["labeled"]["all"]["placeholder"]["recall"] == 0.6


# --- the corpus itself --------------------------------------------------------


def _source_rows() -> dict[str, str]:
    rows = {}
    for line in (LABELED / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if len(cells) == 7 and cells[1] in ("dev", "holdout"):
            rows[cells[0]] = cells[1]
    return rows


def test_every_document_names_its_source_and_part():
    docs = {
        p.name: p.parent.name for part in ("dev", "holdout") for p in (LABELED / part).iterdir()
    }
    assert len(docs) >= 80
    assert _source_rows() == docs


def test_holdout_is_about_a_third():
    held = len(list((LABELED / "holdout").iterdir()))
    total = held + len(list((LABELED / "dev").iterdir()))
    assert 0.25 <= held / total <= 0.4


# --- the floor ---------------------------------------------------------------


FLOOR = json.loads(quality.FLOOR_PATH.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [n for n in quality.labelled_corpora() if n in FLOOR])
def test_quality_does_not_fall_below_the_floor(name):
    figures = quality.figures(quality.load_corpus(name))
    falls = []
    for split, cats in FLOOR[name].items():
        for cat, metrics in cats.items():
            for metric, floor in metrics.items():
                now = figures.get(split, {}).get(cat, {}).get(metric)
                if now is None and metric == "precision":
                    continue  # no findings at all: nothing was reported wrongly
                if now is None or now < floor - TOLERANCE:
                    falls.append(f"{name}/{split} {cat} {metric}: {now} < floor {floor}")
    assert falls == []
