"""The story's title bar: the Arabic headline through the engine, and its gloss."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

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
        self.heading = Group(
            BidiText(engine, title, max_lines=1),
            Text(sanitize_for_display(gloss), style="italic", no_wrap=True, overflow="ellipsis"),
        )

    def render(self) -> Group:
        return self.heading
