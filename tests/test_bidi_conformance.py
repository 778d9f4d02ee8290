"""The whole layout engine held to Unicode's own bidi conformance data, in full.

BidiCharacterTest.txt (91,707 cases: real characters, brackets, explicit
directions and auto) and BidiTest.txt (770,241 runs of bidi classes, each for
auto, LTR and RTL paragraphs), from Debian's unicode-data package.

Every case goes through `LayoutEngine.layout`, the path every widget takes:
sanitising, shaping, clusters, levels (the one-run path or layout/uax9.py, as the
engine routes the text), L1, L2 and L4. The resolvers on their own are timed and
counted by bench/bidi_conformance.py; a property test in tests/test_layout.py holds
the one-run path to the full algorithm.
"""

from __future__ import annotations

import unicodedata
import zlib
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest

from scaletui.layout import LayoutEngine, base_direction, uax9
from scaletui.layout.bidi import _levels_in_one_run, visual_order

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
CHOICES = {0: "ltr", 1: "rtl", 2: "auto"}


class Case(NamedTuple):
    text: str
    kinds: list[str]
    choice: str  # the paragraph direction asked for: "ltr", "rtl" or "auto"
    base: int  # the paragraph level the file gives
    levels: list[str]  # each character's resolved level, "x" for one X9 removes
    order: list[int]  # the logical indices of the characters not removed, left to right
    where: str


Resolver = Callable[[str, list[str], int], list[int]]


def need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here: install Debian's unicode-data package")


def in_shard(key: str, shard: tuple[int, int]) -> bool:
    """Whether a case whose text is written `key` in the file is in shard (k, of n)."""
    k, n = shard
    return n == 1 or zlib.crc32(key.encode()) % n == k


def character_cases(shard: tuple[int, int] = (0, 1)) -> Iterator[Case]:
    for number, line in enumerate(CHARACTER_TEST.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split(";")
        if not in_shard(fields[0], shard):
            continue
        text = "".join(chr(int(code, 16)) for code in fields[0].split())
        kinds = uax9.bidi_classes(text)
        choice = CHOICES[int(fields[1])]
        base = uax9.paragraph_level(kinds) if choice == "auto" else int(choice == "rtl")
        assert base == int(fields[2]), f"line {number}: paragraph level"
        order = [int(i) for i in fields[4].split()]
        where = f"BidiCharacterTest.txt:{number}"
        yield Case(text, kinds, choice, base, fields[3].split(), order, where)


def class_cases(shard: tuple[int, int] = (0, 1)) -> Iterator[Case]:
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
            if not in_shard(classes, shard):
                continue
            kinds = classes.split()
            text = "".join(SAMPLE[kind] for kind in kinds)
            for bit, choice in ((1, "auto"), (2, "ltr"), (4, "rtl")):
                if int(bits) & bit:
                    level = (
                        uax9.paragraph_level(kinds) if choice == "auto" else int(choice == "rtl")
                    )
                    yield Case(text, kinds, choice, level, levels, order, f"BidiTest.txt:{number}")


# --- the resolvers alone (bench/bidi_conformance.py) ------------------------------


def failures(cases: Iterator[Case], resolve: Resolver, plain_only: bool) -> tuple[int, list[str]]:
    """Run every case on one resolver (or, with plain_only, every one the fast path takes)."""
    ran, failed = 0, []
    for case in cases:
        if plain_only and NOT_PLAIN & set(case.kinds):
            continue
        ran += 1
        levels = uax9.line_levels(case.kinds, resolve(case.text, case.kinds, case.base), case.base)
        shown = [i for i, level in enumerate(case.levels) if level != "x"]
        seen_order = [shown[i] for i in visual_order([levels[i] for i in shown])]
        if any(levels[i] != int(case.levels[i]) for i in shown) or seen_order != case.order:
            failed.append(f"{case.where} base {case.base}: {case.levels} != {levels}")
    return ran, failed


def full_path(text: str, kinds: list[str], base: int) -> list[int]:
    return uax9.resolve(text, base, kinds)


def fast_path(text: str, kinds: list[str], base: int) -> list[int]:
    return _levels_in_one_run(text, kinds, base)


# --- the whole engine -------------------------------------------------------------


def engine_failure(engine: LayoutEngine, case: Case) -> str | None:
    """What the engine shows wrong for one case (None: nothing).

    The text is laid out on one line wide enough for it, with the file's paragraph
    direction (auto: the engine's own choice, LTR where nothing is strong, as the
    file's). The comparison is on what a reader sees, the *visible* characters: each
    one the engine draws (a cell of its own or a mark on another's) that the file
    gives a place (not "x"). A format control (LRM, an isolate, ZWJ) is drawn as
    nothing, so it has no place to compare; spaces at the line's end are swallowed.

    - order: the line's logical-to-visual map gives each visible character's cell;
      read in the file's visual order, the cells must run left to right, each cell
      once (a glyph's letters and marks are together in the file's order too), and
      cover every cell drawn;
    - levels: the glyph drawing each visible character is at the file's level for
      it (it decides the order, and mirroring: rule L4);
    - nothing lost: a character the file places and the engine does not draw is a
      format control or whitespace at the line's end.
    """
    text = case.text
    layout = engine.layout(text, 2 * len(text) + 1, case.choice, "ltr")  # type: ignore[arg-type]
    if layout.direction != ("rtl" if case.base else "ltr"):
        return "paragraph direction"
    if len(layout.lines) != 1:
        return "wrapped"
    line = layout.lines[0]
    columns, spans, expected = line.columns, line.spans, case.levels
    visible = [
        spans[i] > 0 and expected[i] != "x" and not _is_format(char) for i, char in enumerate(text)
    ]
    for i in case.order:
        if not visible[i] and not _unseen(text[i]):
            if not text[i].isspace() or not all(map(_unseen, text[i + 1 :])):
                return f"character {i} is not drawn"
    cells = [columns[i] for i in case.order if visible[i]]
    if any(later < earlier for earlier, later in zip(cells, cells[1:], strict=False)):
        return f"order: cells {cells}"
    if set(cells) != {columns[i] for i in range(len(text)) if visible[i]}:
        return "a cell drawn has no place in the file"
    for cluster in engine.prepare(text, case.choice, "ltr").clusters:  # type: ignore[arg-type]
        for i in range(cluster.start, cluster.end):
            if visible[i] and cluster.level != int(expected[i]):
                return f"level of {i}: {cluster.level}, not {expected[i]}"
    return None


@cache
def _is_format(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def _unseen(char: str) -> bool:
    """Whitespace (swallowed at a line's end) or a format control (drawn as nothing)."""
    return char.isspace() or _is_format(char)


def engine_failures(cases: Iterator[Case]) -> tuple[int, list[str]]:
    """Every case through one engine. A text the file gives twice at one paragraph
    level (auto and the direction auto finds) is laid out once; for the auto case
    the engine's choice of direction (rules P2, P3) is checked on its own."""
    engine = LayoutEngine()
    ran, failed = 0, []
    done: dict[tuple[str, int], str | None] = {}
    for case in cases:
        ran += 1
        key = (case.text, case.base)
        if key in done:
            problem = done[key]
            if problem is None and case.choice == "auto":
                if base_direction(case.text, "ltr") != ("rtl" if case.base else "ltr"):
                    problem = "paragraph direction"
        else:
            problem = done[key] = engine_failure(engine, case)
        if problem:
            failed.append(f"{case.where} {case.choice} {case.text!r}: {problem}")
    return ran, failed


# Each file in shards, so that the suite's processes share the engine's minute of work
# rather than one of them ending the run alone. A shard is fixed by the text as the
# file writes it, so the cases of one text (laid out once) stay together.
SHARDS = {CHARACTER_TEST: 2, CLASS_TEST: 6}


@pytest.mark.parametrize(
    ("source", "shard"),
    [(source, shard) for source, shards in SHARDS.items() for shard in range(shards)],
    ids=lambda value: value.name if isinstance(value, Path) else f"shard{value}",
)
def test_the_whole_engine_passes_every_case(source: Path, shard: int) -> None:
    need(source)
    part = (shard, SHARDS[source])
    cases = character_cases(part) if source == CHARACTER_TEST else class_cases(part)
    ran, failed = engine_failures(cases)
    # Each file has over 90,000 cases: a shard that holds far fewer than its share
    # was cut short.
    assert ran > 90_000 // part[1] // 2, f"{source.name} shard {shard} ran only {ran} cases"
    assert not failed, f"{len(failed)} of {ran} fail:\n" + "\n".join(failed[:10])
