"""A statistical second opinion on names: a linear-chain CRF that tags each word of a
sentence as part of a person's name, an organisation's, a place's or none.

The rules (draft/names/) find names by the cues Arabic news writes; this model knows
names the text gives with no cue at all (رويترز، البيت الأبيض) and where a name ends when
a verb or a verbal noun follows it. It was trained by `bench/draft_model.py` on
NewsFANE Gold (Alotaibi and Lee, 2014: ANERcorp's newswire, about 170,000 words, with
fine-grained classes folded here into PER, ORG and LOC), CC BY-SA 3.0; the trained
weights (names.crfsuite beside this file) are a work derived from it under the same
licence (draft/MODEL.md).

The model is opened on first use, never at import: a file opened without a pack pays
for it only when it is drafted, and start-up not at all. The cue pass that uses it lets
it go when it ends (`release`): the model and its feature caches are about 15 MB that the
drafter's later passes, and the app after them, can use instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

MODEL = Path(__file__).with_name("names.crfsuite")
_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670\u200e\u200f\ufeff]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_PROCLITICS = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_ARABIC = re.compile(r"[\u0621-\u064a]")


def fold(word: str) -> str:
    """The word as the training corpus spells it: no harakat or tatweel, bare alefs,
    ى as ي and ة as ه (ANERcorp writes اعلن، تسعي)."""
    return _MARKS.sub("", word).translate(_FOLD)


def stem(word: str) -> str:
    """The folded word without a leading conjunction, preposition or article."""
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            return word[len(clitic) :]
    return word


def _shape(word: str) -> str:
    if _LATIN.search(word):
        return "latin"
    if _DIGIT.search(word):
        return "digit"
    if _ARABIC.search(word):
        return "arabic"
    return "punct"


# A book's most frequent words are met again and again, its rare ones seldom: 4,096
# words' features cover the frequent ones. (65,536 held 22 MB at a 20 MB book's 8,212
# distinct words, against a 120 MB budget for the whole app.)
_WORDS_CACHED = 4096


@lru_cache(maxsize=_WORDS_CACHED)
def _own(word: str) -> tuple[str, ...]:
    """A folded word's own features (cached: a book's words repeat)."""
    base = stem(word)
    return (
        "bias",
        f"w={word}",
        f"s={base}",
        f"p2={base[:2]}",
        f"x2={base[-2:]}",
        f"x3={base[-3:]}",
        f"p3={base[:3]}",
        f"x1={base[-1:]}",
        f"shape={_shape(word)}",
        f"al={word != base and base != word[1:]}",
        f"len={min(len(base), 8)}",
    )


@lru_cache(maxsize=4 * _WORDS_CACHED)  # four neighbours' offsets a word
def _beside(word: str, offset: int) -> tuple[str, ...]:
    """What a neighbour `offset` words away tells about a word."""
    base = stem(word)
    near = (f"{offset}x2={base[-2:]}", f"{offset}shape={_shape(word)}") if abs(offset) == 1 else ()
    return (f"{offset}w={word}", f"{offset}s={base}", *near)


def features(words: Sequence[str]) -> list[list[str]]:
    """Each word's features: itself, its stem, its affixes and shape, and its
    neighbours' words and stems two either side."""
    folded = [fold(word) for word in words]
    rows = []
    last = len(folded) - 1
    for i, word in enumerate(folded):
        row = list(_own(word))
        for offset in (-2, -1, 1, 2):
            j = i + offset
            row += _beside(folded[j], offset) if 0 <= j <= last else (f"{offset}edge",)
        if i > 0:
            row.append(f"-1w|w={folded[i - 1]}|{word}")
        if i < last:
            row.append(f"w|+1w={word}|{folded[i + 1]}")
        rows.append(row)
    return rows


@cache
def _tagger() -> Any | None:
    """The model, opened once until `release`."""
    try:
        import pycrfsuite  # a compiled library: imported on first use, not at start-up
    except ImportError:  # pragma: no cover - a dependency; the rules still draft
        return None
    if not MODEL.is_file():  # pragma: no cover - shipped in the package
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def release() -> None:
    """Let go of the model and its words' features (a pass that tags no more: a book's
    are about 15 MB); the next `tag` opens it again (a few ms)."""
    _tagger.cache_clear()
    _own.cache_clear()
    _beside.cache_clear()


def tag(words: Sequence[str]) -> list[tuple[str, float]]:
    """Each word's label (B-PER, I-ORG, ...; O outside names) and, for a word inside a
    name, the model's confidence in its label (its marginal probability; 1.0 for O);
    all O when the model cannot be loaded."""
    tagger = _tagger()
    if tagger is None or not words:
        return [("O", 1.0)] * len(words)
    labels = tagger.tag(features(words))
    return [
        (label, 1.0 if label == "O" else tagger.marginal(label, i))
        for i, label in enumerate(labels)
    ]
