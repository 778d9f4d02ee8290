"""Arabic folding, search hits and entity mentions, checked against the text itself."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scaletui.search import StoryIndex, fold, fold_query
from scaletui.story import Entity


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
