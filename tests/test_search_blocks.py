"""A book's search index folds its paragraphs' own blocks: no folded copy is kept of a
block whose `cp1256` bytes fold to the same text, and every search finds what a
folded copy would."""

from __future__ import annotations

import tracemalloc

from scaletui.search import StoryIndex
from scaletui.search.matching import compile_query
from scaletui.story import Entity
from scaletui.story.paragraphs import BLOCK, ParagraphBuffer

# Harakat and tatweel fold to nothing (the offsets shift); every character is in cp1256.
LINES = (
    "وَقالَت شركة ميتا إن «سكيل» ستحصل على 49% من الأسهم",
    "قال وانغ: نعمل بالمخاطر، الحاليين حول 4.3%",
    "ميـــتا والشركة الأمريكية",
    "الذكاء الاصطناعي لدى ميتا؟",
)


def book(blocks: int, odd: dict[int, str] | None = None) -> ParagraphBuffer:
    """A buffer of `blocks` full blocks and a few paragraphs more; `odd` puts a line in."""
    buffer = ParagraphBuffer()
    for index in range(blocks * BLOCK + 7):
        text = (odd or {}).get(index) or f"{LINES[index % len(LINES)]} {index}"
        buffer.append("body", text)
    return buffer


def folded_bytes(paragraphs: object) -> int:
    """What folding every paragraph keeps, in bytes (the index's own memory)."""
    tracemalloc.start()
    try:
        index = StoryIndex(paragraphs)  # type: ignore[arg-type]
        index.fold_all()
        kept, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert index.caught_up
    return kept


def test_a_books_blocks_are_folded_when_searched_not_kept_folded() -> None:
    buffer = book(3)
    characters = sum(len(text) for text in buffer.texts)
    # Held as a list of its texts (a pack's paragraphs), the folded copy is kept: a byte
    # a character. A buffer's three full blocks keep their offsets only.
    assert folded_bytes(list(buffer.texts)) - folded_bytes(buffer.texts) > 0.8 * characters
    assert folded_bytes(buffer.texts) < 0.5 * characters  # offsets, and where they shift


def test_a_block_that_folds_otherwise_keeps_its_copy() -> None:
    # "…" is a byte of cp1256 that folds to three characters; an emoji keeps its block a str.
    buffer = book(3, odd={5: "قال … ميتا", BLOCK + 9: "ميتا 🙂 قال"})
    assert [isinstance(buffer.joined(block), bytes) for block in range(3)] == [True, False, True]
    index = StoryIndex(buffer.texts)
    index.fold_all()
    # A kept copy is the same str each time; one folded from bytes is made anew.
    anew = [chunk.text is not chunk.text for chunk in index.buffer.chunks]
    assert anew == [False, False, True, False]  # the last: the block still being filled


def test_a_books_searches_and_mentions_are_a_folded_copys() -> None:
    buffer = book(2, odd={3: "قال … ميتا", BLOCK + 1: "ميتا 🙂 قال"})
    plain = book(2)
    for paragraphs in (buffer, plain):
        entity = Entity("meta", "ميتا", "Meta", "company", "x", ("ميتا",))
        kept = StoryIndex(list(paragraphs.texts), [entity])
        folded = StoryIndex(paragraphs.texts, [entity])
        for query in ("ميتا", "الاصطناعى", "4.3%", "~يتا", "نعمل بالمخاطر"):
            assert folded.find(query) == kept.find(query), query
            assert kept.find(query), query
        assert folded.mentions(entity) == kept.mentions(entity)
        for paragraph in (0, 2, 3, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK + 6):
            share = tuple(s for s in kept.mentions(entity) if s.paragraph == paragraph)
            assert folded.mentions_in(entity, paragraph) == share


def test_a_cursor_moves_paragraph_is_folded_alone() -> None:
    """`mentions_in` folds its paragraph's bytes, not its block's."""
    index = StoryIndex(book(2).texts)
    index.fold_all()
    matcher = compile_query("ميتا")
    assert matcher is not None
    shown: list[int] = []

    def find(text: str) -> object:
        shown.append(len(text))
        return matcher.spans(text)

    text = f"{LINES[3]} {BLOCK + 3}"
    spans = list(index.buffer.paragraph_spans(BLOCK + 3, find))  # type: ignore[arg-type]
    assert spans == [(BLOCK + 3, text.index("ميتا"), text.index("ميتا") + 4)]
    assert shown == [len(text)]


def test_paragraphs_added_across_a_blocks_end_start_the_next_chunk_there() -> None:
    buffer = book(2)
    index = StoryIndex(buffer.texts)
    while not index.fold_more(BLOCK - 1):  # every batch but the first crosses a block's end
        pass
    chunks = index.buffer.chunks
    assert [chunk.first for chunk in chunks] == [0, BLOCK, 2 * BLOCK]
    assert [chunk.count for chunk in chunks] == [BLOCK, BLOCK, 7]
    assert [chunk._compact is not None for chunk in chunks] == [True, True, False]
