"""Exporting again into a file the reader has written in: the app's parts rewritten,
every line of the reader's kept.

The app owns, in an exported Markdown file, the parts between its markers
(sections.py) and the front matter keys it writes (OWNED_KEYS). A new export
rewrites each of its parts where it stands (the reader may have moved them), adds
new notes after the last part of their anchor (or in article order), drops the
parts of notes not among the reader's notes (deleted since, or made elsewhere: the
file is copied first, as it may be their only copy), and keeps everything else as
it was: text written above, between or below the parts, under a note, and front
matter keys of the reader's own.

What the reader wrote *inside* a part is found by its digest: lines added to a part
are the reader's and are kept, just below the part; a line of the app's that the
reader changed, a part copied twice, a front matter that lost its closing `---`, an
end marker deleted: whatever must be replaced or repaired makes the export save the
file as it was beside it first (the caller writes the copy; `backup` says why).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ...i18n import N_
from .markdown import GroupParts, Part, Rendering
from .sections import Marker, PlanKind, digest, digest_v1, marker_id, read_marker

# The keys the app writes (and so replaces) in the front matter.
OWNED_KEYS = frozenset({
    "story_id", "title", "title_en", "outlet", "url", "author", "published", "source",
    "original_outlet", "original_title", "original_author", "original_date", "original_url",
    "original_language", "translation", "article_sha256", "exported_at", "note_count", "tags",
})  # fmt: skip
_KEY = re.compile(r"""^(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s#:][^:]*?))\s*:(?:\s|$)""")

# Why the file as it was is saved beside it before it is rewritten (msgids).
EDITED = N_("you changed text inside scaletui's parts")
FRONT_EDITED = N_("you changed front matter keys scaletui writes")
UNCLOSED_FRONT = N_("its front matter had lost its closing ---")
SECOND_FRONT = N_("it held a second front matter")
COPIED = N_("scaletui's parts were in it twice")
UNCLOSED_PART = N_("a part of scaletui's had lost its end marker")
OLD_BLOCK_EDITED = N_("you changed text inside the scaletui block")
FOREIGN = N_("it held no scaletui notes on this story")
UNSURE = N_("scaletui could not be sure to keep every line of yours in place")
# A note in the file that is not among the reader's notes here: deleted since, or made
# on another machine or by a colleague (the file may be its only copy).
TAKEN_OUT = N_("it held notes not among your notes here, deleted or made elsewhere")

# The lines of the app's that a part held when it was written (the current rendering of
# it, for a part that has not changed since): what the reader added to it is found
# against them. `(kind, key, marker)` -> candidates.
Candidates = Callable[[str, str, Marker], list[list[str]]]


@dataclass
class Merged:
    """The new text, and what the merge did to the file."""

    text: str
    kind: PlanKind
    backup: list[str] = field(default_factory=list)  # why the old file is kept (msgids)
    moved: int = 0  # lines of the reader's found inside the app's parts, kept below them
    removed: int = 0  # parts of notes not in the store, taken out (the reader's text stays)


# -- the file, read -----------------------------------------------------------------------------


@dataclass
class _Piece:
    """A run of the reader's lines, or one of the app's parts as found in the file."""

    kind: str  # text, head, anchor, note, end, begin (the first format's block)
    lines: list[str]  # text: the lines; a part: its content
    key: str = ""  # anchor key, note uid
    marker: Marker | None = None
    closed: bool = True


@dataclass
class _Document:
    front: list[str] | None  # front matter lines between the `---` lines, if any
    body: list[_Piece]
    damage: list[str] = field(default_factory=list)


def _split_front_matter(lines: list[str]) -> tuple[list[str] | None, list[str], list[str]]:
    """(front matter, the rest, damage found): a front matter that lost its closing
    `---` ends before its first blank line or marker, if it holds our `story_id`."""
    if not lines or lines[0].rstrip() != "---":
        return None, lines, []
    for at in range(1, len(lines)):
        line = lines[at].rstrip()
        if line in ("---", "..."):
            return lines[1:at], lines[at + 1 :], []
        if read_marker(line) is not None:
            break
    end = next((at for at in range(1, len(lines)) if not lines[at].strip()
                or read_marker(lines[at]) is not None), len(lines))  # fmt: skip
    front = lines[1:end]
    if any(key == "story_id" for key, _lines in _entries(front)):
        return front, lines[end:], [UNCLOSED_FRONT]
    return None, lines, []


def _second_front_matter(body: list[str]) -> tuple[list[str] | None, list[str]]:
    """A front matter of ours again at the start of the body (an older export put one
    on top of a front matter that had lost its closing `---`)."""
    at = 0
    while at < len(body) and not body[at].strip():
        at += 1
    if at == len(body) or body[at].rstrip() != "---":
        return None, body
    front, rest, _damage = _split_front_matter(body[at:])
    if front is None or not any(key == "story_id" for key, _lines in _entries(front)):
        return None, body
    return front, rest


def read_document(text: str, story_id: str) -> _Document:
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")
    front, body, damage = _split_front_matter(lines)
    if front is not None:
        second, rest = _second_front_matter(body)
        if second is not None:
            front, body = [*front, *second], rest
            damage.append(SECOND_FRONT)
    return _Document(front, _pieces(body, marker_id(story_id)), damage)


def _ours(line: str, sid: str) -> Marker | None:
    marker = read_marker(line)
    return marker if marker is not None and marker.story == sid else None


def _pieces(lines: list[str], sid: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    text: list[str] = []
    at = 0

    def flush() -> None:
        if text:
            pieces.append(_Piece("text", text.copy()))
            text.clear()

    while at < len(lines):
        marker = _ours(lines[at], sid)
        if marker is None or marker.closing:  # a stray end of a part: ours, and empty
            if marker is None:
                text.append(lines[at])
            at += 1
            continue
        flush()
        if marker.kind == "end":
            pieces.append(_Piece("end", [], marker=marker))
            at += 1
            continue
        closer = _closer(lines, at, marker, sid)
        stop = closer if closer is not None else _next_marker(lines, at, sid)
        key = {"anchor": marker.get("key"), "note": marker.get("uid")}.get(marker.kind, "")
        # (A stray end marker of another part inside this one holds nothing: left out.)
        content = [line for line in lines[at + 1 : stop] if _ours(line, sid) is None]
        pieces.append(_Piece(marker.kind, content, key, marker, closer is not None))
        at = stop + 1 if closer is not None else stop
        if marker.kind == "begin" and closer is not None:
            pieces.append(_Piece("end", []))  # the first format's end marks the notes' end
    flush()
    return pieces


def _closer(lines: list[str], at: int, opening: Marker, sid: str) -> int | None:
    """Where a part opened at `at` ends: its closing marker, before any other of ours."""
    for index in range(at + 1, len(lines)):
        marker = _ours(lines[index], sid)
        if marker is None:
            continue
        if opening.kind == "begin":
            if marker.kind == "end" and not marker.closing:
                return index
            if marker.kind in ("begin", "head"):
                return None
            continue  # (the first format had no markers inside its block)
        if marker.closing and marker.kind == opening.kind:
            return index
        if not marker.closing:
            return None  # another part begins: this one lost its end
    return None


def _next_marker(lines: list[str], at: int, sid: str) -> int:
    """Where the next part (or the end) begins."""
    for index in range(at + 1, len(lines)):
        marker = _ours(lines[index], sid)
        if marker is not None and not marker.closing:
            return index
    return len(lines)


# -- what the reader wrote inside a part --------------------------------------------------------


def _trimmed(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def readers_lines(content: list[str], recorded: str, candidates: list[list[str]],
                  measure: Callable[[list[str]], str] = digest) -> tuple[list[str], bool]:  # fmt: skip
    """What the reader wrote inside a part the app wrote as `recorded` (its digest):
    (the lines they added, whether they also changed the app's own lines)."""
    if measure(content) == recorded:
        return [], False
    for candidate in candidates:
        if measure(candidate) != recorded:
            continue  # not what was written then (the note was edited since)
        written = [line.rstrip() for line in candidate]
        matcher = SequenceMatcher(None, written, [line.rstrip() for line in content],
                                  autojunk=False)  # fmt: skip
        added: list[str] = []
        changed = False
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "insert":
                added += content[j1:j2]
            elif tag != "equal":
                changed = True  # a line of the app's changed or gone (the copy keeps it)
                # More lines than it replaced: the rest were written after it.
                added += content[j1 + (i2 - i1) : j2]
        return _trimmed(added), changed
    # What was written then is not known: text added after it, or before it.
    for end in range(len(content) + 1):
        if measure(content[:end]) == recorded:
            return _trimmed(content[end:]), False
    for start in range(len(content), -1, -1):
        if measure(content[start:]) == recorded:
            return _trimmed(content[:start]), False
    return [], True


# -- front matter -------------------------------------------------------------------------------


def _entries(front: list[str]) -> list[tuple[str | None, list[str]]]:
    """Front matter as top-level entries: (key, its lines); comments and lines
    before the first key have no key and are kept."""
    entries: list[tuple[str | None, list[str]]] = []
    for line in front:
        continues = line[:1] in ("", " ", "\t", "-")  # a value's next line, a list item
        match = None if continues or line.startswith("#") else _KEY.match(line)
        if match is not None:
            key = next(group for group in match.groups() if group is not None)
            entries.append((key.strip(), [line]))
        elif continues and entries:
            entries[-1][1].append(line)
        else:  # a comment, or a line that is not YAML: the reader's, on its own
            entries.append((None, [line]))
    return entries


def owned_lines(front: list[str]) -> list[str]:
    return [line for key, lines in _entries(front) if key in OWNED_KEYS for line in lines]


def merge_front_matter(ours: list[str], theirs: list[str] | None) -> list[str]:
    """Our keys, then every key of theirs we do not write, as they wrote it."""
    kept = [
        line for key, lines in _entries(theirs or []) if key not in OWNED_KEYS for line in lines
    ]
    return ours + kept


# -- the merge ----------------------------------------------------------------------------------


def plan_for(existing: str | None, story_id: str) -> PlanKind:
    """What exporting to a file holding `existing` does (None: no file)."""
    if existing is None or not existing.strip():
        return "new"
    if existing == "\ufffd":  # not UTF-8 text
        return "replace"
    document = read_document(existing, story_id)
    return "update" if any(piece.kind != "text" for piece in document.body) else "add"


@dataclass
class _Out:
    """The body being written: items of the reader's text and of the app's parts."""

    kind: str  # text, head, anchor, note, end
    lines: list[str]
    key: str = ""


def merge(existing: str, fresh: Rendering, candidates: Candidates) -> Merged:
    """`fresh` (every part of a new export) put into `existing` (a file holding text)."""
    document = read_document(existing, fresh.story_id)
    pieces = document.body
    if not any(piece.kind != "text" for piece in pieces):
        return _added(document, fresh)
    merged = Merged("", "update", list(document.damage))
    keep: list[str] = []  # every line of the reader's, to check none is lost
    if document.front is not None:
        keep += [line for key, lines in _entries(document.front) if key not in OWNED_KEYS
                 for line in lines]  # fmt: skip
    out: list[_Out] = []
    seen: set[tuple[str, str]] = set()
    groups = {group.anchor.key: group for group in fresh.groups}
    notes = {part.key: part for group in fresh.groups for part in group.notes}
    for piece in pieces:
        if piece.kind == "text":
            out.append(_Out("text", piece.lines))
            keep += piece.lines
            continue
        if piece.kind == "end":
            if ("end", "") not in seen:
                seen.add(("end", ""))
                out.append(_Out("end", [fresh.end]))
            continue
        if piece.kind == "begin":
            out += _old_block(piece, fresh, merged, seen)
            continue
        if piece.kind == "head":
            piece.key = fresh.story_id
        part = _fresh_part(piece, fresh, groups, notes)
        added, changed = _found_inside(piece, candidates, merged)
        identity = (piece.kind, piece.key)
        if identity in seen:
            _note_damage(merged, COPIED)
        elif part is None:
            if piece.kind == "note":
                merged.removed += 1
                _note_damage(merged, TAKEN_OUT)
        else:
            out.append(_Out(piece.kind, part.written, piece.key))
        seen.add(identity)
        if changed:
            _note_damage(merged, EDITED)
        if added:
            merged.moved += len([line for line in added if line.strip()])
            keep += added
            out.append(_Out("text", ["", *added]))
    _place_missing(out, fresh, seen)
    front = merge_front_matter(fresh.front, document.front)
    if document.front is not None:
        head = next((p for p in pieces if p.kind == "head" and p.marker is not None), None)
        recorded = head.marker.get("front") if head is not None and head.marker else ""
        if recorded and digest(owned_lines(document.front)) != recorded:
            _note_damage(merged, FRONT_EDITED)
    body = _flatten(out)
    if document.front is None:
        body = ["", *_without_leading_blank(body)]
    lines = ["---", *front, "---", *body]
    if not _kept_in_order(keep, lines):
        _note_damage(merged, UNSURE)
    merged.text = "\n".join(lines)
    return merged


def _note_damage(merged: Merged, why: str) -> None:
    if why not in merged.backup:
        merged.backup.append(why)


def _fresh_part(
    piece: _Piece, fresh: Rendering, groups: dict[str, GroupParts], notes: dict[str, Part]
) -> Part | None:
    if piece.kind == "head":
        return fresh.head
    if piece.kind == "anchor":
        group = groups.get(piece.key)
        return group.anchor if group is not None else None
    return notes.get(piece.key)


def _found_inside(piece: _Piece, candidates: Candidates, merged: Merged) -> tuple[list[str], bool]:
    """The reader's lines inside a part as found, and whether they changed its own."""
    marker = piece.marker
    assert marker is not None
    recorded = marker.get("sha256")
    if not piece.closed:
        # Its end marker is gone: the part is what was written, the rest is the reader's.
        for end in range(len(piece.lines) + 1):
            if digest(piece.lines[:end]) == recorded:
                return _trimmed(piece.lines[end:]), False
        _note_damage(merged, UNCLOSED_PART)
        return [], False
    return readers_lines(piece.lines, recorded, candidates(piece.kind, piece.key, marker))


def _old_block(piece: _Piece, fresh: Rendering, merged: Merged, seen: set[tuple[str, str]]
               ) -> list[_Out]:  # fmt: skip
    """A block of the first format: the whole export, rewritten in parts where it was."""
    marker = piece.marker
    assert marker is not None
    if not piece.closed:
        # No end: its text stays as it is (the reader's now), the export goes below.
        _note_damage(merged, UNCLOSED_PART)
        return [_Out("text", piece.lines)]
    out: list[_Out] = []
    added, changed = readers_lines(piece.lines, marker.get("sha256"), [], digest_v1)
    if ("begin", "") in seen:
        _note_damage(merged, COPIED)
    else:
        seen.add(("begin", ""))
        if ("head", fresh.story_id) not in seen:
            seen.add(("head", fresh.story_id))
            out.append(_Out("head", fresh.head.written, fresh.story_id))
    if changed:
        _note_damage(merged, OLD_BLOCK_EDITED)
    if added:
        merged.moved += len([line for line in added if line.strip()])
        out.append(_Out("text", ["", *added]))
    return out


def _place_missing(out: list[_Out], fresh: Rendering, seen: set[tuple[str, str]]) -> None:
    """The parts the file does not have yet: the head at the top, the end at the end,
    a new note after its anchor's last part, a new anchor before the next one in article
    order (or before the end)."""
    present = {(item.kind, item.key) for item in out}
    if ("head", fresh.story_id) not in present:
        out.insert(0, _Out("head", fresh.head.written, fresh.story_id))
    if not any(item.kind == "end" for item in out):
        out.append(_Out("end", [fresh.end]))
    for index, group in enumerate(fresh.groups):
        members = {group.anchor.key, *(part.key for part in group.notes)}

        def at_of(keys: set[str]) -> list[int]:
            return [i for i, item in enumerate(out) if item.kind in ("anchor", "note")
                    and item.key in keys]  # fmt: skip

        if ("anchor", group.anchor.key) not in present:
            mine = at_of(members)
            if mine:
                spot = mine[0]
            else:
                later = {g.anchor.key for g in fresh.groups[index + 1 :]}
                later |= {p.key for g in fresh.groups[index + 1 :] for p in g.notes}
                after = at_of(later)
                spot = after[0] if after else _end_at(out)
            out.insert(spot, _Out("anchor", group.anchor.written, group.anchor.key))
        for part in group.notes:
            if ("note", part.key) in present:
                continue
            last = at_of(members)[-1]
            spot = last + 1
            while spot < len(out) and out[spot].kind == "text":
                spot += 1
            out.insert(spot, _Out("note", part.written, part.key))


def _end_at(out: list[_Out]) -> int:
    return next(i for i, item in enumerate(out) if item.kind == "end")


def _flatten(out: list[_Out]) -> list[str]:
    """The items as lines, a blank line before each part that has none (the reader's
    own lines are as they were)."""
    lines: list[str] = []
    for item in out:
        if item.kind != "text" and lines and lines[-1].strip():
            lines.append("")
        lines += item.lines
    return lines


def _without_leading_blank(lines: list[str]) -> list[str]:
    at = 0
    while at < len(lines) and not lines[at].strip():
        at += 1
    return lines[at:]


def _kept_in_order(keep: list[str], lines: list[str]) -> bool:
    """Whether every non-blank line of the reader's is in `lines`, in order."""
    wanted = iter(line.rstrip() for line in lines)
    return all(any(line.rstrip() == other for other in wanted) for line in keep if line.strip())


def _added(document: _Document, fresh: Rendering) -> Merged:
    """A text file with no notes of this story: the notes are added at its end, its
    front matter gets the export's keys (a copy of the file is kept first)."""
    body = [line for piece in document.body for line in piece.lines]
    while body and not body[-1].strip():
        body.pop()
    fresh_body = fresh.text().split("\n---\n", 1)[1].lstrip("\n")
    front = merge_front_matter(fresh.front, document.front)
    text = "\n".join(["---", *front, "---", "", *_without_leading_blank(body), "", fresh_body])
    if not body:
        text = "\n".join(["---", *front, "---", "", fresh_body])
    return Merged(text.rstrip("\n") + "\n", "add", [*document.damage, FOREIGN])
