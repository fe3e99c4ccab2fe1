"""The language server end to end, for the capabilities of Neovim, VS Code and Emacs."""

from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types

pytestmark = pytest.mark.asyncio(loop_scope="function")


def units(text: str, encoding: str) -> int:
    """The length of ``text`` in the code units of a position encoding."""
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    if encoding == "utf-16":
        return len(text.encode("utf-16-le")) // 2
    return len(text)


async def open_and_wait(client, path, text: str, language: str = "plaintext"):
    """Open ``text`` as the document ``path`` and return the diagnostics published for it."""
    uri = path.as_uri()
    path.write_text(text, encoding="utf-8")
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language, version=1, text=text
            )
        )
    )
    return uri, await wait_for(client, uri)


async def wait_for(client, uri: str, version: int | None = None):
    """Wait until diagnostics for ``uri`` (and ``version``) arrive; fail if they never do."""
    for _ in range(200):
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if uri in client.diagnostics:
            return list(client.diagnostics[uri])
    raise AssertionError("no diagnostics were published")


async def test_negotiates_the_encoding(client):
    from conftest import CLIENTS

    assert client.encoding == CLIENTS[client.editor]


# 中文𠀀中文： is 6 code points, 7 UTF-16 units (𠀀 is outside the BMP) and 19 UTF-8 bytes.
MARKED = "第一段。\n中文𠀀中文：##pagebreak##\n"
MARKER_START = {"utf-8": 19, "utf-16": 7, "utf-32": 6}
MARKER_END = {"utf-8": 32, "utf-16": 20, "utf-32": 19}


def to_offset(text: str, position: types.Position, encoding: str) -> int:
    """The code-point offset of a client position in ``text``."""
    lines = text.split("\n")
    offset = sum(len(line) + 1 for line in lines[: position.line])
    line = lines[position.line]
    for index in range(len(line) + 1):
        if units(line[:index], encoding) >= position.character:
            return offset + index
    raise AssertionError(f"{position} is beyond its line")


def apply(text: str, edits: list[types.TextEdit], encoding: str) -> str:
    """``text`` with LSP text edits applied (positions in ``encoding``)."""
    spans = sorted(
        (to_offset(text, e.range.start, encoding), to_offset(text, e.range.end, encoding), e)
        for e in edits
    )
    for start, end, edit in reversed(spans):
        text = text[:start] + edit.new_text + text[end:]
    return text


async def change(client, uri: str, version: int, text: str):
    """Replace the document's text and return the diagnostics published for that version."""
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    return await wait_for(client, uri)


async def test_diagnostic_after_chinese_and_astral_text(client, tmp_path):
    # a Chinese file name: its URI is percent-encoded, and diagnostics must use that spelling
    uri, diagnostics = await open_and_wait(client, tmp_path / "工作报告.txt", MARKED)
    assert "%E5%B7%A5" in uri
    assert len(diagnostics) == 1
    found = diagnostics[0]
    assert (found.code, found.source) == ("FC201", "fillcheck")
    assert found.code_description.href == "https://example.org/rules/FC201"
    assert found.severity == types.DiagnosticSeverity.Error
    assert "##pagebreak##" in found.message
    assert found.range.start == types.Position(line=1, character=MARKER_START[client.encoding])
    assert found.range.end == types.Position(line=1, character=MARKER_END[client.encoding])


async def test_diagnostics_move_when_the_text_changes(client, tmp_path):
    uri, first = await open_and_wait(client, tmp_path / "report.txt", MARKED)
    assert [d.range.start.line for d in first] == [1]
    moved = await change(client, uri, 2, "新增一行。\n" + MARKED + "还剩3页未读，继续阅读\n")
    assert [(d.code, d.range.start.line, d.range.start.character) for d in moved] == [
        ("FC201", 2, MARKER_START[client.encoding]),
        ("FC205", 3, 0),
    ]
    assert moved[1].severity == types.DiagnosticSeverity.Warning


async def test_quick_fix_deletes_the_marker(client, tmp_path):
    uri, diagnostics = await open_and_wait(client, tmp_path / "report.txt", MARKED)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostics[0].range,
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
    )
    titles = [action.title for action in actions]
    assert titles == ["Delete the paywall marker (FC201)", "Disable FC201 for this line"]
    fixed = apply(MARKED, actions[0].edit.changes[uri], client.encoding)
    assert fixed == "第一段。\n中文𠀀中文：\n"
    assert await change(client, uri, 2, fixed) == []
    disabled = apply(MARKED, actions[1].edit.changes[uri], client.encoding)
    assert disabled == "第一段。\n中文𠀀中文：##pagebreak## <!-- fillcheck-disable-line FC201 -->\n"
    assert await change(client, uri, 3, disabled) == []


async def test_residue_line_fix_deletes_the_line(client, tmp_path):
    text = "第一段。\r\n还剩3页未读，继续阅读\r\n第二段。\r\n"
    uri, diagnostics = await open_and_wait(client, tmp_path / "report.txt", text)
    assert [(d.code, d.range.start.line) for d in diagnostics] == [("FC205", 1)]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostics[0].range,
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
    )
    assert actions[0].title == "Delete the line with the sharing-site residue (FC205)"
    assert apply(text, actions[0].edit.changes[uri], client.encoding) == "第一段。\r\n第二段。\r\n"


async def test_hover_shows_the_rule_documentation(client, tmp_path):
    uri, diagnostics = await open_and_wait(client, tmp_path / "report.txt", MARKED)
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=diagnostics[0].range.start,
        )
    )
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value.startswith("**FC201** CMS page-break marker `##pagebreak##`")
    assert "FC201 paywall-marker (paywall, default severity error)" in hover.contents.value
    assert "## Why is this bad?" in hover.contents.value
    nothing = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=0),
        )
    )
    assert nothing is None


async def test_markdown_code_and_directives(client, tmp_path):
    text = (
        "`##pagebreak##` 是标记的写法。\n"
        "<!-- fillcheck-disable-next-line FC201 -->\n"
        "正文##pagebreak##\n"
        "结尾：##pagebreak##\n"
    )
    _uri, diagnostics = await open_and_wait(client, tmp_path / "notes.md", text, "markdown")
    assert [(d.code, d.range.start.line) for d in diagnostics] == [("FC201", 3)]


async def test_configuration_is_found_and_reloaded(client, tmp_path):
    uri, diagnostics = await open_and_wait(client, tmp_path / "report.txt", MARKED)
    assert [d.code for d in diagnostics] == ["FC201"]
    config = tmp_path / ".fillcheck.toml"
    config.write_text('ignore = ["FC2"]\n', encoding="utf-8")
    client.diagnostics.pop(uri, None)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]
        )
    )
    assert await wait_for(client, uri) == []


async def test_close_clears_the_diagnostics(client, tmp_path):
    uri, diagnostics = await open_and_wait(client, tmp_path / "report.txt", MARKED)
    assert diagnostics
    client.diagnostics.pop(uri, None)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert await wait_for(client, uri) == []


async def test_html_positions_are_in_the_markup(client, tmp_path):
    text = (
        "<html><body>\n<p>第一段。</p>\n<p>中文𠀀中文：<b>##pagebreak##</b></p>\n</body></html>\n"
    )
    _uri, diagnostics = await open_and_wait(client, tmp_path / "page.html", text, "html")
    assert [d.code for d in diagnostics] == ["FC201"]
    start = units("<p>中文𠀀中文：<b>", client.encoding)
    assert diagnostics[0].range.start == types.Position(line=2, character=start)


async def test_docx_is_checked_from_disk(client, tmp_path):
    import shutil
    from pathlib import Path

    path = tmp_path / "report.docx"
    shutil.copy(Path(__file__).parents[2] / "examples" / "report.docx", path)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=path.as_uri(), language_id="docx", version=1, text=""
            )
        )
    )
    diagnostics = await wait_for(client, path.as_uri())
    assert [d.code for d in diagnostics] == ["FC102", "FC101", "FC103", "FC102"]
    assert diagnostics[0].message.endswith("(body, paragraph 2)")


async def test_a_newer_change_wins(client, tmp_path):
    uri, _ = await open_and_wait(client, tmp_path / "report.txt", MARKED)
    client.diagnostics.pop(uri, None)
    for version in range(2, 6):
        text = "\n" * version + MARKED
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
    diagnostics = await wait_for(client, uri)
    assert [(d.code, d.range.start.line) for d in diagnostics] == [("FC201", 6)]
    await asyncio.sleep(0.3)  # nothing older arrives afterwards
    assert [d.range.start.line for d in client.diagnostics[uri]] == [6]


async def test_a_large_document_is_checked_in_the_worker(client, tmp_path):
    from fillcheck.server.check import LARGE

    filler = "这是正文。\n" * (LARGE // 6 + 1)
    text = filler + MARKED
    uri, diagnostics = await open_and_wait(client, tmp_path / "large.txt", text)
    line = filler.count("\n") + 1
    assert [(d.code, d.range.start.line, d.range.start.character) for d in diagnostics] == [
        ("FC201", line, MARKER_START[client.encoding])
    ]
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=diagnostics[0].range.end
        )
    )
    assert hover.contents.value.startswith("**FC201**")


async def test_user_patterns_run_with_their_time_limit(client, tmp_path):
    (tmp_path / ".fillcheck.toml").write_text(
        "pattern-timeout = 0.05\n"
        '[[patterns]]\ncode = "FC901"\nname = "project-code-left-in"\n'
        'regex = "项目编号[:：]\\\\s*(?:TBD|待定)"\nmessage = "`{text}`: never filled in"\n'
        'category = "placeholder"\n'
        '[[patterns]]\ncode = "FC950"\nname = "runaway"\n'
        'regex = "(a+)+$"\nmessage = "never"\ncategory = "format"\n',
        encoding="utf-8",
    )
    text = "项目编号：待定\n" + "a" * 3000 + "b\n"
    _uri, diagnostics = await open_and_wait(client, tmp_path / "plan.txt", text)
    assert [(d.code, d.range.start.line, d.message) for d in diagnostics] == [
        ("FC901", 0, "`项目编号：待定`: never filled in")
    ]
    logged = [params.message for params in client.log_messages]
    assert any("FC950 (runaway) timed out after 0.05 s" in message for message in logged)
