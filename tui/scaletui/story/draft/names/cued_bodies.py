"""Bodies named with no head noun before them (`CuedBodies`)."""

from __future__ import annotations

from ..lexicon import (
    DEFINITE_HEADS,
    GIVEN_NAMES,
    HONORIFICS,
    LETTER_NAMES,
    ORGANISATION_HEADS,
    PLACES,
    PUBLICATION_WORDS,
    ROLES,
    SAYING,
    SECTOR_SUFFIX,
    SECTORS,
    STOPWORDS,
    VERBS,
    normal_word,
    word_set,
)
from ..tokens import HEAD_WORDS, cue_of, is_name_word
from .chains import NameChains
from .scan import Cues, Scan
from .words import (
    AFTER_COMPANY,
    BOARDS,
    ON_BEHALF,
    PRONOUN_SUFFIX,
    ROLE_PREPOSITIONS,
    ROLE_TAILS,
    scope_adjective,
    strip_given,
)

# Goods a firm's name says it sells, beside the lexicon's sectors: "X للسيارات".
_GOODS = word_set("سيارات معدات مشروبات منتجات مجوهرات ساعات عطور ملابس اثاث ادوية")
# A news outlet's heads and its last word: شبكة سي.إن.إن الإخبارية.
# Nouns that make a preposition with من ("من أجل", "من جانب"): no maker of a product.
_AFTER_MIN = word_set("أجل جانب جهة قبل خلال دون ضمن بين")

_OUTLETS = word_set("شبكة قناة موقع")
_NEWS = word_set("الاخبارية الاخباري")

# Officials in construct with the body they serve: مسؤولو البيت الأبيض.
_OFFICIALS = word_set("مسؤولو مسؤولي موظفو موظفي مستشارو مستشاري")


class CuedBodies(Cues):
    """Bodies the text names with no head noun: the body a role is held at (`مدير عام
    داتاماتكس`, `الرئيس التنفيذي لإنتل`), a definite name in construct with officials
    (`مسؤولو البيت الأبيض`), a name whose own words say what it is (`جمبو للإلكترونيات`,
    `نيويورك تايمز`, `مراسل الجزيرة`), and bodies named by what is said of them (`مجلس إدارة
    X`, `التابعة لX`, a product `من X`)."""

    def __init__(self, scan: Scan, chains: NameChains) -> None:
        super().__init__(scan)
        self.chains = chains

    def bodies_in_roles(self) -> None:
        """`مدير عام داتاماتكس`, `نائب الرئيس في داتامينا`, `الرئيس التنفيذي لإنتل`: the
        body a role is held at, named by a transliterated name (no head noun) right
        after the role's own words or after في/لدى."""
        for i, token in enumerate(self.tokens):
            role = (
                cue_of(token, ROLES) is not None
                or token.norm in ROLE_TAILS
                and (i > 0 and cue_of(self.tokens[i - 1], ROLES) is not None)
            )
            if i in self.quoted or not role:
                continue
            j = i + 1
            if (tok := self.token(j)) is not None and tok.norm in ROLE_PREPOSITIONS:
                j += 1
            elif token.norm not in ROLE_TAILS:
                continue  # "الرئيس ترمب": a role right before a name is a title
            first = self.token(j)
            if (
                first is None or j in self.quoted or first.has_article or not first.arabic
                or cue_of(first, HEAD_WORDS | ROLES | HONORIFICS)
                or strip_given(first.norm) in GIVEN_NAMES or first.norm in PLACES
                or first.norm in ROLE_TAILS or first.norm in BOARDS
                or first.norm[:1] == "و" or first.norm.endswith("ا") and j == i + 1
            ):  # fmt: skip
                continue
            lead = 1 if first.norm[:1] == "ل" and j == i + 1 else 0  # لإنتل
            if lead and (first.norm[1:] in GIVEN_NAMES or first.norm[1:] in PLACES):
                continue
            end = self.chains.foreign_end(j)
            if end == j or (lead and len(first.norm) < 4):
                continue
            after = self.token(end)
            if after is not None and not (
                after.is_punct or cue_of(after, STOPWORDS | VERBS | SAYING)
                or after.norm in ROLE_PREPOSITIONS
            ):  # fmt: skip
                continue  # the name must end where the role does
            start = first.start + lead
            self.scan.add(self.text[start : self.tokens[end - 1].end], "company",
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
            if (tok := self.token(j)) is not None and tok.norm in ON_BEHALF:
                j += 1  # "المتحدث باسم X"
            first = self.token(j)
            if first is None or not first.has_article or j in self.quoted:
                continue
            if self.scan.labels[j][0][2:] not in ("ORG", "LOC"):
                continue  # (it may take the officials in: "مسؤولو البيت الأبيض" as one)
            end = j + 1
            while end < len(self.tokens) and self.scan.labels[end][0] in ("I-ORG", "I-LOC"):
                end += 1
            words = self.tokens[j:end]
            if (
                len(words) > 3 or first.norm.endswith("ات")  # الولايات المتحدة: a country
                or any(not t.norm.startswith("ال") or t.norm in PLACES for t in words)
                or first.norm in DEFINITE_HEADS or cue_of(first, HEAD_WORDS | ROLES)
                or scope_adjective(first.norm)
                or normal_word(self.text[first.start : words[-1].end]) in PLACES
            ):  # fmt: skip
                continue
            self.scan.add(self.text[first.start : words[-1].end], "organisation",
                          "a body in construct with its officials", 2, first.start,
                          words[-1].end)  # fmt: skip

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
                    strip = 1 if (self.scan.strip_and(start) and first.norm not in PLACES) or (
                        first.norm[:1] in "لب" and first.norm[1:] in PLACES) else 0  # fmt: skip
                    begin = first.start + strip
                    self.scan.add(self.text[begin : token.end], "publication",
                                  f"`X {token.text}`", 2, begin, token.end)  # fmt: skip
            elif token.norm in ("مراسل", "مراسلة") and (nxt := self.token(i + 1)) is not None and (
                nxt.norm.startswith("ال") and nxt.norm not in STOPWORDS
                and not cue_of(nxt, HEAD_WORDS | ROLES) and nxt.norm[2:] not in PLACES
                and i + 1 not in self.quoted
            ):  # fmt: skip
                self.scan.add(nxt.text, "publication", "`مراسل X`", 2, nxt.start, nxt.end)
            elif self._sector_named(i):
                start = i - 1
                while (
                    start > 0
                    and self.chains.spelt_letter(start)
                    and self.chains.spelt_letter(start - 1)
                ):
                    start -= 1  # إتش بي للإلكترونيات
                strip = self.scan.strip_and(start)
                begin = self.tokens[start].start + strip
                self.scan.add(self.text[begin : token.end], "company",
                              f"`X {token.text}`", 2, begin, token.end)  # fmt: skip
            elif token.norm == "اعلان" and (nxt := self.token(i + 1)) is not None:
                end = self.chains.foreign_end(i + 1)
                after = self.token(end)
                if end > i + 1 and after is not None and after.norm in AFTER_COMPANY:
                    self.scan.add(self.text[nxt.start : self.tokens[end - 1].end], "company",
                                  "`إعلان X أمس`", 2, nxt.start,
                                  self.tokens[end - 1].end)  # fmt: skip

    def _sector_named(self, i: int) -> bool:
        """`جمبو للإلكترونيات`: a sector in the plural (not "للشركات", whom a service is
        for) right after one transliterated word (not a common noun, an adjective in ي,
        a plural, a participle, a word in the accusative or one with a possessive:
        `دعم بلاده للمفاوضات`)."""
        token, before = self.tokens[i], self.token(i - 1)
        if not SECTOR_SUFFIX.match(token.norm) or before is None or not before.arabic:
            return False
        if not self._trade(token.norm[2:]):
            return False  # "موعد محدد للمشاورات", "قمع للحريات": no trade a firm is in
        if token.norm[2:-2] + "ة" in HEAD_WORDS or token.norm[2:-2] in HEAD_WORDS:
            return False  # للشركات، للمؤسسات
        norm = before.norm[1:] if self.scan.strip_and(i - 1) else before.norm
        return (
            is_name_word(before)
            and not before.has_article
            and not self.scan.corpus.common(norm)
            and not norm.endswith(("ي", "ين", "ون", "ات", "ا"))
            and not (len(norm) == 4 and norm[1] == "ا")  # ناقل: a participle
            and not (PRONOUN_SUFFIX.search(norm) or norm.endswith("ه"))  # بلاده: possessed
            and not cue_of(before, HEAD_WORDS | ROLES | VERBS)
        )

    def news_outlets(self) -> None:
        """`شبكة سي.إن.إن الإخبارية`, `قناة فوكس نيوز الإخبارية`: a network, a channel or a
        site whose name ends with "news" (الإخبارية) is an outlet, head to adjective, over
        letters spelt out with or without points."""
        for i, token in enumerate(self.tokens):
            if token.norm not in _NEWS or i in self.quoted:
                continue
            head = next(
                (k for k in range(i - 1, max(-1, i - 8), -1) if cue_of(self.tokens[k], _OUTLETS)),
                None,
            )  # fmt: skip
            if head is None or head == i - 1 or not all(
                self.tokens[k].text == "." or self.tokens[k].norm in LETTER_NAMES
                or self.tokens[k].arabic and not self.tokens[k].has_article
                and is_name_word(self.tokens[k])
                and not cue_of(self.tokens[k], STOPWORDS | VERBS | HEAD_WORDS)
                for k in range(head + 1, i)
            ):  # fmt: skip
                continue
            if any(head < self.scan.at_offset.get(m.start, -1) < i for m in self.scan.mentions):
                continue  # "شبكة الجزيرة", "قناة فوكس نيوز": a cue has the outlet's own name
            outlet = self.tokens[head]
            start = outlet.start + len(outlet.norm) - len(cue_of(outlet, _OUTLETS) or "")
            self.scan.add(self.text[start : token.end], "publication", "`شبكة X الإخبارية`", 3,
                          start, token.end)  # fmt: skip

    @staticmethod
    def _trade(plural: str) -> bool:
        """A plural that is a trade (إلكترونيات، استشارات، صناعات، تقنيات): the lexicon's
        sectors, as written or in the singular in ة, or a maker's goods."""
        stem = plural.removesuffix("ات")
        return any(form in SECTORS or form in _GOODS for form in (plural, stem + "ة", stem))

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
                and not self.scan.corpus.common(nxt.norm[1:])
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
            if token.norm == "من" and cue_of(self.tokens[start], STOPWORDS | _AFTER_MIN):
                continue  # "(...) من أجل": a compound preposition, no maker
            first = self.tokens[start]
            if strip:
                self.tokens[start] = first._replace(text=first.text[1:], start=first.start + 1,
                                                    norm=first.norm[1:])  # fmt: skip
            try:
                end = self.chains.foreign_end(start, allow_common=True)
            finally:
                self.tokens[start] = first
            if token.norm == "من" and end > start:
                if not self.chains.spelt_letter(start):
                    end = start + 1  # "Core i7 من إنتل": one word, then a boundary
                nxt = self.token(end)
                if nxt is not None and not (
                    nxt.is_punct or not nxt.arabic or cue_of(nxt, STOPWORDS | VERBS)
                    or nxt.norm[:1] in "بل" and not nxt.has_article
                ):  # fmt: skip
                    continue
            last = self.tokens[end - 1]
            if end > start and (not last.has_article or last.norm.startswith("لل") and (
                SECTOR_SUFFIX.match(last.norm) or last.norm[2:] in SECTORS
            )):  # "مجلس إدارة ليفن بيرت للاستشارات": a sector ends a firm's name  # fmt: skip
                begin = first.start + strip
                self.scan.add(self.text[begin : self.tokens[end - 1].end], "company",
                              f"`{token.text} X`", 2, begin, self.tokens[end - 1].end)  # fmt: skip
