"""UAX #9 embedding levels for a whole paragraph, and per-line reordering.

Levels are resolved once per paragraph; reordering is per line (rules L1-L4),
after line breaking. Plain text (no explicit controls, isolates or
separators: nearly all text) takes a one-run path here; everything else takes
the whole algorithm in layout/uax9.py. Both are held to Unicode's conformance
files (BidiTest.txt, BidiCharacterTest.txt) and to each other. python-bidi
gives only its table of mirrored characters (rule L4).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Literal

from bidi.mirror import MIRRORED

from .run_rules import resolve_run

Direction = Literal["rtl", "ltr"]


def isolated(text: str) -> str:
    """Text of either direction inside a sentence (a reader's query, a name): a
    first-strong isolate, so it keeps to itself. An Arabic query does not carry the
    count after it along, and a stray override pasted into it ends with it."""
    return f"\u2068{text}\u2069"


def base_direction(text: str, default: Direction = "rtl") -> Direction:
    """Rules P2-P3: the first strong character outside isolates decides;
    `default` if there is none."""
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif kind in ("R", "AL"):
            return "rtl"
        elif kind == "L":
            return "ltr"
        elif kind == "B":
            break
    return default


# Explicit embeddings, overrides and isolates (X2-X6a), and separators (L1):
# text holding one goes the long way, through layout/uax9.py.
_EXPLICIT = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "S", "B"})
_BIDI_CLASSES: dict[str, str] = {}  # learnt per character as text comes in


def bidi_class(char: str) -> str:
    kind = _BIDI_CLASSES.get(char)
    if kind is None:
        kind = _BIDI_CLASSES[char] = unicodedata.bidirectional(char) or "L"
    return kind


def embedding_levels(text: str, direction: Direction, kinds: list[str] | None = None) -> list[int]:
    """Resolved embedding level of every character of a paragraph (X1-I2 with
    N0, and L1 for separators). `kinds` overrides the characters' own classes
    (the engine keeps a TAB's class, S, where it draws a space)."""
    if not text:
        return []
    base_level = 1 if direction == "rtl" else 0
    if kinds is None:
        kinds = [bidi_class(char) for char in text]
    if _EXPLICIT.isdisjoint(kinds):
        return _levels_in_one_run(text, kinds, base_level)
    from . import uax9  # only text with explicit controls, isolates or separators

    levels = uax9.resolve(text, base_level, kinds)
    # L1 for segment and paragraph separators (and the whitespace before them);
    # whitespace at a line's end is the engine's to drop, line by line.
    return uax9.separator_levels(kinds, levels, base_level)


def _levels_in_one_run(text: str, kinds: list[str], base_level: int) -> list[int]:
    """The same rules for a paragraph without explicit embeddings (nearly all text).

    With no embeddings the whole paragraph is one isolating run sequence at the base
    level: the rules for one (run_rules.py) work on a flat list of classes, then
    I1-I2. It gives exactly what uax9.resolve gives (a property test holds them
    together), without working out embeddings and sequences.
    """
    kept = [index for index, kind in enumerate(kinds) if kind != "BN"]  # X9
    orig = [kinds[index] for index in kept]
    chars = [text[at] for at in kept] if len(kept) != len(text) else text
    sor = "R" if base_level else "L"  # also eor: the run is the whole paragraph
    types = resolve_run(orig, chars, orig, sor, sor, base_level)
    # I1, I2
    if base_level % 2 == 0:
        raise_by = {"L": 0, "R": 1, "AN": 2, "EN": 2}
    else:
        raise_by = {"L": 1, "R": 0, "AN": 1, "EN": 1}
    levels = [base_level] * len(text)
    previous = base_level
    position = 0
    for index, at in enumerate(kept):
        # Removed characters (BN) take the level of the character before them.
        while position < at:
            levels[position] = previous
            position += 1
        previous = levels[at] = base_level + raise_by[types[index]]
        position = at + 1
    for rest in range(position, len(text)):
        levels[rest] = previous
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2 on one line: the logical index shown at each visual position."""
    count = len(levels)
    order = list(range(count))
    if not levels:
        return order
    highest = max(levels)
    if highest == min(levels):  # one level (most lines): as is, or all reversed
        return order[::-1] if highest % 2 else order
    odd_levels = [level for level in levels if level % 2]
    if not odd_levels:
        return order
    lowest_odd = min(odd_levels)
    shown = list(levels)  # the levels in the order as it stands
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < count:
            if shown[index] >= level:
                end = index + 1
                while end < count and shown[end] >= level:
                    end += 1
                order[index:end] = order[index:end][::-1]
                shown[index:end] = shown[index:end][::-1]
                index = end
            else:
                index += 1
    return order


def mirrored(char: str) -> str:
    """Rule L4: the glyph a right-to-left character is drawn with."""
    return MIRRORED.get(char, char)
