"""scaletui's benchmark: prints a table of medians; it is not a test.

    python bench/bench.py [--runs N] [--books "10 KB,20 MB,500k lines"] [--busy] [--no-startup]

scaletui runs as `scaletui` does, with its layout cache filled by a first launch;
first launches (an empty cache) are timed too. Every figure comes from fresh
processes on this machine, in one run, with Python's
bytecode cache on (as after any first launch: pip compiles on install, an editable
install on first import), even where PYTHONDONTWRITEBYTECODE is set:
- startup: interpreter start to the first painted main screen (headless), for
  scaletui and for a bare Textual app with one Static, and their ratio;
- for varied Arabic Markdown books of 10 KB, 1 MB, 5 MB and 20 MB (bench/varied.py:
  no paragraph repeats, so no per-paragraph cache flatters them), opened as
  `scaletui open` opens them: open to first screen, time until fully read and
  indexed, key latency while it indexes, up to and including the step that ends
  it (keys sent as the terminal driver sends them, timed to the frame that shows
  them; and the longest the event loop was held meanwhile), re-layout after a resize, one page of
  scroll, whole-app resize CPU, one search over the whole document, and the
  process's peak memory (RSS), at the end and once indexed; each with its ratio to the 10 KB figure; and a
  plain-text file of 500,000 short lines (a paragraph each);
- --busy runs it all with two spinning processes beside it (both processors busy).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Both apps run headless. The pilot starts before the first frame; a callback it
# schedules "after refresh" runs once that frame is painted, and notes the time on
# the system-wide monotonic clock (the parent noted it at launch). The app then
# waits for that frame, then until it is idle (the pilot's pause), and exits. Interpreter shut-down is
# not counted: it is not start-up.
FIRST_PAINT = """
import asyncio, json, time

async def first_paint(pilot):
    marks = {}
    painted = asyncio.Event()

    def frame():
        marks.setdefault("frame", time.monotonic())
        painted.set()

    pilot.app.call_after_refresh(frame)
    # Waited for: on a busy machine the pilot's pause alone could end before it.
    await painted.wait()
    await pilot.pause()
    marks["idle"] = time.monotonic()
    print(json.dumps(marks))
    pilot.app.exit()
"""

BARE_APP = (
    FIRST_PAINT
    + """
from textual.app import App, ComposeResult
from textual.widgets import Static

class Bare(App):
    def compose(self) -> ComposeResult:
        yield Static("hello")

Bare().run(headless=True, size=(120, 40), auto_pilot=first_paint)
"""
)

# Started as `scaletui` starts it, notes database included.
SCALETUI_APP = (
    FIRST_PAINT
    + """
import sys
from scaletui.cli import build_app_parser, create_app

app = create_app(build_app_parser().parse_args(["--data-dir", sys.argv[1]]))
app.run(headless=True, size=(120, 40), auto_pilot=first_paint)
"""
)

# Terminal widths a resize goes to, from 120 columns: fifteen, none repeated, so each
# median is of fifteen resizes (five gave medians that moved by a third between runs).
# Start-up rounds (bare, repeat and first launch back to back) per run of the others:
# one launch's time varies by a sixth from round to round here, so the median of 21
# rounds' ratios moved by up to 0.1 between runs. 61 rounds steady it within a run
# (were rounds independent, by the square root of three); the machine's spells between
# runs still move it (1.09 to 1.15 over three runs of 61).
STARTUP_ROUNDS_PER_RUN = 12

RESIZE_WIDTHS = (100, 110, 96, 116, 104, 92, 112, 98, 118, 106, 94, 114, 102, 108, 97)

# One document, measured inside one process: prints a JSON object of figures.
DOCUMENT_RUN = """
import asyncio, json, resource, statistics, sys, time
RESIZES = RESIZE_WIDTHS
KEYS = ("down", "down", "pagedown", "down", "up", "pagedown", "pageup", "down")
from pathlib import Path
from textual import events
from scaletui.cli import build_app_parser, create_app, open_stream
from scaletui.widgets.article_view import ArticleView

async def painted(app):
    done = asyncio.Event()
    app.call_after_refresh(done.set)
    await done.wait()

async def key_latency(app, view, key):
    # From the key's arrival to the frame that shows it: sent as the terminal's
    # driver sends it, handled when the cursor moves, then painted.
    before = (view.cursor_row, view.scroll_y)
    start = time.perf_counter()
    app._driver.send_message(events.Key(key, None))
    while (view.cursor_row, view.scroll_y) == before and time.perf_counter() - start < 10:
        await asyncio.sleep(0)
    await painted(app)
    return (time.perf_counter() - start) * 1000

async def main(source, query, data_dir):
    t0 = time.perf_counter()
    stream = open_stream(Path(source))
    app = create_app(build_app_parser().parse_args(["--data-dir", data_dir]), stream=stream)
    result = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await painted(app)
        result["open_ms"] = (time.perf_counter() - t0) * 1000
        view = app.screen.query_one(ArticleView)
        # Keys all the way to the end of indexing, its last step included; and the
        # longest the event loop was held while it indexed (what a key would wait).
        # Only the worst is kept: a list of every 2 ms wait grew by about 30 MB over a 20 MB
        # book's half hour of indexing on a busy machine, and counted in the app's peak.
        stall_worst = [0.0]

        async def watch_loop():
            while True:
                before = time.perf_counter()
                await asyncio.sleep(0.002)
                held = (time.perf_counter() - before) * 1000 - 2
                stall_worst[0] = max(stall_worst[0], held)

        watcher = asyncio.create_task(watch_loop())
        latencies = []
        while app.screen.indexing:
            latencies.append(await key_latency(app, view, KEYS[len(latencies) % len(KEYS)]))
            await asyncio.sleep(0.03)  # a fast typist's pace
        result["indexed_ms"] = (time.perf_counter() - t0) * 1000
        await pilot.pause(0.1)  # what the end of indexing does after its last step
        # The peak so far: what reading and indexing took; what the cursor moves and the
        # measurements below add shows in the peak at the end.
        result["peak_rss_indexed_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        watcher.cancel()
        result["keys_while_indexing"] = len(latencies)
        result["key_worst_ms"] = max(latencies, default=0.0)
        result["key_median_ms"] = statistics.median(latencies) if latencies else 0.0
        result["keys_over_100ms"] = sum(1 for latency in latencies if latency > 100)
        result["stall_worst_ms"] = stall_worst[0]
        story = app.screen.story
        view.move_cursor(view.row_count // 2)
        await pilot.pause(0.2)

        async def measure(name, actions):
            # CPU time is the work done; wall time adds Textual's frame pacing (idle
            # waits). Each is the median of several repeats in this process.
            cpus, walls = [], []
            for action in actions:
                wall, cpu = time.perf_counter(), time.process_time()
                await action()
                await pilot.pause()
                cpus.append((time.process_time() - cpu) * 1000)
                walls.append((time.perf_counter() - wall) * 1000)
            result[name + "_ms"] = statistics.median(cpus)
            result[name + "_wall_ms"] = statistics.median(walls)

        # The article view's own work, without the rest of the screen's repaint:
        # a new row map at a new width, the viewport settled, its lines drawn.
        from scaletui.layout.renderable import line_segments
        from rich.style import Style

        def draw(rows, top, height):
            for row in range(top, min(top + height, rows.total)):
                paragraph, line = rows.locate(row)
                lines = rows.layout(paragraph).lines
                if line < len(lines):
                    line_segments(lines[line], Style())

        t = time.perf_counter()
        rows = view.rows.at_width(93)  # as a resize makes it
        top = rows.settle(rows.row_of(*view.reading_place()), 38)
        draw(rows, top, 38)
        result["view_resize_ms"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        top = rows.settle(top + 37, 38)
        draw(rows, top, 38)
        result["view_page_ms"] = (time.perf_counter() - t) * 1000

        await measure("resize", [lambda w=w: pilot.resize_terminal(w, 40) for w in RESIZES])
        await measure("page", [lambda: pilot.press("pagedown")] * len(RESIZES))
        t = time.perf_counter()
        hits = app.screen.index.search(query).hits
        result["search_ms"] = (time.perf_counter() - t) * 1000
        result["hits"] = len(hits)
        result["paragraphs"] = len(story.paragraphs)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))

asyncio.run(main(*sys.argv[1:]))
""".replace("RESIZE_WIDTHS", repr(RESIZE_WIDTHS))


BARE_RESIZE = """
import asyncio, statistics, time
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("hello")

async def main():
    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        cpus = []
        for width in RESIZE_WIDTHS:
            cpu = time.process_time()
            await pilot.resize_terminal(width, 40)
            await pilot.pause()
            cpus.append((time.process_time() - cpu) * 1000)
        print(statistics.median(cpus))

asyncio.run(main())
""".replace("RESIZE_WIDTHS", repr(RESIZE_WIDTHS))


def python(code: str, *args: str, env_extra: dict[str, str] | None = None) -> str:
    """Run code in a fresh interpreter (bytecode cache on); its standard output."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, env=env
    ).stdout


def bare_resize_ms() -> float:
    out = python(BARE_RESIZE)
    return float(out.strip().splitlines()[-1])


def startup(code: str, *args: str, cache_dir: str = "") -> tuple[float, float]:
    """Launch to first painted frame, and launch to idle, in ms."""
    # XDG_CACHE_HOME, not SCALETUI_CACHE_DIR: the cache is found as a user's launch finds it.
    env = {"XDG_CACHE_HOME": cache_dir} if cache_dir else None
    launched = time.monotonic()
    marks = json.loads(python(code, *args, env_extra=env).strip().splitlines()[-1])
    return (marks["frame"] - launched) * 1000, (marks["idle"] - launched) * 1000


def document_figures(
    source: str, query: str, runs: int, cache_dir: str
) -> tuple[dict[str, float], dict[str, tuple[float, float]]]:
    """The median of each figure over the runs, and its spread (lowest, highest).

    Each run is paired with a bare app's resizes measured just before it and just
    after it (their mean), so the ratio of the two is taken on the same machine load:
    this machine's speed drifts, and a big book's resizes come half a minute after
    the run starts, once it is indexed."""
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        before = bare_resize_ms()
        with tempfile.TemporaryDirectory() as data_dir:
            out = python(DOCUMENT_RUN, source, query, data_dir,
                         env_extra={"XDG_CACHE_HOME": cache_dir})  # fmt: skip
        bare = (before + bare_resize_ms()) / 2
        sample = json.loads(out.strip().splitlines()[-1])
        sample["load_average"] = os.getloadavg()[0]
        sample["bare_resize_ms"] = bare
        sample["resize_ratio"] = sample["resize_ms"] / bare
        samples.append(sample)
    medians = {key: statistics.median(sample[key] for sample in samples) for key in samples[0]}
    spreads = {
        key: (min(sample[key] for sample in samples), max(sample[key] for sample in samples))
        for key in samples[0]
    }
    return medians, spreads


def paired_ratio(
    runs: list[tuple[float, float]], bare: list[tuple[float, float]], figure: int
) -> float:
    """The median over rounds of a launch's figure (0: first frame, 1: idle) over the
    bare app's in the same round."""
    pairs = zip(runs, bare, strict=True)
    return statistics.median(ours[figure] / base[figure] for ours, base in pairs)


def spread(values: list[float]) -> str:
    return f"{min(values):.0f}-{max(values):.0f}"


# Books: name, varied.py's arguments. "500k lines": plain text of 500,000 short lines.
BOOKS = (
    ("10 KB", "book-10k.md", ("10k",)),
    ("1 MB", "book-1m.md", ("1m",)),
    ("5 MB", "book-5m.md", ("5m",)),
    ("20 MB", "book-20m.md", ("20m",)),
    ("500k lines", "lines-500k.txt", ("--lines", "500000")),
)
ROWS = [  # label, key, target (at 20 MB; "x" = times the 10 KB figure)
    ("open to first screen (ms)", "open_ms", "<= 1.5x"),
    ("fully read and indexed (ms)", "indexed_ms", ""),
    ("key latency while indexing, worst (ms)", "key_worst_ms", "<= 100"),
    ("key latency while indexing, median (ms)", "key_median_ms", ""),
    ("keys sent while indexing", "keys_while_indexing", ""),
    ("keys over 100 ms while indexing", "keys_over_100ms", "0"),
    ("event loop held while indexing, worst (ms)", "stall_worst_ms", "<= 100"),
    ("article re-layout after resize (ms)", "view_resize_ms", "< 30"),
    ("article page of scroll (ms)", "view_page_ms", "< 30"),
    ("whole app: resize (CPU ms)", "resize_ms", "<= 2x bare"),
    ("whole app: page of scroll (CPU ms)", "page_ms", "< 30"),
    ("search whole document (ms)", "search_ms", "<= 150"),
    ("peak RSS (MB)", "peak_rss_mb", "<= 120"),
    ("peak RSS when indexed (MB)", "peak_rss_indexed_mb", ""),
    ("paragraphs", "paragraphs", ""),
    ("search hits", "hits", ""),
    ("load average (1 min) after each run", "load_average", ""),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--startup-only", action="store_true", help="time start-up only")
    parser.add_argument("--books", default=",".join(name for name, _, _ in BOOKS),
                        help="which books, by name, comma-separated (default: all)")  # fmt: skip
    parser.add_argument("--no-startup", action="store_true",
                        help="books only: no start-up rounds (the caches are still warmed)")  # fmt: skip
    parser.add_argument("--busy", action="store_true",
                        help="with two spinning processes beside it (both processors busy)")  # fmt: skip
    args = parser.parse_args()
    spinners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2 * args.busy)
    ]
    try:
        measure(args)
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def measure(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        books = []
        wanted = set(args.books.split(","))
        chosen = [book for book in BOOKS if book[0] in wanted]
        for name, file_name, build_args in () if args.startup_only else chosen:
            book = Path(folder) / file_name
            # In a child: Linux carries a process's peak RSS across fork and exec, so
            # a 20 MB book built here would set every later measured child's peak.
            subprocess.run([sys.executable, str(HERE / "varied.py"), str(book), *build_args],
                           check=True, capture_output=True)  # fmt: skip
            books.append((name, book, book.stat().st_size))
        data_dir = str(Path(folder) / "data")
        cache_dir = str(Path(folder) / "cache")
        startup(BARE_APP)  # warm the file and bytecode caches for both
        startup(SCALETUI_APP, data_dir, cache_dir=cache_dir)  # and scaletui's layout cache
        bare, ours, first_launch = [], [], []
        loads = [os.getloadavg()[0]]
        # Start-up is the noisiest figure (a shared machine's speed drifts): twelve times
        # the runs, in rounds of the three launches back to back, so that each round's
        # three see the same machine load.
        for run in range(0 if args.no_startup else STARTUP_ROUNDS_PER_RUN * args.runs + 1):
            bare.append(startup(BARE_APP))
            ours.append(startup(SCALETUI_APP, data_dir, cache_dir=cache_dir))
            empty = str(Path(folder) / f"empty-cache-{run}")
            first_launch.append(startup(SCALETUI_APP, data_dir, cache_dir=empty))
            loads.append(os.getloadavg()[0])
        # Printed now: a book's run takes minutes on a busy machine.
        if bare:
            print_startup(args, books, (bare, ours, first_launch), loads)
        measured = []
        for name, book, _ in books:
            try:
                figures = document_figures(str(book), "الاصطناعي", args.runs, cache_dir)
            except subprocess.CalledProcessError as error:
                # Said, and the other books still measured: a run lost to one book's fault
                # would lose every figure.
                last = (error.stderr or "").strip().splitlines()[-1:] or ["no message"]
                print(f"{name}: the app failed ({last[0]}); no figures", flush=True)
                continue
            print(f"{name}: " + json.dumps(figures[0]), flush=True)
            measured.append((name, *figures))
    print_books(measured)


def print_startup(
    args: argparse.Namespace,
    books: list[tuple[str, Path, int]],
    launches: tuple[list[tuple[float, float]], ...],
    loads: list[float],
) -> None:
    """The machine, the load, and the start-up figures with their ratios."""
    bare, ours, first_launch = launches
    bare_ms, ours_ms, first_ms = (
        statistics.median(frame for frame, _ in runs) for runs in launches
    )
    bare_idle, ours_idle, first_idle = (
        statistics.median(idle for _, idle in runs) for runs in launches
    )
    # Each ratio is the median of the rounds' own ratios, not the ratio of two medians:
    # a round's launches share the machine's speed of the moment, so its drift cancels.
    repeat_ratio, first_ratio = (paired_ratio(runs, bare, 0) for runs in (ours, first_launch))
    repeat_idle_ratio, first_idle_ratio = (
        paired_ratio(runs, bare, 1) for runs in (ours, first_launch)
    )
    print(
        f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, "
        f"{os.cpu_count()} processors, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )
    rounds = STARTUP_ROUNDS_PER_RUN * args.runs + 1
    print(f"runs per figure: {args.runs}, start-up {rounds} rounds (medians)")
    busy = "two spinning processes beside it" if args.busy else "none added"
    print(f"load: {busy}; load average (1 min) during start-up: median "
          f"{statistics.median(loads):.1f}, {min(loads):.1f}-{max(loads):.1f}")  # fmt: skip
    print("books (varied text, bench/varied.py): " + ", ".join(
        f"{name} = {size:,} bytes" for name, _, size in books))  # fmt: skip
    print()
    frames = [[frame for frame, _ in runs] for runs in launches]
    print(f"{'start-up, headless (ms from launch)':40} {'first frame':>12} {'idle':>8}   spread")
    print(f"{'  bare Textual app, one Static':40} {bare_ms:12.0f} {bare_idle:8.0f}   "
          f"{spread(frames[0])}")  # fmt: skip
    print(f"{'  scaletui, repeat launch':40} {ours_ms:12.0f} {ours_idle:8.0f}   "
          f"{spread(frames[1])}")  # fmt: skip
    print(f"{'  ratio, paired by round (target <= 1.2)':40} {repeat_ratio:12.3f} "
          f"{repeat_idle_ratio:8.3f}")  # fmt: skip
    print(f"{'  scaletui, first launch (no cache)':40} {first_ms:12.0f} {first_idle:8.0f}   "
          f"{spread(frames[2])}")  # fmt: skip
    print(f"{'  ratio, paired by round (target <= 1.5)':40} {first_ratio:12.3f} "
          f"{first_idle_ratio:8.3f}", flush=True)  # fmt: skip


def print_books(
    measured: list[tuple[str, dict[str, float], dict[str, tuple[float, float]]]],
) -> None:
    """The books' figures, each with its ratio to the first book's (the 10 KB file's)."""
    if not measured:
        return
    print()
    names = [name for name, _, _ in measured]
    figures = [medians for _, medians, _ in measured]
    spreads = [spreads for _, _, spreads in measured]
    header = "".join(f"{name:>11}" for name in names)
    ratios = "".join(f"{'x' + name:>12}" for name in names[1:])
    print(f"{'':42}{header} {ratios}   target")
    for label, key, target in ROWS:
        base = figures[0][key]
        values = "".join(f"{f[key]:11.1f}" for f in figures)
        shown = "".join(f"{f[key] / base:12.2f}" if base > 0 else f"{'-':>12}" for f in figures[1:])
        if key == "load_average":
            shown = ""  # a ratio of loads says nothing
        print(f"{label:42}{values} {shown}   {target}")
    print(f"{'whole app: resize, spread of runs (CPU ms)':42}"
          + "".join(f"{s['resize_ms'][0]:6.0f}-{s['resize_ms'][1]:<4.0f}" for s in spreads))  # fmt: skip
    print(f"{'bare Textual app: resize (CPU ms)':42}"
          + "".join(f"{f['bare_resize_ms']:11.1f}" for f in figures)
          + "   (mean of just before and just after each run)")  # fmt: skip
    print(f"{'whole app resize / bare (median of runs)':42}"
          + "".join(f"{f['resize_ratio']:11.2f}" for f in figures) + "   target <= 2")  # fmt: skip


if __name__ == "__main__":
    main()
