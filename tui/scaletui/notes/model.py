"""Notes and what they are anchored to (no Textual, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

AnchorKind = Literal["paragraph", "item", "span"]


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a note is about.

    paragraph: `paragraph` and `quote` (the paragraph's logical text when the note
    was made, so the note finds its paragraph again after edits to the article).
    item: `item` is a panel item id ("event:llama-4-release", "person:alexandr-wang",
    "entity:meta", "competitor:turing", "number:..."), `quote` its evidence if any.
    span: a stretch of text (a search hit): `paragraph`, `start`, `end`, `quote`.
    """

    kind: AnchorKind
    paragraph: int | None = None
    start: int | None = None
    end: int | None = None
    item: str | None = None
    quote: str = ""

    @property
    def key(self) -> str:
        """Notes with the same key share a heading in the export."""
        if self.kind == "item":
            return f"item:{self.item}"
        if self.kind == "span":
            return f"span:{self.paragraph}:{self.start}:{self.end}"
        return f"paragraph:{self.paragraph}"


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    story_id: str
    anchor: Anchor
    body: str
    created: datetime
    updated: datetime
    tags: tuple[str, ...] = field(default=())


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as 'a, b c' or '#a #b': unique, in order, without '#'."""
    seen: list[str] = []
    for raw in text.replace(",", " ").split():
        tag = raw.lstrip("#").strip()
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


def filter_notes(notes: list[Note], text: str) -> list[Note]:
    """Notes whose body, tags or quoted anchor contain `text` (any case); all if empty."""
    needle = text.casefold().strip()
    if not needle:
        return notes
    return [
        n for n in notes
        if needle in n.body.casefold() or needle in n.anchor.quote.casefold()
        or any(needle in t.casefold() for t in n.tags)
    ]  # fmt: skip
