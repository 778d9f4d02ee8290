"""The whole of UAX #9's level resolution: explicit embeddings, overrides and
isolates (X1-X10), isolating run sequences (each resolved by run_rules.py: W1-W7,
N0-N2), I1-I2, and L1.

layout/bidi.py keeps a fast path for text without explicit controls (nearly all
text); everything else comes here. Held to Unicode's BidiTest.txt and
BidiCharacterTest.txt (bench/bidi_conformance.py, tests/test_bidi_conformance.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from .run_rules import ISOLATE_CONTROLS, resolve_run

MAX_DEPTH = 125
EMBEDDINGS = {"LRE", "RLE", "LRO", "RLO"}
INITIATORS = {"LRI", "RLI", "FSI"}
REMOVED = EMBEDDINGS | {"PDF", "BN"}  # X9


def bidi_classes(text: str) -> list[str]:
    return [unicodedata.bidirectional(char) or "L" for char in text]


def matching_pdis(kinds: Sequence[str]) -> dict[int, int]:
    """BD9: each isolate initiator's matching PDI (by index), where it has one."""
    found: dict[int, int] = {}
    open_at: list[int] = []
    for index, kind in enumerate(kinds):
        if kind in INITIATORS:
            open_at.append(index)
        elif kind == "PDI" and open_at:
            found[open_at.pop()] = index
        elif kind == "B":
            open_at.clear()
    return found


def first_strong(kinds: Sequence[str], start: int = 0, stop: int | None = None) -> str | None:
    """P2: the first L, R or AL, skipping isolates' content; None if there is none."""
    depth = 0
    for kind in kinds[start:stop]:
        if kind in INITIATORS:
            depth += 1
        elif kind == "PDI":
            if depth:
                depth -= 1
        elif kind == "B":
            break
        elif depth == 0 and kind in ("L", "R", "AL"):
            return "L" if kind == "L" else "R"
    return None


def paragraph_level(kinds: Sequence[str], default: int = 0) -> int:
    strong = first_strong(kinds)
    return default if strong is None else (1 if strong == "R" else 0)


def resolve(text: str, base_level: int, kinds: list[str] | None = None) -> list[int]:
    """The resolved level of every character (X9-removed ones take their
    neighbour's level; L1 is not applied: it is per line)."""
    kinds = list(kinds) if kinds is not None else bidi_classes(text)
    count = len(kinds)
    if not count:
        return []
    pdis = matching_pdis(kinds)
    levels, types = _explicit(kinds, base_level, pdis)
    kept = [index for index in range(count) if kinds[index] not in REMOVED]
    embedded = list(levels)  # X10 reads these for sos and eos; I1/I2 change `levels`
    at = {index: position for position, index in enumerate(kept)}  # index -> place in kept
    for sequence in _isolating_sequences(kept, kinds, embedded, pdis):
        _resolve_sequence(text, sequence, kinds, types, levels, embedded, base_level, kept, at)
    # Removed characters take the level of the character before them (or the base).
    previous = base_level
    kept_set = set(kept)
    for index in range(count):
        if index in kept_set:
            previous = levels[index]
        else:
            levels[index] = previous
    return levels


def _explicit(
    kinds: list[str], base_level: int, pdis: dict[int, int]
) -> tuple[list[int], list[str]]:
    """X1-X8: each character's embedding level, and its type after overrides."""
    count = len(kinds)
    levels = [base_level] * count
    types = list(kinds)
    # (level, override or "", isolate)
    stack: list[tuple[int, str, bool]] = [(base_level, "", False)]
    overflow_isolates = overflow_embeddings = valid_isolates = 0
    for index, kind in enumerate(kinds):
        level, override, _ = stack[-1]
        if kind in EMBEDDINGS:
            rtl = kind in ("RLE", "RLO")
            new = (level + 1) | 1 if rtl else (level + 2) & ~1
            if new <= MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                mark = "R" if kind == "RLO" else "L" if kind == "LRO" else ""
                stack.append((new, mark, False))
            elif not overflow_isolates:
                overflow_embeddings += 1
            levels[index] = level
        elif kind in INITIATORS:
            levels[index] = level
            if override:
                types[index] = override
            if kind == "FSI":
                end = pdis.get(index)
                rtl = first_strong(kinds, index + 1, end) == "R"
            else:
                rtl = kind == "RLI"
            new = (level + 1) | 1 if rtl else (level + 2) & ~1
            if new <= MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                valid_isolates += 1
                stack.append((new, "", True))
            else:
                overflow_isolates += 1
        elif kind == "PDI":
            if overflow_isolates:
                overflow_isolates -= 1
            elif valid_isolates:
                overflow_embeddings = 0
                while not stack[-1][2]:
                    stack.pop()
                stack.pop()
                valid_isolates -= 1
            level, override, _ = stack[-1]
            levels[index] = level
            if override:
                types[index] = override
        elif kind == "PDF":
            if not overflow_isolates:
                if overflow_embeddings:
                    overflow_embeddings -= 1
                elif not stack[-1][2] and len(stack) >= 2:
                    stack.pop()
            levels[index] = stack[-1][0]
        elif kind == "B":
            levels[index] = base_level
            stack = [(base_level, "", False)]
            overflow_isolates = overflow_embeddings = valid_isolates = 0
        else:
            levels[index] = level
            if override and kind != "BN":
                types[index] = override
    return levels, types


def _isolating_sequences(
    kept: list[int], kinds: list[str], levels: list[int], pdis: dict[int, int]
) -> list[list[int]]:
    """BD13 / X10: level runs of the kept characters, chained across isolates."""
    runs: list[list[int]] = []
    for index in kept:
        if runs and levels[runs[-1][-1]] == levels[index]:
            runs[-1].append(index)
        else:
            runs.append([index])
    run_starting_at = {run[0]: run for run in runs}
    matched_pdis = set(pdis.values())
    sequences = []
    for run in runs:
        if kinds[run[0]] == "PDI" and run[0] in matched_pdis:
            continue  # it continues the sequence of its initiator
        sequence = list(run)
        while kinds[sequence[-1]] in INITIATORS and sequence[-1] in pdis:
            following = run_starting_at.get(pdis[sequence[-1]])
            if following is None:
                break
            sequence.extend(following)
        sequences.append(sequence)
    return sequences


def _resolve_sequence(
    text: str, sequence: list[int], kinds: list[str], types: list[str], levels: list[int],
    embedded: list[int], base_level: int, kept: list[int], position: dict[int, int],
) -> None:  # fmt: skip
    level = embedded[sequence[0]]
    first_at, last_at = position[sequence[0]], position[sequence[-1]]
    before = embedded[kept[first_at - 1]] if first_at > 0 else base_level
    # X10: past the end, or after an isolate initiator (one left open), the paragraph's level.
    if kinds[sequence[-1]] in INITIATORS or last_at + 1 >= len(kept):
        after = base_level
    else:
        after = embedded[kept[last_at + 1]]
    sos = "R" if max(before, level) % 2 else "L"
    eos = "R" if max(after, level) % 2 else "L"
    run = resolve_run(
        [types[index] for index in sequence], [text[index] for index in sequence],
        [kinds[index] for index in sequence], sos, eos, level,
    )  # fmt: skip
    # I1, I2
    for index, kind in zip(sequence, run, strict=True):
        if level % 2 == 0:
            levels[index] = level + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0)
        else:
            levels[index] = level + (1 if kind in ("L", "EN", "AN") else 0)


def separator_levels(kinds: Sequence[str], levels: list[int], base_level: int) -> list[int]:
    """L1's line-independent part: segment and paragraph separators, and the
    whitespace and isolate controls just before them, at the paragraph level."""
    result = list(levels)
    after_separator = False
    for index in range(len(kinds) - 1, -1, -1):
        kind = kinds[index]
        if kind in ("S", "B"):
            result[index] = base_level
            after_separator = True
        elif after_separator and (kind == "WS" or kind in ISOLATE_CONTROLS or kind in REMOVED):
            result[index] = base_level
        else:
            after_separator = False
    return result


def line_levels(kinds: Sequence[str], levels: list[int], base_level: int) -> list[int]:
    """L1 for one line: what `separator_levels` resets, and the whitespace and
    isolate controls at the line's end, at the paragraph level."""
    result = separator_levels(kinds, levels, base_level)
    for index in range(len(kinds) - 1, -1, -1):
        kind = kinds[index]
        if kind == "WS" or kind in ISOLATE_CONTROLS or kind in REMOVED:
            result[index] = base_level
        elif kind not in ("S", "B"):  # separators are already at it
            break
    return result
