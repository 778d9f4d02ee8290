"""Bodies in sports news: a club's name ends before "and" another side or body (نادي X
ومنتخب مصر), a head written twice names once, and a quoted venue (ملعب «ويمبلي») is no
body. Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


@pytest.mark.parametrize(
    ("text", "body", "not_body"),
    [
        ("سافر إسلام عيسى، لاعب نادي سيراميكا ومنتخب مصر، إلى ألمانيا للعلاج.",
         "نادي سيراميكا", "نادي سيراميكا ومنتخب مصر"),
        ("بدأت إدارة نادي نادي الزمالك اتخاذ خطوات جادة.", "نادي الزمالك",
         "نادي نادي الزمالك"),
    ],
)  # fmt: skip
def test_a_club_s_name_ends_before_another_noun(text: str, body: str, not_body: str) -> None:
    drafted = bodies(text)
    assert body in drafted
    assert not_body not in drafted


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a name's own "and" word stays: the word after و is no common noun here
        ("وأعلنت شركة جونسون وجونسون نتائجها الفصلية.", "جونسون وجونسون"),
    ],
)
def test_a_name_s_own_and_stays(text: str, body: str) -> None:
    assert any(body in name for name in bodies(text))


def test_a_quoted_venue_is_no_body() -> None:
    assert "ويمبلي" not in bodies("وخسر المنتخب أمام اليابان على ملعب «ويمبلي».")


def test_a_quoted_name_after_a_verb_is_still_a_body() -> None:
    assert "كيبلر" in bodies("وتشير بيانات نشرتها أمس «كيبلر» إلى تراجع الصادرات.")
