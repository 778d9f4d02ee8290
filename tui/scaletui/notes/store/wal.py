"""A write-ahead log that does not belong to its database is kept aside, not applied.

SQLite applies whatever valid `notes.db-wal` lies beside `notes.db`: one restored
from a backup or copied from another machine replaced every note with another
database's pages (or none), and the checkpoint at close made that permanent. A WAL
is legitimately there after a crash (its commits must be kept) or while another
scaletui has the database open, so it is judged, not refused: the database and the
WAL are copied to a scratch folder and read with and without it. Applied, a WAL of
this database only adds to what the database holds: the notes ids SQLite handed out
never go back (AUTOINCREMENT), a note keeps its creation time and its anchor (an edit
changes its text, tags and edit time only), and the result reads cleanly. A WAL that breaks one of these is renamed `notes.db-wal.foreign-TIME`
(its index, `notes.db-shm`, is derived from it and removed) and the reader is told.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path
from typing import NamedTuple

from ...i18n import N_, Said
from ..model import NoteStoreError
from .database import connect, stamp


class _View(NamedTuple):
    """What a database reads as: its last note id handed out, and what never changes
    in a note once made (its creation time and anchor), by id."""

    last_id: int
    made: dict[int, tuple[object, ...]]


def set_aside_foreign_wal(path: Path) -> Path | None:
    """Rename a WAL beside `path` that does not belong to it; where it went, or None."""
    wal = path.with_name(path.name + "-wal")
    before = _signature(path, wal)
    if before is None:
        return None  # no WAL (or no database to hold it against: SQLite makes it one)
    try:
        with tempfile.TemporaryDirectory(prefix="scaletui-wal-check-") as scratch:
            copy = Path(scratch) / path.name
            shutil.copyfile(path, copy)
            base = _view(copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            applied = _view(copy)
    except OSError:
        return None  # no room to check it: SQLite applies it, as it always did
    if _signature(path, wal) != before:
        return None  # being written: another scaletui has it open, and it is theirs
    if base is None or _belongs(base, applied):
        return None  # (a database unreadable without it is for salvage to judge)
    target = path.with_name(f"{wal.name}.foreign-{stamp()}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{wal.name}.foreign-{stamp()}-{counter}")
        counter += 1
    try:
        os.rename(wal, target)
    except OSError as error:
        raise NoteStoreError(
            Said(N_("{path} does not belong to the notes database beside it (restored from a "
                    "backup, or copied from elsewhere) and cannot be moved aside ({error}): "
                    "move it away, and scaletui opens your notes without it"),
                 path=wal, error=error.strerror or str(error))
        ) from None  # fmt: skip
    try:
        os.unlink(path.with_name(path.name + "-shm"))  # the WAL's index: wrong without it
    except OSError:
        pass  # none, or SQLite rebuilds it (it checks it against the WAL)
    return target


def _belongs(base: _View, applied: _View | None) -> bool:
    if applied is None:
        return False  # the database reads, and the WAL breaks it
    if applied.last_id < base.last_id:
        return False  # ids handed out never go back
    return all(applied.made.get(note_id, made) == made for note_id, made in base.made.items())


def _view(copy: Path) -> _View | None:
    """How a scratch copy of the database reads (None: damaged, or no notes table)."""
    try:
        connection = connect(copy, lambda raw: raw.decode("utf-8", errors="replace"))
    except sqlite3.Error:
        return None
    try:
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return None
        made = {
            row[0]: tuple(row[1:])
            for row in connection.execute(
                "SELECT id, created, anchor_kind, anchor_paragraph, anchor_start, anchor_end,"
                " anchor_item, anchor_quote FROM notes"
            )
        }
        try:
            found = connection.execute(
                "SELECT seq FROM sqlite_sequence WHERE name = 'notes'"
            ).fetchone()
        except sqlite3.Error:
            found = None  # no note was ever added
        last = max([found[0] if found else 0, *made])
        return _View(int(last), made)
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        connection.close()


def _signature(path: Path, wal: Path) -> tuple[tuple[int, int, int], ...] | None:
    """The database's and the WAL's identity, size and time; None without a WAL to judge."""
    try:
        found = [os.stat(path), os.stat(wal)]
    except OSError:
        return None
    if not all(stat.S_ISREG(info.st_mode) for info in found) or found[1].st_size == 0:
        return None
    return tuple((info.st_ino, info.st_size, info.st_mtime_ns) for info in found)
