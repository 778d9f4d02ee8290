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
