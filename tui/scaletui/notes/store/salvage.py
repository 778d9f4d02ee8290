"""Salvage: every note that can still be read from a damaged database.

A damaged notes.db is moved aside (kept, never deleted) and a new one started;
this copies into the new one every row SQLite can still read, one at a time (a bad
page loses the notes on it, not all of them), and when SQLite cannot read them all
(damage in page 1 or 2 left it reading none), every note record found in the file's
pages and its WAL's frames (page_scan.py) that SQLite did not give.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .database import Decode
from .page_scan import scan_notes
from .schema import NOTE_COLUMNS

SCAN_AT_MOST = 512 * 1024 * 1024  # bytes of database scanned page by page (notes are small)


def salvage(damaged: Path, into: sqlite3.Connection, decode: Decode) -> int:
    """Copy every note that can be read from a damaged database into `into`; how many."""
    rows, complete = _rows_sqlite_reads(damaged, decode)
    if not complete:
        rows += _rows_from_pages(damaged, decode, rows)
    saved = 0
    into.execute("BEGIN IMMEDIATE")
    for row in rows:
        values = {column: row.get(column) for column in NOTE_COLUMNS}
        values["tags"] = values["tags"] or "[]"
        values["anchor_quote"] = values["anchor_quote"] or ""
        if values["id"] is None:
            del values["id"]  # found without its row id: it gets a new one
        try:
            into.execute(
                f"INSERT INTO notes ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                tuple(values.values()),
            )
            saved += 1
        except sqlite3.Error:
            continue  # a row too damaged to keep (a missing body, say)
    into.execute("COMMIT")
    return saved


def _rows_sqlite_reads(damaged: Path, decode: Decode) -> tuple[list[dict[str, object]], bool]:
    """The rows SQLite can read, and whether that is all of them."""
    try:
        source = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
        source.row_factory = sqlite3.Row
        source.text_factory = decode
    except sqlite3.Error:
        return [], False
    rows = []
    try:
        ids, complete = _readable_ids(source)
        for note_id in ids:
            try:
                row = source.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
            except sqlite3.Error:
                row = None
            if row is not None:
                rows.append(dict(row))
            else:
                complete = False  # its page is damaged (or its cell: then SQLite finds none)
    finally:
        source.close()
    return rows, complete


def _readable_ids(source: sqlite3.Connection) -> tuple[list[int], bool]:
    """The note ids to try: a full scan if the table reads (all of them, then), else
    every id up to the largest SQLite remembers handing out."""
    try:
        return [row[0] for row in source.execute("SELECT id FROM notes")], True
    except sqlite3.Error:
        pass
    for query in (
        "SELECT seq FROM sqlite_sequence WHERE name = 'notes'",
        "SELECT max(id) FROM notes",
    ):
        try:
            found = source.execute(query).fetchone()
            if found and found[0]:
                return list(range(1, int(found[0]) + 1)), False
        except sqlite3.Error:
            continue
    return [], False


def _rows_from_pages(
    damaged: Path, decode: Decode, read: list[dict[str, object]]
) -> list[dict[str, object]]:
    """The note records in the file's bytes that SQLite did not give."""
    wal = damaged.with_name(damaged.name + "-wal")
    try:
        if damaged.stat().st_size > SCAN_AT_MOST:
            return []
        data = damaged.read_bytes()
        log = wal.read_bytes() if wal.is_file() and wal.stat().st_size <= SCAN_AT_MOST else b""
    except OSError:
        return []
    known_ids = {row["id"] for row in read}
    known = {(row["created"], row["body"]) for row in read}
    found = []
    for note in scan_notes(data, log, decode):
        if note.row_id in known_ids or (note.values["created"], note.values["body"]) in known:
            continue
        found.append({**note.values, "id": note.row_id})
    return found
