"""Opening the notes database: checked, migrated, and never at the notes' expense.

- Something that is not a regular file where notes.db or SQLite's files beside it go is
  named, and left alone.
- A database this process may not write (a read-only disk, another user's folder) is
  opened read-only: the notes are shown and exported, saves are rescued.
- A file that is not a readable database is moved aside (kept, never deleted), a fresh
  database is started, and every note that can still be read is salvaged into it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from ...i18n import N_, Said
from ...story.files import kind_of
from ..model import NoteStoreError
from .database import (
    SIDE_SUFFIXES,
    DamagedDatabase,
    Database,
    Decode,
    connect,
    describe,
    file_size_limit,
    is_damaged,
    is_locked,
    retry_while_locked,
    stamp,
)
from .salvage import salvage
from .schema import migrate
from .wal import set_aside_foreign_wal


@dataclass
class Opened:
    """The database, and what opening it found (for the reader to be told)."""

    database: Database
    moved_aside: Path | None = None  # a damaged database, kept under this name
    salvaged: int = 0  # notes copied from it into the new one
    foreign_wal: Path | None = None  # a WAL that was not this database's, kept here
    disk_full: bool = False  # opened read-only because the disk is full


def open_database(path: Path, decode: Decode) -> Opened:
    try:
        kind = os.stat(path).st_mode
    except OSError as error:
        kind = None  # none yet (or unreadable: SQLite says why)
        _refuse_a_link_to_nowhere(path, error)
    if kind is not None and not stat.S_ISREG(kind):
        # SQLite would say "disk I/O error" of a directory, a FIFO or a device.
        raise NoteStoreError(
            Said(N_("{path} is {kind}, not a regular file: move it aside, and scaletui "
                    "starts a new notes database"), path=path, kind=Said(kind_of(kind)))
        )  # fmt: skip
    for side in _side_files(path, "-journal"):
        try:
            kind = os.stat(side).st_mode
        except OSError:
            continue  # none (the usual case)
        if not stat.S_ISREG(kind):
            # SQLite opens these beside the database: a FIFO held the open forever
            # (-journal, looked at for a hot journal), anything else failed it as "disk
            # I/O error" or "unable to open database file", naming nothing.
            raise NoteStoreError(
                Said(N_("{path} is {kind}, not a regular file, where SQLite keeps its own "
                        "file beside the notes database: move it aside, and scaletui opens "
                        "your notes"), path=side, kind=Said(kind_of(kind)))
            )  # fmt: skip
    foreign_wal = set_aside_foreign_wal(path)
    opened = _open(path, decode)
    opened.foreign_wal = foreign_wal
    return opened


def _refuse_a_link_to_nowhere(path: Path, error: OSError) -> None:
    """A notes.db link that SQLite cannot follow is named (it said only "unable to open
    database file"): a loop of links, or a link into a folder that is not there (a link
    to a file not made yet, in a folder that is, becomes the database)."""
    if error.errno == errno.ELOOP:
        raise NoteStoreError(
            Said(N_("{path} is a loop of symbolic links: move it aside, and scaletui starts "
                    "a new notes database"), path=path)
        ) from None  # fmt: skip
    if path.is_symlink() and not Path(os.path.realpath(path)).parent.is_dir():
        raise NoteStoreError(
            Said(N_("{path} is a link to {target}, in a folder that is not there: make the "
                    "folder, or move the link aside"), path=path, target=os.readlink(path))
        ) from None  # fmt: skip


def _open(path: Path, decode: Decode) -> Opened:
    folder = path.parent
    there = {side: side.exists() for side in (path, *_side_files(path))}
    try:
        connection = _checked(path, decode)
    except sqlite3.DatabaseError as error:
        if is_locked(error):
            raise NoteStoreError(describe(error)) from None
        # A file-size limit (`ulimit -f`) below what SQLite writes beside the notes is
        # a full disk for them: "disk I/O error", and the notes were neither shown nor
        # exported.
        limited = file_size_limit() is not None and "disk i/o error" in str(error).lower()
        if disk_full(folder) or limited:
            # SQLite left a 3-byte notes.db-shm (and an empty WAL) that broke even the
            # sqlite3 shell until space was freed: what this attempt made goes.
            _remove_made(there)
            if not path.exists():
                raise NoteStoreError(
                    describe(error) if limited else Said(N_("the disk is full"))
                ) from None
            connection = open_read_only(path, decode, side_files=False)
            _remove_made(there)  # (none: but never a broken one left behind)
            if limited:
                return Opened(Database(connection, describe(error)))
            return Opened(Database(connection, full_disk_reason(folder)), disk_full=True)
        if not path.exists() and not os.access(folder, os.W_OK):
            # SQLite only says it is "unable to open database file".
            raise NoteStoreError(
                Said(N_("cannot create the notes database: {path} cannot be written"),
                     path=folder)
            ) from None  # fmt: skip
        if path.exists() and not _writable(folder, path):
            # Not ours to write (a read-only disk, another user's directory):
            # the notes are still there to read, and nothing is moved aside.
            return Opened(Database(open_read_only(path, decode), read_only_reason(folder)))
        if not path.exists() or not is_damaged(error):
            raise NoteStoreError(describe(error)) from None
        moved_aside = move_aside(path)
        try:
            connection = _checked(path, decode)
        except sqlite3.Error as fresh_error:  # the new database cannot be made either
            raise NoteStoreError(describe(fresh_error)) from None
        return Opened(Database(connection, path=path), moved_aside,
                      salvage(moved_aside, connection, decode))  # fmt: skip
    return Opened(Database(connection, path=path))


def _checked(path: Path, decode: Decode) -> sqlite3.Connection:
    connection = connect(path, decode)
    try:
        check(connection, path)
    except BaseException:
        connection.close()  # (closed twice is fine: check closes it on damage)
        raise
    return connection


def disk_full(folder: Path) -> bool:
    """No byte left for this process on the filesystem holding `folder`."""
    try:
        return os.statvfs(folder).f_bavail == 0
    except (OSError, AttributeError):  # (no statvfs on Windows)
        return False


def _side_files(path: Path, *more: str) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in (*SIDE_SUFFIXES, *more)]


def _remove_made(there: dict[Path, bool]) -> None:
    """Remove the files a failed opening made (those that were not there before it):
    side files that hold nothing yet, or an empty database."""
    for made, was_there in there.items():
        if not was_there:
            try:
                made.unlink()
            except OSError:
                pass


def full_disk_reason(folder: Path) -> Said:
    return Said(N_("the disk is full ({path} cannot take more)"), path=folder)


def read_only_reason(folder: Path) -> Said:
    return Said(N_("the notes database is read-only ({path} cannot be written)"), path=folder)


def open_read_only(path: Path, decode: Decode, side_files: bool = True) -> sqlite3.Connection:
    """Read the notes without writing anything beside them, not even WAL's shared memory:
    `immutable` when the folder cannot hold it (or, without `side_files`, should not:
    a full disk), after a copy read elsewhere when a WAL holds notes not yet in the
    database (immutable would not read it)."""
    uri = path.resolve().as_uri()
    problem: sqlite3.Error | OSError | None = None
    wal = path.with_name(path.name + "-wal")
    unread_wal = wal.exists() and wal.stat().st_size > 0
    for options in ("mode=ro" if side_files else "", "copy" if unread_wal else "",
                    "mode=ro&immutable=1"):  # fmt: skip
        if not options:
            continue
        try:
            if options == "copy":
                connection = _read_copy(path, decode)
            else:
                connection = connect(f"{uri}?{options}", decode, uri=True)
            connection.execute("SELECT count(*) FROM notes").fetchone()
        except (sqlite3.Error, OSError) as error:
            problem = error
            continue
        return connection
    raise NoteStoreError(
        Said(N_("{path} cannot be written and could not be read: {error}"),
             path=path, error=str(problem))
    )  # fmt: skip


def _read_copy(path: Path, decode: Decode) -> sqlite3.Connection:
    """The database and its WAL copied to a scratch folder (removed at once: the open
    connection keeps the files it holds), opened read-only."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="scaletui-notes-") as scratch:
        copy = Path(scratch) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
        connection = connect(copy, decode)
        connection.execute("SELECT count(*) FROM notes").fetchone()  # the WAL read now
    return connection


def check(connection: sqlite3.Connection, path: Path) -> None:
    """WAL mode, no damage, the current schema."""
    retry_while_locked(lambda: connection.execute("PRAGMA journal_mode=WAL"))
    connection.execute("PRAGMA synchronous=NORMAL")
    # A deleted note's bytes are zeroed: salvage's page scan never brings it back.
    connection.execute("PRAGMA secure_delete=ON")
    result = connection.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        connection.close()
        raise DamagedDatabase(f"quick_check: {result}")
    migrate(connection, path)


def move_aside(path: Path) -> Path:
    """Keep a corrupt database (and its WAL) under a new name; start afresh."""
    when = stamp()
    target = path.with_name(f"{path.name}.corrupt-{when}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{when}-{counter}")
        counter += 1
    os.replace(path, target)
    for suffix in SIDE_SUFFIXES:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def _writable(folder: Path, path: Path) -> bool:
    """May this process write the database and its journal beside it?"""
    return os.access(folder, os.W_OK) and os.access(path, os.W_OK)
