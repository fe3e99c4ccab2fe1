"""Allow ``python -m fillcheck``."""

from fillcheck.cli import main

main()
