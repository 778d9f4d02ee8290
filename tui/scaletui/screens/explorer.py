"""The main screen: the article beside the timeline, key figures, competitors and numbers.

Widgets post messages (ItemSelected, ParagraphChanged, search Submitted); this
screen turns them into article spans and panel marks, and tells the article view
what to reveal and highlight. It holds the one piece of state they share: the
current set of highlighted spans and where the reader is in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, TabbedContent, TabPane

from ..layout import LayoutEngine
from ..search import StoryIndex
from ..story import Figure, Provenance, Span, Story
from ..widgets.article_view import ArticleView
from ..widgets.bars import Bar, BarChart
from ..widgets.search_bar import SearchBar
from ..widgets.status_line import StatusLine
from ..widgets.story_header import StoryHeader
from ..widgets.story_panel import PanelItem, StoryPanel
from .commands import StoryCommands
from .help import HelpScreen

ARTICLE_MARK = "◆"  # the article states it
CONTEXT_MARK = "◇"  # outside context: the article does not state it
PANELS = ("timeline", "people", "competitors", "numbers")
PANEL_TITLES = {  # short, so the four tabs fit an 80-column terminal's sidebar
    "timeline": "Timeline",
    "people": "People",
    "competitors": "Rivals",
    "numbers": "Numbers",
}
REGIONS = ("article", *PANELS)
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


class ExplorerScreen(Screen[None]):
    COMMANDS = {StoryCommands}

    DEFAULT_CSS = """
    ExplorerScreen #main {
        height: 1fr;
    }
    ExplorerScreen #reading {
        width: 3fr;
    }
    ExplorerScreen #article {
        height: 1fr;
    }
    ExplorerScreen #sidebar {
        width: 2fr;
        min-width: 36;
        max-width: 60;
    }
    ExplorerScreen #sidebar TabPane {
        padding: 0;
    }
    ExplorerScreen.-narrow #sidebar {
        display: none;
        width: 1fr;
        max-width: 100%;
        min-width: 0;
    }
    ExplorerScreen.-narrow.-panels #sidebar {
        display: block;
    }
    ExplorerScreen.-narrow.-panels #reading {
        display: none;
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
        Binding("right_square_bracket,n", "step(1)", "Next", id="next-mark",
                tooltip="Next highlighted mention or search hit"),
        Binding("left_square_bracket,N", "step(-1)", "Previous", id="previous-mark",
                show=False, tooltip="Previous highlighted mention or search hit"),
        Binding("escape", "clear", "Clear", id="clear", tooltip="Clear highlights"),
        Binding("question_mark", "help", "Help", id="help", tooltip="Every key, on one screen"),
    ]  # fmt: skip

    def __init__(self, story: Story, engine: LayoutEngine) -> None:
        super().__init__()
        self.story = story
        self.engine = engine
        self.index = StoryIndex([p.text for p in story.paragraphs], story.entities.values())
        self.marks: Marks | None = None
        self.paragraph_summary = ""
        self._support = self._paragraph_support()

    # -- building ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield StoryHeader(self.engine, self.story.title, self.story.title_en)
        with Horizontal(id="main"):
            with Vertical(id="reading"):
                article = ArticleView(self.engine, self.story.paragraphs, id="article")
                article.border_title = "Article"
                yield article
                yield StatusLine(id="status")
            with TabbedContent(id="sidebar"):
                for name, items in (
                    ("timeline", self._timeline_items()),
                    ("people", self._people_items()),
                    ("competitors", self._competitor_items()),
                    ("numbers", self._number_items()),
                ):
                    with TabPane(PANEL_TITLES[name], id=f"tab-{name}"):
                        yield StoryPanel(self.engine, items, id=name)
        yield SearchBar(self.engine)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        self.query_one("#sidebar Tabs").can_focus = False

    def _timeline_items(self) -> list[PanelItem]:
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
        dollars = [n for n in self.story.numbers if n.unit == "USD"]
        items: list[PanelItem] = []
        if dollars:
            chart = BarChart(
                [Bar(n.label_en, n.value, format_value(n)) for n in sorted(dollars, key=lambda n: -n.value)]
            )
            items.append(
                PanelItem("chart:usd", lines=(("Dollar amounts", "bold underline"),), extra=chart,
                          heading=True)
            )  # fmt: skip
        for figure in self.story.numbers:
            items.append(
                PanelItem(
                    f"number:{figure.id}",
                    arabic=figure.label_ar,
                    lines=((f"{format_value(figure)} · {figure.label_en}", ""),),
                )
            )
        return items

    def _paragraph_support(self) -> dict[int, set[str]]:
        """For each paragraph, the panel items it supports (evidence or a mention)."""
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
        return self.query_one(f"#{name}", StoryPanel)

    def current_region(self) -> str:
        focused: Widget | None = self.focused
        while focused is not None:
            if focused.id in REGIONS:
                return focused.id  # type: ignore[return-value]
            focused = focused.parent  # type: ignore[assignment]
        return "article"

    def focus_region(self, name: str) -> None:
        if name == "article":
            self.remove_class("-panels")
            self.article.focus()
            return
        self.add_class("-panels")
        self.query_one(TabbedContent).active = f"tab-{name}"
        self.panel(name).focus()

    def action_cycle(self, step: int) -> None:
        if self.query_one(SearchBar).is_open and self.focused is not None and \
                self.focused.id == "search-input":  # fmt: skip
            return
        at = REGIONS.index(self.current_region())
        self.focus_region(REGIONS[(at + step) % len(REGIONS)])

    def action_jump(self, name: str) -> None:
        self.focus_region(name)

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        # A click on a tab: follow it with the focus.
        name = (event.pane.id or "").removeprefix("tab-")
        if name in PANELS and self.current_region() != name and self.current_region() != "article":
            self.panel(name).focus()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")
        self.set_class(event.size.height < SHORT_HEIGHT, "-short")

    # -- into the text and back ------------------------------------------------------------

    def on_story_panel_item_selected(self, message: StoryPanel.ItemSelected) -> None:
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
                provenance = next(c.provenance for c in self.story.competitors if c.entity == key)
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
            found = (
                next((e for e in self.story.events if e.id == key), None)
                if kind == "event"
                else next((n for n in self.story.numbers if n.id == key), None)
            )
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
            panel = self.panel(name)
            for candidate in candidates:
                if panel.select_item(candidate):
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
        status.show(
            (marks.label, "bold"),
            (f"  {marks.position + 1}/{count} {noun}{plural}", ""),
            ("   ] next  [ previous  Esc clear" if count > 1 else "   Esc clear", "dim"),
        )

    def action_step(self, step: int) -> None:
        marks = self.marks
        if marks is None or not marks.spans:
            self.query_one(StatusLine).show(("Nothing highlighted: ", "bold"),
                                            ("Enter on an item, or / to search", ""))
            return
        marks.position = (marks.position + step) % len(marks.spans)
        self.article.highlight(marks.spans, marks.current)
        if marks.current is not None:
            self.article.reveal(marks.current)
        self._show_position()

    def action_clear(self) -> None:
        search = self.query_one(SearchBar)
        if search.is_open:
            search.close()
        self.set_marks(None)

    def on_article_view_paragraph_changed(self, message: ArticleView.ParagraphChanged) -> None:
        supported = self._support.get(message.paragraph, set())
        counts = []
        for name in PANELS:
            panel = self.panel(name)
            panel.mark(supported)
            if panel.marked:
                counts.append(f"{PANEL_TITLES[name]} {len(panel.marked)}")
        self.paragraph_summary = "▶ this paragraph supports: " + ", ".join(counts) if counts else ""
        if self.marks is None:
            self.query_one(StatusLine).show((self.paragraph_summary, "dim"))

    # -- search ----------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        query = message.query.strip()
        if not query:
            return
        result = self.index.search(query)
        label = f"“{self.engine.visual(query)}”"
        if result.entities:
            label += " (" + ", ".join(e.name_en for e in result.entities) + ")"
        self.set_marks(Marks(label, list(result.hits), kind="hits"))
        self.query_one(SearchBar).close()
        self.focus_region("article")

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        self.focus_region("article")

    # -- help ------------------------------------------------------------------------

    def action_help(self) -> None:
        from ..app import ScaleTUIApp  # the app's own bindings are part of the help

        self.app.push_screen(
            HelpScreen(
                [
                    ("Everywhere", ScaleTUIApp),
                    ("Main screen", ExplorerScreen),
                    ("Article", ArticleView),
                    ("Panels", StoryPanel),
                    ("Search bar", SearchBar),
                ]
            )
        )
