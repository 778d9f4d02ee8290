"""The outlet a source told something: ل glued to a name with the article (`لالخليج`),
which a common noun would write للـ. Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر مسؤول لالوطن: إن الوفد سيصل غداً.",
        "وأكدت المصادر لالوطن أن قوات معززة وصلت إلى المدينة.",
        "واعتبرت المصادر في تصريحات لالوطن إن الأزمة انتهت.",
    ],
)
def test_an_outlet_told_something_is_named_before_a_colon_or_the_particle_that(
    text: str,
) -> None:
    assert "الوطن" in bodies(text), bodies(text)


def test_a_quoted_name_after_a_body_and_its_status_is_another_name_for_it() -> None:
    """`وكالة الأنباء الكويتية الرسمية «كونا»`: the official agency and its initials are
    one body (the status adjective between them notwithstanding)."""
    drafted = draft_items(
        [Paragraph(0, "body", "ونشرته وكالة الأنباء الكويتية الرسمية «كونا»، أمس.")], ""
    )
    found = {e.name_ar: e.surface_forms for e in drafted.entities}
    assert found == {"وكالة الأنباء الكويتية": ("وكالة الأنباء الكويتية", "كونا")}, found


def test_a_quoted_place_is_no_body() -> None:
    """`عبر "هرمز"`: the strait quoted, not a company."""
    assert bodies('لماذا تشترط الدولة الدفع باليوان للمرور عبر "هرمز"؟') == set()


def test_a_quoted_word_after_bimathabat_is_a_description() -> None:
    """`بمثابة «تهديد»`: "amounts to a «threat»", what something is called, no name."""
    assert bodies("واعتبر الوزير الخطوة بمثابة «تهديد»، وطالب بوقفها.") == set()


def test_a_country_s_paper_named_today_keeps_its_today() -> None:
    """`لصحيفة الأردني اليوم المستقلة`: a paper named by its country and "today"; `صحيفة
    الغارديان اليوم` is the Guardian today."""
    assert "الأردني اليوم" in bodies("وقال في تصريحات لصحيفة الأردني اليوم المستقلة إن الوفد وصل.")
    assert "الغارديان" in bodies("وذكرت صحيفة الغارديان اليوم أن الوفد وصل.")


def test_a_quoted_name_after_taqniya_is_a_technology_not_a_company() -> None:
    """`تقنية «فلاش ستور»`: a technology named, as a product is after its head noun."""
    text = "وتعتمد الشركة على التقنيات المستحدثة مثل تقنية «فلاش ستور» الناشئة."
    assert bodies(text) == set(), bodies(text)


def test_the_outlet_an_interview_was_given_to_after_a_lone_lam() -> None:
    """`في مقابلة ل معاريف أمس`: ل written apart before the outlet's one-word name."""
    found = bodies("وأكد الوزير في مقابلة ل معاريف أمس أن المفاوضات متعثرة.")
    assert found == {"معاريف"}, found
