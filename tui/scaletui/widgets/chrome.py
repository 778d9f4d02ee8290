"""The interface language on screen: one typed way to reach it, and chrome text
laid out by the engine (so an Arabic label is shaped, ordered and aligned)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.filter import LineFilter

from ..i18n import ENGLISH, Language
from ..layout import LayoutEngine
from ..layout.renderable import Display, visual_text

if TYPE_CHECKING:
    from textual.app import App
    from textual.color import Color as TextualColor
    from textual.dom import DOMNode
    from textual.notifications import SeverityLevel

# Compiled at its first use (by re): only a notification needs it, not every start.
RIGHT_TO_LEFT = "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]"
# Textual's toasts are 60 cells wide (at most half the screen), less padding and edge.
TOAST_CELLS = 56
TOAST_FRAME = 4


def language_of(node: DOMNode) -> Language:
    """The app's interface language (English for an app that holds none)."""
    language = getattr(node.app, "language", None)
    return language if isinstance(language, Language) else ENGLISH


def chrome_text(
    engine: LayoutEngine, language: Language, display: Display, style: str = ""
) -> Text:
    """A short label in visual order, its base direction the language's when it has none."""
    return visual_text(engine, display, style, default=language.direction)


def toast_text(engine: LayoutEngine, language: Language, text: str, screen_width: int) -> str:
    """A notification as visual lines that fit a toast, each laid out by the engine:
    Textual would wrap (and never shape) the logical text itself. Text with no
    right-to-left letter is left to Textual, which wraps it the same way."""
    if not language.rtl and not re.search(RIGHT_TO_LEFT, text):
        return text
    if engine.reorder:
        width = max(8, min(TOAST_CELLS, screen_width // 2 - TOAST_FRAME))
    else:  # --bidi terminal: a toast takes whole rows (app.tcss)
        width = max(8, screen_width - TOAST_FRAME)
    default = language.direction
    lines = []
    for paragraph in text.splitlines() or [""]:
        laid_out = engine.layout(paragraph, width, "auto", default)
        # Right-to-left lines keep their padding: it is what right-aligns them.
        keep = laid_out.direction == "rtl"
        lines += [line.text if keep else line.text.rstrip() for line in laid_out.lines]
    return "\n".join(lines)


def notify(
    node: DOMNode,
    engine: LayoutEngine,
    text: str,
    *,
    severity: SeverityLevel = "information",
    timeout: float = 5.0,
) -> None:
    """A toast whose text (already in the reader's language) is laid out by the engine."""
    shown = toast_text(engine, language_of(node), text, node.app.size.width)
    node.app.notify(shown, severity=severity, timeout=timeout, markup=False)


def notify_copied(node: DOMNode, engine: LayoutEngine, count: int) -> None:
    """ "Copied 12 characters." in the reader's language."""
    language = language_of(node)
    said = language.counted("Copied {count} character.", "Copied {count} characters.", count)
    notify(node, engine, said, timeout=3)


class TerminalColours(LineFilter):
    """Text drawn in the terminal's own foreground and background, with bold, italic,
    underline and reverse kept and faint dropped: for NO_COLOR, and for terminals of 16
    colours, where the theme's colours come out as whatever of the 16 is nearest (white
    on light grey, 1.3:1, for a selected row). The chrome is marked by more than colour
    (brackets, underline, reverse), so it reads the same; every pair is the reader's
    own foreground on their own background, or the reverse."""

    DEFAULTS = Style.from_color(Color.default(), Color.default())
    NO_DIM = Style(dim=False)

    def apply(self, segments: list[Segment], background: TextualColor) -> list[Segment]:
        plain = self.DEFAULTS
        no_dim = self.NO_DIM
        return [
            Segment(text, None if style is None else style + plain + no_dim, control)
            for text, style, control in segments
        ]


TERMINAL_COLOURS = TerminalColours()


def draws_in_terminal_colours(app: App[Any]) -> bool:
    """NO_COLOR, or a real terminal of 16 colours (Rich's reading of TERM and
    COLORTERM). Headless (tests, a screenshot) the theme's colours are kept, whatever
    TERM the test runs under, unless the app is told (`terminal_colours`)."""
    told = getattr(app, "terminal_colours", None)
    if told is not None:
        return bool(told)
    if app.no_color:
        return True
    return not app.is_headless and app.console.color_system in (None, "standard", "windows")
