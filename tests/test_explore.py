"""The explorer's pure pieces: panel rows, paragraph support, marks and status text."""

from __future__ import annotations

from scaletui.explore.marks import Marks, item_focus, marks_status
from scaletui.explore.rows import (
    ARTICLE_MARK,
    CONTEXT_MARK,
    DRAFT_MARK,
    PANELS,
    panel_items,
    panels_holding,
)
from scaletui.explore.support import paragraph_support, support_summary
from scaletui.story import Entity, Span, Story
from scaletui.story.items import ItemRef


def no_mentions(entity: Entity) -> list[Span]:
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


def test_competitors_are_grouped_under_headings(story: Story) -> None:
    rows = panel_items(story, "competitors")
    headings = [i.item_id for i in rows if i.heading]
    assert headings == ["group:data provider", "group:AI lab"]
    assert rows[0].heading


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
    story = story
    support = paragraph_support(story, no_mentions)
    for event in story.events:
        if event.provenance.span is not None:
            assert f"event:{event.id}" in support[event.provenance.span.paragraph]


def test_a_mention_supports_its_paragraph_without_any_quote_there(story: Story) -> None:
    """Kills the mutant that drops mentions from paragraph support."""
    story = story
    far = len(story.paragraphs) + 5  # no evidence anywhere near it

    def mentions(entity: Entity) -> list[Span]:
        return [Span(far, 0, 3)] if entity.id in ("jack-rae", "turing") else []

    support = paragraph_support(story, mentions)
    assert support[far] == {"person:jack-rae", "competitor:turing"}
    assert far not in paragraph_support(story, no_mentions)


def test_the_summary_counts_supported_items_per_panel(story: Story) -> None:
    items = {name: panel_items(story, name) for name in PANELS}
    supported = {"person:jack-rae", "competitor:turing", "competitor:openai", "event:nope"}
    assert support_summary(supported, items) == "▶ this paragraph supports: People 1, Rivals 2"
    assert support_summary(set(), items) == ""


# -- marks and status ------------------------------------------------------------------------


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

    def drawn(direction: str) -> str:
        return "".join(engine.layout(tags, 40, "auto", direction).lines[0].cells).strip()

    assert drawn("ltr") == "ﺀﺎﻛﺫ# #AI #2025"
    assert drawn("rtl") == "#2025 #AI ﺀﺎﻛﺫ#"
