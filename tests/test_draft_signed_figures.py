"""Figures written with a sign: a market's fall or rise (`بنسبة -4.00%`، `(+2.5%)`,
`–3%`، `+12.4 نقطة`) keeps its sign; a sign in doubt leaves the figure out; a dash that
joins a model's name (`إف-16`) or starts a list (`- 237 مليار`) signs nothing. Sentences
written for the test."""

from __future__ import annotations

import pytest

from scaletui.story.draft.numbers import find_numbers


def figures(text: str) -> dict[str, tuple[float, str]]:
    return {text[f.start : f.end].strip(): (f.value, f.unit) for f in find_numbers(text)}


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("وسجل السهم خسارة بنسبة -4.00% في جلسة أمس.", "-4.00%", -4.0),
        ("وتراجع المؤشر العام (−2.5%) في ختام التداول.", "−2.5%", -2.5),
        ("وهبط سهم الشركة –3% بعد إعلان النتائج.", "–3%", -3.0),
        ("وارتفع السهم بنسبة +1.75% في أول جلسة.", "+1.75%", 1.75),
        ("وأغلق المؤشر متراجعاً -12.4 نقطة عند مستواه.", "-12.4 نقطة", -12.4),
        ("وأغلق المؤشر مرتفعاً +8.5 نقطة عند مستواه.", "+8.5 نقطة", 8.5),
    ],
)
def test_a_change_written_with_its_sign_keeps_it(text: str, label: str, value: float) -> None:
    """A market report signs a change in percent or points: -4.00% is a fall of 4."""
    found = figures(text)
    assert found.get(label, (None,))[0] == value, found


@pytest.mark.parametrize(
    "text",
    [
        "وبلغت خسارة الشركة -3 ملايين درهم في الربع الأول.",  # a loss, or a list's dash
        "وانخفض سهم الشركة بنسبة 4%- من قيمته.",  # a sign moved after the figure
        "وسجلت الشركة، -8 آلاف سهم في الجلسة.",
        "ويمكن الاتصال بالرقم +97142223333 للاستفسار.",  # a phone's +
    ],
)
def test_a_sign_in_doubt_leaves_the_figure_out(text: str) -> None:
    """A figure is left out rather than drafted with a sign that may not be its own."""
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
