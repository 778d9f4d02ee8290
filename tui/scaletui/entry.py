"""The `scaletui` command: cli.main, and a Ctrl+C while it is still loading.

Loading the CLI (its imports, then its arguments) takes a few tenths of a second,
outside cli.main's own handling: a Ctrl+C then printed a KeyboardInterrupt
traceback. It ends the command quietly instead, with the status a Ctrl+C gives
once the command runs (130).
"""

from __future__ import annotations

from collections.abc import Sequence

INTERRUPTED = 130  # 128 + SIGINT: the shell's "ended by Ctrl+C", as cli.main returns


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (`argv`, else the process's arguments).

    Returns:
        The exit status.
    """
    try:
        from .cli import main as cli_main

        return cli_main(argv)
    except KeyboardInterrupt:
        return INTERRUPTED
