"""The command palette with a query line drawn by the layout engine.

Textual's palette types into a plain Input, so an Arabic query would show
unjoined and backwards. This subclass swaps in a BidiInput that is still a
CommandInput (the palette finds its input by that class) and keeps the rest of
Textual's palette as it is.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.command import CommandInput, CommandPalette

from ..layout import LayoutEngine
from ..widgets.bidi_input import BidiInput


class PaletteInput(CommandInput, BidiInput):
    """The palette's query line: a CommandInput that reads right in Arabic.

    CommandInput comes first: Textual takes CSS type names (and so `query_one(
    CommandInput)`) from the first base only; it adds no methods, so the MRO still
    reaches BidiInput's drawing and keys.
    """


class StoryPalette(CommandPalette):
    def __init__(self, engine: LayoutEngine, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.engine = engine

    def compose(self) -> ComposeResult:
        # Textual's own layout, with our input where its input would be (the
        # swap happens at the same point of the compose, inside the same box).
        for widget in super().compose():
            if type(widget) is CommandInput:
                widget = PaletteInput(
                    self.engine, placeholder=widget.placeholder, select_on_focus=False
                )
            yield widget
