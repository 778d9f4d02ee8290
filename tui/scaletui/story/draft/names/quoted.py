"""Datelines, quoted and bracketed names (`QuotedNames`)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import (
    COMPANY_WORDS,
    EVENT_HEADS,
    GIVEN_NAMES,
    NOT_NAMES,
    ORGANISATION_HEADS,
    PLACES,
    PLURAL_HEADS,
    PRODUCT_HEADS,
    ROLES,
    SAYING,
    SECTOR_SUFFIX,
    SECTORS,
    SPEECH_VERBS,
    STOPWORDS,
    VERBS,
    normal_word,
    word_set,
)
from ..tokens import MARKS, Mention, cue_of, is_name_word, tokenise
from .chains import NameChains
from .roles import Roles
from .scan import Cues, Scan
from .words import (
    GLOSS,
    OPENING,
    PRONOUN_SUFFIX,
    SHARES,
    TANWEEN,
    is_verbal_noun,
    nationality,
    verb_shaped,
)

# A news agency's initials in brackets: (أ.ف.ب), (د ب أ), (ا ف ب).
_INITIALS = re.compile(
    r"\(\s*([\u0621-\u064a](?:\s?[.]\s?[\u0621-\u064a]|\s[\u0621-\u064a]){1,3}"
    r"|[\u0621-\u064a]{1,2}(?:\s?[.]\s?[\u0621-\u064a]{1,2}){2,3})\s*\.?\)"
)  # and letters' names: (يو .بي .آي)

# Works whose titles news quotes, and "titled": the quoted name is the work's.
_WORKS = word_set(
    "كتاب كتب رواية روايات ديوان قصيدة قصائد فيلم أفلام مسرحية مسرحيات أغنية أغاني مسلسل "
    "قصة قصص مقال مقالة لوحة بعنوان عنوان شعار"
)
_PUBLISHERS = word_set("دار منشورات")  # `دار "X" (2013)`: a publisher, not a title
_YEAR_AFTER = re.compile(r"\s*\(\s*(?:1[89]|20)\d\d\s*\)")

# Gulf and Arab dailies whose names are also words or places (the Gulf, the statement,
# the union, the homeland): an outlet only where a dateline puts one ("دبي - الخليج:").
_NEWSPAPERS = word_set(
    "الخليج البيان الاتحاد الرؤية الوطن الرياض الحياة القبس الراية الشرق الأيام الوسط "
    "الجريدة الأنباء الرأي الدستور الغد النهار السفير الأهرام الأخبار الجمهورية"
)

# The agency a report ends by crediting, after its last sentence: "... خاصة. (وام)".
_UNNAMED_SOURCES = word_set("وكالات مصادر متابعات")

# A sign-off may be followed by the separator of the next report run on ("(بنا) .**").
_SIGN_OFF = re.compile(r"[.!؟]\s*\(([\u0621-\u064a]{2,12})\)\s*(?=$|\.?\s*\*\*)")

_DASHES = "-ـ–—:"

# Words that may stand between an apposition's comma and its head: "، إحدى أكبر شركات".
_APPOSITION_LEADS = word_set("أكبر أحد إحدى أهم أبرز أشهر أول أقدم")

# What a quoted word after them is: a description (وصفه بأنه «محتال», بمثابة «تحريض»).
_PREDICATES = word_set("بأنه بأنها أنه أنها بوصفه بوصفها بمثابة")

# What a source gives an outlet: "في مقابلة ل X", "في تصريحات لـ X".
_INTERVIEWS = word_set("مقابلة تصريحات تصريح حديث لقاء")
_TODAY = word_set("أمس اليوم")

# Adjectives of a body's status, between its name and the other name quoted after it.
_STATUS = word_set("الرسمية الرسمي الحكومية الحكومي")

# The particle that opens what was said (أن، إن): "قال لالخليج إن ...".
_THAT = word_set("أن إن")

# Nouns of a place a quoted name may follow (منطقة "إديل" بولاية "شرناق"): it names the
# place, not a body.
_PLACE_NOUNS = word_set(
    "منطقة ولاية مدينة محافظة قرية بلدة إقليم حي ناحية "
    "ملعب استاد ستاد فندق منتجع"  # draft19: a venue named (ملعب «ويمبلي»), no body
)

# draft19: nouns whose quoted genitive is a topic, a scale, a term or a nickname, no body.
_TOPICS = word_set("ملف قضية مصطلح مقياس لقب كلمة عبارة")
# draft19: copulas, after which a quoted word is what something is or became (كان «حظا»).
_COPULAS = word_set("كان كانت أصبح أصبحت يصبح تصبح بات باتت صار صارت ظل ظلت")

# A quoted phrase that begins with a superlative is a title or a ranking («أفضل بنك»).
_SUPERLATIVES = word_set("أفضل أكبر أهم أحسن أقوى أسرع أجمل أكثر")

# What a company does, in the feminine (a company is feminine), and what may follow its
# name as the verb's subject: "أعلنت «X» عن", "أطلقت «X» أمس".
_COMPANY_VERBS = word_set("أعلنت أطلقت كشفت طرحت دشنت وقعت حققت سجلت افتتحت أبرمت")
_ANNOUNCED = word_set("عن أمس اليوم مؤخرا")

# Words a person's name begins with, as written (آل is the family; إل the letter L).
_PERSON_LINKS = frozenset("أبو أم بن ابن بنت آل".split())


def _negated_verb(norm: str) -> bool:
    """لاتزال، لايزال، لايوجد: لا glued to a present verb of four letters (its prefix ي
    or ت), as some texts write it; a name in لا (لاتفيا) ends in a vowel."""
    rest = norm[2:]
    return norm.startswith("لا") and len(rest) == 4 and rest[0] in "يت" and rest[-1] not in "اةى"


class QuotedNames(Cues):
    """Names the text sets off: a dateline's outlet or reporter, quoted names `«X»`
    (with a Latin gloss, their kind read from the words around them), a name glued to
    what a speaker told (`لالخليج`), and brackets or quotes after a body's name that give
    another name for it (`(دو)`, `«جيترو»`)."""

    def __init__(self, scan: Scan, chains: NameChains, roles: Roles) -> None:
        super().__init__(scan)
        self.chains = chains
        self.roles = roles

    def dateline(self) -> None:
        """`دبي: «الخليج»`, `دبي ـ «الخليج»:`, `غزة «الخليج»، وكالات:`, `أبوظبي - وام:`,
        `دبي - مدحت السويفي:`."""
        i = 0
        while i < 3 and (tok := self.token(i)) is not None and tok.arabic and tok.norm:
            i += 1
        if i == 0 or not any(self.tokens[k].norm in PLACES for k in range(i)):
            return
        separated = (tok := self.token(i)) is not None and tok.text in _DASHES
        j = i + 1 if separated else i
        opening = self.token(j)
        if separated and opening is not None and opening.arabic and (
            opening.norm in _NEWSPAPERS and (tok is None or tok.text == ":" or self.is_punct(
                j + 1, ":"))
        ):  # fmt: skip
            # "أبوظبي: الخليج هبط المؤشر", "دبي - الخليج:": a paper named by a word that is
            # also a place or a noun (the Gulf), trusted where a dateline puts an outlet
            self.scan.add(opening.text, "publication", "a dateline", 3, opening.start,
                          opening.end)  # fmt: skip
            return
        if opening is not None and opening.text in OPENING:
            match = self.scan.quotes.get(opening.start)
            if match is None or len(match.group(1).split()) > 3:
                return
            closing = self.scan.span_tokens(match).stop
            if self.is_punct(closing, "،,") and (
                (sources := self.token(closing + 1)) is not None
                and sources.norm in _UNNAMED_SOURCES and self.is_punct(closing + 2, ":")
            ):  # fmt: skip
                closing += 2  # "غزة «الخليج»، وكالات:": the outlet and the agencies it used
            if separated or (self.token(closing) is not None and self.tokens[closing].text == ":"):
                self.scan.add(match.group(1), "publication", "a dateline", 3,
                              match.start(1), match.end(1))  # fmt: skip
            return
        if not separated or opening is None:  # `دبي -` and nothing after: no dateline
            return
        end = self.chains.name_forward(j, strong=True)  # الفجيرة: محمد الوسيلة
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
            self.scan.add(self.tokens[j].text, "publication", "a dateline", 3,
                          self.tokens[j].start, self.tokens[j].end)  # fmt: skip
        elif end - j >= 2 and (after is None or after.text == ":" or cue_of(after, VERBS)):
            self.scan.person(j, end, "a byline: `دبي - X:`", 3)

    def quoted_names(self) -> None:
        for match in self.scan.quotes.values():
            inner = match.group(1).strip()
            if match.group(0)[0] == '"' and inner != match.group(1):
                continue  # `"يعتمد مستخدمو "أوتوكاد"`: a quotation's opening, not a pair
            inner, short = self._short_form(inner)
            words = inner.split()
            span = self.scan.span_tokens(match)
            if not words or len(words) > self._most_words(words, span) or not re.search(
                r"\w", inner
            ):  # fmt: skip
                continue
            if self._quoted_person(span, inner, match):
                continue
            kind, strength, cue = self._kind_before(span.start)
            before_quote = self.token(span.start - 1)
            gloss = GLOSS.match(self.text, match.end())
            latin = gloss.group(1).strip() if gloss else ""
            if strength < 3:
                kind, strength, cue = max(
                    (kind, strength, cue), self._kind_after(span.stop, bool(gloss)),
                    key=lambda found: found[1],
                )  # fmt: skip
            if self._told(span.start) and not all(
                normal_word(w) in PLACES and normal_word(w) not in _NEWSPAPERS for w in words
            ):  # fmt: skip  (ل«الخليج»: the paper, whose name is also a place)
                kind, strength, cue = "publication", 3, "`told «X»`"  # (not ل«إسرائيل»)
            if normal_word(words[0]) in _SUPERLATIVES:
                continue  # «أفضل بنك إسلامي»: a title or a ranking, no body's name
            if strength < 3 and self._company_subject(span):
                kind, strength, cue = "company", 3, "`أعلنت «X» عن`"
            first = normal_word(words[0])
            own_head = ORGANISATION_HEADS.get(first) or ORGANISATION_HEADS.get(
                first.removeprefix("ال") if first.startswith("ال") else ""
            )  # fmt: skip
            second = tokenise(words[1])[0] if len(words) >= 2 else None
            if (
                strength < 3 and own_head is not None and second is not None
                and is_name_word(second, article=True)
                and not (  # «مجموعة التتويج»: a stage of what is done, no body
                    len(words) == 2 and first == "مجموعة" and second.has_article
                    and is_verbal_noun(second.norm[2:])
                )
            ):  # fmt: skip
                # «شركة ديار للتطوير», «البنك العربي المتحد»: a quoted body's own head
                kind, strength, cue = own_head, 3, "a quoted name with its head noun"
            if strength < 3 and len(words) >= 2 and normal_word(words[-1]) in COMPANY_WORDS:
                # «الإمارات ريت», «X القابضة»: a company's type or legal form ends its name
                kind, strength, cue = "company", 3, "a quoted name ending with its legal form"
            shares = self.token(span.start - 1)
            if strength < 3 and shares is not None and shares.norm in SHARES:
                kind, strength, cue = "company", 3, "`سهم «X»`"  # a listed company's share
            if strength < 3 and (listed := self._quoted_before_and(span.start)) is not None:
                kind, strength, cue = listed, 3, "`«X» و«Y»`"  # the next of a quoted list
            if strength < 3 and not latin and not self._looks_like_name(words):
                continue
            if strength < 3 and all(normal_word(word) in PLACES for word in words):
                continue  # عبر "هرمز": a place quoted, no body
            if strength < 3 and before_quote is not None and cue_of(before_quote, _PLACE_NOUNS):
                continue  # بولاية "شرناق": the place a noun of place names
            if strength < 3 and before_quote is not None and cue_of(before_quote, _TOPICS):
                continue  # ملف "بديل", مقياس "ريختر", لقب "X": a topic, a scale, a nickname
            if (
                strength < 3 and before_quote is not None and cue_of(before_quote, _COPULAS)
                and (self.token(span.stop) is None or self.is_punct(span.stop))
            ):  # fmt: skip
                continue  # كان «حظا».: the predicate, no name (not كانت «X» قد: its subject)
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
            if strength < 3 and (
                self._a_work_s(span.start)
                or _YEAR_AFTER.match(self.text, match.end())
                and not (before_quote is not None and cue_of(before_quote, _PUBLISHERS))
            ):  # fmt: skip
                continue  # "رواية «X»", "بعنوان «X»", '"X" (1994)': a work's title, no body
            if strength < 3 and len(re.sub(r"\W", "", inner)) < 2:
                continue  # `"X"، و"Y"`: a lone و between two quotations, no name
            if strength < 3 and TANWEEN.search(inner):
                continue  # عرضاً «إسرائيلياً», "حصنًا منيعًا": words in case, with tanween
            if strength < 3 and (
                self._a_person_s(span.start)
                or len(words) > 1 and all(normal_word(w) in GIVEN_NAMES for w in words)
            ):  # fmt: skip
                continue  # `محمد رضا "بوبو"`, `اللاعب "X"`, `ويركز "X"`, "سعد سمير": a person
            if strength < 3 and len(words) == 1 and _negated_verb(normal_word(inner)):
                continue  # "لاتزال" تشكل: لا and a present verb, written as one word
            if latin and strength < 3 and re.search(r"\d", latin):
                kind, strength = "product", 2
            if strength < 3 and re.search(r"\d", inner):
                # «جيتكس 2017» is an edition of an event; «كوفيد-19», «أوفيس 365» products
                year = re.search(r"(?<!\d)(?:19|20)\d\d$", inner)
                kind, strength = ("event" if year else "product"), 2
            at = match.start(1) + match.group(1).find(inner)
            self.scan.add(inner, kind, cue, strength, at, at + len(inner), latin,
                          forms=(short,) if short else ())  # fmt: skip

    def _quoted_before_and(self, first: int) -> str | None:
        """`أسهم «إعمار» و«الدار»`: a quoted name after و and another quoted name whose
        kind a cue named (strength 3) is of that kind; else None."""
        conjunction, closing = self.token(first - 1), self.token(first - 2)
        if conjunction is None or conjunction.text != "و" or closing is None:
            return None
        if closing.text not in '»”"':
            return None
        return next(
            (m.kind for m in self.scan.mentions
             if m.strength >= 3 and m.end == closing.start and m.kind != "person"),
            None,
        )  # fmt: skip

    def _company_subject(self, span: range) -> bool:
        """`أعلنت «إعمار العقارية» عن`: a quoted name right after what a company does (a
        feminine verb: a company is feminine) and before عن/أمس or a comma is its subject."""
        verb, after = self.token(span.start - 1), self.token(span.stop)
        if verb is None or after is None:
            return False
        bare = verb.norm[1:] if verb.norm[:1] in "وف" and len(verb.norm) > 4 else verb.norm
        return bare in _COMPANY_VERBS and (after.norm in _ANNOUNCED or after.text in "،,")

    def _short_form(self, inner: str) -> tuple[str, str]:
        """A quoted name and the short form written after a dash inside the quotes
        (`"الشركة الوطنية للتبريد المركزي - تبريد"`), else the name and ""."""
        name, dash, short = inner.partition(" - ")
        if not dash or len(name.split()) < 2 or not 1 <= len(short.split()) <= 2:
            return inner, ""
        return name.strip(), short.strip()

    def _most_words(self, words: list[str], span: range) -> int:
        """How many words a quoted name may have: three, or five when a listed share or
        its own head noun says it names a body (`سهم "شركة دبي الوطنية للتأمين"`)."""
        first = normal_word(words[0])
        own_head = first in ORGANISATION_HEADS or first.removeprefix("ال") in ORGANISATION_HEADS
        shares = self.token(span.start - 1)
        return 5 if own_head or (shares is not None and cue_of(shares, SHARES)) else 3

    def _quoted_person(self, span: range, inner: str, match: re.Match[str]) -> bool:
        """`وقال «مسامي أندو»، الرئيس التنفيذي ...`: a quoted name with a role after it."""
        words = inner.split()
        if len(words) < 2 or not all(
            is_name_word(t, article=k == len(span) - 1) for k, t in
            enumerate(self.tokens[span.start + 1 : span.stop - 1])
        ):  # fmt: skip
            return False
        role = self.roles.role_after(span.stop)
        before = self.token(span.start - 1)
        if role is None and not (before is not None and cue_of(before, SPEECH_VERBS)
                                 and self.is_punct(span.stop, ":")):  # fmt: skip
            return False
        self.scan.add(inner, "person", "a quoted name with a role", 3, match.start(1),
                      match.end(1), role=role)  # fmt: skip
        return True

    def _a_work_s(self, first: int) -> bool:
        """A noun of a work (a book, a novel, a film, a song) or "titled" before a quoted
        name, across a definite adjective (`روايته الجديدة «X»`)."""
        for k in range(first - 1, max(-1, first - 3), -1):
            token = self.tokens[k]
            if not token.arabic or self.is_punct(k):
                return False
            if cue_of(token, _WORKS) or PRONOUN_SUFFIX.sub("", token.norm) in _WORKS or (
                token.norm[-1:] == "ه" and token.norm[:-1] in _WORKS
            ):  # fmt: skip
                return True
            if not token.has_article:
                return False
        return False

    def _a_person_s(self, first: int) -> bool:
        """What comes before a quoted name (token `first`) makes it a person's: a definite
        role or a nationality (`اللاعب "X"`, `الصيني "X"`, `اللاعب المحايد "X"`; `رئيس
        «X»` is a body's), a given name with
        no mark between (a nickname: `أحمد عبد الرحيم "إيشو"`), or a masculine present verb
        whose subject it is (`ويركز "X"`; a company takes the feminine: تركز)."""
        before = self.token(first - 1)
        if before is None or not before.arabic:
            return False
        bare = before.norm[1:] if before.norm[:1] in "وف" and len(before.norm) > 4 else before.norm
        if bare[:1] == "ي" and verb_shaped(bare):
            return True
        for k in range(first - 1, max(-1, first - 3), -1):
            token = self.tokens[k]
            if not token.arabic or self.is_punct(k):
                break
            if token.has_article and (
                cue_of(token, ROLES) or token.norm[2:] in ROLES or nationality(token.norm)
            ):  # fmt: skip  (a definite role is in apposition; `رئيس «أرامكو»` is its body's)
                return True
            if not token.has_article:
                break  # (across one adjective only: اللاعب المحايد)
        for k in range(first - 1, max(-1, first - 4), -1):
            token = self.tokens[k]
            if not token.arabic or self.is_punct(k) or cue_of(token, STOPWORDS):
                return False  # (not `سامي نادر من "نوفا لابس"`: where he works)
            if token.norm in GIVEN_NAMES or (
                token.norm[:1] == "و" and token.norm[1:] in GIVEN_NAMES
            ):  # fmt: skip
                return True
        return False

    def _looks_like_name(self, words: list[str]) -> bool:
        """A quoted phrase with no cue: a name, not a quoted term or slogan."""
        norms = [normal_word(word) for word in words]
        if any(n in STOPWORDS or n in NOT_NAMES or n in VERBS or verb_shaped(n) for n in norms):
            return False  # "يعتمد مستخدمو": a quoted sentence
        if any(len(n) > 4 and n.endswith(("ته", "تها", "هم", "هما", "كم")) for n in norms):
            return False  # من أجل "سلامته": a noun with "his", "their"
        if any(
            MARKS.sub("", w).startswith("ال")
            # "بالتواطؤ": a preposition or "and" on the article, a common noun
            or len(n) >= 6
            and n.startswith(("بال", "وال", "فال", "كال"))
            or n.startswith("لل")
            and not (n[2:] in SECTORS or SECTOR_SUFFIX.match(n))
            or n.endswith("ة")
            for w, n in zip(words, norms, strict=True)
        ):
            return False
        # A word the text also writes with the article is a common noun (ذكاء / الذكاء).
        return not any(self.scan.corpus.common(n) for n in norms)

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
            owned = PRONOUN_SUFFIX.sub("", token.norm) if len(token.norm) > 4 else ""
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
                following.text in OPENING or cue_of(following, ORGANISATION_HEADS)
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

    def interviewed_by(self) -> None:
        """`في مقابلة ل هآرتس أمس`, `في تصريحات لـ X:`: the outlet an interview or a
        statement was given to, ل standing apart before its one-word name."""
        for i, token in enumerate(self.tokens):
            if token.text not in ("ل", "لـ") or i < 1 or i + 1 >= len(self.tokens):
                continue
            given, name = self.tokens[i - 1], self.tokens[i + 1]
            after = self.token(i + 2)
            if (
                cue_of(given, _INTERVIEWS) and name.arabic and not name.has_article
                and is_name_word(name) and not cue_of(name, STOPWORDS | VERBS)
                and (after is None or after.text in ":،," or after.norm in _THAT | _TODAY)
            ):  # fmt: skip
                self.scan.add(name.text, "publication", "`مقابلة ل X`", 3, name.start,
                              name.end)  # fmt: skip

    def told_glued(self) -> None:
        """`قال ... لالخليج:`, `وأكدت المصادر لالخليج أن`: ل glued to a name with the
        article (a common noun would be written للـ), told something: a newspaper or an
        agency."""
        for i, token in enumerate(self.tokens):
            if not token.norm.startswith("لال"):
                continue
            bare = MARKS.sub("", token.text)
            if token.arabic and bare.startswith("لال") and len(bare) > 5:
                after = self.token(i + 1)
                told = after is None or after.text in ":،," or after.norm in _THAT
                if told and self._speech_before(i - 1):
                    self.scan.add(token.text[1:], "publication", "`told لالـX`", 3,
                                  token.start + 1, token.end)  # fmt: skip

    def bracketed(self) -> None:
        """`(دو)` right after a body's name: another name for it; `منصة ... (دبي الآن)`:
        a product named in brackets."""
        for match in _INITIALS.finditer(self.text):
            self.scan.add(match.group(1), "publication", "an agency's initials in brackets", 3,
                          match.start(1), match.end(1))  # fmt: skip
        for signed in _SIGN_OFF.finditer(self.text):
            k = self.scan.at_offset.get(signed.start(1))
            if k is None or self.tokens[k].norm in _UNNAMED_SOURCES:
                continue  # (وكالات): agencies, unnamed
            self.scan.add(signed.group(1), "publication", "the agency signing off `(X)`", 3,
                          signed.start(1), signed.end(1))  # fmt: skip
        for match in re.finditer(r"\(([\u0621-\u064a][\u0621-\u064a ]{0,30})\)", self.text):
            words = match.group(1).split()
            if not words or len(words) > 3:
                continue
            first = self.scan.at_offset.get(match.start(1))
            if first is None or any(
                cue_of(t, STOPWORDS) for t in self.tokens[first : first + len(words)]
            ):
                continue
            before = self._named_just_before(match.start())
            if before and before[-1].kind != "person":
                owner = before[-1]
                self.scan.mentions.remove(owner)
                self.scan.mentions.append(replace(owner, forms=owner.forms + (match.group(1),)))
                continue
            kind, strength, cue = self._kind_before(first - 1)
            for back in range(first - 2, max(-1, first - 10), -1):
                if strength == 3 or self.is_punct(back, ".!?؟"):
                    break
                kind, strength, cue = self._kind_before(back)
            if strength == 3 and kind == "product":
                self.scan.add(match.group(1), kind, "a name in brackets after a product noun", 2,
                              match.start(1), match.end(1))  # fmt: skip

    def _named_just_before(self, at: int) -> list[Mention]:
        """The mentions that end right before offset `at` (spaces and quotes between, or
        an adjective of status: `وكالة الأنباء السعودية الرسمية «واس»`)."""
        return [m for m in self.scan.mentions if m.end <= at
                and all(normal_word(word) in _STATUS
                        for word in self.text[m.end : at].strip(" \"»”«").split())]  # fmt: skip

    def quoted_aliases(self) -> None:
        """`منظمة التجارة الخارجية اليابانية «جيترو»`: a quoted name right after a body's
        name is another name for that body."""
        for start, match in self.scan.quotes.items():
            owners = [m for m in self._named_just_before(start) if m.kind != "person"
                      and m.start < start]  # fmt: skip
            alias = next((m for m in self.scan.mentions if m.start == match.start(1)), None)
            if owners and alias is not None and alias.kind != "person":
                owner = owners[-1]
                self.scan.mentions.remove(alias)
                self.scan.mentions.remove(owner)
                self.scan.mentions.append(replace(owner, forms=owner.forms + (alias.name,)))
