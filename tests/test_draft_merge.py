"""Two names one body: the merge of the cues' mentions, given mentions as the cue pass
finds them (names written for the test)."""

from __future__ import annotations

from scaletui.story.draft.entities import _ByName, _Draft, _merge
from scaletui.story.draft.tokens import Mention


def merged(*written: tuple[str, str]) -> dict[str, list[str]]:
    """Each entity's name and its forms, for mentions (name, kind) in this order."""
    names = _ByName()
    for at, (name, kind) in enumerate(written):
        names.add(Mention(name, kind, "a cue", 2, at, 0, len(name)))
    steps = _merge(names)
    drafts: list[_Draft] = []
    while True:
        try:
            next(steps)
        except StopIteration as done:
            drafts = done.value
            break
    return {draft.name: draft.forms for draft in drafts}


def test_a_ministry_by_its_field_and_the_ministry_named_whole_are_one_body() -> None:
    """الخارجية الأمريكية (وزارة understood) and وزارة الخارجية الأمريكية merge into the
    whole name; a ministry of another field or country stays."""
    found = merged(
        ("وزارة الخارجية الأمريكية", "government"),
        ("الخارجية الأمريكية", "government"),
        ("الداخلية البريطانية", "government"),
    )
    assert found == {
        "وزارة الخارجية الأمريكية": ["وزارة الخارجية الأمريكية", "الخارجية الأمريكية"],
        "الداخلية البريطانية": ["الداخلية البريطانية"],
    }, found


def test_a_company_with_its_sector_and_its_adjective_or_its_dot_com_is_the_company() -> None:
    """`X للأوراق المالية` (securities: the sector and its adjective) and `X دوت كوم` are X
    with what it does or its web form; `X الدولية` alone is another body."""
    found = merged(
        ("موارد", "company"),
        ("موارد للأوراق المالية", "company"),
        ("إنفوتوسيل", "company"),
        ("إنفوتوسيل دوت كوم", "company"),
        ("نخبة", "company"),
        ("نخبة الدولية", "company"),
    )
    assert found == {
        "موارد للأوراق المالية": ["موارد للأوراق المالية", "موارد"],
        "إنفوتوسيل دوت كوم": ["إنفوتوسيل دوت كوم", "إنفوتوسيل"],
        "نخبة": ["نخبة"],
        "نخبة الدولية": ["نخبة الدولية"],
    }, found


def test_legal_forms_and_sectors_written_with_ta_marbuta_extend_a_company() -> None:
    """`X القابضة`, `X للتجارة`: the lexicon writes ة, the merge folds names to ه; the
    two must meet for the short name to join the long one."""
    found = merged(
        ("ارابتك", "company"),
        ("ارابتك القابضة", "company"),
        ("الفطيم", "company"),
        ("الفطيم للتجارة", "company"),
    )
    assert found == {
        "ارابتك القابضة": ["ارابتك القابضة", "ارابتك"],
        "الفطيم للتجارة": ["الفطيم للتجارة", "الفطيم"],
    }, found


def test_a_finance_company_s_short_name_is_the_company() -> None:
    """`أملاك للتمويل` and `أملاك`: finance (تمويل) is a sector."""
    found = merged(("أملاك للتمويل", "company"), ("أملاك", "company"))
    assert found == {"أملاك للتمويل": ["أملاك للتمويل", "أملاك"]}, found


def test_a_company_and_its_kind_in_iyya_are_one_company() -> None:
    """`نيراس` and `نيراس الاستشارية` (the adjective agrees with شركة: a consultancy) are
    one company; a country's adjective or an office's scope is left to the other rules."""
    found = merged(
        ("نيراس", "company"),
        ("نيراس الاستشارية", "company"),
        ("حكومة الشارقة", "government"),
        ("حكومة الشارقة الرقمية", "government"),
    )
    assert found == {
        "نيراس الاستشارية": ["نيراس الاستشارية", "نيراس"],
        "حكومة الشارقة": ["حكومة الشارقة"],
        "حكومة الشارقة الرقمية": ["حكومة الشارقة الرقمية"],
    }, found


def test_a_body_named_inside_another_head_is_that_body() -> None:
    """`دائرة حكومة الشارقة الذكية` and `حكومة الشارقة الذكية` (named without the outer
    head) are one body; a body that only ends the same way is another."""
    found = merged(
        ("دائرة حكومة الشارقة الذكية", "government"),
        ("حكومة الشارقة الذكية", "government"),
        ("الشارقة الذكية", "government"),
    )
    assert found == {
        "دائرة حكومة الشارقة الذكية": ["دائرة حكومة الشارقة الذكية", "حكومة الشارقة الذكية"],
        "الشارقة الذكية": ["الشارقة الذكية"],
    }, found
