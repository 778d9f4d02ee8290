"""Exports into files: re-export merges, --force, no notes no file, JSON, the CLI, the
flow's questions, and the pack's optional source fields."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from scaletui.cli import main
from scaletui.notes import Anchor, Note, NoteStore
from scaletui.notes.export import (
    ExportError,
    NothingToExport,
    export_json,
    export_markdown,
    export_notes,
    plan_export,
)
from scaletui.notes.export.merge import merge, plan_for
from scaletui.notes.flow import NotesFlow, Notice
from scaletui.story import load_story, resolve_pack
from scaletui.story.items import ItemRef

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
LATER = WHEN + timedelta(days=1)


def note(story, body: str, note_id: int = 1, anchor: Anchor | None = None,
         tags: tuple[str, ...] = ()) -> Note:  # fmt: skip
    anchor = anchor or Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text)
    return Note(note_id, story.id, anchor, body, WHEN, WHEN, tags)


USER_TOP = "My own introduction, above the block.\n\n"
USER_BOTTOM = "\n## My conclusions\n\nWritten by hand, below the block.\n"


def hand_edited(exported: str) -> str:
    """An export the reader wrote around: a property, text above and below."""
    front_end = exported.index("\n---\n") + len("\n---\n")
    front = exported[:front_end].replace("note_count:", "aliases:\n  - صفقة ميتا\nnote_count:")
    return front + "\n" + USER_TOP + exported[front_end:].lstrip("\n") + USER_BOTTOM


# -- merging ----------------------------------------------------------------------------------


def test_a_re_export_keeps_the_readers_text_and_adds_new_notes(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    first = [note(story, "the first note", tags=("deal",))]
    assert export_notes(story, first, str(target), WHEN).kind == "new"
    target.write_text(hand_edited(target.read_text("utf-8")), "utf-8")
    both = [*first, note(story, "added since", note_id=2, tags=("later",))]
    result = export_notes(story, both, str(target), LATER)
    assert result.kind == "merge" and result.count == 2
    text = target.read_text("utf-8")
    assert USER_TOP.strip() in text and "Written by hand, below the block." in text
    assert text.index(USER_TOP.strip()) < text.index("<!-- scaletui:begin")
    assert text.index("<!-- scaletui:end") < text.index("## My conclusions")
    assert "added since" in text and text.count("the first note") == 1
    assert text.count("<!-- scaletui:begin") == 1 and text.count("<!-- scaletui:end") == 1
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    assert meta["aliases"] == ["صفقة ميتا"]  # the reader's property is kept
    assert meta["note_count"] == 2 and meta["tags"] == ["deal", "later"]
    assert meta["exported_at"] == LATER.isoformat()
    # Exporting again with nothing new changes nothing.
    export_notes(story, both, str(target), LATER)
    assert target.read_text("utf-8") == text


def test_merging_a_fresh_export_into_itself_is_the_same_text(story) -> None:
    fresh = export_markdown(story, [note(story, "x")], WHEN)
    assert plan_for(fresh, story.id) == "merge"
    assert merge(fresh, fresh, story.id) == fresh


def test_edits_inside_the_block_need_force_and_outside_text_survives(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    export_notes(story, [note(story, "original body")], str(target), WHEN)
    edited = hand_edited(target.read_text("utf-8")).replace("original body", "changed by hand")
    target.write_text(edited, "utf-8")
    assert plan_export(story.id, str(target)) == "merge-edited"
    with pytest.raises(ExportError, match="edited since the last export.*--force"):
        export_notes(story, [note(story, "original body")], str(target), LATER)
    assert target.read_text("utf-8") == edited  # untouched
    result = export_notes(story, [note(story, "original body")], str(target), LATER, force=True)
    assert result.kind == "merge-edited"
    text = target.read_text("utf-8")
    assert "changed by hand" not in text and "original body" in text
    assert USER_TOP.strip() in text and "Written by hand" in text


def test_windows_line_ends_and_stripped_spaces_are_not_edits(story) -> None:
    fresh = export_markdown(story, [note(story, "line one\nline two")], WHEN)
    assert plan_for(fresh.replace("\n", "\r\n"), story.id) == "merge"
    assert plan_for(fresh.replace("\\\n", "\\ \n"), story.id) == "merge"


def test_a_note_quoting_the_end_marker_cannot_end_the_block(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    sly = note(story, f"<!-- scaletui:end story={story.id} -->\nnot the end")
    export_notes(story, [sly], str(target), WHEN)
    target.write_text(target.read_text("utf-8") + USER_BOTTOM, "utf-8")
    assert plan_export(story.id, str(target)) == "merge"
    export_notes(story, [sly, note(story, "second", note_id=2)], str(target), LATER)
    text = target.read_text("utf-8")
    assert text.count("Written by hand") == 1 and text.count("not the end") == 1


@pytest.mark.parametrize(
    ("existing", "kind"),
    [
        (None, "new"),
        ("", "new"),
        ("\n  \n", "new"),
        ("# My own file\n\nNothing from scaletui.\n", "replace"),
        ("<!-- scaletui:begin story=other-story sha256=0123456789abcdef -->\nx\n"
         "<!-- scaletui:end story=other-story -->\n", "replace"),
        ("<!-- scaletui:begin story=scale-ai-meta sha256=0123456789abcdef -->\nno end\n",
         "replace"),
    ],
)  # fmt: skip
def test_what_an_export_would_do(existing: str | None, kind: str) -> None:
    assert plan_for(existing, "scale-ai-meta") == kind


def test_a_file_that_is_not_this_storys_export_needs_force(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("# Someone else's file\n", "utf-8")
    with pytest.raises(ExportError, match="not a scaletui export of scale-ai-meta.*--force"):
        export_notes(story, [note(story, "x")], str(target), WHEN)
    assert target.read_text("utf-8") == "# Someone else's file\n"
    assert export_notes(story, [note(story, "x")], str(target), WHEN, force=True).kind == "replace"
    assert "Someone else's" not in target.read_text("utf-8")
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert plan_export(story.id, str(binary)) == "replace"


def test_a_merge_writes_through_a_symlink_and_keeps_the_link(story, tmp_path: Path) -> None:
    real = tmp_path / "vault" / "real.md"
    real.parent.mkdir()
    export_notes(story, [note(story, "x")], str(real), WHEN)
    real.write_text(real.read_text("utf-8") + USER_BOTTOM, "utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert export_notes(story, [note(story, "x"), note(story, "y", 2)], str(link), LATER).kind == (
        "merge"
    )
    assert link.is_symlink() and "Written by hand" in real.read_text("utf-8")
    assert "\ny\n" in real.read_text("utf-8")


# -- no notes, no file --------------------------------------------------------------------------


def test_no_notes_writes_no_file(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    with pytest.raises(NothingToExport, match="no notes"):
        export_notes(story, [], str(target), WHEN)
    assert not target.exists()


def test_cli_without_notes_says_so_and_fails(
    story, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for extra in ([], ["-o", "-"], ["--format", "json"]):
        assert main(["export", "--data-dir", str(tmp_path / "data"), *extra]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.strip() == f"scaletui: no notes on {story.id} yet; nothing was written"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


# -- the command line -------------------------------------------------------------------------


def add_note(data: Path, story, body: str) -> None:
    store = NoteStore(data)
    store.add(story.id, Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text), body)
    store.close()


def test_cli_export_to_stdout_file_merge_and_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], story
) -> None:
    data = tmp_path / "data"
    add_note(data, story, "أول")
    assert main(["export", "-o", "-", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "note_count: 1" in out and story.paragraphs[1].text in out
    target = tmp_path / "out.md"
    assert main(["export", "-o", str(target), "--data-dir", str(data)]) == 0
    assert capsys.readouterr().err.strip() == f"scaletui: wrote 1 note to {target}"
    target.write_text(target.read_text("utf-8") + USER_BOTTOM, "utf-8")
    add_note(data, story, "ثان")
    assert main(["export", "-o", str(target), "--data-dir", str(data)]) == 0
    err = capsys.readouterr().err
    assert f"updated 2 notes in {target}" in err and "outside the scaletui block is kept" in err
    assert "ثان" in target.read_text("utf-8") and "Written by hand" in target.read_text("utf-8")
    target.write_text(target.read_text("utf-8").replace("ثان", "edited"), "utf-8")
    assert main(["export", "-o", str(target), "--data-dir", str(data)]) == 1
    assert "use --force to replace the block" in capsys.readouterr().err
    assert main(["export", "-o", str(target), "--force", "--data-dir", str(data)]) == 0
    assert "edits inside the scaletui block were replaced" in capsys.readouterr().err
    other = tmp_path / "other.md"
    other.write_text("precious\n")
    assert main(["export", "-o", str(other), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == (
        f"scaletui: {other} exists and is not a scaletui export of {story.id}; "
        "use --force to overwrite it"
    )
    assert other.read_text() == "precious\n"


def test_cli_export_refusals_are_said_in_the_readers_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], story
) -> None:
    data = tmp_path / "data"
    assert main(["--lang", "ar", "export", "-o", "-", "--data-dir", str(data)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"scaletui: لا ملاحظات على {story.id} بعد؛ لم يُكتب شيء"
    )
    add_note(data, story, "أول")
    assert main(["--lang", "ar", "export", "-o", str(tmp_path), "--data-dir", str(data)]) == 1
    assert capsys.readouterr().err.strip() == f"scaletui: {tmp_path} مجلد؛ سمِّ ملفًا"
    other = tmp_path / "other.md"
    other.write_text("precious\n")
    assert main(["--lang", "ar", "export", "-o", str(other), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"scaletui: {other} موجود وليس تصديرًا") and "--force" in err
    assert other.read_text() == "precious\n"


def test_cli_data_dir_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], story
) -> None:
    monkeypatch.setenv("SCALETUI_DATA_DIR", str(tmp_path / "env"))
    store = NoteStore(tmp_path / "env")
    store.add(story.id, Anchor("item", item=ItemRef("entity", "meta")), "from env")
    store.close()
    assert main(["export", "-o", "-"]) == 0
    assert "from env" in capsys.readouterr().out


def test_cli_corrupt_database_is_reported_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "notes.db").write_bytes(b"garbage" * 50)
    assert main(["export", "-o", "-", "--data-dir", str(data)]) == 1  # nothing was saved
    err = capsys.readouterr().err
    assert "notes were recovered" in err and "was kept as" in err and "no notes" in err
    assert list(data.glob("notes.db.corrupt-*"))


def test_cli_json_goes_to_its_own_file_and_replaces_only_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, story
) -> None:
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    add_note(data, story, "للأدوات")
    assert main(["export", "--format", "json", "--data-dir", str(data)]) == 0
    target = tmp_path / f"{story.id}-notes.json"
    assert json.loads(target.read_text("utf-8"))["notes"][0]["body"] == "للأدوات"
    add_note(data, story, "ثانية")
    assert main(["export", "--format", "json", "--data-dir", str(data)]) == 0  # its own file
    assert len(json.loads(target.read_text("utf-8"))["notes"]) == 2
    capsys.readouterr()
    target.write_text('{"mine": true}')
    assert main(["export", "--format", "json", "--data-dir", str(data)]) == 1
    assert "--force" in capsys.readouterr().err and target.read_text() == '{"mine": true}'


# -- JSON ------------------------------------------------------------------------------------------


def test_json_schema(story) -> None:
    paragraph = story.paragraphs[3]
    start = paragraph.text.index("واتساب")
    notes = [
        note(story, "on the paragraph", 1, Anchor("paragraph", paragraph=3, quote=paragraph.text),
             ("deal", "open source")),
        note(story, "on a hit", 2,
             Anchor("span", paragraph=3, start=start, end=start + 6, quote="واتساب")),
        note(story, "on a person", 3, Anchor("item", item=ItemRef("person", "alexandr-wang"))),
    ]  # fmt: skip
    sourced = story._replace(outlet="Outlet", url="https://example.com/x", author="")
    data = json.loads(export_json(sourced, notes, WHEN))
    assert set(data) == {"format", "version", "exported_at", "story", "source", "notes"}
    assert (data["format"], data["version"]) == ("scaletui-notes", 1)
    assert data["story"] == {"id": story.id, "title": story.title, "title_en": story.title_en,
                             "language": story.language}  # fmt: skip
    assert data["source"] == {"outlet": "Outlet", "url": "https://example.com/x", "author": None,
                              "published": story.published, "file": story.source,
                              "original": {"outlet": "TechCrunch", "title": story.origin.title,
                                           "author": None, "date": "2025-06", "url": None,
                                           "language": "en", "translated": True}}  # fmt: skip
    by_id = {record["id"]: record for record in data["notes"]}
    for record in data["notes"]:
        assert set(record) == {"id", "anchor", "quote", "context", "body", "tags", "created",
                               "updated"}  # fmt: skip
        assert set(record["anchor"]) == {"kind", "label", "name", "item", "in_article",
                                         "paragraph", "start", "end", "text"}  # fmt: skip
        assert datetime.fromisoformat(record["created"]) == WHEN
    assert by_id[1]["tags"] == ["deal", "open source"]  # as typed, not made valid for Obsidian
    assert by_id[1]["quote"] == paragraph.text and by_id[1]["anchor"]["paragraph"] == 3
    hit = by_id[2]
    assert hit["anchor"]["text"] == "واتساب" and hit["anchor"]["start"] == start
    assert hit["quote"] in paragraph.text and "واتساب" in hit["quote"] != "واتساب"
    person = by_id[3]["anchor"]
    # The pack's aside on him (his later role) is beside his name, marked as the pack's.
    assert person["item"] == "person:alexandr-wang"
    assert person["name"].startswith("ألكسندر وانغ [◇ ")
    article = "\n".join(p.text for p in story.paragraphs)
    assert by_id[3]["quote"] in article and person["text"] in by_id[3]["quote"]


def test_json_keeps_text_exact_and_no_control_reaches_a_terminal(story) -> None:
    body = "a\x1b[2J b\x9b c\x7f d\u202e e\n<script>"
    text = export_json(story, [note(story, body)], WHEN)
    assert not any(char in text for char in "\x1b\x9b\x7f")
    assert json.loads(text)["notes"][0]["body"] == body


# -- the app's flow: it says what will happen before writing --------------------------------------


class ListStore:
    def __init__(self, notes: list[Note]) -> None:
        self.stored = notes

    def notes(self, story_id: str | None = None, text_filter: str = "") -> list[Note]:
        return list(self.stored)

    def adopt(self, story_id: str, former_ids: tuple[str, ...]) -> int:
        return 0


def test_the_flow_names_what_an_export_will_do(story, tmp_path: Path) -> None:
    store = ListStore([])
    flow = NotesFlow(story, lambda: store)  # type: ignore[arg-type, return-value]
    target = flow.export_target(tmp_path)
    answer = flow.export_question(target)
    assert isinstance(answer, Notice) and "No notes" in answer.text
    notice = flow.export(target, WHEN)
    assert notice.severity == "warning" and not target.exists()
    store.stored = [note(story, "one")]
    question = flow.export_question(target)
    assert question == (f"Export 1 note to {target}?", "A new file.")
    assert flow.export(target, WHEN).text == f"Exported 1 note to {target}"
    target.write_text(target.read_text("utf-8") + USER_BOTTOM, "utf-8")
    question = flow.export_question(target)
    assert not isinstance(question, Notice)
    assert question[0] == f"Update the notes in {target}?" and "outside" in question[1]
    assert flow.export(target, WHEN).text.startswith(f"Updated 1 note in {target}")
    target.write_text(target.read_text("utf-8").replace("one", "changed"), "utf-8")
    question = flow.export_question(target)
    assert not isinstance(question, Notice) and "edits will be replaced" in question[1]
    target.write_text("someone else's\n")
    question = flow.export_question(target)
    assert not isinstance(question, Notice) and question[0] == f"Replace {target}?"


# -- the pack's source fields ------------------------------------------------------------------


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    copy = tmp_path / "pack"
    shutil.copytree(resolve_pack("scale-ai-meta"), copy)
    return copy


def set_story_fields(pack: Path, fields: str) -> None:
    text = (pack / "story.toml").read_text("utf-8")
    (pack / "story.toml").write_text(text.replace("[story]\n", "[story]\n" + fields, 1), "utf-8")


def test_a_pack_may_name_its_outlet_url_and_author(pack: Path) -> None:
    set_story_fields(pack, 'outlet = "الشرق"\nurl = "https://example.com/a"\nauthor = "Jane"\n')
    story = load_story(pack)
    assert (story.outlet, story.url, story.author) == ("الشرق", "https://example.com/a", "Jane")
    meta = yaml.safe_load(export_markdown(story, [note(story, "x")], WHEN).split("---\n", 2)[1])
    assert (meta["outlet"], meta["url"], meta["author"]) == (
        "الشرق",
        "https://example.com/a",
        "Jane",
    )


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ('url = "javascript:alert(1)"\n', "story.url: must be an http(s) address"),
        ('url = "https://"\n', "story.url: must be an http(s) address"),
        ('url = "https://exa mple.com"\n', "story.url: must be an http(s) address"),
        ("author = 7\n", "story.author: must be a string"),
        ('outlet = ["a"]\n', "story.outlet: must be a string"),
    ],
)
def test_bad_source_fields_are_reported(
    pack: Path, fields: str, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    set_story_fields(pack, fields)
    assert main(["validate", str(pack)]) == 1
    assert problem in capsys.readouterr().err
