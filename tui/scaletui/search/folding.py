"""Arabic search folding: spelling variants compare equal, offsets map back.

Folding removes harakat and tatweel and unifies letter variants, so the folded
text is shorter than the original; every folded character remembers which
original character it came from, so a hit maps back to a logical span.

Folding is per character and context-free (a compact index folds with
`str.translate` over `fold_char`), so runs of spaces stay runs: the matcher
(`matching.py`) treats any run of spaces as one gap. Every whitespace character
but the newline folds to a space; the newline is kept as the paragraph separator
of a folded buffer, which no hit crosses.
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
    # The Latin g of foreign names is written ج or غ (جرينلاند/غرينلاند, إنجلترا/إنغلترا), or with
    # the g letters of other scripts (گ Persian, ڨ Maghrebi): one letter here.
    "غ": "ج", "گ": "ج", "ڨ": "ج",
    "ڤ": "ف", "پ": "ب",  # v and p of foreign names (ڤيسبوك, پايثون)
}  # fmt: skip
_PUNCTUATION = {
    "٪": "%", "،": ",", "؛": ";", "؟": "?",  # Arabic percent, comma, semicolon, question mark
    "٫": ".", "٬": ",",  # Arabic decimal and thousands separators (4٫3 = 4.3)
    # Typographic quotes and dashes: the keyboard's own find them.
    "“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-",
}  # fmt: skip
_ARABIC_INDIC = {chr(0x660 + d): str(d) for d in range(10)} | {
    chr(0x6F0 + d): str(d) for d in range(10)
}
_SIMPLE = _LETTER_VARIANTS | _PUNCTUATION | _ARABIC_INDIC
# Folded text is a search key, never shown. Its Arabic letters (what the variants fold
# to) are written as the Latin-1 capitals À..Þ, which casefolded text never holds, so a
# folded Arabic document is a str of one byte per character, not two (Python stores a
# str by its widest character): half the memory, and `re` scans it no slower.
_FOLDED_LETTERS = "ءؤئابتثجحخدذرزسشصضطظعفقكلمنهوي"
_ONE_BYTE = str.maketrans(
    dict(zip(_FOLDED_LETTERS, map(chr, [*range(0xC0, 0xD7), *range(0xD8, 0xDF)]), strict=True))
)
TATWEEL = "\u0640"
PARAGRAPH_SEPARATOR = "\n"  # the one whitespace character that does not fold to a space


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """What one character folds to: "" for marks and tatweel, else one or more chars."""
    if char == TATWEEL or unicodedata.combining(char) or unicodedata.category(char) == "Cf":
        return ""  # Cf: ZWNJ, ZWJ, bidi controls, the byte-order mark
    if char.isspace():
        return char if char == PARAGRAPH_SEPARATOR else " "  # tab, NBSP, thin space...
    if char in _SIMPLE:
        return _SIMPLE[char].translate(_ONE_BYTE)
    out = []
    for part in unicodedata.normalize("NFKC", char):  # presentation forms -> letters
        if unicodedata.combining(part):
            continue
        out.append(_SIMPLE.get(part, part))
    return "".join(out).casefold().translate(_ONE_BYTE)


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
    """A query folded, with every run of whitespace (a newline too) one space."""
    return " ".join(fold(query).text.split())
