"""Where a name runs, forward or backward from a word (`NameChains`)."""

from __future__ import annotations

from ..lexicon import (
    BLESSINGS,
    COMPANY_WORDS,
    GIVEN_NAMES,
    HONORIFICS,
    LETTER_NAMES,
    MONTHS,
    NAME_COMPOUNDS,
    NAME_LINKS,
    PLACES,
    REGION_WORDS,
    ROLES,
    SAYING,
    SECTOR_SUFFIX,
    SECTORS,
    STOPWORDS,
    VERBS,
    WEEKDAYS,
    word_set,
)
from ..tokens import HEAD_WORDS, MARKS, Token, cue_of, is_name_word
from .scan import Cues
from .words import (
    CIRCUMSTANCES,
    COUNTERPART,
    ENDS_A_BODY,
    FAMILIES_AS_TITLES,
    HARD_STOPS,
    HIS_SAYING,
    KIN,
    KIN_OF,
    KIN_OF_TWO,
    MAX_NAME_WORDS,
    NICKNAMING,
    NOT_NAME_WORDS,
    ON_BEHALF,
    ORDINALS,
    PATRONYMIC,
    PERSON_DESCRIPTORS,
    POSITIONS,
    PRONOUN_SUFFIX,
    SIDES,
    accusative_participle,
    and_a_given_name,
    and_a_verb,
    bare_past_verb,
    broken_plural,
    clause_word,
    derived_past_verb,
    foreign_nationality,
    future_verb,
    is_verbal_noun,
    is_verbal_noun_of_purpose,
    nationality,
    past_verb_of_form_v,
    plural_of_things,
    scope_adjective,
    verb_of_a_clause,
    verb_shaped,
    verb_with_its_object,
    verbal_nisba,
)

# Nouns that describe a company right after its name ("دو مزود خدمات الاتصالات").
_DESCRIPTORS = word_set("مزود مزودة مشغل موزع مطور مصنع مقدم رائدة متخصصة")

# The relative pronouns: the word after them is a verb (الذي أخفى), never a name's.
# What الله is the genitive of outside a name: آية الله (a cleric's title), حزب الله, بسم
# الله, إن شاء الله, رسول الله, سبيل الله, بيت الله.
_OF_GOD = word_set("آية حزب بسم شاء رسول سبيل بيت كتاب دين ذكر")

# Words for a country or a people's land, which take "his" (بلاده، دولته، وطنه).
PLACE_NOUNS = word_set("بلاد دولت وطن شعب حكومت")

# First words of places named in two words (تل أبيب، بيت لحم، دير الزور، شرم الشيخ).
PLACE_OPENERS = word_set("تل بيت دير شرم كفر بئر عين جبل وادي")

_RELATIVES = word_set("الذي التي الذين اللذين اللتين اللواتي")


def _foreign_in_na(norm: str) -> bool:
    """نورمينا، أريزونا: a transliterated name in نا, not a noun with "our" (خدماتنا،
    عملاؤنا: a plural or a hamza before it)."""
    stem = norm.removesuffix("نا")
    return (
        len(stem) >= 4
        and norm.endswith("نا")
        and not stem.endswith(("ات", "ين", "ون", "ء", "ؤ", "ئ"))
    )


class NameChains(Cues):
    """Where a name runs: a person's name forward or backward from a word, through
    بن/بنت/ابن/آل/أبو/عبد chains and compound names, to a verb, a role, a place, a function
    word or a family name with the article; and a foreign (transliterated) name to its end."""

    def foreign_end(self, i: int, allow_common: bool = False) -> int:
        """The end of a transliterated name: name-like words (letters spelled out stand
        together: أيه أم دي), then a sector word, the company's type or its region."""
        end = i
        while end - i < 4 and (tok := self.token(end)) is not None:
            if not self.spelt_letter(end) and not (is_name_word(tok) and end - i < 4):
                break
            spelt_next = self.spelt_letter(end + 1)
            if not self.spelt_letter(end) and (
                (self.common(tok) and not allow_common and not (end == i and spelt_next))
                or (
                    end > i
                    and len(tok.norm) == 4
                    and tok.norm[0] == "ت"
                    and tok.norm[1] not in "اوي"
                )  # "شركة أبل تدرس": her verb
                or (
                    end > i
                    and tok.norm in GIVEN_NAMES
                    and (after_given := self.token(end + 1)) is not None
                    and is_name_word(after_given)
                )  # "بنك غولدمان ساكس ديفيد كوري", "لشركة أبل تيم كوك": a person after the body
                or (
                    end > i
                    and self.scan.labels[end][0] == "B-PER"
                    and self.scan.labels[end - 1][0].endswith("ORG")
                )  # "جامعة هارفارد X Y": where the model's body ends and a person begins
                or (end > i and (tok.norm.endswith("ات") or tok.norm in _DESCRIPTORS))
                or (end > i and len(tok.norm) >= 6 and tok.norm.endswith("تين"))  # مرتبتين
                or (end > i and is_verbal_noun_of_purpose(tok.norm))
                or is_verbal_noun(tok.norm)
                or tok.norm.endswith("ة")
                or (
                    len(tok.norm) > 4
                    and PRONOUN_SUFFIX.search(tok.norm)
                    and not _foreign_in_na(tok.norm)
                )
            ):
                break
            end += 1
        while (
            end > i + 1 and self.spelt_letter(end - 1) and self.is_punct(end, ".")
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
                    and adj.norm not in ENDS_A_BODY
                )
            ):
                end += 1  # للتطوير العقاري
            while self.spelt_letter(end):
                end += 1  # كولاكم للاتصالات إس بي سي
        while (
            end > i
            and (tail := self.token(end)) is not None
            and (tail.norm in COMPANY_WORDS or tail.norm in REGION_WORDS and tail.norm != "شمال")
        ):
            end += 1
        return end

    def spelt_letter(self, k: int) -> bool:
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

    def name_word(self, token: Token, *, article: bool, ta: bool) -> bool:
        if token.norm in KIN_OF or token.norm in KIN_OF_TWO or token.norm in NOT_NAME_WORDS or (
            clause_word(token.text, token.norm)
        ):  # fmt: skip
            return False  # "X شقيق اللواء": who he is; "هاتان", "منهم", "قاله", "مني"
        if token.norm[:1] in "لب" and token.norm not in GIVEN_NAMES and (
            len(token.norm) >= 5 and token.norm.endswith(("ها", "هم"))
            or len(token.norm) >= 6 and token.norm.endswith("ه")
        ):  # fmt: skip
            return False  # "لوالده", "بمنزله": a preposition, a noun and "his", no name
            # (a family name of that shape is shorter: لوتاه، بلوله)
        if (
            token.norm[:1] in "بل" and token.norm.endswith("ة") and len(token.norm) >= 5
            and not token.norm.startswith(("بو", "با")) and token.norm[1:] not in GIVEN_NAMES
            and token.norm not in GIVEN_NAMES  # (لطيفة)
        ):  # fmt: skip
            return False  # "بمدينة السادس": a preposition and a noun in ة (بوقرة، باسلامة
            # are names: بو and با begin Maghrebi and Hadrami family names)
        if (verb_shaped(token.norm) or verb_with_its_object(token.norm)) and (
            token.norm not in GIVEN_NAMES
        ):  # fmt: skip
            return False  # "وسام تحتاج", "يمنحه الحق": a present verb, no name's word
        if and_a_verb(token.norm):
            return False  # "عمر ونهض", "نزار فيظل": "and he rose", "so it remains"
        if token.norm in NICKNAMING or token.norm in KIN or cue_of(token, COUNTERPART):
            return False  # الملقب، نجله، نظيره: they bring in a name, they are not of it
        if token.norm in HIS_SAYING:
            return False  # "عن X Y قوله": his saying, after the name
        if verb_of_a_clause(token.norm):
            return False  # "ونثروا رماده", "أن نرحب": a clause's verb, no name's word
        if token.norm[:1] == "و" and len(token.norm) > 4 and token.norm.endswith("ه"):
            return False  # وخطابه: "and his speech"
        if token.norm in GIVEN_NAMES and token.norm != "علي" and not token.has_article:
            return True  # أمين is a role word too
        if len(token.norm) >= 6 and token.norm.endswith(("يون", "يين")):
            return False  # محليون، الفلسطينيين: a nisba's plural, people and not a name
        if token.norm.startswith("لل"):
            return False  # للاستشارات: a family name has ال, never لل
        if token.norm.startswith(("بال", "كال")) and (
            token.has_article and token.norm.endswith("ة") or is_verbal_noun(token.norm[3:])
            or len(token.norm) == 8 and token.norm[3] == "ت" and token.norm[5] == "ا"  # تفاعل
        ):  # fmt: skip
            return False  # بالنسبة، كالعادة، بالانسحاب: a preposition, the article and a
            # noun in ة or a verbal noun (a family name may begin so: بالهول)
        if token.norm[:1] in "لب" and not token.has_article and is_verbal_noun(token.norm[1:]):
            return False  # "مطالب النقابة بتطوير العمل": "for developing", no name's word
        if token.norm[:1] in "لب" and (
            plural_of_things(token.norm[1:])
            or len(token.norm) >= 7 and token.norm.endswith("ات")  # لفحوصات: "for tests"
        ):  # fmt: skip
            return False  # "المزود الرائد لحلول الهندسة": "for solutions", no name
        if token.has_article and scope_adjective(token.norm):
            return False  # "مطاري دبي وآل مكتوم الدوليين": an adjective, no family name
        return is_name_word(token, article=article, ta=ta) and token.norm not in BLESSINGS

    def _after_link(self, token: Token) -> bool:
        """A family name after بن/آل/أبو may be an everyday word (بن ثالث، آل علي)."""
        return (
            token.arabic
            and not token.is_punct
            and not token.has_article
            and token.norm not in HARD_STOPS
            and not cue_of(token, VERBS | ROLES | HEAD_WORDS | HONORIFICS)
            and not verb_shaped(token.norm)
        )

    def split_place(self, i: int) -> bool:
        """`أبو ظبي`: أبو and the next word spell a known place when joined (أبوظبي)."""
        first, city = self.token(i), self.token(i + 1)
        return (
            first is not None and first.norm == "ابو"
            and city is not None and "ابو" + city.norm in PLACES
        )  # fmt: skip

    def name_forward(self, i: int, strong: bool = False, first_ta: bool = False) -> int:
        """The end of a person's name starting at token i (i itself if none).

        `strong` (after a title or before a role) lets any word end in ة (جمعة، حمزة);
        `first_ta` only the first, a given name known to be one (فاطمة).
        """
        first = self.token(i)
        if first is None:
            return i
        end, words = i, 0
        if self.split_place(i):
            return i  # "أبو ظبي": the city written in two words, no kunya
        if (
            first.norm in ("عبد", "ابو")
            and (nxt := self.token(i + 1)) is not None
            and (self.name_word(nxt, article=True, ta=True))
        ):
            end, words = i + 2, 1
        elif not self.name_word(first, article=False, ta=strong or first_ta):
            return i
        elif (
            not strong and first.norm not in GIVEN_NAMES and is_verbal_noun(first.norm)
            and not self.scan.labels[i][0].endswith("PER")
            and (nxt := self.token(i + 1)) is not None and nxt.norm in GIVEN_NAMES
        ):  # fmt: skip
            return i  # "تأليف X وإخراج محمد Y": what was done, then who did it (إيهاب of
            # that shape is a name the model reads; after a title, إخلاص is one)
        elif (
            first.norm[:1] in "لب"
            and len(first.norm) > 4
            and self.scan.corpus.common(first.norm[1:])
        ):
            return i  # "الرائد لحلول الهندسة": a preposition and a noun, no name
        else:
            end, words = i + 1, 1
        while words < MAX_NAME_WORDS and (tok := self.token(end)) is not None:
            if tok.norm in ("بن", "ابن") and self._bin_abi(end):
                end += 3  # "معاوية بن أبي سفيان": أبو in the genitive, then the name
                words += 1
                continue
            if tok.norm in NAME_LINKS:
                nxt = self.token(end + 1)
                if nxt is None or not (
                    self.name_word(nxt, article=True, ta=True)
                    or self._after_link(nxt)
                    or tok.norm == "عبد"
                    and nxt.norm in NAME_COMPOUNDS  # عبد الله
                ):
                    break
                if nxt.has_article and tok.norm not in ("عبد", "ولد") and not (
                    tok.norm == "ابو" and self.name_word(nxt, article=True, ta=False)
                    and not self.common(nxt) and nxt.norm not in PLACES
                ):  # fmt: skip
                    break  # "بن الشيخ": not a name's link (ولد الطايع, عبد الرحمن, and أبو
                    # with a name word the text never writes bare, أبو المجد, are)
                end += 2  # بن راشد، آل مكتوم، عبد القادر
                words += 1
                if tok.norm == "ال" or tok.norm == "ابو" and nxt.has_article:
                    break  # آل سعود, أبو المجد: the family, which ends the name
                after = self.token(end)
                if (
                    tok.norm in ("بن", "بنت", "ابن") and after is not None and after.arabic
                    and not after.has_article and after.norm not in NAME_LINKS
                    and after.norm not in NAME_COMPOUNDS
                ):  # fmt: skip
                    end = self._bare_names_to_family(end)  # "سهيل بن محمد فرج فارس المزروعي"
                    break  # "الأمير محمد بن سلمان دعم": after بن X comes another بن, آل
                    # or a family name with the article; a bare word is what follows
                continue
            if tok.norm in NAME_COMPOUNDS:
                end += 1  # أنور الحق، نور الدين
                nxt = self.token(end)
                if nxt is not None and nxt.arabic and not nxt.has_article and (
                    nxt.norm not in HARD_STOPS and not cue_of(nxt, VERBS | ROLES | HEAD_WORDS)
                    and nxt.norm not in PLACES and not self.is_mark(end)
                    and not (nxt.norm[:1] == "و" and nxt.norm not in GIVEN_NAMES)  # ورجال
                    and nxt.norm not in NAME_LINKS  # "عبد الله بن": the loop reads the link
                ):  # fmt: skip
                    if nxt.norm.endswith("ة") and nxt.norm not in GIVEN_NAMES:
                        break  # "بدر الدين حملة جديدة": a noun in ة is what he launched
                    if end >= 3 and self.tokens[end - 3].norm in ("بن", "بنت", "ابن"):
                        break  # "بن عبد العزيز دعم": after بن's name, a bare word follows it
                    end += 1  # أنور الحق آحدي: the name after a compound goes on
                    words += 1
                continue
            if tok.text == "-" and tok.start == self.tokens[end - 1].end and (
                (nxt := self.token(end + 1)) is not None and nxt.start == tok.end
                and self.name_word(nxt, article=False, ta=True)
            ):  # fmt: skip
                end += 2  # لوه-ميرماند
                continue
            if tok.text == "." and len(self.tokens[end - 1].norm) <= 2 and words > 1:
                end += 1  # شون بي. باربابيلا: an initial
                continue
            if words >= 2 and self.name_word_before_that(end):
                end += 1  # "مون جاي إن إن": "that" is said once; the first is the name's
                break  # (the Korean إن), and what was said begins at the second
            if tok.norm in CIRCUMSTANCES:
                break  # "دونالد ترامب بحضور قادة"
            if tok.has_article and tok.norm.startswith("وال"):
                break  # "صبحي والطيب": "and the ...", a second name or a noun, never a family
            if self._ba_family_then_nisba(end):
                end += 2  # "عبدالله بالحيف النعيمي": an Emirati family name in بال, whose
                break  # بال is no preposition and article, then the tribe's nisba
            if (
                tok.norm.startswith(("بال", "كال")) and tok.has_article
                and not self._model_reads_on(end)
            ):  # fmt: skip
                break  # "أحمد بن علي بالخطط": "with the plans" (بالهول the model knows)
            if words >= 2 and self._noun_of_the_text(end):
                break  # "X Y بفيلم", "X Y كتابه": ب and a noun, a noun and "his"
            if words >= 2 and self._definite_common_noun(end):
                break  # "سجل ناصر منسي الهدف": a noun the text also writes bare (هدف)
            if words >= 2 and tok.norm in ORDINALS:
                break  # "سجل X Y الرابع", "فاز X Y الأول": an ordinal of what he did
            if words >= 2 and tok.norm in PERSON_DESCRIPTORS:
                break  # "إدوارد غيبون المؤرخ": who he is, after his name
            if (
                words >= 2 and len(tok.norm) > 4 and PRONOUN_SUFFIX.search(tok.norm)
                and tok.norm not in GIVEN_NAMES and self.scan.labels[end][0] == "O"
                and self.scan.labels[end][1] >= 0.99
            ):  # fmt: skip
                break  # "يوسف غيشان مسيرته": a noun with "his" the model is sure of
            if words >= 2 and tok.has_article and tok.norm in ENDS_A_BODY:
                break  # "هاني X الصادرة عن", "X Y السابق": a book's "published", "former"
            if words >= 2 and self._verb_the_model_knows(end):
                break  # "محمد أبو عرب فتح": a past verb after the name, the model sure
            if words >= 2 and (
                plural_of_things(tok.norm) or self._ba_and_a_bare_deed(end)
            ):  # fmt: skip
                break  # "X Y مقاليد الولاية", "جوزيف عون بنزع السلاح": what follows
            if tok.norm[:1] == "و" and tok.norm not in GIVEN_NAMES and (
                self.scan.labels[end][0] == "B-PER"
            ):  # fmt: skip
                break  # "كارني وميرتس": "and" and the next person the model begins
            if self.playing_position(end):
                break  # "أحمد عيد ظهير أيمن": his position (right back), after the name
            if tok.norm[:1] in "لب" and tok.norm[1:] in GIVEN_NAMES and tok.norm not in GIVEN_NAMES:
                break  # "ودفع معتمد جمال بأحمد شريف": "with Ahmad", the next person
            if self._preposition_glued(end, words):
                break  # "ومحمد شكرى لسيراميكا": "to Ceramica", where he moved; "X Y كمدلك":
                # "as a masseur"; a name's own word in ل، ب or ك the model reads on
            if words >= 2 and self._so_as_to(end):
                break  # "جورج أورويل ليحل": "so as to" and a verb, after the name
            if tok.norm == "امين" and words >= 2 and self._keeper_of(end):
                break  # "أحمد ضياء أمين مكتبة": the keeper of, his role, not a name
            if tok.norm in FAMILIES_AS_TITLES and self._name_ends_after(end):
                end += 1  # "ميشال سماحة على": a title's word after a name, with no name
                break  # after it, is the family name (a title comes before its name)
            if and_a_given_name(tok.norm) or tok.norm in ("وعبد", "وابو"):
                break  # "أمين عبد العال وجمال الهولي": "and Jamal" starts a second name
                # (and "وعبد الله", "وأبو X")
            if (
                (words >= 2 or self.tokens[end - 1].norm in NAME_COMPOUNDS)
                and (tok.norm[:1] == "و" and len(tok.norm) > 4)
                and tok.norm not in GIVEN_NAMES
            ):
                break  # "محمد ولد عبد العزيز ورجال الأعمال", "والقوى": "and" starts what follows
            if self._and_a_word_of_the_text(end):
                break  # "باراك أوباما وجو بايدن", "وقال شاهد وسكان": "and" and a word the
                # text writes alone (another person's given name, a noun) join two phrases
            if (
                not tok.has_article and cue_of(tok, ROLES) and not cue_of(tok, VERBS)
                and self.is_punct(end + 1, "،,") and self.token(end + 2) is not None
                and cue_of(self.tokens[end + 2], ROLES)
            ):  # fmt: skip
                end += 1  # "سنم وكيل، مديرة البرنامج": a role word with no complement,
                break  # then the role after the comma: the family name
            if tok.norm in WEEKDAYS or tok.norm in MONTHS:
                break  # "إيندا كيني الخميس": a day or a month dates what follows the name
            if words >= 2 and future_verb(tok.norm):
                break  # "جمال مبارك سيقابل": what he will do
            if tok.has_article and len(tok.norm) >= 8 and tok.norm.endswith("ات"):
                break  # "سلامة الإجراءات": a plural of things, no family name (السادات is short)
            if accusative_participle(tok.norm):
                break  # "وأوضح X Y مجدداً": how he spoke, after the name
            if words >= 2 and self.construct_with_a_deed(end):
                break  # "زهير زيدان سلطات الاحتلال": the verb's object, in construct
            if words >= 2 and self.verbal_noun_of_doing(end):
                break  # "ديفيد بترايوس بسحب حوالي": "by withdrawing", what he recommends
            if self._verbal_noun_of_his(tok.norm):
                break  # "كيفين رود بمنحه منصباً": a preposition, a verbal noun and "his"
            if self._deed_of_his(end):
                break  # "أعلن X دخوله سباق الترشح": what he announced, his entering
            if derived_past_verb(tok.norm):
                break  # "قال X اعتقد أن": what he did (or "I believe"), after the name
            if tok.norm.endswith("ا") and tok.norm[:-1] in ROLES:
                break  # "تعيين مجتبى خامنئي مرشدا": what he was made (accusative), no name
            nxt = self.token(end + 1)
            last_ta = (
                words >= 2
                and tok.norm.endswith("ة")
                and (nxt is None or nxt.is_punct or bool(cue_of(nxt, STOPWORDS | VERBS)))
            )  # "محمد سمير قنيطة وهو": a family name in ة ends the name
            if (
                last_ta
                and tok.has_article
                and tok.norm.endswith("ية")
                and not any(t.norm == "بنت" for t in self.tokens[i:end])
            ):
                last_ta = False  # "مطالب بنيامين نتنياهو الأمنية": the feminine nisba
                # agrees with the noun before the name; a woman's family name with the
                # article is the masculine nisba (موزة سعيد الهاملي) unless after بنت
            if last_ta and tok.has_article and i > 0 and (
                (head := self.tokens[i - 1]).norm.endswith("ة") and not head.has_article
                and not cue_of(head, ROLES) and head.norm not in GIVEN_NAMES
            ):  # fmt: skip
                last_ta = False  # "حكومة X Y السابقة": the adjective of the feminine noun
                # the name is in the genitive of
            if (
                not self.name_word(tok, article=True, ta=strong or last_ta)
                and not self._family_in_ba_before_role(end)
                or self.common(tok)
                and (tok.norm not in GIVEN_NAMES and not tok.has_article)
                or is_verbal_noun(tok.norm.removeprefix("ال"))
                and tok.norm not in GIVEN_NAMES
                and not self.before_patronymic(end)
                or verbal_nisba(tok.norm)
            ):
                break  # "الملك سلمان إطلاق": a verbal noun starts what he did; "استشاري"
                # (the nisba of استشارة) says what he is
            if (
                tok.has_article
                and words >= 2
                and i > 0
                and foreign_nationality(self.tokens[i - 1].norm)
            ):
                break  # "وزير الخزانة الأمريكي X Y السماح": a foreigner's name has no
                # family name with the article; the definite word is what follows it
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

    def _and_begins_a_modelled_name(self, k: int) -> bool:
        """Token k is "and" glued to the first word of a name the model reads on past it
        (`وزير الثقافة وتوني بلير رئيس`: B-PER, then I-PER): the list's next person
        begins there, "and" and all, not a phrase the name is joined to."""
        labels = self.scan.labels
        return (
            k + 1 < len(self.tokens) and self.tokens[k].norm[:1] == "و"
            and not self.tokens[k].has_article and not self.common(self.tokens[k])
            and labels[k][0] == "B-PER" and labels[k][1] >= 0.5
            and labels[k + 1][0] == "I-PER" and labels[k + 1][1] >= 0.5
        )  # fmt: skip

    def playing_position(self, k: int) -> bool:
        """Tokens k and k+1 are a playing position and its side (ظهير أيمن، جناح أيسر)."""
        token, side = self.token(k), self.token(k + 1)
        return token is not None and side is not None and (
            token.norm in POSITIONS and side.norm in SIDES
        )  # fmt: skip

    def _preposition_glued(self, k: int, words: int) -> bool:
        """Token k is ل, ب or ك glued to a word the text also writes without it (alone,
        after two name words; with the article; or a place), which the model does not
        read as the name's going on: "to", "with" or "as" and what the person is or does,
        after his name (كوسا، بلير are names' own words: the text never writes وسا, لير)."""
        token, label = self.tokens[k], self.scan.labels[k][0]
        rest = token.norm[1:]
        return (
            token.arabic and token.norm[:1] in "لبك" and len(token.norm) >= 4
            and token.norm not in GIVEN_NAMES and rest not in GIVEN_NAMES
            and token.norm not in NAME_LINKS and not token.has_article and label != "I-PER"
            and (words >= 2 and self.scan.corpus.count(rest) > 0
                 or self.scan.corpus.count("ال" + rest) > 0 or rest in PLACES)
        )  # fmt: skip  # (after one word, only a noun the text writes with the article:
        # "لقب وحيد بكأس الأفرو", "with the cup")

    def _ba_family_then_nisba(self, k: int) -> bool:
        """Token k begins with بال, the text never writes it without (حيف of بالحيف), and
        a nisba with the article follows it (النعيمي), which the text never writes bare
        and is no nationality: a family name and the tribe, not "with the ..."."""
        token, nxt = self.tokens[k], self.token(k + 1)
        return (
            token.norm.startswith("بال") and len(token.norm) >= 6 and nxt is not None
            and self.scan.corpus.count(token.norm[3:]) == 0
            and self.scan.corpus.count("ال" + token.norm[3:]) == 0
            and nxt.has_article and nxt.norm.endswith("ي") and not nationality(nxt.norm)
            and nxt.norm not in ORDINALS and not scope_adjective(nxt.norm)  # بالجائزة الأولى
            and self.scan.corpus.count(nxt.norm[2:]) == 0
            and self.name_word(nxt, article=True, ta=False)
        )  # fmt: skip

    def name_word_before_that(self, k: int) -> bool:
        """Tokens k and k+1 are both إن (or أن): "that" is said once, so the first is the
        last word of a name before it (the Korean إن of مون جاي إن)."""
        token, nxt = self.token(k), self.token(k + 1)
        return token is not None and nxt is not None and token.norm == nxt.norm == "ان"

    def _and_a_word_of_the_text(self, k: int) -> bool:
        """Token k is "and" glued to a word the text also writes alone or with the
        article (جو of "جو بايدن", سكان of السكان), or to a place's first word (وبيت): a
        name's own word in و (وليد، وائل) is never so written without its و."""
        norm = self.tokens[k].norm
        rest = norm[1:]
        return (
            norm[:1] == "و" and len(rest) >= 2 and norm not in GIVEN_NAMES
            and not self.tokens[k].has_article
            and (self.scan.corpus.count(rest) > 0 or self.scan.corpus.count("ال" + rest) > 0
                 or rest in PLACE_OPENERS)  # "الشيخ X وبيت Y": the next place
        )  # fmt: skip

    def _bare_names_to_family(self, k: int) -> int:
        """After بن X at token k: one or two bare name words, then a family nisba with the
        article and then the name's end (a mark, a role, a function word), as Gulf names
        run (سهيل بن محمد فرج فارس المزروعي، وزير ...); k itself when they do not."""
        j = k
        while j - k < 2 and (tok := self.token(j)) is not None and tok.arabic and (
            not tok.has_article and self.name_word(tok, article=False, ta=False)
            and not self.common(tok) and not verb_shaped(tok.norm)
        ):  # fmt: skip
            j += 1
        family, after = self.token(j), self.token(j + 1)
        if j == k or family is None or not (
            family.has_article and family.norm.endswith("ي") and not nationality(family.norm)
            and self.name_word(family, article=True, ta=False)
        ):  # fmt: skip
            return k
        if after is None or after.is_punct or cue_of(after, ROLES | VERBS | STOPWORDS):
            return j + 1
        return k

    def name_begins(self, k: int) -> bool:
        """Token k is a known given name, or the name model begins a person there."""
        return self.tokens[k].norm in GIVEN_NAMES or self.scan.labels[k][0] == "B-PER"

    def _verb_the_model_knows(self, k: int) -> bool:
        """Token k has a verb's shape (شغلت، قدرت: a bare past with the feminine's ت; يعد،
        يؤدي: a present) and the name model is sure it is no name's word. A bare past of
        three letters (حدد) counts only before a known given name: many given names have
        that shape (مطر، صقر، سعد)."""
        norm, (label, sure) = self.tokens[k].norm, self.scan.labels[k]
        present = len(norm) == 3 and norm[0] == "ي" and norm[1] not in "اوي"
        three = len(norm) == 3 and bare_past_verb(norm)
        given_next = (nxt := self.token(k + 1)) is not None and nxt.norm in GIVEN_NAMES
        return (
            label == "O" and sure >= 0.99 and norm not in GIVEN_NAMES
            and (bare_past_verb(norm) and (not three or given_next) or present
                 or verb_shaped(norm))
        )  # fmt: skip

    def verb_opens_a_sentence(self, k: int) -> bool:
        """Token k opens a sentence or a clause (a mark before it) and has a bare past
        verb's shape (حرص، أكد), which the model is sure is no name's and no given name
        has: the verb, its subject after it, as Arabic news orders them."""
        norm, (label, sure) = self.tokens[k].norm, self.scan.labels[k]
        return (
            self.is_mark(k - 1) and norm not in GIVEN_NAMES and bare_past_verb(norm)
            and label == "O" and sure >= 0.99
        )  # fmt: skip

    def model_begins_after(self, k: int) -> bool:
        """The name model is sure token k is no name's, and it begins a person right after
        it or a known given name follows ("خدمات أكرم X، لاعب", "سفر إسلام X، لاعب")."""
        (label, sure), (nxt, nxt_sure) = self.scan.labels[k], self.scan.labels[k + 1]
        token = self.tokens[k]
        noun = (
            self.common(token)
            or token.norm.endswith("ات")
            or broken_plural(token.norm)
            or is_verbal_noun(token.norm)
        )  # a noun by its shape or the text's use: خدمات، خروج (غازي may be a name)
        plural = len(token.norm) >= 5 and token.norm.endswith("ات")  # خدمات: no given name
        return token.norm not in GIVEN_NAMES and (
            label == "O" and sure >= 0.99
            and (nxt == "B-PER" and nxt_sure >= 0.9
                 or noun and self.tokens[k + 1].norm in GIVEN_NAMES)
            or plural and label == "O"  # (of three words or more: no given name in ات)
        )  # fmt: skip

    def _model_reads_on(self, k: int) -> bool:
        """The name model is sure the person's name goes on at token k (I-PER, 0.9)."""
        label, sure = self.scan.labels[k]
        return label == "I-PER" and sure >= 0.9

    def _noun_of_the_text(self, k: int) -> bool:
        """Token k is ب, ل or ك and a word, or a word and "his" (ه), where the text also
        writes that word alone (فيلم، حكم، كتاب) and the name model is sure it is no
        name's: "in a film", "as a referee", "his book", what follows the name."""
        token, (label, sure) = self.tokens[k], self.scan.labels[k]
        norm = token.norm
        if token.has_article or norm in GIVEN_NAMES or label != "O" or sure < 0.99:
            return False
        counts = self.scan.corpus.count
        return (
            len(norm) >= 4 and norm[0] in "بلك" and counts(norm[1:]) > 0
            and norm[1:] not in GIVEN_NAMES
            or len(norm) >= 5 and norm.endswith("ه") and counts(norm[:-1]) > 0
        )  # fmt: skip

    def _definite_common_noun(self, k: int) -> bool:
        """Token k has the article, the text also writes its bare form as a word (not a
        given name: الأحمد beside أحمد), and the name model is sure it is no name's: a
        common noun after the name (the verb's object), not a family name."""
        token, (label, sure) = self.tokens[k], self.scan.labels[k]
        bare = token.norm[2:] if token.norm.startswith("ال") else ""
        return (
            token.has_article and len(bare) >= 3 and bare not in GIVEN_NAMES
            and self.scan.corpus.count(bare) > 0 and label == "O" and sure >= 0.99
        )  # fmt: skip

    def _ba_and_a_bare_deed(self, k: int) -> bool:
        """Token k is ب or ل and a verbal noun of فعل's bare shape (بنزع، لمنح), which the
        model reads as no name's word: "by removing", "to grant": what follows the name."""
        norm, (label, sure) = self.tokens[k].norm, self.scan.labels[k]
        return (
            len(norm) == 4 and norm[0] in "بل" and norm not in GIVEN_NAMES
            and not any(c in "اويىءأإآؤئة" for c in norm[1:])
            and label == "O" and sure >= 0.99
        )  # fmt: skip

    def _so_as_to(self, k: int) -> bool:
        """Token k is ل and a present verb (ليحل، ليتولى) the name model is sure is no
        name's word (ليفني، ليبرمان are names of that shape)."""
        norm, (label, sure) = self.tokens[k].norm, self.scan.labels[k]
        rest = norm[1:]
        return (
            norm[:1] == "ل" and rest not in GIVEN_NAMES and label == "O" and sure >= 0.99
            and (verb_shaped(rest) or len(rest) == 3 and rest[0] in "يت" and rest[1] not in "اوي")
        )  # fmt: skip

    def _bin_abi(self, k: int) -> bool:
        """بن at token k, then أبي (أبو in the genitive) and a name's word."""
        abi, name = self.token(k + 1), self.token(k + 2)
        return (
            abi is not None and abi.norm == "ابي" and name is not None
            and self.name_word(name, article=False, ta=True)
        )  # fmt: skip

    def _keeper_of(self, k: int) -> bool:
        """أمين at token k is "keeper of" (أمين مكتبة، أمين سر، أمين عام): a bare noun in
        ة or one of the offices follows it."""
        nxt = self.token(k + 1)
        return nxt is not None and nxt.arabic and not nxt.has_article and (
            nxt.norm.endswith("ة") and nxt.norm not in GIVEN_NAMES or nxt.norm in ("سر", "عام")
        )  # fmt: skip

    def _name_ends_after(self, k: int) -> bool:
        """Nothing of a name follows token k: a mark, a function word or a verb."""
        nxt = self.token(k + 1)
        return nxt is None or nxt.is_punct or nxt.norm in HARD_STOPS or bool(
            cue_of(nxt, VERBS | STOPWORDS))  # fmt: skip

    def _family_in_ba_before_role(self, k: int) -> bool:
        """`فوزي برهوم المتحدث باسم`: a family name whose ب (or ل) and the rest spell a
        preposition and a plural (بـرهوم as بحلول), right before the role that follows a
        name: the role says the name ran to it."""
        token, nxt = self.tokens[k], self.token(k + 1)
        return (
            token.norm[:1] in "لب" and plural_of_things(token.norm[1:])
            and is_name_word(token) and nxt is not None and nxt.has_article
            and bool(cue_of(nxt, ROLES))
        )  # fmt: skip

    def construct_with_a_deed(self, b: int) -> bool:
        """Token b is a bare noun in construct with a definite verbal noun (`سلطات
        الاحتلال`, `تنفيذ القرار` is not: القرار is no verbal noun): a phrase of common
        nouns, the object after a name, never its family name (which follows bare words
        as a nisba or a name, not as what is done)."""
        token, nxt = self.tokens[b], self.token(b + 1)
        return (
            nxt is not None and token.arabic and not token.has_article
            and token.norm not in GIVEN_NAMES and nxt.has_article
            and is_verbal_noun(nxt.norm[2:]) and nxt.norm[2:] not in GIVEN_NAMES
        )  # fmt: skip

    def before_patronymic(self, k: int) -> bool:
        """Token k is a bare word right before أوغلو/أوغلي, the name that patronymic ends."""
        tok, nxt = self.token(k), self.token(k + 1)
        return (
            tok is not None and tok.arabic and not tok.is_punct and not tok.has_article
            and nxt is not None and nxt.norm in PATRONYMIC
        )  # fmt: skip

    def verbal_noun_of_doing(self, k: int) -> bool:
        """بسحب، بقرار، بتعزيز: ب and a verbal noun (فعل of three strong letters, فعال, or
        a derived form's), then a function word, a number or a definite noun: "by doing"
        what follows, after a name. A foreign name in ب has its long vowels (بيرتون)."""
        tok, nxt = self.token(k), self.token(k + 1)
        if tok is None or tok.norm[:1] != "ب" or tok.norm in GIVEN_NAMES or tok.norm[-1] == "ة":
            return False  # (بمحافظة الجوف: a place's head; a noun in ة ends a name anyway)
        stem = tok.norm[1:]
        if not (
            len(stem) == 3 and not any(letter in "اويءةى" for letter in stem)
            or len(stem) == 4 and stem[2] == "ا" and not any(c in "ويءةى" for c in stem)
            or is_verbal_noun(stem)
        ):  # fmt: skip
            return False
        return nxt is not None and (
            nxt.has_article and nxt.norm not in NAME_COMPOUNDS
            or bool(cue_of(nxt, STOPWORDS)) or nxt.text[:1].isdigit()
        )  # fmt: skip

    @staticmethod
    def _verbal_noun_of_his(norm: str) -> bool:
        """بمنحه، لتعيينه: ب or ل, a verbal noun (فعل of three strong letters, or of a
        derived form) and the pronoun ه: "by/for granting him", what is done to the
        person, never a name's word (a family name so spelt has a long vowel: بلوله)."""
        if norm[:1] not in "بل" or not norm.endswith("ه"):
            return False
        stem = norm[1:-1]
        return (len(stem) == 3 and not any(letter in "اويءة" for letter in stem)) or is_verbal_noun(
            stem
        )

    def _deed_of_his(self, k: int) -> bool:
        """Token k is a verbal noun and "his" (دخوله، خروجه of فعول; إعلانه) the name
        model is sure is no name's word: what the person did, after his name."""
        token, (label, sure) = self.tokens[k], self.scan.labels[k]
        stem = token.norm[:-1]
        return (
            token.norm.endswith("ه") and token.norm not in GIVEN_NAMES and not token.has_article
            and (len(stem) == 4 and stem[2] == "و" and stem[0] not in "بل"  # (بلوله: a name)
                 or len(stem) >= 4 and is_verbal_noun(stem))
            and label == "O" and sure >= 0.99
        )  # fmt: skip

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
            and self.name_word(tok, article=True, ta=False)
            and not self.common(tok) and tok.norm not in PLACES
            and tok.norm not in ENDS_A_BODY and tok.norm not in NAME_COMPOUNDS
            and not cue_of(tok, ROLES | HONORIFICS | VERBS | HEAD_WORDS)
            and after is not None  # what follows shows the name ended (not an object)
            and (after.text in "،,:" or after.norm in ("ان", "إن")
                 or bool(cue_of(after, SAYING | ROLES)))
        )  # fmt: skip

    def _plural_in_at(self, k: int) -> bool:
        """Token k is a bare plural in ات (مشتريات، مبيعات) in construct with a definite
        noun or written with the article elsewhere, and the name model reads no name in
        it ("إجمالي مشتريات المحافظ"); a family name in ات (عريقات) is followed by a bare
        word or a mark, a given name (جايانات) the model knows."""
        token, nxt = self.tokens[k], self.token(k + 1)
        return (
            not token.has_article and len(token.norm) >= 6 and token.norm.endswith("ات")
            and token.norm not in GIVEN_NAMES and not self.scan.labels[k][0].endswith("PER")
            and (nxt is not None and nxt.has_article or self.common(token))
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
            and (self.name_word(self.tokens[c - 2], article=False, ta=True))
        )  # عطا الله، نور الدين
        if last is None or self._plural_in_at(c - 1) or not (
            self.name_word(last, article=True, ta=True) or compound_last
            or after_compound and last.arabic and last.norm not in HARD_STOPS
            and (not last.has_article or self.name_word(last, article=True, ta=True))
            and not cue_of(last, ROLES | VERBS)  # "غازي صلاح الدين مستشار الرئيس"
        ):  # fmt: skip
            return None  # ("نصر الله بالانسحاب": no family name after the compound)
        family_in_ta = (
            c >= 2 and last.norm.endswith("ة") and not last.norm.endswith("ية")
            and self.tokens[c - 2].norm in GIVEN_NAMES and not self.tokens[c - 2].has_article
        )  # fmt: skip  # "يوسف العتيبة", "خليل الحية": after a given name, a family in ة
        if (
            last.has_article and last.norm.endswith(("ة", "ات")) and not compound_last
            and not family_in_ta
        ):  # fmt: skip
            return None  # "بلسان القضية", "ملف المفاوضات": a noun in ة or ات, no family
        if (
            not last.has_article and last.norm not in GIVEN_NAMES and is_verbal_noun(last.norm)
            and self.scan.labels[c - 1][0] == "O" and self.scan.labels[c - 1][1] >= 0.99
        ):  # fmt: skip
            return None  # "وأدى قرار استبعاد الكاتبة X": a verbal noun (what was done) the
            # model is sure of ends no name; the role after it leads the next name
        if (
            not last.has_article and len(last.norm) > 4 and last.norm not in GIVEN_NAMES
            and (PRONOUN_SUFFIX.search(last.norm) or last.norm.endswith("ه") and (
                self.scan.corpus.count(last.norm[:-1]) + self.scan.corpus.count(
                    "ال" + last.norm[:-1]) > 0 or last.norm[:-1] in PLACE_NOUNS))
            and self.scan.labels[c - 1][0] == "O"
            and self.scan.labels[c - 1][1] >= 0.99
        ):  # fmt: skip
            return None  # "أكد السفير التركي حرص بلاده": a noun and "his" (its noun the
            # text writes bare, or a word for a country), never a name's last word
        if (
            last.has_article and last.norm.startswith("وال") and last.norm not in GIVEN_NAMES
            and self.scan.labels[c - 1][0] == "O" and self.scan.labels[c - 1][1] >= 0.99
        ):  # fmt: skip
            return None  # "الأوفر حظا والمدعوم": "and the ...", never a family name (the
            # model knows والتر، والاس)
        if last.has_article and last.norm not in NAME_COMPOUNDS:
            start, words = c - 1, 1
        elif after_compound:
            start, words = c - 1, 1  # أنور الحق آحدي: the word after a compound
        while start > 0:
            tok = self.tokens[start - 1]
            if and_a_given_name(tok.norm) and start < c and words < MAX_NAME_WORDS:
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
            if (
                not self.name_word(tok, article=False, ta=True)
                or (self.common(tok) and tok.norm not in GIVEN_NAMES)
                or self._plural_in_at(start - 1)
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
                and not (
                    tok.norm[:1] == "ف" and self.scan.labels[start - 2][0].endswith(("ORG", "LOC"))
                )  # "مندوب روسيا لدى الأمم المتحدة فيتالي X": after a body's or a place's
                # name the model reads, a word in ف begins the person's name
                and not self._and_begins_a_modelled_name(start - 1)
            ):
                break  # "بلون بارز وبهيكل خارجي": "and" joins phrases, not a name's words
            if (
                start < c
                and self.tokens[start].norm in GIVEN_NAMES
                and tok.norm not in GIVEN_NAMES
                and start >= 2
                and self.tokens[start - 2].norm in HARD_STOPS
            ):
                break  # "في حضور علي ميحد السويدي": the preposition's noun, then the name
            if past_verb_of_form_v(tok.norm):
                break  # "تعهد X Y المرشح ...": the verb, then its subject
            if (
                start < c and self.name_begins(start) and not tok.has_article
                and tok.norm.endswith("ة") and tok.norm not in GIVEN_NAMES
            ):  # fmt: skip
                break  # "قبول استقالة X Y، نائب": a noun in ة before a given name is the
                # phrase the name is the genitive of
            if words == MAX_NAME_WORDS:
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
        if c - start >= 2 and self._verb_the_model_knows(start):
            start += 1  # "حدد X Y، مدرب ...", "كما شغلت منصب مدير": the verb first
        elif c - start >= 3 and self.verb_opens_a_sentence(start):
            start += 1  # "من جانبه، حرص X Y المدير الفني": the verb, then its subject
        elif c - start >= 3 and self.model_begins_after(start):
            start += 1  # "توج X Y، لاعب", "خروج X Y، لاعب": the model begins him after it
        if (
            0 < start < c
            and self.tokens[start].norm in ON_BEHALF
            and cue_of(self.tokens[start - 1], ROLES)
        ):
            start += 1  # "الناطق باسم القسام"
        if (
            0 < start < c and self.tokens[start].norm == "الله"
            and (first := self.tokens[start - 1]).arabic and not first.has_article
            and first.norm not in NAME_LINKS and not cue_of(first, ROLES | STOPWORDS)
            and first.norm not in _OF_GOD
        ):  # fmt: skip
            start -= 1  # "حكمت الله أصفي": no name begins with الله; its compound's first
            # word (حكمت، نصر، عطا) is the name's, whatever its shape
        if start >= c or self.tokens[start].has_article and start + 1 >= c:
            return None  # an article word alone is not a name
        if (
            c - start >= 2
            and all(t.norm.endswith("ا") for t in self.tokens[c - 2 : c])
            and (self.tokens[c - 1].norm not in GIVEN_NAMES)
        ):
            return None  # "أمرا صعبا": a noun and its adjective in the accusative, no name
        return start
