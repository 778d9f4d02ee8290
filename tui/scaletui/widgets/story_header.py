"""The story's title bar: the Arabic headline through the engine, and its gloss."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.segment import Segment
from rich.text import Text
from textual.strip import Strip

from ..layout import LayoutEngine
from ..layout.renderable import BidiText
from ..layout.shaping import sanitize_for_display
from .laid_out_once import LaidOutOnce
from .rich_rows import RichRows


class StoryHeader(LaidOutOnce, RichRows):
    DEFAULT_CSS = """
    StoryHeader {
        height: 2;  /* one line of title, one of gloss: auto would measure them at each layout */
        background: $primary-background;
        color: $text;
        text-style: bold;
        padding: 0 1;
    }
    """

    def __init__(self, engine: LayoutEngine, title: str, gloss: str) -> None:
        super().__init__()
        self.title = BidiText(engine, title, max_lines=1)
        # An English gloss is drawn as it is. Any other goes through the engine, which
        # alone shapes and orders Arabic: a text opened from a file named in Arabic has
        # its name as the gloss, and it was drawn unshaped, in logical order.
        self.gloss: Text | BidiText = (
            Text(sanitize_for_display(gloss), style="italic", no_wrap=True, overflow="ellipsis")
            if gloss.isascii()
            else BidiText(engine, gloss, style="italic", default="ltr", max_lines=1)
        )

    def render(self) -> Group:
        return Group(self.title, self.gloss)

    def _draw(self, renderable: RenderableType, width: int, height: int) -> list[Strip]:
        # Row by row, as Rich would draw the group: through Rich's general path the
        # two short rows took a millisecond, at start-up and at every resize.
        base = self.rich_style
        (title,) = self.title.rows(width)
        if isinstance(self.gloss, BidiText):
            (gloss,) = self.gloss.rows(width)
            gloss_row = Strip(list(Segment.apply_style(gloss, base)), width)
        else:
            gloss_row = self._one_line(self.gloss, width)
        rows = [Strip(list(Segment.apply_style(title, base)), width), gloss_row]
        return [*rows[:height], *[Strip.blank(width, base)] * (height - len(rows))]
