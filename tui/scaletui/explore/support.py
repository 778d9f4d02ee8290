"""Which panel items each paragraph supports: evidence quotes and mentions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from ..i18n import ENGLISH, Language
from ..story import Entity, Span, Story
from ..story.items import ItemRef
from .rows import PANEL_OF_KIND, PANEL_TITLES, PANELS

MentionsIn = Callable[[Entity, int], Sequence[Span]]


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
        self._evidence: dict[int, set[str]] = {}
        for event in story.events:
            self._add(event.provenance.span, ItemRef("event", event.id))
        for figure in story.numbers:
            self._add(figure.provenance.span, ItemRef("number", figure.id))
        self._named: list[tuple[str, Entity]] = []
        for ref, entity, evidence in named_items(story):
            self._add(evidence, ref)
            self._named.append((str(ref), entity))

    def _add(self, span: Span | None, ref: ItemRef) -> None:
        if span is not None:
            self._evidence.setdefault(span.paragraph, set()).add(str(ref))

    def of(self, paragraph: int) -> set[str]:
        """The keys of the items `paragraph` supports (a new set)."""
        supported = set(self._evidence.get(paragraph, ()))
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
