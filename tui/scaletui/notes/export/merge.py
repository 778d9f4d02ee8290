"""Exporting again into a file the reader has written in.

The app owns two things in an exported Markdown file: the block between
`<!-- scaletui:begin story=ID sha256=H -->` and `<!-- scaletui:end story=ID -->`,
and the front matter keys it writes. A new export replaces exactly those; every
other line of the file, and every other front matter key, stays as it was.

`H` is a digest of the block as written, so an export can tell when the reader
edited inside the block: those edits would be replaced, so the CLI asks for
`--force` and the app says so before it writes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote

PlanKind = Literal["new", "merge", "merge-edited", "replace"]

# The keys the app writes (and so replaces) in the front matter.
OWNED_KEYS = frozenset({
    "story_id", "title", "title_en", "outlet", "url", "author", "published", "source",
    "original_outlet", "original_title", "original_author", "original_date", "original_url",
    "original_language", "translation", "exported_at", "note_count", "tags",
})  # fmt: skip
_BEGIN = re.compile(r"<!-- scaletui:begin story=(\S+) sha256=([0-9a-f]{16}) -->")
_END = re.compile(r"<!-- scaletui:end story=(\S+) -->")
_KEY = re.compile(r"""^(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s#:][^:]*?))\s*:(?:\s|$)""")


def marker_id(story_id: str) -> str:
    """The story id as it stands in a marker: no spaces, no `--` (an HTML
    comment would end there, or be invalid)."""
    return quote(story_id, safe="").replace("--", "-%2D")


def digest(block_lines: list[str]) -> str:
    """What the begin marker records of the block: editors may change line ends
    or strip trailing spaces without it counting as an edit."""
    text = "\n".join(line.rstrip() for line in block_lines)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def wrap_block(story_id: str, block_lines: list[str]) -> list[str]:
    sid = marker_id(story_id)
    return [
        f"<!-- scaletui:begin story={sid} sha256={digest(block_lines)} -->",
        *block_lines,
        f"<!-- scaletui:end story={sid} -->",
    ]


@dataclass(frozen=True, slots=True)
class Document:
    """A Markdown file cut into what the app owns and what it does not."""

    front: list[str] | None  # front matter lines between the `---` lines, if any
    before: list[str]  # the reader's lines before the block (or all of them)
    block: list[str] | None  # the app's block, without its markers; None if absent
    after: list[str]  # the reader's lines after the block
    edited: bool = False  # the block differs from what the app wrote


def split_front_matter(lines: list[str]) -> tuple[list[str] | None, list[str]]:
    if not lines or lines[0].rstrip() != "---":
        return None, lines
    for at in range(1, len(lines)):
        if lines[at].rstrip() in ("---", "..."):
            return lines[1:at], lines[at + 1 :]
    return None, lines  # never closed: not front matter


def read_document(text: str, story_id: str) -> Document:
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")
    front, body = split_front_matter(lines)
    sid = marker_id(story_id)
    for start, line in enumerate(body):
        begin = _BEGIN.fullmatch(line.rstrip())
        if begin is None or begin.group(1) != sid:
            continue
        for end in range(start + 1, len(body)):
            closing = _END.fullmatch(body[end].rstrip())
            if closing is not None and closing.group(1) == sid:
                block = body[start + 1 : end]
                edited = digest(block) != begin.group(2)
                return Document(front, body[:start], block, body[end + 1 :], edited)
        break  # a begin with no end: damaged, so not the app's to replace
    return Document(front, body, None, [])


def plan_for(existing: str | None, story_id: str) -> PlanKind:
    """What exporting to a file holding `existing` does (None: no file)."""
    if existing is None or not existing.strip():
        return "new"
    document = read_document(existing, story_id)
    if document.block is None:
        return "replace"
    return "merge-edited" if document.edited else "merge"


def _entries(front: list[str]) -> list[tuple[str | None, list[str]]]:
    """Front matter as top-level entries: (key, its lines); comments and lines
    before the first key have no key and are kept."""
    entries: list[tuple[str | None, list[str]]] = []
    for line in front:
        starts_entry = line[:1] not in ("", " ", "\t", "-", "#")
        match = _KEY.match(line) if starts_entry else None
        if match is not None:
            key = next(group for group in match.groups() if group is not None)
            entries.append((key.strip(), [line]))
        elif entries:
            entries[-1][1].append(line)
        else:
            entries.append((None, [line]))
    return entries


def merge_front_matter(ours: list[str], theirs: list[str] | None) -> list[str]:
    """Our keys, then every key of theirs we do not write, as they wrote it."""
    kept = [
        line for key, lines in _entries(theirs or []) if key not in OWNED_KEYS for line in lines
    ]
    return ours + kept


def merge(existing: str, fresh: str, story_id: str) -> str:
    """`fresh` (a whole new export) put into `existing`: its block and owned
    keys replaced, the rest kept. `existing` must hold the story's block."""
    old = read_document(existing, story_id)
    new = read_document(fresh, story_id)
    if old.block is None or new.block is None or new.front is None:
        raise ValueError("both texts must hold the story's block")
    front = merge_front_matter(new.front, old.front)
    begin_marker = wrap_block(story_id, new.block)
    lines = ["---", *front, "---"]
    before = old.before if old.front is not None else _without_leading_blank(old.before)
    lines += before if before else [""]
    lines += begin_marker + old.after
    return "\n".join(lines)


def _without_leading_blank(lines: list[str]) -> list[str]:
    # A file that had no front matter gets one; a blank line then separates them.
    at = 0
    while at < len(lines) and not lines[at].strip():
        at += 1
    return ["", *lines[at:]] if lines[at:] else []
