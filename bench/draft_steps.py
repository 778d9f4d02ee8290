"""How long the drafter's steps take on a book, with and without the name model.

    python bench/draft_steps.py [SIZE]     (SIZE in bytes, or 1m, 5m, 20m; 1m by default)

A book from bench/varied.py (no paragraph repeats) is drafted step by step, as
story/stream.py drafts it in the background; a key waits at most one step, so the
longest step is the figure that matters (keys must answer within 100 ms), and the
total is how long a book waits for its panels. Both are printed for the drafter as it
is and with its name model left out (the rules alone), measured in the same run, and
their ratio. CPU time per step is printed beside wall time: this machine may be busy.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))
sys.path.insert(0, str(ROOT / "bench"))

from scaletui.story.document import parse_markdown, read_document  # noqa: E402
from scaletui.story.draft import draft_steps, tagger  # noqa: E402
from scaletui.story.model import Paragraph  # noqa: E402
from varied import SIZES, build  # noqa: E402


def measure(paragraphs: list[Paragraph]) -> tuple[float, float, float, float, int]:
    """(total wall s, total CPU s, longest step wall ms, longest step CPU ms, steps)."""
    walls, cpus = [], []
    steps = draft_steps(paragraphs)
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    while True:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            next(steps)
        except StopIteration:
            break
        finally:
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
    total_wall, total_cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
    return total_wall, total_cpu, max(walls) * 1e3, max(cpus) * 1e3, len(walls)


def main() -> int:
    size = sys.argv[1] if len(sys.argv) > 1 else "1m"
    with tempfile.TemporaryDirectory() as scratch:
        book = Path(scratch) / "book.md"
        build(book, SIZES.get(size) or int(size))
        paragraphs = parse_markdown(read_document(book))
    tagger.tag(["تمهيد"])  # the model opened once, as a session's first draft does
    with_model = measure(paragraphs)
    opened = tagger._tagger
    tagger._tagger = lambda: None  # type: ignore[assignment]
    try:
        rules = measure(paragraphs)
    finally:
        tagger._tagger = opened
    print(f"book: {size}, {len(paragraphs)} paragraphs")
    for name, (wall, cpu, step_wall, step_cpu, steps) in (("rules and model", with_model),
                                                         ("rules alone", rules)):  # fmt: skip
        print(f"  {name:16} total {wall:7.1f} s wall {cpu:7.1f} s CPU   longest step "
              f"{step_wall:6.1f} ms wall {step_cpu:6.1f} ms CPU   {steps} steps")  # fmt: skip
    print(f"  ratio (model / rules): total CPU {with_model[1] / rules[1]:.2f}, "
          f"longest step CPU {with_model[3] / rules[3]:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
