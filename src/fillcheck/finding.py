"""The shared value types: what detectors yield (Hit) and what users see (Finding)."""

from __future__ import annotations

import enum
from typing import NamedTuple


class Severity(str, enum.Enum):
    """How bad a finding is; ordered info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Numeric rank for comparisons (info 0, warning 1, error 2)."""
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Parse a user-supplied severity name; raises ValueError on unknown names."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            from .messages import unknown

            raise ValueError(unknown("severity", value, [s.value for s in cls])) from None


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Category(str, enum.Enum):
    """The five kinds of problem fillcheck reports."""

    PLACEHOLDER = "placeholder"
    PAYWALL = "paywall"
    COUNT = "count"
    REDACTION = "redaction"
    FORMAT = "format"


class Hit(NamedTuple):
    """A detector's raw result: a character span of ``Document.text`` and what is wrong there."""

    start: int
    end: int
    message: str
    suggestion: str | None = None


class Finding(NamedTuple):
    """One reported problem, positioned for people and tools.

    Lines and columns are 1-based and count characters (code points);
    ``end_column`` is exclusive. ``start`` and ``end`` are the span's character
    offsets into the audited text, as a Python slice (``text[start:end]``);
    they are not part of the JSON output of ``check``. A Finding is immutable and picklable, and
    findings sort by path, line, column, rule. It is a named tuple because a
    scraped corpus can hold hundreds of thousands of them, and a tuple is
    built several times faster than a frozen dataclass.
    """

    path: str
    line: int
    column: int
    rule: str
    end_line: int
    end_column: int
    name: str
    category: str
    severity: str
    text: str
    message: str
    suggestion: str | None = None
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict[str, object]:
        """The finding as a JSON-ready dict with the documented keys, in documented order."""
        return {key: getattr(self, key) for key in FIELDS}


# The documented key order of a finding in JSON output.
FIELDS = (
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "name",
    "category",
    "severity",
    "text",
    "message",
    "suggestion",
)
