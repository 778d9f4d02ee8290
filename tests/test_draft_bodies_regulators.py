"""A body's name with "and" at its end (هيئة الأوراق المالية والسلع): kept whole before
the verb the body does (أصدرت), and its short form without the last "and" word is the same
body. Sentences written for the test."""

from __future__ import annotations

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(text: str) -> list[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return [e.name_ar for e in drafted.entities if e.kind not in ("person", "product")]


def test_a_name_ending_in_and_before_her_verb() -> None:
    text = "يشار إلى أن هيئة الأوراق المالية والسلع أصدرت قرار النظام الخاص بالتداول."
    assert bodies(text) == ["هيئة الأوراق المالية والسلع"]


def test_after_an_adjective_and_a_noun_is_another_item() -> None:
    # a noun after the adjective with و, then no verb: the next item of a list
    text = "وناقش مجلس التعاون الخليجي والعناصر الأمنية المشتركة."
    assert "مجلس التعاون الخليجي" in bodies(text)


def test_the_short_form_is_the_same_body() -> None:
    text = (
        "وقالت هيئة الأوراق المالية والسلع إن القرار نافذ. "
        "ويعمل به وفق قرار هيئة الأوراق المالية الخاص بهذه الخدمة."
    )
    assert bodies(text) == ["هيئة الأوراق المالية والسلع"]


def test_two_long_names_leave_the_short_one_alone() -> None:
    text = (
        "وقالت هيئة الأوراق المالية والسلع إن القرار نافذ، وأيدته هيئة الأوراق المالية "
        "والعقود. ويعمل به وفق قرار هيئة الأوراق المالية الخاص بهذه الخدمة."
    )
    assert "هيئة الأوراق المالية" in bodies(text)


def test_and_a_council_is_a_second_body() -> None:
    text = "وشاركت في الندوة جمعية الناشرين الإماراتيين والمجلس الإماراتي لكتب اليافعين."
    drafted = bodies(text)
    assert "جمعية الناشرين الإماراتيين" in drafted
    assert "المجلس الإماراتي لكتب اليافعين" in drafted


def test_and_a_field_stays_in_the_name() -> None:
    text = "وأعلنت دائرة المعلومات والحكومة الإلكترونية عن خدمة جديدة."
    assert "دائرة المعلومات والحكومة الإلكترونية" in bodies(text)


def test_a_council_with_li_on_its_article() -> None:
    text = "والرئيسة الفخرية للمجلس الإماراتي لكتب اليافعين، ورئيسة اللجنة المنظمة."
    assert bodies(text) == ["المجلس الإماراتي لكتب اليافعين"]


def test_after_li_a_word_with_and_is_the_next_item() -> None:
    text = "وتضمن الحفل كلمة للهيئة العربية للمسرح وكلمة اليوم العربي للمسرح."
    assert "الهيئة العربية للمسرح" in bodies(text)


def test_forces_with_li_on_the_article_are_left_alone() -> None:
    # ل on the article of forces or a court: more often described than named
    assert bodies("وقدم الشكر للقوات المسلحة على جهودها.") == []
