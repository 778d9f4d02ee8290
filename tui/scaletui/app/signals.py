"""SIGTERM (kill), SIGHUP (the terminal closed), SIGQUIT, an outside SIGINT and the
other signals that end a process by default quit as Ctrl+Q does.

Left unhandled, these end Python at once: the terminal stays in the alternate
screen with mouse reporting on, and a note being written is lost.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable

# SIGQUIT (`kill -QUIT`; Ctrl+\ is a key in the app's raw mode) dumped core, the editor's
# text lost and the terminal left raw; an outside SIGINT (`kill -INT`; Ctrl+C is a key
# too) ended the app with status 0. So did every other signal whose default is to end
# the process and that nothing here uses: SIGUSR1 and SIGUSR2 (`kill -USR1`, a stray
# `pkill -USR1 python`), SIGALRM and SIGVTALRM (`timeout -s ALRM`), SIGXCPU (a CPU
# limit's warning before its SIGKILL). Each quits as Ctrl+Q does, with 128 + the signal.
QUIT_SIGNALS = tuple(
    getattr(signal, name)
    for name in ("SIGTERM", "SIGHUP", "SIGQUIT", "SIGINT", "SIGUSR1", "SIGUSR2", "SIGALRM",
                 "SIGVTALRM", "SIGXCPU")
    if hasattr(signal, name)
)  # fmt: skip


def exit_status(signum: int) -> int:
    """The shell's convention for "ended by a signal": 128 + its number."""
    return 128 + signum


class QuitSignals:
    """Calls `quit(signum)` on the running event loop when a quit signal comes."""

    def __init__(self, quit: Callable[[int], None]) -> None:
        self._quit = quit

    def watch(self) -> bool:
        """Start (in the running loop of the main thread).

        Returns:
            Whether the signals are watched (not off the main thread, nor on Windows).
        """
        try:
            loop = asyncio.get_running_loop()
            for signum in QUIT_SIGNALS:
                loop.add_signal_handler(signum, self._quit, signum)
        except (NotImplementedError, RuntimeError, ValueError):
            return False
        return True

    def unwatch(self) -> None:
        """Give the signals back to Python's defaults."""
        try:
            loop = asyncio.get_running_loop()
            for signum in QUIT_SIGNALS:
                loop.remove_signal_handler(signum)
        except (NotImplementedError, RuntimeError, ValueError):
            pass
