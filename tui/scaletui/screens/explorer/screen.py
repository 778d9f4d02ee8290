"""The main screen: the article beside the timeline, key figures, competitors and numbers.

A router. Widgets post messages (ItemSelected, ParagraphChanged, Jumped, search
Submitted, note requests); the screen hands each to the part that owns it and
keeps what they share: the story, the active panel and the highlighted marks
(both reactive), and which region has the focus. Its parts are objects it owns,
each typed against a Protocol of what it needs from the screen (mypy checks that
the screen provides it):

- `sidebar` (sidebar.py): the tab strip and the panels, made when first shown;
- `indexer` (indexing.py): the search index built after the first frame (and a
  book read meanwhile), and the searches on it;
- `navigation` (navigation.py): back and forward, contents, the library, and the
  reading place kept per story;
- `details` (details.py): the detail view (`i`);
- `note_taking` (note_taking.py): adding, editing, deleting, filtering and
  exporting notes, and the ✎ marks.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from textual import on
from textual.app import ComposeResult
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget

from ...explore.marks import Marks, item_focus, marks_status, nothing_marked
from ...explore.rows import OPENING_PANEL, PANELS
from ...i18n import Language
from ...layout import LayoutEngine
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
from .details import Details
from .indexing import INDEX_DELAY, Indexer
from .keys import EXPLORER_BINDINGS
from .navigation import Navigation, Places
from .note_taking import NoteTaking
from .sidebar import NOTES, Sidebar

if TYPE_CHECKING:
    from textual.worker import WorkType

    from ...explore.library import HitsAt
    from ...notes.flow import NotesFlow, Notice
    from ...notes.model import Anchor
    from ...search import StoryIndex
    from ...story.stream import StreamedDocument
    from ...widgets.notes_panel import NotesList, NotesPanel
    from ...widgets.search_bar import SearchBar

# Search, the notes' rows and anchors, and the dialogs load when first used: the
# first screen needs none of them (the search index is built after it is painted).

REGIONS = ("article", *PANELS, NOTES)
NARROW_WIDTH = 70  # below this, the article and the panels take turns
SHORT_HEIGHT = 12  # below this, no header


def story_commands() -> type:
    """The palette's provider, imported when the palette first opens (not at startup)."""
    from ..commands import StoryCommands

    return StoryCommands


class ExplorerContext(Places, Protocol):
    """What an explorer asks of the app around it."""

    @property
    def engine(self) -> LayoutEngine: ...
    @property
    def language(self) -> Language: ...

    def notes_flow(self, story: Story) -> NotesFlow:
        """The notes of `story` (made when first used, after the first frame: the
        notes modules cost a tenth of start-up)."""


class ExplorerScreen(LaidOutOnce, Screen[None]):
    COMMANDS = {story_commands}
    AUTO_FOCUS = "#article"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_WIDTH, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (SHORT_HEIGHT, "-tall")]

    # One grid, no containers: Textual paints every container under its children,
    # and three of them cost a tenth of each resize. Columns: the article, and the
    # sidebar (2/5 of the width, 36 to 60 cells; its widgets size the auto column).
    # Rows: the tab strip, the panel, the status line (which is under the article).
    DEFAULT_CSS = """
    ExplorerScreen {
        layout: grid;
        grid-size: 2 3;
        grid-columns: 1fr auto;
        grid-rows: 1 1fr 1;
    }
    ExplorerScreen StoryHeader {
        dock: top;
    }
    ExplorerScreen #article {
        row-span: 2;
    }
    ExplorerScreen .sidebar {
        min-width: 36;
        max-width: 60;
    }
    ExplorerScreen .panel {
        row-span: 2;
        display: none;
    }
    ExplorerScreen .panel.-shown {
        display: block;
    }
    ExplorerScreen.-rtl {
        grid-columns: auto 1fr;  /* mirrored: the panels on the left, the article right */
    }
    ExplorerScreen.-narrow {
        grid-size: 1 2;
        grid-columns: 1fr;
        grid-rows: 1fr 1;
    }
    ExplorerScreen.-narrow #article {
        row-span: 1;
    }
    ExplorerScreen.-narrow .sidebar {
        display: none;
        row-span: 1;
        min-width: 0;
        max-width: 100%;
    }
    ExplorerScreen.-narrow.-panels {
        grid-rows: 1 1fr;
    }
    ExplorerScreen.-narrow.-panels #article, ExplorerScreen.-narrow.-panels #status {
        display: none;
    }
    ExplorerScreen.-narrow.-panels PanelTabs, ExplorerScreen.-narrow.-panels .panel.-shown {
        display: block;
    }
    ExplorerScreen.-short StoryHeader {
        display: none;
    }
    """

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
        """The explorer of one story.

        Args:
            story: The story to explore (a book still being read: its first part).
            context: The app around the screen (layout engine, language, notes, places).
            stream: A book still being read, if any.
            start_at: A library search's hits in the story, and the one to open it at
                (else its last place).
        """
        super().__init__(classes="-rtl" if context.language.rtl else None)
        self.story = story
        self.stream = stream
        self.engine = context.engine
        self.language = context.language
        self._explorer_context = context
        self.paragraph_summary = ""  # what the cursor's paragraph supports
        self._shown: tuple[ItemRef, str] | None = None  # the item opened last, its marks' label
        self.sidebar = Sidebar(self)
        self.indexer = Indexer(self)
        self.navigation = Navigation(self, context, start_at)
        self.details = Details(self)
        self.note_taking = NoteTaking(self)

    @cached_property
    def notes(self) -> NotesFlow:
        return self._explorer_context.notes_flow(self.story)

    # -- building ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        _ = self.language.gettext
        yield StoryHeader(self.engine, self.story.title, self.story.title_en)
        # Grid order: article (two rows), tab strip, the panel (two rows), status;
        # mirrored, the tab strip comes first so the article fills the right column.
        article = ReadingView(
            self.engine, self.story.paragraphs, id="article", language=self.language
        )
        article.border_title = chrome_text(self.engine, self.language, _("Article")).plain
        article.more_coming = self.stream is not None and not self.stream.complete
        tabs = self.sidebar.new_tabs()
        yield from (tabs, article) if self.language.rtl else (article, tabs)
        # One panel shows at a time; the others are made when first shown.
        yield self.sidebar.new_panel(self.active_panel)
        yield StatusLine(self.engine, self.language, id="status")
        yield KeyBar(self.engine, self.language)

    def mount_panel(self, container: Widget) -> None:
        # Right after the tab strip (mirrored: the article): grid cells are filled in
        # the order of children.
        before = self.reader if self.language.rtl else self.query_one(PanelTabs)
        self.mount(container, after=before)

    def on_mount(self) -> None:
        # The notes (a database read, ✎ marks) arrive just after the first frame.
        self.call_after_refresh(self.refresh_notes)
        # The rest of a book, and the search index, once the first screen is up; a
        # pack's index a little after it (timed from the first frame, not from here: on a
        # busy machine the first frame came later than the timer, and waited for the index).
        if self.stream is not None:
            self.call_after_refresh(self.start_background)
        else:
            self.call_after_refresh(self.set_timer, INDEX_DELAY, self.start_background)
        self.call_after_refresh(self.navigation.restore_place)

    def start_background(self) -> None:
        """Build the index (and read the rest of a book) in slices, from now on."""
        if not self.indexer.started:
            self.indexer.started = True
            # The coroutine function, not a coroutine: a screen closed before the worker
            # starts leaves no coroutine that was never awaited.
            work: WorkType[None] = self.indexer.run
            self.run_worker(work, name="background-index", group="index")

    # -- what the parts share -------------------------------------------------------

    @property
    def reader(self) -> ReadingView:
        """The article's view (the `article` region)."""
        return self.query_one(ReadingView)

    article = reader

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    @property
    def closing(self) -> bool:
        """The screen's widgets are gone: Textual removes them, closing, before it
        cancels the screen's workers."""
        return not self.is_mounted or not self.query("#article")

    @property
    def index(self) -> StoryIndex:
        return self.indexer.index

    @property
    def indexing(self) -> bool:
        """The book is still being read, folded or drafted."""
        return self.indexer.busy

    def panel(self, name: str) -> StoryPanel:
        """A panel's list (the notes list is one too), made and mounted if need be."""
        return self.sidebar.panel(name)

    def tell(self, notice: Notice | None) -> None:
        """A notice (already in the reader's language), laid out by the engine."""
        if notice is not None:
            notify(self, self.engine, notice.text, severity=notice.severity,
                   timeout=notice.timeout)  # fmt: skip

    def show_summary(self) -> None:
        """The status line at rest: what the cursor's paragraph supports (unless marks speak)."""
        if self.marks is None:
            self.status.show((self.paragraph_summary, "dim"))

    def adopt(self, story: Story) -> None:
        """The whole book, with its drafted items, in place of its first part."""
        self.story = story
        self.notes.story = story
        self.sidebar.story_changed()

    # -- regions and focus ----------------------------------------------------------

    def current_region(self) -> str:
        focused: Widget | None = self.focused
        while focused is not None:
            if focused.id in REGIONS:
                return focused.id
            if focused.id == "notes-panel":  # its filter box
                return NOTES
            focused = focused.parent  # type: ignore[assignment]
        return "article"

    def focus_region(self, name: str) -> None:
        if name == "article":
            self.remove_class("-panels")
            self.reader.focus()
            return
        self.add_class("-panels")
        self.active_panel = name
        self.panel(name).focus()

    def watch_active_panel(self, name: str) -> None:
        """Show one panel in the sidebar (without moving the focus)."""
        self.sidebar.show(name)

    def action_cycle(self, step: int) -> None:
        if self.focused is not None and self.focused.id == "search-input":
            return
        at = REGIONS.index(self.current_region())
        self.focus_region(REGIONS[(at + step) % len(REGIONS)])

    def action_jump(self, name: str) -> None:
        self.focus_region(name)

    @on(PanelTabs.Clicked)
    def _tab_clicked(self, message: PanelTabs.Clicked) -> None:
        self.focus_region(message.name)

    # -- into the text and back ------------------------------------------------------------

    @on(StoryPanel.ItemSelected, ".panel")
    def _item_selected(self, message: StoryPanel.ItemSelected) -> None:
        ref = ItemRef.parse(message.item_id)
        if ref is not None:
            self.open_item(ref, from_panel=True)

    @on(StoryPanel.ItemSelected, "#notes")
    def _note_selected(self, message: StoryPanel.ItemSelected) -> None:
        ref = ItemRef.parse(message.item_id)
        if ref is not None and ref.note_id is not None:
            self.note_taking.open_note(ref.note_id)

    def open_item(self, ref: ItemRef, from_panel: bool = False) -> None:
        """Show an item in the text: its evidence, or every mention of its entity."""
        entity = self.story.entities.get(ref.key) if ref.names_entity else None
        mentions = self.index.mentions(entity) if entity is not None else None
        focus = item_focus(self.story, ref, mentions, self.language)
        if focus is None:
            return
        self.marks = focus.marks
        self._shown = (ref, focus.marks.label)
        if focus.message is not None:
            self.status.show(*focus.message)
        if not from_panel:
            self.sidebar.select(ref)

    @property
    def shown_item(self) -> ItemRef | None:
        """The item the highlights and the status line speak of: the one opened last,
        while its marks are shown (a search, a note or Esc since: none)."""
        marks = self.marks
        if self._shown is None or marks is None or marks.kind == "hits":
            return None
        ref, label = self._shown
        return ref if marks.label == label else None

    def watch_marks(self, marks: Marks | None) -> None:
        reader = self.reader
        if marks is None:
            reader.highlight([])
            self.status.show((self.paragraph_summary, "dim"))
            return
        reader.highlight(list(marks.spans), marks.current)
        if marks.current is not None:
            reader.reveal(marks.current)
        self.status.show(*marks_status(marks, self.language))

    def action_step(self, step: int) -> None:
        if self.marks is None or not self.marks.spans:
            self.status.show(*nothing_marked(self.language))
            return
        self.marks = self.marks.step(step)

    def action_clear(self) -> None:
        search = self.search_bar
        if search is not None and search.is_open:
            search.close()
        self.reader.clear_selection()
        self.marks = None

    @on(ReadingView.ParagraphChanged)
    def _paragraph_changed(self, message: ReadingView.ParagraphChanged) -> None:
        supported = self.indexer.paragraph_support.get(message.paragraph, set())
        self.paragraph_summary = self.sidebar.mark_supported(supported)
        self.show_summary()
        self.navigation.place_changed()

    # -- search (the bar loads on first use: its handlers go by name, not @on) -------------

    @property
    def search_bar(self) -> SearchBar | None:
        """The search bar, mounted the first time it is opened."""
        from ...widgets.search_bar import SearchBar

        found = self.query(SearchBar)
        return found.first() if found else None

    async def action_search(self) -> None:
        search = self.search_bar
        if search is None:
            from ...widgets.search_bar import SearchBar

            search = SearchBar(self.engine, self.language)
            await self.mount(search, before=self.query_one(KeyBar))
        search.open()

    def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        query = message.query.strip()
        if not query:
            return
        message.bar.close()
        self.focus_region("article")
        self.indexer.submit(query)

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        self.focus_region("article")

    def run_search(self, query: str) -> None:
        """Highlight every hit of `query` (the index must be whole)."""
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

    def go_to_paragraph(self, paragraph: int) -> None:
        """A jump to a paragraph's start (from the contents or the palette)."""
        self.navigation.go_to_paragraph(paragraph)

    def action_library(self) -> None:
        self.navigation.library()

    def open_at(self, hits: HitsAt) -> None:
        """Show a library search's hits in this (already open) story."""
        self.navigation.open_at(hits)

    def keep_place(self) -> None:
        """Remember the reading place now (the app is quitting, or switching stories)."""
        self.navigation.keep_place()

    def action_detail(self) -> None:
        self.details.open()

    # -- notes: the flow decides, the screen shows -------------------------------------

    def refresh_notes(self) -> None:
        """Reload the notes list and the ✎ marks in the article and the panels."""
        self.note_taking.refresh()

    def note_on(self, ref: ItemRef) -> None:
        self.note_taking.note_on(ref)

    def focused_anchor(self) -> Anchor | None:
        """What `n` annotates: the current hit, the cursor's paragraph, or a panel item."""
        return self.note_taking.focused_anchor()

    def action_add_note(self) -> None:
        self.note_taking.add()

    # -- citing (the `c` key) ---------------------------------------------------------

    def focused_citation(self) -> str | None:
        """What `c` copies: in the article, the selection (else the highlight on the
        cursor's paragraph, else the paragraph) with its paragraph; in a panel, the
        selected item (a note: what it is anchored to)."""
        from ...explore.citation import item_citation, quote_citation

        language = self.language
        if self.current_region() == "article":
            article = self.article
            text = article.copied_text()
            if not text:
                return None
            if article.selection is not None:
                first, last = sorted((article.selection[0][0], article.selection[1][0]))
                return quote_citation(self.story, text, first, last, language)
            return quote_citation(self.story, text, article.cursor_paragraph, None, language)
        anchor = self.focused_anchor()
        if anchor is None:
            return None
        if anchor.item is not None:
            return item_citation(self.story, anchor.item, language)
        if anchor.paragraph is None or not anchor.quote:
            return None
        return quote_citation(self.story, anchor.quote, anchor.paragraph, None, language)

    def action_cite(self) -> None:
        cited = self.focused_citation()
        if cited is None:
            self.status.show((self.language.gettext("Nothing to cite here"), "dim"))
            return
        self.copy_citation(cited)

    def copy_citation(self, cited: str) -> None:
        """To the clipboard (logical text: Textual's clipboard and OSC 52), and say so."""
        self.app.copy_to_clipboard(cited)
        said = self.language.gettext("Citation copied ({count} characters)")
        self.status.show((said.format(count=self.language.number(len(cited))), "dim"))

    def action_note_or_next(self) -> None:
        if self.marks is not None and self.marks.kind == "hits" and self.marks.spans:
            self.action_step(1)
        else:
            self.note_taking.add()

    def action_export(self) -> None:
        self.note_taking.export()

    def on_notes_list_edit_requested(self, message: NotesList.EditRequested) -> None:
        self.note_taking.edit_note(message.note_id)

    def on_notes_list_delete_requested(self, message: NotesList.DeleteRequested) -> None:
        self.note_taking.delete(message.note_id)

    def on_notes_panel_filter_changed(self, message: NotesPanel.FilterChanged) -> None:
        self.note_taking.filter(message.text)

    # -- help ------------------------------------------------------------------------

    def action_help(self) -> None:
        from ..help import HelpScreen

        self.app.push_screen(
            HelpScreen.for_explorer(type(self.app), type(self), self.engine, self.language)
        )
