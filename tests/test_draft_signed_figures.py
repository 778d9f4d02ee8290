"""Figures written with a sign: a rise (`بنسبة +1.75%`، `+8.5 نقطة`) is read; a fall
(`بنسبة -4.00%`، `(−2.5%)`، `–3%`) is left out, never read as a rise (the validator reads
quotes unsigned: -4 would not validate); a sign in doubt leaves the figure out; a dash
that joins a model's name (`إف-16`) or starts a list (`- 237 مليار`) signs nothing.
Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_files import drafted_pack
from scaletui.story import load_story
from scaletui.story.draft.numbers import find_numbers


def figures(text: str) -> dict[str, tuple[float, str]]:
    return {text[f.start : f.end].strip(): (f.value, f.unit) for f in find_numbers(text)}


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("وارتفع السهم بنسبة +1.75% في أول جلسة.", "+1.75%", 1.75),
        ("وأغلق المؤشر مرتفعاً +8.5 نقطة عند مستواه.", "+8.5 نقطة", 8.5),
    ],
)
def test_a_rise_written_with_its_sign_is_read(text: str, label: str, value: float) -> None:
    """A market report signs a change: +1.75% is a rise of 1.75."""
    found = figures(text)
    assert found.get(label, (None,))[0] == value, found


@pytest.mark.parametrize(
    "text",
    [
        "وسجل السهم خسارة بنسبة -4.00% في جلسة أمس.",  # a fall: not a rise of 4
        "وتراجع المؤشر العام (−2.5%) في ختام التداول.",
        "وهبط سهم الشركة –3% بعد إعلان النتائج.",
        "وأغلق المؤشر متراجعاً -12.4 نقطة عند مستواه.",
        "وبلغت خسارة الشركة -3 ملايين درهم في الربع الأول.",  # a loss, or a list's dash
        "وانخفض سهم الشركة بنسبة 4%- من قيمته.",  # a sign moved after the figure
        "وسجلت الشركة، -8 آلاف سهم في الجلسة.",
        "ويمكن الاتصال بالرقم +97142223333 للاستفسار.",  # a phone's +
    ],
)
def test_a_fall_or_a_sign_in_doubt_leaves_the_figure_out(text: str) -> None:
    """A figure is left out rather than drafted without its sign or with one that may
    not be its own."""
    assert not figures(text), figures(text)


def test_a_dash_against_a_letter_or_at_a_list_s_start_signs_nothing() -> None:
    found = figures(
        "- 237 مليار جهاز في العالم. -15 مليون مستخدم. وحلقت طائرات إف-16 فوق 12 موقعاً."
    )
    assert found == {
        "237 مليار جهاز": (237e9, "count"),
        "15 مليون مستخدم": (15e6, "count"),
        "12 موقعاً": (12, "count"),
    }, found


def test_a_pack_drafted_from_signed_figures_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rise is in the pack with its value; the fall is not there at all."""
    out = drafted_pack(
        tmp_path,
        capsys,
        "market.txt",
        "تقرير السوق\n\nوسجل سهم الشركة خسارة بنسبة -4.00% في جلسة أمس، "
        "وارتفع سهم المصرف بنسبة +1.75% عند 82 درهماً.\n",
    )
    values = {n.value for n in load_story(out).numbers}
    assert values == {1.75, 82}, values


def test_a_figure_past_what_a_pack_holds_is_left_out_and_the_pack_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`8.4 كدريليون عملية` is past a pack's largest number and `1500%` past its largest
    percentage: left out, so the draft validates, with the figures it can hold."""
    out = drafted_pack(
        tmp_path,
        capsys,
        "tech.txt",
        "تقرير التقنية\n\nوتجري الحواسيب 8.4 كدريليون عملية، وارتفع عدد المستخدمين بنسبة "
        "1500% إلى 30 مليون مستخدم.\n",
    )
    values = {n.value for n in load_story(out).numbers}
    assert values == {30e6}, values
