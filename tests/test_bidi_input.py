"""The bidi-aware one-line input, driven as a user drives it (Pilot)."""

from __future__ import annotations

import re

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.css.query import NoMatches
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from scaletui.layout import LayoutEngine
from scaletui.widgets.bidi_input import BidiInput
from scaletui.widgets.keys_in_order import OneKeyAtATime

UNSHAPED = re.compile("[\u0621-\u064a]")
MIXED = "هذه ملاحظة عن ميتا (Meta) و 15 مليار"


class FieldApp(App[None]):
    def compose(self) -> ComposeResult:
        yield BidiInput(LayoutEngine(), id="field")


def shown(field: BidiInput) -> str:
    return field.render_line(0).text


async def test_typed_mixed_text_stays_logical_and_shows_shaped_right_aligned() -> None:
    app = FieldApp()
    async with app.run_test(size=(60, 3)) as pilot:
        field = app.query_one(BidiInput)
        await pilot.press(*MIXED)
        assert field.value == MIXED
        line = shown(field)
        assert not UNSHAPED.search(line)  # every letter shaped
        assert "(Meta)" in line and "15" in line
        assert line[-1] != " "  # right-aligned: the text's start is at the right edge
        assert field.direction == "rtl"


async def test_left_and_right_move_on_screen_home_and_end_in_the_text() -> None:
    app = FieldApp()
    async with app.run_test(size=(40, 3)) as pilot:
        field = app.query_one(BidiInput)
        await pilot.press(*"سلام")
        assert field.cursor_position == 4
        await pilot.press("left")  # already at the left end of an RTL line
        assert field.cursor_position == 4
        await pilot.press("right")
        assert field.cursor_position == 3  # onto م, the last letter, leftmost glyph
        await pilot.press("right")
        assert field.cursor_position == 1  # over the lam-alef ligature as one cell
        await pilot.press("home")
        assert field.cursor_position == 0
        await pilot.press("end", "backspace")
        assert field.value == "سلا"  # Backspace removes the logically previous letter


async def test_shift_arrows_select_and_the_selection_is_logical_text() -> None:
    app = FieldApp()
    async with app.run_test(size=(60, 3)) as pilot:
        field = app.query_one(BidiInput)
        await pilot.press(*"abc ميتا")
        await pilot.press("home", "shift+right", "shift+right", "shift+right")
        assert field.selected_text == "abc"
        await pilot.press("right")  # collapses to the selection's right edge
        assert field.cursor_position == 3 and field.selection.is_empty


async def test_paste_from_a_shaped_screen_folds_presentation_forms() -> None:
    app = FieldApp()
    async with app.run_test(size=(40, 3)) as pilot:
        field = app.query_one(BidiInput)
        field.post_message(events.Paste("ﺎﺘﻴﻣ 15"))  # as copied from a shaped terminal
        await pilot.pause()
        assert field.value == "اتيم 15"
        assert not re.search("[\ufb50-\ufdff\ufe70-\ufefe]", field.value)


async def test_a_click_puts_the_caret_on_the_clicked_glyph() -> None:
    app = FieldApp()
    async with app.run_test(size=(40, 3)) as pilot:
        field = app.query_one(BidiInput)
        await pilot.press(*"abc")
        line = field.field
        await pilot.click(BidiInput, offset=(field.content_region.x - field.region.x + 1, 1))
        assert field.cursor_position == line.position_at(1) == 1


async def test_long_text_scrolls_to_keep_the_caret_in_view() -> None:
    app = FieldApp()
    async with app.run_test(size=(20, 3)) as pilot:
        field = app.query_one(BidiInput)
        await pilot.press(*("كلمة " * 10).strip())
        line = field.field
        width = field.view_width
        first = field._first_cell
        assert first <= line.caret_cell(field.cursor_position) < first + width
        await pilot.press("home")  # the text's start: the right end of an RTL line
        first = field._first_cell
        assert first <= line.caret_cell(0) < first + width and first > 0


async def test_an_initial_value_is_laid_out_from_the_start() -> None:
    class Filled(App[None]):
        def compose(self) -> ComposeResult:
            yield BidiInput(LayoutEngine(), value="استثمار, ميتا", id="field")

    app = Filled()
    async with app.run_test(size=(40, 3)) as pilot:
        await pilot.pause()
        field = app.query_one(BidiInput)
        assert field.value == "استثمار, ميتا" and field.cursor_position == len(field.value)
        assert not UNSHAPED.search(shown(field))


# -- keys typed faster than the app takes them ----------------------------------------

BURST = [*"مرحبا", *["backspace"] * 5, *"سلام", "home", "X", "delete", "end", "Y"]
BURST_TEXT = "XلامY"


def key_event(key: str) -> events.Key:
    return events.Key(key, key if len(key) == 1 else None)


async def settle(pilot: object, app: App[None], until_value: object, read: object) -> object:
    for _ in range(100):  # the keys are all posted; give the queues time to drain
        await pilot.pause(0.01)  # type: ignore[attr-defined]
        if read() == until_value:  # type: ignore[operator]
            break
    return read()  # type: ignore[operator]


class PlainFieldApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Input(id="field")


async def test_a_burst_of_keys_is_applied_in_the_order_typed() -> None:
    # All posted at once, as a terminal's burst reaches the App: Textual's own Input
    # runs Backspace and Left (bindings) after the letters behind them (Textual issue
    # 6605); BidiInput runs its own keys where they arrive.
    for app, in_order in ((PlainFieldApp(), False), (FieldApp(), True)):
        async with app.run_test() as pilot:
            field = app.query_one("#field", Input)
            field.focus()
            await pilot.pause()
            for key in BURST:
                app.post_message(key_event(key))
            value = await settle(pilot, app, BURST_TEXT, lambda field=field: field.value)
            assert (value == BURST_TEXT) is in_order, (type(field).__name__, value)


class OpensAField(OneKeyAtATime, App[None]):
    """f focuses a field, p opens a screen whose field takes the focus as it mounts."""

    BINDINGS = [("f", "field", "field"), ("p", "dialog", "dialog")]

    def compose(self) -> ComposeResult:
        yield Article("article", id="article")
        yield BidiInput(LayoutEngine(), id="field")

    def on_mount(self) -> None:
        self.query_one("#article", Article).focus()

    def action_field(self) -> None:
        self.query_one("#field").focus()

    def action_dialog(self) -> None:
        self.push_screen(Dialog())


class Article(Static, can_focus=True):
    """What has the focus before a key opens a field."""


class Dialog(ModalScreen[None]):
    AUTO_FOCUS = "BidiInput"

    def compose(self) -> ComposeResult:
        yield BidiInput(LayoutEngine(), id="query")


@pytest.mark.parametrize(("opening", "field_id"), [("f", "#field"), ("p", "#query")])
async def test_keys_typed_with_the_key_that_opens_a_field_land_in_it(
    opening: str, field_id: str
) -> None:
    # Textual sent the letters to the widget focused before `f` ran (or to the new
    # screen before its field had the focus): they were lost.
    app = OpensAField()
    async with app.run_test() as pilot:
        await pilot.pause()
        for key in (opening, *BURST):
            app.post_message(key_event(key))

        def value() -> str:
            try:
                return app.screen.query_one(field_id, BidiInput).value
            except NoMatches:
                return ""

        assert await settle(pilot, app, BURST_TEXT, value) == BURST_TEXT
