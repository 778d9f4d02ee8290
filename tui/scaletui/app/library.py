"""The stories the library lists and searches: the bundled packs, and the files and
packs opened before (which the notes store remembers), each loaded once per run.
No Textual here: the library screen reads this as its Shelf."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import Language, said_in
from ..story import Story

if TYPE_CHECKING:
    from ..explore.library import LibraryEntry, StoryHits
    from ..notes import NoteStore


class Library:
    """Every story the reader can open, and a search across them all."""

    def __init__(
        self,
        cache_dir: Path | None,
        language: Language,
        store: Callable[[], NoteStore | None],
        current: Callable[[], Story],
    ) -> None:
        """The library, empty until first listed.

        Args:
            cache_dir: Where checked packs are cached (None: not cached).
            language: The interface's (for what a story that cannot open says).
            store: The notes store (opened files, note counts), if there is one.
            current: The story being read (listed even if nothing else knows it).
        """
        self._cache_dir = cache_dir
        self._language = language
        self._store = store
        self._current = current
        self._stories: dict[str, Story] = {}
        self._entries: list[LibraryEntry] = []

    def library_entries(self) -> list[LibraryEntry]:
        """What the library lists: bundled stories, then those opened before (the one
        being read first); each with its count of notes."""
        from ..explore.library import LibraryError, bundled_stories, library_entries
        from ..notes import NoteStoreError
        from ..notes.model import OpenedFile

        current = self._current()
        bundled = bundled_stories(self._cache_dir)
        self._stories.update({story.id: story for story in bundled})
        self._stories[current.id] = current
        store = self._store()
        opened: list[OpenedFile] = []
        counts: dict[str, int] = {}
        if store is not None:
            try:
                opened, counts = store.files(), store.note_counts()
            except NoteStoreError:
                pass  # listed without counts: the stories still open
        if current.path is not None and current.id not in {s.id for s in bundled}:
            # Open now: listed first (in the encoding it is read in).
            opened = [OpenedFile(current.id, str(current.path), current.encoding), *opened]
        entries = library_entries(bundled, opened, counts)
        for index, entry in enumerate(entries):
            if entry.kind == "pack":  # named by its story's title, as a bundled one is
                with contextlib.suppress(LibraryError):  # (opening it says what is wrong)
                    story = self.load_entry(entry)
                    entries[index] = entry._replace(title=story.title, subtitle=entry.source)
        self._entries = entries
        return entries

    def load_entry(self, entry: LibraryEntry) -> Story:
        """The story of a library entry (raises LibraryError), loaded once per run."""
        from ..explore.library import open_entry

        story = self._stories.get(entry.story_id)
        if story is None:
            story = open_entry(entry, self._cache_dir, self._language)
            self._stories[entry.story_id] = story
        return story

    def search_library(self, query: str) -> tuple[list[StoryHits], list[str]]:
        """Every listed story's hits (run in a worker thread); why some could not be
        searched."""
        from ..explore.library import LibraryError, search_library

        stories, problems = [], []
        for entry in self._entries:
            try:
                stories.append((entry, self.load_entry(entry)))
            except LibraryError as error:
                problems.append(said_in(error, self._language, isolate_paths=True))
        return search_library(stories, query), problems
