"""The library: every story the reader can open, and search across them all.

Stories are the bundled packs and the files and pack directories opened with
`scaletui open` (the notes store remembers them), each with its note count, each
named by its headline (a file's first line), not its file name. A hit opened from a
search across stories brings all that story's hits with it (HitsAt), so the reader
steps on to the next. No Textual here: the library screen shows what this lists and
opens what the reader picks.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from ..i18n import ENGLISH, N_, Language, Said
from ..search import StoryIndex
from ..story import Span, Story
from ..story.packs import DATA_FILE
from .rows import Styled

if TYPE_CHECKING:
    from ..notes.model import OpenedFile

SourceKind = Literal["bundled", "pack", "file"]
CONTEXT_CHARS = 40  # logical characters of context each side of a hit
HITS_PER_STORY = 50  # past this a story's hits are counted, not listed (all are kept)
HEADLINE_BYTES = 4096  # a file's headline is in its first lines
HEADLINE_CHARS = 200


class LibraryEntry(NamedTuple):
    """A story the library lists: how to open it (`source`) and what to call it."""

    kind: SourceKind
    source: str  # a bundled pack's id, or an opened pack directory's or file's path
    story_id: str
    title: str  # logical text, any script
    subtitle: str
    notes: int = 0
    encoding: str | None = None  # a file's, as it was opened (None: UTF-8)


class LibraryHit(NamedTuple):
    span: Span
    context: tuple[Styled, ...]  # a line of the paragraph around the hit, the hit bold


class StoryHits(NamedTuple):
    entry: LibraryEntry
    hits: tuple[LibraryHit, ...]
    total: int  # every hit in the story, listed or not
    spans: tuple[Span, ...] = ()  # every hit, in the story's order
    query: str = ""

    def at(self, hit: int) -> HitsAt:
        """The story's hits, the reader on the listed hit `hit`."""
        spans = self.spans or tuple(h.span for h in self.hits)
        return HitsAt(self.query, spans, spans.index(self.hits[hit].span))


class HitsAt(NamedTuple):
    """A story opened at a search hit, with all its hits to step through."""

    query: str
    spans: tuple[Span, ...]
    position: int = 0


def file_headline(path: Path, encoding: str | None = None) -> str | None:
    """A text file's headline: its first line with text (a Markdown `#` taken off),
    None when it cannot be read now or is not text in `encoding` (None: UTF-8). Never
    waits: a FIFO or a device put where the file was is not read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        head = os.read(fd, HEADLINE_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)
    try:
        # Not final: a character cut at the end of the head is left out, not an error.
        text = codecs.getincrementaldecoder(encoding or "utf-8")().decode(head, final=False)
    except (LookupError, ValueError):  # not text in it, or no such codec here
        return None
    for line in text.lstrip("\ufeff").splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:HEADLINE_CHARS]
    return None


def opened_kind(path: Path) -> SourceKind | None:
    """What a remembered path holds now: a file, a pack directory, or nothing."""
    if path.is_file():
        return "file"
    if (path / DATA_FILE).is_file():
        return "pack"
    return None


def library_entries(
    bundled: Iterable[Story],
    opened: Iterable[OpenedFile],
    note_counts: dict[str, int],
    kind_of: Callable[[Path], SourceKind | None] = opened_kind,
    headline_of: Callable[[Path, str | None], str | None] = file_headline,
) -> list[LibraryEntry]:
    """Bundled stories first (by title), then opened files and packs (newest first, as
    given): a file by its headline (its file name if it has none), under its path,
    with the encoding it was opened in; a pack by its folder until its story is
    loaded. One no longer at its path is left out (its notes went with it when it
    moved)."""
    entries = [
        LibraryEntry("bundled", story.id, story.id, story.title, story.title_en,
                     note_counts.get(story.id, 0))
        for story in sorted(bundled, key=lambda s: s.title)
    ]  # fmt: skip
    seen: set[str] = {entry.story_id for entry in entries}
    for story_id, path, encoding in opened:
        kind = kind_of(Path(path)) if story_id not in seen else None
        if kind is None:
            continue
        seen.add(story_id)
        title = (headline_of(Path(path), encoding) if kind == "file" else None) or Path(path).name
        subtitle = path if kind == "file" else str(Path(path).parent)
        entries.append(
            LibraryEntry(kind, path, story_id, title, subtitle, note_counts.get(story_id, 0),
                         encoding if kind == "file" else None)
        )  # fmt: skip
    return entries


def hit_context(text: str, span: Span, chars: int = CONTEXT_CHARS) -> tuple[Styled, ...]:
    """The hit inside up to `chars` characters each side, cut at spaces, marked …"""
    start = max(0, span.start - chars)
    end = min(len(text), span.end + chars)
    if start > 0:
        space = text.find(" ", start, span.start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", span.end, end)
        end = space if space >= 0 else end
    before = ("…" if start > 0 else "") + text[start : span.start]
    after = text[span.end : end] + ("…" if end < len(text) else "")
    parts = ((before, ""), (text[span.start : span.end], "bold reverse"), (after, ""))
    return tuple(part for part in parts if part[0])


def search_library(
    stories: Sequence[tuple[LibraryEntry, Story]], query: str, limit: int = HITS_PER_STORY
) -> list[StoryHits]:
    """Each story's hits for a query (the same folding as in-story search), in
    library order; stories without a hit are left out."""
    found = []
    for entry, story in stories:
        index = StoryIndex([p.text for p in story.paragraphs], story.entities.values())
        hits = index.search(query).hits
        if not hits:
            continue
        listed = tuple(
            LibraryHit(span, hit_context(story.paragraphs[span.paragraph].text, span))
            for span in hits[:limit]
        )
        found.append(StoryHits(entry, listed, len(hits), tuple(hits), query))
    return found


class LibraryError(Exception):
    """A story the library lists that cannot be opened now; the message says why."""


def bundled_stories(cache_dir: Path | None) -> list[Story]:
    """Every bundled pack that loads (one that does not is left out of the list)."""
    from ..story import PackError, load_story, resolve_pack
    from ..story.cache import load_story_cached
    from ..story.packs import bundled_story_ids

    stories = []
    for story_id in bundled_story_ids():
        try:
            pack = resolve_pack(story_id)
            stories.append(load_story_cached(pack, cache_dir) if cache_dir else load_story(pack))
        except (PackError, OSError):
            continue
    return stories


def open_entry(entry: LibraryEntry, cache_dir: Path | None, language: Language = ENGLISH) -> Story:
    """The story a library entry names, loaded (raises LibraryError, with a Said or
    a message already in `language`: the reader's language once shown, see said_in)."""
    from ..story import DocumentError, PackError, StoryNotFound, load_story, resolve_pack
    from ..story.cache import load_story_cached

    try:
        if entry.kind == "file":
            from ..story import story_from_text_file

            return story_from_text_file(Path(entry.source), entry.encoding)
        pack = resolve_pack(entry.source, language)  # a bundled id or a pack directory
        return load_story_cached(pack, cache_dir) if cache_dir else load_story(pack)
    except (DocumentError, StoryNotFound) as error:
        raise LibraryError(*error.args) from None
    except PackError as error:
        first = error.problems[0]
        raise LibraryError(
            Said(N_("{path}: {file}: {key}: {problem}"), path=Path(entry.source), file=first.file,
                 key=first.key, problem=first.message)
        ) from None  # fmt: skip
