"""A mechanism's gain, measured: scaletui with it against scaletui without it, in one run.

    python bench/ab.py WITH WITHOUT [--figure repeat|first|resize] [--rounds N]
                       [--busy] [--instructions]

WITH and WITHOUT are folders holding a `scaletui` package (a copy of `tui/` with the
mechanism taken out, say); each launch imports the one it is given (PYTHONPATH).
Launches alternate in rounds (a bare Textual app, then the two in an order that
swaps every round), and the gain is the median over rounds of (without - with) /
without, each round's launches sharing the machine's speed of the moment. It prints
figures; it is not a test.

Figures (each as `bench.py` measures it):
- repeat: launch to the first painted frame, caches filled by an earlier launch;
- first: the same with an empty cache directory (a first launch);
- resize: the whole app's CPU time for one resize (median of fifteen widths).

--busy runs two spinning processes beside it (both processors busy) and stops them.
--instructions also counts the instructions each version runs under callgrind
(valgrind): counts do not move with the machine's load. For repeat and first, the
whole process (launch, first frame, idle, exit) and, the figure itself, the process
up to its first frame (it ends there). For resize it is the difference between a
launch that resizes fifteen times and one that does not.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import BARE_APP, FIRST_PAINT, RESIZE_WIDTHS  # noqa: E402

SCALETUI_APP = (
    FIRST_PAINT
    + """
import sys
from scaletui.cli import build_app_parser, create_app

app = create_app(build_app_parser().parse_args(["--data-dir", sys.argv[1]]))
app.run(headless=True, size=(120, 40), auto_pilot=first_paint)
"""
)

# The same launch, ended at its first frame: what the start-up figures measure.
TO_FIRST_FRAME = SCALETUI_APP.replace(
    'marks.setdefault("frame", time.monotonic())', "import os; os._exit(0)"
)
assert TO_FIRST_FRAME != SCALETUI_APP

# The whole app's resizes, in CPU time (sys.argv[2]: how many widths; 0 for none).
RESIZES = """
import asyncio, json, statistics, sys, time
from scaletui.cli import build_app_parser, create_app

WIDTHS = RESIZE_WIDTHS[: int(sys.argv[2])]

async def main():
    app = create_app(build_app_parser().parse_args(["--data-dir", sys.argv[1]]))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        cpus = []
        for width in WIDTHS:
            cpu = time.process_time()
            await pilot.resize_terminal(width, 40)
            await pilot.pause()
            cpus.append((time.process_time() - cpu) * 1000)
        print(json.dumps({"resize": statistics.median(cpus) if cpus else 0.0}))

asyncio.run(main())
""".replace("RESIZE_WIDTHS", repr(RESIZE_WIDTHS))


def run(code: str, tree: str | None, *args: str, cache: str = "") -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONHASHSEED"] = "0"
    if tree:
        env["PYTHONPATH"] = tree
    if cache:
        env["XDG_CACHE_HOME"] = cache
    return subprocess.run([sys.executable, "-c", code, *args], check=True,
                          capture_output=True, text=True, env=env).stdout + ""  # fmt: skip


def launch_ms(code: str, tree: str | None, data: str, cache: str = "") -> float:
    started = time.monotonic()
    out = run(code, tree, data, cache=cache) if tree else run(code, None)
    return (json.loads(out.strip().splitlines()[-1])["frame"] - started) * 1000


def instructions(code: str, tree: str, *args: str, cache: str = "") -> int:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONHASHSEED="0", PYTHONPATH=tree)
    if cache:
        env["XDG_CACHE_HOME"] = cache
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", code, *args],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))  # type: ignore[union-attr]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("with_", metavar="WITH")
    parser.add_argument("without", metavar="WITHOUT")
    parser.add_argument("--figure", choices=("repeat", "first", "resize"), default="repeat")
    parser.add_argument("--rounds", type=int, default=31)
    parser.add_argument("--busy", action="store_true")
    parser.add_argument("--instructions", action="store_true")
    args = parser.parse_args()
    trees = {"with": str(Path(args.with_).resolve()), "without": str(Path(args.without).resolve())}
    spinners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2 * args.busy)
    ]
    try:
        with tempfile.TemporaryDirectory() as folder:
            print(measure(args, trees, Path(folder)))
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def measure(args: argparse.Namespace, trees: dict[str, str], folder: Path) -> str:
    data = str(folder / "data")
    caches = {name: str(folder / f"cache-{name}") for name in trees}
    for name, tree in trees.items():  # warm the bytecode and both versions' caches
        launch_ms(SCALETUI_APP, tree, data, caches[name])
    samples: dict[str, list[float]] = {"with": [], "without": [], "bare": []}
    gains: list[float] = []
    for round_ in range(args.rounds):
        if args.figure != "resize":
            samples["bare"].append(launch_ms(BARE_APP, None, data))
        order = list(trees) if round_ % 2 == 0 else list(reversed(trees))
        got: dict[str, float] = {}
        for name in order:
            if args.figure == "resize":
                out = run(RESIZES, trees[name], data, str(len(RESIZE_WIDTHS)), cache=caches[name])
                got[name] = json.loads(out.strip().splitlines()[-1])["resize"]
            else:
                cache = (
                    caches[name] if args.figure == "repeat" else str(folder / f"e{round_}{name}")
                )
                got[name] = launch_ms(SCALETUI_APP, trees[name], data, cache)
            samples[name].append(got[name])
        gains.append((got["without"] - got["with"]) / got["without"])
    lines = [
        f"figure: {args.figure}, {args.rounds} rounds{', both processors busy' if args.busy else ''}"
    ]
    for name, values in samples.items():
        if values:
            lines.append(f"  {name:8} median {statistics.median(values):7.1f} ms  "
                         f"spread {min(values):.0f}-{max(values):.0f}")  # fmt: skip
    if gains:
        gain = statistics.median(gains)
        lines.append(f"  gain, median of rounds' (without - with) / without: {gain:+.1%}")
    if samples["bare"]:
        for name in trees:
            ratio = statistics.median(
                s / b for s, b in zip(samples[name], samples["bare"], strict=True)
            )
            lines.append(f"  {name} / bare, paired by round: {ratio:.3f}x")
    if args.instructions:
        counts: dict[str, dict[str, int]] = {"whole process": {}, "to the first frame": {}}
        for name, tree in trees.items():
            if args.figure == "resize":
                n = str(len(RESIZE_WIDTHS))
                counts["whole process"][name] = instructions(
                    RESIZES, tree, data, n, cache=caches[name]
                ) - instructions(RESIZES, tree, data, "0", cache=caches[name])
                continue
            for what, code in (
                ("whole process", SCALETUI_APP),
                ("to the first frame", TO_FIRST_FRAME),
            ):
                # A first launch's count needs a cache directory no launch has filled.
                cache = (
                    caches[name]
                    if args.figure == "repeat"
                    else str(folder / f"i-{name}-{len(what)}")
                )
                counts[what][name] = instructions(code, tree, data, cache=cache)
        for what, count in counts.items():
            if count:
                gain = (count["without"] - count["with"]) / count["without"]
                lines.append(f"  instructions (callgrind), {what}: with {count['with']:,}, "
                             f"without {count['without']:,}: gain {gain:+.1%}")  # fmt: skip
    return "\n".join(lines)


if __name__ == "__main__":
    main()
