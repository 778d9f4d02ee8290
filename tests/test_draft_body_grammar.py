"""Bodies by Arabic grammar, for news the rules were not written on: a noun a number counts
names nothing, an adjective of standing or time ends a name, a head in construct with
another head's body names the whole, a name holds no pronoun. Sentences written for the
test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items
from scaletui.story.draft.names.modelled import ModelNames
from scaletui.story.draft.names.scan import Corpus, Scan


def bodies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


def test_shares_a_number_counts_are_of_no_company() -> None:
    """`مليار سهم تم تداولها`: shares counted, not `سهم X` (the share of X)."""
    assert bodies("وارتفع عدد الأسهم إلى 3 .2 مليار سهم تم تداولها خلال الشهر.") == set()


def test_the_share_of_a_headed_company_is_the_head_s_name_whole() -> None:
    """`سهم شركة نخيل الخليج الدولية`: the head noun's cue names the company; `سهم X`
    does not cut it at the adjective."""
    found = bodies("واقتصر التداول على سهم شركة نخيل الخليج الدولية بنحو 200 ألف سهم.")
    assert found == {"نخيل الخليج الدولية"}, found


def test_a_ruling_or_former_adjective_ends_a_party_s_name() -> None:
    """`حزب الأحرار الحاكم`, `زعيم حزب الأحرار السابق`: the party's standing now or
    before (or its leader's) is no word of its name."""
    found = bodies(
        "دعا حزب الأحرار الحاكم إلى الهدوء، وقال زعيم حزب الأحرار السابق إن الوقت قد حان."
    )
    assert found == {"حزب الأحرار"}, found


def test_a_paper_s_name_ends_before_published() -> None:
    """`لصحيفة الفجر الصادرة أمس`: "published yesterday" opens a clause about the paper."""
    found = bodies("وقال الاستطلاع الذي نشرته صحيفة الفجر الصادرة أمس إن الغالبية تعارض القرار.")
    assert found == {"الفجر"}, found


def test_a_firm_that_works_for_a_paper_ends_before_li_and_its_head() -> None:
    """`مؤسسة زوغبي لصحيفة الفجر`: ل and a head noun begin another body ("for the paper
    X"), not what the firm is for."""
    found = bodies("وقال استطلاع أجرته مؤسسة زوغبي لصحيفة الفجر إن الغالبية تعارض القرار.")
    assert found == {"زوغبي", "الفجر"}, found


def test_a_head_before_another_head_s_body_names_the_whole() -> None:
    """`جمعية اتحاد كامبردج`: the society of the Cambridge Union, in construct; not a
    publication's head (`موقع جمارك دبي`: the customs' website, not a body)."""
    assert bodies("ألقى الوزير خطاباً أمام جمعية اتحاد كامبردج في لندن.") == {"جمعية اتحاد كامبردج"}
    assert "موقع جمارك دبي" not in bodies("ونشر موقع جمارك دبي الإعلان.")


def test_a_government_named_by_a_pronoun_is_no_name() -> None:
    """`حكومة بلادها`: "her country's government", no government's name."""
    assert bodies("وقال الناخبون إنهم يريدون من حكومة بلادها الحفاظ على القانون.") == set()


def test_an_adjective_in_iyya_after_a_company_s_foreign_name_is_its_kind() -> None:
    """`شركة نيراس العقارية`: the adjective agrees with شركة, the company's kind, part of
    the name (market reports list it so); a nationality stays out (`شركة فولفو السويدية`).
    A group keeps its head (`مجموعة إف جي إتش المالية`)."""
    found = bodies("دعا مجلس إدارة شركة نيراس العقارية المساهمين إلى اجتماع الجمعية العمومية.")
    assert found == {"نيراس العقارية"}, found
    found = bodies("وارتفع سهم مجموعة إف جي إتش المالية إلى درهمين.")
    assert found == {"مجموعة إف جي إتش المالية"}, found
    found = bodies("ووقعت الوزارة اتفاقية مع شركة سيمنس الألمانية ومع شركة نوكيا الدولية لتطبيقات.")
    assert found == {"سيمنس", "نوكيا"}, found  # a country's, an office's: no kind


def test_a_company_named_by_its_trade_and_whose_it_is() -> None:
    """`شركة نفط الشمال`: a trade (نفط) in construct with a definite noun names the
    company; a plural after it describes (`شركة تطوير العقارات` is left)."""
    found = bodies("وسيمثل مسؤولون من شركة نفط الشمال أمام المجلس يوم الثلاثاء.")
    assert found == {"شركة نفط الشمال"}, found


def test_a_definite_body_with_a_preposition_on_it() -> None:
    """`بالبرلمان الكندي`: ب on the article; the body is the parliament."""
    found = bodies("قالت نائبة بالبرلمان الكندي، أمس، إن الجلسة تأجلت.")
    assert found == {"البرلمان الكندي"}, found


def test_a_quoted_common_noun_with_bi_and_the_article_is_no_body() -> None:
    """`"بالتقصير"`: ب on the article, a verbal noun quoted; and a quoted name after a
    noun of place (`منطقة "كارس"`, `بولاية "وان"`) names the place."""
    found = bodies(
        'واتهم الصحف "بالتقصير" في التغطية. واعتقلت الشرطة 5 أشخاص في منطقة "كارس" بولاية "وان".'
    )
    assert found == set(), found


def test_a_market_list_item_after_in_its_prices() -> None:
    """`أكثر الشركات انخفاضاً في أسعارها X بإغلاق`: a name holds no word with "its",
    so the listed name begins after أسعارها; a legal form spelt with commas (`ش,م,ع`)
    ends it; a name in Latin letters is listed too."""
    found = bodies(
        "بينما كانت أكثر الشركات انخفاضا في أسعارها نجوم الخليج بإغلاق 0.900 درهم بنسبة "
        "تغير بلغت 3.120%، مجموعة زمرد مولز ش,م,ع بإغلاق 3.120 درهم بنسبة تغير بلغت "
        "0.950%،Blue Pearl Holding بإغلاق 0.520 درهم بنسبة تغير بلغت 1.160%."
    )
    assert found == {"نجوم الخليج", "مجموعة زمرد مولز", "Blue Pearl Holding"}, found


def test_a_league_heads_a_body_s_name() -> None:
    """`رابطة دول غرب أفريقيا`: رابطة (a league) heads a body as جمعية and اتحاد do, its
    name a chain of nouns ending in a place."""
    found = bodies("وقد تضم الشبكة ورابطة دول غرب أفريقيا ودولاً أخرى.")
    assert found == {"رابطة دول غرب أفريقيا"}, found


def test_a_party_is_named_by_its_doctrine_s_adjective() -> None:
    """`الحزب الشيوعي`: a party by the nisba of its doctrine; a nationality alone
    (`الحزب الفرنسي`) refers back to a party named before."""
    found = bodies("وينتمي الرئيس إلى الحزب الشيوعي القريب من بكين، وقال الحزب الفرنسي إنه يرفض.")
    assert found == {"الحزب الشيوعي"}, found


def test_an_exchange_by_a_city_written_in_two_words() -> None:
    """`سوق أبو ظبي للأوراق المالية`: أبوظبي written in two words is the same city."""
    found = bodies("وتتداول أسهم الشركة في سوق أبو ظبي للأوراق المالية منذ عامين.")
    assert found == {"سوق أبو ظبي للأوراق المالية"}, found


def test_a_head_joined_to_another_noun_by_wa_names_no_body() -> None:
    """`حكومة وشعب بولندا`: "the government and people of Poland", two nouns joined by و
    sharing one genitive; no government's name."""
    found = bodies("وبعث الأمين العام بتعازيه إلى حكومة وشعب هولندا .")
    assert not any(name.startswith("حكومة") for name in found), found


def test_a_centre_with_a_foreign_name_is_that_firm_s() -> None:
    """`في مركز داتاكوم في دبي`: the firm's centre; the body is the firm."""
    found = bodies("وتقدم الشركة خدماتها من نقطة الحضور الجديدة في مركز داتاكوم في دبي .")
    assert found == {"داتاكوم"}, found


def test_a_broken_plural_in_construct_after_a_head_is_a_description() -> None:
    """`وكالة بحوث السوق IDC`: "the market research agency IDC"; بحوث السوق says what it
    does, it is no foreign name."""
    assert "بحوث" not in bodies("وتبعاً للإحصاء الذي أجرته وكالة بحوث السوق IDC في سبتمبر .")


def test_a_board_s_company_ends_with_its_sector() -> None:
    """`رئيس مجلس إدارة ليفن بيرت للاستشارات`: the board's firm, its sector ending its
    name (not `بيرت للاستشارات`)."""
    found = bodies(
        "وقدم الدورة أحمد سالم رئيس مجلس إدارة سوفن كيرت للاستشارات .وتهدف الدورة إلى التدريب."
    )
    assert found == {"سوفن كيرت للاستشارات"}, found


def test_a_definite_word_that_refers_back_to_a_named_island_is_no_body() -> None:
    """`جزيرة قشم ... في الجزيرة`: the article refers back to the island the text named
    (جزيرة without it), so the name model's `الجزيرة` is no channel here."""
    found = bodies(
        "وقصفت الطائرات مواقع في جزيرة قشم الإيرانية.\n\nوقال المتحدث إن الجزيرة تمثل "
        "شريانا اقتصاديا للبلاد."
    )
    assert "الجزيرة" not in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وزادت الودائع 12 مليون درهم وبنسبة 9% خلال العام.", "وبنسبة"),
        ("وبعث الأمين العام بتعازيه إلى الأسر.", "بتعازيه"),
    ],
)
def test_a_word_with_a_preposition_the_model_reads_as_a_body_is_none(text: str, word: str) -> None:
    """`وبنسبة`: "and by a rate of" (و and ب on a noun), `بتعازيه`: "with his
    condolences" (ب and "his"): the name model may read either as a body (it does on
    some business news); a body's name begins with no preposition nor ends with "his"."""
    scan = Scan(0, text, Corpus({}))
    at = next(k for k, token in enumerate(scan.tokens) if token.text == word)
    scan._labels = [("O", 1.0)] * len(scan.tokens)
    scan._labels[at] = ("B-ORG", 0.99)
    ModelNames(scan).model_names()
    assert scan.mentions == []


def test_a_bank_named_by_a_country_a_city_and_an_adjective() -> None:
    """`بنك الإمارات دبي الوطني`: the country, then the city, then the adjective; one
    name (the city no longer ends it)."""
    found = bodies("وحقق بنك الإمارات دبي الوطني أرباحا قياسية.")
    assert found == {"بنك الإمارات دبي الوطني"}, found


def test_a_function_word_ends_a_body_named_like_a_person() -> None:
    """`جماعة أنصار الله أنها استهدفت`: "that it targeted" is no word of the name."""
    found = bodies("وأعلنت جماعة أنصار الله أنها استهدفت سفينة في البحر.")
    assert found == {"جماعة أنصار الله"}, found


def test_a_committee_and_armed_forces_by_their_office() -> None:
    """`اللجنة الدولية للصليب الأحمر` (a committee by its scope and what it is for),
    `القوات المسلحة السودانية` (forces by their branch and country; what follows with ل
    is whose they are: `القوات المسلحة لكلا البلدين` is no name)."""
    found = bodies(
        "ودعت اللجنة الدولية للصليب الأحمر إلى حماية المدنيين، ونفذت القوات المسلحة "
        "السودانية غارات."
    )
    assert found == {"اللجنة الدولية للصليب الأحمر", "القوات المسلحة السودانية"}, found
    assert bodies("وأجرت القوات المسلحة لكلا البلدين مناورات.") == {"القوات المسلحة"}


def test_a_city_s_holding_company() -> None:
    """`دبي القابضة`, `رأس الخيمة القابضة`: a city and a legal form name a company."""
    found = bodies("ووقعت دبي القابضة مذكرة تفاهم مع رأس الخيمة القابضة أمس.")
    assert found == {"دبي القابضة", "رأس الخيمة القابضة"}, found


def test_a_general_secretariat_of_a_body_and_the_body_are_two() -> None:
    """`الأمانة العامة لجامعة الدول العربية`: the secretariat by its office, of the league
    (ل joins two bodies, its adjective the league's); both are named."""
    found = bodies("وشارك في الاجتماع ممثلو الأمانة العامة لجامعة الدول العربية أمس.")
    assert found == {"الأمانة العامة لجامعة الدول العربية", "جامعة الدول العربية"}, found


def test_a_central_bank_as_masraf_and_data_of_it() -> None:
    """`بيانات المصرف المركزي`: المصرف by its office is a body (as البنك); the data are
    not its name."""
    assert bodies("وأظهرت بيانات المصرف المركزي أن الودائع نمت 5%.") == {"المصرف المركزي"}


def test_an_exchange_house_s_sector_ends_its_name() -> None:
    """`شركة الأنصاري للصرافة`: currency exchange is a firm's sector."""
    found = bodies("وقال محللون في شركة الأنصاري للصرافة إن الدرهم مستقر.")
    assert found == {"شركة الأنصاري للصرافة"}, found


def test_the_share_of_a_company_with_its_legal_form() -> None:
    """`سهم أرابتك القابضة`: the legal form ends the company's name, it is no new phrase."""
    found = bodies("وتصدر سهم نيراس القابضة قائمة الأسهم الأكثر نشاطا أمس.")
    assert found == {"نيراس القابضة"}, found


def test_the_model_s_body_begins_after_a_plural_in_construct_with_it() -> None:
    """The model may read `تقارير`/`بيانات` with the body whose data they are
    (`بيانات الهيئة الوطنية`): an indefinite plural in ات before a definite word is the
    body's data, not its name."""
    scan = Scan(0, "وأظهرت بيانات الهيئة الوطنية تراجع الأسعار.", Corpus({}))
    scan._labels = [("O", 1.0)] * len(scan.tokens)
    scan._labels[1:4] = [("B-ORG", 0.99), ("I-ORG", 0.99), ("I-ORG", 0.99)]
    ModelNames(scan).model_names()
    assert [m.name for m in scan.mentions] == ["الهيئة الوطنية"]


def test_a_head_and_its_indefinite_adjective_describe() -> None:
    """`لجنة فنية` (a technical committee), `جمعية خيرية` (a charity), `شركة كبرى` (a
    major company): a head noun and its adjective describe a body, they name none."""
    found = bodies(
        "وتتولى لجنة فنية دراسة المشروع، وتبرعت جمعية خيرية بالمال، وقال مصدر في شركة "
        "كبرى إن الأسعار سترتفع."
    )
    assert found == set(), found
    found = bodies("وطالبت جمعية رعاية الأيتام وهيئة تنمية المجتمع بالدعم.")
    assert found == {"جمعية رعاية الأيتام", "هيئة تنمية المجتمع"}, found  # what they do


def test_a_market_s_sector_is_no_company() -> None:
    """`أسهم قطاع البنوك بنسبة 2%`: the banks' sector rose, no company is listed."""
    assert bodies("وارتفعت أسهم قطاع البنوك بنسبة 2% خلال الجلسة.") == set()


def test_examples_of_companies_after_such_as() -> None:
    """`لمصلحة شركات أخرى، مثل سيلفر كانيون وتريدكورب`: مثل gives examples of the
    companies; each item of the list is one."""
    found = bodies("وواصلوا العمل لمصلحة شركات أخرى، مثل سيلفر كانيون وتريدكورب .")
    assert found == {"سيلفر كانيون", "تريدكورب"}, found


def test_a_role_s_body_is_named_though_a_place_follows_what_he_said() -> None:
    """`رئيس حزب الوفد إن المشاركة في الانتخابات`: إن opens what he said, so `في` later
    is no unit of the role; the party is named."""
    found = bodies("وقال رئيس حزب الأمل إن المشاركة في الانتخابات واجب.")
    assert found == {"حزب الأمل"}, found


def test_a_paper_named_by_a_city_beginning_with_waw() -> None:
    """`صحيفة واشنطن بوست`: the و of واشنطن (a place) is no "and"."""
    assert bodies("وقالت صحيفة واشنطن بوست إن الإدارة تدرس الخيارات.") == {"واشنطن بوست"}


def test_a_plural_sector_takes_only_an_adjective_that_agrees() -> None:
    """`المفوضية العليا للانتخابات النتائج`: after a plural in ات, a definite word not in ة
    or ات is the verb's object (the results), not the name's adjective."""
    found = bodies("وأعلنت المفوضية العليا للانتخابات النتائج الأولية.")
    assert found == {"المفوضية العليا للانتخابات"}, found


def test_a_continent_s_union_and_the_arab_league_by_their_scope() -> None:
    """`الاتحاد الأفريقي`, `الجامعة العربية`: a body by its continental or Arab scope."""
    found = bodies("وأعلن الاتحاد الأفريقي تعليق العضوية، وطالبت الجامعة العربية بوقف التصعيد.")
    assert found == {"الاتحاد الأفريقي", "الجامعة العربية"}, found


def test_a_quoted_company_as_the_subject_of_what_companies_do() -> None:
    """`وأعلنت «نيراس العقارية» عن`: a quoted name after a company's verb and before عن
    is its subject, a company (its adjective with the article is no bar)."""
    assert bodies("وأعلنت «نيراس العقارية» عن توزيع أرباح نقدية.") == {"نيراس العقارية"}


def test_a_quoted_superlative_is_a_title_not_a_body() -> None:
    """`بجائزة «أفضل بنك إسلامي»`: a ranking an award gives, no body's name."""
    assert bodies("وفازت الشركة بجائزة «أفضل بنك إسلامي» لعام 2012.") == set()


def test_a_plural_after_a_singular_definite_word_is_no_word_of_the_name() -> None:
    """`لجنة الميزانية التعديلات`: a plural in ات agrees with no singular noun, so it is
    the verb's object (the amendments), not the committee's adjective."""
    assert bodies("وأقرت لجنة الميزانية التعديلات أمس.") == {"لجنة الميزانية"}


def test_what_a_company_acquires_follows_ala() -> None:
    """`واستحوذت فيسبوك على`: a company acquires; its name is the verb's subject, confirmed
    by على before what it acquired."""
    assert bodies("واستحوذت زينيكس على تطبيق للمراسلة مقابل مليار دولار.") == {"زينيكس"}


def test_a_transitional_or_military_council_and_a_coalition_by_their_office() -> None:
    """`المجلس الانتقالي الجنوبي`, `المجلس العسكري`, `الائتلاف الوطني السوري`: a council
    by its transitional or military office, a coalition by its national one; the ruling
    one (`الائتلاف الحاكم`) is described, not named."""
    found = bodies(
        "وقال المجلس الانتقالي الجنوبي إنه يرفض الاتفاق، ورحب المجلس العسكري به، وقال "
        "الائتلاف الوطني السوري إن المفاوضات فشلت، وقالت النائبة عن الائتلاف الحاكم إنها تؤيده."
    )
    assert found == {
        "المجلس الانتقالي الجنوبي", "المجلس العسكري", "الائتلاف الوطني السوري"
    }, found  # fmt: skip
