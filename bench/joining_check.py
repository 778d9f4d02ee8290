"""Arabic joining held to HarfBuzz and FriBidi: the torture set, its expected forms, and the joining table.

    python bench/joining_check.py            # compare the engine with HarfBuzz and FriBidi
    python bench/joining_check.py --write    # regenerate the table and the expected forms

Needs uharfbuzz and fontTools (pip install uharfbuzz fonttools), libfribidi
(Debian's libfribidi0) and Unicode's ArabicShaping.txt (Debian's unicode-data);
the suite needs none of them: it reads what this script wrote.

- The joining table (tui/scaletui/layout/joining_types.py) is Unicode's
  ArabicShaping.txt for the Arabic script's blocks, plus ZWJ and ZWNJ.
- HarfBuzz's joining is read through a font made here: every letter of the set
  has a glyph per form (`u0628.init`...) reached only through the positional
  feature of that name, so the glyph HarfBuzz picks names the form its Arabic
  shaper gave the letter, whatever a real font happens to cover.
- FriBidi's: fribidi_join_arabic's joining flags, through ctypes.
- The torture set and HarfBuzz's forms for it go to tests/data/joining_torture.json
  (tests/test_joining.py holds the engine to it); the forms HarfBuzz gives each
  letter of the seed article and the corpus are compared too (printed, not kept).

Forms are written a letter a character: s isolated, i initial, m medial, f final,
and "." for a character that is not a joining letter (D, R or L).
"""

from __future__ import annotations

import argparse
import ctypes
import io
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))

from scaletui.layout import joining  # noqa: E402

ARABIC_SHAPING = Path("/usr/share/unicode/ArabicShaping.txt")
TABLE = ROOT / "tui" / "scaletui" / "layout" / "joining_types.py"
EXPECTED = ROOT / "tests" / "data" / "joining_torture.json"
# The Arabic script's blocks (Syriac, NKo, Mandaic letters between them are other
# scripts: HarfBuzz shapes them in runs of their own, never joined to Arabic).
ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x089F), (0x08A0, 0x08FF))
JOINERS = (0x200C, 0x200D)

ZWJ, ZWNJ, RLM, LRM, ALM, SHY, ZWSP, CGJ = (
    "\u200d", "\u200c", "\u200f", "\u200e", "\u061c", "\u00ad", "\u200b", "\u034f"
)  # fmt: skip
FATHA, SHADDA = "\u064e", "\u0651"
LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
EXTENDED = "پچژگکیۀہھےڈڑںٹۃۓڤڭۋۆۈۉێ"
NO_FORMS = (
    "\u0620\u063b\u063c\u063d\u063e\u063f\u066e\u066f\u06ae\u06fa\u06fb\u06fc\u06ff"
    "\u0750\u0751\u0755\u075a\u075b\u0760\u0767\u076a\u076b\u076c\u0771\u0773\u0775\u0778"
    "\u077a\u077f\u08a0\u08a1\u08a2\u08a6\u08aa\u08ab\u08ac\u08ae\u08b1\u08b2\u08b6\u08b9"
    "\u08bd\u08c7"
)


def torture_set() -> list[tuple[str, str]]:
    """(what it is about, text): every letter in every place, then each trap."""
    cases: list[tuple[str, str]] = []
    for letter in LETTERS + EXTENDED + NO_FORMS:
        cases.append(
            (f"U+{ord(letter):04X} alone, first, between, last",
             f"{letter} {letter}ب ب{letter}ب ب{letter} {letter}{letter}{letter}")
        )  # fmt: skip
    cases += [
        ("no presentation form: neighbours still join", "بݐب سݕم كڮل ࢠࢡࢢ ۮا لۮ بࢪب"),
        ("ZWJ forces the join on both sides", f"ب{ZWJ}ب"),
        ("ZWJ after a letter", f"ب{ZWJ} ه{ZWJ} ع{ZWJ} ل{ZWJ}"),
        ("ZWJ before a letter", f"{ZWJ}ب {ZWJ}ا {ZWJ}ه"),
        ("ZWJ after a right-joining letter", f"ا{ZWJ}ب د{ZWJ}ب و{ZWJ}"),
        ("ZWJ twice", f"ب{ZWJ}{ZWJ}ب"),
        ("ZWJ between lam and alef", f"ل{ZWJ}ا بل{ZWJ}ا"),
        ("ZWJ and a mark", f"ب{FATHA}{ZWJ}ب ب{ZWJ}{FATHA}ب"),
        ("the sentence that crashed arabic-reshaper", f"عام 1445 ه{ZWJ} مثلاً"),
        ("ZWNJ breaks", f"می{ZWNJ}خواهم ب{ZWNJ}ب ل{ZWNJ}ا"),
        ("ZWNJ and ZWJ", f"ب{ZWNJ}{ZWJ}ب ب{ZWJ}{ZWNJ}ب"),
        ("RLM is transparent", f"ب{RLM}ب مست{RLM}قبل"),
        ("ALM is transparent", f"ب{ALM}ب"),
        ("LRM is transparent", f"ب{LRM}ب"),
        ("soft hyphen is transparent", f"مست{SHY}قبل ب{SHY}ب ال{SHY}استثمار"),
        ("zero width space is transparent (Cf)", f"ب{ZWSP}ب"),
        ("combining grapheme joiner is transparent", f"ب{CGJ}ب"),
        ("word joiner is transparent", "ب\u2060ب"),
        ("isolate controls break the join (HarfBuzz)", "ب\u2068ب\u2069ب"),
        (
            "every other format control between two letters",
            " ".join(
                f"ب{chr(code)}ب"
                for code in (
                    0x180E,
                    0x200B,
                    0x200E,
                    0x202A,
                    0x202B,
                    0x202C,
                    0x202D,
                    0x202E,
                    0x2060,
                    0x2061,
                    0x2064,
                    0x2066,
                    0x2067,
                    0x206A,
                    0x206F,
                    0xFEFF,
                    0xFE00,
                    0x1D173,
                )
            ),
        ),
        ("harakat", "مُحَمَّدٌ كَتَبَ الدَّرْسَ"),
        ("every haraka between two letters", "".join(f"ب{mark}ب " for mark in "ًٌٍَُِّْٰٕٓٔ")),
        ("Quranic marks", "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝١ ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ"),
        ("marks from other blocks", "ب\u0300ب ب\u0301ب ب\u20d6ب ب\u0654\u0301ب"),
        ("hamza above and below as marks", "ا\u0654 ي\u0654ب ا\u0655ب"),
        ("tatweel", "كـتاب ـب بـ ـبـ لـ ميتا ــ"),
        ("tatweel between lam and alef", "لـا"),
        ("tatweel variants (join causing)", "ب\u0883ب ب\u0884 \u0885ب"),
        ("lam-alef", "لا لأ لإ لآ بلا علاقة الاستثمار"),
        ("lam-alef with marks", "لَا لاَ لِأ بلَا"),
        ("Allah", "الله لله والله عبدالله اللهم بالله الله أكبر"),
        ("Allah vocalised", "اللَّهِ اللّه الله\u064f"),
        ("hamza breaks", "سماء شيء قراءة مسؤول بيئة"),
        ("teh marbuta and alef maksura", "مدرسة على مستشفى هدى"),
        ("Persian and Urdu", "پاکستان گفتگو چیز ژاله کتاب‌ها اردو ہے بھی"),
        ("digits and Latin break", "ب1ب ب١ب بaب بAب ب%ب"),
        ("punctuation breaks", "ب،ب ب.ب ب؟ب (بب) «بب» ب-ب"),
        ("spaces break", "ب ب  ب\tب"),
        ("presentation forms in the input stay", "ﻣﻴﺘﺎ ﺑ ﻻ"),
        ("emoji beside letters", "👍ب ب👍 ب\u200d👍 👨\u200d👩\u200d👧 عائلة"),
        ("only marks and controls", f"{FATHA}{SHADDA} {ZWJ}{ZWJ} {RLM}"),
        ("one letter", "ب"),
        ("the seed's names", "ألكسندر وانغ سكيل إيه آي ميتا مارك زوكربيرغ"),
    ]
    return cases


# --- the joining table ---------------------------------------------------------


def read_arabic_shaping() -> tuple[str, dict[int, str]]:
    version = "?"
    types: dict[int, str] = {}
    for line in ARABIC_SHAPING.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ArabicShaping-"):
            version = line.split("-", 1)[1].removesuffix(".txt")
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        code, _name, kind, _group = (field.strip() for field in line.split(";"))
        point = int(code, 16)
        if any(first <= point <= last for first, last in ARABIC_BLOCKS) or point in JOINERS:
            types[point] = kind
    return version, types


def write_table() -> None:
    version, types = read_arabic_shaping()
    grouped: dict[str, list[str]] = {}
    points = sorted(types)
    start = 0
    while start < len(points):
        end = start
        while (
            end + 1 < len(points)
            and points[end + 1] == points[end] + 1
            and types[points[end + 1]] == types[points[start]]
        ):
            end += 1
        first, last = points[start], points[end]
        piece = f"{first:04X}" if first == last else f"{first:04X}-{last:04X}"
        grouped.setdefault(types[first], []).append(piece)
        start = end + 1
    lines = [
        '"""Unicode\'s joining types for the Arabic script: ArabicShaping.txt (Unicode',
        f"{version}) for U+0600-U+06FF, U+0750-U+077F, U+0870-U+08FF, ZWNJ and ZWJ.",
        "",
        "Generated by bench/joining_check.py --write from Debian's unicode-data;",
        "tests/test_joining.py checks it against the installed file. Characters not",
        "listed: T if a mark or format control, else U (layout/joining.py).",
        '"""',
        "",
        f'UNICODE_VERSION = "{version}"',
        "",
        "# Joining type: its code points, as ranges.",
        "JOINING_TYPES = {",
    ]
    for kind in sorted(grouped):
        lines.append(f'    "{kind}": (')
        text = " ".join(grouped[kind])
        while text:
            cut = text.rfind(" ", 0, 80) if len(text) > 80 else len(text)
            lines.append(f'        "{text[:cut].strip()} "')
            text = text[cut:].strip()
        lines.append("    ),")
    lines.append("}")
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}: {len(types)} code points (Unicode {version})")


# --- HarfBuzz ---------------------------------------------------------------------


def _letters(texts: list[str]) -> set[str]:
    return {char for text in texts for char in text}


def forms_font(chars: set[str]) -> bytes:
    """A font whose glyph for a character in a form is reached only by that form's feature."""
    from fontTools.feaLib.builder import addOpenTypeFeaturesFromString
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    names = {ord(char): f"u{ord(char):04X}" for char in sorted(chars)}
    joiners = sorted(
        code for code in names if joining.joining_type(chr(code)) in ("D", "R", "L", "C")
    )
    order = [".notdef", *names.values()]
    for code in joiners:
        order += [f"{names[code]}.{feature}" for feature in ("isol", "init", "medi", "fina")]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap(names)
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    pen.lineTo((0, 500))
    pen.lineTo((400, 500))
    pen.closePath()
    box = pen.glyph()
    builder.setupGlyf({name: box for name in order})
    builder.setupHorizontalMetrics({name: (500, 0) for name in order})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Forms", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    features = ["languagesystem DFLT dflt;", "languagesystem arab dflt;"]
    for feature in ("isol", "init", "medi", "fina"):
        rules = " ".join(f"sub {names[code]} by {names[code]}.{feature};" for code in joiners)
        features.append(f"feature {feature} {{ {rules} }} {feature};")
    addOpenTypeFeaturesFromString(builder.font, "\n".join(features))
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


def harfbuzz_forms(texts: list[str]) -> tuple[str, list[str]]:
    import uharfbuzz as hb

    data = forms_font(_letters(texts))
    font = hb.Font(hb.Face(data))
    from fontTools.ttLib import TTFont

    order = TTFont(io.BytesIO(data)).getGlyphOrder()
    suffixes = {"isol": "s", "init": "i", "medi": "m", "fina": "f"}
    result = []
    for text in texts:
        buffer = hb.Buffer()
        buffer.add_codepoints([ord(char) for char in text])
        buffer.direction, buffer.script, buffer.language = "rtl", "Arab", "ar"
        buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        # Kept as glyphs of their own: deleted, they would merge their cluster with the next.
        buffer.flags = hb.BufferFlags.PRESERVE_DEFAULT_IGNORABLES
        hb.shape(font, buffer, {})
        found = ["."] * len(text)
        for info in buffer.glyph_infos:
            name = order[info.codepoint]
            _, _, feature = name.partition(".")
            if feature and _is_letter(text[info.cluster]):
                found[info.cluster] = suffixes[feature]
        result.append("".join(found))
    return hb.version_string(), result


def _is_letter(char: str) -> bool:
    return joining.joining_type(char) in ("D", "R", "L")


# --- FriBidi ----------------------------------------------------------------------


def fribidi_forms(texts: list[str]) -> tuple[str, list[str]]:
    lib = ctypes.CDLL("libfribidi.so.0")
    lib.fribidi_get_par_embedding_levels_ex.restype = ctypes.c_byte
    version = ctypes.c_char_p.in_dll(lib, "fribidi_version_info").value or b"?"
    result = []
    for text in texts:
        size = len(text)
        chars = (ctypes.c_uint32 * size)(*map(ord, text))
        kinds = (ctypes.c_uint32 * size)()
        brackets = (ctypes.c_uint32 * size)()
        levels = (ctypes.c_byte * size)()
        props = (ctypes.c_uint8 * size)()
        lib.fribidi_get_bidi_types(chars, size, kinds)
        lib.fribidi_get_bracket_types(chars, size, kinds, brackets)
        base = ctypes.c_uint32(0x111)  # FRIBIDI_PAR_RTL
        lib.fribidi_get_par_embedding_levels_ex(kinds, brackets, size, ctypes.byref(base), levels)
        lib.fribidi_get_joining_types(chars, size, props)
        lib.fribidi_join_arabic(kinds, size, levels, props)
        found = []
        for index, char in enumerate(text):
            prop = props[index]
            if not _is_letter(char) or not prop & 0x04:  # FRIBIDI_MASK_ARAB_SHAPES
                found.append(".")
                continue
            right, left = bool(prop & 0x01), bool(prop & 0x02)
            before, after = (right, left) if levels[index] % 2 else (left, right)
            found.append("m" if before and after else "f" if before else "i" if after else "s")
        result.append("".join(found))
    return version.decode().splitlines()[0], result


# --- the comparison -----------------------------------------------------------------


def engine_forms(text: str) -> str:
    letters = joining.form_letters(text)
    return "".join(
        form if _is_letter(char) else "." for char, form in zip(text, letters, strict=True)
    )


def real_text() -> list[str]:
    paragraphs = [
        line
        for path in [ROOT / "seeds" / "000_77bd331cf6a7af78.txt"]
        + sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))  # ../shared, the guide's
        + sorted((ROOT.parent.parent / "shared" / "corpus").glob("*.txt"))  # from a worktree
        if path.exists()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return list(dict.fromkeys(paragraphs))


def differences(texts: list[str], expected: list[str], found: list[str]) -> tuple[int, int, list]:
    letters = wrong = 0
    shown = []
    for text, want, got in zip(texts, expected, found, strict=True):
        for index, (a, b) in enumerate(zip(want, got, strict=True)):
            if a != ".":
                letters += 1
            if a != b:
                wrong += 1
                shown.append((text, index, a, b))
    return letters, wrong, shown


def write_expected() -> None:
    cases = torture_set()
    texts = [text for _, text in cases]
    version, forms = harfbuzz_forms(texts)
    _, fribidi = fribidi_forms(texts)
    data: dict[str, Any] = {
        "about": "Arabic joining torture set: each text's forms as HarfBuzz's Arabic shaper "
        "gives them (s isolated, i initial, m medial, f final, . not a joining letter). "
        "Made by bench/joining_check.py --write; FriBidi agrees where 'fribidi' is absent.",
        "harfbuzz": version,
        "cases": [],
    }
    for (why, text), form, second in zip(cases, forms, fribidi, strict=True):
        case = {"why": why, "text": text, "forms": form}
        if second != form:
            case["fribidi"] = second
        data["cases"].append(case)
    EXPECTED.parent.mkdir(parents=True, exist_ok=True)
    EXPECTED.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    letters = sum(1 for form in forms for letter in form if letter != ".")
    print(f"wrote {EXPECTED.relative_to(ROOT)}: {len(cases)} texts, {letters} letters")


def compare() -> int:
    status = 0
    for name, texts in (
        ("torture set", [text for _, text in torture_set()]),
        ("seed and corpus", real_text()),
    ):
        hb_version, hb = harfbuzz_forms(texts)
        fb_version, fb = fribidi_forms(texts)
        ours = [engine_forms(text) for text in texts]
        letters, wrong, shown = differences(texts, hb, ours)
        _, fb_wrong, fb_shown = differences(texts, hb, fb)
        print(
            f"{name}: {len(texts)} texts, {letters} letters; engine vs HarfBuzz {hb_version}: "
            f"{wrong} differ; FriBidi {fb_version} vs HarfBuzz: {fb_wrong} differ"
        )
        for text, index, want, got in shown[:20]:
            print(f"  engine   {text!r} [{index}] U+{ord(text[index]):04X}: {got}, HarfBuzz {want}")
        for text, index, want, got in fb_shown[:20]:
            print(f"  FriBidi  {text!r} [{index}] U+{ord(text[index]):04X}: {got}, HarfBuzz {want}")
        status |= bool(wrong)
    return status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="regenerate the table and data")
    args = parser.parse_args()
    if args.write:
        write_table()
        write_expected()
        return 0
    return compare()


if __name__ == "__main__":
    raise SystemExit(main())
