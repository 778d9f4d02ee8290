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
name, else from `romanise`; an English name the text does not give is a transliteration,
and the entity's role says so.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Sequence

from ...layout.bidi import base_direction
from ..document import ARABIC_LETTERS
from ..model import Entity, Paragraph, Person, Provenance, Span
from ..pacing import Pacer
from .lexicon import (
    COMPANY_WORDS,
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
    r"(?<![\w@#])[A-Za-z][A-Za-z0-9&.+_-]*(?:\s+(?:[A-Za-z0-9][A-Za-z0-9&.+_-]*))*"
)
_LATIN_STOPWORDS = {"AI", "The", "A", "An", "CEO", "I", "x", "by", "and", "of", "the", "in"}
ORGANISATION_KINDS = frozenset({"company", "organisation", "government", "lab", "publication"})
EVIDENCE_WORDS = 4  # words of context on each side of a mention
_LINKS = frozenset({"بن", "ال", "ذو", "ابو"})  # بن (ابن، بنت), آل, ذو, أبو: folded


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


_PLACES = frozenset(place.replace("ة", "ه") for place in PLACES)  # as _key folds names


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


def _extension(extra: list[str], last: str = "") -> str | None:
    """What words added to a body's name make: "region" (its unit there: the same body),
    "same" (its city, sector or legal form, or an adjective of the sector it ends with:
    للتصوير الضوئي), or None (another body)."""
    if last.startswith("لل") and all(word.startswith("ال") for word in extra):
        return "same"
    kinds = set()
    for word in extra:
        if word in REGION_WORDS:
            kinds.add("region")
        elif (
            word in COMPANY_WORDS
            or SECTOR_SUFFIX.match(word)
            or word.startswith("لل")
            and word[2:] in SECTORS
            or word.startswith("وال")
            and word[3:] in SECTORS
            or word[:1] in "بل"
            and word[1:] in PLACES
            or word.startswith("بال")
            and word[1:] in PLACES
            or word in PLACES
            or word == "في"
            or _of_a_place(word)
        ):
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


def _same_person(short: list[str], long: list[str]) -> bool:
    """A family name alone, or read from a link (ابن كلبان, آل مكتوم), ending a full name;
    or a بن chain cut short (سلمان بن عبد العزيز of سلمان بن عبدالعزيز آل سعود)."""
    if len(short) >= len(long):
        return False
    if long[: len(short)] == short and len(short) >= 3 and "بن" in short[1:]:
        return True
    if long[-len(short) :] != short:
        return False
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


def _commanded(
    mine: list[str], drafts: list[_Draft], sort: str, words: dict[int, list[str]]
) -> _Draft | None:
    """The entity a short name stands for: `شرطة دبي` for `القيادة العامة لشرطة دبي`, a
    given name alone for the one full name that begins with it."""

    def words_of(draft: _Draft) -> list[str]:
        return words[id(draft)] if id(draft) in words else draft.words

    if sort == "person" and len(mine) == 1:
        longer = [d for d in drafts if _sort(d.best.kind) == "person"
                  and len(words_of(d)) >= 3 and words_of(d)[0] == mine[0]]  # fmt: skip
        return longer[0] if len(longer) == 1 else None
    if sort != "organisation" or len(mine) < 2:
        return None
    for draft in drafts:
        theirs = words_of(draft)
        if (
            _sort(draft.best.kind) == "organisation" and len(theirs) == len(mine) + 2
            and theirs[0] == "القياده" and theirs[2] == "ل" + mine[0]
            and theirs[3:] == mine[1:]
        ):  # fmt: skip
            return draft
    return None


def _merge(names: _ByName, step: int = 0) -> Generator[None, None, list[_Draft]]:
    """The names as entities (yielding every `step` names, if given)."""
    merged = list(names.drafts.values())
    # Each name's words and sort are worked out once, and only names sharing a word are
    # compared (all pairs took seconds on a book with thousands of names).
    words = {id(d): d.words for d in merged}
    sorts = {id(d): _sort(d.best.kind) for d in merged}
    by_word: dict[str, list[_Draft]] = {}
    for draft in merged:
        for word in set(words[id(draft)]):
            by_word.setdefault(word, []).append(draft)
    gone: set[int] = set()
    for count, short in enumerate(sorted(merged, key=lambda d: len(words[id(d)]))):
        if step and count % step == 0:
            yield
        mine = words[id(short)]
        if not mine:
            continue
        for home in by_word.get(mine[-1] if sorts[id(short)] == "person" else mine[0], ()):
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
                if extension is None:
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
    for draft in list(merged):
        mine = words[id(draft)] if id(draft) in words else draft.words
        if sorts.get(id(draft)) != "person" or len(mine) != 2:
            continue
        spelt = f"{_unvowelled(mine[0])} {mine[1]}"
        if spelt in by_family and by_family[spelt] is not draft:
            by_family[spelt].absorb(draft)
            merged.remove(draft)
        else:
            by_family[spelt] = draft
    # The general command of a city's police is that police (القيادة العامة لشرطة دبي،
    # شرطة دبي); a royal named by his given name alone after a title (الملك سلمان) is the
    # one person whose full name begins with it.
    for draft in list(merged):
        mine = words[id(draft)] if id(draft) in words else draft.words
        owner = _commanded(mine, merged, sorts.get(id(draft), ""), words)
        if owner is not None and owner is not draft:
            owner.absorb(draft)
            merged.remove(draft)
    # A name the text gave as another name of a body (`«جيترو»` after منظمة ...) is it.
    by_form = {
        _key(form): draft for draft in merged for form in draft.forms[1:]
        if _key(form) != _key(draft.name)
    }  # fmt: skip
    for draft in list(merged):
        owner = by_form.get(_key(draft.name))
        if owner is not None and owner is not draft and sorts[id(owner)] == sorts[id(draft)]:
            owner.absorb(draft)
            merged.remove(draft)
    # A bare surname after a speech verb is kept only as a known person's surface form.
    by_surname: dict[tuple[str, ...], _Draft] = {}
    for draft in merged:
        if draft.best.kind == "person" and len(draft.words) > 1:
            by_surname.setdefault((draft.words[-1].removeprefix("ال"),), draft)
            if len(draft.words) > 2 and draft.words[-2] in _LINKS:
                by_surname.setdefault(tuple(draft.words[-2:]), draft)
    for surname in names.surnames:
        folded = _words(surname)
        key = tuple(folded) if len(folded) > 1 else (folded[0].removeprefix("ال"),)
        person = by_surname.get(key)
        if person is not None and surname not in person.forms:
            person.forms.append(surname)
    return merged


def _link_latin(
    paragraphs: Sequence[Paragraph], drafts: list[_Draft], chars: int, keep: _ByName
) -> Generator[None, None, None]:
    """Latin names in Arabic text: linked to the Arabic name they spell, else new mentions."""
    by_skeleton = {skeleton(d.name): d for d in drafts if len(skeleton(d.name)) >= 2}
    glossed = {d.latin.casefold() for d in drafts if d.latin}
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
    yield from find_mention_steps([(p.index, p.text) for p in paragraphs], chars, names.add)
    drafts = yield from _merge(names, NAMES_PER_STEP)
    latin_names = _ByName()
    yield from _link_latin(paragraphs, drafts, chars, latin_names)
    drafts += yield from _merge(latin_names, NAMES_PER_STEP)
    texts = {p.index: p.text for p in paragraphs}
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
        name_en = latin or draft.name
        role = f"Drafted ({best.kind}, from {best.cue}): {evidence}"
        if arabic and not latin:
            name_en = display_latin(draft.name) or draft.name
            role += " (The English name is a transliteration: the text gives none.)"
        entities.append(
            Entity(
                id=unique_id(slug(base), taken),
                name_ar=draft.name,
                name_en=name_en,
                kind=best.kind,
                role=role,
                surface_forms=tuple(forms),
            )
        )
    people = yield from _people(drafts, entities, texts)
    return tuple(entities), people


ROWS_PER_STEP = 50  # people rows matched against the bodies' names per step


def _people(
    drafts: list[_Draft], entities: list[Entity], texts: dict[int, str]
) -> Generator[None, None, tuple[Person, ...]]:
    """A row for each person drafted with a role: the role as written, the organisation
    the role names (the last body whose name it holds), and the name and role as evidence."""
    bodies = [
        (form, entity.id)
        for entity in entities
        if entity.kind in ORGANISATION_KINDS
        for form in entity.surface_forms
        if len(form) >= 2
    ]
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
        organisation, at, length = "", -1, 0
        for form, body in bodies:
            if form not in mention.role:
                continue
            found = _whole_word(mention.role, form)
            if found > at or (found == at >= 0 and len(form) > length):
                organisation, at, length = body, found, len(form)
        if at < 0:
            organisation = _ministry(mention.role, entities) or _referred(mention, entities, texts)
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


def _ministry(role: str, entities: list[Entity]) -> str:
    """A minister's ministry: "وزير التربية والتعليم" works at "وزارة التربية"."""
    words = normal_word(role).split()
    if len(words) < 2 or words[0] not in ("وزير", "وزيرة"):
        return ""
    for entity in entities:
        name = normal_word(entity.name_ar).split()
        if entity.kind == "government" and name[:1] == ["وزارة"] and name[1:2] == words[1:2]:
            return entity.id
    return ""


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


def _referred(mention: Mention, entities: list[Entity], texts: dict[int, str]) -> str:
    """The body a role names by a referring noun (الشركة، للشركة), or ""."""
    found = _REFERRING_WORD.search(normal_word(mention.role))
    if found is None:
        return ""
    kinds = _REFERRING["ال" + found.group(1)]
    candidates = [
        (form, entity.id) for entity in entities if entity.kind in kinds
        for form in entity.surface_forms if len(form) >= 2
    ]  # fmt: skip
    # A body named by the same noun first (الدائرة: دائرة الشؤون القانونية ...).
    head = found.group(1)
    named = [(f, b) for f, b in candidates if normal_word(f).split()[:1] == [head]]
    for group in (named, candidates):
        for index in range(mention.paragraph, mention.paragraph - REFERENCE_PARAGRAPHS, -1):
            text = texts.get(index, "")
            if index == mention.paragraph:
                text = text[: mention.start]
            best, at = "", -1
            for form, body in group:
                where = _whole_word(text, form)
                if where > at:
                    best, at = body, where
            if best:
                return best
    return ""


def _whole_word(text: str, form: str) -> int:
    """Where `form` last occurs in `text` as whole words (a proclitic may lead it: لدو,
    بهيئة), or -1."""
    at = text.rfind(form)
    while at >= 0:
        before = text[at - 1 : at]
        after = text[at + len(form) : at + len(form) + 1]
        lead_ok = (
            not before
            or not before.isalnum()
            or (before in "لبوف" and (at < 2 or not text[at - 2].isalnum()))
        )
        if lead_ok and (not after or not after.isalnum()):
            return at
        at = text.rfind(form, 0, at + len(form) - 1)
    return -1
