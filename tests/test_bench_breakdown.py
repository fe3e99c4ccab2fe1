"""The breakdown script still instruments every stage of a run.

It wraps functions of the engine, the readers and the formatters by name, so a
refactor that moves one of them breaks the script without breaking fillcheck.
This runs it on a small text and reads its table; it asserts no timing.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_breakdown_reports_every_stage():
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_breakdown.py"), "--size-mb", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Error" not in run.stdout + run.stderr
    stages = set(re.findall(r"^  (\S.*?)\s+[0-9.]+ s\s+[0-9.]+%$", run.stdout, re.M))
    for stage in (
        "read file",
        "normalise",
        "rules FC1",
        "rules FC3",
        "engine: suppression",
        "formatting, encoding",
    ):
        assert stage in stages, (stage, run.stdout)
