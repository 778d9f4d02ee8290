"""Drafted entities: the cues' mentions merged into one entity per name, with ids.

A name found by several cues keeps the kind of its strongest cue. A shorter name inside
a longer one of the same sort (جمبو in جمبو للإلكترونيات, a surname alone after a speech
verb) becomes a surface form of the longer. A Latin-script name in Arabic text that
transliterates a drafted Arabic name (Samsung, سامسونغ) becomes that entity's English name;
any other is drafted on its own. Ids come from the Latin name, else from `romanise`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Generator, Sequence

from ...layout.bidi import base_direction
from ..document import ARABIC_LETTERS
from ..model import Entity, Paragraph
from ..pacing import Pacer
from .lexicon import normal_word
from .names import Mention, find_mention_steps
from .translit import romanise, skeleton

_LATIN_NAME = re.compile(r"\b[A-Z][A-Za-z0-9&.+-]*(?:\s+(?:[A-Z0-9][A-Za-z0-9&.+-]*))*")
_LATIN_STOPWORDS = {"AI", "The", "A", "An", "CEO", "I"}
ORGANISATION_KINDS = frozenset({"company", "organisation", "government", "lab", "publication"})
EVIDENCE_WORDS = 4  # words of context on each side of a mention


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


def _sort(kind: str) -> str:
    return "organisation" if kind in ORGANISATION_KINDS else kind


class _Draft:
    """An entity being drafted: its strongest mention so far, and its written forms."""

    def __init__(self, first: Mention) -> None:
        self.name = first.name
        self.best = first  # the first of the strongest
        self.latin = first.latin
        self.forms: list[str] = [first.name]

    @property
    def words(self) -> list[str]:
        return _key(self.name).split()

    def absorb(self, other: _Draft) -> None:
        if other.best.strength > self.best.strength:
            self.best = other.best
        self.latin = self.latin or other.latin
        self.forms += [form for form in other.forms if form not in self.forms]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


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


def _merge(names: _ByName, step: int = 0) -> Generator[None, None, list[_Draft]]:
    """The names as entities (yielding every `step` names, if given)."""
    merged = list(names.drafts.values())
    # A shorter name inside a longer one of the same sort is the same entity. Each
    # name's words and sort are worked out once, and only names sharing its first
    # word are compared (all pairs took seconds on a book with thousands of names).
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
        home = next(
            (
                d for d in by_word.get(mine[0], ())
                if d is not short and id(d) not in gone and len(words[id(d)]) > len(mine)
                and sorts[id(d)] == sorts[id(short)] and _contains(words[id(d)], mine)
            ),
            None,
        )  # fmt: skip
        if home is not None:
            home.absorb(short)
            gone.add(id(short))
    merged = [d for d in merged if id(d) not in gone]
    # A bare surname after a speech verb is kept only as a known person's surface form.
    by_surname: dict[str, _Draft] = {}
    for draft in merged:
        if draft.best.kind == "person" and len(draft.words) > 1:
            by_surname.setdefault(draft.words[-1].removeprefix("ال"), draft)
    for surname in names.surnames:
        home = by_surname.get(_key(surname).removeprefix("ال"))
        if home is not None and surname not in home.forms:
            home.forms.append(surname)
    return merged


def _link_latin(
    paragraphs: Sequence[Paragraph], drafts: list[_Draft], chars: int, keep: _ByName
) -> Generator[None, None, None]:
    """Latin names in Arabic text: linked to the Arabic name they spell, else new mentions."""
    by_skeleton = {skeleton(d.name): d for d in drafts if len(skeleton(d.name)) >= 2}
    glossed = {d.latin.casefold() for d in drafts if d.latin}
    pacer = Pacer(chars)
    for paragraph in paragraphs:
        if pacer.due(paragraph.text):
            yield
        if not ARABIC_LETTERS.search(paragraph.text) or base_direction(paragraph.text) != "rtl":
            continue  # in English text a capitalised word may be anything
        for match in _LATIN_NAME.finditer(paragraph.text):
            words = match.group(0).strip(" .-").split()
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
                        or any(key in known for known in glossed)):  # fmt: skip
                    continue
                start = match.start() + match.group(0).find(name)
                keep.add(Mention(name, "company", "a Latin-script name", 1,
                                 paragraph.index, start, start + len(name)))  # fmt: skip


def draft_entities(paragraphs: Sequence[Paragraph], taken: set[str]) -> tuple[Entity, ...]:
    """One entity per name the cues find, each with an evidence quote in its role."""
    steps = draft_entity_steps(paragraphs, taken, sys.maxsize)  # one step
    while True:
        try:
            next(steps)
        except StopIteration as done:
            entities: tuple[Entity, ...] = done.value
            return entities


def draft_entity_steps(
    paragraphs: Sequence[Paragraph], taken: set[str], chars: int
) -> Generator[None, None, tuple[Entity, ...]]:
    """draft_entities in steps: it yields every `chars` characters of each pass."""
    names = _ByName()
    yield from find_mention_steps([(p.index, p.text) for p in paragraphs], chars, names.add)
    drafts = yield from _merge(names, NAMES_PER_STEP)
    latin_names = _ByName()
    yield from _link_latin(paragraphs, drafts, chars, latin_names)
    drafts += yield from _merge(latin_names, NAMES_PER_STEP)
    texts = {p.index: p.text for p in paragraphs}
    entities = []
    for draft in drafts:
        best = draft.best
        latin = draft.latin
        arabic = ARABIC_LETTERS.search(draft.name)
        base = slug(latin) if latin or not arabic else (romanise(draft.name) or "name")
        forms = [draft.name] + ([latin] if latin and latin != draft.name else [])
        forms += [form for form in draft.forms if form not in forms]
        evidence = context(texts[best.paragraph], best.start, best.end)
        entities.append(
            Entity(
                id=unique_id(slug(base), taken),
                name_ar=draft.name,
                name_en=latin or draft.name,  # no Latin form in the text: the editor adds one
                kind=best.kind,
                role=f"Drafted ({best.kind}, from {best.cue}): {evidence}",
                surface_forms=tuple(forms),
            )
        )
    return tuple(entities)
