"""Foreign names (transliterated, with no Arabic given name to begin them) as the drafter
reads them, on sentences written for the test (no article's names)."""

from __future__ import annotations

import pytest

from drafted_names import people
from scaletui.story import Paragraph
from scaletui.story.draft import draft_items
from scaletui.story.draft.names.modelled import ModelNames
from scaletui.story.draft.names.scan import Corpus, Scan


def test_a_foreign_name_the_model_is_sure_of_is_a_person() -> None:
    """`واتهم X Y ...`: no role and no known given name, but the name model is sure."""
    found = people("واتهم يوهان كارلسون الحكومة بتأخير المشروع.")
    assert found == {"يوهان كارلسون"}, found


@pytest.mark.parametrize(
    "text",
    [
        "بالنسبة لأجهزة سيلفرلاين كوانتو الخاصة بالشبكات.",
        "وتتميز أجهزة سيلفرلاين كوانتو بسرعتها.",
    ],
)
def test_a_foreign_name_after_a_noun_it_names_is_no_person(text: str) -> None:
    """`أجهزة X Y`, `لأجهزة X Y`: the name of a product the noun before it says."""
    assert people(text) == set(), people(text)


def test_a_past_verb_with_and_begins_no_foreign_name() -> None:
    """`وعبرت X`: a word in ت after و is a verb in the past (a noun ends in ة), even where
    the name model reads it as a name's first word."""
    scan = Scan(0, "وعبرت سوزي بدورها عن أملها.", Corpus({}))
    scan._labels = [("B-PER", 0.99), ("I-PER", 0.99)] + [("O", 1.0)] * (len(scan.tokens) - 2)
    ModelNames(scan).model_names()
    assert scan.mentions == [], scan.mentions


def test_a_compound_given_name_the_model_reads_is_a_person() -> None:
    """`إن X الدين Y انتقل`: a given name compounded with الدين begins a person's name,
    as a known given name does."""
    found = people("وقالت الصحيفة إن بهاء الدين حمدي انتقل مع عائلته إلى تركيا.")
    assert found == {"بهاء الدين حمدي"}, found


def test_where_the_models_body_ends_a_foreign_name_begins() -> None:
    """`أستاذ الاقتصاد في جامعة Z X Y إن`: the model reads the body, then a person; the
    body ends and the role's name begins there (no known given name says so)."""
    draft = draft_items(
        [
            Paragraph(
                0, "body", "وقال أستاذ الاقتصاد في جامعة هارفارد كينيث روغوف إن التضخم سيتراجع."
            )
        ],
        "",
    )
    found = {(e.kind, e.name_ar) for e in draft.entities}
    assert ("person", "كينيث روغوف") in found, found
    assert not any("كينيث" in name for kind, name in found if kind != "person"), found


def test_each_of_lists_people_the_model_reads() -> None:
    """`كل من X Y وZ W`: "each of", then a list; the model reads people there (and no one
    in `كل من مصر والأردن`)."""
    found = people("وشارك في اللقاء كل من تاكيشي ناكامورا وكينجي سوزوكي.")
    assert found == {"تاكيشي ناكامورا", "كينجي سوزوكي"}, found
    assert people("وشارك في اللقاء كل من مصر والأردن والسعودية.") == set()


def test_the_leader_with_the_article_is_a_role() -> None:
    """الزعيم (the leader), as زعيم: a role that leads the foreign name after it."""
    found = people("وقال الزعيم الكوري الشمالي كيم جونغ أون إن البلاد مستعدة.")
    assert found == {"كيم جونغ أون"}, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت المستشارة الألمانية كارين ليندنر إن الحكومة مستعدة.", "كارين ليندنر"),
        ("وقالت النائبة الفرنسية ماتيلد بانو إن الحكومة مستعدة.", "ماتيلد بانو"),
        ("وقالت الأستاذة الجامعية هيلغا شميت إن الدراسة مهمة.", "هيلغا شميت"),
    ],
)
def test_a_feminine_role_with_the_article_leads_a_name(text: str, name: str) -> None:
    """المستشارة، النائبة، الأستاذة: the definite feminine of a role the list had only
    bare (مستشارة) or masculine (المستشار) leads the name after it."""
    assert people(text) == {name}, people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت متحدثة باسم الوزارة كارين ليندنر إن الحكومة مستعدة.", "كارين ليندنر"),
        ("وقالت خبيرة الاقتصاد في البنك هيلغا شميت إن النمو ضعيف.", "هيلغا شميت"),
    ],
)
def test_a_bare_feminine_role_in_construct_leads_a_name(text: str, name: str) -> None:
    """متحدثة باسم، خبيرة الاقتصاد: the bare feminine of a role the list had only with
    the article (المتحدثة) leads the name after its complement."""
    assert people(text) == {name}, people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال السيناتور الجمهوري تيد كروز إن القرار خاطئ.", "تيد كروز"),
        ("وقال عمدة لندن صادق خان إن المدينة آمنة.", "صادق خان"),
        ("وقال الأدميرال البحري براد كوبر إن الأسطول مستعد.", "براد كوبر"),
    ],
)
def test_offices_of_foreign_news_lead_a_name(text: str, name: str) -> None:
    """السيناتور، عمدة (mayor)، الأدميرال: offices foreign news names people by."""
    assert people(text) == {name}, people(text)


def test_a_titles_nationality_comes_before_the_name() -> None:
    """`المهندس الياباني X Y`: the nationality after a title is the title's, then the name;
    after a title that is also a common noun (الفريق الفرنسي: the team) it is not."""
    assert people("وتسلم الجائزة المهندس الياباني كينجي سوزوكي.") == {"كينجي سوزوكي"}
    assert people("وفاز الفريق الفرنسي ذو القمصان الزرقاء بالمباراة.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت الكاتبة الأمريكية جويس كارول أوتس إن الرواية جاهزة.", "جويس كارول أوتس"),
        ("وقالت مراسلة الجزيرة في باريس كارين ليندنر إن الاحتجاجات مستمرة.", "كارين ليندنر"),
        ("وقالت السفيرة البريطانية هيلغا شميت إن العلاقات قوية.", "هيلغا شميت"),
    ],
)
def test_a_womans_role_leads_her_name(text: str, name: str) -> None:
    """الكاتبة، مراسلة، السفيرة: the feminines of roles lead a name as the masculines do."""
    assert people(text) == {name}, people(text)
