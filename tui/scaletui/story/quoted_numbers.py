"""The numbers a quote gives, as values: does a figure's evidence say what its value says?

A pack's number (`value = 49`, `unit = "percent"`) cites a quote from the article
(`حصة تبلغ 49% من الشركة`). The quote writes the number the way the text does:
Arabic-Indic digits (٤٩), Arabic or Latin separators (١٤٫٣، 1,000، ١٬٠٠٠، 48،512،500), a scale
word (15 مليار for 15e9, or مليار alone for 1e9), a percent sign (% or ٪) or word
(في المئة). `quoted_values` reads every reading of every number in a quote;
`value_in_quote` says whether the figure's value is among them.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from ..i18n import N_, Said

# Arabic-Indic (U+0660..) and Extended Arabic-Indic (Persian, U+06F0..) digits.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬",
    "01234567890123456789.,",  # U+066B decimal separator, U+066C thousands separator
)
# Words of magnitude, Arabic then English; the Arabic ones with their case endings (مليارًا).
SCALES: dict[str, float] = {
    "تريليون": 1e12, "تريليونات": 1e12,
    "مليار": 1e9, "مليارات": 1e9, "بليون": 1e9,
    "مليون": 1e6, "ملايين": 1e6,
    "ألف": 1e3, "آلاف": 1e3, "الف": 1e3,
    "trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6,
    "thousand": 1e3,
}  # fmt: skip
# Arabic duals (ملياران / مليارين / ملياري: two billion) stand alone, with no digits.
DUALS: dict[str, float] = {
    "ملياران": 2e9, "مليارين": 2e9, "ملياري": 2e9,
    "مليونان": 2e6, "مليونين": 2e6, "مليوني": 2e6,
    "ألفان": 2e3, "ألفين": 2e3, "ألفي": 2e3,
}  # fmt: skip
_SCALE_WORD = "|".join(sorted(map(re.escape, SCALES), key=len, reverse=True))
_DUAL_WORD = "|".join(sorted(map(re.escape, DUALS), key=len, reverse=True))
_PERCENT_WORDS = r"%|٪|في\s?المئة|في\s?المائة|بالمئة|بالمائة|percent|per\s+cent"
# A number: digits with thousands groups (1,000,000 or 1 000 with a no-break space),
# or plain digits, either with a decimal part.
_NUMBER = r"\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
_GAP = r"[\s\u200e\u200f]*"  # spaces and the direction marks Arabic editors leave
_QUOTED_NUMBER = re.compile(
    rf"(?<![\d.,])(?P<number>{_NUMBER})(?![\d])"
    rf"(?:{_GAP}(?P<suffix>[BMK])\b)?"  # $15B, $14.3M, 30K
    rf"(?:{_GAP}(?P<scale>{_SCALE_WORD})(?:اً|ًا|ا)?(?![\w]))?"
    rf"(?:{_GAP}(?P<percent>{_PERCENT_WORDS}))?",
    re.IGNORECASE,
)
_BARE_SCALE = re.compile(  # after a proclitic too: بمليار، ومليار
    rf"(?<![\w\d])[وفبلك]?(?:(?P<dual>{_DUAL_WORD})|(?P<scale>{_SCALE_WORD})(?:اً|ًا|ا)?)(?![\w])",
    re.IGNORECASE,
)
_LETTER_SCALES = {"b": 1e9, "m": 1e6, "k": 1e3}
_ARABIC_COMMA_IN_A_NUMBER = re.compile(r"(?<=\d)\u060c(?=\d)")
_AND = re.compile(rf"{_GAP}و{_GAP}")  # between the parts of one figure


class QuotedValue(NamedTuple):
    value: float
    percent: bool  # written with a percent sign or word
    text: str  # as the quote writes it, for messages


def _readings(number: str) -> set[float]:
    """Every value the digits may mean: `1,500` is 1500 (thousands) or 1.5 (a decimal
    comma, as some Arabic text writes it); either reading counts."""
    values: set[float] = set()
    plain = number.replace("\u00a0", ",").replace("\u202f", ",")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", plain):
        values.add(float(plain.replace(",", "")))
    if plain.count(",") <= 1 and "." not in plain:
        values.add(float(plain.replace(",", ".")))
    elif "," not in plain:
        values.add(float(plain))
    return values


def quoted_values(quote: str) -> list[QuotedValue]:
    """The numbers a quote gives, each reading once (scale words applied)."""
    text = quote.translate(_DIGITS)  # one character for one: spans hold in `quote`
    # The Arabic comma between digits separates thousands or marks a decimal, as the
    # Latin one does (48،512،500، 45،2); elsewhere it is punctuation (و،2012).
    text = _ARABIC_COMMA_IN_A_NUMBER.sub(",", text)
    found: list[QuotedValue] = []
    taken: list[tuple[int, int]] = []
    # A figure written in parts, largest first and joined by و, is also their sum:
    # "4 ملايين و 600 ألف" is 4,600,000 and "147 ألفاً و200" 147,200.
    parts: tuple[int, float, set[float]] | None = None  # start, last scale, sums so far
    for match in _QUOTED_NUMBER.finditer(text):
        scale = 1.0
        if match.group("scale"):
            scale = SCALES[match.group("scale").lower()]
        elif match.group("suffix"):
            scale = _LETTER_SCALES[match.group("suffix").lower()]
        percent = match.group("percent") is not None
        values = {reading * scale for reading in _readings(match.group("number"))}
        for value in sorted(values):
            written = quote[match.start() : match.end()].strip()
            found.append(QuotedValue(value, percent, written))
        if parts and scale < parts[1] and _AND.fullmatch(text, taken[-1][1], match.start()):
            sums = {total + value for total in parts[2] for value in values}
            written = quote[parts[0] : match.end()].strip()
            found += [QuotedValue(total, percent, written) for total in sorted(sums)]
            parts = (parts[0], scale, sums)
        else:
            parts = (match.start(), scale, values) if scale > 1 else None
        taken.append(match.span())
    # A scale word with no number before it: "مقابل مليار دولار" is one billion.
    for match in _BARE_SCALE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        if match.group("dual"):
            value = DUALS[match.group("dual")]
        else:
            value = SCALES[match.group("scale").lower()]
        found.append(QuotedValue(value, False, quote[match.start() : match.end()]))
    return found


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def value_in_quote(value: float, unit: str, quote: str) -> bool:
    """Whether the quote gives `value`: a percentage needs its percent sign or word;
    any other unit takes the number as written, times its scale word."""
    for quoted in quoted_values(quote):
        if unit == "percent" and not quoted.percent:
            continue
        if _same(quoted.value, value):
            return True
    return False


def describe_values(quote: str) -> str | Said:
    """The numbers a quote gives, for a message: `51%; 2024` or `no number`."""
    texts = list(dict.fromkeys(q.text for q in quoted_values(quote)))
    return "; ".join(texts) if texts else Said(N_("no number"))
