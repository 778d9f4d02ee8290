"""Notes as a file worth keeping: Markdown (front matter, anchors in article
order, merged into the reader's file on re-export) or JSON for other tools.

The quoted Arabic is the article's logical text: the file is for editors and
browsers, which lay Arabic out themselves (never presentation forms, never
reversed text). Note bodies are escaped so they stay inside their section
(text.py); what the app owns in a file is told in merge.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from ...i18n import ENGLISH, N_, Language, Said
from ...story import Story
from ..model import Note
from .file import ExportError, read_existing, target_path, write_export
from .json_format import export_json, is_own_json, original_fields
from .merge import PlanKind, merge, plan_for, wrap_block
from .text import (
    escape_block,
    escape_label,
    neutralize_controls,
    obsidian_tags,
    quote_lines,
    yaml_string,
)
from .view import AnchorView, NoteGroup, group_notes, resolve_anchor

__all__ = [
    "ExportError",
    "ExportResult",
    "NothingToExport",
    "export_json",
    "export_markdown",
    "export_notes",
    "neutralize_controls",
    "plan_export",
    "resolve_anchor",
    "target_path",
    "write_export",
]

Format = Literal["markdown", "json"]
SUFFIXES: dict[Format, str] = {"markdown": ".md", "json": ".json"}


class NothingToExport(ExportError):
    """There are no notes: no file is written."""


def default_name(story_id: str, fmt: Format = "markdown") -> str:
    return f"{story_id}-notes{SUFFIXES[fmt]}"


def _stamp(moment: datetime) -> str:
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
        f"exported_at: {yaml_string(exported_at.isoformat())}",
        f"note_count: {len(notes)}",
    ]
    tags = obsidian_tags([tag for note in notes for tag in note.tags])
    lines += ["tags:", *(f"  - {yaml_string(tag)}" for tag in tags)] if tags else ["tags: []"]
    return lines


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


def _heading(view: AnchorView) -> str:
    heading = f"## {escape_label(view.heading)}"
    return f"{heading} — {escape_label(view.name)}" if view.name else heading


def _group_lines(group: NoteGroup, language: Language) -> list[str]:
    _ = language.gettext
    view = group.view
    out = [_heading(view), ""]
    if view.quote:
        out += [*quote_lines(view.quote, view.hit), ""]
    if view.context:
        out += [_("*Outside the article:* {context}").format(context=escape_label(view.context)),
                ""]  # fmt: skip
    for note in group.notes:
        line = "### " + _("Note {id} · {time}").format(id=note.id, time=_stamp(note.created))
        if note.updated != note.created:
            line += " · " + _("edited {time}").format(time=_stamp(note.updated))
        out += [line, ""]
        tags = obsidian_tags(note.tags)
        if tags:
            out += [_("Tags: {tags}").format(tags=" ".join(f"#{tag}" for tag in tags)), ""]
        body = escape_block(note.body)
        out += [*body, ""] if body else []
    return out


def export_markdown(
    story: Story, notes: Iterable[Note], exported_at: datetime, language: Language = ENGLISH
) -> str:
    """A whole new export: front matter, then the app's block, in the reader's language
    (the front matter's keys are field names: they stay as they are)."""
    _ = language.gettext
    notes = list(notes)
    stamp = _stamp(exported_at)
    exported = (
        _("*{title}* — notes exported {time}").format(
            title=escape_label(story.title_en), time=stamp
        )
        if story.title_en
        else _("Notes exported {time}").format(time=stamp)
    )
    block = [f"# {escape_label(story.title)}", "", exported]
    source = _source_line(story, language)
    if source:
        block += ["", source]
    block.append("")
    if not notes:
        block += [_("No notes yet."), ""]
    for group in group_notes(story, notes, language):
        block += _group_lines(group, language)
    # Neutralised before the digest is taken, so the digest is of what is written.
    # A blank line ends the last paragraph before the end marker, for every renderer.
    block = neutralize_controls("\n".join(block).rstrip("\n") + "\n").split("\n")
    front = neutralize_controls("\n".join(front_matter(story, notes, exported_at))).split("\n")
    return "\n".join(["---", *front, "---", "", *wrap_block(story.id, block)]) + "\n"


# -- into a file --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path | None  # None: standard output
    kind: PlanKind  # new file, merged into the reader's file, or replaced
    count: int


def _plan(existing: str | None, story_id: str, fmt: Format) -> PlanKind:
    if fmt == "json":
        if existing is None or not existing.strip():
            return "new"
        return "merge" if is_own_json(existing, story_id) else "replace"
    return plan_for(existing, story_id)


def plan_export(story_id: str, target: str, fmt: Format = "markdown") -> PlanKind:
    """What exporting to `target` would do to what is there now."""
    return "new" if target == "-" else _plan(read_existing(target), story_id, fmt)


def export_notes(
    story: Story,
    notes: Iterable[Note],
    target: str,
    exported_at: datetime,
    *,
    fmt: Format = "markdown",
    force: bool = False,
    language: Language = ENGLISH,
) -> ExportResult:
    """Write the notes to `target` ('-': standard output), merging into a file
    an earlier export made. Without `force`, a file that is not this story's
    export, or whose block the reader edited, is left as it is (ExportError)."""
    notes = list(notes)
    if not notes:
        raise NothingToExport(
            Said(N_("no notes on {story} yet; nothing was written"), story=story.id)
        )
    fresh = (
        export_json(story, notes, exported_at)
        if fmt == "json"
        else export_markdown(story, notes, exported_at, language)
    )
    if target == "-":
        write_export(fresh, "-")
        return ExportResult(None, "new", len(notes))
    existing = read_existing(target)
    kind = _plan(existing, story.id, fmt)
    if kind == "merge-edited" and not force:
        raise ExportError(
            Said(N_("{path}: the scaletui block was edited since the last export; move your "
                    "text outside it, or use --force to replace the block (text outside it is "
                    "kept)"), path=target)
        )  # fmt: skip
    if kind == "replace" and not force:
        raise ExportError(
            Said(N_("{path} exists and is not a scaletui export of {story}; use --force to "
                    "overwrite it"), path=target, story=story.id)
        )  # fmt: skip
    text = fresh
    if existing is not None and fmt == "markdown" and kind in ("merge", "merge-edited"):
        text = merge(existing, fresh, story.id)
    path = write_export(text, target, force=True)
    return ExportResult(path, kind, len(notes))
