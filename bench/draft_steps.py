"""How long the drafter's steps take on a book, with and without the name model.

    python bench/draft_steps.py [SIZE]          (SIZE in bytes, or 1m, 5m, 20m; 1m by default)
    python bench/draft_steps.py --lines N       (a file of N short lines, N paragraphs)
    python bench/draft_steps.py SIZE --where    (the drafter as it is only, and which pass
                                                 ended each of its longest steps)

A book from bench/varied.py (no paragraph repeats) is read and drafted step by step, as
story/stream.py drafts it in the background (its last step makes the story); a key waits
at most one step, so the longest step is the figure that matters (keys must answer
within 100 ms), and the total is how long a book waits for its panels. Both are printed
for the drafter as it is and with its name model left out (the rules alone), measured in
the same run, and their ratio. CPU time per step is printed beside wall time: this
machine may be busy.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Generator, Iterator
from functools import cache
from pathlib import Path
from unittest.mock import patch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))
sys.path.insert(0, str(ROOT / "bench"))

from scaletui.story.draft import tagger  # noqa: E402
from scaletui.story.stream import StreamedDocument  # noqa: E402
from varied import SIZES, build, build_lines  # noqa: E402

Measured = tuple[float, float, float, float, int, list[tuple[float, str]]]


def _where(steps: Iterator[None]) -> str:
    """The innermost pass a stepped generator is paused in (function:line)."""
    chain, gen = [], steps
    while gen is not None and (frame := getattr(gen, "gi_frame", None)) is not None:
        chain.append(f"{frame.f_code.co_name}:{frame.f_lineno}")
        # story/stream.py drives the drafter's generator by hand (its `steps`)
        gen = getattr(gen, "gi_yieldfrom", None) or frame.f_locals.get("steps")
    return chain[-1] if chain else "the story made"


def measure(document: StreamedDocument) -> Measured:
    """(total wall s, total CPU s, longest step wall ms, longest step CPU ms, steps, and
    each step's CPU ms with the pass that ended it)."""
    walls, cpus, where = [], [], []
    steps: Generator[None, None, None] = document.draft_steps()  # type: ignore[assignment]
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    while True:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            next(steps)
            at = _where(steps)
        except StopIteration:
            at = "the story made"
            break
        finally:
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
            where.append(at)
    total_wall, total_cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
    by_step = list(zip([c * 1e3 for c in cpus], where, strict=True))
    return (total_wall, total_cpu, max(walls) * 1e3, max(cpus) * 1e3, len(walls), by_step)


def opened(path: Path) -> StreamedDocument:
    document = StreamedDocument(path)
    for _ in document.read_steps():
        pass
    return document


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", nargs="?", default="1m")
    parser.add_argument("--lines", type=int, help="a file of this many short lines")
    parser.add_argument("--where", action="store_true", help="the passes of the longest steps")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.lines:
            book, label = Path(scratch) / "lines.txt", f"{args.lines} short lines"
            build_lines(book, args.lines)
        else:
            book, label = Path(scratch) / "book.md", f"book: {args.size}"
            build(book, SIZES.get(args.size) or int(args.size))
        tagger.tag(["تمهيد"])  # the model opened once, as a session's first draft does
        with_model = measure(opened(book))
        runs = [("rules and model", with_model)]
        if not args.where:
            with patch.object(tagger, "_tagger", cache(lambda: None)):  # (release clears it)
                runs.append(("rules alone", measure(opened(book))))
        paragraphs = len(opened(book).paragraphs) if args.where else 0
    print(label + (f", {paragraphs} paragraphs" if paragraphs else ""))
    for name, (wall, cpu, step_wall, step_cpu, steps, _) in runs:
        print(f"  {name:16} total {wall:7.1f} s wall {cpu:7.1f} s CPU   longest step "
              f"{step_wall:6.1f} ms wall {step_cpu:6.1f} ms CPU   {steps} steps")  # fmt: skip
    if len(runs) == 2:
        rules = runs[1][1]
        print(f"  ratio (model / rules): total CPU {with_model[1] / rules[1]:.2f}, "
              f"longest step CPU {with_model[3] / rules[3]:.2f}")  # fmt: skip
    if args.where:
        longest: dict[str, float] = {}
        for cpu_ms, at in with_model[5]:
            longest[at] = max(longest.get(at, 0.0), cpu_ms)
        print("  longest step CPU by the pass that ended it:")
        for at, cpu_ms in sorted(longest.items(), key=lambda item: -item[1])[:8]:
            print(f"    {cpu_ms:7.1f} ms  {at}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
