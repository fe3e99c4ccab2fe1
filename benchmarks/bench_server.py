"""How quickly the language server answers as a writer types (needs the lsp extra).

Usage (from the repository root, with fillcheck[lsp] installed in .venv):

    .venv/bin/python benchmarks/bench_server.py [--keystrokes 40] [--size-kb 10]

It prints:

* the time to re-check a --size-kb document after a keystroke inside the server
  (read, audit, diagnostics in the negotiated encoding: the work done per change),
  median and 90th percentile over --keystrokes single-character edits;
* the round trip of a keystroke through a real server process: didChange sent
  (with the debounce set to 0) to publishDiagnostics received for that version;
* the effect of a 1 MB document: how long its check takes, and the latency of a
  hover request on the small document while that check runs, against the same
  request when the server is idle.

Figures are reported, not asserted; on a loaded machine they vary from run to run.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.workspace.position_codec import PositionCodec

ROOT = Path(__file__).resolve().parents[1]


def document(size: int) -> str:
    """About ``size`` characters of report text (the samples, repeated), with findings."""
    samples = "".join(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("samples/*.txt")))
    text = (samples * (size // len(samples) + 1))[:size]
    return text[: text.rfind("\n") + 1]


def percentiles(values: list[float]) -> str:
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(len(values) * 0.9))]
    return f"median {statistics.median(values) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms"


def in_process(text: str, keystrokes: int) -> list[float]:
    """Seconds per re-check of ``text`` after each one-character edit, in this process."""
    from fillcheck.server.check import Checker
    from fillcheck.server.convert import diagnostics

    checker, codec = Checker(), PositionCodec(types.PositionEncodingKind.Utf16)
    path = str(Path(tempfile.gettempdir()) / "bench-keystroke.txt")
    checker.check_text(path, text)  # warm: rules loaded, configuration found
    times = []
    for index in range(keystrokes):
        at = len(text) // 2 + index
        text = text[:at] + "。" + text[at:]
        start = time.perf_counter()
        diagnostics(checker.check_text(path, text, index), codec)
        times.append(time.perf_counter() - start)
    return times


class Client(LanguageClient):
    """A client that records when each document's diagnostics arrive."""

    def __init__(self) -> None:
        super().__init__("bench", "1")
        self.arrived: dict[tuple[str, int | None], float] = {}
        self.events: dict[tuple[str, int | None], asyncio.Event] = {}

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            key = (params.uri, params.version)
            self.arrived[key] = time.perf_counter()
            self.events.setdefault(key, asyncio.Event()).set()

    async def diagnostics_for(self, uri: str, version: int) -> float:
        await self.events.setdefault((uri, version), asyncio.Event()).wait()
        return self.arrived[(uri, version)]


def open_params(uri: str, text: str) -> types.DidOpenTextDocumentParams:
    item = types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)
    return types.DidOpenTextDocumentParams(text_document=item)


async def round_trips(client: Client, uri: str, text: str, keystrokes: int) -> list[float]:
    client.text_document_did_open(open_params(uri, text))
    await client.diagnostics_for(uri, 1)
    times = []
    lines = text.split("\n")
    for version in range(2, keystrokes + 2):
        change = types.TextDocumentContentChangePartial(
            range=types.Range(
                start=types.Position(line=len(lines) // 2, character=0),
                end=types.Position(line=len(lines) // 2, character=0),
            ),
            text="。",
        )
        start = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[change],
            )
        )
        times.append(await client.diagnostics_for(uri, version) - start)
    return times


async def hover_latency(client: Client, uri: str) -> float:
    start = time.perf_counter()
    await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=0),
        )
    )
    return time.perf_counter() - start


async def large_document(client: Client, small: str, folder: Path) -> None:
    idle = [await hover_latency(client, small) for _ in range(10)]
    uri = (folder / "large.txt").as_uri()
    text = document(1_000_000)
    start = time.perf_counter()
    client.text_document_did_open(open_params(uri, text))
    busy = []
    waiting = asyncio.ensure_future(client.diagnostics_for(uri, 1))
    while not waiting.done():
        busy.append(await hover_latency(client, small))
        await asyncio.sleep(0.01)
    took = await waiting - start
    print(f"1 MB document ({len(text):,} characters): checked in {took * 1000:.0f} ms")
    print(f"  hover on another document, idle:            {percentiles(idle)}")
    print(f"  hover while the 1 MB check runs ({len(busy)} requests): {percentiles(busy)}")


async def through_server(text: str, keystrokes: int) -> None:
    client = Client()
    await client.start_io(sys.executable, "-m", "fillcheck", "server")
    with tempfile.TemporaryDirectory() as folder:
        await client.initialize_async(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(),
                root_uri=Path(folder).as_uri(),
                initialization_options={"debounce": 0},
            )
        )
        client.initialized(types.InitializedParams())
        uri = (Path(folder) / "keystrokes.txt").as_uri()
        times = await round_trips(client, uri, text, keystrokes)
        print(f"keystroke round trip through the server (debounce 0): {percentiles(times)}")
        await large_document(client, uri, Path(folder))
        await client.shutdown_async(None)
        client.exit(None)
        await client.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keystrokes", type=int, default=40)
    parser.add_argument("--size-kb", type=int, default=10)
    args = parser.parse_args()
    # --size-kb of UTF-8: report text is mostly 3-byte characters
    text = document(args.size_kb * 1024 // 3)
    size = len(text.encode("utf-8")) / 1024
    print(f"document: {len(text):,} characters, {size:.1f} KB in UTF-8")
    times = in_process(text, args.keystrokes)
    print(f"re-check after a keystroke, inside the server: {percentiles(times)} (target < 20 ms)")
    asyncio.run(through_server(text, args.keystrokes))


if __name__ == "__main__":
    main()
