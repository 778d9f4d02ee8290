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
