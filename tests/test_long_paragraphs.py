"""Texts with paragraphs far longer than any real one (a book saved as one line).

A paragraph is shaped and ordered whole when it is first shown, so a 3.4 MB line took
10 s to its first screen, its drafting ran in steps of a second (keys waited), and
reading a 20 MB line joined it up again at every piece read (2.8 s before anything
showed). Long paragraphs are cut at sentence ends into pieces the layout handles
like any paragraph; drafting steps are measured in characters; lines are joined
once.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scaletui.story.model import Paragraph
from scaletui.story.pacing import Pacer
from scaletui.story.parsing import (
    HELD_CHARS_MAX,
    PARAGRAPH_CHARS_MAX,
    MarkdownParser,
    PlainParser,
    cut_long,
    parse_all,
)
from scaletui.story.stream import StreamedDocument

SENTENCE = "تعتزم ميتا استثمار 14.3 مليار دولار في Scale AI. "
WORDS = st.text(alphabet="اببتثجحخ دذرزسشَُِّ ـ.؟!\n abcXYZ 0123", min_size=0, max_size=400)


def one_letter_and_marks(piece: str) -> bool:
    rest = piece.lstrip()
    return len(rest) > 1 and all(unicodedata.combining(char) for char in rest[1:])


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=300, deadline=None)
@given(text=WORDS, limit=st.integers(min_value=2, max_value=60))
def test_pieces_are_short_lose_nothing_and_keep_marks_with_their_letters(
    text: str, limit: int
) -> None:
    pieces = cut_long(text, limit)
    # (Longer only for one letter with more marks than the limit: it is kept whole.)
    assert all(len(piece) <= limit or one_letter_and_marks(piece) for piece in pieces)
    assert squeezed("".join(pieces)) == squeezed(text)  # only the spaces at the cuts go
    if len(text) <= limit:
        assert pieces == [text]
    for piece in pieces[1:]:
        assert not unicodedata.combining(piece[0]) or not piece[0].strip()


def test_a_long_paragraph_is_cut_after_its_sentences() -> None:
    text = SENTENCE * 1000  # 50,000 characters: five pieces
    pieces = cut_long(text.strip())
    assert len(pieces) == 5 and all(len(piece) <= PARAGRAPH_CHARS_MAX for piece in pieces)
    assert all(piece.startswith("تعتزم") and piece.endswith("Scale AI.") for piece in pieces)
    assert " ".join(pieces) == text.strip()


@settings(max_examples=100, deadline=None)
@given(
    body=st.lists(st.sampled_from(["# عنوان", "- بند", "> اقتباس", "", "سطر عادي", "1. أول",
                                   SENTENCE * 30, "```", "\r\n", "\r"]), max_size=30),
    cuts=st.lists(st.integers(min_value=1, max_value=200), max_size=30),
    markdown=st.booleans(),
)  # fmt: skip
def test_fed_in_pieces_it_parses_as_it_does_at_once(
    body: list[str], cuts: list[int], markdown: bool
) -> None:
    text = "\n".join(body) + "\n"
    make = MarkdownParser if markdown else PlainParser
    whole = parse_all(make(), text)
    parser = make()
    fed, at = [], 0
    for size in cuts:
        fed += parser.feed(text[at : at + size])
        at += size
    fed += parser.feed(text[at:]) + parser.close()
    assert fed == whole
    assert all(len(p.text) <= PARAGRAPH_CHARS_MAX for p in whole)


def test_a_book_on_one_line_opens_at_once_and_drafts_in_the_background(tmp_path: Path) -> None:
    book = tmp_path / "one-line.txt"
    text = (SENTENCE * 60_000).strip()  # 3 MB, no line break
    book.write_text(text + "\n", encoding="utf-8")
    stream = StreamedDocument(book)
    # It was drafted whole before the first screen, and then read in full to find a
    # paragraph: now its first pieces are paragraphs as soon as they are read.
    assert not stream.complete
    assert stream.paragraphs and stream.read_bytes < len(text.encode()) // 10
    assert max(len(p.text) for p in stream.paragraphs) <= PARAGRAPH_CHARS_MAX
    story = stream.finish()
    assert " ".join(p.text for p in story.paragraphs) == text


def test_drafting_steps_are_measured_in_characters() -> None:
    pacer = Pacer(100)
    lengths = [10] * 25 + [1000, 1000] + [40] * 5
    due = [pacer.due("x" * n) for n in lengths]
    # The first paragraph starts a step; then a step ends once 100 characters or more
    # (a paragraph longer than that is a step of its own).
    assert [i for i, d in enumerate(due) if d] == [0, 10, 20, 26, 27, 30]


LONG_LINE = (SENTENCE * 3000).strip()  # 150,000 characters, no line break
HARD_WRAPPED = "\n".join(
    (SENTENCE * 2).strip()[:60] for _ in range(3000)
)  # a block of 180,000 characters in lines of 60


@pytest.mark.parametrize("chunk", [997, 65536])
@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        (False, f"عنوان\n\n{LONG_LINE}\nبعده\n{LONG_LINE}"),
        (False, f"{HARD_WRAPPED}\n\nبعده\n"),
        (True, f"# {LONG_LINE}\n\n> {LONG_LINE}\n- {LONG_LINE}\n```\n{LONG_LINE}\n```\n"
               f"{LONG_LINE}\n{HARD_WRAPPED}\n\nبعده\n"),
    ],
    ids=["plain-lines", "plain-hard-wrapped", "markdown"],
)  # fmt: skip
def test_what_is_too_long_to_hold_is_cut_as_it_comes_as_it_is_at_once(
    chunk: int, markdown: bool, text: str
) -> None:
    # `print` of a 50 MB line held it whole before the first line came out: a line, or
    # a paragraph gathered from lines, is cut as it is read, in the same pieces.
    make = MarkdownParser if markdown else PlainParser
    whole = parse_all(make(), text)
    parser = make()
    fed: list[Paragraph] = []
    first_at = None
    for at in range(0, len(text), chunk):
        fed += parser.feed(text[at : at + chunk])
        if first_at is None and fed:
            first_at = at
    fed += parser.close()
    assert fed == whole
    assert all(len(p.text) <= PARAGRAPH_CHARS_MAX for p in whole)
    assert [p.index for p in whole] == list(range(len(whole)))
    assert first_at is not None and first_at < HELD_CHARS_MAX + PARAGRAPH_CHARS_MAX + chunk
    assert squeezed("".join(p.text for p in whole)).count("تعتزم") >= 3000
