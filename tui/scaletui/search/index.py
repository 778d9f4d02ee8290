"""Search and entity mentions over a document's paragraphs, folded once.

Hits are logical spans (paragraph, start, end) in the original text; the
layout engine's span map puts them on the right cells.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from ..story.model import Entity, Span
from .folding import FoldedText, fold, fold_query

# Arabic proclitics that attach to a name: a conjunction (و، ف), then a
# preposition (ب، ك، ل), then the article (ال; after ل it is spelt لل).
_CONJUNCTION = "[وف]?"
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_PREPOSITION = "[بكل]?"


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


class StoryIndex:
    """Folded paragraphs and entity patterns, built once per document."""

    def __init__(self, paragraphs: Sequence[str], entities: Iterable[Entity] = ()) -> None:
        self.paragraphs = list(paragraphs)
        self.entities = list(entities)
        self._mentions: dict[str, tuple[Span, ...]] = {}

    @cached_property
    def folded(self) -> list[FoldedText]:
        return [fold(text) for text in self.paragraphs]

    def find(self, query: str) -> list[Span]:
        """Every place the folded query occurs in the folded text."""
        needle = fold_query(query)
        if not needle:
            return []
        hits = []
        for index, folded in enumerate(self.folded):
            at = folded.text.find(needle)
            while at >= 0:
                start, end = folded.span(at, at + len(needle))
                hits.append(Span(index, start, end))
                at = folded.text.find(needle, at + len(needle))
        return hits

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
        spans: list[Span] = []
        for index, folded in enumerate(self.folded):
            for match in pattern.finditer(folded.text):
                group = next(g for g, text in enumerate(match.groups(), 1) if text is not None)
                start, end = folded.span(match.start(group), match.end(group))
                spans.append(Span(index, start, end))
        result = tuple(_merge(spans))
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
