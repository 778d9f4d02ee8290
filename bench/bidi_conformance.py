"""How much of Unicode's bidi conformance data the layout engine passes, and how fast.

Reads BidiCharacterTest.txt and BidiTest.txt (Debian's unicode-data package,
/usr/share/unicode) and prints, per file, the cases run and passed on the full
path (layout/uax9.py) and on the fast one-run path (plain text only), with the
time taken. tests/test_bidi_conformance.py holds both at 100%.

    python bench/bidi_conformance.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from scaletui.layout import uax9
from scaletui.layout.bidi import _levels_in_one_run, visual_order

UNICODE = Path("/usr/share/unicode")
NOT_PLAIN = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "S", "B"}
SAMPLE = {
    "L": "A", "R": "\u05d0", "AL": "\u0627", "EN": "0", "ES": "+", "ET": "$", "AN": "\u0660",
    "CS": ",", "NSM": "\u0300", "BN": "\u00ad", "B": "\u2029", "S": "\t", "WS": " ", "ON": "!",
    "LRE": "\u202a", "LRO": "\u202d", "RLE": "\u202b", "RLO": "\u202e", "PDF": "\u202c",
    "LRI": "\u2066", "RLI": "\u2067", "FSI": "\u2068", "PDI": "\u2069",
}  # fmt: skip
Case = tuple[str, list[str], int, list[str], list[int]]


def character_cases() -> Iterator[Case]:
    for line in (UNICODE / "BidiCharacterTest.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            fields = line.split(";")
            text = "".join(chr(int(code, 16)) for code in fields[0].split())
            kinds = uax9.bidi_classes(text)
            base = uax9.paragraph_level(kinds) if fields[1] == "2" else int(fields[1])
            yield text, kinds, base, fields[3].split(), [int(i) for i in fields[4].split()]


def class_cases() -> Iterator[Case]:
    levels: list[str] = []
    order: list[int] = []
    for line in (UNICODE / "BidiTest.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("@Levels:"):
            levels = line.split(":", 1)[1].split()
        elif line.startswith("@Reorder:"):
            order = [int(i) for i in line.split(":", 1)[1].split()]
        elif line and not line.startswith(("#", "@")):
            classes, bits = line.split(";")
            kinds = classes.split()
            text = "".join(SAMPLE[kind] for kind in kinds)
            for bit, base in ((1, None), (2, 0), (4, 1)):
                if int(bits) & bit:
                    level = uax9.paragraph_level(kinds) if base is None else base
                    yield text, kinds, level, levels, order


def measure(cases: Iterator[Case], resolve: Callable[[str, list[str], int], list[int]],
            plain_only: bool) -> tuple[int, int, float]:  # fmt: skip
    ran = passed = 0
    started = time.perf_counter()
    for text, kinds, base, expected, order in cases:
        if plain_only and NOT_PLAIN & set(kinds):
            continue
        ran += 1
        levels = uax9.line_levels(kinds, resolve(text, kinds, base), base)
        shown = [i for i, level in enumerate(expected) if level != "x"]
        seen = [shown[i] for i in visual_order([levels[i] for i in shown])]
        passed += all(levels[i] == int(expected[i]) for i in shown) and seen == order
    return ran, passed, time.perf_counter() - started


def main() -> int:
    if not (UNICODE / "BidiTest.txt").exists():
        print(f"{UNICODE} has no conformance files: apt-get install unicode-data", file=sys.stderr)
        return 1
    paths = {
        "full": (lambda text, kinds, base: uax9.resolve(text, base, kinds), False),
        "fast": (lambda text, kinds, base: _levels_in_one_run(text, kinds, base), True),
    }
    print(f"{'file':24} {'path':5} {'cases':>8} {'passed':>8} {'rate':>7} {'time':>7}")
    for name, cases in (("BidiCharacterTest.txt", character_cases),
                        ("BidiTest.txt", class_cases)):  # fmt: skip
        for path, (resolve, plain_only) in paths.items():
            ran, passed, seconds = measure(cases(), resolve, plain_only)
            print(f"{name:24} {path:5} {ran:8} {passed:8} {passed / ran:7.2%} {seconds:6.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
