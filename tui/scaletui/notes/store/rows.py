"""A row of `notes` as a Note, read defensively: one bad field (written by another
tool, an older scaletui, or damage) is repaired and reported with the row's id, and
never stops the other notes from showing or exporting."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import cast

from ...i18n import N_
from ...story.items import ItemRef
from ...user_dirs import parse_json
from ..model import ANCHOR_KINDS, Anchor, AnchorKind, Note, parse_tags

# A date that cannot be read, and no other date of the note to take instead.
UNKNOWN_TIME = datetime(1970, 1, 1, tzinfo=UTC)


# What each column is called when the reader is told it was repaired.
FIELD_NAMES = {
    "story_id": N_("story"),
    "anchor_kind": N_("anchor"),
    "anchor_paragraph": N_("paragraph"),
    "anchor_start": N_("start"),
    "anchor_end": N_("end"),
    "anchor_item": N_("item"),
    "anchor_quote": N_("quote"),
    "body": N_("text"),
    "created": N_("creation time"),
    "updated": N_("edit time"),
    "tags": N_("tags"),
}


def item_text(item: ItemRef | None) -> str | None:
    """An item as stored: `kind:key` text."""
    return str(item) if item is not None else None


class RowReader:
    """Notes from rows; `repaired` keeps, per note id, the fields that were not as
    written by scaletui (for the reader to be told once)."""

    def __init__(self, decode: Callable[[bytes], str]) -> None:
        self.decode = decode
        self.repaired: dict[int, tuple[str, ...]] = {}

    def note(self, row: sqlite3.Row) -> Note:
        fields = _Fields(row, self.decode)
        created, updated = fields.time("created"), fields.time("updated")
        created = created or updated or UNKNOWN_TIME  # (the bad one is named in `bad`)
        updated = updated or created
        kind = row["anchor_kind"]
        if kind not in ANCHOR_KINDS:
            kind = "paragraph"  # (the table's CHECK refuses others: only damage gets here)
            fields.bad.add("anchor_kind")
        item = fields.text("anchor_item", optional=True)
        note = Note(
            id=int(row["id"]),
            story_id=fields.text("story_id") or "",
            anchor=Anchor(
                kind=cast(AnchorKind, kind),
                paragraph=fields.number("anchor_paragraph"),
                start=fields.number("anchor_start"),
                end=fields.number("anchor_end"),
                # Stored as `kind:key` text since schema 1; an unknown kind keeps no item.
                item=ItemRef.parse(item) if item else None,
                quote=fields.text("anchor_quote") or "",
            ),
            body=fields.text("body") or "",
            created=created,
            updated=updated,
            tags=fields.tags(),
        )
        if fields.bad:
            self.repaired[note.id] = tuple(sorted(fields.bad))
        else:
            self.repaired.pop(note.id, None)  # rewritten since (an edit saves it whole)
        return note


class _Fields:
    """One row's values, each taken as its column's type or repaired (named in `bad`)."""

    def __init__(self, row: sqlite3.Row, decode: Callable[[bytes], str]) -> None:
        self.row = row
        self.decode = decode
        self.bad: set[str] = set()

    def text(self, column: str, optional: bool = False) -> str | None:
        value = self.row[column]
        if isinstance(value, str) or (value is None and optional):
            return value
        self.bad.add(column)
        if isinstance(value, bytes):  # a BLOB: its bytes, read as text
            return self.decode(value)
        return None if value is None else str(value)

    def number(self, column: str) -> int | None:
        value = self.row[column]
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        self.bad.add(column)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str | bytes):
            try:
                return int(value)
            except ValueError:
                return None
        return None

    def time(self, column: str) -> datetime | None:
        """The time, in UTC; None if it cannot be read."""
        value = self.row[column]
        try:
            if isinstance(value, str):
                when = datetime.fromisoformat(value)
                return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
            if isinstance(value, int | float) and not isinstance(value, bool):
                self.bad.add(column)  # seconds since 1970, as other tools write it
                return datetime.fromtimestamp(value, UTC)
        except (ValueError, OverflowError, OSError):
            pass
        self.bad.add(column)
        return None

    def tags(self) -> tuple[str, ...]:
        if "tags" not in self.row.keys():
            return ()  # a read-only database of schema 1 was never migrated: no tags column
        raw = self.row["tags"]
        text = self.decode(raw) if isinstance(raw, bytes) else raw
        try:
            value = parse_json(text) if isinstance(text, str) else text
        except ValueError:
            value = text  # not JSON: taken as typed tags ("a, b")
        if isinstance(value, list) and all(isinstance(tag, str) for tag in value):
            if isinstance(raw, str):
                return tuple(value)
        self.bad.add("tags")
        if isinstance(value, str):
            return parse_tags(value)
        if isinstance(value, list):
            found = [tag if isinstance(tag, str) else json.dumps(tag) for tag in value]
            return parse_tags(", ".join(found))
        return ()
