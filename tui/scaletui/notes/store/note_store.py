"""NoteStore: the notes database as the app and the CLI use it (add, edit, delete,
list), with what opening it found, the moved files, and the rescue file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ...i18n import N_, Said
from ...story.files import not_a_directory
from ..model import Anchor, Note, NoteStoreError, OpenedFile, RescuedNote, filter_notes
from .database import DB_NAME, now
from .moved_files import MovedFiles
from .opening import open_database
from .rescue import append_recovery
from .rows import RowReader, item_text
from .schema import new_uid

_INSERT = (
    "INSERT INTO notes (story_id, anchor_kind, anchor_paragraph, anchor_start, anchor_end,"
    " anchor_item, anchor_quote, body, created, updated, tags, uid)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _values(
    story_id: str, anchor: Anchor, body: str, tags: tuple[str, ...], created: str, updated: str,
    uid: str,
) -> tuple[object, ...]:  # fmt: skip
    return (
        story_id, anchor.kind, anchor.paragraph, anchor.start, anchor.end,
        item_text(anchor.item), anchor.quote, body, created, updated,
        json.dumps(list(tags), ensure_ascii=False), uid,
    )  # fmt: skip


class NoteStore:
    """SQLite in WAL mode, versioned schema, never loses a note (see the package)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DB_NAME
        self._rows = RowReader(self._decode)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except FileExistsError as error:
            # Something else by that name, or a parent's (a file, a FIFO, /dev/null):
            # "cannot create the data directory: File exists" was all that was said.
            there = Path(error.filename or data_dir)
            raise NoteStoreError(
                not_a_directory(there) or Said(N_("{path}: exists and is not a directory"),
                                               path=there)
            ) from None  # fmt: skip
        except OSError as error:
            raise NoteStoreError(
                Said(N_("cannot create the data directory {path}: {error}"),
                     path=data_dir, error=error.strerror or str(error))
            ) from None  # fmt: skip
        opened = open_database(self.path, self._decode)
        self._database = opened.database
        self._files = MovedFiles(self._database)
        self.moved_aside = opened.moved_aside  # where a damaged database was kept
        self.salvaged = opened.salvaged  # notes copied from it into the new one
        self.foreign_wal = opened.foreign_wal  # a WAL that was not this database's, kept
        self.disk_full = opened.disk_full  # read-only because the disk is full
        self.rescue_offered = False  # the app has offered to restore rescued notes

    @property
    def repaired(self) -> dict[int, tuple[str, ...]]:
        """Notes read with fields that were not as scaletui writes them (a bad date, tags
        that are not a list of text, a number stored as text, a BLOB): note id -> the
        fields, each repaired as it was read (see rows.py)."""
        return self._rows.repaired

    @property
    def read_only(self) -> bool:
        """A database we may read but not write: notes shown, saves rescued."""
        return self._database.read_only is not None

    def _decode(self, raw: bytes) -> str:
        """Text from the database; bytes that are not UTF-8 (written by another tool,
        or damaged) show as � instead of making every note of the story unreadable."""
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("utf-8", errors="replace")

    # -- writing -------------------------------------------------------------------

    def add(self, story_id: str, anchor: Anchor, body: str, tags: tuple[str, ...] = ()) -> Note:
        when = now().isoformat()
        with self._database.write() as connection:
            cursor = connection.execute(_INSERT, _values(story_id, anchor, body, tags, when, when,
                                                         new_uid()))  # fmt: skip
            note_id = cursor.lastrowid
        return self.get(note_id)  # type: ignore[arg-type]

    def insert(self, notes: Sequence[Note]) -> list[Note]:
        """Notes made elsewhere (an import, rescued notes), each kept with its uid,
        times and tags, all in one transaction: every one is saved, or none is (the
        error says why). Their `id` is not used: each gets a new one."""
        ids = []
        with self._database.write() as connection:
            for note in notes:
                values = _values(note.story_id, note.anchor, note.body, note.tags,
                                 note.created.isoformat(), note.updated.isoformat(),
                                 note.uid or new_uid())  # fmt: skip
                ids.append(connection.execute(_INSERT, values).lastrowid)
        return [self.get(note_id) for note_id in ids]  # type: ignore[arg-type]

    def update(self, note_id: int, body: str, tags: tuple[str, ...] = ()) -> Note:
        with self._database.write() as connection:
            changed = connection.execute(
                "UPDATE notes SET body = ?, tags = ?, updated = ? WHERE id = ?",
                (body, json.dumps(list(tags), ensure_ascii=False), now().isoformat(), note_id),
            ).rowcount
        if not changed:
            raise NoteStoreError(Said(N_("note {id} no longer exists"), id=note_id))
        return self.get(note_id)

    def delete(self, note_id: int) -> None:
        with self._database.write() as connection:
            connection.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    # -- reading -------------------------------------------------------------------

    def get(self, note_id: int) -> Note:
        row = self._database.read("SELECT * FROM notes WHERE id = ?", (note_id,))
        if not row:
            raise NoteStoreError(Said(N_("note {id} no longer exists"), id=note_id))
        return self._rows.note(row[0])

    def notes(self, story_id: str | None = None, text_filter: str = "") -> list[Note]:
        """Newest first; `text_filter` as `filter_notes` takes it."""
        if story_id is None:
            rows = self._database.read("SELECT * FROM notes ORDER BY created DESC, id DESC")
        else:
            ids = self._files.ids(story_id)
            rows = self._database.read(
                f"SELECT * FROM notes WHERE story_id IN ({', '.join('?' * len(ids))})"
                " ORDER BY created DESC, id DESC",
                ids,
            )
        return filter_notes([self._rows.note(row) for row in rows], text_filter)

    def note_counts(self) -> dict[str, int]:
        rows = self._database.read("SELECT story_id, count(*) FROM notes GROUP BY story_id")
        return {row[0]: row[1] for row in rows}

    def stories(self) -> list[str]:
        return [r[0] for r in self._database.read("SELECT DISTINCT story_id FROM notes ORDER BY 1")]

    def close(self) -> None:
        self._database.close()

    # -- moved files ---------------------------------------------------------------

    def adopt(self, story_id: str, former_ids: tuple[str, ...]) -> int:
        """File notes kept under a story's former ids under its id now; how many."""
        return self._files.adopt(story_id, former_ids)

    def remember_file(
        self, story_id: str, fingerprint: str, path: str, encoding: str | None = None
    ) -> None:
        self._files.remember(story_id, fingerprint, path, encoding)

    def moved_from(self, fingerprint: str) -> tuple[str, ...]:
        return self._files.moved_from(fingerprint)

    def files(self) -> list[OpenedFile]:
        """Every opened file and pack directory remembered, the latest opened first."""
        return self._files.opened()

    # -- when writing fails: keep the note anyway -------------------------------------

    def rescue(self, note: RescuedNote) -> Path:
        """Keep a note that could not be saved in the recovery file; return its path."""
        return append_recovery(self.data_dir, note)
