"""What a query matches: whole words with Arabic proclitics, or any part of a word.

A query compiles into a `Matcher` that runs over *folded* text (`fold()`'s, or
any buffer of folded paragraphs joined by newlines) and yields folded
(start, end) pairs; mapping them back to the original is the caller's business.

The rules, as a reader of Arabic news expects them:
- A query matches whole words: `لام` is not found inside العلامات, nor `مدينة`
  inside a longer word. Before its first word the text may carry proclitics: a
  conjunction (و، ف), then a preposition (ب، ك، ل) or the article (ال), or both
  (بال، كال; ل with the article is spelt لل). So دبي finds ودبي and لدبي, and
  الذكاء finds للذكاء. The hit is the query's part, without the proclitics.
- Enclitics (ها، هم، ه، ي ...) are not stripped: a suffix changes the stem's
  spelling (صفقة, صفقتها) and the short ones make other words (مصر, مصري), so a
  suffix list would both miss and mislead. A substring query finds them.
- A number is whole too: 15 is not found in 2015 or 15.5.
- The words of a query match across any run of spaces (a tab, NBSP or ZWNJ
  folds to a space or to nothing), never across a newline (a paragraph break).
- A query starting with `~` matches anywhere, inside words too (`~ذكاء`).
- A query of presentation forms (pasted off a shaped screen) matches in each
  logical order its glyphs allow (`pasted.readings`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .folding import fold_query
from .pasted import readings

SUBSTRING_PREFIX = "~"
# Written as folded text writes them (folding.py: its letters are one-byte stand-ins).
ARTICLE = fold_query("ال")
ALEF = fold_query("ا")
ARTICLE_AFTER_LAM = fold_query("لل")  # ل before the article drops its alef
# Every proclitic sequence: conjunction, then preposition and/or article.
PROCLITICS = frozenset(
    conjunction + rest
    for conjunction in ("", "و", "ف")
    for rest in ("", "ب", "ك", "ل", "ال", "بال", "كال", "لل")
)
FOLDED_PROCLITICS = frozenset(map(fold_query, PROCLITICS))
_LONGEST_PROCLITIC = max(map(len, PROCLITICS))


@dataclass(frozen=True, slots=True)
class _Reading:
    """One folded reading of a query as a regex that starts with a literal (so `re`
    scans for it at C speed)."""

    pattern: re.Pattern[str]
    # The query starts with the article: the pattern starts after it (ال, or لل
    # after the preposition ل), and the hit starts at the ال, or at the second ل.
    article: bool


@dataclass(frozen=True, slots=True)
class Matcher:
    """A compiled query: `spans(folded)` gives every hit, in order, none overlapping."""

    readings: tuple[_Reading, ...]
    whole_words: bool

    def spans(self, folded: str) -> Iterator[tuple[int, int]]:
        if len(self.readings) == 1:
            yield from self._spans(self.readings[0], folded)
            return
        # Several readings (a pasted query): the leftmost hit, the longest at one place.
        found = sorted(
            (span for reading in self.readings for span in self._spans(reading, folded)),
            key=lambda span: (span[0], -span[1]),
        )
        end = 0
        for span in found:
            if span[0] >= end:
                yield span
                end = span[1]

    def _spans(self, reading: _Reading, folded: str) -> Iterator[tuple[int, int]]:
        search = reading.pattern.search
        at = 0
        while (match := search(folded, at)) is not None:
            start, end = match.span()
            if reading.article:  # back over ال, or over the second ل of لل
                start -= 2 if folded[start - 2] == ALEF else 1
            # (After a space, the common case, without a call: a search maps many hits.)
            if (self.whole_words and start and folded[start - 1] != " "
                    and not _word_starts_at(folded, start)):  # fmt: skip
                at = match.start() + 1  # a later, overlapping place may still start a word
                continue
            yield (start, end)
            at = end


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches


def _word_starts_at(text: str, start: int) -> bool:
    """Whether a word starts at `start`, after nothing but proclitics."""
    if start == 0 or not _is_word(text[start - 1]) or not _is_word(text[start]):
        return True  # after a space, or the query starts with punctuation
    first = start - 1
    while first > 0 and _is_word(text[first - 1]):
        first -= 1
        if start - first > _LONGEST_PROCLITIC:
            return False
    return text[first:start] in FOLDED_PROCLITICS


def _reading(folded: str, whole_words: bool) -> _Reading:
    """The regex for one folded reading of a query."""
    words = [re.escape(word) for word in folded.split(" ")]
    article = whole_words and folded.startswith(ARTICLE) and len(folded) > len(ARTICLE)
    if article:
        # ل before the article drops its alef: للذكاء is ل + الذكاء (the hit: لذكاء).
        rest = folded.split(" ")[0][len(ARTICLE) :]
        # The regex starts after the article (a longer literal to scan for), and looks
        # back at it.
        words[0] = (
            f"{re.escape(rest)}(?<={re.escape(ARTICLE + rest)}|{re.escape(ARTICLE_AFTER_LAM + rest)})"
        )
    elif whole_words and folded[0].isdigit():
        words[0] = re.escape(folded[0]) + r"(?<!\d[.,]\d)" + words[0][1:]  # not the tail of 4.15
    body = " +".join(words)  # any run of spaces between the words
    if whole_words and _is_word(folded[-1]):
        body += r"(?!\w)"
        if folded[-1].isdigit():
            body += r"(?![.,]\d)"  # not the head of 15.5
    return _Reading(re.compile(body), article)


def compile_readings(queries: Iterable[str], whole_words: bool = True) -> Matcher | None:
    """A matcher for any of several (unfolded) queries, each in every order it may be
    read in (pasted presentation forms); None if all are empty."""
    folded = {fold_query(text) for query in queries for text in readings(query)} - {""}
    if not folded:
        return None
    return Matcher(tuple(_reading(text, whole_words) for text in sorted(folded)), whole_words)


def compile_query(query: str) -> Matcher | None:
    """What the reader typed in the search bar, as a matcher; None for an empty query."""
    query = query.strip()
    whole_words = not query.startswith(SUBSTRING_PREFIX)
    if not whole_words:
        query = query[len(SUBSTRING_PREFIX) :]
    return compile_readings([query], whole_words)
