"""Whether text on screen rows was wrapped before it was reordered (the engine's way).

Rows are compared on letters (`folded`: presentation forms back to plain letters,
spaces dropped) against the engine's visual order of each word.
"""

from __future__ import annotations

import unicodedata

from scaletui.layout import LayoutEngine


def folded(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def reads_in_order(rows: list[str], text: str, engine: LayoutEngine) -> None:
    """`text` is on `rows` wrapped before it was reordered: its first word on the first
    row it is on, its last word on the last, and a row that holds it whole holds it
    in the engine's order."""
    words = [folded(engine.visual(word)) for word in text.split()]
    on = [i for i, row in enumerate(rows) if any(word in folded(row) for word in words)]
    assert on, rows
    assert words[0] in folded(rows[on[0]]), rows[on[0] : on[-1] + 1]
    assert words[-1] in folded(rows[on[-1]]), rows[on[0] : on[-1] + 1]
    if len(on) == 1:
        assert folded(engine.visual(text)) in folded(rows[on[0]])
