"""A whole document folded for search, compactly: a few big strings and offset arrays.

Folding a paragraph as `fold()` does gives a Python int per character to map a
hit back (13 MB of memory per MB of text). Here paragraphs are folded a batch at
a time with `str.translate` (in C) into chunks of about a megabyte: each chunk is
its paragraphs' folded text joined by newlines, with the paragraphs' start
offsets in `array`s. Most characters fold to exactly one, so a folded offset
maps back to the original as offset + delta, and the delta only changes at a
mark removed (harakat, tatweel) or a letter expanded (ﻻ to لا): those changes
are the only positions stored. Offsets follow `FoldedText.span`'s contract.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from .folding import fold_char

CHUNK_CHARS = 1 << 20  # original characters per chunk (a search scans one at a time)
SEPARATOR = "\n"  # between paragraphs; never in a folded query, so no hit spans two


class _FoldTable:
    """fold_char for every character seen so far, as a translate table, and the
    characters that do not fold to exactly one (their offsets shift)."""

    def __init__(self) -> None:
        self.table: dict[int, str] = {}
        self.seen: set[str] = set()
        self.irregular: dict[str, int] = {}  # char -> how many it folds to (0, 2, ...)
        self.pattern: re.Pattern[str] | None = None

    def learn(self, text: str) -> None:
        new = set(text) - self.seen
        if not new:
            return
        self.seen |= new
        for char in new:
            folded = fold_char(char)
            if folded != char:
                self.table[ord(char)] = folded
            if len(folded) != 1:
                self.irregular[char] = len(folded)
        if self.irregular:
            chars = "".join(re.escape(c) for c in sorted(self.irregular))
            self.pattern = re.compile(f"[{chars}]")


class Chunk:
    """Folded paragraphs [first, first + count) as one string, each followed by SEPARATOR."""

    __slots__ = ("first", "text", "starts", "origins", "breaks", "deltas", "_original_length")

    def __init__(self, first: int) -> None:
        self.first = first
        self.text = ""
        self.starts = array("I")  # folded offset of each paragraph in `text`
        self.origins = array("I")  # the same in the original paragraphs, joined alike
        self.breaks = array("I", [0])  # folded offsets where the delta changes...
        self.deltas = array("i", [0])  # ...to original offset - folded offset
        self._original_length = 0

    @property
    def count(self) -> int:
        return len(self.starts)

    def add(self, texts: Sequence[str], table: _FoldTable) -> None:
        joined = SEPARATOR.join(texts) + SEPARATOR
        table.learn(joined)
        base = len(self.text)
        limits = [0]
        for text in texts:
            self.origins.append(self._original_length + limits[-1])
            limits.append(limits[-1] + len(text) + 1)
        self._original_length += len(joined)
        if table.pattern is not None and table.pattern.search(joined):
            self._shift(joined, limits, base, table)
        else:
            self.starts.extend(base + limit for limit in limits[:-1])
        self.text += joined.translate(table.table)

    def _shift(self, joined: str, limits: list[int], base: int, table: _FoldTable) -> None:
        """Paragraph starts and delta changes where characters fold to none or several."""
        assert table.pattern is not None
        delta = self.deltas[-1]  # separators fold to themselves: the delta so far holds
        shift = 0  # original - folded, within this batch
        paragraphs = len(limits) - 1
        index = 0  # paragraphs whose start is recorded
        for match in table.pattern.finditer(joined):
            at = match.start()
            while index < paragraphs and limits[index] <= at:
                self.starts.append(base + limits[index] - shift)
                index += 1
            length = table.irregular[match.group()]
            folded_at = base + at - shift
            if length == 0:
                shift += 1
                self._break(folded_at, delta + shift)
            else:
                for extra in range(1, length):
                    self._break(folded_at + extra, delta + shift - extra)
                shift -= length - 1
        self.starts.extend(base + limit - shift for limit in limits[index:-1])

    def _break(self, at: int, delta: int) -> None:
        if self.breaks[-1] == at:  # several changes at one place: the last one holds
            self.deltas[-1] = delta
        else:
            self.breaks.append(at)
            self.deltas.append(delta)

    def _original(self, at: int) -> int:
        """The original offset (paragraphs joined as in `text`) of folded offset `at`."""
        return at + self.deltas[bisect_right(self.breaks, at) - 1]

    def span(self, start: int, end: int) -> tuple[int, int, int]:
        """(paragraph, start, end) in the original of a folded [start, end)."""
        local = bisect_right(self.starts, start) - 1
        origin = self.origins[local]
        first = self._original(start) - origin
        last = first if end <= start else self._original(end - 1) + 1 - origin
        return (self.first + local, first, last)

    def paragraph_end(self, local: int) -> int:
        """Folded offset of the separator after paragraph `local`."""
        if local + 1 < self.count:
            return self.starts[local + 1] - 1
        return len(self.text) - 1


class FoldedBuffer:
    """Every paragraph of a document folded, in chunks; folded a batch at a time."""

    def __init__(self) -> None:
        self.chunks: list[Chunk] = []
        self.paragraphs = 0  # how many are folded
        self._table = _FoldTable()
        self._chunk_size = 0

    def add(self, texts: Sequence[str]) -> None:
        if not texts:
            return
        if not self.chunks or self._chunk_size >= CHUNK_CHARS:
            self.chunks.append(Chunk(self.paragraphs))
            self._chunk_size = 0
        self.chunks[-1].add(texts, self._table)
        self._chunk_size += sum(len(text) + 1 for text in texts)
        self.paragraphs += len(texts)

    def spans(self, matches: Iterator[tuple[Chunk, int, int]]) -> Iterator[tuple[int, int, int]]:
        """Folded matches to original (paragraph, start, end); none across paragraphs."""
        for chunk, start, end in matches:
            paragraph, first, last = chunk.span(start, end)
            local = paragraph - chunk.first
            if end <= chunk.paragraph_end(local):
                yield (paragraph, first, last)
