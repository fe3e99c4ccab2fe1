"""The pre-commit hook manifest, run for real with ``pre-commit try-repo``.

try-repo builds a fresh virtualenv and pip-installs this repository into it,
so this test needs network access to PyPI (or a warm pip cache) and takes
10 to 20 s on two cores, most of it pip; the two runs go in parallel. try-repo
sees the committed tree plus staged and tracked changes: an untracked file is
invisible to it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _tracked(path: Path) -> bool:
    """True when ``path`` is tracked by the git repository it is in."""
    result = subprocess.run(
        ["git", "ls-files", "--error-unmatch", path.name],
        cwd=path.parent,
        capture_output=True,
    )
    return result.returncode == 0


def _pre_commit() -> list[str]:
    """The command that runs pre-commit from this test environment."""
    return [sys.executable, "-m", "pre_commit"]


def test_manifest_selects_every_format_fillcheck_reads():
    import yaml

    from fillcheck.readers import FORMATS

    (hook,) = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert hook["id"] == "fillcheck"
    assert hook["entry"] == "fillcheck check --force-exclude"
    assert hook["language"] == "python"
    files = re.compile(hook["files"])
    for extension in FORMATS:
        assert files.search(f"报告 一{extension}"), extension
        assert files.search(f"dir/REPORT{extension.upper()}"), extension
    for other in ("setup.py", "notes.txt.bak", "page.mdx", "archive.docx.zip", "README"):
        assert not files.search(other), other


def test_manifest_is_valid():
    result = subprocess.run(
        [*_pre_commit(), "validate-manifest", str(MANIFEST)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_try_repo_fails_on_a_placeholder_and_passes_clean_and_excluded_files(tmp_path):
    if not _tracked(MANIFEST):
        pytest.skip("try-repo ignores untracked files: `git add .pre-commit-hooks.yaml` first")
    work = tmp_path / "work"
    work.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "cache"),
        GIT_CONFIG_NOSYSTEM="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    subprocess.run(["git", "init", "-q"], cwd=work, env=env, check=True)
    (work / "工作 总结.md").write_text("今年发展对象XX名。\n", encoding="utf-8")
    (work / "clean.txt").write_text("今年发展对象12名。\n", encoding="utf-8")
    (work / ".fillcheck.toml").write_text('exclude = ["templates/"]\n', encoding="utf-8")
    (work / "templates").mkdir()
    (work / "templates" / "模板.md").write_text("发展对象XX名。\n", encoding="utf-8")
    runs = [
        subprocess.Popen(
            [*_pre_commit(), "try-repo", str(ROOT), "fillcheck", "--files", *files],
            cwd=work,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for files in (["工作 总结.md"], ["clean.txt", "templates/模板.md"])
    ]
    (masked_out, _), (clean_out, _) = (run.communicate(timeout=600) for run in runs)
    assert runs[0].returncode == 1, masked_out
    assert "工作 总结.md:1:7: error FC102 `XX名`" in masked_out
    assert re.search(r"^fillcheck\.+Failed$", masked_out, re.MULTILINE), masked_out
    assert runs[1].returncode == 0, clean_out
    assert re.search(r"^fillcheck\.+Passed$", clean_out, re.MULTILINE), clean_out
