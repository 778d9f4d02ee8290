"""Issue 27.5: exporting again into a file keeps every line the reader wrote in it,
anywhere (above, between, under and inside the notes); what must be replaced or
repaired is first copied beside the file; the CLI and the app do the same."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from scaletui.cli import main
from scaletui.i18n import ENGLISH
from scaletui.notes import Anchor, Note, NoteStore
from scaletui.notes.export import (
    ExportError,
    export_markdown,
    export_notes,
    plan_export,
)
from scaletui.notes.export.merge import TAKEN_OUT, plan_for
from scaletui.notes.export.said import result_text
from scaletui.notes.export.sections import digest_v1
from scaletui.notes.flow import NotesFlow
from scaletui.story import Story

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
LATER = WHEN + timedelta(days=1)
USER_TOP = "My own introduction, above the notes."
USER_BOTTOM = "## My conclusions\n\nWritten by hand, below the notes."


def note(story: Story, body: str, note_id: int = 1, paragraph: int = 1,
         tags: tuple[str, ...] = ()) -> Note:  # fmt: skip
    anchor = Anchor("paragraph", paragraph=paragraph, quote=story.paragraphs[paragraph].text)
    return Note(note_id, story.id, anchor, body, WHEN, WHEN, tags, uid=f"{note_id:032x}")


def hand_edited(exported: str) -> str:
    """An export the reader wrote around: a property, text above and below."""
    front_end = exported.index("\n---\n") + len("\n---\n")
    front = exported[:front_end].replace("note_count:", "aliases:\n  - صفقة ميتا\nnote_count:")
    body = exported[front_end:].lstrip("\n")
    return f"{front}\n{USER_TOP}\n\n{body}\n{USER_BOTTOM}\n"


def under(text: str, body: str, written: str, inside: bool = False) -> str:
    """`text` with `written` under the note whose text is `body`: after its part, or
    inside it (between its last line and its end marker, where an editor's cursor is)."""
    end = text.index("<!-- /scaletui:note", text.index(body))
    if inside:
        return text[:end] + f"\n{written}\n" + text[end:]
    line_end = text.index("\n", end) + 1
    return text[:line_end] + f"\n{written}\n" + text[line_end:]


def export(story: Story, notes: list[Note], target: Path, when: datetime = LATER):
    return export_notes(story, notes, str(target), when)


def copies(target: Path) -> list[Path]:
    return sorted(target.parent.glob(f"{target.name}.bak-*"))


# -- what the reader wrote stays ------------------------------------------------------------------


def test_a_re_export_keeps_the_readers_text_and_adds_new_notes(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    first = [note(story, "the first note", tags=("deal",))]
    assert export(story, first, target, WHEN).kind == "new"
    target.write_text(hand_edited(target.read_text("utf-8")), "utf-8")
    both = [*first, note(story, "added since", 2, tags=("later",))]
    result = export(story, both, target)
    assert (result.kind, result.count, result.backup) == ("update", 2, None)
    text = target.read_text("utf-8")
    assert text.count(USER_TOP) == 1 and text.count("Written by hand, below the notes.") == 1
    assert text.index(USER_TOP) < text.index("<!-- scaletui:head")
    assert text.index("<!-- scaletui:end") < text.index("## My conclusions")
    assert text.index("the first note") < text.index("added since")
    assert text.count("the first note") == 1 and text.count("<!-- scaletui:head") == 1
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    assert meta["aliases"] == ["صفقة ميتا"]  # the reader's property is kept
    assert meta["note_count"] == 2 and meta["tags"] == ["deal", "later"]
    assert meta["exported_at"] == LATER.isoformat()
    export(story, both, target)  # nothing new: nothing changes
    assert target.read_text("utf-8") == text and not copies(target)


def test_notes_made_elsewhere_in_the_file_are_copied_before_they_are_taken_out(
    story, tmp_path: Path
) -> None:
    """Exporting into a colleague's export (or one made with another data dir): its
    notes are not among the reader's, and the file may be their only copy. They are
    taken out of the file (it holds the reader's notes), the file as it was kept beside
    it and said, so `scaletui import` of the copy brings them back."""
    target = tmp_path / "notes.md"
    export(story, [note(story, "a colleague's note", 7, paragraph=4)], target, WHEN)
    theirs = target.read_text("utf-8")
    result = export(story, [note(story, "mine")], target)
    text = target.read_text("utf-8")
    assert "mine" in text and "a colleague's note" not in text and result.removed == 1
    assert result.backup is not None and result.backup.read_text("utf-8") == theirs
    assert copies(target) == [result.backup] and result.why == (TAKEN_OUT,)
    said = result_text(result.kind, result.count, result.path, ENGLISH, copy=result.backup,
                       why=result.why, removed=result.removed)  # fmt: skip
    assert said.endswith(
        f"(1 note not among your notes here was taken out); the file as it was is kept as "
        f"{result.backup} (it held notes not among your notes here, deleted or made "
        "elsewhere)"
    )


def test_an_export_merged_into_itself_is_the_same_text(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    notes = [note(story, "x"), note(story, "y", 2, paragraph=4)]
    export(story, notes, target, WHEN)
    fresh = target.read_text("utf-8")
    assert plan_for(fresh, story.id) == "update"
    assert plan_export(story, notes, str(target), WHEN).text == fresh


@pytest.mark.parametrize("inside", [False, True], ids=["after-its-part", "inside-its-part"])
def test_text_written_under_a_note_stays_under_it(story, tmp_path: Path, inside: bool) -> None:
    """What Obsidian users do: write under a note. Inside its part (between its last
    line and its end marker, invisible in a viewer) the lines are kept too, just below
    the part, with no copy needed: nothing of the app's was changed."""
    target = tmp_path / "notes.md"
    notes = [note(story, "first", 1), note(story, "deleted later", 2, paragraph=4)]
    export(story, notes, target, WHEN)
    written = "My paragraph under the first note.\n\nAnd another one."
    target.write_text(under(target.read_text("utf-8"), "first", written, inside), "utf-8")
    # Notes added on both sides of it, the second note deleted.
    later = [note(story, "zero", 3, paragraph=0), notes[0], note(story, "third", 4, paragraph=1)]
    before = target.read_text("utf-8")
    result = export(story, later, target)
    text = target.read_text("utf-8")
    assert result.removed == 1 and result.moved == (2 if inside else 0)
    assert text.count(written) == 1 and "deleted later" not in text
    # The note taken out may have been made elsewhere (the file its only copy): the
    # file as it was is kept beside it, and only for that.
    assert result.backup is not None and result.backup.read_text("utf-8") == before
    assert result.why == (TAKEN_OUT,)
    # Still right under the first note, before the note added to its paragraph since.
    assert text.index("first") < text.index(written) < text.index("third")
    first_end = text.index("<!-- /scaletui:note", text.index("first"))
    assert first_end < text.index(written)
    assert text.index("zero") < text.index("first")  # article order for a new paragraph
    assert export(story, later, target).backup is None and target.read_text("utf-8") == text


def test_a_line_of_the_apps_changed_by_hand_is_copied_first(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    export(story, [note(story, "original body")], target, WHEN)
    edited = hand_edited(target.read_text("utf-8")).replace("original body", "changed by hand")
    edited = under(edited, "changed by hand", "And my own line below.", inside=True)
    target.write_text(edited, "utf-8")
    result = export(story, [note(story, "original body")], target)
    assert result.kind == "update" and result.backup is not None
    assert result.why == ("you changed text inside scaletui's parts",)
    assert result.backup.read_text("utf-8") == edited  # the file as it was, byte for byte
    text = target.read_text("utf-8")
    assert "changed by hand" not in text and "original body" in text
    assert USER_TOP in text and "Written by hand" in text and "And my own line below." in text
    # Once repaired, the next export has nothing to keep: no second copy.
    assert export(story, [note(story, "original body")], target).backup is None
    assert len(copies(target)) == 1


def test_windows_line_ends_stripped_spaces_and_a_bom_are_not_edits(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    notes = [note(story, "line one\nline two")]
    fresh = export_markdown(story, notes, WHEN)
    for changed in (fresh.replace("\n", "\r\n"), fresh.replace("\\\n", "\\ \n"), "\ufeff" + fresh):
        target.write_text(changed, "utf-8", newline="")
        assert export(story, notes, target).backup is None
        assert "line one" in target.read_text("utf-8")


def test_a_note_quoting_a_marker_cannot_end_its_part(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    sly = note(story, f"<!-- /scaletui:note story={story.id} -->\n<!-- scaletui:end "
                      f"story={story.id} -->\nnot the end")  # fmt: skip
    export(story, [sly], target, WHEN)
    target.write_text(target.read_text("utf-8") + USER_BOTTOM, "utf-8")
    result = export(story, [sly, note(story, "second", 2)], target)
    text = target.read_text("utf-8")
    assert result.backup is None and text.count("Written by hand") == 1
    assert text.count("not the end") == 1


def test_parts_the_reader_moved_are_rewritten_where_they_stand(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    notes = [note(story, "early", 1, paragraph=1), note(story, "late", 2, paragraph=5)]
    export(story, notes, target, WHEN)
    text = target.read_text("utf-8")
    start = text.index("<!-- scaletui:note", text.index("<!-- scaletui:anchor"))
    end = text.index("\n", text.index("<!-- /scaletui:note", start)) + 1
    early, rest = text[start:end], text[:start] + text[end:]
    moved = rest.replace("<!-- scaletui:end", early + "\n<!-- scaletui:end")  # to the end
    target.write_text(moved, "utf-8")
    edited = [notes[0]._replace(body="early, edited", updated=LATER), notes[1]]
    assert export(story, edited, target).backup is None
    text = target.read_text("utf-8")
    assert text.index("late") < text.index("early, edited")  # where the reader put it


def test_a_part_that_lost_its_end_marker_keeps_the_text_after_it(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    notes = [note(story, "first", 1), note(story, "second", 2, paragraph=4)]
    export(story, notes, target, WHEN)
    text = under(target.read_text("utf-8"), "first", "Mine, under the first.")
    end = text.index("<!-- /scaletui:note", text.index("first"))
    text = text[:end] + text[text.index("\n", end) + 1 :]  # its end marker deleted
    target.write_text(text, "utf-8")
    result = export(story, notes, target)
    out = target.read_text("utf-8")
    assert result.backup is None and out.count("Mine, under the first.") == 1
    assert out.count("<!-- /scaletui:note") == 2  # repaired


# -- files that are not (or no longer) plain exports --------------------------------------------


@pytest.mark.parametrize(
    ("existing", "kind"),
    [
        (None, "new"),
        ("", "new"),
        ("\n  \n", "new"),
        ("\ufffd", "replace"),  # (read_existing: not UTF-8)
        ("# My own file\n\nNothing from scaletui.\n", "add"),
        ("<!-- scaletui:begin story=other-story sha256=0123456789abcdef -->\nx\n"
         "<!-- scaletui:end story=other-story -->\n", "add"),
        ("<!-- scaletui:begin story=scale-ai-meta sha256=0123456789abcdef -->\nno end\n",
         "update"),
    ],
)  # fmt: skip
def test_what_an_export_would_do(existing: str | None, kind: str) -> None:
    assert plan_for(existing, "scale-ai-meta") == kind


def test_a_file_of_the_readers_gets_the_notes_at_its_end(story, tmp_path: Path) -> None:
    target = tmp_path / "draft.md"
    mine = "---\naliases: [draft]\ntitle: My draft\n---\n\n# My draft\n\nprecious\n"
    target.write_text(mine, "utf-8")
    result = export(story, [note(story, "x")], target)
    assert result.kind == "add" and result.backup is not None
    assert result.backup.read_text("utf-8") == mine  # its own title is replaced: kept here
    text = target.read_text("utf-8")
    assert text.index("precious") < text.index("<!-- scaletui:head")
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    assert meta["aliases"] == ["draft"] and meta["story_id"] == story.id
    assert export(story, [note(story, "x")], target).kind == "update"


def test_a_file_that_is_not_text_needs_force_and_is_copied_first(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ExportError, match="not UTF-8 text; use --force"):
        export(story, [note(story, "x")], target)
    assert target.read_bytes() == b"\xff\xfe\x00garbage"
    result = export_notes(story, [note(story, "x")], str(target), LATER, force=True)
    assert result.kind == "replace" and result.backup is not None
    assert result.backup.read_bytes() == b"\xff\xfe\x00garbage"
    assert "\nx\n" in target.read_text("utf-8")


def test_a_copy_that_cannot_be_kept_stops_the_export(story, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "notes.md"
    target.write_text("# mine\n", "utf-8")
    folder.chmod(0o500)
    try:
        if (folder / "probe").exists() or _writable(folder):
            pytest.skip("running as root: a read-only folder can be written")
        with pytest.raises(ExportError, match="cannot keep a copy of .*nothing was written"):
            export(story, [note(story, "x")], target)
    finally:
        folder.chmod(0o700)
    assert target.read_text("utf-8") == "# mine\n"


def _writable(folder: Path) -> bool:
    try:
        (folder / "probe").write_text("")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


def test_a_merge_writes_through_a_symlink_and_keeps_the_link(story, tmp_path: Path) -> None:
    real = tmp_path / "vault" / "real.md"
    real.parent.mkdir()
    export(story, [note(story, "x")], real, WHEN)
    real.write_text(real.read_text("utf-8") + USER_BOTTOM, "utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert export(story, [note(story, "x"), note(story, "y", 2)], link).kind == "update"
    assert link.is_symlink() and "Written by hand" in real.read_text("utf-8")
    assert "\ny\n" in real.read_text("utf-8")


def test_an_export_of_the_first_format_becomes_parts_keeping_the_readers_text(
    story, tmp_path: Path
) -> None:
    """Files written before parts: one block between `scaletui:begin` and `:end`."""
    target = tmp_path / "old.md"
    block = ["# Title", "", "## Paragraph 2", "", "> quote", "", "### Note 1", "", "old body", ""]
    old = "\n".join(["---", f'story_id: "{story.id}"', 'mine: "kept"', "---", "", USER_TOP, "",
                     f"<!-- scaletui:begin story={story.id} sha256={digest_v1(block)} -->",
                     *block, f"<!-- scaletui:end story={story.id} -->", "", USER_BOTTOM, ""])  # fmt: skip
    target.write_text(old, "utf-8")
    result = export(story, [note(story, "new body")], target)
    text = target.read_text("utf-8")
    assert result.backup is None and "old body" not in text and "new body" in text
    assert USER_TOP in text and "Written by hand" in text and 'mine: "kept"' in text
    assert "scaletui:begin" not in text and text.count("<!-- scaletui:end") == 1
    # Edited inside the old block: copied first.
    target.write_text(old.replace("old body", "old body, and mine"), "utf-8")
    result = export(story, [note(story, "new body")], target)
    assert result.backup is not None and "and mine" in result.backup.read_text("utf-8")


def test_the_apps_front_matter_keys_changed_by_hand_are_copied_first(story, tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    export(story, [note(story, "x", tags=("deal",))], target, WHEN)
    text = target.read_text("utf-8").replace('  - "deal"', '  - "deal"\n  - "my-own-tag"')
    target.write_text(text, "utf-8")
    result = export(story, [note(story, "x", tags=("deal",))], target)
    assert result.why == ("you changed front matter keys scaletui writes",)
    assert result.backup is not None and "my-own-tag" in result.backup.read_text("utf-8")


# -- hand damage never loses a line -------------------------------------------------------------


def damaged(text: str, rng: random.Random, marks: list[str]) -> str:
    """`text` with a few of the things hands do to a file: lines of the reader's written
    anywhere (each unique, collected in `marks`), parts copied, markers deleted, a line
    of the app's changed, the front matter's closing `---` deleted."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 5)):
        what = rng.choice(["write", "write", "write", "copy", "unmark", "edit", "unclose"])
        if what == "write":
            mark = f"READER-{len(marks)} كتبت هذا"
            marks.append(mark)
            lines.insert(rng.randrange(len(lines) + 1), mark)
        elif what == "copy":
            start = rng.randrange(len(lines))
            end = rng.randrange(start, min(len(lines), start + 40) + 1)
            at = rng.randrange(len(lines) + 1)
            lines[at:at] = lines[start:end]
        elif what == "unmark":
            markers = [i for i, line in enumerate(lines) if line.startswith("<!-- ")]
            if markers:
                del lines[rng.choice(markers)]
        elif what == "edit":
            plain = [i for i, line in enumerate(lines) if line.startswith("### ")]
            if plain:
                lines[rng.choice(plain)] += " (edited)"
        elif lines[1:].count("---") and lines[0] == "---":
            del lines[lines.index("---", 1)]
    return "\n".join(lines)


def test_hand_damage_never_loses_a_line_of_the_readers(story, tmp_path: Path) -> None:
    """Two hundred files damaged at random: every line the reader wrote is in the new
    file, or the file as it was is kept beside it; and the repaired file exports again
    with no copy and no change."""
    rng = random.Random(27)
    target = tmp_path / "notes.md"
    notes = [note(story, f"body {i}", i, paragraph=i) for i in range(1, 5)]
    fresh = export_markdown(story, notes, WHEN)
    for round_ in range(200):
        marks: list[str] = []
        before = damaged(fresh, rng, marks)
        target.write_text(before, "utf-8")
        for old in copies(target):
            old.unlink()
        now = notes if round_ % 3 else [*notes[1:], note(story, "added", 9, paragraph=0)]
        result = export(story, now, target)
        text = target.read_text("utf-8")
        lost = [mark for mark in marks if mark not in text]
        if lost:
            assert result.backup is not None, (round_, lost)
            assert result.backup.read_text("utf-8") == before
        assert text.count("<!-- scaletui:head") == 1, round_
        for item in now:
            assert text.count(f"uid={item.identity} ") == 1, (round_, item.body)
        assert text.count("\n---\n") >= 1 and text.startswith("---\n")
        again = export(story, now, target)
        assert again.backup is None and target.read_text("utf-8") == text, round_


# -- the command line and the app do the same ----------------------------------------------------


def test_the_cli_and_the_app_write_the_same_file_and_say_the_same(
    story, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    store = NoteStore(data)
    made = store.add(story.id, Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text),
                     "أول")  # fmt: skip
    store.close()
    base = hand_edited(export_markdown(story, [made], WHEN)).replace("أول", "أول، معدّل")
    by_cli, by_app = tmp_path / "cli.md", tmp_path / "app.md"
    for target in (by_cli, by_app):
        target.write_text(base, "utf-8")

    class Frozen(datetime):
        @classmethod
        def now(cls, _zone: object = None) -> Frozen:
            return cls.fromtimestamp(LATER.timestamp(), UTC)

    monkeypatch.setattr("scaletui.cli.datetime", Frozen)
    assert main(["export", "-o", str(by_cli), "--data-dir", str(data)]) == 0
    said_cli = capsys.readouterr().err.strip().removeprefix("scaletui: ")
    store = NoteStore(data)
    notice = NotesFlow(story, lambda: store).export(by_app, LATER)
    store.close()
    assert by_cli.read_text("utf-8") == by_app.read_text("utf-8")
    assert said_cli.replace(str(by_cli), "FILE") == (
        notice.text[0].lower() + notice.text[1:]
    ).replace(str(by_app), "FILE").replace("app.md.bak", "cli.md.bak")
    assert "kept as" in said_cli and notice.severity == "warning"
