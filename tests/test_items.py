"""Item references: the `kind:key` format, titles, evidence and related items."""

from __future__ import annotations

import pytest

from scaletui.story import Story
from scaletui.story.items import (
    ITEM_KINDS,
    ItemRef,
    arabic_name,
    evidence_text,
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


def test_titles_name_each_kind(story: Story) -> None:
    story = story
    event = story.events[0]
    assert item_title(story, ItemRef("event", event.id)) == f"Event {event.date}: {event.title_en}"
    assert str(item_title(story, ItemRef("number", "scale-ai-stake"))).startswith("Number: ")
    assert item_title(story, ItemRef("person", "alexandr-wang")) == "Person: Alexandr Wang"
    assert item_title(story, ItemRef("competitor", "turing")) == "Competitor: Turing"
    assert item_title(story, ItemRef("entity", "meta")) == "Entity: Meta"
    assert item_title(story, ItemRef("event", "no-such-event")) is None
    assert item_title(story, ItemRef("note", "1")) is None


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
    story = story
    assert (
        arabic_name(story, ItemRef("person", "alexandr-wang"))
        == story.entity("alexandr-wang").name_ar
    )
    stake = story.figure("scale-ai-stake")
    assert stake is not None
    assert arabic_name(story, ItemRef("number", "scale-ai-stake")) == stake.label_ar
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
