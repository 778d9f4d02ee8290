"""Bodies a leader's word names: a head that alone also means a place, a programme, a
motion or troops (مركز، برنامج، حركة، قوات) names a body when a leader's word is in
construct with it (`رئيس مركز X`, `قائد قوات X`), names it with في (`قيادي في حركة X`) or
leads it (`تقودها حركة X`); a definite head and its adjective too (`رئيس السلطة
التشريعية`). Sentences written for the test."""

from __future__ import annotations

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product", "place")}


def test_a_leader_s_word_makes_a_body_of_a_common_head() -> None:
    found = bodies(
        "وحذر رئيس السلطة التشريعية من التأخير، وأعلن قائد قوات الحماية الشعبية استعداد "
        "كتائبه. وقال سعيد (قيادي في حركة الإصلاح) إن الحكومة التي تقودها حركة الوفاق "
        "الوطني ستستقيل."
    )
    assert {"السلطة التشريعية", "قوات الحماية الشعبية", "حركة الإصلاح"} <= found, found
    assert any(name.startswith("حركة الوفاق") for name in found), found


def test_the_holder_s_name_after_a_role_ends_the_unit_reading() -> None:
    """`ورئيس مركز X سالم الحداد في تصريح`: the في after the holder's name is the
    sentence's, so the centre is a body, not a unit of another."""
    found = bodies(
        "وتوقع الخبير ورئيس مركز التنمية الريفية والزراعية سالم الحداد في تصريح أن ترتفع الأسعار."
    )
    assert "مركز التنمية الريفية والزراعية" in found, found


def test_the_same_heads_without_a_leader_or_a_definite_name_name_nothing() -> None:
    found = bodies(
        "وتباطأت حركة السير في المدينة، وبدأ برنامج التدريب المهني أمس. واجتمع مساعد "
        "قائد قوات أمن الحج مع المسؤولين، وقال رئيس الهيئة الحالية إن العمل مستمر."
    )
    assert found == set(), found


def test_what_speaks_is_a_body() -> None:
    """`قال برنامج X`: a programme that says something is a body."""
    found = bodies("وقال برنامج الأغذية الإقليمي، أمس، إن مليون شخص يحتاجون إلى الغذاء.")
    assert found == {"برنامج الأغذية الإقليمي"}, found


def test_a_broadcaster_by_its_name_or_its_nation_keeps_its_head() -> None:
    """`لتلفزيون النهار` names the channel with its head (unlike a paper, named by its
    title); `التلفزيون الكيني` is a state's; in `قنوات التلفزيون التركية` the feminine
    adjective agrees with the channels, not with التلفزيون: no body."""
    found = bodies(
        "وقال الوزير في حديث لتلفزيون النهار إن الاتفاق انتهى. وبث التلفزيون الكيني شريطاً "
        "مصوراً. وهاجم الرئيس الصحف وقنوات التلفزيون التركية."
    )
    assert found == {"تلفزيون النهار", "التلفزيون الكيني"}, found


def test_a_dateline_may_credit_the_agencies_after_the_outlet() -> None:
    """`غزة «الصباح»، وكالات:`: the outlet of a dateline, with the agencies it drew on."""
    drafted = draft_items([Paragraph(0, "body", "غزة «الصباح»، وكالات: رفض الأسير العرض.")], "")
    assert {(e.name_ar, e.kind) for e in drafted.entities} >= {("الصباح", "publication")}


def test_members_and_what_is_tied_to_a_body_name_it() -> None:
    """`عناصر تنظيم X`, `مقاتلي حركة X`, `المرتبطة بتنظيم X` (the body without its ب, and
    without what و joins to it: وتمويل الإرهاب)."""
    found = bodies(
        "وقتل خمسة من عناصر تنظيم الدولة في الغارة، واشتبك الجيش مع مقاتلي حركة الشباب "
        "المجاهدين. وحوكم أعضاء خلية المرتبطة بتنظيم القاعدة وتمويل الأعمال الإرهابية."
    )
    assert found == {"تنظيم الدولة", "حركة الشباب المجاهدين", "تنظيم القاعدة"}, found


def test_armed_groups_are_named_by_their_plural_heads() -> None:
    """`كتائب X`, `سرايا X`, `ألوية X`: battalions, companies, brigades: a group's name."""
    found = bodies("وأعلنت كتائب الشهداء وسرايا المقاومة مسؤوليتهما عن الهجوم.")
    assert found == {"كتائب الشهداء", "سرايا المقاومة"}, found


def test_a_broadcasting_word_inside_a_body_s_name_is_no_body_of_its_own() -> None:
    found = bodies("وذكرت هيئة الإذاعة البريطانية أن الحكومة سترد.")
    assert found == {"هيئة الإذاعة البريطانية"}, found


def test_a_movement_may_be_named_by_one_word() -> None:
    """`قالت حركة فتح`, `المتحدث باسم حركة حماس`, `قال تنظيم داعش`: one word without the
    article after a movement that speaks or has a spokesman; not an adjective (حركة
    احتجاجية) nor the first word of a longer name (حركة تحرير السودان)."""
    found = bodies(
        "وأكدت حركة فتح في بيان أن الاتفاق قائم، وقال المتحدث باسم حركة حماس إن الحركة "
        "ترفض، وقال تنظيم داعش في بيان إنه نفذ الهجوم. وشهدت المدينة حركة احتجاجية واسعة."
    )
    assert found == {"حركة فتح", "حركة حماس", "تنظيم داعش"}, found


def test_what_speaks_or_reports_names_a_service_a_channel_or_an_authority() -> None:
    """`قال جهاز الأمن الوطني` (a device does not speak), `نقلت قناة العربية عن`, and
    `السلطة الفلسطينية`, an authority by its nation."""
    found = bodies(
        "وقال جهاز الأمن الوطني إن الخلية فككت. ونقلت قناة العربية عن مصادر أن السلطة "
        "الفلسطينية رفضت العرض."
    )
    assert {"جهاز الأمن الوطني", "السلطة الفلسطينية"} <= found, found
    assert any("العربية" in name for name in found), found


def test_a_company_named_for_a_person_runs_to_the_family_name() -> None:
    """`مجموعة ماجد الفطيم`, `شركة محمد عبدالله الفلاسي للتجارة`: a given name after a
    company's head begins its name, which the family name with the article ends (and
    its trade after it); the group keeps its head, a company is named without شركة."""
    found = bodies(
        "ووقعت الوزارة مذكرة تفاهم مع مجموعة ماجد الفطيم لتطوير المشروع، وقال إن شركة "
        "محمد عبدالله الفلاسي للتجارة ستتوسع."
    )
    assert found == {"مجموعة ماجد الفطيم", "محمد عبدالله الفلاسي للتجارة"}, found


def test_forces_a_country_and_an_adjective_not_its_nationality_name_a_force() -> None:
    """`قوات سوريا الديمقراطية` is a force of its own (with its head); what kind of
    forces a country's are (قوات سوريا النظامية) names none."""
    found = bodies("وانسحبت قوات ليبيا الوطنية من القرية، ثم دخلتها قوات ليبيا النظامية.")
    assert found == {"قوات ليبيا الوطنية"}, found


def test_a_leader_s_committee_that_is_a_unit_or_a_described_noun_is_no_body() -> None:
    """`رئيس اللجنة الفنية باليونسكو`: a unit at another body; `كشفت أزمة الخليج عن`: a
    common noun and a place, no body named by its city."""
    found = bodies(
        "وقال رئيس اللجنة العلمية باليونسكو إن المشروع مستمر. وكشفت أزمة الخليج عن تحول واسع."
    )
    assert not any(name.startswith(("اللجنة", "أزمة")) for name in found), found


def test_forces_named_by_what_they_are_and_a_website_s_owner_are_no_names() -> None:
    """`قالت قوات الاحتلال`, `قائد قوات الأمن`: forces by what they are; `نشر موقع
    الوزارة البيان`: the ministry's website."""
    found = bodies(
        "وقالت قوات الاحتلال إنها اعتقلت شاباً، وقال قائد قوات الأمن إن الوضع هادئ. ونشر "
        "موقع الوزارة البيان."
    )
    assert found == set(), found


def test_a_front_or_movement_by_its_adjective_speaks_or_is_for_a_cause() -> None:
    """`قالت الجبهة الشعبية`, `الجبهة الديمقراطية لتحرير فلسطين`, `قال المؤتمر الوطني`,
    `قال تيار المستقبل`, and the powers of a state by their adjective (المجلس التشريعي);
    not trade (الحركة التجارية), a home front or a press conference."""
    found = bodies(
        "وقالت الجبهة الشعبية إن الحوار مستمر، وأيدته الجبهة الديمقراطية لتحرير فلسطين. "
        "وقال المؤتمر الوطني إنه سيشارك، وقال تيار المستقبل في بيان إنه يرحب. وصوت المجلس "
        "التشريعي على القانون. وتراجعت الحركة التجارية، وعززت الجبهة الداخلية استعداداتها، "
        "وشهد المؤتمر الصحفي حضوراً."
    )
    assert found == {
        "الجبهة الشعبية", "الجبهة الديمقراطية لتحرير فلسطين", "المؤتمر الوطني",
        "تيار المستقبل", "المجلس التشريعي",
    }, found  # fmt: skip


def test_a_commission_or_a_house_that_speaks_is_a_body_an_office_is_not() -> None:
    """`قالت مفوضية الأمم المتحدة لشؤون اللاجئين`, `أعلنت دار الإفتاء المصرية`: bodies;
    `مدير مكتب الإعلام`, `أعلنت إدارة الشركة`: a body's office, its management."""
    found = bodies(
        "وقالت مفوضية الأمم المتحدة لشؤون اللاجئين إن العدد ارتفع، وأعلنت دار الإفتاء "
        "المصرية موعد العيد. وذكر مدير مكتب الإعلام أن الحملة بدأت، وأعلنت إدارة الشركة أن "
        "الأرباح ارتفعت."
    )
    assert found == {"مفوضية الأمم المتحدة لشؤون اللاجئين", "دار الإفتاء المصرية"}, found


def test_a_network_whose_name_ends_with_news_is_an_outlet_over_its_letters() -> None:
    """`شبكة سي.إن.إن الإخبارية` (letters with points), `شبكة إيه بي سي الإخبارية`: the
    outlet whole, head to adjective; not a person named سي."""
    drafted = draft_items([Paragraph(0, "body", (
        "ونقلت شبكة سي.إن.إن الإخبارية عن المصدر قوله، وقالت شبكة إيه بي سي الإخبارية إن."
    ))], "")  # fmt: skip
    kinds = {e.name_ar: e.kind for e in drafted.entities}
    assert kinds == {
        "شبكة سي.إن.إن الإخبارية": "publication", "شبكة إيه بي سي الإخبارية": "publication"
    }, kinds  # fmt: skip


def test_a_name_before_a_trade_is_a_firm_but_not_before_any_plural() -> None:
    """`جمبو للإلكترونيات`, `نوفا للصناعات`: a name and the trade it is in; `موعد محدد
    للمشاورات`, `قتل وقمع للحريات`: a plural that is no trade names no firm."""
    found = bodies(
        "وتضم المجموعة جمبو للإلكترونيات، وأعلنت نوفا للصناعات عن توسعة. ولم يشر البيان إلى "
        "موعد محدد للمشاورات، وندد بعمليات قتل وقمع للحريات."
    )
    assert found == {"جمبو للإلكترونيات", "نوفا للصناعات"}, found


def test_members_from_a_body_name_it() -> None:
    """`أفراد من مجالس الصحوة`, `قيادات من المؤتمر الوطني`: members "from" a body; a
    board (مجالس الإدارة) is none."""
    found = bodies(
        "وفجر نفسه وسط أفراد من مجالس الصحوة شرقي المدينة، واجتمعت قيادات من المؤتمر "
        "الوطني. وقال أعضاء مجالس الإدارة إن."
    )
    assert found == {"مجالس الصحوة", "المؤتمر الوطني"}, found


def test_a_body_named_by_its_city_and_trade_or_by_two_fields_and_its_city() -> None:
    """`جهاز أبوظبي للاستثمار`: an authority by its city and trade; `دائرة الشؤون
    الإسلامية والعمل الخيري بدبي`: two fields, then its city, one name (not "مجلس التعاون
    الخليجي والعناصر الأمنية في", two items)."""
    found = bodies(
        "وأعلن جهاز أبوظبي للاستثمار عن صفقة، وأطلقت دائرة الشؤون الإسلامية والعمل الخيري "
        "بدبي حملة، وشارك مجلس التعاون الخليجي والعناصر الأمنية في التمرين."
    )
    assert found == {
        "جهاز أبوظبي للاستثمار", "دائرة الشؤون الإسلامية والعمل الخيري بدبي", "مجلس التعاون الخليجي"
    }, found  # fmt: skip
