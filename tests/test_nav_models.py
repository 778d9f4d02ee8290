"""The navigation models, directly: history, contents, reading places, the library,
progress and the item detail (no Textual)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scaletui.explore.detail import QUOTE_STYLE, item_detail, story_detail, text_detail
from scaletui.explore.history import History
from scaletui.explore.library import (
    LibraryEntry,
    hit_context,
    library_entries,
    search_library,
)
from scaletui.explore.progress import Progress
from scaletui.notes.model import OpenedFile
from scaletui.notes.positions import POSITIONS_NAME, PositionMemory
from scaletui.story import Paragraph, Span, story_from_text_file
from scaletui.story.items import ItemRef
from scaletui.story.toc import section_of, table_of_contents

# -- history --------------------------------------------------------------------------


def test_back_returns_to_where_the_jump_started_and_forward_comes_back() -> None:
    history = History()
    history.jumped((0, 0), (5, 10))
    assert history.back((5, 10)) == (0, 0)
    assert history.forward((0, 0)) == (5, 10)
    assert history.forward((5, 10)) is None


def test_a_new_jump_after_going_back_drops_the_forward_places() -> None:
    history = History()
    history.jumped((0, 0), (5, 0))
    history.jumped((5, 0), (9, 0))
    assert history.back((9, 0)) == (5, 0)
    history.jumped((5, 0), (2, 0))
    assert not history.can_go_forward
    assert history.back((2, 0)) == (5, 0)
    assert history.back((5, 0)) == (0, 0)
    assert history.back((0, 0)) is None


def test_moves_within_a_paragraph_are_not_jumps_and_the_list_is_bounded() -> None:
    history = History(limit=3)
    history.jumped((4, 0), (4, 80))
    assert not history.can_go_back
    for n in range(10):
        history.jumped((n, 0), (n + 1, 0))
    assert history.back_places == [(7, 0), (8, 0), (9, 0)]


def test_going_back_skips_the_place_the_reader_is_already_at() -> None:
    history = History()
    history.jumped((1, 0), (3, 0))
    history.jumped((3, 0), (1, 0))
    # Standing at (1, 0): the last entry is (3, 0), then (1, 0) is skipped as "here".
    assert history.back((1, 0)) == (3, 0)
    assert history.back((3, 0)) == (1, 0)


# -- table of contents ---------------------------------------------------------------


def test_contents_of_the_bundled_story_are_its_title_and_section_headings(story) -> None:
    entries = table_of_contents(story.paragraphs)
    assert entries[0].level == 0 and entries[0].text == story.title
    headings = [p for p in story.paragraphs if p.kind == "heading"]
    assert [e.paragraph for e in entries[1:]] == [p.index for p in headings]
    assert all(e.level == 1 for e in entries[1:])
    assert section_of(entries, headings[0].index + 1) == entries[1]
    assert section_of(entries, 0) == entries[0]


def test_contents_of_a_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# عنوان\n\nنص.\n\n## قسم أول\n\nنص آخر.\n\n### قسم فرعي\n\n- بند\n",
                    encoding="utf-8")  # fmt: skip
    entries = table_of_contents(story_from_text_file(path).paragraphs)
    assert [(e.text, e.level) for e in entries] == [
        ("عنوان", 0), ("قسم أول", 1), ("قسم فرعي", 1)
    ]  # fmt: skip


def test_a_document_without_headings_has_no_contents() -> None:
    assert table_of_contents((Paragraph(0, "body", "نص"), Paragraph(1, "heading", "  "))) == []


# -- reading places ------------------------------------------------------------------


def test_a_reading_place_is_kept_per_story_and_read_back(tmp_path: Path) -> None:
    assert PositionMemory(tmp_path).get("a") is None
    memory = PositionMemory(tmp_path)
    assert memory.remember("a", (7, 120))
    assert memory.remember("b", (2, 0))
    again = PositionMemory(tmp_path)
    assert again.get("a") == (7, 120) and again.get("b") == (2, 0)
    assert not list(tmp_path.glob(".positions-*"))  # no temporary file left behind


def test_a_reading_place_is_written_without_waiting_on_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept from the event loop as the cursor rests: no fsync (a wait on a busy disk)."""

    def no_sync(fd: int) -> None:
        raise AssertionError("the reading place waited on the disk")

    monkeypatch.setattr(os, "fsync", no_sync)
    assert PositionMemory(tmp_path).remember("a", (3, 4))
    assert PositionMemory(tmp_path).get("a") == (3, 4)


def test_a_damaged_positions_file_is_ignored_and_bad_entries_dropped(tmp_path: Path) -> None:
    (tmp_path / POSITIONS_NAME).write_text("{not json", encoding="utf-8")
    assert PositionMemory(tmp_path).get("a") is None
    (tmp_path / POSITIONS_NAME).write_text('{"a": [1, 2], "b": "x", "c": [-1, 0]}')
    memory = PositionMemory(tmp_path)
    assert memory.get("a") == (1, 2) and memory.get("b") is None and memory.get("c") is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_data_dir_keeps_no_place_and_raises_nothing(tmp_path: Path) -> None:
    tmp_path.chmod(0o555)
    try:
        memory = PositionMemory(tmp_path)
        assert memory.remember("a", (3, 4)) is False
        assert not (tmp_path / POSITIONS_NAME).exists()
    finally:
        tmp_path.chmod(0o755)


def test_a_data_dir_that_cannot_be_made_keeps_no_place(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    memory = PositionMemory(blocker / "data")  # a directory under a regular file
    assert memory.remember("a", (3, 4)) is False
    assert memory.get("a") == (3, 4)  # still known for this run


# -- progress ------------------------------------------------------------------------


def test_progress_counts_paragraphs_from_one_and_reaches_100_at_the_end() -> None:
    progress = Progress([100, 100, 200, 100])
    assert progress.label(0) == "¶ 1/4 · 0%"
    assert progress.label(2, 100) == "¶ 3/4 · 60%"
    assert progress.label(3) == "¶ 4/4 · 100%"
    assert Progress([]).label(0) == ""


def test_progress_extended_as_a_book_arrives_counts_as_if_at_once() -> None:
    lengths = [100, 100, 200, 100, 7, 1]
    progress = Progress(lengths[:2])
    progress.extend([])
    progress.extend(lengths[2:5])
    progress.extend(lengths[5:])
    whole = Progress(lengths)
    assert (progress.starts, progress.count, progress.total) == (
        whole.starts, whole.count, whole.total
    )  # fmt: skip
    assert progress.label(2, 100) == whole.label(2, 100) == "¶ 3/6 · 59%"


# -- library -------------------------------------------------------------------------


def test_library_lists_bundled_stories_then_files_with_note_counts(story, tmp_path) -> None:
    here = tmp_path / "a.md"
    here.write_text("x")
    gone = tmp_path / "gone.md"
    files = [OpenedFile("file-a", str(here)), OpenedFile("file-gone", str(gone)),
             OpenedFile(story.id, str(here))]  # fmt: skip
    entries = library_entries([story], files, {story.id: 3, "file-a": 2})
    assert [(e.kind, e.story_id, e.notes) for e in entries] == [
        ("bundled", story.id, 3), ("file", "file-a", 2)
    ]  # fmt: skip
    # A file is listed by its headline (its first line), under its path.
    assert entries[1].title == "x" and entries[1].source == str(here)
    assert entries[1].subtitle == str(here)


def test_library_lists_an_opened_pack_directory_as_a_pack(story, tmp_path) -> None:
    pack = tmp_path / "my pack"
    pack.mkdir()
    (pack / "story.toml").write_text("")
    not_a_pack = tmp_path / "folder"
    not_a_pack.mkdir()
    opened = [OpenedFile("my-pack", str(pack)), OpenedFile("folder", str(not_a_pack))]
    entries = library_entries([story], opened, {"my-pack": 1})
    assert [(e.kind, e.story_id, e.notes) for e in entries] == [
        ("bundled", story.id, 0), ("pack", "my-pack", 1)
    ]  # fmt: skip
    assert entries[1].title == "my pack" and entries[1].source == str(pack)


def test_hit_context_keeps_the_hit_and_cuts_at_spaces() -> None:
    text = "كلمة " * 30 + "وانغ" + " كلمة" * 30
    start = text.index("وانغ")
    parts = hit_context(text, Span(0, start, start + 4), chars=20)
    assert ("وانغ", "bold reverse") in parts
    assert parts[0][0].startswith("…") and parts[-1][0].endswith("…")
    assert "".join(p for p, _ in parts).replace("…", "") in text


def test_search_across_stories_lists_hits_per_story(story, tmp_path) -> None:
    path = tmp_path / "other.md"
    path.write_text("# خبر آخر\n\nتحدث ألكسندر وانغ عن ميتا.\n", encoding="utf-8")
    other = story_from_text_file(path)
    entries = [
        LibraryEntry("bundled", story.id, story.id, story.title, ""),
        LibraryEntry("file", str(path), other.id, path.name, ""),
    ]
    found = search_library(list(zip(entries, [story, other], strict=True)), "وانغ")
    assert [f.entry.story_id for f in found] == [story.id, other.id]
    assert found[1].total == 1
    hit = found[1].hits[0]
    assert other.paragraphs[hit.span.paragraph].text[hit.span.start : hit.span.end] == "وانغ"
    assert search_library(list(zip(entries, [story, other], strict=True)), "zzzz") == []


# -- the item detail -----------------------------------------------------------------


def test_article_item_detail_shows_its_quote_inside_the_whole_paragraph(story) -> None:
    event = next(e for e in story.events if e.provenance.in_article)
    detail = item_detail(story, ItemRef("event", event.id))
    assert detail is not None and detail.evidence == event.provenance.span
    span = event.provenance.span
    lines = [line for section in detail.sections for line in section.lines]
    paragraph_line = next(line for line in lines if any(s == QUOTE_STYLE for _, s in line.parts))
    assert (
        "".join(text for text, _ in paragraph_line.parts) == story.paragraphs[span.paragraph].text
    )
    quoted = [text for text, style in paragraph_line.parts if style == QUOTE_STYLE]
    assert quoted == [event.provenance.evidence]


def test_context_item_detail_shows_the_whole_note(story) -> None:
    event = next(e for e in story.events if not e.provenance.in_article)
    detail = item_detail(story, ItemRef("event", event.id))
    assert detail is not None and detail.evidence == event.provenance.span
    texts = [t for s in detail.sections for line in s.lines for t, _ in line.parts]
    assert event.provenance.note in texts


def test_person_detail_has_sayings_aliases_and_surface_form_counts(story) -> None:
    person = next(p for p in story.people if p.paraphrase_ar)
    entity = story.entity(person.entity)
    counted: list[str] = []

    def count(e, form: str) -> int:
        counted.append(form)
        return 7

    detail = item_detail(story, ItemRef("person", person.entity), count)
    assert detail is not None and detail.arabic == entity.name_ar
    texts = [t for s in detail.sections for line in s.lines for t, _ in line.parts]
    assert person.paraphrase_ar in texts and person.paraphrase_en in texts
    assert counted == list(entity.surface_forms) and "  (7)" in texts


def test_competitor_detail_names_what_it_competes_with_and_as_what(story) -> None:
    rival = story.competitors[0]
    detail = item_detail(story, ItemRef("competitor", rival.entity))
    assert detail is not None
    texts = " ".join(t for s in detail.sections for line in s.lines for t, _ in line.parts)
    group = story.rival_group(rival.group)
    assert group is not None
    assert story.entity(rival.competes_with).name_en in texts and group.as_en in texts


def test_story_detail_and_a_status_text(story) -> None:
    detail = story_detail(story)
    texts = [t for s in detail.sections for line in s.lines for t, _ in line.parts]
    assert story.summary_en in texts and story.title in texts
    whole = text_detail("Status", (("a long sentence", ""),), detail)
    assert whole.sections[0].lines[0].parts == (("a long sentence", ""),)
    assert whole.sections[1:] == detail.sections
    assert item_detail(story, ItemRef("note", "1")) is None


def test_context_item_detail_names_each_source_with_outlet_date_and_url(story) -> None:
    event = next(e for e in story.events if e.provenance.sources)
    source = story.sources[event.provenance.sources[0]]
    detail = item_detail(story, ItemRef("event", event.id))
    assert detail is not None
    texts = [t for s in detail.sections for line in s.lines for t, _ in line.parts]
    assert source.outlet in texts and f" · {source.date}" in texts and source.url in texts


def test_number_detail_has_its_status_and_an_entity_its_parent(story) -> None:
    figure = next(n for n in story.numbers if n.status)
    detail = item_detail(story, ItemRef("number", figure.id))
    assert detail is not None
    texts = [t for s in detail.sections for line in s.lines for t, _ in line.parts]
    assert figure.status in texts
    child = next(e for e in story.entities.values() if e.part_of)
    entity_detail = item_detail(story, ItemRef("entity", child.id))
    assert entity_detail is not None
    texts = [t for s in entity_detail.sections for line in s.lines for t, _ in line.parts]
    assert story.entities[child.part_of].name_en in texts
