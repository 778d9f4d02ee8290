"""Which panel items each paragraph supports: evidence quotes and mentions."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter

from ..i18n import ENGLISH, Language
from ..story import Entity, Span, Story
from ..story.items import ItemKind, ItemRef
from .rows import PANEL_OF_KIND, PANEL_TITLES, PANELS

MentionsIn = Callable[[Entity, int], Sequence[Span]]
_KINDS: tuple[ItemKind, ...] = ("event", "number", "person", "competitor")  # with evidence


def named_items(story: Story) -> list[tuple[ItemRef, Entity, Span | None]]:
    """The key figures and competitors, each with its entity (whose mentions support it)
    and its evidence place."""
    named = [(ItemRef("person", p.entity), p.provenance.span) for p in story.people]
    named += [(ItemRef("competitor", c.entity), c.provenance.span) for c in story.competitors]
    return [(ref, story.entity(ref.key), span) for ref, span in named]


class ParagraphSupport:
    """The keys of the panel items a paragraph supports, found for the paragraphs asked about.

    An item is supported where its evidence quote sits (one place per item, gathered
    here); a key figure or a competitor also wherever the article names them, looked
    for in the paragraph asked about alone (`mentions_in`, from the index): a cursor
    move costs one paragraph's length, not the book's.
    """

    def __init__(self, story: Story, mentions_in: MentionsIn) -> None:
        self._mentions_in = mentions_in
        # Each item's evidence place as columns sorted by paragraph: its paragraph, its
        # kind (a place in _KINDS) and its id (the item's own str). A set of "kind:key"
        # strings a paragraph held 360 bytes an item, 4.4 MB for the 12,000 items drafted
        # from 500,000 lines; these hold 13 (the keys are made when a paragraph is asked).
        named = named_items(story)
        places = [
            (span.paragraph, _KINDS.index(ref.kind), ref.key)
            for ref, span in self._evidence_places(story, named)
            if span is not None
        ]
        places.sort(key=itemgetter(0))
        self._paragraphs = array("I", map(itemgetter(0), places))
        self._kinds = bytes(map(itemgetter(1), places))
        self._keys = list(map(itemgetter(2), places))
        self._named: list[tuple[str, Entity]] = [(str(ref), entity) for ref, entity, _ in named]

    @staticmethod
    def _evidence_places(
        story: Story, named: list[tuple[ItemRef, Entity, Span | None]]
    ) -> Iterator[tuple[ItemRef, Span | None]]:
        for event in story.events:
            yield ItemRef("event", event.id), event.provenance.span
        for figure in story.numbers:
            yield ItemRef("number", figure.id), figure.provenance.span
        for ref, _, span in named:
            yield ref, span

    def of(self, paragraph: int) -> set[str]:
        """The keys of the items `paragraph` supports (a new set)."""
        first = bisect_left(self._paragraphs, paragraph)
        last = bisect_right(self._paragraphs, paragraph, first)
        supported = {
            str(ItemRef(_KINDS[self._kinds[at]], self._keys[at])) for at in range(first, last)
        }
        supported.update(
            key
            for key, entity in self._named
            if key not in supported and self._mentions_in(entity, paragraph)
        )
        return supported


def support_summary(supported: set[str], language: Language = ENGLISH) -> str:
    """ "▶ this paragraph supports: Timeline 2, People 1" ("" when it supports nothing).

    Counted from the keys' kinds, each listed in one panel (`PANEL_OF_KIND`), without
    making any panel's rows: a book's people panel has thousands, and the first cursor
    move after indexing made them all for this count.
    """
    _ = language.gettext
    per_panel = Counter(
        PANEL_OF_KIND.get(ref.kind) for ref in map(ItemRef.parse, supported) if ref is not None
    )
    counts = [
        f"{_(PANEL_TITLES[name])} {language.number(per_panel[name])}"
        for name in PANELS
        if per_panel[name]
    ]
    if not counts:
        return ""
    return "▶ " + _("this paragraph supports: {panels}").format(panels=_(", ").join(counts))
