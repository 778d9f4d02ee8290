"""The bidi-aware one-line input, driven as a user drives it (Pilot)."""

from __future__ import annotations

import re

from textual import events
from textual.app import App, ComposeResult

from scaletui.layout import LayoutEngine
from scaletui.widgets.bidi_input import BidiInput

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
