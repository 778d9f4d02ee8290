"""One line under the article: what is highlighted, where you are in it, which keys step."""

from __future__ import annotations

from rich.console import RenderableType
from rich.table import Table
from textual.reactive import reactive

from ..i18n import ENGLISH, N_, Language
from ..layout import LayoutEngine
from ..layout.engine import DirectionChoice
from ..layout.renderable import BidiText, Styled
from .laid_out_once import LaidOutOnce
from .rich_rows import RichRows

MORE_HINT = N_("i:more")  # the key that opens the whole text


class StatusLine(LaidOutOnce, RichRows):
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

    def render(self) -> RenderableType:
        # One line, cut with an ellipsis at its logical end if it is too long; then
        # the key that shows the whole text is named at the line's end (the left end
        # in Arabic chrome, where the line is right to left whatever its first word).
        rtl = self.language.rtl
        line = BidiText(
            self.engine, self.parts, max_lines=1, direction=self._direction, default="ltr"
        )
        if not self.cut:
            return line
        hint = BidiText(
            self.engine,
            " " + self.language.gettext(MORE_HINT) + " ",
            style="bold",
            max_lines=1,
            direction=self._direction,
        )
        grid = Table.grid(expand=True)
        columns = [(line, {"ratio": 1}), (hint, {"no_wrap": True})]
        for _, options in reversed(columns) if rtl else columns:
            grid.add_column(**options)  # type: ignore[arg-type]
        cells = [cell for cell, _ in columns]
        grid.add_row(*reversed(cells) if rtl else cells)
        return grid

    @property
    def _direction(self) -> DirectionChoice:
        return "rtl" if self.language.rtl else "auto"

    @property
    def cut(self) -> bool:
        """Too long to show whole: it ends in … and `i` opens the whole text."""
        width = self.content_size.width
        return width > 0 and self.engine.prepare(self.plain, self._direction, "ltr").width > width

    def show(self, *parts: tuple[str, str]) -> None:
        """(text, style) pieces of one logical line (any script: the engine lays it out)."""
        self.parts = tuple(Styled(text, style) for text, style in parts)

    @property
    def plain(self) -> str:
        """The line's logical text (for tests and screen readers)."""
        return "".join(part.text for part in self.parts)

    def clear(self) -> None:
        self.parts = ()
