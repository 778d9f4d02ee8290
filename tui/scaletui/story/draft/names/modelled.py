"""Names only the name model finds (`ModelNames`)."""

from __future__ import annotations

from ..lexicon import (
    ATTRIBUTION,
    GIVEN_NAMES,
    HONORIFICS,
    NAME_COMPOUNDS,
    ORGANISATION_HEADS,
    PLACES,
    ROLES,
    STOPWORDS,
    VERBS,
    word_set,
)
from ..tokens import HEAD_WORDS, Mention, cue_of
from .scan import Cues
from .words import NAMED_PLACES, clause_word, is_verbal_noun, strip_given, verb_shaped

# How sure the name model must be of every word of a name no cue found (draft/tagger.py
# gives each label's probability). Its word on where a name the rules found ends was
# measured too, and made things worse: trained on Levantine newswire of the 2000s, it
# reads Gulf names and bodies' heads (حكومة، مؤسسة، جائزة) as outside names.
_ADD = 0.7
# How sure it must be of a name that begins with no known given name (a foreign one):
# lower, dev let in products' names (أوبتيرون سداسي); higher, it lost a name.
_SURE = 0.95

# How sure it must be of a person's name whose last word the text writes again alone
# elsewhere: news names a person in full once, then by the family name ("وقالت X Y ...
# قضية Y"), which vouches for the model's reading of the full name.
_REPEATED = 0.5

# How sure it must be of a foreign name right after the verb a sentence opens with
# ("وأعلنت X Y استقالتها"): Arabic news puts the verb first and its subject next.
_AFTER_VERB = 0.8

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

    def _person_clitic(self, k: int, end: int) -> int:
        """How many letters of a person's first word (tokens k..end) are a clitic: و
        ("and"), the ل of "according to" after وفقاً/طبقاً (وفقاً لكاتارينا X), or ل/ب glued
        to a given name (ديوان لعبد الرحيم X)."""
        before, first = self.token(k - 1), self.tokens[k]
        if before is not None and cue_of(before, ATTRIBUTION) and first.norm[:1] == "ل":
            return 1
        if self.scan.preposition_glued(k, end):
            return 1
        return self.scan.strip_and(k)

    def _subject_of_opening_verb(self, span: range) -> bool:
        """The name comes right after the first word of a sentence, a word with "and"
        glued to it that is no function word, given name or noun with the article: the
        verb a news sentence opens with (وأجرى، وتقود، وزار), whose subject follows it."""
        k = span[0] - 1
        if k < 0:
            return False
        verb, opening = self.tokens[k], self.token(k - 1)
        return (
            (opening is None or opening.is_punct and opening.text in ".:!؟?")
            and verb.arabic and verb.norm[:1] == "و" and len(verb.norm) >= 4
            and not verb.has_article and verb.norm not in GIVEN_NAMES
            and not cue_of(verb, STOPWORDS | ROLES | HONORIFICS)
            and not verb.norm.endswith("ة") and verb.norm[1:] not in GIVEN_NAMES
            and self.scan.labels[k][0] == "O"
        )  # fmt: skip

    def _surname_again(self, span: range) -> bool:
        """The last word of a name of two words or more occurs in the text more often
        than its first, bare and never with the article: a family name repeated alone
        (not a common noun, nor a product's name, whose brand is the word repeated). The
        name starts where the model's reading does (the word before is none of a name),
        its first word no short verb with "and" (ووصف X) nor a plural in construct (مهندسو X)."""
        if len(span) < 2:
            return False
        first, last = self.tokens[span[0]], self.tokens[span[-1]]
        counts, norm = self.scan.corpus, strip_given(first.norm)
        bare = norm[self.scan.strip_and(span[0]) :]
        firsts = sum(counts.count(clitic + bare) for clitic in ("", "و", "ف", "ل", "ب", "ك"))
        before = span[0] - 1
        return (
            last.arabic and not last.has_article and len(last.norm) >= 3
            and counts.count(last.norm) >= 2 and not self.common(last)
            and firsts < counts.count(last.norm)
            and (before < 0 or self.scan.labels[before][0] == "O")
            and not (norm[:1] in "وف" and len(norm) <= 4 and norm not in GIVEN_NAMES)
            and not (norm[:1] == "م" and norm.endswith("و") and len(norm) >= 5)
        )  # fmt: skip

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
            repeated = sort == "PER" and (
                confidence >= _REPEATED
                and self._surname_again(span)
                or confidence >= _AFTER_VERB
                and self._subject_of_opening_verb(span)
            )
            if (
                taken & set(span)
                or confidence < _ADD
                and not repeated
                or any(t.is_punct for t in words)
            ):
                continue
            if sort == "PER" and len(words) >= 3 and cue_of(words[0], ATTRIBUTION):
                words, span = words[1:], span[1:]  # "بحسب X Y": "according to", then the name
            if sort == "PER" and len(words) >= 3 and verb_shaped(words[0].norm):
                words, span = words[1:], span[1:]  # "يلخص X Y": the verb, then its subject
            verb = next((j for j in range(2, len(words)) if verb_shaped(words[j].norm)), None)
            if sort == "PER" and verb is not None:
                words, span = words[:verb], span[:verb]  # "X Y يؤدي": his verb ends the name
            if any(cue_of(t, STOPWORDS | VERBS | ROLES | HONORIFICS | ATTRIBUTION) for t in words):
                continue
            if any(clause_word(t.text, t.norm) for t in words):
                continue  # "مني بصفتي": "from me", no name's word
            if sort == "PER" and is_verbal_noun(words[0].norm) and (
                words[0].norm not in GIVEN_NAMES
            ):  # fmt: skip
                continue  # "تهويد سلوان": what is done to a place, no one's name
            if (
                sort == "PER"
                and len(words) > 1
                and words[0].norm == "ابو"
                and ("ابو" + words[1].norm in PLACES)
            ):
                continue  # "أبو ظبي": the city in two words (أبوظبي), no kunya
            if any(t.norm[:1] == "و" and t.norm[1:] not in GIVEN_NAMES for t in words[1:]):
                continue  # "تويتر والإنستغرام": two names, or a name and a noun
            if sort == "PER" and not (
                len(words) >= 2
                and strip_given(words[0].norm) in GIVEN_NAMES
                or len(words) >= 2
                and (confidence >= _SURE or repeated)
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
                self._person_clitic(span[0], span[0] + len(words))
                if sort == "PER"
                else words[0].norm.startswith("وال")
            )  # "والبنك المركزي": "and the Central Bank"
            kind = "person" if sort == "PER" else "organisation"
            self.scan.add(self.text[start : words[-1].end], kind, "the name model", 1, start,
                          words[-1].end)  # fmt: skip
