"""The notes flow (save, rescue, retry, keep unsaved, delete, export), anchoring,
and old databases read through the typed item references."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scaletui.i18n import load_language
from scaletui.notes.anchoring import (
    item_anchor,
    locate_span,
    noted_places,
    paragraph_anchor,
)
from scaletui.notes.flow import EditRequest, NotesFlow
from scaletui.notes.model import Anchor, Note, NoteDraft, NoteStoreError, RescuedNote
from scaletui.notes.store import MIGRATIONS, RECOVERY_NAME, NoteStore, read_recovery
from scaletui.notes.store.opening import read_only_reason
from scaletui.story import Span, Story
from scaletui.story.items import ItemRef

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


class FakeStore:
    """A store whose writes and rescues can be told to fail."""

    def __init__(self, data_dir: Path, fail_writes: bool = False, fail_rescue: bool = False):
        self.real = NoteStore(data_dir)
        self.fail_writes = fail_writes
        self.fail_rescue = fail_rescue

    def add(self, story_id: str, anchor: Anchor, body: str, tags: tuple[str, ...] = ()) -> Note:
        if self.fail_writes:
            raise NoteStoreError("the disk is full")
        return self.real.add(story_id, anchor, body, tags)

    def update(self, note_id: int, body: str, tags: tuple[str, ...] = ()) -> Note:
        if self.fail_writes:
            raise NoteStoreError("the disk is full")
        return self.real.update(note_id, body, tags)

    def delete(self, note_id: int) -> None:
        if self.fail_writes:
            raise NoteStoreError("the notes database is read-only")
        self.real.delete(note_id)

    def notes(self, story_id: str | None = None, text_filter: str = "") -> list[Note]:
        return self.real.notes(story_id, text_filter)

    def adopt(self, story_id: str, former_ids: tuple[str, ...]) -> int:
        return self.real.adopt(story_id, former_ids)

    def remember_file(
        self, story_id: str, fingerprint: str, path: str, encoding: str | None = None
    ) -> None:
        self.real.remember_file(story_id, fingerprint, path, encoding)

    def moved_from(self, fingerprint: str) -> tuple[str, ...]:
        return self.real.moved_from(fingerprint)

    @property
    def repaired(self) -> dict[int, tuple[str, ...]]:
        return self.real.repaired

    def rescue(self, note: RescuedNote) -> Path:
        if self.fail_rescue:
            raise NoteStoreError("could not save the note anywhere")
        return self.real.rescue(note)

    def insert(self, notes: Sequence[Note]) -> list[Note]:
        if self.fail_writes:
            raise NoteStoreError("the disk is full")
        return self.real.insert(notes)

    @property
    def data_dir(self) -> Path:
        return self.real.data_dir

    @property
    def read_only(self) -> bool:
        return self.real.read_only

    @property
    def rescue_offered(self) -> bool:
        return self.real.rescue_offered

    @rescue_offered.setter
    def rescue_offered(self, value: bool) -> None:
        self.real.rescue_offered = value


def flow_with(story: Story, store: FakeStore | None) -> NotesFlow:
    return NotesFlow(story, lambda: store)


def test_a_new_note_is_saved_and_read_back(story: Story, tmp_path: Path) -> None:
    store = FakeStore(tmp_path)
    flow = flow_with(story, store)
    request = flow.new_note(item_anchor(story, ItemRef("person", "jack-rae")))
    # The item's title is marked ◆ and carries the pack's ◇ aside, as everywhere it appears.
    assert isinstance(request, EditRequest)
    assert request.title.startswith("New note on Person: ◆ Jack Rae [◇ ")
    result = flow.save(request, NoteDraft("جاك راي", ("ai",)))
    assert result.notice.text == "Note saved." and result.retry is None
    assert flow.reload() is None
    [note] = flow.notes
    assert note.anchor.item == ItemRef("person", "jack-rae") and note.tags == ("ai",)
    edit = flow.edit_note(note.id)
    assert edit is not None and edit.initial == NoteDraft("جاك راي", ("ai",))
    assert flow.save(edit, NoteDraft("changed")).notice.text == "Note updated."


def test_a_failed_save_is_rescued_in_one_record_shape(story: Story, tmp_path: Path) -> None:
    flow = flow_with(story, FakeStore(tmp_path, fail_writes=True))
    anchor = paragraph_anchor(story, 2, None)
    request = flow.new_note(anchor)
    assert isinstance(request, EditRequest)
    result = flow.save(request, NoteDraft("لا تضيع", ("t",)))
    assert result.retry is None and result.notice.severity == "error"
    assert str(tmp_path / RECOVERY_NAME) in result.notice.text
    # The app quitting under an open editor writes the same shape.
    assert flow.keep_unsaved(request, NoteDraft("ولا هذه")) == tmp_path / RECOVERY_NAME
    kept = read_recovery(tmp_path)
    assert [(k.story_id, k.anchor, k.body) for k in kept] == [
        (story.id, anchor, "لا تضيع"),
        (story.id, anchor, "ولا هذه"),
    ]
    lines = (tmp_path / RECOVERY_NAME).read_text(encoding="utf-8").splitlines()
    assert {tuple(sorted(json.loads(line))) for line in lines} == {
        ("anchor", "body", "saved_at", "story_id", "tags")
    }


def test_when_even_the_rescue_fails_the_editor_comes_back_with_the_text(
    story: Story, tmp_path: Path
) -> None:
    flow = flow_with(story, FakeStore(tmp_path, fail_writes=True, fail_rescue=True))
    request = flow.new_note(paragraph_anchor(story, 1, None))
    assert isinstance(request, EditRequest)
    draft = NoteDraft("نص لا يجد مكانا", ("x",))
    result = flow.save(request, draft)
    assert result.retry is not None
    assert result.retry.initial == draft and "the disk is full" in result.retry.error


def test_unchanged_or_empty_text_is_not_kept(story: Story, tmp_path: Path) -> None:
    flow = flow_with(story, FakeStore(tmp_path))
    request = flow.new_note(paragraph_anchor(story, 1, None))
    assert isinstance(request, EditRequest)
    assert flow.keep_unsaved(request, NoteDraft("   ")) is None
    assert flow.keep_unsaved(request, request.initial) is None
    assert not (tmp_path / RECOVERY_NAME).exists()


def test_without_a_store_nothing_opens_and_the_reader_is_told(story: Story) -> None:
    flow = flow_with(story, None)
    answer = flow.new_note(paragraph_anchor(story, 1, None))
    assert not isinstance(answer, EditRequest) and answer.severity == "error"
    assert flow.export(Path("unused.md")).severity == "error"


def test_delete_and_export(story: Story, tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "data")
    flow = flow_with(story, store)
    note = store.add(story.id, paragraph_anchor(story, 1, None), "first line\nmore")
    flow.reload()
    question = flow.delete_question(note.id)
    assert question is not None and question[1] == "first line"
    target = flow.export_target(tmp_path)
    notice = flow.export(target, WHEN)
    assert notice.text == f"Exported 1 note to {target}" and "first line" in target.read_text()
    store.fail_writes = True
    failed = flow.delete(note.id)
    assert failed is not None and "read-only" in failed.text
    store.fail_writes = False
    assert flow.delete(note.id) is None and store.notes() == []


def test_notes_gone_before_the_export_are_told_in_the_readers_language(
    story: Story, tmp_path: Path
) -> None:
    store = FakeStore(tmp_path / "data")
    flow = NotesFlow(story, lambda: store, load_language("ar"))
    note = store.add(story.id, paragraph_anchor(story, 1, None), "first")
    target = flow.export_target(tmp_path)
    assert flow.nothing_to_export() is None  # the dialog opens with a note there
    assert flow.export_preview(target).severity == "information"
    store.delete(note.id)  # and it is deleted before the answer
    notice = flow.export(target, WHEN)
    assert notice.severity == "warning" and not target.exists()
    assert notice.text == "لا ملاحظات على هذه القصة بعد: لا شيء للتصدير."
    assert flow.nothing_to_export() == flow.export_preview(target) == notice  # told the same


def test_the_export_dialog_says_a_missing_folder_before_anything_is_written(
    story: Story, tmp_path: Path
) -> None:
    """The dialog's line under the name said "A new file" for a folder that is not
    there; only Enter then said the export failed."""
    store = FakeStore(tmp_path / "data")
    flow = NotesFlow(story, lambda: store)
    store.add(story.id, paragraph_anchor(story, 1, None), "first")
    target = tmp_path / "missing" / "notes.md"
    preview = flow.export_preview(target)
    assert preview.severity == "error" and f"{target.parent}: no such directory" in preview.text
    assert flow.export(target, WHEN) == preview and not target.parent.exists()


def test_no_notes_store_to_export_from_is_told_in_the_readers_language(
    story: Story, tmp_path: Path
) -> None:
    flow = NotesFlow(story, lambda: None, load_language("ar"))
    target = flow.export_target(tmp_path)
    question, export = flow.nothing_to_export(), flow.export(target, WHEN)
    assert question == export == flow.export_preview(target) and export.severity == "error"
    assert export.text == "الملاحظات غير متاحة: لا شيء للتصدير." and not target.exists()


def test_a_path_in_an_arabic_notice_reads_in_its_own_order(story: Story, tmp_path: Path) -> None:
    """In a right-to-left sentence a path's leading / would move to its other end: the
    path is an isolate there, and the engine shows it whole, as written."""
    from scaletui.layout import LayoutEngine

    store = FakeStore(tmp_path / "data")
    arabic = NotesFlow(story, lambda: store, load_language("ar"))
    store.add(story.id, paragraph_anchor(story, 1, None), "first")
    target = arabic.export_target(tmp_path)
    notice = arabic.export(target, WHEN)
    assert f"\u2068{target}\u2069" in notice.text
    (line,) = LayoutEngine().layout(notice.text, 200).lines
    assert str(target) in "".join(line.cells)
    english = flow_with(story, store).export(target, WHEN)
    assert "\u2068" not in english.text and str(target) in english.text


def test_a_path_in_an_arabic_export_failure_reads_in_its_own_order(
    story: Story, tmp_path: Path
) -> None:
    from scaletui.layout import LayoutEngine

    store = FakeStore(tmp_path / "data")
    store.add(story.id, paragraph_anchor(story, 1, None), "first")
    folder = tmp_path / "a folder"
    folder.mkdir()
    notice = NotesFlow(story, lambda: store, load_language("ar")).export(folder, WHEN)
    assert notice.severity == "error"
    assert f"\u2068{folder}\u2069" in notice.text
    (line,) = LayoutEngine().layout(notice.text, 200).lines
    assert str(folder) in "".join(line.cells)
    english = flow_with(story, store).export(folder, WHEN)
    assert english.text == f"Export failed: {folder} is a directory; name a file"


# -- anchoring ------------------------------------------------------------------------------


def test_a_span_note_reopens_where_it_was_made_not_at_the_first_occurrence(
    story: Story,
) -> None:
    story = story
    # A word that occurs more than once in one paragraph.
    for paragraph in story.paragraphs:
        text = paragraph.text
        first = text.find("ميتا")
        second = text.find("ميتا", first + 1)
        if first >= 0 and second > first:
            break
    else:
        pytest.fail("no paragraph names Meta twice")
    current = Span(paragraph.index, second, second + len("ميتا"))
    anchor = paragraph_anchor(story, paragraph.index, current)
    assert anchor.kind == "span" and anchor.quote == "ميتا"
    assert locate_span(story, anchor) == current


def test_an_entity_note_marks_both_its_person_and_competitor_rows(story: Story) -> None:
    """Kills the mutant that marks only one of the entity's rows."""
    note = Note(1, "s", Anchor("item", item=ItemRef("entity", "openai")), "x", WHEN, WHEN)
    places = noted_places(story, [note])
    assert places.items >= {"person:openai", "competitor:openai", "entity:openai"}
    assert places.paragraphs == frozenset()


# -- databases written before item references were a type ----------------------------------


def test_a_schema_1_database_reads_back_as_typed_references(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(MIGRATIONS[0])
    old.execute("PRAGMA user_version = 1")
    rows = [
        ("item", None, "person:alexandr-wang", "a"),
        ("item", None, "entity:meta", "b"),
        ("item", None, "gadget:unknown-kind", "c"),
        ("paragraph", 3, None, "d"),
    ]
    for kind, paragraph, item, body in rows:
        old.execute(
            "INSERT INTO notes (story_id, anchor_kind, anchor_paragraph, anchor_item, body,"
            " created, updated) VALUES ('s', ?, ?, ?, ?, ?, ?)",
            (kind, paragraph, item, body, WHEN.isoformat(), WHEN.isoformat()),
        )
    old.close()
    store = NoteStore(tmp_path)
    notes = {note.body: note for note in store.notes("s")}
    assert notes["a"].anchor.item == ItemRef("person", "alexandr-wang")
    assert notes["b"].anchor.item == ItemRef("entity", "meta")
    assert notes["c"].anchor.item is None  # an unknown kind: the note stays, unanchored
    assert notes["d"].anchor == Anchor("paragraph", paragraph=3)
    assert all(note.tags == () for note in notes.values())  # schema 2's column, defaulted
    # New notes are stored in the same text form old versions wrote.
    store.add("s", Anchor("item", item=ItemRef("event", "llama-4-release")), "e")
    store.close()
    raw = sqlite3.connect(path).execute("SELECT anchor_item FROM notes WHERE body = 'e'")
    assert raw.fetchone()[0] == "event:llama-4-release"


# -- a full disk ------------------------------------------------------------------------------


def fill_up(store: NoteStore) -> None:
    """No more pages for the database: SQLite says "database or disk is full", as
    on a full disk, and rolls the write back itself."""
    connection = store._database.connection
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_is_a_clear_error_not_a_rollback_crash(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    store.add("s", Anchor("paragraph", paragraph=1), "fits")
    fill_up(store)
    with pytest.raises(NoteStoreError, match="disk is full"):
        store.add("s", Anchor("paragraph", paragraph=1), "لا تتسع " * 20000)
    assert [note.body for note in store.notes("s")] == ["fits"]  # still readable


def test_a_note_saved_on_a_full_disk_goes_to_the_recovery_file(
    story: Story, tmp_path: Path
) -> None:
    store = NoteStore(tmp_path)
    fill_up(store)
    flow = NotesFlow(story, lambda: store)
    request = flow.new_note(paragraph_anchor(story, 3, None))
    assert isinstance(request, EditRequest)
    body = "ملاحظة طويلة " * 20000
    result = flow.save(request, NoteDraft(body))
    assert "disk is full" in result.notice.text and RECOVERY_NAME in result.notice.text
    assert [kept.body for kept in read_recovery(tmp_path)] == [body]


def test_a_full_disk_is_told_in_the_readers_language(story: Story, tmp_path: Path) -> None:
    """The store's reasons are translated where they are shown, not only the sentence
    around them (it said "لم تُحفظ الملاحظة: the disk is full")."""
    store = NoteStore(tmp_path)
    store.add(story.id, Anchor("paragraph", paragraph=1), "fits")
    fill_up(store)
    flow = NotesFlow(story, lambda: store, load_language("ar"))
    flow.reload()
    request = flow.new_note(paragraph_anchor(story, 3, None))
    assert isinstance(request, EditRequest)
    saved = flow.save(request, NoteDraft("ملاحظة طويلة " * 20000))
    assert "القرص ممتلئ" in saved.notice.text and "is full" not in saved.notice.text
    # As opening found it on a read-only disk: its writes now refuse, naming the folder.
    store._database.read_only = read_only_reason(tmp_path)
    deleted = flow.delete(flow.notes[0].id)
    assert deleted is not None
    assert deleted.text.endswith(
        f"قاعدة بيانات الملاحظات للقراءة فقط (لا يمكن الكتابة في \u2068{tmp_path}\u2069)"
    )


def test_a_note_with_bytes_that_are_not_utf8_never_hides_the_others(
    story: Story, tmp_path: Path
) -> None:
    store = NoteStore(tmp_path)
    store.add(story.id, Anchor("paragraph", paragraph=1), "سليمة")
    raw = sqlite3.connect(tmp_path / "notes.db")
    raw.execute(
        "INSERT INTO notes (story_id, anchor_kind, anchor_paragraph, body, created, updated)"
        " VALUES (?, 'paragraph', 2, CAST(X'FFFE41' AS TEXT), ?, ?)",
        (story.id, WHEN.isoformat(), WHEN.isoformat()),
    )
    raw.commit()
    raw.close()
    flow = NotesFlow(story, lambda: store)
    notice = flow.reload()
    assert sorted(note.body for note in flow.notes) == ["سليمة", "\ufffd\ufffdA"]
    assert notice is not None and "not UTF-8" in notice.text
    assert flow.reload() is None  # told once
    target = tmp_path / "out.md"
    assert flow.export(target, WHEN).severity == "information"  # the export goes through
    assert "سليمة" in target.read_text("utf-8")
