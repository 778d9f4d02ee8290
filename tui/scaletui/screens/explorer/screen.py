"""The main screen: the article beside the timeline, key figures, competitors and numbers.

A router: it lays out the widgets (grid.py), holds what its parts share (the story,
the active panel, the highlighted marks) and hands each message and action to the
part that owns it (one module each; host.py says what a part may ask of the screen;
docs/architecture.md, "The explorer", what each owns).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.reactive import reactive
from textual.screen import Screen

from ...explore.marks import Marks
from ...explore.rows import OPENING_PANEL
from ...story import Story
from ...story.items import ItemRef
from ...widgets.chrome import chrome_text, notify
from ...widgets.key_bar import KeyBar
from ...widgets.laid_out_once import LaidOutOnce
from ...widgets.panel_tabs import PanelTabs
from ...widgets.reading_view import ReadingView
from ...widgets.status_line import StatusLine
from ...widgets.story_header import StoryHeader
from ...widgets.story_panel import StoryPanel
from ..at_app_size import AtTheAppsSize
from ..styled_once import StyledOnce, breakpoint_classes
from .citing import Citing
from .details import Details
from .grid import GRID_CSS, NARROW_WIDTH, SHORT_HEIGHT
from .highlights import Highlights
from .host import ExplorerContext
from .indexing import INDEX_DELAY, Indexer
from .keys import EXPLORER_BINDINGS, story_commands
from .navigation import Navigation
from .note_taking import NoteTaking
from .regions import Regions
from .searching import Searching
from .sidebar import Sidebar

if TYPE_CHECKING:
    from ...explore.library import HitsAt
    from ...notes.flow import NotesFlow, Notice
    from ...search import StoryIndex
    from ...story.stream import StreamedDocument
    from ...widgets.notes_panel import NotesList, NotesPanel
    from ...widgets.search_bar import SearchBar


class ExplorerScreen(AtTheAppsSize, StyledOnce, Screen[None], LaidOutOnce):
    COMMANDS = {story_commands}
    AUTO_FOCUS = "#article"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_WIDTH, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (SHORT_HEIGHT, "-tall")]
    DEFAULT_CSS = GRID_CSS
    BINDINGS = EXPLORER_BINDINGS

    # Which panel the sidebar shows, and what is highlighted in the article.
    active_panel: reactive[str] = reactive(OPENING_PANEL, init=False)
    marks: reactive[Marks | None] = reactive(None, init=False, always_update=True)

    def __init__(
        self,
        story: Story,
        context: ExplorerContext,
        stream: StreamedDocument | None = None,
        start_at: HitsAt | None = None,
    ) -> None:
        """The explorer of `story` (a book still being read: its first part, with
        `stream`), opened at `start_at` (a library search's hits in it, the reader on
        the one chosen) or its last place."""
        # Its breakpoint classes from the start: styled with them when mounted, not
        # again at its first Resize (styled_once.py).
        classes = breakpoint_classes(type(self), context.size)
        if context.language.rtl:
            classes.append("-rtl")
        super().__init__(classes=" ".join(classes))
        self.story = story
        self.stream = stream
        self.engine = context.engine
        self.language = context.language
        self._explorer_context = context
        self.sidebar = Sidebar(self)
        self.regions = Regions(self)
        self.indexer = Indexer(self)
        self.highlights = Highlights(self)
        self.searching = Searching(self)
        self.navigation = Navigation(self, context, start_at)
        self.details = Details(self)
        self.note_taking = NoteTaking(self)
        self.citing = Citing(self)

    @cached_property
    def notes(self) -> NotesFlow:
        return self._explorer_context.notes_flow(self.story)

    def compose(self) -> ComposeResult:
        yield StoryHeader(self.engine, self.story.title, self.story.title_en)
        # Grid order: article (two rows), tab strip, the panel (two rows), status;
        # mirrored, the tab strip comes first so the article fills the right column.
        article = ReadingView(
            self.engine, self.story.paragraphs, id="article", language=self.language
        )
        title = self.language.gettext("Article")
        article.border_title = chrome_text(self.engine, self.language, title).plain
        article.more_coming = self.stream is not None and not self.stream.complete
        tabs = self.sidebar.new_tabs()
        yield from (tabs, article) if self.language.rtl else (article, tabs)
        # One panel shows at a time; the others are made when first shown.
        yield self.sidebar.new_panel(self.active_panel)
        yield StatusLine(self.engine, self.language, id="status")
        yield KeyBar(self.engine, self.language)

    def on_mount(self) -> None:
        # The notes (a database read, ✎ marks) arrive just after the first frame.
        self.call_after_refresh(self.note_taking.refresh)
        # The rest of a book, and the search index, once the first screen is up; a
        # pack's index a little after it (timed from the first frame, not from here: on a
        # busy machine the first frame came later than the timer, and waited for the index).
        if self.stream is not None:
            self.call_after_refresh(self.indexer.start)
        else:
            self.call_after_refresh(self.set_timer, INDEX_DELAY, self.indexer.start)
        self.call_after_refresh(self.navigation.restore_place)

    # -- what the parts share -------------------------------------------------------

    @property
    def reader(self) -> ReadingView:
        """The article's view (the `article` region)."""
        return self.query_one(ReadingView)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    @property
    def closing(self) -> bool:
        """The widgets are gone: closing, Textual removes them before it cancels workers."""
        return not self.is_mounted or not self.query("#article")

    @property
    def index(self) -> StoryIndex:
        return self.indexer.index

    @property
    def indexing(self) -> bool:
        """The book is still being read, folded or drafted."""
        return self.indexer.busy

    def panel(self, name: str) -> StoryPanel:
        return self.sidebar.panel(name)

    def tell(self, notice: Notice | None) -> None:
        """A notice (already in the reader's language), laid out by the engine."""
        if notice is not None:
            notify(self, self.engine, notice.text, severity=notice.severity,
                   timeout=notice.timeout)  # fmt: skip

    # -- regions and focus ----------------------------------------------------------

    def current_region(self) -> str:
        return self.regions.current()

    def focus_region(self, name: str) -> None:
        self.regions.focus(name)

    def watch_active_panel(self, name: str) -> None:
        self.sidebar.show(name)  # (the focus stays where it is)

    def action_cycle(self, step: int) -> None:
        self.regions.cycle(step)

    def action_jump(self, name: str) -> None:
        self.regions.focus(name)

    @on(PanelTabs.Clicked)
    def _tab_clicked(self, message: PanelTabs.Clicked) -> None:
        self.regions.focus(message.name)

    # -- highlights: items, marks, search ---------------------------------------------

    @on(StoryPanel.ItemSelected, ".panel")
    def _item_selected(self, message: StoryPanel.ItemSelected) -> None:
        ref = ItemRef.parse(message.item_id)
        if ref is not None:
            self.open_item(ref, from_panel=True)

    def open_item(self, ref: ItemRef, from_panel: bool = False) -> None:
        self.highlights.open_item(ref, from_panel)

    @property
    def shown_item(self) -> ItemRef | None:
        return self.highlights.shown_item

    def watch_marks(self, marks: Marks | None) -> None:
        self.highlights.show(marks)

    @on(ReadingView.ParagraphChanged)
    def _paragraph_changed(self, message: ReadingView.ParagraphChanged) -> None:
        self.highlights.paragraph_changed(message.paragraph)
        self.navigation.place_changed()

    def action_step(self, step: int) -> None:
        self.highlights.step(step)

    def action_clear(self) -> None:
        self.searching.close()
        self.reader.clear_selection()
        self.marks = None

    async def action_search(self) -> None:
        await self.searching.open()

    # The bar loads on first use: its messages go by handler name, not @on.
    def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        self.searching.submitted(message.query)

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        self.focus_region("article")

    def run_search(self, query: str) -> None:
        self.marks = self.indexer.search(query)

    # -- navigation ------------------------------------------------------------------------

    @on(ReadingView.Jumped)
    def _jumped(self, message: ReadingView.Jumped) -> None:
        self.navigation.jumped(message.origin, message.target)

    def action_back(self) -> None:
        self.navigation.back()

    def action_forward(self) -> None:
        self.navigation.forward()

    def action_toc(self) -> None:
        self.navigation.contents()

    def action_library(self) -> None:
        self.navigation.library()

    def action_detail(self) -> None:
        self.details.open()

    def go_to_paragraph(self, paragraph: int) -> None:
        self.navigation.go_to_paragraph(paragraph)

    def open_at(self, hits: HitsAt) -> None:
        self.navigation.open_at(hits)

    def keep_place(self) -> None:
        self.navigation.keep_place()

    # -- notes: the flow decides, the screen shows -------------------------------------

    @on(StoryPanel.ItemSelected, "#notes")
    def _note_selected(self, message: StoryPanel.ItemSelected) -> None:
        ref = ItemRef.parse(message.item_id)
        if ref is not None and ref.note_id is not None:
            self.note_taking.open_note(ref.note_id)

    def action_add_note(self) -> None:
        self.note_taking.add()

    def action_note_or_next(self) -> None:
        if self.marks is not None and self.marks.kind == "hits" and self.marks.spans:
            self.highlights.step(1)
        else:
            self.note_taking.add()

    def action_export(self) -> None:
        self.note_taking.export()

    def action_cite(self) -> None:
        self.citing.cite()

    def on_notes_list_edit_requested(self, message: NotesList.EditRequested) -> None:
        self.note_taking.edit_note(message.note_id)

    def on_notes_list_delete_requested(self, message: NotesList.DeleteRequested) -> None:
        self.note_taking.delete(message.note_id)

    def on_notes_panel_filter_changed(self, message: NotesPanel.FilterChanged) -> None:
        self.note_taking.filter(message.text)

    def action_help(self) -> None:
        from ..help import HelpScreen

        helps = HelpScreen.for_explorer(type(self.app), type(self), self.engine, self.language)
        self.app.push_screen(helps)
