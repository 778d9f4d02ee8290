"""Cues for names in Arabic news: who and what a text names, and what kind each is.

Each cue is a pattern Arabic news writes by habit (the word lists are in lexicon.py):
- a head noun before a name: `شركة X`, `مجموعة X`, `وزارة X`, `جامعة X`, `صحيفة «X»`,
  `مختبر ... «X»`, `معرض «X»`, `نظام «X»` (the head gives the kind);
- a speaker: `قال/صرّح/أوضح/أكد/أشار/أضاف X، منصبه`, `... X قائلاً`, `وفقاً لـX، منصبه`;
- an honorific or title before a name: الشيخ، سمو، معالي، الدكتور، المهندس ...;
- an apposition: `X، مدير ...`, and the reverse `الرئيس التنفيذي لشركة Y، X،`;
- an appointment: `تعيين X في منصب ...`; a person from a body: `مثل X من «Y»`;
- a common given name before a family name (`جون سميث`);
- quoted names `«X»`, with a Latin gloss `(X)` when the text gives one; `«X» من «Y»`
  makes X a product of Y; a dateline `دبي: «X»` makes X a newspaper or agency.
The result is a list of mentions; entities.py merges them into entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator

from ..pacing import Pacer
from .lexicon import (
    APPOINTMENT,
    ARTICLE_NAME_HEADS,
    ATTRIBUTION,
    EVENT_HEADS,
    GIVEN_NAMES,
    HONORIFICS,
    NAME_KEEPS_HEAD,
    NAME_LINKS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    PLURAL_HEADS,
    PRODUCT_HEADS,
    ROLES,
    SAYING,
    SECTOR_SUFFIX,
    SPEECH_VERBS,
    STOPWORDS,
    normal_word,
)
from .tokens import (
    HEAD_WORDS,
    MARKS,
    Mention,
    Token,
    cue_of,
    is_name_word,
    tokenise,
)

_QUOTE = re.compile(r"[\"«“]([^\"«»“”\n]{1,60}?)[\"»”]")
_GLOSS = re.compile(r"\s*\(([A-Za-z][A-Za-z0-9 .&'+-]{0,60}?)\)")
_DATELINE = re.compile(r"^[\u0621-\u064a ]{2,24}[:：]\s*$")
# Words that may stand between an apposition's comma and its head: "، إحدى أكبر شركات".
_APPOSITION_LEADS = frozenset(
    normal_word(w) for w in "أكبر أحد إحدى أهم أبرز أشهر أول أقدم".split()
)
_OPENING = '«"“'
_MAX_NAME_WORDS = 4


class _Scanner:
    """One paragraph's tokens and quotes, with the cues run over them."""

    def __init__(self, index: int, text: str, corpus_words: frozenset[str]) -> None:
        self.index, self.text, self.corpus_words = index, text, corpus_words
        self.tokens = tokenise(text)
        self.at_offset = {token.start: i for i, token in enumerate(self.tokens)}
        self.quotes = {m.start(): m for m in _QUOTE.finditer(text)}
        self.quoted = {i for m in self.quotes.values() for i in self._span_tokens(m)}
        self.mentions: list[Mention] = []

    def _span_tokens(self, match: re.Match[str]) -> range:
        first = self.at_offset.get(match.start(), 0)
        last = first
        while last < len(self.tokens) and self.tokens[last].end <= match.end():
            last += 1
        return range(first, last)

    def _add(self, name: str, kind: str, cue: str, strength: int, start: int, end: int,
             latin: str = "", surname_only: bool = False) -> None:  # fmt: skip
        name = name.strip(" ،,.:؛")
        if name:
            self.mentions.append(
                Mention(name, kind, cue, strength, self.index, start, end, latin, surname_only)
            )

    def token(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def is_punct(self, i: int, marks: str = "،,.:؛;!?؟()") -> bool:
        token = self.token(i)
        return token is None or token.text in marks

    # --- quoted names -----------------------------------------------------------

    def quoted_names(self) -> None:
        for start, match in self.quotes.items():
            inner = match.group(1).strip()
            words = inner.split()
            if not words or len(words) > 3 or not re.search(r"\w", inner):
                continue
            span = self._span_tokens(match)
            kind, strength, cue = self._kind_before(span.start)
            gloss = _GLOSS.match(self.text, match.end())
            latin = gloss.group(1).strip() if gloss else ""
            if strength < 3:
                kind, strength, cue = max(
                    (kind, strength, cue), self._kind_after(span.stop, bool(gloss)),
                    key=lambda found: found[1],
                )  # fmt: skip
            dateline = _DATELINE.match(self.text[:start])
            if dateline or self._told(span.start):
                kind, strength, cue = "publication", 3, "a dateline or `told «X»`"
            if strength < 3 and not latin and not self._looks_like_name(words):
                continue
            if latin and strength < 3 and re.search(r"\d", latin):
                kind, strength = "product", 2
            self._add(inner, kind, cue, strength, match.start(1), match.end(1), latin)

    def _looks_like_name(self, words: list[str]) -> bool:
        """A quoted phrase with no cue: a name, not a quoted term or slogan."""
        norms = [normal_word(word) for word in words]
        if any(n in STOPWORDS or n in NOT_NAMES for n in norms):
            return False
        if any(
            MARKS.sub("", w).startswith("ال") or n.endswith("ة")
            for w, n in zip(words, norms, strict=True)
        ):
            return False
        # A word the text also writes with the article is a common noun (ذكاء / الذكاء).
        return not any("ال" + n in self.corpus_words for n in norms)

    def _kind_before(self, first: int) -> tuple[str, int, str]:
        """A head noun right before a name, across adjectives with the article."""
        i = first - 1
        for _ in range(4):
            token = self.token(i)
            if token is None or not token.arabic:
                break
            for words, kind in ((ORGANISATION_HEADS, ""), (EVENT_HEADS, "event"),
                                (PRODUCT_HEADS, "product")):  # fmt: skip
                head = cue_of(token, words)
                if head is not None:
                    found = kind or ORGANISATION_HEADS[head]
                    return found, 3, f"`{token.text} «X»`"
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
                    break  # "«أمازون»، التي تعمل بنظام": a clause, not an apposition
        return "company", 1, "a quoted name"

    def _told(self, first: int) -> bool:
        """`لـ«الخليج»` after a speech verb in the same sentence: a newspaper."""
        before = self.token(first - 1)
        if before is None or before.norm != "ل":
            return False
        for i in range(first - 2, max(-1, first - 25), -1):
            if self.is_punct(i, ".!?؟"):
                return False
            token = self.tokens[i]
            if cue_of(token, SPEECH_VERBS):
                return True
        return False

    # --- head nouns before unquoted names ----------------------------------------

    def headed_names(self) -> None:
        for i, token in enumerate(self.tokens):
            if i in self.quoted:
                continue
            head = cue_of(token, ORGANISATION_HEADS)  # events are named in quotes only
            if head is None or self.token(i + 1) is None:
                continue
            kind = ORGANISATION_HEADS[head]
            nxt = self.tokens[i + 1]
            if i + 1 in self.quoted or nxt.text in _OPENING:
                continue  # a quoted name: quoted_names has it
            if nxt.has_article:
                if head not in ARTICLE_NAME_HEADS:
                    continue
                end = self._institution_end(i + 1)
            elif head in NAME_KEEPS_HEAD:
                if not is_name_word(nxt, ta=True):
                    continue
                end = self._institution_end(i + 1)
            else:
                end = self._foreign_end(i + 1)
            if end <= i + 1:
                continue
            if head in NAME_KEEPS_HEAD or nxt.has_article:
                start = token.start + len(token.norm) - len(head)  # the head, no proclitic
            else:
                start = nxt.start
            self._add(self.text[start : self.tokens[end - 1].end], kind,
                      f"`{token.text} X`", 3, start, self.tokens[end - 1].end)  # fmt: skip

    def _foreign_end(self, i: int) -> int:
        """The end of a transliterated name: name-like words, then a sector word."""
        end = i
        while end - i < 3 and (tok := self.token(end)) is not None and is_name_word(tok):
            end += 1
        tail = self.token(end)
        if end > i and tail is not None and SECTOR_SUFFIX.match(tail.norm):
            end += 1
        return end

    def _institution_end(self, i: int) -> int:
        """The end of an Arabic institution's name: its first word, then الـ/لل/والـ words."""
        end = i + 1
        while end - i < 5 and (tok := self.token(end)) is not None and tok.arabic:
            if not tok.has_article or tok.norm in STOPWORDS:
                break
            if cue_of(tok, ROLES | HEAD_WORDS):
                break
            end += 1
        return end

    # --- people --------------------------------------------------------------------

    def person_at(self, i: int, strong: bool, first_ta: bool = False) -> int:
        """The end of a person's name starting at token i (i itself if none).

        `strong` (after a title) lets any word end in ة (حمزة، أسامة); `first_ta` only the
        first, a given name known to be one (فاطمة).
        """
        first = self.token(i)
        if first is None or not is_name_word(first, ta=strong or first_ta):
            return i
        end = i + 1
        while end - i < _MAX_NAME_WORDS and (tok := self.token(end)) is not None:
            if tok.norm in NAME_LINKS and self.token(end + 1) is not None:
                end += 1
                continue
            if not is_name_word(tok, article=True, ta=strong):
                break
            end += 1
            if tok.has_article:
                break  # a family name with the article ends the name (سهيل المزروعي)
        return end

    def _person(self, i: int, end: int, cue: str, strength: int = 3,
                strip: int = 0, surname_only: bool = False) -> None:  # fmt: skip
        start = self.tokens[i].start + strip
        self._add(self.text[start : self.tokens[end - 1].end], "person", cue, strength,
                  start, self.tokens[end - 1].end, surname_only=surname_only)  # fmt: skip

    def _role_follows(self, end: int) -> bool:
        """`X، منصبه`: a comma, then a role or title (after an optional و)."""
        if not self.is_punct(end, "،,"):
            return False
        role = self.token(end + 1)
        return role is not None and bool(cue_of(role, ROLES) or cue_of(role, HONORIFICS))

    def people(self) -> None:
        for i, token in enumerate(self.tokens):
            if i in self.quoted:
                continue
            if cue_of(token, SPEECH_VERBS):
                self._speaker(i + 1)
            elif cue_of(token, ATTRIBUTION):
                self._attributed(i + 1)
            elif cue_of(token, HONORIFICS) and not cue_of(self.tokens[i - 1], HONORIFICS):
                j = i + 1
                while (tok := self.token(j)) is not None and cue_of(tok, HONORIFICS):
                    j += 1
                end = self.person_at(j, strong=True)
                if end > j:
                    self._person(j, end, f"a title: `{token.text} X`")
            elif cue_of(token, APPOINTMENT):
                end = self.person_at(i + 1, strong=False)
                after = self.token(end)
                if (
                    end > i + 1
                    and after is not None
                    and (after.norm == "في" or cue_of(after, ROLES) or after.text in "،,")
                ):
                    self._person(i + 1, end, f"an appointment: `{token.text} X`")
            elif token.text in "،," and self._role_before(i):
                end = self.person_at(i + 1, strong=False)
                if end > i + 1 and (self.is_punct(end) or cue_of(self.tokens[end], STOPWORDS)):
                    self._person(i + 1, end, "an apposition: `الرئيس التنفيذي لـY، X،`")
            elif token.norm == "من" and self._body_follows(i + 1):
                self._member_before(i)
            elif (
                token.norm in GIVEN_NAMES or token.norm[:1] == "و" and token.norm[1:] in GIVEN_NAMES
            ):
                end = self.person_at(i, strong=False, first_ta=True)
                if end > i + 1:
                    strip = 0 if token.norm in GIVEN_NAMES else 1  # "ومارك": the و is "and"
                    self._person(i, end, "a common given name", 2, strip)
        self._appositions()

    def _speaker(self, i: int) -> None:
        j = i
        while (tok := self.token(j)) is not None and cue_of(tok, HONORIFICS):
            j += 1
        end = self.person_at(j, strong=j > i)
        if end == j:
            tok = self.token(j)
            if (
                tok is not None
                and tok.arabic
                and tok.has_article
                and (self.is_punct(j + 1) or cue_of(self.tokens[j + 1], STOPWORDS | SAYING))
            ):  # "وأضافت الحمادي أن": a surname with the article
                self._person(j, j + 1, "a speech verb", 1, surname_only=True)
            return
        after = self.token(end)
        confirmed = (
            j > i or self._role_follows(end) or (after is not None and (
                cue_of(after, SAYING) is not None or after.text == ":"
                or (end - j >= 2 and after.norm in ("ان", "إن"))
            ))
        )  # fmt: skip
        if confirmed:
            self._person(j, end, "a speech verb and a title or role", 3)
        elif end - j == 1:
            self._person(j, end, "a speech verb", 1, surname_only=True)

    def _attributed(self, i: int) -> None:
        token = self.token(i)
        if token is None or not token.norm.startswith("ل") or len(token.norm) < 4:
            return
        end = self.person_at(i, strong=False)
        if end > i and self._role_follows(end):
            self._person(i, end, "`وفقاً لـX، منصبه`", 3, strip=1)

    def _role_before(self, comma: int) -> bool:
        """`الرئيس التنفيذي لشركة «Y»، X`: a role opens the phrase that ends at the comma."""
        for i in range(comma - 1, max(-1, comma - 9), -1):
            token = self.tokens[i]
            if token.text in "،,.:؛;!?؟":
                return False
            if cue_of(token, ROLES) and not cue_of(token, SPEECH_VERBS):
                return i > 0 and not is_name_word(self.tokens[i - 1])
        return False

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

    def _name_before(self, c: int) -> int | None:
        """Where a name ending at token c starts: non-article words, and at most the last
        with the article (a family name); None if there is no clear start."""
        start, words = c, 0
        if c > 0 and is_name_word(self.tokens[c - 1], article=True):
            start, words = c - 1, 1
            if self.tokens[c - 1].has_article and (c < 2 or not is_name_word(self.tokens[c - 2])):
                return None  # an article word alone is not a name
        while start > 0 and is_name_word(self.tokens[start - 1]):
            if words == _MAX_NAME_WORDS:
                return None  # longer than a name: no clear start
            start -= 1
            words += self.tokens[start].norm not in NAME_LINKS
        while start < c and self.tokens[start].norm in NAME_LINKS:
            start += 1
        return start

    def _appositions(self) -> None:
        """`X Y، مدير ...` after any boundary: two or more name words, then a role."""
        for c, token in enumerate(self.tokens):
            if token.text not in "،," or not self._role_follows(c):
                continue
            start = self._name_before(c)
            if start is None:
                continue
            strip = 0
            if start > 0 and cue_of(self.tokens[start - 1], ATTRIBUTION):
                strip = 1  # "وفقاً لروبرت ...": the ل is "according to"
            if c - start >= 2 and not any(k in self.quoted for k in range(start, c)):
                self._person(start, c, "an apposition: `X، منصبه`", 3, strip)


def find_mentions(paragraphs: list[tuple[int, str]]) -> list[Mention]:
    """Every name the cues find, in text order per cue (people after organisations)."""
    mentions: list[Mention] = []
    for _ in find_mention_steps(paragraphs, len(paragraphs) + 1, mentions.append):
        pass
    return mentions


def find_mention_steps(
    paragraphs: list[tuple[int, str]], chars: int, keep: Callable[[Mention], object]
) -> Generator[None, None, None]:
    """find_mentions in steps: it yields every `chars` characters (a book drafts in the
    background without holding up the screen). Each mention goes to `keep` as it is
    found: a book has tens of thousands, which the caller need not hold all at once."""
    corpus_words: set[str] = set()
    pacer = Pacer(chars)
    for _, text in paragraphs:
        if pacer.due(text):
            yield
        corpus_words.update(normal_word(word) for word in re.findall(r"\w+", text))
    words = frozenset(corpus_words)
    pacer = Pacer(max(1, chars // 10))  # the cues cost about ten times a pass of regexes
    for index, text in paragraphs:
        if pacer.due(text):
            yield
        scanner = _Scanner(index, text, words)
        scanner.quoted_names()
        scanner.headed_names()
        scanner.people()
        for mention in scanner.mentions:
            keep(mention)
