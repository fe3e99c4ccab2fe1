"""The language server: LSP events -> checks off the event loop -> diagnostics.

Checks run in a worker thread so that a large document never blocks the
protocol; a check whose document changed meanwhile is thrown away, and
changes are checked about 200 ms after the last keystroke (``debounce`` in
the initialisation options, in milliseconds, changes that).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .. import __version__
from ..messages import language
from .actions import code_actions, hover_text
from .check import LARGE, Checked, Checker, check_in_worker, check_name, is_live
from .convert import Lines, diagnostics

DEBOUNCE = 0.2  # seconds after the last change
CONFIG_GLOBS = ("**/.fillcheck.toml", "**/pyproject.toml")


class FillcheckServer(LanguageServer):
    """A pygls server that keeps the last check of each open document."""

    def __init__(self) -> None:
        super().__init__("fillcheck", __version__)
        self.checker = Checker()
        self.results: dict[str, Checked] = {}
        # URIs of open documents as the client spells them (pygls keys them unquoted, and a
        # client matches diagnostics to its own spelling: 报告.md arrives percent-encoded)
        self.opened: set[str] = set()
        self.pending: dict[str, asyncio.Task] = {}
        self.debounce = DEBOUNCE
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fillcheck")
        self._processes: ProcessPoolExecutor | None = None
        self.generation = 0  # bumped when configuration is reloaded
        self.docs_url: str | None = None  # template of the link on each rule code

    @property
    def processes(self) -> ProcessPoolExecutor:
        """The worker process for large documents and files, started on first use."""
        if self._processes is None:
            context = multiprocessing.get_context("spawn")  # no fork of a threaded process
            self._processes = ProcessPoolExecutor(max_workers=1, mp_context=context)
        return self._processes

    def name_of(self, uri: str, language_id: str | None = None) -> str:
        """The file name a document is checked as."""
        return check_name(to_fs_path(uri), language_id)

    def schedule(self, uri: str, delay: float) -> None:
        """Check ``uri`` after ``delay`` seconds, replacing any check still waiting."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._check_later(uri, delay))

    async def _check_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        await self.check(uri)

    async def check(self, uri: str) -> None:
        """Check the current version of ``uri`` and publish its diagnostics if still current."""
        document = self.workspace.get_text_document(uri)
        path = self.name_of(uri, document.language_id)
        version = document.version
        loop = asyncio.get_running_loop()
        text = document.source if is_live(path) else None
        if text is not None and len(text) < LARGE:
            job = partial(self.checker.check_text, path, text, version)
            checked = await loop.run_in_executor(self.pool, self._if_current, uri, version, job)
        else:
            method, args = ("check_text", (path, text)) if text else ("check_file", (path,))
            checked = await loop.run_in_executor(
                self.processes,
                check_in_worker,
                self.generation,
                language(),
                method,
                *args,
                version,
            )
        if checked is None or not self._current(uri, version):
            return  # closed or changed while it was checked: a newer check follows
        self.results[uri] = checked
        for problem in checked.problems:
            self.window_log_message(
                types.LogMessageParams(type=types.MessageType.Warning, message=problem)
            )
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri,
                version=version,
                diagnostics=diagnostics(checked, self.codec, self.docs_url),
            )
        )

    def _if_current(self, uri: str, version: int | None, job) -> Checked | None:
        """Run ``job`` in the worker unless the document changed while it waited there."""
        return job() if self._current(uri, version) else None

    def _current(self, uri: str, version: int | None) -> bool:
        """True while ``uri`` is open at ``version``."""
        return uri in self.opened and self.workspace.get_text_document(uri).version == version

    @property
    def codec(self):
        """The position codec of the negotiated encoding."""
        return self.workspace.position_codec

    def lines(self, uri: str) -> tuple[Checked, Lines] | None:
        """The last check of ``uri`` with the lines of the text it was made on."""
        checked = self.results.get(uri)
        if checked is None or checked.source is None:
            return None
        document = self.workspace.get_text_document(uri)
        if document.version != checked.version:
            return None  # stale: the text moved on
        return checked, Lines(checked.source, self.codec)


server = FillcheckServer()


@server.feature(types.INITIALIZE)
def initialize(ls: FillcheckServer, params: types.InitializeParams) -> None:
    """Read the initialisation options: ``debounce`` (ms) and ``docsUrl`` (``{code}``)."""
    options = params.initialization_options
    if not isinstance(options, dict):
        return
    if isinstance(options.get("debounce"), (int, float)):
        ls.debounce = max(0.0, options["debounce"] / 1000)
    if isinstance(options.get("docsUrl"), str):
        ls.docs_url = options["docsUrl"]


@server.feature(types.INITIALIZED)
def initialized(ls: FillcheckServer, params: types.InitializedParams) -> None:
    """Ask the client to report changes to configuration files, if it can."""
    workspace = ls.client_capabilities.workspace
    watched = workspace and workspace.did_change_watched_files
    if not (watched and watched.dynamic_registration):
        return
    watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in CONFIG_GLOBS]
    options = types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers)
    registration = types.Registration(
        id="fillcheck-config", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
        register_options=options,
    )  # fmt: skip
    # Not awaited: a client that never answers must not hold anything up.
    ls.client_register_capability(types.RegistrationParams(registrations=[registration]))


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: FillcheckServer, params: types.DidOpenTextDocumentParams) -> None:
    """Check a document as soon as it is opened."""
    ls.opened.add(params.text_document.uri)
    ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: FillcheckServer, params: types.DidChangeTextDocumentParams) -> None:
    """Check a text document once typing pauses (files on disk wait for a save)."""
    uri = params.text_document.uri
    if is_live(ls.name_of(uri, ls.workspace.get_text_document(uri).language_id)):
        ls.schedule(uri, ls.debounce)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: FillcheckServer, params: types.DidSaveTextDocumentParams) -> None:
    """Check on save; saving a configuration file re-checks every open document."""
    uri = params.text_document.uri
    if os.path.basename(to_fs_path(uri) or "") in (".fillcheck.toml", "pyproject.toml"):
        _reload(ls)
        return
    ls.schedule(uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: FillcheckServer, params: types.DidCloseTextDocumentParams) -> None:
    """Forget a closed document and clear its diagnostics."""
    uri = params.text_document.uri
    ls.opened.discard(uri)
    waiting = ls.pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()
    ls.results.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: FillcheckServer, params: types.DidChangeWatchedFilesParams):
    """A configuration file changed: read configuration afresh and re-check."""
    _reload(ls)


def _reload(ls: FillcheckServer) -> None:
    ls.checker.reload()
    ls.generation += 1
    for uri in list(ls.opened):
        ls.schedule(uri, 0)


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
)
def code_action(ls: FillcheckServer, params: types.CodeActionParams):
    """Quick fixes and "disable for this line" for our diagnostics in the range."""
    found = ls.lines(params.text_document.uri)
    if found is None:
        return []
    return code_actions(*found, params.text_document.uri, params)


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: FillcheckServer, params: types.HoverParams):
    """The findings under the cursor, with their rules' documentation."""
    found = ls.lines(params.text_document.uri)
    text = hover_text(*found, params.position) if found else None
    if text is None:
        return None
    content = types.MarkupContent(kind=types.MarkupKind.Markdown, value=text)
    return types.Hover(contents=content)


@server.feature(types.SHUTDOWN)
def shutdown(ls: FillcheckServer, params: None) -> None:
    """Stop the worker process, if one was started."""
    if ls._processes is not None:
        ls._processes.shutdown(wait=False, cancel_futures=True)


def main() -> None:
    """Serve LSP on standard input and output."""
    server.start_io()
