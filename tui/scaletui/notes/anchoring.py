"""Where a note belongs in the story: making anchors, and finding them again.

An anchor keeps its quote as well as its position, so a note finds its place
after the article is edited. Used by the explorer (labels, ✎ marks, reopening a
note) and the export (notes/export/view.py: headings, quotes and article order).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

from ..i18n import ENGLISH, Language
from ..story import Span, Story
from ..story.items import (
    ITEM_LABELS,
    ItemRef,
    arabic_name,
    evidence_text,
    item_title,
    related_items,
)
from .model import Anchor, Note

NOT_IN_ARTICLE = (1 << 30, 0)  # sorts after every place in the article
SIMILAR_ENOUGH = 0.6  # an edited paragraph still counts as the one a note was made on
PARAGRAPH_LABELS = {"title": "Headline", "heading": "Heading"}


# -- making anchors -------------------------------------------------------------------


def paragraph_anchor(story: Story, paragraph: int, current: Span | None) -> Anchor:
    """What a note made in the article is about: the highlighted stretch the
    cursor is on (a search hit, a mention), else the cursor's paragraph."""
    text = story.paragraphs[paragraph].text
    if current is not None and current.paragraph == paragraph:
        quote = text[current.start : current.end]
        return Anchor("span", paragraph=paragraph, start=current.start, end=current.end,
                      quote=quote)  # fmt: skip
    return Anchor("paragraph", paragraph=paragraph, quote=text)


def selection_anchor(story: Story, spans: Sequence[Span]) -> Anchor | None:
    """A note on what the reader selected: its exact stretch and words. A passage is
    within one paragraph, so a selection across paragraphs anchors its first part that
    holds more than spaces; None if it holds nothing but spaces."""
    for span in spans:
        text = story.paragraphs[span.paragraph].text
        start, end = span.start, span.end
        while start < end and text[start].isspace():  # (a drag often takes a space too)
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            return Anchor("span", paragraph=span.paragraph, start=start, end=end,
                          quote=text[start:end])  # fmt: skip
    return None


def item_anchor(story: Story, ref: ItemRef) -> Anchor:
    return Anchor("item", item=ref, quote=evidence_text(story, ref))


def anchor_context(story: Story, anchor: Anchor, language: Language = ENGLISH) -> str:
    """The text the note editor shows above the note: what is being annotated."""
    return anchor.quote or anchor_label(story, anchor, language)


# -- finding them again ------------------------------------------------------------------


def locate_paragraph(story: Story, anchor: Anchor) -> int | None:
    """The paragraph an anchor was made on, found by its quoted text first.

    A paragraph anchor keeps the paragraph's text: an exact match wins, then the
    most similar paragraph (the article was edited), then the stored index when
    nothing was quoted. A span anchor looks for its quote, stored paragraph first.
    """
    paragraphs = story.paragraphs
    stored = anchor.paragraph if anchor.paragraph is not None else -1
    if not anchor.quote:
        return stored if 0 <= stored < len(paragraphs) else None
    if anchor.kind == "span":
        if 0 <= stored < len(paragraphs) and anchor.quote in paragraphs[stored].text:
            return stored
        return next((p.index for p in paragraphs if anchor.quote in p.text), None)
    for paragraph in paragraphs:
        if paragraph.text == anchor.quote:
            return paragraph.index
    best, best_ratio = None, SIMILAR_ENOUGH
    for paragraph in paragraphs:
        matcher = SequenceMatcher(None, anchor.quote, paragraph.text, autojunk=False)
        if matcher.quick_ratio() >= best_ratio and (ratio := matcher.ratio()) >= best_ratio:
            best, best_ratio = paragraph.index, ratio
    return best


def locate_span(story: Story, anchor: Anchor) -> Span | None:
    """Where a span anchor's quote is today: at its stored offsets if the quote is
    still there, else the occurrence nearest them in its paragraph."""
    paragraph = locate_paragraph(story, anchor)
    if paragraph is None or not anchor.quote:
        return None
    text = story.paragraphs[paragraph].text
    quote, stored = anchor.quote, anchor.start or 0
    if anchor.paragraph == paragraph and text[stored : stored + len(quote)] == quote:
        return Span(paragraph, stored, stored + len(quote))
    starts, at = [], text.find(quote)
    while at >= 0:
        starts.append(at)
        at = text.find(quote, at + 1)
    if not starts:
        return None
    start = min(starts, key=lambda s: abs(s - stored))
    return Span(paragraph, start, start + len(quote))


def anchor_label(story: Story, anchor: Anchor, language: Language = ENGLISH) -> str:
    """A short label in the reader's language: the item's title, or the paragraph's number."""
    _ = language.gettext
    if anchor.kind == "item":
        if anchor.item is None:
            return _("an item")
        if language.rtl:
            return _reader_item_title(story, anchor.item, language) or str(anchor.item)
        return item_title(story, anchor.item) or str(anchor.item)
    found = locate_paragraph(story, anchor)
    where = (
        f"¶ {language.number(found + 1)}"
        if found is not None
        else _("a passage no longer in the article")
    )
    return where if anchor.kind == "paragraph" else _("{where}, a passage").format(where=where)


def _reader_item_title(story: Story, ref: ItemRef, language: Language) -> str | None:
    """An item's title for a reader of `language`: its kind and its Arabic name."""
    name = arabic_name(story, ref)
    if name is None:
        return None
    _ = language.gettext
    if ref.kind == "event":
        event = story.event(ref.key)
        when = language.date(*event.date) if event else ""
        return _("Event {date}: {title}").format(date=when, title=name)
    if ref.kind == "number":
        return _("Number: {label}").format(label=name)
    return f"{_(ITEM_LABELS.get(ref.kind, ref.kind))}: {name}"


def article_digest(story: Story) -> str:
    """A hash of the article's text (logical, as stored): the JSON export carries it,
    so an import can tell whether its anchors were made on this very text."""
    text = "\n\n".join(paragraph.text for paragraph in story.paragraphs)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def reanchored(story: Story, anchor: Anchor) -> Anchor | None:
    """An anchor made on another version of the article, moved to where its quote is
    in this one (its quote kept as made); None if its passage is not found here."""
    if anchor.kind == "item":
        return anchor if anchor.item is not None and item_title(story, anchor.item) else None
    if anchor.kind == "span":
        span = locate_span(story, anchor)
        if span is None:
            return None
        return anchor._replace(paragraph=span.paragraph, start=span.start, end=span.end)
    found = locate_paragraph(story, anchor)
    return None if found is None else anchor._replace(paragraph=found)


class NotedPlaces(NamedTuple):
    """What the reader's notes mark: panel items and article paragraphs with ✎, and the
    passages of notes on a phrase (or a search hit, a mention), highlighted."""

    items: frozenset[str]  # panel item keys (str of an ItemRef)
    paragraphs: frozenset[int]
    spans: tuple[Span, ...] = ()


def noted_places(story: Story, notes: list[Note]) -> NotedPlaces:
    items: set[str] = set()
    paragraphs: set[int] = set()
    spans: set[Span] = set()
    for note in notes:
        if note.anchor.kind == "item":
            if note.anchor.item is not None:
                items.add(str(note.anchor.item))
                items.update(str(ref) for ref in related_items(note.anchor.item))
            continue
        found = locate_paragraph(story, note.anchor)
        if found is not None:
            paragraphs.add(found)
        if note.anchor.kind == "span" and (span := locate_span(story, note.anchor)) is not None:
            spans.add(span)
    return NotedPlaces(frozenset(items), frozenset(paragraphs), tuple(sorted(spans)))
