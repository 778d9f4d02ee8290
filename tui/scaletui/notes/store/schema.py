"""The notes database's tables, versioned: each step of MIGRATIONS brings a database
from version N-1 to N (SQLite's `user_version`).

The row format (what salvage's page scan looks for, see page_scan.py): a note is a row
of `notes` whose record holds, in order, id (NULL in the record: an INTEGER PRIMARY KEY
is the row id), story_id, anchor_kind, anchor_paragraph, anchor_start, anchor_end,
anchor_item, anchor_quote, body, created, updated (ISO 8601 text), from version 2
tags (a JSON list of strings) and, from version 4, uid (32 hex digits: the note's
identity across exports and imports, the same in a colleague's notes).
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from ...i18n import N_, Said
from ..model import NoteStoreError
from .database import rollback

# Version 1 is the first schema that shipped; never edit a shipped step, add one.
MIGRATIONS: list[str] = [
    # 1: notes with a paragraph/item/span anchor.
    """
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        story_id TEXT NOT NULL,
        anchor_kind TEXT NOT NULL CHECK (anchor_kind IN ('paragraph', 'item', 'span')),
        anchor_paragraph INTEGER,
        anchor_start INTEGER,
        anchor_end INTEGER,
        anchor_item TEXT,
        anchor_quote TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX notes_story ON notes (story_id, created);
    """,
    # 2: tags (a JSON list), so notes can be grouped and filtered.
    """
    ALTER TABLE notes ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
    """,
    # 3: opened files by content and place, so a moved file finds its notes.
    """
    CREATE TABLE files (
        story_id TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        path TEXT NOT NULL
    );
    CREATE INDEX files_fingerprint ON files (fingerprint);
    """,
    # 4: a note's identity that travels (export sections, import), random per note.
    """
    ALTER TABLE notes ADD COLUMN uid TEXT;
    UPDATE notes SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
    CREATE UNIQUE INDEX notes_uid ON notes (uid);
    """,
    # 5: the encoding an opened file was read in (NULL: UTF-8), so the library opens
    # it as it was opened (it re-read a cp1256 file as UTF-8, and failed).
    """
    ALTER TABLE files ADD COLUMN encoding TEXT;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

# The columns of `notes`, in the order of its records (schema 4 on; a record of an
# older schema stops after `updated` or `tags`).
NOTE_COLUMNS = ("id", "story_id", "anchor_kind", "anchor_paragraph", "anchor_start",
                "anchor_end", "anchor_item", "anchor_quote", "body", "created", "updated",
                "tags", "uid")  # fmt: skip


def new_uid() -> str:
    """A new note's identity: 32 random hex digits (as migration 4 gives older notes)."""
    return uuid.uuid4().hex


def migrate(connection: sqlite3.Connection, path: Path) -> None:
    """Apply the missing steps, each in its own transaction.

    The version is read inside the write lock, so two scaletuis starting at
    once on a new database do not both create the tables.
    """
    while True:
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise NoteStoreError(
                    Said(N_("{path} was written by a newer scaletui (schema {version}, "
                            "this one knows {known}); upgrade scaletui"),
                         path=path, version=version, known=SCHEMA_VERSION)
                )  # fmt: skip
            if version == SCHEMA_VERSION:
                connection.execute("COMMIT")
                return
            for statement in _statements(MIGRATIONS[version]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            rollback(connection)
            raise


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]
