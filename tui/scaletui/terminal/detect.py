"""Which terminal scaletui runs in, from the environment it inherits (no Textual here).

Each terminal names itself in a variable of its own (checked by running each one
and reading `env`): mlterm sets MLTERM (its version), Konsole KONSOLE_VERSION and
KONSOLE_DBUS_SESSION, VTE terminals (GNOME Terminal, Tilix, sakura) VTE_VERSION,
xterm XTERM_VERSION. Inside tmux, TMUX is set and the outer terminal's variables
are those of the shell that started the tmux server (good enough: it is usually
the same terminal).
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from typing import NamedTuple

# (kind, the variable that names it, a value it must start with or "" for any);
# the first that matches wins, so the specific ones come before TERM guesses.
_SIGNATURES: tuple[tuple[str, str, str], ...] = (
    ("mlterm", "MLTERM", ""),
    ("konsole", "KONSOLE_VERSION", ""),
    ("konsole", "KONSOLE_DBUS_SESSION", ""),
    ("mintty", "TERM_PROGRAM", "mintty"),
    ("wezterm", "TERM_PROGRAM", "WezTerm"),
    ("iterm2", "TERM_PROGRAM", "iTerm.app"),
    ("apple-terminal", "TERM_PROGRAM", "Apple_Terminal"),
    ("kitty", "KITTY_WINDOW_ID", ""),
    ("alacritty", "ALACRITTY_WINDOW_ID", ""),
    ("windows-terminal", "WT_SESSION", ""),
    ("vte", "VTE_VERSION", ""),
    ("xterm", "XTERM_VERSION", ""),
    ("mlterm", "TERM", "mlterm"),
    ("foot", "TERM", "foot"),
    ("kitty", "TERM", "xterm-kitty"),
    ("alacritty", "TERM", "alacritty"),
)

# Terminals that reorder Arabic whatever they are asked: scaletui's visual-order
# cells come out reversed there unless the reader turns their bidi off.
REORDER_REGARDLESS = frozenset({"konsole"})
# Terminals that order Arabic themselves unless told not to (the requests tmux drops).
ORDER_UNLESS_TOLD = frozenset({"konsole", "vte", "mintty", "mlterm"})


# The variable that holds each terminal's version (a changed version may have
# changed how it treats Arabic: a choice saved for the old one is said to be old).
_VERSIONS = {
    "mlterm": "MLTERM", "konsole": "KONSOLE_VERSION", "vte": "VTE_VERSION",
    "xterm": "XTERM_VERSION", "wezterm": "TERM_PROGRAM_VERSION", "iterm2": "TERM_PROGRAM_VERSION",
    "mintty": "TERM_PROGRAM_VERSION", "apple-terminal": "TERM_PROGRAM_VERSION",
}  # fmt: skip


class Terminal(NamedTuple):
    """The terminal (`kind`, "unknown" if none names itself), whether tmux sits
    between it and scaletui, and its version where it says ("" if not)."""

    kind: str = "unknown"
    tmux: bool = False
    version: str = ""

    @property
    def key(self) -> str:
        """What a saved choice is filed under: behind tmux a terminal behaves otherwise."""
        return f"tmux:{self.kind}" if self.tmux else self.kind

    @property
    def reorders_regardless(self) -> bool:
        return self.kind in REORDER_REGARDLESS

    @property
    def orders_unless_told(self) -> bool:
        return self.kind in ORDER_UNLESS_TOLD


def detect_terminal(environ: Mapping[str, str]) -> Terminal:
    tmux = bool(environ.get("TMUX"))
    for kind, variable, prefix in _SIGNATURES:
        value = environ.get(variable, "")
        if value and value.startswith(prefix):
            return Terminal(kind, tmux, environ.get(_VERSIONS.get(kind, ""), ""))
    return Terminal("unknown", tmux)


def tmux_passthrough_allowed(timeout: float = 2.0) -> bool | None:
    """Whether tmux forwards DCS passthrough to the outer terminal: tmux >= 3.3 only
    does with `allow-passthrough` on; before 3.3 the option does not exist and
    passthrough always works. None when tmux cannot be asked."""
    try:
        result = subprocess.run(
            ["tmux", "show-options", "-gv", "allow-passthrough"],
            capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return passthrough_from_tmux_answer(result.returncode, result.stdout, result.stderr)


def passthrough_from_tmux_answer(returncode: int, stdout: str, stderr: str) -> bool | None:
    if returncode == 0:
        return stdout.strip() in ("on", "all")
    if "invalid option" in stderr or "unknown option" in stderr:
        return True  # tmux before 3.3: no such option, passthrough always allowed
    return None
