"""What the item detail view shows: an item's whole provenance and every field
the pack gives it (no Textual). The screen lays each line out with the engine.

A ◆ item shows its evidence quote inside its whole paragraph, the quote as a
styled logical span (the engine's span map puts it on the right cells), and then,
marked ◇ under a heading of its own, whatever the pack adds (its aside, its note,
their sources); a ◇ item shows its context note and, when the pack gives them, the
source's outlet, date and URL. A person's quote is shown as their words (verbatim,
checked against the article); the pack's summary of them as a paraphrase.

Labels and headings are chrome, in the reader's language and direction (dates,
counts and positions in its digits); what the pack says is shown as written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from ..i18n import ENGLISH, N_, Language
from ..story import Entity, Person, Provenance, Span, Story
from ..story.items import KIND_NAMES, ItemRef, english_name, find_item, named_in_article
from ..story.model import Origin
from .citation import item_citation, story_citation
from .rows import (
    ARTICLE_MARK,
    CONTEXT_MARK,
    DRAFT_MARK,
    Styled,
    format_value,
    no_english_name,
)

QUOTE_STYLE = "bold reverse"  # the evidence quote within its paragraph
Direction = Literal["ltr", "rtl"]

# The pack's fixed vocabularies, named in the reader's language (other values as written).
LANGUAGE_NAMES = {"en": N_("English"), "ar": N_("Arabic"), "fr": N_("French")}
STATUS_NAMES = {
    "announced": N_("announced"), "paid": N_("paid"), "reported": N_("reported"),
    "estimated": N_("estimated"),
}  # fmt: skip


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
    citation: str = ""  # what the `c` key copies (logical text)


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
        else:
            lines.append(say.chrome((say._("No verified address"), "dim")))
    return lines


def slip_lines(provenance: Provenance, say: Lines) -> list[DetailLine]:
    if not provenance.slip:
        return []
    return [say.chrome((say._("The article gets this wrong: "), "bold"), (provenance.slip, ""))]


def aside_lines(provenance: Provenance, say: Lines) -> list[DetailLine]:
    """The pack's aside, in both languages it gives."""
    lines = []
    if provenance.aside_en:
        lines.append(say.latin(f"{CONTEXT_MARK} {provenance.aside_en}"))
    if provenance.aside_ar:
        lines.append(say.arabic(f"{CONTEXT_MARK} {provenance.aside_ar}"))
    return lines


def provenance_section(story: Story, provenance: Provenance, say: Lines) -> list[DetailSection]:
    _ = say._
    if provenance.in_article:
        head = say.chrome((f"{ARTICLE_MARK} " + _("The article states it"), "bold"))
        lines = [head, *evidence_lines(story, provenance, say), *slip_lines(provenance, say)]
        sections = [DetailSection(_("Evidence"), tuple(lines))]
        added = aside_lines(provenance, say)
        if provenance.note:
            added.append(say.latin(provenance.note))
        added += source_lines(story, provenance, say)
        if added:
            head = say.chrome((f"{CONTEXT_MARK} " + _("Added by the pack: the article does not "
                                                       "state it"), "bold"))  # fmt: skip
            sections.append(DetailSection(_("Context"), (head, *added)))
        return sections
    lines = [
        say.chrome((f"{CONTEXT_MARK} " + _("Outside context: the article does not state it"),
                    "bold"))
    ]  # fmt: skip
    lines += aside_lines(provenance, say)
    if provenance.note:
        lines.append(say.latin(provenance.note))
    lines += source_lines(story, provenance, say)
    if provenance.span is not None:  # the article touches on it without stating it
        lines.append(say.chrome((_("Where the article touches on it:"), "bold")))
        lines += evidence_lines(story, provenance, say)
    lines += slip_lines(provenance, say)
    return [DetailSection(_("Context"), tuple(lines))]


def entity_section(
    story: Story, entity: Entity, count: FormCount | None, say: Lines
) -> DetailSection:
    _ = say._
    named = (
        (f"{ARTICLE_MARK} " + _("The article names it"))
        if named_in_article(entity)
        else (f"{CONTEXT_MARK} " + _("Not named in the article"))
    )
    lines = [say.chrome((named, "bold")), say.label(_("Kind"), say.named(KIND_NAMES, entity.kind))]
    if entity.transliterated:  # as `scaletui draft` records it
        lines.append(say.label(_("English name"), _("transliterated from the Arabic (the text "
                                                    "gives none)")))  # fmt: skip
    elif not entity.name_en:
        lines.append(say.chrome((no_english_name(say.language), "")))
    parent = story.entities.get(entity.part_of) if entity.part_of else None
    if entity.part_of:
        part_of = english_name(parent, say.language) if parent else entity.part_of
        lines.append(say.label(_("Part of"), part_of))
    if entity.role:  # the pack's own words about it, not the article's
        lines.append(say.label(f"{CONTEXT_MARK} " + _("The pack's description"), entity.role))
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
        names = [english_name(story.entities[e], language) for e in event.entities
                 if e in story.entities]  # fmt: skip
        facts = [say.label(_("Date"), language.date(*event.date))]
        if names:
            facts.append(say.label(_("Who"), ", ".join(names)))
        sections.append(DetailSection(_("Event"), tuple(facts)))
        sections += provenance_section(story, event.provenance, say)
        return ItemDetail(event.title_en, event.title_ar, tuple(sections),
                          event.provenance.span, ref, item_citation(story, ref, language))  # fmt: skip
    if ref.kind == "number":
        figure = story.figure(ref.key)
        if figure is None:
            return None
        value = figure.label_ar if story.draft else format_value(figure, language, story)
        unit = story.unit(figure.unit)
        facts = [
            say.label(_("Value"), value),
            say.label(_("Unit"), unit.name_ar if language.rtl else unit.name_en),
        ]
        if figure.status:
            facts.append(say.label(_("Status"), say.named(STATUS_NAMES, figure.status)))
        sections.append(DetailSection(_("Number"), tuple(facts)))
        sections += provenance_section(story, figure.provenance, say)
        return ItemDetail(figure.label_en, figure.label_ar, tuple(sections),
                          figure.provenance.span, ref, item_citation(story, ref, language))  # fmt: skip
    entity = story.entities.get(ref.key) if ref.names_entity else None
    if entity is None:
        return None
    evidence: Span | None = None
    if ref.kind == "person":
        person = next((p for p in story.people if p.entity == ref.key), None)
        if person is not None:
            sections.append(DetailSection(_("Key figure"), person_lines(story, person, say)))
            sections += provenance_section(story, person.provenance, say)
            evidence = person.provenance.span
    elif ref.kind == "competitor":
        rival = next((c for c in story.competitors if c.entity == ref.key), None)
        if rival is not None:
            against = story.entities.get(rival.competes_with)
            group = story.rival_group(rival.group)
            as_what = (group.as_ar if language.rtl else group.as_en) if group else rival.group
            facts = [
                say.label(
                    _("Competes with"),
                    english_name(against, language) if against else rival.competes_with,
                ),
                say.label(_("As"), as_what),
            ]
            sections.append(DetailSection(_("Rival"), tuple(facts)))
            sections += provenance_section(story, rival.provenance, say)
            evidence = rival.provenance.span
    if story.draft:
        drafted = f"{DRAFT_MARK} " + _("drafted from the text, not checked by an editor")
        sections.append(DetailSection(_("Draft"), (say.chrome((drafted, "")),)))
    sections.append(entity_section(story, entity, count, say))
    # The title says a transliterated name is one; a body with no English name is
    # titled by its Arabic name alone, not twice.
    title, arabic = (english_name(entity, language), entity.name_ar)
    if not entity.name_en:
        title, arabic = entity.name_ar, ""
    return ItemDetail(title, arabic, tuple(sections), evidence, ref,
                      item_citation(story, ref, language))  # fmt: skip


def person_lines(story: Story, person: Person, say: Lines) -> tuple[DetailLine, ...]:
    """A key figure: the role the article gives them (in its words, ◆ when it is the
    article's), their quoted words, and the pack's paraphrase, labelled as one."""
    _, language = say._, say.language
    mark = ARTICLE_MARK if person.provenance.in_article else CONTEXT_MARK
    facts: list[DetailLine] = []
    if person.role_ar:
        facts.append(say.chrome((f"{mark} " + _("Role, as the article gives it:"), "bold")))
        facts.append(say.arabic(person.role_ar))
        if person.role:
            facts.append(say.latin(person.role, "italic"))
    elif person.role:
        facts.append(say.label(f"{mark} " + _("Role"), person.role))
    elif person.provenance.in_article:
        facts.append(say.chrome((f"{ARTICLE_MARK} " + _("The article gives no role"), "dim")))
    organisation = story.entities.get(person.organisation)
    org = english_name(organisation, language) if organisation else person.organisation
    if org:
        facts.append(say.label(_("Organisation"), org))
    if person.quote:
        where = ""
        if person.quote_span is not None:
            where = " " + _("(paragraph {number})").format(
                number=language.number(person.quote_span.paragraph + 1)
            )
        facts.append(say.chrome((f"{ARTICLE_MARK} " + _("Their words, as the article quotes "
                                                        "them:") + where, "bold")))  # fmt: skip
        facts.append(say.arabic(f"«{person.quote}»", QUOTE_STYLE))
    if person.paraphrase_ar or person.paraphrase_en:
        facts.append(say.chrome((_("What the article says of them (our paraphrase, not "
                                   "their words):"), "bold")))  # fmt: skip
        if person.paraphrase_ar:
            facts.append(say.arabic(person.paraphrase_ar))
        if person.paraphrase_en:
            facts.append(say.latin(person.paraphrase_en, "italic"))
    return tuple(facts)


def origin_lines(origin: Origin, say: Lines) -> list[DetailLine]:
    """Where the article comes from: the original's outlet, title, author, date and
    address, as far as the pack could verify them, and whether this is a translation."""
    _, language = say._, say.language
    lines = []
    if origin.translated:
        language_name = say.named(LANGUAGE_NAMES, origin.language) if origin.language else ""
        said = (_("A translation from {language} of:").format(language=language_name)
                if language_name else _("A translation of:"))  # fmt: skip
        lines.append(say.chrome((said, "bold")))
    else:
        lines.append(say.chrome((_("Published as:"), "bold")))
    lines.append(say.chrome((origin.outlet, "bold"),
                            (f" · {language.date(*origin.date)}" if origin.date else "", "")))  # fmt: skip
    lines.append(say.latin(origin.title, "italic"))
    lines.append(say.label(_("Author"), origin.author or _("not known")))
    lines.append(say.label(_("Address"), origin.url or _("not verified")))
    if origin.note:
        lines.append(say.latin(origin.note, "dim"))
    return lines


def story_detail(story: Story, language: Language = ENGLISH) -> ItemDetail:
    """The story itself: its titles, source, date and summary."""
    say = Lines(language)
    _, number = say._, language.number
    facts = [say.arabic(story.title, "bold")]
    if story.title_en:
        facts.append(say.latin(story.title_en, "italic"))
    if story.source:  # the file the article was read from
        facts.append(say.label(_("File"), story.source))
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
    if story.origin is not None:
        sections.append(DetailSection(_("Source"), tuple(origin_lines(story.origin, say))))
    if story.summary_en:
        sections.append(DetailSection(_("Summary"), (say.latin(story.summary_en),)))
    if story.machine_translated_title:
        sections.append(DetailSection(_("Machine-translated title (not shown as the headline)"),
                                      (say.arabic(story.machine_translated_title, "dim"),)))  # fmt: skip
    return ItemDetail(
        story.title_en or story.id,
        story.title,
        tuple(sections),
        citation=story_citation(story, language),
    )


def text_detail(
    title: str, parts: tuple[Styled, ...], then: ItemDetail | None, language: Language = ENGLISH
) -> ItemDetail:
    """A status line's whole text, then (if it speaks of an item) that item's detail."""
    first = DetailSection(language.gettext("Status"), (DetailLine(parts, language.direction),))
    if then is None:
        return ItemDetail(title, "", (first,))
    return then._replace(sections=(first, *then.sections))
