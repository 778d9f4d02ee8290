"""Publishing houses and companies of the arts (دار X) in culture news: named where the text
says what the house does (للنشر, للتمثيل, ناشرون), that it published (صدر عن, منشورات) or
dates a book of it (2013); not a house's kind (دار نشر) nor a house for something (دار
للمسرح). Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


@pytest.mark.parametrize(
    ("text", "house"),
    [
        ("أصدرت دار صفصافة للنشر، بالقاهرة، باكورة إنتاجها الروائي.", "دار صفصافة للنشر"),
        ("وتعرض دار آفاق للنشر والتوزيع كتبها في المعرض.", "دار آفاق للنشر والتوزيع"),
        ("حيث أنشأ أحمد السباعي دار قريش للتمثيل في مكة المكرمة.", "دار قريش للتمثيل"),
        ("وفاز الكتاب الصادر عن دار العربية للعلوم ناشرون بالجائزة.",
         "دار العربية للعلوم ناشرون"),
        ("وشاركت ودار كلمات لكتاب الطفل في المعرض.", "دار كلمات لكتاب الطفل"),
        ("صدر مؤخراً عن دار الفجر في أبوظبي، الديوان الشعري الأول.", "دار الفجر"),
        ("ومن منشورات دار الكتاب الجديد المتحدة (2013)، ورواية أخرى.",
         "دار الكتاب الجديد المتحدة"),
        ("ورواية ثالثة، دار الأمان (2012)، ورواية رابعة.", "دار الأمان"),
    ],
)  # fmt: skip
def test_a_named_house(text: str, house: str) -> None:
    assert house in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتعاقدت معه دار نشر إماراتية لشراء حقوق الرواية.",
        "وقد حولت المدينة المبنى إلى دار للمسرح أو لعرض الأفلام.",
        "وزار الوفد دار الضيافة في المدينة أمس.",  # no trade, nothing published: unnamed
    ],
)
def test_no_named_house(text: str) -> None:
    assert not any(name.startswith("دار") for name in bodies(text))


def test_a_listed_company_s_article_is_no_house() -> None:
    drafted = bodies("وارتفع سهم الدار العقارية 2% إلى 1.2 درهم.")
    assert not any(name.startswith("دار") for name in drafted)
