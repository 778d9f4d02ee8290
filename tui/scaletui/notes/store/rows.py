"""A row of `notes` as a Note."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from ...story.items import ItemRef
from ..model import Anchor, Note


def item_text(item: ItemRef | None) -> str | None:
    """An item as stored: `kind:key` text."""
    return str(item) if item is not None else None


def note_from_row(row: sqlite3.Row) -> Note:
    anchor = Anchor(
        kind=row["anchor_kind"],
        paragraph=row["anchor_paragraph"],
        start=row["anchor_start"],
        end=row["anchor_end"],
        # Stored as `kind:key` text since schema 1; an unknown kind keeps no item.
        item=ItemRef.parse(row["anchor_item"]) if row["anchor_item"] else None,
        quote=row["anchor_quote"],
    )
    return Note(
        id=row["id"],
        story_id=row["story_id"],
        anchor=anchor,
        body=row["body"],
        created=datetime.fromisoformat(row["created"]),
        updated=datetime.fromisoformat(row["updated"]),
        # A read-only database of schema 1 was never migrated: no tags column.
        tags=tuple(json.loads(row["tags"])) if "tags" in row.keys() else (),
    )
