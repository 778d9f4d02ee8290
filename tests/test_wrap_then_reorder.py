"""Every widget that wraps Arabic wraps it before it reorders (issue 25, point 3).

A string reordered first and wrapped after shows its end on its first row. Each
widget here is drawn at widths where its Arabic text needs more than one row, and
its rows are read back: the text's first word on the first row, its last on the
last (the palette's results are in test_palette.py).
"""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.command import CommandList
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Button, Static
from textual.widgets._toast import Toast

from conftest import until
from reading_order import folded, reads_in_order
from scaletui.app import ScaleTUIApp
from scaletui.i18n import load_language
from scaletui.layout import LayoutEngine
from scaletui.notes import Anchor, NoteStore
from scaletui.screens.dialogs import ConfirmScreen
from scaletui.story import Story
from scaletui.widgets.chrome import notify, toast_text
from scaletui.widgets.key_bar import KeyBar
from scaletui.widgets.notes_panel import NotesList

ARABIC = load_language("ar")
EDGE = "▌▐▎▍▏▊▋"  # a toast's edge: its border on one side
LONG = (
    "تعذر حفظ الملاحظة لأن القرص ممتلئ، وقد احتفظنا بنصها في ملف الإنقاذ إلى أن "
    "تتوفر مساحة كافية على القرص فتعود الملاحظات إلى مكانها"
)


def rows_of(widget: Widget) -> list[str]:
    return [strip.text for strip in widget.render_lines(Region(0, 0, *widget.outer_size))]


class Bare(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.language = ARABIC
        self.engine = LayoutEngine()

    def compose(self) -> ComposeResult:
        yield Static("")


@pytest.mark.parametrize("width", [60, 81, 100, 160])
async def test_a_toast_reads_from_its_start_and_textual_does_not_wrap_it_again(
    width: int,
) -> None:
    app = Bare()
    async with app.run_test(size=(width, 30), notifications=True) as pilot:
        notify(app.screen, app.engine, LONG, timeout=30)
        await until(pilot, lambda: bool(app.screen.query(Toast)))
        await pilot.pause()
        toast = app.screen.query_one(Toast)
        rows = [row for row in rows_of(toast) if folded(row).strip(EDGE)]  # no padding
        assert len(rows) > 1, rows  # it wraps at this width
        reads_in_order(rows, LONG, app.engine)
        # Each row is one line the engine laid out: Textual did not wrap them again.
        lines = toast_text(app.engine, ARABIC, LONG, width).splitlines()
        assert [folded(row).strip(EDGE) for row in rows] == [folded(line) for line in lines]


@pytest.mark.parametrize("width", [40, 70])
async def test_a_question_and_its_detail_read_from_their_start(width: int) -> None:
    app = Bare()
    async with app.run_test(size=(width, 30)) as pilot:
        question = "هل تريد حذف هذه الملاحظة وكل ما كتبته فيها عن استثمار ميتا في سكيل إيه آي؟"
        await app.push_screen(ConfirmScreen(app.engine, question, LONG, ARABIC))
        await pilot.pause()
        statics = list(app.screen.query(Static))
        reads_in_order(rows_of(statics[0]), question, app.engine)
        # The detail is cut at three lines, its start kept.
        detail_rows = rows_of(app.screen.query_one("#detail", Static))
        assert folded(app.engine.visual(LONG.split()[0])) in folded(detail_rows[0])
        for button in app.screen.query(Button):  # a button's label is whole, never wrapped
            assert folded(str(button.label)) in folded("".join(rows_of(button)))


async def test_the_key_bar_never_splits_a_description(story: Story) -> None:
    # Too narrow for every key: the last keys are left out whole, never cut mid-word
    # or wrapped onto a second row (the bar has one).
    app = ScaleTUIApp(story, language=ARABIC)
    async with app.run_test(size=(50, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        (row,) = rows_of(bar)
        shown = folded(row)
        for _key, _display, description, _enabled in bar._drawn:
            whole = folded(app.engine.visual(description))
            words = [folded(app.engine.visual(word)) for word in description.split()]
            assert whole in shown or not any(word in shown for word in words[-1:]), description


async def test_the_palettes_no_match_line_is_laid_out_by_the_engine(story: Story) -> None:
    app = ScaleTUIApp(story, language=ARABIC)
    async with app.run_test(size=(40, 24)) as pilot:
        await pilot.press("ctrl+p", *"zzzqqq")
        results = app.screen.query_one(CommandList)
        said = folded(app.engine.visual(ARABIC.gettext("No matches found")))
        await until(pilot, lambda: said in folded("".join(rows_of(results))), timeout=30)


async def test_each_line_of_a_note_is_its_own_paragraph_in_the_notes_list(
    story: Story, store: NoteStore
) -> None:
    # The two lines ran together: "Meta" (the English line's first word) landed at the
    # left end of the Arabic line, and the English line read from its second word.
    arabic, english = "ملاحظة عن استثمار ميتا في سكيل", "Meta bought 49% of Scale AI"
    store.add(story.id, Anchor("paragraph", paragraph=2), f"{arabic}\n{english}")
    app = ScaleTUIApp(story, store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        notes = app.screen.query_one(NotesList)
        await until(pilot, lambda: any("Meta bought" in row for row in rows_of(notes)))
        rows = rows_of(notes)
        (arabic_row,) = [row for row in rows if folded(app.engine.visual(arabic)) in folded(row)]
        assert "Meta" not in arabic_row
        (english_row,) = [row for row in rows if english in row]
        assert english_row.strip("║│┃ ").startswith(english)  # left to right, from its start
        assert rows.index(english_row) == rows.index(arabic_row) + 1


def starts_before_it_ends(rows: list[str], text: str, engine: LayoutEngine) -> None:
    """`text` wraps on `rows` (among other texts sharing its words) from its start: its
    first three words on a row above the one with its last word."""
    words = text.split()
    start = folded(engine.visual(" ".join(words[:3])))
    end = folded(engine.visual(words[-1]))
    first = next(i for i, row in enumerate(rows) if start in folded(row))
    assert end not in folded(rows[first]), rows[first]  # it wraps at this width
    assert any(end in folded(row) for row in rows[first + 1 : first + 8]), rows[first : first + 8]


async def test_the_help_wraps_an_arabic_description_from_its_start(story: Story) -> None:
    app = ScaleTUIApp(story, language=ARABIC)
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.press("question_mark")
        await until(pilot, lambda: type(app.screen).__name__ == "HelpScreen")
        await pilot.pause()
        rows = [row for widget in app.screen.query(Static) for row in rows_of(widget)]
        for english in (
            "Jump to any entity, event, person or heading by its name",
            "Move to the next panel (article, timeline, people, rivals, numbers, notes)",
        ):
            starts_before_it_ends(rows, ARABIC.gettext(english), app.engine)


async def test_the_library_wraps_a_headline_from_its_start(story: Story) -> None:
    app = ScaleTUIApp(story, language=ARABIC)
    async with app.run_test(size=(50, 30)) as pilot:
        await pilot.press("L")
        await until(pilot, lambda: type(app.screen).__name__ == "LibraryScreen")
        await pilot.pause()
        listed = app.screen.query_one("#library-list")
        await until(pilot, lambda: any(row.strip() for row in rows_of(listed)))
        reads_in_order(rows_of(listed), story.title, app.engine)


async def test_the_contents_wrap_a_heading_from_its_start(story: Story) -> None:
    from scaletui.story.toc import table_of_contents

    heading = max((entry.text for entry in table_of_contents(story.paragraphs)), key=len)
    app = ScaleTUIApp(story, language=ARABIC)
    async with app.run_test(size=(44, 30)) as pilot:
        await pilot.press("t")
        await until(pilot, lambda: type(app.screen).__name__ == "TocScreen")
        await pilot.pause()
        rows = [row for widget in app.screen.query(Widget) for row in rows_of(widget)]
        starts_before_it_ends(rows, heading, app.engine)
