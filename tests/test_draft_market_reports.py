"""Companies in market reports, as Arabic writes them: the share's word with the
conjunction (`وسهم صروح بقيمة`), and the noun a number counts (`27 شركة جرى تداولها`),
which heads no name; a list's verb of order (`تلاه X`), quoted names before a price. Also
where a body's name ends (a coordinated noun, what it is for with its preposition, an
adjective of office) and what names none (`حكومة بلاده`, a quoted word with tanween).
Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def companies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


def test_a_share_after_wa_names_its_company_without_the_conjunction() -> None:
    found = companies(
        "وتصدرت الدار العقارية قائمة الشركات الأكثر نشاطاً، تلاه سهم دانة غاز بقيمة "
        "تداولات 31 مليون درهم، وسهم اتصالات بقيمة تداولات 16 مليون درهم، وسهم بنك "
        "الخليج الأول بقيمة تداولات 11 مليون درهم."
    )
    assert {"دانة غاز", "اتصالات", "بنك الخليج الأول"} <= found, found
    assert not any(name.startswith("وسهم") for name in found), found


def test_the_noun_a_number_counts_heads_no_name() -> None:
    found = companies("واستقرت أسعار شركة واحدة من أصل 27 شركة جرى تداولها أمس.")
    assert found == set(), found


def test_a_share_names_its_company_up_to_what_the_share_did() -> None:
    """`سهم X` ends at a word with ب (بتداولات, بنزوله), an accusative (منخفضاً), a verb
    with و, or after the company's legal form (القابضة); a place's company keeps its
    adjective (الشارقة الإسلامي)."""
    found = companies(
        "وجاء سهم الشارقة الإسلامي بتداولات ب20 مليون درهم، ثم سهم أملاك بسيولة ب19 "
        "مليون درهم. وتراجع سهم دانة منخفضاً 3% إلى درهم، وسجل سهم الخليج القابضة "
        "التراجع الأكثر بنسبة 10%، وجاء ثالثاً سهم أرامكس بنزوله 3%، تلاه سهم جلفار وصعد 2%."
    )
    assert found == {"الشارقة الإسلامي", "أملاك", "دانة", "الخليج القابضة", "أرامكس", "جلفار"}, (
        found
    )


def test_a_share_s_word_with_no_name_after_it_names_nothing() -> None:
    found = companies(
        "وتم تداول 53 مليون سهم بقيمة 118 مليون درهم، وتداول 86 مليون سهم من خلال 839 "
        "صفقة، وارتفع سهم الشركة أمس."
    )
    assert found == set(), found


def test_a_company_verb_s_object_in_the_accusative_confirms_its_subject() -> None:
    """`حققت نوفا أرباحاً`: the accusative object (أرباحاً) after the name shows the name
    is the subject of what the company did."""
    assert companies("وحققت نوفا أرباحاً صافية بلغت 30 مليون درهم في النصف الأول.") == {"نوفا"}


def test_the_subject_of_a_company_s_trading_is_a_company() -> None:
    """`حققت X تداولات بقيمة ...`, `ثم جاءت Y تداولات بقيمة ...`: what traded that much."""
    found = companies(
        "فقد حققت نخيل للتمويل تداولات بقيمة 189 مليون درهم، ثم جاءت دار الأركان "
        "العقارية تداولات بقيمة 123 مليون درهم."
    )
    assert found == {"نخيل للتمويل", "دار الأركان العقارية"}, found


def test_a_company_named_house_of_something_keeps_what_it_is_the_house_of() -> None:
    """`شركة بيت الاستثمار العالمي`: the house (بيت، دار) and its genitive with the
    article are one name, not بيت alone."""
    found = companies(
        "وكانت أكثر الشركات انخفاضاً في أسعارها شركة بيت الأعمال الدولي (جلوبال) بإغلاق 0.37 درهم."
    )
    assert "بيت" not in found and any("بيت الأعمال الدولي" in name for name in found), found


def test_a_quoted_listed_company_may_be_long_and_give_its_short_form_after_a_dash() -> None:
    """`سهم "شركة الخليج الوطنية للتأمين"`: four words, named by its share and its head;
    `"الشركة الوطنية للتكييف المركزي - تكييف"`: the name, and its short form after the
    dash inside the quotes."""
    drafted = draft_items(
        [Paragraph(0, "body", 'وسجل سهم "شركة الخليج الوطنية للتأمين" أكثر انخفاض أمس.'),
         Paragraph(1, "body", 'وجاء ثانياً سهم "الشركة الوطنية للتكييف المركزي - تكييف" أمس.')],
        "",
    )  # fmt: skip
    found = {e.name_ar: e.surface_forms for e in drafted.entities}
    assert found == {
        "شركة الخليج الوطنية للتأمين": ("شركة الخليج الوطنية للتأمين",),
        "الشركة الوطنية للتكييف المركزي": ("الشركة الوطنية للتكييف المركزي", "تكييف"),
    }, found


def test_a_quoted_name_ending_with_a_company_s_type_is_a_company() -> None:
    """`«الخليج ريت»`, `«النور القابضة»`: a REIT or a holding company by its name's end,
    though the name begins with the article."""
    found = companies("واصلت «الخليج ريت» تسجيل النمو، وتراجعت أرباح «النور القابضة» أمس.")
    assert found == {"الخليج ريت", "النور القابضة"}, found


def test_a_bare_plural_subject_after_anna_is_a_company_the_text_names_again() -> None:
    """`وقال إن إنجازات تولي أهمية ...`: a plural in ات with no article as the subject of a
    feminine verb is a name (a common plural would take the article); named twice."""
    found = companies(
        "وقال المدير إن إنجازات انتهت من اختبار الشبكة. وأضاف أن إنجازات تعمل على توسيعها."
    )
    assert found == {"إنجازات"}, found
    once = companies("وقال المدير إن مبيعات ارتفعت في الربع الأول.")
    assert once == set(), once


def test_a_transliterated_name_ending_with_a_company_s_type_is_a_company() -> None:
    """`تقدم ألفا كوميونيكيشنز ثلاثة منتجات`: the type ends the name, what comes before
    it (a verb, a common noun, a و that joins another company) does not belong to it."""
    found = companies("تقدم ألفا كوميونيكيشنز ثلاثة منتجات جديدة لتشفير الفيديو.")
    assert found == {"ألفا كوميونيكيشنز"}, found
    joined = companies("ووقعت الشركتان اتفاقية مع منتجات نيزك وبيتا تكنولوجي أمس.")
    assert not any(name.startswith(("و", "منتجات")) for name in joined), joined


def test_followed_by_opens_a_market_list_s_next_item() -> None:
    """`تلاه X بقيمة`: "followed by X", the next company of the list, without the verb;
    what is said of it after التي is not its name."""
    found = companies(
        "وتصدر سهم نور للاستثمار القائمة بقيمة تداولات 40 مليون درهم، تلاه الريم للتطوير "
        "بقيمة تداولات 22 مليون درهم، تلته صحارى العقارية التي ربحت كثيراً بقيمة 9 ملايين درهم."
    )
    assert {"الريم للتطوير", "صحارى العقارية"} <= found, found
    assert not any(name.startswith(("تلاه", "تلته")) for name in found), found


def test_his_country_s_government_is_named_by_a_pronoun_and_a_place_in_ha_is_not() -> None:
    """`حكومة بلاده`: "his country's government", no name; `محكمة تايبيه`: a place."""
    found = companies(
        "وقال السفير إنه سينقل الرسالة إلى حكومة بلاده، ونظرت محكمة تايبيه في القضية."
    )
    assert "حكومة بلاده" not in found, found


def test_a_body_s_name_ends_with_a_coordinated_noun_before_a_preposition() -> None:
    """`هيئة الموانئ البحرية والجمارك خلال`: a body named for two domains (the second
    joined with و) ends where a preposition begins what is said of it; a noun with a
    relative clause (`والعناصر التي`) is another item, not the name's."""
    found = companies(
        "وأعلنت هيئة الموانئ البحرية والجمارك خلال مؤتمر أمس خطتها، وناقش مجلس التعاون "
        "الخليجي والعناصر التي يجب توفيرها."
    )
    assert "هيئة الموانئ البحرية والجمارك" in found, found
    assert not any(name.endswith("والعناصر") for name in found), found


def test_a_quoted_word_with_tanween_is_no_name() -> None:
    """`رفض عرضاً «أمريكياً»`: a word in case, with tanween, quoted for emphasis; a name
    takes no tanween."""
    found = companies("ورفض الوزير عرضاً «أمريكياً» بالانسحاب من المدينة.")
    assert found == set(), found


def test_what_a_body_is_for_takes_its_object_with_its_preposition() -> None:
    """`للدفاع عن حقوق الإنسان`, `للحفاظ على البيئة`: the verbal noun of what the body is
    for governs عن or على, and its object is the name's; a sector's name (`للإعلام`)
    then عن is the verb's (أعلنت X عن إطلاق)."""
    found = companies(
        "وأكدت المنظمة العربية للدفاع عن حقوق المرأة دعمها، وأعلنت الشارقة للإعلام عن "
        "إطلاق برنامج جديد."
    )
    assert "المنظمة العربية للدفاع عن حقوق المرأة" in found, found
    assert not any("إطلاق" in name for name in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال رئيس المجلس التأسيسي، إن الحوار مستمر.", "المجلس التأسيسي"),
        ("وقال إن العرض قدمته النيابة العسكرية للنائب عن المدينة.", "النيابة العسكرية"),
    ],
)
def test_a_definite_body_with_an_adjective_of_office(text: str, name: str) -> None:
    """التأسيسي (constituent) and العسكرية (military) are adjectives of office: `المجلس
    التأسيسي` and `النيابة العسكرية` name bodies; a role after ل (`للنائب`) is whom
    something was given to, not the body's name."""
    found = companies(text)
    assert found == {name}, found


def test_a_quoted_name_before_its_closing_price_is_a_listed_company() -> None:
    """`، «الريم الإسلامي» بإغلاق 5.6 درهم`: a market list quotes each company's name;
    one of a place and an adjective, or one definite word, is still the company."""
    found = companies(
        "وارتفعت الأسهم: «نور للاستثمار» بإغلاق 0.9 درهم بنسبة 1.5%، «الريم الإسلامي» "
        "بإغلاق 5.6 درهم بنسبة 1.1%، «الصقر» بإغلاق 65 درهم بنسبة 1.5%."
    )
    assert {"الريم الإسلامي", "الصقر"} <= found, found
