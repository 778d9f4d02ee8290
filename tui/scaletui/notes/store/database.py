"""One SQLite connection to the notes database: reads, write transactions, and
SQLite's errors said in the reader's words.

Every change is one committed transaction (WAL keeps it through a crash or a
SIGKILL). A writer waits for a lock (busy timeout) instead of failing at once;
if it still cannot write, the caller gets a NoteStoreError it can show.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ...i18n import N_, Said
from ..model import NoteStoreError

DB_NAME = "notes.db"
BUSY_TIMEOUT_SECONDS = 5.0
SIDE_SUFFIXES = ("-wal", "-shm")  # SQLite's files beside the database in WAL mode

Decode = Callable[[bytes], str]


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def stamp() -> str:
    """A time for a kept file's name: notes.db.corrupt-20260102T030405Z."""
    return now().strftime("%Y%m%dT%H%M%SZ")


def connect(target: Path | str, decode: Decode, *, uri: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), rows by name."""
    connection = sqlite3.connect(
        target, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, uri=uri
    )
    connection.row_factory = sqlite3.Row
    connection.text_factory = decode
    return connection


class DamagedDatabase(sqlite3.DatabaseError):
    """PRAGMA quick_check found damage."""


def is_damaged(error: sqlite3.DatabaseError) -> bool:
    """Whether the file itself is damaged or is not a database: the only errors that move
    it aside. A full disk, a lock or an I/O error says nothing against the notes in it."""
    name = getattr(error, "sqlite_errorname", None) or ""
    return isinstance(error, DamagedDatabase) or name.startswith(
        ("SQLITE_CORRUPT", "SQLITE_NOTADB")
    )


def is_locked(error: sqlite3.Error) -> bool:
    return isinstance(error, sqlite3.OperationalError) and "locked" in str(error).lower()


def describe(error: sqlite3.Error) -> Said:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return Said(
            N_("the notes database is locked by another program (another scaletui?) and "
               "stayed locked for {seconds} s"),
            seconds=f"{BUSY_TIMEOUT_SECONDS:g}",
        )  # fmt: skip
    if "readonly" in text or "read-only" in text:
        return Said(N_("the notes database is read-only"))
    if "full" in text:
        return Said(N_("the disk is full"))
    limit = file_size_limit() if "disk i/o error" in text else None
    if limit is not None:  # (SQLite says "disk I/O error" of EFBIG)
        return Said(
            N_("the notes database failed: a file may grow to {limit:,} bytes at most here "
               "(ulimit -f)"), limit=limit,
        )  # fmt: skip
    return Said(N_("the notes database failed: {error}"), error=str(error))  # SQLite's words


def file_size_limit() -> int | None:
    """The most bytes this process may write to a file (`ulimit -f`); None: no limit."""
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    except (ImportError, OSError, ValueError):  # (no such limit: Windows)
        return None
    return None if soft == resource.RLIM_INFINITY else soft


def rollback(connection: sqlite3.Connection) -> None:
    """Undo a failed write. SQLite may have rolled it back already (a full disk
    does): then ROLLBACK itself fails, and that must not hide the first error."""
    try:
        connection.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def retry_while_locked(action: Callable[[], object]) -> None:
    """Some statements (switching to WAL) fail at once on a lock instead of waiting."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class Database:
    """The open connection, read and written as the store's collaborators need it.

    `read_only` is a reason (`Said`) when the database may be read but not written:
    every write then raises it as a NoteStoreError, and the caller rescues the note.
    """

    def __init__(
        self, connection: sqlite3.Connection, read_only: Said | None = None,
        path: Path | None = None,
    ) -> None:  # fmt: skip
        self.connection = connection
        self.read_only = read_only
        # The file written, as it was opened: a data dir deleted or moved while the app
        # ran left SQLite writing into a file no one could reach ("Note saved.", lost).
        self.path = path
        self._identity = _identity(path) if path is not None else None

    def read(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        try:
            return self.connection.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise NoteStoreError(describe(error)) from None

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; any failure rolls it back and is a NoteStoreError."""
        if self.read_only is not None:
            raise NoteStoreError(self.read_only)
        if self.path is not None and _identity(self.path) != self._identity:
            raise NoteStoreError(
                Said(N_("{path} was deleted or moved while scaletui ran"), path=self.path)
            )
        connection = self.connection
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise NoteStoreError(describe(error)) from None
        try:
            yield connection
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            rollback(connection)
            raise NoteStoreError(describe(error)) from None
        except BaseException:
            rollback(connection)
            raise

    def close(self) -> None:
        self.connection.close()


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` now (device and inode), None if none is."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino
