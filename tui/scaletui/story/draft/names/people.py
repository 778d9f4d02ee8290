"""People by their titles, roles, speech and appositions (`People`)."""

from __future__ import annotations

from ..lexicon import (
    APPOINTMENT,
    ATTRIBUTION,
    EVENT_HEADS,
    GIVEN_NAMES,
    HONORIFICS,
    NAME_COMPOUNDS,
    NAME_LINKS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    PLACES,
    ROLES,
    SAYING,
    SECTORS,
    SPEECH_VERBS,
    STOPWORDS,
    TITLE_LETTERS,
    VERBS,
    WEEKDAYS,
    word_set,
)
from ..tokens import Token, cue_of, is_name_word
from .chains import PLACE_OPENERS, NameChains
from .roles import Roles
from .scan import Cues, Scan
from .words import (
    ARTICLE_GIVEN_NAMES,
    CIRCUMSTANCES,
    COPULAS,
    COUNTERPART,
    EVERYDAY_NAMES,
    HIS_SAYING,
    KIN,
    KIN_OF_TWO,
    MAX_NAME_WORDS,
    MAX_ROLE_TOKENS,
    NAMED_PLACES,
    NICKNAMING,
    NOUN_NAMES,
    OPENING,
    PATRONYMIC,
    PRESENT_SPEECH,
    PRONOUN_SUFFIX,
    ROLE_ENDS,
    ROLE_PREPOSITIONS,
    ROLE_TAILS,
    ROLE_TIMES,
    SAID_IT,
    TANWEEN,
    accusative_participle,
    and_a_given_name,
    bare_past_verb,
    broken_plural,
    derived_past_verb,
    is_verbal_noun,
    nationality,
    past_verb_of_form_v,
    verb_shaped,
)

# Who a person is, before the name, with no office: "فالتاجر الصيني X", "الحاخام المتطرف
# X", "المواطن X". They lead a name the model reads, as a role does; they are no one's
# role after a name.
_PERSON_NOUNS = word_set(
    "المواطن المواطنة التاجر التاجرة الشاب الشابة الطفل الطفلة الفتى الفتاة السيدة "
    "الحاخام القس الكاهن المطران الطالب الطالبة الناشط الناشطة المتهم المتهمة اللاعب "
    "اللاعبة الفنان الفنانة الشاعر الشاعرة الروائي الروائية الصحفي الصحفية المصور "
    "مرشدها مرشده زعيمها زعيمه رئيسها رئيسه "
    "المبعوث المبعوثة المهاجم المدافع الحارس العداء العداءة السائق الممرض الممرضة "
    "المحامي المحامية "
    "الملياردير المليارديرة المستثمر المستثمرة المغني المغنية المطرب المطربة "
    "الفيلسوف الفيلسوفة المفكر المفكرة الأديب الأديبة المؤرخ المؤرخة الموسيقار "
    "الملحن الملحنة الرسام الرسامة النحات المدون الطاهي الداعية "
    "الثائر الثائرة المناضل المناضلة المقاتل المقاتلة "
    "البرلماني البرلمانية الأكاديمي الأكاديمية الكاتب الكاتبة الناقد الناقدة "
    # "رجل الأعمال الهندي X", "سيدة الأعمال X": in construct with what they do
    "رجل سيدة"
)

# Whom a speaker told it, right after his name: "وقال X Y للصحفيين", "لوكالة الأنباء".
_TOLD = word_set(
    "للصحفيين للصحافيين للصحافة لوسائل لوكالة لصحيفة لقناة لتلفزيون لاذاعة لموقع لمجلة"
)

# What صاحب is a title with: صاحب السمو، صاحب الجلالة، صاحب المعالي.
_HIGHNESS = word_set("السمو الجلالة المعالي الفخامة السعادة")

# What a military rank holds after it, before the name: "اللواء الركن طيار X" (staff,
# pilot), "العميد البحري X", "العقيد دكتور X". Part of the title, never of the name.
_RANK_QUALIFIERS = word_set("الركن ركن طيار الطيار بحري البحري دكتور مهندس أول")

# Places named for a person or a saint, and where they lie: "حي الشيخ X", "قرية النبي
# X", "جنوب الشيخ X" (a town), "مدينتي X والشيخ Y" (the dual of مدينة).
_AREAS = word_set("حي قرية بلدة منطقة مخيم ضاحية مدينتي جنوب شمال شرق غرب جنوبي شمالي شرقي غربي")

# A member of parliament "for" a bloc or a place: "النائب عن ائتلاف دولة القانون X".
_MEMBERS = word_set("النائب نائب النائبة نائبة")

# Given names that are role nouns too (مساعد "assistant", أمين "secretary"): alone
# before a role they are in construct with it.
_ROLES_AS_NAMES = word_set("مساعد مساعدة أمين")

# A titled person's standing, between the title and the name: "اللواء المتقاعد X".
_STANDING = word_set("المتقاعد المتقاعدة الراحل الراحلة")

# A share, or shares, of a listed company: "سهم X", "أسهم X" name the company.
_SHARES = word_set("سهم أسهم لسهم لأسهم بسهم")

# Heads that take a person's name with what they are for: "برنامج الشيخ X للإسكان".
_NAMED_FOR = word_set("برنامج مشروع مبادرة صندوق")

# What an age is said with: "عن عمر ناهز/يناهز 80 عاماً" (at the age of about).
_AGE_VERBS = word_set("ناهز يناهز قارب يقارب بلغ يبلغ تجاوز يتجاوز")

# "For his part", "in his turn": after a speaker's name ("وقال X من جانبه إن").
_TURNS = word_set("بدوره بدورها جانبه جانبها جهته جهتها ناحيته ناحيتها")

# What a person says something in: "وقال X Y في بيان/تصريح/تغريدة".
_STATEMENTS = word_set(
    "بيان تصريح تصريحات حديث كلمة مقابلة لقاء رسالة تسجيل تغريدة منشور خطاب مؤتمر "
    "مقال مقالة مدونة تدوينة"  # what a writer wrote it in (كتب X في مقاله)
)

# Where a person writes what he says: "كتب X Y على حسابه/منصة/صفحته".
_PLATFORMS = word_set("منصة حساب حسابه حسابها صفحة صفحته صفحتها")

# Titles that are also common nouns: الفريق (the team), العميد (the dean), الرائد (the
# pioneer), المقدم (the presenter), النقيب (the syndicate's head), اللواء (the brigade),
# سعادة (happiness). After one, a name is two words or a known given name.
_COMMON_TITLES = word_set("الفريق العميد الرائد المقدم النقيب اللواء سعادة")

# What أمين is a role with: "أمين سر", "أمين عام", "أمين صندوق".
_SECRETARY_OF = word_set("سر عام صندوق")

# Roles in the plural, which lead the names of their holders: "وزراء خارجية الدول".
_ROLES_OF_MANY = word_set(
    "وزراء الوزراء رؤساء الرؤساء قادة القادة زعماء الزعماء سفراء السفراء حكام الحكام "
    "أعضاء الأعضاء أمراء الأمراء ملوك الملوك شيوخ الشيوخ"
)

_OUTSIDE = 0.99  # the model's confidence that a word after a name is no name's

_SURE = 0.9  # the model's confidence that lets a name's word look like a function word


class People(Cues):
    """People: a title or rank before the name (`صاحب السمو الشيخ`, `اللواء`), a speech
    verb before or after it, a role before it (`الرئيس الأمريكي X`) or after it (the
    apposition, kept as the role), an attribution, an age in brackets, a member of a body;
    blessings (`رعاه الله`) are never names."""

    def __init__(self, scan: Scan, chains: NameChains, roles: Roles) -> None:
        super().__init__(scan)
        self.chains, self.roles = chains, roles
        self.bounded: list[tuple[int, int]] = []  # names a role and the model bounded
        self.bounded_roles: list[int] = []  # where the roles that lead them start

    def speakers_after(self) -> None:
        """`لكن عبد القادر عراضة أشار ...`: a name of two words or more, then a speech
        verb (the subject before its verb), after a boundary."""
        for b, token in enumerate(self.tokens):
            if b == 0 or not cue_of(token, SPEECH_VERBS) or token.norm[:1] in "وف":
                continue
            start = self.chains.name_backward(b)
            if start is None or any(k in self.quoted for k in range(start, b)):
                continue
            words = sum(1 for t in self.tokens[start:b] if t.norm not in NAME_LINKS)
            before = self.token(start - 1)
            strip = self.scan.strip_and(start)
            if (
                words >= 2
                and not self.tokens[b - 1].has_article
                and (before is None or before.is_punct or strip or cue_of(before, STOPWORDS))
            ):
                self.scan.person(start, b, "a speaker before the verb: `X أشار`", 2, strip)

    def people(self) -> None:
        for i, token in enumerate(self.tokens):
            if i in self.quoted:
                continue
            if cue_of(token, SPEECH_VERBS | PRESENT_SPEECH):
                self._speaker(i + 1)
            elif cue_of(token, ATTRIBUTION):
                self._attributed(i + 1)
            elif self._is_title(i) and not (i > 0 and self._is_title(i - 1)):
                self._titled(i)
            elif cue_of(token, APPOINTMENT):
                end = self.chains.name_forward(i + 1)
                after = self.token(end)
                if (
                    end > i + 1
                    and after is not None
                    and (after.norm == "في" or cue_of(after, ROLES) or after.text in "،,")
                ):
                    self.scan.person(i + 1, end, f"an appointment: `{token.text} X`",
                                     role=self.roles.role_after(end))  # fmt: skip
            elif self._compound_then_bin(i):
                end = self.chains.name_forward(i - 1, strong=True)
                if end > i + 2:  # "نظام زين العابدين بن علي": a compound given name, بن
                    self.scan.person(i - 1, end, "a compound given name and `بن`", 2,
                                     role=self.roles.role_after(end))  # fmt: skip
            elif token.norm == "من" and i > 0 and self.tokens[i - 1].norm in ("كل", "كلا"):
                self._each_of(i + 1 + self.is_punct(i + 1, ":"))  # (كلاً من: accusative)
            elif token.norm == "من" and self._body_follows(i + 1):
                self._member_before(i)
            elif cue_of(token, KIN):  # "وزوجته X Y", "لسلفه X Y": with a clitic too
                end = self.chains.name_forward(i + 1)
                if end - (i + 1) >= 2 or end > i + 1 and (
                    self.tokens[i + 1].norm in GIVEN_NAMES or self._kin_name_alone(i + 1)
                ):  # fmt: skip
                    self.scan.person(i + 1, end, f"a relative: `{token.text} X`", 2,
                                     role=self.roles.role_after(end))  # fmt: skip
            elif (token.norm in GIVEN_NAMES or (
                token.norm[:1] in "وفلب" and token.norm[1:] in GIVEN_NAMES
            )) and not (i > 0 and self.tokens[i - 1].norm in NAME_LINKS):  # fmt: skip
                # ("لمحمد X", "بخالد X": a preposition glued to the given name)
                # (after بن/آل/أبو the chain's own start reads the name: "بن زايد")
                if (
                    self._aged_at(i) or self._secretary_at(i) or self._inside_a_name(i)
                    or self._noun_in_construct(i) or i > 0 and self.chains.playing_position(i - 1)
                ):  # fmt: skip
                    continue  # ("ظهير أيمن X": the side of a position, not Ayman)
                strip = 0 if token.norm in GIVEN_NAMES else 1  # "ومارك": the و is "and"
                if strip and token.norm[:1] == "ف" and not self.scan.labels[i][0].endswith(
                    "PER"
                ):  # fmt: skip
                    continue  # "فمها" is "her mouth", not ف and مها: "and so" is rare
                    # before a name, so only where the model reads one
                if strip and token.norm[:1] in "لب" and (
                    not self._family_after(i) or i > 0 and self.tokens[i - 1].norm in NICKNAMING
                ):  # fmt: skip
                    continue  # "لسلطان": "for a sultan" unless a family name follows;
                    # "الملقب بعلي X": a nickname of the person just named
                end = (
                    self.roles.strip_name(i)
                    if strip
                    else self.chains.name_forward(i, first_ta=True)
                )
                end = self._object_after_name(i, end)
                if end >= i + 2 and (self._no_name_pair(i) or self._preposition_ala(i)):
                    continue
                if any(self.tokens[k].norm in SECTORS for k in range(i + 1, end)):
                    continue  # "أسهم دانة غاز": a company named with its sector, not a person
                if end > i + 1 and not self._named_for(i, end):
                    self.scan.person(i, end, "a common given name", 2, strip,
                                     role=self.roles.role_after(end))  # fmt: skip
        self._appositions()
        self._aged()
        self._quoted_saying()
        # Last, a role before a name: the roles read after names are taken by then
        # ("... نائب رئيس مجلس الإدارة والعضو المنتدب" is one person's).
        leads = [
            i for i, token in enumerate(self.tokens)
            if i not in self.quoted and cue_of(token, ROLES) and not cue_of(token, VERBS)
        ]  # fmt: skip
        others = (
            i for i, t in enumerate(self.tokens)
            if cue_of(t, COUNTERPART | _PERSON_NOUNS)  # "فالتاجر": "for the trader"
            or self._role_of_his(i)  # "ومعه مستشاره X Y": his adviser
        )  # fmt: skip
        for i in sorted({*leads, *others}):
            self._role_then_modelled_name(i)
        for i in leads:
            self._role_lead(i)
        self._nationals_of_a_role()
        self._holders_of_a_role_of_many()
        self._article_given_names()
        self._named_after_they_are()
        self._two_kin_before()
        for i in leads:
            self._role_then_surname(i)
        self._byline()
        self._keep_bounded_names()

    def _elative(self, k: int) -> bool:
        """Token k is an elative (أفعل: أعظم، أفضل، أكبر، أشهر), no given name and no name
        the model reads: "the greatest ...", what the person is, before a role noun."""
        token, (label, sure) = self.tokens[k], self.scan.labels[k]
        norm = token.norm
        return (
            len(norm) == 4 and norm[0] == "ا" and norm[1] not in "اوي" and norm[2] not in "اوي"
            and norm not in GIVEN_NAMES and label == "O" and sure >= _OUTSIDE
        )  # fmt: skip

    def _kin_name_alone(self, k: int) -> bool:
        """`وقال شقيقه سعيد إن`: one bare name word after kin, then what was said or a
        mark (a comma, a colon, an age in brackets): his name alone, not an adjective."""
        token, after = self.tokens[k], self.token(k + 1)
        return (
            after is not None and not token.has_article and not self.common(token)
            and (self._said_after(k + 1) or after.text in "،,:(")
            and not cue_of(token, VERBS | STOPWORDS | ROLES) and token.norm not in PLACES
            and not TANWEEN.search(token.text) and not token.norm.endswith(("ا", "ه", "ها"))
            and token.norm[:1] != "و"  # "والده وأمه،": "and his mother", kin too
        )  # fmt: skip

    def _compound_then_bin(self, i: int) -> bool:
        """Token i ends a compound given name (زين العابدين، نور الدين: a bare word and
        one of the compounds' words with the article) and بن or ابن follows: the chain of
        an Arabic name, whatever its first word (not الله: بسم الله، حزب الله)."""
        token, before, after = self.tokens[i], self.token(i - 1), self.token(i + 1)
        return (
            token.norm in NAME_COMPOUNDS and token.norm != "الله"
            and before is not None and before.arabic and not before.has_article
            and before.norm not in NAME_LINKS and after is not None
            and after.norm in ("بن", "ابن")
            and self.chains.name_word(before, article=False, ta=False)
        )  # fmt: skip

    def _quoted_saying(self) -> None:
        """`ونقلت الصحيفة عن X Y قوله إن`: "his saying" right after a name of two words or
        more says a person spoke; the name ends before it (after عن, or a role before it)."""
        for c, token in enumerate(self.tokens):
            if token.norm not in HIS_SAYING or c < 2:
                continue
            start = self.chains.name_backward(c)
            if start is None or any(k in self.quoted for k in range(start, c)):
                continue
            words = sum(1 for t in self.tokens[start:c] if t.norm not in NAME_LINKS)
            before = self.token(start - 1)
            if words >= 2 and (
                before is None or before.is_punct or cue_of(before, STOPWORDS | ROLES)
                or before.norm.startswith("ال")  # "والد X قوله": his father's saying
            ):  # fmt: skip
                self.scan.person(start, c, "his saying: `عن X قوله`", 3,
                                 self.scan.strip_and(start))  # fmt: skip

    def _family_after(self, i: int) -> bool:
        """A family name with the article (or another given name, or a bare one the name
        model reads as the name's) right after token i: `لمحمد الحمادي`, `بخالد سالم`."""
        nxt = self.token(i + 1)
        return nxt is not None and nxt.arabic and (
            nxt.norm in GIVEN_NAMES
            or nxt.norm.startswith("ال") and self.chains.name_word(nxt, article=True, ta=False)
            and not self.common(nxt) and nxt.norm not in PLACES
            or self.scan.labels[i + 1][0] == "I-PER"  # "لماريا فرنانديز": a foreign one
            and self.chains.name_word(nxt, article=False, ta=False) and not self.common(nxt)
        )  # fmt: skip

    def _verb_opens(self, k: int) -> bool:
        """Token k opens a sentence with "and" glued to it, and the name model is sure it
        is no name's while a name starts right after it: the verb (وأقال), its subject
        next, as Arabic news orders them."""
        labels, before = self.scan.labels, self.token(k - 1)
        rest = self.tokens[k].norm[1:]
        present = len(rest) == 3 and rest[0] in "يت" and rest[1] not in "اوي"  # يعد، تظل
        return (
            (before is None or before.is_punct)
            and rest not in GIVEN_NAMES
            and labels[k][0] == "O" and labels[k][1] >= 0.99
            and (labels[k + 1][0] == "B-PER" and labels[k + 1][1] >= 0.9 or present)
        )  # fmt: skip  # ("ويعد X Y المرشد الأعلى": a present verb's shape says it too)

    def _no_name_pair(self, i: int) -> bool:
        """`ويقول منصور دخلت`, `ويصمت منصور قليلا`: a given name, then a word of a past
        verb's shape with its suffixed ت (فعلت: "I entered", "she entered") or of an
        adverb's in the accusative (فعيلا: قليلا، كثيرا، طويلا), where the name model is
        sure neither word is a name's: the given name is a surname alone (the person named
        in full earlier) and the word is what he did or how, not a second name. (Names
        of the shape فعلت, مدحت and رفعت, are given names, which the model knows.)"""
        labels = self.scan.labels
        norm = self.tokens[i + 1].norm
        shaped = (
            len(norm) == 4 and norm.endswith("ت")
            or len(norm) == 5 and norm[2] == "ي" and norm.endswith("ا")
        )  # fmt: skip
        return (
            shaped and norm not in GIVEN_NAMES
            and self.scan.corpus.count(self.tokens[i].norm) >= 2  # named earlier too
            and all(labels[k][0] == "O" and labels[k][1] >= 0.99 for k in (i, i + 1))
        )  # fmt: skip

    def _preposition_ala(self, i: int) -> bool:
        """`علي مر التاريخ`: على spelt with ي (as many Arabic writers type it), then a word
        of two letters that is no name's (a name's words are longer, but for its links):
        the preposition and its noun, not the name Ali."""
        token, nxt = self.tokens[i], self.token(i + 1)
        return (
            token.norm == "علي" and nxt is not None and len(nxt.norm) <= 2
            and nxt.norm not in NAME_LINKS and nxt.norm not in GIVEN_NAMES
        )  # fmt: skip

    def _inside_a_name(self, i: int) -> bool:
        """`أحمد سالم سيقابل`: a given name that a person's name read before it already holds
        is that name's father's or family name, not where another name begins."""
        start = self.tokens[i].start
        return any(m.kind == "person" and m.start < start < m.end for m in self.scan.mentions)

    def _object_after_name(self, i: int, end: int) -> int:
        """`وقاد الحكم X Y Z اللقاء`: a definite word after three bare name words that the
        name model is sure is no name's (it reads the three as one name) is the verb's
        object, not a family name: the name ends before it."""
        last, labels = self.tokens[end - 1], self.scan.labels
        first = i  # where the model's name starts (it may start before this cue's word)
        while first > 0 and labels[first][0] == "I-PER":
            first -= 1
        if end - first < 4 or not last.has_article or labels[first][0] != "B-PER":
            return end
        bare = self.tokens[first : end - 1]
        if any(t.has_article or t.norm in NAME_LINKS or t.norm in NAME_COMPOUNDS for t in bare):
            return end
        if all(labels[k][0] == "I-PER" for k in range(first + 1, end - 1)) and (
            labels[end - 1][0] == "O" and labels[end - 1][1] >= 0.99
        ):
            return end - 1
        return end

    def _secretary_at(self, i: int) -> bool:
        """`أمين سر اللجنة`, `أمين عام الاتحاد`: أمين is the role "secretary" there."""
        after = self.token(i + 1)
        return (
            bool(cue_of(self.tokens[i], ROLES)) and after is not None
            and after.norm in _SECRETARY_OF
        )  # fmt: skip

    def _noun_in_construct(self, i: int) -> bool:
        """`سلامة المجال الجوي`, `وفاء بوعد`, `عمر الزهور`: a given name that is an everyday
        noun too (safety, keeping, age), in construct with a definite noun that is no
        family nisba (one ends in ي) or with ب and a noun: the noun, where the name model
        reads no person."""
        nxt, norm = self.token(i + 1), self.tokens[i].norm
        if norm[:1] in "وفلب" and norm not in GIVEN_NAMES:
            norm = norm[1:]  # "بوفاء المثل", "وسلامة": a proclitic on the noun
        if nxt is None or norm not in NOUN_NAMES | EVERYDAY_NAMES:
            return False
        if self.scan.labels[i][0] == "B-PER":
            return False
        bare = nxt.arabic and not nxt.has_article and nxt.norm not in GIVEN_NAMES
        after = self.token(i + 2)
        sure_no_name = self.scan.labels[i + 1][0] == "O" and self.scan.labels[i + 1][1] >= 0.99
        return (
            nxt.has_article and not nxt.norm.endswith(("ي", "ية")) and sure_no_name
            and nxt.norm not in NAME_COMPOUNDS  # (سيف الدين is a compound name)
            or bare and nxt.norm[:1] == "ب"
            or bare and after is not None and after.has_article  # "سلامة مرور السفن"
            and self.scan.labels[i + 1][0] == "O"
            or bare and len(nxt.norm) >= 4 and nxt.norm.endswith("ي")  # "جمال طبيعي"
            and self.scan.labels[i + 1][0] == "O"
        )  # fmt: skip

    def _aged_at(self, i: int) -> bool:
        """`عن عمر ناهز 80 عاماً`, `عن عمر 75 عاماً`: عمر is "age" there, not Omar."""
        before, after = self.token(i - 1), self.token(i + 1)
        return (
            self.tokens[i].norm == "عمر" and before is not None and before.norm == "عن"
            and after is not None and (after.text.isdigit() or after.norm in _AGE_VERBS)
        )  # fmt: skip

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
            if c >= 2 and self._title_as_family(c - 1):
                start = c - 1  # "حذيفة السيد (22 عاماً)": السيد is his family name there
            while c - start < MAX_NAME_WORDS and start > 0 and (
                (tok := self.tokens[start - 1]).norm in NAME_LINKS
                or self.chains.name_word(tok, article=start == c, ta=True)
                and not cue_of(tok, STOPWORDS | VERBS | ROLES | HONORIFICS)
                and tok.norm not in PLACES and not self.common(tok) and not tok.is_punct
            ):  # fmt: skip
                start -= 1
            while start < c and self.tokens[start].norm in NAME_LINKS - {"عبد", "ابو"}:
                start += 1
            if any(k in self.quoted for k in range(start, c)):
                continue
            if c - start >= 2 and self._verb_before_subject(start):
                start += 1  # "وقف سعيد (46 عاماً)": the verb, then its subject
            strip = self.scan.strip_and(start)
            words = sum(1 for t in self.tokens[start:c] if t.norm not in NAME_LINKS)
            alone = self.tokens[start]  # one word: a given name the age vouches for
            if words >= 2 or words == 1 and c - start == 1 and (
                alone.norm in GIVEN_NAMES or self.scan.labels[start][0] == "B-PER"
                or start > 0 and bool(cue_of(self.tokens[start - 1], _PERSON_NOUNS))
            ):  # fmt: skip  # ("المواطن X (68 عاماً)": who he is says a person too)
                self.scan.person(start, c, "an age in brackets: `X (45 عاماً)`", 3, strip)

    def _verb_before_subject(self, k: int) -> bool:
        """Token k is a past verb by its shape (وقف، تحدث، اعتبر) that the name model is
        sure is no name's: the verb before its subject, as Arabic orders a sentence."""
        norm, (label, sure) = self.tokens[k].norm, self.scan.labels[k]
        return label == "O" and sure >= _OUTSIDE and norm not in GIVEN_NAMES and (
            bare_past_verb(norm) or past_verb_of_form_v(norm) or derived_past_verb(norm)
        )  # fmt: skip

    def _title_as_family(self, k: int) -> bool:
        """A title with the article right after a given name (`حذيفة السيد`, `محمد
        الشيخ`): a title leads a name and never ends one, so there it is a family name."""
        token, before = self.tokens[k], self.tokens[k - 1]
        return (
            token.has_article and bool(cue_of(token, HONORIFICS))
            and before.norm in GIVEN_NAMES and not before.has_article
        )  # fmt: skip

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
            if tok.norm in ROLE_TIMES:
                k += 1  # "مدربه الألماني الجديد آنذاك X Y": when he held it
                continue
            definite = tok.has_article or tok.norm.startswith("لل")
            construct = (
                k == r + 1
                and not tok.has_article
                and tok.norm not in GIVEN_NAMES
                and tok.norm not in ("عبد", "ابو")  # "الرئيسان عبد الفتاح X": a name's link
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
        if r in self.scan.role_tokens and not any(
            m.role_start == self.tokens[r].start and "،" not in self.text[m.end : m.role_start]
            and "," not in self.text[m.end : m.role_start]
            for m in self.scan.mentions
        ):  # fmt: skip
            return False  # read as the role of a name before it, after a comma
        before = self.token(r - 1)
        if before is not None and (cue_of(before, ROLES) or before.norm in NAME_LINKS):
            return False  # inside a role ("نائب رئيس") or a name ("بن نائب")
        k = self._role_phrase_end(r)
        if k == r + 1 and not self.tokens[r].has_article and not self._role_of_his(r):
            return False  # "رئيس X": a bare role word needs its genitive first (not with
            # "his": مستشاره is definite)
        if k + 1 < len(self.tokens) and self._ayatollah(k):
            k += 2  # "المرشد الأعلى آية الله X Y": the cleric's title, then the name
        start = k
        first = self.token(k)
        if first is None or not first.arabic or first.has_article or first.is_punct:
            return False
        if and_a_given_name(first.norm) or (
            first.norm[:1] in "لب" and first.norm[1:] in GIVEN_NAMES
        ):  # fmt: skip
            return False  # "مدير المرور وراشد الكعبي": "and Rashid", the next of a list;
            # "قدم الوزير الشكر لمحمد X": a preposition, no apposition to the role
        if self._body_of_role(k):
            return False  # "الرئيس التنفيذي لـX": the body the role is at
        if self.chains.split_place(k):
            return False  # "الوزيرة الإماراتية أبو ظبي": the city, not a kunya
        if first.norm == "ابو" and self._kunya_after_role(r, k):
            return True
        label = self.scan.labels[k][0] if k < len(self.scan.labels) else "O"
        if label == "I-PER" and self.scan.labels[k - 1][0].endswith("PER"):
            label = "B-PER"  # "الأكاديمي الإماراتي عبد الخالق X": the model ran the name
            # from the role's first word; the role ends where its definite words do
        if label != "B-PER" and first.norm.startswith("عبد") and k + 1 < len(self.scan.labels):
            k += 1  # "عبدربه منصور هادي": the model starts after a compound's first word
            label = self.scan.labels[k][0]
        if label != "B-PER" and self._given_then_compound(k):
            end = self.chains.name_forward(k, strong=True)
            last = self.tokens[end - 1]
            if end > k + 3 and last.has_article and last.norm.endswith("ة"):
                end -= 1  # "مشاركة الكاتبة X عبد Y المقررة": the adjective of مشاركة
            if end >= k + 3:  # "الكاتبة راندة عبد الفتاح": the model begins at عبد
                lead = (
                    1 if self.tokens[r].norm not in ROLES and self.tokens[r].norm[:1] in "وف" else 0
                )
                self.scan.person(k, end, "a role, a given name and a compound: `الكاتبة X عبد Y`",
                                 3, role=(self.tokens[r].start + lead, self.tokens[k - 1].end))  # fmt: skip
                self.scan.role_tokens.update(range(r, k))
                return True
        if label != "B-PER":
            return self._role_then_name_to_comma(r, start)
        end = k + 1
        while end < len(self.tokens) and self.scan.labels[end][0] == "I-PER":
            if TANWEEN.search(self.tokens[end].text):
                break  # "نظيره X بن Y هاتفياً": a word with tanween is how, no name's
            if self.tokens[end].norm.startswith(("لل", "بال", "كال", "وال")):
                break  # "محمود عباس للبيت الأبيض": a preposition or "and" starts what follows
            if self.tokens[end].norm in PLACES:
                break  # "زار الرئيس X Y الإمارات": the place he visited, no name's word
            end += 1
        nxt = self.token(end)
        if nxt is not None and bare_past_verb(nxt.norm) and (
            self.scan.labels[end][0] == "O" and self.scan.labels[end][1] >= _OUTSIDE
        ):  # fmt: skip
            nxt = None  # "الرئيس X وصل", "هيلاري X قدرت،": a past verb's shape the model
            # is sure is no name's word: what the person did, not taken on
        if end - start == 1 and nxt is not None and self._bare_name_word(nxt):
            end += 1  # "دونالد ترمب المسؤولية": the model's surname it was unsure of
        elif (
            end - start == 2 and nxt is not None
            and (self._bare_name_word(nxt) or self.is_punct(end + 1, "،,")
                 and self._everyday_name_word(nxt))
            and (self.is_punct(end + 1, "،,:") or (said := self.token(end + 1)) is not None
                 and said.norm in ("ان", "إن"))
        ):  # fmt: skip
            end += 1  # "وزير الخارجية الإيراني X Y Z إن": what is said begins at إن, so a
            # bare name word before it is the name's (the model knows X Y, not Z)
        if (
            end < len(self.tokens) and self.tokens[end].norm == "عبد"
            and self.scan.labels[end][0] == "B-PER" and end + 1 < len(self.tokens)
            and self.scan.labels[end + 1][0] == "I-PER"
        ):  # fmt: skip
            end += 2  # "حسين أمير عبد اللهيان": عبد and its word go on the name (a name
            # ends in none: two names side by side need "and" or a comma between them)
        if end - start >= 2 and self.chains.name_word_before_that(end):
            end += 1  # "رئيس كوريا الجنوبية مون جاي إن إن": the first إن is the name's
        if self.chains.before_patronymic(end):
            end += 2  # "نور الدين إحسان أوغلي": a Turkish patronymic ends the name
        elif (tail := self.token(end)) is not None and tail.norm in PATRONYMIC:
            end += 1
        words = self.tokens[start:end]
        if end - start < 2 or any(
            t.is_punct or not t.arabic or cue_of(t, VERBS | ROLES) for t in words
        ):
            return False
        sure = min(self.scan.labels[j][1] for j in range(k, end)) >= _SURE
        if not sure and any(cue_of(t, STOPWORDS) for t in (words[0], words[-1])):
            return False  # "بان كي مون": a name's words may look like function words
        if (
            self._and_after_role(start)
            or self.scan.strip_and(start)
            and self._role_of_the_name_before(r)
        ):
            # "ويضم X الأمين العام للحركة ولوكا بيونق وزير ...": "and" right after the
            # role begins the list's next person; the role before is the last one's
            # (and always so when the role is the apposition of a name right before it)
            self.scan.person(start, end, "the next of a list after a role: `منصبه وX`", 3, 1)
            self.bounded.append((self.tokens[start].start + 1, self.tokens[end - 1].end))
            self.bounded_roles.append(self.tokens[r].start)
            return True
        lead = 1 if self.tokens[r].norm not in ROLES and self.tokens[r].norm[:1] in "وف" else 0
        role_end = start
        while role_end > r + 1 and self._is_title_at(role_end - 1):
            role_end -= 1
        self.scan.person(start, end, "a role before the name, its extent read by the name model",
                         3, role=(self.tokens[r].start + lead,
                                  self.tokens[role_end - 1].end))  # fmt: skip
        self.scan.role_tokens.update(range(r, role_end))
        self.bounded.append((self.tokens[start].start, self.tokens[end - 1].end))
        self.bounded_roles.append(self.tokens[r].start)
        return True

    def _role_of_the_name_before(self, r: int) -> bool:
        """The role at token r follows a person's name read already, with no mark between:
        it is that person's apposition (`X Y وزير الدفاع`), not the lead of a name after it."""
        return r > 0 and r in self.scan.role_tokens or any(
            m.kind == "person" and r > 0 and m.end == self.tokens[r - 1].end
            for m in self.scan.mentions
        )  # fmt: skip

    def _given_then_compound(self, k: int) -> bool:
        """Token k is a bare name word (a given name the model does not know) and the model
        begins a name right after it with عبد or أبو, which goes on a name and never
        begins one after a given name: the name begins at k."""
        token, nxt = self.tokens[k], self.token(k + 1)
        return (
            nxt is not None and nxt.norm in ("عبد", "ابو") and k + 1 < len(self.scan.labels)
            and self.scan.labels[k + 1][0] == "B-PER" and token.arabic and not token.has_article
            and self.chains.name_word(token, article=False, ta=True) and not self.common(token)
            and token.norm not in PLACES and not cue_of(token, VERBS | ROLES | STOPWORDS)
        )  # fmt: skip

    def _and_after_role(self, k: int) -> bool:
        """Token k is the conjunction و glued to a name right after a word: before a
        hamza (وأوياي: no word begins so), a word the text also writes alone, or after a
        role's body (للحركة: the role is whole), "and" joins a list's items (ويليام، وليد
        begin with their own و)."""
        norm = self.tokens[k].norm
        return (
            norm[:1] == "و" and len(norm) > 3 and norm not in GIVEN_NAMES
            and not self.tokens[k].has_article and not cue_of(self.tokens[k], ROLES)
            and norm not in PLACES and k > 0 and not self.tokens[k - 1].is_punct
            and (self.tokens[k].text[1:2] in "أإآ" or self.scan.corpus.count(norm[1:]) > 0
                 or self.tokens[k - 1].norm.startswith("لل"))  # "الأمين العام للحركة ولوكا"
        )  # fmt: skip

    def _kunya_after_role(self, r: int, k: int) -> bool:
        """`الثائر الفلسطيني الكبير أبو درة`: a role, then a kunya (أبو and a name
        word), which names a person whatever follows it; it runs as a name does."""
        end = self.chains.name_forward(k)
        if end < k + 2:
            return False
        lead = 1 if self.tokens[r].norm not in ROLES and self.tokens[r].norm[:1] in "وف" else 0
        self.scan.person(k, end, "a role before a kunya: `الناطق أبو X`", 3,
                         role=(self.tokens[r].start + lead, self.tokens[k - 1].end))  # fmt: skip
        self.scan.role_tokens.update(range(r, k))
        self.bounded.append((self.tokens[k].start, self.tokens[end - 1].end))
        self.bounded_roles.append(self.tokens[r].start)
        return True

    def _role_then_name_to_comma(self, r: int, start: int) -> bool:
        """`الحاخام المتطرف يهودا غليك، ...`: where the model reads no name, two or three
        bare name words between the role and a comma, a verb or إن (what was said) are
        the name (that word ends it)."""
        end = start
        while (
            end - start < 3
            and (tok := self.token(end)) is not None
            and (self._bare_name_word(tok, first=end == start))
        ):
            end += 1
        if end - start >= 2 and self.chains.name_word_before_that(end):
            end += 1  # "الرئيس الكوري الجنوبي مون جاي إن أن": the first إن is the name's
        after = self.token(end)
        if end - start < 2 or after is None or not (
            self.is_punct(end, "،,")
            or cue_of(after, VERBS | SAYING | COPULAS) and not after.has_article
            or after.norm in ("ان", "إن") and self.tokens[start].norm[:1] not in "بل"
        ):  # fmt: skip
            return False  # "فالتاجر الصيني X Y كان ينتظر": a verb ends the name as a comma does
        role_end = start
        while role_end > r + 1 and self._is_title_at(role_end - 1):
            role_end -= 1
        lead = 1 if self.tokens[r].norm not in ROLES and self.tokens[r].norm[:1] in "وف" else 0
        self.scan.person(start, end, "a role before the name and a comma after it", 3,
                         role=(self.tokens[r].start + lead,
                               self.tokens[role_end - 1].end))  # fmt: skip
        self.scan.role_tokens.update(range(r, role_end))
        self.bounded.append((self.tokens[start].start, self.tokens[end - 1].end))
        self.bounded_roles.append(self.tokens[r].start)
        return True

    def _body_of_role(self, k: int) -> bool:
        """Token k has ل glued to it right after a role's word or its tail (`الرئيس
        التنفيذي لـX`): it brings in the body the role is at, not a name (لطيفة, a known
        given name in ل, is one)."""
        token, before = self.tokens[k], self.token(k - 1)
        return (
            before is not None and token.norm[:1] == "ل" and len(token.norm) > 3
            and token.norm not in GIVEN_NAMES
            and (before.norm in ROLE_TAILS or bool(cue_of(before, ROLES)))
        )  # fmt: skip

    def _bare_name_word(self, tok: Token, first: bool = False) -> bool:
        """A word that may be a name's, after its first (`first`: موشيه may end in ه)."""
        return (
            tok.arabic and not tok.is_punct and not tok.has_article
            and is_name_word(tok) and not self.common(tok)
            and not cue_of(tok, VERBS | ROLES | STOPWORDS) and tok.norm not in PLACES
            and tok.norm not in KIN and not PRONOUN_SUFFIX.search(tok.norm)
            and (first or not (len(tok.norm) >= 4 and tok.norm.endswith("ه")))  # نجله: "his"
            and not (tok.norm[:1] in "بل" and is_verbal_noun(tok.norm[1:]))  # بارتكاب: "of
            # committing", the matter after a person noun (المتهم), no name
        )  # fmt: skip

    def _everyday_name_word(self, tok: Token) -> bool:
        """A bare word between a name a role leads and the comma that closes the
        apposition (`رئيس تايوان السابق X Y بيان،`): a transliterated name's last word may
        spell an everyday noun (بيان، مصدر); no verb, role, function word, place, noun in ة,
        word with a pronoun, verbal noun or word in the accusative is one."""
        norm = tok.norm
        return (
            tok.arabic and not tok.is_punct and not tok.has_article and len(norm) >= 2
            and not cue_of(tok, VERBS | ROLES | STOPWORDS | HONORIFICS)
            and norm not in PLACES and norm not in KIN and not norm.endswith(("ة", "ا"))
            and not PRONOUN_SUFFIX.search(norm) and not is_verbal_noun(norm)
            and not verb_shaped(norm)
        )  # fmt: skip

    def _keep_bounded_names(self) -> None:
        """A name a role and the model bounded is the name there: another cue's reading
        of the same words that runs past it ("فلاديمير بوتين نعش") or starts inside it
        is dropped."""
        if not self.bounded:
            return
        self.scan.mentions = [
            m for m in self.scan.mentions
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
        return (
            bool(cue_of(token, HONORIFICS))
            or self._ayatollah(i)
            or (
                token.norm in TITLE_LETTERS
                and self.is_punct(i + 1, ".")
                and token.text not in ("ا",)  # fmt: skip
            )
        )

    def _titles_end(self, i: int) -> int:
        while (tok := self.token(i)) is not None:
            if tok.norm in TITLE_LETTERS and self.is_punct(i + 1, "."):
                i += 2  # "د." with its dot (د is an honorific too: "أ.د. X")
            elif cue_of(tok, HONORIFICS):
                i += 1
            elif self._ayatollah(i):
                i += 2
            elif self._rank_qualifier(i):
                i += 1
            else:
                break
        return i

    def _ayatollah(self, k: int) -> bool:
        """`آية الله X`: a cleric's title of two words ("sign of God"), not a name."""
        nxt = self.token(k + 1)
        return self.tokens[k].norm == "اية" and nxt is not None and nxt.norm == "الله"

    def _rank_qualifier(self, k: int) -> bool:
        """`الركن`, `طيار` after a rank (or after another of them): the rank's, not a name's."""
        return self.tokens[k].norm in _RANK_QUALIFIERS and k > 0 and self._is_title_at(k - 1)

    def _named_for(self, i: int, end: int) -> bool:
        """The name at tokens i..end (its title first, if any) is in the genitive of a
        head that a body or a place is named with: `جائزة الشيخ X`, `مستشفى راشد`,
        `شارع الشيخ زايد`, or `برنامج الشيخ X للإسكان` (a programme, with its purpose).
        It names that body or place there, not a person."""
        k = i - 1
        while k > 0 and self._is_title_at(k):
            k -= 1  # "قاعة الشيخ راشد": the head is before the title
        before = self.token(k)
        if before is None or before.has_article or not before.arabic:
            return False
        if before.norm.removeprefix("و") == "حكومة":
            return False  # "حكومة X Y": the government he leads, no body named for him
        if cue_of(before, ORGANISATION_HEADS) or cue_of(before, NAMED_PLACES | _AREAS):
            return True  # (and "حي الشيخ X", "جنوب الشيخ X": a quarter or a town)
        if before.norm in _SHARES or before.norm.endswith("ات") and (
            before.norm[:-2] + "ة" in ORGANISATION_HEADS
        ):  # fmt: skip
            return True  # "سهم X", "أسهم شركات X": a listed company, not a person
        if before.norm in PLACE_OPENERS:
            return True  # "جبل علي": a place of two words, the second a given name
        if self.tokens[k + 1].norm[:1] == "و" and (
            before.norm in PLACES or self.scan.labels[k][0].endswith("LOC")
        ):  # fmt: skip
            return True  # "مدينتي رفح والشيخ X": a place, "and" the next place
        purpose = self.token(end)
        if purpose is not None and purpose.norm[:1] == "و" and purpose.norm[1:] in PLACE_OPENERS:
            return True  # "في الشيخ X وبيت Y": the first of two places, "and" the next
        return (
            purpose is not None and purpose.norm.startswith("لل")
            and bool(cue_of(before, EVENT_HEADS | _NAMED_FOR))
        )  # fmt: skip

    def _titled(self, i: int) -> None:
        j = self._titles_end(i)
        while (
            j < len(self.tokens) and j - i <= 3 and (
                nationality(self.tokens[j].norm)
                and self.tokens[i].norm not in _COMMON_TITLES  # "الفريق الفرنسي": the team
                or self.tokens[j].norm in _STANDING
            )
        ):  # fmt: skip
            j += 1  # "المهندس الياباني X Y": the title's nationality, then the name
            # ("اللواء المتقاعد X": his standing)
        end = self.chains.name_forward(j, strong=True)
        if self._named_for(i, end):
            return  # "جائزة الشيخ X", "مدينة الشيخ X الطبية": no one named there
        if j < len(self.tokens) and self.tokens[j].norm in _ROLES_OF_MANY:
            return  # "أصحاب السمو حكام الإمارات": the title of many, then their office
        first = self.tokens[j] if j < len(self.tokens) else None
        if (
            first is not None and first.norm[:1] == "و" and len(first.norm) >= 3
            and first.norm not in GIVEN_NAMES
        ):  # fmt: skip
            return  # "الفريق وحب وولاء": a title is followed by its name, never by "and"
        if (
            self.tokens[i].norm in _COMMON_TITLES and first is not None
            and first.norm not in GIVEN_NAMES
            and (end - j < 2 or first.norm.endswith("ة") or is_verbal_noun(first.norm))
        ):  # fmt: skip
            return  # "الفريق جاهز": the team, not a general; a rank's name is two words,
            # its first no noun in ة or verbal noun ("وتولى اللواء قيادة العمليات")
        if first is not None and j == i + 1 and self._predicate_participle(j):
            return  # "وسماحة مسجون في لبنان": the family name سماحة, then what he is
        if end > j:
            self.scan.person(j, end, f"a title: `{self.tokens[i].text} X`",
                             role=self.roles.role_after(end))  # fmt: skip

    def _predicate_participle(self, j: int) -> bool:
        """A participle after a title-like word (مستهدف of مستفعل; مسجون of مفعول, where
        the name model is sure it is no name's: مرزوق and مبروك are names): a predicate
        (what the one named is), so the word before is a name itself, not a title."""
        token = self.tokens[j]
        norm, label = token.norm, self.scan.labels[j]
        if norm in GIVEN_NAMES or token.has_article:
            return False
        return len(norm) == 6 and norm.startswith("مست") or (
            len(norm) == 5 and norm[0] == "م" and norm[3] == "و"
            and label[0] == "O" and label[1] >= 0.99
        )  # fmt: skip

    def _speaker(self, i: int) -> None:
        j = self._titles_end(i)
        first = self.token(j)
        if (
            j == i and first is not None and first.arabic and broken_plural(first.norm)
            and first.norm[:1] != "ا"  # أنور: أفعل, a name; a plural فعول has no alef first
            and self.scan.labels[j][0] != "B-PER"
        ):  # fmt: skip
            return  # "وقال شهود عيان": a plural of people (فعول، فواعل) says it, no one
            # named (unless the model reads a name: بروس has that shape)
        if j == i and first is not None and not first.has_article and (
            cue_of(first, _PERSON_NOUNS) or ("ال" + first.norm) in _PERSON_NOUNS
        ):  # fmt: skip
            return  # "وقال رجل دين", "وقالت طالبة": someone unnamed, indefinite
        end = strong_end = self.chains.name_forward(j, strong=True)
        role = self.roles.role_after(end) if end > j else None
        if role is None:
            feminine = self.tokens[i - 1].norm.endswith("ت")  # "وقالت خولة": her name in ة
            end = self.chains.name_forward(j, strong=j > i, first_ta=feminine)
            role = self.roles.role_after(end) if end > j else None
        if role is not None and j == i and end - j == 1 and not self.is_punct(end, "،,") and (
            self.tokens[j].norm.endswith("ة") and self.tokens[j].norm not in GIVEN_NAMES
            or not self.tokens[end].has_article
        ):  # fmt: skip
            return  # "وأكد قدرة القائد العام": a noun in ة, in construct with the role;
            # "وقال مساعد وزير الخارجية": one word before a bare role is in construct with it
        if (
            j == i and end - j == 1 and self.tokens[j].norm in _ROLES_AS_NAMES
            and end < len(self.tokens) and cue_of(self.tokens[end], ROLES)
        ):  # fmt: skip
            return  # "وقال مساعد القائد العام": "the assistant of", in construct with the role
        if j == i and end - j == 1 and self._statement_of_his(self.tokens[j].norm):
            return  # "وتابع حديثه قائلاً": he went on with his speech
        if end == j:
            tok = self.token(j)
            if (
                tok is not None
                and tok.arabic
                and tok.has_article
                and (self.is_punct(j + 1) or cue_of(self.tokens[j + 1], STOPWORDS | SAYING))
            ):  # "وأضافت الحمادي أن": a surname with the article
                self.scan.person(j, j + 1, "a speech verb", 1, surname_only=True)
            elif (
                tok is not None
                and tok.norm in ("ابن", "بن")
                and (self.chains.name_forward(j + 1) == j + 2)
            ):  # "وأضاف ابن كلبان": a family name
                self.scan.person(j, j + 2, "a speech verb", 1, surname_only=True)
            return
        after = self.token(end)
        confirmed = (
            j > i or role is not None or (after is not None and (
                cue_of(after, SAYING) is not None or after.text == ":"
                or (end - j >= 2 and after.norm in ("ان", "إن", "بان"))  # بأن: صرح X بأن
                or end - j >= 2 and cue_of(after, _TOLD) is not None
                or end - j >= 2 and self._told_to(end)  # "لـ«الخليج»", "للخليج إن"
                or end - j >= 2 and self._in_his_turn(end)
                or end - j >= 2 and self._in_a_statement(end)
                or end - j >= 2 and self._from_where(end)
                or end - j >= 2 and after.norm == "الي" and self._said_next(end + 1)
                # "وأشارت X Y إلى أن": the verb's preposition, then what was said
                or end - j >= 2 and after.norm == "عن" and not self.tokens[i - 1].norm.endswith("ت")
                # "وكشف X Y عن": a masculine verb (a body's is feminine: أعلنت الشركة)
            ))
        )  # fmt: skip
        if (
            not confirmed and strong_end == end + 1 and end - j >= 2 and self._said_after(strong_end)
            and self.tokens[end - 1].has_article and self.tokens[end].has_article
            and self.chains.name_begins(j)
        ):  # fmt: skip
            end, confirmed = strong_end, True  # "وأضاف X البندر السعدون أن": a family of
            # two words with the article (a branch, then the tribe), then what he said
        if confirmed:
            self.scan.person(j, end, "a speech verb and a title or role", 3, role=role)
        elif end - j == 1:
            self.scan.person(j, end, "a speech verb", 1, surname_only=True)

    def _told_to(self, k: int) -> bool:
        """Token k is ل and the newspaper, agency or channel the speaker told it to: ل
        (or لـ) before an opening quote (`لـ«الخليج»`), or لل and a definite name then
        what was said (`للخليج إن`)."""
        token, nxt = self.token(k), self.token(k + 1)
        if token is None or nxt is None or not token.arabic:
            return False
        if token.norm == "ل":
            return nxt.text in OPENING
        return token.norm.startswith("لل") and len(token.norm) >= 5 and self._said_after(k + 1)

    def _said_after(self, k: int) -> bool:
        """What was said begins at token k: إن or أن (with ب), a colon, a word of saying."""
        token = self.token(k)
        return token is not None and (
            token.norm in ("ان", "إن", "بان") or token.text == ":" or bool(cue_of(token, SAYING))
        )  # fmt: skip

    def _said_next(self, k: int) -> bool:
        """Token k is أن (with its pronoun: أنه، أنها): what was said begins there."""
        token = self.token(k)
        return token is not None and token.norm in ("ان", "انه", "انها", "انهم")

    def _in_his_turn(self, k: int) -> bool:
        """`وقال X بدوره`، `وقال X من جانبه`: "in his turn", "for his part" say a person
        spoke, as a role or a title would."""
        token, nxt = self.tokens[k], self.token(k + 1)
        return token.norm in _TURNS or (
            token.norm == "من" and nxt is not None and nxt.norm in _TURNS
        )  # fmt: skip

    @staticmethod
    def _statement_of_his(norm: str) -> bool:
        """حديثه، كلمتها، تصريحه: a statement with a possessive pronoun, never a name."""
        for suffix, stem_end in (("ته", "ة"), ("تها", "ة"), ("ه", ""), ("ها", "")):
            if norm.endswith(suffix) and norm[: -len(suffix)] + stem_end in _STATEMENTS:
                return True
        return False

    def _from_where(self, k: int) -> bool:
        """`وقالت X Y من الإدارة`، `من دبي`: the body or the place a speaker is from."""
        nxt = self.token(k + 1)
        return (
            self.tokens[k].norm == "من" and nxt is not None and nxt.arabic
            and (nxt.has_article and nxt.norm not in STOPWORDS or nxt.norm in PLACES
                 or bool(cue_of(nxt, ORGANISATION_HEADS)))
        )  # fmt: skip

    def _in_a_statement(self, k: int) -> bool:
        """`وقال X Y في بيان`، `في تغريدة`، `في مقاله`، `على حسابه`، `عبر منصة`: where a
        person said or wrote it, after the name."""
        nxt = self.token(k + 1)
        return nxt is not None and (
            self.tokens[k].norm == "في"
            and (nxt.norm in _STATEMENTS or self._statement_of_his(nxt.norm))
            or self.tokens[k].norm in ("علي", "عبر") and bool(cue_of(nxt, _PLATFORMS))
        )  # fmt: skip

    def _attributed(self, i: int) -> None:
        token = self.token(i)
        if token is None or not token.norm.startswith("ل") or len(token.norm) < 4:
            return
        end = self.roles.strip_name(i)
        role = self.roles.role_after(end) if end > i else None
        if role is not None:
            self.scan.person(i, end, "`وفقاً لـX، منصبه`", 3, strip=1, role=role)

    def _role_lead(self, r: int) -> None:
        """`الرئيس الأمريكي دونالد ترمب،`, `وزير المالية الدكتور X`, `مراسل الجزيرة في
        بغداد سامر يوسف إن`, `الرئيس التنفيذي لشركة «Y»، X،`: a role, then the name."""
        token = self.tokens[r]
        if r in self.scan.role_tokens:
            return  # read already: "... والعضو المنتدب" after a name
        lead = 1 if token.norm not in ROLES and token.norm[:1] in "وف" else 0  # "وسفير"
        before = self.token(r - 1)
        if before is not None and (cue_of(before, ROLES) or before.norm in NAME_LINKS):
            return  # inside a role: "نائب رئيس", or a name "بن نائب"
        if token.has_article and before is not None and before.has_article and (
            token.norm.endswith(("ي", "ية")) and before.arabic
        ):  # fmt: skip
            return  # "المنبر الإعلامي العربي": an adjective of the noun before, no role
        if self._indefinite_role(r):
            return  # "مسؤول أمريكي رفيع المستوى": "a senior US official", no one named
        if before is not None and TANWEEN.search(before.text):
            return  # "جهوداً كبيرة لتحسين": the adjective of an indefinite noun, no role
        for b in range(r + 2, min(len(self.tokens) + 1, r + MAX_ROLE_TOKENS + 6)):
            tok = self.token(b)
            if tok is not None and tok.text == "." and self.tokens[b - 1].norm in TITLE_LETTERS:
                continue  # "أ .سنجين": the dot of a title
            if tok is not None and not (
                tok.is_punct or cue_of(tok, VERBS) or cue_of(tok, SAYING)
                or tok.norm in ROLE_ENDS or tok.norm in CIRCUMSTANCES
                or cue_of(tok, ROLES) and b > r + 1
                or self._ends_a_lead_name(tok) and not self.chains.before_patronymic(b)
                or b >= r + 3 and self.chains.verbal_noun_of_doing(b)  # "X Y بسحب القوات"
                or b >= r + 3 and self.chains.construct_with_a_deed(b)  # "X Y سلطات الاحتلال"
                or b >= r + 3 and tok.has_article and len(tok.norm) >= 8
                and tok.norm.endswith("ات")  # "X Y الاتهامات": a plural of things, the object
                or b >= r + 2 and bare_past_verb(tok.norm) and self.scan.labels[b][0] == "O"
                and self.scan.labels[b][1] >= _OUTSIDE
                and self.scan.labels[b - 1][0].endswith("PER")  # "الرئيس X وصل"
                or tok.norm in WEEKDAYS
                or self._told_to(b)  # "X Y لـ«الخليج» إن": whom he told it
                or tok.arabic and not is_name_word(tok, article=True, ta=True)
                and tok.norm not in NAME_COMPOUNDS  # عبد الله: الله ends no name
                and (verb_shaped(tok.norm) or tok.norm[:1] == "و" or tok.norm in NOT_NAMES
                     or tok.norm[1:] in NOT_NAMES or bool(cue_of(tok, STOPWORDS)))
            ):  # fmt: skip
                continue
            found = self.chains.name_backward(b)
            if found is not None and any(k in self.quoted for k in range(found, b)):
                found = None  # "لشركة «النور»، ...": the body's name, not the person
            if found is not None and (first := self.tokens[found]).norm[:1] in "لب" and (
                first.norm[1:] in GIVEN_NAMES
            ):  # fmt: skip
                found = None  # "قدم الوزير الشكر لمحمد X": a preposition, no apposition
            last = self.tokens[b - 1]
            if (
                found is not None and found - 1 > r and not self.tokens[found - 1].has_article
                and cue_of(self.tokens[found - 1], ORGANISATION_HEADS)
                and not self._is_title_at(found - 1)
            ):  # fmt: skip
                found = None  # "مدير معهد طول العمر": the institute's name, in construct
                # with its head, not the director's
            if found is not None and last.has_article and last.norm[2:] in ORGANISATION_HEADS:
                found = None  # "المدير العام لبنك الساحل حرص البنك": a body, no one's name
            if (
                found is not None and found - 1 > r and found < b - 1
                and self.tokens[found - 1].norm in ROLE_PREPOSITIONS
            ):  # fmt: skip
                found += 1  # "عضو مجلس البلدية في سامراء X Y": في's noun is a place
                if found < b - 1 and self.tokens[found - 1].norm in PLACE_OPENERS:
                    found += 1  # "السفير لدى تل أبيب X Y": a place of two words
            if found is not None and found == r + 2 and found < b - 1 and self._in_construct(r) and (
                b - found >= 3 or self.tokens[r + 1].norm.endswith("ات")
            ):  # fmt: skip
                found += 1  # "وزير خارجية ميانمار X Y": the country is خارجية's genitive
                # ("رئيس مبيعات X Y": the company, whatever its length)
            while found is not None and found < b - 1 and self._rank_qualifier(found):
                found += 1  # "اللواء الركن طيار X": the rank's words, then the name
            if found is not None and found > r and self._body_of_role(found):
                found = None  # "الرئيس التنفيذي لسامسونج جلف": ل and the body the role is at
            labels = self.scan.labels
            if found is not None:
                found = next(  # "أستاذ في جامعة Z X Y": the model's body ends, the person begins
                    (k for k in range(found + 1, b - 1)
                     if labels[k][0] == "B-PER" and labels[k - 1][0].endswith("ORG")),
                    found,
                )  # fmt: skip
            if (
                found == r + 1
                and not token.has_article
                and not token.norm.endswith(
                    ("ه", "ها", "هم", "هما")  # "مراسلها X": "its correspondent", definite
                )
            ):
                found = None  # "كبير مسؤولي الأبحاث", "رئيس قسم الأمراض": the genitive
                # of a bare role noun (in construct with it), not a name
            if found is not None and found > r:
                start, strip = found, self.scan.strip_and(found)
                titles = start
                while titles > r + 1 and self._is_title_at(titles - 1):
                    titles -= 1
                comma = titles > r + 1 and self.tokens[titles - 1].text in "،,"
                role_end = titles - comma
                words = sum(1 for t in self.tokens[start:b] if t.norm not in NAME_LINKS)
                inside = [t for k, t in enumerate(self.tokens[r + 1 : role_end], r + 1)
                          if k not in self.quoted]  # fmt: skip
                if role_end > r + 1 and any(
                    m.kind == "person" and token.start < m.start
                    and m.start < self.tokens[role_end - 1].end
                    for m in self.scan.mentions
                ):  # fmt: skip
                    return  # "وزير الخزانة X Y السماح مؤقتاً ...": the role leads the
                    # person already read inside it, not the words after him
                if any(self._and_after_role(k) for k in range(r + 1, role_end)):
                    return  # "وزير شؤون الرئاسة ونيال X": a list's "and", then the next
                    # person: the role ended before it
                if (words >= 2 or titles < start) and not strip and not any(
                    t.is_punct and t.text not in OPENING + "»”\"" or cue_of(t, VERBS)
                    or t.arabic and t.norm.startswith(("ي", "ت")) and not is_name_word(t, ta=True)
                    and t.norm not in GIVEN_NAMES and t.norm not in PLACES  # تكريت: no verb
                    or t.norm in STOPWORDS and t.norm not in ROLE_PREPOSITIONS
                    and not (t.norm == "عن" and token.norm in _MEMBERS)  # "النائب عن X"
                    and t.norm not in ROLE_TAILS  # الأمين العام
                    for t in inside
                ):  # fmt: skip
                    while role_end > r + 1 and self.tokens[role_end - 1].norm in STOPWORDS:
                        role_end -= 1
                    if b - start >= 2 and self.chains.name_word_before_that(b):
                        b += 1  # "مون جاي إن إن": the first إن is the name's
                    self.scan.person(start, b, "a role before the name", 3,
                                     role=(token.start + lead,
                                           self.tokens[role_end - 1].end))  # fmt: skip
                    return
            if tok is None or tok.text in ".؟!?" or cue_of(tok, VERBS) or tok.norm in ROLE_ENDS:
                return

    def _byline(self) -> None:
        """`أبوظبي: X Y سيطر التباين`: a dateline's place and colon, then the reporter's
        name (a known given name first) and the story's first verb, which the text may
        glue to it with no mark. A reporter's name is two words, or three when the third
        is a family name with the article or a link (بن، عبد) holds them together; what
        follows it is the sentence, not the name."""
        i = 0
        while i < 3 and (tok := self.token(i)) is not None and tok.arabic:
            i += 1
        colon = self.token(i)
        if i == 0 or colon is None or colon.text != ":" or not any(
            self.tokens[k].norm in PLACES for k in range(i)
        ):  # fmt: skip
            return
        j = i + 1
        first = self.token(j)
        if first is None or first.norm not in GIVEN_NAMES or j in self.quoted:
            return
        end = self.chains.name_forward(j, strong=True)
        if end - j < 2 or any(self.tokens[k].norm in NAME_LINKS for k in range(j, end)):
            return  # one word, or a chain the name's own links bound
        if end - j >= 3 and not self.tokens[j + 2].has_article:
            end = j + 2  # "مهند داغر سيطر": the verb after the reporter's two words
        elif end - j >= 3:
            end = j + 3  # "محمد علي الحمادي": the family name ends it
        self.scan.person(j, end, "a byline: `دبي: X Y`", 3)
        self.bounded.append((self.tokens[j].start, self.tokens[end - 1].end))

    def _nationals_of_a_role(self) -> None:
        """`وزيرا خارجية البلدين المصري X Y والسعودي Z W`: a role of two or more (a dual
        or a plural) and each holder's nationality before his name; after the first,
        "and" and the next nationality bring in the next."""
        for k, token in enumerate(self.tokens):
            bare = token.norm[1:] if token.norm[:1] == "و" else token.norm
            if k in self.quoted or not token.has_article or not nationality(bare):
                continue
            end = self.chains.name_forward(k + 1)
            if end - (k + 1) < 2 or any(
                m.kind == "person" and m.start < self.tokens[end - 1].end
                and self.tokens[k + 1].start < m.end for m in self.scan.mentions
            ):  # fmt: skip
                continue
            if bare == token.norm:
                led = any(self._role_of_more(j) for j in range(max(0, k - 4), k)) and not any(
                    self.tokens[j].is_punct for j in range(max(0, k - 4), k)
                )
            else:
                led = k > 0 and any(
                    m.kind == "person" and m.end == self.tokens[k - 1].end
                    for m in self.scan.mentions
                )  # fmt: skip
            if led:
                self.scan.person(k + 1, end, "a nationality after a role of two: "
                                 "`وزيرا الخارجية المصري X والسعودي Y`", 3)  # fmt: skip

    def _named_after_they_are(self) -> None:
        """`المتهمين وهم: X Y، وZ W`, `ثلاثة جنود هم: X Y وZ W`: "they are" and a colon,
        then the names listed (two or more, each of two words or one the model begins)."""
        for k, token in enumerate(self.tokens):
            if token.norm not in ("هم", "وهم", "هما", "وهما") or not self.is_punct(k + 1, ":"):
                continue
            names = self._names_listed(k + 2)
            if len(names) < 2:
                continue
            for start, end, strip in names:
                self.scan.person(start, end, "a list after `وهم:`", 3, strip)

    def _article_given_names(self) -> None:
        """`المبعوث الأممي إلى سوريا الأخضر الإبراهيمي إن`, `وقال الصادق المهدي زعيم`: a
        given name with the article (ARTICLE_GIVEN_NAMES), led by a role (its adjectives
        and place between), a place, a speech verb or a mark, then its family name (a
        nisba with the article, or one or two bare name words and maybe such a nisba),
        then the name's end (a mark, إن, a verb, a role, a function word)."""
        for k, token in enumerate(self.tokens):
            if (
                token.norm not in ARTICLE_GIVEN_NAMES
                or k in self.quoted
                or not self._leads_a_name(k)
            ):
                continue
            end = k + 1
            while end < k + 3 and (tok := self.token(end)) is not None and tok.arabic and (
                not tok.has_article and not self.common(tok) and tok.norm not in GIVEN_NAMES
                and not cue_of(tok, VERBS | STOPWORDS) and tok.norm not in PLACES
                and not verb_shaped(tok.norm) and not tok.norm.endswith("وا")  # اضطروا
                and (self.chains.name_word(tok, article=False, ta=False) or cue_of(tok, ROLES)
                     and (nxt := self.token(end + 1)) is not None and nxt.has_article
                     and self._family_nisba(nxt))
            ):  # fmt: skip
                end += 1  # "الباجي قائد السبسي": a bare family word (قائد is one there,
                # before the family's nisba)
            family, after = self.token(end), self.token(end + 1)
            if family is not None and family.has_article and (
                self._family_nisba(family)
                or end == k + 1 and after is not None and (after.is_punct or cue_of(after, ROLES))
                and self.chains.name_word(family, article=True, ta=False)
                and not nationality(family.norm) and self.scan.corpus.count(family.norm[2:]) == 0
            ):  # fmt: skip
                end += 1  # (or "الحبيب الصيد رئيس الحكومة": a family name, then a role)
            elif end == k + 1:
                continue  # no family name: the adjective of the noun before
            after = self.token(end)
            if after is not None and not (
                after.is_punct or after.norm in ("ان", "إن", "انه") or cue_of(after, VERBS | ROLES)
                or cue_of(after, STOPWORDS | SAYING)
            ):  # fmt: skip
                continue
            if any(m.kind == "person" and m.start < self.tokens[end - 1].end
                   and token.start < m.end for m in self.scan.mentions):  # fmt: skip
                continue
            self.scan.person(k, end, "a given name with the article: `الأخضر الإبراهيمي`", 3)

    def _leads_a_name(self, k: int) -> bool:
        """What stands before token k leads a name: a mark or the text's start, a speech
        verb, a place, or a role with its adjectives and its place (no mark between)."""
        before = self.token(k - 1)
        if before is None or before.is_punct or cue_of(before, SPEECH_VERBS | PRESENT_SPEECH):
            return True
        if before.norm in PLACES and not before.has_article or cue_of(before, ROLES):
            return True  # ("إلى سوريا X", not "الخليج العربي": the place's adjective)
        for r in range(k - 1, max(-1, k - 7), -1):
            tok = self.tokens[r]
            if tok.is_punct or cue_of(tok, VERBS):
                return False
            if cue_of(tok, ROLES):
                return all(
                    t.has_article or t.norm in PLACES or t.norm in ROLE_PREPOSITIONS
                    or t.norm in ("الي", "إلى", "لدى", "لدي") or t.text in "-ـ"
                    for t in self.tokens[r + 1 : k]
                )  # fmt: skip
        return False

    def _family_nisba(self, token: Token) -> bool:
        """A family name with the article in ي (الإبراهيمي، المرزوقي، المهدي), not a
        nationality, an adjective the text also writes bare, nor a function word."""
        bare = token.norm[2:]
        return (
            token.norm.endswith("ي") and len(bare) >= 3 and not nationality(token.norm)
            and self.scan.corpus.count(bare) == 0 and not cue_of(token, STOPWORDS | ROLES)
            and self.chains.name_word(token, article=True, ta=False)
        )  # fmt: skip

    def _role_of_his(self, r: int) -> bool:
        """مستشاره، نائبها، مساعده: a role with "his" or "her" (and "and" glued to it or
        not): definite, it leads the name of whoever holds it."""
        norm = self.tokens[r].norm
        for form in (norm, norm[1:] if norm[:1] in "وف" else ""):
            for suffix in ("ه", "ها"):
                stem = form.removesuffix(suffix)
                if stem != form and len(stem) >= 4 and stem in ROLES and stem not in GIVEN_NAMES:
                    return True
        return False

    def _dual_or_plural_role(self, r: int) -> bool:
        """الرئيسان، الوزيرين، الملكان، الوزراء: a role or a title in the dual (the
        nominative ان or the oblique ين on the singular) or in the plural, with "and"
        glued to it or not: the office of two people or more, whom the text names next."""
        norm = self.tokens[r].norm
        for form in (norm, norm[1:] if norm[:1] in "وف" else ""):
            if form in _ROLES_OF_MANY:
                return True
            if len(form) > 5 and form.endswith(("ان", "ين")) and (
                form[:-2] in ROLES or form[:-2] in HONORIFICS
            ):  # fmt: skip
                return True
        return False

    def _holders_of_a_role_of_many(self) -> None:
        """`الرئيسان X Y وZ W`, `الوزراء X Y، وZ W وU V`: a role in the dual or the plural,
        then the names of those who hold it, joined by "and" or commas. No single word
        of the role says where a name begins, so two names or more must follow it, each
        of two words (a link such as بن counts none) or one the name model begins."""
        for r, token in enumerate(self.tokens):
            if r in self.quoted or not token.arabic or not self._dual_or_plural_role(r):
                continue
            names = self._names_listed(self._role_phrase_end(r))
            if len(names) < 2:
                continue
            self._split_at_and(self.tokens[names[0][0]].start, self.tokens[names[-1][1] - 1].end)
            for start, end, strip in names:
                self.scan.person(start, end, "the holders of a role of two or more: "
                                 "`الرئيسان X وY`", 3, strip)  # fmt: skip

    def _two_kin_before(self) -> None:
        """`وقتل X وY نجلا الرئيس`: two names joined by "and", then kin in the dual in
        construct with whose they are; or the kin, whose (a name or a role of up to four
        words), then the two (`نجلي الرئيس X وY`). Each is a person, of one word where
        the second is (the kin word says they are people)."""
        for k, token in enumerate(self.tokens):
            if token.norm not in KIN_OF_TWO or k in self.quoted:
                continue
            second = k - 1
            if not (k >= 3 and self._and_glued(second) and self._kin_name_word(second, 1)):
                second = next(
                    (a for a in range(k + 3, min(k + 6, len(self.tokens)))
                     if self._and_glued(a) and not self.is_punct(a - 1)),
                    -1,
                )  # fmt: skip
                if second < 0 or not self._kin_name_word(second, 1) or (
                    self.roles.strip_name(second) != second + 1
                ):  # fmt: skip
                    continue  # (a second name of more words leaves the first's start open)
            first = second - 1
            if not self._kin_name_word(first, 0):
                continue
            first_strip = 1 if self.scan.strip_and(first) and self.is_punct(first - 1) else 0
            self._split_at_and(self.tokens[first].start, self.tokens[second].end)
            for at, strip in ((first, first_strip), (second, 1)):
                if not any(m.kind == "person" and m.start <= self.tokens[at].start + strip
                           < m.end for m in self.scan.mentions):  # fmt: skip
                    self.scan.person(at, at + 1, "two names, then kin of two: "
                                     "`X وY نجلا Z`", 3, strip)  # fmt: skip

    def _kin_name_word(self, k: int, strip: int) -> bool:
        """Token k (without its first `strip` letters) can be a given name alone: a bare
        name word the text never writes with the article, no verb, place or role."""
        token = self.token(k)
        if token is None or not token.arabic or token.has_article or k in self.quoted:
            return False
        bare = token._replace(norm=token.norm[strip:], text=token.text[strip:])
        return (
            self.chains.name_word(bare, article=False, ta=False) and not self.common(bare)
            and bare.norm not in PLACES and not cue_of(bare, ROLES | VERBS | STOPWORDS)
        )  # fmt: skip

    def _split_at_and(self, start: int, end: int) -> None:
        """Names the text joins by "and" from `start` to `end` (offsets) are more than one:
        a person read earlier across them all is dropped."""
        self.scan.mentions = [
            m for m in self.scan.mentions
            if not (m.kind == "person" and m.start <= start and end <= m.end)
        ]  # fmt: skip

    def _names_listed(self, j: int) -> list[tuple[int, int, int]]:
        """The names listed from token j on (start, end, how many letters of "and" the
        first word carries), joined by "and" or commas, up to what is not a name."""
        names: list[tuple[int, int, int]] = []
        while (tok := self.token(j)) is not None and tok.arabic and j not in self.quoted:
            if tok.has_article or cue_of(tok, ROLES | VERBS | STOPWORDS) or tok.norm in PLACES:
                break
            strip = 1 if names and self._and_glued(j) else 0
            end = self.roles.strip_name(j) if strip else self.chains.name_forward(j, strong=True)
            end = next((k for k in range(j + 2, end) if self._and_glued(k)), end)
            # ("الرئيسين X Y وZ W": the role says two; "and" begins the second)
            words = sum(1 for t in self.tokens[j:end] if t.norm not in NAME_LINKS)
            if end <= j or words < 2 and self.scan.labels[j][0] != "B-PER":
                break
            names.append((j, end, strip))
            comma = (nxt := self.token(end)) is not None and nxt.text in "،,"
            j = end + comma
            if not (comma or self._and_glued(j)):
                break
        return names

    def _and_glued(self, k: int) -> bool:
        """Token k is a word with "and" glued to it (وجو، ومحمد), not a name's own و
        (وليد، وائل), nor "and the" (والوزير)."""
        token = self.token(k)
        return (
            token is not None and token.arabic and token.norm[:1] == "و"
            and len(token.norm) >= 3 and token.norm not in GIVEN_NAMES
            and not token.has_article and token.norm not in NAME_LINKS
        )  # fmt: skip

    def _role_then_surname(self, r: int) -> None:
        """`وقال الرئيس ميدفيديف إن`, `المستشارة الألمانية ميركل`, `رئيس الوزراء نتنياهو،`:
        a definite role, then one bare word the name model begins a person with, then
        the name's end (a mark, إن or أن, a verb, a function word): the person by the
        family name alone. It merges with the full name where the text gives it."""
        token = self.tokens[r]
        if r in self.scan.role_tokens or r in self.quoted or token.norm[:1] in "وفلب" and (
            token.norm not in ROLES
        ):  # fmt: skip
            return
        before = self.token(r - 1)
        if before is not None and (cue_of(before, ROLES) or before.norm in NAME_LINKS):
            return  # inside a role ("نائب الرئيس") or a name
        k = self._role_phrase_end(r)
        if k == r + 1 and not token.has_article:
            return  # "رئيس X": a bare role word needs its genitive first
        word, after = self.token(k), self.token(k + 1)
        if word is None or k in self.quoted or not word.arabic or word.has_article:
            return
        label, sure = self.scan.labels[k]
        repeated = (
            self.scan.corpus.count(word.norm) >= 2 and not TANWEEN.search(word.text)
            and not word.norm.endswith(("ه", "ها", "هم")) and len(word.norm) >= 4
            and not self.scan.corpus.count("ال" + word.norm)
            and not accusative_participle(word.norm) and not verb_shaped(word.norm)
            and word.norm[:1] not in "وفلبك"
        )  # fmt: skip  # ("الرئيس ميدفيديف" twice or more: a name the model does not know)
        if not (label == "B-PER" and sure >= 0.5 or repeated):
            return
        if word.norm[:1] in "وفلبك" and self.scan.corpus.count(word.norm[1:]) > 0:
            return  # "المكتب الإعلامي لعلاوي": a preposition on a name the text writes bare
        if (
            word.norm in PLACES or self.common(word) or nationality(word.norm)
            or cue_of(word, ROLES | VERBS | STOPWORDS | HONORIFICS)
            or word.norm in NAME_LINKS or word.norm in NOT_NAMES
            or is_verbal_noun(word.norm) or broken_plural(word.norm)
        ):  # fmt: skip
            return
        if any(m.kind == "person" and m.start <= word.start < m.end for m in self.scan.mentions):
            return
        if after is not None and not (
            after.is_punct or after.norm in ("ان", "إن", "انه", "انها")
            or cue_of(after, VERBS | STOPWORDS | SAYING) or after.norm in ROLE_PREPOSITIONS
        ):  # fmt: skip
            return  # a bare word that goes on: a name of more words, which others read
        self.scan.person(k, k + 1, "a role, then the family name alone: `الرئيس X`", 3)

    def _role_of_more(self, j: int) -> bool:
        """وزيرا، وزيري، وزراء: a role word in the dual or the plural."""
        norm = self.tokens[j].norm
        return any(
            form[-1:] in "اي" and form[:-1] in ROLES or form in _ROLES_OF_MANY
            for form in (norm, norm[1:] if norm[:1] in "وف" else norm)
        )

    def _in_construct(self, r: int) -> bool:
        """`وزير خارجية X`, `رئيس حكومة X`: a bare role, then a bare noun in ة in construct
        with it, which needs a genitive of its own (the country): the word after the
        noun is that genitive, and the name begins after it."""
        token, noun, genitive = self.tokens[r], self.tokens[r + 1], self.tokens[r + 2]
        return (
            not token.has_article and not noun.has_article and noun.arabic
            and (noun.norm.endswith("ة") or len(noun.norm) >= 6 and noun.norm.endswith("ات"))
            and noun.norm not in GIVEN_NAMES  # (and "رئيس مبيعات X": a plural in ات)
            and genitive.arabic and not genitive.has_article
            and genitive.norm not in GIVEN_NAMES and not self._is_title_at(r + 2)
        )  # fmt: skip

    def _indefinite_role(self, r: int) -> bool:
        """A bare role noun that an adjective or a clause describes (`مسؤول أمريكي`,
        `مسؤول وصفته ...`, `خبير اقتصادي`): it is indefinite, someone unnamed. A named
        person's role is definite: by the article or by a genitive (`وزير الخارجية`)."""
        token, nxt = self.tokens[r], self.token(r + 1)
        if token.has_article or nxt is None or not nxt.arabic or nxt.has_article:
            return False
        if nxt.norm in GIVEN_NAMES or cue_of(nxt, ROLES | HONORIFICS):
            return False
        nisba = (
            len(nxt.norm) >= 4 and nxt.norm.endswith("ي") and nxt.norm not in PLACES
            and not cue_of(nxt._replace(norm=nxt.norm[:-1]), ROLES)  # مسؤولي: a plural's
        )  # fmt: skip
        clause = bool(cue_of(nxt, VERBS)) or len(nxt.norm) > 4 and bool(
            PRONOUN_SUFFIX.search(nxt.norm))  # fmt: skip
        return nisba or clause

    @staticmethod
    def _ends_a_lead_name(tok: Token) -> bool:
        """What the person named after a role does: a verbal noun ("إعلان الرئيس X تنفيذ
        غارات"), or whom he meets (نظيره), not the name."""
        norm = tok.norm
        if cue_of(tok, COUNTERPART):
            return True  # "الرئيس X Y نظيره الفرنسي": whom he met, someone else
        if norm.startswith(("بال", "كال")) and is_verbal_noun(norm[3:]):
            return True  # "طالب الأمين العام X Y بالانسحاب": what he called for
        if (
            tok.has_article
            and (len(norm) == 7 or len(norm) == 8 and norm[2] == "م" and norm[-1] == "ة")
            and norm.startswith("ال")
            and is_verbal_noun(norm[2:])
        ):  # (and مفاعلة's: "على الرئيس X Y المبادرة العربية")
            return True  # "نفى المتحدث X Y الأنباء": the verb's object with the article,
            # of إفعال's or أفعال's shape (no family name has it)
        return norm not in GIVEN_NAMES and norm not in PLACES and is_verbal_noun(norm)

    def _is_title_at(self, k: int) -> bool:
        token = self.tokens[k]
        if cue_of(token, HONORIFICS) or self._ayatollah(k) or k > 0 and self._ayatollah(k - 1):
            return True
        if token.norm in TITLE_LETTERS and self.is_punct(k + 1, "."):
            return True  # the letter of "أ .سنجين"
        if self._rank_qualifier(k):
            return True  # "اللواء الركن طيار"
        return token.text == "." and k > 0 and self.tokens[k - 1].norm in TITLE_LETTERS

    def _body_follows(self, i: int) -> bool:
        token = self.token(i)
        return token is not None and (token.text in OPENING or bool(
            cue_of(token, ORGANISATION_HEADS)))  # fmt: skip

    def _each_of(self, i: int) -> None:
        """`كل من X Y وZ W`: "each of" a list; its first item is a person's name where the
        name model reads one there (countries and bodies are listed so too). The list's
        next items follow it (ListItems)."""
        end = self.chains.name_forward(i)
        end = next(
            (k for k in range(i + 1, end) if self.tokens[k].norm[:1] == "و"
             and self.tokens[k].norm not in GIVEN_NAMES),
            end,
        )  # fmt: skip  # "كل من X وY": the list's next item begins at "and"
        if end - i >= 2 and all(
            self.scan.labels[k][0].endswith("PER") for k in range(i, end)
        ):  # fmt: skip
            self.scan.person(i, end, "`كل من X`", 2, self.scan.strip_and(i))
        names = self._names_listed(i)
        if (
            len(names) >= 2
            and all(
                self.chains.name_begins(start)
                or end - start >= 2
                and not cue_of(self.tokens[start], ORGANISATION_HEADS)
                for start, end, strip in names
            )
            and sum(self.tokens[start].norm[strip:] in GIVEN_NAMES for start, _, strip in names)
            >= 2
        ):
            for start, end, strip in names:  # "كل من X Y وZ W وU V": two or more of them
                self.scan.person(start, end, "`كل من X وY`", 2, strip)  # begin with given names

    def _member_before(self, at: int) -> None:
        """`مثل X من «Y»`: two or three name words before من, bounded by a non-name."""
        start = at
        while at - start < 3 and start > 0 and is_name_word(self.tokens[start - 1]):
            start -= 1
        first = self.tokens[start].norm
        if (
            (start == 0 or self.is_punct(start - 1)) and first[:1] == "و"
            and first not in GIVEN_NAMES and not and_a_given_name(first)
        ):  # fmt: skip
            start += 1  # "وكتب X Y من شركة": a sentence begins with its verb and "and"
        if at - start >= 2 and (start == 0 or not self.tokens[start - 1].arabic
                                or cue_of(self.tokens[start - 1], STOPWORDS)):  # fmt: skip
            if not any(k in self.quoted for k in range(start, at)):
                self.scan.person(start, at, "`X من «Y»`", 2)

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
            role = self.roles.role_after(c)
            if role is None:
                continue
            if role_token.norm not in ROLES and role_token.norm[:1] in "وف":
                continue
            start = self.chains.name_backward(c)
            if start is None or any(k in self.quoted for k in range(start, c)):
                continue
            strip = 0
            before = self.token(start - 1)
            if (
                before is not None and cue_of(before, ATTRIBUTION)
                and self.tokens[start].norm[:1] == "ل"
            ):  # fmt: skip
                strip = 1  # "وفقاً لروبرت ...": the ل is "according to" (بحسب X has none)
            elif self.scan.strip_and(start):
                strip = 1
                if c - start >= 3 and self._verb_opens(start):
                    start, strip = start + 1, 0  # "وأقال X Y وزير الدفاع": his verb first
            titled = start > 0 and self._is_title_at(start - 1)
            if before is not None and not (
                before.is_punct or titled or cue_of(before, VERBS) or cue_of(before, STOPWORDS)
                or cue_of(before, SAYING) or strip or before.norm in ("كل",)
                or before.norm in SAID_IT  # "وفقاً لما قاله X، منصبه"
                or self.chains.verb_opens_a_sentence(start - 1)  # "، حرص X Y المدير الفني"
                or start >= 1 and self.chains.model_begins_after(start - 1)  # "خدمات X Y لاعب"
                or before.norm.endswith("ة") and before.norm not in GIVEN_NAMES
                and self.chains.name_begins(start)  # "تسمية X، منصبه": in construct
                or self.common(before) or before.has_article
            ):  # fmt: skip
                continue  # no boundary before the name: part of a longer phrase
            end = c
            if c - start >= 3 and role_at == c and self._elative(c - 1):
                end = c - 1  # "X Y أعظم لاعبة": "the greatest", the role's, after the name
            words = sum(1 for t in self.tokens[start:end] if t.norm not in NAME_LINKS)
            last = self.tokens[c - 1]
            if (
                role_at == c and last.norm.endswith("ة") and last.norm not in GIVEN_NAMES
                and not (c - 2 >= start and self.tokens[c - 2].norm in GIVEN_NAMES)
            ):  # fmt: skip
                continue  # "قدرة القائد العام": a noun in construct with the role, no name
                # (but after a given name, a family name in ة: "إسماعيل هنية رئيس")
            if words >= 2 or titled:
                self.scan.person(start, end, "an apposition: `X، منصبه`", 3, strip, role=role)
