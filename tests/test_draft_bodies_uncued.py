"""Bodies the text names with no head noun: what the sentence says of them shows they are
names (the ninth held-out set, now development texts). Sentences written for the test."""

from __future__ import annotations

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(*texts: str) -> set[str]:
    drafted = draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


def test_a_plural_noun_with_no_article_that_announces_is_a_company() -> None:
    """`أعلنت اتصالات عن`: "telecoms announced" would carry the article; with none and the
    announcement at once (عن, أمس), the word is the company's name."""
    found = bodies(
        "وتقدم الشركة خدمات الاتصالات للأفراد. وأعلنت اتصالات عن إطلاق باقة جديدة للشباب."
    )
    assert "اتصالات" in found, found


def test_a_noun_with_its_after_the_verb_is_no_company() -> None:
    """`اختتمت فعالياته أمس`: "its events ended yesterday"."""
    found = bodies("وشارك الفريق في المعرض الذي اختتمت فعالياته أمس في دبي وسط إقبال كبير.")
    assert not any("فعاليات" in name for name in found), found


def test_a_union_an_observatory_a_prosecution_and_a_municipality_are_bodies() -> None:
    """نقابة، مرصد، نيابة، أمانة (a city's municipality) head a body's name as وزارة does;
    with the article they name one when an adjective of office follows (المحكمة العليا)."""
    found = bodies(
        "وقالت نقابة المهندسين الأردنيين إن الإضراب مستمر.",
        "وأفاد مرصد الأزهر بأن الحملة نجحت.",
        "وباشرت أمانة بغداد أعمال التنظيف، فيما قررت المحكمة العليا تأجيل الجلسة.",
    )
    assert {
        "نقابة المهندسين الأردنيين",
        "مرصد الأزهر",
        "أمانة بغداد",
        "المحكمة العليا",
    } <= found, found


def test_a_seat_of_power_in_construct_with_its_officials_is_a_body() -> None:
    """`مسؤولو البيت الأبيض`, `المتحدث باسم الكرملين`: the definite name their officials
    serve is a body (the model files it as a place); a country is not (الولايات المتحدة)."""
    found = bodies(
        "وقال مسؤولو البيت الأبيض إن الرئيس بخير.",
        "وقال المتحدث باسم الكرملين إن اللقاء مثمر.",
        "وقال رئيس الولايات المتحدة إن الحرب انتهت.",
    )
    assert {"البيت الأبيض", "الكرملين"} <= found and "الولايات المتحدة" not in found, found


def test_the_announcement_may_follow_the_day() -> None:
    """`أعلنت اتصالات، أمس عن`: the day between commas, then عن."""
    found = bodies("وتقدم الشركة خدمات الاتصالات. أعلنت اتصالات، أمس عن توقيع اتفاقية جديدة.")
    assert "اتصالات" in found, found


def test_after_an_adjective_a_definite_noun_starts_a_new_phrase() -> None:
    """`قرار وكالة الطاقة الدولية السحب من المخزون`: the agency's name ends at its
    adjective; السحب (the drawing) is what it decided."""
    found = bodies("ورحبت الأسواق بقرار وكالة الطاقة الدولية السحب من المخزونات.")
    assert "وكالة الطاقة الدولية" in found, found


def test_a_central_apparatus_is_a_body() -> None:
    """`الجهاز المركزي للمعلومات`: الجهاز with an adjective of office names a body."""
    found = bodies("وشارك في الاجتماع رئيس الجهاز المركزي للمعلومات في المملكة.")
    assert "الجهاز المركزي للمعلومات" in found, found


def test_business_news_lists_its_companies_by_their_shares() -> None:
    """`X بإغلاق 0.36 درهم` (X closed at) and `12 سهماً من X،` (shares of X) name listed
    companies in a market report, with no head noun."""
    found = bodies(
        "ومن أكثر الشركات ارتفاعاً: نور للاستثمار بإغلاق 0.36 درهم، وادي الذهب بإغلاق 1.2 درهم."
        " وتم تداول 12،500،000 سهماً من مجموعة الريان، و900 سهم من الفجر العقارية."
    )
    assert {"نور للاستثمار", "وادي الذهب", "الفجر العقارية"} <= found, found


def test_a_market_report_lists_its_companies_by_their_change_and_trading() -> None:
    """`كل من: X بنسبة 9،3%، Y بنسبة 4،2%`: the list opens after `كل من:` and each item
    follows the last one's figure (a function word inside a name, أم, is one of its words);
    `تلاه سهم X بقيمة تداولات ...، Z بقيمة تداولات` lists by trading. A change the
    sentence reports of the market (`ارتفع المؤشر بنسبة 0،5%`) names nothing."""
    found = bodies(
        "ارتفع المؤشر العام بنسبة 0،5% أمس. وتصدرت قائمة الشركات الأكثر ارتفاعاً كل من: "
        "ريادة للتكافل بنسبة 8،1%، إسمنت أم الحصن بنسبة 3،2%، النخلة كابيتال بنسبة 2،7%.",
        "وتصدر سهم الواحات العقارية قائمة الأكثر نشاطاً، تلاه سهم مرافئ القابضة بقيمة "
        "تداولات 9،4 مليون درهم، بنك الساحل الأول بقيمة تداولات 3،1 مليون درهم.",
    )
    assert {
        "ريادة للتكافل",
        "إسمنت أم الحصن",
        "النخلة كابيتال",
        "مرافئ القابضة",
        "بنك الساحل الأول",
    } <= found, found
    assert not any("المؤشر" in name for name in found), found


def test_a_listed_company_after_shares_of_is_named_without_its_head() -> None:
    """`سهماً من شركة مرافئ` beside `شركة مرافئ القابضة`: the name the head cue gives."""
    found = bodies("وتم تداول 1،500،000 سهماً من شركة مرافئ، و200 سهماً من بنك الساحل.")
    assert "شركة مرافئ" not in found, found


def test_a_quoted_name_with_its_own_head_or_after_a_share_is_a_body() -> None:
    """`سهم "شركة مرافئ للتطوير"`: the head noun inside the quotes says what the name is;
    `سهم "البنك الساحلي"` too (a definite head in a quoted name is no reference back)."""
    found = bodies(
        'وجاء سهم "شركة مرافئ للتطوير" في المركز الأول، تلاه سهم "البنك الساحلي المتحد".'
    )
    assert {"شركة مرافئ للتطوير", "البنك الساحلي المتحد"} <= found, found


def test_a_quoted_head_and_a_description_is_no_name() -> None:
    """`"شركة رائدة"`, `«مجموعة كبيرة»`: a head noun and an adjective, a description."""
    found = bodies('ووصفها بأنها "شركة رائدة" في المجال، وقال إن «مجموعة كبيرة» حضرت.')
    assert not found, found


def test_one_place_in_the_text_names_one_body() -> None:
    """`مصرف السلام - السودان بإغلاق 1.800 درهم`: the head cue reads مصرف السلام, the
    listing the whole name; at one place the text names one body, the longer."""
    found = bodies(
        "وجاء في مقدمة الأسهم: ريادة للتكافل بإغلاق 0.360 درهم، مصرف النور - السودان "
        "بإغلاق 1.800 درهم."
    )
    assert "مصرف النور - السودان" in found, found
    assert "مصرف النور" not in found, found


def test_what_tops_a_list_of_companies_and_the_dual_of_company_name_companies() -> None:
    """`وتصدرت مرافئ قائمة الشركات الأكثر نشاطاً`; `شركتي ميداس وريادة تقدمان`: the dual
    names two companies (the second read to its word: a dual verb follows)."""
    found = bodies(
        "وتصدرت مرافئ قائمة الشركات الأكثر نشاطاً بالقيمة.",
        "ويتبين أن شركتي ميداس وريادة تقدمان الخدمة بالسعر نفسه.",
    )
    assert {"مرافئ", "ميداس", "ريادة"} <= found, found
    assert not any("تقدمان" in name for name in found), found


def test_a_market_report_s_common_nouns_are_no_companies() -> None:
    """`أسهم البنوك بنسبة 2%`, `سهم الشركة بنسبة 4%`, `والأرباح بنسبة 3%` after a listed
    item, `تصدرت الإمارات قائمة الدول`: a sector, a reference back, a figure of the
    report and a country, not companies."""
    found = bodies(
        "وارتفعت أسعار أسهم البنوك بنسبة 2% أمس، وتراجع سهم الشركة بنسبة 4%.",
        "وتصدرت الأسهم كل من: ريادة للتكافل بنسبة 8%، والأرباح الصافية بنسبة 3%.",
        "وجاء ذلك بعد أن تصدرت الإمارات قائمة الدول الأكثر تنافسية.",
    )
    assert found == {"ريادة للتكافل"}, found


def test_my_company_is_no_pair_of_companies() -> None:
    """`شركتي ستتوسع وتنمو`: شركتي is also "my company"; a verb after it names nothing."""
    assert not bodies("وقال إن شركتي ستتوسع وتنمو في المنطقة."), "a verb read as a name"


def test_agencies_named_after_wakalat_anba_and_signing_off_before_the_next_report() -> None:
    """`وكالة أنباء «الأناضول»`: the agency's name in quotes after وكالة أنباء; `(بنا)
    .** صنعاء ...`: a report signed off before the next one runs on, both sign-offs kept."""
    found = bodies(
        "ونقلت وكالة أنباء «الأناضول» عن مصادر أمنية أن الهجوم صد.",
        "وتضمنت المذكرة توصيات عدة . (بنا) .** صنعاء بدأ المجلس جلساته أمس . (سبأ)",
    )
    assert {"الأناضول", "بنا", "سبأ"} <= found, found
