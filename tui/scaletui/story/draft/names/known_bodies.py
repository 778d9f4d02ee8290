"""Widely known bodies that news names with no cue at all (`KnownBodies`): الأمم المتحدة،
الكنيست، حماس، أرامكو، سامسونج. No head noun comes before them and no verb tells their kind,
so the cues cannot find them; a reader knows them. The table is data
(draft/known_bodies.tsv), drawn from general knowledge of the news."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import NamedTuple

from ..lexicon import (
    COMPANY_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    PLACES,
    ROLES,
    SPEECH_VERBS,
    STOPWORDS,
    VERBS,
    normal_word,
    word_set,
)
from ..tokens import HEAD_WORDS, Token, cue_of
from .scan import Cues
from .words import (
    ENDS_A_BODY,
    future_verb,
    is_verbal_noun,
    is_verbal_noun_of_purpose,
    nationality,
    verb_shaped,
)

# Heads of a body's name that the cues read only with a leader or a speaker (they also
# mean a programme, a forum, a device): a known name after one is part of a longer name.
_UNNAMED_HEADS = word_set("برنامج منتدى جهاز مفوضية تنظيم حركة تيار مكتب")

# Heads of movements and organisations that make one name with a known body after them
# (حركة حماس، منظمة أوبك، حزب الليكود); a company's head does not (شركة هواوي is هواوي).
_NAMING_HEADS = word_set("حركة تنظيم تيار منظمة حزب جماعة حلف")

KNOWN_BODIES_FILE = Path(__file__).parent.parent / "known_bodies.tsv"

_AGAIN = word_set("إعادة")  # "إعادة إعمار": rebuilding again, no company
_BODIES = frozenset({"company", "organisation", "government", "publication", "lab"})
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")  # tatweel, harakat, dagger alef


class KnownBody(NamedTuple):
    words: tuple[str, ...]  # each word as the text may write it, folded (_folded)
    written: tuple[str, ...]  # each word as the table writes it
    kind: str
    doing: bool = False  # also a verbal noun (إعمار: rebuilding), read as one where it is


def _folded(word: str) -> str:
    """A word folded as names are compared: no marks, one alef, ة as ه."""
    return normal_word(word).replace("ة", "ه")


@cache
def _table() -> dict[str, list[KnownBody]]:
    """The table, by each name's first word (folded); longest names first."""
    table: dict[str, list[KnownBody]] = {}
    for line in KNOWN_BODIES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, *use = line.split("\t")
        written = tuple(name.split())
        body = KnownBody(tuple(_folded(w) for w in written), written, kind, use == ["doing"])
        table.setdefault(body.words[0], []).append(body)
    for bodies in table.values():
        bodies.sort(key=lambda b: -len(b.words))
    return table


def _fits(text_word: str, table_word: str) -> bool:
    """The text's word is the table's: the same letters folded; a short word with its
    alef as the table writes it ("وأم" is "and mother", not وام; "وابل" is a barrage, not
    أبل: the table lists each spelling news uses)."""
    if len(table_word) > 4:
        return _folded(text_word) == _folded(table_word)
    return _MARKS.sub("", text_word).replace("ى", "ي") == table_word.replace("ى", "ي")


def _first_forms(token: Token) -> list[tuple[str, int]]:
    """The first word of a name as written after its proclitics, with how many letters
    they take: و/ف ("and"), ل ("for": لسامسونج), and before the article ب/ك too; ل before the
    article writes لل (للأمم المتحدة is ل + الأمم المتحدة). A name without the article
    takes no ب: "بحماس" is "with enthusiasm"."""
    text = _MARKS.sub("", token.text)
    forms = [(text, 0)]
    conjunction = 1 if text[:1] in "وف" and len(text) > 3 else 0
    rest = text[conjunction:]
    if conjunction:
        forms.append((rest, conjunction))
    if rest.startswith("لل") and len(rest) > 4:
        forms.append(("ال" + rest[2:], conjunction + 1))  # the alef of ال is then dropped
    elif rest[:1] in "بك" and rest[1:3] == "ال" and len(rest) > 4:
        forms.append((rest[1:], conjunction + 1))
    elif rest[:1] == "ل" and rest[1:3] != "ال" and len(rest) > 3:
        forms.append((rest[1:], conjunction + 1))
    return forms


def _foreign(token: Token) -> bool:
    """A word that may be a transliterated name: no article, no function word, verb,
    role or head noun, not shaped as a verb (تطلق، أعلنت), a verbal noun or a plural in
    ات, no و of a list's next item."""
    norm = token.norm
    return not (
        token.has_article or len(norm) < 2
        or cue_of(token, STOPWORDS | VERBS | ROLES | HEAD_WORDS | SPEECH_VERBS)
        or norm in PLACES or norm in NOT_NAMES or norm in GIVEN_NAMES
        or verb_shaped(norm) or is_verbal_noun(norm) or norm.endswith(("ات", "ة"))
        or future_verb(norm) or norm[:1] == "س" and verb_shaped(norm[1:])  # سيعقد
        or len(norm) == 5 and norm[0] == "س" and norm[1] in "يتن" and norm[2] not in "اوي"
        or norm[:1] in "تيان" and len(norm) in (4, 5)  # تطلق، يعلن، أعلنت: verbs
        or norm[-1:] == "ت" and len(norm) in (4, 5)
        or norm[:1] == "و" and len(norm) >= 4  # "أمازون وسامسونج": the next of a list
    )  # fmt: skip


class KnownBodies(Cues):
    """Known bodies wherever the text writes them, unless a cue already named them as
    part of something longer (a head noun's name: حركة حماس; a product: أمازون كيندل) or a
    name goes on after them that the table does not have (الأمم المتحدة للطفولة)."""

    def known_bodies(self) -> None:
        table = _table()
        for mention in [m for m in self.scan.mentions if m.strength == 1]:
            first = mention.name.split()[0]
            if first[:1] == "ب" and _folded(first[1:]) in table:
                self.scan.mentions.remove(mention)  # the name model's "بحماس": "with
                # enthusiasm", or the body with its preposition; never a body's name
            elif mention.kind in _BODIES and self._proclitic(first):
                # the name model's "لريال مدريد", "فالزمالك": the body the text also
                # names without its و/ف/ل/ب
                self.scan.mentions.remove(mention)
                self.scan.mentions.append(
                    replace(mention, name=mention.name[1:], start=mention.start + 1)
                )
        for i, token in enumerate(self.tokens):
            if not token.arabic:
                continue
            for first, proclitic in _first_forms(token):
                if self._match(table, i, first, proclitic) is not None:
                    break

    def _match(
        self, table: dict[str, list[KnownBody]], i: int, first: str, proclitic: int
    ) -> int | None:
        """Add the known body whose name begins at token i (its first word `first`, after
        `proclitic` letters); where it ends, or None."""
        for body in table.get(_folded(first), ()):
            end = i + len(body.words)
            if end > len(self.tokens) or not _fits(first, body.written[0]):
                continue
            if not all(
                _fits(self.tokens[i + n].text, body.written[n]) for n in range(1, len(body.words))
            ):
                continue
            if (nxt := self.token(end)) is not None and nxt.arabic and nationality(nxt.norm):
                end += 1  # "الكونغرس الأمريكي": the country is part of the name
            if body.doing and self._done(i, end):
                return None
            headed = self._after_head(i, proclitic)
            if self._goes_on(end, headed) or self._brand(i, end, body.kind):
                cut = (self.tokens[i].start + proclitic, self.tokens[end - 1].end)
                for guess in [m for m in self.scan.mentions if m.strength == 1]:
                    if (guess.start, guess.end) == cut:
                        self.scan.mentions.remove(guess)  # the name model's piece of the
                        # longer name ("مكتب الأمم المتحدة لتنسيق ...")
                return None
            if headed:
                self._with_head(i, end, body.kind)
                return None
            start, stop = self.tokens[i].start + proclitic, self.tokens[end - 1].end
            if self._another_name(i, end):
                return None
            if not self._free(start, stop, len(body.words)):
                return None
            name = self.text[start:stop]
            if name[:1] == "ل" and _folded(name[:2]) != "ال" and body.words[0][:2] == "ال":
                # "للأمم المتحدة": ل then the article, whose alef ل drops; the name has it
                start -= 1
                name = "ا" + name
            self.scan.add(name, body.kind, "a widely known body", 3, start, stop)
            return end
        return None

    def _after_head(self, i: int, proclitic: int) -> bool:
        """A head noun comes before the name at token i (`منظمة أوبك`, `حركة حماس`,
        `مكتب الأمم المتحدة`), or the name model reads a body begun before it (تومسون
        رويترز): the name is part of a longer one."""
        before = self.token(i - 1)
        return bool(
            not proclitic and before is not None and before.arabic and (
                cue_of(before, HEAD_WORDS | _UNNAMED_HEADS)
                or self.scan.labels[i - 1][0] in ("B-ORG", "I-ORG")
            )
        )  # fmt: skip

    def _goes_on(self, end: int, headed: bool) -> bool:
        """A longer name goes on after the known one: a purpose with لل (`الأمم المتحدة
        للطفولة`), an adjective not of a country (`الإنمائي`), or after a head what it does
        with ل (`مكتب الأمم المتحدة لتنسيق الشؤون`)."""
        after = self.token(end)
        return after is not None and after.arabic and (
            after.norm.startswith("لل")
            or after.has_article and after.norm.endswith(("ي", "ية")) and not nationality(
                after.norm) and after.norm not in ENDS_A_BODY
            or headed and is_verbal_noun_of_purpose(after.norm)
        )  # fmt: skip

    def _with_head(self, i: int, end: int, kind: str) -> None:
        """`القيادي في حركة حماس`: the head and the known name are the body's name where
        no cue has read the head (it names a movement only with a leader's word)."""
        head = self.tokens[i - 1]
        bare = cue_of(head, _NAMING_HEADS)
        start, stop = head.end - len(bare or ""), self.tokens[end - 1].end
        if bare is None or any(
            m.start < stop and start < m.end and m.strength > 1 for m in self.scan.mentions
        ):  # fmt: skip
            return  # (a cue named it already)
        for guess in [m for m in self.scan.mentions if m.strength == 1]:
            if start <= guess.start and guess.end <= stop:
                self.scan.mentions.remove(guess)  # the name model's "حماس" of حركة حماس
        self.scan.add(self.text[start:stop], kind, "a widely known body after its head", 3,
                      start, stop)  # fmt: skip

    def _another_name(self, i: int, end: int) -> bool:
        """`حلف شمال الأطلسي (الناتو)`: a known name in brackets right after a body's name
        is another name for it, given to that body as a form; True if so."""
        opening, closing = self.token(i - 1), self.token(end)
        if opening is None or opening.text != "(" or closing is None or closing.text != ")":
            return False
        before = self.token(i - 2)
        owner = next(
            (m for m in self.scan.mentions
             if before is not None and m.end == before.end and m.kind in _BODIES),
            None,
        )  # fmt: skip
        if owner is None:
            return False
        form = self.text[self.tokens[i].start : self.tokens[end - 1].end]
        self.scan.mentions.remove(owner)
        self.scan.mentions.append(replace(owner, forms=(*owner.forms, form)))
        return True

    def _done(self, i: int, end: int) -> bool:
        """A company's name that is also a verbal noun reads as what is done: after إعادة
        ("إعادة إعمار"), with ب/ل on it, or before its object, definite or a place
        ("إعمار المدن", "مبادلة الأسرى", "إعمار غزة"): a verbal noun without the article
        stands in construct with what it acts on."""
        token, before, after = self.tokens[i], self.token(i - 1), self.token(end)
        if token.norm[:1] in "بل" or before is not None and cue_of(before, _AGAIN):
            return True
        return after is not None and after.arabic and (
            after.has_article and after.norm not in COMPANY_WORDS and not nationality(after.norm)
            or after.norm in PLACES  # "إعمار غزة": rebuilding a place
        )  # fmt: skip

    def _proclitic(self, first: str) -> bool:
        """A body's first word as the name model read it begins with و/ف/ل/ب that the text
        writes the word without elsewhere (لريال beside ريال): a proclitic, not the name's."""
        rest = normal_word(first[1:])
        return (
            first[:1] in "وفلب" and len(rest) >= 3 and rest not in STOPWORDS
            and self.scan.corpus.count(rest) > 0
        )  # fmt: skip

    def _brand(self, i: int, end: int, kind: str) -> bool:
        """A company's name as the brand of a product named after it (`أمازون كيندل`,
        `«آبل ستور»`, `(آبل آي بود)`): a transliterated word follows without the article,
        or the quote or bracket it is in holds more than the name."""
        after = self.token(end)
        if (
            kind == "company"
            and after is not None
            and after.arabic
            and _foreign(after)
            and (
                not self.scan.common(after)
                and (after.norm[:1] not in "بل" or self.scan.labels[end][0].startswith("I-"))
            )
        ):  # fmt: skip  (not "دانة غاز بحفر": a preposition and a noun, unless the
            # name model reads the name going on: أمازون برايم)
            return True
        before = self.token(i - 1)
        return (
            before is not None and before.text in "«(\"“"
            and after is not None and after.text not in "»)\"”"
        )  # fmt: skip

    def _free(self, start: int, stop: int, words: int) -> bool:
        """No cue has read these letters, or only the name model (which gives no reason)
        or a guess of a person inside them, from a common given name (دانة غاز) or, in a
        name of several words, from any cue (`مسؤول في حلف شمال الأطلسي`): such a guess
        gives way to the table's name."""
        overlapping = [m for m in self.scan.mentions if m.start < stop and start < m.end]
        if any(
            m.strength > 1
            and not (
                m.kind == "person" and (m.strength == 2 or words > 1)
                and start <= m.start and m.end <= stop
            )
            for m in overlapping
        ):  # fmt: skip
            return False
        for mention in overlapping:
            self.scan.mentions.remove(mention)
        return True
