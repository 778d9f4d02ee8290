"""Arabic shaping with a map back to logical offsets.

The joining itself is layout/joining.py (each letter's form as HarfBuzz gives it,
drawn with Unicode's presentation forms, lam-alef ligatures included); it says
which logical character each glyph starts at, so a ligature's letters and the
marks on them map back exactly. Text with no Arabic script is not shaped at all.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple


def _is_presentation_form(char: str) -> bool:
    # Arabic Presentation Forms-A and -B (U+FEFF, the byte-order mark, is no form).
    return "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufefe"


def fold_presentation_forms(text: str) -> str:
    """Text copied off a shaped screen holds presentation forms (ﻣﺪﻳﻨﺔ); fold them
    back to the letters they show (مدينة), leaving everything else as it is."""
    if not any(_is_presentation_form(char) for char in text):
        return text
    return "".join(
        unicodedata.normalize("NFKC", char) if _is_presentation_form(char) else char
        for char in text
    )


def sanitize_for_display(text: str) -> str:
    """Replace characters a terminal would act on, keeping one char per char.

    Control characters (ESC and friends) become their visible Control Pictures so
    text from a pack can never drive the terminal; tabs, newlines and the line and
    paragraph separators (U+2028, U+2029: a terminal would act on them, or draw them
    as marks on the cell before) become spaces. The engine keeps each replaced
    character's own bidi class.
    """
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char in _BREAKS:
            out.append(" ")
        elif unicodedata.category(char) == "Cc":
            code = ord(char)
            if code < 0x20:
                out.append(chr(0x2400 + code))
            elif code == 0x7F:
                out.append("\u2421")
            else:
                out.append("\ufffd")
        else:
            out.append(char)
    return "".join(out)


_BREAKS = frozenset("\t\n\r\v\f\x85\u2028\u2029")


class ShapedText(NamedTuple):
    """A paragraph in presentation forms, with where each glyph came from."""

    text: str
    # source[j]: the logical offset the shaped character j starts at.
    source: tuple[int, ...]
    # target[i]: the shaped character that shows logical character i.
    target: tuple[int, ...]


class Shaper:
    """Shapes paragraphs (layout/joining.py, loaded with the first Arabic to shape:
    a launch whose first screen comes from the layout cache never loads it)."""

    def shape(self, logical: str) -> ShapedText:
        # Text with no Arabic script (a Latin label, a number) has nothing to shape.
        if not has_arabic_script(logical):
            identity = tuple(range(len(logical)))
            return ShapedText(logical, identity, identity)
        from . import joining

        shaped, source = joining.shape(logical)
        return ShapedText(shaped, tuple(source), tuple(_invert(source, len(logical))))


# Arabic script: Arabic, Arabic Supplement, Extended-B and -A (letters and harakat), and
# the presentation forms. Every character the shaper may change is one of these; a query
# holding one is Arabic (search/index.py).
ARABIC_SCRIPT = "[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"


def has_arabic_script(text: str) -> bool:
    # The pattern is compiled at its first use (re keeps it): a launch whose first
    # screen comes from the layout cache never needs it, and compiling these ranges
    # is a third of a millisecond.
    return re.search(ARABIC_SCRIPT, text) is not None


def _invert(source: list[int], logical_length: int) -> list[int]:
    """For each logical char, the first shaped char showing it.

    A char with none of its own (the second letter of a ligature, a dropped ZWJ)
    is shown by the shaped char before it.
    """
    target = [-1] * logical_length
    for j, i in enumerate(source):
        if 0 <= i < logical_length and target[i] == -1:
            target[i] = j
    last = 0
    for i in range(logical_length):
        if target[i] == -1:
            target[i] = last
        else:
            last = target[i]
    return target
