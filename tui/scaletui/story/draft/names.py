"""Cues for names in Arabic news: who and what a text names, and what kind each is.

Each cue is a pattern Arabic news writes by habit (the word lists are in lexicon.py):
- a dateline: `دبي: «الخليج»`, `دبي «الخليج»:`, `دبي ـ «الخليج»:`, `أبوظبي - وام:` name the
  outlet (whatever quote or dash), `دبي - مدحت السويفي:` the reporter;
- a head noun before a name: `شركة X`, `وزارة X`, `هيئة الصحة بدبي`, `المجلس التنفيذي
  لدبي`, `مؤسسة دبي للإعلام`, `صحيفة «X»`, `معرض «X»`, `نظام «X»` (the head gives the kind);
  `كحكومة X` ("as a government") and `مجموعة متنوعة` name nothing;
- a company as the subject of what companies do: `أعلنت X عن`, `أطلقت X أمس`;
- business news: exchanges by their city or country (`بورصة الكويت`, `سوق دبي المالي`,
  `البورصة القطرية`), listed companies in market reports (`X بإغلاق 0.36 درهم`, `كل من:
  X بنسبة 9،3%، Y ...`, `سهم X بقيمة تداولات`, `تصدرت X قائمة الشركات`, `شركتي X وY`);
- a body by the article and a nationality: `الخارجية البريطانية` (وزارة understood),
  `المرصد السوري لحقوق الإنسان`;
- a person: a title or rank before the name (`صاحب السمو الشيخ`, `اللواء`, `د .`), a
  speech verb, a role after the name with or without a comma (`X، مدير ...`, `X مدير ...`)
  or before it (`الرئيس الأمريكي X`, `وزير المالية الدكتور X`), an appointment, a common
  given name. A name runs through بن/بنت/ابن/آل/أبو/عبد chains (`حمدان بن محمد بن راشد آل
  مكتوم`) and compound names (`أنور الحق`); it ends at a verb, a role, a place, a function
  word or a family name with the article. Blessings (`رعاه الله`) are never names;
- quoted names `«X»`, with a Latin gloss `(X)` when the text gives one; `«X» من «Y»` makes X
  a product of Y; a name in brackets after a body is another name for it (`(دو)`).
A person's role is kept as the text writes it (the apposition), for the people table.
The result is a list of mentions; entities.py merges them into entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Sequence
from dataclasses import replace

from ..model import Paragraph
from ..pacing import Pacer
from .lexicon import (
    APPOINTMENT,
    ARTICLE_NAME_HEADS,
    ATTRIBUTION,
    BLESSINGS,
    COMPANY_WORDS,
    DEFINITE_HEADS,
    EVENT_HEADS,
    EXCHANGE_HEADS,
    GIVEN_NAMES,
    HONORIFICS,
    LETTER_NAMES,
    MINISTRY_FIELDS,
    MONTHS,
    NAME_COMPOUNDS,
    NAME_KEEPS_HEAD,
    NAME_LINKS,
    NOT_NAMES,
    OFFICE_ADJECTIVES,
    ORGANISATION_HEADS,
    PLACES,
    PLURAL_HEADS,
    PRODUCT_HEADS,
    PUBLICATION_WORDS,
    REGION_WORDS,
    ROLES,
    SAYING,
    SECTOR_SUFFIX,
    SECTORS,
    SPEECH_VERBS,
    STOPWORDS,
    TITLE_LETTERS,
    VERBS,
    WEEKDAYS,
    normal_word,
    word_set,
)
from .tagger import tag
from .tokens import HEAD_WORDS, MARKS, Mention, Token, cue_of, is_name_word, tokenise

_QUOTE = re.compile(r"[\"«“]([^\"«»“”\n]{1,60}?)[\"»”]")
# A news agency's initials in brackets: (أ.ف.ب), (د ب أ), (ا ف ب).
_INITIALS = re.compile(
    r"\(\s*([\u0621-\u064a](?:\s?[.]\s?[\u0621-\u064a]|\s[\u0621-\u064a]){1,3}"
    r"|[\u0621-\u064a]{1,2}(?:\s?[.]\s?[\u0621-\u064a]{1,2}){2,3})\s*\.?\)"
)  # and letters' names: (يو .بي .آي)
# The agency a report ends by crediting, after its last sentence: "... خاصة. (وام)".
_UNNAMED_SOURCES = word_set("وكالات مصادر متابعات")
# A sign-off may be followed by the separator of the next report run on ("(بنا) .**").
_SIGN_OFF = re.compile(r"[.!؟]\s*\(([\u0621-\u064a]{2,12})\)\s*(?=$|\.?\s*\*\*)")
_GLOSS = re.compile(r"\s*\(([A-Za-z][A-Za-z0-9 .&'+-]{0,60}?)\)")
_OPENING = '«"“'
_DASHES = "-ـ–—:"
_MAX_NAME_WORDS = 6  # given name, father, grandfather, ... and a family name
_MAX_ROLE_TOKENS = 18
# Words that may stand between an apposition's comma and its head: "، إحدى أكبر شركات".
_APPOSITION_LEADS = word_set("أكبر أحد إحدى أهم أبرز أشهر أول أقدم")
# What companies do, said with a feminine verb (a company is grammatically feminine).
_COMPANY_VERBS = word_set(
    "أعلنت أطلقت كشفت طرحت دشنت وقعت استضافت وسعت احتلت أزاحت افتتحت أبرمت "
    "حققت سجلت نظمت اختتمت قامت"
)
# Suffixed pronouns end a word that is no name: خدماتها، شركائنا.
_PRONOUN_SUFFIX = re.compile(r"(?:ها|هم|هن|هما|كم|نا|ته|تها)$")
# Words after مجلس that name a body's board, not a body: مجلس الإدارة، مجلس الأمناء.
_BOARDS = word_set("إدارة الإدارة أمناء الأمناء")
# Prepositions a role may hold: "مراسل الجزيرة في بغداد", "سفير ... لدى الدولة".
_ROLE_PREPOSITIONS = word_set("في لدى")
# Function words that end a name even after a compound (some other stopwords fold to
# names: إحدى and آحدي are both احدي).
_HARD_STOPS = word_set(
    "في من على إلى عن مع أن إن أو ثم حتى إذا الذي التي هذا هذه ذلك تلك ما لم لن لا "
    "قد كما حيث بعد قبل خلال عبر منذ بين لدى عند هو هي"
)
# Role nouns that are also adjectives ("مشاريع كبيرة", "بهيكل منسق"): a role only in
# construct with the noun after them.
_ADJECTIVE_ROLES = word_set("كبير كبيرة منسق المنسق مسؤول مسؤولة")
# Nouns that describe a company right after its name ("دو مزود خدمات الاتصالات").
_DESCRIPTORS = word_set("مزود مزودة مشغل موزع مطور مصنع مقدم رائدة متخصصة")
# Heads of a newspaper's or an agency's name: "لوكالة الصحافة الفرنسية" ends a role.
_TOLD_HEADS = word_set("لوكالة لصحيفة لقناة لموقع لمجلة")
# Words that end a body's name: words of time ("وكالة الطاقة الدولية الأسبوع الماضي"),
# adjectives of status ("وكالة الأنباء اليمنية الحكومية": official, state-run) and participles that open a clause about the body ("وزارة الداخلية الرامية إلى",
# "المعهد ... التابع لمحكمة"): a name never ends in "affiliated", "aiming", "concerned".
_ENDS_A_BODY = word_set(
    "الأسبوع الشهر العام اليوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    "التابع التابعة التابعين الرامي الرامية الهادف الهادفة الساعي الساعية المعني المعنية "
    "المكلف المكلفة المسؤول المسؤولة المختص المختصة المشرف المشرفة "
    "الرسمي الرسمية الحكومي الحكومية"
)
# A preposition and a noun of circumstance after a name start what happens around it
# ("دونالد ترامب بحضور قادة", "برعاية", "بمشاركة"): never a word of the name.
_CIRCUMSTANCES = word_set(
    "بحضور برعاية بمشاركة برئاسة بقيادة بدعوة بدعم بتوجيه بتوجيهات بمناسبة بموجب بفضل بسبب بعد بين"
)
# What a quoted word after them is: a description (وصفه بأنه «محتال»).
_PREDICATES = word_set("بأنه بأنها أنه أنها بوصفه بوصفها")
# Words that bring in a nickname, never a name's: الملقب "أبو عمر"، المعروف باسم.
_NICKNAMING = word_set("الملقب الملقبة المعروف المعروفة المدعو المكنى")
# "الناطق باسم ...": the spokesman's "in the name of", not the name باسم.
# A relative named by his kinship to someone just named ("تعيين ابنه مجتبى خامنئي",
# "وزوجته سارة"): the kinship word with its pronoun introduces the name.
_KIN = word_set(
    "ابنه ابنها ابنته ابنتها نجله نجلها كريمته شقيقه شقيقها شقيقته شقيقتها "
    "زوجته زوجها والده والدها والدته والدتها أخوه أخوها أخته أختها حفيده حفيدته"
)
# Words that end a role's own title, after which the body it is held at may follow
# ("مدير عام X", "الرئيس التنفيذي X", "العضو المنتدب لـX").
# "نظيره البريطاني X": his counterpart leads a name, but after a name it is someone else's
_COUNTERPART = word_set("نظيره نظيرها نظيرهم نظيرتها نظيرته")
# Who a person is, before the name, with no office: "فالتاجر الصيني X", "الحاخام المتطرف
# X", "المواطن X". They lead a name the model reads, as a role does; they are no one's
# role after a name.
_PERSON_NOUNS = word_set(
    "المواطن المواطنة التاجر التاجرة الشاب الشابة الطفل الطفلة الفتى الفتاة السيدة "
    "الحاخام القس الكاهن المطران الطالب الطالبة الناشط الناشطة المتهم المتهمة اللاعب "
    "اللاعبة الفنان الفنانة الشاعر الشاعرة الروائي الروائية الصحفي الصحفية المصور "
    "مرشدها مرشده زعيمها زعيمه رئيسها رئيسه"
)
_ROLE_TAILS = word_set("عام العام التنفيذي التنفيذية المنتدب الإقليمي الإقليمية")
_ON_BEHALF = word_set("باسم بلسان")
_SHARES = word_set("سهما سهم اسهم")
_CHANGE_OR_VALUE = word_set("بنسبة بقيمة")
_TOPPED = word_set("تصدرت تصدر")
_LISTED = word_set("الشركات الاسهم")
_TWO_COMPANIES = word_set("شركتي شركتا")
_FIGURE_WORDS = word_set("تداولات مليون ملايين مليار درهم دراهم دولار ريال الف %")
# Heads a nationality does not make a body of: the government or leadership of a country
# is named by the country (الحكومة الإيرانية, القيادة الإيرانية).
_NATIONAL_ONLY = word_set("الحكومة القيادة الادارة السلطة")
# Bodies a country's name alone names (المرصد السوري); others take what they are for
# as well (الوكالة الأمريكية للتنمية), else they refer back (المؤسسة الأمريكية).
_NAMED_BY_NATION = word_set("المرصد")
_OFFICIALS = word_set("مسؤولو مسؤولي موظفو موظفي مستشارو مستشاري")
# Words a person's name begins with, as written (آل is the family; إل the letter L).
_PERSON_LINKS = frozenset("أبو أم بن ابن بنت آل".split())
# What صاحب is a title with: صاحب السمو، صاحب الجلالة، صاحب المعالي.
_HIGHNESS = word_set("السمو الجلالة المعالي الفخامة السعادة")
# The relative pronouns: the word after them is a verb (الذي أخفى), never a name's.
_RELATIVES = word_set("الذي التي الذين اللذين اللتين اللواتي")
# Words of rank a role may hold right after its noun: "مدير عام", "مدير أول".
_RANKS = word_set("عام العام أول اول")
# What may follow such a company's name: "أعلنت دو عن", "أعلنت أيه أم دي أمس".
_AFTER_COMPANY = word_set("عن أمس اليوم مؤخرا النقاب الستار")
_APPOSITION_NOUNS = word_set("المتخصصة المتخصص المزود الموزع الشركة الرائدة العالمية المطور المشغل")
# Where a role ends although no mark ends it: "... في تصريح لوكالة", "... خلال اللقاء".
_ROLE_ENDS = word_set(
    "إن أن ان إنه أنه انه إنها أنها إلى الى على عن خلال أمس اليوم قد الذي التي "
    "حيث عندما بعد قبل منذ مع حول نحو بين لا لم لن كل"
)
_STATEMENTS = word_set("تصريح تصريحات بيان حديث كلمة مقابلة لقاء رسالة")
# Heads that also name a place or a scope (مركز خدمة العملاء، دائرة اختصاصات الهيئة):
# with a common noun and its genitive after them they describe, not name.
_GENERIC_HEADS = word_set("مركز دائرة")
# What a research centre studies: "مركز الدراسات الاستراتيجية والدولية" is a name,
# though a centre with the article is mostly described (مركز الصدارة).
_RESEARCH = word_set("الدراسات البحوث الابحاث")  # with an adjective: مركز الدراسات الاستراتيجية
# Heads that describe a foreign body rather than begin its name: "مؤسسة أي دي سي".
_FIRM_HEADS = word_set("مؤسسة بنك مصرف منظمة")
# How sure the name model must be of every word of a name no cue found (draft/tagger.py
# gives each label's probability). Its word on where a name the rules found ends was
# measured too, and made things worse: trained on Levantine newswire of the 2000s, it
# reads Gulf names and bodies' heads (حكومة، مؤسسة، جائزة) as outside names.
_ADD = 0.7
_SURE = 0.9  # the model's confidence that lets a name's word look like a function word
_LEGAL_FORMS = re.compile(r"\s*ش\s?\.\s?م\s?\.\s?[عخ]")  # ش.م.ع, ش .م .خ


def _verb_shaped(norm: str) -> bool:
    """A verb in the present tense by its shape (يتحدث، تستعرض، يثير)."""
    return norm not in GIVEN_NAMES and (
        len(norm) >= 5
        and norm.startswith(("يت", "تت", "يست", "تست"))
        or len(norm) == 4
        and norm[0] == "ي"
        and norm[1] not in "اوي"
    )


def _future_verb(norm: str) -> bool:
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


def nationality(norm: str) -> bool:
    """A nationality adjective with the article, made from a place's name (البريطانية,
    السوري, الأمريكية, القطرية), the nisba ي or ية after the place's stem."""
    if not norm.startswith("ال"):
        return False
    stem = norm[2:].removesuffix("ة")
    return stem.endswith("ي") and len(stem) >= 4 and stem[:-1] in _PLACE_STEMS


def _is_verbal_noun(norm: str) -> bool:
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


def _is_verbal_noun_of_purpose(norm: str) -> bool:
    """لتقديم، لتعزيز، لإطلاق، لاستعراض: "to do X", which ends a name."""
    if not norm.startswith("ل") or len(norm) < 5:
        return False
    rest = norm[1:]
    return (
        (rest[0] == "ت" and len(rest) >= 5 and rest[3] == "ي")
        or rest.startswith(("است", "ا"))
        or _is_verbal_noun(rest)
    )


def _broken_plural(norm: str) -> bool:
    """حلول، حقوق، شؤون (فعول), هواتف، خوادم (فواعل): a plural of things, never a name."""
    norm = norm.removeprefix("ال")
    return norm not in GIVEN_NAMES and (
        len(norm) == 4 and norm[2] == "و" or len(norm) == 5 and norm[1:3] == "وا"
    )


def _foreign_in_na(norm: str) -> bool:
    """نورمينا، أريزونا: a transliterated name in نا, not a noun with "our" (خدماتنا،
    عملاؤنا: a plural or a hamza before it)."""
    stem = norm.removesuffix("نا")
    return (
        len(stem) >= 4
        and norm.endswith("نا")
        and not stem.endswith(("ات", "ين", "ون", "ء", "ؤ", "ئ"))
    )


def _and_a_given_name(norm: str) -> bool:
    """وجمال، وحبيب: "and" glued to a known given name (وليد and وائل are names)."""
    return norm[:1] == "و" and norm[1:] in GIVEN_NAMES and norm not in GIVEN_NAMES


def _strip_given(norm: str) -> str:
    """A given name without a conjunction glued to it (وخالد)."""
    return norm[1:] if norm[:1] in "وف" and norm[1:] in GIVEN_NAMES else norm


def _scope_adjective(norm: str) -> bool:
    """الدولي، الدوليين، العالمية، الوطني: an adjective of scope (NOT_NAMES holds it bare)."""
    bare = norm[norm.index("ال") + 2 :] if "ال" in norm[:4] else norm
    return any(
        bare.removesuffix(suffix) in NOT_NAMES
        for suffix in ("ين", "ون", "ان", "ة", "ه", "")
        if bare.endswith(suffix)
    )


class _Scanner:
    """One paragraph's tokens and quotes, with the cues run over them."""

    def __init__(self, index: int, text: str, corpus: _Corpus) -> None:
        self.index, self.text, self.corpus = index, text, corpus
        self.tokens = _titles_joined(tokenise(text))
        self.at_offset = {token.start: i for i, token in enumerate(self.tokens)}
        self.quotes = {m.start(): m for m in _QUOTE.finditer(text)}
        self.quoted = {i for m in self.quotes.values() for i in self._span_tokens(m)}
        self.mentions: list[Mention] = []
        self.role_tokens: set[int] = set()  # tokens inside a role already read
        self.bounded: list[tuple[int, int]] = []  # names a role and the model bounded
        self.bounded_roles: list[int] = []  # where the roles that lead them start
        self._labels: list[tuple[str, float]] | None = None

    def _span_tokens(self, match: re.Match[str]) -> range:
        first = self.at_offset.get(match.start(), 0)
        last = first
        while last < len(self.tokens) and self.tokens[last].end <= match.end():
            last += 1
        return range(first, last)

    def _add(self, name: str, kind: str, cue: str, strength: int, start: int, end: int,
             latin: str = "", surname_only: bool = False,
             role: tuple[int, int] | None = None, forms: tuple[str, ...] = ()) -> None:  # fmt: skip
        stripped = name.strip(" ،,.:؛-ـ")
        if not stripped:
            return
        first = normal_word(stripped.split()[0])
        if (
            kind == "person"
            and first[:1] == "و"
            and first[1:] in GIVEN_NAMES
            and (first not in GIVEN_NAMES)
        ):
            stripped = stripped[1:]  # "ومحمد عثمان": "and Mohammed Osman"
        start += name.find(stripped)
        end = start + len(stripped)
        role_text, role_start, role_end = "", -1, -1
        if role is not None:
            role_start, role_end = role
            role_text = self.text[role_start:role_end]
        self.mentions.append(
            Mention(
                stripped,
                kind,
                cue,
                strength,
                self.index,
                start,
                end,
                latin,
                surname_only,
                role_text,
                role_start,
                role_end,
                forms,
            )  # fmt: skip
        )

    def token(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def is_punct(self, i: int, marks: str = '،,.:؛;!?؟()«»"“”') -> bool:
        token = self.token(i)
        return token is None or (token.is_punct and (not token.norm or token.text in marks))

    def is_mark(self, i: int) -> bool:
        token = self.token(i)
        return token is None or token.is_punct

    def common(self, token: Token) -> bool:
        """The text also writes this word with the article: a common noun, not a name."""
        return token.arabic and self.corpus.common(token.norm)

    # --- datelines -------------------------------------------------------------------

    def dateline(self) -> None:
        """`دبي: «الخليج»`, `دبي ـ «الخليج»:`, `أبوظبي - وام:`, `دبي - مدحت السويفي:`."""
        i = 0
        while i < 3 and (tok := self.token(i)) is not None and tok.arabic and tok.norm:
            i += 1
        if i == 0 or not any(self.tokens[k].norm in PLACES for k in range(i)):
            return
        separated = (tok := self.token(i)) is not None and tok.text in _DASHES
        j = i + 1 if separated else i
        opening = self.token(j)
        if opening is not None and opening.text in _OPENING:
            match = self.quotes.get(opening.start)
            if match is None or len(match.group(1).split()) > 3:
                return
            closing = self._span_tokens(match).stop
            if separated or (self.token(closing) is not None and self.tokens[closing].text == ":"):
                self._add(match.group(1), "publication", "a dateline", 3,
                          match.start(1), match.end(1))  # fmt: skip
            return
        if not separated or opening is None:  # `دبي -` and nothing after: no dateline
            return
        end = self.name_forward(j, strong=True)  # الفجيرة: محمد الوسيلة
        agency = self.tokens[j]
        if (
            end == j
            and agency.arabic
            and agency.norm not in STOPWORDS
            and agency.norm not in PLACES
        ):
            end = j + 1  # وام: a name of three letters that begins with و
        after = self.token(end)
        if (
            end - j == 1
            and after is not None
            and after.text == ":"
            and not self.common(self.tokens[j])
        ):
            self._add(self.tokens[j].text, "publication", "a dateline", 3,
                      self.tokens[j].start, self.tokens[j].end)  # fmt: skip
        elif end - j >= 2 and (after is None or after.text == ":" or cue_of(after, VERBS)):
            self._person(j, end, "a byline: `دبي - X:`", 3)

    # --- quoted names -----------------------------------------------------------

    def quoted_names(self) -> None:
        for match in self.quotes.values():
            inner = match.group(1).strip()
            if match.group(0)[0] == '"' and inner != match.group(1):
                continue  # `"يعتمد مستخدمو "أوتوكاد"`: a quotation's opening, not a pair
            words = inner.split()
            if not words or len(words) > 3 or not re.search(r"\w", inner):
                continue
            span = self._span_tokens(match)
            if self._quoted_person(span, inner, match):
                continue
            kind, strength, cue = self._kind_before(span.start)
            gloss = _GLOSS.match(self.text, match.end())
            latin = gloss.group(1).strip() if gloss else ""
            if strength < 3:
                kind, strength, cue = max(
                    (kind, strength, cue), self._kind_after(span.stop, bool(gloss)),
                    key=lambda found: found[1],
                )  # fmt: skip
            if self._told(span.start):
                kind, strength, cue = "publication", 3, "`told «X»`"
            first = normal_word(words[0])
            own_head = ORGANISATION_HEADS.get(first) or ORGANISATION_HEADS.get(
                first.removeprefix("ال") if first.startswith("ال") else ""
            )  # fmt: skip
            second = tokenise(words[1])[0] if len(words) >= 2 else None
            if (
                strength < 3 and own_head is not None and second is not None
                and is_name_word(second, article=True)
            ):  # fmt: skip
                # «شركة ديار للتطوير», «البنك العربي المتحد»: a quoted body's own head
                kind, strength, cue = own_head, 3, "a quoted name with its head noun"
            shares = self.token(span.start - 1)
            if strength < 3 and shares is not None and shares.norm in _SHARES:
                kind, strength, cue = "company", 3, "`سهم «X»`"  # a listed company's share
            if strength < 3 and not latin and not self._looks_like_name(words):
                continue
            before = self.token(span.start - 1)
            if strength < 3 and before is not None and before.norm in _PREDICATES:
                continue  # وصفه بأنه «محتال»: what he is called, not a name
            if strength < 3 and MARKS.sub("", words[0]) in _PERSON_LINKS and len(words) > 1:
                continue  # «أبو موسى»: a person's or a place's name, not a company's
            if (
                strength < 3
                and len(words) == 1
                and before is not None
                and before.arabic
                and (
                    before.norm.endswith("ا") and inner.endswith("ا") and not cue_of(before, VERBS)
                )
            ):
                continue  # علاجا "وقائيا": an adjective agreeing with its noun
            if latin and strength < 3 and re.search(r"\d", latin):
                kind, strength = "product", 2
            if strength < 3 and re.search(r"\d", inner):
                # «جيتكس 2017» is an edition of an event; «كوفيد-19», «أوفيس 365» products
                year = re.search(r"(?<!\d)(?:19|20)\d\d$", inner)
                kind, strength = ("event" if year else "product"), 2
            self._add(inner, kind, cue, strength, match.start(1), match.end(1), latin)

    def _quoted_person(self, span: range, inner: str, match: re.Match[str]) -> bool:
        """`وقال «مسامي أندو»، الرئيس التنفيذي ...`: a quoted name with a role after it."""
        words = inner.split()
        if len(words) < 2 or not all(
            is_name_word(t, article=k == len(span) - 1) for k, t in
            enumerate(self.tokens[span.start + 1 : span.stop - 1])
        ):  # fmt: skip
            return False
        role = self.role_after(span.stop)
        before = self.token(span.start - 1)
        if role is None and not (before is not None and cue_of(before, SPEECH_VERBS)
                                 and self.is_punct(span.stop, ":")):  # fmt: skip
            return False
        self._add(inner, "person", "a quoted name with a role", 3, match.start(1),
                  match.end(1), role=role)  # fmt: skip
        return True

    def _looks_like_name(self, words: list[str]) -> bool:
        """A quoted phrase with no cue: a name, not a quoted term or slogan."""
        norms = [normal_word(word) for word in words]
        if any(n in STOPWORDS or n in NOT_NAMES or n in VERBS or _verb_shaped(n) for n in norms):
            return False  # "يعتمد مستخدمو": a quoted sentence
        if any(
            MARKS.sub("", w).startswith("ال")
            or n.startswith("لل")
            and not (n[2:] in SECTORS or SECTOR_SUFFIX.match(n))
            or n.endswith("ة")
            for w, n in zip(words, norms, strict=True)
        ):
            return False
        # A word the text also writes with the article is a common noun (ذكاء / الذكاء).
        return not any(self.corpus.common(n) for n in norms)

    def _kind_before(self, first: int) -> tuple[str, int, str]:
        """A head noun right before a name, across adjectives with the article."""
        i = first - 1
        for _ in range(6):
            token = self.token(i)
            if token is None or not token.arabic:
                break
            if token.norm in ("مراسل", "مراسلة", "شبكة"):  # شبكة «X»: a network
                return "publication", 3, f"`{token.text} «X»`"
            bare = token.norm.removeprefix("ال") if token.has_article else ""
            owned = _PRONOUN_SUFFIX.sub("", token.norm) if len(token.norm) > 4 else ""
            for words, kind in ((ORGANISATION_HEADS, ""), (EVENT_HEADS, "event"),
                                (PRODUCT_HEADS, "product")):  # fmt: skip
                head = (cue_of(token, words) or (bare if bare in words else None)
                        or (owned if kind and owned in words else None))  # fmt: skip
                if head is not None and (kind or not token.has_article):
                    found = kind or ORGANISATION_HEADS[head]
                    return found, 3, f"`{token.text} «X»`"
            if token.norm == "انباء" and (agency := self.token(i - 1)) is not None and (
                cue_of(agency, frozenset({"وكالة"}))
            ):  # fmt: skip
                return "publication", 3, "`وكالة أنباء «X»`"  # a news agency
            if not token.norm.startswith(("ال", "لل")) or cue_of(token, STOPWORDS):
                break
            i -= 1
        return "company", 1, "a quoted name"

    def _kind_after(self, after: int, glossed: bool) -> tuple[str, int, str]:
        i = after + (3 if glossed else 0)  # past "( Latin )" when there is a gloss
        token = self.token(i)
        if token is not None and token.norm == "من":
            following = self.token(i + 1)
            if following is not None and (
                following.text in _OPENING or cue_of(following, ORGANISATION_HEADS)
            ):
                return "product", 2, "`«X» من «Y»`"
        if token is not None and token.text in "،,":
            for j in range(i + 1, i + 5):  # "«X»، أكبر معرض ..." / "، إحدى أكبر شركات"
                word = self.token(j)
                if word is None or self.is_punct(j) or word.norm[:1] in ("و", "ف"):
                    break  # "، ونظام «X»": a new item in a list, not an apposition
                lead = word.norm in _APPOSITION_LEADS or (
                    word.has_article and word.norm not in STOPWORDS
                )
                for table in (ORGANISATION_HEADS, PLURAL_HEADS):
                    head = cue_of(word, table)
                    if head is not None:
                        return table[head], 2, f"an apposition: `«X»، ... {word.text}`"
                if cue_of(word, EVENT_HEADS):
                    return "event", 2, f"an apposition: `«X»، ... {word.text}`"
                if cue_of(word, PRODUCT_HEADS):
                    return "product", 2, f"an apposition: `«X»، ... {word.text}`"
                if not lead:
                    break  # "«جوجل»، التي تعمل بنظام": a clause, not an apposition
        return "company", 1, "a quoted name"

    def _told(self, first: int) -> bool:
        """`لـ«الخليج»` after a speech verb in the same sentence: a newspaper."""
        before = self.token(first - 1)
        if before is None or before.norm not in ("ل", "لـ"):
            return False
        return self._speech_before(first - 2)

    def _speech_before(self, i: int) -> bool:
        for k in range(i, max(-1, i - 25), -1):
            if self.is_punct(k, ".!?؟"):
                return False
            token = self.tokens[k]
            if cue_of(token, SPEECH_VERBS) or cue_of(token, SAYING) or token.norm == "سؤال":
                return True
        return False

    def told_glued(self) -> None:
        """`قال ... لالخليج:`: ل glued to a name with the article (a common noun would be
        written للـ), told something: a newspaper or an agency."""
        for i, token in enumerate(self.tokens):
            if not token.norm.startswith("لال"):
                continue
            bare = MARKS.sub("", token.text)
            if token.arabic and bare.startswith("لال") and len(bare) > 5:
                after = self.token(i + 1)
                if (after is None or after.text in ":،,") and self._speech_before(i - 1):
                    self._add(token.text[1:], "publication", "`told لالـX`", 3,
                              token.start + 1, token.end)  # fmt: skip

    def bracketed(self) -> None:
        """`(دو)` right after a body's name: another name for it; `منصة ... (دبي الآن)`:
        a product named in brackets."""
        for match in _INITIALS.finditer(self.text):
            self._add(match.group(1), "publication", "an agency's initials in brackets", 3,
                      match.start(1), match.end(1))  # fmt: skip
        for signed in _SIGN_OFF.finditer(self.text):
            k = self.at_offset.get(signed.start(1))
            if k is None or self.tokens[k].norm in _UNNAMED_SOURCES:
                continue  # (وكالات): agencies, unnamed
            self._add(signed.group(1), "publication", "the agency signing off `(X)`", 3,
                      signed.start(1), signed.end(1))  # fmt: skip
        for match in re.finditer(r"\(([\u0621-\u064a][\u0621-\u064a ]{0,30})\)", self.text):
            words = match.group(1).split()
            if not words or len(words) > 3:
                continue
            first = self.at_offset.get(match.start(1))
            if first is None or any(
                cue_of(t, STOPWORDS) for t in self.tokens[first : first + len(words)]
            ):
                continue
            before = self._named_just_before(match.start())
            if before and before[-1].kind != "person":
                owner = before[-1]
                self.mentions.remove(owner)
                self.mentions.append(replace(owner, forms=owner.forms + (match.group(1),)))
                continue
            kind, strength, cue = self._kind_before(first - 1)
            for back in range(first - 2, max(-1, first - 10), -1):
                if strength == 3 or self.is_punct(back, ".!?؟"):
                    break
                kind, strength, cue = self._kind_before(back)
            if strength == 3 and kind == "product":
                self._add(match.group(1), kind, "a name in brackets after a product noun", 2,
                          match.start(1), match.end(1))  # fmt: skip

    def _named_just_before(self, at: int) -> list[Mention]:
        """The mentions that end right before offset `at` (spaces and quotes between)."""
        return [m for m in self.mentions if m.end <= at
                and not self.text[m.end : at].strip(" \"»”«")]  # fmt: skip

    def quoted_aliases(self) -> None:
        """`منظمة التجارة الخارجية اليابانية «جيترو»`: a quoted name right after a body's
        name is another name for that body."""
        for start, match in self.quotes.items():
            owners = [m for m in self._named_just_before(start) if m.kind != "person"
                      and m.start < start]  # fmt: skip
            alias = next((m for m in self.mentions if m.start == match.start(1)), None)
            if owners and alias is not None and alias.kind != "person":
                owner = owners[-1]
                self.mentions.remove(alias)
                self.mentions.remove(owner)
                self.mentions.append(replace(owner, forms=owner.forms + (alias.name,)))

    # --- head nouns before unquoted names ----------------------------------------

    def headed_names(self) -> None:
        for i, token in enumerate(self.tokens):
            if i in self.quoted:
                continue
            if (
                token.norm.startswith("ك")
                and cue_of(token, ORGANISATION_HEADS)
                and (token.norm[1:] in ORGANISATION_HEADS)
            ):
                continue  # "كحكومة مترابطة": "as a government", no name
            if token.has_article:
                self._definite_body(i)
                continue
            head = cue_of(token, ORGANISATION_HEADS)  # events are named in quotes only
            if head is None or self.token(i + 1) is None:
                continue
            kind = ORGANISATION_HEADS[head]
            nxt = self.tokens[i + 1]
            if i + 1 in self.quoted or nxt.text in _OPENING:
                continue  # a quoted name: quoted_names has it
            if self._unit_in_role(i) or nxt.norm in _BOARDS:
                continue  # "مدير مجموعة أعمال المؤسسات في لينوفو", "مجلس الإدارة": no body
            if nxt.has_article:
                end = self._institution_end(i + 1)
                research = head == "مركز" and nxt.norm in _RESEARCH and end > i + 2
                if (
                    not research
                    and head not in ARTICLE_NAME_HEADS
                    or (
                        head in ("مجموعة", "شركة", "غرفة")  # غرفة الاجتماعات: a room
                        and (nxt.norm.endswith(("ات", "ين", "ون")) or _broken_plural(nxt.norm))
                    )
                ):
                    continue  # "مجموعة التطبيقات الرقمية": a set of things, no name
            elif head in NAME_KEEPS_HEAD or nxt.norm in PLACES or self._placed_chain(i + 1):
                end = self._institution_end(i + 1)  # شركة قطر للطاقة، مجموعة موانئ دبي
                if nxt.norm in PLACES and end <= i + 2 and head not in NAME_KEEPS_HEAD:
                    continue  # "شركة دبي" alone: no name
            elif head == "مجموعة" and _broken_plural(nxt.norm):
                continue  # "مجموعة خوادم": a set of servers, no name
            else:
                end = self._foreign_end(i + 1)
                if end == i + 1 and self._typed_company(i + 1):
                    end = i + 3  # "شركة إعمار العقارية": a name, then its sector's adjective
                if (
                    end > i + 1
                    and (country := self.token(end)) is not None
                    and (country.norm.startswith("ال") and country.norm in PLACES)
                    and country.norm.endswith(("ية", "ي"))
                ):
                    end += 1  # آرامكو السعودية: the country is part of the name
            paper = kind == "publication" and head != "وكالة" and nxt.has_article
            if paper and end > i + 2 and nationality(self.tokens[end - 1].norm):
                end -= 1  # "صحيفة الإندبندنت البريطانية": the country says whose it is
            if end <= i + 1:
                continue
            foreign = head in _FIRM_HEADS and not any(
                t.has_article or t.norm in PLACES or t.norm in GIVEN_NAMES
                or t.norm[:1] in "لب" and t.norm[1:] in PLACES
                for t in self.tokens[i + 1 : end]
            )  # fmt: skip
            news_agency = head == "وكالة" and nxt.norm == "انباء"  # وكالة أنباء البحرين
            if head == "وكالة" and nxt.norm == "الانباء" and end == i + 2:
                continue  # "وكالة الأنباء" alone: the news agency, unnamed
            if paper:
                start = nxt.start  # "صحيفة الإندبندنت": the paper's own name, الإندبندنت
            elif (head in NAME_KEEPS_HEAD or nxt.has_article or news_agency) and not foreign:
                start = token.start + len(token.norm) - len(head)  # the head, no proclitic
            else:
                start = nxt.start  # "مؤسسة بيزنس مونيتور إنترناشيونال": a firm's own name
            end_offset = self.tokens[end - 1].end
            legal = _LEGAL_FORMS.match(self.text, end_offset)
            self._add(self.text[start:end_offset], kind, f"`{token.text} X`", 3, start,
                      end_offset, forms=(self.text[start : legal.end()],) if legal else ())  # fmt: skip

    def places_as_bodies(self) -> None:
        """`قرية دبي للمعرفة`, `مدينة دبي الأكاديمية العالمية`: a business park named by its
        city and what it is for is a body (a city alone is a place)."""
        for i, token in enumerate(self.tokens):
            if token.norm not in ("قرية", "مدينة") and token.norm[1:] not in ("قرية", "مدينة"):
                continue
            place, after = self.token(i + 1), self.token(i + 2)
            if place is None or after is None or place.norm not in PLACES:
                continue
            end = self._complement_end(i + 2)
            while (
                (tok := self.token(end)) is not None
                and tok.norm.startswith("ال")
                and (
                    tok.norm not in STOPWORDS
                    and tok.norm not in PLACES
                    and not cue_of(tok, ROLES)
                    and tok.norm not in _ENDS_A_BODY
                )
            ):
                end += 1  # الأكاديمية العالمية
            if end > i + 2:
                start = token.start + (1 if token.norm[1:] in ("قرية", "مدينة") else 0)
                self._add(self.text[start : self.tokens[end - 1].end], "organisation",
                          f"`{token.text} X`", 3, start, self.tokens[end - 1].end)  # fmt: skip

    def _definite_body(self, i: int) -> None:
        """`المجلس التنفيذي لدبي`, `القيادة المركزية الأمريكية`, `الإدارة العامة للإقامة`."""
        token = self.tokens[i]
        kind = DEFINITE_HEADS.get(token.norm)
        adjective = self.token(i + 1)
        national = adjective is not None and nationality(adjective.norm)
        if kind is None:
            if national and adjective is not None and adjective.norm.endswith("ة"):
                self._short_body(i, token)  # الخارجية البريطانية، البورصة القطرية
            return
        end, office, by_nation = i + 1, False, False
        while end - i < 6 and (tok := self.token(end)) is not None and tok.norm.startswith("ال"):
            if tok.norm in OFFICE_ADJECTIVES:
                office = True
            elif end == i + 1 and national and token.norm not in _NATIONAL_ONLY:
                office = by_nation = True  # "المرصد السوري لحقوق الإنسان": its nationality
            elif (
                tok.norm in STOPWORDS or tok.norm in _ENDS_A_BODY or cue_of(tok, ROLES | HEAD_WORDS)
            ):
                break
            elif not office and not (tok.norm.endswith(("ية", "ي")) and end - i < 3):
                break  # "المنظمة البحرية الدولية": what it is about, then its office
            elif office and not tok.norm.endswith(("ية", "ي")):
                break  # "قدّر البنك الدولي النمو": after its office, the verb's object
            end += 1
        if not office:
            return
        named = self._complement_end(end, after_office=True)
        if by_nation and named == end == i + 2 and token.norm not in _NAMED_BY_NATION:
            return  # "المؤسسة الأمريكية", "البنك الأمريكي": a body referred back to
        end = named
        self._add(self.text[token.start : self.tokens[end - 1].end], kind,
                  f"`{token.text} ...`", 2, token.start, self.tokens[end - 1].end)  # fmt: skip

    def _short_body(self, i: int, token: Token) -> None:
        """A body named by the article and a nationality, its head understood or its
        own: a ministry by its field (الخارجية البريطانية: وزارة is understood, the
        adjective agrees with it), an exchange (البورصة القطرية). Not after a head, whose
        name it ends (وزارة الخارجية البريطانية is found whole), nor in a text that writes
        وزارة: there the short form refers back to a ministry named whole."""
        before = self.token(i - 1)
        if before is not None and (cue_of(before, HEAD_WORDS) or before.has_article):
            return  # "منظمة التجارة الخارجية اليابانية": an adjective inside a longer name
        if token.norm in MINISTRY_FIELDS:
            if any(self.corpus.count(p + "وزارة") for p in ("", "و", "ل", "ب", "ول", "وب")):
                return  # the text names its ministries whole: this refers back to one
            kind = "government"
        elif token.norm == "البورصة":  # السوق الأمريكية is a market, not an exchange
            kind = "organisation"
        else:
            return
        end = self.tokens[i + 1].end
        self._add(self.text[token.start : end], kind, f"`{token.text} ...`", 2,
                  token.start, end)  # fmt: skip

    def exchanges(self) -> None:
        """Stock exchanges by their city or country: `بورصة الكويت`, `سوق دبي المالي`,
        `سوق أبوظبي للأوراق المالية`, `سوق الأسهم السعودية`."""
        for i, token in enumerate(self.tokens):
            head = cue_of(token, EXCHANGE_HEADS)
            if head is None or i in self.quoted:
                continue
            place, after = self.token(i + 1), self.token(i + 2)
            if place is None:
                continue
            if head == "بورصة" and place.norm in PLACES:
                end = i + 2
            elif head == "سوق" and place.norm in PLACES and after is not None:
                if after.norm == "المالي":
                    end = i + 3
                elif after.norm == "للاوراق" and (last := self.token(i + 3)) is not None and (
                    last.norm == "المالية"
                ):  # fmt: skip
                    end = i + 4
                else:
                    continue
            elif (
                head == "سوق" and place.norm == "الاسهم" and after is not None
                and nationality(after.norm)
            ):  # fmt: skip
                end = i + 3
            else:
                continue
            start = token.start + token.text.rfind("سوق" if head == "سوق" else "بورصة")
            self._add(self.text[start : self.tokens[end - 1].end], "organisation",
                      "an exchange: `بورصة X`, `سوق X المالي`", 3, start,
                      self.tokens[end - 1].end)  # fmt: skip

    def _complement_end(self, end: int, after_office: bool = False) -> int:
        """Past `لدبي`, `بدبي`, `للإعلام`, `للإقامة وشؤون الأجانب` after a body's name. A
        لل-word is a sector (`للإعلام`, `للاستشارات`) or, after an adjective of office or
        with words joined to it, what the body is for (`العامة للإقامة وشؤون الأجانب`); any
        other is a purpose (`للارتقاء`), not part of the name."""
        tok = self.token(end)
        if tok is None or not tok.arabic:
            return end
        norm = tok.norm
        if norm[:1] in "بل" and (norm[1:] in PLACES or norm[1:].removeprefix("ال") in PLACES):
            return end + 1  # بدبي، لدبي، بالشارقة
        if (
            after_office and norm[:1] == "ل" and not norm.startswith("لل") and len(norm) > 3
            and (nxt := self.token(end + 1)) is not None and nxt.arabic
            and (nxt.norm in PLACES or nxt.has_article and nxt.norm not in STOPWORDS)
        ):  # fmt: skip
            return end + 2  # القيادة العامة لشرطة عجمان، الإدارة العامة لأمن المطارات
        if (
            after_office
            and norm[:1] == "ل"
            and not norm.startswith("لل")
            and (_is_verbal_noun(norm[1:]))
        ):  # "الهيئة العامة لتنظيم قطاع الاتصالات": what it does, up to its definite object
            return self._object_end(end + 1, end)
        if (
            norm[:1] == "ل" and _broken_plural(norm[1:])
            and self.tokens[end - 1].norm not in PLACES  # "لشرطة دبي لشؤون المنافذ": a role's
            and (nxt := self.token(end + 1)) is not None
            and nxt.has_article and nxt.norm not in STOPWORDS
        ):  # fmt: skip
            return end + 2  # "مجلس الأمم المتحدة لحقوق الإنسان", "لشؤون اللاجئين"
        if not norm.startswith("لل"):
            return end
        joined = (nxt := self.token(end + 1)) is not None and nxt.norm.startswith("و") and (
            not cue_of(nxt, ROLES) and not cue_of(nxt, VERBS) and not self.is_mark(end + 1)
            and (nxt.has_article or (after := self.token(end + 2)) is not None and after.has_article)
        )  # fmt: skip
        # "مصرف الإمارات للتنمية", "مؤسسة دبي للمستقبل": after a city or a country, the
        # body says what it is for.
        # "للارتقاء بالخدمات" is a purpose with its object, not a name.
        placed = (
            end > 0
            and self.tokens[end - 1].norm in PLACES
            and not (
                (obj := self.token(end + 1)) is not None
                and (obj.has_article or obj.norm.startswith("بال"))
            )
        )
        if not (norm[2:] in SECTORS or SECTOR_SUFFIX.match(norm) or after_office or joined
                or placed):  # fmt: skip
            return end
        end += 1
        while (
            (tok := self.token(end)) is not None
            and tok.norm.startswith("ال")
            and tok.norm not in STOPWORDS
            and tok.norm not in _ENDS_A_BODY
            and not cue_of(tok, ROLES)
            and tok.norm[2:] not in HEAD_WORDS  # "سامسونج للإلكترونيات المركز الأول"
        ):
            end += 1  # للأخبار التقنية، للتطوير العقاري
        while (
            (tok := self.token(end)) is not None
            and tok.norm[:1] == "و"
            and tok.arabic
            and (not cue_of(tok, ROLES | VERBS | HONORIFICS))
        ):  # not "واللواء": a title starts the next name
            if tok.has_article:
                end += 1  # للعلوم والتكنولوجيا
            elif (nxt := self.token(end + 1)) is not None and nxt.has_article:
                end += 2  # للإقامة وشؤون الأجانب
            else:
                break
        while (tok := self.token(end)) is not None and tok.norm.startswith("ال") and (
            tok.norm not in STOPWORDS and tok.norm not in _ENDS_A_BODY and not cue_of(tok, ROLES)
            and tok.norm.endswith(("ية", "ي"))
        ):  # fmt: skip
            end += 1  # للمنافذ والجمارك السورية: the adjective of the whole name
        if (
            (tok := self.token(end)) is not None
            and tok.norm[:1] in "بل"
            and (tok.norm[1:] in PLACES or tok.norm[1:].removeprefix("ال") in PLACES)
        ):
            end += 1
        return end

    def _placed_chain(self, k: int) -> bool:
        """Tokens from k are one or two nouns without the article, then a city or a
        country (موانئ دبي، كهرباء ومياه الشارقة): a Gulf body's name."""
        for j in range(k, k + 3):
            tok = self.token(j)
            if tok is not None and tok.norm in PLACES:
                return j > k
            if tok is None or not tok.arabic or tok.has_article or self.is_mark(j):
                return False
            if tok.norm in STOPWORDS or tok.norm in NOT_NAMES or cue_of(tok, VERBS | ROLES):
                return False
        return False

    def _typed_company(self, k: int) -> bool:
        """`إعمار العقارية`: a word that reads as a verbal noun, then the adjective of a
        company's sector or country: the company's name, not what it does."""
        tok, kind = self.token(k), self.token(k + 1)
        return (
            tok is not None and kind is not None and tok.arabic and not tok.has_article
            and _is_verbal_noun(tok.norm) and not self.is_mark(k)
            and kind.has_article and kind.norm.endswith("ية")
            and kind.norm not in _ENDS_A_BODY and not cue_of(kind, ROLES)
        )  # fmt: skip

    def _public_head(self, k: int) -> bool:
        """Token k heads a public body or an organisation (not a company: شركة تطوير
        العقارات may describe one)."""
        head = self.token(k)
        kind = ORGANISATION_HEADS.get(cue_of(head, ORGANISATION_HEADS) or "") if head else None
        return kind in ("government", "organisation")

    def _object_end(self, k: int, none: int) -> int:
        """Past a verbal noun's object from token k: at most two nouns without the article,
        then one with it and its adjectives (`قطاع الاتصالات`, `تمويل الإرهاب`); `none`
        if no definite noun closes the chain (then it is a purpose, not a name)."""
        end = k
        while end - k < 2 and (tok := self.token(end)) is not None and (
            tok.arabic and not tok.has_article and not self.is_mark(end)
            and tok.norm not in STOPWORDS and tok.norm not in _HARD_STOPS
            and not cue_of(tok, VERBS | ROLES | HONORIFICS | STOPWORDS)  # بعدم: "by not"
            and not _verb_shaped(tok.norm) and tok.norm[:1] != "و"
        ):  # fmt: skip
            end += 1
        closing = self.token(end)
        if closing is None or not closing.arabic or not closing.norm.startswith("ال") or (
            closing.norm in STOPWORDS or closing.norm in _ENDS_A_BODY
            or cue_of(closing, ROLES | HEAD_WORDS)
        ):  # fmt: skip
            return none
        end += 1
        while (tok := self.token(end)) is not None and tok.norm.startswith("ال") and (
            tok.norm.endswith(("ية", "ي", "يين", "يون")) and tok.norm not in STOPWORDS
            and tok.norm not in _ENDS_A_BODY and not cue_of(tok, ROLES)
        ):  # fmt: skip
            end += 1  # تنظيم الاتصالات السلكية، تكوين العلماء الموريتانيين
        return end

    def _unit_in_role(self, head: int) -> bool:
        """A head right after a role noun, with `في/لدى Y` later in the role: a unit of Y."""
        before = self.token(head - 1)
        if before is None or not cue_of(before, ROLES) or self._placed_chain(head + 1):
            return False  # "مدير دائرة إعلام دبي في ...": a body its city names
        for k in range(head + 1, min(len(self.tokens), head + 8)):
            token = self.tokens[k]
            if self.is_punct(k):
                return False
            if token.norm in ("في", "لدى") or (token.norm[:1] == "ب" and k > head + 1
                                               and not token.has_article):  # fmt: skip
                return True
        return False

    def _foreign_end(self, i: int, allow_common: bool = False) -> int:
        """The end of a transliterated name: name-like words (letters spelled out stand
        together: أيه أم دي), then a sector word, the company's type or its region."""
        end = i
        while end - i < 4 and (tok := self.token(end)) is not None:
            if not self._spelt_letter(end) and not (is_name_word(tok) and end - i < 4):
                break
            spelt_next = self._spelt_letter(end + 1)
            if not self._spelt_letter(end) and (
                (self.common(tok) and not allow_common and not (end == i and spelt_next))
                or (
                    end > i
                    and len(tok.norm) == 4
                    and tok.norm[0] == "ت"
                    and tok.norm[1] not in "اوي"
                )  # "شركة أبل تدرس": her verb
                or (
                    end >= i + 2
                    and tok.norm in GIVEN_NAMES
                    and (after_given := self.token(end + 1)) is not None
                    and is_name_word(after_given)
                )  # "بنك غولدمان ساكس ديفيد كوري": a person after the body
                or (end > i and (tok.norm.endswith("ات") or tok.norm in _DESCRIPTORS))
                or (end > i and len(tok.norm) >= 6 and tok.norm.endswith("تين"))  # مرتبتين
                or (end > i and _is_verbal_noun_of_purpose(tok.norm))
                or _is_verbal_noun(tok.norm)
                or tok.norm.endswith("ة")
                or (
                    len(tok.norm) > 4
                    and _PRONOUN_SUFFIX.search(tok.norm)
                    and not _foreign_in_na(tok.norm)
                )
            ):
                break
            end += 1
        while (
            end > i + 1 and self._spelt_letter(end - 1) and self.is_punct(end, ".")
            and (after := self.token(end + 1)) is not None and after.norm in LETTER_NAMES
        ):  # fmt: skip
            end += 2  # "ساب إيه . جي": letters of an abbreviation with their dots
        tail = self.token(end)
        if (
            end > i
            and tail is not None
            and (
                SECTOR_SUFFIX.match(tail.norm) or tail.norm[2:] in SECTORS and tail.norm[:2] == "لل"
            )
        ):
            end += 1
            while (
                (adj := self.token(end)) is not None
                and adj.norm.startswith("ال")
                and (
                    adj.norm not in STOPWORDS
                    and adj.norm not in PLACES
                    and not cue_of(adj, ROLES)
                    and adj.norm[2:] not in HEAD_WORDS  # "للإلكترونيات المركز الأول"
                    and adj.norm not in _ENDS_A_BODY
                )
            ):
                end += 1  # للتطوير العقاري
            while self._spelt_letter(end):
                end += 1  # كولاكم للاتصالات إس بي سي
        while (
            end > i
            and (tail := self.token(end)) is not None
            and (tail.norm in COMPANY_WORDS or tail.norm in REGION_WORDS and tail.norm != "شمال")
        ):
            end += 1
        return end

    def _spelt_letter(self, k: int) -> bool:
        """A letter's name beside another (أيه أم دي، إتش بي): part of an acronym."""
        token = self.token(k)
        if token is not None and MARKS.sub("", token.text) in ("إي", "آي"):
            return True  # إي هوستينغ، آي تي ووركس: the letters E and I, not أي "which"
        if token is None or token.norm not in LETTER_NAMES:
            return False
        return any(
            (other := self.token(j)) is not None
            and other.norm in LETTER_NAMES
            and other.norm not in STOPWORDS | {"في", "ان", "او", "ال"}
            for j in (k - 1, k + 1)
        ) or token.norm not in STOPWORDS | {"في", "ان", "او", "ال", "اي"}

    def _institution_end(self, i: int) -> int:
        """The end of an Arabic institution's name after its head: an article word or a
        name (دبي، محمد بن راشد), then article words (و+ال too), then `لدبي`/`بدبي`/a
        sector (`للإعلام`). An indefinite common noun (`حكومة مترابطة`) names nothing,
        unless a name ends the chain (`هيئة كهرباء ومياه الشارقة`)."""
        first = self.token(i)
        if first is None or not first.arabic:
            return i
        if first.has_article:
            if first.norm in STOPWORDS or cue_of(first, ROLES | HEAD_WORDS):
                return i
            end = i + 1
        elif (
            first.norm in PLACES
            or first.norm in GIVEN_NAMES
            or (nxt := self.token(i + 1)) is not None
            and nxt.norm in NAME_COMPOUNDS
        ):
            end = i + 1 if first.norm in PLACES else self.name_forward(i)
            end = max(end, i + 1)
        elif (
            _is_verbal_noun(first.norm)
            and self._public_head(i - 1)
            and (end := self._object_end(i + 1, i)) > i
        ):  # fmt: skip
            # What a public body does names it: "هيئة تنظيم الاتصالات", "مركز استهداف
            # تمويل الإرهاب" (a verbal noun and its definite object).
            return self._complement_end(end)
        else:
            # A chain of indefinite nouns must end in a place: كهرباء ومياه الشارقة.
            end = i
            while (
                end - i < 4
                and (tok := self.token(end)) is not None
                and tok.arabic
                and (not tok.has_article and is_name_word(tok, ta=True))
            ):
                end += 1
            place = self.token(end)
            if end > i and self._complement_end(end) > end:
                return self._complement_end(end)  # جامعة خليفة للعلوم والتكنولوجيا
            if end == i or place is None or place.norm not in PLACES:
                if (
                    self._public_head(i - 1) and first.norm not in NOT_NAMES
                    and cue_of(self.tokens[i - 1], _GENERIC_HEADS) is None
                    and not _is_verbal_noun_of_purpose(first.norm)
                    and (obj := self._object_end(i, i)) > i
                ):  # fmt: skip
                    return self._complement_end(obj)  # تحالف دعم الشرعية، جمعية حماية المستهلك
                return self._foreign_company(i)
            end += 1
        named = self.tokens[end - 1].norm in PLACES  # the chain ended at a place's name
        while end - i < 8 and (tok := self.token(end)) is not None and tok.arabic:
            if named and tok.norm[:1] == "و":
                break  # "هيئة كهرباء ومياه دبي والمخالفات": the next item of a list
            nxt = self.token(end + 1)
            if (
                tok.norm[:1] == "و"
                and not tok.has_article
                and nxt is not None
                and nxt.norm.startswith("ال")
                and not cue_of(tok, ROLES | HEAD_WORDS | VERBS)
                and tok.norm[1:] not in STOPWORDS
                and tok.norm[1:] not in PLACES
            ):
                end += 2  # "الرعاية الاجتماعية وشؤون القصر": a noun and its genitive
                continue
            if not tok.norm.startswith(("ال", "وال")) or tok.norm in STOPWORDS:
                break  # بالإنابة، بالنيابة: not the name's
            if tok.norm in PLACES and end > i + 1 or tok.norm in _ENDS_A_BODY:
                break
            if cue_of(tok, ROLES | HEAD_WORDS):
                break
            if cue_of(tok, HONORIFICS):
                break  # "كتائب ... القسام الراحل حذيفة": a title starts the next name
            previous = self.tokens[end - 1]
            if (
                tok.norm.startswith("وال")
                and previous is not first
                and previous.norm.endswith(("ي", "ية"))
                and not tok.norm.endswith(("ي", "ية"))
            ):
                break  # "التعاون الخليجي والعناصر": after an adjective, a noun is another item
            if (
                previous is not first
                and previous.norm.endswith(("ي", "ية"))
                and tok.norm.startswith("ال")
                and not tok.norm.endswith(("ي", "ية", "ين", "يين", "ون", "ة", "ان"))
                and tok.norm not in OFFICE_ADJECTIVES
            ):
                break  # "وكالة الطاقة الدولية السحب": after an adjective, a noun starts a phrase
            end += 1
        if (tok := self.token(end)) is not None and tok.norm[:1] == "ل" and (
            not tok.norm.startswith("لل") and len(tok.norm) > 4 and first.norm in GIVEN_NAMES
            and (nxt := self.token(end + 1)) is not None and nxt.norm.startswith("ال")
        ):  # fmt: skip
            # Bodies named after a person say what they are for: "مؤسسة محمد بن راشد
            # لتنمية المشاريع الصغيرة والمتوسطة".
            end += 1
            while (
                (tok := self.token(end)) is not None
                and tok.norm.startswith(("ال", "وال"))
                and (tok.norm not in STOPWORDS and tok.norm not in _ENDS_A_BODY)
            ):
                end += 1
            return end
        return self._complement_end(end)

    def _foreign_company(self, i: int) -> int:
        """`مؤسسة X` with X a transliterated name (not a common noun or an adjective)."""
        token = self.tokens[i]
        if token.norm in NOT_NAMES or token.norm.endswith(("ة", "ات")) or self.common(token):
            return i  # مركز بيانات: a common plural
        return self._foreign_end(i)

    def bodies_in_roles(self) -> None:
        """`مدير عام داتاماتكس`, `نائب الرئيس في داتامينا`, `الرئيس التنفيذي لإنتل`: the
        body a role is held at, named by a transliterated name (no head noun) right
        after the role's own words or after في/لدى."""
        for i, token in enumerate(self.tokens):
            role = (
                cue_of(token, ROLES) is not None
                or token.norm in _ROLE_TAILS
                and (i > 0 and cue_of(self.tokens[i - 1], ROLES) is not None)
            )
            if i in self.quoted or not role:
                continue
            j = i + 1
            if (tok := self.token(j)) is not None and tok.norm in _ROLE_PREPOSITIONS:
                j += 1
            elif token.norm not in _ROLE_TAILS:
                continue  # "الرئيس ترمب": a role right before a name is a title
            first = self.token(j)
            if (
                first is None or j in self.quoted or first.has_article or not first.arabic
                or cue_of(first, HEAD_WORDS | ROLES | HONORIFICS)
                or _strip_given(first.norm) in GIVEN_NAMES or first.norm in PLACES
                or first.norm in _ROLE_TAILS or first.norm in _BOARDS
                or first.norm[:1] == "و" or first.norm.endswith("ا") and j == i + 1
            ):  # fmt: skip
                continue
            lead = 1 if first.norm[:1] == "ل" and j == i + 1 else 0  # لإنتل
            if lead and (first.norm[1:] in GIVEN_NAMES or first.norm[1:] in PLACES):
                continue
            end = self._foreign_end(j)
            if end == j or (lead and len(first.norm) < 4):
                continue
            after = self.token(end)
            if after is not None and not (
                after.is_punct or cue_of(after, STOPWORDS | VERBS | SAYING)
                or after.norm in _ROLE_PREPOSITIONS
            ):  # fmt: skip
                continue  # the name must end where the role does
            start = first.start + lead
            self._add(self.text[start : self.tokens[end - 1].end], "company",
                      "a body in a role", 2, start, self.tokens[end - 1].end)  # fmt: skip

    def definite_bodies_of_roles(self) -> None:
        """`مسؤولو البيت الأبيض`, `مستشار البيت الأبيض لشؤون`, `المتحدث باسم الكرملين`:
        a definite name in construct with a role or with officials is the body they
        serve, when the name model reads it as one name (it files such a seat of power as
        a place: البيت الأبيض) and it is not a country or city (حاكم دبي)."""
        for i, token in enumerate(self.tokens):
            if (
                i in self.quoted
                or not (cue_of(token, ROLES) or token.norm in _OFFICIALS)
                or cue_of(token, VERBS)
            ):
                continue
            j = i + 1
            if (tok := self.token(j)) is not None and tok.norm in _ON_BEHALF:
                j += 1  # "المتحدث باسم X"
            first = self.token(j)
            if first is None or not first.has_article or j in self.quoted:
                continue
            if self.labels[j][0][2:] not in ("ORG", "LOC"):
                continue  # (it may take the officials in: "مسؤولو البيت الأبيض" as one)
            end = j + 1
            while end < len(self.tokens) and self.labels[end][0] in ("I-ORG", "I-LOC"):
                end += 1
            words = self.tokens[j:end]
            if (
                len(words) > 3 or first.norm.endswith("ات")  # الولايات المتحدة: a country
                or any(not t.norm.startswith("ال") or t.norm in PLACES for t in words)
                or first.norm in DEFINITE_HEADS or cue_of(first, HEAD_WORDS | ROLES)
                or _scope_adjective(first.norm)
                or normal_word(self.text[first.start : words[-1].end]) in PLACES
            ):  # fmt: skip
                continue
            self._add(self.text[first.start : words[-1].end], "organisation",
                      "a body in construct with its officials", 2, first.start,
                      words[-1].end)  # fmt: skip

    def market_listings(self) -> None:
        """Business news' lists of shares: `هيتس تليكوم بإغلاق 0.360 درهم` (X closed at),
        `تداول 169 سهماً من بيت التمويل الخليجي،` (shares of X): the words from the last
        mark to `بإغلاق`, or from `سهماً من` to the next mark, name a listed company."""
        for i, token in enumerate(self.tokens):
            if token.norm == "باغلاق" and self._figure_follows(i + 1):
                end, start = i, i
                while start > 0 and not self.is_punct(start - 1, "،,:.؛"):
                    start -= 1
            elif token.norm == "من" and i > 1 and self.tokens[i - 1].norm in _SHARES and (
                self.tokens[i - 2].text[:1].isdigit()
            ):  # fmt: skip
                start, end = i + 1, i + 1
                while end < len(self.tokens) and not self.is_punct(end, "،,:.؛"):
                    end += 1
            else:
                continue
            words = [t for t in self.tokens[start:end] if t.text != "-"]
            if not 1 <= len(words) <= 6 or any(
                k in self.quoted or cue_of(t, STOPWORDS | VERBS | ROLES) or not t.arabic
                for k, t in enumerate(self.tokens[start:end], start)
                if t.text != "-"
            ):
                continue
            if self.tokens[start].norm[:1] == "و" and self.tokens[start].norm[1:] in STOPWORDS:
                continue
            if end - start > 1 and cue_of(self.tokens[start], ORGANISATION_HEADS) == "شركة":
                start += 1  # "سهماً من شركة ارابتك": the company's name, as its head cue has it
            name_start = self.tokens[start].start
            self._add(self.text[name_start : self.tokens[end - 1].end], "company",
                      "a listed company: `X بإغلاق`, `سهماً من X`", 2, name_start,
                      self.tokens[end - 1].end)  # fmt: skip

    def market_lists(self) -> None:
        """Market reports list companies by their change or their trading: `كل من: وطنية
        للتكافل بنسبة 9،3%، أسمنت أم القيوين بنسبة 4،2%`, `تلاه سهم الدار العقارية بقيمة
        تداولات 11 مليون درهم، سهم صروح العقارية ...`. An item is the words from the last
        mark or figure to `بنسبة`/`بقيمة` and a figure; it names a company when it opens
        the list (after `كل من:`), follows `سهم`, or follows another item at once."""
        last_item = -1  # where the figure of the last item found ends
        for i, token in enumerate(self.tokens):
            if token.norm not in _CHANGE_OR_VALUE or not self._listed_figure(i + 1):
                continue
            start = i
            while start > 0 and not (
                self.is_punct(start - 1, "،,:.؛") or self.tokens[start - 1].text[:1].isdigit()
            ):  # fmt: skip
                start -= 1
            shares = next(
                (k for k in range(start, i) if self.tokens[k].norm in _SHARES), None
            )  # fmt: skip
            opens = (
                start >= 2 and self.is_punct(start - 1, ":")
                and self.tokens[start - 2].norm == "من"
            )  # fmt: skip
            follows = last_item >= 0 and all(
                self._figure_part(k) for k in range(last_item, start)
            )  # fmt: skip
            if shares is not None:
                start = shares + 1
            elif not (opens or follows):
                continue
            words = self.tokens[start:i]
            if not 1 <= len(words) <= 5 or any(
                k in self.quoted or not t.arabic or cue_of(t, VERBS | ROLES)
                or t.norm in _SHARES
                # a function word inside a name is one of its words (أسمنت أم القيوين)
                or cue_of(t, STOPWORDS) and (k in (start, i - 1) or t.norm[:1] == "و")
                for k, t in enumerate(words, start)
            ):  # fmt: skip
                continue
            if self._common_item(words):
                continue  # "أسهم البنوك بنسبة 2%", "والأرباح بنسبة 3%": no company
            last_item = i + 1
            self._add(self.text[words[0].start : words[-1].end], "company",
                      "a market report's list: `X بنسبة 9،3%`, `سهم X بقيمة`", 2,
                      words[0].start, words[-1].end)  # fmt: skip

    def leaders_and_pairs(self) -> None:
        """`وتصدرت اتصالات قائمة الشركات`: what tops a list of companies is one; `شركتي
        اتصالات ودو`: the dual of شركة names two companies, joined by و."""
        for i, token in enumerate(self.tokens):
            if cue_of(token, _TOPPED) and (end := self._name_run(i + 1)) > i + 1:
                after, listed = self.token(end), self.token(end + 1)
                if (
                    after is not None and after.norm == "قائمة" and listed is not None
                    and listed.norm in _LISTED and not self._common_item(self.tokens[i + 1 : end])
                ):  # fmt: skip
                    self._company(i + 1, end, "`تصدرت X قائمة`")
            elif cue_of(token, _TWO_COMPANIES) and (end := self._name_run(i + 1)) > i + 1:
                if not all(
                    is_name_word(t, ta=True) and not _future_verb(t.norm)
                    for t in self.tokens[i + 1 : end]
                ):  # fmt: skip
                    continue  # "شركتي ستتوسع وتنمو": "my company will grow"
                second = self.token(end)
                if second is None or second.norm[:1] != "و" or not is_name_word(
                    second._replace(norm=second.norm[1:], text=second.text[1:]), ta=True
                ):  # fmt: skip
                    continue
                self._company(i + 1, end, "`شركتي X وY`")
                # the second is read to its first word: a dual verb may follow (ودو تقدمان)
                self._add(second.text[1:], "company", "`شركتي X وY`", 2, second.start + 1,
                          second.end)  # fmt: skip

    def _common_item(self, words: list[Token]) -> bool:
        """An item that is no company's name: one word with the article (البنوك،
        الشركة), a place alone (الإمارات; رأس الخيمة العقارية is a company), a head noun
        alone, or a word joined by و with the article (والأرباح)."""
        first = words[0]
        alone = len(words) == 1
        return (
            alone
            and (first.has_article or first.norm in PLACES or bool(cue_of(first, HEAD_WORDS)))
            or first.norm.startswith("وال")
        )

    def _name_run(self, k: int) -> int:
        """The end of up to four words of a name from k (a first word with the article
        too: الدار العقارية), before a mark, a function word, a verb or a word with و."""
        end = k
        while end - k < 4 and (tok := self.token(end)) is not None and tok.arabic and not (
            cue_of(tok, STOPWORDS | VERBS | ROLES) or tok.norm[:1] == "و"
            or tok.norm == "قائمة" or end in self.quoted
            or (end > k and tok.has_article and not self.tokens[k].has_article)
        ):  # fmt: skip
            end += 1
        return end

    def _company(self, start: int, end: int, cue: str) -> None:
        first, last = self.tokens[start], self.tokens[end - 1]
        self._add(self.text[first.start : last.end], "company", cue, 2, first.start, last.end)

    def _listed_figure(self, k: int) -> bool:
        """A figure at k, after تداولات or a stray comma (`بنسبة ،3،7`) too."""
        token = self.token(k)
        if token is not None and token.norm == "تداولات":
            k, token = k + 1, self.token(k + 1)
        if token is not None and token.text in "،,":
            token = self.token(k + 1)
        return token is not None and token.text[:1].isdigit()

    def _figure_part(self, k: int) -> bool:
        """Part of an item's figure: digits, marks, a unit or a scale word."""
        token = self.tokens[k]
        return (
            token.text[:1].isdigit() or token.is_punct or token.norm in _FIGURE_WORDS
        ) and token.text not in ":."

    def _figure_follows(self, k: int) -> bool:
        token = self.token(k)
        return token is not None and token.text[:1].isdigit()

    def company_subjects(self) -> None:
        """`أعلنت دو عن`, `أطلقت كنجستون تكنولوجي أوروبا`: the subject of what a company
        does, a transliterated name, confirmed by what follows it or by its recurrence."""
        for i, token in enumerate(self.tokens):
            if token.norm not in _COMPANY_VERBS and not (
                token.norm[:1] in "وف" and token.norm[1:] in _COMPANY_VERBS
            ):
                continue
            j = i + 1
            if (tok := self.token(j)) is not None and tok.norm in _AFTER_COMPANY:
                j += 1  # "أعلنت أمس شركة ..." / "أعلنت أمس X"
            first = self.token(j)
            if first is None or cue_of(first, ORGANISATION_HEADS) or first.norm in GIVEN_NAMES:
                continue
            end = self._foreign_end(j)
            if end == j and self._bare_subject(j):
                end = j + 1  # "أعلنت اتصالات عن": a plural noun with no article, a name
            if end == j:
                continue
            after = self.token(end)
            confirmed = (
                after is None
                or after.norm in _AFTER_COMPANY
                or after.text in "،,"
                or (after.has_article and after.norm in _APPOSITION_NOUNS)
                or bool(_LEGAL_FORMS.match(self.text, self.tokens[end - 1].end))
                or self.corpus.count(self.tokens[j].norm) >= 2
            )
            if (
                (nisba := self.token(end)) is not None
                and nisba.norm in PLACES
                and (nisba.norm.startswith("ال"))
            ):
                end += 1  # أرامكو السعودية: the country is part of the name
            if confirmed and (end - j > 1 or not self.tokens[end - 1].has_article):
                self._add(self.text[self.tokens[j].start : self.tokens[end - 1].end], "company",
                          f"`{token.text} X`", 2, self.tokens[j].start,
                          self.tokens[end - 1].end)  # fmt: skip

    def _bare_subject(self, j: int) -> bool:
        """`أعلنت اتصالات عن`, `أعلنت اتصالات، أمس، عن`: a company verb's subject that is a
        common word with no article (telecoms) is a name when the announcement follows at
        once: "عن", or "أمس" with or without commas. A common noun as the subject would
        carry the article (أعلنت الاتصالات) or a head noun (شركات)."""
        tok = self.token(j)
        if tok is None or not tok.arabic or tok.has_article or tok.norm in GIVEN_NAMES:
            return False
        if cue_of(tok, STOPWORDS | VERBS | ROLES | HEAD_WORDS) or tok.norm in PLACES:
            return False
        if _verb_shaped(tok.norm) or _is_verbal_noun(tok.norm) or not is_name_word(tok):
            return False
        if _PRONOUN_SUFFIX.search(tok.norm) or tok.norm.endswith("ه"):
            return False  # "اختتمت فعالياته أمس": its events, a noun with "its"
        k = j + 1
        while self.is_punct(k, "،,") and self.token(k) is not None:
            k += 1
        after = self.token(k)
        if after is None or after.norm not in ("عن", "امس"):
            return False
        then = self.token(k + 1)
        return (
            after.norm == "عن"
            or k == j + 1
            or then is None
            or (then.text in "،," or then.norm == "عن")
        )  # "أعلنت اتصالات، أمس عن": the announcement follows the day

    def named_by_words(self) -> None:
        """A name whose own words say what it is: `جمبو للإلكترونيات` (a sector after a
        transliterated name: a company), `نيويورك تايمز` (a newspaper's last word), `مراسل
        الجزيرة` (a correspondent's outlet), `إعلان سيسكو أمس` (a company's announcement)."""
        for i, token in enumerate(self.tokens):
            if i in self.quoted:
                continue
            if token.norm in PUBLICATION_WORDS and i > 0:
                start = i - 1  # one word before it: نيويورك تايمز، فايننشال تايمز، واشنطن بوست
                first = self.tokens[start]
                if first.arabic and not first.is_punct and not cue_of(first, STOPWORDS | VERBS):
                    strip = 1 if self._strip_and(start) or first.norm[:1] in "لب" and (
                        first.norm[1:] in PLACES) else 0  # fmt: skip
                    begin = first.start + strip
                    self._add(self.text[begin : token.end], "publication",
                              f"`X {token.text}`", 2, begin, token.end)  # fmt: skip
            elif token.norm in ("مراسل", "مراسلة") and (nxt := self.token(i + 1)) is not None and (
                nxt.norm.startswith("ال") and nxt.norm not in STOPWORDS
                and not cue_of(nxt, HEAD_WORDS | ROLES) and nxt.norm[2:] not in PLACES
                and i + 1 not in self.quoted
            ):  # fmt: skip
                self._add(nxt.text, "publication", "`مراسل X`", 2, nxt.start, nxt.end)
            elif self._sector_named(i):
                start = i - 1
                while start > 0 and self._spelt_letter(start) and self._spelt_letter(start - 1):
                    start -= 1  # إتش بي للإلكترونيات
                strip = self._strip_and(start)
                begin = self.tokens[start].start + strip
                self._add(self.text[begin : token.end], "company",
                          f"`X {token.text}`", 2, begin, token.end)  # fmt: skip
            elif token.norm == "اعلان" and (nxt := self.token(i + 1)) is not None:
                end = self._foreign_end(i + 1)
                after = self.token(end)
                if end > i + 1 and after is not None and after.norm in _AFTER_COMPANY:
                    self._add(self.text[nxt.start : self.tokens[end - 1].end], "company",
                              "`إعلان X أمس`", 2, nxt.start, self.tokens[end - 1].end)  # fmt: skip

    def _sector_named(self, i: int) -> bool:
        """`جمبو للإلكترونيات`: a sector in the plural (not "للشركات", whom a service is
        for) right after one transliterated word (not a common noun, an adjective in ي,
        a plural, a participle or a word in the accusative)."""
        token, before = self.tokens[i], self.token(i - 1)
        if not SECTOR_SUFFIX.match(token.norm) or before is None or not before.arabic:
            return False
        if token.norm[2:-2] + "ة" in HEAD_WORDS or token.norm[2:-2] in HEAD_WORDS:
            return False  # للشركات، للمؤسسات
        norm = before.norm[1:] if self._strip_and(i - 1) else before.norm
        return (
            is_name_word(before)
            and not before.has_article
            and not self.corpus.common(norm)
            and not norm.endswith(("ي", "ين", "ون", "ات", "ا"))
            and not (len(norm) == 4 and norm[1] == "ا")  # ناقل: a participle
            and not cue_of(before, HEAD_WORDS | ROLES | VERBS)
        )

    def speakers_after(self) -> None:
        """`لكن عبد القادر عراضة أشار ...`: a name of two words or more, then a speech
        verb (the subject before its verb), after a boundary."""
        for b, token in enumerate(self.tokens):
            if b == 0 or not cue_of(token, SPEECH_VERBS) or token.norm[:1] in "وف":
                continue
            start = self.name_backward(b)
            if start is None or any(k in self.quoted for k in range(start, b)):
                continue
            words = sum(1 for t in self.tokens[start:b] if t.norm not in NAME_LINKS)
            before = self.token(start - 1)
            strip = self._strip_and(start)
            if (
                words >= 2
                and not self.tokens[b - 1].has_article
                and (before is None or before.is_punct or strip or cue_of(before, STOPWORDS))
            ):
                self._person(start, b, "a speaker before the verb: `X أشار`", 2, strip)

    def body_cues(self) -> None:
        """Bodies named by what is said of them: `مجلس إدارة X` (X's board), `التابعة لX`
        (belonging to X), `LatinProduct من X` (a product of X)."""
        for i, token in enumerate(self.tokens):
            start = None
            if (
                cue_of(token, frozenset({"مجلس"}))
                and (nxt := self.token(i + 1)) is not None
                and (nxt.norm in ("ادارة",))
            ):
                start, strip = i + 2, 0
                if (head := self.token(start)) is not None and cue_of(head, ORGANISATION_HEADS):
                    continue  # "مجلس إدارة شركة X": the head noun's cue has it
            elif (
                token.norm in ("التابعة", "التابع")
                and (nxt := self.token(i + 1)) is not None
                and (nxt.norm.startswith("ل") and not nxt.norm.startswith("لل"))
                and len(nxt.norm) >= 5
                and not self.corpus.common(nxt.norm[1:])
            ):
                start, strip = i + 1, 1
            elif (
                token.norm == "من"
                and (prev := self.token(i - 1)) is not None
                and (not prev.arabic and prev.text[:1].isalpha() or prev.text == ")")
            ):
                start, strip = i + 1, 0
            if start is None or self.token(start) is None or start in self.quoted:
                continue
            first = self.tokens[start]
            if strip:
                self.tokens[start] = first._replace(text=first.text[1:], start=first.start + 1,
                                                    norm=first.norm[1:])  # fmt: skip
            try:
                end = self._foreign_end(start, allow_common=True)
            finally:
                self.tokens[start] = first
            if token.norm == "من" and end > start:
                if not self._spelt_letter(start):
                    end = start + 1  # "Core i7 من إنتل": one word, then a boundary
                nxt = self.token(end)
                if nxt is not None and not (
                    nxt.is_punct or not nxt.arabic or cue_of(nxt, STOPWORDS | VERBS)
                    or nxt.norm[:1] in "بل" and not nxt.has_article
                ):  # fmt: skip
                    continue
            if end > start and not self.tokens[end - 1].has_article:
                begin = first.start + strip
                self._add(self.text[begin : self.tokens[end - 1].end], "company",
                          f"`{token.text} X`", 2, begin, self.tokens[end - 1].end)  # fmt: skip

    # --- people --------------------------------------------------------------------

    def _name_word(self, token: Token, *, article: bool, ta: bool) -> bool:
        if token.norm in _NICKNAMING or token.norm in _KIN:
            return False  # الملقب، نجله: they bring in a name, they are not of it
        if token.norm[:1] == "و" and len(token.norm) > 4 and token.norm.endswith("ه"):
            return False  # وخطابه: "and his speech"
        if token.norm in GIVEN_NAMES and token.norm != "علي" and not token.has_article:
            return True  # أمين is a role word too
        if token.norm.startswith("لل"):
            return False  # للاستشارات: a family name has ال, never لل
        if token.norm[:1] in "لب" and _broken_plural(token.norm[1:]):
            return False  # "المزود الرائد لحلول الهندسة": "for solutions", no name
        if token.has_article and _scope_adjective(token.norm):
            return False  # "مطاري دبي وآل مكتوم الدوليين": an adjective, no family name
        return is_name_word(token, article=article, ta=ta) and token.norm not in BLESSINGS

    def _after_link(self, token: Token) -> bool:
        """A family name after بن/آل/أبو may be an everyday word (بن ثالث، آل علي)."""
        return (
            token.arabic
            and not token.is_punct
            and not token.has_article
            and token.norm not in _HARD_STOPS
            and not cue_of(token, VERBS | ROLES | HEAD_WORDS | HONORIFICS)
            and not _verb_shaped(token.norm)
        )

    def name_forward(self, i: int, strong: bool = False, first_ta: bool = False) -> int:
        """The end of a person's name starting at token i (i itself if none).

        `strong` (after a title or before a role) lets any word end in ة (جمعة، حمزة);
        `first_ta` only the first, a given name known to be one (فاطمة).
        """
        first = self.token(i)
        if first is None:
            return i
        end, words = i, 0
        if (
            first.norm in ("عبد", "ابو")
            and (nxt := self.token(i + 1)) is not None
            and (self._name_word(nxt, article=True, ta=True))
        ):
            end, words = i + 2, 1
        elif not self._name_word(first, article=False, ta=strong or first_ta):
            return i
        elif first.norm[:1] in "لب" and len(first.norm) > 4 and self.corpus.common(first.norm[1:]):
            return i  # "الرائد لحلول الهندسة": a preposition and a noun, no name
        else:
            end, words = i + 1, 1
        while words < _MAX_NAME_WORDS and (tok := self.token(end)) is not None:
            if tok.norm in NAME_LINKS:
                nxt = self.token(end + 1)
                if nxt is None or not (
                    self._name_word(nxt, article=True, ta=True)
                    or self._after_link(nxt)
                    or tok.norm == "عبد"
                    and nxt.norm in NAME_COMPOUNDS  # عبد الله
                ):
                    break
                if nxt.has_article and tok.norm not in ("عبد", "ولد"):
                    break  # "بن الشيخ": not a name's link (ولد الطايع, عبد الرحمن are)
                end += 2  # بن راشد، آل مكتوم، عبد القادر
                words += 1
                if tok.norm == "ال":
                    break  # آل سعود: the family, which ends the name
                continue
            if tok.norm in NAME_COMPOUNDS:
                end += 1  # أنور الحق، نور الدين
                nxt = self.token(end)
                if nxt is not None and nxt.arabic and not nxt.has_article and (
                    nxt.norm not in _HARD_STOPS and not cue_of(nxt, VERBS | ROLES | HEAD_WORDS)
                    and nxt.norm not in PLACES and not self.is_mark(end)
                    and not (nxt.norm[:1] == "و" and nxt.norm not in GIVEN_NAMES)  # ورجال
                ):  # fmt: skip
                    end += 1  # أنور الحق آحدي: the name after a compound goes on
                    words += 1
                continue
            if tok.text == "-" and tok.start == self.tokens[end - 1].end and (
                (nxt := self.token(end + 1)) is not None and nxt.start == tok.end
                and self._name_word(nxt, article=False, ta=True)
            ):  # fmt: skip
                end += 2  # لوه-ميرماند
                continue
            if tok.text == "." and len(self.tokens[end - 1].norm) <= 2 and words > 1:
                end += 1  # شون بي. باربابيلا: an initial
                continue
            if tok.norm in _CIRCUMSTANCES:
                break  # "دونالد ترامب بحضور قادة"
            if _and_a_given_name(tok.norm):
                break  # "أمين عبد العال وجمال الهولي": "and Jamal" starts a second name
            if (
                (words >= 2 or self.tokens[end - 1].norm in NAME_COMPOUNDS)
                and (tok.norm[:1] == "و" and len(tok.norm) > 4)
                and tok.norm not in GIVEN_NAMES
            ):
                break  # "محمد ولد عبد العزيز ورجال الأعمال", "والقوى": "and" starts what follows
            if (
                not tok.has_article and cue_of(tok, ROLES) and not cue_of(tok, VERBS)
                and self.is_punct(end + 1, "،,") and self.token(end + 2) is not None
                and cue_of(self.tokens[end + 2], ROLES)
            ):  # fmt: skip
                end += 1  # "سنم وكيل، مديرة البرنامج": a role word with no complement,
                break  # then the role after the comma: the family name
            if tok.norm in WEEKDAYS or tok.norm in MONTHS:
                break  # "إيندا كيني الخميس": a day or a month dates what follows the name
            if words >= 2 and _future_verb(tok.norm):
                break  # "جمال مبارك سيقابل": what he will do
            if tok.norm.endswith("ا") and tok.norm[:-1] in ROLES:
                break  # "تعيين مجتبى خامنئي مرشدا": what he was made (accusative), no name
            nxt = self.token(end + 1)
            last_ta = (
                words >= 2
                and tok.norm.endswith("ة")
                and (nxt is None or nxt.is_punct or bool(cue_of(nxt, STOPWORDS | VERBS)))
            )  # "محمد سمير قنيطة وهو": a family name in ة ends the name
            if (
                not self._name_word(tok, article=True, ta=strong or last_ta)
                or self.common(tok)
                and (tok.norm not in GIVEN_NAMES and not tok.has_article)
                or _is_verbal_noun(tok.norm.removeprefix("ال"))
                and tok.norm not in GIVEN_NAMES
            ):
                break  # "الملك سلمان إطلاق": a verbal noun starts what he did
            end += 1
            words += 1
            if tok.has_article and strong and self._second_family(end):
                end += 1  # "الشيخ أحمد ناصر المحمد الصباح": a branch, then the family
                break
            if tok.has_article and self.token(end) is not None and self.tokens[end].norm == "ولد":
                continue  # "محمد الحسن ولد الددو": a Mauritanian name goes on through ولد
            if tok.has_article:
                break  # a family name with the article ends the name (سهيل المزروعي)
        while end > i + 1 and self.tokens[end - 1].norm in NAME_LINKS:
            end -= 1
        return end

    def _second_family(self, k: int) -> bool:
        """After a titled name's article word, token k is the family it belongs to when
        it too is a name with the article (not an adjective, a role or a common noun:
        المحمد الصباح, الحمود الصباح) and what follows ends the name: a comma, a colon,
        إن or a role (not a verb's object: "حضر الشيخ سعود المعلا الحفل")."""
        previous, tok, after = self.token(k - 1), self.token(k), self.token(k + 1)
        return (
            previous is not None and tok is not None and tok.has_article
            and not previous.norm.endswith(("ي", "ية", "ة"))
            and not tok.norm.endswith(("ي", "ية", "ة"))
            and self._name_word(tok, article=True, ta=False)
            and not self.common(tok) and tok.norm not in PLACES
            and tok.norm not in _ENDS_A_BODY and tok.norm not in NAME_COMPOUNDS
            and not cue_of(tok, ROLES | HONORIFICS | VERBS | HEAD_WORDS)
            and after is not None  # what follows shows the name ended (not an object)
            and (after.text in "،,:" or after.norm in ("ان", "إن")
                 or bool(cue_of(after, SAYING | ROLES)))
        )  # fmt: skip

    def name_backward(self, c: int) -> int | None:
        """Where a name ending before token c starts: non-article words (links and
        compounds inside), at most the last with the article (a family name); None if
        there is no clear start."""
        start, words = c, 0
        last = self.token(c - 1)
        after_compound = c >= 2 and self.tokens[c - 2].norm in NAME_COMPOUNDS
        compound_last = (
            last is not None
            and last.norm in NAME_COMPOUNDS
            and c >= 2
            and (self._name_word(self.tokens[c - 2], article=False, ta=True))
        )  # عطا الله، نور الدين
        if last is None or not (
            self._name_word(last, article=True, ta=True) or compound_last
            or after_compound and last.arabic and last.norm not in _HARD_STOPS
        ):  # fmt: skip
            return None
        if last.has_article and last.norm.endswith(("ة", "ات")) and not compound_last:
            return None  # "بلسان القضية", "ملف المفاوضات": no family name ends in ة or ات
        if last.has_article and last.norm not in NAME_COMPOUNDS:
            start, words = c - 1, 1
        elif after_compound:
            start, words = c - 1, 1  # أنور الحق آحدي: the word after a compound
        while start > 0:
            tok = self.tokens[start - 1]
            if _and_a_given_name(tok.norm) and start < c and words < _MAX_NAME_WORDS:
                start -= 1  # "اتصالات وحبيب عيسى": "and Habib" begins the name
                words += 1
                break
            if tok.norm in NAME_COMPOUNDS and start >= 2 and not self.tokens[start - 2].has_article:
                start -= 1
                continue
            if tok.norm in NAME_LINKS and start < c:
                start -= 1
                continue
            if tok.has_article and start - 2 >= 0 and self.tokens[start - 2].norm in ("ال", "عبد"):
                start -= 1  # آل مكتوم، عبد القادر: read with the link
                continue
            if tok.text == "-" and start >= 2 and tok.start == self.tokens[start - 2].end:
                start -= 1  # لوه-ميرماند
                continue
            if not self._name_word(tok, article=False, ta=True) or (
                self.common(tok) and tok.norm not in GIVEN_NAMES
            ):
                break
            if (
                start < c
                and tok.norm[:1] in "وف"
                and tok.norm not in GIVEN_NAMES
                and (
                    start - 1 > 0
                    and self.tokens[start - 2].arabic
                    and not self.tokens[start - 2].is_punct
                )
            ):
                break  # "بلون بارز وبهيكل خارجي": "and" joins phrases, not a name's words
            if (
                start < c
                and self.tokens[start].norm in GIVEN_NAMES
                and tok.norm not in GIVEN_NAMES
                and start >= 2
                and self.tokens[start - 2].norm in _HARD_STOPS
            ):
                break  # "في حضور علي ميحد السويدي": the preposition's noun, then the name
            if words == _MAX_NAME_WORDS:
                return None
            start -= 1
            words += 1
        while start < c and self.tokens[start].norm in NAME_LINKS - {"عبد", "ابو"}:
            start += 1
        while (
            start < c - 1
            and self.tokens[start].norm.endswith("ة")
            and self.tokens[start].norm not in GIVEN_NAMES
            and self.tokens[start].norm[1:] not in GIVEN_NAMES  # وشيخة
        ):
            start += 1  # "شركة ناشئة قوي": a name does not start with a noun in ة
        if start >= c or words == 0:
            return None
        if start > 0 and self.tokens[start - 1].norm in _RELATIVES:
            start += 1  # "الذي أخفى ملامح": a verb after the relative pronoun
        if (
            0 < start < c
            and self.tokens[start].norm in _ON_BEHALF
            and cue_of(self.tokens[start - 1], ROLES)
        ):
            start += 1  # "الناطق باسم القسام"
        if start >= c or self.tokens[start].has_article and start + 1 >= c:
            return None  # an article word alone is not a name
        if (
            c - start >= 2
            and all(t.norm.endswith("ا") for t in self.tokens[c - 2 : c])
            and (self.tokens[c - 1].norm not in GIVEN_NAMES)
        ):
            return None  # "أمرا صعبا": a noun and its adjective in the accusative, no name
        return start

    def _person(self, i: int, end: int, cue: str, strength: int = 3, strip: int = 0,
                surname_only: bool = False, role: tuple[int, int] | None = None) -> None:  # fmt: skip
        first = self.tokens[i].norm[strip:]
        if self.tokens[end - 1].norm in NAME_LINKS:
            return  # "نبيل عبد" of نبيل عبد الله: a name never ends in a link
        named_na = (  # "كليونا رايلي، أستاذة ...": a given name in نا, not "our"
            first.endswith("نا") and role is not None and end - i >= 2
            and not self.tokens[i + 1].has_article
        )  # fmt: skip
        if first not in GIVEN_NAMES and (
            _is_verbal_noun(first)
            or len(first) > 4
            and _PRONOUN_SUFFIX.search(first)
            and not named_na
        ):
            return  # "إرسال الملفات", "هويته": what is done, or a noun with "his"; no name
        last = self.tokens[end - 1]
        if first not in GIVEN_NAMES and (
            len(first) >= 6 and first.endswith("ات")  # "انفجارات متتالية", "مبيعات"
            or end - i >= 2 and last.has_article and len(last.norm) >= 8
            and last.norm.endswith(("ين", "ون"))  # "طاقم المفاوضين": a plural of people
        ) and not self.labels[i][0].endswith("PER"):  # fmt: skip
            return  # a plural noun, not a name (unless the model reads a name: جايانات)
        start = self.tokens[i].start + strip
        self._add(self.text[start : self.tokens[end - 1].end], "person", cue, strength,
                  start, self.tokens[end - 1].end, surname_only=surname_only,
                  role=role)  # fmt: skip
        if role is not None:
            self.role_tokens.update(
                k for k, t in enumerate(self.tokens) if role[0] <= t.start < role[1]
            )

    def _strip_and(self, i: int) -> int:
        """How many letters of token i are the conjunction و (or ف): "وسامي" is "and Sami";
        وائل and وليد are names."""
        token = self.tokens[i]
        if token.norm[:1] == "و" and len(token.norm) > 3 and token.norm not in GIVEN_NAMES:
            return 1  # (ف as "and" is rare in news; فايننشال begins with ف)
        return 0

    def role_after(self, end: int) -> tuple[int, int] | None:
        """The role written after a name ending at token `end` (`، مدير ...` or
        ` مدير ...`): its offsets in the paragraph, or None."""
        k = end
        if self.is_punct(k, "،,"):
            k += 1
        token = self.token(k)
        if token is None or not cue_of(token, ROLES) or cue_of(token, VERBS):
            return None
        if cue_of(token, _ADJECTIVE_ROLES) and not self._genitive_follows(k):
            return None  # "مشاريع تقنية كبيرة تتطلب": an adjective, not a role
        if token.norm not in ROLES and token.norm[:1] in "وف":
            return None  # "، ووزير ...": the next item of a list, not this name's role
        stop = self._role_end(k)
        if k == end:  # no comma: the role may lead the next name ("شومر وزير الدفاع بيت هيغسيث")
            after = self.name_forward(stop)
            if after - stop >= 2 and (self.is_mark(after) or bool(
                cue_of(self.tokens[after], STOPWORDS | VERBS | SAYING))
            ):  # fmt: skip
                return None
        return (self.tokens[k].start, self.tokens[stop - 1].end)

    def _genitive_follows(self, k: int) -> bool:
        """A definite noun or a role follows token k: the role is in construct ("كبير
        المحللين", "كبير مسؤولي"), not an adjective ("مشاريع كبيرة تتطلب")."""
        nxt = self.token(k + 1)
        return (
            nxt is not None
            and nxt.arabic
            and (
                nxt.norm.startswith("ال") and nxt.norm not in STOPWORDS or bool(cue_of(nxt, ROLES))
            )
        )

    def _role_end(self, k: int) -> int:
        """Where a role that starts at token k ends: at a mark, a verb, `إن/أن`, a
        statement (`في تصريح`), a title, the next person (`وسامي القمزي نائب`), or a bare
        noun after the role has named its body (`بهيئة الصحة بدبي أهمية`: a genitive
        chain ends at its first definite word, so a bare noun after one starts a clause)."""
        end, definite = k + 1, False
        while end - k < _MAX_ROLE_TOKENS and (tok := self.token(end)) is not None:
            quote = self.quotes.get(tok.start) if tok.text in _OPENING else None
            if quote is not None and any(
                normal_word(word) in BLESSINGS for word in quote.group(1).split()[:1]
            ):
                break  # «رعاه الله» after a ruler's titles
            if quote is not None:  # "لشركة «النور» (Nour)": the body's quoted name
                end = self._span_tokens(quote).stop
                gloss = _GLOSS.match(self.text, quote.end())
                while gloss and (nxt := self.token(end)) is not None and nxt.end <= gloss.end():
                    end += 1
                definite = True
                continue
            if tok.is_punct:
                if tok.text == "-" or (tok.text == "." and len(self.tokens[end - 1].norm) == 1):
                    end += 1
                    continue
                break
            if not tok.arabic:
                if not tok.text[0].isalpha():
                    break
                end += 1  # a Latin name in the role: "في شركة Cisco"
                continue
            if tok.norm in _ROLE_ENDS or cue_of(tok, VERBS) or cue_of(tok, SAYING):
                break
            if cue_of(tok, HONORIFICS) or tok.norm in TITLE_LETTERS:
                break
            if (
                cue_of(tok, STOPWORDS)
                and tok.norm not in _ROLE_PREPOSITIONS
                and not (tok.norm in _RANKS and cue_of(self.tokens[end - 1], ROLES))
                and not (tok.norm in LETTER_NAMES and self._spelt_letter(end))
            ):
                break  # "بهذه المناسبة"; but "مدير عام", "مدير أول"
            if (
                tok.norm == "في"
                and (nxt := self.token(end + 1)) is not None
                and (nxt.norm in _STATEMENTS)
            ):
                break
            if tok.norm[:1] in "وف" and not cue_of(tok, ROLES) and not tok.has_article:
                name_end = self._strip_name(end)
                if name_end - end >= 2 and self.role_after(name_end) is not None:
                    break  # the next person of a list
            if MARKS.sub("", tok.text).startswith("لال") and self.is_punct(end + 1, ":"):
                break  # told the paper: "لالخليج:"
            if tok.norm in _TOLD_HEADS:
                break  # "... لوكالة الصحافة الفرنسية": told the agency
            rest = tok.norm[1:]
            preposed = tok.norm[:1] in "بلك" and len(rest) >= 3  # بمؤسسة، لأيه; بيت is a name
            bare = (
                not tok.has_article and not preposed and tok.norm[:1] not in "وف"
                and tok.norm not in PLACES
            )  # fmt: skip
            if definite and bare and tok.norm not in _ROLE_PREPOSITIONS and not cue_of(tok, ROLES):
                break
            if (
                tok.norm.startswith("ال")
                or tok.norm in PLACES
                or (tok.norm[:1] in "بل" and tok.norm[1:].removeprefix("ال") in PLACES)
            ):
                definite = True
            elif (
                tok.norm in _ROLE_PREPOSITIONS
                or cue_of(tok, ROLES)
                or (tok.norm[:1] in "بل" and not tok.has_article)
            ):
                definite = False  # a new phrase: "في ...", "رئيس ...", "بمؤسسة ..."
            end += 1
        while end > k + 1 and self.tokens[end - 1].norm in STOPWORDS:
            end -= 1
        return end

    def people(self) -> None:
        for i, token in enumerate(self.tokens):
            if i in self.quoted:
                continue
            if cue_of(token, SPEECH_VERBS):
                self._speaker(i + 1)
            elif cue_of(token, ATTRIBUTION):
                self._attributed(i + 1)
            elif self._is_title(i) and not (i > 0 and self._is_title(i - 1)):
                self._titled(i)
            elif cue_of(token, APPOINTMENT):
                end = self.name_forward(i + 1)
                after = self.token(end)
                if (
                    end > i + 1
                    and after is not None
                    and (after.norm == "في" or cue_of(after, ROLES) or after.text in "،,")
                ):
                    self._person(i + 1, end, f"an appointment: `{token.text} X`",
                                 role=self.role_after(end))  # fmt: skip
            elif token.norm == "من" and self._body_follows(i + 1):
                self._member_before(i)
            elif token.norm in _KIN:
                end = self.name_forward(i + 1)
                if end - (i + 1) >= 2 or end > i + 1 and self.tokens[i + 1].norm in GIVEN_NAMES:
                    self._person(i + 1, end, f"a relative: `{token.text} X`", 2,
                                 role=self.role_after(end))  # fmt: skip
            elif token.norm in GIVEN_NAMES or (
                token.norm[:1] in "وف" and token.norm[1:] in GIVEN_NAMES
            ):
                strip = 0 if token.norm in GIVEN_NAMES else 1  # "ومارك": the و is "and"
                end = self._strip_name(i) if strip else self.name_forward(i, first_ta=True)
                if end > i + 1:
                    self._person(i, end, "a common given name", 2, strip,
                                 role=self.role_after(end))  # fmt: skip
        self._appositions()
        self._aged()
        # Last, a role before a name: the roles read after names are taken by then
        # ("... نائب رئيس مجلس الإدارة والعضو المنتدب" is one person's).
        leads = [
            i for i, token in enumerate(self.tokens)
            if i not in self.quoted and cue_of(token, ROLES) and not cue_of(token, VERBS)
        ]  # fmt: skip
        others = (i for i, t in enumerate(self.tokens) if t.norm in _COUNTERPART | _PERSON_NOUNS)
        for i in sorted({*leads, *others}):
            self._role_then_modelled_name(i)
        for i in leads:
            self._role_lead(i)
        self._keep_bounded_names()

    def _aged(self) -> None:
        """`وهي هيلة القصير (45 عاماً)`: a person's age in brackets after the name, as news
        gives it; the name is the two or more name words before the bracket."""
        for c, token in enumerate(self.tokens):
            if token.text != "(" or c < 2:
                continue
            number, unit, close = self.token(c + 1), self.token(c + 2), self.token(c + 3)
            if not (
                number is not None and number.text.isdigit() and len(number.text) <= 3
                and unit is not None and unit.norm.removesuffix("ا") in ("عام", "عاما", "سنه", "سنة")
                and close is not None and close.text == ")"
            ):  # fmt: skip
                continue
            start = c  # the age vouches for a name: a woman's given name in ة too (هيلة)
            while c - start < _MAX_NAME_WORDS and start > 0 and (
                (tok := self.tokens[start - 1]).norm in NAME_LINKS
                or self._name_word(tok, article=start == c, ta=True)
                and not cue_of(tok, STOPWORDS | VERBS | ROLES | HONORIFICS)
                and tok.norm not in PLACES and not self.common(tok) and not tok.is_punct
            ):  # fmt: skip
                start -= 1
            while start < c and self.tokens[start].norm in NAME_LINKS - {"عبد", "ابو"}:
                start += 1
            if any(k in self.quoted for k in range(start, c)):
                continue
            strip = self._strip_and(start)
            words = sum(1 for t in self.tokens[start:c] if t.norm not in NAME_LINKS)
            if words >= 2:
                self._person(start, c, "an age in brackets: `X (45 عاماً)`", 3, strip)

    def _role_phrase_end(self, r: int) -> int:
        """Where the role that starts at token r ends when a name follows it with no
        comma: its adjectives and genitives all carry the article (`الأمين العام للأمم
        المتحدة`, `رئيس الوزراء الروسي`, `الرئيس الأمريكي السابق`), a title may follow
        (`اللواء`), and only the role's first noun may be bare, in construct (`رئيس مجلس
        النواب اليمني`). The first bare word after it is where a name can start."""
        k = r + 1
        while k - r <= 8 and (tok := self.token(k)) is not None and k not in self.quoted:
            if not tok.arabic or tok.is_punct:
                break
            definite = tok.has_article or tok.norm.startswith("لل")
            construct = (
                k == r + 1
                and not tok.has_article
                and tok.norm not in GIVEN_NAMES
                and (nxt := self.token(k + 1)) is not None
                and nxt.arabic
                and nxt.has_article
            )  # "رئيس مجلس النواب": the role's noun in construct
            if not (definite or construct or self._is_title_at(k)):
                break
            if tok.norm[:1] in "وف" and (self._is_title_at(k) or cue_of(tok, ROLES | HONORIFICS)):
                break  # "... والنقيب X": "and the captain" begins the next person
            if cue_of(tok, VERBS) or tok.norm in GIVEN_NAMES:
                break
            k += 1
        return k

    def _role_then_modelled_name(self, r: int) -> bool:
        """`الأمين العام للأمم المتحدة بان كي مون في`, `الرئيس الأمريكي دونالد ترمب خطابه`:
        a role, then a name with no comma after it. The role says a person is named
        there; where the name ends, the words themselves do not say (a foreign name's
        words are not in any list, and the next word may be a noun, a verb or a verbal
        noun). The name model, trained on Arabic news, reads the name's extent: the
        person is the words it labels as one name, starting where the role ends."""
        if r + 1 in self.quoted:
            return False
        if r in self.role_tokens and not any(
            m.role_start == self.tokens[r].start and "،" not in self.text[m.end : m.role_start]
            and "," not in self.text[m.end : m.role_start]
            for m in self.mentions
        ):  # fmt: skip
            return False  # read as the role of a name before it, after a comma
        before = self.token(r - 1)
        if before is not None and (cue_of(before, ROLES) or before.norm in NAME_LINKS):
            return False  # inside a role ("نائب رئيس") or a name ("بن نائب")
        k = self._role_phrase_end(r)
        if k == r + 1 and not self.tokens[r].has_article:
            return False  # "رئيس X": a bare role word needs its genitive first
        start = k
        first = self.token(k)
        if first is None or not first.arabic or first.has_article or first.is_punct:
            return False
        if _and_a_given_name(first.norm):
            return False  # "مدير المرور وراشد الكعبي": "and Rashid", the next of a list
        label = self.labels[k][0] if k < len(self.labels) else "O"
        if label != "B-PER" and first.norm.startswith("عبد") and k + 1 < len(self.labels):
            k += 1  # "عبدربه منصور هادي": the model starts after a compound's first word
            label = self.labels[k][0]
        if label != "B-PER":
            return self._role_then_name_to_comma(r, start)
        end = k + 1
        while end < len(self.tokens) and self.labels[end][0] == "I-PER":
            if self.tokens[end].norm.startswith(("لل", "بال", "كال", "وال")):
                break  # "محمود عباس للبيت الأبيض": a preposition or "and" starts what follows
            end += 1
        nxt = self.token(end)
        if end - start == 1 and nxt is not None and self._bare_name_word(nxt):
            end += 1  # "دونالد ترمب المسؤولية": the model's surname it was unsure of
        words = self.tokens[start:end]
        if end - start < 2 or any(
            t.is_punct or not t.arabic or cue_of(t, VERBS | ROLES) for t in words
        ):
            return False
        sure = min(self.labels[j][1] for j in range(k, end)) >= _SURE
        if not sure and any(cue_of(t, STOPWORDS) for t in (words[0], words[-1])):
            return False  # "بان كي مون": a name's words may look like function words
        lead = 1 if self.tokens[r].norm not in ROLES and self.tokens[r].norm[:1] in "وف" else 0
        role_end = start
        while role_end > r + 1 and self._is_title_at(role_end - 1):
            role_end -= 1
        self._person(start, end, "a role before the name, its extent read by the name model",
                     3, role=(self.tokens[r].start + lead, self.tokens[role_end - 1].end))  # fmt: skip
        self.role_tokens.update(range(r, role_end))
        self.bounded.append((self.tokens[start].start, self.tokens[end - 1].end))
        self.bounded_roles.append(self.tokens[r].start)
        return True

    def _role_then_name_to_comma(self, r: int, start: int) -> bool:
        """`الحاخام المتطرف يهودا غليك، ...`: where the model reads no name, two or three
        bare name words between the role and a comma are the name (the comma ends it)."""
        end = start
        while (
            end - start < 3
            and (tok := self.token(end)) is not None
            and (self._bare_name_word(tok, first=end == start))
        ):
            end += 1
        if end - start < 2 or not self.is_punct(end, "،,") or self.token(end) is None:
            return False
        role_end = start
        while role_end > r + 1 and self._is_title_at(role_end - 1):
            role_end -= 1
        lead = 1 if self.tokens[r].norm not in ROLES and self.tokens[r].norm[:1] in "وف" else 0
        self._person(start, end, "a role before the name and a comma after it", 3,
                     role=(self.tokens[r].start + lead, self.tokens[role_end - 1].end))  # fmt: skip
        self.role_tokens.update(range(r, role_end))
        self.bounded.append((self.tokens[start].start, self.tokens[end - 1].end))
        self.bounded_roles.append(self.tokens[r].start)
        return True

    def _bare_name_word(self, tok: Token, first: bool = False) -> bool:
        """A word that may be a name's, after its first (`first`: موشيه may end in ه)."""
        return (
            tok.arabic and not tok.is_punct and not tok.has_article
            and is_name_word(tok) and not self.common(tok)
            and not cue_of(tok, VERBS | ROLES | STOPWORDS) and tok.norm not in PLACES
            and tok.norm not in _KIN and not _PRONOUN_SUFFIX.search(tok.norm)
            and (first or not (len(tok.norm) >= 4 and tok.norm.endswith("ه")))  # نجله: "his"
        )  # fmt: skip

    def _keep_bounded_names(self) -> None:
        """A name a role and the model bounded is the name there: another cue's reading
        of the same words that runs past it ("فلاديمير بوتين نعش") or starts inside it
        is dropped."""
        if not self.bounded:
            return
        self.mentions = [
            m for m in self.mentions
            if m.kind != "person" or not any(
                m.start < end and start < m.end and (m.start, m.end) != (start, end)
                and not (m.start <= start and end <= m.end and m.strength >= 3
                         and m.cue.startswith("a title"))
                for start, end in self.bounded
            ) and not (m.end <= m.role_start and m.role_start in self.bounded_roles)
        ]  # fmt: skip  # the role leads the name after it: no apposition of the words before

    def _is_title(self, i: int) -> bool:
        token = self.tokens[i]
        if token.norm in ("صاحب", "صاحبة") and not (
            (nxt := self.token(i + 1)) is not None and nxt.norm in _HIGHNESS
        ):
            return False  # "صاحب ابتسامة دائمة": "who had a smile", no title
        return bool(cue_of(token, HONORIFICS)) or (
            token.norm in TITLE_LETTERS
            and self.is_punct(i + 1, ".")
            and token.text not in ("ا",)  # fmt: skip
        )

    def _titles_end(self, i: int) -> int:
        while (tok := self.token(i)) is not None:
            if cue_of(tok, HONORIFICS):
                i += 1
            elif tok.norm in TITLE_LETTERS and self.is_punct(i + 1, "."):
                i += 2
            else:
                break
        return i

    def _titled(self, i: int) -> None:
        j = self._titles_end(i)
        end = self.name_forward(j, strong=True)
        if end > j:
            self._person(j, end, f"a title: `{self.tokens[i].text} X`",
                         role=self.role_after(end))  # fmt: skip

    def _speaker(self, i: int) -> None:
        j = self._titles_end(i)
        end = self.name_forward(j, strong=True)
        role = self.role_after(end) if end > j else None
        if role is None:
            end = self.name_forward(j, strong=j > i)
            role = self.role_after(end) if end > j else None
        if end == j:
            tok = self.token(j)
            if (
                tok is not None
                and tok.arabic
                and tok.has_article
                and (self.is_punct(j + 1) or cue_of(self.tokens[j + 1], STOPWORDS | SAYING))
            ):  # "وأضافت الحمادي أن": a surname with the article
                self._person(j, j + 1, "a speech verb", 1, surname_only=True)
            elif (
                tok is not None
                and tok.norm in ("ابن", "بن")
                and (self.name_forward(j + 1) == j + 2)
            ):  # "وأضاف ابن كلبان": a family name
                self._person(j, j + 2, "a speech verb", 1, surname_only=True)
            return
        after = self.token(end)
        confirmed = (
            j > i or role is not None or (after is not None and (
                cue_of(after, SAYING) is not None or after.text == ":"
                or (end - j >= 2 and after.norm in ("ان", "إن"))
            ))
        )  # fmt: skip
        if confirmed:
            self._person(j, end, "a speech verb and a title or role", 3, role=role)
        elif end - j == 1:
            self._person(j, end, "a speech verb", 1, surname_only=True)

    def _attributed(self, i: int) -> None:
        token = self.token(i)
        if token is None or not token.norm.startswith("ل") or len(token.norm) < 4:
            return
        end = self._strip_name(i)
        role = self.role_after(end) if end > i else None
        if role is not None:
            self._person(i, end, "`وفقاً لـX، منصبه`", 3, strip=1, role=role)

    def _strip_name(self, i: int) -> int:
        """A name whose first word carries a one-letter proclitic: وسامي القمزي ("and
        Sami"), لروبرت ("to Robert")."""
        token = self.tokens[i]
        bare = token._replace(text=token.text[1:], start=token.start + 1, norm=token.norm[1:])
        self.tokens[i] = bare
        try:
            return self.name_forward(i)
        finally:
            self.tokens[i] = token

    def _role_lead(self, r: int) -> None:
        """`الرئيس الأمريكي دونالد ترمب،`, `وزير المالية الدكتور X`, `مراسل الجزيرة في
        بغداد سامر يوسف إن`, `الرئيس التنفيذي لشركة «Y»، X،`: a role, then the name."""
        token = self.tokens[r]
        if r in self.role_tokens:
            return  # read already: "... والعضو المنتدب" after a name
        lead = 1 if token.norm not in ROLES and token.norm[:1] in "وف" else 0  # "وسفير"
        before = self.token(r - 1)
        if before is not None and (cue_of(before, ROLES) or before.norm in NAME_LINKS):
            return  # inside a role: "نائب رئيس", or a name "بن نائب"
        if token.has_article and before is not None and before.has_article and (
            token.norm.endswith(("ي", "ية")) and before.arabic
        ):  # fmt: skip
            return  # "المنبر الإعلامي العربي": an adjective of the noun before, no role
        for b in range(r + 2, min(len(self.tokens) + 1, r + _MAX_ROLE_TOKENS + 6)):
            tok = self.token(b)
            if tok is not None and tok.text == "." and self.tokens[b - 1].norm in TITLE_LETTERS:
                continue  # "أ .سنجين": the dot of a title
            if tok is not None and not (
                tok.is_punct or cue_of(tok, VERBS) or cue_of(tok, SAYING)
                or tok.norm in _ROLE_ENDS or tok.norm in _CIRCUMSTANCES
                or cue_of(tok, ROLES) and b > r + 1
                or self._ends_a_lead_name(tok) or tok.norm in WEEKDAYS
                or tok.arabic and not is_name_word(tok, article=True, ta=True)
                and tok.norm not in NAME_COMPOUNDS  # عبد الله: الله ends no name
                and (_verb_shaped(tok.norm) or tok.norm[:1] == "و" or tok.norm in NOT_NAMES
                     or tok.norm[1:] in NOT_NAMES or bool(cue_of(tok, STOPWORDS)))
            ):  # fmt: skip
                continue
            found = self.name_backward(b)
            if found is not None and any(k in self.quoted for k in range(found, b)):
                found = None  # "لشركة «النور»، ...": the body's name, not the person
            last = self.tokens[b - 1]
            if found is not None and last.has_article and last.norm[2:] in ORGANISATION_HEADS:
                found = None  # "المدير العام لبنك الساحل حرص البنك": a body, no one's name
            if found is not None and found > r:
                start, strip = found, self._strip_and(found)
                titles = start
                while titles > r + 1 and self._is_title_at(titles - 1):
                    titles -= 1
                comma = titles > r + 1 and self.tokens[titles - 1].text in "،,"
                role_end = titles - comma
                words = sum(1 for t in self.tokens[start:b] if t.norm not in NAME_LINKS)
                inside = [t for k, t in enumerate(self.tokens[r + 1 : role_end], r + 1)
                          if k not in self.quoted]  # fmt: skip
                if (words >= 2 or titles < start) and not strip and not any(
                    t.is_punct and t.text not in _OPENING + "»”\"" or cue_of(t, VERBS)
                    or t.arabic and t.norm.startswith(("ي", "ت")) and not is_name_word(t, ta=True)
                    and t.norm not in GIVEN_NAMES
                    or t.norm in STOPWORDS and t.norm not in _ROLE_PREPOSITIONS
                    and t.norm not in _ROLE_TAILS  # الأمين العام
                    for t in inside
                ):  # fmt: skip
                    while role_end > r + 1 and self.tokens[role_end - 1].norm in STOPWORDS:
                        role_end -= 1
                    self._person(start, b, "a role before the name", 3,
                                 role=(token.start + lead, self.tokens[role_end - 1].end))  # fmt: skip
                    return
            if tok is None or tok.text in ".؟!?" or cue_of(tok, VERBS) or tok.norm in _ROLE_ENDS:
                return

    @staticmethod
    def _ends_a_lead_name(tok: Token) -> bool:
        """What the person named after a role does: a verbal noun ("إعلان الرئيس X تنفيذ
        غارات"), not the name."""
        norm = tok.norm
        return norm not in GIVEN_NAMES and norm not in PLACES and _is_verbal_noun(norm)

    def _is_title_at(self, k: int) -> bool:
        token = self.tokens[k]
        if cue_of(token, HONORIFICS):
            return True
        if token.norm in TITLE_LETTERS and self.is_punct(k + 1, "."):
            return True  # the letter of "أ .سنجين"
        return token.text == "." and k > 0 and self.tokens[k - 1].norm in TITLE_LETTERS

    def _body_follows(self, i: int) -> bool:
        token = self.token(i)
        return token is not None and (token.text in _OPENING or bool(
            cue_of(token, ORGANISATION_HEADS)))  # fmt: skip

    def _member_before(self, at: int) -> None:
        """`مثل X من «Y»`: two or three name words before من, bounded by a non-name."""
        start = at
        while at - start < 3 and start > 0 and is_name_word(self.tokens[start - 1]):
            start -= 1
        if at - start >= 2 and (start == 0 or not self.tokens[start - 1].arabic
                                or cue_of(self.tokens[start - 1], STOPWORDS)):  # fmt: skip
            if not any(k in self.quoted for k in range(start, at)):
                self._person(start, at, "`X من «Y»`", 2)

    def _appositions(self) -> None:
        """`X Y، مدير ...` and `X Y مدير ...` after any boundary: two or more name words,
        then a role (a title before the name lets one word do)."""
        for c, token in enumerate(self.tokens):
            if token.text in "،,":
                role_at = c + 1
            elif cue_of(token, ROLES) and not cue_of(token, VERBS) and c > 0:
                role_at = c
            else:
                continue
            role_token = self.token(role_at)
            if role_token is None or not cue_of(role_token, ROLES):
                continue
            role = self.role_after(c)
            if role is None:
                continue
            if role_token.norm not in ROLES and role_token.norm[:1] in "وف":
                continue
            start = self.name_backward(c)
            if start is None or any(k in self.quoted for k in range(start, c)):
                continue
            strip = 0
            before = self.token(start - 1)
            if before is not None and cue_of(before, ATTRIBUTION):
                strip = 1  # "وفقاً لروبرت ...": the ل is "according to"
            elif self._strip_and(start):
                strip = 1
            titled = start > 0 and self._is_title_at(start - 1)
            if before is not None and not (
                before.is_punct or titled or cue_of(before, VERBS) or cue_of(before, STOPWORDS)
                or cue_of(before, SAYING) or strip or before.norm in ("كل",)
                or self.common(before) or before.has_article
            ):  # fmt: skip
                continue  # no boundary before the name: part of a longer phrase
            words = sum(1 for t in self.tokens[start:c] if t.norm not in NAME_LINKS)
            last = self.tokens[c - 1]
            if role_at == c and last.norm.endswith("ة") and last.norm not in GIVEN_NAMES:
                continue  # "قدرة القائد العام": a noun in construct with the role, no name
            if words >= 2 or titled:
                self._person(start, c, "an apposition: `X، منصبه`", 3, strip, role=role)

    # --- lists ------------------------------------------------------------------------

    def list_items(self) -> None:
        """`جاكيس للإلكترونيات وجمبو للإلكترونيات وبلج-إنس وشرف دي جي،`, `ومحمد ولد أنويقظ،
        وعبدو محم`: the items of a list joined by و (with or without a comma) are of one
        kind. After a company or a person a cue found, each next item that has a name's
        shape (a transliterated name; a person's name of two words or more) is one too."""
        found = {(m.start, m.end) for m in self.mentions}
        for mention in list(self.mentions):
            if mention.strength < 2 or mention.kind not in ("company", "person"):
                continue
            k = next((i for i, t in enumerate(self.tokens) if t.end == mention.end), None)
            while k is not None:
                k += 1
                if self.is_punct(k, "،,") and self.token(k) is not None:
                    k += 1
                item = self.token(k)
                if item is None or not item.arabic or item.norm[:1] != "و":
                    break
                if item.norm in GIVEN_NAMES or len(item.norm) < 3:
                    break  # وليد: a name, not "and"; "و" alone
                end = self._list_item_end(k, mention.kind)
                if end <= k:
                    break
                start = item.start + 1
                span = (start, self.tokens[end - 1].end)
                if span not in found:
                    self._add(self.text[span[0] : span[1]], mention.kind,
                              "the next item of a list", 2, *span)  # fmt: skip
                    found.add(span)
                k = end - 1

    def _list_item_end(self, k: int, kind: str) -> int:
        """The end of the list item at token k, whose first letter is "and" (k: none)."""
        token = self.tokens[k]
        bare = token._replace(text=token.text[1:], start=token.start + 1, norm=token.norm[1:])
        if cue_of(token, STOPWORDS | VERBS | ROLES | HEAD_WORDS) or len(bare.norm) < 3:
            return k  # "وزير", "ولي عهد": a word of its own that begins with و
        if (
            cue_of(bare, STOPWORDS | VERBS | ROLES | HEAD_WORDS) or bare.norm in PLACES
            or bare.has_article or bare.norm.startswith("ال") or not is_name_word(bare)
            or _PRONOUN_SUFFIX.search(bare.norm) or bare.norm.endswith("ه")
        ):  # fmt: skip
            return k  # "وغيرها", "والشركات", "وقال": what follows a list, not an item
        self.tokens[k] = bare
        try:
            if kind == "person":
                end = self.name_forward(k)
                if end < len(self.labels) and self.labels[end][0] == "I-PER":
                    return k  # the model reads the name on: its end is not clear
                return end if end - k >= 2 and not self.common(bare) else k
            if self.common(bare):
                return k
            end = self._foreign_end(k)
            while (
                end > k and self.is_punct(end, "-") and (nxt := self.token(end + 1)) is not None
                and self.tokens[end].start == self.tokens[end - 1].end
                and nxt.start == self.tokens[end].end and is_name_word(nxt)
            ):  # fmt: skip
                end += 2  # "بلج-إنس": one name, its halves joined by a hyphen
            after = self.token(end)
            if after is not None and not (after.is_punct or after.norm[:1] == "و"):
                return k  # the item ends at a comma, a stop or the next "and"
            return end
        finally:
            self.tokens[k] = token

    # --- the name model's second opinion ----------------------------------------------

    @property
    def labels(self) -> list[tuple[str, float]]:
        """The name model's label for each token and its confidence (draft/tagger.py)."""
        if self._labels is None:
            self._labels = tag([token.text for token in self.tokens])
        return self._labels

    def _indices(self, mention: Mention) -> list[int]:
        return [
            k for k, t in enumerate(self.tokens) if t.end > mention.start and t.start < mention.end
        ]

    def model_names(self) -> None:
        """Names the model finds with no cue at all (رويترز، البيت الأبيض), where no cue
        found anything: people of two words or more, organisations."""
        taken = {k for m in self.mentions for k in self._indices(m)} | self.quoted
        k = 0
        while k < len(self.tokens):
            label = self.labels[k][0]
            if not label.startswith("B-") or label[2:] not in ("PER", "ORG"):
                k += 1
                continue
            sort, end = label[2:], k + 1
            while end < len(self.tokens) and self.labels[end][0] == f"I-{sort}":
                end += 1
            span = range(k, end)
            k = end
            words = [self.tokens[j] for j in span]
            confidence = min(self.labels[j][1] for j in span)
            if taken & set(span) or confidence < _ADD or any(t.is_punct for t in words):
                continue
            if any(cue_of(t, STOPWORDS | VERBS | ROLES | HONORIFICS) for t in words):
                continue
            if any(t.norm[:1] == "و" and t.norm[1:] not in GIVEN_NAMES for t in words[1:]):
                continue  # "تويتر والإنستغرام": two names, or a name and a noun
            if sort == "PER" and not (
                len(words) >= 2 and _strip_given(words[0].norm) in GIVEN_NAMES
            ):
                continue  # a person the model alone finds begins with a known given name
            if sort == "ORG" and (
                words[0].norm.startswith(("لل", "بال", "كال"))
                or len(words) == 1
                and words[0].norm[:1] in "لب"
                and words[0].norm[1:] in self.corpus.counts
                or words[0].norm.removeprefix("ال") in HEAD_WORDS
                or bool(cue_of(words[0], HEAD_WORDS))
            ):
                continue  # "للجزيرة نت", "الحكومة الإيرانية": a preposition, a head the rules read
            start = words[0].start + (
                self._strip_and(span[0]) if sort == "PER" else words[0].norm.startswith("وال")
            )  # "والبنك المركزي": "and the Central Bank"
            kind = "person" if sort == "PER" else "organisation"
            self._add(self.text[start : words[-1].end], kind, "the name model", 1, start,
                      words[-1].end)  # fmt: skip


class _Corpus:
    """What the whole text says about its words: which it also writes with the article
    (common nouns: الجانب beside جانب), and how often each occurs."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.stems: set[str] = set()
        for word in counts:
            if word.startswith(("ال", "وال", "بال", "لل", "فال", "كال")) and len(word) > 4:
                bare = word[word.index("ل") + 1 :] if not word.startswith("لل") else word[2:]
                self.stems.add(bare)
                for suffix in ("ين", "ان", "ات", "ون", "ية", "ة", "ه", "ي"):
                    if bare.endswith(suffix) and len(bare) - len(suffix) >= 3:
                        self.stems.add(bare[: -len(suffix)])

    def common(self, norm: str) -> bool:
        bare = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
        return any(form in self.stems for form in (norm, bare, bare.removesuffix("ة")))

    def count(self, norm: str) -> int:
        return self.counts.get(norm, 0)


def _titles_joined(tokens: list[Token]) -> list[Token]:
    """Tokens as read; a dash made of tatweel (`دبي ـ «الخليج»`) is a mark."""
    return [t._replace(arabic=False) if not t.norm and t.arabic else t for t in tokens]


_BODIES = frozenset({"company", "organisation", "government", "publication", "lab"})


def _resolve(mentions: list[Mention]) -> list[Mention]:
    """One paragraph's mentions without those another contains: a person inside a longer
    person (راشد آل مكتوم in محمد بن راشد آل مكتوم) or inside a body's name (مؤسسة محمد بن
    راشد للإسكان), the weaker of two people that overlap, and a body that a longer body's
    name starts or ends with at the same place."""
    kept: list[Mention] = []
    order = sorted(mentions, key=lambda m: (-(m.end - m.start), -m.strength, not m.role))
    for mention in order:
        inside = [
            k for k in kept
            if k.start <= mention.start and mention.end <= k.end and (k.start, k.end) != (
                mention.start, mention.end)
        ]  # fmt: skip
        if mention.kind == "person" and any(k.kind == "person" or k.strength >= 3 and
                                            k.kind != "product" for k in inside):  # fmt: skip
            continue
        if mention.kind == "person" and any(
            k.kind == "person" and k.start < mention.end and mention.start < k.end
            and k.strength >= mention.strength for k in kept
        ):  # fmt: skip
            continue
        if mention.kind == "person" and any(
            m.kind in ("company", "organisation", "government", "publication", "lab")
            and m.strength >= 3 and m.start < mention.end and mention.start < m.end
            for m in mentions
        ):  # fmt: skip
            continue  # "شركة إلكاتيل لوسنت الدولية": a head noun's body, not a person
        if mention.kind != "person" and any(
            k.kind == "person" and k.strength >= mention.strength and k.start <= mention.start
            and mention.end <= k.end for k in kept
        ):  # fmt: skip
            continue
        if mention.kind in _BODIES and any(
            k.kind in _BODIES and k.start < mention.start and k.end == mention.end for k in kept
        ):
            continue  # "ليفن بيرت للاستشارات" holds "بيرت للاستشارات": the body is the longer
        if mention.kind in _BODIES and any(
            k.kind in _BODIES and k.start == mention.start and mention.end < k.end
            and k.kind == mention.kind for k in kept
        ):  # fmt: skip
            continue  # "مصرف السلام - السودان" holds "مصرف السلام": one body named there
        kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def find_mention_steps(
    paragraphs: Sequence[Paragraph], chars: int, keep: Callable[[Mention], object]
) -> Generator[None, None, None]:
    """Every name the cues find, in steps: it yields every `chars` characters (a book
    drafts in the background without holding up the screen). Each mention goes to `keep`
    as it is found: a book has tens of thousands, which the caller need not hold at once."""
    counts: dict[str, int] = {}
    pacer = Pacer(chars)
    for paragraph in paragraphs:
        text = paragraph.text
        if pacer.due(text):
            yield
        for word in re.findall(r"\w+", text):
            norm = normal_word(word)
            counts[norm] = counts.get(norm, 0) + 1
    corpus = _Corpus(counts)
    # The cues cost about twenty times a pass of regexes, and the name model as much again.
    pacer = Pacer(max(1, chars // 50))
    for paragraph in paragraphs:
        index, text = paragraph.index, paragraph.text
        if pacer.due(text):
            yield
        scanner = _Scanner(index, text, corpus)
        scanner.dateline()
        scanner.quoted_names()
        scanner.headed_names()
        scanner.places_as_bodies()
        scanner.company_subjects()
        scanner.bodies_in_roles()
        scanner.definite_bodies_of_roles()
        scanner.market_listings()
        scanner.market_lists()
        scanner.leaders_and_pairs()
        scanner.exchanges()
        scanner.body_cues()
        scanner.named_by_words()
        scanner.told_glued()
        scanner.bracketed()
        scanner.quoted_aliases()
        scanner.people()
        scanner.speakers_after()
        scanner.list_items()
        scanner.model_names()
        for mention in _resolve(scanner.mentions):
            keep(mention)
