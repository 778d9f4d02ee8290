"""People in sports and transfer news: what follows a player's name (where he moved,
what he is, his position), on sentences written for the test (no article's names)."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def people(*texts: str) -> set[str]:
    entities = draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "").entities
    return {e.name_ar for e in entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        (
            (
                "وينتقل سيراميكا إلى المرحلة المقبلة بقوة.",
                "وانتقل أحمد ياسر ريان وصلاح محسن ومحمد شكرى لسيراميكا من النادي.",
            ),
            {"أحمد ياسر ريان", "صلاح محسن", "محمد شكرى"},
        ),
        (
            ("وأدار المباراة الحكم مصطفى مدحت كحكم ساحة، وعاونه في التحكيم حكم مساعد.",),
            {"مصطفى مدحت"},
        ),
    ],
)
def test_a_preposition_on_a_word_the_text_writes_alone_ends_the_name(
    texts: tuple[str, ...], names: set[str]
) -> None:
    """`X Y لسيراميكا` ("to Ceramica"), `X Y كحكم` ("as referee"): ل or ك glued to a word
    the text also writes without it is what follows the name."""
    assert people(*texts) == names, people(*texts)


def test_a_name_word_in_k_or_b_the_text_never_writes_bare_stays() -> None:
    """كوسا and بلير begin with ك and ب, but the text never writes وسا or لير alone."""
    found = people("وقال جان ميدار كوسا إن الفريق جاهز.", "وأضاف أنتوني جون بلير أن الخطة تعمل.")
    assert found == {"جان ميدار كوسا", "أنتوني جون بلير"}, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ويراقب النادي خالد عوض، ظهير أيمن الفريق المنافس، للتعاقد معه.", {"خالد عوض"}),
        ("ويلعب أحمد عيد ظهير أيمن الفريق بدلا من المصاب.", {"أحمد عيد"}),
        ("وقال أيمن يونس إن الفريق جاهز.", {"أيمن يونس"}),
    ],
)
def test_the_side_of_a_playing_position_is_not_a_name(text: str, names: set[str]) -> None:
    """ظهير أيمن is "right back": أيمن there is a side, not the given name."""
    assert people(text) == names, people(text)


def test_and_a_present_verb_opens_the_sentence_before_the_name() -> None:
    """`ويعد X Y المرشد الأعلى`: "and" glued to a present verb's shape at the start of a
    sentence is the verb, then its subject; بيد ("in the hands of") is no name's word."""
    assert people("ويعد مجتبى خامنئي المرشد الأعلى في البلاد.") == {"مجتبى خامنئي"}
    found = people("ولكن مشاركته في مباراة سيراميكا بيد ييس توروب المدير الفني للفريق.")
    assert not any("بيد" in name for name in found), found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "وكان الحكم متميزا، وأدار المباراة محمد معروف وحكم مساعد أول أحمد حسام طه.",
            {"محمد معروف", "أحمد حسام طه"},
        ),
        (
            "ويسعى النادي للحصول على خدمات أكرم توفيق لاعب الفريق القطري.",
            {"أكرم توفيق"},
        ),
    ],
)
def test_what_joins_or_precedes_a_name_is_not_the_name(text: str, names: set[str]) -> None:
    """`بأحمد` ("with Ahmad") begins the next person; "and" glued to a noun the text writes
    alone (وحكم) ends a name; a plural in ات before a given name (خدمات: "the services of")
    is the phrase the name is the genitive of."""
    assert people(text) == names, people(text)


def test_a_preposition_glued_to_a_given_name_begins_the_next_person() -> None:
    """`ودفع X Y بأحمد شريف`: "with Ahmad", the next person, never the last one's name."""
    found = people("ودفع المدرب معتمد جمال بأحمد شريف وآدم كايد بدلا من اللاعبين.")
    assert "أحمد شريف" in found and not any("بأحمد" in name for name in found), found


def test_a_past_verb_opening_a_clause_is_not_the_name() -> None:
    """`من جانبه، حرص X Y المدير الفني`: the verb, then its subject and his role; after a
    role, a noun with "his" (حرص بلاده) names no one."""
    assert people("من جانبه، حرص معتمد جمال المدير الفني للنادي، على مراجعة المباراة.") == {
        "معتمد جمال"
    }
    assert people("من جانبه، أكد السفير التركي حرص بلاده على تطوير العلاقات.") == set()
