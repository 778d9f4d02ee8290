"""Figures written with the Arabic comma, as AlKhaleej's business news writes them: to
group thousands and as a decimal point. Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def figures(text: str) -> dict[str, float]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {f.label_ar: f.value for f in drafted.numbers}


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("وبلغت قيمة التداولات 45،2 مليون درهم أمس.", "45،2 مليون درهم", 45.2e6),
        ("وارتفع سهم الشركة بنسبة 0،14% في الجلسة.", "0،14%", 0.14),
        ("وزاد رأس المال إلى 48،512،500 درهم.", "48،512،500 درهم", 48512500),
        ("وتراجع المؤشر بنسبة 0.8 % في الجلسة.", "0.8 %", 0.8),
    ],
)
def test_a_comma_groups_thousands_or_marks_a_decimal(text: str, label: str, value: float) -> None:
    """Two groups of three digits or more are thousands; one or two digits after the
    comma are a decimal (a thousands group has three). A decimal below one is read too."""
    assert figures(text) == {label: value}


def test_a_figure_s_tail_after_a_comma_is_no_figure() -> None:
    """`4،160 صفقة` (4.16 or 4160?) is left out, and so is its tail (160 deals), and the
    tail of a misplaced comma (`بنسبة ،3،7`)."""
    found = figures("وتم تنفيذ 4،160 صفقة، وارتفع سهم الشركة بنسبة ،3،7 أمس.")
    assert found == {}, found
