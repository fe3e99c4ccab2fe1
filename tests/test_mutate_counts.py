"""The count evaluation set in tests/corpus/counts/ is current, reproducible and well labelled."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COUNTS = ROOT / "tests" / "corpus" / "counts"
SPLITS = ("dev", "holdout")


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "mutate_counts", ROOT / "benchmarks" / "mutate_counts.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


mutate_counts = _load_script()


def _labels(split: str) -> list[dict]:
    lines = (COUNTS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_regenerating_gives_byte_identical_files() -> None:
    first = mutate_counts.build()
    second = mutate_counts.build()
    assert first == second
    stale = [
        str(path.relative_to(ROOT))
        for path, text in first.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert stale == []


def test_no_file_on_disk_that_the_script_does_not_write() -> None:
    written = set(mutate_counts.build())
    on_disk = {p for split in SPLITS for p in (COUNTS / split).glob("*.txt")}
    assert on_disk - written == set()


@pytest.mark.parametrize("split", SPLITS)
def test_every_label_text_stands_at_its_line_and_column(split: str) -> None:
    labels = _labels(split)
    assert labels
    for label in labels:
        text = (COUNTS / split / label["file"]).read_text(encoding="utf-8")
        line = text.split("\n")[label["line"] - 1]
        column = label["column"] - 1
        assert line[column : column + len(label["text"])] == label["text"], label


@pytest.mark.parametrize("split", SPLITS)
def test_labels_carry_category_structure_and_mutation(split: str) -> None:
    structures = {"announced-items", "announced-set", "part-total", "share", "sequence"}
    for label in _labels(split):
        assert label["category"] in {
            "count", "ambiguous", "placeholder", "paywall", "redaction", "format"
        }  # fmt: skip
        # a trap holds no count contradiction, only (rarely) a real slip of another kind
        if label["category"] in {"count", "ambiguous"}:
            assert label["structure"] in structures
        else:
            assert label["structure"] in structures | {"trap"}
        if label["file"].startswith("mut_"):
            assert label["mutation"] != "none" and label["category"] != "ambiguous"
        else:
            assert label["mutation"] == "none"


def test_every_mutated_passage_has_exactly_one_label() -> None:
    index = [json.loads(line) for line in (COUNTS / "index.jsonl").read_text("utf-8").splitlines()]
    mutated = {(r["split"], r["passage"]) for r in index if r["mutation"] != "none"}
    labelled = [
        (split, label["passage"])
        for split in SPLITS
        for label in _labels(split)
        if label["mutation"] != "none" and label["category"] == "count"
    ]
    assert sorted(labelled) == sorted(mutated)


def test_silent_passages_outnumber_mutated_ones() -> None:
    index = [json.loads(line) for line in (COUNTS / "index.jsonl").read_text("utf-8").splitlines()]
    gold = {
        label["passage"]
        for split in SPLITS
        for label in _labels(split)
        if label["mutation"] == "none" and label["category"] == "count"
    }
    silent = [r for r in index if r["mutation"] == "none" and r["passage"] not in gold]
    mutated = [r for r in index if r["mutation"] != "none"]
    assert len(silent) > len(mutated)


def test_holdout_is_about_a_third_of_every_structure() -> None:
    """Of the passages drawn by seed: those whose spec names its part stay out of the draw."""
    index = [json.loads(line) for line in (COUNTS / "index.jsonl").read_text("utf-8").splitlines()]
    named = {spec["id"] for spec in mutate_counts.load_specs() if spec.get("split")}
    originals = [r for r in index if r["mutation"] == "none" and r["passage"] not in named]
    for structure in {r["structure"] for r in originals}:
        rows = [r for r in originals if r["structure"] == structure]
        held = sum(r["split"] == "holdout" for r in rows)
        assert abs(held - len(rows) / 3) <= 1, structure


def test_passages_added_to_a_named_part_stay_there() -> None:
    specs = mutate_counts.load_specs()
    parts = mutate_counts.split(specs)
    named = [spec for spec in specs if spec.get("split")]
    assert all(parts[spec["id"]] == spec["split"] for spec in named)
    seeded = mutate_counts.split([spec for spec in specs if not spec.get("split")])
    assert all(parts[pid] == part for pid, part in seeded.items())


@pytest.mark.parametrize(
    ("marker", "delta", "expected"),
    [
        ("二、", 1, "三、"),
        ("(一)", 1, "(二)"),
        ("3.", 1, "4."),
        ("第三种", -1, "第二种"),
        ("关键词九", 1, "关键词十"),
        ("一是", 1, "二是"),
    ],
)
def test_markers_are_renumbered_in_their_own_script(marker: str, delta: int, expected: str) -> None:
    assert mutate_counts.renumber(marker, delta) == expected


@pytest.mark.parametrize(
    ("amount", "value", "text"),
    [
        ("24,627万元", 30000.0, "30,000万元"),
        ("271 997件", 400000.0, "400 000件"),
        ("150.25 万件", 180.5, "180.50 万件"),
        ("9.3万人", 12.0, "12.0万人"),
    ],
)
def test_amounts_keep_their_grouping_decimals_and_unit(
    amount: str, value: float, text: str
) -> None:
    _, decimals, grouping, unit = mutate_counts.parse_amount(amount)
    assert mutate_counts.format_amount(value, decimals, grouping, unit) == text


def test_a_passage_that_names_its_part_stands_there_and_leaves_the_draw_alone() -> None:
    specs = mutate_counts.load_specs()
    drawn = [spec for spec in specs if "split" not in spec]
    assert mutate_counts.split(specs) == {
        **mutate_counts.split(drawn),
        **{spec["id"]: spec["split"] for spec in specs if "split" in spec},
    }
    assert any("split" in spec for spec in specs)
