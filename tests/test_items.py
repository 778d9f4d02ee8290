"""Item references: the `kind:key` format, titles, evidence and related items."""

from __future__ import annotations

import pytest

from scaletui.story import Story
from scaletui.story.items import (
    ARTICLE_MARK,
    CONTEXT_MARK,
    ITEM_KINDS,
    ItemRef,
    arabic_name,
    evidence_text,
    item_mark,
    item_title,
    palette_entries,
    provenance_of,
    related_items,
)


@pytest.mark.parametrize("kind", ITEM_KINDS)
def test_every_kind_round_trips_through_its_text(kind: str) -> None:
    ref = ItemRef.parse(f"{kind}:some-key")
    assert ref == ItemRef(kind, "some-key")  # type: ignore[arg-type]
    assert str(ref) == f"{kind}:some-key"


@pytest.mark.parametrize(
    "text", ["", "event", "event:", ":key", "legend:timeline", "group:AI lab", "chart:usd"]
)
def test_row_names_and_malformed_text_are_not_references(text: str) -> None:
    assert ItemRef.parse(text) is None


def test_a_key_may_hold_a_colon() -> None:
    assert ItemRef.parse("event:2025:06") == ItemRef("event", "2025:06")


def test_note_references_carry_their_id() -> None:
    assert ItemRef.note(42) == ItemRef("note", "42")
    assert ItemRef.note(42).note_id == 42
    assert ItemRef("note", "abc").note_id is None
    assert ItemRef("event", "42").note_id is None


def test_an_entity_stands_for_its_person_and_competitor_items() -> None:
    assert related_items(ItemRef("entity", "meta")) == (
        ItemRef("person", "meta"),
        ItemRef("competitor", "meta"),
    )
    assert related_items(ItemRef("person", "jack-rae")) == (ItemRef("person", "jack-rae"),)


def test_titles_name_each_kind_with_its_mark(story: Story) -> None:
    """A note's heading (in the app and the export) says where the item comes from."""
    event = story.events[0]
    assert not event.provenance.in_article and not event.provenance.aside_en
    assert item_title(story, ItemRef("event", event.id)) == (
        f"Event {event.date}: {CONTEXT_MARK} {event.title_en}"
    )
    assert (
        item_title(story, ItemRef("competitor", "turing")) == f"Competitor: {ARTICLE_MARK} Turing"
    )
    assert item_title(story, ItemRef("entity", "meta")) == f"Entity: {ARTICLE_MARK} Meta"
    # Friedman is not in the article: an entity the article never names is ◇.
    assert item_title(story, ItemRef("entity", "nat-friedman")) == (
        f"Entity: {CONTEXT_MARK} Nat Friedman"
    )
    assert item_title(story, ItemRef("event", "no-such-event")) is None
    assert item_title(story, ItemRef("note", "1")) is None


def test_a_title_carries_the_packs_aside_marked_as_such(story: Story) -> None:
    """The 49% is the article's; "non-voting" is not, and is never run into its label."""
    stake = story.figure("scale-ai-stake")
    assert stake is not None and stake.provenance.in_article
    assert "voting" not in stake.label_en and "تصويت" not in stake.label_ar
    title = item_title(story, ItemRef("number", "scale-ai-stake"))
    assert title == (
        f"Number: {ARTICLE_MARK} {stake.label_en} [{CONTEXT_MARK} {stake.provenance.aside_en}]"
    )
    assert "Non-voting" in title
    assert arabic_name(story, ItemRef("number", "scale-ai-stake")) == (
        f"{stake.label_ar} [{CONTEXT_MARK} {stake.provenance.aside_ar}]"
    )
    wang = item_title(story, ItemRef("person", "alexandr-wang"))
    assert wang is not None and wang.startswith(f"Person: {ARTICLE_MARK} Alexandr Wang [")
    assert f"[{CONTEXT_MARK} Left Scale AI for Meta" in wang


def test_evidence_is_the_items_quote_from_the_article(story: Story) -> None:
    story = story
    ref = ItemRef("event", "meta-talent-loss-2024")
    provenance = provenance_of(story, ref)
    assert provenance is not None and provenance.in_article
    quote = evidence_text(story, ref)
    span = provenance.span
    assert span is not None
    assert story.paragraphs[span.paragraph].text[span.start : span.end] == quote
    assert evidence_text(story, ItemRef("entity", "meta")) == ""  # entities have no quote


def test_arabic_names(story: Story) -> None:
    assert arabic_name(story, ItemRef("entity", "alexandr-wang")) == (
        story.entity("alexandr-wang").name_ar
    )
    figure = story.figure("talent-lost-share")  # the article's, with nothing added
    assert figure is not None and not figure.provenance.aside_ar
    assert arabic_name(story, ItemRef("number", figure.id)) == figure.label_ar
    assert arabic_name(story, ItemRef("note", "3")) is None


def test_the_palette_lists_every_entity_event_and_key_figure(story: Story) -> None:
    story = story
    refs = [entry.ref for entry in palette_entries(story)]
    assert {ref for ref in refs if ref.kind == "entity"} == {
        ItemRef("entity", key) for key in story.entities
    }
    assert [ref for ref in refs if ref.kind == "event"] == [
        ItemRef("event", e.id) for e in story.events
    ]
    assert [ref for ref in refs if ref.kind == "person"] == [
        ItemRef("person", p.entity) for p in story.people
    ]


def test_the_palette_marks_what_the_article_states_and_what_it_does_not(story: Story) -> None:
    kinds = {entry.ref: entry.kind for entry in palette_entries(story)}
    assert kinds[ItemRef("person", "alexandr-wang")] == f"{ARTICLE_MARK} key figure"
    assert kinds[ItemRef("person", "jason-droege")] == f"{CONTEXT_MARK} key figure"
    assert kinds[ItemRef("entity", "meta")] == f"{ARTICLE_MARK} company"
    assert kinds[ItemRef("entity", "xai")].startswith(CONTEXT_MARK)  # not named in the article
    layoffs = kinds[ItemRef("event", "scale-ai-layoffs")]
    assert layoffs.startswith(f"{CONTEXT_MARK} event ")


def test_item_marks(story: Story) -> None:
    assert item_mark(story, ItemRef("number", "wang-age")) == ARTICLE_MARK
    assert item_mark(story, ItemRef("number", "scale-ai-valuation")) == CONTEXT_MARK
    assert item_mark(story, ItemRef("entity", "daniel-gross")) == CONTEXT_MARK
    assert item_mark(story, ItemRef("note", "1")) == ""
