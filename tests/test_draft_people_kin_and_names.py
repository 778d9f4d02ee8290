"""Names that kin of two, a double إن and a family of two words bound, on sentences
written for the test (no article's names)."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def people(*texts: str) -> set[str]:
    entities = draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "").entities
    return {e.name_ar for e in entities if e.kind == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "وقتل عدي وقصي نجلا الرئيس السابق في هجوم على المنزل.",
        "ودفن الجثمان قرب نجلي الرئيس عدي وقصي في المقبرة.",
    ],
)
def test_kin_of_two_names_the_two_one_word_each(text: str) -> None:
    """`X وY نجلا Z` and `نجلي Z X وY`: the dual kin word says the two words joined by
    "and" are two people; it is never a name's word itself."""
    assert people(text) == {"عدي", "قصي"}, people(text)


@pytest.mark.parametrize(
    "text",
    [
        "وشارك نجلا الرئيس في الحفل والاستقبال الرسمي.",
        "وحضر نجلي الرئيس الحفل ووزعا الجوائز على الفائزين.",
    ],
)
def test_kin_of_two_without_names_names_no_one(text: str) -> None:
    """The kin and whose they are, then what they did: no one named."""
    assert people(text) == set(), people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال رئيس كوريا الجنوبية مون جاي إن إن المحادثات مثمرة.", "مون جاي إن"),
        ("وأكد الرئيس الكوري الجنوبي مون جاي إن أن بلاده مستعدة للحوار.", "مون جاي إن"),
    ],
)
def test_a_double_that_keeps_the_name_word_before_it(text: str, name: str) -> None:
    """ "That" is said once: of two إن (or إن أن) after a name, the first is the name's."""
    assert people(text) == {name}, people(text)


def test_one_that_after_a_name_is_not_the_name() -> None:
    """A single إن after a name of two words begins what was said."""
    assert people("وقال رئيس الوزراء سالم جابر إن المحادثات مثمرة.") == {"سالم جابر"}


def test_a_speaker_family_of_two_words_with_the_article() -> None:
    """`وأضاف X البندر السعدون أن`: a branch and a tribe, both with the article, then what
    he said; officials of a body (`مسؤولو البيت الأبيض`) are no one's name."""
    assert people("وأضاف عواد البندر السعدون أن المحكمة ستنعقد غدا.") == {"عواد البندر السعدون"}
    assert people("وقال مسؤولو البيت الأبيض إن الرئيس بخير.") == set()


def test_and_begins_the_next_speaker_of_a_list_the_model_reads() -> None:
    """`X وزير الثقافة وY Z رئيس الوزراء السابق`: after one person's role, "and" glued to
    a name the model reads on (B-PER, I-PER) begins the next person, with his own role."""
    found = people(
        "ويتقدم المتحدثين الشيخ سالم بن راشد آل حامد وزير الثقافة وتوني بلير رئيس "
        "الوزراء البريطاني السابق."
    )
    assert found == {"سالم بن راشد آل حامد", "توني بلير"}, found


def test_and_joining_two_phrases_stays_out_of_the_name() -> None:
    """`بلون بارز وبهيكل خارجي`: "and" joins phrases the model reads no name in."""
    assert people("ويأتي الهاتف بلون بارز وبهيكل خارجي متين، كما قال المدير.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وشارك في اللقاء أحمد كمال أبو المجد، وعمرو موسى.", "أحمد كمال أبو المجد"),
        ("وقال أحمد أبو الغيط إن الجامعة ستجتمع.", "أحمد أبو الغيط"),
        ("علي أبو الريش تحدث عن الأجواء العامة للرواية.", "علي أبو الريش"),
    ],
)
def test_abu_and_a_family_with_the_article_ends_the_name(text: str, name: str) -> None:
    """أبو with a name word the text never writes bare (أبو المجد، أبو الغيط) is a family
    name; like any family name with the article it ends the name (not "تحدث" after it)."""
    assert name in people(text), people(text)


def test_a_verbal_noun_before_a_given_name_is_what_was_done() -> None:
    """`تأليف X وإخراج محمد Y`: "directed by", then the director; إيهاب, a name of that
    shape, the model reads as one."""
    found = people("والعرض تأليف محمود أبو العباس وإخراج محمد العامري لمسرح المدينة.")
    assert found == {"محمود أبو العباس", "محمد العامري"}, found
    assert people("وقال إيهاب أمين إن الفريق جاهز للمباراة.") == {"إيهاب أمين"}


@pytest.mark.parametrize(
    "text",
    [
        "وقال راجح بادي لـ«الخليج» إن الحكومة ترفض المبادرة.",
        "وقال راجح بادي ل«الخليج» إن الحكومة ترفض المبادرة.",
        "وقال الناطق باسم الحكومة راجح بادي للخليج إن الحكومة ترفض المبادرة.",
    ],
)
def test_a_speaker_who_told_a_newspaper(text: str) -> None:
    """`وقال X Y لـ«الخليج» إن`: ل and the newspaper he told it to says a person spoke,
    as a role or a title would."""
    assert people(text) == {"راجح بادي"}, people(text)


def test_told_to_needs_a_name_before_it() -> None:
    """`وقال المدير لـ«الخليج» إن`: the role alone, no one named."""
    assert people("وقال المدير لـ«الخليج» إن المشروع يكتمل.") == set()


def test_an_emirati_family_name_in_bal() -> None:
    """`عبدالله بالحيف النعيمي`: بالحيف is a family name, not "with the ...", before the
    tribe's nisba; `بالدور الإماراتي` ("the role", a nationality after it) is not."""
    found = people(
        "وأوضح الدكتور عبدالله بالحيف النعيمي وزير تطوير البنية التحتية أن المشاريع تسير."
    )
    assert found == {"عبدالله بالحيف النعيمي"}, found
    assert people("وأشاد سالم محمد بالدور الإماراتي في المنطقة.") == {"سالم محمد"}
