"""Notes as JSON for other tools: one documented, versioned schema.

    {"format": "scaletui-notes", "version": 1, "exported_at": ISO 8601,
     "story":  {"id", "title", "title_en", "language"},
     "source": {"outlet", "url", "author", "published", "file",
                "original": {"outlet", "title", "author", "date", "url", "language",
                             "translated"} or null}   (null when unknown),
     "notes":  [{"id", "anchor", "quote", "context", "body", "tags", "created", "updated"}]}

Each anchor is {"kind": "paragraph" | "span" | "item", "label", "name", "item",
"in_article", "paragraph", "start", "end", "text"}: `paragraph` is the 0-based
paragraph today, `start`/`end` the anchored stretch in it in code points, `text`
that stretch. `quote` is article text (the paragraph, or the sentence holding the
stretch), never a name from the pack; `context` is the pack's note on an item from
outside the article. Notes come in article order; text is logical, as stored.
A new field may be added in a later version 1; a field is never renamed or dropped
without a new version.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ...story import Story
from ...user_dirs import parse_json
from ..model import Note
from .text import escape_json_controls
from .view import AnchorView, group_notes

FORMAT = "scaletui-notes"
VERSION = 1


def _or_none(text: str) -> str | None:
    return text or None


def original_fields(story: Story) -> dict[str, str | bool]:
    """The original piece the pack names (its `[origin]`), as the front matter's
    `original_*` keys: only what is known (no author, no address when not verified)."""
    origin = story.origin
    if origin is None:
        return {}
    fields: dict[str, str | bool] = {
        "original_outlet": origin.outlet, "original_title": origin.title,
        "original_author": origin.author,
        "original_date": str(origin.date) if origin.date else "",
        "original_url": origin.url, "original_language": origin.language,
    }  # fmt: skip
    known: dict[str, str | bool] = {key: value for key, value in fields.items() if value}
    if origin.translated:
        known["translation"] = True
    return known


def _original(story: Story) -> dict[str, Any] | None:
    origin = story.origin
    if origin is None:
        return None
    return {
        "outlet": origin.outlet, "title": origin.title, "author": _or_none(origin.author),
        "date": str(origin.date) if origin.date else None, "url": _or_none(origin.url),
        "language": _or_none(origin.language), "translated": origin.translated,
    }  # fmt: skip


def _anchor(note: Note, view: AnchorView) -> dict[str, Any]:
    span = view.span
    text: str | None = None
    if span is not None and view.quote:
        text = view.quote[view.hit[0] : view.hit[1]] if view.hit else view.quote
    elif note.anchor.kind != "item":
        text = note.anchor.quote or None
    return {
        "kind": note.anchor.kind,
        "label": view.heading,
        "name": _or_none(view.name),
        "item": str(note.anchor.item) if note.anchor.item is not None else None,
        "in_article": view.in_article,
        "paragraph": span.paragraph if span is not None else None,
        "start": span.start if span is not None else None,
        "end": span.end if span is not None else None,
        "text": text,
    }


def export_json(story: Story, notes: list[Note], exported_at: datetime) -> str:
    records = [
        {
            "id": note.id,
            "anchor": _anchor(note, group.view),
            "quote": _or_none(group.view.quote),
            "context": _or_none(group.view.context),
            "body": note.body,
            "tags": list(note.tags),
            "created": note.created.isoformat(),
            "updated": note.updated.isoformat(),
        }
        for group in group_notes(story, notes)
        for note in group.notes
    ]
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(),
        "story": {
            "id": story.id,
            "title": story.title,
            "title_en": story.title_en,
            "language": story.language,
        },
        "source": {
            "outlet": _or_none(story.outlet),
            "url": _or_none(story.url),
            "author": _or_none(story.author),
            "published": _or_none(story.published),
            "file": _or_none(story.source),
            "original": _original(story),
        },
        "notes": records,
    }
    return escape_json_controls(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def is_own_json(existing: str, story_id: str) -> bool:
    """Whether a file holds this app's JSON export of the story (so replacing
    it loses nothing the reader wrote)."""
    try:
        data = parse_json(existing)
    except ValueError:
        return False
    return (
        isinstance(data, dict)
        and data.get("format") == FORMAT
        and isinstance(data.get("story"), dict)
        and data["story"].get("id") == story_id
    )
