"""Salvage: the notes SQLite can still read from a damaged database.

A damaged notes.db is moved aside (kept, never deleted) and a new one started;
this copies every row that can still be read into the new one, one at a time,
so a bad page loses the notes on it and not all of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path


def salvage(damaged: Path, into: sqlite3.Connection, decode: Callable[[bytes], str]) -> int:
    """Copy every note SQLite can still read from a damaged database, one row
    at a time (a bad page loses the notes on it, not all of them)."""
    try:
        source = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
        source.row_factory = sqlite3.Row
        source.text_factory = decode
    except sqlite3.Error:
        return 0
    try:
        ids = _readable_ids(source)
        rows = []
        for note_id in ids:
            try:
                row = source.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
                if row is not None:
                    rows.append(dict(row))
            except sqlite3.Error:
                continue  # this row's page is damaged
    finally:
        source.close()
    columns = ("id", "story_id", "anchor_kind", "anchor_paragraph", "anchor_start",
               "anchor_end", "anchor_item", "anchor_quote", "body", "created", "updated",
               "tags")  # fmt: skip
    saved = 0
    into.execute("BEGIN IMMEDIATE")
    for row in rows:
        values = [row.get(column) for column in columns]
        values[columns.index("tags")] = row.get("tags") or "[]"
        values[columns.index("anchor_quote")] = row.get("anchor_quote") or ""
        try:
            into.execute(
                f"INSERT INTO notes ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                values,
            )
            saved += 1
        except sqlite3.Error:
            continue  # a row too damaged to keep (a missing body, say)
    into.execute("COMMIT")
    return saved


def _readable_ids(source: sqlite3.Connection) -> list[int]:
    """The note ids to try: a full scan if the table reads, else every id up to
    the largest SQLite remembers handing out."""
    try:
        return [row[0] for row in source.execute("SELECT id FROM notes")]
    except sqlite3.Error:
        pass
    for query in (
        "SELECT seq FROM sqlite_sequence WHERE name = 'notes'",
        "SELECT max(id) FROM notes",
    ):
        try:
            found = source.execute(query).fetchone()
            if found and found[0]:
                return list(range(1, int(found[0]) + 1))
        except sqlite3.Error:
            continue
    return list(range(1, 100_001))
