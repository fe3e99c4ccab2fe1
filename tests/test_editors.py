"""The editor recipes in editors/, run for real in headless editors.

Each editor counts columns in its own unit: Vim and Neovim quickfix in UTF-8
bytes, Emacs compilation-mode in screen columns unless told otherwise, VS
Code in UTF-16 code units. The test document has Chinese text and a
character outside the BMP before its findings, so every unit differs.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

EDITORS = Path(__file__).resolve().parent.parent / "editors"
LINES = ["标题", "中文中文中文XX名，𠀀共XX名。"]
NAME = "工作 总结.md"
COMMAND = f"{shlex.quote(sys.executable)} -m fillcheck"


def _masks() -> list[tuple[int, int]]:
    """(line, character offset) of every ``XX`` in the test document."""
    return [
        (number, match.start())
        for number, line in enumerate(LINES, start=1)
        for match in re.finditer("XX", line)
    ]


@pytest.fixture
def document(tmp_path: Path) -> Path:
    """The test document, in a folder whose name has a space and Chinese."""
    folder = tmp_path / "材料 夹"
    folder.mkdir()
    path = folder / NAME
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def _vim_string(value: str) -> str:
    """``value`` as a single-quoted Vim script string."""
    return "'" + value.replace("'", "''") + "'"


def _run_vim(editor: list[str], script: str, tmp_path: Path) -> None:
    """Run ``script`` in a headless Vim or Neovim without any user configuration."""
    path = tmp_path / "script.vim"
    path.write_text(script, encoding="utf-8")
    env = dict(os.environ, HOME=str(tmp_path), LANG="C.UTF-8")
    subprocess.run(
        [*editor, "-u", "NONE", "-i", "NONE", "-n", "-S", str(path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=env,
        timeout=60,
        check=True,
    )


VIMS = {
    "vim": ["vim", "-N", "-Es"],
    "nvim": ["nvim", "-Es"],
}


@pytest.mark.parametrize("name", VIMS)
def test_vim_compiler_plugin_puts_the_cursor_on_the_masked_text(name, document, tmp_path):
    if shutil.which(name) is None:
        pytest.skip(f"{name} is not installed")
    result = tmp_path / "result.json"
    script = f"""
set encoding=utf-8
let &runtimepath = {_vim_string((EDITORS / "vim").as_posix())} . ',' . &runtimepath
let g:fillcheck_command = {_vim_string(COMMAND)}
execute 'cd' fnameescape({_vim_string(str(document.parent))})
execute 'edit' fnameescape({_vim_string(NAME)})
compiler fillcheck
silent make
call writefile([json_encode({{'qf': getqflist(), 'cursor': [bufname('%'), line('.'), col('.')],
      \\ 'at': strpart(getline('.'), col('.') - 1)}})], {_vim_string(str(result))})
qall!
"""
    _run_vim(VIMS[name], script, tmp_path)
    found = json.loads(result.read_text(encoding="utf-8"))
    expected = [(line, len(LINES[line - 1][:offset].encode()) + 1) for line, offset in _masks()]
    assert [(entry["lnum"], entry["col"]) for entry in found["qf"]] == expected
    assert expected == [(2, 19), (2, 34)]  # bytes: 6 Chinese characters, then 中文…，𠀀共
    assert all(entry["valid"] and entry["type"] == "e" for entry in found["qf"])
    assert all(entry["text"].startswith("FC102 `XX名`") for entry in found["qf"])
    assert found["cursor"] == [NAME, 2, 19]
    assert found["at"].startswith("XX名")


def test_vim_counts_c_in_bytes_and_v_in_screen_columns(tmp_path):
    """Why the recipe asks for --column-unit byte: Vim's %c is a byte index."""
    if shutil.which("vim") is None:
        pytest.skip("vim is not installed")
    text = LINES[1]
    offset = text.index("XX")
    columns = {
        "byte": len(text[:offset].encode()) + 1,
        "char": offset + 1,
        "screen": sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text[:offset])
        + 1,
    }
    (tmp_path / "doc.txt").write_text(text + "\n", encoding="utf-8")
    lines = []
    for unit, column in columns.items():
        (tmp_path / f"{unit}.out").write_text(f"doc.txt:1:{column}: x\n", encoding="utf-8")
        for code in ("c", "v"):
            lines.append(f"set errorformat=%f:%l:%{code}:\\ %m")
            lines.append(f"cfile {unit}.out")
            lines.append(
                f"call add(g:found, [{_vim_string(unit + code)}, "
                "strpart(getline('.'), col('.') - 1, 2) ==# 'XX'])"
            )
    result = tmp_path / "result.json"
    script = "\n".join(
        [
            "set encoding=utf-8",
            f"execute 'cd' fnameescape({_vim_string(str(tmp_path))})",
            "let g:found = []",
            *lines,
            f"call writefile([json_encode(g:found)], {_vim_string(str(result))})",
            "qall!",
        ]
    )
    _run_vim(VIMS["vim"], script, tmp_path)
    landed = {key for key, on_mask in json.loads(result.read_text(encoding="utf-8")) if on_mask}
    assert landed == {"bytec", "screenv"}


EMACS_SCRIPT = """
(require 'json)
(prefer-coding-system 'utf-8)
(load {recipe} nil t)
(setq fillcheck-command {command})
(defun probe-wait (buffer)
  (let ((process (get-buffer-process buffer)))
    (while (process-live-p process) (accept-process-output process 0.1))))
(defun probe-next ()
  (next-error)
  (vector (buffer-name) (line-number-at-pos) (- (point) (line-beginning-position))
          (buffer-substring-no-properties (point) (min (point-max) (+ (point) 3)))))
(find-file {file})
(let ((recipe (progn (probe-wait (fillcheck (list buffer-file-name)))
                     (vector (probe-next) (probe-next))))
      (plain (progn (probe-wait (compilation-start
                                 (concat fillcheck-command " check --column-unit char "
                                         (shell-quote-argument {file}))))
                    (vector (probe-next)))))
  (let ((coding-system-for-write 'utf-8))
    (with-temp-file {result}
      (insert (json-encode (list (cons "recipe" recipe) (cons "plain" plain)))))))
"""


def _elisp_string(value: str) -> str:
    """``value`` as an Emacs Lisp string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def test_emacs_next_error_lands_on_the_masked_text(document, tmp_path):
    if shutil.which("emacs") is None:
        pytest.skip("emacs is not installed")
    result = tmp_path / "result.json"
    script = tmp_path / "probe.el"
    script.write_text(
        EMACS_SCRIPT.format(
            recipe=_elisp_string(str(EDITORS / "emacs" / "fillcheck.el")),
            command=_elisp_string(COMMAND),
            file=_elisp_string(str(document)),
            result=_elisp_string(str(result)),
        ),
        encoding="utf-8",
    )
    env = dict(os.environ, HOME=str(tmp_path), LANG="C.UTF-8")
    subprocess.run(
        ["emacs", "--batch", "-Q", "-l", str(script)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=env,
        timeout=60,
        check=True,
    )
    found = json.loads(result.read_text(encoding="utf-8"))
    expected = [[NAME, line, offset, "XX名"] for line, offset in _masks()]
    assert found["recipe"] == expected
    # Without the recipe compilation-mode reads columns as screen columns and
    # misses: a Chinese character is two columns wide.
    assert found["plain"][0][3] != "XX名"


def _vscode_tasks() -> list[dict]:
    return json.loads((EDITORS / "vscode" / "tasks.json").read_text(encoding="utf-8"))["tasks"]


def _run_task(task: dict, workspace: Path, file: Path) -> subprocess.CompletedProcess[str]:
    """Run a task the way VS Code would, with fillcheck from this test environment."""
    assert task["type"] == "process" and task["command"] == "fillcheck"
    values = {"${file}": str(file), "${workspaceFolder}": str(workspace)}
    args = [values.get(arg, arg) for arg in task["args"]]
    options = task.get("options", {})
    return subprocess.run(
        [sys.executable, "-m", "fillcheck", *args],
        cwd=values.get(options.get("cwd"), str(workspace)),
        env=dict(os.environ, **options.get("env", {})),
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def _problems(matcher: dict, output: str, workspace: Path) -> list[dict]:
    """Apply one problem matcher as VS Code does, resolving relative paths (autoDetect)."""
    pattern = matcher["pattern"]
    assert matcher["fileLocation"] == ["autoDetect", "${workspaceFolder}"]
    problems = []
    for line in output.splitlines():
        match = re.match(pattern["regexp"], line)
        if match:
            problem = {
                key: match.group(pattern[key]) for key in pattern if key not in ("regexp", "kind")
            }
            problem["file"] = str(workspace / problem["file"])  # absolute stays absolute
            problems.append(problem)
    return problems


@pytest.mark.parametrize("label", ["fillcheck: current file", "fillcheck: workspace"])
def test_vscode_problem_matcher_columns_are_utf16(label, document, tmp_path):
    (task,) = [task for task in _vscode_tasks() if task["label"] == label]
    workspace = document.parent
    run = _run_task(task, workspace, document)
    assert run.returncode == 1, run.stderr
    problems = _problems(task["problemMatcher"][0], run.stdout, workspace)
    assert [(p["file"], int(p["line"]), int(p["column"])) for p in problems] == [
        (str(document), line, len(LINES[line - 1][:offset].encode("utf-16-le")) // 2 + 1)
        for line, offset in _masks()
    ]
    assert [int(p["column"]) for p in problems] == [7, 14]  # 𠀀 is two UTF-16 units
    for problem in problems:
        assert (problem["severity"], problem["code"]) == ("error", "FC102")
        assert problem["message"].startswith("`XX名`: the number of people")


def test_vscode_problem_matcher_reports_unreadable_files(tmp_path):
    (task,) = [task for task in _vscode_tasks() if task["label"] == "fillcheck: current file"]
    locked = tmp_path / "加密 文件.doc"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"))
    run = _run_task(task, tmp_path, locked)
    assert run.returncode == 2
    matcher = task["problemMatcher"][1]
    assert matcher["pattern"]["kind"] == "file"
    problems = _problems(matcher, run.stderr, tmp_path)
    assert [(p["file"], p["severity"]) for p in problems] == [(str(locked), "error")]
    assert "password" in problems[0]["message"]
