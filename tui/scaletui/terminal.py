"""The BiDi handshake with the terminal (no Textual here).

scaletui draws text already shaped and in visual order. A bidi-aware terminal in
its default "implicit" mode would reorder it again, so while the app runs we ask
for explicit mode (terminal-wg BiDi recommendation: BDSM reset, `CSI 8 l`, with
a left-to-right character path, `CSI 1 SP k`) and mintty to stop its own bidi
(`CSI ? 77096 h`). On the way out everything goes back to the defaults. Terminals
that know none of these ignore them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

ENTER_EXPLICIT = "\x1b[8l\x1b[1 k\x1b[?77096h"
LEAVE_EXPLICIT = "\x1b[?77096l\x1b[0 k\x1b[8h"


@contextmanager
def explicit_bidi(stream: TextIO | None, enabled: bool = True) -> Iterator[None]:
    """Explicit mode for the duration of the block, restored on every way out.

    `stream` may be None (sys.__stdout__ is when Python runs without a console):
    then, as for any stream that is not a terminal, nothing is written.
    """
    terminal = stream if enabled and _is_terminal(stream) else None
    if terminal is not None:
        terminal.write(ENTER_EXPLICIT)
        terminal.flush()
    try:
        yield
    finally:
        if terminal is not None:
            terminal.write(LEAVE_EXPLICIT)
            terminal.flush()


def _is_terminal(stream: TextIO | None) -> bool:
    if stream is None:
        return False
    try:
        return os.isatty(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return False
