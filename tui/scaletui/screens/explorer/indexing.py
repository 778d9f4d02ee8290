"""The explorer's search index, and a book read while it is shown.

A mixin of ExplorerScreen. After the first frame, what is left to do (the rest
of a streamed book: reading it, folding it for search, drafting its items) runs
on the event loop in slices of a few milliseconds, each followed by a short
pause in which Textual handles whatever is waiting (keys, resizes, paints). A
thread would not do: a pure-Python loop in a thread holds the GIL, and each of
the many times the event loop gives it up while handling a key (select, a
write to the terminal) it waits up to the switch interval (5 ms) to get it back,
so a key press took seconds. The status line shows the progress. A search or
the End key that comes before the end waits for it, and says so.
"""

from __future__ import annotations

import asyncio
import gc
from functools import cached_property
from time import perf_counter
from typing import TYPE_CHECKING

from textual.screen import Screen

from ...explore.marks import Marks
from ...i18n import say
from ...layout import isolated
from ...story.paragraphs import texts_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from textual.worker import WorkType

    from ...explore.rows import PanelItem
    from ...i18n import Language
    from ...layout import LayoutEngine
    from ...notes.flow import NotesFlow
    from ...search import StoryIndex
    from ...story import Story
    from ...story.stream import StreamedDocument
    from ...widgets.article_view import ArticleView
    from ...widgets.search_bar import SearchBar
    from ...widgets.status_line import StatusLine
    from ...widgets.story_panel import StoryPanel

SLICE_SECONDS = 0.006  # work between two looks at the keyboard
PAUSE_SECONDS = 0.002  # then the event loop runs what waits (a key's handlers, a paint)
SHOW_EVERY = 0.25  # seconds between two updates of the article's length and the progress
INDEX_DELAY = 0.5  # a story pack's index: folded once the first screen has settled


class IndexRoutes(Screen[None]):
    """Needs from the screen: the story, the stream (None for a pack), the notes
    flow, the article, the status line, marks, panels and focus."""

    story: Story
    stream: StreamedDocument | None
    notes: NotesFlow
    marks: Marks | None
    engine: LayoutEngine
    language: Language
    paragraph_summary: str
    _items: dict[str, list[PanelItem]]
    _panels: dict[str, StoryPanel]

    if TYPE_CHECKING:

        @property
        def article(self) -> ArticleView: ...
        @property
        def status(self) -> StatusLine: ...
        def panel_items(self, name: str) -> list[PanelItem]: ...
        def focus_region(self, name: str) -> None: ...
        def refresh_notes(self) -> None: ...

    _pending_search = ""
    _background_started = False
    _background_done = False

    @property
    def indexing(self) -> bool:
        """The book is still being read, folded or drafted, or what ends that (its
        items shown, a waiting search run) has not run yet."""
        if self._background_started and not self._background_done:
            return True
        return self.stream is not None and not self.stream.complete or not self.index.caught_up

    @cached_property
    def index(self) -> StoryIndex:
        from ...search import StoryIndex

        return StoryIndex(texts_of(self.story.paragraphs), self.story.entities.values())

    def start_background(self) -> None:
        """Called once the first screen is up."""
        if not self._background_started:
            self._background_started = True
            # The coroutine function, not a coroutine: a screen closed before the worker
            # starts leaves no coroutine that was never awaited.
            work: WorkType[None] = self._in_slices
            self.run_worker(work, name="background-index", group="index")

    def _steps(self) -> Iterator[None]:
        stream = self.stream
        if stream is not None:
            yield from stream.read_steps()
            self._show_arrivals()
        while not self.index.fold_more():
            yield
        if stream is not None and not stream.complete:
            yield from stream.draft_steps()

    async def _in_slices(self) -> None:
        steps = self._steps()
        shown = perf_counter()
        finished = False
        while True:
            if not self.query("#article"):
                # The app is closing: Textual removes the screen's widgets before it
                # cancels the screen's workers, and the work goes with them.
                return
            if finished:
                break
            deadline = perf_counter() + SLICE_SECONDS
            while perf_counter() < deadline:
                if next(steps, StopIteration) is StopIteration:
                    finished = True
                    break
            if perf_counter() - shown > SHOW_EVERY:
                shown = perf_counter()
                self._show_arrivals()
                self._show_progress()
            await asyncio.sleep(PAUSE_SECONDS)
        self._loaded()

    def _show_arrivals(self) -> None:
        if len(self.index.paragraphs) < len(self.article.paragraphs):  # (a buffer's are there)
            self.index.extend(
                [p.text for p in self.article.paragraphs[len(self.index.paragraphs) :]]
            )
        self.article.paragraphs_added()

    def _show_progress(self) -> None:
        if self.marks is not None:
            return
        folded = self.index.folded_count / max(1, len(self.index.paragraphs))
        stream = self.stream
        if stream is None:
            done = folded
        else:  # reading and splitting, folding, drafting: about 2:1:3 of the time
            folded = folded if stream.read_done else 0.0
            done = (2 * stream.read_fraction + folded + 3 * stream.draft_fraction) / 6
        _ = self.language.gettext
        text = _("Indexing the document: {percent}").format(
            percent=self.language.digits_of(f"{done:.0%}")
        )
        if self.article.end_wanted:
            text += _("; End goes to its end when done")
        if self._pending_search:
            text += _("; then searching “{query}”").format(query=self._pending_search)
        self.status.show((text, "dim"))

    def _loaded(self) -> None:
        stream = self.stream
        self._show_arrivals()
        self.index.fold_all()
        if stream is not None:
            self._adopt(stream.story)
            self.article.more_coming = False
            if stream.problem:
                from ...widgets.chrome import notify

                problem = say(stream.problem, self.language, isolate_paths=True)
                said = self.language.gettext("{problem}; showing what was read before it")
                notify(self, self.engine, said.format(problem=problem), severity="error",
                       timeout=20)  # fmt: skip
            self.refresh_notes()  # held back until every paragraph is there to anchor to
        if self.article.end_wanted:
            self.article.action_cursor_end()
        if self._pending_search:
            query, self._pending_search = self._pending_search, ""
            self.run_search(query)
        elif self.marks is None:
            self.status.show((self.paragraph_summary, "dim"))
        # The whole book is in: its paragraphs, index and drafted items live as long as
        # the screen. Frozen, the collector stops walking them on its passes (a resize
        # of a 5 MB book cost a sixth more without). Opening another story unfreezes.
        gc.freeze()
        self._background_done = True

    def _adopt(self, story: Story) -> None:
        """The whole book, with its drafted items, in place of its first part."""
        self.story = story
        self.notes.story = story
        self.app.story = story  # type: ignore[attr-defined]
        self.index.set_entities(story.entities.values())
        self.__dict__.pop("paragraph_support", None)  # found again, with the items
        self._items = {"notes": self._items.get("notes", [])}
        for name, panel in self._panels.items():
            if name != "notes":
                panel.set_items(self.panel_items(name))

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
            from ...widgets.key_bar import KeyBar
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
        if self.indexing:  # every hit, or none: the search waits for the whole index
            self._pending_search = query
            self._show_progress()
            return
        self.run_search(query)

    def run_search(self, query: str) -> None:
        result = self.index.search(query)
        label = f"“{isolated(query)}”"
        if result.entities:
            names = (e.name_ar if self.language.rtl else e.name_en for e in result.entities)
            label += " (" + self.language.gettext(", ").join(names) + ")"
        self.marks = Marks(label, tuple(result.hits), kind="hits")

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        self.focus_region("article")
