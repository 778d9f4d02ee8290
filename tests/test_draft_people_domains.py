"""People in sports, business and Maghrebi news: what follows a player's name (where he
moved, what he is, his position); a company named like a person (`دانة غاز`), a place of
two words with a given name (`جبل علي`), a count (`مليون سهم`); given names written with
the article (الأخضر، الباجي، الصادق). Sentences written for the test (no article's
names)."""

from __future__ import annotations

import pytest

from drafted_names import people


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


@pytest.mark.parametrize(
    "text",
    [
        "وركز المستثمرون مشترياتهم على أسهم شركات سلمى غاز والدار العقارية.",
        "وجاء في المركز الثاني سهم سلمى غاز ليغلق على مستوى 0.39 درهم.",
        "وتصدرت منطقة جبل علي التداولات بمبلغ 35 مليون درهم.",
        "وبلغ عدد الأسهم المتداولة 72 مليون سهم من «إعمار» عن طريق 1763 صفقة.",
    ],
)
def test_companies_places_and_counts_are_no_people(text: str) -> None:
    """A given name before a sector word or after سهم/شركات is a company; after جبل a
    place; مليون a count."""
    assert people(text) == set(), people(text)


def test_a_given_name_and_a_family_name_stay_a_person() -> None:
    """The near miss: a given name with a family name after a speech verb is a person."""
    assert people("وقالت سلمى الحمادي إن الشركة ستتوسع في المنطقة.") == {"سلمى الحمادي"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المبعوث الأممي إلى سوريا الأخضر الزواوي إن المؤتمر سيعقد.", "الأخضر الزواوي"),
        (
            "وحذر رئيس الوزراء التونسي المؤقت الباجي قائد الغنوشي، أمس، من الفوضى.",
            "الباجي قائد الغنوشي",
        ),
        ("وقال الرئيس التونسي المنصف الجبالي إن الحكومة ستستقيل.", "المنصف الجبالي"),
        ("وأكد الحبيب الصيد رئيس الحكومة أن الإصلاحات مستمرة.", "الحبيب الصيد"),
        ("وقال الصادق المهدي زعيم حزب الأمة إن الحوار فشل.", "الصادق المهدي"),
    ],
)
def test_a_given_name_with_the_article_led_by_a_role_or_a_verb(text: str, name: str) -> None:
    """A role (its adjectives and place between), a speech verb or a mark, then the given
    name with the article and its family name, then the name's end."""
    assert people(text) == {name}, people(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس الحزب الأخضر الإسلامي إن الحزب فاز بالانتخابات.",
        "ورفع العلم الأخضر الليبي في الساحة أمس.",
        "وأشار إلى أن أعضاء أوبك في الخليج العربي اضطروا إلى خفض الإنتاج.",
        "وهو الحاكم الطيب الذي أحبه الناس.",
    ],
)
def test_the_same_words_as_adjectives_name_no_one(text: str) -> None:
    """أخضر (green), طيب (good): an adjective of the noun before, a nationality or a verb
    after it, or no role, place or verb leading it."""
    assert people(text) == set(), people(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "وجلس على دكة البدلاء كل من مصطفى شوبير وكريم فؤاد وأحمد رضا.",
            {"مصطفى شوبير", "كريم فؤاد", "أحمد رضا"},
        ),
        (
            "وشملت قائمة الحراس كلا من: أحمد فكري صالح، أنس خالد زكريا، وجمال عبد الناصر.",
            {"أحمد فكري صالح", "أنس خالد زكريا", "جمال عبد الناصر"},
        ),
        ("وشاركت في المعرض كل من شركة أبوظبي للطاقة وشركة دبي القابضة.", set()),
        ("وزار الوفد كل من مصر وتونس والمغرب.", set()),
    ],
)
def test_each_of_a_list_of_players(text: str, names: set[str]) -> None:
    """`كل من X Y وZ W` (or كلاً من:): names listed, two or more beginning with a given
    name; companies and countries listed so are not people."""
    assert people(text) == names, people(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("وتتميز المنطقة بجمال طبيعي خلاب تستمتع بمشاهدته.", set()),
        ("قلة هم الذين يجمعون بين جمال الصوت وإتقان الأحكام.", set()),
        ("مما يفرض على المهمة العمل تحت سيف الوقت، لتقويض القدرات.", set()),
        ("لكنها لم تقابل بوفاء المثل.", set()),
        ("وقال جمال الكعبي إن المشروع جاهز.", {"جمال الكعبي"}),
        ("وأكد سيف الإسلام القذافي أن ليبيا موحدة.", {"سيف الإسلام القذافي"}),
    ],
)
def test_given_names_that_are_everyday_nouns(text: str, names: set[str]) -> None:
    """جمال (beauty), سيف (sword), وفاء (keeping, with ب glued): before a definite noun or
    a bare adjective the model reads no name in, the noun; with a family name after a
    speech verb, or in a compound (سيف الإسلام), the name."""
    assert people(text) == names, people(text)
