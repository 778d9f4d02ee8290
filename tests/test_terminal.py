"""The BiDi handshake: explicit mode on the way in, restored on every way out."""

from __future__ import annotations

import io
import os

import pytest

from scaletui.terminal import ENTER_EXPLICIT, LEAVE_EXPLICIT, explicit_bidi


def read_all(fd: int) -> str:
    os.set_blocking(fd, False)
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 4096)
        except BlockingIOError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()


def test_sequences_are_the_terminal_wg_ones() -> None:
    assert ENTER_EXPLICIT.startswith("\x1b[8l")  # BDSM reset: explicit mode
    assert "\x1b[?77096h" in ENTER_EXPLICIT  # mintty: bidi off
    assert LEAVE_EXPLICIT.endswith("\x1b[8h")  # back to implicit, the default
    assert "\x1b[?77096l" in LEAVE_EXPLICIT


@pytest.mark.parametrize("failure", [None, RuntimeError, KeyboardInterrupt])
def test_explicit_mode_is_restored_on_every_exit(failure: type[BaseException] | None) -> None:
    leader, follower = os.openpty()
    with os.fdopen(follower, "w", closefd=True) as tty:
        try:
            with explicit_bidi(tty):
                tty.write("body")
                tty.flush()
                if failure:
                    raise failure()
        except (RuntimeError, KeyboardInterrupt):
            pass
        written = read_all(leader)
    os.close(leader)
    assert written.replace("\r", "") == ENTER_EXPLICIT + "body" + LEAVE_EXPLICIT


def test_nothing_is_sent_to_a_pipe_or_when_disabled() -> None:
    buffer = io.StringIO()
    with explicit_bidi(buffer):
        buffer.write("x")
    assert buffer.getvalue() == "x"
    leader, follower = os.openpty()
    with os.fdopen(follower, "w") as tty:
        with explicit_bidi(tty, enabled=False):
            tty.write("y")
            tty.flush()
        assert read_all(leader) == "y"
    os.close(leader)
