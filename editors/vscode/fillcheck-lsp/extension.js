// A minimal VS Code extension that starts `fillcheck server` for text, Markdown and HTML.
// Install: npm install in this folder, then copy the folder to ~/.vscode/extensions/
// (or run `npx @vscode/vsce package` and install the .vsix).
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace
    .getConfiguration("fillcheck")
    .get("command", ["fillcheck", "server"]);
  client = new LanguageClient(
    "fillcheck",
    "fillcheck",
    { command, args },
    {
      documentSelector: ["plaintext", "markdown", "html"].map((language) => ({
        scheme: "file",
        language,
      })),
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher("**/{.fillcheck.toml,pyproject.toml}"),
      },
    }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
