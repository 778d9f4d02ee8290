"""Arabic joining held to HarfBuzz's: the torture set, the table, and each trap on its own.

tests/data/joining_torture.json holds texts and the form HarfBuzz's Arabic shaper
gives each letter (made by bench/joining_check.py, which also checks FriBidi and
the seed and corpus; the suite needs neither library). Forms are written a letter
a character: s isolated, i initial, m medial, f final, "." not a joining letter.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import arabic_reshaper
import pytest
from rich.cells import cell_len

from scaletui.layout import LayoutEngine, joining
from scaletui.layout.joining_types import JOINING_TYPES, UNICODE_VERSION
from scaletui.layout.shaping import Shaper

TORTURE = Path(__file__).parent / "data" / "joining_torture.json"
ARABIC_SHAPING = Path("/usr/share/unicode/ArabicShaping.txt")
# The blocks the table covers (other scripts' letters between them never join Arabic).
ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x089F), (0x08A0, 0x08FF))
JOINERS = (0x200C, 0x200D)
TAG_FORMS = {"<isolated>": "s", "<initial>": "i", "<medial>": "m", "<final>": "f"}
LAM_ALEF_FORMS = {"<isolated>": "i", "<final>": "m"}  # the lam's form in the ligature


def torture_cases() -> list[dict[str, str]]:
    return json.loads(TORTURE.read_text(encoding="utf-8"))["cases"]


def letter_forms(text: str) -> str:
    """The engine's form for each joining letter (D, R or L), "." for the rest."""
    return "".join(
        form if joining.joining_type(char) in "DRL" else "."
        for char, form in zip(text, joining.form_letters(text), strict=True)
    )


def drawn_forms(text: str) -> str:
    """The form each letter is *drawn* in, read back from the glyphs the engine's
    shaper sends: a presentation form's own tag; a lam-alef's lam initial or medial
    and its alef final; ﷲ's four letters; "?" for a letter drawn as itself (it has
    no presentation form, so any form looks the same); "." for the rest."""
    shaped = Shaper().shape(text)
    drawn = ["."] * len(text)
    for glyph, start in zip(shaped.text, shaped.source, strict=True):
        if joining.joining_type(text[start]) not in "DRL":
            continue
        tag, *letters = unicodedata.decomposition(glyph).split() or [""]
        if glyph == joining.ALLAH_LIGATURE:
            drawn[start : start + 4] = list("simf")
        elif len(letters) == 2:  # lam-alef: its alef is the next letter of the text
            alef = next(
                i for i in range(start + 1, len(text)) if text[i] == chr(int(letters[1], 16))
            )
            drawn[start], drawn[alef] = LAM_ALEF_FORMS[tag], "f"
        elif tag in TAG_FORMS:
            drawn[start] = TAG_FORMS[tag]
        else:
            drawn[start] = "?"
    return "".join(drawn)


def test_the_torture_set_is_big_and_covers_the_traps() -> None:
    cases = torture_cases()
    letters = sum(1 for case in cases for form in case["forms"] if form != ".")
    assert len(cases) >= 140 and letters >= 1500
    text = "".join(case["text"] for case in cases)
    for trap in ("\u200d", "\u200c", "\u200f", "\u061c", "\u00ad", "\u0640", "\u0750", "\u08a0",
                 "\u06ae", "\u064e", "\u0651", "الله", "لا", "\U0001f468\u200d\U0001f469"):  # fmt: skip
        assert trap in text


@pytest.mark.parametrize("case", torture_cases(), ids=lambda case: case["why"])
def test_every_letter_takes_harfbuzzs_form(case: dict[str, str]) -> None:
    assert letter_forms(case["text"]) == case["forms"]
    # And it is drawn in that form wherever Unicode has a glyph for it.
    drawn = drawn_forms(case["text"])
    shown = "".join(
        want if got != "?" else "?" for want, got in zip(case["forms"], drawn, strict=True)
    )
    assert drawn == shown


def test_the_table_is_unicodes_arabic_shaping() -> None:
    if not ARABIC_SHAPING.exists():
        pytest.skip("install Debian's unicode-data package")
    listed: dict[int, str] = {}
    version = "?"
    for line in ARABIC_SHAPING.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ArabicShaping-"):
            version = line.split("-", 1)[1].removesuffix(".txt")
        fields = [field.strip() for field in line.split("#", 1)[0].split(";")]
        if len(fields) == 4:
            code = int(fields[0], 16)
            if any(a <= code <= b for a, b in ARABIC_BLOCKS) or code in JOINERS:
                listed[code] = fields[2]
    assert version == UNICODE_VERSION
    ours = {
        code: kind
        for kind, ranges in JOINING_TYPES.items()
        for piece in ranges.split()
        for code in range(int(piece.split("-")[0], 16), int(piece.split("-")[-1], 16) + 1)
    }
    assert ours == listed


# --- each trap on its own (issue 25) --------------------------------------------


def cells(text: str, width: int = 20) -> list[str]:
    """The glyph cells of a one-line layout, right to left (logical order for Arabic)."""
    line = LayoutEngine().layout(text, width).lines[0]
    return [cell for cell in reversed(line.cells) if cell.strip()]


def test_zwj_forces_the_join_on_both_sides() -> None:
    assert cells("ب\u200dب") == ["\ufe91", "\ufe90"]  # initial + final, not two isolated
    assert cells("ب\u200d") == ["\ufe91"]
    assert cells("\u200dب") == ["\ufe90"]


@pytest.mark.parametrize("control", ["\u200f", "\u061c", "\u200b", "\u2060"])
def test_transparent_controls_between_letters_keep_the_join(control: str) -> None:
    assert cells(f"ب{control}ب") == ["\ufe91", "\ufe90"]


def test_isolates_break_the_join_as_in_harfbuzz() -> None:
    assert cells("ب\u2068ب\u2069") == ["\ufe8f", "\ufe8f"]


def test_a_soft_hyphen_is_invisible_and_keeps_the_word_joined() -> None:
    text = "مست\u00adقبل"
    line = LayoutEngine().layout(text, 10).lines[0]
    assert "\u00ad" not in line.text
    assert line.text.strip() == "ﻞﺒﻘﺘﺴﻣ"
    assert cell_len(line.text.strip()) == 6 and len(line.cells) == 10


def test_letters_without_presentation_forms_keep_their_neighbours_joined() -> None:
    # U+0750 is dual-joining: the beh before it is initial, the one after final.
    assert cells("بݐب") == ["\ufe91", "\u0750", "\ufe90"]
    # U+06AE (keheh with three dots below) likewise; U+08AA (reh with loop) joins only before.
    assert cells("كڮل") == ["\ufedb", "\u06ae", "\ufede"]
    assert cells("بࢪب") == ["\ufe91", "\u08aa", "\ufe8f"]


def test_the_allah_ligature_is_for_unvocalised_text_only() -> None:
    assert cells("الله") == ["\ufdf2"]
    vocalised = "\u0627\u0644\u0644\u0651\u064e\u0647\u0650"  # اللَّهِ
    shown = cells(vocalised)
    assert "\ufdf2" not in "".join(shown)
    # Each haraka stays on its own letter: the shadda and fatha on the second lam.
    assert shown == ["\ufe8d", "\ufedf", "\ufee0\u0651\u064e", "\ufeea\u0650"]


def test_lam_alef_keeps_the_marks_between_its_letters() -> None:
    assert cells("لَا") == ["\ufefb\u064e"]
    assert cells("بلا") == ["\ufe91", "\ufefc"]
    assert cells("لـا") == ["\ufedf", "\u0640", "\ufe8e"]  # tatweel between: no ligature


def test_the_seed_article_is_joined_as_arabic_reshaper_joins_it() -> None:
    """A third opinion where arabic-reshaper is right: plain letters of its table, lam-alef
    and ﷲ, no marks outside its harakat and no controls (the seed article is such text).
    The engine's own joiner replaced it for the cases it gets wrong (see layout/joining.py).
    """
    seed = Path(__file__).parents[1] / "seeds" / "000_77bd331cf6a7af78.txt"
    text = seed.read_text(encoding="utf-8")
    reshaper = arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "support_ligatures": True}
    )
    assert joining.shape(text)[0] == reshaper.reshape(text)
