"""Snapshots of every screen at the sizes that matter (pytest-textual-snapshot).

Regenerate after an intended change with `pytest tests/test_snapshots.py --snapshot-update`
and look at the report before committing.
"""

from __future__ import annotations

import pytest

from conftest import until
from scaletui.app import ScaleTUIApp
from scaletui.i18n import load_language


def no_blink(pilot) -> None:
    for widget in pilot.app.screen.query("Input"):
        widget.cursor_blink = False


def indexed_and_no_blink(pilot) -> None:
    """The search index built first: a search submitted before it is waits for it, and
    the snapshot would catch the wait or the hits depending on the machine's speed."""
    pilot.app.screen.index.fold_all()
    no_blink(pilot)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_main_screen(snap_compare, story, size) -> None:
    assert snap_compare(ScaleTUIApp(story), terminal_size=size)


def test_help_screen(snap_compare, story) -> None:
    assert snap_compare(ScaleTUIApp(story), press=["question_mark"], terminal_size=(100, 30))


def test_search_with_hits(snap_compare, story) -> None:
    assert snap_compare(
        ScaleTUIApp(story),
        press=["slash", *"wang", "enter", "n"],
        terminal_size=(120, 40),
        run_before=indexed_and_no_blink,
    )


def test_timeline_event_selected_at_80x24(snap_compare, story) -> None:
    assert snap_compare(
        ScaleTUIApp(story), press=["2", "down", "down", "enter"], terminal_size=(80, 24)
    )


def test_narrow_terminal_shows_panels_in_turn(snap_compare, story) -> None:
    assert snap_compare(ScaleTUIApp(story), press=["3"], terminal_size=(50, 20))


def test_note_editor(snap_compare, story, tmp_path) -> None:
    from scaletui.notes import NoteStore

    async def open_editor(pilot) -> None:
        await pilot.press("j", "j", "j", "n")
        await pilot.pause()
        area = pilot.app.screen.query_one("BidiTextArea")
        area.cursor_blink = False
        area.insert("الصفقة أكبر بكثير من صفقة إنستغرام")
        await pilot.pause()

    assert snap_compare(
        ScaleTUIApp(story, store=NoteStore(tmp_path)),
        terminal_size=(100, 30),
        run_before=open_editor,
    )


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_item_detail_of_an_article_event(snap_compare, story, size) -> None:
    downs = next(i for i, e in enumerate(story.events) if e.provenance.in_article)
    assert snap_compare(ScaleTUIApp(story), press=["2", *["down"] * downs, "i"], terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_item_detail_of_a_key_figure(snap_compare, story, size) -> None:
    assert snap_compare(ScaleTUIApp(story), press=["3", "i"], terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_contents(snap_compare, story, size) -> None:
    assert snap_compare(ScaleTUIApp(story), press=["t"], terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_library(snap_compare, story, size) -> None:
    assert snap_compare(ScaleTUIApp(story), press=["L"], terminal_size=size, run_before=no_blink)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_library_search(snap_compare, story, size) -> None:
    async def search(pilot) -> None:
        await pilot.press("L", "slash", *"وانغ", "enter")
        await until(pilot, lambda: getattr(pilot.app.screen, "found", None) is not None)
        await pilot.pause()
        no_blink(pilot)

    assert snap_compare(ScaleTUIApp(story), terminal_size=size, run_before=search)


# -- the Arabic interface (--lang ar): mirrored, in Arabic, Arabic-Indic digits ---------------

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES)
def test_arabic_main_screen(snap_compare, story, size) -> None:
    app = ScaleTUIApp(story, language=load_language("ar"))
    assert snap_compare(app, press=["2", "down", "down", "enter"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_arabic_help_screen(snap_compare, story, size) -> None:
    app = ScaleTUIApp(story, language=load_language("ar"))
    assert snap_compare(app, press=["question_mark"], terminal_size=size)


def discard_question(text: str):
    """The note editor with typed text, then Esc: the "discard this note?" dialog."""

    async def run(pilot) -> None:
        await pilot.pause()
        await pilot.press("j", "n")
        await pilot.pause()
        area = pilot.app.screen.query_one("BidiTextArea")
        area.cursor_blink = False
        area.insert(text)
        await pilot.press("escape")
        await pilot.pause()

    return run


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("size", SIZES)
def test_dialog(snap_compare, story, size, lang, tmp_path) -> None:
    from scaletui.notes import NoteStore

    app = ScaleTUIApp(story, store=NoteStore(tmp_path), language=load_language(lang))
    assert snap_compare(app, terminal_size=size, run_before=discard_question("مسودة"))


@pytest.mark.parametrize("size", SIZES)
def test_english_help_screen_sizes(snap_compare, story, size) -> None:
    assert snap_compare(ScaleTUIApp(story), press=["question_mark"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_arabic_item_detail(snap_compare, story, size) -> None:
    downs = next(i for i, e in enumerate(story.events) if e.provenance.in_article)
    app = ScaleTUIApp(story, language=load_language("ar"))
    assert snap_compare(app, press=["2", *["down"] * downs, "i"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_arabic_library(snap_compare, story, size) -> None:
    app = ScaleTUIApp(story, language=load_language("ar"))
    assert snap_compare(app, press=["L"], terminal_size=size, run_before=no_blink)
