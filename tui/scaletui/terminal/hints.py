"""What to tell the reader about their terminal, in one line each (no Textual here)."""

from __future__ import annotations

from ..i18n import ENGLISH, N_, Language
from .detect import Terminal

TMUX_SETUP_LINE = "set -g allow-passthrough on"

# Terminals that draw cells as sent: tmux dropping the handshake changes nothing.
DRAW_AS_SENT = frozenset(
    {"xterm", "kitty", "alacritty", "wezterm", "foot", "iterm2", "windows-terminal"}
)

KONSOLE_HINT = N_(
    "Konsole reorders Arabic itself, so scaletui's text comes out reversed: untick "
    "Settings → Edit Current Profile → Advanced → Bi-Directional text rendering, "
    "or run: scaletui check-terminal"
)
MLTERM_HINT = N_(
    "mlterm: scaletui turns its bidi off while it runs (use_ctl=false); if Arabic still "
    "reads reversed, start mlterm with --ctl=false or run: scaletui check-terminal"
)
TMUX_HINT = N_(
    "tmux is not passing scaletui's bidi request on to your terminal: add "
    "“{line}” to ~/.tmux.conf (then: tmux source ~/.tmux.conf)"
)
CHECK_HINT = N_("Arabic reads reversed or mixed? Run: scaletui check-terminal")
TERMINAL_MODE_AGAIN_HINT = N_(
    "Arabic unjoined or left to right? The terminal no longer orders it (its BiDi "
    "setting is off): run scaletui check-terminal again"
)
TERMINAL_MODE_HINT = N_(
    "--bidi terminal: the terminal shapes and orders Arabic; one pane at a time "
    "(Tab or 1-6 switch between the article and the panels)"
)


def terminal_name(terminal: Terminal, language: Language = ENGLISH) -> str:
    """The terminal's name as detected, or "unknown" in the reader's language."""
    return language.gettext(N_("unknown")) if terminal.kind == "unknown" else terminal.kind


def start_hint(terminal: Terminal, mode: str, chosen: bool, language: Language = ENGLISH) -> str:
    """The line to show as the app starts ("" for none): only for a terminal known to
    reorder regardless, in app mode, when the reader has not chosen for it yet."""
    if mode == "app" and terminal.reorders_regardless and not chosen:
        return language.gettext(KONSOLE_HINT)
    return ""


def needs_passthrough(terminal: Terminal, mode: str) -> bool:
    """Whether tmux must forward the handshake for text to read right."""
    return terminal.tmux and mode == "app" and terminal.kind not in DRAW_AS_SENT


def tmux_hint(language: Language = ENGLISH) -> str:
    return language.gettext(TMUX_HINT).format(line=TMUX_SETUP_LINE)


def help_lines(terminal: Terminal, mode: str, language: Language = ENGLISH) -> list[str]:
    """The help screen's lines about this terminal."""
    described = language.gettext(N_("Terminal: {kind}{tmux}; Arabic ordered by: {who}")).format(
        kind=terminal_name(terminal, language),
        tmux=language.gettext(N_(", inside tmux")) if terminal.tmux else "",
        who=language.gettext(N_("scaletui") if mode == "app" else N_("the terminal")),
    )
    lines = [described]
    if terminal.kind == "konsole":
        lines.append(language.gettext(KONSOLE_HINT))
    elif terminal.kind == "mlterm":
        lines.append(language.gettext(MLTERM_HINT))
    if needs_passthrough(terminal, mode):
        lines.append(tmux_hint(language))
    if mode == "terminal":
        lines.append(language.gettext(TERMINAL_MODE_HINT))
        lines.append(language.gettext(TERMINAL_MODE_AGAIN_HINT))
    else:
        lines.append(language.gettext(CHECK_HINT))
    return lines
