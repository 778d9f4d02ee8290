"""Drafting a book in the app's process, or in a child that sends back only its items.

    python bench/draft_child.py [--lines N]   (a file of N short lines; 500,000 by default)

Each way runs in a fresh process, without Textual: the book read and folded for search
as the indexer does it (a collection and a freeze every 100 steps), then drafted, in
the process or by a child (`python -m scaletui.story.child_draft`) whose items arrive
in pieces. Printed for each: the process's RSS after (from /proc/self/statm) and its
peak (VmHWM), the child's own peak, the wall time of the drafting, and whether the
items are the same both ways. It is not a test.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))
sys.path.insert(0, str(ROOT / "bench"))

FREEZE_STEPS = 100  # as screens/explorer/indexing.py


def _mb(field: str) -> float:
    """VmRSS or VmHWM of this process, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _stepped(steps: Iterator[float | None]) -> None:
    done = 0
    for step in steps:
        if step is not None:
            time.sleep(step)  # nothing from the child yet: as the indexer waits
        done += 1
        if done % FREEZE_STEPS == 0:
            gc.collect()
            gc.freeze()


def run(path: str, way: str) -> dict[str, object]:
    """Read, fold and draft the book one way; the figures."""
    from scaletui.search import StoryIndex
    from scaletui.story.paragraphs import texts_of
    from scaletui.story.stream import StreamedDocument

    document = StreamedDocument(Path(path), child_bytes=0 if way == "child" else None)
    _stepped(document.read_steps())
    index = StoryIndex(texts_of(document.paragraphs))
    while not index.fold_more():
        pass
    gc.collect()
    gc.freeze()
    read = _mb("VmRSS")
    start = time.perf_counter()
    _stepped(document.draft_steps())
    seconds = time.perf_counter() - start
    story = document.story
    gc.collect()
    figures: dict[str, object] = {
        "read_and_folded_mb": round(read, 1),
        "after_mb": round(_mb("VmRSS"), 1),
        "peak_mb": round(_mb("VmHWM"), 1),
        "draft_s": round(seconds, 1),
        "child_peak_mb": round(document.child_peak_mb, 1),
        "drafted_apart": document.drafted_apart,
        "child_problem": document.child_problem,
        "items": [len(story.entities), len(story.numbers), len(story.events), len(story.people)],
        "digest": _items_digest(story),
    }
    return figures


def _items_digest(story: object) -> str:
    import hashlib

    parts = (story.entities, story.numbers, story.events, story.people)  # type: ignore[attr-defined]
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=500_000)
    parser.add_argument("--way", choices=("in-process", "child"), help=argparse.SUPPRESS)
    parser.add_argument("--book", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.way:
        print(json.dumps(run(args.book, args.way)))
        return
    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "lines.txt"
        # In a child: Linux carries a process's peak RSS across fork and exec.
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "varied.py"), str(book), "--lines",
             str(args.lines)], check=True, capture_output=True,
        )  # fmt: skip
        results = {}
        for way in ("in-process", "child"):
            out = subprocess.run(
                [sys.executable, __file__, "--way", way, "--book", str(book)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            results[way] = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{way}: {json.dumps(results[way])}", flush=True)
    mine, theirs = results["in-process"], results["child"]
    print(f"same items both ways: {mine['digest'] == theirs['digest']}")
    for key in ("after_mb", "peak_mb"):
        saved = float(mine[key]) - float(theirs[key])
        print(f"{key}: in-process {mine[key]}, child {theirs[key]}: {saved:+.1f} MB saved")


if __name__ == "__main__":
    main()
