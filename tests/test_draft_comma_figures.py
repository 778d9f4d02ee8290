"""Figures written with the Arabic comma, as AlKhaleej's business news writes them: to
group thousands and as a decimal point. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_files import drafted_pack
from scaletui.cli import main
from scaletui.story import Paragraph, load_story
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


def test_a_pack_drafted_from_comma_figures_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The validator reads the Arabic comma between digits as the drafter does: the
    drafted figures' values are what their evidence says, and the pack validates."""
    out = drafted_pack(
        tmp_path,
        capsys,
        "market.txt",
        "تقرير السوق\n\nوتم تداول 50،986،613 سهماً من شركة النور، وبلغت قيمة التداولات "
        "45،2 مليون درهم، وارتفع السهم بنسبة 0،14% في العام 2011 و،2012.\n",
    )
    assert main(["validate", str(out)]) == 0
    values = {n.value for n in load_story(out).numbers}
    assert {50986613, 45.2e6, 0.14, 2011, 2012} <= values, values


def test_a_pack_drafted_from_thousands_in_words_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`30 ألف منتج` is drafted as "30,000 (a count)": the English reads as 30000 or as
    30.0 (a decimal comma), and the evidence's 30 thousand holds it."""
    drafted_pack(
        tmp_path,
        capsys,
        "fair.txt",
        "معرض التسوق\n\nويعرض المعرض أكثر من 30 ألف منتج هذا العام.\n",
    )


def test_latin_commas_grouping_thousands_are_read_and_the_pack_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`12,345,678 سهماً` (two groups) and `4,321.5 نقطة` (groups and a decimal point)
    group thousands; `2,500 صفقة` (one group alone) could be a decimal comma, left out."""
    out = drafted_pack(
        tmp_path,
        capsys,
        "market.txt",
        "تقرير السوق\n\nوتم تداول 12,345,678 سهماً بقيمة 61,234,567.250 درهم في 2,500 "
        "صفقة، وأغلق المؤشر عند 4,321.5 نقطة.\n",
    )
    values = {n.value for n in load_story(out).numbers}
    assert values == {12345678, 61234567.25, 4321.5}, values
