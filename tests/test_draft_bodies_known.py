"""Widely known bodies that news names with no cue (draft/known_bodies.tsv): found wherever
the text writes them, with ل before the article (للأمم المتحدة) and the country after
(الكنيست الإسرائيلي); not where the words mean something else (وابل, بحماس, إعادة إعمار),
not cut out of a longer name (منظمة أوبك, الأمم المتحدة للطفولة, أمازون كيندل). The table
holds no common noun. Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items
from scaletui.story.draft.lexicon import (
    GIVEN_NAMES,
    MONTHS,
    NOT_NAMES,
    PLACES,
    ROLES,
    STOPWORDS,
    VERBS,
    normal_word,
)
from scaletui.story.draft.names.known_bodies import KNOWN_BODIES_FILE
from scaletui.story.draft.names.words import is_verbal_noun, verb_shaped
from scaletui.story.draft.tokens import HEAD_WORDS

KINDS = {"company", "organisation", "government", "publication"}

# Words the language uses for other things, which a table of bodies must never hold.
AMBIGUOUS = {
    normal_word(word)
    for word in "القاعدة فتح الشباب الجزيرة العربية اتصالات طاقة مصدر نخيل زين ماجد نيسان شل "
    "قنا الفاو دو الخليج الأمل النور الوطن الحياة الأهرام الرياض".split()
}


def bodies(*paragraphs: str) -> set[str]:
    drafted = draft_items([Paragraph(i, "body", p) for i, p in enumerate(paragraphs)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


def table(doing: bool = False) -> list[tuple[str, str]]:
    """The table's (name, kind) rows: those marked "doing" (also verbal nouns) or not."""
    rows = []
    for line in KNOWN_BODIES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, kind, *use = line.split("\t")
            if (use == ["doing"]) == doing:
                rows.append((name, kind))
    return rows


def test_every_row_is_a_name_and_a_kind_once() -> None:
    rows = table() + table(doing=True)
    assert all(kind in KINDS and name == name.strip() for name, kind in rows)
    names = [name for name, _ in rows]  # (أرامكو and ارامكو: each spelling news uses)
    assert len(names) == len(set(names))


def test_no_one_word_body_is_a_common_word() -> None:
    """A one-word name is none of the lexicon's common words (function words, verbs,
    roles, places, given names, head nouns, months), no verbal noun or present verb by
    its shape (إعمار is "rebuilding"), and none of the words known to mean other things."""
    common = STOPWORDS | VERBS | ROLES | PLACES | GIVEN_NAMES | NOT_NAMES | HEAD_WORDS
    months = {normal_word(m) for m in MONTHS}
    for name, _ in table():
        if " " in name:
            continue
        norm = normal_word(name)
        bare = norm.removeprefix("ال")
        assert norm not in common and bare not in common, name
        assert norm not in months and norm not in AMBIGUOUS, name
        assert not is_verbal_noun(bare) and not verb_shaped(bare), name


def test_a_body_marked_doing_is_a_verbal_noun_and_else_no_common_word() -> None:
    """إعمار is also "rebuilding": the table says so ("doing") rather than lose it."""
    rows = table(doing=True)
    assert rows
    for name, _ in rows:
        norm = normal_word(name)
        assert is_verbal_noun(norm) and " " not in name, name
        assert norm not in STOPWORDS | VERBS | PLACES | GIVEN_NAMES, name


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("وقالت إعمار في بيان إن مبيعاتها ارتفعت.", {"إعمار"}),
        ("وارتفعت أرباح إعمار 5% في الربع الأول.", {"إعمار"}),
        ("وتعهدت الدول بالمساهمة في إعادة إعمار المدن المدمرة.", set()),
        ("وتحتاج المنطقة إلى إعمار البنى التحتية.", set()),
        ("وجرت عملية مبادلة الأسرى أمس.", set()),
        ("ودعا إلى المساهمة في إعمار غزة.", set()),
    ],
)
def test_a_company_that_is_also_a_verbal_noun_where_it_is_not_what_is_done(
    text: str, company: set[str]
) -> None:
    assert bodies(text) == company


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وأشار الأمين العام للأمم المتحدة إلى أن الأزمة تتفاقم.", "الأمم المتحدة"),
        ("وصوّت الكنيست الإسرائيلي أمس على القانون.", "الكنيست الإسرائيلي"),
        ("وقال متحدث إن حماس رفضت العرض.", "حماس"),
        ("وقالت سامسونج في بيان إن الخدمة ستتوقف.", "سامسونج"),
        ("وأبقى الاحتياطي الفيدرالي الأمريكي أسعار الفائدة دون تغيير.",
         "الاحتياطي الفيدرالي الأمريكي"),
        ("وارتفع سهم العربية للطيران 1% وأرامكس 1.5%.", "أرامكس"),
        ("وقامت دانة غاز مصر بحفر 12 بئراً.", "دانة غاز"),  # (its unit there: one company)
        ("وقال مسؤول إن سامسونج ستطلق هاتفاً جديداً.", "سامسونج"),  # a verb, no brand
        ("وقال مسؤول إن أرامكو السعودية سيعقد اجتماعاً.", "أرامكو السعودية"),
        ("وحذر برنامج الأغذية العالمي من نقص التمويل.", "برنامج الأغذية العالمي"),
    ],
)  # fmt: skip
def test_a_known_body_is_found_with_no_cue(text: str, body: str) -> None:
    assert body in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "وسقط الجنود تحت وابل من الرصاص.",  # وابل: a barrage, not أبل
        "واستقبل الجمهور الفريق بحماس كبير.",  # بحماس: with enthusiasm
        "وتعهدت الدول بإعادة إعمار المدن المدمرة.",  # إعمار: rebuilding
        "وزارت الوفد وأم الطفل المدرسة.",  # وأم: and the mother, not وام
    ],
)
def test_the_same_letters_meaning_something_else_are_no_body(text: str) -> None:
    assert bodies(text) == set()


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("وأصدرت منظمة الأمم المتحدة للطفولة تقريراً جديداً.", "الأمم المتحدة"),
        ("وأطلق جهاز قراءة من نوع أمازون كيندل.", "أمازون"),
        ("وهي متوفرة على «آبل ستور» منذ أمس.", "آبل"),
        ("وقال المتحدث باسم تومسون رويترز إن الشركة ستنمو.", "رويترز"),
        ("وتعاونت الهيئة مع برنامج الأمم المتحدة الإنمائي.", "الأمم المتحدة"),
    ],
)
def test_a_known_name_inside_a_longer_one_is_not_drafted_alone(text: str, part: str) -> None:
    assert part not in bodies(text)


def test_a_body_named_with_its_head_and_without_is_one_entity() -> None:
    found = bodies(
        "دعت منظمة الأمم المتحدة إلى التعاون.",
        "وقال الأمين العام للأمم المتحدة إن الوقت ينفد.",
    )
    assert found == {"منظمة الأمم المتحدة"}, found


def test_a_body_the_name_model_reads_with_its_proclitic_is_named_without_it() -> None:
    found = bodies(
        "وفاز ريال مدريد على ضيفه بهدفين.",
        "وكانت الخسارة ضربة قوية لريال مدريد وطموحات لاعبيه.",
    )
    assert "لريال مدريد" not in found, found


def test_a_known_body_after_a_movement_s_head_is_named_with_it_once() -> None:
    found = bodies(
        "وقال القيادي البارز في حركة حماس إن الاتفاق قريب.",
        "وقال المتحدث باسم حماس في بيان إن الوفد وصل.",
    )
    assert found == {"حركة حماس"}, found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وأعلن التحالف العربي بقيادة السعودية عن عملية جديدة.", "التحالف العربي"),
        ("وأعلنت كتائب عز الدين القسام الجناح العسكري للحركة مسؤوليتها.",
         "كتائب عز الدين القسام"),
    ],
)  # fmt: skip
def test_a_known_or_headed_body_ends_before_its_apposition(text: str, body: str) -> None:
    found = bodies(text)
    assert body in found, found
    assert not any(body in name and name != body for name in found), found


def test_a_company_s_head_does_not_join_a_known_name() -> None:
    found = bodies("وأعلنت شركة هواوي عن هاتف جديد.")
    assert "شركة هواوي" not in found, found


def test_a_known_name_an_office_does_something_for_is_not_cut_out() -> None:
    found = bodies("وأفاد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية بأن الوضع خطير.")
    assert "الأمم المتحدة" not in found, found


def test_a_known_name_in_brackets_after_a_body_is_another_name_for_it() -> None:
    found = bodies(
        "وقال مسؤول في حلف شمال الأطلسي (الناتو) إن الحلف سيرد.",
        "وأكد الناتو أنه مستعد للرد.",
    )
    assert found == {"حلف شمال الأطلسي"}, found
