"""What the item detail view shows: an item's whole provenance and every field
the pack gives it (no Textual). The screen lays each line out with the engine.

A ◆ item shows its evidence quote inside its whole paragraph, the quote as a
styled logical span (the engine's span map puts it on the right cells); a ◇
item shows its context note and, when the pack gives them, the source's outlet,
date and URL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from ..i18n import N_
from ..story import Entity, Provenance, Span, Story
from ..story.items import ItemRef, find_item
from .rows import ARTICLE_MARK, CONTEXT_MARK, DRAFT_MARK, Styled, format_value

QUOTE_STYLE = "bold reverse"  # the evidence quote within its paragraph
Direction = Literal["ltr", "rtl"]


class DetailLine(NamedTuple):
    """One paragraph of the view: logical styled parts, and the direction to use
    when they hold no strong letter."""

    parts: tuple[Styled, ...]
    default: Direction = "ltr"


class DetailSection(NamedTuple):
    heading: str  # English, marked for translation (the screen translates it)
    lines: tuple[DetailLine, ...]


class ItemDetail(NamedTuple):
    title: str
    arabic: str
    sections: tuple[DetailSection, ...]
    evidence: Span | None = None  # where the `j` key jumps
    ref: ItemRef | None = None  # what the `n` key annotates


FormCount = Callable[[Entity, str], int]  # mentions of one surface form
Translate = Callable[[str], str]  # Language.gettext


def untranslated(message: str) -> str:
    return message


def en(text: str, style: str = "") -> DetailLine:
    return DetailLine(((text, style),), "ltr")


def ar(text: str, style: str = "") -> DetailLine:
    return DetailLine(((text, style),), "rtl")


def labelled(label: str, value: str, default: Direction = "ltr") -> DetailLine:
    return DetailLine(((f"{label}: ", "bold"), (value, "")), default)


def evidence_lines(story: Story, provenance: Provenance, tr: Translate) -> tuple[DetailLine, ...]:
    """The quote inside its whole paragraph, the quote's logical span styled."""
    span = provenance.span
    if span is None or not 0 <= span.paragraph < len(story.paragraphs):
        quote = provenance.evidence or ""
        return (ar(quote, QUOTE_STYLE),) if quote else (en(tr(N_("No evidence quote")), "dim"),)
    text = story.paragraphs[span.paragraph].text
    parts = (
        (text[: span.start], ""),
        (text[span.start : span.end], QUOTE_STYLE),
        (text[span.end :], ""),
    )
    return (
        en(f"{tr(N_('Paragraph'))} {span.paragraph + 1}/{len(story.paragraphs)}", "dim"),
        DetailLine(tuple(p for p in parts if p[0]), "rtl"),
    )


def source_lines(story: Story, provenance: Provenance, tr: Translate) -> list[DetailLine]:
    """Each published source the item rests on: outlet, title, date and URL."""
    lines = []
    for source_id in provenance.sources:
        source = story.sources.get(source_id)
        if source is None:
            lines.append(labelled(tr(N_("Source")), source_id))
            continue
        lines.append(DetailLine(((f"{tr(N_('Source'))}: ", "bold"), (source.outlet, "bold"),
                                 (f" · {source.date}", "")), "ltr"))  # fmt: skip
        if source.title:
            lines.append(DetailLine(((source.title, "italic"),), "ltr"))
        if source.url:
            lines.append(DetailLine(((source.url, "underline"),), "ltr"))
    return lines


def slip_lines(provenance: Provenance, tr: Translate) -> list[DetailLine]:
    if not provenance.slip:
        return []
    return [DetailLine(((tr(N_("The article gets this wrong: ")), "bold"),
                        (provenance.slip, "")), "ltr")]  # fmt: skip


def provenance_section(story: Story, provenance: Provenance, tr: Translate) -> DetailSection:
    if provenance.in_article:
        head = en(f"{ARTICLE_MARK} " + tr(N_("The article states it")), "bold")
        lines = [head, *evidence_lines(story, provenance, tr), *slip_lines(provenance, tr)]
        lines += source_lines(story, provenance, tr)
        return DetailSection(tr(N_("Evidence")), tuple(lines))
    lines = [
        en(f"{CONTEXT_MARK} " + tr(N_("Outside context: the article does not state it")), "bold")
    ]
    if provenance.note:
        lines.append(DetailLine(((provenance.note, ""),), "ltr"))
    lines += source_lines(story, provenance, tr)
    if provenance.span is not None:  # the article touches on it without stating it
        lines.append(en(tr(N_("Where the article touches on it:")), "bold"))
        lines += evidence_lines(story, provenance, tr)
    lines += slip_lines(provenance, tr)
    return DetailSection(tr(N_("Context")), tuple(lines))


def entity_section(
    story: Story, entity: Entity, count: FormCount | None, tr: Translate
) -> DetailSection:
    lines = [labelled(tr(N_("Kind")), entity.kind)]
    parent = story.entities.get(entity.part_of) if entity.part_of else None
    if entity.part_of:
        lines.append(labelled(tr(N_("Part of")), parent.name_en if parent else entity.part_of))
    if entity.role:
        lines.append(labelled(tr(N_("Role")), entity.role))
    if entity.aliases:
        lines.append(labelled(tr(N_("Aliases")), ", ".join(entity.aliases)))
    if entity.surface_forms:
        lines.append(en(tr(N_("As the article writes it (mentions):")), "bold"))
        for form in entity.surface_forms:
            found = f"  ({count(entity, form)})" if count is not None else ""
            lines.append(DetailLine((("• ", ""), (form, ""), (found, "dim")), "rtl"))
    return DetailSection(tr(N_("Name")), tuple(lines))


def item_detail(
    story: Story, ref: ItemRef, count: FormCount | None = None, tr: Translate = untranslated
) -> ItemDetail | None:
    """Everything the pack says about an item; None for what has no detail."""
    record = find_item(story, ref)
    sections: list[DetailSection] = []
    if ref.kind == "event" and record is not None:
        event = story.event(ref.key)
        assert event is not None
        names = [story.entities[e].name_en for e in event.entities if e in story.entities]
        facts = [labelled(tr(N_("Date")), str(event.date))]
        if names:
            facts.append(labelled(tr(N_("Who")), ", ".join(names)))
        sections.append(DetailSection(tr(N_("Event")), tuple(facts)))
        sections.append(provenance_section(story, event.provenance, tr))
        return ItemDetail(event.title_en, event.title_ar, tuple(sections),
                          event.provenance.span, ref)  # fmt: skip
    if ref.kind == "number":
        figure = story.figure(ref.key)
        if figure is None:
            return None
        value = figure.label_ar if story.draft else format_value(figure)
        facts = [labelled(tr(N_("Value")), value), labelled(tr(N_("Unit")), figure.unit)]
        if figure.status:
            facts.append(labelled(tr(N_("Status")), figure.status))
        sections.append(DetailSection(tr(N_("Number")), tuple(facts)))
        sections.append(provenance_section(story, figure.provenance, tr))
        return ItemDetail(figure.label_en, figure.label_ar, tuple(sections),
                          figure.provenance.span, ref)  # fmt: skip
    entity = story.entities.get(ref.key) if ref.names_entity else None
    if entity is None:
        return None
    evidence: Span | None = None
    if ref.kind == "person":
        person = next((p for p in story.people if p.entity == ref.key), None)
        if person is not None:
            organisation = story.entities.get(person.organisation)
            facts = [labelled(tr(N_("Role")), person.role)]
            org = organisation.name_en if organisation else person.organisation
            if org:
                facts.append(labelled(tr(N_("Organisation")), org))
            if person.says_ar:
                facts += [en(tr(N_("Says (Arabic):")), "bold"), ar(person.says_ar)]
            if person.says_en:
                facts += [en(tr(N_("Says (English):")), "bold"), en(person.says_en, "italic")]
            sections.append(DetailSection(tr(N_("Key figure")), tuple(facts)))
            sections.append(provenance_section(story, person.provenance, tr))
            evidence = person.provenance.span
    elif ref.kind == "competitor":
        rival = next((c for c in story.competitors if c.entity == ref.key), None)
        if rival is not None:
            against = story.entities.get(rival.competes_with)
            facts = [
                labelled(
                    tr(N_("Competes with")), against.name_en if against else rival.competes_with
                ),
                labelled(tr(N_("As")), rival.segment),
            ]
            sections.append(DetailSection(tr(N_("Rival")), tuple(facts)))
            sections.append(provenance_section(story, rival.provenance, tr))
            evidence = rival.provenance.span
    if story.draft:
        sections.append(DetailSection(tr(N_("Draft")), (en(f"{DRAFT_MARK} " + tr(N_(
            "drafted from the text, not checked by an editor"))),)))  # fmt: skip
    sections.append(entity_section(story, entity, count, tr))
    return ItemDetail(entity.name_en, entity.name_ar, tuple(sections), evidence, ref)


def story_detail(story: Story, tr: Translate = untranslated) -> ItemDetail:
    """The story itself: its titles, source, date and summary."""
    facts = [ar(story.title, "bold")]
    if story.title_en:
        facts.append(en(story.title_en, "italic"))
    if story.source:
        facts.append(labelled(tr(N_("Source")), story.source))
    if story.published:
        facts.append(labelled(tr(N_("Published")), story.published))
    counts = (
        f"{len(story.paragraphs)} " + tr(N_("paragraphs")) + f", {len(story.events)} "
        + tr(N_("events")) + f", {len(story.people)} " + tr(N_("key figures")) + f", "
        f"{len(story.competitors)} " + tr(N_("rivals")) + f", {len(story.numbers)} " + tr(N_("numbers"))
    )  # fmt: skip
    facts.append(en(counts, "dim"))
    sections = [DetailSection(tr(N_("Story")), tuple(facts))]
    if story.summary_en:
        sections.append(DetailSection(tr(N_("Summary")), (en(story.summary_en),)))
    if story.machine_translated_title:
        sections.append(DetailSection(tr(N_("Machine-translated title (not shown as the headline)")),
                                      (ar(story.machine_translated_title, "dim"),)))  # fmt: skip
    return ItemDetail(story.title_en or story.id, story.title, tuple(sections))


def text_detail(
    title: str, parts: tuple[Styled, ...], then: ItemDetail | None, tr: Translate = untranslated
) -> ItemDetail:
    """A status line's whole text, then (if it speaks of an item) that item's detail."""
    first = DetailSection(tr(N_("Status")), (DetailLine(parts, "ltr"),))
    if then is None:
        return ItemDetail(title, "", (first,))
    return then._replace(sections=(first, *then.sections))
