"""UAX #9's rules for one isolating run sequence: W1-W7 (weak types), N0 (bracket
pairs) and N1-N2 (neutrals).

Written once for both level resolvers: layout/bidi.py's one-run path (a paragraph
without explicit controls is a single sequence at the base level) and layout/uax9.py
(every sequence of a paragraph that has them).
"""

from __future__ import annotations

from collections.abc import Sequence

from .brackets import resolve_brackets

ISOLATE_CONTROLS = frozenset({"LRI", "RLI", "FSI", "PDI"})
NEUTRAL_OR_ISOLATE = frozenset({"B", "S", "WS", "ON"}) | ISOLATE_CONTROLS


def resolve_run(
    run: list[str], chars: Sequence[str], original: Sequence[str], sos: str, eos: str, level: int
) -> list[str]:
    """The sequence's classes (`run`, removed characters left out) resolved to L, R,
    EN or AN. `chars` and `original` are its characters and their own classes (N0
    pairs brackets by them); `sos`/`eos` the types at its start and end."""
    run = list(run)
    count = len(run)
    # W1: a mark takes the type before it (ON after an isolate control); W2: a
    # European number after Arabic letters is an Arabic number; W3: AL is R. In one
    # pass: a mark copies the type from before W2 and W3, which then change the copy
    # as they changed the original.
    previous = strong = sos
    for at in range(count):
        kind = run[at]
        if kind == "NSM":
            kind = "ON" if previous in ISOLATE_CONTROLS else previous
        previous = kind
        if kind == "EN":
            if strong == "AL":
                kind = "AN"
        elif kind in ("L", "R", "AL"):
            strong = kind
            if kind == "AL":
                kind = "R"
        run[at] = kind
    # W4: one separator between two numbers of a kind joins them
    for at in range(1, count - 1):
        kind, left, right = run[at], run[at - 1], run[at + 1]
        if kind == "ES" and left == right == "EN":
            run[at] = "EN"
        elif kind == "CS" and left == right and left in ("EN", "AN"):
            run[at] = left
    # W5: terminators next to a European number join it
    for at in range(count):
        if run[at] == "EN":
            back = at - 1
            while back >= 0 and run[back] == "ET":
                run[back] = "EN"
                back -= 1
            ahead = at + 1
            while ahead < count and run[ahead] == "ET":
                run[ahead] = "EN"
                ahead += 1
    # W6: other separators and terminators are neutral; W7: EN after L is L
    strong = sos
    for at in range(count):
        kind = run[at]
        if kind in ("ET", "ES", "CS"):
            run[at] = "ON"
        elif kind == "EN" and strong == "L":
            run[at] = "L"
        elif kind in ("L", "R"):
            strong = kind
    # N0: a bracket pair takes one direction
    embedding = "R" if level % 2 else "L"
    resolve_brackets(chars, run, original, embedding, sor=sos)
    # N1, N2: neutrals between like directions take it, others the embedding's
    at = 0
    while at < count:
        if run[at] not in NEUTRAL_OR_ISOLATE:
            at += 1
            continue
        end = at
        while end < count and run[end] in NEUTRAL_OR_ISOLATE:
            end += 1
        left = run[at - 1] if at else sos
        right = run[end] if end < count else eos
        left = "R" if left in ("EN", "AN") else left
        right = "R" if right in ("EN", "AN") else right
        run[at:end] = [left if left == right else embedding] * (end - at)
        at = end
    return run
