"""Search and entity mentions over a document's paragraphs, folded once.

Hits are logical spans (paragraph, start, end) in the original text; the
layout engine's span map puts them on the right cells. The folded text lives in
a FoldedBuffer (search/buffer.py); `find_folded` is where a query meets it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..story.model import Entity, Span
from .buffer import FoldedBuffer
from .folding import fold_query

# Arabic proclitics that attach to a name: a conjunction (و، ف), then a
# preposition (ب، ك، ل), then the article (ال; after ل it is spelt لل).
_CONJUNCTION = "[وف]?"
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_PREPOSITION = "[بكل]?"
FOLD_BATCH = 200  # paragraphs folded per step (a millisecond or two)


def _form_pattern(form: str, folded: str) -> str:
    """A regex for one surface form (matched against folded text), the name in a group."""
    if form.startswith("ال"):
        # The name carries the article: after ل it is spelt لل (للذكاء = ل + الذكاء).
        rest = re.escape(folded[2:])
        return f"{_CONJUNCTION}[بك]?(ال{rest})|{_CONJUNCTION}ل(ل{rest})"
    if re.match(r"[\u0600-\u06ff]", form):
        return f"{_CONJUNCTION}{_PREPOSITION}(?:ال)?({re.escape(folded)})"
    return f"({re.escape(folded)})"


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    hits: tuple[Span, ...]
    entities: tuple[Entity, ...]  # entities whose names matched a (Latin) query


def find_folded(text: str, needle: str) -> Iterator[tuple[int, int]]:
    """Every (start, end) of a folded needle in a folded text: the one place a query
    is matched (a matcher with other rules replaces this function)."""
    at = text.find(needle)
    while at >= 0:
        yield (at, at + len(needle))
        at = text.find(needle, at + len(needle))


class StoryIndex:
    """A document's paragraphs folded once (compactly, see FoldedBuffer), and entity patterns.

    Paragraphs may be added (`extend`, a book still being read): `fold_more` folds what has
    arrived, a batch per call, so the app can fold in slices between key presses.
    The queries fold whatever is left first, so they always see every paragraph.
    """

    def __init__(self, paragraphs: Iterable[str], entities: Iterable[Entity] = ()) -> None:
        self.paragraphs = list(paragraphs)
        self.entities = list(entities)
        self._mentions: dict[str, tuple[Span, ...]] = {}
        self.buffer = FoldedBuffer()

    @property
    def folded_count(self) -> int:
        return self.buffer.paragraphs

    @property
    def caught_up(self) -> bool:
        return self.buffer.paragraphs >= len(self.paragraphs)

    def extend(self, paragraphs: Iterable[str]) -> None:
        """Paragraphs that arrived after these (a book still being read)."""
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
        """The entities (a drafted book's come once it is read); mentions are found anew."""
        self.entities = list(entities)
        self._mentions.clear()

    def _matches(self, find: Callable[[str], Iterator[tuple[int, int]]]) -> list[Span]:
        self.fold_all()
        found = (
            (chunk, start, end) for chunk in self.buffer.chunks for start, end in find(chunk.text)
        )
        return [Span(*span) for span in self.buffer.spans(found)]

    def find(self, query: str) -> list[Span]:
        """Every place the folded query occurs in the folded text."""
        needle = fold_query(query)
        if not needle:
            return []
        return self._matches(lambda text: find_folded(text, needle))

    def mentions(self, entity: Entity) -> tuple[Span, ...]:
        """The entity's mentions: its surface forms, with proclitics, as whole words."""
        cached = self._mentions.get(entity.id)
        if cached is not None:
            return cached
        forms = [(f, fold_query(f)) for f in entity.surface_forms]
        forms = sorted((pair for pair in forms if pair[1]), key=lambda p: len(p[1]), reverse=True)
        if not forms:
            self._mentions[entity.id] = ()
            return ()
        alternatives = "|".join(_form_pattern(form, folded) for form, folded in forms)
        pattern = re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")

        def named(text: str) -> Iterator[tuple[int, int]]:
            for match in pattern.finditer(text):
                group = next(g for g, found in enumerate(match.groups(), 1) if found is not None)
                yield (match.start(group), match.end(group))

        result = tuple(_merge(self._matches(named)))
        self._mentions[entity.id] = result
        return result

    def entities_named(self, query: str) -> list[Entity]:
        """Entities whose English name, alias or id contains a Latin-script query.

        An Arabic query already finds the Arabic text itself; a Latin one ("wang")
        would find nothing there, so it stands for the entities it names.
        """
        needle = fold_query(query)
        if len(needle) < 2 or _ARABIC_SCRIPT.search(needle):
            return []
        return [
            entity
            for entity in self.entities
            if any(
                needle in fold_query(name) for name in (entity.name_en, entity.id, *entity.aliases)
            )
        ]

    def search(self, query: str) -> SearchResult:
        """Text hits, plus the mentions of entities the query names ("wang" finds وانغ)."""
        hits = self.find(query)
        entities = self.entities_named(query)
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
