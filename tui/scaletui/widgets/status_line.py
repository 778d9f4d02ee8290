"""One line under the article: what is highlighted, where you are in it, which keys step."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widget import Widget

from ..i18n import ENGLISH, Language
from ..layout import LayoutEngine
from ..layout.engine import DirectionChoice
from ..layout.renderable import BidiText, Styled


class StatusLine(Widget):
    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        background: $panel;
        color: $text;
        padding: 0 1;
    }
    """

    # A fixed-height line: changing it never needs a new screen layout.
    parts: reactive[tuple[Styled, ...]] = reactive(tuple, layout=False)

    def __init__(
        self, engine: LayoutEngine, language: Language = ENGLISH, *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.engine = engine
        self.language = language

    def render(self) -> BidiText:
        # One line, cut with an ellipsis at its logical end if it is too long. In
        # Arabic chrome the line is right to left whatever its first word.
        direction: DirectionChoice = "rtl" if self.language.rtl else "auto"
        return BidiText(self.engine, self.parts, max_lines=1, direction=direction, default="ltr")

    def show(self, *parts: tuple[str, str]) -> None:
        """(text, style) pieces of one logical line (any script: the engine lays it out)."""
        self.parts = tuple(Styled(text, style) for text, style in parts)

    @property
    def plain(self) -> str:
        """The line's logical text (for tests and screen readers)."""
        return "".join(part.text for part in self.parts)

    def clear(self) -> None:
        self.parts = ()
