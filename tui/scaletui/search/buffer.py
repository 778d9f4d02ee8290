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
from collections.abc import Callable, Iterable, Iterator, Sequence

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

    def spans(self, found: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
        """Folded matches in this chunk's text, in order, as (paragraph, start, end) in the
        original (`FoldedText.span`'s contract); none that runs into the next paragraph.

        One loop with everything local: a search over a book maps tens of thousands of
        hits, and per-hit method calls were most of its time."""
        starts, origins, breaks, deltas = self.starts, self.origins, self.breaks, self.deltas
        count, last_separator, first = len(starts), len(self.text) - 1, self.first
        changes = len(breaks)
        for start, end in found:
            local = bisect_right(starts, start) - 1
            separator = starts[local + 1] - 1 if local + 1 < count else last_separator
            if end > separator:
                continue
            origin = origins[local]
            at = bisect_right(breaks, start) - 1
            begin = start + deltas[at] - origin
            if end <= start:
                yield (first + local, begin, begin)
                continue
            last = end - 1
            if at + 1 < changes and breaks[at + 1] <= last:  # the delta changes inside
                at = bisect_right(breaks, last) - 1
            yield (first + local, begin, last + deltas[at] + 1 - origin)


class FoldedBuffer:
    """Every paragraph of a document folded, in chunks; folded a batch at a time."""

    def __init__(self) -> None:
        self.chunks: list[Chunk] = []
        self._firsts: list[int] = []  # each chunk's first paragraph, to find one's chunk
        self.paragraphs = 0  # how many are folded
        self._table = _FoldTable()
        self._chunk_size = 0

    def add(self, texts: Sequence[str]) -> None:
        if not texts:
            return
        if not self.chunks or self._chunk_size >= CHUNK_CHARS:
            self.chunks.append(Chunk(self.paragraphs))
            self._firsts.append(self.paragraphs)
            self._chunk_size = 0
        self.chunks[-1].add(texts, self._table)
        self._chunk_size += sum(len(text) + 1 for text in texts)
        self.paragraphs += len(texts)

    def spans(
        self, find: Callable[[str], Iterator[tuple[int, int]]]
    ) -> Iterator[tuple[int, int, int]]:
        """Every match `find` yields in the folded text, as original (paragraph, start,
        end); none across paragraphs."""
        for chunk in self.chunks:
            yield from chunk.spans(find(chunk.text))

    def paragraph_spans(
        self, paragraph: int, find: Callable[[str], Iterator[tuple[int, int]]]
    ) -> Iterator[tuple[int, int, int]]:
        """The matches `spans` gives in one folded paragraph, with `find` shown that
        paragraph's text alone (no match crosses a paragraph, so none is lost)."""
        if not 0 <= paragraph < self.paragraphs:
            return
        chunk = self.chunks[bisect_right(self._firsts, paragraph) - 1]
        local = paragraph - chunk.first
        begin = chunk.starts[local]
        end = chunk.starts[local + 1] - 1 if local + 1 < chunk.count else len(chunk.text) - 1
        found = find(chunk.text[begin:end])
        yield from chunk.spans((start + begin, stop + begin) for start, stop in found)
