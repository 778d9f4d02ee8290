"""The Markdown export as parts: the front matter, the head (title and source), a
heading with its quote per anchor, and each note, each part between its markers
(sections.py), so that an export into a file the reader has written in replaces only
those parts (merge.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ...i18n import ENGLISH, Language
from ...story import Story
from ..anchoring import article_digest
from ..model import Note
from .json_format import original_fields
from .sections import closing, end_marker, opening
from .text import (
    emphasised,
    escape_block,
    escape_label,
    neutralize_controls,
    obsidian_tags,
    quote_lines,
    yaml_string,
)
from .view import AnchorView, NoteGroup, group_notes


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def front_matter(story: Story, notes: list[Note], exported_at: datetime) -> list[str]:
    """YAML (every value a JSON string, which YAML reads as it is); the source
    fields only when the pack gives them."""
    lines = [
        f"story_id: {yaml_string(story.id)}",
        f"title: {yaml_string(story.title)}",
        f"title_en: {yaml_string(story.title_en)}",
    ]
    for key in ("outlet", "url", "author", "published", "source"):
        value = getattr(story, key)
        if value or key == "source":
            lines.append(f"{key}: {yaml_string(value)}")
    for key, value in original_fields(story).items():  # the piece the article renders
        lines.append(f"{key}: {yaml_string(value) if isinstance(value, str) else 'true'}")
    lines += [
        f"article_sha256: {yaml_string(article_digest(story))}",
        f"exported_at: {yaml_string(exported_at.isoformat())}",
        f"note_count: {len(notes)}",
    ]
    tags = obsidian_tags([tag for note in notes for tag in note.tags])
    lines += ["tags:", *(f"  - {yaml_string(tag)}" for tag in tags)] if tags else ["tags: []"]
    return neutralize_controls("\n".join(lines)).split("\n")


def _source_line(story: Story, language: Language) -> str | None:
    """Where the story comes from: outlet, author, date and address, as given."""
    _ = language.gettext
    named = [escape_label(story.outlet)] if story.outlet else []
    if story.author:
        named.append(_("by {author}").format(author=escape_label(story.author)))
    parts = [_("Source: {names}").format(names=_(", ").join(named))] if named else []
    if story.published:
        parts.append(_("published {date}").format(date=escape_label(story.published)))
    if story.url:
        parts.append("<" + story.url.replace("<", "%3C").replace(">", "%3E") + ">")
    if not parts:
        return None
    line = " · ".join(parts)
    return line[0].upper() + line[1:]


def _lines(lines: list[str]) -> list[str]:
    """A part's lines as written: control characters made visible, no blank line at
    either end (the markers stand right above and below)."""
    text = neutralize_controls("\n".join(lines)).strip("\n")
    return text.split("\n")


def head_lines(story: Story, exported_at: datetime, language: Language = ENGLISH) -> list[str]:
    _ = language.gettext
    when = stamp(exported_at)
    exported = (
        _("*{title}* — notes exported {time}").format(title=escape_label(story.title_en), time=when)
        if story.title_en
        else _("Notes exported {time}").format(time=when)
    )
    lines = [f"# {escape_label(story.title)}", "", exported]
    source = _source_line(story, language)
    if source:
        lines += ["", source]
    return _lines(lines)


def anchor_lines(view: AnchorView, language: Language = ENGLISH) -> list[str]:
    """An anchor's heading and what it quotes: a phrase (a selection, a search hit, a
    mention) as it stands, then the sentence it is in, the phrase in bold."""
    _ = language.gettext
    heading = f"## {escape_label(view.heading)}"
    out = [f"{heading} — {escape_label(view.name)}" if view.name else heading, ""]
    if view.passage and view.hit is not None:
        out += [*quote_lines(view.passage), ""]
        if view.passage.strip() != view.quote.strip():
            sentence = emphasised(view.quote, view.hit)
            out += [_("*In its sentence:* {sentence}").format(sentence=sentence), ""]
    elif view.quote:
        out += [*quote_lines(view.quote, view.hit), ""]
    if view.context:
        out += [_("*Outside the article:* {context}").format(context=escape_label(view.context)),
                ""]  # fmt: skip
    return _lines(out)


def note_lines(note: Note, language: Language = ENGLISH) -> list[str]:
    _ = language.gettext
    line = "### " + _("Note {id} · {time}").format(id=note.id, time=stamp(note.created))
    if note.updated != note.created:
        line += " · " + _("edited {time}").format(time=stamp(note.updated))
    out = [line, ""]
    tags = obsidian_tags(note.tags)
    if tags:
        out += [_("Tags: {tags}").format(tags=" ".join(f"#{tag}" for tag in tags)), ""]
    out += escape_block(note.body)
    return _lines(out)


def note_meta(note: Note) -> dict[str, Any]:
    """What `scaletui import` needs of a note beyond its text: its anchor as stored
    (a phrase's exact words too), its times and its tags as typed."""
    anchor = note.anchor
    meta: dict[str, Any] = {"kind": anchor.kind}
    for name in ("paragraph", "start", "end"):
        value = getattr(anchor, name)
        if value is not None:
            meta[name] = value
    if anchor.item is not None:
        meta["item"] = str(anchor.item)
    if anchor.kind == "span":
        meta["quote"] = anchor.quote
    meta |= {"created": note.created.isoformat(), "updated": note.updated.isoformat()}
    if note.tags:
        meta["tags"] = list(note.tags)
    return meta


@dataclass(frozen=True, slots=True)
class Part:
    """One part the app writes: its content, and the markers around it."""

    kind: str  # head, anchor, note
    key: str  # the story id (head), the anchor's key, the note's uid
    lines: list[str]
    opening: str
    closing: str

    @property
    def written(self) -> list[str]:
        return [self.opening, *self.lines, self.closing]


@dataclass(frozen=True, slots=True)
class GroupParts:
    """An anchor's heading part and its notes' parts, in the order they are written."""

    anchor: Part
    notes: list[Part]


@dataclass(frozen=True, slots=True)
class Rendering:
    """A whole export of a story's notes, in parts."""

    story_id: str
    front: list[str]
    head: Part
    groups: list[GroupParts]
    end: str
    notes: dict[str, Note] = field(default_factory=dict)  # by uid

    def text(self) -> str:
        """The export as a new file."""
        lines = ["---", *self.front, "---", "", *self.head.written, ""]
        for group in self.groups:
            for part in (group.anchor, *group.notes):
                lines += [*part.written, ""]
        return "\n".join([*lines, self.end]) + "\n"


def render(
    story: Story, notes: list[Note], exported_at: datetime, language: Language = ENGLISH
) -> Rendering:
    """Every part of an export of `notes`, in article order (anchors outside it last)."""
    from .sections import digest

    front = front_matter(story, notes, exported_at)
    head = head_lines(story, exported_at, language)
    head_open = opening("head", story.id, head, at=exported_at.isoformat(),
                        front=digest(front))  # fmt: skip
    head_part = Part("head", story.id, head, head_open, closing("head", story.id))
    groups: list[GroupParts] = []
    keys: set[str] = set()
    by_uid: dict[str, Note] = {}
    for group in group_notes(story, notes, language):
        groups.append(_group_parts(story.id, group, keys, language, by_uid))
    return Rendering(story.id, front, head_part, groups, end_marker(story.id), by_uid)


def _group_parts(
    story_id: str, group: NoteGroup, keys: set[str], language: Language, by_uid: dict[str, Note]
) -> GroupParts:
    key = group.notes[0].anchor.key
    if key in keys:  # the same stored anchor placed twice (two versions of a quote)
        key = f"{key}~{len(keys)}"
    keys.add(key)
    lines = anchor_lines(group.view, language)
    anchor = Part("anchor", key, lines, opening("anchor", story_id, lines, key=key),
                  closing("anchor", story_id))  # fmt: skip
    parts = []
    for note in group.notes:
        uid = note.identity
        by_uid[uid] = note
        body = note_lines(note, language)
        parts.append(Part("note", uid, body,
                          opening("note", story_id, body, note_meta(note), uid=uid),
                          closing("note", story_id)))  # fmt: skip
    return GroupParts(anchor, parts)
