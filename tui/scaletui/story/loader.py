"""Load a story pack (article.txt + story.toml) and check every part of it.

Every problem is collected, not just the first, and reported as
`file: key: what is wrong`, so an editor can fix a pack in one pass.

Schema 2 adds what a reader needs to trust a pack: a `[[sources]]` table (outlet,
title, date, URL) that items cite by id, at least one source on every context item,
a status on every number, and `part_of` on entities.

Schema 3 holds an article item to its evidence (evidence.py: its text says only what
the quote says; the rest is its aside, `aside_en`/`aside_ar`, shown as ◇), and makes
the story's domain data: an `[origin]` (the piece the article renders: outlet, title,
author, date, URL, and whether it is a translation), `[[rival_groups]]` (the Rivals
panel's headings; a competitor names its `group`) and `[[units]]` (beside the
standard ones). A person's `quote` is their words, verbatim; `paraphrase_en`/
`paraphrase_ar` (schema 1-2: `says_en`/`says_ar`) is the pack's summary, shown as one.
Schema 1 and 2 packs still load; `scaletui validate` runs the evidence checks on them
too (see validate_pack).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

from ..i18n import N_, Said
from .files import MAX_ARTICLE_BYTES, MAX_DATA_BYTES, FileProblem, read_limited
from .model import (
    ENTITY_KINDS,
    NAME_EN_NONE,
    NAME_EN_ORIGINS,
    NUMBER_STATUSES,
    PROVENANCES,
    STANDARD_UNITS,
    UNIT_KINDS,
    Competitor,
    Entity,
    Event,
    Figure,
    Origin,
    Paragraph,
    ParagraphKind,
    PartialDate,
    Person,
    Provenance,
    RivalGroup,
    Source,
    Span,
    Story,
    Unit,
)
from .packs import ARTICLE_FILE, DATA_FILE, PackError, Problem
from .parsing import cut_long
from .quoted_numbers import describe_values, value_in_quote
from .table import MAX_NUMBER, T, TableReader, parse_date

SCHEMA_VERSION = 3  # what `scaletui draft` writes and the bundled pack uses
SCHEMA_VERSIONS = (1, 2, 3)  # what loads
EVIDENCE_SCHEMA = 3  # from here, an article item's text is held to its evidence
# Schema 1 and 2 knew two rival groups by name; their headings come from the rivals.
LEGACY_SEGMENTS = {"data provider": ("data provider", "مزوّد بيانات"),
                   "AI lab": ("AI lab", "مختبر ذكاء اصطناعي")}  # fmt: skip
# Values past these are slips of the pen (a 2,025% share, the year 20250).
NUMBER_LIMITS = {"percent": 1000.0, "year": 9999.0, "years": 1000.0}
TOP_LEVEL = (
    "schema", "story", "origin", "sources", "rival_groups", "units", "entities", "events",
    "people", "competitors", "numbers",
)  # fmt: skip


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Keyed = TypeVar("Keyed", bound=_HasId)  # a record a table lists by its id

__all__ = ["SCHEMA_VERSION", "SCHEMA_VERSIONS", "find_span", "load_story", "parse_article",
           "parse_date", "validate_pack"]  # fmt: skip


def parse_article(text: str) -> list[Paragraph]:
    """Blocks separated by blank lines; `# ` is the headline, `## ` a section heading, and a
    block that starts with a backslash is body text without it (`\\# وسم` is the paragraph
    `# وسم`: how `scaletui draft` writes a paragraph that would read as a heading)."""
    paragraphs: list[Paragraph] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # (old Mac files end lines in \r)
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        joined = " ".join(lines)
        kind: ParagraphKind
        heading = re.match(r"#{2,6} ", joined)
        if joined.startswith("\\"):
            kind, joined = "body", joined[1:]
        elif joined.startswith("# "):
            kind, joined = "title", joined[2:].strip()
        elif heading:
            kind, joined = "heading", joined[heading.end() :].strip()  # (`## #5` is "#5")
        else:
            kind = "body"
        # A paragraph far longer than any real one is cut as an opened file's is (one
        # of 10 MB took `print` 67 s and 1.7 GB, and the app as long to show).
        for number, piece in enumerate(cut_long(joined)):  # (a headline's rest is body)
            paragraphs.append(Paragraph(len(paragraphs), kind if not number else "body", piece))
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
        self._units_in_use: dict[str, Unit] = {}  # the pack's units, while numbers are read

    def report(self, file: str, key: str, template: str, **fields: object) -> None:
        """A problem: a catalogue template (marked with N_) and its fields, said in the
        reader's language where it is shown (TableReader.fail, for a table's fields)."""
        self.problems.append(Problem(file, key, Said(template, **fields)))

    def load(self) -> Story:
        article_path = self.pack / ARTICLE_FILE
        data_path = self.pack / DATA_FILE
        if not self.pack.is_dir():
            raise PackError([Problem(str(self.pack), "-", Said(N_("not a directory")))])
        article = self._read(article_path, MAX_ARTICLE_BYTES)
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
        except ValueError:  # tomli's int(): an integer of more than 4,300 digits
            self.report(DATA_FILE, "syntax", N_("a number too long to read"))
            raise PackError(self.problems) from None
        except RecursionError:
            self.report(DATA_FILE, "syntax", N_("tables or arrays nested too deeply"))
            raise PackError(self.problems) from None
        for key in data:
            if key not in TOP_LEVEL:
                self.report(DATA_FILE, key, N_("unknown key"))
        story = self._story(data, titles[0].text if titles else "")
        self._check_references(story)
        if self.schema >= EVIDENCE_SCHEMA and not self.problems:
            from .evidence import evidence_problems

            self.problems += evidence_problems(story)
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
        group_ids = {group.id for group in story.rival_groups}
        for index, rival in enumerate(story.competitors):
            if rival.group and rival.group not in group_ids:
                self.report(DATA_FILE, f"competitors[{index}].group",
                            N_("unknown rival group {value} (declare it in [[rival_groups]])"),
                            value=repr(rival.group))  # fmt: skip
        for index, figure in enumerate(story.numbers):
            if figure.unit and figure.unit not in story.units and figure.unit not in STANDARD_UNITS:
                self.report(DATA_FILE, f"numbers[{index}].unit",
                            N_("unknown unit {value}: one of {units}, or declare it in "
                               "[[units]]"),
                            value=repr(figure.unit),
                            units=", ".join([*STANDARD_UNITS, *story.units]))  # fmt: skip
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
        try:  # (utf-8-sig: a byte-order mark, as editors may write, is no part of it)
            return read_limited(path, limit).decode("utf-8-sig")
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
            *first, last = (str(v) for v in SCHEMA_VERSIONS)
            versions = f"{', '.join(first)} or {last}" if first else last
            self.report(DATA_FILE, "schema", N_("must be {versions}, not {value}"),
                        versions=versions, value=repr(schema))  # fmt: skip
        for key in ("origin", "rival_groups", "units"):
            if key in data and self.schema < 3:
                self.report(DATA_FILE, key, N_("needs schema = 3 (this pack says {value})"),
                            value=self.schema)  # fmt: skip
        meta = TableReader(self.problems, "story", data.get("story", {}))
        story_id = meta.identifier("id")
        published, _ = meta.date("published", required=False)
        sources = self._sources(data.get("sources", []))
        url = meta.text("url", required=False).strip()
        if url and not _is_web_address(url):
            meta.fail("url", N_("must be an http(s) address, not {value}"), value=repr(url))
        entities = self._entities(data.get("entities", []))
        units = self._units(data.get("units", [])) if self.schema >= 3 else {}
        origin = self._origin(data["origin"]) if "origin" in data and self.schema >= 3 else None
        events = self._items("events", data.get("events", []), self._event)
        events.sort(key=lambda event: event.date.sort_key)
        competitors = self._items("competitors", data.get("competitors", []), self._competitor)
        if self.schema >= 3:
            groups = self._rival_groups(data.get("rival_groups", []))
        else:
            groups = self._legacy_groups(competitors, entities)
        self._units_in_use = units
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
            competitors=tuple(competitors),
            numbers=tuple(self._items("numbers", data.get("numbers", []), self._figure)),
            sources=sources,
            path=self.pack,
            outlet=meta.text("outlet", required=False).strip(),
            url=url,
            author=meta.text("author", required=False).strip(),
            origin=origin,
            rival_groups=groups,
            units=units,
            schema=self.schema,
        )
        meta.report_unknown()
        return story

    def _origin(self, raw: Any) -> Origin:
        r = TableReader(self.problems, "origin", raw)
        outlet, title = r.text("outlet"), r.text("title")
        language = r.text("language", required=False).strip()
        translated = r.flag("translated")
        author = r.text("author", required=False).strip()
        _, date = r.date("date", required=False)
        url = r.text("url", required=False).strip()  # only where it was verified
        if url and not _is_web_address(url):
            r.fail("url", N_("must be a full http(s) address, not {value}"), value=repr(url))
        origin = Origin(outlet, title, language, translated, author, date, url,
                        r.text("note", required=False).strip())  # fmt: skip
        r.report_unknown()
        return origin

    def _rival_groups(self, raw: Any) -> tuple[RivalGroup, ...]:
        groups = self._keyed("rival_groups", raw, lambda r: RivalGroup(
            r.identifier("id"), r.text("label_en"), r.text("label_ar"), r.text("as_en"),
            r.text("as_ar"),
        ))  # fmt: skip
        return tuple(groups.values())

    @staticmethod
    def _legacy_groups(
        competitors: list[Competitor], entities: dict[str, Entity]
    ) -> tuple[RivalGroup, ...]:
        """Schema 1-2's two segments as groups, headed by whom their members compete with."""
        groups = []
        for segment, (as_en, as_ar) in LEGACY_SEGMENTS.items():
            rivals = [c.competes_with for c in competitors if c.group == segment]
            if not rivals:
                continue
            whom = [entities[r] for r in dict.fromkeys(rivals) if r in entities]
            name_en = " / ".join(e.name_en for e in whom)
            name_ar = " / ".join(e.name_ar for e in whom)
            groups.append(RivalGroup(segment, f"{name_en}'s rivals · {as_en}",
                                     f"منافسو {name_ar} · {as_ar}", as_en, as_ar))  # fmt: skip
        return tuple(groups)

    def _units(self, raw: Any) -> dict[str, Unit]:
        return self._keyed("units", raw, self._unit)

    @staticmethod
    def _unit(r: TableReader) -> Unit:
        unit_id = r.text("id")
        if unit_id and not unit_id.replace("-", "").replace("_", "").isalnum():
            r.fail("id", N_("must be letters and digits, not {value}"), value=repr(unit_id))
        return Unit(unit_id, r.choice("kind", UNIT_KINDS), r.text("name_en"), r.text("name_ar"),
                    r.text("symbol", required=False))  # fmt: skip

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
        return self._keyed("entities", raw, self._entity, N_("duplicate entity id"))

    def _sources(self, raw: Any) -> dict[str, Source]:
        # Ids first, so items may cite sources listed after them (or before).
        if isinstance(raw, list):
            ids = (t.get("id") for t in raw if isinstance(t, dict))
            self.source_ids = {i for i in ids if isinstance(i, str)}
        return self._keyed("sources", raw, self._source)

    def _keyed(
        self, name: str, raw: Any, build: Callable[[TableReader], Keyed],
        duplicate: str = N_("duplicate id"),
    ) -> dict[str, Keyed]:  # fmt: skip
        """A table's records by id, in order; a second record with an id is a problem."""
        keyed: dict[str, Keyed] = {}
        for record in self._items(name, raw, build):
            if record.id in keyed:
                self.report(DATA_FILE, f"{name}.{record.id}", duplicate)
            keyed[record.id] = record
        return keyed

    def _source(self, r: TableReader) -> Source:
        source_id = r.identifier("id")
        _, date = r.date("date")
        # Schema 3: a source read in a copy, or not at all, gives no address it cannot vouch for.
        url = r.text("url", required=self.schema < 3).strip()
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
        name_en_from = r.choice("name_en_from", NAME_EN_ORIGINS, required=False)
        # A drafted body whose name the drafter could not spell in English has none.
        name_en = r.text("name_en", required=name_en_from != NAME_EN_NONE)
        return Entity(
            id=entity_id,
            name_ar=r.text("name_ar"),
            name_en=name_en,
            kind=r.choice("kind", ENTITY_KINDS),
            role=r.text("role"),
            surface_forms=forms,
            aliases=r.texts("aliases"),
            part_of=part_of or None,
            name_en_from=name_en_from,
        )

    def _entity_ref(self, r: TableReader, field: str, value: str) -> None:
        if value and value not in self.entity_ids:
            r.fail(field, N_("unknown entity id {value}"), value=repr(value))

    def _provenance(self, r: TableReader) -> Provenance:
        kind = r.choice("provenance", PROVENANCES)
        # Given, a quote must say something: an empty one passed as evidence.
        evidence = r.text("evidence", required=kind == "article" or "evidence" in r.table)
        note = r.text("note", required=kind == "context")
        slip = r.text("slip", required=False)
        span = None
        if evidence.strip():
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
        aside_en = aside_ar = ""
        if self.schema >= 3:
            aside_en = r.text("aside_en", required=False).strip()
            aside_ar = r.text("aside_ar", required=False).strip()
            if (aside_en or aside_ar) and not sources and "sources" not in r.table:
                r.fail("sources", N_("an aside is an outside fact: cite its sources"))
        # `kind` is only checked at run time (a wrong value is reported as a problem, and a
        # pack with problems is never returned), so mypy cannot see it is "article" or "context".
        return Provenance(kind or "context", evidence or None, span, note or None,  # type: ignore[arg-type]
                          sources, slip or None, aside_en or None, aside_ar or None)  # fmt: skip

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
        if self.schema < 3:  # `says_*` were paraphrases all along: shown as such
            return Person(entity, r.text("role"), organisation,
                          r.text("says_en", required=False), r.text("says_ar", required=False),
                          self._provenance(r))  # fmt: skip
        provenance = self._provenance(r)
        quote = r.text("quote", required=False).strip()
        quote_span = find_span(self.paragraphs, quote) if quote else None
        if quote and quote_span is None:
            r.fail("quote", N_("not in the article as written: {quote}"), quote=repr(quote))
        # What the article says they are: an article item needs it in Arabic (the words
        # checked against the evidence) and English; the article may give no role at all.
        return Person(
            entity=entity,
            role=r.text("role", required=False),
            organisation=organisation,
            paraphrase_en=r.text("paraphrase_en", required=False),
            paraphrase_ar=r.text("paraphrase_ar", required=False),
            provenance=provenance,
            role_ar=r.text("role_ar", required=False),
            quote=quote,
            quote_span=quote_span,
        )

    def _competitor(self, r: TableReader) -> Competitor:
        entity = r.text("entity")
        self._entity_ref(r, "entity", entity)
        rival = r.text("competes_with")
        self._entity_ref(r, "competes_with", rival)
        group = r.text("group") if self.schema >= 3 else r.choice("segment", tuple(LEGACY_SEGMENTS))
        return Competitor(
            entity=entity, competes_with=rival, group=group, provenance=self._provenance(r)
        )

    def _figure(self, r: TableReader) -> Figure:
        problems_before = len(self.problems)
        unit = r.text("unit")
        kind = self._unit_kind(unit)
        figure = Figure(
            id=r.text("id"),
            value=r.number("value", NUMBER_LIMITS.get(kind, MAX_NUMBER)),
            unit=unit,
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
            if not value_in_quote(figure.value, kind, quote):
                value = f"{figure.value:,.0f}" if figure.value.is_integer() else repr(figure.value)
                r.fail("value", N_("{value} ({unit}) is not what the evidence quote says: it "
                                   "gives {found} in {quote}"),
                       value=value, unit=figure.unit, found=describe_values(quote),
                       quote=repr(quote))  # fmt: skip
        return figure

    def _unit_kind(self, unit_id: str) -> str:
        unit = self._units_in_use.get(unit_id) or STANDARD_UNITS.get(unit_id)
        return unit.kind if unit is not None else "count"


def load_story(pack: Path) -> Story:
    """Load and check a pack directory; raises PackError listing every problem."""
    return _PackLoader(pack).load()


def validate_pack(pack: Path) -> tuple[Story, list[Problem]]:
    """What `scaletui validate` checks: the pack loads (else PackError), and its
    article items say only what their evidence says. A schema 3 pack that loads has
    passed the evidence checks already; an older one is checked here too (it still
    loads in the app: these are what keep it from schema 3)."""
    story = load_story(pack)
    if story.schema >= EVIDENCE_SCHEMA:
        return story, []
    from .evidence import evidence_problems

    return story, evidence_problems(story)
