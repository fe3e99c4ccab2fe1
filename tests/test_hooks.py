"""The plain git pre-commit hook, end to end in temporary repositories.

Every commit runs the real hook, which starts Python once and checks every
staged document with ``fillcheck check --staged``: a commit costs 0.2 to 0.4 s.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fillcheck.hooks import BACKUP_NAME, BYPASS, MARKER, HookError, install, remove, run

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

MASKED = "今年发展对象XX名。\n"
CLEAN = "今年发展对象12名。\n"
FINDING = ":1:7: error FC102 `XX名`"


class Repo:
    """A temporary git work tree with git run in an isolated environment."""

    def __init__(self, root: Path, env: dict[str, str]) -> None:
        self.root = root
        self.env = env
        root.mkdir(parents=True, exist_ok=True)

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run git in the work tree; output is text, both streams captured."""
        result = subprocess.run(
            ["git", *args], cwd=self.root, env=self.env, capture_output=True, text=True
        )
        if check and result.returncode != 0:
            raise AssertionError(f"git {' '.join(args)} failed:\n{result.stderr}")
        return result

    def write(self, name: str, text: str) -> None:
        """Write ``text`` to the file ``name`` in the work tree."""
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def stage(self, name: str, text: str) -> None:
        """Write and stage ``name``."""
        self.write(name, text)
        self.git("add", "--", name)

    def commit(self, *args: str) -> tuple[int, str]:
        """Commit; the exit status and everything git and the hook printed."""
        result = self.git("commit", "-m", "change", *args, check=False)
        return result.returncode, result.stdout + result.stderr

    def commits(self) -> int:
        """How many commits HEAD has (0 before the first)."""
        result = self.git("rev-list", "--count", "HEAD", check=False)
        return int(result.stdout) if result.returncode == 0 else 0

    def hook(self) -> Path:
        """Where git keeps this repository's pre-commit hook by default."""
        return self.root / ".git" / "hooks" / "pre-commit"


@pytest.fixture
def git_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Isolate git from user and system configuration and from any outer hook.

    Applied to this process too, because ``install`` and ``remove`` run git
    themselves: a global ``core.hooksPath`` must not send a test hook there.
    """
    for key in list(os.environ):
        if key.startswith("GIT_"):
            monkeypatch.delenv(key)
    home = tmp_path / "home"
    home.mkdir()
    settings = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test Author",
        "GIT_AUTHOR_EMAIL": "author@example.com",
        "GIT_COMMITTER_NAME": "Test Author",
        "GIT_COMMITTER_EMAIL": "author@example.com",
    }
    for key, value in settings.items():
        monkeypatch.setenv(key, value)
    return dict(os.environ)


@pytest.fixture
def repo(tmp_path: Path, git_env: dict[str, str]) -> Repo:
    """A fresh repository with the fillcheck hook installed."""
    repo = Repo(tmp_path / "repo", git_env)
    repo.git("init", "-q")
    install(str(repo.root), force=False)
    return repo


def test_install_writes_an_executable_marked_hook(tmp_path, git_env):
    repo = Repo(tmp_path / "repo", git_env)
    repo.git("init", "-q")
    message = install(str(repo.root), force=False)
    hook = repo.hook()
    assert str(hook) in message and "--no-verify" in message
    text = hook.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh\n") and MARKER in text
    assert sys.executable in text
    assert os.access(hook, os.X_OK)


def test_staged_placeholder_fails_the_commit_and_prints_the_finding(repo):
    repo.stage("report.txt", MASKED)
    status, output = repo.commit()
    assert status != 0
    assert f"report.txt{FINDING}" in output
    assert "--no-verify" in output
    assert repo.commits() == 0


def test_clean_file_commits(repo):
    repo.stage("report.txt", CLEAN)
    status, output = repo.commit()
    assert status == 0, output
    assert repo.commits() == 1


def test_staged_content_is_checked_not_the_working_tree(repo):
    repo.stage("report.md", MASKED)
    repo.write("report.md", CLEAN)  # the working tree is fixed, the index is not
    status, output = repo.commit()
    assert status != 0
    assert f"report.md{FINDING}" in output
    assert repo.commits() == 0


def test_unstaged_placeholder_does_not_block_a_clean_staged_version(repo):
    repo.stage("report.md", CLEAN)
    repo.write("report.md", MASKED)
    status, output = repo.commit()
    assert status == 0, output
    assert repo.commits() == 1


def test_names_with_spaces_and_chinese_characters(repo):
    repo.stage("材料/工作 总结.md", MASKED)
    repo.stage("名单 二.txt", CLEAN)
    status, output = repo.commit()
    assert status != 0
    assert f"材料/工作 总结.md{FINDING}" in output
    assert "名单 二.txt" not in output
    assert "1 of 2 staged files did not pass" in output


def test_only_files_fillcheck_reads_are_checked(repo):
    repo.stage("notes.py", MASKED)
    repo.stage("report.TXT", CLEAN)
    status, output = repo.commit()
    assert status == 0, output


def test_no_staged_files_and_no_verify(repo):
    status, output = repo.commit("--allow-empty")
    assert status == 0, output
    repo.stage("report.txt", MASKED)
    status, output = repo.commit("--no-verify")
    assert status == 0, output
    assert repo.commits() == 2


def test_commit_with_a_path_checks_that_file(repo):
    """`git commit PATH` commits from a temporary index, which the hook must read."""
    repo.stage("report.txt", CLEAN)
    assert repo.commit()[0] == 0
    repo.write("report.txt", MASKED)  # modified but not staged
    status, output = repo.commit("report.txt")
    assert status != 0
    assert f"report.txt{FINDING}" in output


def test_refuses_to_replace_a_foreign_hook_without_force(tmp_path, git_env):
    repo = Repo(tmp_path / "repo", git_env)
    repo.git("init", "-q")
    repo.hook().write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    with pytest.raises(HookError, match="--force") as raised:
        install(str(repo.root), force=False)
    assert str(repo.hook()) in str(raised.value)
    assert repo.hook().read_text(encoding="utf-8") == "#!/bin/sh\nexit 0\n"


def test_force_keeps_a_backup_that_uninstall_puts_back(tmp_path, git_env):
    repo = Repo(tmp_path / "repo", git_env)
    repo.git("init", "-q")
    repo.hook().write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    message = install(str(repo.root), force=True)
    backup = repo.hook().with_name(BACKUP_NAME)
    assert str(backup) in message
    assert backup.read_text(encoding="utf-8") == "#!/bin/sh\nexit 0\n"
    assert MARKER in repo.hook().read_text(encoding="utf-8")
    remove(str(repo.root))
    assert repo.hook().read_text(encoding="utf-8") == "#!/bin/sh\nexit 0\n"
    assert not backup.exists()


def test_force_never_overwrites_an_earlier_backup(tmp_path, git_env):
    repo = Repo(tmp_path / "repo", git_env)
    repo.git("init", "-q")
    repo.hook().write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    repo.hook().with_name(BACKUP_NAME).write_text("older\n", encoding="utf-8")
    with pytest.raises(HookError, match="already exists; move it away"):
        install(str(repo.root), force=True)
    assert repo.hook().with_name(BACKUP_NAME).read_text(encoding="utf-8") == "older\n"


def test_reinstalling_replaces_fillchecks_own_hook(repo):
    repo.hook().write_text(repo.hook().read_text(encoding="utf-8") + "# old\n")
    install(str(repo.root), force=False)
    assert "# old" not in repo.hook().read_text(encoding="utf-8")
    assert not repo.hook().with_name(BACKUP_NAME).exists()


def test_uninstall_removes_the_hook_and_commits_are_unchecked(repo):
    message = remove(str(repo.root))
    assert "removed" in message and str(repo.hook()) in message
    assert not repo.hook().exists()
    repo.stage("report.txt", MASKED)
    assert repo.commit()[0] == 0
    with pytest.raises(HookError, match="no pre-commit hook to remove"):
        remove(str(repo.root))


def test_uninstall_leaves_a_foreign_hook_alone(tmp_path, git_env):
    repo = Repo(tmp_path / "repo", git_env)
    repo.git("init", "-q")
    repo.hook().write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    with pytest.raises(HookError, match="not written by fillcheck"):
        remove(str(repo.root))
    assert repo.hook().exists()


def test_pre_commit_frameworks_hook_gets_advice(tmp_path, git_env):
    repo = Repo(tmp_path / "repo", git_env)
    repo.git("init", "-q")
    repo.hook().write_text("#!/usr/bin/env bash\n# File generated by pre-commit\n")
    with pytest.raises(HookError, match=r"\.pre-commit-config\.yaml"):
        install(str(repo.root), force=False)


def test_not_a_repository(tmp_path, git_env, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))  # no repo above tmp_path
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(HookError, match="is not a git repository"):
        install(str(plain), force=False)
    with pytest.raises(HookError, match="no such directory"):
        install(str(tmp_path / "missing"), force=False)


def test_cli_reports_errors_in_one_line_with_exit_2(tmp_path, git_env):
    plain = tmp_path / "plain"
    plain.mkdir()
    env = dict(git_env, GIT_CEILING_DIRECTORIES=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "fillcheck", "install-hook", "--repo", str(plain)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr == f"fillcheck: error: {plain} is not a git repository\n"


def test_cli_installs_and_uninstalls(tmp_path, git_env):
    repo = Repo(tmp_path / "repo", git_env)
    repo.git("init", "-q")
    command = [sys.executable, "-m", "fillcheck", "install-hook", "--repo", str(repo.root)]
    installed = subprocess.run(command, env=git_env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.startswith("fillcheck: installed the pre-commit hook ")
    assert repo.hook().exists()
    removed = subprocess.run([*command, "--uninstall"], env=git_env, capture_output=True)
    assert removed.returncode == 0
    assert not repo.hook().exists()


def test_core_hooks_path_is_respected(tmp_path, git_env):
    repo = Repo(tmp_path / "repo", git_env)
    repo.git("init", "-q")
    repo.git("config", "core.hooksPath", "githooks")
    message = install(str(repo.root / "."), force=False)
    assert (repo.root / "githooks" / "pre-commit").exists()
    assert not repo.hook().exists()
    assert str(repo.root / "githooks" / "pre-commit") in message
    repo.stage("report.txt", MASKED)
    assert repo.commit()[0] != 0


def test_linked_worktree_shares_the_hook(tmp_path, git_env):
    main = Repo(tmp_path / "main", git_env)
    main.git("init", "-q")
    main.commit("--allow-empty")
    main.git("worktree", "add", "-q", str(tmp_path / "linked"))
    linked = Repo(tmp_path / "linked", git_env)
    install(str(linked.root), force=False)
    assert main.hook().exists()  # hooks live in the common git directory
    linked.stage("report.txt", MASKED)
    status, output = linked.commit()
    assert status != 0
    assert f"report.txt{FINDING}" in output


def test_configuration_exclude_holds_for_staged_files(repo):
    repo.write(".fillcheck.toml", 'exclude = ["templates/"]\n')
    repo.stage("templates/申报模板.md", MASKED)
    repo.stage("report.md", MASKED)
    status, output = repo.commit()
    assert status != 0
    assert f"report.md{FINDING}" in output
    assert "templates/" not in output


def test_modules_in_the_work_tree_do_not_shadow_fillcheck(repo):
    repo.stage("fillcheck.py", "raise SystemExit('shadowed')\n")
    repo.stage("json.py", "raise SystemExit('shadowed')\n")
    repo.stage("report.txt", MASKED)
    status, output = repo.commit()
    assert "shadowed" not in output
    assert status != 0
    assert f"report.txt{FINDING}" in output


def test_a_missing_interpreter_fails_the_commit_with_advice(repo):
    text = repo.hook().read_text(encoding="utf-8")
    repo.hook().write_text(text.replace(sys.executable, "/nonexistent/python"))
    repo.stage("report.txt", CLEAN)
    status, output = repo.commit()
    assert status != 0
    assert "/nonexistent/python is gone" in output
    assert "fillcheck install-hook" in output and "--no-verify" in output


def _check_staged(repo: Repo, *args: str, cwd: Path | None = None):
    command = [sys.executable, "-m", "fillcheck", "check", "--staged", *args]
    return subprocess.run(
        command, cwd=cwd or repo.root, env=repo.env, capture_output=True, text=True
    )


def test_check_staged_reads_the_index_not_the_work_tree(repo):
    repo.stage("a.txt", MASKED)
    repo.write("a.txt", CLEAN)  # the work tree is clean, the staged content is not
    repo.stage("docs/b.md", CLEAN)
    repo.write("docs/b.md", MASKED)  # and the other way round
    repo.stage("docs/c.txt", MASKED)
    repo.write("unstaged.txt", MASKED)
    done = _check_staged(repo)
    assert done.returncode == 1
    assert done.stdout == f"a.txt{FINDING}" + _REST + f"docs/c.txt{FINDING}" + _REST
    assert done.stderr.splitlines() == [
        "fillcheck: 3 files checked, 2 findings (2 errors)",
        f"fillcheck: 2 of 3 staged files did not pass; fix them and stage them again, or {BYPASS}",
    ]


_REST = ": the number of people was never filled in [`XX`]\n"


def test_check_staged_from_a_subfolder_names_files_from_there(repo):
    repo.stage("docs/c.txt", MASKED)
    done = _check_staged(repo, "--quiet", "--format", "json", cwd=repo.root / "docs")
    assert done.returncode == 1
    assert [(f["path"], f["line"], f["column"], f["rule"]) for f in json.loads(done.stdout)] == [
        ("c.txt", 1, 7, "FC102")
    ]


def test_check_staged_takes_no_paths(repo):
    done = _check_staged(repo, "a.txt")
    assert done.returncode == 2
    assert done.stderr == "fillcheck: error: --staged checks the staged files; it takes no paths\n"


def test_check_staged_outside_a_repository_is_one_line(tmp_path, git_env):
    done = subprocess.run(
        [sys.executable, "-m", "fillcheck", "check", "--staged"],
        cwd=tmp_path, env=git_env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.startswith("fillcheck: error: cannot list the staged files: ")
    assert len(done.stderr.splitlines()) == 1


def test_the_hook_checks_all_staged_files_with_one_staged_check(monkeypatch):
    import fillcheck.cli

    calls = []

    def fake_app(args, prog_name):
        calls.append(args)
        raise SystemExit(1)

    monkeypatch.setattr(fillcheck.cli, "app", fake_app)
    assert run() == 1
    assert calls == [["check", "--staged", "--quiet", "--force-exclude"]]
