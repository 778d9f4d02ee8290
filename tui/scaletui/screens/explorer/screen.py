"""The main screen: the article beside the timeline, key figures, competitors and numbers.

A router. Widgets post messages (ItemSelected, ParagraphChanged, search
Submitted, note requests); this screen asks the pure pieces what they mean
(explore/ for rows, support and marks; notes.flow for everything about notes)
and tells the widgets what to show. Its own state is what they share: the
active panel and the highlighted marks, both reactive.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.reactive import reactive
from textual.widget import Widget

from ...explore.marks import Marks, item_focus, marks_status, nothing_marked
from ...explore.rows import (
    OPENING_PANEL,
    PANEL_TITLES,
    PANELS,
    PanelItem,
    panel_items,
    panels_holding,
)
from ...explore.support import paragraph_support, support_summary
from ...i18n import ENGLISH, Language
from ...layout import LayoutEngine
from ...story import Story
from ...story.items import ItemRef, related_items
from ...widgets.article_view import ArticleView
from ...widgets.chrome import chrome_text
from ...widgets.key_bar import KeyBar
from ...widgets.panel_tabs import PanelTabs
from ...widgets.reading_view import ReadingView
from ...widgets.status_line import StatusLine
from ...widgets.story_header import StoryHeader
from ...widgets.story_panel import StoryPanel
from .indexing import INDEX_DELAY, IndexRoutes
from .keys import EXPLORER_BINDINGS
from .lean import LeanScreen
from .nav_routes import NavRoutes
from .notes_routes import NotesRoutes

if TYPE_CHECKING:
    from ...notes.flow import NotesFlow
    from ...notes.model import Anchor
    from ...story.stream import StreamedDocument

# Search, the notes' rows and anchors, and the dialogs load when first used: the
# first screen needs none of them (the search index is built after it is painted).

REGIONS = ("article", *PANELS, "notes")
NARROW_WIDTH = 70  # below this, the article and the panels take turns
SHORT_HEIGHT = 12  # below this, no header


def story_commands() -> type:
    """The palette's provider, imported when the palette first opens (not at startup)."""
    from ..commands import StoryCommands

    return StoryCommands


class ExplorerScreen(NavRoutes, IndexRoutes, NotesRoutes, LeanScreen):
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
        self, story: Story, engine: LayoutEngine, notes: Callable[[], NotesFlow],
        stream: StreamedDocument | None = None, language: Language = ENGLISH,
    ) -> None:  # fmt: skip
        """`notes` makes the notes flow when first used, after the first frame (its
        modules cost a tenth of start-up). `stream`: a book still being read (its
        story is its first part so far)."""
        super().__init__(classes="-rtl" if language.rtl else None)
        self.story = story
        self.stream = stream
        self.engine = engine
        self._make_notes = notes
        self.language = language
        self.paragraph_summary = ""
        # Panels are made when first needed; what they show is kept here until then.
        self._items: dict[str, list[PanelItem]] = {"notes": []}
        self.supported: set[str] = set()  # items the cursor's paragraph supports
        self.noted_items: frozenset[str] = frozenset()  # items with notes
        self._panels: dict[str, StoryPanel] = {}
        self._containers: dict[str, Widget] = {}  # what is shown and hidden: panel or box

    @cached_property  # (mypy takes it for a read-only property; it can be set)
    def notes(self) -> NotesFlow:  # type: ignore[override]
        return self._make_notes()

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
        tabs = PanelTabs(
            {name: _(title) for name, title in PANEL_TITLES.items()},
            self.active_panel,
            engine=self.engine,
            language=self.language,
            id="panel-tabs",
            classes="sidebar",
        )
        yield from (tabs, article) if self.language.rtl else (article, tabs)
        # One panel shows at a time; the others are made when first shown.
        yield self._new_panel(self.active_panel)
        yield StatusLine(self.engine, self.language, id="status")
        yield KeyBar(self.engine, self.language)

    def _new_panel(self, name: str) -> Widget:
        """A panel's widget, with the screen's current marks (the Notes panel's box)."""
        container: Widget
        panel: StoryPanel
        # Classes given at creation: set afterwards, each would restyle the widget.
        classes = "sidebar panel -shown" if name == self.active_panel else "sidebar panel"
        if name == "notes":
            from ...widgets.notes_panel import NotesPanel

            box = NotesPanel(self.engine, self.language, id="notes-panel", classes=classes)
            container, panel = box, box.notes_list
            panel.set_items(self.panel_items("notes"))
        else:
            panel = StoryPanel(
                self.engine, self.panel_items(name), language=self.language, id=name,
                classes=classes,
            )  # fmt: skip
            container = panel
        panel.mark(self.supported)
        panel.mark_noted(set(self.noted_items))
        self._panels[name] = panel
        self._containers[name] = container
        return container

    def on_mount(self) -> None:
        # The notes (a database read, ✎ marks) arrive just after the first frame.
        self.call_after_refresh(self.refresh_notes)
        # The rest of a book, and the search index, once the first screen is up.
        if self.stream is not None:
            self.call_after_refresh(self.start_background)
        else:
            self.set_timer(INDEX_DELAY, self.start_background)

    def panel_items(self, name: str) -> list[PanelItem]:
        """A panel's items, made the first time they are asked for."""
        items = self._items.get(name)
        if items is None:
            items = self._items[name] = panel_items(self.story, name, self.language)
        return items

    @cached_property
    def paragraph_support(self) -> dict[int, set[str]]:
        # Finding every mention folds the whole document, so this waits until the
        # reading cursor first moves rather than delaying the first screen.
        return paragraph_support(self.story, self.index.mentions)

    # -- regions and focus ----------------------------------------------------------

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    def panel(self, name: str) -> StoryPanel:
        """A panel's list (the notes list is one too), made and mounted if need be."""
        panel = self._panels.get(name)
        if panel is None:
            container = self._new_panel(name)
            # Right after the tab strip (mirrored: the article): grid cells are filled
            # in the order of children.
            before = self.article if self.language.rtl else self.query_one(PanelTabs)
            self.mount(container, after=before)
            if name == "notes":
                container.mount_parts()  # type: ignore[attr-defined]
            panel = self._panels[name]
        return panel

    def current_region(self) -> str:
        focused: Widget | None = self.focused
        while focused is not None:
            if focused.id in REGIONS:
                return focused.id
            if focused.id == "notes-panel":  # its filter box
                return "notes"
            focused = focused.parent  # type: ignore[assignment]
        return "article"

    def focus_region(self, name: str) -> None:
        if name == "article":
            self.remove_class("-panels")
            self.article.focus()
            return
        self.add_class("-panels")
        self.active_panel = name
        self.panel(name).focus()

    def watch_active_panel(self, name: str) -> None:
        """Show one panel in the sidebar (without moving the focus)."""
        self.panel(name)  # made (shown) if it is new
        for shown, container in self._containers.items():
            container.set_class(shown == name, "-shown")
        self.query_one(PanelTabs).show(name)

    def show_panel(self, name: str) -> None:
        self.active_panel = name

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
            self.open_note(ref.note_id)

    def open_item(self, ref: ItemRef, from_panel: bool = False) -> None:
        """Show an item in the text: its evidence, or every mention of its entity."""
        entity = self.story.entities.get(ref.key) if ref.names_entity else None
        mentions = self.index.mentions(entity) if entity is not None else None
        focus = item_focus(self.story, ref, mentions, self.language)
        if focus is None:
            return
        self.marks, self.shown_item = focus.marks, ref
        if focus.message is not None:
            self.status.show(*focus.message)
        if not from_panel:
            self.select_in_panels(ref)

    def select_in_panels(self, ref: ItemRef) -> None:
        """Move each panel's selection to the item (an entity: its person or rival)."""
        items = {name: self.panel_items(name) for name in PANELS}
        for name, key in panels_holding(items, related_items(ref)):
            self.panel(name).select_item(key)

    def watch_marks(self, marks: Marks | None) -> None:
        article = self.article
        if marks is None:
            article.highlight([])
            self.status.show((self.paragraph_summary, "dim"))
            return
        article.highlight(list(marks.spans), marks.current)
        if marks.current is not None:
            article.reveal(marks.current)
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
        self.article.clear_selection()
        self.marks = None

    @on(ArticleView.ParagraphChanged)
    def _paragraph_changed(self, message: ArticleView.ParagraphChanged) -> None:
        self.supported = self.paragraph_support.get(message.paragraph, set())
        for panel in self._panels.values():
            panel.mark(self.supported)
        items = {name: self.panel_items(name) for name in PANELS}
        self.paragraph_summary = support_summary(self.supported, items, self.language)
        if self.marks is None:
            self.status.show((self.paragraph_summary, "dim"))

    # -- notes: the flow decides, the screen shows -------------------------------------

    def refresh_notes(self) -> None:
        """Reload the notes list and the ✎ marks in the article and the panels."""
        from ...explore.note_rows import note_items

        if self.notes.store is None or self.stream is not None and not self.stream.complete:
            return  # (a book being read: its notes are anchored once all of it is there)
        problem = self.notes.reload()
        if problem is not None:
            self.tell(problem)
            if problem.severity == "error":
                return  # not read; a warning (notes shown repaired) still lists them
        self._items["notes"] = note_items(self.story, self.notes.shown, self.language)
        if "notes" in self._panels:
            self._panels["notes"].set_items(self._items["notes"])
        places = self.notes.places
        self.article.mark_noted(set(places.paragraphs))
        self.noted_items = places.items
        for panel in self._panels.values():
            panel.mark_noted(set(places.items))
        count = len(self.notes.notes)
        title = self.language.gettext("Notes")
        if count:
            title = f"{title} {self.language.number(count)}"
        self.query_one(PanelTabs).set_title("notes", title)

    def focused_anchor(self) -> Anchor | None:
        """What `n` annotates: the current hit, the cursor's paragraph, or a panel item."""
        from ...notes.anchoring import item_anchor, paragraph_anchor

        region = self.current_region()
        if region == "article":
            current = self.marks.current if self.marks else None
            return paragraph_anchor(self.story, self.article.cursor_paragraph, current)
        selected = self.panel(region).selected_item
        ref = ItemRef.parse(selected) if selected else None
        if ref is None:
            return None
        if ref.note_id is not None:
            note = self.notes.by_id.get(ref.note_id)
            return note.anchor if note else None
        return item_anchor(self.story, ref)

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
            self.action_add_note()

    # -- help ------------------------------------------------------------------------

    def action_help(self) -> None:
        from ..help import HelpScreen

        self.app.push_screen(
            HelpScreen.for_explorer(type(self.app), type(self), self.engine, self.language)
        )
