"""Which panel items each paragraph supports: evidence quotes and mentions."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..i18n import ENGLISH, Language
from ..story import Entity, Span, Story
from ..story.items import ItemRef
from .rows import PANEL_TITLES, PANELS, PanelItem

Mentions = Callable[[Entity], Iterable[Span]]


def paragraph_support(story: Story, mentions: Mentions) -> dict[int, set[str]]:
    """For each paragraph, the keys of the panel items it supports.

    An item is supported where its evidence quote sits; a key figure or a
    competitor also wherever the article names them (`mentions`, from the index).
    """
    support: dict[int, set[str]] = {}

    def add(span: Span | None, ref: ItemRef) -> None:
        if span is not None:
            support.setdefault(span.paragraph, set()).add(str(ref))

    for event in story.events:
        add(event.provenance.span, ItemRef("event", event.id))
    for figure in story.numbers:
        add(figure.provenance.span, ItemRef("number", figure.id))
    named: list[tuple[ItemRef, Span | None]] = [
        (ItemRef("person", p.entity), p.provenance.span) for p in story.people
    ]
    named += [(ItemRef("competitor", c.entity), c.provenance.span) for c in story.competitors]
    for ref, evidence in named:
        add(evidence, ref)
        for span in mentions(story.entity(ref.key)):
            add(span, ref)
    return support


def support_summary(
    supported: set[str], items_by_panel: dict[str, list[PanelItem]], language: Language = ENGLISH
) -> str:
    """ "▶ this paragraph supports: Timeline 2, People 1" ("" when it supports nothing)."""
    _ = language.gettext
    counts = []
    for name in PANELS:
        marked = {item.item_id for item in items_by_panel.get(name, ())} & supported
        if marked:
            counts.append(f"{_(PANEL_TITLES[name])} {language.number(len(marked))}")
    if not counts:
        return ""
    return "▶ " + _("this paragraph supports: {panels}").format(panels=_(", ").join(counts))
