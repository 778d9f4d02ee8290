"""A big book drafted in a child process: the same items as drafted in the app, and
every way the child can fail ends in the app drafting it itself, the child reaped.

Faults are played by small programs in the child's place (`python -c`): one that writes
prepared bytes, one that never writes, one that ends at once. No assertion depends on
how fast anything is: a wait is for an event (an end of file, a process reaped).
"""

from __future__ import annotations

import io
import os
import pickle
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import until

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
import scaletui.story.child_draft as child_draft_module  # noqa: E402
import scaletui.story.stream as stream_module  # noqa: E402
from scaletui.story.child_draft import (  # noqa: E402
    ITEM_KINDS,
    MAX_FRAME,
    PIECE_RECORDS,
    WAIT_SECONDS,
    ChildDraft,
    Drafted,
    child_command,
    draft_frames,
    frame,
)
from scaletui.story.child_draft.__main__ import _Said, obey  # noqa: E402
from scaletui.story.draft import Draft  # noqa: E402
from scaletui.story.model import Event, PartialDate, Provenance, Span, Story  # noqa: E402
from scaletui.story.stream import StreamedDocument  # noqa: E402
from varied import build_lines  # noqa: E402

# Writes the file named by its argument to stdout, then waits for stdin to close.
WRITES = "import sys; sys.stdout.buffer.write(open(sys.argv[1], 'rb').read()); sys.stdout.flush(); sys.stdin.read()"  # noqa: E501
SILENT = "import sys; sys.stdin.read()"  # never writes; ends when stdin closes
ENDS = "import os; os._exit(3)"


@pytest.fixture(scope="module")
def lines(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("child") / "lines.txt"
    build_lines(path, 3_000)  # a few hundred items of each kind but people: two pieces and more
    return path


@pytest.fixture(scope="module")
def drafted_here(lines: Path) -> Story:
    return StreamedDocument(lines, child_bytes=None).finish()


def read(path: Path, child_bytes: int | None = 0) -> StreamedDocument:
    document = StreamedDocument(path, child_bytes=child_bytes)
    for _ in document.read_steps():
        pass
    return document


def drive(steps: Iterator[float | None]) -> int:
    """Run the steps to their end as the indexer does (waiting when told); the waits."""
    waits = 0
    for step in steps:
        if step is not None:
            waits += 1
            select_wait(step)  # (how many waits it takes is never asserted)
    return waits


def select_wait(seconds: float) -> None:
    select.select([], [], [], seconds)


def items(story: Story) -> tuple[Any, ...]:
    return (tuple(story.entities.values()), story.numbers, story.events, story.people)


def sharing(records: Any) -> list[int]:
    """Which objects are the same object: for each str, float and tuple met walking the
    records, the place where it was first met."""
    first: dict[int, int] = {}
    pattern = []

    def walk(thing: Any) -> None:
        if isinstance(thing, tuple):
            for part in thing:
                walk(part)
        if isinstance(thing, (str, float, tuple)) and thing != ():
            pattern.append(first.setdefault(id(thing), len(first)))

    walk(records)
    return pattern


def with_child(monkeypatch: pytest.MonkeyPatch, *command: str) -> None:
    monkeypatch.setattr(stream_module, "child_command", lambda path, encoding: list(command))


# -- the same items --------------------------------------------------------------------


@pytest.mark.parametrize("hash_seed", ["1", "2"])
def test_a_child_drafts_the_same_items_as_the_app_and_shares_what_it_shares(
    lines: Path, drafted_here: Story, hash_seed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONHASHSEED", hash_seed)  # the child's; the app's is another
    document = read(lines)
    drive(document.draft_steps())
    assert document.drafted_apart and document.child_problem == ""
    story = document.story
    assert story == drafted_here and items(story) == items(drafted_here)
    assert all(items(drafted_here))  # (there are items of each kind to compare)
    assert sharing(items(story)) == sharing(items(drafted_here))
    assert document.child_peak_mb > 0 and document.draft_fraction == 1.0


def test_a_small_book_is_drafted_in_the_app(lines: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_child(monkeypatch, "no-such-program-to-start")
    document = read(lines, child_bytes=lines.stat().st_size + 1)
    assert drive(document.draft_steps()) == 0
    assert not document.drafted_apart and document.child_problem == ""


def test_objects_items_of_different_pieces_share_arrive_shared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The drafter shares each date record and English title among the events of that
    # date (perf10): a piece is a pickle of its own, and would make a copy of each.
    date, title = PartialDate(2024, 5), "an English title"
    events = tuple(
        Event(f"e{n}", date, f"حدث {n}", title, (),
              Provenance("article", f"نص {n}", Span(n, 0, 4)))
        for n in range(3 * PIECE_RECORDS)
    )  # fmt: skip
    drafted = Drafted(Draft((), (), events, ()), arabic=7)
    frames = list(draft_frames(drafted, "digest", 3, 1.0))
    assert len(frames) >= 3  # events in pieces, then the end
    child = child_writing(tmp_path, b"".join(frames))
    came = run(child.steps("digest", 3))
    assert came is not None and came.draft.events == events and came.arabic == 7
    assert len({id(event.date) for event in came.draft.events}) == 1
    assert len({id(event.title_en) for event in came.draft.events}) == 1
    assert sharing(came.draft.events) == sharing(events)


def test_no_piece_holds_more_than_a_few_hundred_records() -> None:
    # What a step of the app unpickles: bounded, whatever the book's size.
    date = PartialDate(2020)
    events = tuple(Event(f"e{n}", date, "t", "t", (), Provenance("article")) for n in range(1_000))
    drafted = Drafted(Draft((), (), events, ()), arabic=0)

    class Unpickler(pickle.Unpickler):
        def persistent_load(self, pid: Any) -> Any:
            return pid  # (a shared object's place: what it is does not matter here)

    for data in draft_frames(drafted, "d", 1, 0.0):
        what, value = Unpickler(io.BytesIO(data[4:])).load()
        assert what in ("shared", "end", *ITEM_KINDS)
        assert not isinstance(value, list) or len(value) <= PIECE_RECORDS


# -- faults: the app drafts it itself ---------------------------------------------------


def child_writing(tmp_path: Path, data: bytes, silence_seconds: float = 600) -> ChildDraft:
    written = tmp_path / "frames.bin"
    written.write_bytes(data)
    return ChildDraft([sys.executable, "-c", WRITES, str(written)], silence_seconds)


def run(steps: Iterator[float | None]) -> Drafted | None:
    while True:
        try:
            step = next(steps)
        except StopIteration as end:
            result: Drafted | None = end.value
            return result
        if step is not None:
            select_wait(step)


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["no-such-python-here"], "did not start"),
        ([sys.executable, "-c", ENDS], "ended before its end"),
    ],
)
def test_a_child_that_cannot_start_or_dies_leaves_the_drafting_to_the_app(
    lines: Path,
    drafted_here: Story,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    said: str,
) -> None:
    with_child(monkeypatch, *command)
    document = read(lines)
    drive(document.draft_steps())
    assert not document.drafted_apart and said in document.child_problem
    assert items(document.story) == items(drafted_here)


def test_a_child_killed_midway_leaves_the_drafting_to_the_app(
    lines: Path, drafted_here: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_child(monkeypatch, sys.executable, "-c", SILENT)
    document = read(lines)
    steps = document.draft_steps()
    assert isinstance(next(steps), float)  # waiting for it
    child = document._child
    assert child is not None and child._process is not None
    os.kill(child._process.pid, signal.SIGKILL)
    drive(steps)
    assert "was killed (signal 9)" in document.child_problem
    assert not document.drafted_apart and items(document.story) == items(drafted_here)


@pytest.mark.parametrize(
    ("garbage", "said"),
    [
        (b"\0\0\0\5hello", "wrote garbage"),  # not a pickle
        (b"\xff\xff\xff\xff", "a frame of 4,294,967,295 bytes"),
        (frame(("entities", ["not an entity"])), "entities of another kind"),
        (frame(("gossip", 1)), "an unknown frame ('gossip')"),
        (frame(("end", "early")), "ended with garbage"),
        (frame("no kind"), "wrote garbage"),
        (frame(("error", "the drafter failed")), "could not draft: the drafter failed"),
    ],
)
def test_a_child_that_writes_garbage_leaves_the_drafting_to_the_app(
    tmp_path: Path, garbage: bytes, said: str
) -> None:
    child = child_writing(tmp_path, garbage)
    assert run(child.steps("digest", 3)) is None
    assert said in child.problem and not child.running


def test_a_child_that_says_nothing_for_long_is_taken_for_stuck(tmp_path: Path) -> None:
    # Cut short in a frame, then nothing: the frame's rest never comes. (Stuck here at
    # once: the silence allowed is none; the app allows two minutes.)
    child = child_writing(tmp_path, b"\0\0", silence_seconds=0.0)
    assert run(child.steps("digest", 3)) is None
    assert "said nothing for 0 s" in child.problem and not child.running


def test_a_paused_child_drafts_on_once_resumed(lines: Path, drafted_here: Story) -> None:
    # The app suspended by SIGTSTP (Textual stops its own process only) pauses its child,
    # which drafted on, a processor busy under a job the shell said was stopped.
    document = read(lines)
    steps = document.draft_steps()
    next(steps)  # the child started
    document.pause_drafting()
    document.resume_drafting()
    drive(steps)
    assert document.drafted_apart and document.child_problem == ""
    assert document.story == drafted_here
    document.pause_drafting()  # no child now: nothing to pause or resume
    document.resume_drafting()


def test_a_paused_child_still_ends_when_its_stdin_closes(lines: Path) -> None:
    # Paused by a byte on its stdin, not stopped by a signal: stopped, a child outlived an
    # app killed while suspended (SIGKILL), its stdin's end unseen, for ever.
    child = ChildDraft(child_command(lines, None))
    process = child._process
    assert process is not None and process.stdin is not None
    child.pause()
    process.stdin.close()
    assert process.wait(timeout=60) == 0


def test_the_child_waits_between_pause_and_resume_and_ends_with_its_stdin() -> None:
    running = threading.Event()
    running.set()
    for written, still_running in ((b"p", False), (b"pr", True), (b"p", False), (b"r", True)):
        obey(iter([written, b""]).__next__, running)  # (returns at the end of stdin)
        assert running.is_set() == still_running, written


def test_the_child_waits_on_its_gate_at_every_step() -> None:
    class Gate:
        def __init__(self) -> None:
            self.waits = 0

        def wait(self) -> bool:
            self.waits += 1
            return True

    gate = Gate()
    said = _Said(io.BytesIO(), gate)
    for step in range(3):
        said.progress(step / 100)
    assert gate.waits == 3


class Clock:
    """The monotonic clock as ChildDraft reads it (its module's `time`), moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def test_a_child_silent_while_the_app_was_stopped_is_not_taken_for_stuck(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The app stopped (SIGTSTP, SIGSTOP) for longer than the silence allowed, its child
    # with it: the child was taken for stuck at the first look after both continued,
    # killed, and the app drafted the book itself. Silence counts while the app looks.
    clock = Clock()
    monkeypatch.setattr(child_draft_module, "time", clock)
    child = ChildDraft([sys.executable, "-c", SILENT], silence_seconds=60)
    steps = child.steps("digest", 3)
    assert next(steps) == WAIT_SECONDS
    clock.now += 3600  # an hour stopped
    assert next(steps) == WAIT_SECONDS and child.running and child.problem == ""
    for _ in range(59):  # then looked at, a second apart: silent for 59 s
        clock.now += 1
        assert next(steps) == WAIT_SECONDS
    clock.now += 2  # 61 s
    assert run(steps) is None
    assert "said nothing for 60 s" in child.problem and not child.running


def test_a_frame_cannot_call_anything_but_the_model_records(tmp_path: Path) -> None:
    marker = tmp_path / "called"

    class Calls:
        def __reduce__(self) -> tuple[Any, ...]:
            return (os.mkdir, (str(marker),))

    data = pickle.dumps(("entities", [Calls()]))
    child = child_writing(tmp_path, len(data).to_bytes(4, "big") + data)
    assert run(child.steps("digest", 3)) is None
    assert "is not a record" in child.problem and not marker.exists()
    assert MAX_FRAME < 2**32  # (a length fits its four bytes)


def test_a_file_changed_between_the_two_reads_is_drafted_as_the_app_read_it(
    tmp_path: Path, lines: Path, drafted_here: Story
) -> None:
    copy = tmp_path / "lines.txt"
    copy.write_bytes(lines.read_bytes())
    document = read(copy)
    copy.write_text("نص آخر تماما\n", encoding="utf-8")  # what the child will read
    drive(document.draft_steps())
    assert document.child_problem == "the drafting process read another text"
    assert items(document.story) == items(drafted_here)


def test_steps_closed_early_kill_and_reap_the_child(
    lines: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The screen closed or the app quit while the child drafted: no child left behind.
    with_child(monkeypatch, sys.executable, "-c", SILENT)
    document = read(lines)
    steps = document.draft_steps()
    next(steps)
    child = document._child
    assert child is not None and child._process is not None
    process = child._process
    steps.close()  # type: ignore[attr-defined]
    assert process.returncode is not None  # reaped: no zombie
    assert document._child is None and not document.complete


def test_a_child_ends_when_its_stdin_closes(lines: Path) -> None:
    # However the app ends (killed, its watchdog's _exit), the child's stdin closes.
    child = ChildDraft(child_command(lines, None))
    process = child._process
    assert process is not None and process.stdin is not None
    process.stdin.close()
    assert process.wait(timeout=120) == 0  # (a bound for a failure, not a timing)
    child.stop()


def test_finish_drafts_in_the_app_even_a_big_book(
    lines: Path, drafted_here: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `scaletui draft`, `export` and the like want the story now: no child.
    with_child(monkeypatch, "no-such-program-to-start")
    document = StreamedDocument(lines, child_bytes=0)
    assert items(document.finish()) == items(drafted_here)
    assert not document.drafted_apart and document.child_problem == ""


def test_the_child_program_reports_a_bad_file_in_one_frame(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    process = subprocess.Popen(
        child_command(missing, None), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "tui")},
    )  # fmt: skip
    assert process.stdout is not None and process.stdin is not None
    written = process.stdout.read()  # to its end: the child has written all it will
    process.stdin.close()
    assert process.wait() == 1
    what, said = pickle.loads(written[4:])
    assert what == "error" and "gone.txt" in said


# -- in the app ---------------------------------------------------------------------------


async def test_the_app_shows_the_items_a_child_drafted(lines: Path, drafted_here: Story) -> None:
    from scaletui.app import ScaleTUIApp

    stream = StreamedDocument(lines, child_bytes=0)
    app = ScaleTUIApp(stream.story, stream=stream)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: not app.screen.indexing, timeout=180)  # type: ignore[attr-defined]
        assert stream.drafted_apart and stream._child is None
        assert items(app.story) == items(drafted_here)


async def test_a_child_still_drafting_is_killed_and_reaped_when_the_app_quits(
    lines: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scaletui.app import ScaleTUIApp

    with_child(monkeypatch, sys.executable, "-c", SILENT)  # drafts forever
    stream = StreamedDocument(lines, child_bytes=0)
    app = ScaleTUIApp(stream.story, stream=stream)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: stream._child is not None, timeout=180)
        child = stream._child
        assert child is not None and child._process is not None
        process = child._process
        await pilot.press("q")
    assert process.returncode is not None  # killed and reaped: no zombie, no orphan
    assert stream._child is None and not stream.complete
