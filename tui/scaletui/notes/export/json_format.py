"""Notes as JSON for other tools: one documented, versioned schema.

    {"format": "scaletui-notes", "version": 1, "exported_at": ISO 8601,
     "story":  {"id", "title", "title_en", "language", "article_sha256"},
     "source": {"outlet", "url", "author", "published", "file",
                "original": {"outlet", "title", "author", "date", "url", "language",
                             "translated"} or null}   (null when unknown),
     "notes":  [{"id", "uid", "anchor", "quote", "context", "body", "tags", "created",
                 "updated"}]}

Each anchor is {"kind": "paragraph" | "span" | "item", "label", "name", "item",
"in_article", "paragraph", "start", "end", "text", "quote", "stored"}: `paragraph` is
the 0-based paragraph today, `start`/`end` the anchored stretch in it in code points,
`text` that stretch. The anchor's `quote` is the text the note was made on, exactly
(a paragraph, a phrase, an item's evidence) and `stored` its place then
({"paragraph", "start", "end"}): with the article's `article_sha256` (SHA-256 of its
paragraphs joined by a blank line) they let `scaletui import` put the note back, on
this text or, by its quote, on another version of it. `uid` is the note's identity
wherever it travels. The note's `quote` is article text (the paragraph, or the
sentence holding the stretch), never a name from the pack; `context` is the pack's
note on an item from outside the article. Notes come in article order; text is
logical, as stored. A new field may be added in a later version 1; a field is never
renamed or dropped without a new version.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ...i18n import N_
from ...story import Story
from ...user_dirs import parse_json
from ..anchoring import article_digest
from ..model import Note
from .text import escape_json_controls
from .view import AnchorView, group_notes

if TYPE_CHECKING:
    from .sections import PlanKind

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
        "quote": note.anchor.quote,
        "stored": {
            "paragraph": note.anchor.paragraph,
            "start": note.anchor.start,
            "end": note.anchor.end,
        },
    }


def export_json(story: Story, notes: list[Note], exported_at: datetime) -> str:
    records = [
        {
            "id": note.id,
            "uid": note.identity,
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
            "article_sha256": article_digest(story),
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


FOREIGN_JSON = N_("it is not a scaletui JSON export of this story")
NOT_ALL_IN_IT = N_("it held notes, or versions of them, that this export does not")


def json_plan(
    existing: str | None, story_id: str, notes: list[Note]
) -> tuple[PlanKind, tuple[str, ...]]:
    """What writing the JSON export over `existing` does, and why a copy of it must be
    kept first (a note of it, or a version of one, would not be in the new file)."""
    if existing is None or not existing.strip():
        return "new", ()
    try:
        data = parse_json(existing)
    except ValueError:
        return "replace", (FOREIGN_JSON,)
    if not (
        isinstance(data, dict)
        and data.get("format") == FORMAT
        and isinstance(data.get("story"), dict)
        and data["story"].get("id") == story_id
        and isinstance(data.get("notes"), list)
    ):
        return "replace", (FOREIGN_JSON,)
    ours = {(note.identity, note.body, tuple(note.tags)) for note in notes}
    ours_by_time = {(note.created.isoformat(), note.body) for note in notes}
    for record in data["notes"]:
        if not isinstance(record, dict):
            return "update", (NOT_ALL_IN_IT,)
        uid, body, tags = record.get("uid"), record.get("body"), record.get("tags")
        if isinstance(uid, str) and isinstance(tags, list):
            found = (uid, body, tuple(tags)) in ours
        else:  # an export from before uids
            found = (record.get("created"), body) in ours_by_time
        if not found:
            return "update", (NOT_ALL_IN_IT,)
    return "update", ()
