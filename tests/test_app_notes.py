"""Notes in the app: add, edit, delete, jump, export, restart, and failures that lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from conftest import all_handled, until
from scaletui.app import ScaleTUIApp
from scaletui.notes import Anchor, NoteStore, NoteStoreError
from scaletui.notes.store import RECOVERY_NAME
from scaletui.screens.dialogs import ConfirmScreen, NoteEditor
from scaletui.screens.explorer import ExplorerScreen
from scaletui.story.items import ItemRef
from scaletui.widgets.article_view import ArticleView
from scaletui.widgets.bidi_text_area import BidiTextArea
from scaletui.widgets.status_line import StatusLine


def make_app(story, data_dir: Path) -> ScaleTUIApp:
    return ScaleTUIApp(story, store=NoteStore(data_dir))


async def write_note(pilot, body: str, tags: str = "") -> None:
    editor = pilot.app.screen
    assert isinstance(editor, NoteEditor)
    editor.query_one(BidiTextArea).insert(body)
    if tags:
        editor.query_one("#tags", Input).value = tags
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_note_on_the_cursor_paragraph(story, data_dir: Path) -> None:
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        view.move_cursor(view.row_of(3, 0))
        await pilot.press("n")
        await pilot.pause()
        await write_note(pilot, "الصفقة كبيرة جدًا", "deal, money")
        assert isinstance(app.screen, ExplorerScreen)
        [note] = app.notes.store.notes(story.id)
        assert note.anchor.kind == "paragraph" and note.anchor.paragraph == 3
        assert note.anchor.quote == story.paragraphs[3].text
        assert note.body == "الصفقة كبيرة جدًا" and note.tags == ("deal", "money")
        assert view.noted_paragraphs == {3}
        assert "✎" in view.render_line(view.row_of(3, 0) - int(view.scroll_y)).text
        notes = app.screen.panel("notes")
        assert list(notes.items) == [f"note:{note.id}"]


async def test_note_on_a_panel_item_marks_it(story, data_dir: Path) -> None:
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("2")
        timeline = app.screen.panel("timeline")
        timeline.select_item("event:llama-4-release")
        await pilot.press("n")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert "Event 2025-04" in editor.title_text
        await write_note(pilot, "Llama 4 disappointed.")
        [note] = app.notes.store.notes(story.id)
        assert note.anchor.kind == "item" and note.anchor.item == ItemRef(
            "event", "llama-4-release"
        )
        assert "event:llama-4-release" in timeline.noted


async def test_note_on_a_search_hit_is_a_span(story, data_dir: Path) -> None:
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"wang", "enter")
        await until(pilot, lambda: app.screen.marks is not None)  # it waits for the index
        await pilot.press("n")  # with hits shown, n is "next hit"
        assert "2/8 hits" in app.screen.query_one(StatusLine).plain
        await pilot.press("a")  # a always annotates
        await pilot.pause()
        await write_note(pilot, "second mention")
        [note] = app.notes.store.notes(story.id)
        assert note.anchor.kind == "span" and note.anchor.quote in ("وانغ", "ألكسندر وانغ")
        paragraph = story.paragraphs[note.anchor.paragraph].text
        assert paragraph[note.anchor.start : note.anchor.end] == note.anchor.quote


async def test_cancel_asks_before_dropping_typed_text_and_saves_nothing(
    story, data_dir: Path
) -> None:
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one(BidiTextArea).insert("never mind")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # no: back to the editor, text intact
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(BidiTextArea).text == "never mind"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")  # yes: discard
        await pilot.pause()
        assert isinstance(app.screen, ExplorerScreen)
        assert app.notes.store.notes(story.id) == []


async def test_cancel_on_an_untouched_editor_closes_at_once(story, data_dir: Path) -> None:
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ExplorerScreen)


async def test_edit_delete_and_jump_from_the_notes_panel(story, data_dir: Path) -> None:
    store = NoteStore(data_dir)
    from scaletui.notes import Anchor

    keep = store.add(story.id, Anchor("paragraph", paragraph=12, quote=story.paragraphs[12].text),
                     "keep me")  # fmt: skip
    drop = store.add(story.id, Anchor("item", item=ItemRef("person", "jack-rae")), "drop me")
    app = ScaleTUIApp(story, store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("6")
        notes = app.screen.panel("notes")
        assert notes.has_focus
        assert list(notes.items) == [f"note:{drop.id}", f"note:{keep.id}"]  # newest first
        notes.select_item(f"note:{keep.id}")
        await pilot.press("e")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.query_one(BidiTextArea).text == "keep me"
        editor.query_one(BidiTextArea).insert(" (edited)")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.get(keep.id).body.endswith("(edited)")
        notes.select_item(f"note:{drop.id}")
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # no: nothing happens
        await pilot.pause()
        assert len(store.notes(story.id)) == 2
        notes.select_item(f"note:{drop.id}")
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert [n.id for n in store.notes(story.id)] == [keep.id]
        notes.select_item(f"note:{keep.id}")
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.has_focus and view.cursor_paragraph == 12


async def test_filter_notes(story, data_dir: Path) -> None:
    store = NoteStore(data_dir)
    from scaletui.notes import Anchor

    store.add(story.id, Anchor("item", item=ItemRef("entity", "meta")), "about meta", ("big",))
    store.add(story.id, Anchor("item", item=ItemRef("entity", "openai")), "about openai")
    app = ScaleTUIApp(story, store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("6")
        app.screen.query_one("#notes-filter", Input).value = "big"
        await pilot.pause()
        assert len(app.screen.panel("notes").items) == 1


async def test_notes_survive_a_restart(story, data_dir: Path) -> None:
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await write_note(pilot, "باقية بعد الإغلاق")
    app.notes.store.close()
    again = make_app(story, data_dir)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        notes = again.screen.panel("notes")
        assert len(notes.items) == 1
        assert again.screen.query_one(ArticleView).noted_paragraphs == {0}


async def test_export_from_the_app_always_asks_first(
    story, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        target = tmp_path / f"{story.id}-notes.md"
        await pilot.press("x")  # no notes: nothing to ask, no file
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen) and not target.exists()
        assert any("No notes" in n.message for n in app._notifications)  # noqa: SLF001
        await pilot.press("n")
        await pilot.pause()
        await write_note(pilot, "للتصدير")
        await pilot.press("x")  # asked even when nothing is there yet
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == f"Export 1 note to {target}?"
        await pilot.press("n")
        await pilot.pause()
        assert not target.exists()
        await pilot.press("x", "y")
        await pilot.pause()
        text = target.read_text(encoding="utf-8")
        assert "للتصدير" in text and "note_count: 1" in text
        assert any(str(target) in n.message for n in app._notifications)  # noqa: SLF001
        target.write_text(text + "\nMy own lines.\n", encoding="utf-8")
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == f"Update the notes in {target}?"
        assert "outside the scaletui block is kept" in app.screen.detail
        await pilot.press("y")
        await pilot.pause()
        assert "My own lines." in target.read_text(encoding="utf-8")
        target.write_text("older export\n")
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == f"Replace {target}?"
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text() == "older export\n"
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert "للتصدير" in target.read_text(encoding="utf-8")


async def test_a_failed_save_keeps_the_note(
    story, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(story, data_dir)

    def locked(*args, **kwargs):
        raise NoteStoreError("the notes database is locked by another program")

    monkeypatch.setattr(app.notes.store, "add", locked)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await write_note(pilot, "لا تضيعني")
        recovery = data_dir / RECOVERY_NAME
        assert "لا تضيعني" in recovery.read_text(encoding="utf-8")
        assert any(str(recovery) in n.message for n in app._notifications)  # noqa: SLF001


async def test_closing_the_app_under_an_open_editor_keeps_the_text(story, data_dir: Path) -> None:
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one(BidiTextArea).insert("نص لم يحفظ بعد")
        await pilot.press("ctrl+q")
    assert "نص لم يحفظ بعد" in (data_dir / RECOVERY_NAME).read_text(encoding="utf-8")


async def test_app_without_a_store_still_reads(story) -> None:
    def cannot_open() -> NoteStore:
        raise NoteStoreError("disk says no")

    app = ScaleTUIApp(story, cannot_open)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ExplorerScreen)
        messages = [n.message for n in app._notifications]  # noqa: SLF001
        assert any("disk says no" in m for m in messages)
        assert any("Notes are unavailable" in m for m in messages)


async def test_store_opens_after_the_first_frame_and_notes_still_show(story, data_dir) -> None:
    # A note written earlier, then an app that opens its store itself.
    store = NoteStore(data_dir)
    store.add(story.id, Anchor("paragraph", paragraph=3, quote=story.paragraphs[3].text),
              "earlier note", ())  # fmt: skip
    store.close()
    opened: list[NoteStore] = []

    def open_store() -> NoteStore:
        opened.append(NoteStore(data_dir))
        return opened[-1]

    app = ScaleTUIApp(story, open_store)
    assert opened == []  # not while the app is built
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert len(opened) == 1 and app.notes.store is opened[0]
        assert app.screen.query_one(ArticleView).noted_paragraphs == {3}
        assert len(app.screen.panel("notes").items) == 1
    opened[0].close()


async def test_a_store_that_cannot_open_is_reported_once(story) -> None:
    calls = []

    def open_store() -> NoteStore:
        calls.append(1)
        raise NoteStoreError("disk says no")

    app = ScaleTUIApp(story, open_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ExplorerScreen)
        assert calls == [1]  # not retried on every keypress
        messages = [n.message for n in app._notifications]  # noqa: SLF001
        assert any("Notes are unavailable: disk says no" in m for m in messages)


async def test_the_notes_filter_has_a_key(story, data_dir: Path) -> None:
    store = NoteStore(data_dir)
    store.add(story.id, Anchor("paragraph", paragraph=1), "عن ميتا")
    store.add(story.id, Anchor("paragraph", paragraph=2), "about Scale")
    app = ScaleTUIApp(story, store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("6")
        await pilot.pause()
        await pilot.press("f")
        assert app.focused is not None and app.focused.id == "notes-filter"
        await pilot.press(*"Scale", "enter")
        await pilot.pause()
        notes = app.screen.panel("notes")
        assert app.focused is notes and len(notes.items) == 1


async def test_keys_typed_fast_never_stack_editors(story, data_dir: Path) -> None:
    from textual import events

    store = NoteStore(data_dir)
    store.add(story.id, Anchor("paragraph", paragraph=1), "one")
    app = ScaleTUIApp(story, store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("6")
        await pilot.pause()
        for _ in range(3):  # as fast as a terminal sends them: no pause between
            app.post_message(events.Key("e", "e"))
        await all_handled(pilot)
        editors = [s for s in app.screen_stack if isinstance(s, NoteEditor)]
        assert len(editors) == 1


async def test_enter_and_save_typed_together_save_once_and_close_once(
    story, data_dir: Path
) -> None:
    """Enter in the tags and Ctrl+S typed together both save: the second dismissed the
    editor again and Textual refused (it would pop the explorer), a crash found by random
    keys. Now the editor is dismissed once and the note saved once."""
    from textual import events

    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        editor.query_one(BidiTextArea).insert("مرة واحدة")
        editor.query_one("#tags", Input).focus()
        await pilot.pause()
        for key, character in (("enter", "\r"), ("ctrl+s", None)):  # no pause between
            app.post_message(events.Key(key, character))
        await all_handled(pilot)
        assert isinstance(app.screen, ExplorerScreen)
        assert [note.body for note in app.notes.store.notes(story.id)] == ["مرة واحدة"]
    assert app.return_code in (None, 0)
