"""Names that kin of two, a double إن and a family of two words bound, on sentences
written for the test (no article's names)."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def people(*texts: str) -> set[str]:
    entities = draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "").entities
    return {e.name_ar for e in entities if e.kind == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "وقتل عدي وقصي نجلا الرئيس السابق في هجوم على المنزل.",
        "ودفن الجثمان قرب نجلي الرئيس عدي وقصي في المقبرة.",
    ],
)
def test_kin_of_two_names_the_two_one_word_each(text: str) -> None:
    """`X وY نجلا Z` and `نجلي Z X وY`: the dual kin word says the two words joined by
    "and" are two people; it is never a name's word itself."""
    assert people(text) == {"عدي", "قصي"}, people(text)


@pytest.mark.parametrize(
    "text",
    [
        "وشارك نجلا الرئيس في الحفل والاستقبال الرسمي.",
        "وحضر نجلي الرئيس الحفل ووزعا الجوائز على الفائزين.",
    ],
)
def test_kin_of_two_without_names_names_no_one(text: str) -> None:
    """The kin and whose they are, then what they did: no one named."""
    assert people(text) == set(), people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال رئيس كوريا الجنوبية مون جاي إن إن المحادثات مثمرة.", "مون جاي إن"),
        ("وأكد الرئيس الكوري الجنوبي مون جاي إن أن بلاده مستعدة للحوار.", "مون جاي إن"),
    ],
)
def test_a_double_that_keeps_the_name_word_before_it(text: str, name: str) -> None:
    """ "That" is said once: of two إن (or إن أن) after a name, the first is the name's."""
    assert people(text) == {name}, people(text)


def test_one_that_after_a_name_is_not_the_name() -> None:
    """A single إن after a name of two words begins what was said."""
    assert people("وقال رئيس الوزراء سالم جابر إن المحادثات مثمرة.") == {"سالم جابر"}


def test_a_speaker_family_of_two_words_with_the_article() -> None:
    """`وأضاف X البندر السعدون أن`: a branch and a tribe, both with the article, then what
    he said; officials of a body (`مسؤولو البيت الأبيض`) are no one's name."""
    assert people("وأضاف عواد البندر السعدون أن المحكمة ستنعقد غدا.") == {"عواد البندر السعدون"}
    assert people("وقال مسؤولو البيت الأبيض إن الرئيس بخير.") == set()
