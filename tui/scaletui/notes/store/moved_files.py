"""Moved-file identity: the files opened (by content fingerprint and path), so a file
that moved finds its notes, and the library lists what was opened."""

from __future__ import annotations

from pathlib import Path

from ..model import NoteStoreError, OpenedFile
from .database import Database


class MovedFiles:
    """The `files` table, and the adoption of notes filed under a file's former ids."""

    def __init__(self, database: Database) -> None:
        self.database = database
        # A read-only database cannot move notes: a story's are read under these ids too.
        self.former_ids: dict[str, tuple[str, ...]] = {}

    def adopt(self, story_id: str, former_ids: tuple[str, ...]) -> int:
        """File notes kept under a story's former ids under its id now; how many.
        A read-only database keeps them where they are, and lists them with the story."""
        if not former_ids:
            return 0
        if self.database.read_only is not None:
            self.former_ids[story_id] = former_ids
            return 0
        marks = ", ".join("?" * len(former_ids))
        with self.database.write() as connection:
            return connection.execute(
                f"UPDATE notes SET story_id = ? WHERE story_id IN ({marks})",
                (story_id, *former_ids),
            ).rowcount

    def ids(self, story_id: str) -> tuple[str, ...]:
        """The ids a story's notes are filed under."""
        return (story_id, *self.former_ids.get(story_id, ()))

    def remember(
        self, story_id: str, fingerprint: str, path: str, encoding: str | None = None
    ) -> None:
        """Where an opened file is, what it holds (for when it moves) and the encoding
        it was opened in (None: UTF-8); a pack directory has no fingerprint ("")."""
        if self.database.read_only is not None or _not_utf8(path):
            # (A name whose bytes are not UTF-8 is no text SQLite takes: it raised
            # UnicodeEncodeError at the app's start. Such a file is not listed in the
            # library; its notes are kept all the same.)
            return
        with self.database.write() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO files (story_id, fingerprint, path, encoding)"
                " VALUES (?, ?, ?, ?)",
                (story_id, fingerprint, path, encoding),
            )

    def moved_from(self, fingerprint: str) -> tuple[str, ...]:
        """Story ids of files with this content at paths that no longer exist:
        the same file, moved (a copy leaves its original where it was)."""
        try:
            rows = self.database.read(
                "SELECT story_id, path FROM files WHERE fingerprint = ?", (fingerprint,)
            )
        except NoteStoreError:
            return ()  # a read-only database older than schema 3 has no such table
        # A relative path (as scaletui kept a file opened by one) says nothing from here.
        return tuple(row["story_id"] for row in rows
                     if Path(row["path"]).is_absolute() and not Path(row["path"]).exists())  # fmt: skip

    def opened(self) -> list[OpenedFile]:
        """Every opened file and pack directory remembered, the latest opened first."""
        try:
            # Every column: a read-only database is not migrated, and one older than
            # schema 5 has no `encoding` (its files were all opened as UTF-8).
            rows = self.database.read("SELECT * FROM files ORDER BY rowid DESC")
        except NoteStoreError:
            return []  # a read-only database older than schema 3 has no such table
        return [
            OpenedFile(row["story_id"], row["path"],
                       row["encoding"] if "encoding" in row.keys() else None)
            for row in rows
        ]  # fmt: skip


def _not_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
