"""Notes in the app: add, edit, delete, jump, export, restart, and failures that lose nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from textual.widgets import Input

from conftest import all_handled, until
from scaletui.app import ScaleTUIApp
from scaletui.notes import Anchor, NoteStore, NoteStoreError
from scaletui.notes.store import RECOVERY_NAME
from scaletui.screens.dialogs import ConfirmScreen, NoteEditor
from scaletui.screens.explorer import ExplorerScreen
from scaletui.story import Span
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


async def test_export_from_the_app_asks_which_file_and_says_what_it_will_do(
    story, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 27.5: `x` lets the reader choose the file (the default as before), says
    what exporting there will do, and keeps what the reader wrote in it."""
    from scaletui.screens.export_dialog import ExportDialog

    monkeypatch.chdir(tmp_path)
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        target = tmp_path / f"{story.id}-notes.md"
        await pilot.press("x")  # no notes: nothing to ask, no file
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog) and not target.exists()
        assert any("No notes" in n.message for n in app._notifications)  # noqa: SLF001
        await pilot.press("n")
        await pilot.pause()
        await write_note(pilot, "للتصدير")

        async def dialog(name: Path | None = None, says: str = "") -> ExportDialog:
            await pilot.press("x")  # asked even when nothing is there yet
            await until(pilot, lambda: isinstance(app.screen, ExportDialog))
            shown = app.screen
            assert isinstance(shown, ExportDialog)
            if name is not None:
                shown.field.value = str(name)
            await until(pilot, lambda: says in shown.preview_text)
            return shown

        shown = await dialog(says="A new file: 1 note.")
        assert shown.field.value == str(target)  # the default, as before
        await pilot.press("escape")
        await pilot.pause()
        assert not target.exists()
        await dialog(says="A new file")
        await pilot.press("enter")
        await until(pilot, target.exists)
        text = target.read_text(encoding="utf-8")
        assert "للتصدير" in text and "note_count: 1" in text
        assert any(str(target) in n.message for n in app._notifications)  # noqa: SLF001
        # Written under the note, inside its part (where an editor's cursor lands).
        mine = text.replace("للتصدير\n<!-- /scaletui:note", "للتصدير\n\nMy own lines.\n<!--"
                            " /scaletui:note")  # fmt: skip
        assert mine != text
        target.write_text(mine, encoding="utf-8")
        await dialog(says="everything you wrote there is kept")
        await pilot.press("enter")
        await until(
            pilot, lambda: any(n.message.startswith("Updated 1 note") for n in app._notifications)
        )  # noqa: SLF001
        kept = target.read_text(encoding="utf-8")
        assert kept.count("My own lines.") == 1 and not list(tmp_path.glob("*.bak-*"))
        assert kept.index("<!-- /scaletui:note") < kept.index("My own lines.")
        # Another file, named in the dialog: JSON by its name.
        await dialog(tmp_path / "for-tools.json", "A new file")
        await pilot.press("enter")
        await until(pilot, (tmp_path / "for-tools.json").exists)
        assert json.loads((tmp_path / "for-tools.json").read_text("utf-8"))["notes"]
        # A FIFO named: said as the app can act on it (not with a command-line option).
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        shown = await dialog(fifo, "is a FIFO (named pipe), not a regular file; name a file")
        assert "-o -" not in shown.preview_text
        await pilot.press("escape")
        await pilot.pause()
        # A draft of the reader's: the notes go at its end, a copy of it kept first.
        draft = tmp_path / "draft.md"
        draft.write_text("# My draft\n\nprecious\n", encoding="utf-8")
        await dialog(draft, "A copy of it as it is now is kept beside it first")
        await pilot.press("enter")
        await until(pilot, lambda: "للتصدير" in draft.read_text("utf-8"))
        assert draft.read_text("utf-8").index("precious") < draft.read_text("utf-8").index(
            "للتصدير"
        )
        [copy] = tmp_path.glob("draft.md.bak-*")
        assert copy.read_text("utf-8") == "# My draft\n\nprecious\n"
        told = [n.message for n in app._notifications if "kept as" in n.message]  # noqa: SLF001
        assert told and copy.name in told[-1]


@pytest.mark.parametrize(
    ("typed", "preview"),
    [
        # `~n…`: expanduser raised RuntimeError at the preview, and the app ended with a
        # traceback. As a shell leaves it, it is a folder of that name.
        ("~nobody-here-at-all/notes.md", "~nobody-here-at-all"),
        # A name longer than the system takes (a paragraph pasted into the field): the
        # preview's look at it raised OSError ENAMETOOLONG, and the app ended with a
        # traceback (found by random keys, SCALETUI_FUZZ_SEEDS=30, seed 11).
        ("ملاحظات " * 60 + ".md", "File name too long"),
    ],
    ids=["a-home-of-no-such-user", "a-name-too-long"],
)
async def test_a_name_that_cannot_be_written_typed_in_the_export_dialog_is_said_not_a_crash(
    story, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str,
    preview: str,
) -> None:  # fmt: skip
    from scaletui.screens.export_dialog import ExportDialog

    monkeypatch.chdir(tmp_path)
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await write_note(pilot, "للتصدير")
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        shown = app.screen
        assert isinstance(shown, ExportDialog)
        shown.field.value = typed
        await until(pilot, lambda: preview in shown.preview_text)
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, ExportDialog))
        await until(pilot, lambda: any("failed" in n.message for n in app._notifications))  # noqa: SLF001
        assert app.is_running and not (tmp_path / "~nobody-here-at-all").exists()


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


# -- issue 27.4: a note on any phrase ----------------------------------------------------------------


async def test_a_note_on_selected_words_is_on_exactly_those_words(story, data_dir: Path) -> None:
    """Shift+← widens the selection a word at a time (forward, in Arabic); `a` notes it.
    The phrase is the note's anchor, highlighted in the article like a search hit, and
    listed with its words in Notes."""
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        view.move_cursor(view.row_of(3, 0))
        await pilot.press("shift+left", "shift+left", "shift+left")
        text = story.paragraphs[3].text
        words = " ".join(text.split()[:3])
        assert view.selected_spans == [Span(3, 0, len(words))]
        await pilot.press("shift+right")  # back a word: to the start of the third
        assert view.selected_spans == [Span(3, 0, len(" ".join(text.split()[:2])) + 1)]
        await pilot.press("shift+left", "a")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor) and editor.anchor_text == words
        await write_note(pilot, "ثلاث كلمات فقط")
        [note] = app.notes.store.notes(story.id)
        assert note.anchor == Anchor("span", paragraph=3, start=0, end=len(words), quote=words)
        assert view.selection is None  # noted: the selection is done with
        assert view._noted_spans == {3: [Span(3, 0, len(words))]}  # noqa: SLF001
        row = view.render_line(view.row_of(3, 0) - int(view.scroll_y))
        noted = view.get_component_rich_style("article-view--noted", partial=True)
        assert any(noted.bgcolor == segment.style.bgcolor for segment in row
                   if segment.style and segment.text.strip())  # fmt: skip
        notes = app.screen.panel("notes")
        [row] = notes.items.values()
        assert (f"“{words}”", "italic") in row.lines  # listed with its words


async def test_a_dragged_selection_anchors_its_words_not_the_paragraph(
    story, data_dir: Path
) -> None:
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        text = story.paragraphs[3].text
        start = text.index("استحواذها")
        view.selection = ((3, start - 1), (3, start + len("استحواذها على")))  # as a drag leaves it
        await pilot.press("n")
        await pilot.pause()
        await write_note(pilot, "عبارة")
        [note] = app.notes.store.notes(story.id)
        assert (note.anchor.kind, note.anchor.quote) == ("span", "استحواذها على")


# -- issue 27.6: rescued notes are offered back -------------------------------------------------------


def rescued(story, data_dir: Path, *bodies: str) -> Path:
    from datetime import UTC, datetime

    from scaletui.notes import RescuedNote

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / RECOVERY_NAME
    anchor = Anchor("paragraph", paragraph=2, quote=story.paragraphs[2].text)
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    path.write_text("".join(RescuedNote(story.id, anchor, body, ("t",), when).to_json() + "\n"
                            for body in bodies), "utf-8")  # fmt: skip
    return path


async def test_rescued_notes_are_offered_at_start_and_restored(story, data_dir: Path) -> None:
    path = rescued(story, data_dir, "نجت من العطل", "and another")
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = app.screen
        assert isinstance(question, ConfirmScreen)
        assert question.question.startswith("2 notes could not be saved earlier")
        assert str(path) in question.question and question.detail == "نجت من العطل"
        await pilot.press("y")
        await until(pilot, lambda: len(app.screen.panel("notes").items) == 2)
        told = [n.message for n in app._notifications if "Restored" in n.message]  # noqa: SLF001
        assert told and told[-1].startswith("Restored 2 rescued notes.")
        assert {note.body for note in app.notes.store.notes(story.id)} == {
            "نجت من العطل",
            "and another",
        }
        assert not path.exists() and list(data_dir.glob(f"{RECOVERY_NAME}.restored-*"))
    again = make_app(story, data_dir)  # nothing waits now: nothing asked
    async with again.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: len(again.screen.panel("notes").items) == 2)
        assert not isinstance(again.screen, ConfirmScreen)


async def test_rescued_notes_left_where_they_are_are_offered_next_time(
    story, data_dir: Path
) -> None:
    path = rescued(story, data_dir, "ليس الآن")
    app = make_app(story, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        await pilot.pause()
        told = [n.message for n in app._notifications if "scaletui import" in n.message]  # noqa: SLF001
        assert told and str(path) in told[-1]
        assert path.exists() and not app.notes.store.notes(story.id)
        screen = app.screen
        assert isinstance(screen, ExplorerScreen)
        screen.note_taking.refresh()  # once a session: not asked again
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
    again = make_app(story, data_dir)
    async with again.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ConfirmScreen))
