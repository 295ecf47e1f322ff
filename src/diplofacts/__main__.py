"""Run the command line: ``python -m diplofacts``."""

from diplofacts.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
