"""``--format junit``: JUnit XML, for the test-report views of GitLab, Jenkins and others.

One ``<testsuite>`` per checked file, named by its path, inside one
``<testsuites name="fillcheck">``. A file with findings has one failing
``<testcase>`` per finding, named ``CODE line:column`` (unique within the
file, since GitLab merges test cases of the same name); a clean file has a
single passing test case named ``fillcheck``. The failure's ``message`` is
the finding's message, its ``type`` the severity, and its body the text
format's line plus the suggestion. Columns follow ``--column-unit``.

XML 1.0 cannot carry most control characters at all (a form feed from a
PDF, say): they are written as ``\\xNN`` escapes, as are CR and LF inside
values, so the report always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

from ..document import Document
from ..finding import Finding
from . import TOOL_NAME, Formatter
from .text import one_line
from .text import render as text_line

# Characters XML 1.0 forbids outright, plus lone surrogates and the two non-characters.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def legal(value: str) -> str:
    """``value`` with the characters XML cannot hold written as ``\\xNN`` escapes."""
    return _ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)


def xml_safe(value: str) -> str:
    """``value`` on one line (CR and LF escaped too), fit for an XML attribute."""
    return legal(one_line(value))


class JunitFormatter(Formatter):
    """Builds the XML tree file by file and writes it at the end."""

    def __init__(self, stream, **settings) -> None:
        super().__init__(stream, **settings)
        self.root = ET.Element("testsuites", name=TOOL_NAME)
        self.tests = 0
        self.failures = 0

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Add the file's test suite."""
        path = xml_safe(doc.source)
        tests = max(1, len(findings))
        suite = ET.SubElement(
            self.root, "testsuite",
            name=path, tests=str(tests), failures=str(len(findings)), errors="0",
        )  # fmt: skip
        self.tests += tests
        self.failures += len(findings)
        if not findings:
            ET.SubElement(suite, "testcase", name=TOOL_NAME, classname=path)
            return
        seen: Counter[str] = Counter()
        for finding in findings:
            column = self.columns(finding, doc)[0]
            name = f"{finding.rule} {finding.line}:{column}"
            seen[name] += 1
            if seen[name] > 1:
                name += f" ({seen[name]})"
            case = ET.SubElement(suite, "testcase", name=name, classname=path)
            failure = ET.SubElement(
                case, "failure", message=xml_safe(finding.message), type=finding.severity
            )
            body = legal(text_line(finding, column))
            if finding.suggestion:
                body += "\n" + xml_safe(finding.suggestion)
            failure.text = body

    def end(self) -> None:
        """Write the XML document."""
        self.root.set("tests", str(self.tests))
        self.root.set("failures", str(self.failures))
        self.root.set("errors", "0")
        ET.indent(self.root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(self.root, encoding="unicode") + "\n")


FORMATTER = JunitFormatter
