"""Panel rows from a story: one builder per panel (Story -> rows)."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import NamedTuple

from ..story import Figure, Provenance, Story
from ..story.items import ItemRef

ARTICLE_MARK = "◆"  # the article states it
CONTEXT_MARK = "◇"  # outside context: the article does not state it
DRAFT_MARK = "✱"  # found by `scaletui draft`, not checked by an editor
PANELS = ("timeline", "people", "competitors", "numbers")
PANEL_TITLES = {  # short, so the tabs fit an 80-column terminal's sidebar
    "timeline": "Timeline",
    "people": "People",
    "competitors": "Rivals",
    "numbers": "Numbers",
    "notes": "Notes",
}
COMPETITOR_GROUPS = (
    ("data provider", "Scale AI's rivals · data providers"),
    ("AI lab", "Meta's rivals · AI labs"),
)

Styled = tuple[str, str]  # (text, Rich style)


class Bar(NamedTuple):
    label: str
    value: float
    caption: str  # e.g. "$15B"


class PanelItem(NamedTuple):
    """One row: its Arabic line (laid out by the engine) and its English lines.

    `item_id` is the row's key: an item reference's text for what can be opened,
    or a plain name (`legend:…`, `group:…`) for headings, which are never selected.
    """

    item_id: str
    arabic: str | None = None
    lines: tuple[Styled, ...] = ()
    bars: tuple[Bar, ...] = ()  # a bar chart under the lines
    tags: str = ""  # the note's tags, laid out by the engine (they may be Arabic)
    heading: bool = False
    context: tuple[Styled, ...] = ()  # styled logical parts under the lines (a search hit's)


def heading(row_id: str, text: str, style: str = "dim") -> PanelItem:
    return PanelItem(row_id, lines=((text, style),), heading=True)


def provenance_mark(provenance: Provenance) -> str:
    return ARTICLE_MARK if provenance.in_article else CONTEXT_MARK


def plain_number(value: float) -> str:
    """A number as a reader writes it: digits and separators, never an exponent."""
    if not math.isfinite(value):
        return str(value)  # a pack that validate rejects; shown, never a crash
    if value == int(value):
        return f"{int(value):,}"
    # The float's shortest form (repr), written out in full: 1.5e-07 -> 0.00000015.
    return format(Decimal(repr(value)), ",f")


def format_value(figure: Figure) -> str:
    value = figure.value
    if figure.unit == "USD":
        if value >= 1e9:
            return f"${plain_number(value / 1e9)}B"
        if value >= 1e6:
            return f"${plain_number(value / 1e6)}M"
        return f"${value:,.0f}"
    if figure.unit == "percent":
        return f"{plain_number(value)}%"
    if figure.unit == "years":
        return f"{plain_number(value)} years"
    if figure.unit == "year":
        return f"{value:.0f}"  # a calendar year has no thousands separator
    return plain_number(value)


def timeline_items(story: Story) -> list[PanelItem]:
    if not story.events:
        note = "No events: a drafted story has none yet" if story.draft else "No events"
        return [heading("empty:timeline", note)]
    legend = heading(
        "legend:timeline", f"{ARTICLE_MARK} in the article  {CONTEXT_MARK} outside context"
    )
    return [legend] + [
        PanelItem(
            str(ItemRef("event", event.id)),
            arabic=f"{event.date} {event.title_ar}",
            lines=((f"{provenance_mark(event.provenance)} {event.title_en}", ""),),
        )
        for event in story.events
    ]


def people_items(story: Story) -> list[PanelItem]:
    if story.draft:
        # A drafted story knows names, not who is a person: list them all, marked.
        legend = heading("legend:draft", f"{DRAFT_MARK} drafted from the text, not checked")
        return [legend] + [
            PanelItem(
                str(ItemRef("entity", entity.id)),
                arabic=entity.name_ar,
                lines=((f"{DRAFT_MARK} {entity.name_en}", ""),),
            )
            for entity in story.entities.values()
        ]
    items = []
    for person in story.people:
        entity = story.entity(person.entity)
        organisation = story.entities.get(person.organisation)
        org_name = organisation.name_en if organisation else person.organisation
        items.append(
            PanelItem(
                str(ItemRef("person", person.entity)),
                arabic=entity.name_ar,
                lines=((f"{entity.name_en} · {org_name}", "bold"), (person.role, "dim")),
            )
        )
    return items


def competitor_items(story: Story) -> list[PanelItem]:
    if not story.competitors:
        return [heading("empty:competitors", "No competitors")]
    items: list[PanelItem] = []
    for segment, title in COMPETITOR_GROUPS:
        members = [c for c in story.competitors if c.segment == segment]
        if not members:
            continue
        items.append(heading(f"group:{segment}", title, "bold underline"))
        for competitor in members:
            entity = story.entity(competitor.entity)
            mark = provenance_mark(competitor.provenance)
            items.append(
                PanelItem(
                    str(ItemRef("competitor", competitor.entity)),
                    arabic=entity.name_ar,
                    lines=((f"{mark} {entity.name_en}", ""),),
                )
            )
    return items


def number_items(story: Story) -> list[PanelItem]:
    dollars = sorted((n for n in story.numbers if n.unit == "USD"), key=lambda n: -n.value)
    items: list[PanelItem] = []
    if dollars:
        bars = tuple(Bar(n.label_en, n.value, format_value(n)) for n in dollars)
        items.append(
            PanelItem("chart:usd", lines=(("Dollar amounts", "bold underline"),), bars=bars,
                      heading=True)
        )  # fmt: skip
    for figure in story.numbers:
        # A drafted number is shown as the text writes it ("90 مليون"): its value
        # was read off that wording, and its English label only repeats it.
        line = (
            f"{DRAFT_MARK} {figure.label_ar}"
            if story.draft
            else f"{provenance_mark(figure.provenance)} {format_value(figure)} · {figure.label_en}"
        )
        items.append(
            PanelItem(
                str(ItemRef("number", figure.id)), arabic=figure.label_ar, lines=((line, ""),)
            )
        )
    return items


PANEL_BUILDERS = {
    "timeline": timeline_items,
    "people": people_items,
    "competitors": competitor_items,
    "numbers": number_items,
}


def panel_items(story: Story, panel: str) -> list[PanelItem]:
    return PANEL_BUILDERS[panel](story)


def panels_holding(
    items_by_panel: dict[str, list[PanelItem]], refs: tuple[ItemRef, ...]
) -> list[tuple[str, str]]:
    """(panel, row key) for each panel that lists one of `refs` (first match per panel)."""
    found = []
    for panel, items in items_by_panel.items():
        keys = {item.item_id for item in items}
        for ref in refs:
            if str(ref) in keys:
                found.append((panel, str(ref)))
                break
    return found
