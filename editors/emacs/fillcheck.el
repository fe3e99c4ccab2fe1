;;; fillcheck.el --- Check documents with fillcheck in compilation-mode  -*- lexical-binding: t -*-

;;; Commentary:

;; M-x fillcheck checks the current file (with a prefix argument, it asks
;; which files or folders to check) and lists the findings in a
;; compilation buffer: `next-error' (M-g n) puts point on each finding.
;;
;; Columns: compilation-mode reads columns as screen columns by default
;; (`compilation-error-screen-columns' is t), and a Chinese character is two
;; screen columns wide.  So fillcheck runs with `--column-unit char' and its
;; results buffer sets `compilation-error-screen-columns' to nil, which makes
;; columns count characters; other compilation buffers are not affected.
;;
;; Install: put this file on `load-path' and add (require 'fillcheck), or
;; (load "/path/to/fillcheck.el").  Set `fillcheck-command' when the
;; fillcheck executable is not on PATH.

;;; Code:

(require 'compile)

(defgroup fillcheck nil
  "Find unfilled placeholders and residue in documents."
  :group 'tools)

(defcustom fillcheck-command "fillcheck"
  "The command that runs fillcheck, e.g. \"~/.venv/bin/fillcheck\"."
  :type 'string)

(defcustom fillcheck-arguments "--quiet"
  "Extra arguments for `fillcheck check', e.g. \"--quiet --select FC1\"."
  :type 'string)

(define-compilation-mode fillcheck-mode "fillcheck"
  "Compilation mode for fillcheck findings; columns count characters."
  (setq-local compilation-error-screen-columns nil))

(defun fillcheck--command (paths)
  "The shell command that checks PATHS, a list of file names."
  (mapconcat #'identity
             (append (list fillcheck-command "check" "--column-unit" "char"
                           fillcheck-arguments)
                     (mapcar #'shell-quote-argument paths))
             " "))

;;;###autoload
(defun fillcheck (paths)
  "Check PATHS with fillcheck and list the findings; return the results buffer.
Interactively, check the current file; with a prefix argument, ask."
  (interactive
   (list (if (or current-prefix-arg (not buffer-file-name))
             (split-string-and-unquote
              (read-string "fillcheck check: "
                           (and buffer-file-name (shell-quote-argument buffer-file-name))))
           (list buffer-file-name))))
  (when (and buffer-file-name (buffer-modified-p)
             (member buffer-file-name paths)
             (y-or-n-p (format "Save %s first? " (buffer-name))))
    (save-buffer))
  ;; fillcheck prints UTF-8 whatever the locale; read it as UTF-8.
  (let ((compilation-environment (cons "PYTHONIOENCODING=utf-8" compilation-environment))
        (coding-system-for-read 'utf-8))
    (compilation-start (fillcheck--command paths) #'fillcheck-mode)))

(provide 'fillcheck)

;;; fillcheck.el ends here
