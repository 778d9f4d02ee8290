"""Word shapes and word lists the name cues share: a verb's or a verbal noun's shape, a
nationality adjective, a plural of things, and the sets of words several cues stop at."""

from __future__ import annotations

import re

from ..lexicon import BLESSINGS, GIVEN_NAMES, NOT_NAMES, PLACES, word_set

GLOSS = re.compile(r"\s*\(([A-Za-z][A-Za-z0-9 .&'+-]{0,60}?)\)")

OPENING = '«"“'

MAX_NAME_WORDS = 6  # given name, father, grandfather, ... and a family name

MAX_ROLE_TOKENS = 18

# Words that bring in a nickname, never a name's: الملقب "أبو عمر"، المعروف باسم.
NICKNAMING = word_set("الملقب الملقبة المعروف المعروفة المدعو المكنى")

# The Turkish patronymic ("son of", oğlu), written as a word of its own after the name it
# ends (داود أوغلو، إحسان أوغلي): the word before it is a name, whatever its shape (إحسان
# has a verbal noun's).
PATRONYMIC = word_set("أوغلو أوغلي اوغلو اوغلي")

# "His/her saying", after the name of whom a report quotes: "نقلت عن X Y قوله إن".
HIS_SAYING = word_set("قوله قولها")

# Tanween written on a word (ً ٌ ٍ): an indefinite noun or an adverb (هاتفياً), no name.
TANWEEN = re.compile(r"[\u064b-\u064d]")
_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")  # tatweel and harakat

# Suffixed pronouns end a word that is no name: خدماتها، شركائنا.
PRONOUN_SUFFIX = re.compile(r"(?:ها|هم|هن|هما|كم|نا|ته|تها)$")

# Words after مجلس that name a body's board, not a body: مجلس الإدارة، مجلس الأمناء.
BOARDS = word_set("إدارة الإدارة أمناء الأمناء")

# Prepositions a role may hold: "مراسل الجزيرة في بغداد", "سفير ... لدى الدولة".
ROLE_PREPOSITIONS = word_set("في لدى")

# Function words that end a name even after a compound (some other stopwords fold to
# names: إحدى and آحدي are both احدي).
HARD_STOPS = word_set(
    "في من على إلى عن مع أن إن أو ثم حتى إذا الذي التي هذا هذه ذلك تلك ما لم لن لا "
    "قد كما حيث بعد قبل خلال عبر منذ بين لدى عند هو هي"
)

# Words that end a body's name: words of time ("وكالة الطاقة الدولية الأسبوع الماضي"),
# adjectives of status ("وكالة الأنباء اليمنية الحكومية": official, state-run) and participles that open a clause about the body ("وزارة الداخلية الرامية إلى",
# "المعهد ... التابع لمحكمة"): a name never ends in "affiliated", "aiming", "concerned".
ENDS_A_BODY = word_set(
    "الأسبوع الشهر العام اليوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    "التابع التابعة التابعين الرامي الرامية الهادف الهادفة الساعي الساعية المعني المعنية "
    "المكلف المكلفة المسؤول المسؤولة المختص المختصة المشرف المشرفة "
    "الرسمي الرسمية الحكومي الحكومية "
    # a body's standing now or before ("حزب العمال الحاكم", "زعيم حزب العمال السابق": the
    # former leader) and a paper "published" ("لصحيفة الصن الصادرة أمس"): no name's word
    "الحاكم الحاكمة السابق السابقة الصادر الصادرة"
)

# (draft16, organisations) A market report's words after a listed company's name, never
# its own: what its share led or where it came ("تصدر سهم بنك X الأسهم المتراجعة", "سهم
# شركة X القائمة", "احتل سهم بنك X المركز الثاني", "سهم X التداولات"), and the holders a
# company calls ("دعا مجلس إدارة شركة X المساهمين لحضور").
SHARE_LED = word_set(
    "الأسهم القائمة المركز المرتبة الصدارة التداولات الارتفاع الانخفاض التراجع المساهمين المساهمون "
    "الارتفاعات الانخفاضات التراجعات المكاسب الخسائر"
)
# (draft16, organisations) The first words of the Emirates' places written in two words
# (رأس الخيمة، أم القيوين): with the place after them, one place (أم is no kunya there).
PLACE_FIRST_WORDS = word_set("رأس أم")


def two_word_place(first: str, second: str) -> bool:
    """Two words (normal_word) are one place written in two: رأس الخيمة، أم القيوين."""
    return first in PLACE_FIRST_WORDS and second.startswith("ال") and second in PLACES


# And a body's time, like السابق ("حكومة الوفد الأخيرة", "الحكومة الحالية"), and the
# wing or arm an apposition names it ("كتائب القسام الجناح العسكري لحركة حماس").
ENDS_A_BODY = (
    ENDS_A_BODY | SHARE_LED
    | word_set("الأخيرة الأخير الحالي الحالية المقبلة المقبل الجناح الذراع")
)  # fmt: skip

# كان and its sisters, the copulas: after a subject's name they begin its predicate
# ("التاجر X Y كان ينتظر"), never a word of it.
COPULAS = word_set(
    "كان كانت كانوا أصبح أصبحت ظل ظلت بات باتت صار صارت ليس ليست مازال مازالت لايزال لاتزال"
)

# Speech verbs in the present tense, as features write them ("ويؤكد X أن"): the past
# tense's are in lexicon.SPEECH_VERBS.
PRESENT_SPEECH = word_set(
    "يؤكد تؤكد يشير تشير يوضح توضح يضيف تضيف يرى ترى يعتبر تعتبر يتابع تتابع يلفت تلفت "
    "يقول تقول يصرح تصرح يكشف تكشف يحذر تحذر يتوقع تتوقع"
)

# Heads of places named for a person: "مستشفى راشد", "شارع الشيخ زايد". The name in
# their genitive names the place there, not a person (not طريق: "عن طريق X" is "through X").
NAMED_PLACES = word_set("مدينة مستشفى شارع قاعة مسجد جامع مطار ميناء حديقة مركز مجمع جسر مدرسة")

# A preposition and a noun of circumstance after a name start what happens around it
# ("دونالد ترامب بحضور قادة", "برعاية", "بمشاركة"): never a word of the name.
CIRCUMSTANCES = word_set(
    "بحضور برعاية بمشاركة برئاسة بقيادة بدعوة بدعم بتوجيه بتوجيهات بمناسبة بموجب بفضل بسبب بعد بين"
    # "وقال X بدوره": "in his turn", "himself": what the speaker adds, after his name
    " بدوره بدورها بدورهم بنفسه بنفسها"
)

# A relative named by his kinship to someone just named ("تعيين ابنه مجتبى خامنئي",
# "وزوجته سارة"): the kinship word with its pronoun introduces the name.
KIN = word_set(
    "ابنه ابنها ابنته ابنتها نجله نجلها كريمته شقيقه شقيقها شقيقته شقيقتها "
    "زوجته زوجها والده والدها والدته والدتها أخوه أخوها أخته أختها حفيده حفيدته"
    # and those near him: "وقال جاره أبو أحمد"
    " جاره جارها صديقه صديقها زميله زميلها"
    # and who held his office before or after him: "لسلفه X Y"
    " سلفه سلفها خلفه خلفها"
)

# The same kinship in construct with whom it relates to ("سعد محمد سعد شقيق اللواء
# الشهيد"): after a name, it begins who he is, never a word of the name.
KIN_OF = word_set("شقيق شقيقة نجل نجلة زوجة والد والدة حفيد حفيدة أرملة")

# Prepositions with a pronoun ("طلب منهم", "قال له") and words of "near" or "about"
# ("قرب منزله"): never a name's word, whatever stands around them.
PREPOSITION_WORDS = word_set(
    "منه منها منهم منهما عنه عنها عنهم له لها لهم لهما به بها بهم فيه فيها فيهم معه "
    "معها معهم عليه عليها عليهم اليه اليها اليهم لديه لديها لديهم قرب قرابة حوالي"
    " ولو لولا"  # "if": "الكاتب، ولو صح ذلك" (لو alone is a Chinese family name too)
    " لهو لهي بلا بدون دون"  # "it is indeed", "without"
    " ذات حال"  # "محاور ذات صلة" ("of"), "في حال" ("in case")
    " بعدما عندما حينما بينما كلما ريثما"  # "after", "when", "while"
    " بكل لكل"  # "with every", "for every"
    " بجانب بدلا بدل اللذان اللتان تم"  # "beside", "instead of", "who (two)", "was done"
    " منصب"  # "تولى X منصب المرشد": "the office of"
)

# A verb of saying with "it" for its object ("وفقاً لما قاله X": "according to what X
# said"), before the speaker's name: never a word of it.
SAID_IT = word_set("قاله قالته ذكره ذكرته اكده اكدته اوضحه اوضحته اعلنه اعلنته")

# Honorifics that are Arab family names too (ميشال سماحة، فؤاد سعادة): after a name's
# word, with nothing of a name after them, they end the name.
FAMILIES_AS_TITLES = word_set("سماحة سعادة فضيلة")


# Who a person is beside his name ("خامنئي الأب", "خامنئي الشاب": the father, the
# young one; "X البالغ من العمر": aged): never a family name.
_DESCRIBED = word_set("الأب الأم الابن الابنة الشاب الشابة البالغ البالغة")


def clause_word(text: str, norm: str) -> bool:
    """A word of the clause around a name, never one of its own: a preposition with a
    pronoun, a demonstrative, "what he said", مني "from me" (the name منى ends in ى)."""
    return (
        norm in PREPOSITION_WORDS or norm in DEMONSTRATIVES or norm in SAID_IT
        or (norm[1:] if norm[:1] in "وف" else norm) in CLAUSE_OPENERS | DEMONSTRATIVES
        or norm in CLAUSE_OPENERS or norm in _DESCRIBED
        or norm == "مني" and _MARKS.sub("", text).endswith("ي")
    )  # fmt: skip


# Given names that are everyday nouns in news as often as names: سلامة (safety), وفاء
# (keeping a promise). (عمر, جمال, هدى are names far more often.)
NOUN_NAMES = word_set("سلامة وفاء")

# Interrogatives and the future copula ("كيف سيتصرف", "سيكون بمقدور"): a clause, no name
# (not أين or متى: they fold to names, واين، متى).
CLAUSE_OPENERS = word_set("كيف لماذا سيكون ستكون سيتم ستتم بموجب")

# Who a person is, written after the name with the article ("إدوارد غيبون المؤرخ", "X
# المتخصص في"): after two name words, never the family name.
PERSON_DESCRIPTORS = word_set(
    "الشاعر الشاعرة المؤرخ المؤرخة المستكشف المستكشفة الفيلسوف المفكر الروائي "
    "الروائية المتخصص المتخصصة الرحالة"
)

# Ordinals with the article: after two name words, the rank of what was won or scored
# ("عبيد عباس عيد الأول", "X Y الهدف الرابع"), not a family name.
ORDINALS = word_set(
    "الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس "
    "السادسة السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة"
)

# Demonstratives: "هاتان المنظمتان" ("these two organisations") points at what was named.
DEMONSTRATIVES = word_set("هذا هذه ذلك تلك هذان هاتان هذين هاتين هؤلاء أولئك")

# "نظيره البريطاني X": his counterpart leads a name, but after a name it is someone else's
# ("الرئيس X Y نظيره الفرنسي": the name ends before it)
COUNTERPART = word_set("نظيره نظيرها نظيرهم نظيرتها نظيرته")

# Words that end a role's own title, after which the body it is held at may follow
# ("مدير عام X", "الرئيس التنفيذي X", "العضو المنتدب لـX").
ROLE_TAILS = word_set("عام العام التنفيذي التنفيذية المنتدب الإقليمي الإقليمية")

# "الناطق باسم ...": the spokesman's "in the name of", not the name باسم.
ON_BEHALF = word_set("باسم بلسان")

SHARES = word_set("سهما سهم اسهم")

# What may follow such a company's name: "أعلنت دو عن", "أعلنت أيه أم دي أمس".
AFTER_COMPANY = word_set("عن أمس اليوم مؤخرا النقاب الستار")

# Where a role ends although no mark ends it: "... في تصريح لوكالة", "... خلال اللقاء".
ROLE_ENDS = word_set(
    "إن أن ان إنه أنه انه إنها أنها إلى الى على عن خلال أمس اليوم قد الذي التي "
    "حيث عندما بعد قبل منذ مع حول نحو بين لا لم لن كل"
)

LEGAL_FORMS = re.compile(r"\s*ش\s?\.\s?م\s?\.\s?[عخ]")  # ش.م.ع, ش .م .خ


def verb_shaped(norm: str) -> bool:
    """A verb in the present tense by its shape (يتحدث، تستعرض، يثير، يفترض)."""
    return norm not in GIVEN_NAMES and (
        len(norm) >= 5
        and norm.startswith(("يت", "تت", "يست", "تست"))
        or len(norm) == 4
        and norm[0] == "ي"
        and norm[1] not in "اوي"
        # يفتعل (يفترض، يعتبر، يحتاج): ي, the root's first letter, the ت of the form
        or len(norm) == 5
        and norm[0] == "ي"
        and norm[2] == "ت"
        and norm[1] not in "اويت"
        # تفتعل (تحتاج، تعتبر): the same with ت
        or len(norm) == 5
        and norm[0] == "ت"
        and norm[2] == "ت"
        and norm[1] not in "اويت"
        # يفعلان، يفعلون (يقودان، يلعبون): the dual's or the plural's present
        or len(norm) == 6
        and norm[0] in "يت"
        and norm[1] not in "اوي"
        and norm[2] != "ا"  # (يعالون is a name)
        and norm.endswith(("ان", "ون"))
        # يفاعل (يراقب، يتابع): ي, the root's first letter, the ا of the form
        or len(norm) == 5
        and norm[0] == "ي"
        and norm[2] == "ا"
        and norm[1] not in "اوي"
    )


def verb_with_its_object(norm: str) -> bool:
    """يمنحه، تمنحها: a present verb and its object pronoun (ه، ها، هم)."""
    for suffix in ("ها", "هم", "ه"):
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 4:
            return verb_shaped(norm[: -len(suffix)])
    return False


def verb_of_a_clause(norm: str) -> bool:
    """نرحب، نعمل ("we welcome", a present verb of the first person plural) and نثروا،
    قتلوا ("they scattered", a past verb of the plural): a clause's verb by its shape,
    three strong root letters around the person's letters; a name of that shape has a
    long vowel in it (نبيل، نزار) or is known."""
    if norm[:1] in "وف" and len(norm) >= 5:
        norm = norm[1:]  # ونثروا: "and they scattered"
    if norm in GIVEN_NAMES:
        return False
    if len(norm) == 4 and norm[0] == "ن" and norm[-1] != "ت":  # (نصرت، نجدت: names)
        root = norm[1:]
    elif len(norm) == 5 and norm.endswith("وا"):
        root = norm[:3]
    else:
        return False
    return not any(letter in "اويءةىأإآؤئ" for letter in root)


def bare_past_verb(norm: str) -> bool:
    """وصل، قدرت: the shape of a past verb of the bare form (three strong letters, and
    the feminine's ت); many names have it too (سعد، عزت), so only where the name model
    is also sure a word is no name's."""
    stem = norm[:-1] if len(norm) == 4 and norm.endswith("ت") else norm
    return (
        len(stem) == 3 and norm not in GIVEN_NAMES and stem[0] not in "اءأإآ"
        and not any(letter in "اويءةىأإآؤئ" for letter in stem[1:])
    )  # fmt: skip  # (its first letter may be و or ي: وصل، يئس)


def and_a_verb(norm: str) -> bool:
    """وتشارك، فتظل: و or ف glued to a present verb in ت ("and she takes part"), no name's
    word."""
    rest = norm[1:]
    if norm[:1] not in "وف" or norm in GIVEN_NAMES or rest in GIVEN_NAMES:
        return False
    return 3 <= len(rest) <= 4 and rest[0] == "ت" and rest[1] not in "اويءأ"
    # (not وي، في: foreign names begin so, ويلز، فيكس; not a past verb's shape: وصقر is
    # "and Saqr")


def past_verb_of_form_v(norm: str) -> bool:
    """تعهد، تحدث، تسلم: a past verb of the form تفعّل, four strong letters after ت (a
    sentence's verb before its subject, as Arabic news writes it); a given name of that
    shape (تركي، تميم) is known, a transliterated one has a long vowel in it (توني)."""
    if len(norm) == 5 and norm[0] in "وف":
        norm = norm[1:]  # وتعهد: "and he pledged"
    return (
        len(norm) == 4 and norm[0] == "ت" and norm not in GIVEN_NAMES
        and not any(letter in "اويءةىأإآ" for letter in norm[1:])
    )  # fmt: skip


def derived_past_verb(norm: str) -> bool:
    """اعتقد، اعتبر، ازدهر، استقبل: a past verb of the derived forms افتعل and استفعل
    (or أفتعل "I believe"), its root's letters strong; a name of that shape has a long
    vowel in it (أشتون، استيفن)."""
    if norm in GIVEN_NAMES or not norm.startswith("ا"):
        return False
    if len(norm) == 5 and (
        norm[2] == "ت"
        or norm[2] == "ط"
        and norm[1] in "صضطظ"
        or norm[2] == "د"
        and norm[1] in "زدذ"
    ):
        root = norm[1] + norm[3:]  # the infix ت (ط، د after their like) is not the root's
    elif len(norm) == 6 and norm.startswith("است"):
        root = norm[3:]
    else:
        return False
    return not any(letter in "اويءة" for letter in root)


def accusative_participle(norm: str) -> bool:
    """مجدداً، مؤكداً، مشيراً: a participle in the accusative (how or as what he spoke,
    its tanween written as ا), or a verbal noun so (ازدحاماً), never a name's word; a name
    of that shape has a long vowel after its م (ماريا، مونيكا، ميليندا)."""
    if norm in GIVEN_NAMES or not norm.endswith("ا"):
        return False
    stem = norm[:-1]  # (ازدحاماً، تقديراً: a verbal noun in the accusative; not إفعال's
    # shape, which foreign names take: أوباما)
    return (5 <= len(norm) <= 7 and norm[0] == "م" and norm[1] not in "اوي") or (
        is_verbal_noun(stem) and not (len(stem) == 5 and stem[0] == "ا")
    )


def future_verb(norm: str) -> bool:
    """سيقابل، ستواصل، سنعمل: the future's س before a present tense (يـ تـ نـ) of four
    letters or more; a name that begins so (سيرغي، ستيفن) is shorter."""
    return len(norm) >= 6 and norm[0] == "س" and norm[1] in "يتن" and norm not in GIVEN_NAMES


def _place_stem(place: str) -> str:
    stem = place.removeprefix("ال")
    if stem.endswith(("يا", "ية")):
        return stem[:-2]  # سوريا -> سور, السعودية -> سعود
    return stem[:-1] if stem.endswith("ا") else stem


# The stems nationality adjectives are made of: سوريا -> السوري, بريطانيا -> البريطانية.
_PLACE_STEMS = frozenset(s for s in map(_place_stem, PLACES) if len(s) >= 3)


# The Arab countries' nisbas (with the article, masculine): an Arab's name may end in a
# family name with the article; a name a foreign nationality introduces does not.
_ARAB_NISBAS = word_set(
    "السعودي الإماراتي المصري القطري الكويتي البحريني العماني اليمني العراقي السوري "
    "اللبناني الأردني الفلسطيني الليبي التونسي الجزائري المغربي الموريتاني السوداني "
    "الصومالي الجيبوتي القمري العربي الخليجي"
)


def foreign_nationality(norm: str) -> bool:
    """الأمريكي، الروسية، الهندي: a nationality adjective of a country that is not Arab."""
    return nationality(norm) and norm.removesuffix("ة") not in _ARAB_NISBAS


def nationality(norm: str) -> bool:
    """A nationality adjective with the article, made from a place's name (البريطانية,
    السوري, الأمريكية, القطرية), the nisba ي or ية after the place's stem."""
    if not norm.startswith("ال"):
        return False
    stem = norm[2:].removesuffix("ة")
    return stem.endswith("ي") and len(stem) >= 4 and stem[:-1] in _PLACE_STEMS


def is_verbal_noun(norm: str) -> bool:
    """تصميم، تطوير (تفعيل), إطلاق (إفعال), استثمار (استفعال), مكافحة (مفاعلة): what is
    done, not a name."""
    return (
        (len(norm) == 5 and norm[0] == "ت" and norm[3] == "ي")
        or (len(norm) == 5 and norm[0] == "ا" and norm[3] == "ا")
        or (len(norm) == 6 and norm.startswith(("ان", "ات")) and norm[-2] == "ا")
        or (len(norm) == 6 and norm[0] == "ا" and norm[2] in "تطد" and norm[4] == "ا")  # افتعال
        or (len(norm) >= 7 and norm.startswith("است") and norm[-2] == "ا")
        or (len(norm) == 6 and norm[0] == "م" and norm[2] == "ا" and norm[-1] == "ة")  # مفاعلة
    )


def verbal_nisba(norm: str) -> bool:
    """استشاري، تنفيذي، استثماري: the nisba adjective of a verbal noun of the derived
    forms (استشارة، تنفيذ، استثمار), which says what a person is ("استشاري ورئيس قسم")
    and is no name's word. Bare only, and not إفعال's (الأنصاري، الأنباري are families)."""
    stem = norm[:-1]
    return (
        norm not in GIVEN_NAMES
        and norm.endswith("ي")
        and not norm.startswith("ال")
        and len(stem) >= 5
        and not (len(stem) == 5 and stem[0] == "ا")
        and (is_verbal_noun(stem) or is_verbal_noun(stem + "ة"))
    )


def is_verbal_noun_of_purpose(norm: str) -> bool:
    """لتقديم، لتعزيز، لإطلاق، لاستعراض: "to do X", which ends a name."""
    if not norm.startswith("ل") or len(norm) < 5:
        return False
    rest = norm[1:]
    return (
        (rest[0] == "ت" and len(rest) >= 5 and rest[3] == "ي")
        or rest.startswith(("است", "ا"))
        or is_verbal_noun(rest)
    )


def broken_plural(norm: str) -> bool:
    """حلول، حقوق، شؤون (فعول), هواتف، خوادم (فواعل): a plural of things, never a name."""
    norm = norm.removeprefix("ال")
    return norm not in GIVEN_NAMES and (
        len(norm) == 4 and norm[2] == "و" or len(norm) == 5 and norm[1:3] == "وا"
    )


def plural_of_things(norm: str) -> bool:
    """A broken plural (broken_plural), or of فعائل's shape (قذائف، رسائل، وسائل) or
    مفاعيل's (مقاليد، مفاتيح)."""
    bare = norm.removeprefix("ال")
    return (
        broken_plural(norm)
        or bare not in GIVEN_NAMES
        and (
            len(bare) == 5
            and bare[2] == "ا"
            and bare[3] in "ئي"
            or len(bare) == 6
            and bare[0] == "م"
            and bare[2] == "ا"
            and bare[4] == "ي"  # مقاليد
        )
    )


def and_a_given_name(norm: str) -> bool:
    """وجمال، وحبيب: "and" glued to a known given name (وليد and وائل are names)."""
    return norm[:1] == "و" and norm[1:] in GIVEN_NAMES and norm not in GIVEN_NAMES


def strip_given(norm: str) -> str:
    """A given name without a conjunction glued to it (وخالد)."""
    return norm[1:] if norm[:1] in "وف" and norm[1:] in GIVEN_NAMES else norm


def scope_adjective(norm: str) -> bool:
    """الدولي، الدوليين، العالمية، الوطني: an adjective of scope (NOT_NAMES holds it bare)."""
    bare = norm[norm.index("ال") + 2 :] if "ال" in norm[:4] else norm
    return any(
        bare.removesuffix(suffix) in _SCOPE_WORDS
        for suffix in ("ين", "ون", "ان", "ة", "ه", "")
        if bare.endswith(suffix)
    )


# The words of NOT_NAMES an adjective of scope is made of: not a blessing's (طيب of
# "طيب الله ثراه" is the family name الطيب with the article).
_SCOPE_WORDS = NOT_NAMES - BLESSINGS


# --- People (draft15): kin of two, in the dual's construct form (نجلا الرئيس، نجلي
# الرئيس): they follow the two names ("X وY نجلا Z") or bring them in, never a name's word.
KIN_OF_TWO = word_set("نجلا نجلي ابنا ابني شقيقا شقيقي حفيدا حفيدي")

# --- People (draft15): a side after a playing position (ظهير أيمن: "right back", جناح
# أيسر: "left wing"): أيمن there is "right", not the given name Ayman.
POSITIONS = word_set("ظهير الظهير جناح الجناح")
SIDES = word_set("أيمن أيسر الأيمن الأيسر")

# --- People (draft15): "in the hands of" (بيد، بيده), "however" (بيد أن): never a name's word.
NOT_NAME_WORDS = word_set("بيد بيده بيدها")

# --- People (draft15): words of a count (72 مليون سهم): never the first word of a name.
COUNT_WORDS = word_set("مليون مليار ملايين مليارات ألف آلاف مئة مائة مئات تريليون")

# --- People (draft15): "at that time" after a role (مدربه الجديد آنذاك X): the role's,
# never a name's first word.
ROLE_TIMES = word_set("آنذاك حينذاك وقتذاك حينها وقتها")

# --- People (draft15): given names written with the article, as in the Maghreb, Sudan
# and Libya (الأخضر الإبراهيمي، الباجي قائد السبسي، الصادق المهدي، المنصف المرزوقي).
# Most are everyday adjectives too (green, truthful, beloved): they begin a name only
# where a role, a place or a speech verb leads them and a family name follows.
ARTICLE_GIVEN_NAMES = word_set(
    "الأخضر الباجي الحبيب الصادق المنصف الطاهر الهادي المختار البشير الشاذلي المولدي "
    "المنجي الأزهر المهدي الصديق الفاضل المعتصم الطيب السعيد"
)

# --- People (draft15): more given names that are everyday nouns (beauty, sword,
# toxicity, hope): before a definite noun or a bare adjective, the noun (NOUN_NAMES).
EVERYDAY_NAMES = word_set("جمال سيف سمية أمل")
