"""A state's bodies named by the article and a nationality: its government, army,
police and parliament (الحكومة التركية، الجيش الأمريكي), whole without what follows them;
a central bank by its office (الاحتياطي الفدرالي الأمريكي). A country's leadership or
administration stays unnamed. Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("والجهود التي تبذلها الحكومة التركية من أجل المساهمة في الإعمار.", "الحكومة التركية"),
        ("وأقر البرلمان الموريتاني القانون أمس.", "البرلمان الموريتاني"),
        ("وأعلنت الشرطة العراقية اعتقال خمسة.", "الشرطة العراقية"),
        ("وكانت الطائرات عماد أسطول الجيش الأمريكي للتزويد بالوقود جواً.", "الجيش الأمريكي"),
        ("وقرر الاحتياطي الفدرالي الأمريكي رفع الفائدة.", "الاحتياطي الفدرالي الأمريكي"),
    ],
)
def test_a_state_s_body_is_named_by_its_country(text: str, body: str) -> None:
    assert bodies(text) == {body}, bodies(text)


def test_a_country_s_leadership_or_administration_is_no_body() -> None:
    found = bodies("وقالت القيادة الإيرانية إنها سترد، ورحبت الإدارة الأمريكية بالقرار.")
    assert found == set(), found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وقالت الوزارة إن النيابة الجزائية في المحافظة بدأت التحقيق.", "النيابة الجزائية"),
        ("وأعلنت المحكمة الجزائية المتخصصة أنها استأنفت المحاكمة.", "المحكمة الجزائية المتخصصة"),
    ],
)
def test_a_court_or_a_prosecutor_is_named_by_what_it_tries(text: str, body: str) -> None:
    assert body in bodies(text), bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وينتظر المستثمرون قرار لجنة السوق المفتوحة الفدرالية بشأن الفائدة.",
         "لجنة السوق المفتوحة الفدرالية"),
        ("وتسعى منسقية المعارضة الموريتانية إلى نقل الملف إلى البرلمان.",
         "منسقية المعارضة الموريتانية"),
    ],
)  # fmt: skip
def test_a_committee_or_a_coordination_is_named_by_what_follows_its_head(
    text: str, body: str
) -> None:
    assert body in bodies(text), bodies(text)
