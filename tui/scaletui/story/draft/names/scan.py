"""The state every name cue shares: one paragraph's tokens and quotes, the mentions found so
far (`Scan.add`, `Scan.person`), the name model's labels; and the whole text's words
(`Corpus`), which tell a common noun from a name."""

from __future__ import annotations

import re

from ..lexicon import GIVEN_NAMES, HONORIFICS, NAME_LINKS, normal_word
from ..tagger import tag
from ..tokens import Mention, Token, tokenise
from .words import (
    COUNT_WORDS,
    DEMONSTRATIVES,
    PRONOUN_SUFFIX,
    broken_plural,
    is_verbal_noun,
    plural_of_things,
    verb_of_a_clause,
    verb_shaped,
)

# A straight quote " both opens and closes: an opening one is followed by a letter, a
# closing one follows a letter (`حزبية" . وأعلن ... جماعة "أنصار`: the closing mark of
# one quote and the opening mark of the next hold no quote between them).
_ABD = normal_word("عبد")  # a compound given name's first word (عبد الرحيم)
_QUOTE = re.compile(r"[\"«“](?!(?<=\")\s)([^\"«»“”\n]{1,60}?)(?!(?<=\s)\")[\"»”]")


class Corpus:
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


class Scan:
    """One paragraph as the cues read it: its tokens and quotes, the mentions found so far,
    the tokens already read as a person's role, and the name model's labels. Every
    collaborator reads the paragraph through it and adds what it finds to it."""

    def __init__(self, index: int, text: str, corpus: Corpus) -> None:
        self.index, self.text, self.corpus = index, text, corpus
        self.tokens = _titles_joined(tokenise(text))
        self.at_offset = {token.start: i for i, token in enumerate(self.tokens)}
        self.quotes = {m.start(): m for m in _QUOTE.finditer(text)}
        self.quoted = {i for m in self.quotes.values() for i in self.span_tokens(m)}
        self.mentions: list[Mention] = []
        self.role_tokens: set[int] = set()  # tokens inside a role already read
        self._labels: list[tuple[str, float]] | None = None

    def span_tokens(self, match: re.Match[str]) -> range:
        first = self.at_offset.get(match.start(), 0)
        last = first
        while last < len(self.tokens) and self.tokens[last].end <= match.end():
            last += 1
        return range(first, last)

    def add(self, name: str, kind: str, cue: str, strength: int, start: int, end: int,
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

    @property
    def labels(self) -> list[tuple[str, float]]:
        """The name model's label for each token and its confidence (draft/tagger.py)."""
        if self._labels is None:
            self._labels = tag([token.text for token in self.tokens])
        return self._labels

    def strip_and(self, i: int) -> int:
        """How many letters of token i are the conjunction و (or ف): "وسامي" is "and Sami";
        وائل and وليد are names."""
        token = self.tokens[i]
        if token.norm[:1] == "و" and len(token.norm) > 3 and token.norm not in GIVEN_NAMES:
            return 1  # (ف as "and" is rare in news; فايننشال begins with ف)
        return 0

    def preposition_glued(self, i: int, end: int) -> bool:
        """The name at tokens i..end begins with ل or ب glued to a given name (لأحمد) or
        to the عبد of a compound one (لعبد الرحيم): a preposition, not the name's."""
        norm = self.tokens[i].norm
        return (
            norm[:1] in "لب" and norm not in GIVEN_NAMES
            and (norm[1:] in GIVEN_NAMES or norm[1:] == _ABD and end - i >= 2)
        )  # fmt: skip

    def person(self, i: int, end: int, cue: str, strength: int = 3, strip: int = 0,
               surname_only: bool = False, role: tuple[int, int] | None = None) -> None:  # fmt: skip
        if not strip and self.preposition_glued(i, end):
            strip = 1  # "كانت لأحمد X", "ديوان لعبد الرحيم X": the preposition glued to it
        first = self.tokens[i].norm[strip:]
        if self.tokens[end - 1].norm in NAME_LINKS:
            return  # "نبيل عبد" of نبيل عبد الله: a name never ends in a link
        named_na = (  # "كليونا رايلي، أستاذة ...": a given name in نا, not "our"
            first.endswith("نا") and role is not None and end - i >= 2
            and not self.tokens[i + 1].has_article
        )  # fmt: skip
        verbal = is_verbal_noun(first) and not (  # إيمان، أولاف: a name of إفعال's shape
            role is not None
            and role[1] <= self.tokens[i].start
            or self.labels[i][0] == "B-PER"
            or i > 0
            and self.tokens[i - 1].norm in HONORIFICS  # "الدكتورة إخلاص X"
            or end - i >= 2
            and self.tokens[i + 1].has_article
            and self.tokens[i + 1].norm.endswith("ي")  # "إحسان الحلبي": a family nisba
        )  # when a role or a title leads it or the name model reads a name there
        if first not in GIVEN_NAMES and (
            verbal or len(first) > 4 and PRONOUN_SUFFIX.search(first) and not named_na
        ):
            return  # "إرسال الملفات", "هويته": what is done, or a noun with "his"; no name
        if first in COUNT_WORDS:
            return  # "72 مليون سهم": a count of things, no one's name
        if first in DEMONSTRATIVES:
            return  # "ورأت هاتان المنظمتان": "these two", no one's name
        if first[:1] == "ل" and verb_shaped(first[1:]) and self.labels[i][0] == "O":
            return  # "ليصعد X": "so as to rise", a verb
        label, sure = self.labels[i]
        chained = (nxt := self.token(i + 1)) is not None and nxt.norm in NAME_LINKS
        if first not in GIVEN_NAMES and label == "O" and sure >= 0.99 and (
            plural_of_things(first) and not broken_plural(first)
            or len(first) == 4 and first[0] == "ت" and first[1] not in "اوي"
        ) and not chained:  # fmt: skip  # (فعول and فواعل are names' shapes too: بدور، هوارد)
            return  # "مواضيع جديدة", "تقرأ سيرة": a plural of things, a present verb
        if first not in GIVEN_NAMES and not self.labels[i][0].endswith("PER") and not chained and (
            verb_of_a_clause(first)
            or first[:1] in "بل" and first[1:] not in GIVEN_NAMES and (
                len(first) == 4 and not any(c in "اويىءأإآؤئة" for c in first[1:])
                or is_verbal_noun(first[1:]) or self.corpus.common(first[1:])
            )
        ):  # fmt: skip
            return  # "أن نرحب بشكل", "ونثروا رماده": a verb; "القاضي بسحب", "القيام بنقل":
            # a preposition and what is done (فعل's bare shape, a verbal noun, a word the
            # text writes with the article); a name after one reads as a name: بمحمد, براد
        last = self.tokens[end - 1]
        if first not in GIVEN_NAMES and (
            len(first) >= 6 and first.endswith("ات")  # "انفجارات متتالية", "مبيعات"
            or end - i >= 2 and last.has_article and len(last.norm) >= 8
            and last.norm.endswith(("ين", "ون"))  # "طاقم المفاوضين": a plural of people
        ) and not self.labels[i][0].endswith("PER"):  # fmt: skip
            return  # a plural noun, not a name (unless the model reads a name: جايانات)
        start = self.tokens[i].start + strip
        self.add(self.text[start : self.tokens[end - 1].end], "person", cue, strength,
                 start, self.tokens[end - 1].end, surname_only=surname_only,
                 role=role)  # fmt: skip
        if role is not None:
            self.role_tokens.update(
                k for k, t in enumerate(self.tokens) if role[0] <= t.start < role[1]
            )


class Cues:
    """One job's cues over a paragraph: a collaborator of the Scan, which it reads the
    paragraph through and adds what it finds to."""

    def __init__(self, scan: Scan) -> None:
        self.scan = scan
        # The readers every cue calls, for every word: bound once.
        self.tokens, self.text, self.quoted = scan.tokens, scan.text, scan.quoted
        self.token, self.is_punct, self.is_mark = scan.token, scan.is_punct, scan.is_mark
        self.common = scan.common
