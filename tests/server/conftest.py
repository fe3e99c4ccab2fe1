"""End-to-end language server tests: a pytest-lsp client per editor's capabilities."""

from __future__ import annotations

import sys

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

# The capability snapshots pytest-lsp ships, and the encoding each should negotiate.
CLIENTS = {
    "neovim": "utf-8",
    "visual_studio_code": "utf-16",
    "emacs": "utf-32",
}


@pytest_lsp.fixture(
    params=list(CLIENTS),
    config=ClientServerConfig(server_command=[sys.executable, "-m", "fillcheck", "server"]),
)
async def client(request, lsp_client: LanguageClient, tmp_path):
    """An initialised client with the capabilities of one editor, rooted at ``tmp_path``."""
    params = types.InitializeParams(
        capabilities=client_capabilities(request.param),
        root_uri=tmp_path.as_uri(),
        initialization_options={"debounce": 20, "docsUrl": "https://example.org/rules/{code}"},
    )
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        lsp_client.registrations.extend(params.registrations)

    result = await lsp_client.initialize_session(params)
    lsp_client.editor = request.param
    lsp_client.encoding = result.capabilities.position_encoding or "utf-16"
    yield
    await lsp_client.shutdown_session()
