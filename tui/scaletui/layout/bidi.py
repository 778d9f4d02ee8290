"""UAX #9 embedding levels for a whole paragraph, and per-line reordering.

python-bidi's pure-Python `bidi.algorithm` resolves levels (rules X1-I2) but
only reorders whole paragraphs, and its Rust `get_display` does not mirror
brackets. UAX #9 resolves levels once per paragraph and reorders *per line*
(rules L1-L4) after line breaking, so we take the levels from python-bidi, add
rule N0 (paired brackets, which it predates), and do L1, L2 and L4 here on
indices, which also yields the logical-to-visual map.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any, Literal

from bidi.mirror import MIRRORED

Direction = Literal["rtl", "ltr"]

# Isolate controls postdate python-bidi's algorithm (it asserts on them); treating
# them as neutrals keeps the surrounding text right, which is all we need.
_ISOLATES = {"LRI", "RLI", "FSI", "PDI"}

# Bidi_Paired_Bracket pairs (UnicodeData's BidiBrackets.txt), opening -> closing.
_BRACKETS = {
    "(": ")",
    "[": "]",
    "{": "}",
    "\u0f3a": "\u0f3b",
    "\u0f3c": "\u0f3d",
    "\u169b": "\u169c",
    "\u2045": "\u2046",
    "\u207d": "\u207e",
    "\u208d": "\u208e",
    "\u2308": "\u2309",
    "\u230a": "\u230b",
    "\u2329": "\u232a",
    "\u2768": "\u2769",
    "\u276a": "\u276b",
    "\u276c": "\u276d",
    "\u276e": "\u276f",
    "\u2770": "\u2771",
    "\u2772": "\u2773",
    "\u2774": "\u2775",
    "\u27c5": "\u27c6",
    "\u27e6": "\u27e7",
    "\u27e8": "\u27e9",
    "\u27ea": "\u27eb",
    "\u27ec": "\u27ed",
    "\u27ee": "\u27ef",
    "\u2983": "\u2984",
    "\u2985": "\u2986",
    "\u2987": "\u2988",
    "\u2989": "\u298a",
    "\u298b": "\u298c",
    "\u298d": "\u2990",
    "\u298f": "\u298e",
    "\u2991": "\u2992",
    "\u2993": "\u2994",
    "\u2995": "\u2996",
    "\u2997": "\u2998",
    "\u29d8": "\u29d9",
    "\u29da": "\u29db",
    "\u29fc": "\u29fd",
    "\u2e22": "\u2e23",
    "\u2e24": "\u2e25",
    "\u2e26": "\u2e27",
    "\u2e28": "\u2e29",
    "\u3008": "\u3009",
    "\u300a": "\u300b",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
    "\u3010": "\u3011",
    "\u3014": "\u3015",
    "\u3016": "\u3017",
    "\u3018": "\u3019",
    "\u301a": "\u301b",
    "\ufe59": "\ufe5a",
    "\ufe5b": "\ufe5c",
    "\ufe5d": "\ufe5e",
    "\uff08": "\uff09",
    "\uff3b": "\uff3d",
    "\uff5b": "\uff5d",
    "\uff5f": "\uff60",
    "\uff62": "\uff63",
}
_CLOSING = {closing: opening for opening, closing in _BRACKETS.items()}
_MAX_BRACKET_DEPTH = 63  # BD16


def base_direction(text: str, default: Direction = "rtl") -> Direction:
    """Rules P2-P3: the first strong character decides; `default` if there is none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return default


# Explicit embeddings and overrides (X2-X5): text holding one goes the long way.
_EXPLICIT = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON"})
_BIDI_CLASSES: dict[str, str] = {}  # learnt per character as text comes in


def _bidi_class(char: str) -> str:
    kind = _BIDI_CLASSES.get(char)
    if kind is None:
        kind = unicodedata.bidirectional(char) or "L"
        if kind in _ISOLATES:
            kind = "ON"
        _BIDI_CLASSES[char] = kind
    return kind


def embedding_levels(text: str, direction: Direction) -> list[int]:
    """Resolved embedding level of every character of a paragraph (X1-I2, with N0)."""
    if not text:
        return []
    base_level = 1 if direction == "rtl" else 0
    kinds = [_bidi_class(char) for char in text]
    if _EXPLICIT.isdisjoint(kinds):
        return _levels_in_one_run(text, kinds, base_level)
    return _levels_with_embeddings(text, kinds, base_level)


def _levels_with_embeddings(text: str, kinds: list[str], base_level: int) -> list[int]:
    """Every rule, through python-bidi's algorithm (one dict per character: slow)."""
    from bidi import algorithm as uax9  # only text with explicit embeddings comes here

    storage: dict[str, Any] = uax9.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level]
    chars: list[dict[str, Any]] = [
        {"ch": char, "level": base_level, "type": kind, "orig": kind}
        for char, kind in zip(text, kinds, strict=True)
    ]
    storage["chars"] = list(chars)
    uax9.explicit_embed_and_overrides(storage)
    uax9.resolve_weak_types(storage)
    _resolve_paired_brackets(storage)
    uax9.resolve_neutral_types(storage, False)
    uax9.resolve_implicit_levels(storage, False)
    # Characters removed by X9 (embedding controls, BN) take their neighbour's level.
    levels: list[int] = []
    kept = {id(entry) for entry in storage["chars"]}
    previous = base_level
    for entry in chars:
        if id(entry) in kept:
            previous = entry["level"]
        levels.append(previous)
    return levels


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
    _resolve_brackets(chars, types, orig, embedding, sor=embedding)


def _strong(kind: str) -> str | None:
    if kind == "L":
        return "L"
    if kind in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def _resolve_paired_brackets(storage: dict[str, Any]) -> None:
    """Rule N0 on python-bidi's runs (one dict per character)."""
    chars = storage["chars"]
    for run in storage["runs"]:
        start, length = run["start"], run["length"]
        run_chars = chars[start : start + length]
        types = [c["type"] for c in run_chars]
        embedding = "R" if run_chars[0]["level"] % 2 else "L"
        _resolve_brackets(
            [c["ch"] for c in run_chars], types, [c["orig"] for c in run_chars],
            embedding, sor=run["sor"],
        )  # fmt: skip
        for entry, kind in zip(run_chars, types, strict=True):
            entry["type"] = kind


def _resolve_brackets(
    chars: Sequence[str], types: list[str], orig: Sequence[str], embedding: str, sor: str
) -> None:
    """Rule N0 on one run's classes: a bracket pair takes one direction, so
    "(Scale AI)" mirrors as a whole. `types` is changed in place."""
    for open_at, close_at in _bracket_pairs(chars, types):
        inside = {_strong(kind) for kind in types[open_at + 1 : close_at]}
        inside.discard(None)
        if not inside:
            continue
        if embedding in inside:
            resolved = embedding
        else:
            opposite = "L" if embedding == "R" else "R"
            before = sor
            for kind in reversed(types[:open_at]):
                strong = _strong(kind)
                if strong:
                    before = strong
                    break
            resolved = opposite if before == opposite else embedding
        for at in (open_at, close_at):
            types[at] = resolved
            # Nonspacing marks after a bracket follow its new type.
            follow = at + 1
            while follow < len(types) and orig[follow] == "NSM":
                types[follow] = resolved
                follow += 1


def _bracket_pairs(chars: Sequence[str], types: Sequence[str]) -> list[tuple[int, int]]:
    """BD16: matching bracket pairs in a run, sorted by the opening bracket."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for index, char in enumerate(chars):
        if types[index] != "ON":
            continue
        if char in _BRACKETS:
            if len(stack) >= _MAX_BRACKET_DEPTH:
                break
            stack.append((_BRACKETS[char], index))
        elif char in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    pairs.sort()
    return pairs


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2 on one line: the logical index shown at each visual position."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    odd_levels = [level for level in levels if level % 2]
    if not odd_levels:
        return order
    lowest_odd = min(odd_levels)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(levels):
            if levels[order[index]] >= level:
                end = index
                while end < len(levels) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


def mirrored(char: str) -> str:
    """Rule L4: the glyph a right-to-left character is drawn with."""
    return MIRRORED.get(char, char)
