"""The layout engine held to Unicode's own conformance data, in full.

BidiCharacterTest.txt (91,707 cases: real characters, brackets, explicit
directions and auto) and BidiTest.txt (770,241 runs of bidi classes, each for
auto, LTR and RTL paragraphs), from Debian's unicode-data package. Every case
runs on the full path (layout/uax9.py), and every case the fast one-run path
takes (no explicit controls, isolates or separators) runs on it as well.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scaletui.layout import uax9
from scaletui.layout.bidi import _levels_in_one_run, embedding_levels, visual_order

UNICODE = Path("/usr/share/unicode")
CHARACTER_TEST = UNICODE / "BidiCharacterTest.txt"
CLASS_TEST = UNICODE / "BidiTest.txt"
NOT_PLAIN = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "S", "B"}
# One character of each bidi class, for BidiTest.txt's class sequences.
SAMPLE = {
    "L": "A", "R": "\u05d0", "AL": "\u0627", "EN": "0", "ES": "+", "ET": "$", "AN": "\u0660",
    "CS": ",", "NSM": "\u0300", "BN": "\u00ad", "B": "\u2029", "S": "\t", "WS": " ", "ON": "!",
    "LRE": "\u202a", "LRO": "\u202d", "RLE": "\u202b", "RLO": "\u202e", "PDF": "\u202c",
    "LRI": "\u2066", "RLI": "\u2067", "FSI": "\u2068", "PDI": "\u2069",
}  # fmt: skip

Case = tuple[
    str, list[str], int, list[str], list[int], str
]  # text, kinds, base, levels, order, where
Resolver = Callable[[str, list[str], int], list[int]]


def need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here: install Debian's unicode-data package")


def character_cases() -> Iterator[Case]:
    for number, line in enumerate(CHARACTER_TEST.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split(";")
        text = "".join(chr(int(code, 16)) for code in fields[0].split())
        kinds = uax9.bidi_classes(text)
        direction = int(fields[1])
        base = uax9.paragraph_level(kinds) if direction == 2 else direction
        assert base == int(fields[2]), f"line {number}: paragraph level"
        order = [int(i) for i in fields[4].split()]
        yield text, kinds, base, fields[3].split(), order, f"BidiCharacterTest.txt:{number}"


def class_cases() -> Iterator[Case]:
    levels: list[str] = []
    order: list[int] = []
    for number, line in enumerate(CLASS_TEST.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        if line.startswith("@Levels:"):
            levels = line.split(":", 1)[1].split()
        elif line.startswith("@Reorder:"):
            order = [int(i) for i in line.split(":", 1)[1].split()]
        elif not line.startswith("@"):
            classes, bits = line.split(";")
            kinds = classes.split()
            text = "".join(SAMPLE[kind] for kind in kinds)
            for bit, base in ((1, None), (2, 0), (4, 1)):
                if int(bits) & bit:
                    level = uax9.paragraph_level(kinds) if base is None else base
                    yield text, kinds, level, levels, order, f"BidiTest.txt:{number}"


def failures(cases: Iterator[Case], resolve: Resolver, plain_only: bool) -> tuple[int, list[str]]:
    """Run every case (or, with plain_only, every one the fast path takes)."""
    ran, failed = 0, []
    for text, kinds, base, expected, order, where in cases:
        if plain_only and NOT_PLAIN & set(kinds):
            continue
        ran += 1
        levels = uax9.line_levels(kinds, resolve(text, kinds, base), base)  # one line: L1
        shown = [i for i, level in enumerate(expected) if level != "x"]
        seen_order = [shown[i] for i in visual_order([levels[i] for i in shown])]
        if any(levels[i] != int(expected[i]) for i in shown) or seen_order != order:
            failed.append(f"{where} base {base}: {expected} != {levels}")
    return ran, failed


def full_path(text: str, kinds: list[str], base: int) -> list[int]:
    return uax9.resolve(text, base, kinds)


def fast_path(text: str, kinds: list[str], base: int) -> list[int]:
    return _levels_in_one_run(text, kinds, base)


def public(text: str, kinds: list[str], base: int) -> list[int]:
    # What the engine calls (it routes each paragraph to one of the paths).
    return embedding_levels(text, "rtl" if base else "ltr")


@pytest.mark.parametrize(
    ("source", "path", "resolve", "plain_only"),
    [
        (CHARACTER_TEST, "full", full_path, False),
        (CHARACTER_TEST, "fast", fast_path, True),
        (CHARACTER_TEST, "engine", public, False),
        (CLASS_TEST, "full", full_path, False),
        (CLASS_TEST, "fast", fast_path, True),
    ],
)
def test_every_case_of_the_conformance_files(
    source: Path, path: str, resolve: Resolver, plain_only: bool
) -> None:
    need(source)
    cases = character_cases() if source == CHARACTER_TEST else class_cases()
    ran, failed = failures(cases, resolve, plain_only)
    assert ran > 10_000, f"{source.name} on the {path} path ran only {ran} cases"
    assert not failed, f"{len(failed)} of {ran} fail on the {path} path:\n" + "\n".join(failed[:10])
