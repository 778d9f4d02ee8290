"""SIGTERM (kill), SIGHUP (the terminal closed), SIGQUIT, an outside SIGINT and the
other signals that end a process by default quit as Ctrl+Q does.

Left unhandled, these end Python at once: the terminal stays in the alternate
screen with mouse reporting on, and a note being written is lost.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType

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


class Suspension:
    """Textual's SIGTSTP and SIGCONT handlers, run from the event loop, and the SIGCONT's
    only for one that ends its own suspension with the app back in the foreground.

    Textual runs both as Python signal handlers, which run in the main thread between
    any two bytecodes: a SIGTSTP that came while the main thread was inside its writer
    queue's `put` (painting a frame) wrote to that queue again and waited forever on the
    lock it already held (the job never stopped: 1 run in 6 of a test on a busy machine).
    From the loop (`add_signal_handler`) they run where the app holds no lock.

    Textual's LinuxDriver resumes application mode at every SIGCONT. One without a
    SIGTSTP before it (`kill -STOP` then `-CONT`, a debugger) started a second input
    thread: two threads read the keys and typed text came out interleaved. One sent
    while the app is suspended in the background (a shell's `kill %1`: SIGTERM, then
    SIGCONT) resumed from the background, where setting the terminal up stopped the
    process again (SIGTTOU): the job stayed stopped and the SIGTERM unhandled. Here the
    quit signal is handled instead, SIGTTOU ignored while the app ends; a `bg` (no quit
    signal) stops the process again, as Textual does.
    """

    def __init__(
        self, pause: Callable[[], None] = lambda: None, resume: Callable[[], None] = lambda: None
    ) -> None:
        """`pause`: stop the app's helper processes (a book's drafting child) before the
        app stops, since Textual stops the app's own process only; `resume`: continue
        them when the app is back in the foreground."""
        self.suspended = False  # by a SIGTSTP, not yet resumed in the foreground
        self.quit_signal = False  # one came (the loop quits on it after its handler)
        self._pause, self._resume = pause, resume

    def watch(self) -> bool:
        """Take over the driver's SIGTSTP and SIGCONT handlers, run from the running
        loop, and wrap the quit signals' (once the driver and QuitSignals have put theirs
        in place).

        Returns:
            Whether there were handlers to take (none in a headless or web driver, nor
            off the main thread).
        """
        on_stop, on_continue = signal.getsignal(signal.SIGTSTP), signal.getsignal(signal.SIGCONT)
        if not callable(on_stop) or not callable(on_continue):
            return False

        def stopped() -> None:
            self.suspended = True
            self._pause()
            on_stop(signal.SIGTSTP, None)  # (returns once continued)

        def continued() -> None:
            if not self.suspended:  # a SIGSTOP's: application mode never stopped
                return
            if self._in_foreground():
                self.suspended = False
                self._resume()
                on_continue(signal.SIGCONT, None)
            elif self.quit_signal:
                # (quit_signal is set by the quit signal's Python handler, which has run
                # before the loop runs this: a `kill %1` sends SIGTERM, then SIGCONT.)
                self._let_go_of_the_terminal()
            else:
                os.kill(os.getpid(), signal.SIGSTOP)  # `bg`: back to sleep, as Textual does

        try:
            loop = asyncio.get_running_loop()
            loop.add_signal_handler(signal.SIGTSTP, stopped)
            loop.add_signal_handler(signal.SIGCONT, continued)
        except (NotImplementedError, RuntimeError, ValueError):
            return False
        for signum in QUIT_SIGNALS:
            self._note(signum, signal.getsignal(signum))
        return True

    def _note(self, signum: int, handler: object) -> None:
        if not callable(handler):
            return

        def noted(signum: int, frame: FrameType | None) -> None:
            self.quit_signal = True
            handler(signum, frame)

        signal.signal(signum, noted)

    def _let_go_of_the_terminal(self) -> None:
        """Ending in the background: the terminal was given back at the SIGTSTP and is
        the shell's. Ending must not stop the process (SIGTTOU, SIGTTIN) nor set the
        terminal's modes again: the shell's line editor had set its own, and the next
        line typed at its prompt came out twice. The driver sets them on standard input,
        which reads from nowhere now (setting them fails, as Textual allows)."""
        signal.signal(signal.SIGTTOU, signal.SIG_IGN)
        signal.signal(signal.SIGTTIN, signal.SIG_IGN)
        stdin = sys.__stdin__
        try:
            nowhere = os.open(os.devnull, os.O_RDONLY)
            try:
                if stdin is not None:
                    os.dup2(nowhere, stdin.fileno())
            finally:
                os.close(nowhere)
        except (OSError, ValueError):  # (standard input closed: nothing to let go of)
            pass

    def _in_foreground(self) -> bool:
        # (Textual's driver reads the keys from standard input, the terminal.)
        try:
            stdin = sys.__stdin__
            return stdin is not None and os.tcgetpgrp(stdin.fileno()) == os.getpgrp()
        except (OSError, ValueError):  # no terminal (closed): nothing to resume in
            return False
