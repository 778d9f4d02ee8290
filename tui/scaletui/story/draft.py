"""Draft a story pack from an article: names and numbers the text itself gives.

Arabic tech news introduces names as `"سكيل إيه آي" (Scale AI)`: a quoted Arabic
name with its Latin gloss in brackets. That, Latin-script names, and numbers
(years, percentages, amounts in مليار / مليون) are found here, each with an
evidence quote copied from the text, so the draft validates as it stands and an
editor only has to check and complete it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..layout.bidi import base_direction
from .document import ARABIC_LETTERS
from .model import Entity, Figure, Paragraph, Provenance, Span, Story

_QUOTED_WITH_GLOSS = re.compile(
    r"[\"«“]([^\"»”\n]{1,60}?)[\"»”]\s*\(([A-Za-z][A-Za-z0-9 .&'+-]{0,60}?)\)"
)
# A quoted phrase of one to three Arabic words, not a quoted sentence.
_QUOTED_NAME = re.compile(r"[\"«“]((?:[\u0621-\u064a\u0660-\u0669\d]{2,}\s?){1,3})[\"»”]")
_LATIN_NAME = re.compile(r"\b[A-Z][A-Za-z0-9&.+-]*(?:\s+(?:[A-Z0-9][A-Za-z0-9&.+-]*))*")
# Arabic-Indic digits too (٢٠٢٥، ٤٩٪): float() reads them, and validate accepts them.
_YEAR = re.compile(r"(?<![\d.])((?:19|20|١٩|٢٠)\d{2})(?!\d|[.,٫]\d|\s?[%٪])")
_PERCENT = re.compile(r"(?<![\d.])(\d+(?:[.,٫]\d+)?)\s?[%٪]")
_AMOUNT = re.compile(
    r"(?:(?<![\d.])(\d+(?:[.,٫]\d+)?)\s+)?(?<!\w)(مليارات|مليار|ملايين|مليون)(?:اً|ًا|ا)?(?!\w)"
    r"(?:\s+(دولار|يورو|جنيه|ريال|درهم))?"
)
_SCALE = {"مليار": 1e9, "مليارات": 1e9, "مليون": 1e6, "ملايين": 1e6}
_LATIN_STOPWORDS = {"AI", "The", "A", "An", "CEO", "I"}
EVIDENCE_WORDS = 4  # words of context on each side of a number
STEP = 100  # paragraphs per step of draft_steps (about a millisecond or two)


@dataclass(frozen=True, slots=True)
class Draft:
    entities: tuple[Entity, ...]
    numbers: tuple[Figure, ...]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "item"


def _context(text: str, start: int, end: int, words: int = EVIDENCE_WORDS) -> str:
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


def _unique_id(base: str, taken: set[str]) -> str:
    candidate, counter = base, 2
    while candidate in taken:
        candidate = f"{base}-{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def draft_items(paragraphs: Sequence[Paragraph]) -> Draft:
    steps = draft_steps(paragraphs)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            draft: Draft = done.value
            return draft


def draft_steps(paragraphs: Sequence[Paragraph]) -> Generator[None, None, Draft]:
    """draft_items in small steps: it yields every STEP paragraphs of each pass, so a
    book can be drafted in the background without holding up the screen."""
    entities: dict[str, Entity] = {}  # by folded English name
    taken: set[str] = set()
    glossed_latin: set[str] = set()
    for count, paragraph in enumerate(paragraphs):
        if count % STEP == 0:
            yield
        for match in _QUOTED_WITH_GLOSS.finditer(paragraph.text):
            arabic, latin = match.group(1).strip(), match.group(2).strip()
            key = latin.casefold()
            glossed_latin.add(key)
            if key in entities:
                continue
            entities[key] = Entity(
                id=_unique_id(slug(latin), taken),
                name_ar=arabic,
                name_en=latin,
                kind="product" if re.search(r"\d", latin) else "company",
                role=f"Drafted from the text: {match.group(0)}",
                surface_forms=(arabic, latin) if arabic != latin else (latin,),
            )
    # Arabic tech news also quotes a known name without a gloss ("ميتا"، "غوغل"): a short
    # quoted Arabic phrase is a name the editor will want to check.
    known_arabic = {entity.name_ar for entity in entities.values()}
    for count, paragraph in enumerate(paragraphs):
        if count % STEP == 0:
            yield
        for match in _QUOTED_NAME.finditer(paragraph.text):
            arabic = match.group(1).strip()
            if arabic in known_arabic or not ARABIC_LETTERS.search(arabic):
                continue
            known_arabic.add(arabic)
            entities[f"ar:{arabic}"] = Entity(
                id=_unique_id("name", taken),
                name_ar=arabic,
                name_en=arabic,  # no Latin form in the text: the editor supplies one
                kind="company",
                role=f"Drafted from a quoted name: {match.group(0)}",
                surface_forms=(arabic,),
            )
    for count, paragraph in enumerate(paragraphs):
        if count % STEP == 0:
            yield
        # In Arabic text a Latin-script word is a name; in English text it may be anything.
        if not ARABIC_LETTERS.search(paragraph.text) or base_direction(paragraph.text) != "rtl":
            continue
        for match in _LATIN_NAME.finditer(paragraph.text):
            name = match.group(0).strip(" .-")
            key = name.casefold()
            if (
                not name or name in _LATIN_STOPWORDS or key in entities or key in glossed_latin
                or len(name) < 2 or any(key in known for known in glossed_latin)
            ):  # fmt: skip
                continue
            entities[key] = Entity(
                id=_unique_id(slug(name), taken),
                name_ar=name,
                name_en=name,
                kind="company",
                role="Drafted from a Latin-script name in the text",
                surface_forms=(name,),
            )
    numbers: list[Figure] = []
    seen_numbers: set[tuple[float, str]] = set()

    def add_number(value: float, unit: str, label: str, paragraph: Paragraph, start: int,
                   end: int) -> None:  # fmt: skip
        if (value, unit) in seen_numbers:
            return
        seen_numbers.add((value, unit))
        evidence = _context(paragraph.text, start, end)
        at = paragraph.text.find(evidence)
        numbers.append(
            Figure(
                id=_unique_id(f"n-{slug(label)}", taken),
                value=value,
                unit=unit,
                label_ar=paragraph.text[start:end],
                label_en=f"Drafted: {label}",
                provenance=Provenance(
                    "article", evidence, Span(paragraph.index, at, at + len(evidence))
                ),
            )
        )

    for count, paragraph in enumerate(paragraphs):
        if count % STEP == 0:
            yield
        text = paragraph.text
        for match in _AMOUNT.finditer(text):
            amount = (
                float(match.group(1).replace(",", ".").replace("٫", ".")) if match.group(1) else 1.0
            )
            value = amount * _SCALE[match.group(2)]
            currency = match.group(3)
            unit = "USD" if currency == "دولار" else "count"
            add_number(value, unit, f"{amount:g} {match.group(2)} {currency or ''}".strip(),
                       paragraph, match.start(), match.end())  # fmt: skip
        for match in _PERCENT.finditer(text):
            value = float(match.group(1).replace(",", ".").replace("٫", "."))
            add_number(value, "percent", f"{value:g}%", paragraph, match.start(), match.end())
        for match in _YEAR.finditer(text):
            add_number(float(match.group(1)), "year", match.group(1), paragraph, match.start(),
                       match.end())  # fmt: skip
    return Draft(tuple(entities.values()), tuple(numbers))


def draft_story(base: Story, draft: Draft | None = None) -> Story:
    """The same story with drafted entities and numbers (for a file opened without a pack)."""
    draft = draft or draft_items(base.paragraphs)
    return Story(
        id=base.id, title=base.title, title_en=base.title_en, language=base.language,
        source=base.source, published=base.published,
        machine_translated_title=base.machine_translated_title, summary_en=base.summary_en,
        paragraphs=base.paragraphs, entities={e.id: e for e in draft.entities},
        numbers=draft.numbers, path=base.path, draft=True, former_ids=base.former_ids,
        fingerprint=base.fingerprint,
    )  # fmt: skip


def _toml(value: object) -> str:
    # JSON strings and numbers are valid TOML basic strings and numbers.
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def write_pack(story: Story, folder: Path) -> None:
    """article.txt and story.toml for a drafted story; `scaletui validate` accepts them."""
    from .loader import SCHEMA_VERSION  # here: opening a file drafts items, never writes

    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    title_written = False
    for paragraph in story.paragraphs:
        if paragraph.kind == "title" and not title_written:
            lines.append(f"# {paragraph.text}")
            title_written = True
        elif paragraph.kind in ("title", "heading"):
            lines.append(f"## {paragraph.text}")
        else:
            lines.append(paragraph.text)
    if not title_written:
        lines.insert(0, f"# {story.title}")
    (folder / "article.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    out = [
        "# Drafted by `scaletui draft`: check every item, then add events, people and",
        "# competitors. Evidence quotes are copied from article.txt. A number's status",
        '# is "reported" (the text reports it) until an editor finds it announced or paid.',
        f"schema = {SCHEMA_VERSION}",
        "",
        "[story]",
        f"id = {_toml(story.id)}",
        f"title_en = {_toml(story.title_en or story.title)}",
        f"language = {_toml(story.language or 'ar')}",
        f"source = {_toml(story.source)}",
        "",
    ]
    for entity in story.entities.values():
        out += [
            "[[entities]]",
            f"id = {_toml(entity.id)}",
            f"name_ar = {_toml(entity.name_ar)}",
            f"name_en = {_toml(entity.name_en)}",
            f"kind = {_toml(entity.kind)}",
            f"surface_forms = {_toml(list(entity.surface_forms))}",
            f"role = {_toml(entity.role)}",
            "",
        ]
    for figure in story.numbers:
        value = int(figure.value) if figure.value == int(figure.value) else figure.value
        out += [
            "[[numbers]]",
            f"id = {_toml(figure.id)}",
            f"value = {_toml(value)}",
            f"unit = {_toml(figure.unit)}",
            f"label_ar = {_toml(figure.label_ar)}",
            f"label_en = {_toml(figure.label_en)}",
            f"status = {_toml(figure.status or 'reported')}",
            'provenance = "article"',
            f"evidence = {_toml(figure.provenance.evidence)}",
            "",
        ]
    (folder / "story.toml").write_text("\n".join(out), encoding="utf-8")
