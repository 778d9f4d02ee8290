"""Given names written with the article (الأخضر، الباجي، الصادق، المنصف، الحبيب), as the
Maghreb, Sudan and Libya write them, on sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def people(*texts: str) -> set[str]:
    entities = draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "").entities
    return {e.name_ar for e in entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المبعوث الأممي إلى سوريا الأخضر الزواوي إن المؤتمر سيعقد.", "الأخضر الزواوي"),
        (
            "وحذر رئيس الوزراء التونسي المؤقت الباجي قائد الغنوشي، أمس، من الفوضى.",
            "الباجي قائد الغنوشي",
        ),
        ("وقال الرئيس التونسي المنصف الجبالي إن الحكومة ستستقيل.", "المنصف الجبالي"),
        ("وأكد الحبيب الصيد رئيس الحكومة أن الإصلاحات مستمرة.", "الحبيب الصيد"),
        ("وقال الصادق المهدي زعيم حزب الأمة إن الحوار فشل.", "الصادق المهدي"),
    ],
)
def test_a_given_name_with_the_article_led_by_a_role_or_a_verb(text: str, name: str) -> None:
    """A role (its adjectives and place between), a speech verb or a mark, then the given
    name with the article and its family name, then the name's end."""
    assert people(text) == {name}, people(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس الحزب الأخضر الإسلامي إن الحزب فاز بالانتخابات.",
        "ورفع العلم الأخضر الليبي في الساحة أمس.",
        "وأشار إلى أن أعضاء أوبك في الخليج العربي اضطروا إلى خفض الإنتاج.",
        "وهو الحاكم الطيب الذي أحبه الناس.",
    ],
)
def test_the_same_words_as_adjectives_name_no_one(text: str) -> None:
    """أخضر (green), طيب (good): an adjective of the noun before, a nationality or a verb
    after it, or no role, place or verb leading it."""
    assert people(text) == set(), people(text)
