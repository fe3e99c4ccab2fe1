"""A copy of a Word document with each finding as a comment anchored on the finding's text.

``fillcheck annotate report.docx`` writes ``report.checked.docx``: the same
document, in which every finding of ``check`` is a Word comment by
"fillcheck" saying the rule code and the message, anchored on exactly the
characters the finding covers. Word splits text into runs arbitrarily, and a
comment can only start and end at a run boundary, so the runs that hold a
finding's first and last characters are split there (each half keeps the
run's formatting); a finding that spans several runs, or paragraphs, is
anchored from its first run to its last. Nothing else changes: no text, no
formatting, no table, header or footer.

Paragraphs are found and numbered by the .docx reader (``readers.docx``), so a
finding's line and column lead to the very paragraph and character the
reader took them from. Word cannot anchor a comment in a header, footer,
footnote, endnote, comment or text box: findings there are listed together in
one comment at the start of the body.
"""

from __future__ import annotations

from bisect import bisect_right
from copy import deepcopy
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from .document import Document
from .finding import Finding
from .messages import t
from .messages.parts import without_location
from .readers.docx import _CHARS, _SKIP, _TEXT, ANNOTATOR, W_P, W, _Paragraphs, note_numbers

AUTHOR = ANNOTATOR  # the reader skips these comments when the copy is checked again
INITIALS = "FC"
W_R, W_HYPERLINK = W + "r", W + "hyperlink"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# The first paragraph of the comment listing findings that cannot be anchored.
UNANCHORED = {
    "en": "fillcheck: {n} finding{s} in headers, footers, notes, comments or text boxes, where "
    "Word cannot anchor a comment:",
    "zh": "fillcheck：以下 {n} 处问题位于页眉、页脚、脚注、尾注、批注或文本框中，"
    "无法在原文上添加批注：",
}


class AnnotateError(Exception):
    """The document cannot be annotated; ``str()`` is a one-line reason."""


@dataclass
class Annotated:
    """What :func:`annotate` made: the new file's bytes and how many comments it holds."""

    data: bytes
    anchored: int
    unanchored: int

    @property
    def comments(self) -> int:
        """Comments added: one per anchored finding, plus one listing the others."""
        return self.anchored + (1 if self.unanchored else 0)


@dataclass
class _Para:
    element: Any
    start: int  # offset of the paragraph's first character in Document.text
    text: str
    anchorable: bool


def annotate(
    data: bytes, document: Document, findings: list[Finding], lang: str = "en"
) -> Annotated:
    """Return a copy of the .docx ``data`` with ``findings`` (found in ``document``,
    the reader's Document of the same bytes) as comments."""
    import docx

    try:
        word = docx.Document(BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on files Word still opens
        raise AnnotateError(
            f"python-docx cannot open it: {type(error).__name__}: {error}"
        ) from None
    paragraphs = _body_paragraphs(word.element, document)
    starts = [p.start for p in paragraphs]
    placed: list[tuple[Finding, _Para, int, _Para, int]] = []
    leftover: list[Finding] = []
    for finding in findings:
        where = _locate(document, finding, paragraphs, starts)
        if where is None:
            leftover.append(finding)
        else:
            placed.append((finding, *where))
    cuts: dict[int, set[int]] = {}
    for _, first, start, last, end in placed:
        cuts.setdefault(id(first.element), set()).add(start)
        cuts.setdefault(id(last.element), set()).add(end)
    runs = {id(p.element): _split_at(p.element, cuts[id(p.element)])
            for p in paragraphs if id(p.element) in cuts}  # fmt: skip
    anchored = 0
    for finding, first, start, last, end in placed:
        begin = runs[id(first.element)][0].get(start)
        finish = runs[id(last.element)][1].get(end)
        if begin is None or finish is None:  # a boundary inside a formula or a field
            leftover.append(finding)
            continue
        _comment(word, begin, finish, f"{finding.rule} {_message(finding, document)}")
        anchored += 1
    if leftover:
        _summary(word, paragraphs, sorted(leftover), lang)
    out = BytesIO()
    word.save(out)
    return Annotated(out.getvalue(), anchored, len(leftover))


def _body_paragraphs(body: Any, document: Document) -> list[_Para]:
    """The body's paragraphs as the reader numbers them, each with its offset in the text."""
    collector = _Paragraphs(note_numbers(body))
    found: list[_Para] = []
    offset = 0
    for paragraph in body.iter(W_P):
        before = len(collector.lines)
        collector.add(paragraph, "body")
        if len(collector.lines) == before:
            continue
        text, label = collector.lines[-1], collector.labels[-1]
        found.append(_Para(paragraph, offset, text, "text box" not in label))
        offset += len(text) + 1
    body_text = "\n".join(p.text for p in found)
    if not (document.text == body_text or document.text.startswith(body_text + "\n")):
        raise AnnotateError("its paragraphs do not match the text that was checked")
    return found


def _locate(document: Document, finding: Finding, paragraphs: list[_Para], starts: list[int]):
    """(first paragraph, start in it, last paragraph, end in it), or None outside the body."""
    size = len(document.text)
    lines = len(document.line_starts)
    start = document.offset(finding.line, finding.column)
    end = (
        size if finding.end_line > lines else document.offset(finding.end_line, finding.end_column)
    )
    if not paragraphs or start >= end:
        return None
    first = paragraphs[bisect_right(starts, start) - 1]
    if start == first.start + len(first.text):  # starts on the paragraph's end: the next one
        index = paragraphs.index(first) + 1
        if index == len(paragraphs):
            return None
        first = paragraphs[index]
        start = first.start
    last = paragraphs[bisect_right(starts, end - 1) - 1]
    body_end = paragraphs[-1].start + len(paragraphs[-1].text)
    if end > body_end + 1 or not (first.anchorable and last.anchorable):
        return None
    return first, start - first.start, last, min(end - last.start, len(last.text))


def _message(finding: Finding, document: Document) -> str:
    """The message without the part label the engine appends: the comment stands there."""
    label = document.part_at(document.offset(finding.line, finding.column))
    return without_location(finding.message, label)


def _leaves(paragraph: Any) -> list[tuple[Any, Any, int, int]]:
    """(element, its w:r or None, start, end) of every character-bearing element, in the
    reader's order (see ``readers.docx.paragraph_text``)."""
    out: list[tuple[Any, Any, int, int]] = []
    position = 0

    def walk(element: Any, run: Any) -> None:
        nonlocal position
        for child in element:
            tag = child.tag
            if tag in _TEXT or tag in _CHARS:
                length = len(child.text or "") if tag in _TEXT else 1
                owner = run if run is not None and child.getparent() is run else None
                out.append((child, owner, position, position + length))
                position += length
            elif tag not in _SKIP:
                walk(child, child if tag == W_R else run)

    walk(paragraph, None)
    return out


def _split_at(paragraph: Any, cuts: set[int]) -> tuple[dict[int, Any], dict[int, Any]]:
    """Split the paragraph's runs at the offsets ``cuts``; return the run starting at and the
    run ending at each offset where there is one."""
    leaves = _leaves(paragraph)
    for cut in sorted(cuts, reverse=True):  # from the end: earlier offsets keep their leaves
        for element, run, start, end in leaves:
            if start < cut < end or (start == cut and end > start):
                if run is not None:
                    _split_run(run, element, cut - start)
                break
    starting: dict[int, Any] = {}
    ending: dict[int, Any] = {}
    for _, run, start, end in _leaves(paragraph):
        if run is not None and end > start:
            starting.setdefault(start, run)
            ending[end] = run
    return {c: starting[c] for c in cuts if c in starting}, {
        c: ending[c] for c in cuts if c in ending
    }


def _split_run(run: Any, leaf: Any, at: int) -> None:
    """Split ``run`` before character ``at`` of ``leaf`` (one of its children); both halves
    keep the run's properties."""
    if at > 0:  # inside a w:t: cut its text in two
        rest = deepcopy(leaf)
        text = leaf.text or ""
        leaf.text, rest.text = text[:at], text[at:]
        for element in (leaf, rest):
            element.set(XML_SPACE, "preserve")
        leaf.addnext(rest)
        leaf = rest
    if leaf.getprevious() is None or all(
        c.tag == W + "rPr" for c in leaf.itersiblings(preceding=True)
    ):
        return  # the run already starts here
    tail = deepcopy(run)
    for child in list(tail):
        if child.tag != W + "rPr":
            tail.remove(child)
    for child in [leaf, *leaf.itersiblings()]:
        tail.append(child)  # moves it
    run.addnext(tail)


def _comment(word: Any, first: Any, last: Any, text: str) -> Any:
    """Add a comment saying ``text`` on the runs from ``first`` to ``last``."""
    from docx.text.run import Run

    comment = word.add_comment(
        [Run(first, None), Run(last, None)], text=text, author=AUTHOR, initials=INITIALS
    )
    _out_of_links(first.getprevious(), before=True)
    end = last.getnext()
    reference = end.getnext()
    _out_of_links(reference, before=False)
    _out_of_links(end, before=False)
    return comment


def _out_of_links(marker: Any, *, before: bool) -> None:
    """Move a comment marker out of the hyperlink that holds it, to just before (or after)
    the link: docx2python, and the tools built on it, lose comment ranges inside links, so
    a finding in a link's text is anchored on the whole link."""
    link = None
    for ancestor in marker.iterancestors():
        if ancestor.tag == W_P:
            break
        if ancestor.tag == W_HYPERLINK:
            link = ancestor
    if link is not None:
        (link.addprevious if before else link.addnext)(marker)


def _summary(word: Any, paragraphs: list[_Para], findings: list[Finding], lang: str) -> None:
    """One comment at the start of the body listing the findings no comment can anchor on."""
    from docx.oxml import OxmlElement

    first = paragraphs[0].element if paragraphs else None
    if first is None:
        raise AnnotateError("it has no paragraph in its body to hold a comment")
    runs = [run for _, run, _, _ in _leaves(first) if run is not None]
    if runs:
        anchor = runs[0]
    else:  # an empty paragraph: an empty run at its start holds the comment
        anchor = OxmlElement("w:r")
        properties = first.find(W + "pPr")
        if properties is not None:
            properties.addnext(anchor)
        else:
            first.insert(0, anchor)
    n = len(findings)
    head = UNANCHORED.get(lang, UNANCHORED["en"]).format(n=n, s="" if n == 1 else "s")
    comment = _comment(word, anchor, anchor, head)
    for finding in findings:
        comment.add_paragraph(f"{finding.rule} {finding.message}")


def default_output(path: str) -> str:
    """``report.docx`` -> ``report.checked.docx``, in the same directory."""
    import os

    root, ext = os.path.splitext(path)
    return f"{root}.checked{ext}"


def annotate_path(path: str, output: str | None, options: Any, stderr: Any, lang: str = "en"):
    """Check the .docx at ``path`` with ``options`` and write the commented copy.

    Returns a one-line account of what was written, or None when the document
    could not be read (the runner has reported why on ``stderr``). Raises
    AnnotateError or OutputError with a one-line reason naming the file.
    """
    import os

    from .formatters import Formatter
    from .outfile import resolve_target, write_bytes
    from .runner import run_check

    if os.path.splitext(path)[1].lower() != ".docx":
        raise AnnotateError(f"{path}: annotate takes a Word .docx file")
    output = output or default_output(path)
    try:
        same = os.path.samefile(path, output)
    except OSError:  # one of them does not exist (a missing input is reported by the reader)
        same = False
    if same:
        raise AnnotateError(f"{output}: is the document itself; the original is never modified")
    resolve_target(output)  # a directory or a device is refused before the document is read

    class Collect(Formatter):
        def add(self, findings: list[Finding], doc: Document) -> None:
            self.found = (findings, doc)

    collector = Collect(stderr)
    result = run_check([path], options, collector, stderr)
    if result.errors:
        return None
    if not hasattr(collector, "found"):
        raise AnnotateError(f"{path}: excluded by the configuration; nothing was written")
    findings, document = collector.found
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        made = annotate(data, document, findings, lang)
    except AnnotateError as error:
        raise AnnotateError(f"{path}: {error}") from None
    except OSError as error:
        raise AnnotateError(f"{path}: {error.strerror}") from None
    write_bytes(output, made.data)
    n = made.comments
    comments = t("annotate-comments-one" if n == 1 else "annotate-comments-many", count=n)
    count = len(findings)
    found = t("annotate-findings-one" if count == 1 else "annotate-findings-many", count=count)
    return t("annotate-written", comments=comments, findings=found, path=output)
