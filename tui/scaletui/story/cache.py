"""A checked story pack kept between runs, so start-up skips parsing and checking it.

A pack is read and checked at every launch: a 24 KB TOML parsed in pure Python,
every quote looked up in the article. The checked result is written to the user's
cache directory and used again while the pack's files keep the same size and
modification time, from the same place, in the same cache format. Anything else
(an edited pack, another version, a damaged file) means the pack is loaded and
checked again. The file holds builtins only (marshal: nothing in it can run), and
a pack with problems is never cached: its errors are reported every time.
"""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any

from ..user_dirs import read_regular_file, write_cache_file
from .model import (
    Competitor,
    Entity,
    Event,
    Figure,
    Origin,
    Paragraph,
    PartialDate,
    Person,
    Provenance,
    RivalGroup,
    Source,
    Span,
    Story,
    Unit,
)
from .packs import ARTICLE_FILE, DATA_FILE

# Bump when the model or the loader's checks change what a story holds.
# 2: sources, number status, slips, part_of; 3: outlet, url, author; 4: schema 3 (asides,
# people's quotes, origin, rival groups, units); 5: where an entity's English name comes from
STORY_CACHE_FORMAT = 5

# (cache format, resolved pack path, then (size, mtime_ns) of each pack file)
Signature = tuple[int | str | tuple[int, int], ...]


def load_story_cached(pack: Path, cache_dir: Path) -> Story:
    """load_story(pack), from the cache when the pack has not changed since."""
    try:
        signature = _signature(pack)
    except OSError:
        signature = None  # a file is missing: the loader reports what is wrong
    path = _cache_path(pack, cache_dir)
    story = _read(path, signature) if signature is not None else None
    if story is None:
        from .loader import load_story  # on a miss only: loading means parsing TOML

        story = load_story(pack)
        if signature is not None:
            _write(path, signature, story)
    return story


def cached_story(pack: Path, cache_dir: Path) -> Story | None:
    """The story from the cache if the pack has not changed since; None otherwise
    (nothing is loaded)."""
    try:
        return _read(_cache_path(pack, cache_dir), _signature(pack))
    except OSError:
        return None


def _cache_path(pack: Path, cache_dir: Path) -> Path:
    return cache_dir / "stories" / f"{pack.name or 'pack'}.bin"


def _signature(pack: Path) -> Signature:
    stats = [(pack / name).stat() for name in (ARTICLE_FILE, DATA_FILE)]
    return (STORY_CACHE_FORMAT, str(pack.resolve()),
            *((s.st_size, s.st_mtime_ns) for s in stats))  # fmt: skip


def _read(path: Path, signature: Signature) -> Story | None:
    try:
        stored_signature, fields = marshal.loads(read_regular_file(path))
        if stored_signature != signature:
            return None
        return _decode(fields)
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError):
        return None


def _write(path: Path, signature: Signature, story: Story) -> None:
    write_cache_file(path, marshal.dumps((signature, _encode(story))))


# -- to and from builtins -----------------------------------------------------------------


def _provenance(p: Provenance) -> tuple[Any, ...]:
    return (p.kind, p.evidence, tuple(p.span) if p.span else None, p.note, p.sources, p.slip,
            p.aside_en, p.aside_ar)  # fmt: skip


def _origin(origin: Origin | None) -> tuple[Any, ...] | None:
    if origin is None:
        return None
    return (*origin[:5], tuple(origin.date) if origin.date else None, *origin[6:])


def _encode(story: Story) -> dict[str, Any]:
    return {
        "id": story.id, "title": story.title, "title_en": story.title_en,
        "language": story.language, "source": story.source, "published": story.published,
        "machine_translated_title": story.machine_translated_title,
        "summary_en": story.summary_en,
        "paragraphs": [tuple(p) for p in story.paragraphs],
        "entities": [tuple(e) for e in story.entities.values()],
        "events": [(e.id, tuple(e.date), e.title_ar, e.title_en, e.entities,
                    _provenance(e.provenance)) for e in story.events],
        "people": [(*p[:5], _provenance(p.provenance), p.role_ar, p.quote,
                    tuple(p.quote_span) if p.quote_span else None) for p in story.people],
        "competitors": [(*c[:3], _provenance(c.provenance)) for c in story.competitors],
        "numbers": [(*n[:5], _provenance(n.provenance), n.status) for n in story.numbers],
        "sources": [(s.id, s.outlet, s.title, tuple(s.date), s.url)
                    for s in story.sources.values()],
        "path": str(story.path) if story.path else None,
        "draft": story.draft,
        "outlet": story.outlet, "url": story.url, "author": story.author,
        "origin": _origin(story.origin),
        "rival_groups": [tuple(g) for g in story.rival_groups],
        "units": [tuple(u) for u in story.units.values()],
        "schema": story.schema,
    }  # fmt: skip


def _from_provenance(row: tuple[Any, ...]) -> Provenance:
    kind, evidence, span, note, sources, slip, aside_en, aside_ar = row
    return Provenance(kind, evidence, Span(*span) if span else None, note, tuple(sources), slip,
                      aside_en, aside_ar)  # fmt: skip


def _from_origin(row: tuple[Any, ...] | None) -> Origin | None:
    if row is None:
        return None
    outlet, title, language, translated, author, date, url, note = row
    return Origin(outlet, title, language, translated, author,
                  PartialDate(*date) if date else None, url, note)  # fmt: skip


# The rows come from marshal data, so their items are untyped (Any). Unpacking each row
# into named fields, rather than `Person(*row[:5], ...)`, lets mypy check the arity
# against the record; a row of the wrong length raises ValueError, which _read treats
# like any damaged cache file (a miss).


def _person(row: tuple[Any, ...]) -> Person:
    entity, role, organisation, paraphrase_en, paraphrase_ar, provenance, role_ar, quote, at = row
    return Person(entity, role, organisation, paraphrase_en, paraphrase_ar,
                  _from_provenance(provenance), role_ar, quote, Span(*at) if at else None)  # fmt: skip


def _competitor(row: tuple[Any, ...]) -> Competitor:
    entity, competes_with, group, provenance = row
    return Competitor(entity, competes_with, group, _from_provenance(provenance))


def _figure(row: tuple[Any, ...]) -> Figure:
    id_, value, unit, label_ar, label_en, provenance, status = row
    return Figure(id_, value, unit, label_ar, label_en, _from_provenance(provenance), status)


def _source(row: tuple[Any, ...]) -> Source:
    id_, outlet, title, date, url = row
    return Source(id_, outlet, title, PartialDate(*date), url)


def _decode(fields: dict[str, Any]) -> Story:
    return Story(
        id=fields["id"], title=fields["title"], title_en=fields["title_en"],
        language=fields["language"], source=fields["source"], published=fields["published"],
        machine_translated_title=fields["machine_translated_title"],
        summary_en=fields["summary_en"],
        paragraphs=tuple(Paragraph(*row) for row in fields["paragraphs"]),
        entities={row[0]: Entity(*row) for row in fields["entities"]},
        events=tuple(Event(i, PartialDate(*d), ar, en, ents, _from_provenance(p))
                     for i, d, ar, en, ents, p in fields["events"]),
        people=tuple(_person(row) for row in fields["people"]),
        competitors=tuple(_competitor(row) for row in fields["competitors"]),
        numbers=tuple(_figure(row) for row in fields["numbers"]),
        sources={row[0]: _source(row) for row in fields["sources"]},
        path=Path(fields["path"]) if fields["path"] else None,
        draft=fields["draft"],
        outlet=fields["outlet"], url=fields["url"], author=fields["author"],
        origin=_from_origin(fields["origin"]),
        rival_groups=tuple(RivalGroup(*row) for row in fields["rival_groups"]),
        units={row[0]: Unit(*row) for row in fields["units"]},
        schema=fields["schema"],
    )  # fmt: skip
