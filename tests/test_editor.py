"""The multi-line editor: its pure model (layout.editor) and the widget (Pilot)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.app import App, ComposeResult

from scaletui.layout import LayoutEngine
from scaletui.layout.editor import (
    EditorState,
    caret_cell,
    layout_text,
    line_of,
    move_on_screen,
    move_vertically,
)
from scaletui.widgets.bidi_text_area import BidiTextArea

ENGINE = LayoutEngine()
NOTE = "الصفقة أكبر بكثير من صفقة إنستغرام\nEnglish paragraph, left-aligned (Meta)\nمعاً 15 مليار"
UNSHAPED = re.compile("[\u0621-\u064a]")


def rows(text: str, width: int) -> list[str]:
    return ["".join(line.cells) for line in layout_text(ENGINE, text, width)]


def test_each_paragraph_wraps_and_sits_on_its_own_side() -> None:
    shown = rows(NOTE, 36)
    assert shown[0].startswith("  ") and not shown[0].endswith(" ")  # RTL: right-aligned
    assert shown[1].startswith("English") and shown[1].endswith(" ")  # LTR: left-aligned
    assert shown[2].startswith("(Meta)")  # wrapped, brackets the right way round
    assert shown[3].endswith("ﺎًﻌﻣ") and "15" in shown[3]  # harakat kept on their letter
    assert all(len(line.cells) == 36 for line in layout_text(ENGINE, NOTE, 36))
    assert not any(UNSHAPED.search(row) for row in shown)


def test_the_end_of_a_long_paragraph_is_on_its_last_line_not_its_first() -> None:
    text = " ".join(["كلمة"] * 12) + " نهاية"
    shown = rows(text, 20)
    assert "ﺔﻳﺎﻬﻧ" in shown[-1] and "ﺔﻳﺎﻬﻧ" not in shown[0]


def test_a_neutral_paragraph_takes_the_direction_of_the_one_before() -> None:
    lines = layout_text(ENGINE, "سلام\n123\nhello\n456", 12)
    assert [line.direction for line in lines] == ["rtl", "rtl", "ltr", "ltr"]


def test_walking_forward_visits_every_caret_stop_in_order_of_lines() -> None:
    lines = layout_text(ENGINE, NOTE, 20)
    position, seen = 0, [0]
    for _ in range(len(NOTE) + 5):
        direction = lines[line_of(lines, position)].direction
        following = move_on_screen(lines, position, 1 if direction == "ltr" else -1)
        if following == position:
            break
        seen.append(following)
        position = following
    assert seen[-1] == len(NOTE)
    assert len(seen) == len(set(seen))
    rows_seen = [line_of(lines, p) for p in seen]
    assert rows_seen == sorted(rows_seen)  # never back to an earlier line


def test_up_and_down_keep_the_column() -> None:
    lines = layout_text(ENGINE, "abcdef\nab\nabcdef", 10)
    assert move_vertically(lines, 4, 1, 4) == 9  # the short line's end
    assert move_vertically(lines, 9, 1, 4) == 14  # back to column 4 below


def test_trailing_spaces_are_caret_stops_on_the_last_line() -> None:
    lines = layout_text(ENGINE, "سلام ", 10)
    assert caret_cell(lines[0], 4) != caret_cell(lines[0], 5)


def test_typing_undo_and_redo() -> None:
    state = EditorState()
    for char in "abc":
        state.insert(char, typing=True)
    state.insert("\n")
    state.insert("ﻣﻴﺘﺎ")  # pasted off a shaped screen
    assert state.text == "abc\nميتا"
    assert state.undo() and state.text == "abc\n"
    assert state.undo() and state.text == "abc"
    assert state.undo() and state.text == ""  # typed characters undo as one step
    assert state.redo() and state.text == "abc"
    state.move_to(1)
    state.move_to(3, select=True)
    assert state.selected_text == "bc"
    state.delete_back()
    assert state.text == "a" and state.cursor == 1


ALPHABET = st.sampled_from(
    list("ابتثجحخدسشعلمنهوي") + ["لا", "ً", "ـ", "\n", " ", "(", ")"] + list("abcXY 0129.,%")
)


@settings(max_examples=120, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join), st.integers(min_value=2, max_value=30))
def test_every_text_lays_out_with_a_caret_for_every_position(text: str, width: int) -> None:
    lines = layout_text(ENGINE, text, width)
    assert all(len(line.cells) == width for line in lines)
    for position in range(len(text) + 1):
        line = lines[line_of(lines, position)]
        assert 0 <= caret_cell(line, position) < width
    for line in lines:
        for cell in range(width):
            assert 0 <= line.positions[cell] <= len(text)


class EditorApp(App[None]):
    def compose(self) -> ComposeResult:
        yield BidiTextArea(ENGINE)


async def test_typed_arabic_reads_right_in_the_widget() -> None:
    app = EditorApp()
    async with app.run_test(size=(40, 8)) as pilot:
        area = app.query_one(BidiTextArea)
        area.focus()
        await pilot.press(*"هذه ملاحظة عن ميتا (Meta) و 15 مليار")
        await pilot.press("enter", *"English")
        shown = [area.render_line(y).text for y in range(4)]
        assert not any(UNSHAPED.search(row) for row in shown)
        assert area.text == "هذه ملاحظة عن ميتا (Meta) و 15 مليار\nEnglish"
        assert shown[1].startswith("English")  # its own paragraph, on the left
        await pilot.press("ctrl+z")
        assert area.text.endswith("\n")
        await pilot.press("up", "home", "shift+end", "ctrl+c")
        # The clipboard gets the logical text, never the shaped cells.
        assert app.clipboard == "هذه ملاحظة عن ميتا (Meta) و 15 مليار"
