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


def stems(word: str) -> set[str]:
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
    return found


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
    for quoted in quoted_values(text):
        if any(math.isclose(quoted.value, value, rel_tol=1e-9) for value in given):
            continue
        if numbers_in(quoted.text) <= digits and numbers_in(quoted.text):
            continue
        if quoted.text not in missing:
            missing.append(quoted.text)
    return missing


def entities_named(story: Story, text: str) -> set[str]:
    """The entities an Arabic text names (by a surface form, or their Arabic or any
    Latin name) — the evidence names these, so their names may be used in full."""
    named = set()
    for entity in story.entities.values():
        forms = (*entity.surface_forms, entity.name_ar)
        latin = (entity.name_en, *entity.aliases)
        if any(form and form in text for form in forms) or any(
            _latin_in(name, text) for name in latin if name
        ):
            named.add(entity.id)
    return named


def _latin_in(name: str, text: str) -> bool:
    return re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text) is not None


def _latin_names(story: Story) -> list[tuple[str, str]]:
    """Every entity's English name and aliases, longest first: (name, entity id)."""
    names = [
        (name, entity.id)
        for entity in story.entities.values()
        for name in (entity.name_en, *entity.aliases)
        if name
    ]
    return sorted(names, key=lambda pair: -len(pair[0]))


def names_in_english(story: Story, text: str) -> list[tuple[str, str]]:
    """(name as written, entity id) for each entity an English text names; a longer
    name is taken before the shorter ones inside it ("Acme Research", not "Acme")."""
    found, taken = [], [False] * len(text)
    for name, entity_id in _latin_names(story):
        pattern = re.compile(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])")
        for match in pattern.finditer(text):
            if any(taken[match.start() : match.end()]):
                continue
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
            found.append((match.group(), entity_id))
    return found


def _related(story: Story, entity_id: str) -> set[str]:
    """An entity and what it is part of, or is made of (a lab's name names its company's
    lab)."""
    entity = story.entities.get(entity_id)
    related = {entity_id}
    if entity is not None and entity.part_of:
        related.add(entity.part_of)
    related |= {e.id for e in story.entities.values() if e.part_of == entity_id}
    return related


def english_problems(story: Story, text: str, evidence: str) -> list[str | Said]:
    """What an article item's English text adds to its evidence: names the quote does
    not name, numbers and months it does not give."""
    named = entities_named(story, evidence)
    problems: list[str | Said] = []
    for written, entity_id in names_in_english(story, text):
        if not _related(story, entity_id) & named:
            problems.append(Said(N_("names {name}, which the evidence does not"),
                                 name=repr(written)))  # fmt: skip
    for number in unheld_numbers(text, evidence):
        problems.append(Said(N_("gives {number}, which the evidence does not"),
                             number=repr(number)))  # fmt: skip
    for match in _MONTH_WORD.finditer(text):
        if not any(month in evidence for month in _MONTHS[match.group(1).lower()]):
            problems.append(Said(N_("gives the month {month}, which the evidence does not"),
                                 month=repr(match.group(1))))  # fmt: skip
    return problems


def quoted_problems(story: Story, text: str) -> list[str]:
    """Text in quotation marks that the article does not hold, as written."""
    article = "\n".join(p.text for p in story.paragraphs)
    missing = []
    for match in _QUOTED.finditer(text):
        quoted = next(group for group in match.groups() if group is not None).strip()
        if quoted and quoted not in article:
            missing.append(quoted)
    return missing


class _Checker:
    def __init__(self, story: Story) -> None:
        self.story = story
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
            for entity_id in entities_named(self.story, evidence)
            for entity in (self.story.entities[entity_id],)
            for form in (entity.name_ar, *entity.surface_forms)
        ]
        for word in unheld_words(arabic, evidence, names):
            self.fail(f"{key}.{arabic_field}",
                      N_("{word} is not in the evidence: the article does not say it "
                         "here (quote more of it, or move it to the aside, shown as ◇)"),
                      word=repr(word))  # fmt: skip
        for problem in english_problems(self.story, english, evidence):
            self.fail(f"{key}.{english_field}",
                      N_("{problem}: an article item's text says only what its evidence "
                         "says (move it to the aside, shown as ◇)"),
                      problem=problem)  # fmt: skip

    def quotes(self, key: str, **texts: str) -> None:
        for field, text in texts.items():
            for quoted in quoted_problems(self.story, text):
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
