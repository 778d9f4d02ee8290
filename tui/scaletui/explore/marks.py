"""The highlighted spans the reader steps through, and the status line that says where."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..story import Span, Story
from ..story.items import ItemRef, provenance_of
from .rows import CONTEXT_MARK, Styled

MarkKind = Literal["mentions", "hits", "evidence"]
NOUNS = {"mentions": "mention", "hits": "hit", "evidence": "evidence"}
Status = tuple[Styled, ...]


@dataclass(frozen=True, slots=True)
class Marks:
    """Highlighted spans (mentions, search hits or evidence) and the current one."""

    label: str
    spans: tuple[Span, ...]
    position: int = 0
    kind: MarkKind = "mentions"

    @property
    def current(self) -> Span | None:
        return self.spans[self.position] if self.spans else None

    def step(self, step: int) -> Marks:
        """The next (or previous) span, wrapping round at either end."""
        if not self.spans:
            return self
        return replace(self, position=(self.position + step) % len(self.spans))


def marks_status(marks: Marks) -> Status:
    count = len(marks.spans)
    noun = NOUNS[marks.kind]
    if count == 0:
        return ((marks.label, "bold"), (f": no {noun}s", ""))
    plural = "" if count == 1 or marks.kind == "evidence" else "s"
    keys = "   ] next  [ previous  Esc clear" if count > 1 else "   Esc clear"
    # Where the reader is comes first: on a narrow screen a long label is what gets cut.
    return (
        (f"{marks.position + 1}/{count} {noun}{plural}  ", ""),
        (marks.label, "bold"),
        (keys, "dim"),
    )


NOTHING_MARKED: Status = (
    ("Nothing highlighted: ", "bold"),
    ("Enter on an item, or / to search", ""),
)


@dataclass(frozen=True, slots=True)
class Focus:
    """What opening an item shows: its marks, and a message that replaces the
    marks' own status line (None: the marks' status says it all)."""

    marks: Marks
    message: Status | None = None


def item_focus(story: Story, ref: ItemRef, mentions: Sequence[Span] | None) -> Focus | None:
    """Open an item in the text: its evidence, or every mention of its entity.

    `mentions` are the entity's mentions for entity-like items (person,
    competitor, entity); None for the others. None: nothing to show.
    """
    if ref.names_entity:
        entity = story.entities.get(ref.key)
        if entity is None:
            return None
        spans = tuple(mentions or ())
        marks = Marks(entity.name_en, spans, kind="mentions")
        if not spans:
            return Focus(marks, ((f"{entity.name_en}: ", "bold"), ("not named in the article", "")))
        provenance = provenance_of(story, ref) if ref.kind == "competitor" else None
        if provenance is not None and not provenance.in_article:
            message = (
                (f"{CONTEXT_MARK} ", "bold"),
                ("The article does not say they compete: ", "bold"),
                (provenance.note or "", ""),
            )
            return Focus(marks, message)
        return Focus(marks)
    if ref.kind not in ("event", "number"):
        return None
    if ref.kind == "event":
        event = story.event(ref.key)
        if event is None:
            return None
        title, provenance = event.title_en, event.provenance
    else:
        figure = story.figure(ref.key)
        if figure is None:
            return None
        title, provenance = figure.label_en, figure.provenance
    marks = Marks(title, (provenance.span,) if provenance.span else (), kind="evidence")
    if not provenance.in_article:
        return Focus(
            marks,
            ((f"{CONTEXT_MARK} Not stated in the article. ", "bold"), (provenance.note or "", "")),
        )
    if provenance.span is None:
        return Focus(marks, ((title, "bold"), (": no evidence quote", "")))
    return Focus(marks)
