"""Dates as Arabic news writes them: in digits, a period of days dated by its first, a
year after في or after an event's name, a month named alone in a sentence about what is
to come. Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items
from scaletui.story.draft.numbers import find_numbers


def dates(text: str, published: str = "") -> set[str]:
    return {str(e.date) for e in draft_items([Paragraph(0, "body", text)], published).events}


def test_a_date_in_digits_dates_its_sentence() -> None:
    """Day/month/year and year/month/day; digits that make no date date nothing."""
    assert dates("وبلغت الأرباح للفترة المنتهية في 30/6/2008 نحو مليون درهم.") == {"2008-06-30"}
    assert dates("وتناولت الحلقة (2026/3/14) ردود المتابعين.") == {"2026-03-14"}
    assert dates("وسجل الرقم 13/14/2008 في الدفتر.") == set()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ويعقد المعرض في دورة 2017 خلال الفترة من 8 إلى 12 أكتوبر المقبل.", "2017-10-08"),
        ("وتجاوزت الصادرات 3 ملايين برميل بين 15 و20 فبراير في عام 2026.", "2026-02-15"),
    ],
)
def test_a_period_of_days_is_dated_by_its_first_day(text: str, day: str) -> None:
    assert day in dates(text), dates(text)


def test_a_year_after_fi_or_after_an_event_s_name_is_a_year_not_a_count() -> None:
    """`انتخب في 2014 حاكماً` (in 2014, as governor), `معرض جيتكس 2015 أسباب` (the 2015
    show): years, whatever noun follows; `2015 زائراً` with no cue stays a count."""
    text = "وانتخب في 2014 حاكماً للولاية، وناقشت العيادة بمعرض جيتكس 2015 أسباب المرض."
    found = {text[f.start : f.end]: f.unit for f in find_numbers(text)}
    assert found == {"2014": "year", "2015": "year"}, found
    assert {f.unit for f in find_numbers("واستقبل الجناح 2015 زائراً.")} == {"count"}


def test_a_month_named_alone_in_a_sentence_about_what_is_to_come_is_the_next_one() -> None:
    """Published in March 2026, `نوفمبر` is the last November (2025), but `قد يواجهون ...
    في نوفمبر` (may face) and `سيعلن ... في نوفمبر` speak of the next (2026)."""
    assert dates("وخسر الحزب مقاعده في نوفمبر.", published="2026-03-13") == {"2025-11"}
    future = "وقد يواجه الحزب خطر خسارة مقاعده في نوفمبر."
    assert dates(future, published="2026-03-13") == {"2026-11"}
    assert dates("وسيعلن الحزب مرشحيه في نوفمبر.", published="2026-03-13") == {"2026-11"}


def test_a_year_after_since_is_no_year_of_a_day_elsewhere_in_the_sentence() -> None:
    """`من 12 إلى 14 مايو ... منذ الحرب عام ،2006`: "since the war in 2006" starts a span
    that runs to now; with no publication date the day of May has no year, and 2006 is a
    year of its own."""
    text = (
        "وستطرح الجولة في الفترة من 12 إلى 14 مايو/ أيار لأنها تتعلق بحقول أنفقت الدولة "
        "عليها الكثير منذ الحرب عام ،2006 وأضاف المسؤول أن العمل مستمر."
    )
    assert dates(text) == {"2006"}, dates(text)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("وارتفعت الأرباح خلال عامي 2010 و2011 بشكل كبير.", {"2010"}),
        ("وخلال الفترة بين 2005 و2010 تضاعف الإنتاج.", {"2005"}),
        ("وفي الفترة 2010-2015 نما الاقتصاد.", {"2010"}),
        ("وبلغت سرعة المعالج 1333 و1600 و2000 و 2133 ميغاهيرتز.", set()),
    ],
)
def test_a_span_of_years_is_dated_by_its_first(text: str, year: set[str]) -> None:
    """`عامي 2010 و2011`, `بين 2005 و2010`: years after a word for years or a period are a
    span, dated by its first year; a list of numbers with no such word dates nothing."""
    assert dates(text) == year, dates(text)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("وانسحبت السفارة قبل نحو 3 سنوات بعد تعرضها لاعتداء.", "2023"),
        ("وأغلقت الشركة مصنعها قبل عامين.", "2024"),
        ("وافتتح المتحف أبوابه قبل عام.", "2025"),
        ("وقبل 15 عاما أسس الشركة.", "2011"),
    ],
)
def test_years_ago_are_counted_from_the_article_s_date(text: str, year: str) -> None:
    """`قبل نحو 3 سنوات` in an article of March 2026 dates its fact 2023."""
    assert dates(text, published="2026-03-14") == {year}, dates(text, published="2026-03-14")


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن ذلك قبل 3 سنوات من الانتخابات.",  # before another time
        "ويعمل في الشركة منذ 3 سنوات.",  # a length of time, not a time ago
        "وأغلقت الشركة مصنعها قبل أسابيع.",  # no count of years
    ],
)
def test_years_before_another_time_or_a_length_of_time_date_nothing(text: str) -> None:
    assert dates(text, published="2026-03-14") == set()


def test_years_ago_without_the_article_s_date_date_nothing() -> None:
    assert dates("وانسحبت السفارة قبل نحو 3 سنوات.") == set()
