"""Notes and what they are anchored to (no Textual, no SQL)."""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from typing import Any, Literal, NamedTuple, cast

from ..story.items import ItemRef
from ..user_dirs import parse_json

AnchorKind = Literal["paragraph", "item", "span"]
ANCHOR_KINDS: tuple[str, ...] = ("paragraph", "item", "span")


class NoteStoreError(Exception):
    """A problem to show the user in one line; no note was lost."""


PLACE_LIMIT = 2**63  # past SQLite's INTEGER (2**63 - 1): no note's place


class OpenedFile(NamedTuple):
    """A file or pack directory opened before, as the notes store remembers it."""

    story_id: str
    path: str
    encoding: str | None = None  # a text file's, as it was opened (None: UTF-8)


class Anchor(NamedTuple):
    """What a note is about.

    paragraph: `paragraph` and `quote` (the paragraph's logical text when the note
    was made, so the note finds its paragraph again after edits to the article).
    item: `item` names a panel item or an entity, `quote` is its evidence if any.
    span: a stretch of text (a search hit): `paragraph`, `start`, `end`, `quote`.
    """

    kind: AnchorKind
    paragraph: int | None = None
    start: int | None = None
    end: int | None = None
    item: ItemRef | None = None
    quote: str = ""

    @property
    def key(self) -> str:
        """Notes with the same key share a heading in the export."""
        if self.kind == "item":
            return f"item:{self.item}"
        if self.kind == "span":
            return f"span:{self.paragraph}:{self.start}:{self.end}"
        return f"paragraph:{self.paragraph}"

    def to_record(self) -> dict[str, Any]:
        """Plain values for JSON (the item as its stored `kind:key` text)."""
        return {
            "kind": self.kind,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "item": str(self.item) if self.item is not None else None,
            "quote": self.quote,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Anchor:
        kind = record.get("kind")
        if kind not in ANCHOR_KINDS:
            raise ValueError(f"unknown anchor kind {kind!r}")
        item = record.get("item")
        places = [record.get(name) for name in ("paragraph", "start", "end")]
        # A place is a row's INTEGER or none (past it, the insert raised OverflowError).
        if not all(place is None or type(place) is int and 0 <= place < PLACE_LIMIT
                   for place in places):  # fmt: skip
            raise ValueError(f"an anchor's place is not a number: {places!r}")
        return cls(
            cast(AnchorKind, kind),
            paragraph=places[0],
            start=places[1],
            end=places[2],
            item=ItemRef.parse(item) if isinstance(item, str) else None,
            quote=record.get("quote") or "",
        )


class Note(NamedTuple):
    id: int  # this database's row id
    story_id: str
    anchor: Anchor
    body: str
    created: datetime
    updated: datetime
    tags: tuple[str, ...] = ()
    uid: str = ""  # the note's identity wherever it travels (exports, a colleague's notes)

    @property
    def identity(self) -> str:
        """The uid, or (a note made without one) one derived from its row."""
        return self.uid or derived_uid("row", self.story_id, self.id, self.created.isoformat())


# Identities derived from what a note holds, for notes that came without one (a row
# another tool wrote, an export or a rescued note from before uids): the same note
# gets the same uid every time, so importing it twice adds it once.
_UID_NAMESPACE = uuid.UUID("5b0c51a3-6d0e-4f7c-9a55-3c7e1d2f9b61")


def derived_uid(*parts: object) -> str:
    """A uid made from `parts` (32 hex digits, like a new note's)."""
    return uuid.uuid5(_UID_NAMESPACE, "\x1f".join(str(part) for part in parts)).hex


class NoteDraft(NamedTuple):
    """What the note editor gives back: the text as typed, and its tags."""

    body: str
    tags: tuple[str, ...] = ()


class RescuedNote(NamedTuple):
    """A note that could not be saved, as one line of `unsaved-notes.jsonl`.

    Every way a note ends up there (a failed save, the app closing under an open
    editor) writes this one shape, so the file can be read back and re-imported.
    """

    story_id: str
    anchor: Anchor
    body: str
    tags: tuple[str, ...]
    saved_at: datetime

    def to_json(self) -> str:
        record = {
            "story_id": self.story_id,
            "anchor": self.anchor.to_record(),
            "body": self.body,
            "tags": list(self.tags),
            "saved_at": self.saved_at.isoformat(),
        }
        return json.dumps(record, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> RescuedNote:
        record = parse_json(line)
        story_id, tags = record["story_id"], record.get("tags", [])
        # Checked as an export's notes are: a hand-made line's story id of 5 was kept as
        # such, its tags of numbers and objects as `#1 #{"a": 2}`, a string's letters as tags.
        if not isinstance(story_id, str) or not story_id.strip():
            raise TypeError("story_id is not a story's id")
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            raise TypeError("tags is not a list of words")
        return cls(
            story_id=story_id,
            anchor=Anchor.from_record(record["anchor"]),
            body=record["body"],
            tags=tuple(tags),
            saved_at=datetime.fromisoformat(record["saved_at"]),
        )


# Between two tags: a comma or semicolon, Latin or Arabic, a line break, or the space
# before a tag written with its hash (`#a #b`). Spaces inside a tag are its own.
_TAG_BREAK = re.compile(r"[,،;؛\n]|\s+(?=#)")


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as `a, b c` (two: `a`, `b c`), `مهم، عاجل` or `#a #b`: split on
    `,` `،` `;` `؛`, unique, in order, without `#`, inner spaces kept (one each)."""
    seen: list[str] = []
    for raw in _TAG_BREAK.split(text):
        tag = " ".join(raw.strip().lstrip("#").split())
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


def filter_notes(notes: list[Note], text: str) -> list[Note]:
    """Notes holding every word of `text`, in any order, in their body, tags or quoted
    anchor, compared as search compares (case, harakat, tatweel and Arabic spelling
    variants aside: `جرينلاند` finds `غرينلاند`); all if `text` has no words."""
    from ..search.folding import fold_query  # with the filter's first use

    words = fold_query(text).split()
    if not words:
        return notes
    found = []
    for note in notes:
        # (A query's words hold no space: none runs from one field into the next.)
        folded = fold_query("\n".join((note.body, note.anchor.quote, *note.tags)))
        if all(word in folded for word in words):
            found.append(note)
    return found
