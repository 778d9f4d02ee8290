"""What the explorer's parts may ask of their screen, and the screen of the app.

Each part (sidebar, indexer, highlights, searching, navigation, details, note
taking) is an object the screen owns, given the screen as its host. A part's host
Protocol, built on ExplorerHost, names what it uses; mypy checks that
ExplorerScreen provides it, and a test can give a part a stand-in instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from ...explore.marks import Marks
from ...i18n import Language
from ...layout import LayoutEngine
from ...story import Story

if TYPE_CHECKING:
    from textual.app import App
    from textual.geometry import Size

    from ...notes.flow import NotesFlow
    from ...notes.positions import PositionMemory
    from ...widgets.reading_view import ReadingView
    from ...widgets.status_line import StatusLine


class ExplorerHost(Protocol):
    """The story, what is highlighted, the article and the status line."""

    story: Story  # a book read in full replaces its first part
    marks: Marks | None  # what the article highlights (the status line says which)

    @property
    def engine(self) -> LayoutEngine: ...
    @property
    def language(self) -> Language: ...
    @property
    def app(self) -> App[Any]:
        """The app (to push a dialog or a view over the screen)."""

    @property
    def reader(self) -> ReadingView: ...
    @property
    def status(self) -> StatusLine: ...

    def focus_region(self, name: str) -> None:
        """Focus the article or a panel (by its name)."""


class Places(Protocol):
    """Where each story was last read, and the library (the app keeps both)."""

    def positions(self) -> PositionMemory | None:
        """The reading places (None: nowhere to keep them)."""

    def open_library(self) -> None: ...


class ExplorerContext(Places, Protocol):
    """What an explorer asks of the app around it (the App is one)."""

    @property
    def engine(self) -> LayoutEngine: ...
    @property
    def language(self) -> Language: ...
    @property
    def size(self) -> Size:
        """The terminal's size (an explorer is made with its breakpoint classes)."""

    def notes_flow(self, story: Story) -> NotesFlow:
        """The notes of `story` (made when first used, after the first frame: the
        notes modules cost a tenth of start-up)."""
