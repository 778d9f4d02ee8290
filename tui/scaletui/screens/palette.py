"""The command palette with a query line drawn by the layout engine.

Textual's palette types into a plain Input, so an Arabic query would show
unjoined and backwards. This subclass swaps in a BidiInput that is still a
CommandInput (the palette finds its input by that class), and a results list
that survives early page keys, and keeps the rest of Textual's palette as it is,
but for a selection that comes after it has gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Self

from rich.align import Align
from textual import on
from textual.app import ComposeResult
from textual.command import Command, CommandInput, CommandList, CommandPalette
from textual.message import Message
from textual.widgets import Button, Input, OptionList
from textual.widgets.option_list import Option

from ..i18n import ENGLISH, Language
from ..layout import LayoutEngine
from ..widgets.bidi_input import BidiInput
from ..widgets.chrome import chrome_text
from ..widgets.field_row import FieldRowText
from .at_app_size import AtTheAppsSize

NO_MATCHES_ID = CommandPalette._NO_MATCHES  # the option Textual adds when nothing matches


class PaletteInput(CommandInput, BidiInput):
    """The palette's query line: a CommandInput that reads right in Arabic.

    CommandInput comes first: Textual takes CSS type names (and so `query_one(
    CommandInput)`) from the first base only; it adds no methods, so the MRO still
    reaches BidiInput's drawing and keys.
    """


class PaletteList(CommandList):
    """The palette's results, safe against page keys that arrive too early.

    Typed fast (Ctrl+P, 6, PageDown), PageDown reached Textual's OptionList while
    its results had options and a highlight but had never been laid out (the
    list was still hidden): its page move looked up a line map that was not
    there yet (KeyError: 0) and the app died. Then a page goes to the first or
    last option instead.

    Textual's "No matches found" comes in the reader's language, laid out by the engine.
    """

    def __init__(self, engine: LayoutEngine | None = None, language: Language = ENGLISH) -> None:
        super().__init__()
        self.engine = engine or LayoutEngine()
        self.language = language

    def add_options(self, new_options: Iterable[Any]) -> Self:
        # A result laid out as a FieldRow is drawn as one (wrapped before it is
        # reordered): Textual's palette makes every Hit's prompt a Content, which
        # the list would wrap after the names were reordered.
        return super().add_options(
            Command(option.hit.prompt.row, option.hit, option.id, option.disabled)
            if isinstance(option, Command) and isinstance(option.hit.prompt, FieldRowText)
            else option
            for option in new_options
        )

    def add_option(self, option: object = None) -> Self:
        if isinstance(option, Option) and option.id == NO_MATCHES_ID:
            said = chrome_text(
                self.engine, self.language, self.language.gettext("No matches found")
            )
            said.stylize("not bold")
            option = Option(Align.center(said), disabled=True, id=NO_MATCHES_ID)
        return super().add_option(option)  # type: ignore[arg-type]

    def action_page_down(self) -> None:
        try:
            super().action_page_down()
        except KeyError:
            self.action_last()

    def action_page_up(self) -> None:
        try:
            super().action_page_up()
        except KeyError:
            self.action_first()


class StoryPalette(AtTheAppsSize, CommandPalette):
    DEFAULT_CSS = """
    StoryPalette SearchIcon {
        color: $foreground;
    }
    StoryPalette CommandList > .option-list--option-highlighted {
        background: $primary-darken-3;  /* a result's kind (dim) read 2.8:1 in 256 colours */
    }
    """

    def __init__(self, engine: LayoutEngine, language: Language = ENGLISH, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.engine = engine
        self.language = language

    @on(Input.Submitted)
    @on(Button.Pressed)
    @on(OptionList.OptionSelected)
    def _not_once_gone(self, message: Message) -> None:
        """A second selection queued behind the first (two Enters in one burst) reached
        Textual's handler after the first had dismissed the palette: it dismissed again,
        popping the screen beneath (ScreenStackError under the explorer, found by random
        keys in a pty) and ran the command twice. Once gone, the palette takes none."""
        if self not in self.app.screen_stack:
            message.prevent_default()  # (Textual's handlers are this class's base's)
            message.stop()

    def compose(self) -> ComposeResult:
        # Textual's own layout, with our input where its input would be (the
        # swap happens at the same point of the compose, inside the same box).
        for widget in super().compose():
            if type(widget) is CommandInput:
                widget = PaletteInput(
                    self.engine,
                    placeholder=self.language.gettext(widget.placeholder),
                    select_on_focus=False,
                    default_direction=self.language.direction,
                )
            elif type(widget) is CommandList:
                widget = PaletteList(self.engine, self.language)
            yield widget
