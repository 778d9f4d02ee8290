"""Companies in a market report's price moves, as Arabic business news writes them: a
verb of the price (`وارتفع`, `تراجع`, `لارتفاع`) and its list of shares, each a name
and its move (`X 40 .2% إلى 28 .1 درهم، وY عند 0.84 درهم`); an index moves in points, a
market's measure (أسعار النفط) and a noun with "its" name no company. And items of a
trading list that follow one another across a reversed decimal (`880 .7 درهماً، X
بقيمة`). Sentences written for the test."""

from __future__ import annotations

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product", "place")}


def test_the_shares_a_price_verb_lists_are_companies() -> None:
    found = bodies(
        "وارتفع نجوم 40 .2% إلى 28 .1 درهم، وسنابل 96 .0% إلى 16 .3 درهم، والواحات "
        "العقارية 65 .0% إلى 56 .1 درهم، فيما تراجع مرافئ للاستثمار 22 .2% إلى 32 .1 درهم."
    )
    assert found == {"نجوم", "سنابل", "الواحات العقارية", "مرافئ للاستثمار"}, found


def test_a_price_at_or_without_a_word_before_it_and_a_trading_after_it_keep_the_list() -> None:
    """`X عند 0.84 درهم بتداول 9 .37 مليون سهم، وY 78 .0 درهم`: the move's trading and a
    bare price are part of the item; the next item still follows."""
    found = bodies(
        "كما ارتفع لؤلؤ عند 84 .0 درهم بتداول 9 .37 مليون سهم، وأسمنت الوادي عند 57 .0 "
        "درهم، وقمم 78 .0 درهم، وإشراقة 17 .0 درهم."
    )
    assert found == {"لؤلؤ", "أسمنت الوادي", "قمم", "إشراقة"}, found


def test_what_a_price_verb_moves_in_points_or_by_a_measure_is_no_company() -> None:
    """An index moves in points; `أسعار النفط`, `حجم التداول`, `نسبته`, a currency with the
    article: no company. A city's market among the moves is its exchange."""
    found = bodies(
        "وارتفع مؤشر السوق العام 23 .0% إلى 31 .1556 نقطة، وسوق أبوظبي 49 .0% إلى 85 .2645 "
        "نقطة. وارتفعت أسعار النفط 2% إلى 80 دولاراً، وارتفع الدولار 1% إلى 3 دراهم، "
        "وارتفعت نسبته 4% إلى 9 دراهم."
    )
    assert found == {"سوق أبوظبي"}, found


def test_a_price_verb_without_a_move_after_its_name_lists_nothing() -> None:
    found = bodies("وارتفع عدد الزوار إلى مليون زائر، وتراجعت الثقة بالأسواق كثيراً.")
    assert found == set(), found


def test_a_trading_list_follows_its_last_item_across_a_reversed_decimal() -> None:
    """`حققت X تداولات بقيمة 880 .7،113،400 درهماً، Y بقيمة ...، Z تداولات بقيمة`: the
    point of a reversed decimal is part of the figure, the next item follows it, and
    its trading (تداولات) is no word of its name."""
    found = bodies(
        "فقد حققت نخلة العقارية تداولات بقيمة 880 .7،113،400 درهماً، ريادة بقيمة 140 "
        ".2،499،405 درهماً، سحاب للتمويل تداولات بقيمة 090 .2،421،221 درهماً ."
    )
    assert found == {"نخلة العقارية", "ريادة", "سحاب للتمويل"}, found


def test_the_first_share_may_follow_the_verb_s_complement_and_a_given_name() -> None:
    """`وارتفع إلى الحد الأعلى مع اختفاء العروض X عند ...`: the first share comes after
    what the verb says (the words without the article before the move); a share whose
    name begins with a given name (ريم) is a company, not a person; the list goes on
    past the move's trading (`بعد تداول 8 .16 مليون سهم، وY عند`)."""
    drafted = draft_items([Paragraph(0, "body", (
        "وارتفع إلى الحد الأعلى مع اختفاء العروض ريم للطاقة عند 37 .0 درهم بعد تداول 8 .16 "
        "مليون سهم، ونجوم عند 84 .0 درهم."
    ))], "")  # fmt: skip
    kinds = {e.name_ar: e.kind for e in drafted.entities}
    assert kinds == {"ريم للطاقة": "company", "نجوم": "company"}, kinds


def test_one_definite_word_is_a_share_only_after_another_share() -> None:
    """`، والواحة عند 0.84 درهم` after a share is a company named with the article; a
    list that opens with one (الذهب، الفضة: a commodity's prices) names none."""
    assert bodies("وارتفع نجوم عند 37 .0 درهم، والواحة عند 84 .0 درهم.") == {"نجوم", "الواحة"}
    assert bodies("وارتفع الذهب 1% إلى 1200 دولار، والفضة 2% إلى 20 دولاراً.") == set()


def test_a_city_s_market_where_shares_trade_is_its_exchange() -> None:
    """`في سوق دبي خلال جلسة أمس` in a paragraph of shares is the exchange, one entity
    with `سوق دبي المالي` named elsewhere; an exchange's own share in the list of moves
    (`ودبي المالي 5%`) is that exchange again, not a second body; a city's property
    market (سوق دبي العقاري) is no exchange."""
    paragraphs = [
        Paragraph(0, "body", "وارتفعت أسهم سوق دبي المالي أمس."),
        Paragraph(
            1,
            "body",
            (
                "وبلغ صافي استثمار الأفراد في سوق دبي خلال جلسة أمس 54 مليون درهم، وارتفع "
                "نجوم 2% إلى 1 درهم، ودبي المالي 5% إلى 2 درهم."
            ),
        ),  # fmt: skip
        Paragraph(2, "body", "وتراجعت الأسعار في سوق دبي العقاري."),
    ]
    drafted = draft_items(paragraphs, "")
    names = sorted(e.name_ar for e in drafted.entities if e.kind not in ("person", "place"))
    assert names == ["سوق دبي المالي", "نجوم"], names


def test_a_share_s_name_ends_at_a_preposition_and_takes_its_kind() -> None:
    """`سهم الواحات العقارية في المرتبة الثانية بقيمة`: what the share did starts at the
    preposition; `سهم نخلة العقارية قائمة`: the company's kind (in ية) ends its name."""
    found = bodies(
        "وتصدر سهم نخلة العقارية قائمة الأسهم الأكثر نشاطاً. وجاء سهم الواحات العقارية في "
        "المرتبة الثانية بقيمة 50 مليون درهم، وأغلق سهم بنك الريان التجاري على ارتفاع بنسبة 2%."
    )
    assert found == {"نخلة العقارية", "الواحات العقارية", "بنك الريان التجاري"}, found


def test_a_body_named_by_its_city_is_the_subject_of_an_announcement() -> None:
    """`أعلنت موانئ دبي العالمية عن`: a noun without the article, a place and an
    adjective, then عن or أمس: what announced is a body named by its city."""
    found = bodies(
        "وأعلنت مرافئ الشارقة الدولية عن زيادة المناولة، وأعلنت طيران عجمان أمس عن رحلات."
    )
    assert found == {"مرافئ الشارقة الدولية", "طيران عجمان"}, found


def test_a_share_s_kind_ends_its_name_and_a_city_s_company_announces() -> None:
    """`سهم الواحات العقارية الارتفاعات`: after the company's kind (العقارية) comes what
    the share did; `أعلنت عجمان للطيران عن`: a city and its trade, a company."""
    found = bodies("وقاد سهم الواحات العقارية الارتفاعات بنسبة 5%. وأعلنت عجمان للطيران عن صفقة.")
    assert found == {"الواحات العقارية", "عجمان للطيران"}, found


def test_a_share_s_name_ends_before_how_it_moved_and_what_it_led() -> None:
    """`أسهم كل من X بنسبة`, `سهم X بالحد الأدنى 10%` (how it fell), `سهم X الأسهم
    المرتفعة بنسبة` (a definite phrase after a name without the article: what it led)."""
    found = bodies(
        "وارتفعت أسهم كل من نجوم بنسبة 2% وسنابل بنسبة 1%. وهبط سهم قمم بالحد الأدنى 10% "
        "إلى 2.5 درهم. وتصدر سهم لؤلؤ الأسهم المرتفعة بنسبة 9.8% إلى 0.6 درهم."
    )
    assert found == {"نجوم", "سنابل", "قمم", "لؤلؤ"}, found


def test_a_rise_in_percent_or_to_a_total_moves_no_share() -> None:
    """A share moves to a price: `ارتفعت الحركة السياحية 5%` and `ارتفعت الصادرات
    النفطية 5% إلى 300 مليار درهم` (a total, with its scale) name no company; after a
    share's word a move in % is a share's (`وانخفضت أسهم X 2% وY 1%`)."""
    found = bodies(
        "وارتفعت الحركة السياحية 5%. وارتفعت الصادرات النفطية 5% إلى 300 مليار درهم. "
        "وانخفضت أسهم نجوم 2% وسنابل 1%."
    )
    assert found == {"نجوم", "سنابل"}, found


def test_a_traded_company_after_its_head_is_one_entity_with_its_headed_name() -> None:
    """`حققت شركة نخلة القابضة تداولات بقيمة ...` and `شركة نخلة القابضة` elsewhere: one
    company, named as `شركة X` names it (without شركة), not two."""
    found = bodies(
        "فقد حققت شركة نخلة القابضة تداولات بقيمة 840 مليون درهم. وقالت شركة نخلة القابضة إن."
    )
    assert found == {"نخلة القابضة"}, found


def test_what_came_first_among_the_shares_is_a_company() -> None:
    """`وجاء الواحات الأكثر نشاطاً`, `وحل بنك الوادي الأكثر تداولاً` (the comparative ends
    the bank's name): listed companies; `وجاء الأداء الأكثر تراجعاً`: the market's
    performance, no company."""
    found = bodies(
        "وجاء الواحات الأكثر نشاطاً بقيمة تداولات 9 مليون درهم، وحل بنك الوادي الأكثر "
        "تداولاً. وجاء الأداء الأكثر تراجعاً منذ شهر."
    )
    assert found == {"الواحات", "بنك الوادي"}, found


def test_a_plural_of_people_or_bodies_before_a_place_announces_no_company() -> None:
    """`أعلنت سلطات دبي عن`, `كشفت قيادات الإمارات عن`, `أطلقت جامعات الإمارات`: the
    place's authorities, leaders and universities; `أعلنت محاكم دبي عن` is a body."""
    found = bodies(
        "وأعلنت سلطات دبي عن إجراءات جديدة، وكشفت قيادات الإمارات عن رؤية، وأطلقت جامعات "
        "الإمارات عن برامج، وأعلنت محاكم دبي عن نظام جديد."
    )
    assert found == {"محاكم دبي"}, found


def test_a_listed_share_s_name_ends_before_an_accusative_or_an_elative() -> None:
    """`سهم X ارتفاعاً بنسبة 2%`, `سهم Y أعلى ارتفاع بنسبة 5%`: what the share did."""
    found = bodies(
        "وسجل سهم سحاب للاستثمار ارتفاعاً بنسبة 2%، وحقق سهم الوادي التجاري أعلى ارتفاع بنسبة 5%."
    )
    assert found == {"سحاب للاستثمار", "الوادي التجاري"}, found


def test_the_next_quoted_name_after_wa_is_of_the_first_s_kind() -> None:
    """`أسهم «نجوم» و«الواحة»`: the second quoted share is a company too, article and
    all; scare quotes joined by و (`«الإرهاب» و«التطرف»`) name nothing."""
    found = bodies("وارتفعت أسهم «نجوم» و«الواحة» بنسب متفاوتة. وقال إن «الإرهاب» و«التطرف» آفتان.")
    assert found == {"نجوم", "الواحة"}, found
