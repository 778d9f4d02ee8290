"""Issue 27.6: `scaletui import` reads notes back from a JSON export (lossless), an
exported Markdown file or the rescue file: once (idempotent), merging a colleague's
notes, placed by their quotes on another version of the article; bad input gets one
line and changes nothing."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scaletui.cli import main
from scaletui.notes import Anchor, Note, NoteStore, RescuedNote
from scaletui.notes.anchoring import locate_span, selection_anchor
from scaletui.notes.export import export_json, export_markdown
from scaletui.notes.export.importing import plan_import, read_notes_file
from scaletui.notes.store import RECOVERY_NAME
from scaletui.story import Span, Story, load_story, resolve_pack
from scaletui.story.items import ItemRef

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def some_notes(story: Story, store: NoteStore) -> list[Note]:
    """A note of each kind, with tags and text that Markdown would take for its own."""
    text = story.paragraphs[3].text
    start = text.index("واتساب")
    store.add(story.id, Anchor("paragraph", paragraph=2, quote=story.paragraphs[2].text),
              "على الفقرة\n\n# ليس عنوانًا\n- ولا قائمة <b>", ("صفقة", "open source"))  # fmt: skip
    phrase = selection_anchor(story, [Span(3, start, start + 20)])
    assert phrase is not None
    store.add(story.id, phrase, "على عبارة `code` و **bold**")
    store.add(story.id, Anchor("item", item=ItemRef("person", "alexandr-wang")), "عن وانغ", ("x",))
    return store.notes(story.id)


def as_made(note: Note) -> tuple[object, ...]:
    """All a note is, but where this database keeps it (its row id)."""
    return (note.story_id, note.anchor, note.body, note.created, note.updated, note.tags,
            note.uid)  # fmt: skip


def run(*args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, ""


@pytest.fixture
def mine(story: Story, tmp_path: Path) -> tuple[Path, list[Note]]:
    data = tmp_path / "mine"
    store = NoteStore(data)
    notes = some_notes(story, store)
    store.close()
    return data, notes


def imported(data: Path, file: Path, *more: str) -> tuple[int, str]:
    return main(["import", "--data-dir", str(data), str(file), *more]), ""


def notes_in(data: Path, story_id: str | None = None) -> list[Note]:
    store = NoteStore(data)
    try:
        return store.notes(story_id)
    finally:
        store.close()


def test_a_json_export_comes_back_whole_and_once(
    story: Story, tmp_path: Path, mine: tuple[Path, list[Note]],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    data, notes = mine
    exported = tmp_path / "notes.json"
    assert main(["export", "--data-dir", str(data), "--format", "json", "-o", str(exported)]) == 0
    colleague = tmp_path / "colleague"
    capsys.readouterr()
    assert imported(colleague, exported)[0] == 0
    said = capsys.readouterr().err.strip()
    assert said == f"scaletui: imported 3 notes from {exported} into {story.id}"
    assert sorted(map(as_made, notes_in(colleague))) == sorted(map(as_made, notes))
    # Again: nothing new. Into the notes it came from: nothing new either.
    for data_dir in (colleague, data):
        assert imported(data_dir, exported)[0] == 0
        assert "imported 0 notes" in capsys.readouterr().err
    assert len(notes_in(colleague)) == len(notes_in(data)) == 3


def test_an_exported_markdown_file_comes_back_as_far_as_it_can(
    story: Story, tmp_path: Path, mine: tuple[Path, list[Note]]
) -> None:
    data, notes = mine
    exported = tmp_path / "notes.md"
    assert main(["export", "--data-dir", str(data), "-o", str(exported)]) == 0
    colleague = tmp_path / "colleague"
    assert imported(colleague, exported)[0] == 0
    back = {note.uid: note for note in notes_in(colleague)}
    for note in notes:
        got = back[note.uid]
        assert (got.body, got.tags, got.created, got.updated) == (
            note.body, note.tags, note.created, note.updated,
        )  # fmt: skip
        assert (got.anchor.kind, got.anchor.paragraph, got.anchor.start, got.anchor.item) == (
            note.anchor.kind, note.anchor.paragraph, note.anchor.start, note.anchor.item,
        )  # fmt: skip
        if note.anchor.kind != "item":
            assert got.anchor.quote == note.anchor.quote
    # The Markdown and the JSON of the same notes are the same notes: nothing added twice.
    as_json = tmp_path / "notes.json"
    assert main(["export", "--data-dir", str(data), "--format", "json", "-o", str(as_json)]) == 0
    assert imported(colleague, as_json)[0] == 0 and imported(colleague, exported)[0] == 0
    assert len(notes_in(colleague)) == 3


def test_a_colleagues_export_merges_into_yours(
    story: Story, tmp_path: Path, mine: tuple[Path, list[Note]],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    data, notes = mine
    mine_json = tmp_path / "mine.json"
    main(["export", "--data-dir", str(data), "--format", "json", "-o", str(mine_json)])
    colleague = tmp_path / "colleague"
    imported(colleague, mine_json)
    store = NoteStore(colleague)
    theirs = {note.uid: note for note in store.notes(story.id)}
    store.update(theirs[notes[0].uid].id, "their version of my note", ("edited",))
    store.add(story.id, Anchor("paragraph", paragraph=5, quote=story.paragraphs[5].text),
              "their own note")  # fmt: skip
    store.close()
    theirs_json = tmp_path / "theirs.json"
    main(["export", "--data-dir", str(colleague), "--format", "json", "-o", str(theirs_json)])
    capsys.readouterr()
    assert imported(data, theirs_json)[0] == 0
    said = capsys.readouterr().err
    assert "imported 2 notes" in said and "2 were there already" in said
    assert "1 is another version of a note of yours, kept beside it" in said
    bodies = sorted(note.body for note in notes_in(data))
    assert "their own note" in bodies and "their version of my note" in bodies
    assert notes[0].body in bodies  # mine is kept, never written over
    assert imported(data, theirs_json)[0] == 0  # and once only
    assert len(notes_in(data)) == 5


@pytest.fixture
def edited_story(story: Story, tmp_path: Path) -> Path:
    """The story's pack with a paragraph added at the top, one edited, one removed."""
    pack = tmp_path / "edited-pack"
    shutil.copytree(resolve_pack(story.id), pack)
    article = (pack / "article.txt").read_text("utf-8")
    paragraphs = article.split("\n\n")
    paragraphs[2] = paragraphs[2] + " وأضاف المحرر جملة."
    removed = paragraphs.pop(6)
    assert removed.strip()
    paragraphs.insert(1, "فقرة جديدة أضيفت في أول المقال.")
    (pack / "article.txt").write_text("\n\n".join(paragraphs), "utf-8")
    return pack


def test_notes_made_on_another_version_of_the_article_are_placed_by_their_quotes(
    story: Story, tmp_path: Path, edited_story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = NoteStore(tmp_path / "old")
    made = some_notes(story, store)
    gone = story.paragraphs[6]  # removed from the edited pack
    store.add(story.id, Anchor("paragraph", paragraph=6, quote=gone.text), "on a removed one")
    store.close()
    exported = tmp_path / "old.json"
    (tmp_path / "old.json").write_text(
        export_json(story, [*made, *notes_in(tmp_path / "old")[:1]], WHEN), "utf-8"
    )
    capsys.readouterr()
    data = tmp_path / "new"
    assert imported(data, exported, "--story", str(edited_story))[0] == 0
    said = capsys.readouterr().err
    new_story = load_story(edited_story)
    assert "placed by their quotes" in said or "placed by its quote" in said
    assert "no longer in the article (kept with its quote)" in said
    by_body = {note.body: note for note in notes_in(data, new_story.id)}
    phrase = by_body["على عبارة `code` و **bold**"].anchor
    span = locate_span(new_story, phrase)
    assert span is not None and (phrase.paragraph, phrase.start) == (span.paragraph, span.start)
    assert phrase.paragraph == (made[1].anchor.paragraph or 0) + 1  # one paragraph added above
    edited = by_body["على الفقرة\n\n# ليس عنوانًا\n- ولا قائمة <b>"].anchor
    assert edited.paragraph == 3 and edited.quote == story.paragraphs[2].text  # as made
    orphan = by_body["on a removed one"].anchor
    assert orphan.quote == gone.text  # kept with its quote


def test_the_rescue_file_is_imported_once(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rescue = tmp_path / RECOVERY_NAME
    anchor = Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text)
    lines = [RescuedNote(story.id, anchor, "لم تحفظ", ("t",), WHEN).to_json(),
             RescuedNote("other-story", anchor, "on another", (), WHEN).to_json()]  # fmt: skip
    rescue.write_text("\n".join(lines) + "\n", "utf-8")
    data = tmp_path / "data"
    assert imported(data, rescue)[0] == 0
    assert "imported 2 notes from" in capsys.readouterr().err
    assert {(n.story_id, n.body, n.created) for n in notes_in(data)} == {
        (story.id, "لم تحفظ", WHEN),
        ("other-story", "on another", WHEN),
    }
    assert imported(data, rescue)[0] == 0 and len(notes_in(data)) == 2


def test_a_rescue_file_of_one_note_is_imported(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One unsaved note (the usual rescue file) is one JSON object on its own: it was
    refused as "not a scaletui notes export (JSON of another kind)"."""
    rescue = tmp_path / RECOVERY_NAME
    anchor = Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text)
    rescue.write_text(RescuedNote(story.id, anchor, "وحدها", (), WHEN).to_json() + "\n", "utf-8")
    data = tmp_path / "data"
    assert imported(data, rescue)[0] == 0
    assert "imported 1 note from" in capsys.readouterr().err
    assert [(n.story_id, n.body) for n in notes_in(data)] == [(story.id, "وحدها")]
    # A JSON object that is neither an export nor a rescued note is still refused.
    other = tmp_path / "other.json"
    other.write_text('{"story_id_not": 1}', "utf-8")
    assert imported(data, other)[0] == 1
    assert "JSON of another kind" in capsys.readouterr().err


@pytest.mark.parametrize(
    "change", [{"tags": [1, {"a": 2}]}, {"tags": "abc"}, {"story_id": 5}, {"story_id": " "}]
)
def test_a_rescued_line_with_tags_or_a_story_id_of_another_kind_is_not_a_note(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, object]
) -> None:
    """Checked as an export's notes are: such a line's tags were kept as `#1 #{"a": 2}`
    (a string's letters as tags), its story id 5 as it was."""
    rescue = tmp_path / RECOVERY_NAME
    anchor = Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text)
    record = json.loads(RescuedNote(story.id, anchor, "b", (), WHEN).to_json()) | change
    rescue.write_text(json.dumps(record) + "\n", "utf-8")
    assert imported(tmp_path / "data", rescue)[0] == 1
    assert "line 1 is not a note scaletui kept" in capsys.readouterr().err
    assert notes_in(tmp_path / "data") == []
    from scaletui.notes.store.rescue import read_recovery_file

    assert read_recovery_file(rescue) == []  # nor offered by the app to restore


def test_a_story_scaletui_cannot_find_is_named_with_story(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = Note(1, "file-somewhere-0123456789ab", Anchor("paragraph", paragraph=1,
                quote=story.paragraphs[1].text), "x", WHEN, WHEN)  # fmt: skip
    exported = tmp_path / "theirs.json"
    exported.write_text(export_json(story._replace(id=note.story_id), [note], WHEN), "utf-8")
    data = tmp_path / "data"
    assert imported(data, exported)[0] == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"scaletui: {exported}: its notes are on file-somewhere-0123456789ab")
    assert "--story" in err and not (data / "notes.db").exists() or not notes_in(data)
    assert imported(data, exported, "--story", story.id)[0] == 0
    assert [n.story_id for n in notes_in(data)] == [story.id]


def test_notes_on_a_file_opened_in_an_encoding_come_back_onto_it_read_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Without --story the import finds the file where it was opened, and reads it as it
    # was opened: cp1256 (read as UTF-8, "not valid UTF-8 at byte 0", nothing imported).
    from scaletui.notes.flow import NotesFlow
    from scaletui.story import story_from_text_file

    path = tmp_path / "archive.txt"
    path.write_bytes("خبر من الأرشيف\n\nقال أحمد العمري إن الشركة أطلقت خدمة.\n".encode("cp1256"))
    story = story_from_text_file(path, "cp1256")
    note = Note(1, story.id, Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text),
                "على الأرشيف", WHEN, WHEN, (), "c" * 32)  # fmt: skip
    exported = tmp_path / "theirs.json"
    exported.write_text(export_json(story, [note], WHEN), "utf-8")
    data = tmp_path / "data"
    store = NoteStore(data)
    NotesFlow(story, lambda: store).reload()  # opened here: remembered, with its encoding
    store.close()
    assert imported(data, exported)[0] == 0, capsys.readouterr().err
    assert [(n.body, n.anchor.paragraph) for n in notes_in(data, story.id)] == [("على الأرشيف", 1)]


# -- bad input: one line, nothing imported ------------------------------------------------------


def good_json(story: Story) -> dict[str, object]:
    note = Note(1, story.id, Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text),
                "x", WHEN, WHEN, ("t",), "a" * 32)  # fmt: skip
    data = json.loads(export_json(story, [note], WHEN))
    assert isinstance(data, dict)
    return data


def broken(story: Story, change: str) -> str:
    data = good_json(story)
    record = data["notes"][0]  # type: ignore[index]
    if change == "version":
        data["version"] = 2
    elif change == "format":
        data["format"] = "other"
    elif change == "no-body":
        del record["body"]
    elif change == "bad-date":
        record["created"] = "yesterday"
    elif change == "naive-date":
        record["updated"] = "2026-01-02T03:04:05"
    elif change == "tags":
        record["tags"] = "a, b"
    elif change == "kind":
        record["anchor"]["kind"] = "chapter"
    elif change == "place":
        record["anchor"]["stored"]["paragraph"] = -3
    elif change == "notes":
        data["notes"] = {"1": record}
    return json.dumps(data, ensure_ascii=False)


BAD = {
    "not-utf8": (b"\xff\xfe{", "not UTF-8 text"),
    "empty": (b"  \n", "the file is empty"),
    "json-of-another-kind": (b'{"a": 1}', "not a scaletui notes export"),
    "markdown-without-notes": (b"# hi\n\ntext\n", "not a scaletui export"),
    "half-a-json": (b'{"format": "scaletui-notes", "notes": [', "not a note scaletui kept"),
    "nested-too-deep": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "not a note scaletui kept"),
}
CHANGES = {
    "version": "written by a newer scaletui (format version 2)",
    "format": "not a scaletui notes export",
    "no-body": "note 1: body is missing",
    "bad-date": "note 1: created is not a date and time",
    "naive-date": "note 1: updated is not a date and time",
    "tags": "note 1: tags is not a list of words",
    "kind": "note 1: the anchor's kind is not one scaletui knows",
    "place": "note 1: the anchor's place is not a number",
    "notes": "the export has no list of notes",
}


@pytest.mark.parametrize("case", [*BAD, *CHANGES])
def test_bad_input_gets_one_line_and_changes_nothing(
    story: Story, tmp_path: Path, mine: tuple[Path, list[Note]], case: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    data, _notes = mine
    before = (data / "notes.db").read_bytes()
    bad = tmp_path / "bad.json"
    if case in BAD:
        content, said = BAD[case]
        bad.write_bytes(content)
    else:
        said = CHANGES[case]
        bad.write_text(broken(story, case), "utf-8")
    capsys.readouterr()
    assert imported(data, bad)[0] == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err and err.rstrip().endswith("nothing was imported")
    assert len(notes_in(data)) == 3 and (data / "notes.db").read_bytes() == before


def test_a_directory_a_fifo_and_a_missing_file_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path, said in ((tmp_path, "is a directory"), (fifo, "FIFO"),
                       (tmp_path / "none.json", "no such file")):  # fmt: skip
        assert imported(tmp_path / "data", path)[0] == 1
        err = capsys.readouterr().err
        assert said in err and "nothing was imported" in err and err.count("\n") == 1


def test_a_markdown_note_whose_marker_lost_its_data_is_refused(
    story: Story, tmp_path: Path, mine: tuple[Path, list[Note]]
) -> None:
    data, notes = mine
    text = export_markdown(story, notes, WHEN)
    damaged = tmp_path / "damaged.md"
    damaged.write_text(text.replace(' {"kind"', ' {"kin"', 1).replace('{"kin"', "{oops", 1))
    with pytest.raises(Exception, match="its marker has lost the note's data"):
        read_notes_file(damaged)


def test_a_write_failing_halfway_imports_nothing_and_says_so(
    story: Story, tmp_path: Path, mine: tuple[Path, list[Note]],
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """All the file's new notes are saved in one transaction, or none."""
    from scaletui.i18n import Said
    from scaletui.notes import NoteStoreError
    from scaletui.notes.store import note_store

    data, _notes = mine
    exported = tmp_path / "n.json"
    other = tmp_path / "other"
    store = NoteStore(other)
    for body in ("new one", "new two"):
        store.add(story.id, Anchor("paragraph", paragraph=1, quote=""), body)
    store.close()
    main(["export", "--data-dir", str(other), "--format", "json", "-o", str(exported)])
    store = NoteStore(data)
    assert plan_import(read_notes_file(exported), store.notes(), story).count == 2
    store.close()
    real, calls = note_store._values, []

    def failing(*args: object) -> tuple[object, ...]:
        calls.append(args)
        if len(calls) == 2:  # the second note: the disk filled up
            raise NoteStoreError(Said("the disk is full"))
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(note_store, "_values", failing)
    capsys.readouterr()
    assert imported(data, exported)[0] == 1
    assert capsys.readouterr().err.strip() == "scaletui: notes: the disk is full"
    assert len(notes_in(data)) == 3 and len(calls) == 2  # the first one was not kept either
