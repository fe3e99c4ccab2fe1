-- fillcheck's language server for Neovim 0.11 or later.
-- Copy this file to ~/.config/nvim/lsp/fillcheck.lua and add to init.lua:
--   vim.lsp.enable('fillcheck')
-- Needs `pip install 'fillcheck[lsp]'` (the `fillcheck` command on PATH).
-- Columns are negotiated as UTF-8 bytes, which is what Neovim counts.
return {
  cmd = { 'fillcheck', 'server' },
  filetypes = { 'text', 'markdown', 'html' },
  root_markers = { '.fillcheck.toml', 'pyproject.toml', '.git' },
  -- Milliseconds to wait after the last change before checking (default 200).
  init_options = { debounce = 200 },
}
