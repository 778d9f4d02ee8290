"""Where a person's name begins and ends beside roles, kin, lists and speech: a role in
the dual or the plural (`الرئيسان X وY`, `الوزراء X، Y وZ`), a role and the family name
alone (`المستشارة الألمانية X`), kin of two (`X وY نجلا Z`), a double إن, a family of two
words, "and" in lists, a newspaper told (`لـ«الخليج»`); on sentences written for the
test (no article's names)."""

from __future__ import annotations

import pytest

from drafted_names import people


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


def test_names_listed_after_they_are() -> None:
    """`المتهمين وهم: X Y، وZ W`: "they are" and a colon, then the names listed."""
    found = people(
        "وأفرجت السلطات عن رجال الأعمال الثلاثة المتهمين وهم: أشريف ولد سالم، "
        "ومحمد ولد أنويقظ، وعبدو محم، وذلك إثر اتفاق."
    )
    assert found == {"أشريف ولد سالم", "محمد ولد أنويقظ", "عبدو محم"}, found


@pytest.mark.parametrize(
    "text",
    ["وهم: يعملون في الشركة، ويسكنون في دبي.", "والمرشحون هم: الاتحاد، والوحدة، والعين."],
)
def test_they_are_then_no_names(text: str) -> None:
    """What they do, or bodies with the article, after "they are": no one named."""
    assert people(text) == set(), people(text)


def test_a_role_then_a_given_name_the_model_misses_and_a_compound() -> None:
    """`الكاتبة X عبد Y`: the model begins the name at عبد; a bare name word before it is
    the given name (an adjective of the noun before, in ة with the article, is not)."""
    found = people("وأعلن المهرجان إلغاء مشاركة الكاتبة راندة عبد الفتاح المقررة في الأسبوع.")
    assert found == {"راندة عبد الفتاح"}, found
    assert people("وأدى قرار استبعاد الكاتبة إلى سلسلة انسحابات.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "للاشتباه في علاقته باغتيال البرلماني عبد اللطيف مرداس، من حزب الاتحاد.",
            "عبد اللطيف مرداس",
        ),
        ("وقال الأكاديمي الإماراتي عبد الخالق عبد الله إن التصعيد متوقع.", "عبد الخالق عبد الله"),
    ],
)
def test_who_a_person_is_leads_the_name(text: str, name: str) -> None:
    """البرلماني، الأكاديمي (and the model's name run from the role's first word): the
    name begins where the role's definite words end."""
    assert people(text) == {name}, people(text)


def test_who_a_person_is_alone_names_no_one() -> None:
    """`وانتقد البرلماني الأداء الحكومي`: the person noun and what he did."""
    assert people("وانتقد البرلماني الأداء الحكومي في الجلسة.") == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("وقال شقيقه سعيد إن العائلة تنتظر عودته.", {"سعيد"}),
        ("وكان في استقباله نجله أحمد وشقيقه سعيد، وعدد من المسؤولين.", {"أحمد", "سعيد"}),
        ("وقال شقيقه الأكبر إن العائلة تنتظر عودته.", set()),
        ("وقالت زوجته سابقا إن العائلة تنتظر عودته.", set()),
        ("كما أن الشرعية التي خسر بموجبها والده وأمه، تمنحه أفضلية.", set()),
    ],
)
def test_one_name_word_after_kin(text: str, names: set[str]) -> None:
    """`شقيقه سعيد إن`: kin, one bare name word, then what was said or a mark; an
    adjective, an adverb or "and his mother" after kin is no name."""
    assert people(text) == names, people(text)


def test_no_name_begins_with_allah() -> None:
    """`حكمت الله أصفي`: the compound's first word is the name's whatever its shape;
    آية الله before a name is a cleric's title."""
    found = people("وقال المتحدث باسم وزارة النقل حكمت الله أصفي إن المطار مغلق.")
    assert found == {"حكمت الله أصفي"}, found
    found = people("وقال المرشد الأعلى آية الله علي خامنئي إن الرد قادم.")
    assert found == {"علي خامنئي"}, found


def test_an_elative_before_a_role_noun_is_not_the_name() -> None:
    """`X Y أعظم لاعبة في التاريخ`: "the greatest player", what the person is."""
    found = people("وتعد يلينا إيسينباييفا أعظم لاعبة في تاريخ القفز بالزانة للسيدات.")
    assert found == {"يلينا إيسينباييفا"}, found


def test_a_family_name_alone_after_a_role_the_text_repeats() -> None:
    """`وقال الرئيس ميدفيديف إن ... وأكد الرئيس ميدفيديف`: a word the text writes twice or
    more, never with the article, after a definite role: the person, where the model does
    not know the name; a word like نفسه ("himself") is not one."""
    found = people(
        "وقال الرئيس ميدفيديف إن روسيا لن تتراجع.", "وأكد الرئيس ميدفيديف أن القوات ستنسحب."
    )
    assert found == {"ميدفيديف"}, found
    found = people("وقال الوزير نفسه إن القرار نهائي.", "وأكد الوزير نفسه ذلك في بيان.")
    assert found == set(), found


def test_a_body_in_construct_with_its_head_after_a_role_is_no_person() -> None:
    """`مدير معهد طول العمر`: the institute's name after its head, not the director's;
    `رئيس مجلس إدارة الشركة X Y`: a definite body, then the person."""
    found = people("وقال فالتر لونغو، مدير معهد طول العمر في الجامعة، إن الصيام مفيد.")
    assert "طول العمر" not in found, found
    found = people("وقال رئيس مجلس إدارة الشركة محمد الطاير إن البحث جاهز.")
    assert found == {"محمد الطاير"}, found


def test_a_deed_with_his_after_a_name_is_what_he_did() -> None:
    """`أعلن X دخوله سباق الترشح`: "his entering" (فعول and "his") ends the name; a
    family name of that shape in ب (بلوله) does not."""
    found = people("وفي نوفمبر، أعلن فيشباك دخوله سباق الترشح عن الحزب الجمهوري.")
    assert not any("دخوله" in name for name in found), found
    assert people("وقال محمد عثمان بلوله إن الفريق جاهز.") == {"محمد عثمان بلوله"}
