"""Team sheets in sports news: players listed under their positions or with their shirt
numbers, with no cue word before each name. Sentences written for the test."""

from __future__ import annotations

import pytest

from drafted_names import people


def test_players_listed_under_their_positions_are_people() -> None:
    text = (
        "وأعلن المدرب تشكيلة فريقه لمواجهة الغد.\n"
        "\tخط الوسط: محمد مخلوف، محمود حمادة، أسامة زمراوي، يوسف شعبان.\n"
        "\tالهجوم: أحمد طمين، صلاح محسن"
    )
    found = people(text)
    assert {"محمد مخلوف", "محمود حمادة", "أسامة زمراوي", "يوسف شعبان", "أحمد طمين",
            "صلاح محسن"} <= found, found  # fmt: skip


def test_a_player_s_name_ends_at_his_line() -> None:
    """The last name of a line is not run on into the next line's label."""
    text = "\tالوسط: أحمد بلحاج، محمد رضا، كريم الدبيس\n\tالهجوم: محمد لاكاي، عمرو سعيد."
    found = people(text)
    assert "كريم الدبيس" in found, found
    assert not any("\n" in name for name in found), found


def test_players_with_their_shirt_numbers_are_people() -> None:
    text = 'مالك عمرو (16) – ياسين تامر (4) - عادل علاء (6) - عبد العزيز خالد "إيفونا" (17).'
    found = people(text)
    assert {"مالك عمرو", "ياسين تامر", "عادل علاء", "عبد العزيز خالد"} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        # causes with counts, not players: no given name begins them
        "وعدد المحلل الأسباب: ضعف الدفاع (2) - غياب التركيز (4) - سوء الحظ (3).",
        # a position's word in a sentence, not a label
        "وقال المدرب إن خط الوسط: يحتاج إلى تدعيم، وسرعة أكبر، وتركيز عال.",
        # a label whose list names no one
        "الهجوم: سريع ومنظم، ضغط عال، تمريرات قصيرة.",
    ],
)
def test_lists_that_are_no_team_sheet_name_no_one(text: str) -> None:
    assert people(text) == set(), people(text)
