"""The explorer's navigation: back and forward over jumps, the table of contents,
the library, and the reading place remembered per story."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from ...explore.history import History, Place
from ...explore.marks import Marks
from ...i18n import N_
from ...layout import isolated
from ...story import Span
from .host import ExplorerHost, Places

if TYPE_CHECKING:
    from textual.timer import Timer

    from ...explore.library import HitsAt


SAVE_DELAY = 0.3  # seconds after the cursor settles on a paragraph before its place is kept


class NavigationHost(ExplorerHost, Protocol):
    """What navigation needs of its screen."""

    @property
    def closing(self) -> bool: ...

    def set_timer(self, delay: float, callback: Callable[[], None]) -> Timer: ...


class Navigation:
    """Where the reader is and has been, and the ways to go elsewhere."""

    def __init__(
        self, host: NavigationHost, places: Places, start_at: HitsAt | None = None
    ) -> None:
        """`start_at`: a library search's hits in this story and the one to open it at
        (else its last place)."""
        self._host = host
        self._places = places
        self.history = History()
        self.start_at = start_at
        self._save_timer: Timer | None = None

    # -- back and forward ------------------------------------------------------------

    def jumped(self, origin: Place, target: Place) -> None:
        self.history.jumped(origin, target)

    def back(self) -> None:
        self._go(self.history.back(self._host.reader.place), N_("Nowhere to go back to"))

    def forward(self) -> None:
        self._go(self.history.forward(self._host.reader.place), N_("Nowhere to go forward to"))

    def _go(self, place: Place | None, nowhere: str) -> None:
        host = self._host
        if place is None:
            host.status.show((host.language.gettext(nowhere), "dim"))
            return
        host.focus_region("article")
        host.reader.go_to(place)

    # -- contents ----------------------------------------------------------------------

    def contents(self) -> None:
        """The table of contents; Enter there jumps to its heading."""
        from ...story.toc import table_of_contents
        from ..toc import TocScreen

        host = self._host
        entries = table_of_contents(host.story.paragraphs)
        here = host.reader.cursor_paragraph
        screen = TocScreen(host.engine, entries, here, host.language)
        host.app.push_screen(screen, self._go_to_chosen)

    def _go_to_chosen(self, paragraph: int | None) -> None:
        if paragraph is not None:
            self.go_to_paragraph(paragraph)

    def go_to_paragraph(self, paragraph: int) -> None:
        """A jump to a paragraph's start (from the contents or the palette)."""
        self._host.focus_region("article")
        self._host.reader.reveal(Span(paragraph, 0, 0))

    # -- the library ----------------------------------------------------------------------

    def library(self) -> None:
        self._places.open_library()

    # -- the reading place, per story ------------------------------------------------------

    def restore_place(self) -> None:
        """Where the story opens: a library hit, else the place last read (if any)."""
        host = self._host
        if self.start_at is not None:
            hits, self.start_at = self.start_at, None
            self.open_at(hits)
            return
        memory = self._places.positions()
        place = memory.get(host.story.id) if memory is not None else None
        if place is not None and place != (0, 0):
            host.reader.go_to(place)

    def open_at(self, hits: HitsAt) -> None:
        """Show a library search's hits in this story, the reader on the one chosen:
        `n` and `]` go on to the next."""
        host = self._host
        host.focus_region("article")
        label = host.language.gettext("Library search “{query}”").format(query=isolated(hits.query))
        host.marks = Marks(label, hits.spans, hits.position, kind="hits")

    def place_changed(self) -> None:
        """The cursor moved to another paragraph: keep the place once it settles."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self._host.set_timer(SAVE_DELAY, self.keep_place)

    def keep_place(self) -> None:
        """Remember the reading place now (a data dir that cannot take it: not kept)."""
        memory = self._places.positions()
        if memory is not None and not self._host.closing:
            memory.remember(self._host.story.id, self._host.reader.place)
