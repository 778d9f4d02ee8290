"""What the article highlights and the status line says about it: an item's
evidence or mentions, stepping through them, and, at rest, what the cursor's
paragraph supports."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from ...explore.marks import Marks, item_focus, marks_status, nothing_marked
from ...explore.support import ParagraphSupport
from ...story.items import ItemRef
from .host import ExplorerHost
from .sidebar import Sidebar

if TYPE_CHECKING:
    from ...search import StoryIndex


class HighlightsHost(ExplorerHost, Protocol):
    """What the highlights need of their screen."""

    @property
    def index(self) -> StoryIndex: ...
    @property
    def sidebar(self) -> Sidebar: ...


class Highlights:
    """Sets the screen's marks and shows them; the screen's `marks` is the one truth."""

    def __init__(self, host: HighlightsHost) -> None:
        self._host = host
        self._shown: tuple[ItemRef, str] | None = None  # the item opened last, its label
        self.summary = ""  # what the cursor's paragraph supports ("" if nothing)

    def open_item(self, ref: ItemRef, from_panel: bool = False) -> None:
        """Show an item in the text: its evidence, or every mention of its entity; a
        jump from elsewhere (the palette, a note) selects it in the panels too."""
        host = self._host
        entity = host.story.entities.get(ref.key) if ref.names_entity else None
        mentions = host.index.mentions(entity) if entity is not None else None
        focus = item_focus(host.story, ref, mentions, host.language)
        if focus is None:
            return
        host.marks = focus.marks
        self._shown = (ref, focus.marks.label)
        if focus.message is not None:
            host.status.show(*focus.message)
        if not from_panel:
            host.sidebar.select(ref)

    @property
    def shown_item(self) -> ItemRef | None:
        """The item the highlights and the status line speak of: the one opened last,
        while its marks are shown (a search, a note or Esc since: none)."""
        marks = self._host.marks
        if self._shown is None or marks is None or marks.kind == "hits":
            return None
        ref, label = self._shown
        return ref if marks.label == label else None

    def show(self, marks: Marks | None) -> None:
        """Highlight the marks in the article (the current one revealed) and say where
        the reader is among them; no marks: the summary."""
        host = self._host
        if marks is None:
            host.reader.highlight([])
            host.status.show((self.summary, "dim"))
            return
        host.reader.highlight(list(marks.spans), marks.current)
        if marks.current is not None:
            host.reader.reveal(marks.current)
        host.status.show(*marks_status(marks, host.language))

    def step(self, step: int) -> None:
        """To the next (or previous) mark, wrapping round; none: say so."""
        host = self._host
        if host.marks is None or not host.marks.spans:
            host.status.show(*nothing_marked(host.language))
            return
        host.marks = host.marks.step(step)

    @cached_property
    def paragraph_support(self) -> ParagraphSupport:
        """What a paragraph supports (evidence, mentions), asked paragraph by paragraph:
        the mentions are looked for in the cursor's paragraph only, never the whole book."""
        return ParagraphSupport(self._host.story, self._host.index.mentions_in)

    def story_changed(self) -> None:
        """The story has more items (a book read in full): gather their evidence again."""
        self.__dict__.pop("paragraph_support", None)

    def paragraph_changed(self, paragraph: int) -> None:
        """The cursor is on another paragraph: mark what it supports in the panels."""
        supported = self.paragraph_support.of(paragraph)
        self.summary = self._host.sidebar.mark_supported(supported)
        self.show_summary()

    def show_summary(self) -> None:
        """The status line at rest: what the cursor's paragraph supports (unless marks speak)."""
        if self._host.marks is None:
            self._host.status.show((self.summary, "dim"))
