"""What a story pack holds, once loaded and checked: immutable records.

The records are NamedTuples, the story too: every start-up imports this module,
and a dataclass costs about ten times as much to create (0.5-2 ms each). Their
annotations are evaluated, not postponed (no `from __future__ import annotations`):
a NamedTuple compiles each postponed one, a third of its cost.
"""

from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Literal, NamedTuple, Never

ParagraphKind = Literal["title", "heading", "body", "quote", "item", "code"]
ENTITY_KINDS: tuple[str, ...] = (
    "company", "person", "lab", "product", "publication", "place", "organisation", "government",
    "event",
)  # fmt: skip
PROVENANCES: tuple[str, ...] = ("article", "context")
# Where an entity's English name comes from when neither the text nor an editor gave it:
# `scaletui draft` transliterated the Arabic, or made none (name_en is empty).
NAME_EN_TRANSLITERATED = "transliteration"
NAME_EN_NONE = "none"
NAME_EN_ORIGINS: tuple[str, ...] = (NAME_EN_TRANSLITERATED, NAME_EN_NONE)
# How firm a number is: the parties announced it, it was paid (on the record), news
# reported it (sources, not the parties), or it is an estimate.
NUMBER_STATUSES: tuple[str, ...] = ("announced", "paid", "reported", "estimated")


class Paragraph(NamedTuple):
    # The field hides tuple.index() on purpose: callers (notes, export, tests) read
    # paragraph.index, and nothing calls .index() on a Paragraph.
    index: int  # type: ignore[assignment]
    kind: ParagraphKind
    text: str  # logical order, no markup


class Span(NamedTuple):
    """A stretch of the article: paragraph index and logical offsets [start, end)."""

    paragraph: int
    start: int
    end: int


class Provenance(NamedTuple):
    """Where an item comes from: the article (with a quote) or outside context.

    An article item's own text (its label, title or role) holds only what the
    evidence states; what the pack adds beside it is its aside, shown as ◇ wherever
    the item appears, with the note and sources that back it.
    """

    kind: Literal["article", "context"]
    evidence: str | None = None
    span: Span | None = None  # where the evidence quote sits in the article
    note: str | None = None  # the outside fact (and its source), in full
    sources: tuple[str, ...] = ()  # ids of the story's Source records it rests on
    slip: str | None = None  # what the article gets wrong in the evidence passage
    aside_en: str | None = None  # ◇ a short outside fact shown beside the item's text
    aside_ar: str | None = None

    @property
    def in_article(self) -> bool:
        return self.kind == "article"

    def aside(self, rtl: bool = False) -> str:
        """The aside in the reader's language (the other one if only that is given)."""
        first, second = (self.aside_ar, self.aside_en) if rtl else (self.aside_en, self.aside_ar)
        return first or second or ""


class PartialDate(NamedTuple):
    """A date known to the year, the month or the day (`2024`, `2025-04`, `2025-06-12`)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)


class Source(NamedTuple):
    """A published source an item cites: who published it, when, and where to read it."""

    id: str
    outlet: str  # "Reuters", "CNBC", or a company (its own newsroom post)
    title: str
    date: PartialDate
    url: str


class Origin(NamedTuple):
    """The published piece an article comes from (a pack's `[origin]`): who
    published it, what it was called, and whether the article is a translation."""

    outlet: str
    title: str
    language: str = ""  # the original's language ("en"); the article's is Story.language
    translated: bool = False  # the article is a translation (or rendering) of it
    author: str = ""  # "" when not known
    date: PartialDate | None = None
    url: str = ""  # "" when not verified
    note: str = ""  # what is known about the rendering, or could not be checked


class RivalGroup(NamedTuple):
    """A heading in the Rivals panel (a pack's `[[rival_groups]]`): who its members
    compete with, and as what."""

    id: str
    label_en: str  # the heading
    label_ar: str
    as_en: str  # what a member competes as ("data provider")
    as_ar: str


UNIT_KINDS: tuple[str, ...] = ("currency", "percent", "year", "years", "count")


class Unit(NamedTuple):
    """What a number counts (a pack's `[[units]]`): how it is written and named."""

    id: str  # what numbers give as `unit` ("USD")
    kind: str  # one of UNIT_KINDS: how the value is written
    name_en: str  # "US dollars"
    name_ar: str
    symbol: str = ""  # a currency's sign ("$"); "" writes the name after the amount


class Entity(NamedTuple):
    id: str
    name_ar: str
    name_en: str
    kind: str
    role: str
    surface_forms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    part_of: str | None = None  # the entity this one belongs to (a lab: its company)
    name_en_from: str = ""  # "" as given; else one of NAME_EN_ORIGINS (shown wherever it is)

    @property
    def english(self) -> str:
        """The name to show where English is read: the Arabic when it has no English one."""
        return self.name_en or self.name_ar

    @property
    def transliterated(self) -> bool:
        """It has an English name, and that name is the drafter's transliteration, not
        one the text gives."""
        return self.name_en_from == NAME_EN_TRANSLITERATED and bool(self.name_en)


class Event(NamedTuple):
    id: str
    date: PartialDate
    title_ar: str
    title_en: str
    entities: tuple[str, ...]
    provenance: Provenance


class Person(NamedTuple):
    """Someone the story is about. For an article item, `role`/`role_ar` say only what
    the evidence says of them; what they became later is the provenance's aside."""

    entity: str
    role: str
    organisation: str
    paraphrase_en: str  # the pack's summary of what the article says of them: not a quote
    paraphrase_ar: str
    provenance: Provenance
    role_ar: str = ""
    quote: str = ""  # their words as the article quotes them, verbatim ("" when none)
    quote_span: Span | None = None


class Competitor(NamedTuple):
    entity: str
    competes_with: str
    group: str  # a RivalGroup's id
    provenance: Provenance


class Figure(NamedTuple):
    """A number the story gives (called `numbers` in the pack)."""

    id: str
    value: float
    unit: str
    label_ar: str
    label_en: str
    provenance: Provenance
    status: str | None = None  # one of NUMBER_STATUSES (None: a schema-1 pack or a draft)


NO_ENTRIES: Mapping[str, Never] = MappingProxyType({})  # an empty default no one can fill

# The units every story may use without declaring them (schema 1 and 2 knew only these).
STANDARD_UNITS: Mapping[str, Unit] = MappingProxyType({
    "USD": Unit("USD", "currency", "US dollars", "دولار", "$"),
    "percent": Unit("percent", "percent", "percent", "بالمئة"),
    "year": Unit("year", "year", "calendar year", "سنة ميلادية"),
    "years": Unit("years", "years", "years", "سنوات"),
    "count": Unit("count", "count", "count", "عدد"),
})  # fmt: skip


def standard_unit(unit_id: str) -> Unit:
    """A standard unit by its id; one the loader never let through is a count."""
    return STANDARD_UNITS.get(unit_id) or Unit(unit_id, "count", unit_id, unit_id)


class Story(NamedTuple):
    id: str
    title: str  # the article's headline, logical Arabic
    title_en: str
    language: str
    source: str
    published: str
    machine_translated_title: str
    summary_en: str
    paragraphs: Sequence[Paragraph]  # a tuple; a list while a book is still being read
    entities: Mapping[str, Entity] = NO_ENTRIES
    events: tuple[Event, ...] = ()
    people: tuple[Person, ...] = ()
    competitors: tuple[Competitor, ...] = ()
    numbers: tuple[Figure, ...] = ()
    sources: Mapping[str, Source] = NO_ENTRIES
    path: Path | None = None
    draft: bool = False  # items found by `scaletui draft`, not checked by an editor
    former_ids: tuple[str, ...] = ()  # ids notes on this story may still be filed under
    fingerprint: str = ""  # an opened file's content hash (finds its notes if it moves)
    # Where the story was published (optional `[story]` fields; the export's front matter).
    outlet: str = ""
    url: str = ""  # http(s) only, checked by the loader
    author: str = ""
    origin: Origin | None = None  # the piece the article renders (`[origin]`)
    rival_groups: tuple[RivalGroup, ...] = ()
    units: Mapping[str, Unit] = NO_ENTRIES  # a pack's own, over the standard ones
    schema: int = 0  # the pack's schema version (0: not from a pack)
    # A text file's encoding as it was opened (--encoding; None: UTF-8), so it opens
    # again in it (the library, an import naming it).
    encoding: str | None = None

    def entity(self, entity_id: str) -> Entity:
        return self.entities[entity_id]

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)

    def figure(self, figure_id: str) -> Figure | None:
        return next((n for n in self.numbers if n.id == figure_id), None)

    def rival_group(self, group_id: str) -> RivalGroup | None:
        return next((g for g in self.rival_groups if g.id == group_id), None)

    def unit(self, unit_id: str) -> Unit:
        """A number's unit: the pack's, else a standard one (else a count named by its id)."""
        return self.units.get(unit_id) or standard_unit(unit_id)

    def sources_of(self, provenance: Provenance) -> tuple[Source, ...]:
        """The Source records an item cites, in the order it cites them."""
        return tuple(self.sources[i] for i in provenance.sources if i in self.sources)
