"""Arabic joining as HarfBuzz and FriBidi join, drawn with presentation forms.

Each letter's form (isolated, initial, medial, final) follows from Unicode's joining
types (ArabicShaping.txt, in layout/joining_types.py) the way HarfBuzz's Arabic
shaper reads them:

- a letter joins the one before it when that one joins forward (dual-joining D, or
  join-causing C: ZWJ, tatweel) and it joins backward (D, right-joining R, or C);
- transparent characters (T: harakat and every other mark, and format controls such
  as RLM, ALM, LRM, the soft hyphen) are skipped: `ب\\u200fب` joins;
- a ZWJ (C) joins on both sides (`ب‍ب` is initial + final), a ZWNJ or any other
  non-joining character (U) breaks the chain.

The form is then drawn with the letter's presentation form from Unicode's own
decompositions (Python's unicodedata); a letter that has none (U+0750-U+077F,
U+08A0-U+08FF, U+06AE...) is drawn as it is, and its neighbours still take the forms
its joining type asks for. Lam and alef that join become one lam-alef glyph, as
every Arabic font makes them, marks between them kept; the word الله unvocalised
(and not joined on either side) becomes ﷲ, and never when marks are on it.

arabic-reshaper, which did this before, joins only the letters of its own table,
breaks the word at every mark outside its harakat and at every control, and
cannot make a ZWJ join.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from .joining_types import JOINING_TYPES

# Forms, in the order the presentation-form table keeps them.
NONE, ISOLATED, INITIAL, MEDIAL, FINAL = 0, 1, 2, 3, 4
FORM_LETTERS = ".simf"  # how tests and the torture set write a form
_TAGS = {"<isolated>": ISOLATED, "<initial>": INITIAL, "<medial>": MEDIAL, "<final>": FINAL}

LAM = "\u0644"
ZWJ = "\u200d"
ALLAH = "\u0627\u0644\u0644\u0647"
ALLAH_LIGATURE = "\ufdf2"
# Format controls HarfBuzz takes as non-joining, not transparent: the bidi isolates
# (what they hold is laid out apart) and the Mongolian vowel separator.
NON_JOINING_CONTROLS = "\u180e\u2066\u2067\u2068\u2069"
JOINS_FORWARD = frozenset("DLC")  # joins the character after it
JOINS_BACKWARD = frozenset("DRC")  # joins the character before it


@cache
def _types() -> dict[str, str]:
    """Each listed character's joining type (the rest: by general category)."""
    types: dict[str, str] = {}
    for kind, ranges in JOINING_TYPES.items():
        for piece in ranges.split():
            first, _, last = piece.partition("-")
            for code in range(int(first, 16), int(last or first, 16) + 1):
                types[chr(code)] = kind
    types.update(dict.fromkeys(NON_JOINING_CONTROLS, "U"))
    return types


_LEARNT: dict[str, str] = {}


def joining_type(char: str) -> str:
    """U, T, D, R, L or C. Characters ArabicShaping.txt does not list are transparent
    if they are marks or format controls (Mn, Me, Cf), else non-joining, as Unicode
    (and HarfBuzz) derive them."""
    kind = _LEARNT.get(char)
    if kind is None:
        kind = _types().get(char)
        if kind is None:
            kind = "T" if unicodedata.category(char) in ("Mn", "Me", "Cf") else "U"
        _LEARNT[char] = kind
    return kind


def forms(text: str) -> list[int]:
    """Each character's joining form: NONE for what takes none (spaces, marks,
    non-joining letters, ZWJ and tatweel), else ISOLATED, INITIAL, MEDIAL or FINAL."""
    result = [NONE] * len(text)
    learnt = _LEARNT
    previous = -1  # the last character that is not transparent
    previous_type = "U"
    for index, char in enumerate(text):
        kind = learnt.get(char) or joining_type(char)
        if kind == "T":
            continue
        if kind == "U":
            previous_type = "U"
            continue
        result[index] = ISOLATED
        if previous_type in JOINS_FORWARD and kind in JOINS_BACKWARD:
            result[previous] = INITIAL if result[previous] == ISOLATED else MEDIAL
            result[index] = FINAL
        previous, previous_type = index, kind
    for index, char in enumerate(text):
        if result[index] and learnt[char] == "C":
            result[index] = NONE  # a joiner joins; it has no form of its own
    return result


def form_letters(text: str) -> str:
    """`forms` written one letter a character (".simf"), for tests and the torture set."""
    return "".join(FORM_LETTERS[form] for form in forms(text))


@cache
def presentation_forms() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, str]]]:
    """From Unicode's decompositions: each letter's glyph per form (its own where it
    has no presentation form), and each alef's lam-alef glyphs (isolated, final)."""
    found: dict[str, dict[int, str]] = {}
    lam_alef: dict[str, dict[int, str]] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        glyph = chr(code)
        tag, *letters = unicodedata.decomposition(glyph).split() or [""]
        form = _TAGS.get(tag)
        if form is None:
            continue
        chars = "".join(chr(int(letter, 16)) for letter in letters)
        if len(chars) == 1:
            found.setdefault(chars, {}).setdefault(form, glyph)
        elif len(chars) == 2 and chars[0] == LAM and joining_type(chars[1]) == "R":
            lam_alef.setdefault(chars[1], {})[form] = glyph
    glyphs = {
        letter: tuple(by_form.get(form, letter) for form in range(FINAL + 1))
        for letter, by_form in found.items()
    }
    ligatures = {
        alef: (by_form[ISOLATED], by_form[FINAL])
        for alef, by_form in lam_alef.items()
        if ISOLATED in by_form and FINAL in by_form
    }
    return glyphs, ligatures


def shape(text: str) -> tuple[str, list[int]]:
    """The text in presentation forms, and for each glyph the logical offset it
    starts at (a ligature's later letters have no glyph of their own)."""
    glyphs, ligatures = presentation_forms()
    joined = forms(text)
    out: list[str] = []
    source: list[int] = []
    count = len(text)
    skip = -1  # an alef drawn in the lam-alef before it
    index = 0
    while index < count:
        char = text[index]
        form = joined[index]
        if index == skip:
            index += 1
            continue
        if char == LAM and form in (INITIAL, MEDIAL):
            alef = index + 1
            while alef < count and (text[alef] == ZWJ or _LEARNT[text[alef]] == "T"):
                alef += 1
            pair = ligatures.get(text[alef]) if alef < count else None
            if pair is not None and joined[alef] == FINAL:
                out.append(pair[0] if form == INITIAL else pair[1])
                source.append(index)
                skip = alef
                index += 1
                continue
        elif char == ALLAH[0] and form == ISOLATED and text.startswith(ALLAH, index):
            after = index + len(ALLAH)
            if joined[after - 1] == FINAL and (after == count or _LEARNT[text[after]] != "T"):
                out.append(ALLAH_LIGATURE)  # unvocalised only: no mark inside or after it
                source.append(index)
                index = after
                continue
        by_form = glyphs.get(char)
        # A non-joining letter with a form of its own (hamza) takes its isolated one.
        out.append(char if by_form is None else by_form[form or ISOLATED])
        source.append(index)
        index += 1
    return "".join(out), source
