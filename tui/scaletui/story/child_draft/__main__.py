"""What the child process runs to draft a book for the app (see __init__.py).

    python -m scaletui.story.child_draft PATH [ENCODING]

It reads PATH as the app did (StreamedDocument), drafts it, writes the frames to its
stdout and ends at once (`os._exit`: freeing a book's objects one by one would only
take time). It ends too as soon as its stdin closes: the app has stopped it or is gone; it
waits while the app, suspended, has written PAUSE there (until RESUME).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Protocol

from ..stream import StreamedDocument
from . import HEARTBEAT_SECONDS, PAUSE, PROGRESS_STEP, RESUME, Drafted, draft_frames, frame


def main(arguments: list[str]) -> int:
    """Draft the book and write its frames.

    Args:
        arguments: The file's path, and its encoding ("" or none for UTF-8).

    Returns:
        The exit status: 0 drafted, 1 not (an "error" frame says why).
    """
    # Left open when `main` returns (closefd): the app, seeing the pipe close, would close
    # stdin, and the thread that waits for that could end the process before `main`'s
    # status is its status.
    out = os.fdopen(os.dup(1), "wb", closefd=False)
    os.dup2(2, 1)  # a stray print would break the frames: it goes where stderr goes
    running = threading.Event()
    running.set()
    threading.Thread(target=_end_with_stdin, args=(running,), daemon=True).start()
    try:
        path = Path(arguments[0])
        encoding = arguments[1] if len(arguments) > 1 and arguments[1] else None
        document = StreamedDocument(path, encoding, draft=False, child_bytes=None)
        said = _Said(out, running)
        for _ in document.read_steps():
            said.progress(0.0)
        drafted = _drafted(document, said)
        frames = draft_frames(drafted, document.digest, len(document.paragraphs), _peak_mb())
        for data in frames:
            out.write(data)
        out.flush()
        return 0
    except BrokenPipeError:
        return 1  # the app is gone
    except Exception as error:  # a bad file, a drafter's fault: said; the app drafts it
        out.write(frame(("error", f"{type(error).__name__}: {error}")))
        out.flush()
        return 1


def _drafted(document: StreamedDocument, said: _Said) -> Drafted:
    steps = document.draft_here_steps()
    while True:
        try:
            next(steps)
        except StopIteration as end:
            drafted: Drafted = end.value
            return drafted
        said.progress(document.draft_fraction)


class _Said:
    """How far the drafting is, written every PROGRESS_STEP, and every HEARTBEAT_SECONDS
    at least (the app takes a child that says nothing for long for stuck)."""

    def __init__(self, out: IO[bytes], running: Gate) -> None:
        self._out = out
        self._running = running
        self._fraction = 0.0
        self._when = time.monotonic()

    def progress(self, fraction: float) -> None:
        self._running.wait()  # (while the app is suspended: see obey)
        now = time.monotonic()
        if fraction - self._fraction >= PROGRESS_STEP or now - self._when >= HEARTBEAT_SECONDS:
            self._fraction, self._when = fraction, now
            self._out.write(frame(("progress", fraction)))
            self._out.flush()


class Gate(Protocol):
    """What the drafting waits on between its steps (a threading.Event)."""

    def wait(self) -> bool: ...


def _end_with_stdin(running: threading.Event) -> None:
    """Obey the app's stdin until it closes, then end."""
    try:
        obey(lambda: os.read(sys.stdin.fileno(), 64), running)
    finally:
        os._exit(0)


def obey(read: Callable[[], bytes], running: threading.Event) -> None:
    """What the app writes to the child's stdin: PAUSE (it is being suspended: the
    drafting waits, where it drafted on, a processor busy under a stopped job) and
    RESUME; its end (the app has stopped the child, or is gone) returns.

    A paused child waits for a byte rather than being stopped by a signal: one stopped
    could not see its stdin close, and outlived an app killed while suspended.

    Args:
        read: Reads what the app wrote (b"" once the pipe is closed).
        running: Set while the child may draft.
    """
    while data := read():
        for byte in data:
            if byte == PAUSE[0]:
                running.clear()
            elif byte == RESUME[0]:
                running.set()


def _peak_mb() -> float:
    """This process's peak RSS (Linux's VmHWM; 0 where there is no /proc)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    os._exit(code)
