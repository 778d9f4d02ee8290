"""A document's paragraphs in one buffer: their texts joined into a few big strings.

A Paragraph record and its own string cost about 270 bytes beyond the text, and a
text file of 500,000 short lines (a list, a log, a line per sentence) is that many
paragraphs: 215 MB at its peak. Here the texts of each block of paragraphs are one
string, where each paragraph starts is an array and its kind a byte: a few bytes a
paragraph beyond its text. A Paragraph is made when one is asked for.

A full block is kept as `cp1256` bytes when it encodes: Python stores a str by its widest
character, so Arabic text takes two bytes a character as a str, and Windows-1256 (Arabic
letters, harakat, tatweel, ZWJ/ZWNJ, LRM/RLM and ASCII, a byte each; a strict encoding
decodes back to the same text) takes one. A 20 MB book's text is 11 MB instead of 22;
a paragraph is decoded when it is asked for (about 3 ns a character). A block with a
character outside it (an emoji, Persian's گ) stays a str.

In a block's string each paragraph is followed by SEPARATOR (a byte a paragraph): it is
then what search folds, a block at a time, with nothing copied to put separators in
(search/buffer.py keeps no folded copy of a block it can fold from these bytes).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from operator import sub
from typing import overload

from .model import Paragraph, ParagraphKind

KINDS: tuple[ParagraphKind, ...] = ("title", "heading", "body", "quote", "item", "code")
_CODES = {kind: code for code, kind in enumerate(KINDS)}
BLOCK = 1024  # paragraphs per joined string
COMPACT = "cp1256"  # a full block's text, encoded, when every character has a byte
SEPARATOR = "\n"  # after each paragraph in a block's string


def _compact(joined: str) -> str | bytes:
    """A full block's joined text: one byte a character when it can be (same offsets)."""
    try:
        return joined.encode(COMPACT)
    except UnicodeEncodeError:
        return joined


def _cut(joined: str | bytes, start: int, end: int) -> str:
    piece = joined[start:end]
    return piece if isinstance(piece, str) else piece.decode(COMPACT)


class ParagraphBuffer(Sequence[Paragraph]):
    """Paragraphs appended one by one (a book still being read), held compactly."""

    def __init__(self, paragraphs: Iterable[Paragraph] = ()) -> None:
        self._blocks: list[str | bytes] = []  # each full block's texts, joined (_compact)
        self._open: list[str] = []  # the texts of the block being filled
        self._open_length = 0
        self._starts = array("I")  # where each paragraph starts in its block's string
        self._kinds = bytearray()
        self._first = 0  # the index of the first paragraph held (see clear)
        self.texts = ParagraphTexts(self)
        for paragraph in paragraphs:
            self.append(paragraph.kind, paragraph.text)

    def append(self, kind: ParagraphKind, text: str) -> Paragraph:
        """Add a paragraph at the end; the Paragraph it is."""
        index = len(self._kinds)
        if self._open and index % BLOCK == 0:
            self._blocks.append(_compact(SEPARATOR.join(self._open) + SEPARATOR))
            self._open, self._open_length = [], 0
        self._starts.append(self._open_length)
        self._open.append(text)
        self._open_length += len(text) + len(SEPARATOR)
        self._kinds.append(_CODES[kind])
        return Paragraph(self._first + index, kind, text)

    def clear(self) -> None:
        """Let go of the paragraphs held (a reader that shows them as they come: `print`);
        the next one keeps its place in the text as its index."""
        self._first += len(self)
        self._blocks, self._open, self._open_length = [], [], 0
        self._starts, self._kinds = array("I"), bytearray()

    def __len__(self) -> int:
        return len(self._kinds)

    def first_of(self, *kinds: ParagraphKind) -> int | None:
        """The index of the first paragraph of one of these kinds (None: there is none)."""
        found = [at for at in (self._kinds.find(_CODES[kind]) for kind in kinds) if at >= 0]
        return min(found, default=None)

    def indices_of(self, *kinds: ParagraphKind) -> list[int]:
        """Where the paragraphs of these kinds are (positions for `buffer[i]`), in order:
        found in the kinds' bytes, so a file's few headings cost no Paragraph per line."""
        found: list[int] = []
        for code in (_CODES[kind] for kind in kinds):
            at = self._kinds.find(code)
            while at >= 0:
                found.append(at)
                at = self._kinds.find(code, at + 1)
        return sorted(found)

    def text(self, index: int) -> str:
        block, at = divmod(index, BLOCK)
        if block == len(self._blocks):
            return self._open[at]
        joined = self._blocks[block]
        end = self._starts[index + 1] if at + 1 < BLOCK else len(joined)
        return _cut(joined, self._starts[index], end - len(SEPARATOR))

    def joined(self, block: int) -> str | bytes | None:
        """A full block's paragraphs [block * BLOCK, (block + 1) * BLOCK), each followed
        by SEPARATOR: a str, or its `COMPACT` bytes; None for the block still being filled."""
        return self._blocks[block] if block < len(self._blocks) else None

    @overload
    def __getitem__(self, index: int) -> Paragraph: ...
    @overload
    def __getitem__(self, index: slice) -> list[Paragraph]: ...
    def __getitem__(self, index: int | slice) -> Paragraph | list[Paragraph]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("paragraph index out of range")
        return Paragraph(self._first + index, KINDS[self._kinds[index]], self.text(index))

    def __eq__(self, other: object) -> bool:
        """Equal to the same paragraphs, in a buffer, a tuple or a list."""
        if isinstance(other, ParagraphBuffer):
            return self._kinds == other._kinds and list(self.texts) == list(other.texts)
        if isinstance(other, (tuple, list)):
            return len(other) == len(self) and all(map(tuple.__eq__, self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # it grows

    def __iter__(self) -> Iterator[Paragraph]:
        kinds = self._kinds
        for index, text in enumerate(self.texts):
            yield Paragraph(self._first + index, KINDS[kinds[index]], text)


class ParagraphTexts(Sequence[str]):
    """The buffer's texts, as a sequence of str (what search and layout read)."""

    def __init__(self, buffer: ParagraphBuffer) -> None:
        self._buffer = buffer

    def __len__(self) -> int:
        return len(self._buffer)

    def joined(self, block: int) -> str | bytes | None:
        """The buffer's `joined` block (what search folds a block at a time)."""
        return self._buffer.joined(block)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return list(self._range(start, stop))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("paragraph index out of range")
        return self._buffer.text(index)

    def __iter__(self) -> Iterator[str]:
        return self._range(0, len(self))

    def lengths(self, start: int, stop: int) -> Iterator[int]:
        """The lengths of texts [start, stop), from where they start: none is decoded (a
        step of a book of short lines brings tens of thousands, counted as they come)."""
        buffer = self._buffer
        starts = buffer._starts
        stop = min(stop, len(self))
        while start < stop:
            block = start // BLOCK
            end = min(stop, (block + 1) * BLOCK)
            if block == len(buffer._blocks):
                yield from map(len, buffer._open[start - block * BLOCK : end - block * BLOCK])
                return
            # Where each ends: where the next starts, the last of a block at its end.
            last = end == (block + 1) * BLOCK
            ends = list(starts[start + 1 : end if last else end + 1])
            if last:
                ends.append(len(buffer._blocks[block]))
            yield from (length - len(SEPARATOR) for length in map(sub, ends, starts[start:end]))
            start = end

    def _range(self, start: int, stop: int) -> Iterator[str]:
        """The texts of paragraphs [start, stop), a block's string cut once per text."""
        buffer = self._buffer
        starts = buffer._starts
        for index in range(start, stop):
            block, at = divmod(index, BLOCK)
            if block == len(buffer._blocks):
                yield from buffer._open[at : stop - block * BLOCK]
                return
            joined = buffer._blocks[block]
            end = starts[index + 1] if at + 1 < BLOCK else len(joined)
            yield _cut(joined, starts[index], end - len(SEPARATOR))


def texts_of(paragraphs: Sequence[Paragraph]) -> Sequence[str]:
    """The paragraphs' texts: a buffer's own view of them (it grows with the buffer),
    else a list."""
    if isinstance(paragraphs, ParagraphBuffer):
        return paragraphs.texts
    return [paragraph.text for paragraph in paragraphs]
