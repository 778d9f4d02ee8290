"""Arabic shaping with a map back to logical offsets.

arabic-reshaper turns logical Arabic into presentation forms (contextual glyphs,
lam-alef and a few word ligatures). It does not say which input characters each
output character came from, and ligatures change the string's length, so we
recover that map by aligning its output with the input: every presentation form
decomposes (NFKC) back to the letters it stands for, and harakat keep their order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from arabic_reshaper import ArabicReshaper

ZWJ = "\u200d"

# Harakat are kept (a reader of vocalised text wants them) and attached to their
# base letter after reordering; tatweel is kept because the writer chose it.
RESHAPER_CONFIG = {
    "delete_harakat": False,
    "shift_harakat_position": False,
    "delete_tatweel": False,
    "support_ligatures": True,
}


@cache
def harakat() -> frozenset[str]:
    """The reshaper's own definition of harakat, as a set (a regex per character is slow)."""
    from arabic_reshaper.arabic_reshaper import HARAKAT_RE

    return frozenset(
        chr(code) for code in range(0x0600, 0x0900) if HARAKAT_RE.match(chr(code)) is not None
    )


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
    text from a pack can never drive the terminal; tabs and newlines become spaces.
    """
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char in "\t\n\r\v\f":
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


class ShapedText(NamedTuple):
    """A paragraph in presentation forms, with where each glyph came from."""

    text: str
    # source[j]: the logical offset the shaped character j starts at.
    source: tuple[int, ...]
    # target[i]: the shaped character that shows logical character i.
    target: tuple[int, ...]


class _ResolvedOptions:
    """arabic-reshaper's options, read once.

    ArabicReshaper keeps a configparser section and reads five options through
    it on every reshape() call (and each of its ~100 ligature switches on first
    use): a tenth of a millisecond per call, for every name in every panel.
    """

    def __init__(self, section: Mapping[str, str]) -> None:
        from configparser import ConfigParser

        states = ConfigParser.BOOLEAN_STATES
        self._raw = dict(section)
        self._flags = {
            key: states[value.lower()] for key, value in self._raw.items()
            if value.lower() in states
        }  # fmt: skip

    # Option names are case-insensitive, as in configparser (which stores them lowercased).
    def get(self, key: str, fallback: str | None = None) -> str | None:
        return self._raw.get(key.lower(), fallback)

    def getboolean(self, key: str, fallback: bool | None = None) -> bool | None:
        return self._flags.get(key.lower(), fallback)


def _configured_reshaper() -> ArabicReshaper:
    """ArabicReshaper(configuration=RESHAPER_CONFIG), its options read once.

    The constructor lays our options over its defaults in a new configparser, and
    reading its ~300 options back out of that interpolates each: over a millisecond
    of a first launch. The same options come from its defaults dict directly, and the
    reshaper from the one arabic-reshaper builds as it is imported. A configuration
    file named in the environment takes the constructor's own way.
    """
    import os
    from copy import copy

    from arabic_reshaper import ArabicReshaper, default_reshaper
    from arabic_reshaper.reshaper_config import default_config

    if os.environ.get("PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE"):
        reshaper = ArabicReshaper(configuration=RESHAPER_CONFIG)
        reshaper.configuration = _ResolvedOptions(reshaper.configuration)
        return reshaper
    reshaper = copy(default_reshaper)
    reshaper.__dict__.pop("_ligatures_re", None)  # made from the options: ours, on first use
    # As configparser's read_dict stores them: option names lowercased, values as str.
    options = {name.lower(): str(value) for name, value in default_config.items()}
    options.update((name.lower(), str(value)) for name, value in RESHAPER_CONFIG.items())
    reshaper.configuration = _ResolvedOptions(options)
    return reshaper


class Shaper:
    """One reused ArabicReshaper, plus the logical<->shaped alignment.

    The reshaper is made on the first paragraph to shape: a launch whose first
    screen comes from the layout cache never loads it.
    """

    def __init__(self) -> None:
        self._made: ArabicReshaper | None = None

    @property
    def _reshaper(self) -> ArabicReshaper:
        if self._made is None:
            self._made = _configured_reshaper()
        return self._made

    def shape(self, logical: str) -> ShapedText:
        # Text with no Arabic script (a Latin label, a number) has nothing to shape:
        # the reshaper is neither asked nor, on a first launch, loaded for it.
        shaped = self._reshape(logical) if has_arabic_script(logical) else logical
        source = _align(logical, shaped)
        target = _invert(source, len(logical))
        return ShapedText(shaped, tuple(source), tuple(target))

    def _reshape(self, text: str) -> str:
        """Shape, with zero-width joiners and non-joiners kept where they are.

        arabic-reshaper fails on some letters before a ZWJ (`ه‍`: IndexError), so
        text holding either is shaped piece by piece between them: the letters on
        each side of a ZWNJ stay unjoined, as it asks; a ZWJ does not force a join.
        """
        if not any(joiner in text for joiner in _JOINERS):
            return str(self._reshaper.reshape(text))
        return "".join(
            part if part in _JOINERS else str(self._reshaper.reshape(part))
            for part in re.split(f"([{''.join(_JOINERS)}])", text)
            if part
        )


_JOINERS = ("\u200c", "\u200d")  # zero-width non-joiner and joiner
# Arabic script: Arabic, Arabic Supplement and Extended-A (letters and harakat), and the
# presentation forms. Every character the reshaper may change is one of these; a query
# holding one is Arabic (search/index.py).
ARABIC_SCRIPT = "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"


def has_arabic_script(text: str) -> bool:
    # The pattern is compiled at its first use (re keeps it): a launch whose first
    # screen comes from the layout cache never needs it, and compiling these ranges
    # is a third of a millisecond.
    return re.search(ARABIC_SCRIPT, text) is not None


def _align(logical: str, shaped: str) -> list[int]:
    if shaped == logical:  # nothing to shape (Latin, digits): one to one
        return list(range(len(logical)))
    marks = harakat()
    harakat_at = [i for i, char in enumerate(logical) if char in marks]
    next_haraka = 0
    source: list[int] = []
    append = source.append
    i = 0
    n = len(logical)
    for char in shaped:
        if char in marks:
            # The reshaper emits harakat in their logical order.
            if next_haraka < len(harakat_at):
                append(harakat_at[next_haraka])
                next_haraka += 1
            else:
                append(min(i, n - 1))
            continue
        # Skip harakat (matched above) and characters the reshaper drops (ZWJ).
        while i < n and (logical[i] in marks or (logical[i] == ZWJ and char != ZWJ)):
            i += 1
        if i >= n:
            append(n - 1)
            continue
        expanded = char if char == logical[i] else _letters(char)
        append(i)
        if expanded == logical[i]:  # one glyph for one letter: the common case
            i += 1
            continue
        matched_end = _match_letters(logical, i, expanded)
        i = matched_end if matched_end is not None else i + 1
    return source


_LETTERS: dict[str, str] = {}


def _letters(glyph: str) -> str:
    """The letters a presentation form stands for (NFKC), remembered per glyph."""
    letters = _LETTERS.get(glyph)
    if letters is None:
        letters = _LETTERS[glyph] = unicodedata.normalize("NFKC", glyph)
    return letters


def _match_letters(logical: str, start: int, letters: str) -> int | None:
    """Where `letters` ends in `logical` from `start`, skipping harakat between them."""
    marks = harakat()
    i = start
    for letter in letters:
        while i < len(logical) and logical[i] in marks and letter not in marks:
            i += 1
        if i >= len(logical) or logical[i] != letter:
            return None
        i += 1
    return i


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
