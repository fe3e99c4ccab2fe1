"""Build the count evaluation set: real passages, their labels, and one-edit mutations.

Usage (from the repository root):

    python3 benchmarks/mutate_counts.py            # regenerate tests/corpus/counts/
    python3 benchmarks/mutate_counts.py --check    # exit 1 if the files on disk differ

Input: ``tests/corpus/counts/passages.jsonl`` (one passage a line: the consistent-corpus
file it is cut from, its lines and optional cut, its structure, and the spans a mutation
may touch) and the real text in ``tests/corpus/consistent/`` (text with real slips in
``tests/corpus/counts/slips/``, every page a held-out passage is cut from in
``tests/corpus/sources/holdout/``).

Output, byte-identical on every run (all randomness is seeded by passage id):

* ``dev/`` and ``holdout/`` (a seeded third of each structure): one file per source page
  holding its passages as found, separated by blank lines, and ``mut_*.txt`` files holding
  one-edit mutations of the consistent passages of that split;
* ``dev.jsonl`` / ``holdout.jsonl``: labels in the format of the seed labels (``file``,
  ``line``, ``column`` 1-based in characters, ``text``, ``category``) plus ``structure``,
  ``mutation`` and ``passage``: real inconsistencies of the originals (``mutation`` is
  ``"none"``), borderline roundings (category ``ambiguous``), every mutation, and the
  few real findings of other categories the text holds (an unfilled ``XX`` slot);
* ``index.jsonl``: where each passage stands (file, first and last line), for breakdowns by
  structure; ``SOURCES.md``: the page behind every file.

Mutations: ``numeral`` (the announcing count changed), ``drop-item`` (one named item
removed), ``skip-marker`` / ``repeat-marker`` (a list marker skipped or repeated),
``part-exceeds`` (a part raised above its total), ``part-sum`` (one part of an exhaustive
breakdown changed so the parts no longer add up), ``share`` (a percentage changed).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONSISTENT = ROOT / "tests" / "corpus" / "consistent"
COUNTS = ROOT / "tests" / "corpus" / "counts"
# Real text holding slips of its own (``"home": "slips"``): kept out of the consistent corpus.
SLIPS = COUNTS / "slips"
# Real text held-out passages are cut from (``"home": "holdout"``, or a page without a home that
# is not in the consistent corpus because a held-out passage uses it): under a ``holdout/``
# folder, so that nobody tunes on it the way they read the consistent corpus.
HELD = ROOT / "tests" / "corpus" / "sources" / "holdout"
HOMES = {"slips": SLIPS, "holdout": HELD}
SEED = "fillcheck-counts-1"
CN_DIGITS = "零一二三四五六七八九"
CN_NUMERAL = re.compile("[零一二两兩三四五六七八九十百]+|[0-9]+")
NUMBER = re.compile(r"(\d[\d, ]*\d|\d)(\.\d+)?")
FIRST_SERIES = ("首先", "其次", "最后")


def cn_value(token: str) -> int:
    """Value of a small Chinese or Arabic numeral (`三`, `十二`, `两`, `26`)."""
    if token.isdigit():
        return int(token)
    token = token.replace("两", "二").replace("兩", "二")
    if "十" in token:
        tens, _, ones = token.partition("十")
        return (CN_DIGITS.index(tens) if tens else 1) * 10 + (CN_DIGITS.index(ones) if ones else 0)
    return CN_DIGITS.index(token)


def cn_text(value: int, like: str) -> str:
    """`value` written the way `like` is written (Arabic digits or Chinese numerals)."""
    if like.isdigit():
        return str(value)
    if value == 2 and like != "二":
        return "兩" if like == "兩" else "两"
    if value < 10:
        return CN_DIGITS[value]
    tens, ones = divmod(value, 10)
    return (CN_DIGITS[tens] if tens > 1 else "") + "十" + (CN_DIGITS[ones] if ones else "")


def renumber(marker: str, delta: int) -> str:
    """`marker` with its numeral moved by `delta` (`二、` +1 -> `三、`, `(2)` -> `(3)`)."""
    match = CN_NUMERAL.search(marker)
    if match is None:
        raise ValueError(f"no numeral in marker {marker!r}")
    new = cn_text(cn_value(match.group()) + delta, match.group())
    if new in ("两", "兩"):
        new = "二"
    return marker[: match.start()] + new + marker[match.end() :]


def parse_amount(text: str) -> tuple[float, int, str, str]:
    """(value, decimals, grouping, unit) of `24,627万元`, `271 997件`, `150.25 万件`."""
    match = NUMBER.match(text)
    if match is None:
        raise ValueError(f"no number at the start of {text!r}")
    whole, frac = match.group(1), match.group(2) or ""
    grouping = "," if "," in whole else (" " if " " in whole else "")
    value = float(whole.replace(",", "").replace(" ", "") + frac)
    return value, max(len(frac) - 1, 0), grouping, text[match.end() :]


def format_amount(value: float, decimals: int, grouping: str, unit: str) -> str:
    """Write `value` like the amount it replaces."""
    text = f"{value:,.{decimals}f}" if grouping else f"{value:.{decimals}f}"
    return text.replace(",", grouping) + unit


def passage_text(spec: dict) -> str:
    """The passage as found: the spec's lines of its source file, optionally cut."""
    if spec.get("home") in HOMES:
        source = next(HOMES[spec["home"]].glob(spec["src"] + "_*.txt"))
    else:  # a consistent page, or one moved out of that corpus because held-out passages use it
        pages = (*CONSISTENT.glob(spec["src"] + "_*.txt"), *HELD.glob(spec["src"] + "_*.txt"))
        source = pages[0]
    lines = source.read_text(encoding="utf-8").split("\n")
    first, last = spec["lines"]
    text = "\n".join(lines[first - 1 : last])
    if "cut" in spec:
        start = text.index(spec["cut"][0])
        end = text.index(spec["cut"][1], start) + len(spec["cut"][1])
        text = text[start:end]
    return text.strip()


class Edit:
    """One mutated passage: its text, the labelled span and the kind of edit."""

    def __init__(self, text: str, start: int, label: str, kind: str) -> None:
        if text[start : start + len(label)] != label:
            raise ValueError(f"label {label!r} is not at {start} of the mutated text")
        self.text, self.start, self.label, self.kind = text, start, label, kind


def replace_at(text: str, start: int, old: str, new: str) -> str:
    """`text` with `old` (which stands at `start`) replaced by `new`."""
    assert text[start : start + len(old)] == old, (old, text[start : start + 20])
    return text[:start] + new + text[start + len(old) :]


def mutate_numeral(text: str, ann: dict, rng: random.Random) -> Edit | None:
    """Change the count an announcing phrase states (`三个方面` -> `四个方面`)."""
    phrase = ann["ann"]
    # the count is the numeral nearest the measure word: `10%以上的省份有5个` counts 5
    match = list(CN_NUMERAL.finditer(phrase))[-1]
    value = cn_value(match.group())
    if ann.get("deng"):  # `A、B、C等N个`: only fewer than named is a contradiction
        new_value = ann["named"] - 1
    else:
        new_value = value + rng.choice((-1, 1)) if value > 2 else value + 1
    if new_value < 1 or new_value == value:
        return None
    new_phrase = phrase[: match.start()] + cn_text(new_value, match.group()) + phrase[match.end() :]
    start = text.index(phrase)
    return Edit(replace_at(text, start, phrase, new_phrase), start, new_phrase, "numeral")


def mutate_drop(text: str, ann: dict, rng: random.Random) -> Edit:
    """Remove one named item with its separator; the label is the announcing phrase."""
    item = rng.choice(ann["items"])
    start = text.index(item)
    end = start + len(item)
    if end < len(text) and text[end] in "、，,；;":
        end += 1
    elif start > 0 and text[start - 1] in "、，,；;":
        start -= 1
    mutated = text[:start] + text[end:]
    # the announcing phrase nearest the list that lost an item, when it occurs twice
    at = min(
        (m.start() for m in re.finditer(re.escape(ann["ann"]), mutated)),
        key=lambda i: abs(i - start),
    )
    return Edit(mutated, at, ann["ann"], "drop-item")


def marker_positions(text: str, marks: list[str]) -> list[int]:
    """Offsets of the markers, each searched after the previous one."""
    positions, at = [], 0
    for mark in marks:
        at = text.index(mark, at)
        positions.append(at)
        at += len(mark)
    return positions


def mutate_marker(text: str, marks: list[str], rng: random.Random) -> Edit:
    """Skip a marker (renumber it and the rest by +1) or repeat the one before the last."""
    positions = marker_positions(text, marks)
    if marks[0] == FIRST_SERIES[0] or rng.random() < 0.5:
        k = len(marks) - 1
        new = marks[k - 1] if marks[0] != FIRST_SERIES[0] else FIRST_SERIES[1]
        mutated = replace_at(text, positions[k], marks[k], new)
        return Edit(mutated, positions[k], new, "repeat-marker")
    k = rng.randrange(1, len(marks))
    mutated = text
    for j in range(len(marks) - 1, k - 1, -1):  # right to left keeps earlier offsets valid
        mutated = replace_at(mutated, positions[j], marks[j], renumber(marks[j], 1))
    return Edit(mutated, positions[k], renumber(marks[k], 1), "skip-marker")


def part_positions(text: str, spec: dict) -> tuple[int, list[int]]:
    """Offsets of the total and of each part, searched in order after the total (or from
    the start of the passage when the parts come first: ``"parts_first": true``)."""
    total_at = text.index(spec["total"])
    at = 0 if spec.get("parts_first") else total_at + len(spec["total"])
    positions = []
    for part in spec["parts"]:
        # `发生»1起`: the part is the amount right after those words (where the same
        # amount also stands earlier, in a change such as `同比增加1起`)
        context, _, amount = part.rpartition("»")
        at = text.index(context + amount, at) + len(context)
        positions.append(at)
        at += len(amount)
    return total_at, positions


def amounts(spec: dict) -> list[str]:
    """The parts' amounts, without the words that place them (`发生»1起` -> `1起`)."""
    return [part.rpartition("»")[2] for part in spec["parts"]]


def mutate_part(text: str, spec: dict, rng: random.Random) -> Edit:
    """Raise a part above its total, or (exhaustive parts) make the parts not add up."""
    total_at, positions = part_positions(text, spec)
    total, _, _, _ = parse_amount(spec["total"])
    k = rng.randrange(len(spec["parts"]))
    part = amounts(spec)[k]
    value, decimals, grouping, unit = parse_amount(part)
    kind = "part-exceeds"
    new_value = total * rng.uniform(1.15, 1.6)
    if spec.get("exhaustive") and rng.random() < 0.5 and value + total * 0.08 < total * 0.97:
        kind, new_value = "part-sum", value + total * rng.uniform(0.08, 0.15)
    if decimals == 0:
        new_value = float(round(new_value))
        if new_value == value:  # a small part that rounds back to itself: one more
            new_value = value + 1
    new_part = format_amount(new_value, decimals, grouping, unit)
    mutated = replace_at(text, positions[k], part, new_part)
    if kind == "part-exceeds":
        return Edit(mutated, positions[k], new_part, kind)
    start, end = breakdown_span(mutated, spec, total_at, positions, k, len(new_part) - len(part))
    return Edit(mutated, start, mutated[start:end], kind)


def breakdown_span(
    mutated: str, spec: dict, total_at: int, positions: list[int], k: int, shift: int
) -> tuple[int, int]:
    """Where a reviewer points when parts no longer add up: the parts (and the total) that
    stand on the changed part's line. Offsets are in the text before the edit, which moved
    everything after part `k` by `shift`."""

    def moved(at: int) -> int:
        return at + (shift if at > positions[k] else 0)

    parts = amounts(spec)
    spans = [(moved(p), moved(p + len(t))) for p, t in zip(positions, parts, strict=True)]
    spans[k] = (positions[k], positions[k] + len(parts[k]) + shift)
    spans.append((moved(total_at), moved(total_at + len(spec["total"]))))
    line_start = mutated.rfind("\n", 0, positions[k]) + 1
    line_end = mutated.find("\n", positions[k])
    line_end = len(mutated) if line_end < 0 else line_end
    on_line = [(a, b) for a, b in spans if line_start <= a < line_end]
    return min(a for a, _ in on_line), max(b for _, b in on_line)


def mutate_share(text: str, spec: dict, rng: random.Random) -> Edit:
    """Change a stated percentage by at least five points."""
    pct = rng.choice(spec["pcts"])
    start = text.index(pct)
    value, decimals, _, unit = parse_amount(pct)
    delta = max(5.0, value * 0.25) * rng.choice((-1, 1))
    if value + delta <= 0 or (value <= 100 < value + delta):
        delta = -delta if value - abs(delta) > 0 else abs(delta)
    new = format_amount(value + delta, decimals, "", unit)
    return Edit(replace_at(text, start, pct, new), start, new, "share")


def mutate(spec: dict, text: str) -> Edit | None:
    """One seeded one-edit mutation of a consistent passage, or None for traps."""
    if spec["structure"] == "trap" or spec.get("gold"):
        return None
    rng = random.Random(f"{SEED}:{spec['id']}")
    options = []
    for ann in spec.get("anns", []):
        if not ann.get("nomutate"):
            options.append(lambda ann=ann: mutate_numeral(text, ann, rng))
            if ann.get("items") and not ann.get("deng"):
                options.append(lambda ann=ann: mutate_drop(text, ann, rng))
    if spec.get("marks"):
        options.append(lambda: mutate_marker(text, spec["marks"], rng))
    if spec.get("parts"):
        options.append(lambda: mutate_part(text, spec, rng))
    if spec.get("pcts"):
        options.append(lambda: mutate_share(text, spec, rng))
    return rng.choice(options)() if options else None


def load_specs() -> list[dict]:
    """Passages of passages.jsonl with ids `<source>-<n>` (n counts within a source)."""
    specs, seen = [], defaultdict(int)
    for line in (COUNTS / "passages.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            spec = json.loads(line)
            seen[spec["src"]] += 1
            spec["id"] = f"{spec['src']}-{seen[spec['src']]}"
            specs.append(spec)
    return specs


def split(specs: list[dict]) -> dict[str, str]:
    """Passage id -> "dev" or "holdout": a seeded third of every structure is held out.

    A passage that names its part (``"split": "dev"`` or ``"holdout"``, passages added after the
    developers had seen the rest) keeps it and stays out of the seeded draw, so that
    adding passages never moves an earlier one between the parts."""
    by_structure = defaultdict(list)
    result = {}
    for spec in specs:
        if spec.get("split"):
            result[spec["id"]] = spec["split"]
        else:
            by_structure[spec["structure"]].append(spec["id"])
    for structure, ids in sorted(by_structure.items()):
        ids = sorted(ids)
        random.Random(f"{SEED}:split:{structure}").shuffle(ids)
        cut = round(len(ids) / 3)
        result.update({pid: "holdout" if i < cut else "dev" for i, pid in enumerate(ids)})
    return result


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of `offset`."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class FileBuilder:
    """Passages of one output file, with their labels and index rows."""

    def __init__(self, name: str) -> None:
        self.name, self.text, self.labels, self.index = name, "", [], []

    def add(self, passage: str, spec: dict, mutation: str, spans: list[tuple]) -> None:
        """Append a passage; spans are (offset in passage, text, category, note)."""
        if self.text:
            self.text += "\n\n"
        base = len(self.text)
        self.text += passage
        first, _ = line_col(self.text, base)
        last, _ = line_col(self.text, len(self.text))
        self.index.append(
            {
                "file": self.name,
                "first_line": first,
                "last_line": last,
                "passage": spec["id"],
                "structure": spec["structure"],
                "mutation": mutation,
            }
        )
        for offset, text, category, note in spans:
            line, column = line_col(self.text, base + offset)
            label = {
                "file": self.name,
                "line": line,
                "column": column,
                "text": text,
                "category": category,
                "structure": spec["structure"],
                "mutation": mutation,
                "passage": spec["id"],
            }
            if note:
                label["note"] = note
            self.labels.append(label)


def original_spans(spec: dict, text: str) -> list[tuple]:
    """Labels of a passage as found: its real inconsistencies and ambiguous roundings."""
    spans = [(text.index(t), t, "count", note) for t, note in spec.get("gold", [])]
    spans += [(text.index(t), t, "ambiguous", note) for t, note in spec.get("ambiguous", [])]
    return spans + other_spans(spec, text)


def other_spans(spec: dict, text: str) -> list[tuple]:
    """Findings of other categories the passage really holds (an unfilled `XX` slot)."""
    return [(text.index(t), t, category, note) for t, category, note in spec.get("other", [])]


def build() -> dict[Path, str]:
    """Every output file's path and content."""
    specs = load_specs()
    splits = split(specs)
    sources = (*CONSISTENT.glob("*.txt"), *SLIPS.glob("*.txt"), *HELD.glob("*.txt"))
    stems: dict[str, str] = {}
    for path in sources:
        number = path.name.split("_")[0]
        if stems.setdefault(number, path.stem) != path.stem:
            twins = f"{stems[number]}, {path.stem}"
            raise SystemExit(f"two source pages share the number {number}: {twins}")
    files: dict[tuple[str, str], FileBuilder] = {}
    for spec in specs:
        where, stem = splits[spec["id"]], stems[spec["src"]]
        if where == "holdout" and (CONSISTENT / f"{stem}.txt").exists():
            raise SystemExit(
                f"held-out passage {spec['id']} is cut from tests/corpus/consistent/{stem}.txt,"
                " which developers read: move the page to tests/corpus/sources/holdout/"
            )
        text = passage_text(spec)
        original = files.setdefault((where, stem), FileBuilder(stem + ".txt"))
        original.add(text, spec, "none", original_spans(spec, text))
        edit = mutate(spec, text)
        if edit is not None:
            mutated = files.setdefault((where, "mut_" + stem), FileBuilder(f"mut_{stem}.txt"))
            spans = [(edit.start, edit.label, "count", ""), *other_spans(spec, edit.text)]
            mutated.add(edit.text, spec, edit.kind, spans)
    return render(files, stems)


def render(files: dict[tuple[str, str], FileBuilder], stems: dict[str, str]) -> dict[Path, str]:
    """Text files, label files, the index and SOURCES.md."""
    out: dict[Path, str] = {}
    labels, index = defaultdict(list), []
    for (where, _), builder in sorted(files.items()):
        out[COUNTS / where / builder.name] = builder.text + "\n"
        labels[where] += builder.labels
        index += [dict(row, split=where) for row in builder.index]
    for where in ("dev", "holdout"):
        out[COUNTS / f"{where}.jsonl"] = "".join(
            json.dumps(label, ensure_ascii=False) + "\n" for label in labels[where]
        )
    out[COUNTS / "index.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in index)
    out[COUNTS / "SOURCES.md"] = sources_md(files)
    return out


def sources_md(files: dict[tuple[str, str], FileBuilder]) -> str:
    """Which page every passage file comes from (read from the consistent corpus's SOURCES.md)."""
    rows = {}
    homes = (CONSISTENT, SLIPS, HELD)
    text = "\n".join((home / "SOURCES.md").read_text("utf-8") for home in homes)
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip("| ").split(" | ")]
        if len(cells) == 4 and cells[0].endswith(".txt"):
            rows.setdefault(Path(cells[0]).stem, (cells[1], cells[2], cells[3]))
    out = [
        "# Sources of the count evaluation passages",
        "",
        "Generated by `benchmarks/mutate_counts.py`; every passage is cut, unchanged, from",
        "the file of `tests/corpus/consistent/` (or, for text holding a real slip,",
        "`tests/corpus/counts/slips/`; for a page any held-out passage uses,",
        "`tests/corpus/sources/holdout/`) of the same name (`mut_*` files hold",
        "one-edit mutations of them).",
        "",
        "| passage files | site | title | address |",
        "| --- | --- | --- | --- |",
    ]
    names = defaultdict(list)
    for where, stem in sorted(files):
        names[stem.removeprefix("mut_")].append(f"{where}/{files[(where, stem)].name}")
    for stem, paths in sorted(names.items()):
        site, title, address = rows[stem]
        out.append(f"| {'<br>'.join(paths)} | {site} | {title} | {address} |")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    """Write the set (or, with --check, report whether the files on disk are current)."""
    outputs = build()
    if "--check" in argv:
        stale = [p for p, t in outputs.items() if not p.exists() or p.read_text("utf-8") != t]
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    for where in ("dev", "holdout"):
        for old in (COUNTS / where).glob("*.txt"):
            old.unlink()
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    mutated = sum(1 for p in outputs if p.name.startswith("mut_"))
    print(f"wrote {len(outputs)} files ({mutated} of mutations) under {COUNTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
