"""◆ means the article says exactly this: the checks that hold a pack to it.

An article item (provenance "article") shows its own text as the article's: an
event's title, a number's label, a person's role. That text may hold only what
its evidence quote states; anything else goes in the item's aside (◇, shown as the
pack's wherever the item appears). These checks find what breaks that:

- an Arabic word of an article item's text that its evidence does not hold (after
  the article's spelling variants, proclitics and attached pronouns are set aside);
  the full name of someone the evidence names counts as held;
- a name in an article item's English text whose entity the evidence does not name
  (a company's former name in a label whose quote gives its new one), and a number or
  month it does not give
  (a role "since June 2025" over a quote that has no date);
- text in quotation marks, in any item's Arabic, that is not in the article, and a
  person's `quote` that is not verbatim in it.

English words cannot be held to an Arabic quote one by one: the English text is
checked for names and numbers, and its Arabic twin word by word. The loader runs
these on schema 3 packs (a problem refuses the pack); `scaletui validate` on any.
No Textual here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

from ..i18n import N_, Said
from .model import Provenance, Story
from .packs import DATA_FILE, Problem
from .quoted_numbers import quoted_values

# Harakat, the dagger alef, tatweel and the bidi marks a pack may carry.
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u200c-\u200f\u061c]")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
                          "ؤ": "و", "ئ": "ي", "ء": ""})  # fmt: skip
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u064b-\u065f\u0670\u0640]+")
# Arabic-Indic and Persian digits, and the Arabic decimal and thousands separators.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Quotation marks an Arabic text may use: what they hold claims to be the article's.
_QUOTED = re.compile(r"\"([^\"\n]+)\"|«([^»\n]+)»|“([^”\n]+)”")
# Proclitics (longest first) and attached pronouns or endings an article word may carry.
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ات", "ون", "ين", "ان", "ه", "ك", "ي", "ا")
_MONTHS = {
    "january": ("يناير", "كانون الثاني"), "february": ("فبراير", "شباط"),
    "march": ("مارس", "آذار"), "april": ("أبريل", "ابريل", "نيسان"),
    "may": ("مايو", "أيار"), "june": ("يونيو", "حزيران"), "july": ("يوليو", "تموز"),
    "august": ("أغسطس", "آب"), "september": ("سبتمبر", "أيلول"),
    "october": ("أكتوبر", "تشرين الأول"), "november": ("نوفمبر", "تشرين الثاني"),
    "december": ("ديسمبر", "كانون الأول"),
}  # fmt: skip
_MONTH_WORD = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)


def _fold(word: str) -> str:
    """A word as its spelling variants share it: no harakat, one alef, ه for ة."""
    return _MARKS.sub("", word).translate(_LETTERS)


# Words that state nothing on their own: particles, pronouns, relatives.
_FUNCTION_WORDS = frozenset(
    _fold(word)
    for word in (
        "في من على عن إلى الى مع أو او ثم و ما لا لم لن قد هو هي هم التي الذي الذين "
        "اللذين اللتين عند بين حتى كما أن إن ان كان كانت هذا هذه ذلك تلك أي اي"
    ).split()
)


@lru_cache(maxsize=4096)  # a pack's quotes repeat their words: each is reduced once
def stems(word: str) -> frozenset[str]:
    """The forms a word may take in the article: itself, and without a proclitic
    and an attached pronoun or ending (at least two letters are left)."""
    folded = _fold(word)
    bases = {folded}
    for prefix in _PREFIXES:
        if folded.startswith(prefix) and len(folded) - len(prefix) >= 2:
            bases.add(folded[len(prefix) :])
    found = set(bases)
    for base in bases:
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= 2:
                found.add(base[: -len(suffix)])
    return frozenset(found)


def arabic_words(text: str) -> list[str]:
    return _ARABIC_WORD.findall(text)


def unheld_words(text: str, evidence: str, names: Iterable[str] = ()) -> list[str]:
    """The words of an Arabic text that the evidence does not hold (nor `names`,
    the names of those the evidence speaks of), in the text's order."""
    held: set[str] = set()
    for word in arabic_words(evidence) + [w for name in names for w in arabic_words(name)]:
        held |= stems(word)
    missing = []
    for word in arabic_words(text):
        forms = stems(word)
        if _fold(word) in _FUNCTION_WORDS or forms & held:
            continue
        if word not in missing:
            missing.append(word)
    return missing


def numbers_in(text: str) -> set[str]:
    """The numbers a text writes, as digit strings without separators."""
    return {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text.translate(_DIGITS))}


def unheld_numbers(text: str, evidence: str) -> list[str]:
    """The numbers a text gives that the evidence does not: each read with its scale
    word ("1 مليار" and "$1B" are the evidence's "مليار"), else by its digits."""
    given = [q.value for q in quoted_values(evidence)]
    digits = numbers_in(evidence)
    missing = []
    readings = quoted_values(text)
    # "30,000" reads as 30000 or 30.0 (a decimal comma): one reading the evidence gives
    # ("30 ألف") holds the number, whichever the other is.
    held = {
        q.text for q in readings
        if any(math.isclose(q.value, value, rel_tol=1e-9) for value in given)
    }  # fmt: skip
    for quoted in readings:
        if quoted.text in held:
            continue
        if numbers_in(quoted.text) <= digits and numbers_in(quoted.text):
            continue
        if quoted.text not in missing:
            missing.append(quoted.text)
    return missing


class NameIndex:
    """A story's names, looked up at once: every entity's Arabic forms, and one pattern
    of all its Latin names (longest first, so "Acme Research" is taken before "Acme")."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.arabic = [
            (form, entity.id)
            for entity in story.entities.values()
            for form in (*entity.surface_forms, entity.name_ar)
            if form
        ]
        latin: dict[str, str] = {}  # a Latin name, and the (first) entity it names
        for entity in story.entities.values():
            for name in (entity.name_en, *entity.aliases):
                if name:
                    latin.setdefault(name, entity.id)
        self.latin = latin
        self._related: dict[str, set[str]] = {e: {e} for e in story.entities}
        for entity in story.entities.values():
            if entity.part_of in self._related:
                self._related[entity.id].add(entity.part_of)
                self._related[entity.part_of].add(entity.id)
        self._named: dict[str, set[str]] = {}
        names = sorted(latin, key=len, reverse=True)
        self.pattern = re.compile(
            rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, names))})(?![A-Za-z])" if names else r"$^"
        )

    def named_in(self, text: str) -> set[str]:
        """The entities a text names (by a surface form, or their Arabic or any Latin name)."""
        named = self._named.get(text)
        if named is None:  # an item's quote is asked about for each of its texts
            named = {entity_id for form, entity_id in self.arabic if form in text}
            named |= {self.latin[match.group()] for match in self.pattern.finditer(text)}
            self._named[text] = named
        return named

    def names_in_english(self, text: str) -> list[tuple[str, str]]:
        """(name as written, entity id) for each entity an English text names."""
        return [(match.group(), self.latin[match.group()]) for match in self.pattern.finditer(text)]

    def related(self, entity_id: str) -> set[str]:
        """An entity and what it is part of, or is made of (a lab's name names its
        company's lab)."""
        return self._related.get(entity_id, {entity_id})


def entities_named(story: Story, text: str) -> set[str]:
    """The entities a text names — the evidence names these, so their names may be used
    in full."""
    return NameIndex(story).named_in(text)


def names_in_english(story: Story, text: str) -> list[tuple[str, str]]:
    """(name as written, entity id) for each entity an English text names; a longer
    name is taken before the shorter ones inside it ("Acme Research", not "Acme")."""
    return NameIndex(story).names_in_english(text)


def english_problems(
    names: NameIndex, text: str, evidence: str, published: str = ""
) -> list[str | Said]:
    """What an article item's English text adds to its evidence: names the quote does
    not name, numbers and months it does not give (the article's own full date, which a
    drafted title counts relative dates from, is the article's)."""
    named = names.named_in(evidence)
    problems: list[str | Said] = []
    for written, entity_id in names.names_in_english(text):
        if not names.related(entity_id) & named:
            problems.append(Said(N_("names {name}, which the evidence does not"),
                                 name=repr(written)))  # fmt: skip
    # The article's own date, as the pack writes it ("counted from 2016-05-10"), is the
    # article's; a year or day taken from it on its own is not. A year or a month (`draft
    # --published 2016`) is the article's only where a drafted title counts from it.
    if len(published) == len("YYYY-MM-DD"):
        checked = text.replace(published, " ")
    else:
        checked = text.replace(f"counted from {published}", " ") if published else text
    for number in unheld_numbers(checked, evidence):
        problems.append(Said(N_("gives {number}, which the evidence does not"),
                             number=repr(number)))  # fmt: skip
    for match in _MONTH_WORD.finditer(text):
        if not any(month in evidence for month in _MONTHS[match.group(1).lower()]):
            problems.append(Said(N_("gives the month {month}, which the evidence does not"),
                                 month=repr(match.group(1))))  # fmt: skip
    return problems


def quoted_problems(article: str, text: str) -> list[str]:
    """Text in quotation marks that the article (its paragraphs joined) does not hold."""
    missing = []
    for match in _QUOTED.finditer(text):
        quoted = next(group for group in match.groups() if group is not None).strip()
        if quoted and quoted not in article:
            missing.append(quoted)
    return missing


class _Checker:
    def __init__(self, story: Story) -> None:
        self.story = story
        self.names = NameIndex(story)
        self.article = "\n".join(p.text for p in story.paragraphs)
        self.problems: list[Problem] = []
        self._said: set[tuple[str, str]] = set()

    def fail(self, key: str, template: str, **fields: object) -> None:
        problem = Problem(DATA_FILE, key, Said(template, **fields))
        said = (key, str(problem.message))
        if said not in self._said:  # "June" twice in one role is one problem
            self._said.add(said)
            self.problems.append(problem)

    def article_text(self, key: str, provenance: Provenance, arabic: str, english: str,
                     arabic_field: str, english_field: str) -> None:  # fmt: skip
        """An article item's own text against its evidence (a context item's is the
        pack's, shown as ◇ already)."""
        evidence = provenance.evidence or ""
        if not provenance.in_article or not evidence:
            return
        names = [
            form
            for entity_id in self.names.named_in(evidence)
            for entity in (self.story.entities[entity_id],)
            for form in (entity.name_ar, *entity.surface_forms)
        ]
        for word in unheld_words(arabic, evidence, names):
            self.fail(f"{key}.{arabic_field}",
                      N_("{word} is not in the evidence: the article does not say it "
                         "here (quote more of it, or move it to the aside, shown as ◇)"),
                      word=repr(word))  # fmt: skip
        for problem in english_problems(self.names, english, evidence, self.story.published):
            self.fail(f"{key}.{english_field}",
                      N_("{problem}: an article item's text says only what its evidence "
                         "says (move it to the aside, shown as ◇)"),
                      problem=problem)  # fmt: skip

    def quotes(self, key: str, **texts: str) -> None:
        for field, text in texts.items():
            for quoted in quoted_problems(self.article, text):
                self.fail(f"{key}.{field}",
                          N_("quotes {quote}, which is not in the article as written"),
                          quote=repr(quoted))  # fmt: skip

    def run(self) -> list[Problem]:
        story = self.story
        for index, event in enumerate(story.events):
            key = f"events[{index}]"
            self.article_text(key, event.provenance, event.title_ar, event.title_en,
                              "title_ar", "title_en")  # fmt: skip
            self.quotes(key, title_ar=event.title_ar)
        for index, figure in enumerate(story.numbers):
            key = f"numbers[{index}]"
            self.article_text(key, figure.provenance, figure.label_ar, figure.label_en,
                              "label_ar", "label_en")  # fmt: skip
            self.quotes(key, label_ar=figure.label_ar)
        for index, person in enumerate(story.people):
            key = f"people[{index}]"
            self.article_text(key, person.provenance, person.role_ar, person.role,
                              "role_ar", "role")  # fmt: skip
            self.quotes(key, role_ar=person.role_ar, paraphrase_ar=person.paraphrase_ar)
        return self.problems


def evidence_problems(story: Story) -> list[Problem]:
    """Where a pack's article items say more than their evidence, or quote what the
    article does not say (see the module's docstring)."""
    return _Checker(story).run()
