"""The main screen: the article beside the timeline, key figures and competitors.

Panels post ItemSelected; this screen turns an item into article spans and tells
the article view to reveal and highlight them.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer

from ..layout import LayoutEngine
from ..layout.renderable import BidiText
from ..story import Provenance, Span, Story
from ..widgets.article_view import ArticleView
from ..widgets.story_header import StoryHeader
from ..widgets.story_panel import PanelItem, StoryPanel, gloss, stack

ARTICLE_MARK = "◆"  # the article states it
CONTEXT_MARK = "◇"  # outside context: the article does not state it


def provenance_mark(provenance: Provenance) -> str:
    return ARTICLE_MARK if provenance.in_article else CONTEXT_MARK


class ExplorerScreen(Screen[None]):
    DEFAULT_CSS = """
    ExplorerScreen #main {
        height: 1fr;
    }
    ExplorerScreen #article {
        width: 2fr;
    }
    ExplorerScreen #sidebar {
        width: 1fr;
        min-width: 24;
    }
    """

    BINDINGS = [
        Binding("escape", "clear_highlights", "Clear", id="clear", tooltip="Clear highlights"),
    ]

    def __init__(self, story: Story, engine: LayoutEngine) -> None:
        super().__init__()
        self.story = story
        self.engine = engine

    def compose(self) -> ComposeResult:
        yield StoryHeader(self.engine, self.story.title, self.story.title_en)
        with Horizontal(id="main"):
            article = ArticleView(self.engine, self.story.paragraphs, id="article")
            article.border_title = "Article"
            yield article
            with Vertical(id="sidebar"):
                yield StoryPanel("Timeline", self._timeline_items(), id="timeline")
                yield StoryPanel("Key figures", self._people_items(), id="people")
                yield StoryPanel("Competitors", self._competitor_items(), id="competitors")
        yield Footer()

    # -- panel contents -----------------------------------------------------------

    def _timeline_items(self) -> list[PanelItem]:
        return [
            PanelItem(
                f"event:{event.id}",
                stack(
                    BidiText(self.engine, f"{event.date} {event.title_ar}", style="bold"),
                    gloss(f"{provenance_mark(event.provenance)} {event.title_en}"),
                ),
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
                    stack(
                        BidiText(self.engine, entity.name_ar, style="bold"),
                        gloss(f"{entity.name_en} · {org_name}", style=""),
                        gloss(person.role),
                    ),
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
                PanelItem(f"group:{segment}", Text(heading, style="bold underline"), False)
            )
            for competitor in members:
                entity = self.story.entity(competitor.entity)
                items.append(
                    PanelItem(
                        f"competitor:{competitor.entity}",
                        stack(
                            BidiText(self.engine, entity.name_ar, style="bold"),
                            gloss(f"{provenance_mark(competitor.provenance)} {entity.name_en}"),
                        ),
                    )
                )
        return items

    # -- routing ------------------------------------------------------------------

    def evidence_for(self, item_id: str) -> Span | None:
        kind, _, key = item_id.partition(":")
        if kind == "event":
            found = next((e.provenance for e in self.story.events if e.id == key), None)
        elif kind == "person":
            found = next((p.provenance for p in self.story.people if p.entity == key), None)
        elif kind == "competitor":
            found = next(
                (c.provenance for c in self.story.competitors if c.entity == key), None
            )
        else:
            found = None
        return found.span if found else None

    def on_story_panel_item_selected(self, message: StoryPanel.ItemSelected) -> None:
        span = self.evidence_for(message.item_id)
        article = self.query_one(ArticleView)
        if span is None:
            article.highlight([])
            self.notify("The article does not state this: it comes from outside context.")
            return
        article.highlight([span])
        article.reveal(span)

    def action_clear_highlights(self) -> None:
        self.query_one(ArticleView).highlight([])
