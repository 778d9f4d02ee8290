"""People named after a role in the dual or the plural (`الرئيسان X وY`, `الوزراء X، Y
وZ`) and after a role by the family name alone (`المستشارة الألمانية X`), on sentences
written for the test (no article's names)."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def people(*texts: str) -> set[str]:
    entities = draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "").entities
    return {e.name_ar for e in entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "وبحث الرئيسان عبد الفتاح سليمان ومحمود درويش العلاقات الثنائية.",
            {"عبد الفتاح سليمان", "محمود درويش"},
        ),
        (
            "وبحث الرئيسان ماكي سال وألفا كوندي العلاقات الثنائية في داكار.",
            {"ماكي سال", "ألفا كوندي"},
        ),
        (
            "وحضر الاجتماع الوزراء أحمد الجابري، وخالد الفلاحي وسهيل المزروعي.",
            {"أحمد الجابري", "خالد الفلاحي", "سهيل المزروعي"},
        ),
        (
            "واستقبل الملكان سلمان بن عبدالعزيز ومحمد السادس الوفود المشاركة.",
            {"سلمان بن عبدالعزيز", "محمد السادس"},
        ),
    ],
)
def test_the_holders_of_a_role_of_two_or_more_are_listed_after_it(
    text: str, names: set[str]
) -> None:
    """A dual (ان, ين) or a plural role, then two names or more joined by "and" or commas."""
    assert people(text) == names, people(text)


@pytest.mark.parametrize(
    "text",
    [
        "واتفق الوزيران على مواصلة التنسيق بين البلدين.",
        "وبحث الرئيسان الأمريكي والروسي سبل التعاون.",
        "واجتمع الوزراء المعنيون في العاصمة لمناقشة الخطة.",
    ],
)
def test_a_role_of_two_or_more_without_names_names_no_one(text: str) -> None:
    """The role alone, or its adjectives, then what the holders did: no one named."""
    assert people(text) == set(), people(text)


def test_a_role_then_the_family_name_alone_is_the_person() -> None:
    """`رئيس الوزراء الإسرائيلي X إن`: the role, one word the name model begins a person
    with, then the name's end."""
    assert people("وقال رئيس الوزراء الإسرائيلي نتنياهو إن إسرائيل سترد.") == {"نتنياهو"}


def test_the_family_name_after_a_role_merges_with_the_full_name() -> None:
    """The text gives the full name first: the role and the family name are the same
    person, not a second one."""
    found = people(
        "وصل بنيامين نتنياهو إلى واشنطن أمس.",
        "وقال رئيس الوزراء الإسرائيلي نتنياهو إن إسرائيل سترد.",
    )
    assert found == {"بنيامين نتنياهو"}, found


@pytest.mark.parametrize(
    "text",
    [
        "وقال الرئيس الأمريكي أمس إن بلاده سترد.",
        "وأعلن رئيس الوزراء البريطاني أن الحكومة ستستقيل.",
        "وأكد الوزير خلال اللقاء أن التعاون مستمر.",
        "وقال بيان للمكتب الإعلامي لعلاوي، إن علاوي سيعود إلى بغداد.",
    ],
)
def test_a_role_then_no_family_name_names_no_one_after_it(text: str) -> None:
    """A time, a clause or a preposition with a name the text writes bare (لعلاوي: "of
    Allawi") after the role: no family name there."""
    assert people(text) == set(), people(text)
