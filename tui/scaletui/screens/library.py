"""The library: every story the reader can open, with its note count, and a
search across all of them (hits per story with a line of context). Enter opens
the story (at the hit); the screen is dismissed with the reader's choice."""

from __future__ import annotations

from typing import NamedTuple, Protocol

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, Static

from ..explore.library import HitsAt, LibraryEntry, StoryHits
from ..explore.rows import PanelItem, heading
from ..i18n import ENGLISH, N_, Language
from ..layout import LayoutEngine, isolated
from ..layout.renderable import BidiText
from ..widgets.bidi_input import BidiInput
from ..widgets.story_panel import StoryPanel
from .answer_once import AnswerOnce
from .at_app_size import AtTheAppsSize


class LibraryChoice(NamedTuple):
    entry: LibraryEntry
    at: HitsAt | None = None  # the story's search hits, and the one to open it at


class Shelf(Protocol):
    """What the library needs (the app is one): the entries, and a search."""

    def library_entries(self) -> list[LibraryEntry]: ...
    def search_library(self, query: str) -> tuple[list[StoryHits], list[str]]: ...


def story_items(entries: list[LibraryEntry], current: str, language: Language) -> list[PanelItem]:
    _ = language.gettext
    if not entries:
        return [heading("library:none", _("No stories yet: scaletui open FILE adds one"))]
    items = []
    for index, entry in enumerate(entries):
        notes = language.counted("{count} note", "{count} notes", entry.notes)
        where = {"bundled": _("bundled"), "pack": _("story pack"), "file": _("file")}[entry.kind]
        here = "  · " + _("open now") if entry.story_id == current else ""
        items.append(
            PanelItem(
                f"story:{index}", arabic=entry.title,
                lines=((entry.subtitle, ""), (f"  {where} · {notes}{here}", "dim")),
            )
        )  # fmt: skip
    return items


def hit_items(found: list[StoryHits], language: Language) -> list[PanelItem]:
    _ = language.gettext
    if not found:
        return [heading("hits:none", _("No story has it"))]
    items = []
    for story_index, result in enumerate(found):
        count = language.counted("{count} hit", "{count} hits", result.total)
        items.append(PanelItem(f"group:{story_index}", arabic=result.entry.title,
                               lines=((count, "dim"),), heading=True))  # fmt: skip
        for hit_index, hit in enumerate(result.hits):
            items.append(
                PanelItem(
                    f"hit:{story_index}:{hit_index}",
                    context=hit.context,
                    lines=((f"¶ {language.number(hit.span.paragraph + 1)}", "dim"),),
                )  # fmt: skip
            )
    return items


class LibraryScreen(AtTheAppsSize, AnswerOnce, Screen[LibraryChoice | None]):
    AUTO_FOCUS = "#library-list"  # the stories; `/` goes to the search field
    DEFAULT_CSS = """
    LibraryScreen {
        layout: vertical;
    }
    LibraryScreen #library-title, LibraryScreen #library-status {
        height: 1;
        padding: 0 1;
    }
    LibraryScreen #library-status {
        color: $text-muted;
    }
    LibraryScreen BidiInput {
        width: 100%;
    }
    LibraryScreen StoryPanel {
        height: 1fr;
    }
    """

    BINDINGS = [
        Binding("escape", "back", N_("Back"), id="library.back",
                tooltip=N_("Clear the search, else go back to the story")),
        Binding("slash", "search", N_("Search all"), id="library.search",
                tooltip=N_("Search every story in the library")),
    ]  # fmt: skip

    def __init__(
        self, engine: LayoutEngine, shelf: Shelf, current: str = "", language: Language = ENGLISH
    ) -> None:
        super().__init__()
        self.engine = engine
        self.shelf = shelf
        self.current = current  # the story open now
        self.language = language
        self.entries: list[LibraryEntry] = []
        self.found: list[StoryHits] | None = None

    def compose(self) -> ComposeResult:
        _ = self.language.gettext
        title = _("Library") + "   " + _("Enter open  / search all stories  Esc back")
        side = self.language.direction  # right to left: the title at the right edge
        title_text = BidiText(self.engine, title, max_lines=1, direction=side, default=side)
        yield Static(title_text, id="library-title")
        yield BidiInput(self.engine, placeholder=_("Search all stories"), id="library-query",
                        default_direction=side)  # fmt: skip
        yield StoryPanel(self.engine, [], language=self.language, id="library-list")
        yield Static(id="library-status")

    def on_mount(self) -> None:
        self.entries = self.shelf.library_entries()
        self._show_stories()

    @property
    def listing(self) -> StoryPanel:
        return self.query_one("#library-list", StoryPanel)

    def _say(self, text: str) -> None:
        side = self.language.direction
        status = BidiText(self.engine, text, max_lines=1, direction=side, default=side)
        self.query_one("#library-status", Static).update(status)

    def _show_stories(self) -> None:
        self.found = None
        self.listing.set_items(story_items(self.entries, self.current, self.language))
        self._say(self.language.counted("{count} story", "{count} stories", len(self.entries)))
        self.listing.focus()

    def action_search(self) -> None:
        self.query_one(BidiInput).focus()

    def action_back(self) -> None:
        field = self.query_one(BidiInput)
        if self.found is not None or field.value:
            field.value = ""
            self._show_stories()
        else:
            self.dismiss(None)

    @on(Input.Submitted, "#library-query")
    def _submitted(self, message: Input.Submitted) -> None:
        query = message.value.strip()
        if not query:
            self._show_stories()
            return
        self._say(self.language.gettext("Searching…"))
        self._search(query)

    @work(thread=True, exclusive=True, group="library-search")
    def _search(self, query: str) -> None:
        found, problems = self.shelf.search_library(query)
        self.app.call_from_thread(self._show_hits, query, found, problems)

    def _show_hits(self, query: str, found: list[StoryHits], problems: list[str]) -> None:
        self.found = found
        self.listing.set_items(hit_items(found, self.language))
        total = sum(result.total for result in found)
        number = self.language.number
        text = self.language.counted(
            "“{query}”: {count} hit in {stories} of {all} stories",
            "“{query}”: {count} hits in {stories} of {all} stories",
            total,
            query=isolated(query),
            stories=number(len(found)),
            all=number(len(self.entries)),
        )
        if problems:
            text += "  · " + "; ".join(problems)
        self._say(text)
        self.listing.focus()

    @on(StoryPanel.ItemSelected, "#library-list")
    def _chosen(self, message: StoryPanel.ItemSelected) -> None:
        kind, _, rest = message.item_id.partition(":")
        if kind == "story" and rest.isdigit():
            self.dismiss(LibraryChoice(self.entries[int(rest)]))
        elif kind == "hit" and self.found is not None:
            story_index, hit_index = (int(n) for n in rest.split(":"))
            result = self.found[story_index]
            self.dismiss(LibraryChoice(result.entry, result.at(hit_index)))
