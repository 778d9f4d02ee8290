"""Load a story pack (article.txt + story.toml) and check every part of it.

Every problem is collected, not just the first, and reported as
`file: key: what is wrong`, so an editor can fix a pack in one pass.

Schema 2 adds what a reader needs to trust a pack: a `[[sources]]` table (outlet,
title, date, URL) that items cite by id, at least one source on every context item,
a status on every number, and `part_of` on entities. Schema 1 packs still load.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..i18n import N_, Said
from .files import MAX_DATA_BYTES, MAX_TEXT_BYTES, FileProblem, read_limited
from .model import (
    ENTITY_KINDS,
    NUMBER_STATUSES,
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
    Source,
    Span,
    Story,
)
from .packs import ARTICLE_FILE, DATA_FILE, PackError, Problem
from .quoted_numbers import describe_values, value_in_quote
from .table import MAX_NUMBER, T, TableReader, parse_date

SCHEMA_VERSION = 2  # what `scaletui draft` writes and the bundled pack uses
SCHEMA_VERSIONS = (1, 2)  # what loads
UNITS = ("USD", "percent", "year", "years", "count")
SEGMENTS = ("data provider", "AI lab")
NUMBER_LIMITS = {"percent": 1000.0, "year": 9999.0, "years": 1000.0}
TOP_LEVEL = (
    "schema", "story", "sources", "entities", "events", "people", "competitors", "numbers",
)  # fmt: skip
ITEM_TABLES = ("events", "people", "competitors", "numbers")

__all__ = ["SCHEMA_VERSION", "SCHEMA_VERSIONS", "find_span", "load_story", "parse_article",
           "parse_date"]  # fmt: skip


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


def _is_web_address(text: str) -> bool:
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


class _PackLoader:
    def __init__(self, pack: Path) -> None:
        self.pack = pack
        self.problems: list[Problem] = []
        self.paragraphs: list[Paragraph] = []
        self.entity_ids: set[str] = set()
        self.source_ids: set[str] = set()
        self.schema = SCHEMA_VERSION

    def report(self, file: str, key: str, template: str, **fields: object) -> None:
        """A problem: a catalogue template (marked with N_) and its fields, said in the
        reader's language where it is shown (TableReader.fail, for a table's fields)."""
        self.problems.append(Problem(file, key, Said(template, **fields)))

    def load(self) -> Story:
        article_path = self.pack / ARTICLE_FILE
        data_path = self.pack / DATA_FILE
        if not self.pack.is_dir():
            raise PackError([Problem(str(self.pack), "-", Said(N_("not a directory")))])
        article = self._read(article_path, MAX_TEXT_BYTES)
        raw = self._read(data_path, MAX_DATA_BYTES)
        if article is None or raw is None:
            raise PackError(self.problems)
        self.paragraphs = parse_article(article)
        titles = [p for p in self.paragraphs if p.kind == "title"]
        if len(titles) != 1:
            self.report(ARTICLE_FILE, "headline", N_("needs exactly one '# ' line, found {count}"),
                        count=len(titles))  # fmt: skip
        if not any(p.kind == "body" for p in self.paragraphs):
            self.report(ARTICLE_FILE, "body", N_("has no paragraphs"))
        # Here, not at import: a cached story never needs it. tomli, not the stdlib's
        # tomllib (its pure-Python copy): compiled, it parses a pack 3x faster.
        import tomli as tomllib

        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as error:
            self.problems.append(Problem(DATA_FILE, "syntax", str(error)))
            raise PackError(self.problems) from None
        except RecursionError:
            self.report(DATA_FILE, "syntax", N_("tables or arrays nested too deeply"))
            raise PackError(self.problems) from None
        for key in data:
            if key not in TOP_LEVEL:
                self.report(DATA_FILE, key, N_("unknown key"))
        story = self._story(data, titles[0].text if titles else "")
        self._check_references(story)
        if self.problems:
            raise PackError(self.problems)
        return story

    def _check_references(self, story: Story) -> None:
        """Checks that need the whole pack: unique ids, people who are persons,
        entities part of another, sources that some item cites."""
        for name, ids in (
            ("events", [e.id for e in story.events]),
            ("numbers", [n.id for n in story.numbers]),
        ):
            seen: set[str] = set()
            for item_id in ids:
                if item_id in seen:
                    self.report(DATA_FILE, f"{name}.{item_id}", N_("duplicate id"))
                seen.add(item_id)
        for index, person in enumerate(story.people):
            entity = story.entities.get(person.entity)
            if entity is not None and entity.kind != "person":
                self.report(DATA_FILE, f"people[{index}].entity",
                            N_("{entity} is a {kind}, not a person"),
                            entity=repr(person.entity), kind=entity.kind)  # fmt: skip
        for index, entity in enumerate(story.entities.values()):
            if entity.part_of == entity.id:
                self.report(DATA_FILE, f"entities[{index}].part_of",
                            N_("an entity is not part of itself"))  # fmt: skip
        cited = {
            source_id
            for group in (story.events, story.people, story.competitors, story.numbers)
            for item in group
            for source_id in item.provenance.sources
        }
        for source_id in story.sources:
            if source_id not in cited:
                self.report(DATA_FILE, f"sources.{source_id}", N_("not cited by any item"))

    def _read(self, path: Path, limit: int) -> str | None:
        try:
            return read_limited(path, limit).decode("utf-8")
        except FileNotFoundError:
            self.report(path.name, "-", N_("missing"))
        except FileProblem as problem:
            self.problems.append(
                Problem(path.name, "-", problem.args[0] if problem.args else str(problem))
            )
        except UnicodeDecodeError as error:
            self.report(path.name, f"byte {error.start}", N_("not valid UTF-8"))
        except OSError as error:
            self.problems.append(Problem(path.name, "-", error.strerror or str(error)))
        return None

    def _story(self, data: dict[str, Any], title: str) -> Story:
        schema = data.get("schema")
        if schema in SCHEMA_VERSIONS and not isinstance(schema, bool):
            self.schema = int(schema)
        else:
            versions = " or ".join(str(v) for v in SCHEMA_VERSIONS)
            self.report(DATA_FILE, "schema", N_("must be {versions}, not {value}"),
                        versions=versions, value=repr(schema))  # fmt: skip
        meta = TableReader(self.problems, "story", data.get("story", {}))
        story_id = meta.identifier("id")
        published, _ = meta.date("published", required=False)
        sources = self._sources(data.get("sources", []))
        url = meta.text("url", required=False).strip()
        if url and not _is_web_address(url):
            meta.fail("url", N_("must be an http(s) address, not {value}"), value=repr(url))
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
            sources=sources,
            path=self.pack,
            outlet=meta.text("outlet", required=False).strip(),
            url=url,
            author=meta.text("author", required=False).strip(),
        )
        meta.report_unknown()
        return story

    def _items(self, name: str, raw: Any, build: Callable[[TableReader], T | None]) -> list[T]:
        if not isinstance(raw, list):
            self.report(DATA_FILE, name, N_("must be an array of tables ([[...]])"))
            return []
        items = []
        for index, table in enumerate(raw):
            reader = TableReader(self.problems, f"{name}[{index}]", table)
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
                self.report(DATA_FILE, f"entities.{entity.id}", N_("duplicate entity id"))
            entities[entity.id] = entity
        return entities

    def _sources(self, raw: Any) -> dict[str, Source]:
        # Ids first, so items may cite sources listed after them (or before).
        if isinstance(raw, list):
            ids = (t.get("id") for t in raw if isinstance(t, dict))
            self.source_ids = {i for i in ids if isinstance(i, str)}
        sources: dict[str, Source] = {}
        for source in self._items("sources", raw, self._source):
            if source.id in sources:
                self.report(DATA_FILE, f"sources.{source.id}", N_("duplicate id"))
            sources[source.id] = source
        return sources

    def _source(self, r: TableReader) -> Source:
        source_id = r.identifier("id")
        _, date = r.date("date")
        url = r.text("url")
        if url and not _is_web_address(url):
            r.fail("url", N_("must be a full http(s) address, not {value}"), value=repr(url))
        return Source(source_id, r.text("outlet"), r.text("title"), date or PartialDate(0), url)

    def _entity(self, r: TableReader) -> Entity:
        entity_id = r.identifier("id")
        forms = r.texts("surface_forms")
        article = "\n".join(p.text for p in self.paragraphs)
        for index, form in enumerate(forms):
            if form not in article:
                r.fail(f"surface_forms[{index}]", N_("{form} does not occur in the article"),
                       form=repr(form))  # fmt: skip
        part_of = r.text("part_of", required=False)
        self._entity_ref(r, "part_of", part_of)
        return Entity(
            id=entity_id,
            name_ar=r.text("name_ar"),
            name_en=r.text("name_en"),
            kind=r.choice("kind", ENTITY_KINDS),
            role=r.text("role"),
            surface_forms=forms,
            aliases=r.texts("aliases"),
            part_of=part_of or None,
        )

    def _entity_ref(self, r: TableReader, field: str, value: str) -> None:
        if value and value not in self.entity_ids:
            r.fail(field, N_("unknown entity id {value}"), value=repr(value))

    def _provenance(self, r: TableReader) -> Provenance:
        kind = r.choice("provenance", PROVENANCES)
        evidence = r.text("evidence", required=kind == "article")
        note = r.text("note", required=kind == "context")
        slip = r.text("slip", required=False)
        span = None
        if evidence:
            span = find_span(self.paragraphs, evidence)
            if span is None:
                r.fail("evidence", N_("not found in the article: {quote}"), quote=repr(evidence))
        elif slip:
            r.fail("slip", N_("needs an evidence quote: the passage the article gets wrong"))
        # An outside fact is only as good as where it comes from (schema 2 on).
        sources = r.texts("sources", required=kind == "context" and self.schema >= 2)
        for index, source_id in enumerate(sources):
            if source_id not in self.source_ids:
                r.fail(f"sources[{index}]", N_("unknown source id {value}"), value=repr(source_id))
        # `kind` is only checked at run time (a wrong value is reported as a problem, and a
        # pack with problems is never returned), so mypy cannot see it is "article" or "context".
        return Provenance(kind or "context", evidence or None, span, note or None,  # type: ignore[arg-type]
                          sources, slip or None)  # fmt: skip

    def _event(self, r: TableReader) -> Event | None:
        _, date = r.date("date")
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

    def _person(self, r: TableReader) -> Person:
        entity = r.text("entity")
        self._entity_ref(r, "entity", entity)
        # A person may hold no post in a body the story names, and may say nothing the
        # text quotes (a drafted row never has either unless the text gives it).
        organisation = r.text("organisation", required=False)
        self._entity_ref(r, "organisation", organisation)
        return Person(
            entity=entity,
            role=r.text("role"),
            organisation=organisation,
            says_en=r.text("says_en", required=False),
            says_ar=r.text("says_ar", required=False),
            provenance=self._provenance(r),
        )

    def _competitor(self, r: TableReader) -> Competitor:
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

    def _figure(self, r: TableReader) -> Figure:
        problems_before = len(self.problems)
        figure = Figure(
            id=r.text("id"),
            value=r.number("value", NUMBER_LIMITS.get(str(r.table.get("unit")), MAX_NUMBER)),
            unit=r.choice("unit", UNITS),
            label_ar=r.text("label_ar"),
            label_en=r.text("label_en"),
            provenance=self._provenance(r),
            status=r.choice("status", NUMBER_STATUSES, required=self.schema >= 2) or None,
        )
        quote = figure.provenance.evidence
        # A quote that is not in the article is reported already; one that is must say
        # the same number (49 with a quote giving 51% is a slip of the pen, or of a digit).
        value_key = f"{r.key}.value"
        value_ok = all(p.key != value_key for p in self.problems[problems_before:])
        if quote and figure.provenance.span is not None and value_ok and "value" in r.table:
            if not value_in_quote(figure.value, figure.unit, quote):
                value = f"{figure.value:,.0f}" if figure.value.is_integer() else repr(figure.value)
                r.fail("value", N_("{value} ({unit}) is not what the evidence quote says: it "
                                   "gives {found} in {quote}"),
                       value=value, unit=figure.unit, found=describe_values(quote),
                       quote=repr(quote))  # fmt: skip
        return figure


def load_story(pack: Path) -> Story:
    """Load and check a pack directory; raises PackError listing every problem."""
    return _PackLoader(pack).load()
