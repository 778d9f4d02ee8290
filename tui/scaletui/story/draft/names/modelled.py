"""Names only the name model finds (`ModelNames`)."""

from __future__ import annotations

from ..lexicon import (
    GIVEN_NAMES,
    HONORIFICS,
    NAME_COMPOUNDS,
    ORGANISATION_HEADS,
    ROLES,
    STOPWORDS,
    VERBS,
    word_set,
)
from ..tokens import HEAD_WORDS, Mention, cue_of
from .scan import Cues
from .words import NAMED_PLACES, strip_given

# How sure the name model must be of every word of a name no cue found (draft/tagger.py
# gives each label's probability). Its word on where a name the rules found ends was
# measured too, and made things worse: trained on Levantine newswire of the 2000s, it
# reads Gulf names and bodies' heads (حكومة، مؤسسة، جائزة) as outside names.
_ADD = 0.7
# How sure it must be of a name that begins with no known given name (a foreign one):
# lower, dev let in products' names (أوبتيرون سداسي); higher, it lost a name.
_SURE = 0.95

# What a person leads, named for him: "حكومة X Y", "إدارة X", "في عهد X". The name after
# one is the person's (a hospital named for him is no mention of him; a government is).
_LED_BY = word_set("حكومة إدارة عهد")


class ModelNames(Cues):
    """Names the name model (draft/tagger.py) finds with no cue at all (رويترز، البيت
    الأبيض), where no cue found anything."""

    def _indices(self, mention: Mention) -> list[int]:
        return [
            k for k, t in enumerate(self.tokens) if t.end > mention.start and t.start < mention.end
        ]

    def _foreign_name(self, span: range) -> bool:
        """A name the model is sure of that begins with no known given name (a foreign one:
        كينجي ناكامورا) is a person's when no word of it is a common noun (it has no
        article, nor does the text write it with one), its first word is no verb in the
        past tense with "and" (وعبرت: a verb ends in ت, a noun in ة), and the word before
        is no noun it is the name of (فئة X, لأجهزة X: a noun ending in ة, or after ل)."""
        words = [self.tokens[j] for j in span]
        if any(t.has_article or self.common(t) for t in words):
            return False
        first = words[0].norm
        if first[:1] in "وف" and first.endswith("ت"):
            return False
        before = self.token(span[0] - 1)
        return (
            before is None
            or before.is_punct
            or bool(cue_of(before, _LED_BY))
            or not (before.norm.endswith("ة") or before.norm[:1] == "ل" and len(before.norm) > 3)
        )

    def _no_body(self, norm: str) -> bool:
        """One word the model reads as a body that is none: a definite word whose bare form
        the text names with (`جزيرة خارك ... في الجزيرة`: the article refers back to it),
        و on a preposition (`وبنسبة`: "and by a rate of"), or a preposition and "his"
        (`بتعازيه`: "with his condolences")."""
        if norm.startswith("ال") and self.scan.corpus.count(norm[2:]):
            return True
        if len(norm) < 5:
            return False
        return norm[:2] in ("وب", "فب") or norm[:1] in "بل" and norm.endswith(("ه", "ها", "هم"))

    def model_names(self) -> None:
        """Names the model finds with no cue at all (رويترز، البيت الأبيض), where no cue
        found anything: people of two words or more, organisations."""
        taken = {k for m in self.scan.mentions for k in self._indices(m)} | self.quoted
        k = 0
        while k < len(self.tokens):
            label = self.scan.labels[k][0]
            if not label.startswith("B-") or label[2:] not in ("PER", "ORG"):
                k += 1
                continue
            sort, end = label[2:], k + 1
            while end < len(self.tokens) and self.scan.labels[end][0] == f"I-{sort}":
                end += 1
            span = range(k, end)
            k = end
            words = [self.tokens[j] for j in span]
            confidence = min(self.scan.labels[j][1] for j in span)
            if taken & set(span) or confidence < _ADD or any(t.is_punct for t in words):
                continue
            if any(cue_of(t, STOPWORDS | VERBS | ROLES | HONORIFICS) for t in words):
                continue
            if any(t.norm[:1] == "و" and t.norm[1:] not in GIVEN_NAMES for t in words[1:]):
                continue  # "تويتر والإنستغرام": two names, or a name and a noun
            if sort == "PER" and not (
                len(words) >= 2
                and strip_given(words[0].norm) in GIVEN_NAMES
                or len(words) >= 2
                and confidence >= _SURE
                and self._foreign_name(span)
                or len(words) >= 3
                and words[1].norm in NAME_COMPOUNDS  # شمس الدين X
            ):
                continue  # a person the model alone finds begins with a known given name
                # or a compound one (X الدين), or is a foreign name it is sure of
            h = span[0] - 1
            while h > 0 and cue_of(self.tokens[h], HONORIFICS):
                h -= 1  # "قاعة الشيخ X": the head is before the title
            head = self.token(h)
            if sort == "PER" and head is not None and not head.has_article and (
                cue_of(head, ORGANISATION_HEADS) or cue_of(head, NAMED_PLACES)
            ) and not cue_of(head, _LED_BY):  # fmt: skip
                continue  # "مستشفى X بن Y", "مبادرة X": a place or a body named for him
            if sort == "ORG" and (
                words[0].norm.startswith(("لل", "بال", "كال"))
                or len(words) == 1
                and words[0].norm[:1] in "لب"
                and words[0].norm[1:] in self.scan.corpus.counts
                or words[0].norm.removeprefix("ال") in HEAD_WORDS
                or bool(cue_of(words[0], HEAD_WORDS))
            ):
                continue  # "للجزيرة نت", "الحكومة الإيرانية": a preposition, a head the rules read
            if sort == "ORG" and len(words) == 1 and self._no_body(words[0].norm):
                continue
            if sort == "ORG" and len(words) >= 2 and words[0].norm.endswith("ات") and (
                not words[0].has_article and words[1].has_article
            ):  # fmt: skip
                words = words[1:]  # "بيانات المصرف المركزي": the body's data, then the body
            start = words[0].start + (
                self.scan.strip_and(span[0]) if sort == "PER" else words[0].norm.startswith("وال")
            )  # "والبنك المركزي": "and the Central Bank"
            kind = "person" if sort == "PER" else "organisation"
            self.scan.add(self.text[start : words[-1].end], kind, "the name model", 1, start,
                          words[-1].end)  # fmt: skip
