"""Load a story pack (article.txt + story.toml) and check every part of it.

Every problem is collected, not just the first, and reported as
`file: key: what is wrong`, so an editor can fix a pack in one pass.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from .files import MAX_DATA_BYTES, MAX_TEXT_BYTES, FileProblem, read_limited
from .model import (
    ENTITY_KINDS,
    PROVENANCES,
    Competitor,
    Entity,
    Event,
    Figure,
    Paragraph,
    ParagraphKind,
    PartialDate,
    Person,
    Provenance,
    Span,
    Story,
)
from .packs import ARTICLE_FILE, DATA_FILE, PackError, Problem

SCHEMA_VERSION = 1
UNITS = ("USD", "percent", "year", "years", "count")
SEGMENTS = ("data provider", "AI lab")
MAX_NUMBER = 1e15  # a quadrillion: past any amount a news story gives
NUMBER_LIMITS = {"percent": 1000.0, "year": 9999.0, "years": 1000.0}
TOP_LEVEL = ("schema", "story", "entities", "events", "people", "competitors", "numbers")
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

T = TypeVar("T")


def parse_article(text: str) -> list[Paragraph]:
    """Blocks separated by blank lines; `# ` is the headline, `## ` a section heading."""
    paragraphs: list[Paragraph] = []
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        joined = " ".join(lines)
        kind: ParagraphKind
        if joined.startswith("# "):
            kind, joined = "title", joined[2:].strip()
        elif re.match(r"^#{2,6} ", joined):
            kind, joined = "heading", joined.lstrip("#").strip()
        else:
            kind = "body"
        paragraphs.append(Paragraph(len(paragraphs), kind, joined))
    return paragraphs


def parse_date(text: str) -> PartialDate | None:
    match = DATE_PATTERN.match(text)
    if not match:
        return None
    year_text, month_text, day_text = match.groups()
    year = int(year_text)  # the pattern always has the year
    month = int(month_text) if month_text else None
    day = int(day_text) if day_text else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        if month is None:
            return None
        try:
            date(year, month, day)  # a real day of that month (29 February in leap years)
        except ValueError:
            return None
    return PartialDate(year, month, day)


def _is_web_address(text: str) -> bool:
    from urllib.parse import urlsplit

    if any(char.isspace() or not char.isprintable() for char in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:  # a malformed IPv6 host
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def find_span(paragraphs: list[Paragraph] | tuple[Paragraph, ...], quote: str) -> Span | None:
    for paragraph in paragraphs:
        at = paragraph.text.find(quote)
        if at >= 0:
            return Span(paragraph.index, at, at + len(quote))
    return None


class _Reader:
    """Typed access to one TOML table, recording problems under its key path."""

    def __init__(self, problems: list[Problem], key: str, table: Any) -> None:
        self.problems = problems
        self.key = key
        self.table = table if isinstance(table, dict) else {}
        self.seen: set[str] = set()
        if not isinstance(table, dict):
            self.fail("", "must be a table")

    def fail(self, field: str, message: str) -> None:
        key = f"{self.key}.{field}" if field else self.key
        self.problems.append(Problem(DATA_FILE, key, message))

    def _get(self, field: str, kind: type[T], label: str, required: bool) -> T | None:
        self.seen.add(field)
        value = self.table.get(field)
        if value is None:
            if required:
                self.fail(field, "missing")
            return None
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            self.fail(field, f"must be {label}, not {type(value).__name__}")
            return None
        return value

    def text(self, field: str, required: bool = True) -> str:
        value = self._get(field, str, "a string", required)
        if value is not None and not value.strip() and required:
            self.fail(field, "is empty")
        return value or ""

    def number(self, field: str, limit: float = MAX_NUMBER) -> float:
        """A finite number no larger than `limit` either way (nan, inf and -1e308
        are slips, and would break every place that draws or sums them)."""
        value = self._get(field, float, "a number", True)
        if value is None:
            return 0.0
        if not math.isfinite(value):
            self.fail(field, f"must be a finite number, not {value}")
            return 0.0
        if abs(value) > limit:
            self.fail(field, f"{value:g} is out of range (at most {limit:g} either way)")
            return 0.0
        return value

    def report_unknown(self) -> None:
        """Keys nobody reads are usually misspelt ones (`evidense`): say so."""
        for field in self.table:
            if field not in self.seen:
                self.fail(str(field), "unknown key")

    def texts(self, field: str, required: bool = False) -> tuple[str, ...]:
        value = self._get(field, list, "a list of strings", required)
        if value is None:
            return ()
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{field}[{index}]", "must be a non-empty string")
        return tuple(item for item in value if isinstance(item, str) and item.strip())

    def choice(self, field: str, choices: tuple[str, ...]) -> str:
        value = self.text(field)
        if value and value not in choices:
            self.fail(field, f"must be one of {', '.join(choices)}; got {value!r}")
        return value


class _PackLoader:
    def __init__(self, pack: Path) -> None:
        self.pack = pack
        self.problems: list[Problem] = []
        self.paragraphs: list[Paragraph] = []
        self.entity_ids: set[str] = set()

    def load(self) -> Story:
        article_path = self.pack / ARTICLE_FILE
        data_path = self.pack / DATA_FILE
        if not self.pack.is_dir():
            raise PackError([Problem(str(self.pack), "-", "not a directory")])
        article = self._read(article_path, MAX_TEXT_BYTES)
        raw = self._read(data_path, MAX_DATA_BYTES)
        if article is None or raw is None:
            raise PackError(self.problems)
        self.paragraphs = parse_article(article)
        titles = [p for p in self.paragraphs if p.kind == "title"]
        if len(titles) != 1:
            self.problems.append(
                Problem(
                    ARTICLE_FILE, "headline", f"needs exactly one '# ' line, found {len(titles)}"
                )
            )
        if not any(p.kind == "body" for p in self.paragraphs):
            self.problems.append(Problem(ARTICLE_FILE, "body", "has no paragraphs"))
        import tomllib  # here, not at import: a cached story never needs it

        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as error:
            self.problems.append(Problem(DATA_FILE, "syntax", str(error)))
            raise PackError(self.problems) from None
        except RecursionError:
            self.problems.append(Problem(DATA_FILE, "syntax", "tables or arrays nested too deeply"))
            raise PackError(self.problems) from None
        for key in data:
            if key not in TOP_LEVEL:
                self.problems.append(Problem(DATA_FILE, key, "unknown key"))
        story = self._story(data, titles[0].text if titles else "")
        self._check_references(story)
        if self.problems:
            raise PackError(self.problems)
        return story

    def _check_references(self, story: Story) -> None:
        """Checks that need the whole pack: unique ids, people who are persons."""
        for name, ids in (
            ("events", [e.id for e in story.events]),
            ("numbers", [n.id for n in story.numbers]),
        ):
            seen: set[str] = set()
            for item_id in ids:
                if item_id in seen:
                    self.problems.append(Problem(DATA_FILE, f"{name}.{item_id}", "duplicate id"))
                seen.add(item_id)
        for index, person in enumerate(story.people):
            entity = story.entities.get(person.entity)
            if entity is not None and entity.kind != "person":
                self.problems.append(
                    Problem(
                        DATA_FILE,
                        f"people[{index}].entity",
                        f"{person.entity!r} is a {entity.kind}, not a person",
                    )
                )

    def _read(self, path: Path, limit: int) -> str | None:
        try:
            return read_limited(path, limit).decode("utf-8")
        except FileNotFoundError:
            self.problems.append(Problem(path.name, "-", "missing"))
        except FileProblem as problem:
            self.problems.append(Problem(path.name, "-", str(problem)))
        except UnicodeDecodeError as error:
            self.problems.append(Problem(path.name, f"byte {error.start}", "not valid UTF-8"))
        except OSError as error:
            self.problems.append(Problem(path.name, "-", error.strerror or str(error)))
        return None

    def _story(self, data: dict[str, Any], title: str) -> Story:
        schema = data.get("schema")
        if schema != SCHEMA_VERSION:
            self.problems.append(
                Problem(DATA_FILE, "schema", f"must be {SCHEMA_VERSION}, not {schema!r}")
            )
        meta = _Reader(self.problems, "story", data.get("story", {}))
        story_id = meta.text("id")
        if story_id and not ID_PATTERN.match(story_id):
            meta.fail("id", f"must be lowercase words joined by '-', not {story_id!r}")
        published = meta.text("published", required=False)
        if published and parse_date(published) is None:
            meta.fail("published", f"bad date {published!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
        url = meta.text("url", required=False).strip()
        if url and not _is_web_address(url):
            meta.fail("url", f"must be an http(s) address, not {url!r}")
        entities = self._entities(data.get("entities", []))
        events = self._items("events", data.get("events", []), self._event)
        events.sort(key=lambda event: event.date.sort_key)
        story = Story(
            id=story_id,
            title=title,
            title_en=meta.text("title_en"),
            language=meta.text("language"),
            source=meta.text("source", required=False),
            published=published,
            machine_translated_title=meta.text("machine_translated_title", required=False),
            summary_en=meta.text("summary_en", required=False),
            paragraphs=tuple(self.paragraphs),
            entities=entities,
            events=tuple(events),
            people=tuple(self._items("people", data.get("people", []), self._person)),
            competitors=tuple(
                self._items("competitors", data.get("competitors", []), self._competitor)
            ),
            numbers=tuple(self._items("numbers", data.get("numbers", []), self._figure)),
            path=self.pack,
            outlet=meta.text("outlet", required=False).strip(),
            url=url,
            author=meta.text("author", required=False).strip(),
        )
        meta.report_unknown()
        return story

    def _items(self, name: str, raw: Any, build: Callable[[_Reader], T | None]) -> list[T]:
        if not isinstance(raw, list):
            self.problems.append(Problem(DATA_FILE, name, "must be an array of tables ([[...]])"))
            return []
        items = []
        for index, table in enumerate(raw):
            reader = _Reader(self.problems, f"{name}[{index}]", table)
            item = build(reader)
            reader.report_unknown()
            if item is not None:
                items.append(item)
        return items

    def _entities(self, raw: Any) -> dict[str, Entity]:
        # Ids first, so items may refer to entities listed after them.
        if isinstance(raw, list):
            ids = (t.get("id") for t in raw if isinstance(t, dict))
            self.entity_ids = {i for i in ids if isinstance(i, str)}
        entities: dict[str, Entity] = {}
        for entity in self._items("entities", raw, self._entity):
            if entity.id in entities:
                self.problems.append(
                    Problem(DATA_FILE, f"entities.{entity.id}", "duplicate entity id")
                )
            entities[entity.id] = entity
        return entities

    def _entity(self, r: _Reader) -> Entity:
        entity_id = r.text("id")
        if entity_id and not ID_PATTERN.match(entity_id):
            r.fail("id", f"must be lowercase words joined by '-', not {entity_id!r}")
        forms = r.texts("surface_forms")
        article = "\n".join(p.text for p in self.paragraphs)
        for index, form in enumerate(forms):
            if form not in article:
                r.fail(f"surface_forms[{index}]", f"{form!r} does not occur in the article")
        return Entity(
            id=entity_id,
            name_ar=r.text("name_ar"),
            name_en=r.text("name_en"),
            kind=r.choice("kind", ENTITY_KINDS),
            role=r.text("role"),
            surface_forms=forms,
            aliases=r.texts("aliases"),
        )

    def _entity_ref(self, r: _Reader, field: str, value: str) -> None:
        if value and value not in self.entity_ids:
            r.fail(field, f"unknown entity id {value!r}")

    def _provenance(self, r: _Reader) -> Provenance:
        kind = r.choice("provenance", PROVENANCES)
        evidence = r.text("evidence", required=kind == "article")
        note = r.text("note", required=kind == "context")
        span = None
        if evidence:
            span = find_span(self.paragraphs, evidence)
            if span is None:
                r.fail("evidence", f"not found in the article: {evidence!r}")
        # `kind` is only checked at run time (a wrong value is reported as a problem, and a
        # pack with problems is never returned), so mypy cannot see it is "article" or "context".
        return Provenance(kind or "context", evidence or None, span, note or None)  # type: ignore[arg-type]

    def _event(self, r: _Reader) -> Event | None:
        date_text = r.text("date")
        date = parse_date(date_text) if date_text else None
        if date_text and date is None:
            r.fail("date", f"bad date {date_text!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
        entities = r.texts("entities", required=True)
        for index, entity_id in enumerate(entities):
            self._entity_ref(r, f"entities[{index}]", entity_id)
        event = Event(
            id=r.text("id"),
            date=date or PartialDate(0),
            title_ar=r.text("title_ar"),
            title_en=r.text("title_en"),
            entities=entities,
            provenance=self._provenance(r),
        )
        return event

    def _person(self, r: _Reader) -> Person:
        entity = r.text("entity")
        self._entity_ref(r, "entity", entity)
        organisation = r.text("organisation")
        self._entity_ref(r, "organisation", organisation)
        return Person(
            entity=entity,
            role=r.text("role"),
            organisation=organisation,
            says_en=r.text("says_en"),
            says_ar=r.text("says_ar"),
            provenance=self._provenance(r),
        )

    def _competitor(self, r: _Reader) -> Competitor:
        entity = r.text("entity")
        self._entity_ref(r, "entity", entity)
        rival = r.text("competes_with")
        self._entity_ref(r, "competes_with", rival)
        return Competitor(
            entity=entity,
            competes_with=rival,
            segment=r.choice("segment", SEGMENTS),
            provenance=self._provenance(r),
        )

    def _figure(self, r: _Reader) -> Figure:
        return Figure(
            id=r.text("id"),
            value=r.number("value", NUMBER_LIMITS.get(str(r.table.get("unit")), MAX_NUMBER)),
            unit=r.choice("unit", UNITS),
            label_ar=r.text("label_ar"),
            label_en=r.text("label_en"),
            provenance=self._provenance(r),
        )


def load_story(pack: Path) -> Story:
    """Load and check a pack directory; raises PackError listing every problem."""
    return _PackLoader(pack).load()
