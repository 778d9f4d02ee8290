"""Where the reader is in a document: paragraph n/N and how far through, in %."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate


class Progress:
    """Built once per document: each paragraph's logical start in the whole text."""

    def __init__(self, lengths: Sequence[int]) -> None:
        self.count = len(lengths)
        self.starts = [0, *accumulate(lengths)]
        self.total = self.starts[-1]

    def percent(self, paragraph: int, offset: int = 0) -> int:
        if self.total <= 0 or self.count == 0:
            return 0
        paragraph = max(0, min(paragraph, self.count - 1))
        if paragraph == self.count - 1:
            return 100  # on the last paragraph the reader is at the end, as `less` says
        at = self.starts[paragraph] + max(0, offset)
        return min(99, at * 100 // self.total)

    def label(self, paragraph: int, offset: int = 0) -> str:
        """`¶ 3/12 · 25%` (paragraphs counted from 1)."""
        if self.count == 0:
            return ""
        shown = max(0, min(paragraph, self.count - 1)) + 1
        return f"¶ {shown}/{self.count} · {self.percent(paragraph, offset)}%"
