"""Draft a story pack from an article: names, numbers, dated events and people's roles
the text itself gives.

People and organisations come from the cues Arabic news writes by habit (draft/names/:
datelines, head nouns, titles, speech verbs, roles beside a name, quoted and glossed
names; merged into entities by draft/entities.py, which also reads each person's role and
organisation for the people table). Numbers are the figures written in digits
(draft/numbers.py); events are the text's dated sentences (draft/events.py), dated
against the article's publication date when the text counts from it. Each item has an
evidence quote copied from the text, so the draft validates as it stands and an editor
only has to check and complete it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..model import Entity, Event, Figure, Paragraph, Person, Story
from ..pacing import STEP_CHARS, run_at_once
from . import tokens
from .entities import draft_entity_steps
from .events import date_line, draft_event_steps
from .lexicon import normal_word
from .numbers import draft_number_steps

MAX_EVENT_ENTITIES = 6
ENTITIES_PER_STEP = 200  # entities' forms indexed per step


@dataclass(frozen=True, slots=True)
class Draft:
    entities: tuple[Entity, ...]
    numbers: tuple[Figure, ...]
    events: tuple[Event, ...] = ()
    people: tuple[Person, ...] = ()


def draft_items(paragraphs: Sequence[Paragraph], published: str = "") -> Draft:
    return run_at_once(draft_steps(paragraphs, published))


def draft_steps(
    paragraphs: Sequence[Paragraph], published: str = ""
) -> Generator[None, None, Draft]:
    """draft_items in small steps: it yields every STEP_CHARS characters of each pass,
    so a book can be drafted in the background without holding up the screen.
    `published` (YYYY[-MM[-DD]]) dates the words that count from it (أمس، الشهر الماضي);
    without it, a first paragraph that is only a date is taken for it."""
    taken: set[str] = set()
    published = published or date_line(paragraphs)
    entities, people = yield from draft_entity_steps(paragraphs, taken, STEP_CHARS)
    numbers = yield from draft_number_steps(paragraphs, taken, STEP_CHARS)
    events = yield from draft_event_steps(paragraphs, published, taken, STEP_CHARS)
    events = yield from _with_entities(events, entities)
    forget_words()
    return Draft(entities, numbers, events, people)


def forget_words() -> None:
    """Let go of the words' caches, the drafter's working data: a book's distinct words
    fill them (about 7 MB at the bench's 20 MB book, up to 65,536 words each in a book of
    more varied words), and nothing but drafting reads them."""
    normal_word.cache_clear()
    tokens._read.cache_clear()
    tokens.variants.cache_clear()


def _with_entities(
    events: tuple[Event, ...], entities: tuple[Entity, ...]
) -> Generator[None, None, tuple[Event, ...]]:
    """Each event with the entities its sentence names (by any of their written forms):
    the forms are looked up by their first word, so a book's thousands of names cost
    what its events' words cost."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for count, entity in enumerate(entities):
        if count % ENTITIES_PER_STEP == ENTITIES_PER_STEP - 1:
            yield
        for form in entity.surface_forms:
            if len(form) >= 2 and form.split():
                by_first.setdefault(form.split()[0], []).append((form, entity.id))
    linked, done = [], 0
    for event in events:
        evidence = event.provenance.evidence or ""
        done += len(evidence)
        if done >= STEP_CHARS:
            done = 0
            yield
        ids: dict[str, None] = {}
        for word in re.finditer(r"\S+", evidence):
            if done >= STEP_CHARS:
                done = 0
                yield  # within a sentence too: a word thousands of names begin with
            # The word, then without a proclitic (لدو، بهيئة): in that order, not a set's,
            # whose order changed with the hash seed and so did the event's entities.
            for key in dict.fromkeys((word.group(), word.group()[1:])):
                forms = by_first.get(key, ())
                done += 10 * len(forms)  # a word many names begin with costs their count
                for form, entity_id in forms:
                    at = word.start() + (key != word.group())
                    if evidence.startswith(form, at):
                        ids.setdefault(entity_id)
        linked.append(event._replace(entities=tuple(list(ids)[:MAX_EVENT_ENTITIES])))
    return tuple(linked)


def draft_story(base: Story, draft: Draft | None = None) -> Story:
    """The same story with drafted items (for a file opened without a pack)."""
    draft = draft or draft_items(base.paragraphs, base.published)
    return Story(
        id=base.id, title=base.title, title_en=base.title_en, language=base.language,
        source=base.source, published=base.published,
        machine_translated_title=base.machine_translated_title, summary_en=base.summary_en,
        paragraphs=base.paragraphs, entities={e.id: e for e in draft.entities},
        events=tuple(sorted(draft.events, key=lambda e: e.date.sort_key)),
        people=draft.people, numbers=draft.numbers, path=base.path, draft=True,
        former_ids=base.former_ids,
        fingerprint=base.fingerprint, encoding=base.encoding,
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
        else:  # escaped where it would read as a heading, or as an escape (parse_article)
            text = paragraph.text
            lines.append("\\" + text if text.startswith(("#", "\\")) else text)
    if not title_written:
        lines.insert(0, f"# {story.title}")
    _write_text(folder / "article.txt", "\n\n".join(lines) + "\n")
    out = [
        "# Drafted by `scaletui draft`: check every item, complete what it could not read",
        "# (English names: name_en_from says which it transliterated and which it left",
        "# empty; remove it once a name is checked; events' English titles, what people",
        "# say) and add competitors. Evidence quotes are copied from article.txt. A",
        '# number\'s status is "reported" (the text reports it) until an editor finds it',
        "# announced or paid.",
        f"schema = {SCHEMA_VERSION}",
        "",
        "[story]",
        f"id = {_toml(story.id)}",
        f"title_en = {_toml(story.title_en or story.title)}",
        f"language = {_toml(story.language or 'ar')}",
        f"source = {_toml(story.source)}",
        *([f"published = {_toml(story.published)}"] if story.published else []),
        "",
    ]
    for entity in story.entities.values():
        out += [
            "[[entities]]",
            f"id = {_toml(entity.id)}",
            f"name_ar = {_toml(entity.name_ar)}",
            f"name_en = {_toml(entity.name_en)}",
            *([f"name_en_from = {_toml(entity.name_en_from)}"] if entity.name_en_from else []),
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
    for event in story.events:
        out += [
            "[[events]]",
            f"id = {_toml(event.id)}",
            f"date = {_toml(str(event.date))}",
            f"title_ar = {_toml(event.title_ar)}",
            f"title_en = {_toml(event.title_en)}",
            f"entities = {_toml(list(event.entities))}",
            'provenance = "article"',
            f"evidence = {_toml(event.provenance.evidence)}",
            "",
        ]
    for person in story.people:
        out += [
            "[[people]]",
            f"entity = {_toml(person.entity)}",
            f"role = {_toml(person.role)}",
            *([f"organisation = {_toml(person.organisation)}"] if person.organisation else []),
            'provenance = "article"',
            f"evidence = {_toml(person.provenance.evidence)}",
            "",
        ]
    _write_text(folder / "story.toml", "\n".join(out))


def _write_text(path: Path, text: str) -> None:
    # Written into (--force), a FIFO left where the file goes would wait forever for
    # a reader, and a device would take the text and keep nothing: they go first.
    if path.is_symlink() or (path.exists() and not path.is_file() and not path.is_dir()):
        path.unlink()
    path.write_text(text, encoding="utf-8")
