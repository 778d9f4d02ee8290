"""scaletui in a real pty of a given size, its screen read by a terminal emulator (pyte).

What Textual's Pilot cannot show: bytes as a terminal sends them (a burst of keys in
one write, multi-byte UTF-8 cut anywhere), Textual's own input thread and parser, and
an app that dies (a traceback, an exit) the way a reader would see it. A thread
drains the pty into a pyte screen all the time, so the app never blocks on output.

Every wait is for a condition on the screen (or the process), with a generous
deadline: a busy machine only makes the test slower, never wrong.
"""

from __future__ import annotations

import fcntl
import os
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pyte

from scaletui.layout import LayoutEngine

_ENGINE = LayoutEngine()

# Key bytes as a terminal sends them (xterm, default modes).
BACKSPACE = "\x7f"
ENTER = "\r"
ESCAPE = "\x1b"
TAB = "\t"
CTRL_P = "\x10"
CTRL_S = "\x13"
CTRL_U = "\x15"
CTRL_Q = "\x11"

WAIT_SECONDS = 30.0


def scaletui_argv(*args: str) -> list[str]:
    """This interpreter running the package (the checkout under test, not one on PATH)."""
    return [sys.executable, "-m", "scaletui", *args]


def folded(text: str) -> str:
    """Screen text compared on letters: presentation forms back to plain letters
    (NFKC), and no spaces (the screen pads, the layout may move them)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


class PtyTerminal:
    """One process in a pty of `columns` x `rows`, its output on a pyte screen."""

    def __init__(
        self,
        argv: Sequence[str],
        columns: int,
        rows: int,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        controlling: bool = False,
    ) -> None:
        """`controlling`: the pty is the process's controlling terminal, as a terminal
        window's is (closing it, `hang_up`, then sends the process SIGHUP)."""
        self.columns, self.rows = columns, rows
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.output = bytearray()  # everything the process wrote, for a traceback
        self.lock = threading.Lock()
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        environment = dict(os.environ if env is None else env)
        environment.setdefault("TERM", "xterm-256color")
        for name in ("TMUX", "TMUX_PANE", "SCALETUI_BIDI", "NO_COLOR", "COLUMNS", "LINES"):
            environment.pop(name, None)
        self.process = subprocess.Popen(
            list(argv), stdin=slave, stdout=slave, stderr=slave, env=environment,
            cwd=cwd, start_new_session=True, close_fds=True,
            preexec_fn=_take_controlling_terminal if controlling else None,
        )  # fmt: skip
        os.close(slave)
        self.master = master
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()

    # -- the screen ---------------------------------------------------------------------

    def _drain(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:  # EIO: the process closed the pty
                return
            if not data:
                return
            with self.lock:
                self.output += data
                self.stream.feed(data)

    def lines(self) -> list[str]:
        """The screen's rows as text (a cell's marks after its letter)."""
        with self.lock:
            return list(self.screen.display)

    def text(self) -> str:
        return "\n".join(self.lines())

    def wait_for(
        self,
        condition: Callable[[list[str]], object],
        timeout: float = WAIT_SECONDS,
        what: str = "",
    ) -> list[str]:
        """The screen's rows once `condition(rows)` holds; fails with the screen (and any
        traceback) if the deadline passes or the process ends first."""
        deadline = time.monotonic() + timeout
        while True:
            rows = self.lines()
            if condition(rows):
                return rows
            if self.process.poll() is not None:
                raise AssertionError(
                    f"the app ended ({self.process.returncode}) while waiting for {what or condition}"
                    f"\n{self.tail()}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"not on screen after {timeout} s: {what or condition}\n" + "\n".join(rows)
                )
            time.sleep(0.02)

    def wait_for_text(self, text: str, timeout: float = WAIT_SECONDS) -> list[str]:
        """Until `text` (logical) is on one row as the app draws it: in visual order,
        compared as `folded`."""
        needle = folded(_ENGINE.visual(text))
        return self.wait_for(lambda rows: any(needle in folded(r) for r in rows), timeout, text)

    def settled(self, quiet: float = 0.15, timeout: float = WAIT_SECONDS) -> list[str]:
        """The screen once nothing new has been drawn for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        seen, since = len(self.output), time.monotonic()
        while time.monotonic() - since < quiet:
            time.sleep(0.02)
            with self.lock:
                now = len(self.output)
            if now != seen:
                seen, since = now, time.monotonic()
            if time.monotonic() > deadline:
                break
        return self.lines()

    def tail(self, characters: int = 4000) -> str:
        with self.lock:
            return bytes(self.output[-characters:]).decode("utf-8", "replace")

    # -- input and the end --------------------------------------------------------------

    def write(self, keys: str | bytes) -> None:
        """Bytes as a terminal sends them: all in one write (one burst)."""
        data = keys.encode("utf-8") if isinstance(keys, str) else keys
        while data:
            written = os.write(self.master, data)
            data = data[written:]

    def new_note(self, typed: str = "") -> None:
        """`n` (a new note on the paragraph) until the editor shows, then `typed` in one
        burst until it shows too."""
        self.write("n")
        self.wait_for(lambda rows: any("New note on" in row for row in rows), what="the editor")
        if typed:
            self.write(typed)
            self.wait_for_text(typed)

    def resize(self, columns: int, rows: int) -> None:
        with self.lock:
            self.columns, self.rows = columns, rows
            self.screen.resize(rows, columns)
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        os.killpg(self.process.pid, signal.SIGWINCH)

    def hang_up(self) -> None:
        """Close the terminal, as closing its window does (the kernel sends SIGHUP to a
        process whose controlling terminal it is, and its writes fail with EIO)."""
        os.close(self.master)
        self.master = -1

    def wait_exit(self, timeout: float = WAIT_SECONDS) -> int:
        try:
            return self.process.wait(timeout)
        finally:
            self.reader.join(5)

    def close(self) -> None:
        """End the process if it still runs and its whole session (a shell's jobs are
        process groups of their own: a failed test left one running), and the pty."""
        for pid in [*_session(self.process.pid), self.process.pid]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self.process.poll() is None:
            self.process.wait(10)
        self.reader.join(5)
        if self.master >= 0:
            try:
                os.close(self.master)
            except OSError:
                pass

    def __enter__(self) -> PtyTerminal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _stat(pid: int) -> list[str]:
    """A process's /proc/PID/stat fields after its name (state, parent, group, session,
    ...), or none once it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return []


def process_state(pid: int) -> str:
    """A process's state letter (T: stopped, Z: ended, not yet waited for), or "gone"."""
    fields = _stat(pid)
    return fields[0] if fields else "gone"


def _session(session: int) -> list[int]:
    """The processes of a session (Linux: the sixth field of /proc/PID/stat)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == session:
            continue
        fields = _stat(int(entry.name))
        if fields and int(fields[3]) == session:
            found.append(int(entry.name))
    return found


def _take_controlling_terminal() -> None:
    """In the child, after setsid: its standard input, the pty, becomes its terminal."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
