"""Text pasted from a shaped screen, read back into logical order.

A terminal (this app's too) shows Arabic as presentation forms (ﻣ ﻴ ﺘ ﺎ: one
glyph per letter and position) laid out left to right, so copying a passage off
the screen gives presentation forms in *visual* order: each Arabic word
reversed, and on a right-to-left line the words too, with Latin words and
numbers kept left to right inside. Other sources (a PDF, an old web page) give
presentation forms in logical order.

The glyphs themselves tell the two apart: a letter's form says whether it joins
the letter before it and the one after it (ﻣ initial joins only after), so in
the right order every neighbouring pair agrees. `readings` returns every order
that agrees best; when nothing joins (ﺩﺍﺭ, letters that never join) all of them.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

# Bracket pairs a right-to-left line draws mirrored (UAX #9, rule L4).
_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_RTL_CLASSES = frozenset({"R", "AL"})
_LTR_CLASSES = frozenset({"L", "EN", "AN"})  # Latin letters and numbers run left to right
_NUMBERS = frozenset({"EN", "AN"})
_SEPARATORS = frozenset({"CS", "ES"})  # . , : / + - between digits

# What a form joins, by its decomposition tag: (joins the letter before, joins the one after).
_JOINS = {
    "<isolated>": (False, False),
    "<initial>": (False, True),
    "<medial>": (True, True),
    "<final>": (True, False),
}


def is_presentation_form(char: str) -> bool:
    # Arabic Presentation Forms-A and -B (U+FEFF, the byte-order mark, is no form).
    return "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufefe"


def has_presentation_forms(text: str) -> bool:
    return any(is_presentation_form(char) for char in text)


def _joins(char: str) -> tuple[bool, bool] | None:
    """How a character joins its neighbours; None for a bare letter (its form is unknown)."""
    if is_presentation_form(char):
        tag = unicodedata.decomposition(char).split(" ", 1)[0]
        return _JOINS.get(tag)
    if char == "\u0640":  # tatweel joins on both sides
        return (True, True)
    if unicodedata.bidirectional(char) in _RTL_CLASSES or unicodedata.combining(char):
        return None
    return (False, False)  # a space, Latin, a digit, punctuation: joins nothing


def disagreements(text: str) -> int:
    """Neighbouring glyphs whose forms contradict each other in this order; the text's
    ends count as spaces (a word copied whole: ﺎﻣ read as it is would end in ﻣ, a
    letter joining the next)."""
    count = 0
    previous: tuple[bool, bool] | None = (False, False)
    for char in text + " ":
        if unicodedata.combining(char):
            continue  # a mark sits on its letter and joins nothing
        current = _joins(char)
        if previous is not None and current is not None and previous[1] != current[0]:
            count += 1
        previous = current
    return count


def _runs(text: str, direction: frozenset[str]) -> list[tuple[int, int]]:
    """[start, end) of each run of `direction`: its strong chars (and, for LTR, numbers)
    with the neutrals between them that the run takes in (`_bridges`)."""
    # Numbers inside Arabic belong to its run (UAX #9, W2); only Latin ends it.
    stops = _RTL_CLASSES if direction is _LTR_CLASSES else frozenset({"L"})
    runs: list[tuple[int, int]] = []
    start: int | None = None
    last = -1  # the run's last char of `direction`
    for index in range(len(text)):
        kind = _kind(text, index)
        if kind in direction:
            if start is not None and not _bridges(text, last, index, direction):
                runs.append((start, last + 1))
                start = None
            if start is None:
                start = index
            last = index
        elif kind in stops:  # the other direction: a run ends
            if start is not None:
                runs.append((start, last + 1))
            start = None
    if start is not None:
        runs.append((start, last + 1))
    return runs


def _bridges(text: str, left: int, right: int, direction: frozenset[str]) -> bool:
    """Whether the neutrals between text[left] and text[right] belong to their run.

    Between two letters of one direction they do (UAX #9, N1). Two numbers are one
    only across a single separator (4.3, 1,000: W4); a number and a Latin word only
    across spaces ("Windows 11": W7). Otherwise the gap belongs to the Arabic around it:
    "ويندوز 11" (Windows) is drawn `Windows) "11`, and 3، 4 are two numbers.
    """
    if direction is _RTL_CLASSES:
        return True
    kinds = (_kind(text, left), _kind(text, right))
    gap = text[left + 1 : right]
    if kinds == ("L", "L"):
        return True
    if "L" not in kinds:
        return len(gap) <= 1 and all(unicodedata.bidirectional(c) in _SEPARATORS for c in gap)
    return all(unicodedata.bidirectional(c) == "WS" for c in gap)


def _kind(text: str, index: int) -> str:
    """A character's bidi class, with a percent or currency sign by a number in a
    Latin run a number too (W5, W7: "Acme 49%"). After Arabic a number is Arabic
    (W2: "49%" is drawn %49) and the sign is a neutral of the Arabic around it."""
    kind = unicodedata.bidirectional(text[index])
    if kind != "ET":
        return kind
    near = [text[i] for i in (index - 1, index + 1) if 0 <= i < len(text)]
    if not any(unicodedata.bidirectional(c) == "EN" for c in near):
        return kind
    for char in reversed(text[:index]):  # the strong letter before it on screen
        strong = unicodedata.bidirectional(char)
        if strong in _RTL_CLASSES:
            return kind
        if strong == "L":
            return "EN"
    return kind


def _reverse_rtl(text: str) -> str:
    """A right-to-left stretch read back: glyph by glyph (a glyph's marks stay after
    it, as the engine draws them), brackets unmirrored."""
    clusters: list[str] = []
    for char in text:
        if unicodedata.combining(char) and clusters:
            clusters[-1] += char
        else:
            clusters.append(_MIRRORED.get(char, char))
    return "".join(reversed(clusters))


def visual_to_logical(text: str, base: Literal["rtl", "ltr"]) -> str:
    """A visual line (left to right, as on screen) back in logical order.

    On a right-to-left line the whole line reads backwards except its runs of Latin
    and numbers; on a left-to-right line only its runs of Arabic (with the numbers
    in them) do, read as right-to-left lines of their own.
    """
    if base == "ltr":
        out, at = [], 0
        for start, end in _runs(text, _RTL_CLASSES):
            out += [text[at:start], visual_to_logical(text[start:end], "rtl")]
            at = end
        return "".join(out) + text[at:]
    pieces: list[str] = []
    at = 0
    for start, end in _runs(text, _LTR_CLASSES):
        pieces += [_reverse_rtl(text[at:start]), text[start:end]]
        at = end
    pieces.append(_reverse_rtl(text[at:]))
    return "".join(reversed(pieces))


def readings(text: str) -> tuple[str, ...]:
    """The logical orders a query may stand for, best first, each distinct.

    Without presentation forms the query was typed (or pasted as letters): itself.
    With them, it is its own order, a right-to-left line read back, or a
    left-to-right one; those whose joining forms agree best are kept (the
    right-to-left reading first, as a terminal gives).
    """
    if not has_presentation_forms(text):
        return (text,)
    candidates: list[str] = []
    for candidate in (
        visual_to_logical(text, "rtl"),
        text,
        visual_to_logical(text, "ltr"),
    ):
        if candidate not in candidates:
            candidates.append(candidate)
    scores = [disagreements(candidate) for candidate in candidates]
    best = min(scores)
    return tuple(c for c, score in zip(candidates, scores, strict=True) if score == best)
