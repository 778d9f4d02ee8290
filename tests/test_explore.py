"""The explorer's pure pieces: panel rows, paragraph support, marks and status text."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import pytest

from scaletui.explore.citation import item_citation, quote_citation
from scaletui.explore.detail import ItemDetail, item_detail, story_detail
from scaletui.explore.library import (
    LibraryEntry,
    LibraryError,
    file_headline,
    library_entries,
    open_entry,
    search_library,
)
from scaletui.explore.marks import Marks, item_focus, marks_status
from scaletui.explore.rows import (
    ARTICLE_MARK,
    CONTEXT_MARK,
    DRAFT_MARK,
    PANEL_OF_KIND,
    PANEL_TITLES,
    PANELS,
    format_amount,
    panel_items,
    panels_holding,
)
from scaletui.explore.support import ParagraphSupport, support_summary
from scaletui.i18n import ENGLISH, load_language
from scaletui.notes.model import OpenedFile
from scaletui.search import StoryIndex
from scaletui.story import Entity, Span, Story, story_from_text_file
from scaletui.story.items import ItemRef
from scaletui.story.model import Unit

ARABIC = load_language("ar")


def no_mentions(entity: Entity, paragraph: int) -> list[Span]:
    return []


# -- rows ---------------------------------------------------------------------------------


def test_each_panel_lists_its_items_under_their_reference(story: Story) -> None:
    story = story
    keys = {name: [i.item_id for i in panel_items(story, name) if not i.heading] for name in PANELS}
    assert keys["timeline"] == [str(ItemRef("event", e.id)) for e in story.events]
    assert keys["people"] == [str(ItemRef("person", p.entity)) for p in story.people]
    assert sorted(keys["competitors"]) == sorted(
        str(ItemRef("competitor", c.entity)) for c in story.competitors
    )
    assert keys["numbers"] == [str(ItemRef("number", n.id)) for n in story.numbers]
    # Every selectable row is a reference; every heading is not.
    for name in PANELS:
        for item in panel_items(story, name):
            assert (ItemRef.parse(item.item_id) is None) == item.heading, item


def test_rows_carry_the_provenance_mark(story: Story) -> None:
    story = story
    rows = {i.item_id: i for i in panel_items(story, "competitors")}
    for competitor in story.competitors:
        first_line = rows[f"competitor:{competitor.entity}"].lines[0][0]
        mark = ARTICLE_MARK if competitor.provenance.in_article else CONTEXT_MARK
        assert first_line.startswith(mark + " ")


def test_competitors_are_grouped_under_the_packs_headings(story: Story) -> None:
    rows = panel_items(story, "competitors")
    headings = [i for i in rows if i.heading]
    assert [i.item_id for i in headings] == [f"group:{g.id}" for g in story.rival_groups]
    assert [i.lines[0][0] for i in headings] == [g.label_en for g in story.rival_groups]
    arabic = [i.lines[0][0] for i in panel_items(story, "competitors", ARABIC) if i.heading]
    assert arabic == [g.label_ar for g in story.rival_groups]
    assert rows[0].heading


def test_a_competitor_in_no_group_is_listed_under_other_competitors(story: Story) -> None:
    """A pack may leave a competitor's `group` out: it is still listed (and counted)."""
    loose = story.competitors[0]._replace(group="")
    changed = story._replace(competitors=(loose, *story.competitors[1:]))
    rows = panel_items(changed, "competitors")
    ids = [row.item_id for row in rows]
    assert f"competitor:{loose.entity}" in ids
    assert ids[-2:] == ["group:", f"competitor:{loose.entity}"]
    assert rows[-2].lines[0][0] == "Other competitors"
    arabic = panel_items(changed, "competitors", ARABIC)
    assert arabic[-2].lines[0][0] == "منافسون آخرون"


def test_every_panel_marks_each_item(story: Story) -> None:
    """◆ or ◇ on every item of every panel: the People panel too (Friedman, Gross and
    Droege are not in the article and must not look like its people)."""
    for name in PANELS:
        for language in (ENGLISH, ARABIC):
            for row in panel_items(story, name, language):
                if not row.heading:
                    assert row.lines[0][0][:2] in (f"{ARTICLE_MARK} ", f"{CONTEXT_MARK} "), row
    people = {row.item_id: row.lines[0][0] for row in panel_items(story, "people")}
    for outsider in ("nat-friedman", "daniel-gross", "jason-droege"):
        assert people[f"person:{outsider}"].startswith(CONTEXT_MARK)
    assert people["person:alexandr-wang"].startswith(ARTICLE_MARK)


def test_an_items_aside_is_its_own_line_marked_as_outside_context(story: Story) -> None:
    rows = {row.item_id: row for row in panel_items(story, "numbers")}
    stake = rows["number:scale-ai-stake"]
    assert stake.lines[0][0] == f"{ARTICLE_MARK} 49% · Meta's stake in Scale AI"
    assert stake.lines[1][0] == f"{CONTEXT_MARK} Non-voting; confirmed by Scale AI on 12 June 2025"
    arabic = {row.item_id: row for row in panel_items(story, "numbers", ARABIC)}
    assert arabic["number:scale-ai-stake"].lines[1][0].startswith(f"{CONTEXT_MARK} بلا حق تصويت")
    wang = {row.item_id: row for row in panel_items(story, "people")}["person:alexandr-wang"]
    role = wang.lines[1][0]
    assert "Chief AI Officer" not in role and "2025" not in role  # the article's words only
    assert wang.lines[2][0].startswith(f"{CONTEXT_MARK} Left Scale AI for Meta")


def test_a_declared_currency_is_written_with_its_own_name() -> None:
    dirham = Unit("AED", "currency", "UAE dirhams", "درهم")
    assert format_amount(15e9, dirham) == "15B AED"
    assert format_amount(15e9, dirham, ARABIC) == "١٥ مليار درهم"
    dollar = Unit("USD", "currency", "US dollars", "دولار", "$")
    assert format_amount(14.3e9, dollar) == "$14.3B"
    assert format_amount(2.5e6, dollar, ARABIC) == "٢٫٥ مليون دولار"


# -- the detail view and citations ----------------------------------------------------------


def texts_of(detail: ItemDetail | None) -> list[str]:
    assert detail is not None
    return ["".join(t for t, _ in line.parts) for s in detail.sections for line in s.lines]


def test_a_persons_quote_is_their_words_and_the_summary_a_paraphrase(story: Story) -> None:
    texts = texts_of(item_detail(story, ItemRef("person", "robert-nishihara")))
    person = next(p for p in story.people if p.entity == "robert-nishihara")
    assert person.quote_span is not None
    where = f"(paragraph {person.quote_span.paragraph + 1})"
    at = texts.index(f"{ARTICLE_MARK} Their words, as the article quotes them: {where}")
    assert texts[at + 1] == f"«{person.quote}»"
    said = "What the article says of them (our paraphrase, not their words):"
    assert texts[texts.index(said) + 1] == person.paraphrase_ar
    assert "Says (Arabic):" not in texts and "Says (English):" not in texts


def test_an_article_items_added_facts_are_shown_as_the_packs(story: Story) -> None:
    """Wang's ◆ detail shows his later role under ◇, with its note and sources: it no
    longer reads "◆ The article states it" over a fact the article does not state."""
    detail = item_detail(story, ItemRef("person", "alexandr-wang"))
    assert detail is not None
    headings = [s.heading for s in detail.sections]
    assert headings[:3] == ["Key figure", "Evidence", "Context"]
    context = ["".join(t for t, _ in line.parts) for line in detail.sections[2].lines]
    assert context[0] == f"{CONTEXT_MARK} Added by the pack: the article does not state it"
    assert any("Chief AI Officer" in text for text in context)
    evidence = ["".join(t for t, _ in line.parts) for line in detail.sections[1].lines]
    assert not any("Chief AI Officer" in text for text in evidence)
    texts = texts_of(item_detail(story, ItemRef("person", "mark-zuckerberg")))
    assert f"{ARTICLE_MARK} The article gives no role" in texts


def test_the_story_detail_names_the_articles_source(story: Story) -> None:
    detail = story_detail(story)
    source = next(s for s in detail.sections if s.heading == "Source")
    texts = ["".join(t for t, _ in line.parts) for line in source.lines]
    assert texts[0] == "A translation from English of:"
    assert texts[1].startswith("TechCrunch")
    assert "Can Scale AI and Alexandr Wang reignite Meta's AI efforts?" in texts
    assert "Author: not known" in texts and "Address: not verified" in texts
    assert f"File: {story.source}" in texts_of(detail)  # the file, not called the source
    assert "TechCrunch" in detail.citation


def test_a_citation_is_the_articles_words_its_source_and_paragraph(story: Story) -> None:
    stake = story.figure("scale-ai-stake")
    assert stake is not None and stake.provenance.span is not None
    cited = item_citation(story, ItemRef("number", "scale-ai-stake"))
    quote, source = cited.split("\n")
    assert quote == f"«{stake.provenance.evidence}»"  # logical order, verbatim
    assert source.startswith("— TechCrunch, “Can Scale AI and Alexandr Wang reignite")
    assert f"in Arabic translation: «{story.title}»" in source
    assert source.endswith(f"paragraph {stake.provenance.span.paragraph + 1} of 22")
    assert "voting" not in cited  # the pack's aside is not the article's
    arabic = quote_citation(story, story.paragraphs[3].text, 3, None, ARABIC)
    assert arabic.endswith("الفقرة ٤ من ٢٢") and story.paragraphs[3].text in arabic
    across = quote_citation(story, "أ\n\nب", 3, 4)
    assert across.startswith("«أ ب»") and across.endswith("paragraphs 4-5 of 22")


def test_an_outside_item_is_cited_as_the_packs_with_its_sources(story: Story) -> None:
    cited = item_citation(story, ItemRef("event", "scale-ai-layoffs"))
    lines = cited.split("\n")
    assert lines[0].startswith(f"Event 2025-07-16: {CONTEXT_MARK} Scale AI lays off")
    assert lines[0].endswith("— not in the article") and "«" not in cited
    assert lines[-1].startswith("Sources: UPI (Allen Cone), “Scale AI lays off 14% staff")
    assert "https://www.upi.com/" in lines[-1]
    # The slip travels with the quote it concerns.
    deal = item_citation(story, ItemRef("event", "meta-scale-deal-reported"))
    assert "not in the article" in deal  # a context event is cited as the pack's


# -- the library ------------------------------------------------------------------------------


def test_a_file_is_listed_by_its_headline(story: Story, tmp_path: Path) -> None:
    marked = tmp_path / "a.md"
    marked.write_text("\ufeff\n\n#  عنوان الخبر  \n\nنص.\n", encoding="utf-8")
    plain = tmp_path / "b.txt"
    plain.write_text("السطر الأول\nالثاني\n", encoding="utf-8")
    latin1 = tmp_path / "c.txt"
    latin1.write_bytes("caf\xe9 au lait\n".encode("latin-1"))
    empty = tmp_path / "d.txt"
    empty.write_text("\n\n", encoding="utf-8")
    assert file_headline(marked) == "عنوان الخبر"
    assert file_headline(plain) == "السطر الأول"
    assert file_headline(latin1) is None and file_headline(empty) is None
    assert file_headline(tmp_path / "gone.txt") is None
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert file_headline(fifo) is None  # not waited on
    opened = [
        OpenedFile(str(i), str(path)) for i, path in enumerate((marked, plain, latin1, empty))
    ]
    entries = library_entries([], opened, {})
    assert [e.title for e in entries] == ["عنوان الخبر", "السطر الأول", "c.txt", "d.txt"]
    assert [e.subtitle for e in entries] == [str(marked), str(plain), str(latin1), str(empty)]


def test_a_file_opened_in_an_encoding_is_listed_and_opened_in_it(tmp_path: Path) -> None:
    # An old Arabic archive in Windows-1256: read as UTF-8 it has no headline and does
    # not open ("not valid UTF-8 at byte 0"); in the encoding it was opened in, both.
    path = tmp_path / "archive.txt"
    path.write_bytes("خبر من الأرشيف\n\nقال أحمد العمري إن الشركة أطلقت خدمة.\n".encode("cp1256"))
    assert file_headline(path) is None
    assert file_headline(path, "cp1256") == "خبر من الأرشيف"
    assert file_headline(path, "no-such-codec") is None
    [as_utf8] = library_entries([], [OpenedFile("old", str(path))], {})
    assert as_utf8.title == "archive.txt" and as_utf8.encoding is None
    with pytest.raises(LibraryError, match="--encoding cp1256"):
        open_entry(as_utf8, None)
    [entry] = library_entries([], [OpenedFile("old", str(path), "cp1256")], {"old": 2})
    assert (entry.title, entry.encoding, entry.notes) == ("خبر من الأرشيف", "cp1256", 2)
    opened = open_entry(entry, None)
    assert opened.paragraphs == story_from_text_file(path, "cp1256").paragraphs
    assert opened.encoding == "cp1256"  # remembered so again when its notes are loaded
    # A pack directory's entry carries none (a pack is UTF-8).
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "story.toml").write_text("")
    [pack_entry] = library_entries([], [OpenedFile("pack", str(pack), "cp1256")], {})
    assert pack_entry.kind == "pack" and pack_entry.encoding is None


def test_a_hit_opened_from_the_library_brings_all_the_storys_hits(story: Story) -> None:
    entry = LibraryEntry("bundled", story.id, story.id, story.title, "")
    [found] = search_library([(entry, story)], "ميتا", limit=3)
    assert len(found.hits) == 3 and found.total == len(found.spans) > 3
    at = found.at(1)
    assert at.spans == found.spans and at.query == "ميتا"
    assert at.spans[at.position] == found.hits[1].span
    marks = Marks("hits", at.spans, at.position, kind="hits").step(1)
    assert marks.current == found.spans[2]  # `n` goes on to the next


def test_the_dollar_chart_runs_largest_first(story: Story) -> None:
    chart = panel_items(story, "numbers")[0]
    assert chart.heading and chart.bars
    values = [bar.value for bar in chart.bars]
    assert values == sorted(values, reverse=True)
    assert chart.bars[0].caption == "$29B"  # Scale AI's valuation with Meta's stake
    assert [bar.caption for bar in chart.bars][1:4] == ["$19B", "$15B", "$14.3B"]


def test_number_rows_mark_the_article_and_outside_context(story: Story) -> None:
    rows = {row.item_id: row for row in panel_items(story, "numbers")}
    quoted = rows["number:scale-ai-stake"].lines[0][0]
    confirmed = rows["number:scale-ai-investment-confirmed"].lines[0][0]
    assert quoted.startswith(f"{ARTICLE_MARK} 49%")
    assert confirmed.startswith(f"{CONTEXT_MARK} $14.3B")


def test_a_drafted_story_lists_every_entity_as_a_person_row(story: Story) -> None:
    draft = story._replace(draft=True)
    rows = panel_items(draft, "people")
    assert rows[0].heading and DRAFT_MARK in rows[0].lines[0][0]
    # Every entity, in order; one with a people row opens as a key figure, its role shown.
    people = {p.entity: p.role for p in draft.people}
    assert [r.item_id for r in rows[1:]] == [
        f"person:{key}" if key in people else f"entity:{key}" for key in draft.entities
    ]
    with_role = next(r for r in rows[1:] if r.item_id.startswith("person:"))
    assert with_role.lines[1] == (people[with_role.item_id.split(":")[1]], "dim")


def test_panels_holding_finds_the_first_listed_reference(story: Story) -> None:
    items = {name: panel_items(story, name) for name in PANELS}
    refs = (ItemRef("person", "openai"), ItemRef("competitor", "openai"))
    assert panels_holding(items, refs) == [("competitors", "competitor:openai")]


# -- paragraph support -------------------------------------------------------------------


def test_evidence_supports_its_paragraph(story: Story) -> None:
    support = ParagraphSupport(story, no_mentions)
    for event in story.events:
        if event.provenance.span is not None:
            assert f"event:{event.id}" in support.of(event.provenance.span.paragraph)


def test_a_mention_supports_its_paragraph_without_any_quote_there(story: Story) -> None:
    """Kills the mutant that drops mentions from paragraph support."""
    far = len(story.paragraphs) + 5  # no evidence anywhere near it

    def mentions_in(entity: Entity, paragraph: int) -> list[Span]:
        named = paragraph == far and entity.id in ("jack-rae", "turing")
        return [Span(far, 0, 3)] if named else []

    assert ParagraphSupport(story, mentions_in).of(far) == {"person:jack-rae", "competitor:turing"}
    assert ParagraphSupport(story, no_mentions).of(far) == set()


def whole_book_support(story: Story, index: StoryIndex) -> dict[int, set[str]]:
    """Every paragraph's support at once, as the app found it before it asked paragraph by
    paragraph: each item's evidence, and every mention of its entity in the whole book."""
    support: dict[int, set[str]] = {}
    located = [(ItemRef("event", e.id), e.provenance.span) for e in story.events]
    located += [(ItemRef("number", n.id), n.provenance.span) for n in story.numbers]
    named = [(ItemRef("person", p.entity), p.provenance.span) for p in story.people]
    named += [(ItemRef("competitor", c.entity), c.provenance.span) for c in story.competitors]
    for ref, span in located + named:
        if span is not None:
            support.setdefault(span.paragraph, set()).add(str(ref))
    for ref, _ in named:
        for span in index.mentions(story.entity(ref.key)):
            support.setdefault(span.paragraph, set()).add(str(ref))
    return support


def drafted_seed(tmp_path: Path) -> Story:
    """The seed article opened as a file: its items drafted, not the pack's."""
    seed = next((Path(__file__).parent.parent / "seeds").glob("*.txt"))
    path = tmp_path / "seed.txt"
    path.write_bytes(seed.read_bytes())
    return story_from_text_file(path)


@pytest.fixture(params=["pack", "drafted file"])
def pack_or_drafted(request: pytest.FixtureRequest, story: Story, tmp_path: Path) -> Story:
    """The story as its pack gives it, and the same article opened as a file (drafted)."""
    return story if request.param == "pack" else drafted_seed(tmp_path)


def test_each_paragraphs_support_is_what_the_whole_book_search_found(
    pack_or_drafted: Story,
) -> None:
    story = pack_or_drafted
    texts = [p.text for p in story.paragraphs]
    whole = whole_book_support(story, StoryIndex(texts, story.entities.values()))
    index = StoryIndex(texts, story.entities.values())
    support = ParagraphSupport(story, index.mentions_in)
    for paragraph in range(len(story.paragraphs) + 1):
        assert support.of(paragraph) == whole.get(paragraph, set()), paragraph
    # Not evidence alone: some paragraph supports an item only by naming it.
    evidence = ParagraphSupport(story, no_mentions)
    assert any(evidence.of(p) != whole[p] for p in whole)
    assert len(story.people) >= 3 and sum(map(bool, whole.values())) > 5


class NoWholeBookIndex(StoryIndex):
    def mentions(self, entity: Entity) -> tuple[Span, ...]:
        raise AssertionError(f"every mention of {entity.id} in the whole book looked for")


def test_asking_about_one_paragraph_looks_at_no_other(story: Story) -> None:
    index = NoWholeBookIndex([p.text for p in story.paragraphs], story.entities.values())
    asked: list[int] = []

    def mentions_in(entity: Entity, paragraph: int) -> tuple[Span, ...]:
        asked.append(paragraph)
        return index.mentions_in(entity, paragraph)

    support = ParagraphSupport(story, mentions_in)
    assert asked == []  # made without a search
    supported = support.of(7)
    assert supported and set(asked) == {7}
    assert len(asked) <= len(story.people) + len(story.competitors)  # once per named item


def test_the_summary_counts_supported_items_per_panel(story: Story) -> None:
    supported = {"person:jack-rae", "competitor:turing", "competitor:openai"}
    assert support_summary(supported) == "▶ this paragraph supports: People 1, Rivals 2"
    assert support_summary(set()) == ""


def test_the_summary_counts_what_the_panels_list_without_their_rows(
    pack_or_drafted: Story,
) -> None:
    # The summary counts keys by kind (no rows made): each key a paragraph can support
    # is listed in its kind's panel, so the count is the marked rows' count.
    story = pack_or_drafted
    items = {name: {item.item_id for item in panel_items(story, name)} for name in PANELS}
    texts = [p.text for p in story.paragraphs]
    support = ParagraphSupport(story, StoryIndex(texts, story.entities.values()).mentions_in)
    for paragraph in range(len(story.paragraphs)):
        supported = support.of(paragraph)
        for key in supported:
            ref = ItemRef.parse(key)
            assert ref and key in items[PANEL_OF_KIND[ref.kind]], key
        marked = [(name, len(keys & supported)) for name, keys in items.items()]
        counts = [f"{PANEL_TITLES[name]} {n}" for name, n in marked if n]
        expected = f"▶ this paragraph supports: {', '.join(counts)}" if counts else ""
        assert support_summary(supported) == expected


def test_stepping_wraps_round_both_ends() -> None:
    marks = Marks("Meta", (Span(0, 0, 1), Span(1, 0, 1), Span(2, 0, 1)))
    assert marks.step(1).current == Span(1, 0, 1)
    assert marks.step(-1).current == Span(2, 0, 1)
    assert marks.step(3).current == Span(0, 0, 1)
    assert Marks("none", ()).step(1).current is None


def test_status_text_says_where_the_reader_is() -> None:
    spans = (Span(0, 0, 1), Span(1, 0, 1))
    text = "".join(t for t, _ in marks_status(Marks("Meta", spans, 1)))
    assert text.startswith("2/2 mentions  Meta") and "] next" in text
    one = "".join(t for t, _ in marks_status(Marks("Quote", spans[:1], kind="evidence")))
    assert one.startswith("1/1 evidence  Quote") and "] next" not in one
    none = "".join(t for t, _ in marks_status(Marks("“x”", (), kind="hits")))
    assert none == "“x”: no hits"


def test_opening_a_context_rival_says_the_article_does_not_name_the_rivalry(
    story: Story,
) -> None:
    story = story
    focus = item_focus(story, ItemRef("competitor", "mistral"), [Span(3, 0, 4)])
    assert focus is not None and focus.marks.spans == (Span(3, 0, 4),)
    assert focus.message is not None and focus.message[0][0].startswith(CONTEXT_MARK)
    unnamed = item_focus(story, ItemRef("person", "jack-rae"), [])
    assert unnamed is not None and "not named in the article" in unnamed.message[1][0]  # type: ignore[index]
    assert item_focus(story, ItemRef("entity", "no-such"), []) is None
    assert item_focus(story, ItemRef("note", "1"), None) is None


def test_opening_an_event_marks_its_evidence(story: Story) -> None:
    story = story
    event = story.event("meta-talent-loss-2024")
    assert event is not None
    focus = item_focus(story, ItemRef("event", event.id), None)
    assert focus is not None and focus.message is None
    assert focus.marks.kind == "evidence" and focus.marks.spans == (event.provenance.span,)
    context = item_focus(story, ItemRef("event", "facebook-buys-instagram"), None)
    assert context is not None and context.message is not None
    assert "Not stated in the article" in context.message[0][0]


def test_numbers_never_show_in_exponent_form(story: Story) -> None:
    from scaletui.explore.rows import format_value, plain_number
    from scaletui.story import Figure, Provenance

    def figure(value: float, unit: str) -> Figure:
        return Figure("x", value, unit, "", "", Provenance("article"))

    assert plain_number(90_000_000) == "90,000,000"
    assert plain_number(4.3) == "4.3" and plain_number(1.5e-7) == "0.00000015"
    assert format_value(figure(90_000_000, "number")) == "90,000,000"
    assert format_value(figure(1.5e21, "USD")) == "$1,500,000,000,000B"
    assert format_value(figure(2024, "year")) == "2024"
    assert plain_number(float("nan")) == "nan" and plain_number(float("inf")) == "inf"
    assert format_value(figure(15e9, "USD")) == "$15B"
    for row in panel_items(story, "numbers"):
        assert not any("e+" in text or "e-0" in text for text, _ in row.lines)


def test_drafted_numbers_read_as_the_text_writes_them(story: Story) -> None:
    draft = story._replace(draft=True)
    rows = [row for row in panel_items(draft, "numbers") if not row.heading]
    assert [row.lines[0][0] for row in rows] == [
        f"{DRAFT_MARK} {n.label_ar}" for n in draft.numbers
    ]


def test_a_note_whose_passage_is_gone_is_listed_with_its_quote(story: Story) -> None:
    from datetime import UTC, datetime

    from scaletui.explore.note_rows import note_item
    from scaletui.notes.model import Anchor, Note

    when = datetime(2026, 1, 1, tzinfo=UTC)
    gone = Anchor("paragraph", paragraph=3, quote="فقرة حذفت من المقال منذ زمن بعيد")
    row = note_item(story, Note(1, story.id, gone, "ملاحظتي", when, when))
    assert row.lines[0][0].startswith("a passage no longer in the article")
    assert row.lines[1][0] == "“فقرة حذفت من المقال منذ زمن بعيد”"
    here = Anchor("paragraph", paragraph=2, quote=story.paragraphs[2].text)
    assert len(note_item(story, Note(2, story.id, here, "x", when, when)).lines) == 1


def test_a_notes_tags_read_whole_in_the_interfaces_direction(story: Story) -> None:
    # "#AI" beside an Arabic tag used to come apart ("AI #2025# ءاكذ#"): each tag is
    # isolated, so each reads whole, and the list runs the way the interface does.
    from datetime import UTC, datetime

    from scaletui.explore.note_rows import note_item
    from scaletui.layout import LayoutEngine
    from scaletui.notes.model import Anchor, Note

    when = datetime(2026, 1, 1, tzinfo=UTC)
    here = Anchor("paragraph", paragraph=2, quote=story.paragraphs[2].text)
    tags = note_item(story, Note(1, story.id, here, "x", when, when, ("ذكاء", "AI", "2025"))).tags
    engine = LayoutEngine()

    def drawn(direction: Literal["rtl", "ltr"]) -> str:
        return "".join(engine.layout(tags, 40, "auto", direction).lines[0].cells).strip()

    assert drawn("ltr") == "ﺀﺎﻛﺫ# #AI #2025"
    assert drawn("rtl") == "#2025 #AI ﺀﺎﻛﺫ#"
