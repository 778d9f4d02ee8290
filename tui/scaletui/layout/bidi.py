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

from .brackets import resolve_brackets

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
_NEUTRAL = frozenset({"B", "S", "WS", "ON"})
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

    With no embeddings the whole paragraph is one level run at the base level, so
    W1-W7, N0-N2 and I1-I2 work on a flat list of classes. It gives exactly what
    `_levels_with_embeddings` gives (a property test holds them together), in a
    fraction of the time.
    """
    kept = [index for index, kind in enumerate(kinds) if kind != "BN"]  # X9
    orig = [kinds[index] for index in kept]
    types = list(orig)
    count = len(types)
    sor = "R" if base_level else "L"  # also eor: the run is the whole paragraph
    # W1, W2
    prev_strong = prev_type = sor
    for index in range(count):
        kind = types[index]
        if kind == "NSM":
            types[index] = kind = prev_type
        if kind == "EN" and prev_strong == "AL":
            types[index] = "AN"
        if kind in ("R", "L", "AL"):
            prev_strong = kind
        prev_type = types[index]
    # W3
    types = ["R" if kind == "AL" else kind for kind in types]
    # W4
    for index in range(1, count - 1):
        kind, before, after = types[index], types[index - 1], types[index + 1]
        if kind == "ES" and before == after == "EN":
            types[index] = "EN"
        if kind == "CS" and before == after and before in ("AN", "EN"):
            types[index] = before
    # W5: terminators next to a European number join it
    for index in range(count):
        if types[index] == "EN":
            back = index - 1
            while back >= 0 and types[back] == "ET":
                types[back] = "EN"
                back -= 1
            ahead = index + 1
            while ahead < count and types[ahead] == "ET":
                types[ahead] = "EN"
                ahead += 1
    # W6, W7
    prev_strong = sor
    for index in range(count):
        kind = types[index]
        if kind in ("ET", "ES", "CS"):
            types[index] = kind = "ON"
        elif kind == "EN" and prev_strong == "L":
            types[index] = kind = "L"
        if kind in ("L", "R"):
            prev_strong = kind
    # N0
    _pair_brackets(text, kept, orig, types, base_level)
    # N1, N2: neutrals between like directions take it, others the base's
    embedding = "R" if base_level else "L"
    index = 0
    while index < count:
        if types[index] not in _NEUTRAL:
            index += 1
            continue
        end = index
        while end < count and types[end] in _NEUTRAL:
            end += 1
        before = types[index - 1] if index else sor
        after = types[end] if end < count else sor
        before = "R" if before in ("AN", "EN") else before
        after = "R" if after in ("AN", "EN") else after
        resolved = before if before == after else embedding
        types[index:end] = [resolved] * (end - index)
        index = end
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


def _pair_brackets(
    text: str, kept: list[int], orig: list[str], types: list[str], base_level: int
) -> None:
    """Rule N0 for the one-run path: the paragraph is one run at the base level."""
    chars = [text[at] for at in kept] if len(kept) != len(text) else text
    embedding = "R" if base_level % 2 else "L"
    resolve_brackets(chars, types, orig, embedding, sor=embedding)


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
