"""The main screen: the article beside the timeline, key figures, competitors and numbers.

Widgets post messages (ItemSelected, ParagraphChanged, search Submitted); this
screen turns them into article spans and panel marks, and tells the article view
what to reveal and highlight. It holds the one piece of state they share: the
current set of highlighted spans and where the reader is in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

from ..layout import LayoutEngine
from ..layout.renderable import BidiText
from ..story import Figure, Provenance, Span, Story
from ..widgets.article_view import ArticleView
from ..widgets.key_bar import KeyBar
from ..widgets.panel_tabs import PanelTabs
from ..widgets.status_line import StatusLine
from ..widgets.story_header import StoryHeader
from ..widgets.story_panel import PanelItem, StoryPanel

if TYPE_CHECKING:
    from ..notes import Anchor, Note, NoteStore
    from ..search import StoryIndex
    from ..widgets.notes_panel import NotesList, NotesPanel
    from ..widgets.search_bar import SearchBar
    from .dialogs import NoteDraft

# Search, the export helpers and the dialogs load when first used: the first
# screen needs none of them (the search index is built after it is painted).

ARTICLE_MARK = "◆"  # the article states it
CONTEXT_MARK = "◇"  # outside context: the article does not state it
DRAFT_MARK = "✱"  # found by `scaletui draft`, not checked by an editor
PANELS = ("timeline", "people", "competitors", "numbers")
PANEL_TITLES = {  # short, so the tabs fit an 80-column terminal's sidebar
    "timeline": "Timeline",
    "people": "People",
    "competitors": "Rivals",
    "numbers": "Numbers",
    "notes": "Notes",
}
REGIONS = ("article", *PANELS, "notes")
NARROW_WIDTH = 70  # below this, the article and the panels take turns
SHORT_HEIGHT = 12  # below this, no header


def provenance_mark(provenance: Provenance) -> str:
    return ARTICLE_MARK if provenance.in_article else CONTEXT_MARK


def format_value(figure: Figure) -> str:
    if figure.unit == "USD":
        if figure.value >= 1e9:
            return f"${figure.value / 1e9:g}B"
        if figure.value >= 1e6:
            return f"${figure.value / 1e6:g}M"
        return f"${figure.value:,.0f}"
    if figure.unit == "percent":
        return f"{figure.value:g}%"
    if figure.unit == "years":
        return f"{figure.value:g} years"
    return f"{figure.value:g}"


@dataclass
class Marks:
    """The highlighted spans the reader steps through with ] [ and n N."""

    label: str
    spans: list[Span]
    position: int = 0
    kind: str = "mentions"  # or "hits", "evidence"

    @property
    def current(self) -> Span | None:
        return self.spans[self.position] if self.spans else None


def story_commands() -> type:
    """The palette's provider, imported when the palette first opens (not at startup)."""
    from .commands import StoryCommands

    return StoryCommands


class ExplorerScreen(Screen[None]):
    COMMANDS = {story_commands}
    AUTO_FOCUS = "#article"

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

    BINDINGS = [
        Binding("tab", "cycle(1)", "Next panel", id="cycle-next", priority=True,
                tooltip="Move to the next panel (article, timeline, figures, rivals, numbers)"),
        Binding("shift+tab", "cycle(-1)", "Previous panel", id="cycle-previous", priority=True,
                show=False, tooltip="Move to the previous panel"),
        Binding("1", "jump('article')", "Article", id="jump-article", show=False,
                tooltip="Go to the article"),
        Binding("2", "jump('timeline')", "Timeline", id="jump-timeline", show=False,
                tooltip="Go to the timeline"),
        Binding("3", "jump('people')", "Key figures", id="jump-people", show=False,
                tooltip="Go to the key figures"),
        Binding("4", "jump('competitors')", "Competitors", id="jump-competitors", show=False,
                tooltip="Go to the competitors"),
        Binding("5", "jump('numbers')", "Numbers", id="jump-numbers", show=False,
                tooltip="Go to the story's numbers"),
        Binding("slash", "search", "Search", id="search",
                tooltip="Search the article (Arabic spelling variants and English names)"),
        Binding("6", "jump('notes')", "Notes", id="jump-notes", show=False,
                tooltip="Go to your notes"),
        Binding("right_square_bracket", "step(1)", "Next", id="next-mark",
                tooltip="Next highlighted mention or search hit"),
        Binding("n", "note_or_next", "Note", id="note",
                tooltip="Add a note on what is focused (while search hits are shown: next hit)"),
        Binding("a", "add_note", "Annotate", id="annotate", show=False,
                tooltip="Add a note on what is focused (always)"),
        Binding("x", "export", "Export", id="export",
                tooltip="Export your notes on this story to Markdown"),
        Binding("left_square_bracket,N", "step(-1)", "Previous", id="previous-mark",
                show=False, tooltip="Previous highlighted mention or search hit"),
        Binding("escape", "clear", "Clear", id="clear", tooltip="Clear highlights"),
        Binding("question_mark", "help", "Help", id="help", tooltip="Every key, on one screen"),
    ]  # fmt: skip

    def __init__(self, story: Story, engine: LayoutEngine) -> None:
        super().__init__()
        self.story = story
        self.engine = engine
        self.notes_filter = ""
        self.marks: Marks | None = None
        self.paragraph_summary = ""
        self.notes_by_id: dict[int, Note] = {}
        # Panels are made when first needed; what they show is kept here until then.
        self._items: dict[str, list[PanelItem]] = {"notes": []}  # each made on first use
        self.supported: set[str] = set()  # items the cursor's paragraph supports
        self.noted_items: set[str] = set()  # items with notes
        self._panels: dict[str, StoryPanel] = {}
        self._containers: dict[str, Widget] = {}  # what is shown and hidden: panel or box
        self._active_panel = "timeline"

    @property
    def store(self) -> NoteStore | None:
        """The app's notes store (opened on first use, after the first frame)."""
        return self.app.notes_store()  # type: ignore[attr-defined, no-any-return]

    # -- building ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield StoryHeader(self.engine, self.story.title, self.story.title_en)
        # Grid order: article (two rows), tab strip, the panel (two rows), status.
        article = ArticleView(self.engine, self.story.paragraphs, id="article")
        article.border_title = "Article"
        yield article
        yield PanelTabs(PANEL_TITLES, self._active_panel, id="panel-tabs", classes="sidebar")
        # One panel shows at a time; the others are made when first shown.
        yield self._new_panel(self._active_panel)
        yield StatusLine(id="status")
        yield KeyBar()

    def _new_panel(self, name: str) -> Widget:
        """A panel's widget, with the screen's current marks (the Notes panel's box)."""
        container: Widget
        # Classes given at creation: set afterwards, each would restyle the widget.
        classes = "sidebar panel -shown" if name == self._active_panel else "sidebar panel"
        if name == "notes":
            from ..widgets.notes_panel import NotesPanel

            notes = NotesPanel(self.engine, id="notes-panel", classes=classes)
            container, panel = notes, notes.notes_list
            panel.set_items(self.panel_items("notes"))
        else:
            container = panel = StoryPanel(
                self.engine, self.panel_items(name), id=name, classes=classes
            )
        panel.mark(self.supported)
        panel.mark_noted(self.noted_items)
        self._panels[name] = panel
        self._containers[name] = container
        return container

    def on_mount(self) -> None:
        # The notes (a database read, ✎ marks) arrive just after the first frame.
        self.call_after_refresh(self.refresh_notes)
        # Fold the whole document for search once the first screen is up.
        self.set_timer(0.5, self._build_search_index)

    def _build_search_index(self) -> None:
        self.run_worker(lambda: self.index.folded, thread=True, name="search-index")

    def panel_items(self, name: str) -> list[PanelItem]:
        """A panel's items, made the first time they are asked for."""
        items = self._items.get(name)
        if items is None:
            make = {
                "timeline": self._timeline_items,
                "people": self._people_items,
                "competitors": self._competitor_items,
                "numbers": self._number_items,
            }[name]
            items = self._items[name] = make()
        return items

    def _timeline_items(self) -> list[PanelItem]:
        if not self.story.events:
            note = "No events: a drafted story has none yet" if self.story.draft else "No events"
            return [PanelItem("empty:timeline", lines=((note, "dim"),), heading=True)]
        legend = PanelItem(
            "legend:timeline",
            lines=((f"{ARTICLE_MARK} in the article  {CONTEXT_MARK} outside context", "dim"),),
            heading=True,
        )
        return [legend] + [
            PanelItem(
                f"event:{event.id}",
                arabic=f"{event.date} {event.title_ar}",
                lines=((f"{provenance_mark(event.provenance)} {event.title_en}", ""),),
            )
            for event in self.story.events
        ]

    def _people_items(self) -> list[PanelItem]:
        if self.story.draft:
            # A drafted story knows names, not who is a person: list them all, marked.
            heading = PanelItem(
                "legend:draft",
                lines=((f"{DRAFT_MARK} drafted from the text, not checked", "dim"),),
                heading=True,
            )
            return [heading] + [
                PanelItem(
                    f"entity:{entity.id}",
                    arabic=entity.name_ar,
                    lines=((f"{DRAFT_MARK} {entity.name_en}", ""),),
                )
                for entity in self.story.entities.values()
            ]
        items = []
        for person in self.story.people:
            entity = self.story.entity(person.entity)
            organisation = self.story.entities.get(person.organisation)
            org_name = organisation.name_en if organisation else person.organisation
            items.append(
                PanelItem(
                    f"person:{person.entity}",
                    arabic=entity.name_ar,
                    lines=((f"{entity.name_en} · {org_name}", "bold"), (person.role, "dim")),
                )
            )
        return items

    def _competitor_items(self) -> list[PanelItem]:
        if not self.story.competitors:
            return [
                PanelItem("empty:competitors", lines=(("No competitors", "dim"),), heading=True)
            ]
        items: list[PanelItem] = []
        groups = [
            ("data provider", "Scale AI's rivals · data providers"),
            ("AI lab", "Meta's rivals · AI labs"),
        ]
        for segment, heading in groups:
            members = [c for c in self.story.competitors if c.segment == segment]
            if not members:
                continue
            items.append(
                PanelItem(f"group:{segment}", lines=((heading, "bold underline"),), heading=True)
            )
            for competitor in members:
                entity = self.story.entity(competitor.entity)
                items.append(
                    PanelItem(
                        f"competitor:{competitor.entity}",
                        arabic=entity.name_ar,
                        lines=((f"{provenance_mark(competitor.provenance)} {entity.name_en}", ""),),
                    )
                )
        return items

    def _number_items(self) -> list[PanelItem]:
        from ..widgets.bars import Bar, BarChart

        dollars = [n for n in self.story.numbers if n.unit == "USD"]
        items: list[PanelItem] = []
        if dollars:
            chart = BarChart(
                [
                    Bar(n.label_en, n.value, format_value(n))
                    for n in sorted(dollars, key=lambda n: -n.value)
                ]
            )
            items.append(
                PanelItem("chart:usd", lines=(("Dollar amounts", "bold underline"),), extra=chart,
                          heading=True)
            )  # fmt: skip
        mark = f"{DRAFT_MARK} " if self.story.draft else ""
        for figure in self.story.numbers:
            items.append(
                PanelItem(
                    f"number:{figure.id}",
                    arabic=figure.label_ar,
                    lines=((f"{mark}{format_value(figure)} · {figure.label_en}", ""),),
                )
            )
        return items

    @cached_property
    def index(self) -> StoryIndex:
        from ..search import StoryIndex

        return StoryIndex([p.text for p in self.story.paragraphs], self.story.entities.values())

    @cached_property
    def paragraph_support(self) -> dict[int, set[str]]:
        """For each paragraph, the panel items it supports (evidence or a mention).

        Finding every mention folds the whole document, so it waits until the
        reading cursor first moves rather than delaying the first screen.
        """
        support: dict[int, set[str]] = {}

        def add(span: Span | None, item_id: str) -> None:
            if span is not None:
                support.setdefault(span.paragraph, set()).add(item_id)

        for event in self.story.events:
            add(event.provenance.span, f"event:{event.id}")
        for figure in self.story.numbers:
            add(figure.provenance.span, f"number:{figure.id}")
        for person in self.story.people:
            add(person.provenance.span, f"person:{person.entity}")
            for span in self.index.mentions(self.story.entity(person.entity)):
                add(span, f"person:{person.entity}")
        for rival in self.story.competitors:
            add(rival.provenance.span, f"competitor:{rival.entity}")
            for span in self.index.mentions(self.story.entity(rival.entity)):
                add(span, f"competitor:{rival.entity}")
        return support

    # -- regions and focus ----------------------------------------------------------

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    def panel(self, name: str) -> StoryPanel:
        """A panel's list (the notes list is one too), made and mounted if need be."""
        panel = self._panels.get(name)
        if panel is None:
            container = self._new_panel(name)
            # Right after the tab strip: grid cells are filled in the order of children.
            self.mount(container, after=self.query_one(PanelTabs))
            if name == "notes":
                container.mount_parts()  # type: ignore[attr-defined]
            panel = self._panels[name]
        return panel

    def current_region(self) -> str:
        focused: Widget | None = self.focused
        while focused is not None:
            if focused.id in REGIONS:
                return focused.id  # type: ignore[return-value]
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
        self.show_panel(name)
        self.panel(name).focus()

    @property
    def active_panel(self) -> str:
        return self._active_panel

    def show_panel(self, name: str) -> None:
        """Show one panel in the sidebar (without moving the focus)."""
        self._active_panel = name
        self.panel(name)  # made (shown) if it is new
        for shown, container in self._containers.items():
            container.set_class(shown == name, "-shown")
        self.query_one(PanelTabs).show(name)

    @property
    def search_bar(self) -> SearchBar | None:
        """The search bar, mounted the first time it is opened."""
        from ..widgets.search_bar import SearchBar

        found = self.query(SearchBar)
        return found.first() if found else None

    def action_cycle(self, step: int) -> None:
        if self.focused is not None and self.focused.id == "search-input":
            return
        at = REGIONS.index(self.current_region())
        self.focus_region(REGIONS[(at + step) % len(REGIONS)])

    def action_jump(self, name: str) -> None:
        self.focus_region(name)

    def on_panel_tabs_clicked(self, message: PanelTabs.Clicked) -> None:
        self.focus_region(message.name)

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")
        self.set_class(event.size.height < SHORT_HEIGHT, "-short")

    # -- into the text and back ------------------------------------------------------------

    def on_story_panel_item_selected(self, message: StoryPanel.ItemSelected) -> None:
        if message.item_id.startswith("note:"):
            self.open_note(int(message.item_id.removeprefix("note:")))
        else:
            self.open_item(message.item_id, from_panel=True)

    def open_item(self, item_id: str, from_panel: bool = False) -> None:
        """Show an item in the text: its evidence, or every mention of its entity."""
        kind, _, key = item_id.partition(":")
        status = self.query_one(StatusLine)
        if kind in ("person", "competitor", "entity"):
            entity = self.story.entities.get(key)
            if entity is None:
                return
            provenance = None
            if kind == "competitor":
                provenance = self.story.provenance_of(item_id)
            mentions = list(self.index.mentions(entity))
            self.set_marks(Marks(entity.name_en, mentions, kind="mentions"))
            if not mentions:
                status.show((f"{entity.name_en}: ", "bold"), ("not named in the article", ""))
            elif provenance is not None and not provenance.in_article:
                status.show(
                    (f"{CONTEXT_MARK} ", "bold"),
                    ("The article does not say they compete: ", "bold"),
                    (provenance.note or "", ""),
                )
        elif kind in ("event", "number"):
            found = self.story.event(key) if kind == "event" else self.story.figure(key)
            if found is None:
                return
            title = found.title_en if kind == "event" else found.label_en  # type: ignore[union-attr]
            provenance = found.provenance
            spans = [provenance.span] if provenance.span else []
            self.set_marks(Marks(title, spans, kind="evidence"))
            if not provenance.in_article:
                status.show(
                    (f"{CONTEXT_MARK} Not stated in the article. ", "bold"),
                    (provenance.note or "", ""),
                )
            elif not spans:
                status.show((title, "bold"), (": no evidence quote", ""))
        if not from_panel:
            self._select_in_panels(item_id)

    def _select_in_panels(self, item_id: str) -> None:
        kind, _, key = item_id.partition(":")
        candidates = [item_id]
        if kind == "entity":
            candidates = [f"person:{key}", f"competitor:{key}"]
        for name in PANELS:
            for candidate in candidates:
                if any(item.item_id == candidate for item in self.panel_items(name)):
                    self.panel(name).select_item(candidate)
                    break

    def set_marks(self, marks: Marks | None) -> None:
        self.marks = marks
        article = self.article
        if marks is None or not marks.spans:
            article.highlight([])
            if marks is None:
                self.query_one(StatusLine).show((self.paragraph_summary, "dim"))
            else:
                self._show_position()
            return
        article.highlight(marks.spans, marks.current)
        if marks.current is not None:
            article.reveal(marks.current)
        self._show_position()

    def _show_position(self) -> None:
        marks = self.marks
        if marks is None:
            return
        status = self.query_one(StatusLine)
        count = len(marks.spans)
        noun = {"mentions": "mention", "hits": "hit", "evidence": "evidence"}[marks.kind]
        if count == 0:
            status.show((marks.label, "bold"), (f": no {noun}s", ""))
            return
        plural = "" if count == 1 or marks.kind == "evidence" else "s"
        # Where the reader is comes first: on a narrow screen a long label is what gets cut.
        status.show(
            (f"{marks.position + 1}/{count} {noun}{plural}  ", ""),
            (marks.label, "bold"),
            ("   ] next  [ previous  Esc clear" if count > 1 else "   Esc clear", "dim"),
        )

    def action_step(self, step: int) -> None:
        marks = self.marks
        if marks is None or not marks.spans:
            self.query_one(StatusLine).show(
                ("Nothing highlighted: ", "bold"), ("Enter on an item, or / to search", "")
            )
            return
        marks.position = (marks.position + step) % len(marks.spans)
        self.article.highlight(marks.spans, marks.current)
        if marks.current is not None:
            self.article.reveal(marks.current)
        self._show_position()

    def action_clear(self) -> None:
        search = self.search_bar
        if search is not None and search.is_open:
            search.close()
        self.set_marks(None)

    def on_article_view_paragraph_changed(self, message: ArticleView.ParagraphChanged) -> None:
        supported = self.paragraph_support.get(message.paragraph, set())
        self.supported = supported
        for panel in self._panels.values():
            panel.mark(supported)
        counts = []
        for name in PANELS:
            marked = {item.item_id for item in self.panel_items(name)} & supported
            if marked:
                counts.append(f"{PANEL_TITLES[name]} {len(marked)}")
        self.paragraph_summary = "▶ this paragraph supports: " + ", ".join(counts) if counts else ""
        if self.marks is None:
            self.query_one(StatusLine).show((self.paragraph_summary, "dim"))

    # -- search ----------------------------------------------------------------------

    async def action_search(self) -> None:
        search = self.search_bar
        if search is None:
            from ..widgets.search_bar import SearchBar

            search = SearchBar(self.engine)
            await self.mount(search, before=self.query_one(KeyBar))
        search.open()

    def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        query = message.query.strip()
        if not query:
            return
        result = self.index.search(query)
        label = f"“{self.engine.visual(query)}”"
        if result.entities:
            label += " (" + ", ".join(e.name_en for e in result.entities) + ")"
        self.set_marks(Marks(label, list(result.hits), kind="hits"))
        search = self.search_bar
        if search is not None:
            search.close()
        self.focus_region("article")

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        self.focus_region("article")

    # -- notes -----------------------------------------------------------------------

    def refresh_notes(self) -> None:
        """Reload the notes list and the ✎ marks in the article and the panels."""
        from ..notes import NoteStoreError
        from ..notes.model import filter_notes

        if self.store is None:
            return
        try:
            notes = self.store.notes(self.story.id)
        except NoteStoreError as error:
            self.notify(f"Notes: {error}", severity="error", markup=False)
            return
        self.notes_by_id = {note.id: note for note in notes}
        shown = filter_notes(notes, self.notes_filter)
        self._items["notes"] = [self._note_item(note) for note in shown]
        if "notes" in self._panels:
            self._panels["notes"].set_items(self._items["notes"])
        from ..notes.export import locate_paragraph

        paragraphs: set[int] = set()
        items: set[str] = set()
        for note in notes:
            if note.anchor.kind == "item" and note.anchor.item:
                kind, _, key = note.anchor.item.partition(":")
                items.add(note.anchor.item)
                if kind == "entity":
                    items.update({f"person:{key}", f"competitor:{key}"})
            else:
                found = locate_paragraph(self.story, note.anchor)
                if found is not None:
                    paragraphs.add(found)
        self.article.mark_noted(paragraphs)
        self.noted_items = items
        for panel in self._panels.values():
            panel.mark_noted(items)
        count = len(notes)
        self.query_one(PanelTabs).set_title("notes", f"Notes {count}" if count else "Notes")

    def _anchor_label(self, anchor: Anchor) -> str:
        from ..notes.export import item_title, locate_paragraph

        if anchor.kind == "item":
            item = anchor.item or ""
            return item_title(self.story, item) or item
        found = locate_paragraph(self.story, anchor)
        where = f"¶ {found + 1}" if found is not None else "a passage no longer in the article"
        return where if anchor.kind == "paragraph" else f"{where}, a passage"

    def _note_item(self, note: Note) -> PanelItem:
        stamp = note.updated.astimezone().strftime("%Y-%m-%d %H:%M")
        tags = " ".join(f"#{t}" for t in note.tags)
        return PanelItem(
            f"note:{note.id}",
            arabic=note.body.strip().replace("\n", " ")[:400],
            lines=((f"{self._anchor_label(note.anchor)} · {stamp}", "dim"),),
            # Tags may be Arabic: they go through the layout engine too.
            extra=BidiText(self.engine, tags, style="italic", default="ltr") if tags else None,
        )

    def focused_anchor(self) -> tuple[Anchor, str] | None:
        """What `n` annotates: the current hit, the cursor's paragraph, or a panel item."""
        from ..notes import Anchor

        region = self.current_region()
        if region == "article":
            article = self.article
            paragraph = article.cursor_paragraph
            current = self.marks.current if self.marks else None
            if current is not None and current.paragraph == paragraph:
                text = self.story.paragraphs[paragraph].text
                quote = text[current.start : current.end]
                anchor = Anchor("span", paragraph=paragraph, start=current.start,
                                end=current.end, quote=quote)  # fmt: skip
                return anchor, quote
            text = self.story.paragraphs[paragraph].text
            return Anchor("paragraph", paragraph=paragraph, quote=text), text
        if region == "notes":
            item = self.panel("notes").selected_item
            note = self.notes_by_id.get(int(item.removeprefix("note:"))) if item else None
            return (
                (note.anchor, note.anchor.quote or self._anchor_label(note.anchor))
                if note
                else None
            )
        item = self.panel(region).selected_item if region in PANELS else None
        if item is None:
            return None
        evidence = self._evidence_text(item)
        return Anchor("item", item=item, quote=evidence), evidence or self._anchor_label(
            Anchor("item", item=item)
        )

    def _evidence_text(self, item_id: str) -> str:
        provenance = self.story.provenance_of(item_id)
        return (provenance.evidence or "") if provenance else ""

    def action_note_or_next(self) -> None:
        if self.marks is not None and self.marks.kind == "hits" and self.marks.spans:
            self.action_step(1)
        else:
            self.action_add_note()

    def action_add_note(self) -> None:
        if self.store is None:
            self.notify("Notes are unavailable: the notes database could not be opened.",
                        severity="error", markup=False)  # fmt: skip
            return
        found = self.focused_anchor()
        if found is None:
            self.notify("Select something to annotate first.", markup=False)
            return
        anchor, text = found
        self._edit(anchor, text, f"New note on {self._anchor_label(anchor)}")

    def _edit(
        self, anchor: Anchor, text: str, title: str, note: Note | None = None,
        draft: NoteDraft | None = None, error: str = "",
    ) -> None:  # fmt: skip
        body = draft.body if draft else (note.body if note else "")
        tags = draft.tags if draft else (note.tags if note else ())

        def save(result: NoteDraft | None) -> None:
            if result is not None:
                self._save(anchor, text, title, note, result)

        from .dialogs import NoteEditor

        self.app.push_screen(NoteEditor(self.engine, title, text, body, tags, error), save)

    def _save(
        self, anchor: Anchor, text: str, title: str, note: Note | None, draft: NoteDraft
    ) -> None:
        from ..notes import NoteStoreError

        assert self.store is not None
        try:
            if note is None:
                self.store.add(self.story.id, anchor, draft.body, draft.tags)
                self.notify("Note saved.", markup=False)
            else:
                self.store.update(note.id, draft.body, draft.tags)
                self.notify("Note updated.", markup=False)
        except NoteStoreError as error:
            try:
                path = self.store.rescue(self.story.id, anchor, draft.body, draft.tags)
            except NoteStoreError:
                # Nowhere to keep it: back to the editor, text intact.
                self._edit(anchor, text, title, note, draft, f"Not saved: {error}")
                return
            self.notify(
                f"Could not save the note: {error}. It was kept in {path}.",
                severity="error", timeout=15, markup=False,
            )  # fmt: skip
        self.refresh_notes()

    def open_note(self, note_id: int) -> None:
        note = self.notes_by_id.get(note_id)
        if note is None:
            return
        anchor = note.anchor
        if anchor.kind == "item" and anchor.item:
            self.open_item(anchor.item)
            return
        from ..notes.export import locate_paragraph

        paragraph = locate_paragraph(self.story, anchor)
        if paragraph is None:
            self.query_one(StatusLine).show(
                ("This note's passage is no longer in the article", "bold")
            )
            return
        if anchor.kind == "span" and anchor.quote:
            text = self.story.paragraphs[paragraph].text
            start = text.find(anchor.quote)
            span = Span(paragraph, start, start + len(anchor.quote))
            self.set_marks(Marks("Note", [span], kind="evidence"))
        else:
            self.set_marks(None)
            self.article.reveal(Span(paragraph, 0, 0))
        self.focus_region("article")

    def on_notes_list_edit_requested(self, message: NotesList.EditRequested) -> None:
        note = self.notes_by_id.get(message.note_id)
        if note is not None:
            label = self._anchor_label(note.anchor)
            self._edit(note.anchor, note.anchor.quote or label, f"Edit note on {label}", note)

    def on_notes_list_delete_requested(self, message: NotesList.DeleteRequested) -> None:
        from ..notes import NoteStoreError

        note = self.notes_by_id.get(message.note_id)
        if note is None or self.store is None:
            return

        def answer(yes: bool | None) -> None:
            if not yes or self.store is None:
                return
            try:
                self.store.delete(note.id)
            except NoteStoreError as error:
                self.notify(f"Not deleted: {error}", severity="error", markup=False)
            self.refresh_notes()

        from .dialogs import ConfirmScreen

        preview = note.body.strip().splitlines()[0][:200] if note.body.strip() else ""
        self.app.push_screen(ConfirmScreen("Delete this note?", preview, self.engine), answer)

    def on_notes_panel_filter_changed(self, message: NotesPanel.FilterChanged) -> None:
        self.notes_filter = message.text
        self.refresh_notes()

    def action_export(self) -> None:
        if self.store is None:
            self.notify("Notes are unavailable: nothing to export.", severity="error",
                        markup=False)  # fmt: skip
            return
        from .dialogs import ConfirmScreen

        target = self.export_path()
        if target.exists():
            self.app.push_screen(
                ConfirmScreen(f"{target} exists. Overwrite it?"),
                lambda yes: self._export(target) if yes else None,
            )
        else:
            self._export(target)

    def export_path(self) -> Path:
        return Path.cwd() / f"{self.story.id}-notes.md"

    def _export(self, target: Path) -> None:
        from ..notes import NoteStoreError
        from ..notes.export import ExportError, export_markdown, write_export

        assert self.store is not None
        try:
            notes = self.store.notes(self.story.id)
            text = export_markdown(self.story, notes, datetime.now(UTC).replace(microsecond=0))
            write_export(text, str(target), force=True)
        except (NoteStoreError, ExportError) as error:
            self.notify(f"Export failed: {error}", severity="error", timeout=15, markup=False)
            return
        self.notify(f"Exported {len(notes)} notes to {target}", timeout=10, markup=False)

    # -- help ------------------------------------------------------------------------

    def action_help(self) -> None:
        from ..app import ScaleTUIApp  # the app's own bindings are part of the help
        from ..widgets.notes_panel import NotesList
        from ..widgets.search_bar import SearchBar
        from .dialogs import NoteEditor
        from .help import HelpScreen

        self.app.push_screen(
            HelpScreen(
                [
                    ("Everywhere", ScaleTUIApp),
                    ("Main screen", ExplorerScreen),
                    ("Article", ArticleView),
                    ("Panels", StoryPanel),
                    ("Notes", NotesList),
                    ("Search bar", SearchBar),
                    ("Note editor", NoteEditor),
                ]
            )
        )
