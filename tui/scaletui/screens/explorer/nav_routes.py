"""The explorer's navigation: the item detail view, back and forward over jumps,
the table of contents, the library, and the reading place remembered per story.
A mixin of ExplorerScreen, kept apart so the screen stays a router."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import on
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer

from ...explore.history import History, Place
from ...explore.marks import Marks
from ...i18n import N_, Language
from ...layout import isolated
from ...story import Entity, Span
from ...story.items import ItemRef
from ...widgets.reading_view import ReadingView

if TYPE_CHECKING:
    from ...explore.detail import ItemDetail
    from ...explore.library import HitsAt
    from ...layout import LayoutEngine
    from ...notes.flow import NotesFlow, Notice
    from ...notes.positions import PositionMemory
    from ...search import StoryIndex
    from ...story import Story
    from ...widgets.status_line import StatusLine
    from ...widgets.story_panel import StoryPanel
    from ..detail import DetailAction

SAVE_DELAY = 0.3  # seconds after the cursor settles on a paragraph before its place is kept


class NavRoutes(Screen[None]):
    """Needs from the screen: the story, engine, notes flow, index, status line,
    marks, and ways to focus regions, open items and edit notes."""

    BINDINGS = [
        # Not in the key bar (it would push the screen's own keys off an 80-column
        # line); `?` lists them, the status line names `i` when it cuts a sentence.
        Binding("i", "detail", N_("Detail"), id="detail", show=False,
                tooltip=N_("The whole provenance of the selected item (or the status line's "
                           "whole text, or the story)")),
        Binding("t", "toc", N_("Contents"), id="toc", show=False,
                tooltip=N_("The table of contents: the article's headings; Enter jumps")),
        Binding("alt+left,backspace,left_parenthesis", "back", N_("Back"), id="back",
                show=False, tooltip=N_("Back to where you were before the last jump")),
        Binding("alt+right,shift+backspace,right_parenthesis", "forward", N_("Forward"),
                id="forward", show=False, tooltip=N_("Forward again, after going back")),
        Binding("L", "library", N_("Library"), id="library", show=False,
                tooltip=N_("Every story: open another, or search them all")),
    ]  # fmt: skip

    story: Story
    engine: LayoutEngine
    notes: NotesFlow
    language: Language
    marks: Marks | None
    start_at: HitsAt | None = None  # library search hits, and the one to open the story at
    _shown: tuple[ItemRef, str] | None = None  # the item opened last, and its marks' label

    if TYPE_CHECKING:

        @property
        def index(self) -> StoryIndex: ...
        @property
        def status(self) -> StatusLine: ...
        def focus_region(self, name: str) -> None: ...
        def current_region(self) -> str: ...
        def panel(self, name: str) -> StoryPanel: ...
        def open_item(self, ref: ItemRef, from_panel: bool = False) -> None: ...
        def tell(self, notice: Notice | None) -> None: ...
        def edit(self, request: Any) -> None: ...

    @property
    def shown_item(self) -> ItemRef | None:
        """The item the highlights and the status line speak of: the one opened last,
        while its marks are shown (a search, a note or Esc since: none)."""
        marks = self.marks
        if self._shown is None or marks is None or marks.kind == "hits":
            return None
        ref, label = self._shown
        return ref if marks.label == label else None

    @shown_item.setter
    def shown_item(self, ref: ItemRef | None) -> None:
        marks = self.marks  # set just before: the item's own marks
        self._shown = (ref, marks.label) if ref is not None and marks is not None else None

    @property
    def reader(self) -> ReadingView:
        return self.query_one(ReadingView)

    @property
    def history(self) -> History:
        found: History | None = self.__dict__.get("_history")
        if found is None:
            found = self.__dict__["_history"] = History()
        return found

    # -- back and forward ------------------------------------------------------------

    @on(ReadingView.Jumped)
    def _jumped(self, message: ReadingView.Jumped) -> None:
        self.history.jumped(message.origin, message.target)

    def _go(self, place: Place | None, word: str) -> None:
        if place is None:
            self.status.show((self.language.gettext(word), "dim"))
            return
        self.focus_region("article")
        self.reader.go_to(place)

    def action_back(self) -> None:
        self._go(self.history.back(self.reader.place), N_("Nowhere to go back to"))

    def action_forward(self) -> None:
        self._go(self.history.forward(self.reader.place), N_("Nowhere to go forward to"))

    # -- contents ----------------------------------------------------------------------

    def action_toc(self) -> None:
        from ...story.toc import table_of_contents
        from ..toc import TocScreen

        entries = table_of_contents(self.story.paragraphs)
        here = self.reader.cursor_paragraph
        screen = TocScreen(self.engine, entries, here, self.language)
        self.app.push_screen(screen, self._go_to_paragraph)

    def _go_to_paragraph(self, paragraph: int | None) -> None:
        if paragraph is not None:
            self.go_to_paragraph(paragraph)

    def go_to_paragraph(self, paragraph: int) -> None:
        """A jump to a paragraph's start (from the contents or the palette)."""
        self.focus_region("article")
        self.reader.reveal(Span(paragraph, 0, 0))

    # -- the detail view ----------------------------------------------------------------

    def _count_form(self, entity: Entity, form: str) -> int:
        one_form = entity._replace(id=f"{entity.id}\x00{form}", surface_forms=(form,))
        return len(self.index.mentions(one_form))

    def detail_for(self, ref: ItemRef | None) -> ItemDetail | None:
        from ...explore.detail import item_detail

        if ref is None:
            return None
        return item_detail(self.story, ref, self._count_form, self.language)

    def action_detail(self) -> None:
        from ...explore.detail import story_detail, text_detail

        language = self.language
        region = self.current_region()
        if region != "article":
            selected = self.panel(region).selected_item
            ref = ItemRef.parse(selected) if selected else None
            if ref is not None and ref.note_id is not None:  # a note: its item, if any
                note = self.notes.by_id.get(ref.note_id)
                ref = note.anchor.item if note is not None else None
            detail = self.detail_for(ref)
            if detail is None:
                self.status.show((language.gettext("No detail for this"), "dim"))
                return
        elif self.status.cut:
            whole = tuple((p.text, p.style) for p in self.status.parts)
            title = language.gettext("Status")
            detail = text_detail(title, whole, self.detail_for(self.shown_item), language)
        else:
            detail = self.detail_for(self.shown_item) or story_detail(self.story, language)
        self.show_detail(detail)

    def show_detail(self, detail: ItemDetail) -> None:
        from ..detail import ItemDetailScreen

        def then(action: DetailAction | None) -> None:
            if action == "jump" and detail.ref is not None:
                self.focus_region("article")
                self.open_item(detail.ref)
            elif action == "note" and detail.ref is not None:
                self.note_on(detail.ref)

        self.app.push_screen(ItemDetailScreen(self.engine, detail, self.language), then)

    def note_on(self, ref: ItemRef) -> None:
        from ...notes.anchoring import item_anchor
        from ...notes.flow import UNAVAILABLE, EditRequest

        if self.notes.store is None:
            self.tell(UNAVAILABLE)
            return
        request = self.notes.new_note(item_anchor(self.story, ref))
        if isinstance(request, EditRequest):
            self.edit(request)
        else:
            self.tell(request)

    # -- the library ----------------------------------------------------------------------

    def action_library(self) -> None:
        opener = getattr(self.app, "open_library", None)
        if opener is not None:
            opener()

    # -- the reading place, per story ------------------------------------------------------

    def positions(self) -> PositionMemory | None:
        finder = getattr(self.app, "positions", None)
        return finder() if finder is not None else None

    def restore_place(self) -> None:
        """Where the story opens: a library hit, else the place last read (if any)."""
        if self.start_at is not None:
            # Every hit the search found in this story, the reader on the one chosen:
            # `n` and `]` go on to the next.
            hits, self.start_at = self.start_at, None
            self.focus_region("article")
            label = self.language.gettext("Library search “{query}”").format(
                query=isolated(hits.query)
            )
            self.marks = Marks(label, hits.spans, hits.position, kind="hits")
            return
        memory = self.positions()
        place = memory.get(self.story.id) if memory is not None else None
        if place is not None and place != (0, 0):
            self.reader.go_to(place)

    def on_mount(self) -> None:
        self.call_after_refresh(self.restore_place)

    @on(ReadingView.ParagraphChanged)
    def _place_changed(self) -> None:
        timer: Timer | None = self.__dict__.get("_save_timer")
        if timer is not None:
            timer.stop()
        self.__dict__["_save_timer"] = self.set_timer(SAVE_DELAY, self.keep_place)

    def keep_place(self) -> None:
        """Remember the reading place now (a data dir that cannot take it: not kept)."""
        memory = self.positions()
        found = self.query(ReadingView) if self.is_mounted else None
        if memory is not None and found:
            memory.remember(self.story.id, found.first().place)
