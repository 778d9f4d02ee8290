"""People named after a role in the dual or the plural (`الرئيسان X وY`, `الوزراء X، Y
وZ`) and after a role by the family name alone (`المستشارة الألمانية X`), on sentences
written for the test (no article's names)."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def people(*texts: str) -> set[str]:
    entities = draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "").entities
    return {e.name_ar for e in entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "وبحث الرئيسان عبد الفتاح سليمان ومحمود درويش العلاقات الثنائية.",
            {"عبد الفتاح سليمان", "محمود درويش"},
        ),
        (
            "وبحث الرئيسان ماكي سال وألفا كوندي العلاقات الثنائية في داكار.",
            {"ماكي سال", "ألفا كوندي"},
        ),
        (
            "وحضر الاجتماع الوزراء أحمد الجابري، وخالد الفلاحي وسهيل المزروعي.",
            {"أحمد الجابري", "خالد الفلاحي", "سهيل المزروعي"},
        ),
        (
            "واستقبل الملكان سلمان بن عبدالعزيز ومحمد السادس الوفود المشاركة.",
            {"سلمان بن عبدالعزيز", "محمد السادس"},
        ),
    ],
)
def test_the_holders_of_a_role_of_two_or_more_are_listed_after_it(
    text: str, names: set[str]
) -> None:
    """A dual (ان, ين) or a plural role, then two names or more joined by "and" or commas."""
    assert people(text) == names, people(text)


@pytest.mark.parametrize(
    "text",
    [
        "واتفق الوزيران على مواصلة التنسيق بين البلدين.",
        "وبحث الرئيسان الأمريكي والروسي سبل التعاون.",
        "واجتمع الوزراء المعنيون في العاصمة لمناقشة الخطة.",
    ],
)
def test_a_role_of_two_or_more_without_names_names_no_one(text: str) -> None:
    """The role alone, or its adjectives, then what the holders did: no one named."""
    assert people(text) == set(), people(text)


def test_a_role_then_the_family_name_alone_is_the_person() -> None:
    """`رئيس الوزراء الإسرائيلي X إن`: the role, one word the name model begins a person
    with, then the name's end."""
    assert people("وقال رئيس الوزراء الإسرائيلي نتنياهو إن إسرائيل سترد.") == {"نتنياهو"}


def test_the_family_name_after_a_role_merges_with_the_full_name() -> None:
    """The text gives the full name first: the role and the family name are the same
    person, not a second one."""
    found = people(
        "وصل بنيامين نتنياهو إلى واشنطن أمس.",
        "وقال رئيس الوزراء الإسرائيلي نتنياهو إن إسرائيل سترد.",
    )
    assert found == {"بنيامين نتنياهو"}, found


@pytest.mark.parametrize(
    "text",
    [
        "وقال الرئيس الأمريكي أمس إن بلاده سترد.",
        "وأعلن رئيس الوزراء البريطاني أن الحكومة ستستقيل.",
        "وأكد الوزير خلال اللقاء أن التعاون مستمر.",
        "وقال بيان للمكتب الإعلامي لعلاوي، إن علاوي سيعود إلى بغداد.",
    ],
)
def test_a_role_then_no_family_name_names_no_one_after_it(text: str) -> None:
    """A time, a clause or a preposition with a name the text writes bare (لعلاوي: "of
    Allawi") after the role: no family name there."""
    assert people(text) == set(), people(text)


def test_a_dual_role_splits_two_names_read_as_one_at_and() -> None:
    """`الرئيسين X Y وZ W`: the role says two people; "and" glued to a short name (وجو)
    begins the second, whatever other cue read the four words as one name."""
    found = people("وتخلت الإدارة عن نهج أسلافها مثل الرئيسين باراك أوباما وجو بايدن تجاه الصين.")
    assert found == {"باراك أوباما", "جو بايدن"}, found


def test_and_after_the_role_of_a_name_begins_the_next_person() -> None:
    """`X Y وزير الدفاع وZ W وزير الزراعة`: each role is the apposition of the name before
    it, so the "and" after one begins the next person, who does not take that role."""
    found = people(
        "ويضم الوفد لوكا بيونق وزير شؤون الرئاسة وأوياي دينق وزير التعاون الإقليمي "
        "وسامسون كواجي وزير الزراعة."
    )
    assert "سامسون كواجي" in found and "وسامسون كواجي" not in found, found


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        (("وقال شاهد وسكان إن الاشتباكات اندلعت، وأكد السكان أنهم سمعوا إطلاق نار.",), set()),
        (("وهدمت البلدية مباني في الشيخ جراح وبيت حنانيا أمس.",), set()),
    ],
)
def test_and_joins_two_phrases_not_a_name(texts: tuple[str, ...], names: set[str]) -> None:
    """ "And" glued to a word the text writes alone (سكان of السكان) or to the first word
    of a place (وبيت) never runs inside a person's name."""
    assert people(*texts) == names, people(*texts)


def test_and_the_never_ends_a_name() -> None:
    """`المرشح الأوفر حظا والمدعوم من`: "and the ..." after a role's words is the next
    adjective of the role, never a family name with the article."""
    found = people("كما وجه في حملته نقدا لبايرون دونالدز المرشح الأوفر حظا والمدعوم من الرئيس.")
    assert not any("والمدعوم" in name for name in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وكان الرئيس هناك، ومعه مستشاره صالح عبيد أحمد، وعدد من الوزراء.", "صالح عبيد أحمد"),
        ("وتولى تشكيلها عام 1924 برئاسة زعيمه سعد زغلول، وشهدت الفترة تغيرات.", "سعد زغلول"),
        ("وتوج الفريق بقيادة مدربه الألماني الجديد آنذاك راينر تسوبيل، بالكأس.", "راينر تسوبيل"),
    ],
)
def test_a_role_with_his_leads_the_name_after_it(text: str, name: str) -> None:
    """`مستشاره X Y` ("his adviser"): a role with a pronoun is definite and leads the
    name; "at that time" (آنذاك) after it is the role's, not the name's."""
    assert people(text) == {name}, people(text)


def test_a_role_with_his_and_no_name_names_no_one() -> None:
    """`وقال مستشاره إن`: the role with "his" alone, no name after it."""
    assert people("وقال مستشاره إن القرار نهائي، واستقبل نائبه الوفود.") == set()
