"""Figures as Arabic grammar writes them: a count's remainder joined with و after its
thousands, the partitive من, index points with decimals, a share after a Latin name, a
Gulf currency's initials, ر as a decimal mark, an indefinite noun that folds to look
definite. Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story.draft.numbers import find_numbers


def figures(text: str) -> dict[str, tuple[float, str]]:
    return {text[f.start : f.end].strip(): (f.value, f.unit) for f in find_numbers(text)}


def test_a_remainder_joined_with_wa_belongs_to_its_thousands() -> None:
    """`147 ألفاً و200 منزل` is 147,200 houses (not 147,000 and 200); `3 ملايين و500 ألف
    دولار` 3.5 million. A remainder of a thousand or more is another figure."""
    found = figures(
        "ودمرت الفيضانات 147 ألفاً و200 منزل، وخصصت الحكومة 3 ملايين و500 ألف دولار، "
        "ووصل 5 آلاف و2000 شخص."
    )
    assert found == {
        "147 ألفاً و200 منزل": (147200, "count"),
        "3 ملايين و500 ألف دولار": (3.5e6, "USD"),
        "5 آلاف": (5000, "count"),
        "2000 شخص": (2000, "count"),
    }, found


def test_a_count_spelt_in_words_then_its_rest_in_digits_is_one_figure() -> None:
    """`مليونين و55 ألف كتاب` is 2,055,000 books, quoted whole (it was read as 55,000:
    a wrong value); `ألف و200 نسخة` is 1,200. A spelt head of one or two is read."""
    found = figures(
        "وضم المعرض مليونين و55 ألف كتاب، وبيعت مليون و300 ألف نسخة، وطبعت ألف و200 نسخة."
    )
    assert found == {
        "مليونين و55 ألف كتاب": (2_055_000, "count"),
        "مليون و300 ألف نسخة": (1_300_000, "count"),
        "ألف و200 نسخة": (1_200, "count"),
    }, found


@pytest.mark.parametrize(
    "text",
    [
        "وجمعت الحملة ملايين و500 ألف دولار.",  # how many millions: not in digits
        "ورصدت ثلاثة ملايين و500 ألف دولار.",  # a spelt count of more than two
        "ووصل مليون و200 زائر.",  # a million and 200: a rest that is not read
        "وقرأ ألف و5 ملايين شخص.",  # a head smaller than the rest: not one count
    ],
)
def test_a_rest_whose_spelt_head_cannot_be_read_is_left_out(text: str) -> None:
    """The digits after a spelt head are only its rest: a head the drafter cannot read
    leaves the figure out rather than give the rest's value as the whole."""
    assert figures(text) == {}, figures(text)


def test_digits_after_wa_and_a_word_that_is_no_count_are_read_alone() -> None:
    assert figures("والتقى الوزير و55 ألف زائر.") == {"55 ألف زائر": (55_000, "count")}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("وتضم الاتفاقية حاليا 188 من الدول الأطراف.", "188 من"),
        ("وتعرض الدائرة 4 من خدماتها المطورة.", "4 من"),
        ("وأطلقت 500 صاروخ اعترضت الدفاعات 483 منها.", "483 منها"),
    ],
)
def test_a_count_of_a_definite_whole_after_min_is_a_figure(text: str, label: str) -> None:
    """The partitive من takes a definite whole: the article, a possessive or a pronoun."""
    assert label in figures(text), figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "ويعقد الاجتماع في 3 من مايو المقبل.",
        "وصدر القرار في 12 من الشهر الجاري.",
        "وتنص المادة 20 من الدستور على ذلك.",
        "وتستعمل الطابعة نظام كرومالايف 100 من كانون.",
    ],
)
def test_min_after_a_day_an_article_or_a_model_number_counts_nothing(text: str) -> None:
    assert not figures(text), figures(text)


def test_index_points_keep_their_decimals_and_other_decimal_counts_stay_out() -> None:
    """An index level is written with decimals (`4537.3 نقطة`); a decimal count of
    anything else (`4.15 بوصة`) is how a garbled decimal looks, and stays out."""
    found = figures("وأغلق المؤشر عند مستوى 4537.3 نقطة، وتبلغ الشاشة 4.15 بوصة.")
    assert found == {"4537.3 نقطة": (4537.3, "count")}, found


def test_a_share_after_a_latin_name_is_a_percentage() -> None:
    """`متصفح IE 68%` is a share; a bare number after a Latin name stays a model number."""
    found = figures("وبلغ نصيب متصفح IE 68% من السوق، وصدرت لعبة Battlefield 2 أمس.")
    assert found == {"68%": (68, "percent")}, found


def test_a_gulf_currency_s_initials_make_an_amount() -> None:
    """`د .ك` (Kuwaiti dinar), `ر.س` (Saudi riyal): an amount, not a count of nothing."""
    found = figures("وزاد رأس المال من 48،512،500 د .ك وبلغ السعر 250 ر.س للسهم.")
    assert found == {"48،512،500 د .ك": (48512500, "count"), "250 ر.س": (250, "count")}, found


def test_digits_joined_by_ra_are_a_decimal_in_doubt_and_left_out() -> None:
    """`12ر1 مليون` writes a decimal with ر, its digits in doubtful order: neither the
    1 million nor the 12 is drafted."""
    assert not figures("وعاد 12ر1 مليون شخص إلى منازلهم."), figures("وعاد 12ر1 مليون شخص.")


def test_an_indefinite_noun_that_folds_to_look_definite_is_counted() -> None:
    """`آلية` and `ألعاب` fold to الية and العاب; written, they have no article."""
    found = figures("ودمرت الغارات 1500 آلية عسكرية، وطرحت الشركة 5 ألعاب جديدة.")
    assert found == {"1500 آلية": (1500, "count"), "5 ألعاب": (5, "count")}, found


def test_quadrillions_and_destinations_are_counted() -> None:
    found = figures("وأجريت 8.4 كدريليون معاملة مصرفية، وتطير الشركة إلى 36 وجهة.")
    assert found == {"8.4 كدريليون معاملة": (8.4e15, "count"), "36 وجهة": (36, "count")}


def test_a_number_after_a_letter_s_name_is_a_model_s() -> None:
    """`حل سي 60`, `بكسما آي بي 1900`, `كيه سي-46`: letters spelt in Arabic then a number
    name a model, as a Latin letter before it would; `في 2014` is a year."""
    found = figures(
        "ويمهد الحل سي 60 طريقاً جديداً، وتحل الطابعة بكسما آي بي 1900 محل سابقتها، "
        "وطائرة بوينغ كيه سي-46 إيه، وانتخب في 2014 رئيساً."
    )
    assert found == {"2014": (2014, "year")}, found
