"""People in news the drafter was not written for, by rules of Arabic names and news
style: a Turkish patronymic, an approximator after a name, a role noun after it.
Sentences written for the test (no article's names)."""

from __future__ import annotations

import pytest

from drafted_names import people
from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ورحب الأمين العام للاتحاد نور الدين إحسان أوغلي، بالقرار الجديد.",
         "نور الدين إحسان أوغلي"),
    ],
)  # fmt: skip
def test_a_turkish_patronymic_keeps_the_word_before_it(text: str, name: str) -> None:
    """أوغلو/أوغلي ("son of") ends a Turkish name: the word before it is the name's even
    when it has a verbal noun's shape (إحسان، إكرام)."""
    found = people(text)
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأوصى قائد القوات الأمريكية في المدينة الجنرال توماس ماكين بسحب حوالي ثمانية آلاف جندي.",
         "توماس ماكين"),
        ("وطالب جورج هاريسون بنقل السفارة إلى العاصمة.", "جورج هاريسون"),
        ("ورحب الوزير جورج هاريسون بتعزيز العلاقات بين البلدين.", "جورج هاريسون"),
    ],
)  # fmt: skip
def test_a_verbal_noun_after_bi_ends_a_name(text: str, name: str) -> None:
    """ب and a verbal noun (بسحب، بنقل، بتعزيز) before a definite noun, a number or a
    word of "about" (حوالي) is "by doing" what follows: no word of the name before it."""
    found = people(text)
    assert found == {name}, found


@pytest.mark.parametrize(
    "text",
    [
        "تعهد سامي خليل المرشح لرئاسة الحكومة بإجراء انتخابات.",
        "وتعهد سامي خليل المرشح لرئاسة الحكومة بإجراء انتخابات.",
        "تحدث سامي خليل المرشح لرئاسة الحكومة عن الانتخابات.",
    ],
)
def test_a_candidate_is_a_role_after_a_name_and_a_form_v_verb_no_name(text: str) -> None:
    """المرشح ("the candidate") describes the person after the name, as مدير does; the
    sentence's verb of the form تفعّل (تعهد، تحدث) before its subject is not the name's."""
    found = people(text)
    assert found == {"سامي خليل"}, found


def test_a_preposition_and_a_verbal_noun_is_no_name() -> None:
    """بتطوير، لتعزيز: ب or ل and a verbal noun, "for developing", before a role-like
    adjective (الإعلامي), are no one's name."""
    found = people("ورفضت الهيئة كل مطالب الاتحاد بتطوير العمل الإعلامي وإتاحة المعلومات.")
    assert not found, found


def test_a_compound_given_name_and_bin_is_a_name() -> None:
    """X الدين / X العابدين then بن: the chain of an Arabic name, whatever X is."""
    found = people("ورفضت المعارضة حكم زين الدين بن حمد طوال عقدين.")
    assert found == {"زين الدين بن حمد"}, found


def test_ala_spelt_with_ya_before_a_short_word_is_no_name() -> None:
    """`علي مر السنين`: the preposition على typed with ي, then its noun; the name Ali
    is followed by a name's word, never by a word of two letters."""
    found = people("وتغيرت المدينة كثيراً علي مر السنين، وقال علي حسن إن ذلك طبيعي.")
    assert found == {"علي حسن"}, found


def test_a_present_verb_ends_a_role_after_a_name() -> None:
    """`X Y المرشح لرئاسة حكومة مستقلة يفترض أن`: يفترض (يفتعل, a present verb) says
    what the government is to do; the role ends before it."""
    drafted = draft_items(
        [Paragraph(0, "body", "وتعهد سامي خليل المرشح لرئاسة حكومة مستقلة يفترض أن تقود البلاد.")],
        "",
    )
    roles = {p.role for p in drafted.people}
    assert roles == {"المرشح لرئاسة حكومة مستقلة"}, roles


def test_a_foreign_rank_is_a_title_neither_role_nor_name() -> None:
    """`قائد القوات في المدينة الجنرال X Y`: الجنرال is a rank written as it is, a title
    between the role and the name (as اللواء is), in neither."""
    drafted = draft_items(
        [Paragraph(0, "body", "وأوصى قائد القوات في المدينة الجنرال توماس ماكين بالانسحاب.")], ""
    )
    people_ = {e.name_ar for e in drafted.entities if e.kind == "person"}
    roles = {p.role for p in drafted.people}
    assert people_ == {"توماس ماكين"}, people_
    assert roles == {"قائد القوات في المدينة"}, roles


def test_a_straight_quote_s_closing_mark_opens_no_quote() -> None:
    """`... حزبية" . وأعلن السفير X Y أن جماعة "Z"`: the mark after حزبية closes the quote
    before it; the words up to the next quote are no quoted name, so the person the role
    leads to is read; a quoted `"لاتزال"` (لا and a present verb) names nothing."""
    text = (
        'وقال إن الحكومة "ستكون حكومة كفاءات وطنية مستقلة تماما وليست حكومة محاصصة حزبية أبدا '
        'كما يريد البعض" . وأعلن السفير الأمريكي في البلاد توماس ماكين أن جماعة "الأمل" '
        '"لاتزال" تشكل تهديداً.'
    )
    drafted = draft_items([Paragraph(0, "body", text)], "")
    names = {e.name_ar for e in drafted.entities}
    assert "توماس ماكين" in names, names
    assert "لاتزال" not in names, names


@pytest.mark.parametrize(
    "text",
    ['وأكد أن الجماعة "لاتزال" تشكل تهديداً للأمن.', 'وقال إن الأزمة "لايزال" أثرها قائما.'],
)
def test_la_glued_to_a_present_verb_in_quotes_names_nothing(text: str) -> None:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    assert not drafted.entities, drafted.entities
