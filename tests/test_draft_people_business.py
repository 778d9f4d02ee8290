"""People in business news: a company named like a person (`دانة غاز`), a place of two
words with a given name (`جبل علي`), a count (`مليون سهم`): none is a person. Sentences
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
        "وركز المستثمرون مشترياتهم على أسهم شركات سلمى غاز والدار العقارية.",
        "وجاء في المركز الثاني سهم سلمى غاز ليغلق على مستوى 0.39 درهم.",
        "وتصدرت منطقة جبل علي التداولات بمبلغ 35 مليون درهم.",
        "وبلغ عدد الأسهم المتداولة 72 مليون سهم من «إعمار» عن طريق 1763 صفقة.",
    ],
)
def test_companies_places_and_counts_are_no_people(text: str) -> None:
    """A given name before a sector word or after سهم/شركات is a company; after جبل a
    place; مليون a count."""
    assert people(text) == set(), people(text)


def test_a_given_name_and_a_family_name_stay_a_person() -> None:
    """The near miss: a given name with a family name after a speech verb is a person."""
    assert people("وقالت سلمى الحمادي إن الشركة ستتوسع في المنطقة.") == {"سلمى الحمادي"}
