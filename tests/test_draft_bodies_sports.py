"""Bodies in sports news: a club's name ends before "and" another side or body (نادي X
ومنتخب مصر), a head written twice names once, and a quoted venue (ملعب «ويمبلي») is no
body. Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


@pytest.mark.parametrize(
    ("text", "body", "not_body"),
    [
        ("سافر إسلام عيسى، لاعب نادي سيراميكا ومنتخب مصر، إلى ألمانيا للعلاج.",
         "نادي سيراميكا", "نادي سيراميكا ومنتخب مصر"),
        ("بدأت إدارة نادي نادي الزمالك اتخاذ خطوات جادة.", "نادي الزمالك",
         "نادي نادي الزمالك"),
    ],
)  # fmt: skip
def test_a_club_s_name_ends_before_another_noun(text: str, body: str, not_body: str) -> None:
    drafted = bodies(text)
    assert body in drafted
    assert not_body not in drafted


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a name's own "and" word stays: the word after و is no common noun here
        ("وأعلنت شركة جونسون وجونسون نتائجها الفصلية.", "جونسون وجونسون"),
    ],
)
def test_a_name_s_own_and_stays(text: str, body: str) -> None:
    assert any(body in name for name in bodies(text))


def test_a_quoted_venue_is_no_body() -> None:
    assert "ويمبلي" not in bodies("وخسر المنتخب أمام اليابان على ملعب «ويمبلي».")


def test_a_quoted_name_after_a_verb_is_still_a_body() -> None:
    assert "كيبلر" in bodies("وتشير بيانات نشرتها أمس «كيبلر» إلى تراجع الصادرات.")


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("أعلن المدير الفني بالنادي المصري عن تشكيل فريقه لمباراة الزمالك والمصري.",
         "النادي المصري"),
        ("وقال رئيس النادي الإسماعيلي إن الفريق جاهز، وإن لاعبي الإسماعيلي في حالة جيدة.",
         "النادي الإسماعيلي"),
        ("وقدم الشكر للنادي المصري على التعاون، وفاز الزمالك والمصري.", "النادي المصري"),
    ],
)  # fmt: skip
def test_a_club_named_by_its_adjective(text: str, club: str) -> None:
    assert club in bodies(text)


def test_the_club_s_adjective_alone_is_the_same_club() -> None:
    drafted = bodies("وتعاقد النادي الأهلي مع المدرب، وقال نائب رئيس الأهلي إن الصفقة تمت.")
    assert drafted == {"النادي الأهلي"}


@pytest.mark.parametrize(
    "text",
    [
        # its country refers back to a club named before; the adjective is never a side
        "وتفاوض مع اللاعب والنادي الأمريكي الذي اشتراه، نادي كولمبوس كرو الأمريكي.",
        "لتزداد معاناة النادي اللندني في سعيه للفوز بلقب الدوري.",
        # an adjective that describes a club
        "وأشاد المدرب بأداء النادي الملكي في المباراة، وبلاعبي الملكي أيضاً.",
    ],
)
def test_no_club_named_by_an_adjective(text: str) -> None:
    assert not any(name.startswith("النادي") for name in bodies(text))


def test_a_quoted_family_name_is_the_person_s() -> None:
    text = (
        'حقق محمد منتصر عفيفي، لاعب المنتخب الوطني، الميدالية الفضية. وحصد "عفيفي" '
        "الميدالية عقب منافسة قوية."
    )
    drafted = draft_items([Paragraph(0, "body", text)], "").entities
    assert [(e.name_ar, e.kind) for e in drafted] == [("محمد منتصر عفيفي", "person")]
    assert "عفيفي" in drafted[0].surface_forms


def test_a_quoted_company_beside_an_unrelated_person_stays() -> None:
    text = 'وقال أحمد الخطيب إن السوق مستقر. واستحوذت "أمان" على حصة في الشركة.'
    assert "أمان" in bodies(text)


@pytest.mark.parametrize(
    ("text", "not_body"),
    [
        ("ويجوز للورثة أو بعضهم تأسيس شركة بغرض ممارسة ذات النشاط.", "بغرض"),
        ("ووجود مؤسسة بحجم مؤسسة مبادرات محمد بن راشد خلفه مهم.", "بحجم"),
        ("أصيب لاعب منتخب مصر ونادي سيراميكا بقطع في الرباط الصليبي.", "نادي سيراميكا بقطع"),
    ],
)
def test_a_phrase_with_bi_is_no_name(text: str, not_body: str) -> None:
    assert not_body not in bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وأعلنت هيئة الصحة بدبي عن حملة جديدة.", "هيئة الصحة بدبي"),
        ("وتعاقدت الوزارة مع شركة بلاك ووتر الأمنية.", "بلاك ووتر"),
        ("ووقعت شركة بوينغ عقداً جديداً.", "بوينغ"),
    ],
)
def test_a_name_after_bi_stays(text: str, body: str) -> None:
    assert any(body in name for name in bodies(text))


def test_a_guessed_name_after_a_hotel_s_noun_is_a_place() -> None:
    text = "وشارك في ندوة نظمت أمس الأول في فندق إنتركونتيننتال دبي عدد من الناشرين."
    assert not any("إنتركونتيننتال" in name for name in bodies(text))


def test_the_same_guessed_name_without_the_noun_stays() -> None:
    text = "وشارك في ندوة نظمت أمس الأول في إنتركونتيننتال دبي عدد من الناشرين."
    assert any("إنتركونتيننتال" in name for name in bodies(text))


def test_a_stage_of_the_league_is_no_group() -> None:
    text = "ويلعب الفريق الجولة الثانية من مجموعة تفادى الهبوط من بطولة الدوري."
    assert bodies(text) == set()


def test_a_group_named_like_a_word_of_the_stage_stays() -> None:
    assert any("تيليفي" in name for name in bodies("وأعلنت مجموعة تيليفي عن نتائجها."))


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('وفتحت إدارة الأهلي ملف "بديل" المالي هذا الأسبوع.', "بديل"),
        ('وضرب زلزال بقوة 4 درجات على مقياس "ريختر" سواحل تركيا.', "ريختر"),
    ],
)
def test_a_quoted_topic_or_scale_is_no_body(text: str, quoted: str) -> None:
    assert quoted not in bodies(text)


def test_a_quoted_name_with_its_head_after_a_topic_noun_stays() -> None:
    assert any("بديل" in name for name in bodies('وفتحت ملف شركة "بديل" المالي.'))


def test_a_quoted_predicate_after_a_copula_is_no_body() -> None:
    assert bodies("والذي أصابه على الكتف كان «حظا».") == set()


def test_a_quoted_subject_after_a_copula_stays() -> None:
    assert "سبيستون" in bodies("وكانت «سبيستون» قد أعلنت أرباحها.")
