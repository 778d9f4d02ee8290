"""A role, then a name with no comma: where the name ends (the ninth held-out set, now
development texts, showed these in political news). Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import Draft, draft_items


def draft(*texts: str) -> Draft:
    return draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "")


def people(*texts: str) -> dict[str, str]:
    """Each drafted person's name and the role the people rows give (as written)."""
    drafted = draft(*texts)
    roles = {p.entity: p.role for p in drafted.people}
    return {e.name_ar: roles.get(e.id, "") for e in drafted.entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "ودعا الأمين العام للأمم المتحدة بان كي مون في كلمته إلى وقف القتال.",
            "بان كي مون",
            "الأمين العام للأمم المتحدة",
        ),
        (
            "واستقبل رئيس الوزراء الروسي فلاديمير بوتين وفدا من رجال الأعمال.",
            "فلاديمير بوتين",
            "رئيس الوزراء الروسي",
        ),
        (
            "وانتقد الرئيس الأمريكي دونالد ترمب خطابه أمام الكونغرس.",
            "دونالد ترمب",
            "الرئيس الأمريكي",
        ),
        (
            "وأكد الرئيس المصري حسني مبارك نجله سيرافقه في الزيارة.",
            "حسني مبارك",
            "الرئيس المصري",
        ),
    ],
)
def test_a_name_after_a_role_ends_where_the_name_model_ends_it(
    text: str, name: str, role: str
) -> None:
    """The role says a person is named; the words after the name (a noun with "his", a
    preposition, a noun the person acts on) are not part of it."""
    found = people(text)
    assert name in found, found
    assert not any(other != name and name in other for other in found), found


def test_a_role_in_construct_with_a_body_leads_the_name() -> None:
    """`رئيس مجلس النواب اليمني X`: the role's bare first noun is in construct; the name
    begins at the first bare word after the role's definite words."""
    found = people("وبحث رئيس مجلس الشورى السعودي عبدالله آل الشيخ مع ضيفه سبل التعاون.")
    assert found.get("عبدالله آل الشيخ") == "رئيس مجلس الشورى السعودي", found


def test_a_representative_and_a_counterpart_are_roles() -> None:
    """ممثل (representative) and نظيره (his counterpart) lead a name as any role does."""
    found = people(
        "وقال الممثل الخاص للأمم المتحدة هايلي منقريوس خلال زيارته إن الوضع هادئ.",
        "والتقى الوزير نظيره البريطاني ويليام هيغ في لندن لبحث الأزمة.",
    )
    assert {"هايلي منقريوس", "ويليام هيغ"} <= set(found), found


def test_a_preposition_with_the_article_ends_the_name() -> None:
    """`الرئيس X للبيت الأبيض`: "to the White House" is where he goes, not his name."""
    found = people("وقبل توجه الرئيس محمود عباس للبيت الأبيض قال مستشاره إن اللقاء حاسم.")
    assert "محمود عباس" in found, found


def test_the_words_before_a_leading_role_are_not_named_by_it() -> None:
    """`وتحمّل الصحيفة الرئيس X المسؤولية`: the role leads the name after it; the verb
    and its subject before it are no person with that role."""
    found = people("وتحمّل الإندبندنت الرئيس الأمريكي دونالد ترمب المسؤولية السياسية كاملة.")
    assert set(found) == {"دونالد ترمب"}, found


def test_and_a_title_begins_the_next_person_not_the_role_of_the_first() -> None:
    """`X رئيس قسم ... والنقيب Y رئيس ...`: each role is its own person's."""
    found = people(
        "وحضر الحفل المقدم سالم الكعبي رئيس قسم التدريب والنقيب خالد حسن خالد رئيس قسم "
        "الخدمات الذكية والاتصالات والنقيب عبد الرحمن."
    )
    assert found.get("خالد حسن خالد") == "رئيس قسم الخدمات الذكية والاتصالات", found


def test_a_noun_with_his_is_no_surname_the_model_missed() -> None:
    """`الرئيس مبارك نجله`: when the model is unsure of the word after a one-word name,
    a noun with "his" (نجله، خطابه) is not taken as the surname."""
    found = people("وأثار اصطحاب الرئيس مبارك نجله إلى واشنطن تساؤلات كثيرة.")
    assert not any("نجله" in name for name in found), found


def test_who_a_person_is_leads_the_name_as_a_role_does() -> None:
    """`الحاخام المتطرف X،`, `مرشدها الأعلى X،`: a noun saying who the person is (a rabbi,
    its guide) leads the name the model reads, with no office named."""
    found = people(
        "وهاجم الحاخام المتشدد موشيه ليفين، القرار في خطاب أمام أنصاره.",
        "وقالت الحركة في بيان باسم زعيمها الروحي عمر عبد الرحمن، إن الهدنة انتهت.",
    )
    assert {"موشيه ليفين", "عمر عبد الرحمن"} <= set(found), found


def test_an_age_in_brackets_follows_a_name() -> None:
    """`وهي X (45 عاماً)`: news gives a person's age in brackets after the name, which
    vouches for it even with a woman's given name in ة that no list holds."""
    found = people(
        "وبدأت المحكمة محاكمة متهمة جديدة، وهي نورة الدوسري (38 عاماً) التي أوقفت العام الماضي."
    )
    assert "نورة الدوسري" in found, found


def test_a_name_ends_at_a_verb_in_the_future() -> None:
    """`X سيقابل`: the future's س before a present tense is what the person will do."""
    found = people("وقالت الصحيفة إن أحمد سالم سيقابل الوفد غدا.")
    assert "أحمد سالم" in found and not any("سيقابل" in name for name in found), found


def test_a_plural_noun_is_no_name() -> None:
    """`رئيس طاقم المفاوضين`, `مع انفجارات متتالية قالت`: a plural of things in ات or of
    people in ين is no person's name, unless the name model reads one there."""
    found = people(
        "وقال رئيس طاقم المحامين إن الجلسة تأجلت.",
        "وهز المدينة دوي قوي مع انفجارات متتالية قالت مصادر إنها في الميناء.",
    )
    assert found == {}, found


def test_a_body_with_the_article_after_a_role_is_no_name() -> None:
    """`المدير العام لبنك الساحل حرص البنك على النمو`: "the bank's keenness", the body
    referred back to, is not the name the role leads."""
    assert "حرص البنك" not in people("وأكد المدير العام لبنك الساحل حرص البنك على النمو.")
