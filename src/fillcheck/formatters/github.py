"""``--format github``: GitHub Actions workflow commands that annotate the changed files.

One line per finding::

    ::error file=docs/a.txt,line=1,endLine=1,col=7,endColumn=9,title=fillcheck (FC102)::message

``error``, ``warning`` and ``notice`` follow the finding's severity. Values are
escaped the way GitHub's toolkit (``@actions/core``) escapes them: ``%``, CR
and LF in the message, and also ``:`` and ``,`` in the properties. The path
is relative to the working directory (the repository root in a workflow).

GitHub does not say what its annotation columns count, and shows annotations
under a whole line; fillcheck writes characters, as ruff does, or the unit
chosen with ``--column-unit``. Columns are left out when a finding spans
lines, since GitHub accepts them only on a single line. GitHub shows at most
10 error and 10 warning annotations per step; the full list stays in the log.
"""

from __future__ import annotations

from ..document import Document
from ..finding import Finding
from ..fingerprint import normal_path
from . import TOOL_NAME, Formatter, last_line

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape the message of a workflow command."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value of a workflow command (also ``:`` and ``,``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(finding: Finding, columns: tuple[int, int]) -> str:
    """The workflow command for one finding, with its columns in the chosen unit."""
    properties = [
        ("file", normal_path(finding.path)),
        ("line", str(finding.line)),
        ("endLine", str(last_line(finding))),
    ]
    if finding.end_line == finding.line:
        properties += [("col", str(columns[0])), ("endColumn", str(columns[1]))]
    properties.append(("title", f"{TOOL_NAME} ({finding.rule})"))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    message = f"{finding.message} [`{finding.text}`]"
    if finding.suggestion:
        message += f"\n{finding.suggestion}"
    return f"::{COMMANDS.get(finding.severity, 'warning')} {joined}::{escape_data(message)}"


class GithubFormatter(Formatter):
    """Writes one workflow command per finding as soon as a file is done."""

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Write the findings of one file."""
        for finding in findings:
            self.stream.write(render(finding, self.columns(finding, doc)) + "\n")


FORMATTER = GithubFormatter
