;;; fillcheck-eglot.el --- fillcheck's language server in Emacs, with eglot  -*- lexical-binding: t; -*-

;; Needs Emacs 29 or later (eglot is built in) and `pip install 'fillcheck[lsp]'`.
;; Load this file from your init file, then run M-x eglot in a text, Markdown or
;; HTML buffer (or add `eglot-ensure' to those modes' hooks). eglot negotiates
;; columns in code points (utf-32), which is what fillcheck counts.

;;; Code:

(require 'eglot)

(add-to-list 'eglot-server-programs
             '((text-mode markdown-mode gfm-mode html-mode mhtml-mode)
               . ("fillcheck" "server")))

(provide 'fillcheck-eglot)
;;; fillcheck-eglot.el ends here
