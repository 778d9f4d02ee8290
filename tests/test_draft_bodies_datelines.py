"""Datelines that name a paper by a word that is also a place or a noun (الخليج, البيان,
الوطن), unquoted: `دبي - الخليج:`, `أبوظبي: الخليج هبط ...`; the same word elsewhere is
no outlet. Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def outlets(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind == "publication"}


@pytest.mark.parametrize(
    "text",
    [
        "دبي - الخليج: أعلنت الهيئة عن خطة جديدة للطرق.",
        "أبوظبي: الخليج هبط مؤشر السوق 0.29% عند مستوى 4537 نقطة.",
        "القدس المحتلة - الخليج: صادق البرلمان على القانون.",
    ],
)
def test_an_unquoted_paper_in_a_dateline_is_an_outlet(text: str) -> None:
    assert outlets(text) == {"الخليج"}


@pytest.mark.parametrize(
    "text",
    [
        "دبي - الخليج يشهد نمواً في التجارة هذا العام.",  # the Gulf, the subject
        "وقال إن الخليج يشهد نمواً في التجارة.",  # no dateline
    ],
)
def test_the_word_outside_a_dateline_is_no_outlet(text: str) -> None:
    assert outlets(text) == set()
