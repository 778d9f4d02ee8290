"""Note records read straight from a damaged database file's bytes, for when SQLite
cannot read them (64 bytes of damage in page 1 or 2 lost every note before).

SQLite's file format is documented (https://www.sqlite.org/fileformat2.html, "Record
Format" and "B-tree Pages"): a table row is a cell of a leaf page, its payload length
and row id as varints, then the record: a header (its own length, then one serial
type per column) and the values. A note's record has the columns schema.py lists, its
id NULL (the row id holds it). Every offset of every page is tried as the start of
such a record, so a page whose header or cell pointers are gone still gives its notes;
a record is kept only if every column has its type, the anchor kind is one of the
three and both times read as ISO dates, which bytes that are not a note never pass.
A payload too long for its page continues on overflow pages, followed when the cell's
own header (length and row id) is there to say how long it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import NamedTuple

from ..model import ANCHOR_KINDS
from .database import Decode
from .schema import NOTE_COLUMNS

HEADER_MAGIC = b"SQLite format 3\x00"
DEFAULT_PAGE_SIZE = 4096
WAL_HEADER, WAL_FRAME_HEADER = 32, 24
_INTEGER_TYPES = {0, 1, 2, 3, 4, 5, 6, 8, 9}  # NULL, the integer sizes, 0 and 1
_INTEGER_SIZES = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8, 8: 0, 9: 0}


class FoundNote(NamedTuple):
    """A note record found in the bytes: its row id when the cell header was there."""

    row_id: int | None
    values: dict[str, object]


def scan_notes(database: bytes, wal: bytes, decode: Decode) -> list[FoundNote]:
    """Every note record in a database file's pages and its WAL's frames, the newest
    version of each note (by its edit time) once."""
    size = _page_size(database)
    pages = {number + 1: database[start : start + size]
             for number, start in enumerate(range(0, len(database), size))}  # fmt: skip
    found = [note for page in pages.values() for note in _scan_page(page, pages, size, decode)]
    for frame in range(WAL_HEADER, len(wal) - WAL_FRAME_HEADER - size + 1, WAL_FRAME_HEADER + size):
        page = wal[frame + WAL_FRAME_HEADER : frame + WAL_FRAME_HEADER + size]
        found += _scan_page(page, pages, size, decode)
    return _newest(found)


def _page_size(database: bytes) -> int:
    if database.startswith(HEADER_MAGIC) and len(database) >= 18:
        size = int.from_bytes(database[16:18], "big")
        size = 65536 if size == 1 else size
        if size >= 512 and size & (size - 1) == 0:
            return size
    return DEFAULT_PAGE_SIZE  # the header is damaged: SQLite's default


def _newest(found: list[FoundNote]) -> list[FoundNote]:
    """One version of each note: by row id, else by its creation time and text (a note
    found with its id too is not kept twice)."""
    with_id: dict[int, FoundNote] = {}
    without: dict[tuple[object, object], FoundNote] = {}
    for note in found:
        key = (note.values["created"], note.values["body"])
        if note.row_id is None:
            without.setdefault(key, note)
            continue
        kept = with_id.get(note.row_id)
        if kept is None or str(note.values["updated"]) > str(kept.values["updated"]):
            with_id[note.row_id] = note
    known = {(n.values["created"], n.values["body"]) for n in with_id.values()}
    return [*with_id.values(), *(note for key, note in without.items() if key not in known)]


# A record's first two bytes: its header's length (one byte for a note's), then NULL (the id).
_RECORD_START = re.compile(rb"(?=[\x0b-\x40]\x00)")


def _scan_page(
    page: bytes, pages: dict[int, bytes], size: int, decode: Decode
) -> Iterator[FoundNote]:
    for match in _RECORD_START.finditer(page):
        note = _record_at(page, match.start(), pages, size, decode)
        if note is not None:
            yield note


def _record_at(
    page: bytes, start: int, pages: dict[int, bytes], size: int, decode: Decode
) -> FoundNote | None:
    header_length = page[start]
    types: list[int] = []
    at = start + 1
    while at < start + header_length:
        value, at = _varint(page, at)
        if value is None:
            return None
        types.append(value)
    if at != start + header_length or len(types) not in (len(NOTE_COLUMNS) - 1, len(NOTE_COLUMNS)):
        return None
    if not _types_fit(types):
        return None
    length = header_length + sum(_value_size(kind) for kind in types)
    row_id = _cell_header(page, start, length)
    payload: bytes | None = page[start : start + length]
    if len(page) - start < length:  # it runs on over overflow pages, if it is a cell
        payload = _with_overflow(page, start, length, pages, size) if row_id else None
    if payload is None:
        return None
    values: dict[str, object] = {}
    at = header_length
    for name, kind in zip(NOTE_COLUMNS, types, strict=False):
        size_of = _value_size(kind)
        values[name] = _value(kind, payload[at : at + size_of], decode)
        at += size_of
    values.setdefault("tags", "[]")
    if not _plausible(values):
        return None
    return FoundNote(row_id, values)


def _types_fit(types: list[int]) -> bool:
    """The serial types of a note's columns: id NULL, text, text, three integers (or
    NULL), text or NULL, then text for the rest (tags too, when there)."""
    if types[0] != 0 or not all(kind in _INTEGER_TYPES for kind in types[3:6]):
        return False
    if types[6] != 0 and (types[6] < 13 or types[6] % 2 == 0):
        return False
    return all(kind >= 13 and kind % 2 for kind in (types[1], types[2], *types[7:]))


def _plausible(values: dict[str, object]) -> bool:
    if values["anchor_kind"] not in ANCHOR_KINDS or not values["story_id"]:
        return False
    try:
        datetime.fromisoformat(str(values["created"]))
        datetime.fromisoformat(str(values["updated"]))
    except ValueError:
        return False
    return True


def _value_size(kind: int) -> int:
    if kind >= 12:
        return (kind - 12) // 2 if kind % 2 == 0 else (kind - 13) // 2
    return _INTEGER_SIZES.get(kind, 0)


def _value(kind: int, raw: bytes, decode: Decode) -> object:
    if kind == 0:
        return None
    if kind in (8, 9):
        return kind - 8
    if kind < 12:
        return int.from_bytes(raw, "big", signed=True)
    return decode(raw) if kind % 2 else raw


def _varint(data: bytes, at: int) -> tuple[int | None, int]:
    """A varint (1 to 9 bytes, big-endian, 7 bits a byte but the ninth's 8); None past the end."""
    value = 0
    for index in range(9):
        if at + index >= len(data):
            return None, at
        byte = data[at + index]
        if index == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + index + 1
    return None, at


def _cell_header(page: bytes, start: int, payload_length: int) -> int | None:
    """The row id of the cell whose record starts at `start`, if the payload length and
    row id varints right before it say so."""
    for id_bytes in range(1, 10):
        for length_bytes in range(1, 4):
            begin = start - id_bytes - length_bytes
            if begin < 0:
                continue
            length, after = _varint(page, begin)
            if length != payload_length or after != begin + length_bytes:
                continue
            row_id, end = _varint(page, after)
            if row_id is not None and end == start and row_id > 0:
                return row_id
    return None


def _with_overflow(
    page: bytes, start: int, payload_length: int, pages: dict[int, bytes], size: int
) -> bytes | None:
    """A payload whose first part is on this page and the rest on overflow pages."""
    usable = size  # (no reserved bytes at the end of a page: scaletui never sets any)
    most = usable - 35
    if payload_length <= most:
        return None  # it would have fit on its page: not a real cell
    least = (usable - 12) * 32 // 255 - 23
    local = least + (payload_length - least) % (usable - 4)
    local = local if local <= most else least
    parts = [page[start : start + local]]
    if len(parts[0]) < local:
        return None
    next_page = int.from_bytes(page[start + local : start + local + 4], "big")
    have = local
    seen: set[int] = set()
    while have < payload_length:
        overflow = pages.get(next_page)
        if overflow is None or next_page in seen:
            return None  # the chain is broken: this note's end is gone
        seen.add(next_page)
        part = overflow[4 : 4 + min(usable - 4, payload_length - have)]
        parts.append(part)
        have += len(part)
        next_page = int.from_bytes(overflow[:4], "big")
    return b"".join(parts)
