"""Panel rows from a story: one builder per panel (Story -> rows).

Every row that stands for an item says where it comes from: ◆ the article states
it, ◇ outside context. An article item's own text is the article's; what the pack
adds beside it (its aside) follows on a line of its own, marked ◇. The Rivals
panel's groups and the numbers' units are the pack's (no story's names here).
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from ..i18n import ENGLISH, N_, Language
from ..i18n.numerals import plain_number
from ..story import Figure, PartialDate, Provenance, Story
from ..story.items import ARTICLE_MARK, CONTEXT_MARK, ItemRef, english_name
from ..story.model import Unit, standard_unit

DRAFT_MARK = "✱"  # found by `scaletui draft`, not checked by an editor
PANELS = ("timeline", "people", "competitors", "numbers")
# The panel that lists each kind of item a paragraph can support (see explore/support.py).
PANEL_OF_KIND = {
    "event": "timeline",
    "person": "people",
    "competitor": "competitors",
    "number": "numbers",
}
OPENING_PANEL = PANELS[0]  # the panel a story opens on
PANEL_TITLES = {  # short, so the tabs fit an 80-column terminal's sidebar
    "timeline": N_("Timeline"),
    "people": N_("People"),
    "competitors": N_("Rivals"),
    "numbers": N_("Numbers"),
    "notes": N_("Notes"),
}
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
    # What opens `arabic` before its label (an event's date): its wrapped rows hang past it.
    lead: str = ""


def heading(row_id: str, text: str, style: str = "dim") -> PanelItem:
    return PanelItem(row_id, lines=((text, style),), heading=True)


def no_english_name(language: Language = ENGLISH) -> str:
    """What a row or view says of an entity whose English name the text does not give."""
    _ = language.gettext
    return _("English name") + ": " + _("none in the text")


def provenance_mark(provenance: Provenance) -> str:
    return ARTICLE_MARK if provenance.in_article else CONTEXT_MARK


def aside_line(provenance: Provenance, language: Language = ENGLISH) -> tuple[Styled, ...]:
    """The pack's aside on an item, marked ◇ (none: nothing)."""
    aside = provenance.aside(language.rtl)
    return ((f"{CONTEXT_MARK} {aside}", "dim italic"),) if aside else ()


def format_value(figure: Figure, language: Language = ENGLISH, story: Story | None = None) -> str:
    """A figure as its reader writes it: `$15B`, or `١٥ مليار دولار` in Arabic (the
    unit, the pack's or a standard one, says how: its kind, sign and name)."""
    return format_amount(figure.value, story_unit(figure.unit, story), language)


def story_unit(unit_id: str, story: Story | None) -> Unit:
    return story.unit(unit_id) if story is not None else standard_unit(unit_id)


def format_amount(value: float, unit: Unit, language: Language = ENGLISH) -> str:
    number = language.number
    _ = language.gettext
    if unit.kind == "currency":
        # In Arabic the amount is followed by the currency's name ("١٥ مليار دولار");
        # in English a sign leads it ("$15B"), else the unit's id follows ("15B AED").
        currency = unit.name_ar if language.rtl else unit.symbol
        if value >= 1e9:
            amount, template = number(value / 1e9), _("{sign}{amount}B")
        elif value >= 1e6:
            amount, template = number(value / 1e6), _("{sign}{amount}M")
        else:
            amount, template = number(round(value)), _("{sign}{amount}")
        if not currency:
            return f"{template.format(sign='', amount=amount)} {unit.id}"
        return template.format(sign=currency, amount=amount)
    if unit.kind == "percent":
        return language.digits_of(f"{plain_number(value)}%")
    if unit.kind == "years":
        count = int(value) if value == int(value) else 5  # a fraction reads as "years"
        return language.ngettext("{count} year", "{count} years", count).format(count=number(value))
    if unit.kind == "year":
        return language.digits_of(f"{value:.0f}")  # a calendar year: no thousands separator
    return number(value)


def event_date(date: PartialDate, language: Language = ENGLISH) -> str:
    """An event's date for the timeline, with the Hijri date beside it if asked."""
    shown = language.date(date.year, date.month, date.day)
    if language.hijri:
        hijri = language.hijri_date(date.year, date.month, date.day)
        if hijri:
            shown += f" ({hijri})"
    return shown


def timeline_items(story: Story, language: Language = ENGLISH) -> list[PanelItem]:
    _ = language.gettext
    if not story.events:
        note = _("No events: the text dates no sentence") if story.draft else _("No events")
        return [heading("empty:timeline", note)]
    if story.draft:  # drafted from the text's dated sentences, not checked
        legend = heading(
            "legend:draft", _("{mark} drafted from the text, not checked").format(mark=DRAFT_MARK)
        )
    else:
        legend = heading(
            "legend:timeline",
            _("{article} in the article  {context} outside context").format(
                article=ARTICLE_MARK, context=CONTEXT_MARK
            ),
        )
    # A drafted book's thousands of events have a few dates and English titles: their
    # rows' dates and English lines are made once each (sys.intern), not once a row.
    return [legend] + [
        PanelItem(
            str(ItemRef("event", event.id)),
            arabic=f"{event_date(event.date, language)} {event.title_ar}",
            lead=sys.intern(event_date(event.date, language)),
            lines=(
                (
                    sys.intern(
                        f"{DRAFT_MARK if story.draft else provenance_mark(event.provenance)} "
                        f"{event.title_en}"
                    ),
                    "",
                ),
                *aside_line(event.provenance, language),
            ),  # fmt: skip
        )
        for event in story.events
    ]


def people_items(story: Story, language: Language = ENGLISH) -> list[PanelItem]:
    _ = language.gettext
    if story.draft:
        # A drafted story knows names, not who is a person: list them all, marked.
        drafted = _("{mark} drafted from the text, not checked").format(mark=DRAFT_MARK)
        legend = heading("legend:draft", drafted)
        roles = {person.entity: person.role for person in story.people}
        return [legend] + [
            PanelItem(
                # A person with a drafted row opens as a key figure (role, organisation).
                str(ItemRef("person" if entity.id in roles else "entity", entity.id)),
                arabic=entity.name_ar,
                # A person the text gives a role: the role as it writes it. A body with no
                # English name is named by its Arabic line alone.
                lines=(
                    (f"{DRAFT_MARK} {english_name(entity, language)}", "")
                    if entity.name_en
                    else (f"{DRAFT_MARK} {no_english_name(language)}", "dim"),
                )
                + (((roles[entity.id], "dim"),) if entity.id in roles else ()),
            )
            for entity in story.entities.values()
        ]
    if not story.people:
        return [heading("empty:people", _("No key figures"))]
    items = []
    for person in story.people:
        entity = story.entity(person.entity)
        organisation = story.entities.get(person.organisation)
        org_name = english_name(organisation, language) if organisation else person.organisation
        mark = provenance_mark(person.provenance)
        role = person.role_ar if language.rtl and person.role_ar else person.role
        name = english_name(entity, language)
        lines: list[Styled] = [(f"{mark} {name} · {org_name}", "bold")]
        if role:
            lines.append((role, "dim"))
        items.append(
            PanelItem(
                str(ItemRef("person", person.entity)),
                arabic=entity.name_ar,
                lines=(*lines, *aside_line(person.provenance, language)),
            )
        )
    return items


def competitor_items(story: Story, language: Language = ENGLISH) -> list[PanelItem]:
    _ = language.gettext
    if not story.competitors:
        return [heading("empty:competitors", _("No competitors"))]
    items: list[PanelItem] = []
    # The pack's groups, then the rivals it put in none (a pack may leave `group` out):
    # every competitor is listed, as the status line counts them.
    groups = [
        (f"group:{group.id}", group.label_ar if language.rtl else group.label_en, group.id)
        for group in story.rival_groups
    ]
    groups.append(("group:", _("Other competitors"), ""))
    for heading_id, title, group_id in groups:
        members = [c for c in story.competitors if c.group == group_id]
        if not members:
            continue
        items.append(heading(heading_id, title, "bold underline"))
        for competitor in members:
            entity = story.entity(competitor.entity)
            mark = provenance_mark(competitor.provenance)
            items.append(
                PanelItem(
                    str(ItemRef("competitor", competitor.entity)),
                    arabic=entity.name_ar,
                    lines=(
                        (f"{mark} {english_name(entity, language)}", ""),
                        *aside_line(competitor.provenance, language),
                    ),
                )
            )
    return items


def number_items(story: Story, language: Language = ENGLISH) -> list[PanelItem]:
    # The chart compares amounts of the story's main currency (the one most numbers use).
    currencies = [n.unit for n in story.numbers if story.unit(n.unit).kind == "currency"]
    main = max(currencies, key=currencies.count) if currencies else None
    dollars = sorted((n for n in story.numbers if n.unit == main), key=lambda n: -n.value)
    items: list[PanelItem] = []
    # An Arabic reader's labels are the pack's Arabic ones.
    label = (lambda n: n.label_ar) if language.rtl else (lambda n: n.label_en)
    if dollars:
        bars = tuple(Bar(label(n), n.value, format_value(n, language, story)) for n in dollars)
        title = (
            language.gettext("Amounts in {unit}").format(
                unit=story.unit(main).name_ar if language.rtl else story.unit(main).name_en
            )
            if main
            else ""
        )
        items.append(
            PanelItem("chart:usd", lines=((title, "bold underline"),), bars=bars, heading=True)
        )
    for figure in story.numbers:
        # A drafted number is shown as the text writes it ("90 مليون"): its value
        # was read off that wording, and its English label only repeats it.
        # In Arabic the row's Arabic label is the label: the value stands alone.
        mark = provenance_mark(figure.provenance)
        if story.draft:
            line = f"{DRAFT_MARK} {figure.label_ar}"
        elif language.rtl:
            line = f"{mark} {format_value(figure, language, story)}"
        else:
            line = f"{mark} {format_value(figure, language, story)} · {figure.label_en}"
        items.append(
            PanelItem(
                str(ItemRef("number", figure.id)),
                arabic=figure.label_ar,
                lines=((line, ""), *aside_line(figure.provenance, language)),
            )
        )
    return items


PANEL_BUILDERS = {
    "timeline": timeline_items,
    "people": people_items,
    "competitors": competitor_items,
    "numbers": number_items,
}


def panel_items(story: Story, panel: str, language: Language = ENGLISH) -> list[PanelItem]:
    return PANEL_BUILDERS[panel](story, language)


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
