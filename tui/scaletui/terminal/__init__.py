"""The terminal: which one it is, the BiDi handshake with it, and the reader's saved
choice of who orders Arabic there. No Textual here."""

from .detect import Terminal, detect_terminal
from .handshake import ENTER_EXPLICIT, LEAVE_EXPLICIT, explicit_bidi, handshake, tmux_passthrough

__all__ = [
    "ENTER_EXPLICIT",
    "LEAVE_EXPLICIT",
    "Terminal",
    "detect_terminal",
    "explicit_bidi",
    "handshake",
    "tmux_passthrough",
]
