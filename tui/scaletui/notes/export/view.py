"""The export's view of each note: a label, the article text to quote, a place.

A quote is only ever text from the article: a paragraph, or the sentence that
holds a search hit, a mention or an item's evidence. An item's own names (an
event's title, a person's Arabic name) come from the pack, so they are labels.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...i18n import ENGLISH, Language
from ...story import Span, Story
from ...story.items import arabic_name, item_title, provenance_of
from ..anchoring import (
    NOT_IN_ARTICLE,
    PARAGRAPH_LABELS,
    anchor_label,
    locate_paragraph,
    locate_span,
)
from ..model import Anchor, Note
from .text import sentence_bounds

if TYPE_CHECKING:
    from ...search import StoryIndex


@dataclass(frozen=True, slots=True)
class AnchorView:
    heading: str  # "Paragraph 4", "Person: ◆ Jane Doe" (in English unless asked)
    name: str = ""  # an item's Arabic name beside an English heading
    quote: str = ""  # article text in logical order ("" when there is none)
    hit: tuple[int, int] | None = None  # the anchored stretch, as offsets in `quote`
    position: tuple[int, int] = NOT_IN_ARTICLE  # (paragraph, offset), for article order
    span: Span | None = None  # the anchored stretch in today's article
    context: str = ""  # an item from outside the article: the pack's note on it

    @property
    def in_article(self) -> bool:
        return self.position != NOT_IN_ARTICLE


def resolve_anchor(
    story: Story, anchor: Anchor, index: StoryIndex | None = None, language: Language = ENGLISH
) -> AnchorView:
    """Where an anchor is in the article today, and what to quote for it; headed in
    `language` (the JSON export's labels stay English: other tools read them)."""
    view = _resolve(story, anchor, index)
    if language.code == ENGLISH.code:
        return view
    # The app's own label for the note (`¶ ١٢`, `حدث ٣٠ يونيو ٢٠٢٥: ...`): an item's
    # Arabic name is in it already.
    return replace(view, heading=anchor_label(story, anchor, language), name="")


def _resolve(story: Story, anchor: Anchor, index: StoryIndex | None) -> AnchorView:
    if anchor.kind == "item":
        return _item_view(story, anchor, index)
    found = locate_paragraph(story, anchor)
    if found is None:
        # The quote was the article's text when the note was made.
        return AnchorView("A passage no longer in the article", quote=anchor.quote)
    paragraph = story.paragraphs[found]
    label = f"{PARAGRAPH_LABELS.get(paragraph.kind, 'Paragraph')} {found + 1}"
    if anchor.kind == "paragraph":
        whole = Span(found, 0, len(paragraph.text))
        return AnchorView(label, quote=paragraph.text, position=(found, 0), span=whole)
    span = locate_span(story, anchor) or _stored_span(story, found, anchor)
    if span is None:
        return AnchorView(f"{label}, a passage", quote=anchor.quote,
                          position=(found, anchor.start or 0))  # fmt: skip
    return _in_sentence(f"{label}, a passage", story, span)


def _stored_span(story: Story, paragraph: int, anchor: Anchor) -> Span | None:
    """A span anchor with no quote: its stored offsets, if they still fit."""
    length = len(story.paragraphs[paragraph].text)
    start, end = anchor.start, anchor.end
    if start is None or end is None or not 0 <= start < end <= length:
        return None
    return Span(paragraph, start, end)


def _in_sentence(heading: str, story: Story, span: Span, name: str = "") -> AnchorView:
    text = story.paragraphs[span.paragraph].text
    begin, finish = sentence_bounds(text, span.start, span.end)
    hit = (span.start - begin, span.end - begin)
    return AnchorView(heading, name, text[begin:finish], hit, (span.paragraph, span.start), span)


def _item_view(story: Story, anchor: Anchor, index: StoryIndex | None) -> AnchorView:
    ref = anchor.item
    if ref is None:
        return AnchorView("An item")
    heading = item_title(story, ref) or f"{ref} (no longer in the story)"
    name = arabic_name(story, ref) or ""
    provenance = provenance_of(story, ref)
    span = provenance.span if provenance is not None else None
    if span is None and ref.names_entity and ref.key in story.entities:
        if index is None:
            from ...search import StoryIndex

            index = StoryIndex([p.text for p in story.paragraphs], story.entities.values())
        mentions = index.mentions(story.entity(ref.key))
        span = mentions[0] if mentions else None
    if span is None:
        context = provenance.note if provenance is not None and provenance.note else ""
        return AnchorView(heading, name, context=context)
    return _in_sentence(heading, story, span, name)


@dataclass(frozen=True, slots=True)
class NoteGroup:
    """Notes that share an anchor, under one heading, oldest first."""

    view: AnchorView
    notes: tuple[Note, ...]


def group_notes(story: Story, notes: list[Note], language: Language = ENGLISH) -> list[NoteGroup]:
    """The notes by anchor, in article order (anchors outside the article last)."""
    from ...search import StoryIndex

    index = StoryIndex([p.text for p in story.paragraphs], story.entities.values())
    groups: dict[tuple[tuple[int, int], str], tuple[AnchorView, list[Note]]] = {}
    for note in notes:
        view = resolve_anchor(story, note.anchor, index, language)
        groups.setdefault((view.position, note.anchor.key), (view, []))[1].append(note)
    ordered = sorted(groups.values(), key=lambda group: (group[0].position, group[0].heading))
    return [
        NoteGroup(view, tuple(sorted(members, key=lambda n: (n.created, n.id))))
        for view, members in ordered
    ]
