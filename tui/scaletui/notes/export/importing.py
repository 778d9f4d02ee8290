"""Notes back from a file: a JSON export, an exported Markdown file, or the rescue
file (`unsaved-notes.jsonl`).

Lossless from JSON (body, tags, anchor with its exact quote, times, uid); from
Markdown as far as the file allows (each note's opening marker carries its anchor,
times and tags; the body is read back from its Markdown). Idempotent: a note whose
uid is already in the notes, with the same text and tags, is not added again; a
colleague's other version of one of your notes (same uid, other text) is added
beside yours, once. Anchors made on another version of the article (its hash
differs) are moved to where their quote is now; a passage no longer found keeps its
quote, and the note is listed as such. A file that cannot be read whole as one of
these is refused with one line, and nothing is imported. No Textual, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, cast

from ...i18n import N_, Said
from ...story import Story
from ...story.items import ItemRef
from ...user_dirs import parse_json
from ..anchoring import article_digest, reanchored
from ..model import ANCHOR_KINDS, PLACE_LIMIT, Anchor, AnchorKind, Note, RescuedNote, derived_uid
from .json_format import FORMAT, VERSION
from .merge import _pieces, _trimmed
from .sections import marker_id
from .text import escape_block, unescape_block, unescape_quote

MAX_IMPORT_BYTES = 64 * 1024 * 1024
SourceKind = Literal["json", "markdown", "rescue"]


class ImportProblem(Exception):
    """Why a file was not imported, in one line (raised with a Said); nothing was."""


@dataclass(frozen=True, slots=True)
class Incoming:
    """A note as read from a file, before it joins the notes."""

    story_id: str
    anchor: Anchor
    body: str
    tags: tuple[str, ...]
    created: datetime
    updated: datetime
    uid: str
    shown: tuple[str, ...] = ()  # Markdown: the body's lines as they stood in the file


@dataclass(frozen=True, slots=True)
class NotesFile:
    """What a file holds: its story (None for the rescue file: each note names its
    own), the hash of the article its anchors were made on (if it says), its notes."""

    kind: SourceKind
    story_id: str | None
    article_sha256: str | None
    notes: list[Incoming]


def _refused(path: Path | str, why: str, **fields: object) -> ImportProblem:
    return ImportProblem(Said(N_("{path}: {why}; nothing was imported"), path=path,
                              why=Said(why, **fields)))  # fmt: skip


# -- reading ------------------------------------------------------------------------------------


def read_notes_file(path: Path) -> NotesFile:
    """The notes in a file (ImportProblem if it is not one scaletui can import)."""
    from ...story.files import FileProblem, read_limited

    try:
        data = read_limited(path, MAX_IMPORT_BYTES)
    except FileNotFoundError:
        raise _refused(path, N_("no such file")) from None
    except FileProblem as problem:
        raise ImportProblem(
            Said(N_("{path}: {problem}; nothing was imported"), path=path,
                 problem=problem.args[0])
        ) from None  # fmt: skip
    except OSError as error:
        raise _refused(path, N_("cannot be read ({reason})"),
                       reason=error.strerror or str(error)) from None  # fmt: skip
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise _refused(path, N_("not UTF-8 text")) from None
    if not text.strip():
        raise _refused(path, N_("the file is empty"))
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            document = parse_json(text)
        except ValueError:
            document = None
        # A rescue file of one note (the usual one) is a JSON object on its own: it was
        # refused as "JSON of another kind", the note in it never restored.
        if document is not None and not _rescued_note_record(document):
            return _from_json(path, document)
        lines = [line for line in text.splitlines() if line.strip()]
        if all(line.lstrip().startswith("{") for line in lines):
            return _from_rescue(path, lines)
    return _from_markdown(path, text)


def _field(record: dict[str, Any], name: str, kind: type, path: Path, where: object,
           optional: bool = False) -> Any:  # fmt: skip
    value = record.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _refused(path, N_("{where}: {name} is missing or not what it should be"),
                       where=where, name=name)  # fmt: skip
    return value


def _time(value: object, path: Path, where: object, name: str) -> datetime:
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        raise _refused(path, N_("{where}: {name} is not a date and time"), where=where,
                       name=name) from None  # fmt: skip
    if when.tzinfo is None:
        raise _refused(path, N_("{where}: {name} is not a date and time"), where=where,
                       name=name)  # fmt: skip
    return when


def _position(value: object, path: Path, where: object) -> int | None:
    if value is None:
        return None
    # (Past SQLite's INTEGER, the insert raised OverflowError: a traceback.)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < PLACE_LIMIT:
        raise _refused(path, N_("{where}: the anchor's place is not a number"), where=where)
    return value


def _anchor(record: dict[str, Any], note: dict[str, Any], path: Path, where: object) -> Anchor:
    kind = record.get("kind")
    if kind not in ANCHOR_KINDS:
        raise _refused(path, N_("{where}: the anchor's kind is not one scaletui knows"),
                       where=where)  # fmt: skip
    item = None
    if kind == "item":
        text = record.get("item")
        item = ItemRef.parse(text) if isinstance(text, str) else None
        if item is None:
            raise _refused(path, N_("{where}: the anchor's item is missing"), where=where)
    stored: dict[str, Any] = record.get("stored") or record
    if not isinstance(stored, dict):
        stored = record
    quote = record.get("quote")
    if not isinstance(quote, str):  # an export from before the anchor kept its quote
        quote = record.get("text") if kind == "span" else note.get("quote")
        quote = quote if isinstance(quote, str) and kind != "item" else ""
    return Anchor(
        cast(AnchorKind, kind),
        paragraph=_position(stored.get("paragraph"), path, where),
        start=_position(stored.get("start"), path, where),
        end=_position(stored.get("end"), path, where),
        item=item,
        quote=quote,
    )


def _tags(value: object, path: Path, where: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise _refused(path, N_("{where}: tags is not a list of words"), where=where)
    return tuple(value)


def _from_json(path: Path, document: object) -> NotesFile:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refused(path, N_("not a scaletui notes export (JSON of another kind)"))
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise _refused(path, N_("written by a newer scaletui (format version {version}); "
                                "upgrade scaletui"), version=version)  # fmt: skip
    story = document.get("story")
    if not isinstance(story, dict) or not isinstance(story.get("id"), str) or not story["id"]:
        raise _refused(path, N_("the export names no story"))
    records = document.get("notes")
    if not isinstance(records, list):
        raise _refused(path, N_("the export has no list of notes"))
    notes = []
    for number, record in enumerate(records, 1):
        where = Said(N_("note {number}"), number=number)
        if not isinstance(record, dict):
            raise _refused(path, N_("{where} is not a note"), where=where)
        anchor_record = _field(record, "anchor", dict, path, where)
        anchor = _anchor(anchor_record, record, path, where)
        body = _field(record, "body", str, path, where)
        created = _time(record.get("created"), path, where, "created")
        updated = _time(record.get("updated"), path, where, "updated")
        tags = _tags(record.get("tags"), path, where)
        uid = record.get("uid")
        if not isinstance(uid, str) or not uid.strip():
            uid = derived_uid("import", story["id"], created.isoformat(), anchor.kind,
                              anchor.quote, body)  # fmt: skip
        notes.append(Incoming(story["id"], anchor, body, tags, created, updated, uid.strip()))
    digest = story.get("article_sha256")
    return NotesFile("json", story["id"], digest if isinstance(digest, str) else None, notes)


def _rescued(line: str) -> Incoming | None:
    """A line of the rescue file as a note (None if it is not one)."""
    try:
        rescued = RescuedNote.from_json(line)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if rescued.saved_at.tzinfo is None or not isinstance(rescued.body, str):
        return None
    # The same line is the same note: restoring the file twice adds it once.
    uid = derived_uid("rescued", line.strip())
    return Incoming(rescued.story_id, rescued.anchor, rescued.body, rescued.tags,
                    rescued.saved_at, rescued.saved_at, uid)  # fmt: skip


def _rescued_note_record(document: object) -> bool:
    """Whether a JSON document is one line of the rescue file (no export's `format`)."""
    return isinstance(document, dict) and "format" not in document and "story_id" in document


def _from_rescue(path: Path, lines: list[str]) -> NotesFile:
    notes = []
    for number, line in enumerate(lines, 1):
        note = _rescued(line)
        if note is None:
            raise _refused(path, N_("line {number} is not a note scaletui kept"), number=number)
        notes.append(note)
    return NotesFile("rescue", None, None, notes)


def read_rescue_file(path: Path) -> tuple[NotesFile, int]:
    """The notes of a rescue file, and how many of its lines are not notes (skipped:
    the app restores what it can, and keeps the file)."""
    from ...user_dirs import read_regular_file

    try:
        text = read_regular_file(path).decode("utf-8", errors="replace")
    except OSError:
        return NotesFile("rescue", None, None, []), 0
    notes, skipped = [], 0
    for line in text.splitlines():
        if line.strip():
            note = _rescued(line)
            skipped += note is None
            notes += [note] if note is not None else []
    return NotesFile("rescue", None, None, notes), skipped


def _front_value(lines: list[str], key: str) -> str | None:
    """A value the export wrote in its front matter (`key: "JSON string"`)."""
    if not lines or lines[0].rstrip() != "---":
        return None
    for line in lines[1:]:
        if line.rstrip() in ("---", "..."):
            break
        if line.startswith(f"{key}:"):
            try:
                value = parse_json(line.split(":", 1)[1])
            except ValueError:
                return None
            return value if isinstance(value, str) else None
    return None


def _from_markdown(path: Path, text: str) -> NotesFile:
    from .sections import read_marker

    lines = text.replace("\r\n", "\n").split("\n")
    story_id = _front_value(lines, "story_id")
    if story_id is None:
        story_id = next((marker.get("story") for line in lines
                         if (marker := read_marker(line)) is not None
                         and marker.kind in ("head", "note")), None)  # fmt: skip
    if not story_id:
        raise _refused(path, N_("not a scaletui export (no notes of scaletui's in it)"))
    pieces = _pieces(lines, marker_id(story_id))
    notes = []
    quote = ""
    for piece in pieces:
        if piece.kind == "anchor":
            quote = unescape_quote(piece.lines)
        if piece.kind != "note" or piece.marker is None:
            continue
        meta = piece.marker.meta
        where = Said(N_("the note {uid}"), uid=piece.key)
        if meta is None or not piece.key:
            raise _refused(path, N_("{where}: its marker has lost the note's data"),
                           where=where)  # fmt: skip
        anchor_record = dict(meta)
        if meta.get("kind") == "paragraph":
            anchor_record["quote"] = quote
        anchor = _anchor(anchor_record, {}, path, where)
        created = _time(meta.get("created"), path, where, "created")
        updated = _time(meta.get("updated"), path, where, "updated")
        tags = _tags(meta.get("tags"), path, where)
        shown = _body_lines(piece.lines if piece.closed else _trimmed(piece.lines), bool(tags))
        notes.append(Incoming(story_id, anchor, unescape_block(shown), tags, created, updated,
                              piece.key, tuple(shown)))  # fmt: skip
    if not notes:
        raise _refused(path, N_("not a scaletui export (no notes of scaletui's in it)"))
    return NotesFile("markdown", story_id, _front_value(lines, "article_sha256"), notes)


def _body_lines(lines: list[str], tagged: bool) -> list[str]:
    """A note part's body: after its heading (and its tags' line)."""
    rest = _trimmed(lines)
    if rest and rest[0].startswith("### "):
        rest = _trimmed(rest[1:])
    if tagged and rest:
        rest = _trimmed(rest[1:])
    return rest


# -- merging into the notes ---------------------------------------------------------------------


@dataclass
class ImportPlan:
    """What importing a file adds to the notes, and what it finds already there."""

    add: list[Note] = field(default_factory=list)
    already: int = 0  # in the notes already, as they are
    versions: int = 0  # a version of a note of yours that differs from it, added beside it
    reanchored: int = 0  # moved to where their quote is in this article
    not_found: int = 0  # passage no longer in this article: kept with its quote

    @property
    def count(self) -> int:
        return len(self.add)


def _content(note: Note | Incoming) -> tuple[object, ...]:
    return (note.created.isoformat(), note.body, note.anchor.kind, note.anchor.quote,
            str(note.anchor.item))  # fmt: skip


def plan_import(source: NotesFile, existing: list[Note], story: Story | None = None) -> ImportPlan:
    """The notes of `source` to add to `existing` (every note there is, any story): under
    `story`'s id if given (re-anchored on its article), else each under its own."""
    plan = ImportPlan()
    by_uid = {note.identity: note for note in existing}
    contents = {(note.story_id, *_content(note)) for note in existing}
    same_text = story is not None and source.article_sha256 == article_digest(story)
    for incoming in source.notes:
        story_id = story.id if story is not None else incoming.story_id
        anchor, uid = incoming.anchor, incoming.uid
        mine = by_uid.get(uid)
        if mine is not None:
            if _same(mine, incoming):
                plan.already += 1
                continue
            uid = derived_uid("version", uid, incoming.body, *incoming.tags)
            if uid in by_uid:
                plan.already += 1
                continue
            plan.versions += 1
        elif (story_id, *_content(incoming)) in contents:
            plan.already += 1
            continue
        if story is not None and not same_text:
            moved = reanchored(story, anchor)
            if moved is None:
                plan.not_found += 1
            elif moved != anchor:
                plan.reanchored += 1
                anchor = moved
        note = Note(0, story_id, anchor, incoming.body, incoming.created, incoming.updated,
                    incoming.tags, uid)  # fmt: skip
        plan.add.append(note)
        by_uid[uid] = note
        contents.add((story_id, *_content(note)))
    return plan


def _same(mine: Note, incoming: Incoming) -> bool:
    """The same note, as far as the file can tell (Markdown: as the export shows it)."""
    if tuple(mine.tags) != incoming.tags:
        return False
    if mine.body == incoming.body:
        return True
    shown = [line.rstrip() for line in escape_block(mine.body)]
    return bool(incoming.shown) and shown == [line.rstrip() for line in incoming.shown]
