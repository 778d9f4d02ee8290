"""Words of a paragraph for the drafter's cues: tokens, proclitics, name-like words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .lexicon import (
    APPOINTMENT,
    ATTRIBUTION,
    EVENT_HEADS,
    HONORIFICS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    PLURAL_HEADS,
    PRODUCT_HEADS,
    ROLES,
    SAYING,
    SPEECH_VERBS,
    STOPWORDS,
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
MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")
HEAD_WORDS = frozenset(ORGANISATION_HEADS) | EVENT_HEADS | PRODUCT_HEADS | frozenset(PLURAL_HEADS)
_NOT_NAME = (
    STOPWORDS | NOT_NAMES | SPEECH_VERBS | HONORIFICS | ROLES | ATTRIBUTION | APPOINTMENT
    | SAYING | HEAD_WORDS
)  # fmt: skip


class Token(NamedTuple):
    text: str
    start: int
    end: int
    norm: str  # normal_word(text)
    arabic: bool

    @property
    def has_article(self) -> bool:
        """Starts with the article ال (a bare alef: ألكسندر does not)."""
        bare = MARKS.sub("", self.text)
        return bare.startswith(("ال", "لل")) or bare[:3] in ("وال", "بال", "فال", "كال")


def tokenise(text: str) -> list[Token]:
    """Words (Arabic, Latin, numbers) and single punctuation marks, with offsets."""
    return [
        Token(m.group(0), m.start(), m.end(), normal_word(m.group(0)),
              bool(_ARABIC_START.match(m.group(0))))
        for m in _TOKEN.finditer(text)
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a name is introduced: its text, a guessed kind and why."""

    name: str  # as the text writes it (Arabic, or Latin when there is no Arabic)
    kind: str
    cue: str  # which cue found it, for the editor
    strength: int  # 3: the cue names the kind; 2: the context suggests it; 1: a default
    paragraph: int
    start: int
    end: int
    latin: str = ""  # the Latin gloss the text gives, if any
    surname_only: bool = False  # a bare surname after a speech verb: kept if it matches


def variants(norm: str) -> tuple[str, ...]:
    """The word, then without و/ف, then without a following ب/ل/ك (proclitics)."""
    out = [norm]
    rest = norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm
    if rest != norm:
        out.append(rest)
    if len(rest) > 3 and rest[0] in "بلك":
        out.append(rest[1:])
    return tuple(out)


def cue_of(token: Token, words: frozenset[str] | dict[str, str]) -> str | None:
    if not token.arabic:
        return None
    return next((form for form in variants(token.norm) if form in words), None)


def is_name_word(token: Token, *, article: bool = False, ta: bool = False) -> bool:
    """Could this word be part of a name (not a function word, cue or adjective)?"""
    norm = token.norm
    if not token.arabic or len(norm) < 2 or _TANWEEN.search(token.text):
        return False
    if any(form in _NOT_NAME for form in variants(norm)):
        return False
    if not article and token.has_article:
        return False
    return ta or not norm.endswith("ة")
