"""Digits for the reader: Arabic-Indic (٠١٢٣٤٥٦٧٨٩, with ٫ ٬ ٪) or Latin.

Only chrome goes through here: counts, panel figures, dates, positions. The
article's own text and quotes from it keep the digits they were written with.
"""

from __future__ import annotations

import math
import re
from typing import Literal

Digits = Literal["arabic", "latin"]
DIGIT_STYLES: tuple[str, ...] = ("arabic", "latin")

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
DECIMAL_SEPARATOR = "\u066b"  # ٫ ARABIC DECIMAL SEPARATOR
THOUSANDS_SEPARATOR = "\u066c"  # ٬ ARABIC THOUSANDS SEPARATOR
PERCENT_SIGN = "\u066a"  # ٪ ARABIC PERCENT SIGN

_TO_ARABIC = str.maketrans("0123456789", ARABIC_INDIC)
# A separator counts as one only between two digits: "1,000.5" but not "a, b." .
_BETWEEN_DIGITS = re.compile(r"(?<=\d)([.,])(?=\d)")
_PERCENT = re.compile(r"(?<=\d)%")


def arabic_digits(text: str) -> str:
    """Latin digits, their separators and a percent sign after a digit, in Arabic-Indic."""
    text = _BETWEEN_DIGITS.sub(
        lambda m: DECIMAL_SEPARATOR if m.group(1) == "." else THOUSANDS_SEPARATOR, text
    )
    return _PERCENT.sub(PERCENT_SIGN, text).translate(_TO_ARABIC)


def localize_digits(text: str, digits: Digits) -> str:
    return arabic_digits(text) if digits == "arabic" else text


def plain_number(value: float) -> str:
    """A number as a reader writes it: digits and separators, never an exponent."""
    if not math.isfinite(value):
        return str(value)  # a pack that validate rejects; shown, never a crash
    if value == int(value):
        return f"{int(value):,}"
    from decimal import Decimal  # only here: not loaded before the first frame

    # The float's shortest form (repr), written out in full: 1.5e-07 -> 0.00000015.
    return format(Decimal(repr(value)), ",f")
