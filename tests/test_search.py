"""Arabic folding, search hits and entity mentions, checked against the text itself."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scaletui.layout import LayoutEngine
from scaletui.search import StoryIndex, buffer, fold, fold_query
from scaletui.search.matching import FOLDED_PROCLITICS, PROCLITICS, compile_query
from scaletui.search.pasted import readings, visual_to_logical
from scaletui.story import Entity, load_story, resolve_pack
from scaletui.story.model import Span, Story


@cache
def bundled_story() -> Story:
    """The story for Hypothesis tests (a fixture argument would be printed whole)."""
    return load_story(resolve_pack(None))


@pytest.fixture(scope="module")
def index(story) -> StoryIndex:
    return StoryIndex([p.text for p in story.paragraphs], story.entities.values())


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("الاصطناعى", "الاصطناعي"),  # alef maqsura
        ("أحمد", "احمد"), ("إيليا", "ايليا"), ("آي", "اي"), ("ٱلله", "الله"),
        ("شركة", "شركه"),  # ta marbuta
        ("مُحَمَّد", "محمد"),  # harakat
        ("ميـــتا", "ميتا"),  # tatweel
        ("٢٠٢٤", "2024"), ("۴۹", "49"),  # Arabic-Indic and Persian digits
        ("ﻻ", "لا"),  # NFKC: presentation form
        ("Scale AI", "scale ai"),
        ("“Scale AI”", '"Scale AI"'), ("‘ميتا’", "'ميتا'"), ("2024–2025", "2024-2025"),
    ],
)  # fmt: skip
def test_folding_unifies_variants(variant: str, plain: str) -> None:
    assert fold_query(variant) == fold_query(plain)


@given(st.text(alphabet="أإآابتةىيـَُِّ٠١٢ ab", max_size=40))
def test_folding_maps_every_folded_char_back(text: str) -> None:
    folded = fold(text)
    assert len(folded.origin) == len(folded.text) + 1
    assert list(folded.origin) == sorted(folded.origin)
    for k, char in enumerate(folded.text):
        assert fold_query(text[folded.origin[k]]) == char or char == " "


def test_a_folded_arabic_document_takes_one_byte_a_character(story) -> None:
    """Python stores a str by its widest character: the folded letters' stand-ins keep
    the folded copy of an Arabic book at half the memory of the book itself."""
    index = StoryIndex([p.text for p in story.paragraphs])
    index.fold_all()
    assert index.buffer.chunks
    for chunk in index.buffer.chunks:
        assert max(map(ord, chunk.text)) < 256, "a folded character is not Latin-1"
    assert {fold_query(letter) for letter in "ابتثجحخدذرزسشصضطظعفقكلمنهويءؤئ"} <= {
        chr(code) for code in range(0xC0, 0xDF)
    }


def test_search_finds_any_spelling_and_maps_to_the_original(story, index) -> None:
    article = [p.text for p in story.paragraphs]
    # Whole words: الاصطناعية (its feminine) is another word.
    expected = sum(len(re.findall(r"\bالاصطناعي\b", text)) for text in article)
    assert expected < sum(text.count("الاصطناعي") for text in article)
    for query in ("الاصطناعي", "الاصطناعى", "الاصطـناعي", "الاصْطِنَاعِي"):
        hits = index.find(query)
        assert len(hits) == expected
        for hit in hits:
            assert article[hit.paragraph][hit.start : hit.end] == "الاصطناعي"


def test_search_by_digits_in_either_script(index, story) -> None:
    [hit] = index.find("٢٠٢٤")
    assert story.paragraphs[hit.paragraph].text[hit.start : hit.end] == "2024"


def test_latin_query_finds_the_arabic_mentions(index, story) -> None:
    result = index.search("wang")
    assert [e.id for e in result.entities] == ["alexandr-wang"]
    shown = {story.paragraphs[h.paragraph].text[h.start : h.end] for h in result.hits}
    assert shown == {"ألكسندر وانغ", "وانغ"}
    article = "\n".join(p.text for p in story.paragraphs)
    assert len(result.hits) == article.count("وانغ")  # a full name counts once


def test_mentions_with_proclitics_counted_independently(index, story) -> None:
    article = "\n".join(p.text for p in story.paragraphs)
    meta = story.entities["meta"]
    assert len(index.mentions(meta)) == article.count("ميتا")
    # "لفيسبوك" (ل + فيسبوك) is Facebook's one mention.
    [facebook] = index.mentions(story.entities["facebook"])
    assert story.paragraphs[facebook.paragraph].text[facebook.start : facebook.end] == "فيسبوك"
    # "لوانغ" and "ووانغ" are Wang with a proclitic.
    wang = index.mentions(story.entities["alexandr-wang"])
    context = {story.paragraphs[s.paragraph].text[s.start - 1 : s.end] for s in wang}
    assert "لوانغ" in context and "ووانغ" in context
    scale = index.mentions(story.entities["scale-ai"])
    independent = len(re.findall(r"سكيل إيه آي|Scale AI", article))
    assert len(scale) == independent


def test_mentions_are_whole_words_and_article_aware() -> None:
    entity = Entity("ai", "الذكاء", "Intelligence", "product", "x", ("الذكاء",))
    text = "الذكاء وللذكاء وبالذكاء والذكاءات ذكاء"
    spans = StoryIndex([text], [entity]).mentions(entity)
    assert [text[s.start : s.end] for s in spans] == ["الذكاء", "لذكاء", "الذكاء"]


def test_empty_and_one_letter_queries(index) -> None:
    assert index.find("") == [] and index.find("   ") == []
    assert index.entities_named("a") == []


# -- what a query matches (search/matching.py) ---------------------------------------------


def found(query: str, text: str) -> list[str]:
    """The original text of every hit of `query` in one paragraph."""
    return [text[s.start : s.end] for s in StoryIndex([text]).find(query)]


def test_whole_words_not_inside_longer_words() -> None:
    text = "العلامات التجارية وميتاهم ثم لاما وميتا"
    assert found("لاما", text) == ["لاما"]  # not the لاما inside العلامات
    assert found("ميتا", text) == ["ميتا"]  # the last word (و + ميتا), not ميتاهم
    assert found("تجار", text) == []
    assert found("Scale", "ScaleAI and Scale AI") == ["Scale"]


@pytest.mark.parametrize("proclitic", sorted(PROCLITICS))
def test_every_proclitic_sequence_may_precede_the_query(proclitic: str) -> None:
    text = f"قال {proclitic}وانغ إن"
    assert found("وانغ", text) == ["وانغ"]
    assert found("وانغ", f"قال س{proclitic}وانغ") == []  # a letter before is another word


def test_the_hit_is_the_query_without_its_proclitics() -> None:
    text = "ووانغ لوانغ فبالذكاء للذكاء"
    index = StoryIndex([text])
    assert [(s.start, s.end) for s in index.find("وانغ")] == [(1, 5), (7, 11)]
    # The article in the query: ل + الذكاء is spelt للذكاء, and its hit is لذكاء.
    assert found("الذكاء", text) == ["الذكاء", "لذكاء"]
    assert found("ذكاء", text) == ["ذكاء", "ذكاء"]


@given(
    prefix=st.text(alphabet="وفبكلاسمن", max_size=5),
    word=st.text(alphabet="ميتاسكرن", min_size=2, max_size=6).filter(lambda w: w[0] not in "ا"),
)
def test_a_word_is_found_after_exactly_the_proclitic_sequences(prefix: str, word: str) -> None:
    text = f"نص {prefix}{word} نص"
    hits = [(h.start - 3, h.end - 3) for h in StoryIndex([text]).find(word)]
    whole = prefix + word
    # Where the word ends the text's word, after a proclitic sequence (or nothing).
    expected = [
        (at, len(whole))
        for at in range(len(whole))
        if whole[at:] == word and whole[:at] in PROCLITICS
    ]
    assert hits == expected
    assert (prefix in PROCLITICS) == ((len(prefix), len(whole)) in hits)


def test_enclitics_are_not_stripped_but_a_substring_query_finds_them() -> None:
    text = "أعلنت الشركة صفقتها مع ميتا"
    assert found("صفقت", text) == []
    assert found("~صفقت", text) == ["صفقت"]
    assert found("~لاما", "العلامات") == ["لاما"]
    assert found("  ~  لاما", "العلامات") == ["لاما"]


def test_numbers_are_whole_too() -> None:
    text = "في 2015 دفعت 15.5 ثم 15 مليار و4.3% وبـ15 دولارا"
    assert found("15", text) == ["15", "15"]  # not in 2015 or 15.5; بـ15 (ب + tatweel)
    assert found("4.3", text) == ["4.3"]
    assert found("3", text) == []
    assert found("15.5", text) == ["15.5"]


@pytest.mark.parametrize(
    "gap", [" ", "   ", "\u00a0", "\t", " \u200c ", "\u2009", " \u00a0 \u202f"]
)
def test_multi_word_queries_match_across_any_run_of_spaces(gap: str) -> None:
    text = f"قال ألكسندر{gap}وانغ أمس"
    assert found("ألكسندر وانغ", text) == [f"ألكسندر{gap}وانغ"]
    assert found("ألكسندر    وانغ", text) == [f"ألكسندر{gap}وانغ"]
    assert found("ألكسندر\u00a0وانغ", "ألكسندر وانغ") == ["ألكسندر وانغ"]


def test_no_hit_crosses_a_paragraph_break_in_a_folded_buffer() -> None:
    matcher = compile_query("ألكسندر وانغ")
    assert matcher is not None
    buffer = fold("قال ألكسندر\nوانغ ثم ألكسندر وانغ").text
    assert list(matcher.spans(buffer)) == [(20, 32)]


def test_a_rejected_place_does_not_hide_an_overlapping_one() -> None:
    # سميتا is not a word the query starts; the query's second word starts one.
    assert found("ميتا ميتا", "سميتا ميتا ميتا") == ["ميتا ميتا"]


def test_proclitics_only_before_the_first_word() -> None:
    assert found("ألكسندر وانغ", "وألكسندر وانغ") == ["ألكسندر وانغ"]
    assert found("ألكسندر وانغ", "ألكسندر ووانغ") == []


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("جوجل", "أعلنت غوغل أمس"),
        ("غوغل", "أعلنت جوجل أمس"),
        ("وانج", "قال وانغ"),
        ("زوكربيرج", "مارك زوكربيرغ"),
        ("گوگل", "جوجل"),  # Persian gaf
        ("ڤيسبوك", "فيسبوك"),  # veh
        ("49٪", "حصة 49%"),  # Arabic percent sign
        ("وانغ, مؤسس", "وانغ، مؤسس"),  # Arabic comma
        ("لماذا?", "لماذا؟"),  # Arabic question mark
        ("4٫3", "4.3"),  # Arabic decimal separator
        ("٤٫٣٪", "4.3%"),
    ],
)
def test_variant_spellings_are_found(query: str, text: str) -> None:
    assert len(StoryIndex([text]).find(query)) == 1


def test_g_folding_finds_every_wang_in_the_article(index, story) -> None:
    article = "\n".join(p.text for p in story.paragraphs)
    assert "وانج" not in article and article.count("وانغ") > 2
    assert len(index.find("وانج")) == len(index.find("وانغ")) == article.count("وانغ")


# -- text pasted from a shaped screen (search/pasted.py) -----------------------------------


def test_a_visual_paste_reads_back_in_the_order_its_joining_allows() -> None:
    visual = "ﺎﺘﻴﻣ"  # ميتا as a terminal shows it: last letter first
    assert readings(visual) == ("ﻣﻴﺘﺎ",)
    assert readings("ﻣﻴﺘﺎ") == ("ﻣﻴﺘﺎ",)  # presentation forms in logical order (a PDF)
    assert readings("ميتا") == ("ميتا",)  # typed: as it is
    assert readings("ﺎﻣ") == ("ﻣﺎ",)  # ما: read as it is, its ends would join nothing
    # Letters that never join (دار) cannot tell: both orders are tried.
    assert set(readings("ﺭﺍﺩ")) == {"ﺩﺍﺭ", "ﺭﺍﺩ"}
    # A word copied in part still has a best order: ﻣﻴﺘ (the start of ميتا) drawn ﺘﻴﻣ.
    assert readings("ﺘﻴﻣ") == ("ﻣﻴﺘ",)


def test_visual_and_logical_pastes_find_the_passage(story, index) -> None:
    expected = index.find("ميتا")
    assert index.find("ﺎﺘﻴﻣ") == expected  # visual, as copied off this app
    assert index.find("ﻣﻴﺘﺎ") == expected  # logical presentation forms
    assert index.find("ﺔﻘﻔﺼﻟﺍ") == index.find("الصفقة")
    assert index.find("ﺭﻻﻭﺩ") == index.find("دولار")  # the lam-alef ligature, reversed whole


def test_mixed_visual_lines_read_back() -> None:
    # A right-to-left line: words reversed, Latin and numbers kept left to right.
    assert visual_to_logical("ﺭﺎﻴﻠﻣ 15 ﺭﺎﻤﺜﺘﺳﺍ", "rtl") == "ﺍﺳﺘﺜﻤﺎﺭ 15 ﻣﻠﻴﺎﺭ"
    assert visual_to_logical("ﺲﺳﺆﻣ ،(Scale AI)", "rtl") == "(Scale AI)، ﻣﺆﺳﺲ"
    assert visual_to_logical("%49 ﻦﻣ", "rtl") == "ﻣﻦ 49%"  # % after an Arabic number
    assert visual_to_logical("6 ،5 ،4", "rtl") == "4، 5، 6"  # three numbers, not one
    assert visual_to_logical("ﻦﻣ Meta 49%", "rtl") == "Meta 49% ﻣﻦ"  # % in a Latin run
    assert visual_to_logical("ﻦﻣ 4.3", "rtl") == "4.3 ﻣﻦ"
    # A left-to-right line: only its Arabic runs read backwards.
    assert visual_to_logical("Meta (ﺎﺘﻴﻣ) said", "ltr") == "Meta (ﻣﻴﺘﺎ) said"
    assert "Meta (ﻣﻴﺘﺎ) said" in readings("Meta (ﺎﺘﻴﻣ) said")
    english = "Meta paid 15 مليار دولار, they said"
    pasted = LayoutEngine().visual(english)  # as the engine draws it on a left-to-right line
    assert pasted.startswith("Meta paid 15 ﺭﻻﻭﺩ ﺭﺎﻴﻠﻣ")
    assert found(pasted, english) == [english]


@pytest.mark.parametrize("width", [24, 47, 90])
def test_every_line_the_layout_engine_draws_is_found_when_pasted(story, index, width) -> None:
    engine = LayoutEngine()
    checked = 0
    for paragraph in story.paragraphs:
        for line in engine.layout(paragraph.text, width).lines:
            pasted = line.text.strip()
            if not any("\ufb50" <= c <= "\ufefe" for c in pasted):
                continue  # no Arabic glyph: typed text, searched as it is
            logical = paragraph.text[line.start : line.end].strip()
            start = paragraph.text.index(logical, line.start)
            # The hit may leave out what folds to nothing at its edge (the tatweel of لـ).
            hits = {
                fold_query(paragraph.text[h.start : h.end])
                for h in index.find(pasted)
                if (h.paragraph, h.start) == (paragraph.index, start)
            }
            assert hits == {fold_query(logical)}, pasted
            checked += 1
    assert checked > 20


def test_isolated_glyphs_pasted_are_read_in_either_order() -> None:
    # أم is drawn as two isolated glyphs (alef never joins the letter after it), which do
    # not say their order: pasted, it finds أم and ما alike (found by Hypothesis).
    text = "هل هي رؤية أم ما زال الأمر مبكراً"
    assert found("ﻡﺃ", text) == ["أم", "ما"]
    assert found("ﺎﻣ", text) == ["ما"]  # joined glyphs say their order


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_run_of_arabic_words_copied_off_a_drawn_line_is_found(data) -> None:
    engine = LayoutEngine()
    body = [p.text for p in bundled_story().paragraphs if p.kind == "body"]
    text = body[data.draw(st.integers(0, len(body) - 1), label="paragraph")]
    layout = engine.layout(text, data.draw(st.integers(20, 100), label="width"))
    line = layout.lines[data.draw(st.integers(0, len(layout.lines) - 1), label="line")]
    words = line.text.split(" ")
    first = data.draw(st.integers(0, len(words) - 1), label="first word")
    run = []
    for word in words[first:]:  # consecutive visual words that are Arabic glyphs only
        if not word or not all("\ufb50" <= c <= "\ufefe" for c in word):
            break
        run.append(word)
        if data.draw(st.booleans()):
            break
    if not run:
        return
    pasted = " ".join(run)
    logical = fold_query(" ".join(unicodedata.normalize("NFKC", w[::-1]) for w in reversed(run)))
    shown = {fold_query(text[h.start : h.end]) for h in StoryIndex([text]).find(pasted)}
    assert logical in shown
    # Elsewhere the same words, or another order the glyphs allow (isolated forms do not
    # say their order: ﻡﺃ is أم or ما), or after ل the article's ل alone (للذكاء: لذكاء).
    allowed = {fold_query(reading) for reading in readings(pasted)}
    article = fold_query("ال")
    allowed |= {folded[1:] for folded in allowed if folded.startswith(article)}
    assert shown <= allowed


# -- the matcher runs over any folded buffer -----------------------------------------------


@settings(max_examples=80, deadline=None)
@given(
    paragraphs=st.lists(
        st.text(alphabet="وانغجلميتا بكال\u00a0ـَ٤%.", max_size=30), min_size=1, max_size=5
    ),
    query=st.sampled_from(["وانغ", "ميتا", "الميتا", "ال", "~ان", "وانج ميتا", "4%"]),
)
def test_a_buffer_of_paragraphs_gives_the_hits_the_index_gives(paragraphs, query) -> None:
    """What the compact index (one folded buffer, paragraphs joined by newlines) relies on."""
    matcher = compile_query(query)
    assert matcher is not None
    folded = [fold(p) for p in paragraphs]
    buffer = "\n".join(f.text for f in folded)
    starts = [0]
    for f in folded:
        starts.append(starts[-1] + len(f.text) + 1)
    from_buffer = []
    for start, end in matcher.spans(buffer):
        which = max(i for i, s in enumerate(starts[:-1]) if s <= start)
        assert end <= starts[which] + len(folded[which].text)  # never across the break
        a, b = folded[which].span(start - starts[which], end - starts[which])
        from_buffer.append(Span(which, a, b))
    assert from_buffer == StoryIndex(paragraphs).find(query)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="وانغ لبكفميتال.،", max_size=40))
def test_every_hit_is_a_whole_word_after_proclitics(text: str) -> None:
    folded = fold(text).text
    matcher = compile_query("وانغ")
    assert matcher is not None
    for start, end in matcher.spans(folded):
        assert folded[start:end] == fold_query("وانج")
        assert end == len(folded) or not folded[end].isalnum()
        first = start
        while first > 0 and folded[first - 1].isalnum():
            first -= 1
        assert folded[first:start] in FOLDED_PROCLITICS


def test_mentions_benefit_from_the_same_folding() -> None:
    google = Entity("google", "غوغل", "Google", "company", "x", ("غوغل",))
    text = "جوجل ولغوغل وغوغلي وجوجل\u00a0ميتا"
    spans = StoryIndex([text], [google]).mentions(google)
    assert [text[s.start : s.end] for s in spans] == ["جوجل", "غوغل", "جوجل"]
    pasted = Entity("meta", "ميتا", "Meta", "company", "x", ("ﺎﺘﻴﻣ",))  # a form pasted in a pack
    [meta] = StoryIndex([text], [pasted]).mentions(pasted)
    assert text[meta.start : meta.end] == "ميتا"


def test_a_latin_query_names_entities_by_whole_words(index) -> None:
    assert [e.id for e in index.entities_named("wang")] == ["alexandr-wang"]
    assert index.entities_named("wan") == []
    assert [e.id for e in index.entities_named("~wan")] == ["alexandr-wang"]
    assert index.entities_named("~a") == []  # one letter names nothing, with ~ too


# -- one paragraph's mentions, found in that paragraph alone -------------------------------


@pytest.mark.parametrize("chunk_chars", [1 << 20, 300])  # one chunk; a chunk every few paragraphs
def test_a_paragraphs_mentions_are_the_whole_books_there(
    story, chunk_chars: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("scaletui.search.buffer.CHUNK_CHARS", chunk_chars)
    whole = StoryIndex([p.text for p in story.paragraphs], story.entities.values())
    each = StoryIndex([p.text for p in story.paragraphs], story.entities.values())
    while each.folded_count < len(story.paragraphs) // 2:  # the rest folded when asked for
        each.fold_more(batch=2)
    found = 0
    for entity in story.entities.values():
        for paragraph in range(len(story.paragraphs) + 1):  # one past the end: none
            expected = tuple(s for s in whole.mentions(entity) if s.paragraph == paragraph)
            assert each.mentions_in(entity, paragraph) == expected, (entity.id, paragraph)
            found += len(expected)
    assert found > 20  # the story names its people and rivals often
    assert chunk_chars > 1000 or len(each.buffer.chunks) > 3


@settings(max_examples=60, deadline=None)
@given(
    paragraphs=st.lists(
        st.text(alphabet="وانغجلميتا بكال\u00a0ـَ٤%.", max_size=30), min_size=1, max_size=5
    ),
    form=st.sampled_from(["وانغ", "ميتا", "الميتا", "وانج ميتا", "4%"]),
)
def test_mentions_in_a_paragraph_are_its_share_of_the_mentions(paragraphs, form) -> None:
    entity = Entity("e", form, "E", "company", "x", (form,))
    index = StoryIndex(paragraphs, [entity])
    every = index.mentions(entity)
    for paragraph in range(len(paragraphs)):
        share = tuple(s for s in every if s.paragraph == paragraph)
        assert StoryIndex(paragraphs, [entity]).mentions_in(entity, paragraph) == share


def test_a_paragraphs_chunk_is_looked_up_not_walked_to(monkeypatch) -> None:
    """A cursor move asks for its paragraph's spans once per person the book names: the
    paragraph's chunk is looked up, not found by walking every chunk of the book."""
    monkeypatch.setattr(buffer, "CHUNK_CHARS", 10)
    index = StoryIndex([f"قال وانغ {n}" for n in range(50)])
    while not index.fold_more(3):
        pass
    chunks = index.buffer.chunks
    assert len(chunks) > 5

    class Unwalkable(list[buffer.Chunk]):
        def __iter__(self) -> Iterator[buffer.Chunk]:
            raise AssertionError("the chunks were walked")

    index.buffer.chunks = Unwalkable(chunks)
    matcher = compile_query("وانغ")
    assert matcher is not None
    for paragraph in (0, 37, 49):
        spans = list(index.buffer.paragraph_spans(paragraph, matcher.spans))
        assert spans == [(paragraph, 4, 8)]


def test_a_paragraphs_mentions_are_looked_for_in_its_text_alone(story) -> None:
    """What keeps a cursor move's cost to its paragraph: the matcher is shown one
    paragraph's folded text, not the book's."""
    paragraphs = [p.text for p in story.paragraphs]
    index = StoryIndex(paragraphs, story.entities.values())
    index.fold_all()
    seen: list[str] = []
    matcher = compile_query("وانغ")
    assert matcher is not None

    def find(text: str):
        seen.append(text)
        return matcher.spans(text)

    wang = next(i for i, text in enumerate(paragraphs) if "وانغ" in text and i > 0)
    spans = list(index.buffer.paragraph_spans(wang, find))
    assert seen == [fold(paragraphs[wang]).text]
    assert spans and {paragraph for paragraph, _, _ in spans} == {wang}
