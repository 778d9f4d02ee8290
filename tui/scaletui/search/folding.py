"""Arabic search folding: spelling variants compare equal, offsets map back.

Folding removes harakat and tatweel and unifies letter variants, so the folded
text is shorter than the original; every folded character remembers which
original character it came from, so a hit maps back to a logical span.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_LETTER_VARIANTS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",  # hamza and madda forms of alef
    "ى": "ي",  # alef maqsura
    "ة": "ه",  # ta marbuta
    "ی": "ي", "ک": "ك",  # Persian yeh and keheh, common in mixed sources
}  # fmt: skip
_ARABIC_INDIC = {chr(0x660 + d): str(d) for d in range(10)} | {
    chr(0x6F0 + d): str(d) for d in range(10)
}
TATWEEL = "\u0640"


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """What one character folds to: "" for marks and tatweel, else one or more chars."""
    if char == TATWEEL or unicodedata.combining(char) or unicodedata.category(char) == "Cf":
        return ""
    if char in _ARABIC_INDIC:
        return _ARABIC_INDIC[char]
    out = []
    for part in unicodedata.normalize("NFKC", char):
        if unicodedata.combining(part):
            continue
        part = _ARABIC_INDIC.get(part, part)
        out.append(_LETTER_VARIANTS.get(part, part))
    return "".join(out).casefold()


@dataclass(frozen=True, slots=True)
class FoldedText:
    text: str
    # origin[k]: offset in the original of folded char k (plus one sentinel: the length).
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) that folded [start, end) came from."""
        if end <= start:
            return (self.origin[start], self.origin[start])
        return (self.origin[start], self.origin[end - 1] + 1)


def fold(text: str) -> FoldedText:
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        chars.append(folded)
        origin.extend([index] * len(folded))
    origin.append(len(text))
    return FoldedText("".join(chars), tuple(origin))


def fold_query(query: str) -> str:
    return fold(query).text.strip()
