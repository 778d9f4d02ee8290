"""Item references: the one place that knows the `kind:key` format.

A reference names something the reader can open, select or annotate: an event,
a key figure, a competitor, a number, an entity (any name in the story) or a
note. Panels, the palette, notes and the export all speak of items through
`ItemRef`; the text form ("person:jane-doe") is what SQLite stores, and
databases written before this type existed hold exactly that text.
"""

from __future__ import annotations

from typing import Literal, NamedTuple, cast, get_args

from ..i18n import ENGLISH, N_, Language
from .model import Competitor, Entity, Event, Figure, Person, Provenance, Story

ARTICLE_MARK = "◆"  # the article states it
CONTEXT_MARK = "◇"  # outside context: the article does not state it

ItemKind = Literal["event", "person", "competitor", "number", "entity", "note"]
ITEM_KINDS: tuple[str, ...] = get_args(ItemKind)
ENTITY_ITEM_KINDS = ("person", "competitor", "entity")  # keyed by an entity id


class ItemRef(NamedTuple):
    kind: ItemKind
    key: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.key}"

    @classmethod
    def parse(cls, text: str) -> ItemRef | None:
        """The reference a `kind:key` string names; None for anything else."""
        kind, colon, key = text.partition(":")
        if not colon or not key or kind not in ITEM_KINDS:
            return None
        return cls(cast(ItemKind, kind), key)

    @classmethod
    def note(cls, note_id: int) -> ItemRef:
        return cls("note", str(note_id))

    @property
    def note_id(self) -> int | None:
        """The note's id, for a `note:` reference."""
        if self.kind != "note" or not self.key.isdigit():
            return None
        return int(self.key)

    @property
    def names_entity(self) -> bool:
        return self.kind in ENTITY_ITEM_KINDS


def related_items(ref: ItemRef) -> tuple[ItemRef, ...]:
    """The panel items a reference stands for: an entity is both its person and
    its competitor item (a note on a company marks it wherever it is listed)."""
    if ref.kind == "entity":
        return (ItemRef("person", ref.key), ItemRef("competitor", ref.key))
    return (ref,)


def find_item(story: Story, ref: ItemRef) -> Event | Figure | Person | Competitor | None:
    """The record behind an event, number, person or competitor reference."""
    if ref.kind == "event":
        return story.event(ref.key)
    if ref.kind == "number":
        return story.figure(ref.key)
    if ref.kind == "person":
        return next((p for p in story.people if p.entity == ref.key), None)
    if ref.kind == "competitor":
        return next((c for c in story.competitors if c.entity == ref.key), None)
    return None


def provenance_of(story: Story, ref: ItemRef) -> Provenance | None:
    found = find_item(story, ref)
    return found.provenance if found is not None else None


def evidence_text(story: Story, ref: ItemRef) -> str:
    """The item's evidence quote from the article ("" for context items and entities)."""
    provenance = provenance_of(story, ref)
    return (provenance.evidence or "") if provenance else ""


ITEM_LABELS = {"person": N_("Person"), "competitor": N_("Competitor"), "entity": N_("Entity")}


def named_in_article(entity: Entity) -> bool:
    """Whether the article names an entity (its surface forms are the article's)."""
    return bool(entity.surface_forms)


def item_mark(story: Story, ref: ItemRef) -> str:
    """◆ or ◇ for an item: where its record comes from; for an entity, whether the
    article names it ("" for what is neither, a note)."""
    provenance = provenance_of(story, ref)
    if provenance is not None:
        return ARTICLE_MARK if provenance.in_article else CONTEXT_MARK
    entity = story.entities.get(ref.key) if ref.names_entity else None
    if entity is not None:
        return ARTICLE_MARK if named_in_article(entity) else CONTEXT_MARK
    return ""


def with_aside(text: str, provenance: Provenance | None, rtl: bool = False) -> str:
    """An item's own text, and the pack's aside beside it marked ◇ (never run into it)."""
    aside = provenance.aside(rtl) if provenance is not None else ""
    return f"{text} [{CONTEXT_MARK} {aside}]" if aside else text


def english_name(entity: Entity, language: Language = ENGLISH) -> str:
    """An entity's English name as it is shown: one the drafter transliterated says so
    (its `name_en_from`, not a guess from the spelling); with none, its Arabic name.

    Args:
        entity: The entity.
        language: The interface's (the mark's words).

    Returns:
        The name to show.
    """
    if entity.transliterated:
        return language.gettext("{name} (transliterated)").format(name=entity.name_en)
    return entity.english


def item_title(story: Story, ref: ItemRef) -> str | None:
    """What an item is called, in the export's headings and the app's note labels:
    its kind, its mark (◆ the article's, ◇ outside context) and its English text, the
    pack's aside beside it marked ◇."""
    mark = item_mark(story, ref)
    provenance = provenance_of(story, ref)
    if ref.kind == "event":
        event = story.event(ref.key)
        if event is None:
            return None
        return f"Event {event.date}: {mark} {with_aside(event.title_en, provenance)}"
    if ref.kind == "number":
        figure = story.figure(ref.key)
        return f"Number: {mark} {with_aside(figure.label_en, provenance)}" if figure else None
    entity = story.entities.get(ref.key) if ref.names_entity else None
    if entity is not None:
        # The export says a transliteration is one, as the views do.
        name = english_name(entity)
        return f"{ITEM_LABELS[ref.kind]}: {mark} {with_aside(name, provenance)}"
    return None


def arabic_name(story: Story, ref: ItemRef) -> str | None:
    """The item's Arabic title or name, as the pack gives it, the pack's Arabic
    aside beside it marked ◇."""
    provenance = provenance_of(story, ref)
    if ref.kind == "event":
        event = story.event(ref.key)
        return with_aside(event.title_ar, provenance, rtl=True) if event else None
    if ref.kind == "number":
        figure = story.figure(ref.key)
        return with_aside(figure.label_ar, provenance, rtl=True) if figure else None
    entity = story.entities.get(ref.key) if ref.names_entity else None
    return with_aside(entity.name_ar, provenance, rtl=True) if entity is not None else None


class PaletteEntry(NamedTuple):
    """Something the command palette can jump to, by either of its names."""

    ref: ItemRef
    arabic: str
    english: str
    kind: str  # shown dim beside the names: "company", "event 2025-06", "key figure"


# Entity kinds as the palette names them (a pack's kind outside this list is shown as is).
KIND_NAMES = {
    "company": N_("company"), "person": N_("person"), "lab": N_("lab"),
    "product": N_("product"), "publication": N_("publication"), "place": N_("place"),
    "organisation": N_("organisation"), "government": N_("government"),
}  # fmt: skip


def palette_entries(story: Story, language: Language = ENGLISH) -> list[PaletteEntry]:
    """Every entity, event and key figure, each kind led by its mark: ◆ the article
    names or states it, ◇ it comes from outside the article."""
    _ = language.gettext

    def marked(ref: ItemRef, kind: str) -> str:
        entity = story.entities.get(ref.key) if ref.names_entity else None
        if entity is not None and entity.transliterated:
            kind += " · " + _("English name transliterated")  # beside the name, not in it
        return f"{item_mark(story, ref)} {kind}"

    entries = [
        PaletteEntry(ItemRef("entity", e.id), e.name_ar, e.name_en,
                     marked(ItemRef("entity", e.id),
                            _(KIND_NAMES[e.kind]) if e.kind in KIND_NAMES else e.kind))
        for e in story.entities.values()
    ]  # fmt: skip
    entries += [
        PaletteEntry(
            ItemRef("event", e.id), e.title_ar, e.title_en,
            marked(ItemRef("event", e.id), _("event {date}").format(date=language.date(*e.date))),
        )
        for e in story.events
    ]  # fmt: skip
    for person in story.people:
        entity = story.entity(person.entity)
        ref = ItemRef("person", person.entity)
        entries.append(
            PaletteEntry(ref, entity.name_ar, entity.name_en, marked(ref, _("key figure")))
        )
    return entries
