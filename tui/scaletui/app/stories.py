"""Which story is read: the library screen, and switching to the story picked there.

The first story's explorer stays at the bottom of the screen stack (Textual's
default screen cannot be switched out); another story is one explorer pushed
over it, replaced when a third is opened.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..i18n import said_in
from ..screens.explorer import ExplorerScreen
from ..story import Story
from .library import Library
from .notes_access import Tell

if TYPE_CHECKING:
    from textual.app import App

    from ..explore.library import HitsAt
    from ..screens.library import LibraryChoice

NewExplorer = Callable[[Story, "HitsAt | None"], ExplorerScreen]


class Stories:
    """Opens the library over the story, and the story chosen there."""

    def __init__(
        self, app: App[Any], library: Library, new_explorer: NewExplorer, tell: Tell
    ) -> None:
        """Stories switched on `app`'s screen stack.

        Args:
            app: Whose screen stack holds the explorers.
            library: What the library lists and searches.
            new_explorer: Makes an explorer for a story (at a search hit, if given).
            tell: How the reader is told a story cannot open.
        """
        self._app = app
        self._library = library
        self._new_explorer = new_explorer
        self._tell = tell

    def explorers(self) -> list[ExplorerScreen]:
        """The explorers on the stack, the first story's first."""
        return [s for s in self._app.screen_stack if isinstance(s, ExplorerScreen)]

    def keep_places(self) -> None:
        """Remember where each open story is being read."""
        for explorer in self.explorers():
            explorer.keep_place()

    def open_library(self) -> None:
        """The library over the story (once: not over itself)."""
        from ..screens.library import LibraryScreen

        app = self._app
        if not any(isinstance(screen, LibraryScreen) for screen in app.screen_stack):
            current = self.explorers()[-1]
            screen = LibraryScreen(current.engine, self._library, current.story.id,
                                   current.language)  # fmt: skip
            app.push_screen(screen, self._chosen)

    def _chosen(self, choice: LibraryChoice | None) -> None:
        # Called before the library leaves the stack: open the story once it has.
        if choice is not None:
            self._app.call_later(self._open_choice, choice)

    def _open_choice(self, choice: LibraryChoice) -> None:
        from ..explore.library import LibraryError

        try:
            story = self._library.load_entry(choice.entry)
        except LibraryError as error:
            language = self.explorers()[-1].language
            self._tell(said_in(error, language, isolate_paths=True), severity="error", timeout=10)
            return
        self.open(story, choice.at)

    def open(self, story: Story, at: HitsAt | None = None) -> None:
        """Switch to `story` (at a search's hits, else where it was last read)."""
        self.keep_places()
        # What was frozen (a book read in full, a first screen) may be let go now.
        gc.unfreeze()
        app = self._app
        explorers = self.explorers()
        if story.id == explorers[-1].story.id:
            target = explorers[-1]
        elif story.id == explorers[0].story.id:
            app.pop_screen()  # back to the first story, as it was left
            target = explorers[0]
        else:
            target = self._new_explorer(story, at)
            (app.switch_screen if len(explorers) > 1 else app.push_screen)(target)
            return
        if at is not None:
            target.open_at(at)
