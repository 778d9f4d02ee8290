"""`scaletui print` of big inputs: processor time, time per MB and peak memory.

    python bench/print_big.py [SIZE_MB]      (default 10; issue 26 measured 50)

Each input is made in a temporary folder, then printed at 80 columns by a fresh
process (scaletui's `print`, output thrown away), whose own processor time (user +
system) the kernel reports (wait4), and its peak RSS (/proc's VmHWM, Linux).
Processor time is the figure: on a busy machine the wall time is a multiple of it,
and says nothing about scaletui. The inputs:

- varied: SIZE MB of Arabic prose, no paragraph alike (bench/varied.py), so no
  layout is kept for another: the cost of laying text out;
- repeated: the seed's paragraphs over and over (every layout after the first kept);
- one line: SIZE/5 MB of varied prose on one line (cut into 10,000-character
  paragraphs as it is read);
- a pack whose article is that one line, as one paragraph;
- letters: SIZE/25 million one-letter lines, each a paragraph.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from varied import build  # noqa: E402  (the bench folder's own module)

ROOT = Path(__file__).resolve().parents[1]
PACK = ROOT / "content" / "scale-ai-meta"


# The child's own peak is VmHWM, from /proc: its ru_maxrss (from wait4 too) is at least
# this process's RSS when it started it (Linux carries the old memory's peak across
# exec), and this process has just made an input of up to 50 MB.
CHILD = """
import sys
from scaletui.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status") as status:
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print("peak", peak, file=sys.stderr)
sys.exit(code)
"""


def print_cost(target: Path) -> tuple[float, float]:
    """(processor seconds, peak RSS in MB) of `scaletui print --width 80 target`."""
    with open(os.devnull, "wb") as nowhere:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, "print", "--width", "80", str(target)],
            stdout=nowhere,
            stderr=subprocess.PIPE,
        )
        _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    assert child.stderr is not None
    said = child.stderr.read().decode()
    if child.returncode != 0:
        raise SystemExit(f"print failed: {said}")
    peak_kb = int(said.split()[-1])
    return usage.ru_utime + usage.ru_stime, peak_kb / 1024


def varied(folder: Path, size: int) -> Path:
    path = folder / "varied.txt"
    build(path, size)
    return path


def repeated(folder: Path, size: int) -> Path:
    article = (PACK / "article.txt").read_text(encoding="utf-8")
    body = "\n\n".join(p for p in article.split("\n\n") if not p.startswith("#"))
    path = folder / "repeated.txt"
    path.write_text((body + "\n\n") * (size // len(body.encode()) + 1), encoding="utf-8")
    return path


def one_line(folder: Path, size: int) -> Path:
    source = varied(folder, size // 5)
    path = folder / "one-line.txt"
    text = source.read_text(encoding="utf-8")
    words = [word for word in text.split() if not word.startswith("#")]  # (no headings)
    path.write_text(" ".join(words) + "\n", encoding="utf-8")
    return path


def pack(folder: Path, size: int) -> Path:
    line = one_line(folder, size)
    made = folder / "pack"
    shutil.copytree(PACK, made)
    article = (made / "article.txt").read_text(encoding="utf-8")
    huge = line.read_text(encoding="utf-8")
    (made / "article.txt").write_text(f"{article}\n\n{huge}", encoding="utf-8")
    return made


def letters(folder: Path, size: int) -> Path:
    path = folder / "letters.txt"
    count = size // 25
    path.write_text("".join("ابتثجحخدذر"[i % 10] + "\n" for i in range(count)), "utf-8")
    return path


INPUTS: list[tuple[str, Callable[[Path, int], Path]]] = [
    ("varied prose", varied),
    ("the seed repeated", repeated),
    ("varied prose, one line", one_line),
    ("a pack, one paragraph", pack),
    ("one-letter lines", letters),
]


def main() -> None:
    size = int(float(sys.argv[1]) * 1_000_000) if len(sys.argv) > 1 else 10_000_000
    print(f"{'input':26} {'MB':>6} {'cpu s':>8} {'s/MB':>6} {'peak MB':>8}")
    for name, make in INPUTS:
        with tempfile.TemporaryDirectory() as folder:
            target = make(Path(folder), size)
            files = [target] if target.is_file() else list(target.iterdir())
            megabytes = sum(path.stat().st_size for path in files) / 1_000_000
            seconds, peak = print_cost(target)
            print(f"{name:26} {megabytes:6.1f} {seconds:8.1f} {seconds / megabytes:6.2f} "
                  f"{peak:8.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
