"""The Markdown export: golden file, logical Arabic, YAML front matter, safe writes."""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from scaletui.cli import main
from scaletui.notes import Anchor, Note, NoteStore
from scaletui.notes.export import (
    ExportError,
    export_markdown,
    resolve_anchor,
    write_export,
)
from scaletui.story.items import ItemRef

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "golden" / "scale-ai-meta-notes.md"
EXPORTED_AT = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def fixed_notes(story) -> list[Note]:
    def at(hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 11, 20, hour, minute, tzinfo=UTC)

    p3 = story.paragraphs[3]
    wang = next(p for p in story.paragraphs if "يبلغ وانغ" in p.text)
    start = wang.text.index("وانغ")
    return [
        Note(1, story.id, Anchor("paragraph", paragraph=3, quote=p3.text),
             "الصفقة تشبه **واتساب**؟\n\n- check the 2014 price", at(9), at(9), ("deal",)),
        Note(2, story.id, Anchor("item", item=ItemRef("event", "facebook-buys-instagram")),
             "Instagram: $1B in 2012.", at(10), at(11, 30), ()),
        Note(3, story.id, Anchor("span", paragraph=wang.index, start=start, end=start + 4,
                                 quote="وانغ"),
             "عمره 28 عامًا فقط.", at(11), at(11), ("people", "age")),
        Note(4, story.id, Anchor("paragraph", paragraph=3, quote=p3.text),
             "A second note on the same paragraph.", at(12), at(12), ()),
        Note(5, story.id, Anchor("item", item=ItemRef("person", "alexandr-wang")),
             "Leads the new lab.", at(13), at(13), ()),
        Note(6, story.id, Anchor("paragraph", paragraph=99, quote="فقرة حذفت من المقال"),
             "Orphaned: its paragraph is gone.", at(14), at(14), ()),
    ]  # fmt: skip


def test_golden_markdown(story) -> None:
    text = export_markdown(story, fixed_notes(story), EXPORTED_AT)
    if os.environ.get("SCALETUI_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_front_matter_is_yaml(story) -> None:
    text = export_markdown(story, fixed_notes(story), EXPORTED_AT)
    _, front, _ = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    assert meta == {
        "story_id": "scale-ai-meta",
        "title": story.title,
        "title_en": story.title_en,
        "source": "seeds/000_77bd331cf6a7af78.txt",
        "exported_at": "2026-11-24T12:00:00+00:00",
        "note_count": 6,
    }


def test_quoted_arabic_is_the_articles_logical_text(story) -> None:
    text = export_markdown(story, fixed_notes(story), EXPORTED_AT)
    quoted = [line[2:] for line in text.splitlines() if line.startswith("> ")]
    assert story.paragraphs[3].text in quoted  # byte for byte
    for line in quoted:
        # never presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF)
        assert not any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in line)
    article = "\n".join(p.text for p in story.paragraphs)
    for line in quoted:
        if line != "فقرة حذفت من المقال":
            assert (
                line in article
                or any(line == e.title_ar for e in story.events)
                or any(line == e.name_ar for e in story.entities.values())
            )


def test_article_order_and_grouping(story) -> None:
    text = export_markdown(story, fixed_notes(story), EXPORTED_AT)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    # paragraph 4 (Wang first named in paragraph 2) ... orphan last
    assert headings[-1] == "## A passage no longer in the article"
    assert headings.count("## Paragraph 4") == 1  # two notes, one heading
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert text.index("### Note 1 ") < text.index("### Note 4 ")


def test_anchor_survives_an_edit_to_its_paragraph(story) -> None:
    p3 = story.paragraphs[3]
    anchor = Anchor("paragraph", paragraph=3, quote=p3.text)
    edited = list(story.paragraphs)
    edited.insert(1, p3._replace(text="فقرة جديدة أضيفت في البداية."))
    edited[4] = p3._replace(text=p3.text.replace("15 مليار", "14.3 مليار"))
    edited = [p._replace(index=i) for i, p in enumerate(edited)]
    moved = replace(story, paragraphs=tuple(edited))
    assert resolve_anchor(moved, anchor).position == (4, 0)


def test_write_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    assert write_export("one\n", str(target)) == target
    with pytest.raises(ExportError, match="exists; use --force"):
        write_export("two\n", str(target))
    assert target.read_text() == "one\n"
    write_export("two\n", str(target), force=True)
    assert target.read_text() == "two\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]  # no temporary left


def test_missing_and_read_only_directories(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no such directory"):
        write_export("x", str(tmp_path / "missing" / "notes.md"))
    if os.geteuid() == 0:
        read_only = Path("/sys")  # even root cannot create files here
    else:
        read_only = tmp_path / "ro"
        read_only.mkdir()
        read_only.chmod(0o500)
    with pytest.raises(ExportError, match="cannot write"):
        write_export("x", str(read_only / "notes.md"))


def test_a_failed_write_leaves_the_previous_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.md"
    target.write_text("previous export\n")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_export("new export\n" * 1000, str(target), force=True)
    assert target.read_text() == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]


def test_cli_export_to_stdout_file_and_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], story
) -> None:
    data = tmp_path / "data"
    store = NoteStore(data)
    store.add(story.id, Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text), "أول")
    store.close()
    assert main(["export", "-o", "-", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "note_count: 1" in out and f"> {story.paragraphs[1].text}" in out
    target = tmp_path / "out.md"
    assert main(["export", "-o", str(target), "--data-dir", str(data)]) == 0
    assert f"wrote 1 notes to {target}" in capsys.readouterr().err
    assert main(["export", "-o", str(target), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"scaletui: {target} exists; use --force to overwrite it"
    assert main(["export", "-o", str(target), "--force", "--data-dir", str(data)]) == 0


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
    assert main(["export", "-o", "-", "--data-dir", str(data)]) == 0
    err = capsys.readouterr().err
    assert "notes were recovered" in err and "was kept as" in err
    assert list(data.glob("notes.db.corrupt-*"))


def test_control_sequences_from_the_text_never_reach_the_export(story, tmp_path: Path) -> None:
    from dataclasses import replace

    hostile = replace(story, title=story.title + "\x1b[2J\x1b]52;c;aGk=\x07")
    note = Note(1, story.id, Anchor("paragraph", paragraph=1), "body \x1b]0;pwned\x07 end\x9b",
                WHEN, WHEN)  # fmt: skip
    text = export_markdown(hostile, [note], WHEN)
    assert not any(char in text for char in "\x1b\x07\x9b")
    assert "\u241b[2J" in text and "\u2407" in text  # shown, as ␛ and ␇
    assert "\n" in text


def test_export_writes_through_a_symlink_and_refuses_devices_and_fifos(tmp_path: Path) -> None:
    import os

    real = tmp_path / "real.md"
    real.write_text("old\n")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_export("new\n", str(link), force=True)
    assert link.is_symlink() and real.read_text() == "new\n"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="not a regular file"):
        write_export("x\n", str(fifo), force=True)
    with pytest.raises(ExportError, match="not a regular file"):
        write_export("x\n", "/dev/null", force=True)
    assert Path("/dev/null").is_char_device()
