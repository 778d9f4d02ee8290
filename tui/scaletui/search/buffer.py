"""A whole document folded for search, compactly: a few big strings and offset arrays.

Folding a paragraph as `fold()` does gives a Python int per character to map a
hit back (13 MB of memory per MB of text). Here paragraphs are folded a batch at
a time with `str.translate` (in C) into chunks of about a megabyte: each chunk is
its paragraphs' folded text joined by newlines, with the paragraphs' start
offsets in `array`s. Most characters fold to exactly one, so a folded offset
maps back to the original as offset + delta, and the delta only changes at a
mark removed (harakat, tatweel) or a letter expanded (ﻻ to لا): those changes
are the only positions stored. Offsets follow `FoldedText.span`'s contract.

A book's paragraphs (story/paragraphs.py) are kept a block at a time, each paragraph
followed by a newline, mostly as `cp1256` bytes. A chunk that holds exactly such a block
keeps no folded copy: `bytes.translate` folds those bytes again when the chunk is
searched (a few ms a megabyte; `str.translate` takes about 100 times as long), and one
paragraph's share when a cursor move asks for it. It is let go only once the bytes are
seen to fold to the very same text (else the copy stays): a 500,000-line file's folded
copy was 17 MB.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import Protocol

from ..story.paragraphs import BLOCK, COMPACT, SEPARATOR
from .folding import fold_char

CHUNK_CHARS = 1 << 20  # original characters per chunk (a search scans one at a time)
# SEPARATOR ("\n", after each paragraph, as in a book's blocks) is never in a folded
# query, so no hit spans two paragraphs.


class JoinedBlocks(Protocol):
    """Paragraphs kept a block of BLOCK at a time (story/paragraphs.py's texts)."""

    def joined(self, block: int) -> str | bytes | None:
        """A full block's paragraphs, each followed by SEPARATOR (None: not full yet)."""


@cache
def _byte_folds() -> tuple[bytes, bytes]:
    """What each `COMPACT` byte folds to, as `bytes.translate`'s table and the bytes it
    deletes. A byte whose character folds to several, or to one above Latin-1, is left
    as it is: a block holding one folds to another text, so its copy is kept."""
    table, deleted = bytearray(range(256)), bytearray()
    for byte in range(256):
        try:
            folded = fold_char(bytes([byte]).decode(COMPACT))
        except UnicodeDecodeError:
            continue
        if not folded:
            deleted.append(byte)
        elif len(folded) == 1 and ord(folded) < 256:
            table[byte] = ord(folded)
    return bytes(table), bytes(deleted)


def fold_bytes(data: bytes) -> str:
    """`COMPACT` bytes folded as `_FoldTable` folds their text (where `_byte_folds` can)."""
    table, deleted = _byte_folds()
    return data.translate(table, deleted).decode("latin-1")


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

    __slots__ = (
        "first", "_folded", "_compact", "_length", "starts", "origins", "breaks", "deltas",
        "_original_length",
    )  # fmt: skip

    def __init__(self, first: int) -> None:
        self.first = first
        self._folded = ""  # the folded text, unless it is folded from `_compact` when asked
        self._compact: bytes | None = None  # the original block's bytes (see `fold_from`)
        self._length = 0  # of the folded text
        self.starts = array("I")  # folded offset of each paragraph in `text`
        self.origins = array("I")  # the same in the original paragraphs, joined alike
        self.breaks = array("I", [0])  # folded offsets where the delta changes...
        self.deltas = array("i", [0])  # ...to original offset - folded offset
        self._original_length = 0

    @property
    def count(self) -> int:
        return len(self.starts)

    @property
    def text(self) -> str:
        """The folded paragraphs, each followed by SEPARATOR."""
        return self._folded if self._compact is None else fold_bytes(self._compact)

    def fold_from(self, joined: str | bytes | None) -> None:
        """Keep no folded copy if `joined`, the original block of this chunk's paragraphs
        (each followed by SEPARATOR), is bytes that fold to the same text."""
        if isinstance(joined, bytes) and fold_bytes(joined) == self._folded:
            self._compact, self._folded = joined, ""

    def paragraph_text(self, local: int) -> tuple[int, str]:
        """Where paragraph `local` starts in the folded text, and its folded text."""
        begin = self.starts[local]
        if self._compact is None:
            end = self.starts[local + 1] if local + 1 < self.count else self._length
            return begin, self._folded[begin : end - 1]
        origin = self.origins[local]
        end = self.origins[local + 1] if local + 1 < self.count else len(self._compact)
        return begin, fold_bytes(self._compact[origin : end - 1])

    def add(self, texts: Sequence[str], table: _FoldTable) -> None:
        joined = SEPARATOR.join(texts) + SEPARATOR
        table.learn(joined)
        base = self._length
        limits = [0]
        for text in texts:
            self.origins.append(self._original_length + limits[-1])
            limits.append(limits[-1] + len(text) + 1)
        self._original_length += len(joined)
        if table.pattern is not None and table.pattern.search(joined):
            self._shift(joined, limits, base, table)
        else:
            self.starts.extend(base + limit for limit in limits[:-1])
        folded = joined.translate(table.table)
        self._folded += folded
        self._length += len(folded)

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
        count, last_separator, first = len(starts), self._length - 1, self.first
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

    def __init__(self, blocks: JoinedBlocks | None = None) -> None:
        """`blocks`: the paragraphs' own blocks, if they are kept so (a chunk a block,
        folded from them when searched); else chunks of about CHUNK_CHARS."""
        self._blocks = blocks
        self.chunks: list[Chunk] = []
        self._firsts: list[int] = []  # each chunk's first paragraph, to find one's chunk
        self.paragraphs = 0  # how many are folded
        self._table = _FoldTable()
        self._chunk_size = 0

    def add(self, texts: Sequence[str]) -> None:
        """Fold the next paragraphs (with blocks: a chunk a block, split where one ends)."""
        if self._blocks is None:
            if texts:
                self._add_to_chunk(texts, not self.chunks or self._chunk_size >= CHUNK_CHARS)
            return
        while texts:
            room = BLOCK - self.paragraphs % BLOCK
            self._add_to_chunk(texts[:room], room == BLOCK)
            texts = texts[room:]

    def _add_to_chunk(self, texts: Sequence[str], new: bool) -> None:
        """Fold `texts` into the last chunk, or a `new` one."""
        if new:
            self.chunks.append(Chunk(self.paragraphs))
            self._firsts.append(self.paragraphs)
            self._chunk_size = 0
        chunk = self.chunks[-1]
        chunk.add(texts, self._table)
        self._chunk_size += sum(len(text) + 1 for text in texts)
        self.paragraphs += len(texts)
        if self._blocks is not None and chunk.count == BLOCK:
            chunk.fold_from(self._blocks.joined(chunk.first // BLOCK))

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
        begin, text = chunk.paragraph_text(paragraph - chunk.first)
        found = find(text)
        yield from chunk.spans((start + begin, stop + begin) for start, stop in found)
