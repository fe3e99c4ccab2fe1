"""The floor our CLI framework sets: a typer app with one command that prints its argument."""

import typer

app = typer.Typer(add_completion=False)


@app.command()
def echo(word: str) -> None:
    """Print WORD."""
    print(word)


@app.command()
def other() -> None:
    """A second command, so that typer dispatches by name as fillcheck's app does."""


if __name__ == "__main__":
    app()
