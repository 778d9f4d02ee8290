"""Rule N0: paired brackets (BD14-BD16), shared by both bidi paths.

A bracket pair resolves as one, so "(Acme AI)" mirrors as a whole in RTL text.
Brackets canonically equivalent to others (U+2329, U+232A) pair with them.
"""

from __future__ import annotations

from collections.abc import Sequence

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
    # Added in Unicode 14 (BidiBrackets.txt); found missing by a helper.
    "\u2e55": "\u2e56",
    "\u2e57": "\u2e58",
    "\u2e59": "\u2e5a",
    "\u2e5b": "\u2e5c",
}
_CLOSING = {closing: opening for opening, closing in _BRACKETS.items()}
# Brackets canonically equivalent to others (BD16 matches them as the same).
_CANONICAL_BRACKETS = {"\u2329": "\u3008", "\u232a": "\u3009"}
_MAX_BRACKET_DEPTH = 63  # BD16
_ANY_BRACKET = frozenset(_BRACKETS) | frozenset(_CLOSING) | frozenset(_CANONICAL_BRACKETS)


def _strong(kind: str) -> str | None:
    if kind == "L":
        return "L"
    if kind in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def resolve_brackets(
    chars: Sequence[str], types: list[str], orig: Sequence[str], embedding: str, sor: str
) -> None:
    """Rule N0 on one run's classes: a bracket pair takes one direction, so
    "(Acme AI)" mirrors as a whole. `types` is changed in place."""
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
    if _ANY_BRACKET.isdisjoint(chars):
        return []  # most runs have none: one pass in C instead of one in Python
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for index, char in enumerate(chars):
        if types[index] != "ON":
            continue
        char = _CANONICAL_BRACKETS.get(char, char)  # 〈 U+2329 pairs with 〉 U+3009 too
        if char in _BRACKETS:
            if len(stack) >= _MAX_BRACKET_DEPTH:
                return []  # BD16: a full stack ends pairing for the whole sequence
            stack.append((_BRACKETS[char], index))
        elif char in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    pairs.sort()
    return pairs
