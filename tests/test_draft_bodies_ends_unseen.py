"""Where a body's name ends, as found on unseen culture and sports news: the name Ali (علي,
which folds as على) inside a body named for a person, a noun after the place that ends
a name (its object), a relative with و, a place written in two words (رأس الخيمة); and
quotations that name nothing (a lone و between two). Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("ونظمت مؤسسة سالم بن علي الدرعي الثقافية معرضاً للكتاب.",
         "مؤسسة سالم بن علي الدرعي الثقافية"),
        ("ونعى اتحاد كتاب وأدباء الإمارات الشاعر الراحل.", "اتحاد كتاب وأدباء الإمارات"),
        ("ومن أبرزها جماعة الحيرة والتي تضم عدداً من الشعراء.", "جماعة الحيرة"),
        ("وأعلنت غرفة تجارة وصناعة رأس الخيمة استكمال استعداداتها.",
         "غرفة تجارة وصناعة رأس الخيمة"),
        # a command after و is another body; a park keeps its nisba
        ("وأشار إلى ازدواجية القيادة بين جماعة الحوثي وقيادة الحرس الجمهوري السابق.",
         "جماعة الحوثي"),
        ("وافتتحت مدينة دبي الأكاديمية العالمية فرعاً جديداً.", "مدينة دبي الأكاديمية العالمية"),
        # after the place, an adjective is the name's, a noun phrase is not
        ("وقالت سلطة منطقة عجمان الحرة إن عدد الشركات زاد.", "سلطة منطقة عجمان الحرة"),
        ("ويعد اتحاد كتاب وأدباء الإمارات الخطوة الكبيرة في مسيرته.",
         "اتحاد كتاب وأدباء الإمارات"),
        # a place in two words is one place in a body's name
        ("وقال بنك أم القيوين الوطني إن أرباحه ارتفعت.", "بنك أم القيوين الوطني"),
        ("وقالت شرطة أم القيوين إن الطريق مغلق.", "شرطة أم القيوين"),
        ("وأعلنت شركة صناعات أسمنت أم القيوين عن أرباحها.", "صناعات أسمنت أم القيوين"),
        ("وارتفع سهم أسمنت أم القيوين 2% إلى 1.2 درهم.", "أسمنت أم القيوين"),
        ("وتصدر سهم سيراميك رأس الخيمة الارتفاعات بنسبة 3%.", "سيراميك رأس الخيمة"),
        (
            "وتصدر سهم صناعات أسمنت أم القيوين قائمة الأسهم الأكثر ارتفاعاً.",
            "صناعات أسمنت أم القيوين",
        ),
    ],
)  # fmt: skip
def test_a_body_s_name_ends_where_arabic_ends_it(text: str, body: str) -> None:
    found = bodies(text)
    assert body in found, found
    assert not any(name != body and (body in name or name in body) for name in found), found


def test_an_adjective_after_the_place_is_still_the_name_s() -> None:
    assert "بنك الإمارات دبي الوطني" in bodies("وقال بنك الإمارات دبي الوطني إن أرباحه زادت.")


def test_a_lone_conjunction_between_quotations_is_no_name() -> None:
    assert bodies('وناقشت الندوة "التجربة الصوفية"، و"الفكر التشكيلي".') == set()


@pytest.mark.parametrize(
    "text",
    [
        "وقعت عملية طعن في مدينة القدس المحتلة أمس.",  # a city and what is said of it
        "وقعت اشتباكات غير مسبوقة، أمس، في العاصمة.",  # a plural of things, no company
        "وقال إن ذلك سيسمح ل«إسرائيل» بالتصرف كما تشاء.",  # a country quoted after ل
        # groups of people, a place, a preposition, a noun with "its"
        "ودرس مجموعة باحثين من الجامعة تأثير الصيام، وشملت الدراسة مجموعة متطوعين.",
        "وليس الهامش هنا مجرد موقع جغرافي على الخريطة.",
        'وبقي الفريق في المعسكر (من 11 يونيو إلى 19 يوليو) من أجل "سلامته".',
        "وضمت البلدية الحي الذي وُسعت حدوده، وبقيت الحدود القديمة.",
        # a work's quoted title
        'واتجه إلى الكتابة الساخرة في كتب مثل "شغب" (1994) و"يا مدارس" (1996).',
        "وصدرت روايته الجديدة «أولاد الحارة» عن دار صغيرة.",
        "ونظمت الجمعية معرضاً بعنوان «ذاكرة المكان» في المدينة.",
    ],
)
def test_places_plurals_groups_and_titles_are_no_bodies(text: str) -> None:
    assert bodies(text) == set()


def test_a_group_named_in_a_foreign_word_ending_in_in_is_a_body() -> None:
    found = bodies("وقال غازي عطا، المدير التنفيذي لمجموعة نيكسجين الاستشارية، إن السوق تنمو.")
    assert "مجموعة نيكسجين الاستشارية" in found, found


def test_a_council_of_a_body_is_another_body() -> None:
    drafted = draft_items(
        [
            Paragraph(0, "body", "وعقد مجلس الاتحاد الأوروبي اجتماعاً طارئاً أمس."),
            Paragraph(1, "body", "وقال الاتحاد الأوروبي إنه يدعم الحل."),
        ],
        "",
    )
    found = {e.name_ar for e in drafted.entities}
    assert {"مجلس الاتحاد الأوروبي", "الاتحاد الأوروبي"} <= found, found


def test_a_gulf_paper_told_a_story_is_an_outlet_though_its_name_is_a_place() -> None:
    drafted = draft_items([Paragraph(0, "body", "وقال المخرج ل«الخليج» إن العرض جديد.")], "")
    assert {e.name_ar for e in drafted.entities if e.kind == "publication"} == {"الخليج"}


def test_a_publisher_quoted_before_a_year_is_still_a_body() -> None:
    found = bodies('وصدر الكتاب عن دار "نوفاليس برس" (2013) في بيروت.')
    assert any("نوفاليس برس" in name for name in found), found
