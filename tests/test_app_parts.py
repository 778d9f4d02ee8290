"""The App's collaborators, each alone (no app runs): the quit signals, the notes
store's access, the library, the terminal's hints and switching stories."""

from __future__ import annotations

import asyncio
import gc
import operator
import os
import re
import signal
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from textual.geometry import Size

from scaletui.app.library import Library
from scaletui.app.notes_access import NotesAccess
from scaletui.app.signals import QUIT_SIGNALS, QuitSignals, Suspension, exit_status
from scaletui.app.startup import StartUp
from scaletui.app.stories import Stories
from scaletui.app.terminal_hints import TerminalHints
from scaletui.explore.library import HitsAt, LibraryEntry
from scaletui.i18n import ENGLISH, load_language
from scaletui.layout import LayoutEngine
from scaletui.notes import Anchor, NoteStore, NoteStoreError
from scaletui.notes.flow import NotesFlow
from scaletui.notes.positions import PositionMemory
from scaletui.screens.explorer import ExplorerScreen
from scaletui.screens.library import LibraryChoice
from scaletui.story import Span, Story, story_from_text_file
from scaletui.terminal.detect import Terminal
from scaletui.terminal.setting import BidiSetting


class Told:
    """Records what the reader is told."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str, float]] = []

    def __call__(self, text: str, *, severity: Any = "information", timeout: float = 5.0) -> None:
        self.said.append((text, severity, timeout))


# -- signals ------------------------------------------------------------------------------


@pytest.mark.skipif(not QUIT_SIGNALS, reason="no quit signals here")
def test_each_quit_signal_calls_quit_with_its_number_until_unwatched() -> None:
    got: list[int] = []
    signals = QuitSignals(got.append)

    async def run() -> None:
        assert signals.watch()
        for signum in QUIT_SIGNALS:
            os.kill(os.getpid(), signum)
            for _ in range(100):
                if signum in got:
                    break
                await asyncio.sleep(0.01)
        signals.unwatch()

    asyncio.run(run())
    assert got == list(QUIT_SIGNALS)
    for signum in QUIT_SIGNALS:  # Python's own again
        default = signal.default_int_handler if signum == signal.SIGINT else signal.SIG_DFL
        assert signal.getsignal(signum) == default
    assert exit_status(signal.SIGTERM) == 128 + 15


async def soon(condition: Callable[[], bool]) -> None:
    """Until `condition` holds, a minute at most (the loop runs meanwhile)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 60
    while not condition() and loop.time() < deadline:
        await asyncio.sleep(0.01)


def test_the_drivers_stop_handler_runs_from_the_loop_not_inside_what_the_signal_broke_into() -> (
    None
):
    """Textual's SIGTSTP handler writes through its writer queue. Run as a Python signal
    handler, it ran inside whatever the main thread was doing, once inside that queue's
    own `put`, and waited forever on the lock the thread held (the job never stopped).
    From the loop, it runs once what the signal came into has let go of its lock."""
    held = threading.Lock()  # (as the queue's, taken by the interrupted code)
    holding: list[bool] = []
    handlers = {
        signum: signal.getsignal(signum)
        for signum in (signal.SIGTSTP, signal.SIGCONT, signal.SIGINT)
    }
    signal.signal(signal.SIGTSTP, lambda signum, frame: holding.append(held.locked()))
    signal.signal(signal.SIGCONT, lambda signum, frame: None)

    async def run() -> None:
        assert Suspension().watch()
        with held:
            os.kill(os.getpid(), signal.SIGTSTP)
            sum(range(1000))  # (bytecodes: where a Python handler would run)
        await soon(lambda: bool(holding))

    try:
        asyncio.run(run())
    finally:
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
    assert holding == [False]


def test_a_suspension_pauses_the_apps_helpers_and_resumes_them_in_the_foreground(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Textual's SIGTSTP handler stops the app's own process only: a book's drafting child
    drafted on under a job the shell said was stopped. The Suspension pauses what the app
    names before the driver stops it, and resumes it once the app is back in front."""
    happened: list[str] = []
    handlers = {signum: signal.getsignal(signum) for signum in (signal.SIGTSTP, signal.SIGCONT)}
    signal.signal(signal.SIGTSTP, lambda signum, frame: happened.append("stopped"))
    signal.signal(signal.SIGCONT, lambda signum, frame: happened.append("continued"))
    monkeypatch.setattr(Suspension, "_in_foreground", lambda self: True)
    suspension = Suspension(
        pause=lambda: happened.append("paused"), resume=lambda: happened.append("resumed")
    )

    async def run() -> None:
        assert suspension.watch()
        for signum, last in ((signal.SIGTSTP, "stopped"), (signal.SIGCONT, "continued")):
            os.kill(os.getpid(), signum)
            await soon(partial(operator.contains, happened, last))

    try:
        asyncio.run(run())
    finally:
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
    assert happened == ["paused", "stopped", "resumed", "continued"]


def test_off_the_main_thread_signals_are_not_watched() -> None:
    watched: list[bool] = []

    def run() -> None:
        async def watch() -> None:
            signals = QuitSignals(lambda signum: None)
            watched.append(signals.watch())
            signals.unwatch()  # and nothing to give back

        asyncio.run(watch())

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert watched == [False]


# -- the notes store ------------------------------------------------------------------------


def test_the_store_opens_on_first_use_once(tmp_path: Path) -> None:
    opened: list[NoteStore] = []

    def opener() -> NoteStore:
        opened.append(NoteStore(tmp_path))
        return opened[-1]

    told = Told()
    access = NotesAccess(opener, ENGLISH, told)
    assert opened == [] and access.store is None
    store = access.open()
    assert store is not None and access.open() is store and opened == [store]
    memory = access.positions()
    assert isinstance(memory, PositionMemory) and access.positions() is memory
    assert told.said == [] and access.problem == ""
    store.close()


def test_a_store_that_cannot_open_is_said_once_in_the_readers_language() -> None:
    calls: list[int] = []

    def opener() -> NoteStore:
        calls.append(1)
        raise NoteStoreError("disk says no")

    told = Told()
    access = NotesAccess(opener, ENGLISH, told)
    assert access.open() is None and access.open() is None and calls == [1]
    assert access.problem == "Notes are unavailable: disk says no"
    assert told.said == [(access.problem, "error", 20)]
    assert access.positions() is None
    arabic = NotesAccess(opener, load_language("ar"), Told())
    arabic.open()
    assert "disk says no" in arabic.problem and "Notes are unavailable" not in arabic.problem


def test_what_the_reader_is_told_about_the_store(tmp_path: Path) -> None:
    told = Told()
    NotesAccess(None, ENGLISH, told).tell_state()  # no store asked for: nothing
    assert told.said == []
    damaged = SimpleNamespace(
        read_only=True, disk_full=False, data_dir=tmp_path, foreign_wal=None,
        moved_aside=tmp_path / "notes.db.damaged", salvaged=3,
    )  # fmt: skip
    NotesAccess(cast(NoteStore, damaged), ENGLISH, told).tell_state()
    (read_only, severity, _), (rebuilt, _, _) = told.said
    assert "read-only" in read_only and str(tmp_path) in read_only and severity == "warning"
    assert "3 notes were recovered" in rebuilt and "notes.db.damaged" in rebuilt
    told.said.clear()
    full = SimpleNamespace(
        read_only=True, disk_full=True, data_dir=tmp_path,
        foreign_wal=tmp_path / "notes.db-wal.foreign", moved_aside=None, salvaged=0,
    )  # fmt: skip
    NotesAccess(cast(NoteStore, full), ENGLISH, told).tell_state()
    (disk, _, _), (wal, _, _) = told.said  # the disk first; not also "read-only here"
    assert disk.startswith("The disk is full") and "notes.db-wal.foreign" in wal
    for store in (damaged, full):  # each said in the reader's language (its msgid is known)
        english = NotesAccess(cast(NoteStore, store), ENGLISH, told).warnings()
        arabic = NotesAccess(cast(NoteStore, store), load_language("ar"), told).warnings()
        assert len(arabic) == len(english) == 2
        for said, msgid in zip(arabic, english, strict=True):
            assert said != msgid and re.search("[\u0621-\u064a]", said), said


# -- the library ------------------------------------------------------------------------------


def test_the_library_lists_the_story_being_read_with_its_notes_and_loads_each_once(
    story: Story, tmp_path: Path
) -> None:
    path = tmp_path / "مقال.txt"
    path.write_text("عنوان\n\nفقرة عن وانغ وعن ميتا.\n", encoding="utf-8")
    opened = story_from_text_file(path)
    store = NoteStore(tmp_path / "data")
    store.add(story.id, Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text), "n")
    library = Library(None, ENGLISH, lambda: store, lambda: opened)
    entries = library.library_entries()
    kinds = [entry.kind for entry in entries]
    assert kinds[-1] == "file" and set(kinds[:-1]) == {"bundled"}  # bundled first
    bundled = next(entry for entry in entries if entry.story_id == story.id)
    assert bundled.notes == 1
    file_entry = entries[-1]
    assert file_entry.story_id == opened.id and file_entry.source == str(path)
    assert library.load_entry(file_entry) is opened  # the one being read: not loaded again
    assert library.load_entry(bundled) is library.load_entry(bundled)
    found, problems = library.search_library("وانغ")
    assert problems == [] and {hits.entry.story_id for hits in found} >= {story.id, opened.id}
    store.close()


def test_the_library_searches_a_file_opened_before_in_its_encoding(
    story: Story, tmp_path: Path
) -> None:
    # Remembered with cp1256, it is titled, searched and opened so (read as UTF-8 it was
    # a problem in the search and a file name in the list).
    path = tmp_path / "archive.txt"
    path.write_bytes("خبر من الأرشيف\n\nقال أحمد العمري إن الشركة أطلقت خدمة.\n".encode("cp1256"))
    archive = story_from_text_file(path, "cp1256")
    store = NoteStore(tmp_path / "data")
    NotesFlow(archive, lambda: store).reload()  # opened before: remembered
    library = Library(None, ENGLISH, lambda: store, lambda: story)
    [entry] = [entry for entry in library.library_entries() if entry.kind == "file"]
    assert (entry.title, entry.encoding) == ("خبر من الأرشيف", "cp1256")
    found, problems = library.search_library("العمري")
    assert problems == [] and [hits.entry.story_id for hits in found] == [archive.id]
    assert library.load_entry(entry).paragraphs == archive.paragraphs
    store.close()


def test_a_story_that_cannot_be_searched_is_said_not_fatal(story: Story, tmp_path: Path) -> None:
    library = Library(None, ENGLISH, lambda: None, lambda: story)
    library.library_entries()
    gone = LibraryEntry("file", str(tmp_path / "gone.txt"), "gone", "gone.txt", "")
    library._entries.append(gone)  # noqa: SLF001 (listed, then deleted before the search)
    found, problems = library.search_library("وانغ")
    assert found and len(problems) == 1 and "gone.txt" in problems[0]


# -- the terminal's hints -----------------------------------------------------------------------


def test_the_terminal_hints_say_only_what_is_wrong() -> None:
    told = Told()
    TerminalHints(BidiSetting("app", Terminal("xterm")), ENGLISH, told).at_start()
    assert told.said == []
    warned = BidiSetting("app", Terminal("xterm"), warning="bad config")
    TerminalHints(warned, ENGLISH, told).at_start()
    assert [text for text, _, _ in told.said] == ["bad config"]
    hints = TerminalHints(BidiSetting("app", Terminal("xterm")), ENGLISH, told)
    assert not hints.needs_tmux_check()  # not in tmux: nothing to ask it


def test_a_hint_about_a_terminal_ordering_the_text_is_told_its_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Konsole (BiDi on) and a VTE terminal behind a tmux that drops the requests order
    # the app's text themselves: their hints went out in the app's visual order and
    # came out reversed there, in Arabic. They go to `tell_reordered` (logical, whole
    # rows); a terminal not known to order keeps the usual way.
    import scaletui.terminal.detect as detect

    arabic = load_language("ar")
    told, reordered = Told(), Told()
    TerminalHints(BidiSetting("app", Terminal("konsole")), arabic, told, reordered).at_start()
    assert told.said == [] and len(reordered.said) == 1
    monkeypatch.setattr(detect, "tmux_passthrough_allowed", lambda: False)
    for kind, expected in (("vte", reordered), ("unknown", told)):
        said: list[tuple[object, str]] = []

        def heard(how: object, hint: str, said: list[tuple[object, str]] = said) -> None:
            said.append((how, hint))

        hints = TerminalHints(
            BidiSetting("app", Terminal(kind, tmux=True)), arabic, told, reordered
        )
        assert hints.needs_tmux_check()
        hints.check_tmux(heard)
        ((how, hint),) = said
        assert how is expected and "allow-passthrough" in hint


# -- around the first frame --------------------------------------------------------------------


def test_the_collector_waits_for_the_first_frame_then_the_start_is_frozen_out() -> None:
    startup = StartUp(LayoutEngine(), None)
    try:
        frozen = gc.get_freeze_count()
        startup.before_first_frame()
        assert not gc.isenabled() and gc.get_freeze_count() > frozen
        startup.at_first_frame()
        assert gc.isenabled()
        startup.at_end()
        assert gc.get_freeze_count() == 0 and gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_first_screen_is_kept_when_it_changed_and_seeds_the_next_launch(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "layout" / "story.bin"
    text = "هل تنجح شراكة (Scale AI) مع ميتا؟"
    try:
        first = LayoutEngine()
        startup = StartUp(first, cache)
        startup.before_first_frame()  # no cache yet: nothing seeded
        first.layout(text, 30)
        assert startup.after_first_frame() and cache.is_file()
        again = LayoutEngine()
        next_launch = StartUp(again, cache)
        next_launch.before_first_frame()
        assert again.prepared_keys() == first.prepared_keys()
        assert not next_launch.after_first_frame()  # the same paragraphs: not written again
        terminal = StartUp(LayoutEngine(reorder=False), tmp_path / "other.bin")
        terminal.before_first_frame()
        assert not terminal.after_first_frame()  # the terminal orders: nothing shaped to keep
    finally:
        gc.unfreeze()
        gc.enable()


# -- switching stories ------------------------------------------------------------------------


class Context:
    engine = LayoutEngine()
    language = ENGLISH
    size = Size(120, 40)

    def notes_flow(self, story: Story) -> Any:
        raise AssertionError("not needed here")

    def positions(self) -> PositionMemory | None:
        return None

    def open_library(self) -> None:
        pass


class Explorer(ExplorerScreen):
    """An explorer that records where it was asked to open."""

    def __init__(self, story: Story, at: HitsAt | None = None) -> None:
        super().__init__(story, Context(), start_at=at)
        self.opened_at: list[HitsAt] = []
        self.kept = 0

    def open_at(self, hits: HitsAt) -> None:
        self.opened_at.append(hits)

    def keep_place(self) -> None:
        self.kept += 1


class Stack:
    """An app's screen stack, as switching stories uses it."""

    def __init__(self, first: ExplorerScreen) -> None:
        self.screen_stack: list[Any] = [first]
        self.later: list[tuple[Any, ...]] = []

    def push_screen(self, screen: Any, callback: Any = None) -> None:
        self.screen_stack.append(screen)
        self.callback = callback

    def pop_screen(self) -> None:
        self.screen_stack.pop()

    def switch_screen(self, screen: Any) -> None:
        self.screen_stack[-1] = screen

    def call_later(self, *call: Any) -> None:
        self.later.append(call)


def test_switching_stories_keeps_the_first_below_one_other(story: Story, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("عنوان\n\nفقرة.\n", encoding="utf-8")
    other, third = story_from_text_file(path), story._replace(id="third")
    first = Explorer(story)
    app = Stack(first)
    made: list[Explorer] = []

    def new_explorer(story: Story, at: HitsAt | None) -> ExplorerScreen:
        made.append(Explorer(story, at))
        return made[-1]

    library = Library(None, ENGLISH, lambda: None, lambda: story)
    stories = Stories(cast(Any, app), library, new_explorer, Told())
    hit = HitsAt("q", (Span(1, 0, 2),))
    stories.open(other, hit)
    assert app.screen_stack == [first, made[0]] and made[0].navigation.start_at == hit
    assert first.kept == 1  # where the first story was read is kept
    stories.open(third)
    assert app.screen_stack == [first, made[1]]  # the other one replaced, not stacked
    stories.open(third, hit)
    assert made[1].opened_at == [hit] and len(made) == 2  # the one shown: at the hit
    stories.open(story)
    assert app.screen_stack == [first] and first.opened_at == []  # back, as it was left


def test_a_story_picked_in_the_library_that_cannot_open_is_said(story: Story) -> None:
    first = Explorer(story)
    app = Stack(first)
    told = Told()
    library = Library(None, ENGLISH, lambda: None, lambda: story)
    stories = Stories(cast(Any, app), library, lambda story, at: Explorer(story, at), told)
    stories.open_library()
    stories.open_library()  # not over itself
    assert len(app.screen_stack) == 2
    gone = LibraryEntry("file", "/nowhere/gone.txt", "gone", "gone.txt", "")
    app.callback(LibraryChoice(gone))
    app.screen_stack.pop()  # the library leaves
    [(_, choice)] = app.later
    stories._open_choice(choice)  # noqa: SLF001 (what call_later calls)
    [(text, severity, _)] = told.said
    assert "gone.txt" in text and severity == "error" and app.screen_stack == [first]
