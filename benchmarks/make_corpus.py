"""Make a JSON Lines corpus for `fillcheck corpus` benchmarks: 1 million records, about 1 GB.

Usage (from the repository root):

    .venv/bin/python benchmarks/make_corpus.py [--records 1000000] [--mb 1024]
        [--escaping mixed|escaped|plain] [--out PATH]

Records are windows of consecutive lines of samples/*.txt (dense with
findings) and tests/corpus/clean/*.txt (clean prose), cut to about --mb
MB / --records bytes of JSON each, with ids ``r0``, ``r1``, ... and a small
``meta`` object. With ``--escaping mixed`` (the default) every other record
is written with ``\\uXXXX`` escapes (Python's default ``json.dumps``) and the
others as raw UTF-8, so one file exercises both. An existing file of the same
name is reused. Prints the path, the record count and the size.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(tempfile.gettempdir()) / "fillcheck-bench"


def source_lines() -> list[str]:
    """Every non-empty line of the samples and of the clean corpus."""
    lines: list[str] = []
    for folder in (ROOT / "samples", ROOT / "tests" / "corpus" / "clean"):
        for path in sorted(folder.glob("*.txt")):
            lines += [line for line in path.read_text(encoding="utf-8").split("\n") if line]
    return lines


def texts(lines: list[str], target_bytes: int):
    """Endless record texts of about ``target_bytes`` of UTF-8, walking ``lines`` in turn."""
    index = 0
    while True:
        parts, size = [], 0
        while size < target_bytes:
            line = lines[index % len(lines)]
            index += 1
            parts.append(line)
            size += len(line.encode("utf-8")) + 1
        # Cut at the byte budget (on a character boundary) so records stay the same size.
        yield "\n".join(parts).encode("utf-8")[:target_bytes].decode("utf-8", "ignore")


def write_corpus(path: Path, records: int, megabytes: int, escaping: str) -> Path:
    """Write the corpus to ``path`` unless it is already there."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    # \uXXXX takes 6 bytes where UTF-8 takes 3: aim the text so that the file is --mb MB.
    growth = {"plain": 1.0, "mixed": 1.45, "escaped": 2.0}[escaping]
    target = max(16, int((megabytes * 2**20 / records - 50) / growth))
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for number, text in zip(range(records), texts(source_lines(), target), strict=False):
            record = {"id": f"r{number}", "text": text, "meta": {"source": "bench"}}
            ascii_only = escaping == "escaped" or (escaping == "mixed" and number % 2)
            out.write(json.dumps(record, ensure_ascii=ascii_only) + "\n")
    partial.rename(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--mb", type=int, default=1024, help="size of the file, about")
    parser.add_argument("--escaping", choices=("mixed", "escaped", "plain"), default="mixed")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or DATA / f"corpus-{args.records}-{args.mb}mb-{args.escaping}.jsonl"
    path = write_corpus(out, args.records, args.mb, args.escaping)
    size = path.stat().st_size
    print(f"{path}: {args.records:,} records, {size / 2**20:,.0f} MB")


if __name__ == "__main__":
    main()
