"""Screen rows of a whole document, laid out only where the reader looks.

A 20 MB book has tens of thousands of paragraphs; shaping and wrapping all of
them at every resize would make the app wait on text nobody is looking at, and
so would estimating each of them. A RowMap keeps the document in blocks of
paragraphs. A block nobody has looked at at this width has one estimate, from
its characters; a block the view reaches gets an estimate per paragraph, and a
paragraph laid out at this width counts exactly. A new width is a new map from
the blocks' character totals, so a resize costs the number of blocks plus what
the viewport shows. Rows on screen are always exact: `settle` lays out what the
viewport covers and says where the anchored line went, so the reader's place
stays put while estimates firm up.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Protocol, runtime_checkable

from .engine import DirectionChoice, LayoutEngine, ParagraphLayout

GAP = 1  # blank rows after each paragraph but the last
ESTIMATE_SLACK = 1.08  # word wrapping leaves a little room at line ends
BLOCK = 256  # paragraphs per block: a block's estimates cost about 30 µs
LAST_LINE_SLACK = 0.5  # a paragraph's last line is, on average, half full


@runtime_checkable
class MeasuredTexts(Protocol):
    """Texts that tell their lengths without being read (a book's, story/paragraphs.py)."""

    def lengths(self, start: int, stop: int) -> Iterable[int]: ...


def text_lengths(texts: Sequence[str], start: int, stop: int) -> Iterable[int]:
    """The lengths of texts [start, stop): a book's without decoding them (a step of a
    file of short lines brings tens of thousands, decoded only to be counted)."""
    if isinstance(texts, MeasuredTexts):
        return texts.lengths(start, stop)
    return map(len, texts[start:stop])


class RowMap:
    def __init__(
        self,
        engine: LayoutEngine,
        texts: Sequence[str],
        width: int,
        direction: DirectionChoice = "auto",
        *,
        block_size: int = BLOCK,
        _block_chars: list[int] | None = None,
        _paragraphs: int | None = None,
    ) -> None:
        self.engine = engine
        self.block_size = block_size
        self.texts = texts
        self.width = max(1, width)
        self.direction = direction
        self._per_cell = ESTIMATE_SLACK / self.width
        self._paragraphs = len(texts) if _paragraphs is None else _paragraphs
        # Characters per block: what a block is estimated from (kept across widths).
        self._block_chars = (
            _block_chars
            if _block_chars is not None
            else [
                sum(map(len, texts[at : at + block_size]))
                for at in range(0, self._paragraphs, block_size)
            ]
        )
        blocks = len(self._block_chars)
        # Per block, once the view reached it: each paragraph's rows and whether exact.
        self._counts: list[list[int] | None] = [None] * blocks
        self._exact: list[bytearray | None] = [None] * blocks
        self._local_starts: list[list[int] | None] = [None] * blocks
        self._block_rows = [self._block_estimate(block) for block in range(blocks)]
        self._block_starts: list[int] | None = None

    def at_width(self, width: int) -> RowMap:
        """The same texts at another width: estimates per block, nothing laid out."""
        return RowMap(
            self.engine, self.texts, width, self.direction, block_size=self.block_size,
            _block_chars=list(self._block_chars), _paragraphs=self._paragraphs,
        )  # fmt: skip

    def __len__(self) -> int:
        return self._paragraphs

    # -- estimates -----------------------------------------------------------------

    def _size_of(self, block: int) -> int:
        return min(self.block_size, self._paragraphs - block * self.block_size)

    def _block_estimate(self, block: int) -> int:
        size = self._size_of(block)
        lines = round(self._block_chars[block] * self._per_cell + size * LAST_LINE_SLACK)
        return max(size, lines) + size * GAP

    def _estimates(self, texts: Sequence[str]) -> list[int]:
        # Texts already laid out at this width count exactly.
        per_cell, width, direction = self._per_cell, self.width, self.direction
        cached = self.engine.cached_layout
        counts = []
        for text in texts:
            known = cached(text, width, direction)
            counts.append(
                len(known.lines) if known is not None else max(1, math.ceil(len(text) * per_cell))
            )
        return counts

    def _block_counts(self, block: int) -> list[int]:
        """The block's rows per paragraph, estimated now if the view never reached it."""
        counts = self._counts[block]
        if counts is None:
            at = block * self.block_size
            counts = self._estimates(self.texts[at : at + self._size_of(block)])
            self._counts[block] = counts
            self._exact[block] = bytearray(len(counts))
            self._set_block_rows(block, sum(counts) + len(counts) * GAP)
        return counts

    def _set_block_rows(self, block: int, rows: int) -> None:
        if rows != self._block_rows[block]:
            self._block_rows[block] = rows
            self._block_starts = None
        self._local_starts[block] = None

    def extend(self) -> None:
        """Texts were appended (a book still being read): estimate their rows."""
        at = self._paragraphs
        end = len(self.texts)
        while at < end:
            block = at // self.block_size
            if block == len(self._block_chars):
                self._block_chars.append(0)
                self._block_rows.append(0)
                self._counts.append(None)
                self._exact.append(None)
                self._local_starts.append(None)
            stop = min(end, (block + 1) * self.block_size)
            self._block_chars[block] += sum(text_lengths(self.texts, at, stop))
            self._paragraphs = stop
            counts = self._counts[block]
            exact = self._exact[block]
            if counts is not None and exact is not None:
                new = self._estimates(self.texts[at:stop])
                counts += new
                exact += bytearray(len(new))
                self._set_block_rows(block, self._block_rows[block] + sum(new) + len(new) * GAP)
            else:
                self._set_block_rows(block, self._block_estimate(block))
            at = stop

    # -- rows ---------------------------------------------------------------------

    def _starts_of_blocks(self) -> list[int]:
        if self._block_starts is None:
            self._block_starts = [0, *accumulate(self._block_rows)][:-1]
        return self._block_starts

    def _starts_in(self, block: int) -> list[int]:
        local = self._local_starts[block]
        if local is None:
            counts = self._block_counts(block)
            local = [0, *accumulate(count + GAP for count in counts)][:-1]
            self._local_starts[block] = local
        return local

    def count(self, paragraph: int) -> int:
        """The paragraph's rows at this width (an estimate until it is laid out)."""
        return self._block_counts(paragraph // self.block_size)[paragraph % self.block_size]

    def is_exact(self, paragraph: int) -> bool:
        self._block_counts(paragraph // self.block_size)
        exact = self._exact[paragraph // self.block_size]
        return exact is not None and bool(exact[paragraph % self.block_size])

    def start_of(self, paragraph: int) -> int:
        """The row a paragraph's first line is on."""
        block = paragraph // self.block_size
        local = self._starts_in(block)  # estimates the block first: it may move rows after it
        return self._starts_of_blocks()[block] + local[paragraph % self.block_size]

    @property
    def total(self) -> int:
        if not self._paragraphs:
            return 0
        return self._starts_of_blocks()[-1] + self._block_rows[-1] - GAP

    def locate(self, row: int) -> tuple[int, int]:
        """(paragraph, line) of a row; line == the paragraph's count is the gap after it."""
        if not self._paragraphs:
            return (0, 0)
        while True:
            row = max(0, min(row, self.total - 1))
            starts = self._starts_of_blocks()
            block = bisect_right(starts, row) - 1
            if self._counts[block] is None:
                self._block_counts(block)  # its rows may change: look again
                continue
            local = self._starts_in(block)
            within = row - starts[block]
            index = bisect_right(local, within) - 1
            return (block * self.block_size + index, within - local[index])

    def layout(self, paragraph: int) -> ParagraphLayout:
        """The paragraph's exact lines; its count is corrected if it was an estimate."""
        result = self.engine.layout(self.texts[paragraph], self.width, self.direction)
        block, index = divmod(paragraph, self.block_size)
        counts = self._block_counts(block)
        exact = self._exact[block]
        if exact is not None and not exact[index]:
            exact[index] = 1
            change = len(result.lines) - counts[index]
            if change:
                counts[index] += change
                self._set_block_rows(block, self._block_rows[block] + change)
        return result

    def row_of(self, paragraph: int, offset: int) -> int:
        line = self.layout(paragraph).line_of(offset)
        return self.start_of(paragraph) + line

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
        if not self._paragraphs:
            return 0
        paragraph, line = self.locate(top_row)
        offset = self.offset_at(paragraph, line)  # lays the anchor paragraph out exactly
        count = self.count(paragraph)
        top = self.start_of(paragraph) + count if line >= count else self.row_of(paragraph, offset)
        # Lay out paragraphs until the rows below the top fill the viewport.
        covered = self.start_of(paragraph) + count + GAP - top
        index = paragraph + 1
        while index < self._paragraphs and covered < height:
            self.layout(index)
            covered += self.count(index) + GAP
            index += 1
        return top

    def settle_end(self, height: int) -> int:
        """Lay out the last `height` rows exactly; return the row the last page starts on."""
        covered = -GAP  # no gap after the last paragraph
        index = self._paragraphs - 1
        while index >= 0 and covered < height:
            self.layout(index)
            covered += self.count(index) + GAP
            index -= 1
        return max(0, self.total - height)
