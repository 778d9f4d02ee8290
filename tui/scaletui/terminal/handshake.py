"""The BiDi handshake with the terminal (no Textual here).

scaletui draws text already shaped and in visual order. A bidi-aware terminal in
its default "implicit" mode would reorder it again, so while the app runs we ask
for explicit mode (terminal-wg BiDi recommendation: BDSM reset, `CSI 8 l`, with
a left-to-right character path, `CSI 1 SP k`) and mintty to stop its own bidi
(`CSI ? 77096 h`). mlterm knows none of these but takes a setting of its own
(`OSC 5379 ; use_ctl=false`, its configuration protocol). On the way out
everything goes back to the defaults. Terminals that know none of these ignore them.

tmux swallows sequences it does not know; inside tmux each one is also sent
wrapped in tmux's passthrough (`ESC P tmux; ... ESC \\`), which tmux >= 3.3
forwards to the outer terminal when `allow-passthrough` is on.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from .detect import Terminal

ENTER_EXPLICIT = "\x1b[8l\x1b[1 k\x1b[?77096h"
LEAVE_EXPLICIT = "\x1b[?77096l\x1b[0 k\x1b[8h"
# mlterm's complex text layout (its bidi and shaping) off, then on (its default).
MLTERM_CTL_OFF = "\x1b]5379;use_ctl=false\x07"
MLTERM_CTL_ON = "\x1b]5379;use_ctl=true\x07"


def tmux_passthrough(sequence: str) -> str:
    """`sequence` wrapped for tmux to hand to the outer terminal: every ESC inside
    is doubled, as tmux's DCS passthrough requires."""
    return "\x1bPtmux;" + sequence.replace("\x1b", "\x1b\x1b") + "\x1b\\"


def handshake(terminal: Terminal) -> tuple[str, str]:
    """What to send on the way in and on the way out for this terminal."""
    enter, leave = ENTER_EXPLICIT, LEAVE_EXPLICIT
    if terminal.kind == "mlterm":
        enter, leave = enter + MLTERM_CTL_OFF, MLTERM_CTL_ON + leave
    if terminal.tmux:
        # Both: tmux drops the bare ones, and a terminal run without tmux in
        # between (TMUX inherited by a nested terminal) takes them.
        enter, leave = enter + tmux_passthrough(enter), tmux_passthrough(leave) + leave
    return enter, leave


@contextmanager
def explicit_bidi(
    stream: TextIO | None, enabled: bool = True, terminal: Terminal | None = None
) -> Iterator[None]:
    """Explicit mode for the duration of the block, restored on every way out.

    `stream` may be None (sys.__stdout__ is when Python runs without a console):
    then, as for any stream that is not a terminal, nothing is written.
    """
    enter, leave = handshake(terminal or Terminal())
    output = stream if enabled and _is_terminal(stream) else None
    if output is not None:
        output.write(enter)
        output.flush()
    try:
        yield
    finally:
        if output is not None:
            try:
                output.write(leave)
                output.flush()
            except OSError:
                pass  # the terminal has gone (its window closed: EIO): nothing to restore


def _is_terminal(stream: TextIO | None) -> bool:
    if stream is None:
        return False
    try:
        return os.isatty(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return False
