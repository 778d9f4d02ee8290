"""The explorer's parts, each alone: no app runs. Each part is given a stand-in for
the screen (its host) that records what the part asked of it; the stand-ins are
cast to the part's host Protocol, which mypy checks the real screen against."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from scaletui.explore.library import HitsAt
from scaletui.explore.marks import Marks
from scaletui.explore.rows import PANELS, PanelItem, panel_items
from scaletui.i18n import ENGLISH, Language, load_language
from scaletui.layout import LayoutEngine
from scaletui.notes import Anchor, NoteStore
from scaletui.notes.anchoring import paragraph_anchor
from scaletui.notes.flow import NotesFlow, Notice
from scaletui.notes.model import NoteDraft
from scaletui.notes.positions import PositionMemory
from scaletui.screens.detail import ItemDetailScreen
from scaletui.screens.dialogs import ConfirmScreen, NoteEditor
from scaletui.screens.explorer import sidebar as sidebar_module
from scaletui.screens.explorer.citing import Citing, CitingHost
from scaletui.screens.explorer.details import Details, DetailsHost
from scaletui.screens.explorer.highlights import Highlights, HighlightsHost
from scaletui.screens.explorer.indexing import (
    FREEZE_STEPS,
    MATCHERS_PER_STEP,
    Indexer,
    IndexerHost,
    progress_fraction,
    progress_text,
)
from scaletui.screens.explorer.navigation import SAVE_DELAY, Navigation, NavigationHost
from scaletui.screens.explorer.note_taking import NoteTaking, NoteTakingHost
from scaletui.screens.explorer.regions import REGIONS, Regions, RegionsHost
from scaletui.screens.explorer.searching import Searching, SearchingHost
from scaletui.screens.explorer.sidebar import Sidebar, SidebarHost
from scaletui.screens.toc import TocScreen
from scaletui.story import Span, Story
from scaletui.story.items import ItemRef
from scaletui.widgets.notes_panel import NotesPanel
from scaletui.widgets.story_panel import StoryPanel

# -- stand-ins for the widgets and the app -----------------------------------------------


class Status:
    def __init__(self) -> None:
        self.shown: list[tuple[tuple[str, str], ...]] = []
        self.cut = False
        self.parts: tuple[Any, ...] = ()

    def show(self, *parts: tuple[str, str]) -> None:
        self.shown.append(parts)

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.shown[-1]) if self.shown else ""


class Reader:
    def __init__(self, story: Story) -> None:
        self.paragraphs = list(story.paragraphs)
        self.place = (0, 0)
        self.cursor_paragraph = 0
        self.went: list[tuple[int, int]] = []
        self.revealed: list[Span] = []
        self.noted: set[int] = set()
        self.noted_spans: list[Span] = []
        self.selected_spans: list[Span] = []  # the words selected (none here)
        self.end_wanted = False
        self.more_coming = False
        self.ended = False
        self.added = 0
        self.highlighted: tuple[list[Span], Span | None] = ([], None)
        self.has_focus = False

    def go_to(self, place: tuple[int, int]) -> None:
        self.went.append(place)
        self.place = place

    def reveal(self, span: Span) -> None:
        self.revealed.append(span)

    def mark_noted(self, paragraphs: set[int]) -> None:
        self.noted = paragraphs

    def mark_noted_spans(self, spans: Sequence[Span]) -> None:
        self.noted_spans = list(spans)

    def clear_selection(self) -> None:
        self.selected_spans = []

    def highlight(self, spans: list[Span], current: Span | None = None) -> None:
        self.highlighted = (spans, current)

    def focus(self) -> None:
        self.has_focus = True

    def paragraphs_added(self) -> None:
        self.added += 1

    def action_cursor_end(self) -> None:
        self.ended = True


class App:
    """Records the screens pushed, with what is called when each is dismissed."""

    def __init__(self) -> None:
        self.pushed: list[tuple[Any, Callable[[Any], None] | None]] = []

    @property
    def screen_stack(self) -> list[Any]:
        return [screen for screen, _ in self.pushed]

    def push_screen(self, screen: Any, callback: Callable[[Any], None] | None = None) -> None:
        self.pushed.append((screen, callback))

    def answer(self, value: object) -> None:
        """Dismiss the last screen pushed with `value`."""
        _, callback = self.pushed.pop()
        assert callback is not None
        callback(value)


class Timer:
    def __init__(self) -> None:
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True


class Calls:
    """A stand-in for another part: records each call made to it, by name."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __getattr__(self, name: str) -> Callable[..., None]:
        def record(*args: Any) -> None:
            self.calls.append((name, args))

        return record

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


class Host:
    """The screen, as far as its parts see it."""

    def __init__(self, story: Story, language: Any = ENGLISH) -> None:
        self.story = story
        self.stream: Any = None
        self.engine = LayoutEngine()
        self.language = language
        self.marks: Marks | None = None
        self.active_panel = PANELS[0]
        self.reader = Reader(story)
        self.status = Status()
        self.app = App()
        self.closing = False
        self.region = "article"
        self.focused: list[str] = []
        self.opened: list[ItemRef] = []
        self.told: list[Notice] = []
        self.timers: list[tuple[float, Callable[[], None], Timer]] = []
        self.mounted: list[Any] = []
        self.shown_item: ItemRef | None = None
        self.panels: dict[str, StoryPanel] = {}
        self.notes: Any = SimpleNamespace(story=story)
        self.sidebar: Any = Calls()
        self.highlights: Any = Calls()
        self.note_taking: Any = Calls()
        self.workers: list[tuple[Any, str, str]] = []

    def focus_region(self, name: str) -> None:
        self.focused.append(name)

    def current_region(self) -> str:
        return self.region

    def panel(self, name: str) -> StoryPanel:
        if name not in self.panels:
            self.panels[name] = StoryPanel(self.engine, panel_items(self.story, name), id=name)
        return self.panels[name]

    def open_item(self, ref: ItemRef, from_panel: bool = False) -> None:
        self.opened.append(ref)

    def tell(self, notice: Notice | None) -> None:
        if notice is not None:
            self.told.append(notice)

    def set_timer(self, delay: float, callback: Callable[[], None]) -> Timer:
        timer = Timer()
        self.timers.append((delay, callback, timer))
        return timer

    def mount(self, *widgets: Any, before: Any = None, after: Any = None) -> None:
        self.mounted.extend(widgets)

    def run_worker(self, work: Any, *, name: str, group: str) -> None:
        self.workers.append((work, name, group))


class Places:
    def __init__(self, memory: PositionMemory | None) -> None:
        self.memory = memory
        self.libraries = 0

    def positions(self) -> PositionMemory | None:
        return self.memory

    def open_library(self) -> None:
        self.libraries += 1


@pytest.fixture
def host(story: Story) -> Host:
    return Host(story)


# -- navigation ---------------------------------------------------------------------------


def test_back_and_forward_go_over_jumps_and_say_when_there_is_nowhere_to_go(
    host: Host,
) -> None:
    navigation = Navigation(cast(NavigationHost, host), Places(None))
    navigation.back()
    assert host.reader.went == [] and "Nowhere to go back to" in host.status.text
    navigation.jumped((1, 0), (7, 3))
    host.reader.place = (7, 3)
    navigation.back()
    assert host.reader.went == [(1, 0)] and host.focused == ["article"]
    navigation.forward()
    assert host.reader.went == [(1, 0), (7, 3)]
    navigation.forward()
    assert "Nowhere to go forward to" in host.status.text and len(host.reader.went) == 2


def test_the_place_opens_at_a_library_hit_once_else_where_it_was_read(
    host: Host, tmp_path: Path
) -> None:
    memory = PositionMemory(tmp_path)
    memory.remember(host.story.id, (5, 2))
    hits = (Span(1, 0, 4), Span(3, 4, 9), Span(6, 2, 5))
    start = HitsAt("wang", hits, 1)  # every hit in the story, the second one chosen
    navigation = Navigation(cast(NavigationHost, host), Places(memory), start_at=start)
    navigation.restore_place()
    marks = host.marks
    assert marks is not None and marks.spans == hits and marks.kind == "hits"
    assert marks.current == Span(3, 4, 9) and "wang" in marks.label
    assert marks.step(1).current == Span(6, 2, 5)  # n goes on to the story's next hit
    assert host.reader.went == [] and navigation.start_at is None  # the hits, used once
    navigation.restore_place()
    assert host.reader.went == [(5, 2)]


def test_the_start_of_a_story_is_not_a_place_to_go_back_to(host: Host, tmp_path: Path) -> None:
    memory = PositionMemory(tmp_path)
    memory.remember(host.story.id, (0, 0))
    Navigation(cast(NavigationHost, host), Places(memory)).restore_place()
    Navigation(cast(NavigationHost, host), Places(None)).restore_place()  # nowhere kept
    assert host.reader.went == [] and host.marks is None


def test_the_place_is_kept_once_the_cursor_settles_and_not_once_the_screen_is_gone(
    host: Host, tmp_path: Path
) -> None:
    navigation = Navigation(cast(NavigationHost, host), Places(PositionMemory(tmp_path)))
    navigation.place_changed()
    navigation.place_changed()  # the cursor moved on: the first wait is called off
    (delay, _, first), (_, keep, second) = host.timers
    assert delay == SAVE_DELAY and first.stopped and not second.stopped
    host.reader.place = (4, 1)
    keep()
    assert PositionMemory(tmp_path).get(host.story.id) == (4, 1)
    host.reader.place, host.closing = (9, 0), True
    navigation.keep_place()
    assert PositionMemory(tmp_path).get(host.story.id) == (4, 1)


def test_the_contents_jump_to_the_chosen_heading_and_the_library_is_the_apps(
    host: Host,
) -> None:
    places = Places(None)
    navigation = Navigation(cast(NavigationHost, host), places)
    navigation.contents()
    assert isinstance(host.app.pushed[-1][0], TocScreen)
    host.app.answer(None)  # Esc: nowhere
    assert host.reader.revealed == []
    navigation.contents()
    host.app.answer(2)
    assert host.reader.revealed == [Span(2, 0, 0)] and host.focused == ["article"]
    navigation.library()
    assert places.libraries == 1


# -- the index and search -----------------------------------------------------------------


class Stream:
    def __init__(self, story: Story) -> None:
        self.read_done = False
        self.read_fraction = 0.5
        self.draft_fraction = 0.0
        self.complete = False
        self.story = story
        self.problem: str = ""
        self.draft_problem: str = ""
        self.steps: list[str] = []

    def read_steps(self) -> Iterator[None]:
        self.steps.append("read")
        self.read_done, self.read_fraction = True, 1.0
        yield

    def draft_steps(self) -> Iterator[None]:
        self.steps.append("draft")
        self.complete, self.draft_fraction = True, 1.0
        yield


def test_progress_weighs_reading_folding_and_drafting_as_they_take_time(story: Story) -> None:
    assert progress_fraction(3, 4, None) == 0.75
    assert progress_fraction(0, 0, None) == 0.0
    stream = Stream(story)
    assert progress_fraction(4, 4, cast(Any, stream)) == pytest.approx(1 / 6)  # folds not counted
    stream.read_done, stream.read_fraction, stream.draft_fraction = True, 1.0, 0.5
    assert progress_fraction(2, 4, cast(Any, stream)) == pytest.approx((2 + 0.5 + 1.5) / 6)


def test_progress_says_what_waits_for_the_end() -> None:
    assert progress_text(ENGLISH, 0.42, False, "") == "Indexing the document: 42%"
    said = progress_text(ENGLISH, 0.5, True, "وانغ")
    assert "End goes to its end when done" in said and "then searching “وانغ”" in said
    arabic = progress_text(load_language("ar"), 0.42, False, "")
    assert "٤٢" in arabic and "42" not in arabic


def test_a_search_labels_its_hits_with_the_query_and_the_entities_it_names(
    host: Host,
) -> None:
    entity = next(e for e in host.story.entities.values() if e.name_en and e.surface_forms)
    indexer = Indexer(cast(IndexerHost, host))
    marks = indexer.search(entity.name_en)
    assert marks.kind == "hits" and marks.spans
    assert entity.name_en in marks.label
    assert indexer.search("zzzz-nothing").spans == ()


def test_a_search_before_the_index_is_whole_waits_and_says_so(host: Host) -> None:
    indexer = Indexer(cast(IndexerHost, host))
    host.stream = Stream(host.story)  # a book still being read
    indexer.submit("وانغ")
    assert host.marks is None and indexer.pending_search == "وانغ"
    assert "then searching “وانغ”" in host.status.text
    host.stream = None
    indexer.index.fold_all()
    indexer.submit("وانغ")
    assert host.marks is not None and host.marks.spans


def test_the_work_reads_then_folds_then_drafts_and_finishes_what_waited(
    host: Host, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gc, "freeze", lambda: None)
    stream = Stream(host.story)
    host.stream = stream
    host.reader.end_wanted = True
    indexer = Indexer(cast(IndexerHost, host))
    indexer.pending_search = "وانغ"
    assert indexer.busy
    asyncio.run(indexer.run())
    assert stream.steps == ["read", "draft"] and indexer.index.caught_up and not indexer.busy
    # The whole book is adopted: by the screen, the notes, the highlights and the panels.
    assert host.story is stream.story and host.notes.story is stream.story
    assert host.highlights.names == ["story_changed"] and host.sidebar.names == ["story_changed"]
    assert host.note_taking.names == ["refresh"]  # anchored now that all of it is there
    assert host.reader.ended and not host.reader.more_coming and host.reader.added >= 1
    assert host.marks is not None and host.marks.spans and indexer.pending_search == ""
    assert host.told == []


def test_the_key_figures_forms_are_compiled_in_steps_not_at_the_first_move_after(
    host: Host, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 500,000-line book's first cursor move after indexing compiled its 1,728 people's
    # forms at once (0.6 s); the work compiles them now, a few per step.
    import scaletui.search.index as index_module
    from scaletui.explore.support import ParagraphSupport, named_items

    monkeypatch.setattr(gc, "freeze", lambda: None)
    compiled: list[str] = []
    compile_readings = index_module.compile_readings

    def counted(forms: Any) -> Any:
        compiled.append("compile")
        return compile_readings(forms)

    monkeypatch.setattr(index_module, "compile_readings", counted)
    host.stream = Stream(host.story)
    indexer = Indexer(cast(IndexerHost, host))
    steps = list(indexer.steps())
    named = len(named_items(host.story))
    assert named > MATCHERS_PER_STEP and len(compiled) == named
    assert len(steps) >= named // MATCHERS_PER_STEP  # (a few per step)
    compiled.clear()
    indexer.index.set_entities(host.story.entities.values())  # as the end adopts the book
    support = ParagraphSupport(host.story, indexer.index.mentions_in)
    assert support.of(0) is not None and compiled == []


def test_what_the_work_makes_is_frozen_every_few_steps_not_only_at_its_end(
    host: Host, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The collector's full passes walked everything drafted so far: a 5 MB book's took
    # 100 ms, in a slice or a key's handling. Frozen as it goes, a pass walks little.
    made: list[str] = []
    monkeypatch.setattr(gc, "freeze", lambda: made.append("freeze"))
    monkeypatch.setattr(gc, "collect", lambda generation=2: made.append(f"collect {generation}"))

    class Drafting(Stream):
        def draft_steps(self) -> Iterator[None]:
            for _ in range(10 * FREEZE_STEPS):
                made.append("step")
                yield
            self.complete, self.draft_fraction = True, 1.0

    host.stream = Drafting(host.story)
    asyncio.run(Indexer(cast(IndexerHost, host)).run())
    first, last = made.index("step"), len(made) - made[::-1].index("step")
    assert made[first:last].count("freeze") >= 9 and made[-1] == "freeze"  # (and at the end)
    # What is not frozen yet is collected first (cheap), so its garbage is not frozen.
    freezes = [at for at, what in enumerate(made) if what == "freeze"][:-1]
    assert all(made[at - 1] == "collect 2" for at in freezes)
    steps = [made[a:b].count("step") for a, b in zip([0, *freezes], [*freezes, last], strict=True)]
    assert max(steps) <= FREEZE_STEPS


@pytest.mark.parametrize(
    ("field", "problem", "said"),
    [
        ("problem", "the disk went away", "the disk went away; showing what was read before it"),
        ("draft_problem", "book.txt: its items could not be drafted (IndexError)",
         "could not be drafted (IndexError); showing the text without them"),
    ],
)  # fmt: skip
def test_a_book_cut_short_or_left_undrafted_is_said_and_a_pack_ends_at_rest(
    host: Host, monkeypatch: pytest.MonkeyPatch, field: str, problem: str, said: str
) -> None:
    monkeypatch.setattr(gc, "freeze", lambda: None)
    stream = Stream(host.story)
    setattr(stream, field, problem)
    host.stream = stream
    asyncio.run(Indexer(cast(IndexerHost, host)).run())
    [told] = host.told
    assert told.severity == "error" and told.text.endswith(said)
    pack = Host(host.story)
    asyncio.run(Indexer(cast(IndexerHost, pack)).run())
    assert pack.highlights.names == ["show_summary"]  # the status line at rest
    assert pack.sidebar.calls == [] and pack.note_taking.calls == []


def test_the_work_starts_once_in_the_screens_worker(host: Host) -> None:
    indexer = Indexer(cast(IndexerHost, host))
    indexer.start()
    indexer.start()
    [(work, name, group)] = host.workers
    assert work == indexer.run and (name, group) == ("background-index", "index")


def test_the_work_stops_unfinished_when_the_screen_closes(host: Host) -> None:
    host.closing = True
    host.stream = Stream(host.story)
    indexer = Indexer(cast(IndexerHost, host))
    asyncio.run(indexer.run())
    assert indexer.busy and host.sidebar.calls == [] and host.stream.steps == []


# -- highlights -------------------------------------------------------------------------------


class HighlightHost(Host):
    def __init__(self, story: Story) -> None:
        super().__init__(story)
        self.index = Indexer(cast(IndexerHost, self)).index
        self.sidebar = Sidebar(cast(SidebarHost, self))


def a_person(story: Story) -> ItemRef:
    """A key figure whose entity the article mentions."""
    for item in panel_items(story, "people"):
        ref = ItemRef.parse(item.item_id)
        if ref is not None and ref.names_entity and ref.key in story.entities:
            return ref
    raise AssertionError("no person with an entity")


def test_an_item_opened_highlights_its_mentions_and_is_the_one_shown(story: Story) -> None:
    host = HighlightHost(story)
    highlights = Highlights(cast(HighlightsHost, host))
    ref = a_person(story)
    highlights.open_item(ref)
    marks = host.marks
    assert marks is not None and marks.kind == "mentions" and marks.spans
    assert highlights.shown_item == ref
    assert host.sidebar.panel("people").selected_item == str(ref)  # selected in the panels
    highlights.show(marks)
    assert host.reader.highlighted == (list(marks.spans), marks.spans[0])
    assert host.reader.revealed == [marks.spans[0]] and "mention" in host.status.text
    highlights.step(1)  # still the item's marks
    assert host.marks is not None and host.marks.position == 1 % len(marks.spans)
    assert highlights.shown_item == ref
    host.marks = Marks("“x”", (), kind="hits")  # a search since: it speaks of no item
    assert highlights.shown_item is None


def test_stepping_with_nothing_marked_says_so(story: Story) -> None:
    host = HighlightHost(story)
    Highlights(cast(HighlightsHost, host)).step(1)
    assert host.marks is None and host.status.text


def test_at_rest_the_status_line_says_what_the_cursors_paragraph_supports(story: Story) -> None:
    host = HighlightHost(story)
    highlights = Highlights(cast(HighlightsHost, host))
    support = highlights.paragraph_support
    paragraph = next(p for p in range(len(story.paragraphs)) if support.of(p))
    highlights.paragraph_changed(paragraph)
    assert host.status.text.startswith("▶") and host.sidebar.supported == support.of(paragraph)
    host.marks = Marks("label", (Span(paragraph, 0, 1),))
    shown = len(host.status.shown)
    highlights.paragraph_changed(paragraph)  # marks speak: the summary waits
    assert len(host.status.shown) == shown
    highlights.show(None)
    assert host.status.text.startswith("▶") and host.reader.highlighted == ([], None)
    highlights.story_changed()
    assert highlights.paragraph_support is not support  # gathered again, with the new items


# -- regions and the search bar ------------------------------------------------------------


class Region:
    def __init__(self, id: str, parent: object = None) -> None:
        self.id, self.parent, self.has_focus = id, parent, False

    def focus(self) -> None:
        self.has_focus = True


class RegionHost(Host):
    def __init__(self, story: Story) -> None:
        super().__init__(story)
        self.focused: Any = None
        self.classes: set[str] = set()
        self.regions = {name: Region(name) for name in REGIONS}

    def panel(self, name: str) -> Any:
        return self.regions[name]

    def set_class(self, add: bool, *class_names: str) -> None:
        (self.classes.update if add else self.classes.difference_update)(class_names)


def test_regions_focus_the_article_or_a_panel_and_cycle_round(story: Story) -> None:
    host = RegionHost(story)
    regions = Regions(cast(RegionsHost, host))
    assert regions.current() == "article"  # nothing focused
    regions.focus("people")
    assert host.active_panel == "people" and "-panels" in host.classes
    assert host.regions["people"].has_focus
    host.focused = host.panel("people")
    assert regions.current() == "people"
    regions.cycle(-1)
    assert host.active_panel == REGIONS[REGIONS.index("people") - 1]
    host.focused = host.panel("timeline")
    regions.cycle(-1)  # from the first panel back to the article
    assert host.reader.has_focus and "-panels" not in host.classes
    host.focused = Region("search-input")
    regions.cycle(1)  # typing a query: Tab is not a way out
    assert host.active_panel == "timeline"


class SearchHost(Host):
    def __init__(self, story: Story) -> None:
        super().__init__(story)
        self.indexer: Any = Calls()


def test_a_query_goes_to_the_indexer_trimmed_and_an_empty_one_nowhere(story: Story) -> None:
    host = SearchHost(story)
    searching = Searching(cast(SearchingHost, host))
    searching.close()  # not opened yet: nothing to close
    searching.submitted("   ")
    assert host.indexer.calls == [] and host.focused == []
    searching.submitted("  وانغ ")
    assert host.indexer.calls == [("submit", ("وانغ",))] and host.focused == ["article"]


# -- the sidebar ----------------------------------------------------------------------------


def test_panels_are_made_when_first_shown_with_the_marks_of_the_others(host: Host) -> None:
    sidebar = Sidebar(cast(SidebarHost, host))
    first = sidebar.new_panel(host.active_panel)
    assert first.has_class("-shown") and host.mounted == []
    supported = {item.item_id for item in panel_items(host.story, "people")[:2]}
    summary = sidebar.mark_supported(supported)
    assert summary.startswith("▶") and "People 2" in summary
    sidebar.mark_noted(frozenset(supported))
    people = sidebar.panel("people")
    assert host.mounted == [people] and not people.has_class("-shown")
    assert sidebar.panel("people") is people  # made once
    sidebar.show("people")
    assert people.has_class("-shown") and not first.has_class("-shown")
    assert set(people.marked) == supported and set(people.noted) == supported
    box = sidebar.new_panel("notes")  # the notes list comes in a box, with its filter
    assert isinstance(box, NotesPanel) and sidebar.panel("notes") is box.notes_list


def test_the_summary_makes_no_panels_rows(host: Host, monkeypatch: pytest.MonkeyPatch) -> None:
    # A book's people panel lists thousands: the status line's count made them all at the
    # first cursor move after indexing (266 ms at 500,000 lines). It counts keys now.
    made: list[str] = []

    def counted(story: Story, name: str, language: Language) -> list[PanelItem]:
        made.append(name)
        return panel_items(story, name, language)

    monkeypatch.setattr(sidebar_module, "panel_items", counted)
    sidebar = Sidebar(cast(SidebarHost, host))
    event = str(ItemRef("event", host.story.events[0].id))
    supported = {event, "person:jack-rae", "competitor:turing"}
    summary = sidebar.mark_supported(supported)
    assert summary == "▶ this paragraph supports: Timeline 1, People 1, Rivals 1"
    assert made == []
    sidebar.panel("people")  # a panel shown makes its own rows, and only those
    sidebar.mark_supported(supported)
    assert made == ["people"]


def test_the_notes_panel_lists_what_it_was_given_before_it_was_made(host: Host) -> None:
    sidebar = Sidebar(cast(SidebarHost, host))
    rows = panel_items(host.story, "timeline")[:2]
    sidebar.show_notes(rows, "Notes 2")
    assert sidebar.items("notes") == rows
    box = sidebar.new_panel("notes")
    assert isinstance(box, NotesPanel)
    assert list(box.notes_list.items) == [row.item_id for row in rows]


def test_a_story_with_more_items_lists_them_again(host: Host, story: Story) -> None:
    host.story = story._replace(people=())  # a book's first part: nothing drafted yet
    sidebar = Sidebar(cast(SidebarHost, host))
    people = sidebar.panel("people")
    assert sidebar.items("people") is sidebar.items("people")  # made once
    assert not any(ItemRef.parse(row) for row in people.items)
    host.story = story
    sidebar.story_changed()
    assert sidebar.items("people") == panel_items(story, "people")
    assert list(people.items) == [row.item_id for row in panel_items(story, "people")]


def test_an_item_is_selected_in_every_panel_that_lists_it(host: Host) -> None:
    sidebar = Sidebar(cast(SidebarHost, host))
    person = next(i for i in panel_items(host.story, "people") if not i.heading)
    sidebar.select(ItemRef.parse(person.item_id) or ItemRef("person", "?"))
    assert sidebar.panel("people").selected_item == person.item_id


# -- the detail view ------------------------------------------------------------------------


class DetailHost(Host):
    def __init__(self, story: Story, notes: NotesFlow) -> None:
        super().__init__(story)
        self.notes = notes
        self.index = Indexer(cast(IndexerHost, self)).index


@pytest.fixture
def flow(story: Story, store: NoteStore) -> NotesFlow:
    return NotesFlow(story, lambda: store)


def test_the_detail_is_the_selected_items_a_notes_item_or_else_the_storys(
    story: Story, flow: NotesFlow, store: NoteStore
) -> None:
    host = DetailHost(story, flow)
    details = Details(cast(DetailsHost, host))
    whole = details.chosen()
    assert whole is not None and whole.title and whole.ref is None  # the story itself
    person = next(i for i in panel_items(story, "people") if not i.heading)
    host.region = "people"
    host.panel("people").select_item(person.item_id)
    chosen = details.chosen()
    assert chosen is not None and str(chosen.ref) == person.item_id
    ref = ItemRef.parse(person.item_id)
    assert ref is not None
    on_item = store.add(story.id, Anchor("item", item=ref), "on the person")
    on_text = store.add(story.id, Anchor("paragraph", paragraph=1, quote="x"), "on a paragraph")
    flow.reload()
    host.region = "notes"
    host.panels["notes"] = StoryPanel(host.engine, [], id="notes")
    host.panels["notes"].set_items(
        [panel_items(story, "people")[0]._replace(item_id=str(ItemRef.note(on_item.id)))]
    )
    host.panels["notes"].select_item(str(ItemRef.note(on_item.id)))
    chosen = details.chosen()
    assert chosen is not None and chosen.ref == ref
    host.panels["notes"].set_items(
        [panel_items(story, "people")[0]._replace(item_id=str(ItemRef.note(on_text.id)))]
    )
    host.panels["notes"].select_item(str(ItemRef.note(on_text.id)))
    details.open()
    assert host.app.pushed == [] and "No detail for this" in host.status.text


def test_from_the_detail_view_the_reader_jumps_to_the_item_or_annotates_it(
    story: Story, flow: NotesFlow
) -> None:
    host = DetailHost(story, flow)
    details = Details(cast(DetailsHost, host))
    person = next(i for i in panel_items(story, "people") if not i.heading)
    ref = ItemRef.parse(person.item_id)
    detail = details.detail_for(ref)
    assert detail is not None and detail.ref == ref
    details.show(detail)
    assert isinstance(host.app.pushed[-1][0], ItemDetailScreen)
    host.app.answer("jump")
    assert host.opened == [ref] and host.focused == ["article"]
    details.show(detail)
    host.app.answer("note")
    assert host.note_taking.calls == [("note_on", (ref,))]
    details.show(detail)
    host.app.answer(None)
    assert host.opened == [ref] and len(host.note_taking.calls) == 1


# -- note taking ------------------------------------------------------------------------------


class NotesHost(Host):
    def __init__(self, story: Story, notes: NotesFlow) -> None:
        super().__init__(story)
        self.notes = notes
        self.sidebar = Sidebar(cast(SidebarHost, self))


def test_a_note_on_the_cursors_paragraph_is_saved_listed_and_marked(
    story: Story, flow: NotesFlow, store: NoteStore
) -> None:
    host = NotesHost(story, flow)
    taking = NoteTaking(cast(NoteTakingHost, host))
    host.reader.cursor_paragraph = 3
    taking.add()
    editor, _ = host.app.pushed[-1]
    assert isinstance(editor, NoteEditor)
    taking.add()  # one editor at a time
    assert len(host.app.pushed) == 1
    host.app.answer(NoteDraft("ملاحظة", ("tag",)))
    [note] = store.notes(story.id)
    assert note.anchor.paragraph == 3 and note.body == "ملاحظة"
    assert host.told and host.told[-1].severity == "information"
    assert host.reader.noted == {3} and host.reader.noted_spans == []  # a paragraph, no phrase
    assert [row.item_id for row in host.sidebar.items("notes")] == [str(ItemRef.note(note.id))]


def test_nothing_to_annotate_and_no_notes_store_are_said(story: Story) -> None:
    host = NotesHost(story, NotesFlow(story, lambda: None))
    taking = NoteTaking(cast(NoteTakingHost, host))
    taking.add()
    taking.export()
    assert [notice.severity for notice in host.told] == ["error", "error"]
    assert host.app.pushed == []


def test_a_panel_row_that_is_no_item_is_nothing_to_annotate(story: Story, flow: NotesFlow) -> None:
    host = NotesHost(story, flow)
    host.region = "competitors"
    heading = next(i for i in panel_items(story, "competitors") if ItemRef.parse(i.item_id) is None)
    host.panel("competitors").set_items([heading])
    NoteTaking(cast(NoteTakingHost, host)).add()
    assert [n.text for n in host.told] == ["Select something to annotate first."]


def test_a_note_opens_at_its_span_or_says_its_passage_is_gone(
    story: Story, flow: NotesFlow, store: NoteStore
) -> None:
    host = NotesHost(story, flow)
    taking = NoteTaking(cast(NoteTakingHost, host))
    text = story.paragraphs[3].text
    span = store.add(story.id, Anchor("span", paragraph=3, start=0, end=5, quote=text[:5]), "a")
    gone = store.add(story.id, Anchor("paragraph", paragraph=3, quote="لا يوجد هذا النص"), "b")
    flow.reload()
    taking.open_note(span.id)
    assert host.marks is not None and host.marks.spans == (Span(3, 0, 5),)
    assert host.focused == ["article"]
    taking.open_note(gone.id)
    assert "no longer in the article" in host.status.text and host.focused == ["article"]


def test_a_note_is_deleted_only_when_the_reader_says_yes(
    story: Story, flow: NotesFlow, store: NoteStore
) -> None:
    host = NotesHost(story, flow)
    taking = NoteTaking(cast(NoteTakingHost, host))
    note = store.add(story.id, Anchor("paragraph", paragraph=1, quote="x"), "soon gone")
    flow.reload()
    taking.delete(note.id)
    assert isinstance(host.app.pushed[-1][0], ConfirmScreen)
    host.app.answer(False)
    assert store.notes(story.id) == [note]
    taking.delete(note.id)
    host.app.answer(True)
    assert store.notes(story.id) == []


def test_the_filter_narrows_the_list_and_a_book_being_read_waits(
    story: Story, flow: NotesFlow, store: NoteStore
) -> None:
    host = NotesHost(story, flow)
    taking = NoteTaking(cast(NoteTakingHost, host))
    for paragraph, body in ((1, "apples"), (2, "pears")):
        store.add(story.id, paragraph_anchor(story, paragraph, None), body)
    taking.refresh()
    assert len(host.sidebar.items("notes")) == 2 and host.reader.noted == {1, 2}
    taking.filter("pears")
    assert len(host.sidebar.items("notes")) == 1
    host.stream = Stream(story)  # not read to its end: nothing anchored yet
    taking.filter("")
    assert len(host.sidebar.items("notes")) == 1


# -- citing -------------------------------------------------------------------------------------


class CiteHost(Host):
    def __init__(self, story: Story) -> None:
        super().__init__(story)
        self.app: Any = SimpleNamespace(copied=[])
        self.app.copy_to_clipboard = self.app.copied.append
        self.reader: Any = SimpleNamespace(copied_text=lambda: "", selection=None,
                                           cursor_paragraph=1)  # fmt: skip
        self.note_taking: Any = SimpleNamespace(focused_anchor=lambda: None)


def test_c_cites_the_articles_words_or_a_panels_item_and_says_when_there_is_nothing(
    story: Story,
) -> None:
    host = CiteHost(story)
    citing = Citing(cast(CitingHost, host))
    citing.cite()  # nothing selected, nothing to copy
    assert host.app.copied == [] and "Nothing to cite" in host.status.text
    words = story.paragraphs[1].text[:20]
    host.reader.copied_text = lambda: words
    host.reader.selection = ((1, 0), (1, 20))
    citing.cite()
    [cited] = host.app.copied
    assert f"«{words}»" in cited and "paragraph 2 of" in cited  # the words, and where
    assert "Citation copied" in host.status.text
    ref = a_person(story)
    host.region = "people"
    host.note_taking.focused_anchor = lambda: Anchor("item", item=ref)
    citing.cite()
    assert len(host.app.copied) == 2 and host.app.copied[-1] != cited
