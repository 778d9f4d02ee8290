"""Bodies and institutions by their head nouns (`Bodies`)."""

from __future__ import annotations

import re

from ..lexicon import (
    ARTICLE_NAME_HEADS,
    DEFINITE_HEADS,
    EXCHANGE_HEADS,
    GIVEN_NAMES,
    HONORIFICS,
    MINISTRY_FIELDS,
    NAME_COMPOUNDS,
    NAME_KEEPS_HEAD,
    NOT_NAMES,
    OFFICE_ADJECTIVES,
    ORGANISATION_HEADS,
    PLACES,
    ROLES,
    SECTOR_SUFFIX,
    SECTORS,
    SPEECH_VERBS,
    STOPWORDS,
    VERBS,
    word_set,
)
from ..tokens import HEAD_WORDS, MARKS, Token, cue_of, is_name_word
from .chains import NameChains
from .scan import Cues, Scan
from .words import (
    BOARDS,
    ENDS_A_BODY,
    HARD_STOPS,
    LEGAL_FORMS,
    OPENING,
    PLACE_FIRST_WORDS,
    PRONOUN_SUFFIX,
    ROLE_PREPOSITIONS,
    broken_plural,
    is_verbal_noun,
    is_verbal_noun_of_purpose,
    nationality,
    two_word_place,
    verb_shaped,
)

# Heads a nationality does not make a body of: the leadership of a country is named by
# the country (القيادة الإيرانية, الإدارة الأمريكية).
# (السلطة الفلسطينية is a body: the Palestinian Authority)
_NATIONAL_ONLY = word_set("القيادة الادارة")

# Bodies a country's name alone names (المرصد السوري); others take what they are for
# as well (الوكالة الأمريكية للتنمية), else they refer back (المؤسسة الأمريكية).
# "House of": a company named by a construct, the house and what it is of (بيت
# الاستثمار العالمي، دار التمويل), the genitive with the article part of its name.
_HOUSES = word_set("بيت دار")

# Courts and prosecutors are named by what they try (المحكمة الجزائية المتخصصة، النيابة
# الجزائية), as other bodies are by their office.
_COURTS = word_set("المحكمة النيابة")
_JURISDICTIONS = word_set(
    "الجزائية الجزائي المتخصصة المتخصص الابتدائية الاستئنافية الشرعية المدنية الجنائية الإدارية"
)

# Forces are named by their branch (القوات المسلحة السودانية، القوات الجوية الأمريكية).
_FORCES = word_set("القوات")
_BRANCHES = word_set("المسلحة الجوية البحرية البرية")

# The particles that open what was said: a role ends before them.
_THAT = word_set("إن أن إنه أنه إنها أنها")

# An exchange's index: "مؤشر سوق أبوظبي" (a city's market with an index is its exchange).
_INDEX = word_set("مؤشر")
# Words of a stock market's trading: a paragraph with them speaks of exchanges.
_SHARE_WORDS = word_set("سهم اسهم الاسهم سهما مؤشر المؤشر تداولات التداولات")

# A state's own bodies, whole with their country (الحكومة التركية، الجيش الأمريكي): what
# follows them is what they do (لأسطول الجيش الأمريكي للتزويد بالوقود), not their name.
_STATE = word_set("الحكومة الجيش الشرطة البرلمان القوات")
# Heads that stay in a publication's name: a news agency's, a broadcaster's.
_BROADCASTERS = word_set("وكالة تلفزيون اذاعة")
# A state's broadcaster is named by its nation too (التلفزيون السريلانكي).
_BROADCASTING = word_set("التلفزيون الاذاعة")
_NAMED_BY_NATION = word_set("المرصد السلطة") | _BROADCASTING | _STATE

# A party is named by the nisba of its doctrine or its people (الحزب الجمهوري، الحزب
# القومي), an adjective in ي.
_PARTY = word_set("الحزب")
# Fronts, movements, currents and congresses: a body by their adjective only when they
# speak, are led, or are for a cause, never by an adjective of office or a nationality
# alone (الحركة التجارية is trade, التيار المركزي the mainstream, الجبهة الأوكرانية a war's
# front, المؤتمر الإقليمي an event).
_MOVEMENT_FRONTS = word_set("الجبهة الحركة التيار المؤتمر")
# Comparatives, which begin what is said of a body: "الأكثر تداولاً", "الأقل نمواً".
_COMPARATIVES = word_set("الاكثر الاقل")
# What a movement is for: "لتحرير", "للتغيير", "للإصلاح".
_CAUSES = word_set("لتحرير للتغيير للاصلاح للعدالة للديمقراطية")

# Heads that also name a place or a scope (مركز خدمة العملاء، دائرة اختصاصات الهيئة):
# with a common noun and its genitive after them they describe, not name.
_GENERIC_HEADS = word_set("مركز دائرة")

# What a research centre studies: "مركز الدراسات الاستراتيجية والدولية" is a name,
# though a centre with the article is mostly described (مركز الصدارة).
_RESEARCH = word_set("الدراسات البحوث الابحاث")  # with an adjective: مركز الدراسات الاستراتيجية

# Heads that describe a foreign body rather than begin its name: "مؤسسة أي دي سي".
# A centre with a foreign name is that firm's (في مركز داتامينا في دبي: Datamena's).
_FIRM_HEADS = word_set("مؤسسة بنك مصرف منظمة مركز")

# draft19: what a publishing house's name says it is, after the name: its trade with لل
# (دار صفصافة للنشر, دار قريش للتمثيل), or "publishers" (دار العربية للعلوم ناشرون).
_HOUSE_TRADE_WORDS = word_set("ناشرون لكتاب")
# ... or what comes before it: "published by" (صدر عن دار X, منشورات دار X).
_PUBLISHED_BY = word_set("عن منشورات إصدارات اصدارات مطبوعات")
# A house's kind, not its name: دار نشر (a publishing house), دار عرض, دار أزياء.
_UNNAMED_HOUSES = word_set("نشر عرض أزياء ازياء سينما رعاية ضيافة")
_YEAR_IN_BRACKETS = re.compile(r"\s*\(\s*(?:1[89]|20)\d\d\s*\)")

# draft19: "the club" with a proclitic, and adjectives that describe a club, never name it.
_THE_CLUB = word_set("النادي بالنادي والنادي للنادي فالنادي")
_CLUB_DESCRIPTIONS = word_set(
    "الرياضي الثقافي الاجتماعي الملكي الكبير الجماهيري الشعبي الحالي السابق الجديد "
    "المنافس الخصم الاول الثاني المحلي الدولي العالمي العربي الاوروبي الاسيوي الافريقي"
)

# draft19: a country's or a club's side, a noun that may follow a club's name with "and".
_TEAMS = word_set("منتخب فريق نادي")
# Councils, unions and societies: named with ل on their article too (للمجلس الإماراتي ...);
# not forces, courts or institutions, more often described than named there.
_COUNCILS = word_set("المجلس الاتحاد الجمعية الهيئة الرابطة النقابة")

# Definite heads that begin another body after "and" (not الحكومة, الإدارة: also fields,
# دائرة المعلومات والحكومة الإلكترونية).
_SECOND_BODIES = word_set(
    "المجلس الاتحاد الجمعية المؤسسة الهيئة المنظمة النادي الجامعة الوزارة الغرفة الرابطة"
)


# A body's leaders and members, in construct with it or with في: "رئيس مركز X", "قادة قوات
# X", "قيادي في حركة X"; and what leads (تقودها حركة X).
_LEADERS = word_set(
    "رئيس رئيسة مدير مديرة قائد قادة زعيم زعماء امين قيادي قياديو قياديي عضو اعضاء مؤسس "
    "ورئيس ومدير وقائد وزعيم"
)
_LEADING = word_set("تقود يقود تقودها يقودها تتزعمها يتزعمها تتزعم يتزعم")
# Its members, fighters and spokesmen ("عناصر تنظيم X", "مقاتلو حركة X", "المتحدث باسم
# حركة X"), and what is tied to it ("المرتبطة بتنظيم X", "الموالية لحركة X").
_MEMBERS = word_set("عناصر مقاتلو مقاتلي مسلحو مسلحي اعضاء انصار قيادات افراد باسم")
_AFFILIATED = word_set("المرتبطة المرتبط التابعة التابع الموالية الموالي المقربة المقرب")
# Heads that also mean a place, a programme or a motion (مركز المدينة، برنامج تدريب، حركة
# السير): a body when a leader's word leads them.
_LED_HEADS: dict[str, str] = {
    **dict.fromkeys(word_set("حركة برنامج تنظيم تيار دار"), "organisation"),
    # جهاز: also a device; مفوضية: a commission, also a commissioner's office
    **dict.fromkeys(word_set("قوات جهاز مفوضية مجالس"), "government"),  # مجالس: councils
}  # (not مكتب، إدارة، شبكة: an office, a management, a network of some body's)
_FORCES_HEAD = word_set("قوات")
# Forces named by what they are, not by a name: "قالت قوات الاحتلال", "قوات الأمن".
_UNNAMED_FORCES = word_set("الاحتلال الامن النظام المعارضة التحالف الشرطة الجيش الحكومة")
# What kind of forces a country's are (قوات سوريا النظامية): no force's own name.
_KINDS_OF_FORCES = word_set("النظامية الخاصة الامنية المسلحة البرية الجوية البحرية")
# Movements known by one word (حركة فتح، تنظيم داعش) as well as by a definite noun.
_MOVEMENTS = word_set("حركة تنظيم تيار")
# A head that also means a canal (قناة السويس): a channel with the article when it speaks
# or reports (نقلت قناة العربية).
_CHANNELS = word_set("قناة")
# What reports, as a speaker does: "نقلت قناة X عن", "بث تلفزيون X".
_REPORTING = word_set("نقلت نقل بثت بث نشرت نشر اوردت اورد")


# Adjectives of time or of degree, no body's: "رئيس الهيئة الحالية", "مدير الإدارة المالية".
_NOT_OFFICES = word_set(
    "الحالي الحالية الجديد الجديدة المقبل المقبلة المؤقت المؤقتة الثاني الثانية الاولي "
    "الثالث الثالثة المالي المالية الفنية الفني الادارية الاداري العلمية العلمي "
    "الاستشارية الاستشاري التحضيرية الفرعية الخاصة الطبية"
)


def _of_a_country(norm: str) -> bool:
    """الألمانية، الكورية: the nisba of a country the lexicon names (ألمانيا، كوريا)."""
    stem = norm.removeprefix("ال").removesuffix("ة").removesuffix("ي")
    return any(form in PLACES for form in (stem, stem + "ا", stem + "يا", "ال" + stem))


def _of_a_sector(norm: str) -> bool:
    """للأبحاث، للاستشارات: لل and a sector, what a firm does (not an article of its own)."""
    return norm.startswith("لل") and (norm[2:] in SECTORS or bool(SECTOR_SUFFIX.match(norm)))


_RELATIVES = word_set("الذي التي الذين اللذين اللتين اللواتي")
# A country as its people's, with "his": "حكومة بلاده", "حكومة دولته".
_HIS_COUNTRY = word_set("بلاد دولت وطن")

# A command or a body's men, with و after a name: another body ("جماعة الحوثي وقيادة
# الحرس الجمهوري"), not a genitive of the name.
_COMMANDS = word_set("قيادة قيادات قادة عناصر قوات")

# Heads that also mean a set, a circle or a stage: with a verbal noun alone after them
# they name what is done in it ("مجموعة التتويج", "دائرة المنافسة"), no body.
_SET_HEADS = word_set("مجموعة دائرة")

# Verbal nouns of the plain verb a firm is said to do with ب ("أوصى تقرير لشركة X بشراء
# سهم"), which end its name as a derived form's do (بإطلاق، بتزويد).
_PLAIN_DOINGS = word_set("شراء بيع بناء نقل دعم فتح رفع خفض طرح منح ضخ")

# What حركة means before a trade or traffic: the motion of it, no movement's name ("تقود
# حركة التداول", "حركة الملاحة").
_MOTION_OF = word_set("التداول التداولات السير المرور الملاحة التجارة الطيران البيع الشراء")


def _her_past_verb(token: Token) -> bool:
    """A verb in the past, feminine (a body is feminine): a known one (أعلنت, قالت) or the
    shape أفعلت (أصدرت, أطلقت) right after a name, which it ends."""
    norm = token.norm
    return cue_of(token, VERBS | SPEECH_VERBS) is not None or (
        len(norm) == 5 and norm[0] == "ا" and norm[-1] == "ت" and not norm.startswith("ال")
    )  # fmt: skip


def _defective_verbal_noun(norm: str) -> bool:
    """The verbal noun تفاعل/تفعّل of a verb ending in a vowel (تفادي, تحدي, تلقي, also
    written with ى), which is_verbal_noun's patterns leave out."""
    return norm[:1] == "ت" and norm[-1:] in ("ي", "ى") and (
        len(norm) == 5 and norm[2] == "ا" or len(norm) == 4
    )  # fmt: skip


def _with_a_noun(norm: str) -> bool:
    """ب on a short Arabic noun, a preposition's phrase (بغرض, بحجم, بقطع, بقيمة): a
    transliterated name after ب has a long vowel or a cluster (بيراميدز, بوينغ, بلاك, براون)
    or more letters."""
    return (
        norm[:1] == "ب" and norm[1:2] not in ("ا", "و", "ي", "ل", "ر", "")
        and (len(norm) == 4 or len(norm) == 5 and norm.endswith("ة"))
        and norm[1:] not in PLACES  # (هيئة الصحة بدبي: the body's place)
    )  # fmt: skip


def _named_ali(token: Token) -> bool:
    """The name علي, which folds as the preposition على does: written with ي."""
    return token.norm == "علي" and MARKS.sub("", token.text).endswith("ي")


class Bodies(Cues):
    """Bodies and institutions named by a head noun before the name (`شركة X`, `وزارة X`,
    `هيئة الصحة بدبي`, `المجلس التنفيذي لدبي`, `مؤسسة دبي للإعلام`, `صحيفة «X»`): where the
    name ends; a business park by its city, a body by the article and a nationality
    (`الخارجية البريطانية`, `المرصد السوري`), and exchanges by their city or country."""

    def __init__(self, scan: Scan, chains: NameChains) -> None:
        super().__init__(scan)
        self.chains = chains
        self._shares: bool | None = None  # whether the paragraph speaks of shares

    def headed_names(self) -> None:
        nested: list[int] = []  # heads right before another head (جمعية اتحاد X)
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
            if head is None and (led_head := cue_of(token, _LED_HEADS)) is not None and (
                (named := self.token(i + 1)) is not None
                and (named.has_article or led_head in _MOVEMENTS and self._one_word_name(i + 1))
                and not (led_head in _FORCES_HEAD and named.norm in _UNNAMED_FORCES)
                and not (led_head == "حركة" and named.norm in _MOTION_OF)
                and self._led(i)
                or self._placed_force(i)
                or led_head not in _MOVEMENTS and self._placed_trade(i + 1)
            ):  # fmt: skip
                head = led_head  # "قائد قوات التعبئة الإيرانية", "قالت حركة فتح"
            if head is None or self.token(i + 1) is None:
                continue
            led = self._led(i)
            if i and self.tokens[i - 1].text[-1:].isdigit():
                continue  # "27 شركة جرى تداولها": the noun a number counts heads no name
            kind = ORGANISATION_HEADS.get(head) or _LED_HEADS[head]
            nxt = self.tokens[i + 1]
            if i + 1 in self.quoted or nxt.text in OPENING:
                continue  # a quoted name: quoted_names has it
            if nxt.norm == token.norm:
                continue  # "نادي نادي الزمالك": the head written twice; the second names
            if head == "مجموعة" and not nxt.has_article and len(nxt.norm) >= 5 and (
                nxt.norm.endswith(("ين", "ون")) and nxt.norm not in GIVEN_NAMES
                and nxt.norm not in PLACES and (nxt.norm[0] == "م" or nxt.norm[1] == "ا")
            ):  # fmt: skip
                continue  # "مجموعة باحثين", "مجموعة متطوعين": a group of people (the plural
                # of a participle, فاعلين or مفعلين), no name (مجموعة نيكسجين is one)
            if head == "موقع" and not nxt.has_article and (
                len(nxt.norm) >= 5 and nxt.norm.endswith(("ي", "ية"))
                or self.common(nxt) or is_verbal_noun(nxt.norm)
            ):  # fmt: skip
                continue  # "موقع جغرافي", "موقع إلكتروني": a place or a site, unnamed
            if self._unit_in_role(i) or nxt.norm in BOARDS:
                continue  # "مدير مجموعة أعمال المؤسسات في لينوفو", "مجلس الإدارة": no body
            if (
                head == "حكومة" and not nxt.has_article
                and (nxt.norm in GIVEN_NAMES or self.scan.labels[i + 1][0] == "B-PER")
            ):  # fmt: skip
                continue  # "حكومة X Y": the government a person leads; he is who is named
            if kind == "government" and len(nxt.norm) > 4 and (
                nxt.norm.endswith(("ها", "هم")) or nxt.norm[:-1] in _HIS_COUNTRY
                and nxt.norm.endswith("ه")
            ):  # fmt: skip
                continue  # "حكومة بلادها/بلاده": "her/his country's government", named by
                # a pronoun (a place may end in ه: تايبيه)
            if (
                nxt.norm[:1] == "و" and len(nxt.norm) > 3 and nxt.norm[1:] not in GIVEN_NAMES
                and not cue_of(nxt, NAME_KEEPS_HEAD)
                and (shared := self.token(i + 2)) is not None
                and (shared.norm in PLACES or shared.has_article and shared.norm not in STOPWORDS
                     or nxt.norm[1:] in NOT_NAMES or self.scan.corpus.common(nxt.norm[1:]))
            ):  # fmt: skip
                continue  # "حكومة وشعب بولندا": two nouns joined, one genitive; no name
            if kind in ("government", "organisation") and not nxt.has_article and (
                nxt.norm.endswith("ية") and nxt.norm not in PLACES and not self.is_mark(i + 1)
                and not nxt.norm.endswith("اية") and not is_verbal_noun(nxt.norm)
                and not (nxt.norm[:1] == "ت" and len(nxt.norm) == 5)
            ):  # fmt: skip
                continue  # "لجنة فنية", "جمعية خيرية": a head and its adjective describe
                # (not حماية، تنمية: what it does, فعالة and تفعلة, names: جمعية حماية X)
            if not nxt.has_article and cue_of(nxt, NAME_KEEPS_HEAD) and kind != "publication":
                nested.append(i)  # "جمعية اتحاد اكسفورد": the inner body's name, whole
                continue  # (not "موقع جمارك دبي": the body's website, not a body)
            if _with_a_noun(nxt.norm):
                continue  # "شركة بغرض ممارسة", "مؤسسة بحجم": a phrase with ب, no name
            if head in _SET_HEADS and _defective_verbal_noun(nxt.norm):
                continue  # "مجموعة تفادي الهبوط": a stage of what is done (avoiding
                # relegation), no body
            if nxt.norm.startswith("لل") and not self.is_mark(i):
                continue  # "خطة محكمة للسيطرة": an adjective and a purpose; no name
                # begins with لل
            keep_head = False
            if nxt.has_article:
                end = self._institution_end(i + 1)
                if end == i + 2 and head in _SET_HEADS and is_verbal_noun(nxt.norm[2:]):
                    continue  # "مجموعة التتويج", "ضمن دائرة المنافسة": a stage or a circle
                    # of something done, no body
                if self._letters_named(end, kind):
                    continue  # "مؤسسة الأبحاث العالمية آي دي سي": a description, then the name
                research = head == "مركز" and nxt.norm in _RESEARCH and end > i + 2
                if (
                    not research
                    and head not in ARTICLE_NAME_HEADS
                    # "رئيس مركز التنمية الاقتصادية", "قائد قوات التعبئة": a leader's body
                    and not (
                        led
                        and (
                            head in _LED_HEADS
                            or head in _CHANNELS
                            or end > i + 2
                            and cue_of(token, _GENERIC_HEADS)
                        )
                    )
                    or (
                        head in ("مجموعة", "شركة", "غرفة")  # غرفة الاجتماعات: a room
                        and (nxt.norm.endswith(("ات", "ين", "ون")) or broken_plural(nxt.norm))
                    )
                ):
                    continue  # "مجموعة التطبيقات الرقمية": a set of things, no name
            elif head in _MOVEMENTS and head not in ORGANISATION_HEADS:
                end, keep_head = i + 2, True  # "قالت حركة فتح": a movement's one word
            elif (
                head in NAME_KEEPS_HEAD or nxt.norm in PLACES or self._placed_chain(i + 1)
                or self._split_place(i + 1)
            ):  # fmt: skip
                end = self._institution_end(i + 1)  # شركة قطر للطاقة، مجموعة موانئ دبي
                placed = nxt.norm in PLACES or self._split_place(i + 1)
                if placed and end <= i + 2 + self._split_place(i + 1) and (
                    head not in NAME_KEEPS_HEAD
                ):  # fmt: skip
                    continue  # "شركة دبي" alone: no name
            elif kind == "company" and nxt.norm in GIVEN_NAMES and (
                (family := self.chains.name_forward(i + 1)) > i + 2
                and self.tokens[family - 1].has_article
            ):  # fmt: skip
                # "مجموعة ماجد الفطيم": a company named for a person, to the family name
                # (the name with the article ends it; a bare chain may run into a noun)
                end, keep_head = self._complement_end(family), head != "شركة"
            elif head == "مجموعة" and broken_plural(PRONOUN_SUFFIX.sub("", nxt.norm)):
                continue  # "مجموعة خوادم", "مجموعة هواتفنا": a set of things, no name
            elif (
                kind == "company" and nxt.norm in SECTORS and not self.is_mark(i + 1)
                and (owner := self.token(i + 2)) is not None and owner.has_article
                and owner.norm not in STOPWORDS and owner.norm not in ENDS_A_BODY
                and not owner.norm.endswith("ات") and not cue_of(owner, ROLES | HEAD_WORDS)
            ):  # fmt: skip
                end, keep_head = i + 3, True  # "شركة نفط الجنوب": its trade, whose it is
            elif (
                nxt.norm in _HOUSES and (owner := self.token(i + 2)) is not None
                and owner.has_article and not self.is_mark(i + 1)
            ):  # fmt: skip
                end = self._institution_end(i + 2)  # "شركة بيت الاستثمار العالمي"
            else:
                if self._described(i + 1):
                    continue  # "وكالة بحوث السوق IDC": what the body does, then its name
                end = self.chains.foreign_end(i + 1)
                end = next((k for k in range(i + 2, end) if self._by_doing(k)), end)
                if end == i + 1 and self._typed_company(i + 1):
                    end = i + 3  # "شركة إعمار العقارية": a name, then its sector's adjective
                if (
                    end > i + 1
                    and (country := self.token(end)) is not None
                    and (country.norm.startswith("ال") and country.norm in PLACES)
                    and country.norm.endswith(("ية", "ي"))
                ):
                    end += 1  # آرامكو السعودية: the country is part of the name
                elif end > i + 1 and head.endswith("ة") and self._agrees_with_head(end):
                    # "مجموعة جي اف اتش المالية": the group's name; a company is named
                    # without شركة (صروح العقارية), as market reports list it
                    end, keep_head = end + 1, head != "شركة"
            # a broadcaster keeps its head (تلفزيون العالم); a paper is its title alone
            paper = kind == "publication" and head not in _BROADCASTERS and nxt.has_article
            if paper and end == i + 2 and (nationality(nxt.norm) or nxt.norm in PLACES) and (
                (today := self.token(end)) is not None and today.norm == "اليوم"
            ):  # fmt: skip
                end += 1  # "صحيفة المصري اليوم": a country's or a people's paper "today"
            if paper and end > i + 2 and nationality(self.tokens[end - 1].norm):
                end -= 1  # "صحيفة الإندبندنت البريطانية": the country says whose it is
            if head in _LED_HEADS and head not in ORGANISATION_HEADS:
                end = next(  # "بتنظيم القاعدة وتمويل الإرهاب": with و, what else is tied
                    (k for k in range(i + 2, end) if self.tokens[k].norm[:1] == "و"), end
                )  # fmt: skip
            end = next(
                (
                    k
                    for k in range(i + 2, end)
                    if self._another_body(k) or _with_a_noun(self.tokens[k].norm)
                ),
                end,
            )  # fmt: skip  ("نادي سيراميكا بقطع في الرباط": the injury, not the club's)
            if end <= i + 1:
                continue
            foreign = head in _FIRM_HEADS and not any(
                t.has_article and not _of_a_sector(t.norm) or t.norm in PLACES
                or t.norm in GIVEN_NAMES
                or t.norm[:1] in "لب" and t.norm[1:] in PLACES
                for t in self.tokens[i + 1 : end]
            )  # fmt: skip
            news_agency = head == "وكالة" and nxt.norm == "انباء"  # وكالة أنباء البحرين
            if head == "وكالة" and nxt.norm == "الانباء" and end == i + 2:
                continue  # "وكالة الأنباء" alone: the news agency, unnamed
            if paper:
                start = nxt.start  # "صحيفة الإندبندنت": the paper's own name, الإندبندنت
            elif (
                head in NAME_KEEPS_HEAD
                or head in _LED_HEADS
                or nxt.has_article
                or news_agency
                or keep_head
            ) and (not foreign or keep_head):
                start = token.start + len(token.norm) - len(head)  # the head, no proclitic
            else:
                start = nxt.start  # "مؤسسة بيزنس مونيتور إنترناشيونال": a firm's own name
            end_offset = self.tokens[end - 1].end
            legal = LEGAL_FORMS.match(self.text, end_offset)
            self.scan.add(self.text[start:end_offset], kind, f"`{token.text} X`", 3, start,
                          end_offset,
                          forms=(self.text[start : legal.end()],) if legal else ())  # fmt: skip

        self._nested_heads(nested)
        self._publishers()
        self._clubs_by_nisba()

    def _split_place(self, k: int) -> bool:
        """Tokens k and k+1 are one of the Emirates' places written in two words (أم
        القيوين، رأس الخيمة), which a person's chain would read as a kunya."""
        first, second = self.token(k), self.token(k + 1)
        return first is not None and second is not None and two_word_place(first.norm, second.norm)

    def _placed_trade(self, k: int) -> bool:
        """Tokens k and k+1 are a city and a trade with لل (`جهاز أبوظبي للاستثمار`,
        `برنامج دبي للتميز`): the head before them names a body by both."""
        place, trade = self.token(k), self.token(k + 1)
        return (
            place is not None and trade is not None and place.norm in PLACES
            and _of_a_sector(trade.norm)
        )  # fmt: skip

    def _placed_force(self, i: int) -> bool:
        """`قوات سوريا الديمقراطية`: forces, a country and an adjective that is not its
        nationality (القوات السورية are the state's) name a force of their own."""
        head, place, adjective = self.tokens[i], self.token(i + 1), self.token(i + 2)
        return (
            cue_of(head, _FORCES_HEAD) is not None and place is not None
            and place.norm in PLACES and adjective is not None and adjective.has_article
            and adjective.norm.endswith(("ية", "ي")) and not nationality(adjective.norm)
            and not _of_a_country(adjective.norm) and adjective.norm not in ENDS_A_BODY
            and adjective.norm not in STOPWORDS and adjective.norm not in _KINDS_OF_FORCES
        )  # fmt: skip

    def _for_liberation(self, k: int) -> bool:
        """Token k says what a movement is for (`لتحرير فلسطين`, `للتغيير`)."""
        token = self.token(k)
        return token is not None and token.arabic and token.norm in _CAUSES

    def _at_a_body(self, k: int) -> bool:
        """Token k begins with ب or ل and a name: what comes before it is a unit of it."""
        token = self.token(k)
        return token is not None and token.arabic and token.norm[:1] in "بل" and (
            not token.has_article or token.norm.startswith(("بال", "لل"))
        )  # fmt: skip

    def _one_word_name(self, k: int) -> bool:
        """Token k is a movement's one-word name (حركة فتح، تنظيم داعش): a name's word
        without the article, no adjective in ي/ية (حركة احتجاجية), not a common noun of
        the text, and no genitive after it (حركة تحرير السودان is longer)."""
        name, after = self.tokens[k], self.token(k + 1)
        return (
            name.arabic and not name.has_article and is_name_word(name)
            and not name.norm.endswith(("ي", "ية")) and not self.common(name)
            and not cue_of(name, STOPWORDS | VERBS | ROLES | HEAD_WORDS)
            and not (after is not None and after.arabic and after.has_article)
        )  # fmt: skip

    def _led(self, i: int, speaking: bool = True) -> bool:
        """A leader's word is in construct with token i (`رئيس مركز X`, `قائد قوات X`), or
        names it with في (`قيادي في حركة X`), or it leads (`تقودها حركة X`): token i heads
        a body, though the word alone also means a place, a set or a motion."""
        before = self.token(i - 1)
        if before is not None and before.norm in ROLE_PREPOSITIONS and i > 1:
            before = self.tokens[i - 2]
            return before.arabic and before.norm in _LEADERS
        if before is not None and before.norm == "من" and i > 1:
            before = self.tokens[i - 2]  # "أفراد من مجالس الصحوة", "عناصر من تنظيم X"
            return before.arabic and before.norm in _MEMBERS
        if before is not None and before.norm in _AFFILIATED:
            return self.tokens[i].norm[:1] in "بل"  # "المرتبطة بتنظيم القاعدة"
        return (
            before is not None
            and before.arabic
            and (
                before.norm in _LEADERS
                or before.norm in _LEADING
                or before.norm in _MEMBERS
                or speaking
                and bool(cue_of(before, SPEECH_VERBS | _REPORTING))
            )
        )  # fmt: skip  ("قال برنامج الأغذية العالمي": what speaks is a body)

    def _nested_heads(self, heads: list[int]) -> None:
        """`جمعية اتحاد اكسفورد`, `لجنة مجلس الشيوخ`: a head right before another head's
        body is in construct with it; the outer body's name holds the inner one whole."""
        for i in heads:
            inner = self.tokens[i + 1]
            body = next(
                (m for m in self.scan.mentions if m.strength == 3 and m.cue.startswith("`")
                 and inner.start <= m.start < inner.end and m.end > inner.end),
                None,
            )  # fmt: skip
            if body is None:
                continue
            token = self.tokens[i]
            head = cue_of(token, ORGANISATION_HEADS) or ""
            start = token.start + len(token.norm) - len(head)
            self.scan.add(self.text[start : body.end], ORGANISATION_HEADS[head],
                          f"`{token.text} X`", 3, start, body.end)  # fmt: skip

    def _described(self, k: int) -> bool:
        """Token k, after a head, is a broken plural in construct with a definite noun
        (`وكالة بحوث السوق`, `مركز بحوث الطاقة`): what the body does, described; not a
        foreign name (a nisba after it is an adjective: صروح العقارية is a name)."""
        plural, genitive = self.token(k), self.token(k + 1)
        return (
            plural is not None and genitive is not None and plural.arabic
            and not plural.has_article and broken_plural(plural.norm)
            and not self.is_mark(k) and genitive.arabic and genitive.has_article
            and genitive.norm not in STOPWORDS and genitive.norm not in PLACES
            and not genitive.norm.endswith(("ي", "ية"))
        )  # fmt: skip

    def _agrees_with_head(self, k: int) -> bool:
        """Token k is an adjective of a feminine head after a foreign name (`شركة صروح
        العقارية`, `مجموعة جي اف اتش المالية`): definite, in ية, no nationality (whose the
        company is: شركة سامسونج الكورية), no status or time (ENDS_A_BODY)."""
        adjective = self.token(k)
        return (
            adjective is not None and adjective.has_article and adjective.arabic
            and adjective.norm.endswith("ية") and not nationality(adjective.norm)
            and not _of_a_country(adjective.norm) and adjective.norm not in OFFICE_ADJECTIVES
            and adjective.norm not in PLACES and adjective.norm not in ENDS_A_BODY
            and adjective.norm not in STOPWORDS and not cue_of(adjective, ROLES | HEAD_WORDS)
        )  # fmt: skip

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
            if end == i + 2 and not after.norm.endswith(("ية", "ي")):
                continue  # "مدينة القدس المحتلة": a city and what is said of it (a park is
                # named by a nisba, الأكاديمية, or what it is for, للمعرفة)
            while (
                (tok := self.token(end)) is not None
                and tok.norm.startswith("ال")
                and (
                    tok.norm not in STOPWORDS
                    and tok.norm not in PLACES
                    and not cue_of(tok, ROLES)
                    and tok.norm not in ENDS_A_BODY
                )
            ):
                end += 1  # الأكاديمية العالمية
            if end > i + 2:
                start = token.start + (1 if token.norm[1:] in ("قرية", "مدينة") else 0)
                self.scan.add(self.text[start : self.tokens[end - 1].end], "organisation",
                              f"`{token.text} X`", 3, start, self.tokens[end - 1].end)  # fmt: skip

    def _definite_body(self, i: int) -> None:
        """`المجلس التنفيذي لدبي`, `القيادة المركزية الأمريكية`, `الإدارة العامة للإقامة`;
        with a preposition or "and" on the article too (`بالبرلمان العراقي`: the body is
        named from the article)."""
        token = self.tokens[i]
        clitic = 2 if token.norm.startswith(("وبال", "فبال")) else (
            1 if token.norm.startswith(("بال", "وال", "فال", "كال")) else 0
        )  # fmt: skip
        if clitic and DEFINITE_HEADS.get(token.norm[clitic:]) and token.text[:clitic] == (
            token.norm[:clitic]
        ):  # fmt: skip
            token = token._replace(text=token.text[clitic:], start=token.start + clitic,
                                   norm=token.norm[clitic:])  # fmt: skip
        elif "ال" + token.norm[2:] in _COUNCILS and token.text[:2] == "لل":
            # "للمجلس الإماراتي لكتب اليافعين": ل on the article, whose alif is dropped; the
            # body is named with its article, the evidence is the word as written
            token = token._replace(text="ال" + token.text[2:], norm="ال" + token.norm[2:])
            clitic = -1  # (see the name's end below)
        kind = DEFINITE_HEADS.get(token.norm)
        if token.norm in _MOVEMENT_FRONTS:
            kind = "organisation"  # "قالت الجبهة الشعبية": by the movement cue only
        if kind is not None and token.norm in _BROADCASTING and i and (
            cue_of(self.tokens[i - 1], HEAD_WORDS)
        ):  # fmt: skip
            return  # "هيئة الإذاعة البريطانية": what the body does, inside its name
        adjective = self.token(i + 1)
        national = adjective is not None and nationality(adjective.norm)
        if kind is None:
            if national and adjective is not None and adjective.norm.endswith("ة"):
                self._short_body(i, token)  # الخارجية البريطانية، البورصة القطرية
            return
        end, office, by_nation = i + 1, False, False
        while end - i < 6 and (tok := self.token(end)) is not None and tok.norm.startswith("ال"):
            if (
                tok.norm in OFFICE_ADJECTIVES
                and token.norm not in _MOVEMENT_FRONTS
                or token.norm in _COURTS
                and tok.norm in _JURISDICTIONS
                or token.norm in _FORCES
                and tok.norm in _BRANCHES
            ):
                office = True  # "المحكمة الجزائية المتخصصة": a court by what it tries
            elif (
                end == i + 1 and national and token.norm not in _NATIONAL_ONLY
                and token.norm not in _MOVEMENT_FRONTS  # الجبهة الأوكرانية: a war's front
                # a masculine head takes no feminine adjective: "وقنوات التلفزيون التركية"
                # (the channels are Turkish)
                and not (tok.norm.endswith("ة") and not token.norm.endswith(("ة", "ات")))
            ):  # fmt: skip
                office = by_nation = True  # "المرصد السوري لحقوق الإنسان": its nationality
            elif (
                end == i + 1 and tok.norm.endswith(("ي", "ية")) and self._led(i, speaking=False)
                and not national and token.norm not in _STATE and tok.norm not in _NOT_OFFICES
                and tok.norm not in ENDS_A_BODY and tok.norm not in STOPWORDS
            ):  # fmt: skip
                # "رئيس السلطة القضائية": the body a leader leads (not a unit at
                # another body: "رئيس اللجنة الفنية باليونسكو")
                office = not self._at_a_body(i + 2)
            elif (
                end == i + 1 and token.norm in _MOVEMENT_FRONTS and tok.norm.endswith(("ي", "ية"))
                and tok.norm not in STOPWORDS and tok.norm not in ENDS_A_BODY
                and tok.norm not in _NOT_OFFICES and not national
                and (self._led(i) or self._for_liberation(i + 2))
            ):  # fmt: skip
                # "قالت الجبهة الشعبية", "الجبهة الشعبية لتحرير فلسطين": a front or a
                # movement that speaks or is for a cause (not "الحركة التجارية", trade)
                office = True
            elif (
                end == i + 1 and token.norm in _PARTY and tok.norm.endswith("ي")
                and tok.norm not in STOPWORDS and tok.norm not in ENDS_A_BODY
            ):  # fmt: skip
                office = True  # "الحزب القومي", "الحزب الشيوعي": a party by its doctrine
            elif (
                tok.norm in STOPWORDS or tok.norm in ENDS_A_BODY or cue_of(tok, ROLES | HEAD_WORDS)
            ):
                break
            elif not office and not (tok.norm.endswith(("ية", "ي")) and end - i < 3):
                break  # "المنظمة البحرية الدولية": what it is about, then its office
            elif office and not tok.norm.endswith(("ية", "ي")):
                break  # "قدّر البنك الدولي النمو": after its office, the verb's object
            end += 1
        if not office:
            return
        named = (
            end
            if by_nation and token.norm in _STATE or token.norm in _FORCES
            else (self._complement_end(end, after_office=True))
        )  # fmt: skip  (forces: "القوات المسلحة لكلا البلدين" is whose they are, no name)
        if by_nation and named == end == i + 2 and token.norm not in _NAMED_BY_NATION:
            return  # "المؤسسة الأمريكية", "البنك الأمريكي": a body referred back to
        if clitic == -1:  # "كلمة للهيئة العربية للمسرح وكلمة اليوم": after ل, what the
            # body is given or said to do; a word with و and no article is the next item
            named = next((k for k in range(i + 2, named)
                          if self.tokens[k].norm[:1] == "و" and not self.tokens[k].has_article
                          and not self.tokens[k].norm.startswith("وال")), named)  # fmt: skip
        end = named
        self.scan.add(token.text + self.text[token.end : self.tokens[end - 1].end], kind,
                      f"`{token.text} ...`", 2, token.start, self.tokens[end - 1].end)  # fmt: skip

    def _clubs_by_nisba(self) -> None:
        """A club the text calls the club and names by an adjective of its own
        (`بالنادي المصري`, `النادي الإسماعيلي`), where the text also calls the side by
        that adjective alone (`الزمالك والمصري`, `لاعب الأهلي`). Not `النادي الأمريكي`
        after `نادي كولمبوس كرو الأمريكي`: the club named before, referred back to by its
        country (its adjective never stands alone as a side)."""
        for i, token in enumerate(self.tokens):
            if token.norm not in _THE_CLUB or (adjective := self.token(i + 1)) is None:
                continue
            nisba = adjective.norm
            if (
                not nisba.startswith("ال") or not nisba.endswith("ي") or len(nisba) < 6
                or nisba in STOPWORDS or nisba in ENDS_A_BODY or nisba in _CLUB_DESCRIPTIONS
            ):  # fmt: skip
                continue
            stem = nisba[2:]
            joined = sum(self.scan.corpus.count(p + stem) for p in ("وال", "لل", "بال", "فال"))
            here = sum(
                1 for k in range(1, len(self.tokens))
                if self.tokens[k].norm == nisba and self.tokens[k - 1].norm in _THE_CLUB
            )  # fmt: skip
            alone = self.scan.corpus.count(nisba) - here
            if not (joined or alone > 0 and not nationality(nisba)):
                continue
            if token.norm.startswith("لل"):  # "للنادي المصري": ل on the article, its alif gone
                start, name = token.start, f"ال{token.text[2:]} {adjective.text}"
            else:
                start = token.start + len(token.norm) - len("النادي")
                name = self.text[start : adjective.end]
            self.scan.add(name, "organisation", "`النادي X`", 3, start, adjective.end,
                          forms=(adjective.text,))  # fmt: skip
            # (the side by its adjective alone, لاعب الأهلي, is the same club)

    def _publishers(self) -> None:
        """A house (دار, indefinite) and its name: a publisher or a company of the arts
        where the text says so: its trade after the name (`دار صفصافة للنشر والتوزيع`,
        `دار قريش للتمثيل`), "published by" before it (`صدر عن دار الفجر`, `منشورات دار
        القاسمي`) or a year in brackets after it (`دار الأمان (2012)`). Not `دار نشر
        إماراتية` (a publishing house, unnamed), `دار للمسرح`, nor an unnamed `الدار`."""
        for i, token in enumerate(self.tokens):
            bare = token.norm[1:] if token.norm[:1] in "وبل" else token.norm
            if token.norm != "دار" and bare != "دار" or i in self.quoted:
                continue
            end = i + 1
            while end < i + 5 and (word := self.token(end)) is not None and (
                word.arabic and not self.is_punct(end) and len(word.norm) > 1
                and (end < i + 3 or word.has_article)  # (a definite name runs on)
                and word.norm[:1] not in "لو" and word.norm not in STOPWORDS
                and word.norm not in NOT_NAMES and word.norm not in _UNNAMED_HOUSES
                and not cue_of(word, VERBS)
            ):  # fmt: skip
                end += 1
            if end == i + 1:
                continue
            trade = end
            while (word := self.token(trade)) is not None and word.arabic and (
                trade == end and (word.norm.startswith("لل") and len(word.norm) > 4
                                  or word.norm in _HOUSE_TRADE_WORDS)
                or trade > end and (word.norm.startswith("وال") or word.norm in _HOUSE_TRADE_WORDS)
            ):  # fmt: skip
                trade += 1
            if (
                trade > end and self.tokens[trade - 1].norm == "لكتاب"
                and (whose := self.token(trade)) is not None and whose.has_article
            ):  # fmt: skip
                trade += 1  # "دار كلمات لكتاب الطفل": for children's books
            before = self.token(i - 1)
            published = before is not None and before.norm in _PUBLISHED_BY
            dated = _YEAR_IN_BRACKETS.match(self.text, self.tokens[end - 1].end) is not None
            if trade == end and not (published or dated):
                continue
            if trade == end and end == i + 2 and not self.tokens[i + 1].has_article:
                continue  # "صدرت عن دار صغيرة": a house described; one bare word names none
            if trade == end and end > i + 2 and not self.tokens[end - 1].has_article:
                end = i + 2  # "صدر عن دار فريدا كاهلو، كي": with no trade, a short name
            last = self.tokens[trade - 1]
            start = token.start + len(token.norm) - 3  # the house, no proclitic
            self.scan.add(self.text[start : last.end], "organisation", "`دار X للنشر`", 3,
                          start, last.end)  # fmt: skip

    def _short_body(self, i: int, token: Token) -> None:
        """A body named by the article and a nationality, its head understood or its
        own: a ministry by its field (الخارجية البريطانية: وزارة is understood, the
        adjective agrees with it), an exchange (البورصة القطرية). Not after a head, whose
        name it ends (وزارة الخارجية البريطانية is found whole). Where the text names
        the ministry whole too, the merge makes them one."""
        before = self.token(i - 1)
        if before is not None and (cue_of(before, HEAD_WORDS) or before.has_article):
            return  # "منظمة التجارة الخارجية اليابانية": an adjective inside a longer name
        if token.norm in MINISTRY_FIELDS:
            kind = "government"  # one body with وزارة and the same words: entities' merge
        elif token.norm == "البورصة":  # السوق الأمريكية is a market, not an exchange
            kind = "organisation"
        else:
            return
        end = self.tokens[i + 1].end
        self.scan.add(self.text[token.start : end], kind, f"`{token.text} ...`", 2,
                      token.start, end)  # fmt: skip

    def exchanges(self) -> None:
        """Stock exchanges by their city or country: `بورصة الكويت`, `سوق دبي المالي`,
        `سوق أبوظبي للأوراق المالية` (`سوق أبو ظبي`: a city written in two words), `سوق
        الأسهم السعودية`, and a city's market after its index (`مؤشر سوق أبوظبي`)."""
        for i, token in enumerate(self.tokens):
            head = cue_of(token, EXCHANGE_HEADS)
            if head is None or i in self.quoted:
                continue
            place = self.token(i + 1)
            if place is None:
                continue
            wide = self._two_word_place(i + 1)  # the place's second word
            after = self.token(i + 2 + wide)
            if head == "بورصة" and (place.norm in PLACES or wide):
                end = i + 2 + wide
            elif head == "سوق" and (place.norm in PLACES or wide) and after is not None:
                if after.norm == "المالي":
                    end = i + 3 + wide
                elif after.norm == "للاوراق" and (last := self.token(i + 3 + wide)) is not None and (
                    last.norm == "المالية"
                ):  # fmt: skip
                    end = i + 4 + wide
                elif i and cue_of(self.tokens[i - 1], _INDEX):
                    end = i + 2 + wide  # "مؤشر سوق أبوظبي": the index names the market
                elif self._of_shares() and not (
                    after.has_article and after.norm not in STOPWORDS or after.norm[:1] == "ل"
                ):  # fmt: skip
                    end = i + 2 + wide  # "الأسهم ... في سوق دبي خلال جلسة أمس": the exchange
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
            self.scan.add(self.text[start : self.tokens[end - 1].end], "organisation",
                          "an exchange: `بورصة X`, `سوق X المالي`", 3, start,
                          self.tokens[end - 1].end)  # fmt: skip

    def _of_shares(self) -> bool:
        """The paragraph speaks of shares and their trading: a city's market in it is
        its exchange (not its property or retail market: سوق دبي العقاري)."""
        if self._shares is None:
            self._shares = any(cue_of(t, _SHARE_WORDS) for t in self.tokens)
        return self._shares

    def _two_word_place(self, k: int) -> int:
        """1 if tokens k and k+1 are a place the lexicon writes as one word (أبو ظبي is
        أبوظبي), else 0."""
        first, second = self.token(k), self.token(k + 1)
        if first is None or second is None or not first.arabic or not second.arabic:
            return 0
        return int(first.norm + second.norm in PLACES and first.norm not in PLACES)

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
            end += 2  # القيادة العامة لشرطة عجمان، الإدارة العامة لأمن المطارات
            while (tok := self.token(end)) is not None and tok.has_article and (
                tok.norm.endswith(("ي", "ية")) and tok.norm not in STOPWORDS
                and tok.norm not in ENDS_A_BODY and not cue_of(tok, ROLES)
            ):  # fmt: skip
                end += 1  # "الأمانة العامة لجامعة الدول العربية": the genitive's adjective
            return end
        if (
            after_office
            and norm[:1] == "ل"
            and not norm.startswith("لل")
            and (is_verbal_noun(norm[1:]))
        ):  # "الهيئة العامة لتنظيم قطاع الاتصالات": what it does, up to its definite object
            return self._object_end(end + 1, end)
        if not after_office and norm[:1] == "ل" and cue_of(tok, ORGANISATION_HEADS):
            return end  # "مؤسسة يوغاف لصحيفة الصن": for another body, named by its own head
        if (
            norm[:1] == "ل" and broken_plural(norm[1:])
            and self.tokens[end - 1].norm not in PLACES  # "لشرطة دبي لشؤون المنافذ": a role's
            and (nxt := self.token(end + 1)) is not None
            and nxt.has_article and nxt.norm not in STOPWORDS
        ):  # fmt: skip
            return end + 2  # "مجلس الأمم المتحدة لحقوق الإنسان", "لشؤون اللاجئين"
        if not norm.startswith("لل"):
            return end
        if norm[2:] in ROLES or "ال" + norm[2:] in ROLES:
            return end  # "قدمته النيابة العسكرية للنائب": to a person, by his role
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
        plural = norm.endswith("ات")  # "للانتخابات النتائج": its adjective ends in ة or ات
        end += 1
        sector = norm[2:] in SECTORS or bool(SECTOR_SUFFIX.match(norm))  # "أبوظبي للإعلام
        # عن إطلاق": a sector's name, then the verb's عن
        if (prep := self.token(end)) is not None and prep.norm in ("عن", "علي") and (
            not sector and (obj := self.token(end + 1)) is not None and obj.arabic
        ):  # fmt: skip
            # "للدفاع عن حقوق الإنسان", "للحفاظ على البيئة": what the body is for takes its
            # object with the preposition the verbal noun governs
            if obj.has_article and obj.norm not in STOPWORDS:
                return end + 2
            if (gen := self.token(end + 2)) is not None and gen.has_article and (
                gen.norm not in STOPWORDS and not self.is_mark(end + 1)
                and obj.norm not in STOPWORDS and not cue_of(obj, VERBS)
            ):  # fmt: skip
                return end + 3
        while (
            (tok := self.token(end)) is not None
            and tok.norm.startswith("ال")
            and tok.norm not in STOPWORDS
            and tok.norm not in ENDS_A_BODY
            and not cue_of(tok, ROLES)
            and tok.norm[2:] not in HEAD_WORDS  # "سامسونج للإلكترونيات المركز الأول"
            and (not plural or tok.norm.endswith(("ة", "ات")))
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
            tok.norm not in STOPWORDS and tok.norm not in ENDS_A_BODY and not cue_of(tok, ROLES)
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
            if tok is not None and (tok.norm in PLACES or self._split_place(j)):
                return j > k  # (أسمنت أم القيوين: a place in two words)
            if tok is None or not tok.arabic or tok.has_article or self.is_mark(j):
                return False
            if tok.norm in STOPWORDS or tok.norm in NOT_NAMES or cue_of(tok, VERBS | ROLES):
                return False
        return False

    def _letters_named(self, k: int, kind: str) -> bool:
        """After a head and a description with the article, the name in apposition spelt
        in letters (`مؤسسة الأبحاث العالمية آي دي سي`): drafted alone; True if found."""
        end = k
        while self.chains.spelt_letter(end):
            end += 1
        if end - k < 2:
            return False
        first, last = self.tokens[k], self.tokens[end - 1]
        self.scan.add(self.text[first.start : last.end], kind, "`مؤسسة الأبحاث X`", 2,
                      first.start, last.end)  # fmt: skip
        return True

    def _another_body(self, k: int) -> bool:
        """Token k is "and" before a body's head or a side (`نادي سيراميكا ومنتخب مصر`: the
        club, and the national team; `مؤسسة X ومؤسسة Y`, `جمعية X والمجلس Y`): a second body
        joined to the name,
        not a word of it (اتحاد كتاب وأدباء الإمارات, وزارة الثقافة والشباب)."""
        token = self.tokens[k]
        if token.norm[:1] != "و" or len(token.norm) <= 3 or token.norm in GIVEN_NAMES:
            return False
        rest = token.norm[1:]
        if rest in _SECOND_BODIES:
            return True  # "جمعية الناشرين الإماراتيين والمجلس الإماراتي": a second body
        return rest in ORGANISATION_HEADS or rest in _LED_HEADS or rest in _TEAMS

    def _by_doing(self, k: int) -> bool:
        """ب and a verbal noun (`قامت شركة X بإطلاق`, `تلتزم مجموعة X بتزويد`): the
        verb's complement, what the body does; it ends the body's name."""
        norm = self.tokens[k].norm
        return norm[:1] == "ب" and (is_verbal_noun(norm[1:]) or norm[1:] in _PLAIN_DOINGS)

    def _typed_company(self, k: int) -> bool:
        """`إعمار العقارية`: a word that reads as a verbal noun, then the adjective of a
        company's sector or country: the company's name, not what it does."""
        tok, kind = self.token(k), self.token(k + 1)
        return (
            tok is not None and kind is not None and tok.arabic and not tok.has_article
            and is_verbal_noun(tok.norm) and not self.is_mark(k)
            and kind.has_article and kind.norm.endswith("ية")
            and kind.norm not in ENDS_A_BODY and not cue_of(kind, ROLES)
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
            and tok.norm not in STOPWORDS and tok.norm not in HARD_STOPS
            and not cue_of(tok, VERBS | ROLES | HONORIFICS | STOPWORDS)  # بعدم: "by not"
            and not verb_shaped(tok.norm) and tok.norm[:1] != "و"
            and not (tok.norm[:1] == "ل" and tok.norm[1:] in ORGANISATION_HEADS)  # لصحيفة
        ):  # fmt: skip
            end += 1
        closing = self.token(end)
        if closing is None or not closing.arabic or not closing.norm.startswith("ال") or (
            closing.norm in STOPWORDS or closing.norm in ENDS_A_BODY
            or cue_of(closing, ROLES | HEAD_WORDS)
        ):  # fmt: skip
            return none
        end += 1
        while (tok := self.token(end)) is not None and tok.norm.startswith("ال") and (
            tok.norm.endswith(("ية", "ي", "يين", "يون")) and tok.norm not in STOPWORDS
            and tok.norm not in ENDS_A_BODY and not cue_of(tok, ROLES)
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
            if self.is_punct(k) or token.norm in _THAT or cue_of(token, VERBS):
                return False  # "رئيس حزب الوفد إن ... في": what he said, not his role
            if token.norm in GIVEN_NAMES or self.scan.labels[k][0] == "B-PER":
                return False  # "رئيس مركز X سالم الحداد في": the role's holder, then
                # what the sentence says of him
            if token.norm in ("في", "لدى") or (token.norm[:1] == "ب" and k > head + 1
                                               and not token.has_article):  # fmt: skip
                return True
        return False

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
        elif self._split_place(i) and first.norm not in PLACES:
            end = i + 2  # "بنك أم القيوين الوطني": the place in two words, then the name
        elif (
            first.norm in PLACES
            or first.norm in GIVEN_NAMES
            or (nxt := self.token(i + 1)) is not None
            and nxt.norm in NAME_COMPOUNDS
        ):
            end = i + 1 if first.norm in PLACES else self.chains.name_forward(i)
            end = next(  # "جماعة أنصار الله أنها استهدفت": a function word ends the name
                (
                    k
                    for k in range(i + 1, end)
                    if (self.tokens[k].norm in STOPWORDS or self.tokens[k].norm in HARD_STOPS)
                    and not _named_ali(self.tokens[k])
                ),
                max(end, i + 1),
            )  # fmt: skip  (not "مؤسسة سلطان بن علي العويس": the name Ali, not على)
        elif (
            is_verbal_noun(first.norm)
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
                and not self._split_place(end)
            ):
                end += 1
            if end > i and self._split_place(end):
                end += 1  # "صناعات أسمنت أم القيوين": a chain ends at a place in two words
            place = self.token(end)
            if end > i and self._complement_end(end) > end:
                return self._complement_end(end)  # جامعة خليفة للعلوم والتكنولوجيا
            if end == i or place is None or place.norm not in PLACES:
                if (
                    self._public_head(i - 1) and first.norm not in NOT_NAMES
                    and cue_of(self.tokens[i - 1], _GENERIC_HEADS) is None
                    and not is_verbal_noun_of_purpose(first.norm)
                    and (obj := self._object_end(i, i)) > i
                ):  # fmt: skip
                    return self._complement_end(obj)  # تحالف دعم الشرعية، جمعية حماية المستهلك
                return self._foreign_company(i)
            end += 1
        named = self.tokens[end - 1].norm in PLACES  # the chain ended at a place's name
        while end - i < 8 and (tok := self.token(end)) is not None and tok.arabic:
            if named and tok.norm[:1] == "و":
                break  # "هيئة كهرباء ومياه دبي والمخالفات": the next item of a list
            if named and end > i + 1 and self.tokens[end - 1].norm in PLACES and (
                not tok.norm.endswith(("ي", "ية")) and tok.norm not in PLACES
                and (cue_of(tok, ROLES) or tok.norm[2:] in ROLES or (
                    (then := self.token(end + 1)) is not None and then.has_article
                    and then.norm not in STOPWORDS and not then.norm.endswith(("ين", "ون", "ات"))
                ))
            ):  # fmt: skip
                break  # "نعى اتحاد كتاب وأدباء الإمارات الفنان التشكيلي": after the place, a
                # role or a noun with its adjective is the verb's object; an adjective is
                # the name's (سلطة منطقة عجمان الحرة، بنك الإمارات دبي الوطني)
            if tok.norm[:1] == "و" and (
                tok.norm[1:] in STOPWORDS
                or len(tok.norm) > 4 and PRONOUN_SUFFIX.search(tok.norm) is not None
                and not tok.has_article
            ):  # fmt: skip
                break  # "جماعة الحيرة والتي", "اتحاد الفنانين العرب ومقرّه": a clause
            nxt = self.token(end + 1)
            if (
                tok.norm[:1] == "و"
                and not tok.has_article
                and nxt is not None
                and nxt.norm.startswith("ال")
                and not cue_of(tok, ROLES | HEAD_WORDS | VERBS | _COMMANDS)
                and tok.norm[1:] not in STOPWORDS
                and tok.norm[1:] not in PLACES
            ):
                end += 2  # "الرعاية الاجتماعية وشؤون القصر": a noun and its genitive
                continue
            if (
                end == i + 1 and first.norm in PLACES and tok.norm in PLACES
                and not tok.has_article and nxt is not None and nxt.has_article
                and nxt.norm.endswith(("ي", "ية")) and nxt.norm not in ENDS_A_BODY
            ):  # fmt: skip
                end += 1  # "بنك الإمارات دبي الوطني": a country and a city, then its adjective
                continue
            if not tok.norm.startswith(("ال", "وال")) or tok.norm in STOPWORDS:
                break  # بالإنابة، بالنيابة: not the name's
            if (
                tok.norm in PLACES
                and end > i + 1
                and self.tokens[end - 1].norm not in PLACE_FIRST_WORDS
                or tok.norm in ENDS_A_BODY
            ):  # fmt: skip  ("غرفة تجارة وصناعة رأس الخيمة": one place in two words)
                break
            if tok.norm in _COMPARATIVES:
                break  # "بنك الوادي الأكثر تداولاً": what is said of the body, no name's word
            if cue_of(tok, ROLES | HEAD_WORDS):
                break
            if cue_of(tok, HONORIFICS):
                break  # "كتائب ... القسام الراحل حذيفة": a title starts the next name
            previous = self.tokens[end - 1]
            if (
                tok.norm.startswith("ال") and tok.norm.endswith("ات") and len(tok.norm) > 5
                and not previous.norm.endswith("ات") and previous.norm not in PLACES
            ):  # fmt: skip
                break  # "لجنة الميزانية التعديلات": a plural agrees with no singular; an object
            if (
                tok.norm.startswith("وال")
                and previous is not first
                and previous.norm.endswith(("ي", "ية"))
                and not tok.norm.endswith(("ي", "ية"))
                and not self._last_of_a_name(end + 1)
                and not (self._coordinated_field(end + 1) and not self._plural(tok.norm[3:]))
            ):
                break  # "التعاون الخليجي والعناصر": after an adjective, a noun is another item
                # (not the name's last word: "هيئة الأوراق المالية والسلع خلال")
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
                and (tok.norm not in STOPWORDS and tok.norm not in ENDS_A_BODY)
            ):
                end += 1
            return end
        return self._complement_end(end)

    @staticmethod
    def _plural(norm: str) -> bool:
        """A plural noun (العناصر، الشركات، المسؤولين): people or things, not a field."""
        return norm.endswith(("ات", "ين", "ون")) or broken_plural(norm)

    def _coordinated_field(self, k: int) -> bool:
        """Token k is the adjective of a second field that ends a body's name (`الشؤون
        الإسلامية والعمل الخيري بدبي`): definite, in ي/ية, then the body's city with ب/ل
        (not "مجلس التعاون الخليجي والعناصر الأمنية في": another item)."""
        adjective, after = self.token(k), self.token(k + 1)
        if adjective is None or not adjective.has_article or adjective.norm in STOPWORDS:
            return False
        if not adjective.norm.endswith(("ي", "ية")) or adjective.norm in ENDS_A_BODY:
            return False
        return after is not None and after.norm[:1] in "بل" and after.norm[1:] in PLACES

    def _last_of_a_name(self, k: int) -> bool:
        """What follows token k-1 shows a body's name ended there: a mark or the end, or a
        preposition or function word (خلال، في، عن) that begins what is said of it."""
        tok = self.token(k)
        return (
            tok is None
            or tok.is_punct
            or (
                tok.arabic
                and (tok.norm in STOPWORDS or tok.norm in HARD_STOPS)
                and tok.norm not in _RELATIVES  # "والعناصر التي": what the noun is, its own
            )
            or (tok.arabic and _her_past_verb(tok))
        )  # fmt: skip  ("والسلع أصدرت": the body did)

    def _foreign_company(self, i: int) -> int:
        """`مؤسسة X` with X a transliterated name (not a common noun or an adjective)."""
        token = self.tokens[i]
        if token.norm in NOT_NAMES or token.norm.endswith(("ة", "ات")) or self.common(token):
            return i  # مركز بيانات: a common plural
        end = self.chains.foreign_end(i)
        return next(  # "مؤسسة يوغاف لصحيفة الصن": ل and a head begin another body
            (k for k in range(i + 1, end)
             if self.tokens[k].norm[:1] == "ل" and self.tokens[k].norm[1:] in ORGANISATION_HEADS),
            end,
        )  # fmt: skip
