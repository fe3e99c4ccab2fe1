" Vim compiler file
" Compiler:     fillcheck (unfilled placeholders, paywall residue, contradictory counts)
" Usage:        :compiler fillcheck   then   :make   checks the current file.
"               let g:fillcheck_command = '/path/to/venv/bin/fillcheck' to use another copy.
" Columns:      fillcheck prints UTF-8 byte columns (--column-unit byte) because the
"               quickfix list counts %c in bytes; on Chinese text characters would be wrong.
" Works in Neovim too.

if exists("current_compiler")
  finish
endif
let current_compiler = "fillcheck"

if exists(":CompilerSet") != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

execute 'CompilerSet makeprg='
      \ . escape(get(g:, 'fillcheck_command', 'fillcheck')
      \          . ' check --quiet --column-unit byte', ' \|"')
      \ . '\ %:S'
CompilerSet errorformat=%f:%l:%c:\ %trror\ %m,
                       \%f:%l:%c:\ %tarning\ %m,
                       \%f:%l:%c:\ %tnfo\ %m,
                       \fillcheck:\ %trror:\ %f:\ %m

let &cpo = s:cpo_save
unlet s:cpo_save
