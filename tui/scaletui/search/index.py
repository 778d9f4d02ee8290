"""Search and entity mentions over a document's paragraphs, folded once.

Hits are logical spans (paragraph, start, end) in the original text; the
layout engine's span map puts them on the right cells. The folded text lives in
a FoldedBuffer (search/buffer.py); a Matcher (search/matching.py: whole words with
proclitics, or any part with `~`) is where a query meets it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..layout.shaping import has_arabic_script
from ..story.model import Entity, Span
from ..story.paragraphs import ParagraphTexts
from .buffer import FoldedBuffer
from .folding import fold_query
from .matching import SUBSTRING_PREFIX, Matcher, compile_query, compile_readings

FOLD_BATCH = 200  # paragraphs folded per step (a millisecond or two)


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    hits: tuple[Span, ...]
    entities: tuple[Entity, ...]  # entities whose names matched a (Latin) query


class StoryIndex:
    """A document's paragraphs folded once (compactly, see FoldedBuffer), and entity patterns.

    Paragraphs may be added (`extend`, a book still being read): `fold_more` folds what has
    arrived, a batch per call, so the app can fold in slices between key presses.
    The queries fold whatever is left first, so they always see every paragraph.
    """

    def __init__(self, paragraphs: Iterable[str], entities: Iterable[Entity] = ()) -> None:
        # A book's buffer of texts is read as it grows (a list of them would hold a str
        # object per paragraph); anything else is copied.
        self.paragraphs: Sequence[str] = (
            paragraphs if isinstance(paragraphs, ParagraphTexts) else list(paragraphs)
        )
        self.entities = list(entities)
        self._mentions: dict[str, tuple[Span, ...]] = {}
        # An entity's surface forms, compiled (by id, with the forms they were made from).
        self._matchers: dict[str, tuple[tuple[str, ...], Matcher | None]] = {}
        # A book's buffer folds a chunk a block, from the block's bytes when searched.
        blocks = self.paragraphs if isinstance(self.paragraphs, ParagraphTexts) else None
        self.buffer = FoldedBuffer(blocks)

    @property
    def folded_count(self) -> int:
        return self.buffer.paragraphs

    @property
    def caught_up(self) -> bool:
        return self.buffer.paragraphs >= len(self.paragraphs)

    def extend(self, paragraphs: Iterable[str]) -> None:
        """Paragraphs that arrived after these (a book still being read; a buffer's
        texts have them already)."""
        if isinstance(self.paragraphs, list):
            self.paragraphs.extend(paragraphs)

    def fold_more(self, batch: int = FOLD_BATCH) -> bool:
        """Fold up to `batch` more paragraphs; True when every paragraph is folded."""
        done = self.buffer.paragraphs
        self.buffer.add(self.paragraphs[done : done + batch])
        return self.caught_up

    def fold_all(self) -> None:
        while not self.fold_more():
            pass

    def set_entities(self, entities: Iterable[Entity]) -> None:
        """The entities (a drafted book's come once it is read); mentions are found anew
        (the matchers of forms already compiled are kept)."""
        self.entities = list(entities)
        self._mentions.clear()

    def _matches(self, find: Callable[[str], Iterator[tuple[int, int]]]) -> list[Span]:
        self.fold_all()
        return [Span(*span) for span in self.buffer.spans(find)]

    def find(self, query: str) -> list[Span]:
        """Every place the query matches (matching.py: whole words, or `~` for any part)."""
        matcher = compile_query(query)
        return [] if matcher is None else self._matches(matcher.spans)

    def mentions(self, entity: Entity) -> tuple[Span, ...]:
        """The entity's mentions: its surface forms, with proclitics, as whole words."""
        cached = self._mentions.get(entity.id)
        if cached is not None:
            return cached
        matcher = self._matcher(entity)
        result = () if matcher is None else tuple(_merge(self._matches(matcher.spans)))
        self._mentions[entity.id] = result
        return result

    def mentions_in(self, entity: Entity, paragraph: int) -> tuple[Span, ...]:
        """The entity's mentions in one paragraph (`mentions`' there), found in that
        paragraph alone: what the cursor's paragraph names costs its length, not the book's."""
        matcher = self._matcher(entity)
        if matcher is None:
            return ()
        while self.buffer.paragraphs <= paragraph and not self.fold_more():
            pass
        found = self.buffer.paragraph_spans(paragraph, matcher.spans)
        return tuple(_merge([Span(*span) for span in found]))

    def prepare(self, entity: Entity) -> None:
        """Compile the entity's matcher now (a step of the background work): a book's
        first cursor move after indexing compiled its 1,700 people's at once, 0.6 s."""
        self._matcher(entity)

    def _matcher(self, entity: Entity) -> Matcher | None:
        known = self._matchers.get(entity.id)
        if known is None or known[0] != entity.surface_forms:
            known = self._matchers[entity.id] = (
                entity.surface_forms,
                compile_readings(entity.surface_forms),
            )
        return known[1]

    def entities_named(self, query: str) -> list[Entity]:
        """Entities whose English name, alias or id a Latin-script query matches (as words,
        or any part with `~`).

        An Arabic query already finds the Arabic text itself; a Latin one ("wang")
        would find nothing there, so it stands for the entities it names.
        """
        text = query.strip().removeprefix(SUBSTRING_PREFIX)
        if len(fold_query(text)) < 2 or has_arabic_script(text):
            return []
        matcher = compile_query(query)
        if matcher is None:
            return []
        return [
            entity
            for entity in self.entities
            if any(
                next(matcher.spans(fold_query(name)), None) is not None
                for name in (entity.name_en, entity.id, *entity.aliases)
            )
        ]

    def search(self, query: str) -> SearchResult:
        """Text hits, plus the mentions of entities the query names ("dubai" finds دبي)."""
        hits = self.find(query)
        entities = self.entities_named(query)
        if not entities:  # one matcher's hits: in order, none overlapping already
            return SearchResult(query, tuple(hits), ())
        for entity in entities:
            hits.extend(self.mentions(entity))
        return SearchResult(query, tuple(_merge(hits)), tuple(entities))


def _merge(spans: list[Span]) -> list[Span]:
    """Sorted spans with overlaps joined (a full name and its surname count once)."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.paragraph, s.start, -s.end)):
        if merged and merged[-1].paragraph == span.paragraph and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(last.paragraph, last.start, max(last.end, span.end))
        else:
            merged.append(span)
    return merged
