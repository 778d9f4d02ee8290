"""Words of a paragraph for the drafter's cues: tokens, proclitics, name-like words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .lexicon import (
    APPOINTMENT,
    ATTRIBUTION,
    EVENT_HEADS,
    GIVEN_NAMES,
    HONORIFICS,
    MONTHS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    PLACES,
    PLURAL_HEADS,
    PRODUCT_HEADS,
    ROLES,
    SAYING,
    STOPWORDS,
    VERBS,
    normal_word,
)

_TOKEN = re.compile(
    r"[\u0621-\u064a\u0640\u064b-\u065f\u0670\u0671-\u06d3]+"
    r"|[A-Za-z][A-Za-z0-9&'+]*(?:-[A-Za-z0-9]+)*"
    r"|[0-9\u0660-\u0669]+(?:[.,٫][0-9\u0660-\u0669]+)?"
    r"|\S"
)
_ARABIC_START = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_TANWEEN = re.compile(r"[\u064b-\u064d]")
_PRONOUN_SUFFIX = re.compile(r"(?:ها|هم|هما|هن|كم)$")
# How present-tense verbs of the derived forms begin (يتحدث، تتيح، يستعرض، تستضيف).
_IMPERFECT = ("يت", "تت", "يست", "تست")
MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")
HEAD_WORDS = frozenset(ORGANISATION_HEADS) | EVENT_HEADS | PRODUCT_HEADS | frozenset(PLURAL_HEADS)
_NOT_NAME = (
    STOPWORDS | NOT_NAMES | VERBS | HONORIFICS | ROLES | ATTRIBUTION | APPOINTMENT
    | SAYING | HEAD_WORDS | PLACES | frozenset(MONTHS)
)  # fmt: skip


_ONLY_VERBS = VERBS - (_NOT_NAME - VERBS)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    norm: str  # normal_word(text)
    arabic: bool
    has_article: bool = False  # starts with the article ال (ألكسندر's bare alef does not)

    @property
    def is_punct(self) -> bool:
        """A mark, not a word (a lone tatweel used as a dash counts as a mark)."""
        return not self.norm or not (self.arabic or self.text[0].isalnum())


# ة and ى end an Arabic word: one inside a token joins two words that lost their space
# (a heading glued to its paragraph: "مسابقة يوميةولفت غانم" is "يومية" then "ولفت").
_GLUED = re.compile(r"(?<=[ةى])(?=[\u0621-\u064a])")
_ARTICLE = ("ال", "لل", "وال", "بال", "فال", "كال")


@lru_cache(maxsize=1 << 16)
def _read(word: str) -> tuple[str, bool, bool]:
    """A word's folded form, whether it is Arabic and whether it has the article."""
    arabic = bool(_ARABIC_START.match(word))
    bare = MARKS.sub("", word)
    article = bare.startswith(_ARTICLE) and not (
        len(bare) <= 4 and bare.startswith(_ARTICLE[2:])
    )  # (فالح، والي، بالي: a clitic and ال leave one letter, no noun: the word is whole)
    return normal_word(word), arabic, arabic and article


def tokenise(text: str) -> list[Token]:
    """Words (Arabic, Latin, numbers) and single punctuation marks, with offsets."""
    tokens = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(0), match.start()
        glued = ("ة" in word[:-1] or "ى" in word[:-1]) and _ARABIC_START.match(word)
        for piece in _GLUED.split(word) if glued else (word,):
            tokens.append(Token(piece, start, start + len(piece), *_read(piece)))
            start += len(piece)
    return tokens


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a name is introduced: its text, a guessed kind and why, and the role
    the text gives a person there (the apposition, as written)."""

    name: str  # as the text writes it (Arabic, or Latin when there is no Arabic)
    kind: str
    cue: str  # which cue found it, for the editor
    strength: int  # 3: the cue names the kind; 2: the context suggests it; 1: a default
    paragraph: int
    start: int
    end: int
    latin: str = ""  # the Latin gloss the text gives, if any
    surname_only: bool = False  # a bare surname after a speech verb: kept if it matches
    role: str = ""  # a person's role as the text writes it beside the name
    role_start: int = -1  # where the role is in the paragraph (-1: none)
    role_end: int = -1
    forms: tuple[str, ...] = ()  # other names the text gives it there ("(دو)")


@lru_cache(maxsize=1 << 16)
def variants(norm: str) -> tuple[str, ...]:
    """The word, then without و/ف, then without a following ب/ل/ك (proclitics)."""
    out = [norm]
    rest = norm[1:] if len(norm) >= 3 and norm[0] in "وف" else norm
    if rest != norm:
        out.append(rest)
    if len(rest) > 3 and rest[0] in "بلك":
        out.append(rest[1:])
    return tuple(out)


def cue_of(token: Token, words: frozenset[str] | dict[str, str]) -> str | None:
    if not token.arabic:
        return None
    for form in variants(token.norm):
        if form in words:
            return form
    return None


def is_name_word(token: Token, *, article: bool = False, ta: bool = False) -> bool:
    """Could this word be part of a name (not a function word, cue or adjective)?"""
    norm = token.norm
    if not token.arabic or len(norm) < 2 or _TANWEEN.search(token.text):
        return False
    if norm == "علي" and MARKS.sub("", token.text).endswith("ي"):
        return True  # the name Ali; the preposition is written على (both fold to علي)
    if any(
        form in _NOT_NAME
        and not (
            form in _ONLY_VERBS
            and form[0] in "يتن"
            and len(form) < len(norm)
            and norm[-len(form) - 1] in "بك"
        )  # fmt: skip
        for form in variants(norm)
    ):  # (ب "by" and ك "like" are never glued to a present verb: كيري is no "like he
        # sees"; بطرح is ب and a verbal noun, spelt as the past verb is)
        return False
    if norm not in GIVEN_NAMES and (
        len(norm) >= 5
        and norm.startswith(_IMPERFECT)
        or len(norm) == 4
        and norm[0] == "ي"
        and norm[1] not in "اوي"
    ):
        return False  # يتحدث، تستعرض، يثير: verbs in the present tense
    if len(norm) > 4 and _PRONOUN_SUFFIX.search(norm):
        return False  # إدارييها، خدماتهم: a noun with a pronoun, not a name
    if not article and token.has_article:
        return False
    return ta or not norm.endswith("ة")
