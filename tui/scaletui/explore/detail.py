"""What the item detail view shows: an item's whole provenance and every field
the pack gives it (no Textual). The screen lays each line out with the engine.

A ◆ item shows its evidence quote inside its whole paragraph, the quote as a
styled logical span (the engine's span map puts it on the right cells); a ◇
item shows its context note and, when the pack gives them, the source's outlet,
date and URL.

Labels and headings are chrome, in the reader's language and direction (dates,
counts and positions in its digits); what the pack says is shown as written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from ..i18n import ENGLISH, N_, Language
from ..story import Entity, Provenance, Span, Story
from ..story.items import KIND_NAMES, ItemRef, find_item
from .rows import ARTICLE_MARK, CONTEXT_MARK, DRAFT_MARK, Styled, format_value

QUOTE_STYLE = "bold reverse"  # the evidence quote within its paragraph
Direction = Literal["ltr", "rtl"]

# The pack's fixed vocabularies, named in the reader's language (other values as written).
STATUS_NAMES = {
    "announced": N_("announced"), "paid": N_("paid"), "reported": N_("reported"),
    "estimated": N_("estimated"),
}  # fmt: skip
UNIT_NAMES = {
    "USD": N_("US dollars"), "percent": N_("percent"), "year": N_("calendar year"),
    "years": N_("years"), "count": N_("count"),
}  # fmt: skip
SEGMENT_NAMES = {"data provider": N_("data provider"), "AI lab": N_("AI lab")}


class DetailLine(NamedTuple):
    """One paragraph of the view: logical styled parts, the direction to use when
    they hold no strong letter, and whether that direction is imposed (chrome: a
    label or heading sits on the interface's side whatever its value's script)."""

    parts: tuple[Styled, ...]
    default: Direction = "ltr"
    imposed: bool = False


class DetailSection(NamedTuple):
    heading: str  # in the reader's language
    lines: tuple[DetailLine, ...]


class ItemDetail(NamedTuple):
    title: str
    arabic: str
    sections: tuple[DetailSection, ...]
    evidence: Span | None = None  # where the `j` key jumps
    ref: ItemRef | None = None  # what the `n` key annotates


FormCount = Callable[[Entity, str], int]  # mentions of one surface form


class Lines:
    """Builds a view's lines in one language: chrome on its side, the pack's text
    in its own direction (English from the left, Arabic from the right)."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self._ = language.gettext

    def chrome(self, *parts: Styled) -> DetailLine:
        return DetailLine(parts, self.language.direction, imposed=True)

    def label(self, label: str, value: str, *more: Styled) -> DetailLine:
        return self.chrome((f"{label}: ", "bold"), (value, ""), *more)

    def latin(self, text: str, style: str = "") -> DetailLine:
        """The pack's English (a note, a gloss, a URL), the interface's side if neutral."""
        return DetailLine(((text, style),), self.language.direction)

    def arabic(self, text: str, style: str = "") -> DetailLine:
        return DetailLine(((text, style),), "rtl")

    def named(self, names: dict[str, str], value: str) -> str:
        return self._(names[value]) if value in names else value


def evidence_lines(story: Story, provenance: Provenance, say: Lines) -> tuple[DetailLine, ...]:
    """The quote inside its whole paragraph, the quote's logical span styled."""
    _, language = say._, say.language
    span = provenance.span
    if span is None or not 0 <= span.paragraph < len(story.paragraphs):
        quote = provenance.evidence or ""
        if quote:
            return (say.arabic(quote, QUOTE_STYLE),)
        return (say.chrome((_("No evidence quote"), "dim")),)
    text = story.paragraphs[span.paragraph].text
    parts = (
        (text[: span.start], ""),
        (text[span.start : span.end], QUOTE_STYLE),
        (text[span.end :], ""),
    )
    where = _("Paragraph {number} of {count}").format(
        number=language.number(span.paragraph + 1), count=language.number(len(story.paragraphs))
    )
    return (say.chrome((where, "dim")), DetailLine(tuple(p for p in parts if p[0]), "rtl"))


def source_lines(story: Story, provenance: Provenance, say: Lines) -> list[DetailLine]:
    """Each published source the item rests on: outlet, title, date and URL."""
    lines = []
    for source_id in provenance.sources:
        source = story.sources.get(source_id)
        if source is None:
            lines.append(say.label(say._("Source"), source_id))
            continue
        date = f" · {say.language.date(*source.date)}"
        lines.append(say.chrome((say._("Source") + ": ", "bold"), (source.outlet, "bold"),
                                (date, "")))  # fmt: skip
        if source.title:
            lines.append(say.latin(source.title, "italic"))
        if source.url:
            lines.append(say.latin(source.url, "underline"))
    return lines


def slip_lines(provenance: Provenance, say: Lines) -> list[DetailLine]:
    if not provenance.slip:
        return []
    return [say.chrome((say._("The article gets this wrong: "), "bold"), (provenance.slip, ""))]


def provenance_section(story: Story, provenance: Provenance, say: Lines) -> DetailSection:
    _ = say._
    if provenance.in_article:
        head = say.chrome((f"{ARTICLE_MARK} " + _("The article states it"), "bold"))
        lines = [head, *evidence_lines(story, provenance, say), *slip_lines(provenance, say)]
        lines += source_lines(story, provenance, say)
        return DetailSection(_("Evidence"), tuple(lines))
    lines = [
        say.chrome((f"{CONTEXT_MARK} " + _("Outside context: the article does not state it"),
                    "bold"))
    ]  # fmt: skip
    if provenance.note:
        lines.append(say.latin(provenance.note))
    lines += source_lines(story, provenance, say)
    if provenance.span is not None:  # the article touches on it without stating it
        lines.append(say.chrome((_("Where the article touches on it:"), "bold")))
        lines += evidence_lines(story, provenance, say)
    lines += slip_lines(provenance, say)
    return DetailSection(_("Context"), tuple(lines))


def entity_section(
    story: Story, entity: Entity, count: FormCount | None, say: Lines
) -> DetailSection:
    _ = say._
    lines = [say.label(_("Kind"), say.named(KIND_NAMES, entity.kind))]
    parent = story.entities.get(entity.part_of) if entity.part_of else None
    if entity.part_of:
        lines.append(say.label(_("Part of"), parent.name_en if parent else entity.part_of))
    if entity.role:
        lines.append(say.label(_("Role"), entity.role))
    if entity.aliases:
        lines.append(say.label(_("Aliases"), ", ".join(entity.aliases)))
    if entity.surface_forms:
        lines.append(say.chrome((_("As the article writes it (mentions):"), "bold")))
        for form in entity.surface_forms:
            found = f"  ({say.language.number(count(entity, form))})" if count is not None else ""
            lines.append(DetailLine((("• ", ""), (form, ""), (found, "dim")), "rtl"))
    return DetailSection(_("Name"), tuple(lines))


def item_detail(
    story: Story, ref: ItemRef, count: FormCount | None = None, language: Language = ENGLISH
) -> ItemDetail | None:
    """Everything the pack says about an item; None for what has no detail."""
    say = Lines(language)
    _ = say._
    record = find_item(story, ref)
    sections: list[DetailSection] = []
    if ref.kind == "event" and record is not None:
        event = story.event(ref.key)
        assert event is not None
        names = [story.entities[e].name_en for e in event.entities if e in story.entities]
        facts = [say.label(_("Date"), language.date(*event.date))]
        if names:
            facts.append(say.label(_("Who"), ", ".join(names)))
        sections.append(DetailSection(_("Event"), tuple(facts)))
        sections.append(provenance_section(story, event.provenance, say))
        return ItemDetail(event.title_en, event.title_ar, tuple(sections),
                          event.provenance.span, ref)  # fmt: skip
    if ref.kind == "number":
        figure = story.figure(ref.key)
        if figure is None:
            return None
        value = figure.label_ar if story.draft else format_value(figure, language)
        facts = [
            say.label(_("Value"), value),
            say.label(_("Unit"), say.named(UNIT_NAMES, figure.unit)),
        ]
        if figure.status:
            facts.append(say.label(_("Status"), say.named(STATUS_NAMES, figure.status)))
        sections.append(DetailSection(_("Number"), tuple(facts)))
        sections.append(provenance_section(story, figure.provenance, say))
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
            facts = [say.label(_("Role"), person.role)]
            org = organisation.name_en if organisation else person.organisation
            if org:
                facts.append(say.label(_("Organisation"), org))
            if person.says_ar:
                facts += [say.chrome((_("Says (Arabic):"), "bold")), say.arabic(person.says_ar)]
            if person.says_en:
                facts += [say.chrome((_("Says (English):"), "bold")),
                          say.latin(person.says_en, "italic")]  # fmt: skip
            sections.append(DetailSection(_("Key figure"), tuple(facts)))
            sections.append(provenance_section(story, person.provenance, say))
            evidence = person.provenance.span
    elif ref.kind == "competitor":
        rival = next((c for c in story.competitors if c.entity == ref.key), None)
        if rival is not None:
            against = story.entities.get(rival.competes_with)
            facts = [
                say.label(_("Competes with"), against.name_en if against else rival.competes_with),
                say.label(_("As"), say.named(SEGMENT_NAMES, rival.segment)),
            ]
            sections.append(DetailSection(_("Rival"), tuple(facts)))
            sections.append(provenance_section(story, rival.provenance, say))
            evidence = rival.provenance.span
    if story.draft:
        drafted = f"{DRAFT_MARK} " + _("drafted from the text, not checked by an editor")
        sections.append(DetailSection(_("Draft"), (say.chrome((drafted, "")),)))
    sections.append(entity_section(story, entity, count, say))
    return ItemDetail(entity.name_en, entity.name_ar, tuple(sections), evidence, ref)


def story_detail(story: Story, language: Language = ENGLISH) -> ItemDetail:
    """The story itself: its titles, source, date and summary."""
    say = Lines(language)
    _, number = say._, language.number
    facts = [say.arabic(story.title, "bold")]
    if story.title_en:
        facts.append(say.latin(story.title_en, "italic"))
    if story.source:
        facts.append(say.label(_("Source"), story.source))
    if story.published:
        facts.append(say.label(_("Published"), language.digits_of(story.published)))
    counts = _(
        "paragraphs {paragraphs}, events {events}, key figures {people}, rivals {rivals}, "
        "numbers {numbers}"
    ).format(
        paragraphs=number(len(story.paragraphs)), events=number(len(story.events)),
        people=number(len(story.people)), rivals=number(len(story.competitors)),
        numbers=number(len(story.numbers)),
    )  # fmt: skip
    facts.append(say.chrome((counts, "dim")))
    sections = [DetailSection(_("Story"), tuple(facts))]
    if story.summary_en:
        sections.append(DetailSection(_("Summary"), (say.latin(story.summary_en),)))
    if story.machine_translated_title:
        sections.append(DetailSection(_("Machine-translated title (not shown as the headline)"),
                                      (say.arabic(story.machine_translated_title, "dim"),)))  # fmt: skip
    return ItemDetail(story.title_en or story.id, story.title, tuple(sections))


def text_detail(
    title: str, parts: tuple[Styled, ...], then: ItemDetail | None, language: Language = ENGLISH
) -> ItemDetail:
    """A status line's whole text, then (if it speaks of an item) that item's detail."""
    first = DetailSection(language.gettext("Status"), (DetailLine(parts, language.direction),))
    if then is None:
        return ItemDetail(title, "", (first,))
    return then._replace(sections=(first, *then.sections))
