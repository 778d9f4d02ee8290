"""The layout engine on the seed article and on random mixed-script text."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from scaletui.layout import LayoutEngine, isolated
from scaletui.layout.bidi import (
    _levels_in_one_run,
    bidi_class,
    embedding_levels,
    visual_order,
)
from scaletui.layout.engine import PreparedParagraph, Seed
from scaletui.layout.renderable import BidiText, Styled
from scaletui.layout.shaping import ShapedText, Shaper, has_arabic_script

SEED = Path(__file__).parents[1] / "seeds" / "000_77bd331cf6a7af78.txt"
WIDTHS = [30, 50, 80, 120]
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
MIRROR_PAIRS = str.maketrans({")": "(", "]": "[", "}": "{", "»": "«", ">": "<"})


def seed_paragraphs() -> list[str]:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    return [line for line in lines[2:] if line.strip()]


@pytest.fixture(scope="module")
def engine() -> LayoutEngine:
    return LayoutEngine()


def unshape(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def arabic_words_read_right_to_left(visual_lines: list[str]) -> list[str]:
    """What a reader sees: lines top to bottom, each read from the right.

    Only purely Arabic words are compared; each is reversed back (the terminal
    shows it in visual order) and unshaped.
    """
    words = []
    for line in visual_lines:
        for token in reversed(line.split()):
            bare = token.strip('"()،.:؟«»%,')
            if bare and all(ARABIC_LETTER.match(unshape(c)[0]) for c in bare):
                words.append(unshape(bare[::-1]))
    return words


def arabic_words_logical(paragraph: str) -> list[str]:
    words = []
    for token in paragraph.split():
        bare = token.strip('"()،.:؟«»%,')
        if bare and all(ARABIC_LETTER.match(c) for c in bare):
            words.append(unicodedata.normalize("NFKC", bare))
    return words


@pytest.mark.parametrize("width", WIDTHS)
def test_seed_lines_are_exactly_width_and_read_in_order(engine: LayoutEngine, width: int) -> None:
    for paragraph in seed_paragraphs():
        layout = engine.layout(paragraph, width)
        assert layout.direction == "rtl"
        visual = [line.text for line in layout.lines]
        for line in layout.lines:
            assert len(line.cells) == width
            assert cell_len(line.text) == width
            # RTL lines are right-aligned: padding only on the left.
            assert not line.text.endswith(" ") or not line.text.strip()
        assert arabic_words_read_right_to_left(visual) == arabic_words_logical(paragraph)


@pytest.mark.parametrize("width", WIDTHS)
def test_bracketed_latin_reads_the_right_way_round(engine: LayoutEngine, width: int) -> None:
    checked = 0
    for paragraph in seed_paragraphs():
        layout = engine.layout(paragraph, width)
        for name in re.findall(r"\(([A-Za-z][A-Za-z0-9 ]*)\)", paragraph):
            start = paragraph.index(f"({name})")
            end = start + len(name) + 2
            first, last = layout.line_of(start), layout.line_of(end - 1)
            text = layout.lines[first].text
            assert f"){name}(" not in text
            if first == last:
                assert f"({name})" in text
                checked += 1
            else:
                # Broken across lines: the opening bracket ends the first line (on its
                # left, where an RTL line ends) drawn as ")" -- which opens in RTL.
                assert text.lstrip().startswith(name.split()[0] + ")")
    assert checked >= 10


@pytest.mark.parametrize("width", WIDTHS)
def test_numbers_and_percent_signs_stay_together(engine: LayoutEngine, width: int) -> None:
    text = "\n".join(line.text for p in seed_paragraphs() for line in engine.layout(p, width).lines)
    # In right-to-left text the percent sign is drawn on the left of its digits.
    assert "%49" in text and "%4.3" in text
    assert "2024" in text and "15" in text and "19" in text
    assert "94" not in text and "3.4" not in text  # digits never reversed


def test_numbers_keep_their_order_in_rtl() -> None:
    engine = LayoutEngine()
    line = engine.layout("فقدت 4.3% في عام 2024 بحصة 49% (Llama 4)", 80).lines[0]
    assert "%4.3" in line.text and "2024" in line.text and "(Llama 4)" in line.text


def test_paragraph_end_is_on_the_last_line(engine: LayoutEngine) -> None:
    paragraph = seed_paragraphs()[1]
    lines = engine.layout(paragraph, 40).lines
    first_word = unshape(lines[0].text.split()[-1][::-1])
    last_word = unshape(lines[-1].text.split()[0][::-1]).strip("؟")
    assert first_word == paragraph.split()[0]
    assert last_word == paragraph.split()[-1].strip("؟")


def test_ltr_paragraph_is_left_aligned(engine: LayoutEngine) -> None:
    layout = engine.layout("Meta invests in Scale AI (49%), says TechCrunch.", 30)
    assert layout.direction == "ltr"
    assert layout.lines[0].text.startswith("Meta invests in Scale AI")
    assert all(len(line.cells) == 30 for line in layout.lines)
    assert [line.text.rstrip() for line in layout.lines] == [
        "Meta invests in Scale AI",
        "(49%), says TechCrunch.",
    ]


def test_word_wider_than_the_line_is_broken_not_dropped(engine: LayoutEngine) -> None:
    word = "الاستحواذات" * 3  # 33 letters, 30 cells: each "لا" is one ligature
    lines = engine.layout(word, 7).lines
    assert len(lines) == 5
    assert all(len(line.cells) == 7 for line in lines)
    assert sum(len(unshape(line.text.strip())) for line in lines) == len(word)


def test_harakat_take_no_cell_and_follow_their_letter(engine: LayoutEngine) -> None:
    bare = "ألكسندر وانغ يقود مختبر الذكاء الفائق في ميتا"
    vocalised = "أَلِكْسَنْدَر وانغ يَقُودُ مُخْتَبَرَ الذَّكاءِ الفائِقِ في ميتا"
    for width in (10, 17, 30):
        plain = engine.layout(bare, width).lines
        marked = engine.layout(vocalised, width).lines
        assert [len(line.cells) for line in marked] == [width] * len(marked)
        assert len(plain) == len(marked)
        for line in marked:
            assert cell_len(line.text) == width
            for cell in line.cells:
                # A mark is never first in a cell: it is drawn on the letter before it.
                assert not cell or unicodedata.combining(cell[0]) == 0
        # The same letters land in the same cells with or without the marks.
        for a, b in zip(plain, marked, strict=True):
            stripped = [
                "".join(char for char in cell if not unicodedata.combining(char))
                for cell in b.cells
            ]
            assert stripped == list(a.cells)


def test_lam_alef_ligature_maps_both_letters_to_one_cell(engine: LayoutEngine) -> None:
    text = "الاستثمار لا يكفي"
    line = engine.layout(text, 40).lines[0]
    assert "\ufefb" in line.text or "\ufefc" in line.text  # a lam-alef ligature is used
    lam = text.index("لا")
    assert line.cell_ranges(lam, lam + 1) == line.cell_ranges(lam, lam + 2)
    assert len(line.cell_ranges(lam, lam + 2)) == 1
    a, b = line.cell_ranges(lam, lam + 2)[0]
    assert b - a == 1


def test_tatweel_takes_a_cell(engine: LayoutEngine) -> None:
    line = engine.layout("لـ ميتا", 20).lines[0]
    assert "\u0640" in line.text
    assert cell_len(line.text.strip()) == len("لـ ميتا")


@pytest.mark.parametrize("width", [30, 50, 80, 120])
@pytest.mark.parametrize("phrase", ["Scale AI", "ألكسندر وانغ", "49%", "سكيل إيه آي"])
def test_span_map_styles_exactly_the_words_cells(
    engine: LayoutEngine, width: int, phrase: str
) -> None:
    paragraph = next(p for p in seed_paragraphs() if phrase in p)
    start = paragraph.index(phrase)
    end = start + len(phrase)
    layout = engine.layout(paragraph, width)
    pieces = layout.cell_ranges(start, end)
    assert pieces
    shown = []
    for line_index, a, b in pieces:
        cells = layout.lines[line_index].cells
        shown.append("".join(cells[a:b]))
        # Cells just outside the span hold something else (a space or another word).
        if a > 0:
            assert cells[a - 1] in (" ", '"', "(", ")", "،", "")
    joined = " ".join(shown)
    if ARABIC_LETTER.search(phrase):
        # Each line's piece is drawn right to left: reverse it back and unshape.
        words = [unshape(piece[::-1]) for piece in shown]
        assert " ".join(w for w in words if w) == phrase
    elif phrase == "49%":
        assert joined == "%49"
    else:
        assert joined == phrase


def test_span_map_covers_every_visible_char(engine: LayoutEngine) -> None:
    paragraph = seed_paragraphs()[3]
    layout = engine.layout(paragraph, 45)
    for line in layout.lines:
        used: set[int] = set()
        for offset in range(line.start, line.end):
            ranges = line.cell_ranges(offset, offset + 1)
            if paragraph[offset] != " ":
                assert ranges, f"logical char {offset} {paragraph[offset]!r} has no cell"
            for a, b in ranges:
                used.update(range(a, b))
        visible = {i for i, cell in enumerate(line.cells) if cell.strip()}
        assert visible <= used
        for column in visible:
            found = line.offset_at(column)
            assert found is not None and line.start <= found < line.end


def test_engine_caches_per_paragraph_and_width() -> None:
    engine = LayoutEngine()
    text = seed_paragraphs()[1]
    assert engine.layout(text, 40) is engine.layout(text, 40)
    assert engine.prepare(text) is engine.prepare(text)
    assert engine.layout(text, 41) is not engine.layout(text, 40)


def test_engine_keeps_a_bounded_number_of_characters_laid_out() -> None:
    """A book's paragraphs laid out one after another (a reader paging through it) are
    held up to CACHE_CHARS characters, the ones used last: 4,096 of them were 400 MB."""
    from scaletui.layout.engine import CACHE_CHARS

    engine = LayoutEngine()
    words = seed_paragraphs()[1].split()
    texts = [f"{n} " + " ".join((words * 9)[n % 7 :][:150]) for n in range(2 * CACHE_CHARS // 850)]
    assert sum(map(len, texts)) > 1.5 * CACHE_CHARS
    for text in texts:
        engine.layout(text, 80)
    held = [key[0] for key in engine.prepared_keys()]
    assert sum(map(len, held)) <= CACHE_CHARS
    assert texts[-1] in held and texts[0] not in held  # the last used are kept
    laid_out = [text for text in texts if engine.cached_layout(text, 80) is not None]
    assert sum(map(len, laid_out)) <= CACHE_CHARS and texts[-1] in laid_out
    engine.layout(texts[-2], 80)  # used again: kept ahead of older ones
    for text in texts[:3]:
        engine.layout(text, 80)
    assert engine.cached_layout(texts[-2], 80) is not None


def test_engine_keeps_a_paragraph_longer_than_its_bound() -> None:
    engine = LayoutEngine(cache_chars=10)
    text = seed_paragraphs()[1]
    assert engine.layout(text, 40) is engine.layout(text, 40)


def test_bad_width_is_refused(engine: LayoutEngine) -> None:
    with pytest.raises(ValueError):
        engine.layout("نص", 0)


def test_control_characters_are_shown_inert(engine: LayoutEngine) -> None:
    line = engine.layout("ميتا \x1b[31mred\x07", 40).lines[0]
    assert "\x1b" not in line.text and "\x07" not in line.text
    assert "\u241b" in line.text


def test_bracket_pair_rule_n0_at_paragraph_start() -> None:
    # "(Scale AI)" opening an Arabic paragraph: both brackets resolve together.
    text = "(Scale AI) شركة بيانات"
    levels = embedding_levels(text, "rtl")
    assert levels[0] == levels[9]
    line = LayoutEngine().layout(text, 40).lines[0]
    assert "(Scale AI)" in line.text


def test_visual_order_reverses_nested_runs() -> None:
    # Levels 1 1 2 2 1: the LTR pair keeps its order inside the reversed line.
    assert visual_order([1, 1, 2, 2, 1]) == [4, 2, 3, 1, 0]
    assert visual_order([0, 0, 0]) == [0, 1, 2]


# --- property tests -----------------------------------------------------------

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإئؤةى"
LATIN = "abcXYZ"
DIGITS = "0123456789٠١٢"
PUNCT = '.,:؛،؟!"«»()[]%-'
ALPHABET = ARABIC + LATIN + DIGITS + HARAKAT + PUNCT + "ـ" + "    "

mixed_text = st.text(alphabet=st.sampled_from(ALPHABET), min_size=0, max_size=120)


def canonical(text: str) -> Counter:
    text = unicodedata.normalize("NFKC", text).translate(MIRROR_PAIRS)
    return Counter(c for c in text if not c.isspace() and c != "\u25cc")


@settings(max_examples=300, deadline=None)
@given(text=mixed_text, width=st.integers(min_value=1, max_value=60))
def test_property_no_char_lost_or_duplicated_and_widths_exact(text: str, width: int) -> None:
    engine = LayoutEngine()
    layout = engine.layout(text, width)
    for line in layout.lines:
        assert len(line.cells) == width
        assert cell_len(line.text) == width
    shown = "".join(line.text for line in layout.lines)
    assert canonical(shown) == canonical(text)


@settings(max_examples=300, deadline=None)
@given(text=mixed_text, width=st.integers(min_value=2, max_value=40))
def test_property_every_logical_char_has_one_place(text: str, width: int) -> None:
    layout = LayoutEngine().layout(text, width)
    covered: list[int] = []
    for line in layout.lines:
        covered.extend(range(line.start, line.end))
        for offset in range(line.start, line.end):
            ranges = line.cell_ranges(offset, offset + 1)
            if not text[offset].isspace():
                assert len(ranges) == 1
                a, b = ranges[0]
                assert 0 <= a < b <= width
    assert covered == list(range(len(text)))


wild_text = st.text(
    alphabet=st.sampled_from(
        ALPHABET + "\u200d\u200c\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202e"
        "\x1b\x07\t\n一字ﷲ\ufefbé\u0301\u00ad\u0750\u08a0\u06ae\u0883\u061c\u2028\u2029\x85"
        "\U0001f468\U0001f469\U0001f1f8\U0001f1e6\ufe0f\u2003"
    ),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(text=wild_text, width=st.integers(min_value=1, max_value=30))
def test_property_wild_input_never_raises_and_fits(text: str, width: int) -> None:
    layout = LayoutEngine().layout(text, width)
    for line in layout.lines:
        assert len(line.cells) == width
        assert cell_len(line.text) == width
        assert not any(c in line.text for c in "\x1b\x07\t\n\u202e\u2067\u2028\u2029\x85\xad")


# Every bidi class the one-run fast path handles: letters of both directions,
# European and Arabic digits, terminators and separators, brackets, marks, BN
# (ZWJ, soft hyphen), isolates (treated as neutrals), a paragraph separator.
BIDI_CLASS_SAMPLES = list("aZ ابلـ0٣۱%$+-,.:/#!?()[]{}«»\"'") + [
    "\u064e",
    "\u0651",
    "\u200d",
    "\u200c",
    "\u00ad",
    "\u2029",
    "\t",
    "\u05d0",
    "\u2066",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u0660",
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(BIDI_CLASS_SAMPLES), min_size=1, max_size=40),
       st.sampled_from([0, 1]))  # fmt: skip
def test_one_run_levels_match_the_full_algorithm(text: str, base_level: int) -> None:
    # Plain text (no explicit controls, isolates or separators) takes the fast
    # path; it must agree with the whole algorithm (layout/uax9.py) everywhere.
    from scaletui.layout import uax9

    kinds = [bidi_class(char) for char in text]
    assume(
        not {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "S", "B"} & set(kinds)
    )
    fast = _levels_in_one_run(text, kinds, base_level)
    assert fast == uax9.resolve(text, base_level, kinds)


def test_explicit_embeddings_take_the_full_algorithm() -> None:
    # RLE opens level 1 in an LTR paragraph; the Latin inside is raised to 2 (I2).
    text = "x \u202babc\u202c y"
    levels = embedding_levels(text, "ltr")
    assert levels[text.index("a")] == 2
    assert levels[0] == 0


def test_prepared_paragraphs_survive_a_round_trip_through_the_cache(tmp_path: Path) -> None:
    from scaletui.layout.cache import read_prepared, write_prepared

    text = SEED.read_text(encoding="utf-8").split("\n")[2]
    first = LayoutEngine()
    expected = first.layout(text, 50)
    path = tmp_path / "layout" / "story.bin"
    write_prepared(path, first.prepared_entries())
    second = LayoutEngine()
    assert second.seed(read_prepared(path)) == 1

    def no_shaping(_: str) -> ShapedText:
        raise AssertionError("a cached paragraph was shaped again")

    second._shaper.shape = no_shaping  # type: ignore[method-assign,assignment]
    assert second.layout(text, 50) == expected


def test_cached_paragraphs_are_read_only_when_asked_for(tmp_path: Path) -> None:
    """A seed is decoded at its paragraph's first layout, not at start; a damaged
    one is prepared afresh; the cache written back still holds the untouched seeds."""
    import marshal

    from scaletui.layout.cache import _version_tag, read_prepared, write_prepared

    shown, other, damaged = "ميتا (Meta)", "سكيل إيه آي", "ألكسندر وانغ"
    first = LayoutEngine()
    expected = {text: first.layout(text, 20) for text in (shown, other, damaged)}
    path = tmp_path / "story.bin"
    write_prepared(path, first.prepared_entries())
    tag, rows = marshal.loads(path.read_bytes())
    rows = [(key, d, b"junk" if key[0] == damaged else blob) for key, d, blob in rows]
    path.write_bytes(marshal.dumps((tag, rows)))
    assert tag == _version_tag()

    second = LayoutEngine()
    assert second.seed(read_prepared(path)) == 3
    assert second._prepared == {}  # nothing decoded yet
    assert second.layout(shown, 20) == expected[shown]
    assert list(second._prepared) == [(shown, "auto", "rtl")]
    assert second.layout(damaged, 20) == expected[damaged]  # shaped again, the same
    assert second.prepared_keys() == set(first.prepared_keys())
    write_prepared(path, second.prepared_entries())
    assert {key[0] for key in read_prepared(path)} == {shown, other, damaged}
    assert LayoutEngine().seed(read_prepared(path)) == 3


@pytest.mark.parametrize(
    "content", [b"", b"not marshal", b"\xe3\x00\x00", None], ids=["empty", "junk", "cut", "none"]
)
def test_a_damaged_or_missing_cache_is_no_cache(tmp_path: Path, content: bytes | None) -> None:
    from scaletui.layout.cache import read_prepared

    path = tmp_path / "story.bin"
    if content is not None:
        path.write_bytes(content)
    assert read_prepared(path) == {}


def test_a_cache_from_another_version_is_ignored(tmp_path: Path) -> None:
    import marshal

    from scaletui.layout.cache import read_prepared

    path = tmp_path / "story.bin"
    path.write_bytes(marshal.dumps(("0/old/old", [(("نص", "auto", "rtl"), "rtl", b"")])))
    assert read_prepared(path) == {}
    # Right version, wrong shapes: still nothing.
    from scaletui.layout.cache import _version_tag

    path.write_bytes(marshal.dumps((_version_tag(), [(1, 2, 3)])))
    assert read_prepared(path) == {}
    # The first format (clusters as lists, not bytes) is not this one.
    path.write_bytes(marshal.dumps((_version_tag(), [(("نص", "auto", "rtl"), "rtl", [])])))
    assert read_prepared(path) == {}


def test_an_unwritable_cache_is_not_an_error(tmp_path: Path) -> None:
    from scaletui.layout.cache import write_prepared

    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache directory would go")
    engine = LayoutEngine()
    engine.prepare("ميتا")
    write_prepared(blocked / "layout" / "story.bin", engine.prepared_entries())  # no raise
    assert blocked.read_text().startswith("a file")


def test_terminal_mode_takes_no_cached_shapes() -> None:
    engine = LayoutEngine()
    engine.prepare("ميتا")

    def seed(prepared: PreparedParagraph) -> Seed:
        return lambda: prepared

    seeds = {key: seed(prepared) for key, prepared in engine.prepared_entries()}
    assert LayoutEngine(reorder=False).seed(seeds) == 0


FORMAT_ALPHABET = st.sampled_from(
    list("ابتجدهوزحطيكلمنسعفصقرشتثخذضظغءةىأإآ") + ["لا", "ً", "ّ", "ـ"]
    + list("abcXYZ 0123456789()[]«».,%")
    + ["\u200c", "\u200d", "\u200e", "\u200f", "\u2066", "\u2067", "\u2068", "\u2069",
       "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\ufeff", "\u00ad", "\t"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(FORMAT_ALPHABET, max_size=40).map("".join), st.integers(min_value=1, max_value=30))
def test_format_characters_never_break_the_layout(text: str, width: int) -> None:
    # ZWJ after ه once raised IndexError inside arabic-reshaper (`عام 1445 ه‍ مثلاً`).
    layout = LayoutEngine().layout(text, width)
    for line in layout.lines:
        assert len(line.cells) == width
        for offset in range(line.start, line.end):
            column, span = line.columns[offset - line.start], line.spans[offset - line.start]
            assert column == -1 or 0 <= column < width  # a cell, or drawn as nothing
            assert span >= 0


def test_the_zwj_sentence_that_crashed_lays_out() -> None:
    line = LayoutEngine().layout("عام 1445 ه\u200d مثلاً", 40).lines[0]
    assert "1445" in line.text and "ﻡﺎﻋ" in line.text


def test_bracket_pairing_follows_bd16_to_the_letter() -> None:
    from scaletui.layout.brackets import _bracket_pairs

    # Unicode 14's brackets pair like the others (they were missing from the table).
    assert _bracket_pairs("\u2e55x\u2e56", ["ON", "L", "ON"]) == [(0, 2)]
    # 64 openings overflow BD16's stack: no pairs at all in that sequence.
    text = "(" * 64 + "x" + ")"
    assert _bracket_pairs(text, ["ON"] * 64 + ["L", "ON"]) == []
    assert _bracket_pairs("(x)", ["ON", "L", "ON"]) == [(0, 2)]


NOT_ARABIC_SCRIPT = st.characters(exclude_categories=["Cs"]).filter(
    lambda char: not has_arabic_script(char)
)


@given(st.text(NOT_ARABIC_SCRIPT | st.sampled_from("\u200c\u200d ")))
@settings(max_examples=300)
def test_text_with_no_arabic_script_is_not_shaped(text: str) -> None:
    # Not even asked: a Latin label on a first launch does not load the joining tables.
    from scaletui.layout import joining

    original = joining.shape
    joining.shape = None  # type: ignore[assignment]
    try:
        shaped = Shaper().shape(text)
    finally:
        joining.shape = original
    assert shaped.text == text
    assert shaped.source == tuple(range(len(text)))
    assert joining.form_letters(text) == "." * len(text)  # it would have changed nothing


def test_arabic_script_anywhere_is_shaped() -> None:
    assert Shaper().shape("Meta (ميتا)").text == "Meta (ﻣﻴﺘﺎ)"


# --- the whole engine as UAX #9 has it (issue 25) -------------------------------


def test_an_isolate_keeps_two_runs_of_one_direction_apart() -> None:
    # The isolate's controls are drawn as nothing but still split the runs (L2):
    # "AI" is a run of its own, left of "Scale" in a right-to-left line, as FriBidi has it.
    text = "ميتا Scale" + isolated("AI")
    line = LayoutEngine().layout(text, 20).lines[0]
    assert line.text.lstrip().startswith("AIScale ")
    assert "\u2068" not in line.text and "\u2069" not in line.text
    rlm = LayoutEngine().layout("ميتا Scale\u200fAI", 20).lines[0]
    assert rlm.text.lstrip().startswith("AIScale ")


def test_a_line_of_marks_only_takes_the_paragraphs_level() -> None:
    engine = LayoutEngine()
    (cluster,) = engine.prepare("\u064e", "rtl").clusters
    assert cluster.text == "\u25cc\u064e" and cluster.level == 1
    (cluster,) = engine.prepare("\u064e", "ltr").clusters
    assert cluster.level == 0


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_line_and_paragraph_separators_are_never_sent(separator: str) -> None:
    line = LayoutEngine().layout(f"ميتا{separator}سكيل", 20).lines[0]
    assert separator not in line.text
    assert len(line.cells) == 20 and cell_len(line.text) == 20
    assert " " in line.text.strip()


def test_a_mark_after_an_embedding_is_not_glued_across_it() -> None:
    # AN RLE NSM L: the mark is at the embedding's level, not the digit's; it is
    # drawn on a dotted circle where UAX #9 puts it.
    text = "\u0661\u202b\u0300a"
    engine = LayoutEngine()
    levels = [cluster.level for cluster in engine.prepare(text, "ltr").clusters]
    assert levels == [2, 1, 2]
    line = engine.layout(text, 6, "ltr").lines[0]
    assert "\u0661" in line.cells and "\u25cc\u0300" in line.cells


@pytest.mark.parametrize("text", ["\u061c", "\u202a", "\u2066\u2069", "\u200f\u200e"])
def test_text_of_controls_only_has_a_place_for_every_character(text: str) -> None:
    line = LayoutEngine().layout(text, 4, "ltr").lines[0]
    assert (line.start, line.end) == (0, len(text))
    assert len(line.columns) == len(text) and all(0 <= c < 4 for c in line.columns)
    assert line.text == "    "


@pytest.mark.parametrize(
    "emoji", ["\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f1f8\U0001f1e6", "\u2764\ufe0f"]
)
def test_emoji_sequences_stay_whole_and_in_order(emoji: str) -> None:
    # A family, a flag, an emoji-presentation heart: one glyph each, never reversed
    # by the right-to-left line around it, as wide as Rich measures them.
    text = f"عائلة {emoji} سعيدة"
    layout = LayoutEngine().layout(text, 20)
    line = layout.lines[0]
    assert emoji in line.cells
    assert cell_len(line.text) == 20 and len(line.cells) == 20
    ((a, b),) = line.cell_ranges(text.index(emoji), text.index(emoji) + len(emoji))
    assert b - a == cell_len(emoji) == 2


def test_wide_brackets_are_mirrored_too() -> None:
    # Fullwidth brackets take two cells; in a right-to-left run they mirror (L4) like any.
    line = LayoutEngine().layout("شركة （ميتا）", 20).lines[0]
    assert line.text.lstrip().startswith("（")
    assert "（ﺎﺘﻴﻣ）" in line.text


def test_the_layout_caches_version_key_reads_python_bidis_release() -> None:
    """layout/cache.py names its file after python-bidi's release, read from its
    .dist-info folder's name (the packaging standard's, no library's internals): the
    same release importlib.metadata reports."""
    from importlib.metadata import version

    from scaletui.layout.cache import installed_release

    assert installed_release("bidi", "python_bidi") == (
        f"python_bidi-{version('python-bidi')}.dist-info"
    )


# -- a hanging indent (a panel's wrapped label) ------------------------------------------

LABEL = [Styled("  ", "bold"), Styled("◆ Meta lost some of its top talent to rival labs", "")]


def test_a_hanging_indent_starts_the_next_rows_under_the_words() -> None:
    text = BidiText(LayoutEngine(), LABEL, default="ltr", hanging=4)
    lines = text.lines(24)
    assert len(lines) > 1 and all(line.width == 24 for line in lines)
    assert lines[0].text.startswith("  ◆ Meta")
    assert all(line.text.startswith("    ") and line.text[4] != " " for line in lines[1:])
    words = " ".join(line.text.strip() for line in lines)
    assert words == "◆ Meta lost some of its top talent to rival labs"
    # Styles follow their text into the moved cells: the bold marker, a word's cells.
    second = lines[1]
    start = "  ◆ Meta lost some of its top talent to rival labs".index(second.text.split()[0])
    assert second.cell_ranges(start, start + 1) == [(4, 5)]
    assert second.offset_at(4) == start and second.offset_at(0) is None


def test_a_right_to_left_label_hangs_on_the_right() -> None:
    label = "  ◆ استثمار ضخم في شركة متخصصة في وضع العلامات على البيانات"
    lines = BidiText(LayoutEngine(), label, default="ltr", hanging=4).lines(24)
    assert len(lines) > 1 and all(line.width == 24 for line in lines)
    assert lines[0].direction == "rtl"
    assert lines[0].text.endswith("◆  ") and lines[0].text[:4] == "    "
    assert all(line.text.endswith("    ") and line.text[-5] != " " for line in lines[1:])


def test_a_narrow_panel_does_without_the_indent() -> None:
    engine = LayoutEngine()
    hung = BidiText(engine, LABEL, default="ltr", hanging=4).lines(15)
    plain = BidiText(engine, LABEL, default="ltr").lines(15)
    assert [line.text for line in hung] == [line.text for line in plain]


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="ab مسث(1)%\u064e\u200c", min_size=1, max_size=60),
    width=st.integers(min_value=16, max_value=40),
)
def test_a_hanging_indent_only_moves_the_narrower_lines(text: str, width: int) -> None:
    """Each line is the paragraph's own line at width - 4, with four blank cells added
    at its end (the first) or its start (the rest), whichever side that is."""
    engine = LayoutEngine()
    hung = BidiText(engine, text, default="ltr", hanging=4).lines(width)
    layout = engine.layout(text, width - 4, "auto", "ltr")
    assert len(hung) == len(layout.lines)
    for index, (line, narrow) in enumerate(zip(hung, layout.lines, strict=True)):
        assert line.width == width and (line.start, line.end) == (narrow.start, narrow.end)
        left = (index == 0) == (layout.direction == "rtl")
        inner = line.cells[4:] if left else line.cells[:-4]
        assert inner == narrow.cells
        assert (line.cells[:4] if left else line.cells[-4:]) == (" ",) * 4


# -- a lead in a column of its own (a timeline's date) -----------------------------------

EVENT = "٩ أبريل ٢٠١٢ فيسبوك تستحوذ على إنستغرام مقابل مليار دولار نقدًا وأسهمًا"
EVENT_DATE = "٩ أبريل ٢٠١٢"


def test_a_lead_keeps_its_column_and_the_rest_wraps_beside_it() -> None:
    engine = LayoutEngine()
    date_cells = engine.prepare(EVENT_DATE).width
    lines = BidiText(engine, EVENT, lead=len(EVENT_DATE)).lines(33)
    assert len(lines) > 1 and all(line.width == 33 for line in lines)
    first = lines[0]
    # The date on the right of the first row, then a blank cell, then the label's words
    # up to the row's left edge: the first row is not cut short by the indent.
    assert "".join(first.cells[33 - date_cells :]) == engine.visual(EVENT_DATE)
    assert first.cells[32 - date_cells] == " " and first.cells[31 - date_cells] != " "
    for line in lines[1:]:  # every next row ends under the label's first letter
        assert line.cells[32 - date_cells :] == (" ",) * (date_cells + 1)
        assert line.cells[31 - date_cells] != " "
    # The rows hold the text in order, each offset once, and a click on a cell finds the
    # letter drawn there.
    assert [(line.start, line.end) for line in lines] == list(
        zip([0] + [line.end for line in lines[:-1]], [line.end for line in lines], strict=True)
    )
    assert lines[-1].end == len(EVENT)
    for line in lines:
        for offset in range(line.start, line.end):
            for a, b in line.cell_ranges(offset, offset + 1):
                assert line.offset_at(a) is not None and b <= 33
    label = len(EVENT_DATE) + 1
    assert first.cell_ranges(label, label + 1) == [(31 - date_cells, 32 - date_cells)]
    assert first.offset_at(32 - date_cells) == len(EVENT_DATE)  # the gap: the space


def test_a_lead_moves_a_styled_spans_cells_with_it() -> None:
    engine = LayoutEngine()
    word = "إنستغرام"
    start = EVENT.index(word)
    text = [Styled(EVENT[:start], ""), Styled(word, "bold"), Styled(EVENT[start + len(word) :], "")]
    lines = BidiText(engine, text, lead=len(EVENT_DATE)).lines(33)
    (line,) = [line for line in lines if line.start <= start < line.end]
    (cells,) = line.cell_ranges(start, start + len(word))
    bold = [
        segment
        for segment in BidiText(engine, text, lead=len(EVENT_DATE)).rows(33)[lines.index(line)]
        if segment.style and segment.style.bold
    ]
    assert "".join(segment.text for segment in bold) == "".join(line.cells[cells[0] : cells[1]])


def test_a_left_to_right_lead_stands_on_the_left() -> None:
    text = "2012-04-09 Facebook buys Instagram for a billion dollars in cash and stock"
    lines = BidiText(LayoutEngine(), text, lead=10, default="ltr").lines(33)
    assert len(lines) > 1 and lines[0].text.startswith("2012-04-09 Facebook")
    assert all(line.text[:11] == " " * 11 and line.text[11] != " " for line in lines[1:])


@pytest.mark.parametrize("width", [20, 200])
def test_a_lead_too_wide_for_the_width_or_a_text_on_one_line_is_laid_out_plainly(
    width: int,
) -> None:
    engine = LayoutEngine()
    led = BidiText(engine, EVENT, lead=len(EVENT_DATE)).lines(width)
    plain = BidiText(engine, EVENT).lines(width)
    assert [line.text for line in led] == [line.text for line in plain]


@pytest.mark.parametrize("lead", [0, 3, 200])
def test_a_lead_that_is_not_followed_by_a_space_and_more_is_none(lead: int) -> None:
    engine = LayoutEngine()
    assert BidiText(engine, EVENT, lead=lead).lead == 0
    assert BidiText(engine, f"{EVENT_DATE} ", lead=len(EVENT_DATE)).lead == 0


@settings(max_examples=60, deadline=None)
@given(
    lead=st.text(alphabet="ab مس1-(", min_size=1, max_size=12).filter(str.strip),
    rest=st.text(alphabet="ab مسث(1)%\u064e\u200c", min_size=1, max_size=60).filter(str.strip),
    width=st.integers(min_value=12, max_value=50),
)
def test_rows_beside_a_lead_hold_the_text_once_in_order(lead: str, rest: str, width: int) -> None:
    text = f"{lead} {rest}"
    lines = BidiText(LayoutEngine(), text, lead=len(lead)).lines(width)
    assert all(line.width == width for line in lines)
    assert lines[0].start == 0 and lines[-1].end == len(text)
    for before, after in zip(lines, lines[1:], strict=False):
        assert before.end == after.start
    for line in lines:
        assert len(line.columns) == len(line.spans) == line.end - line.start
        for index, column in enumerate(line.columns):
            if column >= 0:
                assert 0 <= column and column + line.spans[index] <= width
