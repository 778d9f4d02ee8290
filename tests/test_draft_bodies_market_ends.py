"""Where a listed company's name ends in a market report, as Gulf business news writes
it: a closing verb (`ليغلق`, `وأغلق عند`), a relative (`الذي ارتفع`), what the share led
or where it came (`الأسهم المتراجعة`, `المركز الثاني`, `القائمة`, `صدارة التداولات`), a
verb of order before the next item (`ثم جاءت X`), the holders a company calls
(`المساهمين`); and what a report names that is no company (a price verb, a sum of money,
bonus shares, the traffic of trading). Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "وجاء في المركز الثاني سهم الواحة للتأمين ليغلق على مستوى 1.20 درهم مرتفعاً بنسبة 3%.",
            "الواحة للتأمين",
        ),
        (
            "تلاه سهم النخيل للأسمنت الذي ارتفع بنسبة 4% ليغلق على مستوى 2.10 درهم.",
            "النخيل للأسمنت",
        ),
        (
            "وتصدر سهم الريان للتأمين الأسهم المتراجعة بنسبة 9% إلى 41 فلساً.",
            "الريان للتأمين",
        ),
        (
            "وسجل سهم الفجر لبناء السفن الانخفاض الأكثر بنسبة 9.9% إلى 1.82 درهم.",
            "الفجر لبناء السفن",
        ),
        (
            "وواصل سهم المرجان القابضة صدارة التداولات الأسبوعية بقيمة 71 مليون درهم.",
            "المرجان القابضة",
        ),
        (
            "واحتل سهم بنك الساحل الأول المركز الثاني، بتداول 18 مليون درهم.",
            "بنك الساحل الأول",
        ),
        (
            "فقد تصدر سهم شركة الوادي للتأمين القائمة، وارتفع 12% عند 0.88 درهم.",
            "شركة الوادي للتأمين",
        ),
        (
            "دعا مجلس إدارة شركة الوادي الوطنية للتأمين المساهمين لحضور اجتماع الجمعية العمومية.",
            "شركة الوادي الوطنية للتأمين",
        ),
        (
            "جاء في الصدارة سهم نجمة لمواد البناء، مرتفعاً 6% ومغلقاً عند 1.02 درهم.",
            "نجمة لمواد البناء",
        ),
    ],
)
def test_a_listed_name_ends_before_what_the_report_says_of_its_share(
    text: str, company: str
) -> None:
    found = bodies(text)
    assert company in found, found
    assert not any(name.startswith(company) and name != company for name in found), found


def test_a_verb_of_order_and_the_last_item_s_money_are_not_the_next_name() -> None:
    found = bodies(
        "وحققت نجمة تداولات بقيمة 81 مليون درهماً ثم جاءت صفوة بقيمة 76 مليون درهم، "
        "ومن أكثر الشركات ارتفاعاً جاءت رواسي بإغلاق 50 .9 درهم بنسبة تغير بلغت 5%."
    )
    assert {"صفوة", "رواسي"} <= found, found
    assert not any("جاءت" in name or "درهم" in name for name in found), found


def test_an_item_after_and_names_its_company_without_the_conjunction() -> None:
    found = bodies(
        "ومن الأسهم المرتفعة كل من: نجمة القابضة بنسبة 8،5%، صفوة العقارية بنسبة 7،7%، "
        "ومصرف الواحة الإسلامي بنسبة 7،7%."
    )
    assert "مصرف الواحة الإسلامي" in found, found
    assert "ومصرف الواحة الإسلامي" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the closing verb after a price move, with و
        "وارتفع سعر السهم 15 فلساً وأغلق عند 4 .14 درهم، وتراجع سعر السهم 3% واغلق عند 3.91 درهم.",
        # a price move by a sum: "by one fils"
        "وتراجع فلساً واحداً إلى 47 .0 درهم.",
        # bonus shares are a kind of share
        "وقررت توزيع أرباح نقدية بنسبة 10%، وأسهم منحة بنسبة 12،5%.",
        # a sum recorded, no company that recorded it
        "وتم تسجيل 77 مبايعة منها 75 لشقق وسجلت بمبلغ 96 .58 مليون درهم.",
        # the traffic of trading that investors lead
        "وأشار إلى الدور المنوط بقوى الاستثمار التي تقود حركة التداول في السوق.",
    ],
)
def test_a_market_report_s_verbs_and_sums_name_no_company(text: str) -> None:
    assert bodies(text) == set()


def test_what_a_share_did_after_its_figure_is_no_next_company() -> None:
    found = bodies(
        "وتصدر سهم نجمة القائمة بقيمة 17 مليون درهم، وارتفع بنسبة 1.81% مغلقاً عند 16.9 "
        "درهم، وزاد بنسبة 2% عند 6 دراهم."
    )
    assert found == {"نجمة"}, found


def test_a_firm_s_name_ends_before_what_it_recommends() -> None:
    found = bodies("أوصى تقرير لشركة غلوبال بشراء سهم الشركة وحدد سعره المستهدف.")
    assert "غلوبال" in found or "شركة غلوبال" in found, found
    assert not any("بشراء" in name for name in found), found


def test_an_exchange_in_a_market_s_moves_ends_before_when() -> None:
    found = bodies("وارتفع سوق دبي خلال أسبوع 2.11% وصولاً عند مستوى 2880 نقطة.")
    assert "سوق دبي" in found, found
    assert not any("خلال" in name for name in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a nickname in quotes after a player's name
        'ويغيب محمد رضا "بوبو" عن المباراة بسبب إجهاد عضلي.',
        # a quoted name after a role or a nationality: a person's
        'وحصل الصيني "يانج ليو" على الميدالية الذهبية، وكانت البرونزية من نصيب اللاعب '
        'المحايد "ارسيني دوخنوو".',
        # the subject of a masculine verb: a person (a company takes the feminine)
        'ويركز "زيزو" خلال المران على تحسين لياقته.',
        # quoted words in case, with tanween
        'وقال إن الشعب شكّل "حصنًا منيعًا" أمام الخصوم.',
        # a stage of a league, a circle of competitors: no body
        "وفاز الفريق في الجولة الأولى من مباريات مجموعة التتويج، ليبقى ضمن دائرة المنافسة.",
        'وهي الانطلاقة الرسمية للفريق في "مجموعة التتويج" هذا الموسم.',
        # an adjective and a purpose after a head noun's letters
        "ووضعت القيادات الأمنية خطة محكمة للسيطرة على المداخل.",
    ],
)
def test_people_s_nicknames_and_common_phrases_are_no_bodies(text: str) -> None:
    assert bodies(text) == set()


def test_a_quoted_body_after_where_a_person_works_is_still_a_body() -> None:
    found = bodies(
        'وقال إن الشركة جندت سامي نادر من "نوفا لابس" وعادل منش من "كوراليس"، '
        "وقال رئيس «نوفاتك» إن الصفقة مهمة."
    )
    assert {"نوفا لابس", "كوراليس", "نوفاتك"} <= found, found
