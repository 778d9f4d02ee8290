"""The notes database: SQLite in WAL mode, versioned schema, never loses a note.

Its modules, by job:
- `schema`: the tables, their migrations, the row format.
- `database`: the connection, write transactions, locks, SQLite's errors in words.
- `opening`: opening and checking; read-only when it cannot be written; a damaged
  file moved aside, and `salvage` copying out what can still be read.
- `note_store`: NoteStore, what the app and the CLI use (add, edit, delete, list).
- `rows`: a row as a Note.
- `moved_files`: files by content and place, so a moved file finds its notes.
- `rescue`: the file a note goes to when the database cannot take it.
"""

from __future__ import annotations

from .database import BUSY_TIMEOUT_SECONDS, DB_NAME
from .note_store import NoteStore
from .rescue import RECOVERY_NAME, append_recovery, read_recovery
from .schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "DB_NAME",
    "MIGRATIONS",
    "RECOVERY_NAME",
    "SCHEMA_VERSION",
    "NoteStore",
    "append_recovery",
    "read_recovery",
]
