"""Where the reader is in a document: paragraph n/N and how far through, in %."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from itertools import accumulate, islice


class Progress:
    """Each paragraph's logical start in the whole text, for a document or a book still
    being read (`extend`)."""

    def __init__(self, lengths: Iterable[int] = ()) -> None:
        # An array, not a list: a book of 500,000 short lines kept 18 MB of ints here.
        self.starts = array("q", [0])
        self.count = 0
        self.total = 0
        self.extend(lengths)

    def extend(self, lengths: Iterable[int]) -> None:
        """Paragraphs added at the end: only they are counted (counting a 20 MB book
        anew four times a second held keys 100 ms each time)."""
        self.starts.extend(islice(accumulate(lengths, initial=self.total), 1, None))
        self.count = len(self.starts) - 1
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
