"""The explorer's search index, and a book read while it is shown.

After the first frame, what is left to do (the rest of a streamed book: reading
it, folding it for search, drafting its items) runs on the event loop in slices
of a few milliseconds, each followed by a short pause in which Textual handles
whatever is waiting (keys, resizes, paints). A thread would not do: a
pure-Python loop in a thread holds the GIL, and each of the many times the event
loop gives it up while handling a key (select, a write to the terminal) it waits
up to the switch interval (5 ms) to get it back, so a key press took seconds.
The status line shows the progress. A search or the End key that comes before
the end waits for it, and says so.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Generator
from functools import cached_property
from time import perf_counter
from typing import TYPE_CHECKING, Protocol

from ...explore.marks import Marks
from ...explore.support import named_items
from ...i18n import N_, Language, say
from ...layout import isolated
from ...story import Story
from ...story.paragraphs import texts_of
from .highlights import Highlights
from .host import ExplorerHost
from .note_taking import NoteTaking
from .sidebar import Sidebar

if TYPE_CHECKING:
    from textual.worker import WorkType

    from ...notes.flow import NotesFlow, Notice
    from ...search import StoryIndex
    from ...story.stream import StreamedDocument

SLICE_SECONDS = 0.006  # work between two looks at the keyboard
PAUSE_SECONDS = 0.002  # then the event loop runs what waits (a key's handlers, a paint)
SHOW_EVERY = 0.25  # seconds between two updates of the article's length and the progress
INDEX_DELAY = 0.5  # a story pack's index: folded once the first screen has settled
# Steps between two freezes of what the work has made so far (see `run`): a few hundred
# milliseconds of work, a few thousand objects for the collector's next pass at most.
FREEZE_STEPS = 100
MATCHERS_PER_STEP = 10  # entities' forms compiled per step (about a millisecond)


class IndexerHost(ExplorerHost, Protocol):
    """What the indexer needs of its screen."""

    @property
    def stream(self) -> StreamedDocument | None:
        """A book still being read (None: a story pack, whole from the start)."""

    @property
    def closing(self) -> bool:
        """The screen's widgets are gone (the app is closing): stop."""

    @property
    def notes(self) -> NotesFlow: ...
    @property
    def note_taking(self) -> NoteTaking:
        """Anchors and shows the notes (held back until the whole book is there)."""

    @property
    def highlights(self) -> Highlights: ...
    @property
    def sidebar(self) -> Sidebar: ...

    def tell(self, notice: Notice | None) -> None: ...
    def run_worker(self, work: WorkType[None], *, name: str, group: str) -> object: ...


def progress_fraction(folded: int, paragraphs: int, stream: StreamedDocument | None) -> float:
    """How much of the background work is done, from 0 to 1.

    Args:
        folded: Paragraphs folded for search so far.
        paragraphs: Paragraphs known so far.
        stream: The book being read, if any: reading and splitting it, folding and
            drafting take about 2:1:3 of the time.

    Returns:
        The fraction done.
    """
    done = folded / max(1, paragraphs)
    if stream is None:
        return done
    done = done if stream.read_done else 0.0
    return (2 * stream.read_fraction + done + 3 * stream.draft_fraction) / 6


def progress_text(language: Language, done: float, end_wanted: bool, pending: str) -> str:
    """The status line while indexing: how far, and what waits for the end.

    Args:
        language: The interface's.
        done: The fraction done (see `progress_fraction`).
        end_wanted: The reader pressed End (it goes to the end once there is one).
        pending: A search asked for before the index was whole ("" if none).

    Returns:
        The line, in `language`.
    """
    _ = language.gettext
    text = _("Indexing the document: {percent}").format(percent=language.digits_of(f"{done:.0%}"))
    if end_wanted:
        text += _("; End goes to its end when done")
    if pending:
        text += _("; then searching “{query}”").format(query=pending)
    return text


class Indexer:
    """The story's search index, built after the first frame, and the searches on it."""

    def __init__(self, host: IndexerHost) -> None:
        self._host = host
        self.pending_search = ""  # asked for before the index was whole
        self._started = False
        self.finished = False  # the step that ends the work has run

    @cached_property
    def index(self) -> StoryIndex:
        from ...search import StoryIndex

        story = self._host.story
        return StoryIndex(texts_of(story.paragraphs), story.entities.values())

    @property
    def busy(self) -> bool:
        """The book is still being read, folded or drafted, or what ends that (its
        items shown, a waiting search run) has not run yet."""
        if self._started and not self.finished:
            return True
        stream = self._host.stream
        return stream is not None and not stream.complete or not self.index.caught_up

    # -- the work, in slices ---------------------------------------------------------

    def start(self) -> None:
        """Start the work (once), in the screen's worker."""
        if not self._started:
            self._started = True
            # The coroutine function, not a coroutine: a screen closed before the worker
            # starts leaves no coroutine that was never awaited.
            self._host.run_worker(self.run, name="background-index", group="index")

    def steps(self) -> Generator[float | None, None, None]:
        """The work left, one small step per item; a number of seconds where nothing is
        to be done before then (a child process drafts the book: story/child_draft/)."""
        stream = self._host.stream
        if stream is not None:
            yield from stream.read_steps()
            self._show_arrivals()
        while not self.index.fold_more():
            yield None
        if stream is not None and not stream.complete:
            yield from stream.draft_steps()
            # What the first cursor move after the end looks for in its paragraph: each
            # key figure's and competitor's forms, compiled here a few per step.
            for count, (_, entity, _) in enumerate(named_items(stream.story)):
                self.index.prepare(entity)
                if count % MATCHERS_PER_STEP == MATCHERS_PER_STEP - 1:
                    yield None

    async def run(self) -> None:
        """Do the work in slices, then finish (unless the screen closes first).

        What the work makes (the book's items, the name model's features, the article's
        layouts) is frozen out of the collector's reach every FREEZE_STEPS steps: each
        full pass of the collector walked all of it, and at 5 MB one took 100 ms, in a
        slice or in a key's handling alike. A pass over what is not frozen yet (what was
        made since the last freeze, not the whole book) comes first, so that the garbage
        among it (the screen's rows drawn meanwhile hold cycles) is not frozen with it:
        with a pass over the young objects only, a 20 MB book's peak grew with every key
        (110 to 155 MB over 2,400 keys)."""
        steps = self.steps()
        try:
            if await self._slices(steps):
                self._finish()
        finally:
            steps.close()  # closed or cancelled: a child drafting the book is stopped

    async def _slices(self, steps: Generator[float | None, None, None]) -> bool:
        """Run the steps in slices; False if the screen closed first."""
        shown = perf_counter()
        finished = False
        done = 0
        while True:
            if self._host.closing:
                # Textual removes the screen's widgets before it cancels the screen's
                # workers, and the work goes with them.
                return False
            if finished:
                return True
            deadline = perf_counter() + SLICE_SECONDS
            pause = PAUSE_SECONDS
            while perf_counter() < deadline:
                step = next(steps, StopIteration)
                if step is StopIteration:
                    finished = True
                    break
                done += 1
                if done % FREEZE_STEPS == 0:
                    gc.collect()  # (of what is not frozen: what was made since the last)
                    gc.freeze()
                if isinstance(step, float):  # nothing to do before then: the loop's
                    pause = step
                    break
            if perf_counter() - shown > SHOW_EVERY:
                shown = perf_counter()
                self._show_arrivals()
                self.show_progress()
            await asyncio.sleep(pause)

    def _show_arrivals(self) -> None:
        reader = self._host.reader
        if len(self.index.paragraphs) < len(reader.paragraphs):  # (a buffer's are there)
            self.index.extend([p.text for p in reader.paragraphs[len(self.index.paragraphs) :]])
        reader.paragraphs_added()

    def show_progress(self) -> None:
        """Say how far the work is (unless marks speak on the status line)."""
        host = self._host
        if host.marks is not None:
            return
        index = self.index
        done = progress_fraction(index.folded_count, len(index.paragraphs), host.stream)
        text = progress_text(host.language, done, host.reader.end_wanted, self.pending_search)
        host.status.show((text, "dim"))

    def _finish(self) -> None:
        host = self._host
        stream = host.stream
        self._show_arrivals()
        self.index.fold_all()
        if stream is not None:
            self._adopt(stream.story)
            host.reader.more_coming = False
            # A file cut short (what was read is shown), or a fault of the drafter's (the
            # text is shown without its items).
            problem, shown = (
                (stream.problem, N_("{problem}; showing what was read before it"))
                if stream.problem
                else (stream.draft_problem, N_("{problem}; showing the text without them"))
            )
            if problem:
                from ...notes.flow import Notice

                language = host.language
                said = language.gettext(shown).format(
                    problem=say(problem, language, isolate_paths=True)
                )
                host.tell(Notice(said, "error", 20))
            host.note_taking.refresh()
        if host.reader.end_wanted:
            host.reader.action_cursor_end()
        if self.pending_search:
            query, self.pending_search = self.pending_search, ""
            host.marks = self.search(query)
        else:
            host.highlights.show_summary()
        # The whole book is in: its paragraphs, index and drafted items live as long as
        # the screen. Frozen, the collector stops walking them on its passes (a resize
        # of a 5 MB book cost a sixth more without). Opening another story unfreezes.
        gc.freeze()
        self.finished = True

    def _adopt(self, story: Story) -> None:
        """The whole book, with its drafted items, in place of its first part."""
        host = self._host
        host.story = story
        host.notes.story = story
        self.index.set_entities(story.entities.values())
        host.highlights.story_changed()  # their support found again, with the items
        host.sidebar.story_changed()

    # -- search -------------------------------------------------------------------------

    def submit(self, query: str) -> None:
        """A search from the bar: run now, or once the index is whole (said so)."""
        if self.busy:  # every hit, or none: the search waits for the whole index
            self.pending_search = query
            self.show_progress()
            return
        self._host.marks = self.search(query)

    def search(self, query: str) -> Marks:
        """The hits of `query`, labelled with it and the entities it names."""
        language = self._host.language
        result = self.index.search(query)
        label = f"“{isolated(query)}”"
        if result.entities:
            names = (e.name_ar if language.rtl else e.name_en for e in result.entities)
            label += " (" + language.gettext(", ").join(names) + ")"
        return Marks(label, tuple(result.hits), kind="hits")
