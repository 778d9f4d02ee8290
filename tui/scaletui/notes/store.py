"""The notes database: SQLite in WAL mode, versioned schema, never loses a note.

- Every change is one committed transaction; WAL keeps committed notes through
  a crash or a SIGKILL, and lets a second scaletui read while one writes.
- A writer waits for a lock (busy timeout) instead of failing at once; if it
  still cannot write, the caller gets a clear NoteStoreError and the note is
  appended to a recovery file beside the database, so it is not lost.
- A file that is not a readable database is moved aside (kept, never deleted)
  and a fresh database is started; `moved_aside` says where the old one went.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..i18n import N_, Said
from ..story.files import kind_of
from ..story.items import ItemRef
from ..user_dirs import read_regular_file
from .model import Anchor, Note, NoteStoreError, RescuedNote, filter_notes
from .salvage import salvage

DB_NAME = "notes.db"
RECOVERY_NAME = "unsaved-notes.jsonl"
BUSY_TIMEOUT_SECONDS = 5.0

# Each entry brings a database from version N-1 to N. Version 1 is the first
# schema that shipped; never edit a shipped step, add one.
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
]
SCHEMA_VERSION = len(MIGRATIONS)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class _DamagedDatabase(sqlite3.DatabaseError):
    """PRAGMA quick_check found damage."""


def _damaged(error: sqlite3.DatabaseError) -> bool:
    """Whether the file itself is damaged or is not a database: the only errors that move
    it aside. A full disk, a lock or an I/O error says nothing against the notes in it."""
    name = getattr(error, "sqlite_errorname", None) or ""
    return isinstance(error, _DamagedDatabase) or name.startswith(
        ("SQLITE_CORRUPT", "SQLITE_NOTADB")
    )


def _describe(error: sqlite3.Error) -> Said:
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
    return Said(N_("the notes database failed: {error}"), error=str(error))  # SQLite's words


class NoteStore:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DB_NAME
        self.moved_aside: Path | None = None
        self.salvaged = 0  # notes copied from a damaged database that was moved aside
        self.damaged_text = 0  # values read that were not valid UTF-8 (shown with �)
        self.read_only = False  # a database we may read but not write (notes shown, saves rescued)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise NoteStoreError(
                Said(N_("cannot create the data directory {path}: {error}"),
                     path=data_dir, error=error.strerror or str(error))
            ) from None  # fmt: skip
        self._connection = self._open()

    # -- opening, checking, migrating ---------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        connection.row_factory = sqlite3.Row
        connection.text_factory = self._decode
        return connection

    def _decode(self, raw: bytes) -> str:
        """Text from the database; bytes that are not UTF-8 (written by another tool,
        or damaged) show as � instead of making every note of the story unreadable."""
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.damaged_text += 1
            return raw.decode("utf-8", errors="replace")

    def _open(self) -> sqlite3.Connection:
        try:
            kind = os.stat(self.path).st_mode
        except OSError:
            kind = None  # none yet (or unreadable: SQLite says why)
        if kind is not None and not stat.S_ISREG(kind):
            # SQLite would say "disk I/O error" of a directory, a FIFO or a device.
            raise NoteStoreError(
                Said(N_("{path} is {kind}, not a regular file: move it aside, and scaletui "
                        "starts a new notes database"), path=self.path, kind=Said(kind_of(kind)))
            )  # fmt: skip
        try:
            connection = self._connect()
            self._check(connection)
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and "locked" in str(error).lower():
                raise NoteStoreError(_describe(error)) from None
            if not self.path.exists() and not os.access(self.data_dir, os.W_OK):
                # SQLite only says it is "unable to open database file".
                raise NoteStoreError(
                    Said(N_("cannot create the notes database: {path} cannot be written"),
                         path=self.data_dir)
                ) from None  # fmt: skip
            if self.path.exists() and not _writable(self.data_dir, self.path):
                # Not ours to write (a read-only disk, another user's directory):
                # the notes are still there to read, and nothing is moved aside.
                return self._open_read_only()
            if not self.path.exists() or not _damaged(error):
                raise NoteStoreError(_describe(error)) from None
            self.moved_aside = self._move_aside()
            try:
                connection = self._connect()
                self._check(connection)
            except sqlite3.Error as fresh_error:  # the new database cannot be made either
                raise NoteStoreError(_describe(fresh_error)) from None
            self.salvaged = salvage(self.moved_aside, connection, self._decode)
        return connection

    def _open_read_only(self) -> sqlite3.Connection:
        """Read the notes without writing anything, not even WAL's shared memory
        (`immutable` when the directory cannot hold it)."""
        uri = self.path.resolve().as_uri()
        problem: sqlite3.Error | None = None
        for options in ("mode=ro", "mode=ro&immutable=1"):
            try:
                connection = sqlite3.connect(f"{uri}?{options}", uri=True,
                                             timeout=BUSY_TIMEOUT_SECONDS)  # fmt: skip
                connection.row_factory = sqlite3.Row
                connection.text_factory = self._decode
                connection.execute("SELECT count(*) FROM notes").fetchone()
            except sqlite3.Error as error:
                problem = error
                continue
            self.read_only = True
            return connection
        raise NoteStoreError(
            Said(N_("{path} cannot be written and could not be read: {error}"),
                 path=self.path, error=str(problem))
        )  # fmt: skip

    def _check(self, connection: sqlite3.Connection) -> None:
        _retry_while_locked(lambda: connection.execute("PRAGMA journal_mode=WAL"))
        connection.execute("PRAGMA synchronous=NORMAL")
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            connection.close()
            raise _DamagedDatabase(f"quick_check: {result}")
        self._migrate(connection)

    def _migrate(self, connection: sqlite3.Connection) -> None:
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
                             path=self.path, version=version, known=SCHEMA_VERSION)
                    )  # fmt: skip
                if version == SCHEMA_VERSION:
                    connection.execute("COMMIT")
                    return
                for statement in _statements(MIGRATIONS[version]):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {version + 1}")
                connection.execute("COMMIT")
            except BaseException:
                _rollback(connection)
                raise

    def _move_aside(self) -> Path:
        """Keep a corrupt database under a new name; start afresh."""
        stamp = _now().strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 1
        while target.exists():
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
            counter += 1
        os.replace(self.path, target)
        for suffix in ("-wal", "-shm"):
            companion = self.path.with_name(self.path.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
        return target

    # -- writing -------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise NoteStoreError(
                Said(N_("the notes database is read-only ({path} cannot be written)"),
                     path=self.data_dir)
            )  # fmt: skip
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise NoteStoreError(_describe(error)) from None
        try:
            yield connection
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            _rollback(connection)
            raise NoteStoreError(_describe(error)) from None
        except BaseException:
            _rollback(connection)
            raise

    def add(self, story_id: str, anchor: Anchor, body: str, tags: tuple[str, ...] = ()) -> Note:
        now = _now().isoformat()
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO notes (story_id, anchor_kind, anchor_paragraph, anchor_start,"
                " anchor_end, anchor_item, anchor_quote, body, created, updated, tags)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    story_id, anchor.kind, anchor.paragraph, anchor.start, anchor.end,
                    _item_text(anchor.item), anchor.quote, body, now, now,
                    json.dumps(list(tags), ensure_ascii=False),
                ),
            )  # fmt: skip
            note_id = cursor.lastrowid
        return self.get(note_id)  # type: ignore[arg-type]

    def update(self, note_id: int, body: str, tags: tuple[str, ...] = ()) -> Note:
        with self._write() as connection:
            changed = connection.execute(
                "UPDATE notes SET body = ?, tags = ?, updated = ? WHERE id = ?",
                (body, json.dumps(list(tags), ensure_ascii=False), _now().isoformat(), note_id),
            ).rowcount
        if not changed:
            raise NoteStoreError(Said(N_("note {id} no longer exists"), id=note_id))
        return self.get(note_id)

    def delete(self, note_id: int) -> None:
        with self._write() as connection:
            connection.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    # -- reading -------------------------------------------------------------------

    def get(self, note_id: int) -> Note:
        row = self._read("SELECT * FROM notes WHERE id = ?", (note_id,))
        if not row:
            raise NoteStoreError(Said(N_("note {id} no longer exists"), id=note_id))
        return _note(row[0])

    def notes(self, story_id: str | None = None, text_filter: str = "") -> list[Note]:
        """Newest first; `text_filter` as `filter_notes` takes it."""
        if story_id is None:
            rows = self._read("SELECT * FROM notes ORDER BY created DESC, id DESC", ())
        else:
            rows = self._read(
                "SELECT * FROM notes WHERE story_id = ? ORDER BY created DESC, id DESC",
                (story_id,),
            )
        return filter_notes([_note(row) for row in rows], text_filter)

    def adopt(self, story_id: str, former_ids: tuple[str, ...]) -> int:
        """File notes kept under a story's former ids under its id now; how many."""
        if not former_ids or self.read_only:
            return 0
        marks = ", ".join("?" * len(former_ids))
        with self._write() as connection:
            return connection.execute(
                f"UPDATE notes SET story_id = ? WHERE story_id IN ({marks})",
                (story_id, *former_ids),
            ).rowcount

    def remember_file(self, story_id: str, fingerprint: str, path: str) -> None:
        """Where an opened file is and what it holds (for when it moves); a pack
        directory has no fingerprint ("")."""
        if self.read_only:
            return
        with self._write() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO files (story_id, fingerprint, path) VALUES (?, ?, ?)",
                (story_id, fingerprint, path),
            )

    def moved_from(self, fingerprint: str) -> tuple[str, ...]:
        """Story ids of files with this content at paths that no longer exist:
        the same file, moved (a copy leaves its original where it was)."""
        try:
            rows = self._read(
                "SELECT story_id, path FROM files WHERE fingerprint = ?", (fingerprint,)
            )
        except NoteStoreError:
            return ()  # a read-only database older than schema 3 has no such table
        return tuple(row["story_id"] for row in rows if not Path(row["path"]).exists())

    def files(self) -> list[tuple[str, str]]:
        """Every opened file and pack directory remembered: (story id, path), the
        latest opened first."""
        try:
            rows = self._read("SELECT story_id, path FROM files ORDER BY rowid DESC", ())
        except NoteStoreError:
            return []  # a read-only database older than schema 3 has no such table
        return [(row["story_id"], row["path"]) for row in rows]

    def note_counts(self) -> dict[str, int]:
        rows = self._read("SELECT story_id, count(*) FROM notes GROUP BY story_id", ())
        return {row[0]: row[1] for row in rows}

    def stories(self) -> list[str]:
        return [r[0] for r in self._read("SELECT DISTINCT story_id FROM notes ORDER BY 1", ())]

    def _read(self, sql: str, params: tuple[object, ...]) -> list[sqlite3.Row]:
        try:
            return self._connection.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise NoteStoreError(_describe(error)) from None

    def close(self) -> None:
        self._connection.close()

    # -- when writing fails: keep the note anyway -------------------------------------

    def rescue(self, note: RescuedNote) -> Path:
        """Keep a note that could not be saved in the recovery file; return its path."""
        return append_recovery(self.data_dir, note)


def append_recovery(data_dir: Path, note: RescuedNote) -> Path:
    """The last resort: one JSON line per note, in the data dir or the home directory.

    Only into a regular file: opened for appending, a FIFO with no reader waited
    forever (the app hung on a signal with the editor open), and a device or a pipe
    with one would take the note and keep nothing.
    """
    line = (note.to_json() + "\n").encode("utf-8")
    for folder in (data_dir, Path.home()):
        path = folder / RECOVERY_NAME
        try:
            # O_NONBLOCK: a FIFO without a reader fails at once (ENXIO) instead.
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0)
            descriptor = os.open(path, flags, 0o600)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                continue
            written = 0
            while written < len(line):  # (a write may take part of it, as on a full disk)
                written += os.write(descriptor, line[written:])
            os.fsync(descriptor)
            return path
        except OSError:
            continue
        finally:
            os.close(descriptor)
    raise NoteStoreError(
        Said(N_("could not save the note anywhere (data directory and home unwritable)"))
    )


def read_recovery(data_dir: Path) -> list[RescuedNote]:
    """The notes kept in the recovery file (lines that do not parse are skipped)."""
    path = data_dir / RECOVERY_NAME
    try:
        lines = read_regular_file(path).decode("utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        try:
            found.append(RescuedNote.from_json(line))
        except (ValueError, KeyError, TypeError):
            continue
    return found


def _writable(folder: Path, path: Path) -> bool:
    """May this process write the database and its journal beside it?"""
    return os.access(folder, os.W_OK) and os.access(path, os.W_OK)


def _rollback(connection: sqlite3.Connection) -> None:
    """Undo a failed write. SQLite may have rolled it back already (a full disk
    does): then ROLLBACK itself fails, and that must not hide the first error."""
    try:
        connection.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def _retry_while_locked(action: Callable[[], object]) -> None:
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


def _item_text(item: ItemRef | None) -> str | None:
    return str(item) if item is not None else None


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]


def _note(row: sqlite3.Row) -> Note:
    anchor = Anchor(
        kind=row["anchor_kind"],
        paragraph=row["anchor_paragraph"],
        start=row["anchor_start"],
        end=row["anchor_end"],
        # Stored as `kind:key` text since schema 1; an unknown kind keeps no item.
        item=ItemRef.parse(row["anchor_item"]) if row["anchor_item"] else None,
        quote=row["anchor_quote"],
    )
    return Note(
        id=row["id"],
        story_id=row["story_id"],
        anchor=anchor,
        body=row["body"],
        created=datetime.fromisoformat(row["created"]),
        updated=datetime.fromisoformat(row["updated"]),
        # A read-only database of schema 1 was never migrated: no tags column.
        tags=tuple(json.loads(row["tags"])) if "tags" in row.keys() else (),
    )
