"""Drafted entities: the cues' mentions merged into one entity per name, with ids, and
the people table (each person's role and organisation, as the text writes them).

A name found by several cues keeps the kind of its strongest cue. Two names are one
entity only where Arabic says so: a person's family name alone (`العمري`, `ابن كلبان`) is
a surface form of the person whose full name ends with it, but a full name that ends
another (`محمد بن راشد آل مكتوم` in `حمدان بن محمد بن راشد آل مكتوم`) is someone else; a
body's name with its city, sector, legal form or regional unit added (`هيئة الصحة بدبي`,
`جمبو للإلكترونيات`, `أيه أم دي الشرق الأوسط`) is that body, but an adjective makes another
body (`حكومة دبي` and `حكومة دبي الذكية`). A Latin-script name in Arabic text that spells a
drafted Arabic name (Samsung, سامسونغ) becomes that entity's English name; any other is drafted
on its own, as a product unless a head noun says it is a company. Ids come from the Latin
name, else from `romanise`. An English name the text does not give is a person's name
transliterated (`display_latin`) or, for a body whose words news spells in no known way,
none; the entity records which (`name_en_from`), and every view of it says so.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Sequence

from ...layout.bidi import base_direction
from ..document import ARABIC_LETTERS
from ..model import (
    NAME_EN_NONE,
    NAME_EN_TRANSLITERATED,
    Entity,
    Paragraph,
    Person,
    Provenance,
    Span,
)
from ..pacing import Pacer
from . import tagger
from .lexicon import (
    COMPANY_WORDS,
    DEFINITE_HEADS,
    OFFICE_ADJECTIVES,
    ORGANISATION_HEADS,
    PLACES,
    REGION_WORDS,
    SECTOR_SUFFIX,
    SECTORS,
    normal_word,
)
from .names import find_mention_steps
from .tokens import Mention, variants
from .translit import display_latin, romanise, skeleton

_LATIN_NAME = re.compile(
    r"(?<![\w@#])[A-Za-z][A-Za-z0-9&.+_-]*(?: (?:[A-Za-z0-9][A-Za-z0-9&.+_-]*))*"
)  # words one space apart, as a name is written (its surface form is the text's)
_LATIN_STOPWORDS = {"AI", "The", "A", "An", "CEO", "I", "x", "by", "and", "of", "the", "in"}
ORGANISATION_KINDS = frozenset({"company", "organisation", "government", "lab", "publication"})
EVIDENCE_WORDS = 4  # words of context on each side of a mention
_DEFINITE_HEADS = frozenset(head.replace("ة", "ه") for head in DEFINITE_HEADS)  # as _key folds
_LINKS = frozenset({"بن", "ال", "ذو", "ابو", "ولد"})  # بن (ابن، بنت), آل, ذو, أبو, ولد: folded
_MINISTRY = "وزاره"  # وزارة, as _key folds it
_HEADS = frozenset(head.replace("ة", "ه") for head in ORGANISATION_HEADS)  # as _key folds
# Heads that say only what kind of body the name is (منظمة الأمم المتحدة is الأمم المتحدة,
# حركة حماس is حماس), as _key folds them; not a unit of the body after it (مجلس الاتحاد
# الأوروبي, لجنة X, أمانة X are bodies of their own).
_KIND_HEADS = frozenset(
    {"منظمه", "حركه", "تنظيم", "تيار", "حزب", "جماعه", "حلف", "شركه", "مجموعه", "بنك",
     "مصرف", "نادي"}
)  # fmt: skip


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "item"


def unique_id(base: str, taken: set[str]) -> str:
    candidate, counter = base, 2
    while candidate in taken:
        candidate = f"{base}-{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def context(text: str, start: int, end: int, words: int = EVIDENCE_WORDS) -> str:
    """The match with a few words either side, verbatim from the paragraph."""
    left = start
    for _ in range(words):
        at = text.rfind(" ", 0, max(0, left - 1))
        if at < 0:
            left = 0
            break
        left = at + 1
    right = end
    for _ in range(words):
        at = text.find(" ", right + 1)
        if at < 0:
            right = len(text)
            break
        right = at
    return text[left:right].strip()


def _key(name: str) -> str:
    return normal_word(name).replace("ة", "ه").casefold()


def _words(name: str) -> list[str]:
    """A name's folded words, بن for ابن/بنت and عبد joined to its word (عبد العزيز and
    عبدالعزيز are one spelling)."""
    words: list[str] = []
    for word in _key(name).split():
        if words and words[-1] == "عبد":
            words[-1] += word
        else:
            words.append("بن" if word in ("ابن", "بنت") else word)
    return words


def _sort(kind: str) -> str:
    return "organisation" if kind in ORGANISATION_KINDS else kind


class _Draft:
    """An entity being drafted: its strongest mention so far, its written forms, and the
    first mention that gives it a role."""

    def __init__(self, first: Mention) -> None:
        self.name = first.name
        self.best = first  # the first of the strongest
        self.latin = first.latin
        self.forms: list[str] = [first.name, *first.forms]
        self.role = first if first.role else None

    @property
    def words(self) -> list[str]:
        return _words(self.name)

    def absorb(self, other: _Draft) -> None:
        if other.best.strength > self.best.strength:
            self.best = other.best
        self.latin = self.latin or other.latin
        self.forms += [form for form in other.forms if form not in self.forms]
        self.role = self.role or other.role


def _unvowelled(word: str) -> str:
    return word[:1] + word[1:].replace("ا", "").replace("ي", "")


def _folded(words: frozenset[str]) -> frozenset[str]:
    """A lexicon's words as _key folds names (ة as ه): القابضة is القابضه here."""
    return frozenset(word.replace("ة", "ه") for word in words)


_PLACES = _folded(PLACES)
_COMPANY_WORDS = _folded(COMPANY_WORDS)
_SECTORS = _folded(SECTORS)
_OFFICES = _folded(OFFICE_ADJECTIVES)


def _of_a_place(word: str) -> bool:
    """A nationality adjective (الأمريكي، اليمنية، البريطاني، الخليجي): a body's country
    added to its name (مجلس الأمن القومي الأمريكي is مجلس الأمن القومي)."""
    if not word.startswith("ال"):
        return False
    stem = word[2:].removesuffix("ه").removesuffix("ة")
    if not stem.endswith("ي") or len(stem) < 4:
        return False
    stem = stem[:-1]
    forms = (stem, "ال" + stem, stem + "ا", stem + "يا", "ال" + stem + "يه")
    return any(form in _PLACES for form in forms)


def _of_a_sector(word: str) -> bool:
    """لل and a sector (للأوراق، للاستثمار): what a company does, part of its name."""
    return word.startswith("لل") and word[2:] in _SECTORS


def _extension(extra: list[str], last: str = "") -> str | None:
    """What words added to a body's name make: "region" (its unit there: the same body),
    "same" (its city, sector or legal form, or an adjective of the sector it ends with:
    للتصوير الضوئي), or None (another body)."""
    if last.startswith("لل") and all(word.startswith("ال") for word in extra):
        return "same"
    kinds = set()
    for at, word in enumerate(extra):
        if word in REGION_WORDS:
            kinds.add("region")
        elif (
            word in _COMPANY_WORDS
            or SECTOR_SUFFIX.match(word)
            or _of_a_sector(word)
            or word.startswith("وال")
            and word[3:] in _SECTORS
            or word[:1] in "بل"
            and word[1:] in _PLACES
            or word.startswith("بال")
            and word[1:] in _PLACES
            or word in _PLACES
            or word == "في"
            or _of_a_place(word)
            or at
            and word.startswith("ال")
            and _of_a_sector(extra[at - 1])
        ):  # ... or the sector's adjective: للأوراق المالية
            kinds.add("same")
        elif (
            word[:1] == "ل"
            and not word.startswith("لل")
            and len(extra) == 2
            and (extra[1] in _PLACES)
        ):
            kinds.add("same")  # القيادة العامة لشرطة عجمان: the body of that city
            break
        else:
            return None
    return "region" if kinds == {"region"} else "same"


def _company_type(extra: list[str]) -> bool:
    """One definite adjective in ية after a company's name (وود ماكينزي الاستشارية, صروح
    العقارية): the kind of company it is, agreeing with شركة; the same company. Not its
    country (_of_a_place) nor an office's scope (نخبة الدولية may be another body)."""
    return (
        len(extra) == 1
        and extra[0].startswith("ال")
        and extra[0].endswith("يه")
        and extra[0] not in _OFFICES
        and not _of_a_place(extra[0])
    )


def _refers_back(mine: list[str], homes: list[_Draft], sort: str, sorts: dict[int, str]) -> bool:
    """A definite head and its adjectives (المجلس الأعلى) begin one body's full name in
    the text (المجلس الأعلى للحراك الجنوبي): the short form refers back to it. Two bodies
    it could begin (المجلس الأعلى للقضاء too) leave it alone."""
    if mine[0] not in _DEFINITE_HEADS:
        return False
    return sum(1 for home in homes if sorts[id(home)] == sort) == 1


def _same_person(short: list[str], long: list[str]) -> bool:
    """A family name alone, or read from a link (ابن كلبان, آل مكتوم), ending a full name;
    a بن chain cut short (سلمان بن عبد العزيز of سلمان بن عبدالعزيز آل سعود); the given
    name and the family without what comes between; the last names but not a father's."""
    if len(short) >= len(long):
        return False
    if long[: len(short)] == short and len(short) >= 3 and "بن" in short[1:]:
        return True
    if len(short) >= 2 and short[0] == long[0] and long[-(len(short) - 1) :] == short[1:]:
        return True  # محمد قنيطة of محمد سمير قنيطة, حشر آل مكتوم of حشر بن مكتوم آل مكتوم
    if long[-len(short) :] != short:
        return False
    if len(short) >= 2 and long[-len(short) - 1] not in _LINKS:
        return True  # قاسم المصري of سيد قاسم المصري (not راشد آل مكتوم of بن راشد ...)
    return len(short) == 1 or short[0] in _LINKS


class _ByName:
    """Mentions gathered by name as they are found, the first step of merging: a book's
    mentions (tens of thousands, most of them repeats) are never all held at once."""

    def __init__(self) -> None:
        self.drafts: dict[str, _Draft] = {}
        self.surnames: dict[str, None] = {}  # bare surnames, in order of first mention

    def add(self, mention: Mention) -> None:
        if mention.surname_only:
            self.surnames.setdefault(mention.name)
            return
        key = _key(mention.name)
        if key in self.drafts:
            self.drafts[key].absorb(_Draft(mention))
        else:
            self.drafts[key] = _Draft(mention)


NAMES_PER_STEP = 500  # names compared per step of merging them
ENTITIES_PER_STEP = 200  # entities written (ids, evidence, transliteration) per step


class _Commands:
    """Which entity a short name stands for: `شرطة دبي` for `القيادة العامة لشرطة دبي`, a
    given name alone for the one full name that begins with it. Both looked up by key
    (comparing every name with every other took seconds on a book's thousands)."""

    def __init__(self) -> None:
        self.people: dict[str, list[_Draft]] = {}
        self.commands: dict[tuple[str, ...], _Draft] = {}

    def add(self, draft: _Draft, sort: str, theirs: list[str]) -> None:
        if sort == "person" and len(theirs) >= 3:
            self.people.setdefault(theirs[0], []).append(draft)
        elif (
            sort == "organisation" and len(theirs) >= 4
            and theirs[0] == "القياده" and theirs[2].startswith("ل")
        ):  # fmt: skip
            self.commands.setdefault((theirs[2][1:], *theirs[3:]), draft)

    def owner(self, mine: list[str], sort: str) -> _Draft | None:
        if sort == "person" and len(mine) == 1:
            longer = self.people.get(mine[0], [])
            return longer[0] if len(longer) == 1 else None
        if sort != "organisation" or len(mine) < 2:
            return None
        return self.commands.get(tuple(mine))


def _merge(names: _ByName, step: int = 0) -> Generator[None, None, list[_Draft]]:
    """The names as entities (yielding every `step` names, if given)."""
    merged = list(names.drafts.values())
    # Each name's words and sort are worked out once, and only names sharing a word are
    # compared (all pairs took seconds on a book with thousands of names).
    # Each name is looked up in tables of every other name's leading and trailing runs
    # of words, in the text's order (comparing every name sharing a word was quadratic:
    # steps of 0.2 s on a file of 500,000 short lines).
    words: dict[int, list[str]] = {}
    sorts: dict[int, str] = {}
    order: dict[int, int] = {}
    by_prefix: dict[tuple[str, ...], list[_Draft]] = {}
    by_suffix: dict[tuple[str, ...], list[_Draft]] = {}
    by_length: dict[int, list[_Draft]] = {}
    for count, draft in enumerate(merged):
        if step and count % step == step - 1:
            yield
        theirs = words[id(draft)] = draft.words
        sorts[id(draft)] = _sort(draft.best.kind)
        order[id(draft)] = count
        by_length.setdefault(len(theirs), []).append(draft)
        for n in range(1, len(theirs)):
            by_prefix.setdefault(tuple(theirs[:n]), []).append(draft)
            by_suffix.setdefault(tuple(theirs[-n:]), []).append(draft)
    gone: set[int] = set()
    shortest_first = (draft for size in sorted(by_length) for draft in by_length[size])
    for count, short in enumerate(shortest_first):
        if step and count % step == 0:
            yield
        mine = words[id(short)]
        if not mine:
            continue
        homes = by_prefix.get(tuple(mine), [])
        if sorts[id(short)] == "person":
            cut_short = len(mine) >= 3 and "بن" in mine[1:]  # see _same_person
            homes = by_suffix.get(tuple(mine), []) + (homes if cut_short else [])
            if len(mine) >= 2:  # the given name and the family: see _same_person
                homes += by_suffix.get(tuple(mine[1:]), [])
            homes = sorted({id(h): h for h in homes}.values(), key=lambda h: order[id(h)])
        for home in homes:
            theirs = words[id(home)]
            if home is short or id(home) in gone or sorts[id(home)] != sorts[id(short)]:
                continue
            if sorts[id(short)] == "person":
                if not _same_person(mine, theirs):
                    continue
            elif len(theirs) <= len(mine) or theirs[: len(mine)] != mine:
                continue
            else:
                extension = _extension(theirs[len(mine) :], mine[-1])
                if extension is None and short.best.kind == home.best.kind == "company" and (
                    _company_type(theirs[len(mine) :])
                ):  # fmt: skip
                    extension = "same"
                if (
                    extension is None and len(mine) >= 3 and len(theirs) == len(mine) + 1
                    and theirs[-1].startswith("وال") and sum(h is not short for h in homes) == 1
                ):  # fmt: skip
                    extension = "same"  # هيئة الأوراق المالية of هيئة الأوراق المالية والسلع:
                    # the long name cut at its last "and" (one body begins so)
                if extension is None and mine[0] == "سوق" and theirs[len(mine) :] == ["المالي"]:
                    extension = "same"  # سوق دبي of سوق دبي المالي: the exchange, "financial"
                if extension is None and not _refers_back(mine, homes, sorts[id(short)], sorts):
                    continue
                if extension == "region":  # the company, not its unit, names the entity
                    home.name, home.best = short.name, short.best
            home.absorb(short)
            gone.add(id(short))
            break
    merged = [d for d in merged if id(d) not in gone]
    if step:
        yield
    # One person spelt twice (ماتياس مليتزر, ماتيس مليتزر): the same family name, and
    # given names that differ only in a long vowel.
    by_family: dict[str, _Draft] = {}
    gone.clear()
    for count, draft in enumerate(merged):
        if step and count % step == step - 1:
            yield
        mine = words[id(draft)] if id(draft) in words else draft.words
        if sorts.get(id(draft)) != "person" or len(mine) != 2:
            continue
        spelt = f"{_unvowelled(mine[0])} {mine[1]}"
        if spelt in by_family and by_family[spelt] is not draft:
            by_family[spelt].absorb(draft)
            gone.add(id(draft))
        else:
            by_family[spelt] = draft
    merged = [d for d in merged if id(d) not in gone]
    # The general command of a city's police is that police (القيادة العامة لشرطة دبي،
    # شرطة دبي); a royal named by his given name alone after a title (الملك سلمان) is the
    # one person whose full name begins with it.
    commands = _Commands()
    for count, draft in enumerate(merged):
        if step and count % step == step - 1:
            yield
        commands.add(draft, sorts.get(id(draft), ""), words.get(id(draft), draft.words))
    for count, draft in enumerate(merged):
        if step and count % step == step - 1:
            yield
        mine = words[id(draft)] if id(draft) in words else draft.words
        owner = commands.owner(mine, sorts.get(id(draft), ""))
        if owner is not None and owner is not draft and id(owner) not in gone:
            owner.absorb(draft)
            gone.add(id(draft))
    merged = [d for d in merged if id(d) not in gone]
    # A ministry named by its field, وزارة understood (الخارجية الأمريكية: the adjective
    # agrees with it), is the ministry the text names whole (وزارة الخارجية الأمريكية).
    ministries: dict[tuple[str, ...], _Draft] = {}
    for count, draft in enumerate(merged):
        if step and count % step == step - 1:
            yield
        mine = words.get(id(draft)) or draft.words
        if sorts.get(id(draft)) == "organisation" and len(mine) > 1 and mine[0] == _MINISTRY:
            ministries.setdefault(tuple(mine[1:]), draft)
    for count, draft in enumerate(merged):
        if step and count % step == step - 1:
            yield
        ministry = ministries.get(tuple(words.get(id(draft)) or draft.words))
        if ministry is not None and sorts.get(id(draft)) == "organisation":
            ministry.absorb(draft)
            gone.add(id(draft))
    merged = [d for d in merged if id(d) not in gone]
    # A body named inside another's head (دائرة حكومة دبي الذكية, جمعية اتحاد اكسفورد) is
    # that body where the text also names it without the outer head; so is a body named
    # with its head noun (منظمة الأمم المتحدة, حركة حماس) where the text names it without
    # (للأمم المتحدة, قالت حماس) when the head says only its kind (_KIND_HEADS); not one
    # named by a place (حكومة الشارقة الذكية and الشارقة الذكية are two).
    nested: dict[tuple[str, ...], _Draft] = {}
    for draft in merged:
        mine = words.get(id(draft)) or draft.words
        if sorts.get(id(draft)) == "organisation" and len(mine) >= 2 and (
            mine[0] in _HEADS and mine[1] in _HEADS
            or mine[0] in _KIND_HEADS and mine[1] not in _PLACES
        ):  # fmt: skip
            nested.setdefault(tuple(mine[1:]), draft)
    for draft in merged:
        outer = nested.get(tuple(words.get(id(draft)) or draft.words))
        if outer is not None and outer is not draft and sorts.get(id(draft)) == "organisation":
            outer.absorb(draft)
            gone.add(id(draft))
    merged = [d for d in merged if id(d) not in gone]
    # A name the text gave as another name of a body (`«جيترو»` after منظمة ...) is it.
    by_form: dict[str, _Draft] = {}
    for count, draft in enumerate(merged):
        if step and count % step == step - 1:
            yield
        for form in draft.forms[1:]:
            if _key(form) != _key(draft.name):
                by_form[_key(form)] = draft
    for count, draft in enumerate(merged):
        if step and count % step == step - 1:
            yield
        owner = by_form.get(_key(draft.name))
        if (
            owner is not None and owner is not draft and id(owner) not in gone
            and sorts[id(owner)] == sorts[id(draft)]
        ):  # fmt: skip
            owner.absorb(draft)
            gone.add(id(draft))
    merged = [d for d in merged if id(d) not in gone]
    # A bare surname after a speech verb is kept only as a known person's surface form.
    by_surname: dict[tuple[str, ...], _Draft] = {}
    for count, draft in enumerate(merged):
        if step and count % step == step - 1:
            yield
        if draft.best.kind == "person" and len(draft.words) > 1:
            by_surname.setdefault((draft.words[-1].removeprefix("ال"),), draft)
            if len(draft.words) > 2 and draft.words[-2] in _LINKS:
                by_surname.setdefault(tuple(draft.words[-2:]), draft)
    for count, surname in enumerate(names.surnames):
        if step and count % step == step - 1:
            yield
        folded = _words(surname)
        key = tuple(folded) if len(folded) > 1 else (folded[0].removeprefix("ال"),)
        person = by_surname.get(key)
        if person is not None and surname not in person.forms:
            person.forms.append(surname)
    # A quoted word with no cue (drafted a company by default) that is a person's family
    # name in the text (`وحصد "عفيفي" الميدالية` after محمد منتصر عفيفي) is that person.
    gone.clear()
    for draft in merged:
        if draft.best.strength > 1 or draft.best.kind != "company" or len(draft.words) != 1:
            continue
        person = by_surname.get((draft.words[0].removeprefix("ال"),))
        if person is not None:
            person.absorb(draft)
            gone.add(id(draft))
    return [d for d in merged if id(d) not in gone]


def _link_latin(
    paragraphs: Sequence[Paragraph], drafts: list[_Draft], chars: int, keep: _ByName
) -> Generator[None, None, None]:
    """Latin names in Arabic text: linked to the Arabic name they spell, else new mentions."""
    by_skeleton: dict[str, _Draft] = {}
    glossed: set[str] = set()
    for count, draft in enumerate(drafts):
        if count % NAMES_PER_STEP == NAMES_PER_STEP - 1:
            yield
        if len(spelt := skeleton(draft.name)) >= 2:
            by_skeleton[spelt] = draft
        if draft.latin:
            glossed.add(draft.latin.casefold())
    pacer = Pacer(max(1, chars // 2))
    for paragraph in paragraphs:
        if pacer.due(paragraph.text):
            yield
        if not ARABIC_LETTERS.search(paragraph.text) or base_direction(paragraph.text) != "rtl":
            continue  # in English text a capitalised word may be anything
        for match in _LATIN_NAME.finditer(paragraph.text):
            words = [w for w in match.group(0).strip(" .-_").split() if w]
            at = 0
            while at < len(words):
                size = next(
                    (n for n in range(len(words) - at, 0, -1)
                     if skeleton(" ".join(words[at : at + n])) in by_skeleton),
                    0,
                )  # fmt: skip
                if size:
                    latin = " ".join(words[at : at + size])
                    draft = by_skeleton[skeleton(latin)]
                    draft.latin = draft.latin or latin
                    if latin not in draft.forms:
                        draft.forms.append(latin)
                    at += size
                    continue
                end = at + 1
                while end < len(words) and not any(
                    skeleton(" ".join(words[end : end + n])) in by_skeleton
                    for n in range(1, len(words) - end + 1)
                ):
                    end += 1
                name = " ".join(words[at:end])
                at = end
                key = name.casefold()
                if (name in _LATIN_STOPWORDS or len(name) < 2 or key in glossed
                        or any(key in known for known in glossed)
                        or not re.search(r"[A-Za-z]{2}", name)):  # fmt: skip
                    continue
                start = match.start() + match.group(0).find(name)
                # Tech news writes products in Latin letters far more often than companies
                # (Steelhead, Core i5, mPay): with no head noun, a product.
                head = _head_before(paragraph.text, start)
                kind, strength = (ORGANISATION_HEADS[head], 3) if head else ("product", 1)
                keep.add(Mention(name, kind, "a Latin-script name", strength,
                                 paragraph.index, start, start + len(name)))  # fmt: skip


# draft19: a venue named after its noun (في فندق X, على ملعب X): a place, not a body.
_VENUES = frozenset({"فندق", "منتجع", "ملعب", "استاد", "ستاد"})


def _a_venue(mention: Mention, texts: _Texts) -> bool:
    """A body with no cue of its own (the name model's guess) right after a venue's noun
    (`في فندق إنتركونتيننتال دبي`): the hotel or the stadium, a place."""
    if mention.kind == "person" or mention.strength >= 3 or "name model" not in mention.cue:
        return False
    before = texts[mention.paragraph][max(0, mention.start - 12) : mention.start].split()
    return bool(before) and any(v in _VENUES for v in variants(normal_word(before[-1])))


def _head_before(text: str, start: int) -> str | None:
    """The organisation head noun right before offset `start` (`شركة McAfee`), if any."""
    before = text[max(0, start - 20) : start].split()
    if not before:
        return None
    return next((v for v in variants(normal_word(before[-1])) if v in ORGANISATION_HEADS), None)


def draft_entity_steps(
    paragraphs: Sequence[Paragraph], taken: set[str], chars: int
) -> Generator[None, None, tuple[tuple[Entity, ...], tuple[Person, ...]]]:
    """One entity per name the cues find, each with an evidence quote in its role, and a
    people row for each person the text gives a role; it yields every `chars`
    characters of each pass."""
    names = _ByName()
    yield from find_mention_steps(paragraphs, chars, names.add)
    tagger.release()  # the name model is the cue pass's alone
    drafts = yield from _merge(names, NAMES_PER_STEP)
    latin_names = _ByName()
    yield from _link_latin(paragraphs, drafts, chars, latin_names)
    drafts += yield from _merge(latin_names, NAMES_PER_STEP)
    texts = _Texts(paragraphs)
    drafts = [d for d in drafts if not _a_venue(d.best, texts)]
    entities = []
    for count, draft in enumerate(drafts, 1):
        if count % ENTITIES_PER_STEP == 0:
            yield
        best = draft.best
        latin = draft.latin
        arabic = ARABIC_LETTERS.search(draft.name)
        base = slug(latin) if latin or not arabic else (romanise(draft.name) or "name")
        forms = [draft.name] + ([latin] if latin and latin != draft.name else [])
        forms += [form for form in draft.forms if form not in forms]
        evidence = context(texts[best.paragraph], best.start, best.end)
        name_en, name_en_from = latin or draft.name, ""
        if arabic and not latin:
            name_en, name_en_from = _english_name(draft.name, best.kind)
        entities.append(
            Entity(
                id=unique_id(slug(base), taken),
                name_ar=draft.name,
                name_en=name_en,
                kind=best.kind,
                role=f"Drafted ({best.kind}, from {best.cue}): {evidence}",
                surface_forms=tuple(forms),
                name_en_from=name_en_from,
            )
        )
    people = yield from _people(drafts, entities, texts)
    return tuple(entities), people


def _english_name(arabic: str, kind: str) -> tuple[str, str]:
    """An English name for an Arabic name the text gives in no Latin form, and where it
    comes from: a person's is transliterated (each word as news spells it, else letter by
    letter); a body's only when every word is a name word news spells (آل مكتوم), for
    its common nouns letter by letter read as garbage (هيئة الصحة: "Hia al-Sha"), and
    a reader is better shown the Arabic than a made-up English name."""
    latin = display_latin(arabic, known_only=kind != "person")
    return (latin, NAME_EN_TRANSLITERATED) if latin else ("", NAME_EN_NONE)


ROWS_PER_STEP = 50  # people rows matched against the bodies' names per step


class _Texts:
    """A paragraph's text by its index, with no table built first: a book's paragraphs
    are numbered by their place (a table of 500,000 texts was one long step)."""

    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self._paragraphs = paragraphs
        self._table: dict[int, str] | None = None

    def get(self, index: int, default: str = "") -> str:
        if index < 0:
            return default
        if index < len(self._paragraphs):
            paragraph = self._paragraphs[index]
            if paragraph.index == index:
                return paragraph.text
        if self._table is None:  # numbered otherwise (a test's few paragraphs)
            self._table = {p.index: p.text for p in self._paragraphs}
        return self._table.get(index, default)

    def __getitem__(self, index: int) -> str:
        return self.get(index)


class _Forms:
    """Bodies' written forms found in a text as whole words (a proclitic may lead them,
    as `_whole_word` reads them), looked up by their first word: a role is matched
    against a book's thousands of names at the cost of its own few words."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[str, str, int]]] = {}
        self._odd: list[tuple[str, str, int]] = []  # forms that do not start with a word
        self._count = 0

    def add(self, form: str, body: str) -> None:
        first = _WORD.match(form)
        entry = (form, body, self._count)
        self._count += 1
        if first is None:
            self._odd.append(entry)
        else:
            self._by_first.setdefault(first.group(), []).append(entry)

    def last(self, text: str, longest: bool) -> str:
        """The body whose form occurs last in `text` ("" if none); of two at one place,
        the longer form's (`longest`) or the first added."""
        best: tuple[int, int, int] = (-1, 0, 0)
        found = ""
        for word in _WORD.finditer(text):
            for lead in (0, 1):
                if lead and word.group()[:1] not in "لبوف":
                    continue
                for form, body, order in self._by_first.get(word.group()[lead:], ()):
                    at = word.start() + lead
                    if text.startswith(form, at) and _whole_word_at(text, form, at):
                        rank = (at, len(form) if longest else 0, -order)
                        if rank > best:
                            best, found = rank, body
        for form, body, order in self._odd:
            at = _whole_word(text, form)
            rank = (at, len(form) if longest else 0, -order)
            if at >= 0 and rank > best:
                best, found = rank, body
        return found


_WORD = re.compile(r"\w+")


def _people(
    drafts: list[_Draft], entities: list[Entity], texts: _Texts
) -> Generator[None, None, tuple[Person, ...]]:
    """A row for each person drafted with a role: the role as written, the organisation
    the role names (the last body whose name it holds), and the name and role as evidence."""
    bodies = _Forms()
    ministries: dict[str, str] = {}
    referring = _Referring()
    for count, entity in enumerate(entities):
        if count % ENTITIES_PER_STEP == ENTITIES_PER_STEP - 1:
            yield
        if entity.kind in _REFERRED_KINDS:
            referring.add(entity)
        if entity.kind in ORGANISATION_KINDS:
            for form in entity.surface_forms:
                if len(form) >= 2:
                    bodies.add(form, entity.id)
        name = normal_word(entity.name_ar).split()
        if entity.kind == "government" and name[:1] == ["وزارة"] and len(name) > 1:
            ministries.setdefault(name[1], entity.id)
    rows: list[Person] = []
    for draft, entity in zip(drafts, entities, strict=True):
        mention = draft.role
        if entity.kind != "person" or mention is None:
            continue
        if len(rows) % ROWS_PER_STEP == ROWS_PER_STEP - 1:
            yield
        text = texts[mention.paragraph]
        start = min(mention.start, mention.role_start)
        end = max(mention.end, mention.role_end)
        organisation = bodies.last(mention.role, longest=True)
        if not organisation:
            organisation = _ministry(mention.role, ministries) or referring.body(mention, texts)
        rows.append(
            Person(
                entity=entity.id,
                role=mention.role,
                organisation=organisation,
                paraphrase_en="",
                paraphrase_ar="",
                provenance=Provenance(
                    "article", text[start:end], Span(mention.paragraph, start, end)
                ),
            )
        )
    return tuple(rows)


def _ministry(role: str, ministries: dict[str, str]) -> str:
    """A minister's ministry: "وزير التربية والتعليم" works at "وزارة التربية"."""
    words = normal_word(role).split()
    if len(words) < 2 or words[0] not in ("وزير", "وزيرة"):
        return ""
    return ministries.get(words[1], "")


# "رئيس مجلس إدارة الشركة": the definite head refers back to the body of that kind the
# text named last.
_REFERRING = {
    **dict.fromkeys(("الشركة", "المجموعة", "البنك"), ("company",)),
    **dict.fromkeys(("المؤسسة", "الجامعة", "المنظمة", "المركز"), ("organisation",)),
    **dict.fromkeys(("الهيئة", "الدائرة", "الوزارة", "الحكومة"), ("government",)),
}
_REFERRING_WORD = re.compile(
    r"(?<!\w)(?:[وبل]?ال|لل)(" + "|".join(h[2:] for h in _REFERRING) + r")(?!\w)"
)
REFERENCE_PARAGRAPHS = 3  # how far back a referring noun looks for its body
_REFERRED_KINDS = frozenset(kind for kinds in _REFERRING.values() for kind in kinds)


class _Referring:
    """The body a role names by a referring noun (الشركة، للشركة): the last of that kind
    the text named before it, one named by the same noun first. The forms of each kind
    are indexed as the entities are (in steps), not when a role first asks for them."""

    def __init__(self) -> None:
        self._forms: dict[tuple[tuple[str, ...], str], _Forms] = {}

    def add(self, entity: Entity) -> None:
        """Index an entity's forms under its kind, and under its kind and first word
        (called for every entity in order, a step's worth at a time)."""
        kinds = (entity.kind,)
        for form in entity.surface_forms:
            if len(form) >= 2:
                self._forms.setdefault((kinds, ""), _Forms()).add(form, entity.id)
                first = normal_word(form).split()[:1]
                if first:
                    self._forms.setdefault((kinds, first[0]), _Forms()).add(form, entity.id)

    def _of(self, kinds: tuple[str, ...], head: str) -> _Forms:
        return self._forms.get((kinds, head)) or _Forms()

    def body(self, mention: Mention, texts: _Texts) -> str:
        found = _REFERRING_WORD.search(normal_word(mention.role))
        if found is None:
            return ""
        kinds = _REFERRING["ال" + found.group(1)]
        # A body named by the same noun first (الدائرة: دائرة الشؤون القانونية ...).
        for forms in (self._of(kinds, found.group(1)), self._of(kinds, "")):
            for index in range(mention.paragraph, mention.paragraph - REFERENCE_PARAGRAPHS, -1):
                text = texts.get(index, "")
                if index == mention.paragraph:
                    text = text[: mention.start]
                best = forms.last(text, longest=False)
                if best:
                    return best
        return ""


def _whole_word_at(text: str, form: str, at: int) -> bool:
    """Whether `form`, found at `at`, stands there as whole words (`_whole_word`)."""
    before = text[at - 1 : at]
    after = text[at + len(form) : at + len(form) + 1]
    lead_ok = (
        not before
        or not before.isalnum()
        or (before in "لبوف" and (at < 2 or not text[at - 2].isalnum()))
    )
    return lead_ok and (not after or not after.isalnum())


def _whole_word(text: str, form: str) -> int:
    """Where `form` last occurs in `text` as whole words (a proclitic may lead it: لدو,
    بهيئة), or -1."""
    at = text.rfind(form)
    while at >= 0:
        if _whole_word_at(text, form, at):
            return at
        at = text.rfind(form, 0, at + len(form) - 1)
    return -1
