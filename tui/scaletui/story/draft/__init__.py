"""Draft a story pack from an article: names and numbers the text itself gives.

People and organisations come from the cues Arabic news writes by habit (draft/names.py:
head nouns, speech verbs, titles, appositions, quoted and glossed names; merged into
entities by draft/entities.py). Numbers (years, percentages, amounts in مليار / مليون) are
found here. Each item has an evidence quote copied from the text, so the draft validates
as it stands and an editor only has to check and complete it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..model import Entity, Figure, Paragraph, Provenance, Span, Story
from ..pacing import STEP_CHARS, Pacer
from .entities import context, draft_entity_steps, slug, unique_id

# Arabic-Indic digits too (٢٠٢٥، ٤٩٪): float() reads them, and validate accepts them.
_YEAR = re.compile(r"(?<![\d.])((?:19|20|١٩|٢٠)\d{2})(?!\d|[.,٫]\d|\s?[%٪])")
_PERCENT = re.compile(r"(?<![\d.])(\d+(?:[.,٫]\d+)?)\s?[%٪]")
_AMOUNT = re.compile(
    r"(?:(?<![\d.])(\d+(?:[.,٫]\d+)?)\s+)?(?<!\w)(مليارات|مليار|ملايين|مليون)(?:اً|ًا|ا)?(?!\w)"
    r"(?:\s+(دولار|يورو|جنيه|ريال|درهم))?"
)
_SCALE = {"مليار": 1e9, "مليارات": 1e9, "مليون": 1e6, "ملايين": 1e6}


@dataclass(frozen=True, slots=True)
class Draft:
    entities: tuple[Entity, ...]
    numbers: tuple[Figure, ...]


def draft_items(paragraphs: Sequence[Paragraph]) -> Draft:
    steps = draft_steps(paragraphs)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            draft: Draft = done.value
            return draft


def draft_steps(paragraphs: Sequence[Paragraph]) -> Generator[None, None, Draft]:
    """draft_items in small steps: it yields every STEP_CHARS characters of each pass,
    so a book can be drafted in the background without holding up the screen."""
    taken: set[str] = set()
    entities = yield from draft_entity_steps(paragraphs, taken, STEP_CHARS)
    numbers: list[Figure] = []
    seen_numbers: set[tuple[float, str]] = set()

    def add_number(value: float, unit: str, label: str, paragraph: Paragraph, start: int,
                   end: int) -> None:  # fmt: skip
        if (value, unit) in seen_numbers:
            return
        seen_numbers.add((value, unit))
        evidence = context(paragraph.text, start, end)
        at = paragraph.text.find(evidence)
        numbers.append(
            Figure(
                id=unique_id(f"n-{slug(label)}", taken),
                value=value,
                unit=unit,
                label_ar=paragraph.text[start:end],
                label_en=f"Drafted: {label}",
                provenance=Provenance(
                    "article", evidence, Span(paragraph.index, at, at + len(evidence))
                ),
            )
        )

    pacer = Pacer()
    for paragraph in paragraphs:
        if pacer.due(paragraph.text):
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
    return Draft(entities, tuple(numbers))


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
    from ..loader import SCHEMA_VERSION  # here: opening a file drafts items, never writes

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
    _write_text(folder / "article.txt", "\n\n".join(lines) + "\n")
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
    _write_text(folder / "story.toml", "\n".join(out))


def _write_text(path: Path, text: str) -> None:
    # Written into (--force), a FIFO left where the file goes would wait forever for
    # a reader, and a device would take the text and keep nothing: they go first.
    if path.is_symlink() or (path.exists() and not path.is_file() and not path.is_dir()):
        path.unlink()
    path.write_text(text, encoding="utf-8")
