"""``fillcheck server``: a Language Server Protocol server (the ``lsp`` extra, pygls 2).

Diagnostics for plain text, Markdown and HTML as they are typed, and for
.docx and .pdf files when opened and saved; quick fixes from
:mod:`fillcheck.fix`; "disable this rule for this line"; rule documentation
on hover. Nothing here is imported by ``check``.
"""

from __future__ import annotations


def main() -> None:
    """Start the server on standard input and output (imports pygls only now)."""
    from .app import main as serve

    serve()
