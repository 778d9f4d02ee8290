"""Notes as a file worth keeping: Markdown (front matter, anchors in article order,
each note its own part, merged into the reader's file on re-export) or JSON for
other tools.

The quoted Arabic is the article's logical text: the file is for editors and
browsers, which lay Arabic out themselves (never presentation forms, never
reversed text). Note bodies are escaped so they stay inside their part (text.py);
what the app owns in a file, and how the reader's text is kept, is told in
merge.py; a file that must be rewritten is first copied beside itself (backup.py).
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
from .backup import keep_copy
from .file import ExportError, NotAFile, read_existing, target_path, write_export
from .json_format import export_json, json_plan
from .markdown import Rendering, anchor_lines, front_matter, head_lines, note_lines, render
from .merge import Candidates, Marker, PlanKind, merge, plan_for
from .text import neutralize_controls
from .view import AnchorView, resolve_anchor

__all__ = [
    "ExportError",
    "ExportPlan",
    "ExportResult",
    "NotAFile",
    "NothingToExport",
    "export_json",
    "export_markdown",
    "export_notes",
    "front_matter",
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


def format_of(target: str, default: Format = "markdown") -> Format:
    """The format a file name asks for: JSON for `.json`, else `default`."""
    return "json" if target.lower().endswith(".json") else default


def export_markdown(
    story: Story, notes: Iterable[Note], exported_at: datetime, language: Language = ENGLISH
) -> str:
    """A whole new export: front matter, then the app's parts, in the reader's language
    (the front matter's keys are field names: they stay as they are)."""
    return render(story, list(notes), exported_at, language).text()


def _candidates(story: Story, fresh: Rendering, language: Language) -> Candidates:
    """What each part held when it was written, as far as can be known now: the part
    as it is rendered today, in the reader's language and in English."""
    from .view import group_notes

    languages = [language] if language.code == ENGLISH.code else [language, ENGLISH]
    groups = {group.anchor.key: group for group in fresh.groups}
    views: dict[str, AnchorView] = {}
    for found in group_notes(story, list(fresh.notes.values()), ENGLISH):
        views.setdefault(found.notes[0].anchor.key, found.view)

    def candidates(kind: str, key: str, marker: Marker) -> list[list[str]]:
        if kind == "head":
            try:
                at = datetime.fromisoformat(marker.get("at"))
            except ValueError:
                return []
            return [head_lines(story, at, lang) for lang in languages]
        if kind == "anchor":
            group = groups.get(key)
            found = [group.anchor.lines] if group is not None else []
            view = views.get(key)
            return found + ([anchor_lines(view, ENGLISH)] if view is not None else [])
        note = fresh.notes.get(key)
        return [note_lines(note, lang) for lang in languages] if note is not None else []

    return candidates


# -- into a file --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportPlan:
    """What exporting to a target will do, worked out before anything is written."""

    target: str
    fmt: Format
    kind: PlanKind  # new file, updated (merged), notes added to a text file, replaced
    text: str
    count: int
    backup: tuple[str, ...] = ()  # why the file as it is must be kept beside it (msgids)
    moved: int = 0  # lines of the reader's found inside the app's parts, kept below them
    removed: int = 0  # notes not among the reader's here, taken out of the file (copied first)


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path | None  # None: standard output
    kind: PlanKind
    count: int
    backup: Path | None = None  # where the file as it was is kept
    why: tuple[str, ...] = ()  # why it was kept (msgids)
    moved: int = 0
    removed: int = 0
    fmt: Format = "markdown"


FORCED = N_("--force: the whole file is replaced by a new export")


def plan_export(
    story: Story,
    notes: Iterable[Note],
    target: str,
    exported_at: datetime,
    *,
    fmt: Format = "markdown",
    force: bool = False,
    language: Language = ENGLISH,
) -> ExportPlan:
    """What exporting `notes` to `target` ('-': standard output) would write, and what
    it would do to the file there now. Refuses (ExportError) only what cannot be done
    without losing something: a file that is not text, without `force`."""
    notes = list(notes)
    if not notes:
        raise NothingToExport(
            Said(N_("no notes on {story} yet; nothing was written"), story=story.id)
        )
    if fmt == "json":
        fresh_json = export_json(story, notes, exported_at)
        if target == "-":
            return ExportPlan(target, fmt, "new", fresh_json, len(notes))
        kind, why = json_plan(read_existing(target), story.id, notes)
        if kind == "replace" and not force:
            raise ExportError(
                Said(N_("{path} exists and is not a scaletui JSON export of {story}; use "
                        "--force to replace it (a copy of it is kept beside it first)"),
                     path=target, story=story.id)
            )  # fmt: skip
        return ExportPlan(target, fmt, kind, fresh_json, len(notes), why)
    fresh = render(story, notes, exported_at, language)
    if target == "-":
        return ExportPlan(target, fmt, "new", fresh.text(), len(notes))
    existing = read_existing(target)
    kind = plan_for(existing, story.id)
    if existing is None or kind == "new":
        return ExportPlan(target, fmt, "new", fresh.text(), len(notes))
    if force or kind == "replace":
        if not force:
            raise ExportError(
                Said(N_("{path} is not UTF-8 text; use --force to replace it (a copy of it is "
                        "kept beside it first)"), path=target)
            )  # fmt: skip
        return ExportPlan(target, fmt, "replace", fresh.text(), len(notes), (FORCED,))
    merged = merge(existing, fresh, _candidates(story, fresh, language))
    return ExportPlan(target, fmt, merged.kind, merged.text, len(notes), tuple(merged.backup),
                      merged.moved, merged.removed)  # fmt: skip


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
    """Write the notes to `target` ('-': standard output), merged into what the file
    holds (plan_export); a file that must be rewritten is first copied beside it."""
    plan = plan_export(story, notes, target, exported_at, fmt=fmt, force=force,
                       language=language)  # fmt: skip
    return write_plan(plan, exported_at)


def write_plan(plan: ExportPlan, when: datetime) -> ExportResult:
    """Carry out a plan: the copy first (if one is kept), then the new text."""
    if plan.target == "-":
        write_export(plan.text, "-")
        return ExportResult(None, "new", plan.count, fmt=plan.fmt)
    copy = keep_copy(target_path(plan.target), when) if plan.backup else None
    path = write_export(plan.text, plan.target, force=True)
    return ExportResult(path, plan.kind, plan.count, copy, plan.backup, plan.moved,
                        plan.removed, plan.fmt)  # fmt: skip
