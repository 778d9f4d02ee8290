"""The notes store as the app reaches it: opened when first needed (just after the
first frame, so start-up does not wait for a database), with what the reader must
be told about it, and the reading places kept beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from ..i18n import Language, said_in, shown_path
from ..story import Story

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from ..notes import NoteStore
    from ..notes.flow import NotesFlow
    from ..notes.model import RescuedNote
    from ..notes.positions import PositionMemory

    # An open store, or what opens one when notes are first needed.
    NotesSource = NoteStore | Callable[[], NoteStore]


class Tell(Protocol):
    """Shows the reader a notification (already in their language)."""

    def __call__(
        self, text: str, *, severity: SeverityLevel = "information", timeout: float = 5.0
    ) -> None: ...


class NotesAccess:
    """The notes store: given open, or opened on first use."""

    def __init__(self, source: NotesSource | None, language: Language, tell: Tell) -> None:
        """Access to a store given open, or to be opened on first use.

        Args:
            source: An open store, or what opens one (None: no store at all).
            language: The interface's, for what the reader is told.
            tell: How the reader is told.
        """
        self.store = None if callable(source) else source
        self.problem = ""  # why there is no store, in the reader's language
        self._opener = source if callable(source) else None
        self._language = language
        self._tell = tell
        self._positions: PositionMemory | None = None
        # Notes the app closed over that could be written nowhere (see say_unkept).
        self.unkept: list[RescuedNote] = []

    def open(self) -> NoteStore | None:
        """The store, opened now if it has not been yet (None if it cannot be; said once)."""
        if self.store is None and self._opener is not None:
            from ..notes import NoteStoreError

            opener, self._opener = self._opener, None
            try:
                self.store = opener()
            except NoteStoreError as error:  # the story still opens
                language = self._language
                self.problem = language.gettext("Notes are unavailable: {error}").format(
                    error=said_in(error, language, isolate_paths=True)
                )
                self._tell(self.problem, severity="error", timeout=20)
            else:
                self.tell_state()
        return self.store

    def tell_state(self) -> None:
        """Say what the reader should know of the store: unavailable, read-only, or
        rebuilt from a damaged file (nothing, usually)."""
        if self.problem:
            self._tell(self.problem, severity="error", timeout=20)
        for warning in self.warnings():
            self._tell(warning, severity="warning", timeout=20)

    def warnings(self) -> list[str]:
        """What is wrong with the open store, in the reader's language (usually nothing)."""
        store = self.store
        if store is None:
            return []
        language = self._language
        _ = language.gettext
        said = []
        if store.disk_full:
            said.append(
                _("The disk is full ({folder}): notes are read-only until space is freed. "
                  "They are shown and can be exported; a new note goes to "
                  "unsaved-notes.jsonl (in your home folder if the disk has no room).")
                .format(folder=shown_path(store.data_dir, language))
            )  # fmt: skip
        elif store.read_only:
            said.append(
                _("Notes are read-only here ({folder} cannot be written): they are shown and "
                  "can be exported; new notes go to unsaved-notes.jsonl.")
                .format(folder=shown_path(store.data_dir, language))
            )  # fmt: skip
        if store.foreign_wal is not None:
            said.append(
                _("A notes.db-wal that was not this notes database's (restored from a backup, "
                  "or copied from elsewhere) was kept aside as {path}; your notes were opened "
                  "without it.").format(path=shown_path(store.foreign_wal, language))
            )  # fmt: skip
        if store.moved_aside is not None:
            said.append(
                language.counted(
                    "The notes database was damaged: {count} note was recovered from it into a "
                    "new one; the damaged file was kept as {path}.",
                    "The notes database was damaged: {count} notes were recovered from it into "
                    "a new one; the damaged file was kept as {path}.",
                    store.salvaged,
                    path=shown_path(store.moved_aside, language),
                )
            )
        return said

    def flow(self, story: Story) -> NotesFlow:
        """The notes of `story` (made after the first frame: the notes modules cost a
        tenth of start-up)."""
        from ..notes.flow import NotesFlow

        return NotesFlow(story, self.open, self._language, self.unkept.append)

    def positions(self) -> PositionMemory | None:
        """Reading places, kept beside the notes (None without a notes store)."""
        if self._positions is None:
            store = self.open()
            if store is not None:
                from ..notes.positions import PositionMemory

                self._positions = PositionMemory(store.data_dir)
        return self._positions

    def say_unkept(self, stream: TextIO) -> bool:
        """After the app has ended and the terminal is restored: each note that could be
        kept nowhere (the editor open at a signal or a quit, the database, the data
        dir and home all unwritable) is printed as one JSON line, the last resort, with
        a line saying why.

        Returns:
            Whether there were any (the exit status is then non-zero).
        """
        if not self.unkept:
            return False
        from ..notes import default_data_dir
        from ..notes.store import RECOVERY_NAME
        from ..notes.store.rescue import shown_whole

        language = self._language
        data_dir = self.store.data_dir if self.store is not None else default_data_dir()
        said = language.counted(
            "a note could not be saved: neither {data} nor {home} could be written; here it "
            "is, one JSON line to copy:",
            "{count} notes could not be saved: neither {data} nor {home} could be written; "
            "here they are, one JSON line each to copy:",
            len(self.unkept),
            data=data_dir / RECOVERY_NAME,
            home=Path.home() / RECOVERY_NAME,
        )
        print(f"scaletui: {said}", file=stream)
        for note in self.unkept:
            print(shown_whole(note), file=stream)
        stream.flush()
        return True
