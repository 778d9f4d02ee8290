"""A person's role written after the name (`Roles`)."""

from __future__ import annotations

from ..lexicon import (
    BLESSINGS,
    HONORIFICS,
    LETTER_NAMES,
    PLACES,
    ROLES,
    SAYING,
    STOPWORDS,
    TITLE_LETTERS,
    VERBS,
    normal_word,
    word_set,
)
from ..tokens import MARKS, cue_of
from .chains import NameChains
from .scan import Cues, Scan
from .words import (
    GLOSS,
    MAX_ROLE_TOKENS,
    OPENING,
    ROLE_ENDS,
    ROLE_PREPOSITIONS,
    verb_shaped,
)

# Role nouns that are also adjectives ("مشاريع كبيرة", "بهيكل منسق"): a role only in
# construct with the noun after them.
_ADJECTIVE_ROLES = word_set("كبير كبيرة منسق المنسق مسؤول مسؤولة")

# Heads of a newspaper's or an agency's name: "لوكالة الصحافة الفرنسية" ends a role.
_TOLD_HEADS = word_set("لوكالة لصحيفة لقناة لموقع لمجلة")

# Words of rank a role may hold right after its noun: "مدير عام", "مدير أول".
_RANKS = word_set("عام العام أول اول")

_STATEMENTS = word_set("تصريح تصريحات بيان حديث كلمة مقابلة لقاء رسالة")


class Roles(Cues):
    """A person's role as the text writes it after the name (`X، مدير ...`, `X مدير
    ...`): where it starts, and where it ends (at a verb, a statement, a clause or a mark)."""

    def __init__(self, scan: Scan, chains: NameChains) -> None:
        super().__init__(scan)
        self.chains = chains

    def role_after(self, end: int) -> tuple[int, int] | None:
        """The role written after a name ending at token `end` (`، مدير ...` or
        ` مدير ...`): its offsets in the paragraph, or None."""
        k = end
        if self.is_punct(k, "،,"):
            k += 1
        token = self.token(k)
        if token is None or not cue_of(token, ROLES) or cue_of(token, VERBS):
            return None
        if cue_of(token, _ADJECTIVE_ROLES) and not self._genitive_follows(k):
            return None  # "مشاريع تقنية كبيرة تتطلب": an adjective, not a role
        if token.norm not in ROLES and token.norm[:1] in "وف":
            return None  # "، ووزير ...": the next item of a list, not this name's role
        stop = self._role_end(k)
        if k == end:  # no comma: the role may lead the next name ("شومر وزير الدفاع بيت هيغسيث")
            after = self.chains.name_forward(stop)
            if after - stop >= 2 and (self.is_mark(after) or bool(
                cue_of(self.tokens[after], STOPWORDS | VERBS | SAYING))
            ):  # fmt: skip
                return None
        return (self.tokens[k].start, self.tokens[stop - 1].end)

    def _genitive_follows(self, k: int) -> bool:
        """A definite noun or a role follows token k: the role is in construct ("كبير
        المحللين", "كبير مسؤولي"), not an adjective ("مشاريع كبيرة تتطلب")."""
        nxt = self.token(k + 1)
        return (
            nxt is not None
            and nxt.arabic
            and (
                nxt.norm.startswith("ال") and nxt.norm not in STOPWORDS or bool(cue_of(nxt, ROLES))
            )
        )

    def _role_end(self, k: int) -> int:
        """Where a role that starts at token k ends: at a mark, a verb, `إن/أن`, a
        statement (`في تصريح`), a title, the next person (`وسامي القمزي نائب`), or a bare
        noun after the role has named its body (`بهيئة الصحة بدبي أهمية`: a genitive
        chain ends at its first definite word, so a bare noun after one starts a clause)."""
        end, definite = k + 1, False
        while end - k < MAX_ROLE_TOKENS and (tok := self.token(end)) is not None:
            quote = self.scan.quotes.get(tok.start) if tok.text in OPENING else None
            if quote is not None and any(
                normal_word(word) in BLESSINGS for word in quote.group(1).split()[:1]
            ):
                break  # «رعاه الله» after a ruler's titles
            if quote is not None:  # "لشركة «النور» (Nour)": the body's quoted name
                end = self.scan.span_tokens(quote).stop
                gloss = GLOSS.match(self.text, quote.end())
                while gloss and (nxt := self.token(end)) is not None and nxt.end <= gloss.end():
                    end += 1
                definite = True
                continue
            if tok.is_punct:
                if tok.text == "-" or (tok.text == "." and len(self.tokens[end - 1].norm) == 1):
                    end += 1
                    continue
                break
            if not tok.arabic:
                if not tok.text[0].isalpha():
                    break
                end += 1  # a Latin name in the role: "في شركة Cisco"
                continue
            if tok.norm in ROLE_ENDS or cue_of(tok, VERBS) or cue_of(tok, SAYING):
                break
            if verb_shaped(tok.norm):
                break  # "المرشح لرئاسة حكومة مستقلة يفترض أن": a verb says what it does
            if cue_of(tok, HONORIFICS) or tok.norm in TITLE_LETTERS:
                break
            if (
                cue_of(tok, STOPWORDS)
                and tok.norm not in ROLE_PREPOSITIONS
                and not (tok.norm in _RANKS and cue_of(self.tokens[end - 1], ROLES))
                and not (tok.norm in LETTER_NAMES and self.chains.spelt_letter(end))
            ):
                break  # "بهذه المناسبة"; but "مدير عام", "مدير أول"
            if (
                tok.norm == "في"
                and (nxt := self.token(end + 1)) is not None
                and (nxt.norm in _STATEMENTS)
            ):
                break
            if tok.norm[:1] in "وف" and not cue_of(tok, ROLES) and not tok.has_article:
                name_end = self.strip_name(end)
                if name_end - end >= 2 and self.role_after(name_end) is not None:
                    break  # the next person of a list
            if MARKS.sub("", tok.text).startswith("لال") and self.is_punct(end + 1, ":"):
                break  # told the paper: "لالخليج:"
            if tok.norm in _TOLD_HEADS:
                break  # "... لوكالة الصحافة الفرنسية": told the agency
            rest = tok.norm[1:]
            preposed = tok.norm[:1] in "بلك" and len(rest) >= 3  # بمؤسسة، لأيه; بيت is a name
            bare = (
                not tok.has_article and not preposed and tok.norm[:1] not in "وف"
                and tok.norm not in PLACES
            )  # fmt: skip
            if definite and bare and tok.norm not in ROLE_PREPOSITIONS and not cue_of(tok, ROLES):
                break
            if (
                tok.norm.startswith("ال")
                or tok.norm in PLACES
                or (tok.norm[:1] in "بل" and tok.norm[1:].removeprefix("ال") in PLACES)
            ):
                definite = True
            elif (
                tok.norm in ROLE_PREPOSITIONS
                or cue_of(tok, ROLES)
                or (tok.norm[:1] in "بل" and not tok.has_article)
            ):
                definite = False  # a new phrase: "في ...", "رئيس ...", "بمؤسسة ..."
            end += 1
        while end > k + 1 and self.tokens[end - 1].norm in STOPWORDS:
            end -= 1
        return end

    def strip_name(self, i: int) -> int:
        """A name whose first word carries a one-letter proclitic: وسامي القمزي ("and
        Sami"), لروبرت ("to Robert")."""
        token = self.tokens[i]
        bare = token._replace(text=token.text[1:], start=token.start + 1, norm=token.norm[1:])
        self.tokens[i] = bare
        try:
            return self.chains.name_forward(i)
        finally:
            self.tokens[i] = token
