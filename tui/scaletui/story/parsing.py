"""Splitting text into paragraphs as it arrives: Markdown and plain text, fed in pieces.

A book is read a chunk at a time (the first screen needs only its start), so
the parsers keep their state between pieces: an open code fence, a paragraph
still being joined, a line cut in two by the chunk's end. Fed the whole text
at once they give what a one-pass parser would.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import chain

from .model import Paragraph, ParagraphKind
from .paragraphs import ParagraphBuffer

# Longer paragraphs are cut in pieces of at most this many characters, at a sentence's
# end where there is one (else between words): a paragraph is shaped and ordered whole
# when it is first shown, and a text of one 3.4 MB line took 10 s to its first screen.
# Real paragraphs are far shorter (the seed's longest has 588 characters, the corpus
# articles' 1,825).
PARAGRAPH_CHARS_MAX = 10_000
# A line, or a paragraph being gathered from lines, longer than this is cut as it is
# read, not held whole: `print` of a 50 MB line held it all (and more) before the
# first line came out. Its pieces are cut_long's, however the text arrives.
HELD_CHARS_MAX = 4 * PARAGRAPH_CHARS_MAX
_SENTENCE_END = re.compile(r"[.!?؟…](?=\s)")
_SPACES = re.compile(r"\s*")  # (\s is what str.isspace calls white space)

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")
_INLINE = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: keep the text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"`([^`]*)`"), r"\1"),  # code
]


def cut_long(text: str, limit: int = PARAGRAPH_CHARS_MAX) -> list[str]:
    """`text` in pieces of at most `limit` characters, cut after the last sentence end
    in the second half of each (else at the last space; else, in a text without
    spaces, between two characters, never before a combining mark)."""
    if len(text) <= limit:
        return [text]
    pieces, start = cut_front(text, limit)
    return [piece for piece in (*pieces, text[start:]) if piece]


def cut_front(text: str, limit: int = PARAGRAPH_CHARS_MAX, keep: int = 0) -> tuple[list[str], int]:
    """The pieces cut_long cuts off the front of `text` while more than `limit + keep`
    characters are left, and where the rest starts. (`keep`: the text goes on past its
    end; a cut looks at most `limit` characters ahead, so the pieces are those of the
    whole text.)"""
    pieces = []
    start = 0  # (an offset, not the rest sliced off each time: a 20 MB text is one line)
    while len(text) - start > limit + keep:
        end = start + limit + 1  # a space just past the limit is a fine cut
        sentences = [m.end() for m in _SENTENCE_END.finditer(text, start + limit // 2, end)]
        candidates = chain(reversed(sentences), _spaces_before(text, start, end))
        cut = next((c for c in candidates if _starts_clean(text, c)), start)
        if cut <= start:
            cut = start + limit
            while cut > start + 1 and _is_mark(text[cut]):
                cut -= 1  # a mark stays with its letter
            while cut < len(text) and _is_mark(text[cut]):
                cut += 1  # (a letter with more marks than the limit: kept whole)
        pieces.append(text[start:cut].rstrip())
        start = cut
        if _starts_clean(text, start):
            start = _past_spaces(text, start)  # (not a space carrying a mark)
    return [piece for piece in pieces if piece], start


def _spaces_before(text: str, start: int, end: int) -> Iterator[int]:
    """Where the spaces after `start` and before `end` are, the last first: the last of
    each run of white space only (a cut anywhere in a run makes the same pieces, and
    trying each space of a run of 50,000 took print minutes)."""
    at = end
    while (at := max(text.rfind(" ", start + 1, at), text.rfind("\n", start + 1, at))) > start:
        yield at
        while at > start + 1 and text[at - 1].isspace():
            at -= 1


def _is_mark(char: str) -> bool:
    return bool(unicodedata.combining(char)) or char == "\u200d"


def _starts_clean(text: str, cut: int) -> bool:
    """Whether the text after `cut`, spaces skipped, starts with no mark (a mark
    written on a space stays with it)."""
    at = _past_spaces(text, cut)
    return at == len(text) or not _is_mark(text[at])


def _past_spaces(text: str, at: int) -> int:
    """Where the white space from `at` ends (matched in C: a run can be megabytes)."""
    found = _SPACES.match(text, at)
    return found.end() if found else at  # (it always matches)


def strip_inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


class _LineFeeder:
    """Whole lines out of pieces of text: a piece may end mid-line, or between \\r and \\n.

    `paragraphs` gathers every paragraph made; a reader that shows them as they come
    (`print`) empties it as it goes, and no more than HELD_CHARS_MAX of a line or a
    paragraph is held, so a text of any length is read in the memory of a few pieces.
    """

    def __init__(self) -> None:
        self.paragraphs = ParagraphBuffer()  # (emptied by a reader that shows them as they come)
        # The line still being read, in the pieces it came in: a line as long as the
        # book, joined up again at every piece, took seconds to read at 20 MB.
        self._pending: list[str] = []
        self._pending_chars = 0
        self._cutting = False  # the pending line is a long one, being cut as it comes

    def feed(self, text: str) -> list[Paragraph]:
        """Take the next piece; the paragraphs it completed."""
        if "\n" not in text and "\r" not in text and not self._ends_in_cr():
            self._pending.append(text)  # the line goes on
            self._pending_chars += len(text)
            return self._cut_pending() if self._pending_chars > HELD_CHARS_MAX else []
        text = "".join(self._pending) + text
        end = len(text) - 1 if text.endswith("\r") else len(text)  # its \n may come next
        cut = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
        text, self._pending = text[:cut], [text[cut:]]
        self._pending_chars = len(self._pending[0])
        return self._take(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")[:-1])

    def _ends_in_cr(self) -> bool:
        return bool(self._pending) and self._pending[-1].endswith("\r")

    def close(self) -> list[Paragraph]:
        """The end of the text: the paragraphs still held."""
        rest = "".join(self._pending).replace("\r\n", "\n").replace("\r", "\n")
        self._pending, self._pending_chars = [], 0
        done = self._take(rest.split("\n")) if rest else []
        return done + self._finish()

    def _take(self, lines: list[str]) -> list[Paragraph]:
        """Whole lines. One longer than HELD_CHARS_MAX is cut in cut_long's pieces: the
        first is read as the line, the others as what follows it (`_more`)."""
        out: list[Paragraph] = []
        held: list[str] = []
        for index, line in enumerate(lines):
            going_on = index == 0 and self._cutting  # the end of a line cut as it came
            if len(line) <= HELD_CHARS_MAX and not going_on:
                held.append(line)
                continue
            out += self._lines(held)
            held = []
            pieces = cut_long(line) if line else []
            if not going_on:
                out += self._lines(pieces[:1])
                pieces = pieces[1:]
            for piece in pieces:
                out += self._more(piece)
        self._cutting = False
        return out + self._lines(held)

    def _cut_pending(self) -> list[Paragraph]:
        """The line being read is too long to hold: its first pieces, now."""
        text = "".join(self._pending)
        pieces, start = cut_front(text, keep=PARAGRAPH_CHARS_MAX)
        self._pending, self._pending_chars = [text[start:]], len(text) - start
        out: list[Paragraph] = []
        if not self._cutting:
            self._cutting = True
            out += self._lines(pieces[:1])
            pieces = pieces[1:]
        for piece in pieces:
            out += self._more(piece)
        return out

    def _emit(self, kind: ParagraphKind, text: str) -> list[Paragraph]:
        made = []
        for piece in cut_long(text):
            made.append(self.paragraphs.append(kind, piece))
        return made

    def _lines(self, lines: list[str]) -> list[Paragraph]:
        raise NotImplementedError

    def _more(self, piece: str) -> list[Paragraph]:
        """The next piece of a line too long to hold, which goes on from the last."""
        return self._lines([piece])

    def _finish(self) -> list[Paragraph]:
        raise NotImplementedError


class MarkdownParser(_LineFeeder):
    """Headings, paragraphs, list items and block quotes, in logical order."""

    def __init__(self) -> None:
        super().__init__()
        self._buffer: list[str] = []
        self._kind: ParagraphKind = "body"
        self._gathered = 0  # characters in _buffer
        self._in_fence = False
        self._title_seen = False

    def _flush(self, out: list[Paragraph]) -> None:
        if self._buffer:
            joined = strip_inline(" ".join(line.strip() for line in self._buffer)).strip()
            if joined:
                out += self._emit(self._kind, joined)
        self._buffer, self._kind, self._gathered = [], "body", 0

    def _gather(self, text: str, out: list[Paragraph]) -> None:
        """A line's text into the paragraph being gathered; once that is longer than
        HELD_CHARS_MAX, its first pieces go out."""
        self._buffer.append(text)
        self._gathered += len(text) + 1
        if self._gathered > HELD_CHARS_MAX:
            joined = " ".join(line.strip() for line in self._buffer)
            pieces, start = cut_front(joined, keep=PARAGRAPH_CHARS_MAX)
            for piece in pieces:
                if shown := strip_inline(piece).strip():
                    out += self._emit(self._kind, shown)
            self._buffer, self._gathered = [joined[start:]], len(joined) - start

    def _more(self, piece: str) -> list[Paragraph]:
        out: list[Paragraph] = []
        if self._in_fence:
            out += self._emit("code", piece)
        else:
            self._gather(piece, out)  # (a heading's is a paragraph after it)
        return out

    def _lines(self, lines: list[str]) -> list[Paragraph]:
        out: list[Paragraph] = []
        for raw in lines:
            line = raw.rstrip()
            if line.lstrip().startswith(("```", "~~~")):
                self._flush(out)
                self._in_fence = not self._in_fence
                continue
            if self._in_fence:
                if line.strip():
                    out += self._emit("code", line)
                continue
            stripped = line.strip()
            if not stripped:
                self._flush(out)
                continue
            heading = _HEADING.match(stripped)
            if heading:
                self._flush(out)
                level, content = len(heading.group(1)), strip_inline(heading.group(2))
                kind: ParagraphKind = "title" if level == 1 and not self._title_seen else "heading"
                self._title_seen = self._title_seen or kind == "title"
                if content:
                    out += self._emit(kind, content)
                continue
            item = _ITEM.match(line)
            if item:
                self._flush(out)
                self._kind = "item"
                self._gather("• " + item.group(1), out)
                continue
            quote = _QUOTE.match(line)
            if quote:
                if self._kind != "quote":
                    self._flush(out)
                    self._kind = "quote"
                self._gather(quote.group(1), out)
                continue
            if self._kind == "quote":
                self._flush(out)
            self._gather(stripped, out)
        return out

    def _finish(self) -> list[Paragraph]:
        out: list[Paragraph] = []
        self._flush(out)
        return out


class PlainParser(_LineFeeder):
    """Plain text: a line per paragraph, unless the text is hard-wrapped.

    Hard-wrapped text (most lines of a similar, modest length) is joined back
    into paragraphs at blank lines. A short first line followed by a blank line
    is the title. Both are decided from the first piece fed (a book's first
    chunk speaks for the rest of it).
    """

    def __init__(self) -> None:
        super().__init__()
        self._hard_wrapped: bool | None = None
        self._block: list[str] = []
        self._blocked = 0  # characters in _block
        self._first_lines: list[str] = []  # the text's first two lines, for the title
        self._held: str | None = None  # the first text, until we know if it is the title
        self._texts = 0

    def _lines(self, lines: list[str]) -> list[Paragraph]:
        if len(self._first_lines) < 2:
            self._first_lines += lines[: 2 - len(self._first_lines)]
        if self._hard_wrapped is None and lines:
            filled = [line.strip() for line in lines if line.strip()]
            lengths = sorted(len(line) for line in filled)
            self._hard_wrapped = (
                len(filled) >= 5
                and 40 <= lengths[len(lengths) // 2] <= 100
                and sum(1 for n in lengths if n <= 100) / len(lengths) > 0.8
            )
        out: list[Paragraph] = []
        for line in lines:
            text = line.strip()
            if text and not self._hard_wrapped:
                self._text(text, out)  # a paragraph as soon as its line ends
            elif text:
                self._block.append(text)  # joined with the next lines up to a blank one
                self._blocked += len(text) + 1
                if self._blocked > HELD_CHARS_MAX:
                    self._cut_block(out)
            elif self._block:
                self._end_block(out)
        return out

    def _cut_block(self, out: list[Paragraph]) -> None:
        """A block too long to hold: its first pieces go out."""
        joined = " ".join(self._block)
        pieces, start = cut_front(joined, keep=PARAGRAPH_CHARS_MAX)
        for piece in pieces:
            self._text(piece, out)
        self._block, self._blocked = [joined[start:]], len(joined) - start

    def _end_block(self, out: list[Paragraph]) -> None:
        block, self._block, self._blocked = self._block, [], 0
        for text in [" ".join(block)] if self._hard_wrapped else block:
            self._text(text, out)

    def _text(self, text: str, out: list[Paragraph]) -> None:
        self._texts += 1
        if self._texts == 1:
            self._held = text  # title or body: the second text decides
            return
        if self._held is not None:
            held, self._held = self._held, None
            lines = self._first_lines
            title = len(held) <= 120 and len(lines) > 1 and not lines[1].strip()
            out += self._emit("title" if title else "body", held)
        out += self._emit("body", text)

    def _finish(self) -> list[Paragraph]:
        out: list[Paragraph] = []
        if self._block:
            self._end_block(out)
        if self._held is not None:  # the only text: never a title
            out += self._emit("body", self._held)
            self._held = None
        return out


MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


def parser_for(suffix: str) -> MarkdownParser | PlainParser:
    return MarkdownParser() if suffix.lower() in MARKDOWN_SUFFIXES else PlainParser()


def parse_all(parser: MarkdownParser | PlainParser, text: str) -> list[Paragraph]:
    """A whole text at once (its last line counted among the first piece's lines)."""
    ended = text if text.endswith(("\n", "\r")) else text + "\n"
    return parser.feed(ended) + parser.close()
