"""Exports into files: re-export merges, --force, no notes no file, JSON, the CLI, the
flow's questions, and the pack's optional source fields."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from scaletui.cli import main
from scaletui.notes import Anchor, Note, NoteStore
from scaletui.notes.anchoring import article_digest
from scaletui.notes.export import (
    NothingToExport,
    export_json,
    export_markdown,
    export_notes,
)
from scaletui.story import load_story, resolve_pack
from scaletui.story.items import ItemRef

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
LATER = WHEN + timedelta(days=1)


def note(story, body: str, note_id: int = 1, anchor: Anchor | None = None,
         tags: tuple[str, ...] = ()) -> Note:  # fmt: skip
    anchor = anchor or Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text)
    return Note(note_id, story.id, anchor, body, WHEN, WHEN, tags)


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
    other.write_bytes(b"\xff\xfeprecious\n")
    assert main(["--lang", "ar", "export", "-o", str(other), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"scaletui: {other} ليس نصًا") and "--force" in err
    assert other.read_bytes() == b"\xff\xfeprecious\n"


def test_cli_export_to_a_fifo_says_how_to_write_to_a_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], story
) -> None:
    data = tmp_path / "data"
    add_note(data, story, "أول")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert main(["export", "-o", str(fifo), "--data-dir", str(data)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"scaletui: {fifo} is a FIFO (named pipe), not a regular file; name a file, "
        "or use -o - to write to standard output"
    )
    assert main(["--lang", "ar", "export", "-o", "/dev/null", "--data-dir", str(data)]) == 1
    assert capsys.readouterr().err.strip() == (
        "scaletui: /dev/null هو جهاز، لا ملف عادي؛ سمِّ ملفًا، أو استعمل ‎-o -‎ للكتابة إلى "
        "المخرج القياسي"
    )
    assert fifo.exists() and not fifo.is_file()


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
    assert main(["export", "--format", "json", "--force", "--data-dir", str(data)]) == 0
    [copy] = tmp_path.glob(f"{target.name}.bak-*")  # replaced, but kept beside it first
    assert copy.read_text() == '{"mine": true}' and "kept as" in capsys.readouterr().err


def test_cli_export_to_a_json_name_writes_json_as_the_app_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, story
) -> None:
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    add_note(data, story, "للأدوات")
    assert main(["export", "-o", "mine.JSON", "--data-dir", str(data)]) == 0  # (was Markdown)
    assert json.loads((tmp_path / "mine.JSON").read_text("utf-8"))["notes"][0]["body"] == "للأدوات"
    assert main(["export", "-o", "mine.md", "--data-dir", str(data)]) == 0
    assert (tmp_path / "mine.md").read_text("utf-8").startswith("---")  # front matter
    assert (
        main(["export", "-o", "forced.json", "--format", "markdown", "--data-dir", str(data)]) == 0
    )
    assert (tmp_path / "forced.json").read_text("utf-8").startswith("---")  # as asked


def test_a_json_export_holding_notes_this_one_does_not_is_copied_first(
    story, tmp_path: Path
) -> None:
    """A colleague's JSON export of the story saved where ours goes is not lost."""
    target = tmp_path / "notes.json"
    theirs = [note(story, "a colleague's", 1)._replace(uid="c" * 32)]
    export_notes(story, theirs, str(target), WHEN, fmt="json")
    mine = [note(story, "mine", 1)]
    result = export_notes(story, mine, str(target), LATER, fmt="json")
    assert result.backup is not None and "a colleague's" in result.backup.read_text("utf-8")
    assert json.loads(target.read_text("utf-8"))["notes"][0]["body"] == "mine"
    # Our own export again, nothing lost by replacing it: no copy.
    again = export_notes(story, [*mine, note(story, "more", 2)], str(target), LATER, fmt="json")
    assert again.backup is None and len(list(tmp_path.glob("notes.json.bak-*"))) == 1


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
    assert data["story"].pop("article_sha256") == article_digest(story)
    assert data["story"] == {"id": story.id, "title": story.title, "title_en": story.title_en,
                             "language": story.language}  # fmt: skip
    assert data["source"] == {"outlet": "Outlet", "url": "https://example.com/x", "author": None,
                              "published": story.published, "file": story.source,
                              "original": {"outlet": "TechCrunch", "title": story.origin.title,
                                           "author": None, "date": "2025-06", "url": None,
                                           "language": "en", "translated": True}}  # fmt: skip
    by_id = {record["id"]: record for record in data["notes"]}
    for record in data["notes"]:
        assert set(record) == {"id", "uid", "anchor", "quote", "context", "body", "tags",
                               "created", "updated"}  # fmt: skip
        assert set(record["anchor"]) == {"kind", "label", "name", "item", "in_article",
                                         "paragraph", "start", "end", "text", "quote",
                                         "stored"}  # fmt: skip
        stored = {"paragraph": None, "start": None, "end": None}
        note_anchor = next(n.anchor for n in notes if n.id == record["id"])
        stored |= {k: getattr(note_anchor, k) for k in stored}
        assert record["anchor"]["stored"] == stored
        assert record["anchor"]["quote"] == note_anchor.quote
        assert len(record["uid"]) == 32
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
