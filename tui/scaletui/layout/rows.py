"""Screen rows of a whole document, laid out only where the reader looks.

A 1 MB book has thousands of paragraphs; shaping and wrapping all of them at
every resize would make the app wait on text nobody is looking at. A RowMap
knows each paragraph's exact line count once the paragraph has been laid out at
this width, and an estimate from its length before that. Rows on screen are
always exact: `settle` lays out what the viewport covers and says where the
anchored line went, so the reader's place stays put while estimates firm up.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from .engine import DirectionChoice, LayoutEngine, ParagraphLayout

GAP = 1  # blank rows after each paragraph but the last
ESTIMATE_SLACK = 1.08  # word wrapping leaves a little room at line ends


class RowMap:
    def __init__(
        self,
        engine: LayoutEngine,
        texts: Sequence[str],
        width: int,
        direction: DirectionChoice = "auto",
    ) -> None:
        self.engine = engine
        self.texts = texts
        self.width = max(1, width)
        self.direction = direction
        self.counts = self._estimates(texts)
        self.exact = [False] * len(texts)
        self._starts: list[int] | None = None

    def _estimates(self, texts: Sequence[str]) -> list[int]:
        # One pass with no calls per text: a book has tens of thousands of paragraphs,
        # and a resize makes a new map. Texts already laid out at this width count exactly.
        known = self.engine.cached_line_counts(self.width, self.direction)
        per_cell = ESTIMATE_SLACK / self.width
        return [known.get(text) or max(1, math.ceil(len(text) * per_cell)) for text in texts]

    def extend(self) -> None:
        """Texts were appended (a book still being read): estimate their rows."""
        added = self.texts[len(self.counts) :]
        if not added:
            return
        counts = self._estimates(added)
        if self._starts is not None and self.counts:
            at = self._starts[-1] + self.counts[-1] + GAP
            for count in counts:
                self._starts.append(at)
                at += count + GAP
        else:
            self._starts = None
        self.counts += counts
        self.exact += [False] * len(counts)

    # -- rows ---------------------------------------------------------------------

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            sizes = [count + GAP for count in self.counts]
            self._starts = [0, *accumulate(sizes)][: len(self.counts)]
        return self._starts

    @property
    def total(self) -> int:
        if not self.counts:
            return 0
        return self.starts[-1] + self.counts[-1]

    def locate(self, row: int) -> tuple[int, int]:
        """(paragraph, line) of a row; line == the paragraph's count is the gap after it."""
        if not self.counts:
            return (0, 0)
        row = max(0, min(row, self.total - 1))
        paragraph = bisect_right(self.starts, row) - 1
        return (paragraph, row - self.starts[paragraph])

    def layout(self, paragraph: int) -> ParagraphLayout:
        """The paragraph's exact lines; its count is corrected if it was an estimate."""
        result = self.engine.layout(self.texts[paragraph], self.width, self.direction)
        if not self.exact[paragraph]:
            self.exact[paragraph] = True
            if self.counts[paragraph] != len(result.lines):
                self.counts[paragraph] = len(result.lines)
                self._starts = None
        return result

    def row_of(self, paragraph: int, offset: int) -> int:
        line = self.layout(paragraph).line_of(offset)
        return self.starts[paragraph] + line

    def offset_at(self, paragraph: int, line: int) -> int:
        """The logical offset a line starts at (the paragraph's end for its gap row)."""
        lines = self.layout(paragraph).lines
        if line >= len(lines):
            return len(self.texts[paragraph])
        return lines[line].start

    def settle(self, top_row: int, height: int) -> int:
        """Lay out everything from `top_row` down for `height` rows; return the new top row.

        The line at the top stays the line at the top, even when paragraphs
        above it turned out longer or shorter than estimated.
        """
        if not self.counts:
            return 0
        paragraph, line = self.locate(top_row)
        offset = self.offset_at(paragraph, line)  # lays the anchor paragraph out exactly
        at_gap = line >= self.counts[paragraph]
        top = (
            self.starts[paragraph] + self.counts[paragraph]
            if at_gap
            else self.row_of(paragraph, offset)
        )
        # Lay out paragraphs until the rows below the top fill the viewport.
        covered = self.starts[paragraph] + self.counts[paragraph] + GAP - top
        index = paragraph + 1
        while index < len(self.counts) and covered < height:
            self.layout(index)
            covered += self.counts[index] + GAP
            index += 1
        return top
