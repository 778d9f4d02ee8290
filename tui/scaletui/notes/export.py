"""Notes as a Markdown file worth keeping: front matter, anchors in article order.

The quoted Arabic is the article's logical text, byte for byte: the file is for
editors and browsers, which lay Arabic out themselves (never presentation forms,
never reversed text).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path

from ..search import StoryIndex
from ..story import Span, Story
from .model import Anchor, Note

NOT_IN_ARTICLE = (1 << 30, 0)  # sorts after every place in the article
SIMILAR_ENOUGH = 0.6  # an edited paragraph still counts as the one a note was made on


class ExportError(Exception):
    """A one-line reason the export was not written; any previous file is intact."""


@dataclass(frozen=True, slots=True)
class ResolvedAnchor:
    heading: str
    quotes: tuple[str, ...]  # logical text, quoted under the heading
    position: tuple[int, int]  # (paragraph, offset) for article order


def resolve_anchor(story: Story, anchor: Anchor, index: StoryIndex | None = None) -> ResolvedAnchor:
    """Where an anchor is in the article today, and what to quote for it."""
    paragraphs = story.paragraphs
    if anchor.kind in ("paragraph", "span"):
        found = locate_paragraph(story, anchor)
        if found is None:
            return ResolvedAnchor(
                "A passage no longer in the article", (anchor.quote,) if anchor.quote else (),
                NOT_IN_ARTICLE,
            )  # fmt: skip
        paragraph = paragraphs[found]
        label = {"title": "Headline", "heading": "Heading"}.get(paragraph.kind, "Paragraph")
        if anchor.kind == "paragraph":
            return ResolvedAnchor(f"{label} {found + 1}", (paragraph.text,), (found, 0))
        start = paragraph.text.find(anchor.quote) if anchor.quote else -1
        offset = start if start >= 0 else (anchor.start or 0)
        return ResolvedAnchor(f"{label} {found + 1}, a passage", (anchor.quote,), (found, offset))
    return _resolve_item(
        story, anchor, index or StoryIndex([p.text for p in paragraphs], story.entities.values())
    )


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


def item_title(story: Story, item_id: str) -> str | None:
    """What a panel item is called, in the export's headings and the app's note labels."""
    kind, _, key = item_id.partition(":")
    if kind == "event":
        event = story.event(key)
        return f"Event {event.date}: {event.title_en}" if event else None
    if kind == "number":
        figure = story.figure(key)
        return f"Number: {figure.label_en}" if figure else None
    entity = story.entities.get(key)
    if kind in ("person", "competitor", "entity") and entity is not None:
        label = {"person": "Person", "competitor": "Competitor"}.get(kind, "Entity")
        return f"{label}: {entity.name_en}"
    return None


def _resolve_item(story: Story, anchor: Anchor, index: StoryIndex) -> ResolvedAnchor:
    kind, _, key = (anchor.item or "").partition(":")
    span: Span | None = None
    heading = item_title(story, anchor.item or "") or anchor.item or "an item"
    quotes: list[str] = []
    if kind == "event":
        event = story.event(key)
        if event is not None:
            quotes.append(event.title_ar)
            span = event.provenance.span
    elif kind == "number":
        figure = story.figure(key)
        if figure is not None:
            quotes.append(figure.label_ar)
            span = figure.provenance.span
    elif kind in ("person", "competitor", "entity"):
        entity = story.entities.get(key)
        if entity is not None:
            quotes.append(entity.name_ar)
            mentions = index.mentions(entity)
            span = mentions[0] if mentions else None
    if span is not None:
        evidence = story.paragraphs[span.paragraph].text[span.start : span.end]
        if evidence not in quotes:
            quotes.append(evidence)
        return ResolvedAnchor(heading, tuple(quotes), (span.paragraph, span.start))
    return ResolvedAnchor(heading, tuple(quotes), NOT_IN_ARTICLE)


def _yaml_string(value: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar, whatever it contains.
    return json.dumps(value, ensure_ascii=False)


def _quote_block(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def export_markdown(story: Story, notes: Iterable[Note], exported_at: datetime) -> str:
    notes = list(notes)
    index = StoryIndex([p.text for p in story.paragraphs], story.entities.values())
    groups: dict[str, tuple[ResolvedAnchor, list[Note]]] = {}
    for note in notes:
        resolved = resolve_anchor(story, note.anchor, index)
        key = f"{resolved.position}:{note.anchor.key}"
        groups.setdefault(key, (resolved, []))[1].append(note)
    out = [
        "---",
        f"story_id: {_yaml_string(story.id)}",
        f"title: {_yaml_string(story.title)}",
        f"title_en: {_yaml_string(story.title_en)}",
        f"source: {_yaml_string(story.source)}",
        f"exported_at: {_yaml_string(exported_at.isoformat())}",
        f"note_count: {len(notes)}",
        "---",
        "",
        f"# {story.title}",
        "",
        f"*{story.title_en}* — notes exported {_stamp(exported_at)}",
        "",
    ]
    if not notes:
        out += ["No notes yet.", ""]
    ordered = sorted(groups.values(), key=lambda group: (group[0].position, group[0].heading))
    for resolved, group in ordered:
        out += [f"## {resolved.heading}", ""]
        for quote in resolved.quotes:
            out += [_quote_block(quote), ""]
        for note in sorted(group, key=lambda n: (n.created, n.id)):
            line = f"### Note {note.id} · {_stamp(note.created)}"
            if note.updated != note.created:
                line += f" · edited {_stamp(note.updated)}"
            out += [line, ""]
            if note.tags:
                out += ["Tags: " + ", ".join(f"`{tag}`" for tag in note.tags), ""]
            out += [note.body.rstrip("\n"), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def write_export(text: str, target: str, force: bool = False) -> Path | None:
    """Write atomically (a temporary file, then rename); '-' writes to stdout.

    Returns the path written, or None for stdout. An existing file is kept
    unless `force`; a failed write leaves any previous file as it was.
    """
    if target == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return None
    path = Path(target).expanduser()
    if path.is_dir():
        raise ExportError(f"{path} is a directory; name a file")
    if path.exists() and not force:
        raise ExportError(f"{path} exists; use --force to overwrite it")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{folder}: no such directory")
    handle = None
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, prefix=f".{path.name}.", suffix=".tmp",
            delete=False,
        )  # fmt: skip
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except OSError as error:
        if handle is not None and os.path.exists(handle.name):
            os.unlink(handle.name)
        reason = error.strerror or str(error)
        raise ExportError(f"cannot write {path}: {reason}") from None
    return path
