"""Notes as a Markdown file worth keeping: front matter, anchors in article order.

The quoted Arabic is the article's logical text, byte for byte: the file is for
editors and browsers, which lay Arabic out themselves (never presentation forms,
never reversed text).
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from ..search import StoryIndex
from ..story import Story
from .anchoring import ResolvedAnchor, resolve_anchor
from .model import Note


class ExportError(Exception):
    """A one-line reason the export was not written; any previous file is intact."""


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
    return neutralize_controls("\n".join(out).rstrip("\n") + "\n")


def neutralize_controls(text: str) -> str:
    """Control characters from a source text or a note (ESC[2J, OSC 52, a bell)
    as their visible Control Pictures: the file, or `-o -` on a terminal, must
    never drive the terminal that shows it. Newlines and tabs stay."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        code = ord(char)
        if char in "\n\t" or unicodedata.category(char) != "Cc":
            out.append(char)
        elif code < 0x20:
            out.append(chr(0x2400 + code))
        else:
            out.append("\u2421" if code == 0x7F else "\ufffd")
    return "".join(out)


def write_export(text: str, target: str, force: bool = False) -> Path | None:
    """Write atomically (a temporary file, then rename); '-' writes to stdout.

    Returns the path written, or None for stdout. An existing file is kept
    unless `force`; a failed write leaves any previous file as it was.
    """
    if target == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return None
    named = Path(target).expanduser()
    # Through a symlink to the file it names: replacing the link itself would
    # leave the real file stale and the link gone.
    path = named.resolve() if named.is_symlink() else named
    if path.is_dir():
        raise ExportError(f"{named} is a directory; name a file")
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        # A device or a FIFO (/dev/full, a pipe): a rename would replace it.
        raise ExportError(f"{named} is not a regular file; name a file, or use -o - for a pipe")
    if path.exists() and not force:
        raise ExportError(f"{named} exists; use --force to overwrite it")
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
