"""The README's examples are run: every ```console block is a transcript.

A block's lines that start with ``$ `` are shell commands, run with bash in a
fresh copy of ``examples/`` (with the installed ``fillcheck`` on PATH); the lines
after a command, up to the next command, are its expected output, standard error
merged into standard output as a terminal shows them. ``...`` on a line of its own
stands for any number of lines. A block preceded by ``<!-- readme-test: skip -->``
is shown but not run (it needs something the test machine may lack).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- readme-test: skip -->\n)?```console\n(.*?)```", re.S)


def transcripts() -> list[tuple[int, list[tuple[str, list[str]]]]]:
    """(line number, [(command, expected output lines)]) for each console block."""
    text = README.read_text(encoding="utf-8")
    found = []
    for match in BLOCK.finditer(text):
        if match.group(1):
            continue
        steps: list[tuple[str, list[str]]] = []
        for line in match.group(2).splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
        found.append((text.count("\n", 0, match.start()) + 1, steps))
    return found


def matches(expected: list[str], actual: list[str]) -> bool:
    """True when ``actual`` equals ``expected``, where a ``...`` line matches any lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and actual[0] == expected[0] and matches(expected[1:], actual[1:])


BLOCKS = transcripts()


def test_readme_has_examples():
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("line, steps", BLOCKS, ids=[f"README.md:{n}" for n, _ in BLOCKS])
def test_readme_example(line, steps, tmp_path):
    work = tmp_path / "examples"
    shutil.copytree(ROOT / "examples", work)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONUNBUFFERED": "1",
        "COLUMNS": "100",
    }
    for command, expected in steps:
        proc = subprocess.run(
            ["bash", "-c", command],
            cwd=work,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        actual = proc.stdout.splitlines()
        assert matches(expected, actual), (
            f"README.md:{line}: `{command}` printed:\n{proc.stdout}\nexpected:\n"
            + "\n".join(expected)
        )
