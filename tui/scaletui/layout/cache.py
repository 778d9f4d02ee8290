"""Shaped paragraphs kept between runs, so a story's first screen is not shaped again.

Shaping and bidi levels are the layout's costliest work, and they depend only on
the text. After a story's first screen is painted, the paragraphs it needed are
written to the user's cache directory; the next start reads them back before
laying anything out. The file holds builtins only (marshal: nothing in it can
run), and anything unexpected in it (another version, a damaged file) counts as
no cache: losing it costs a few milliseconds, never a wrong line.

Each paragraph's clusters are kept as their own marshalled bytes, decoded when
the engine first asks for that paragraph: the file also holds paragraphs the first
screen of a later run may not show (the panels' other items, other chrome), and
decoding them all took as long as the rest of reading the file.
"""

from __future__ import annotations

import marshal
import os
import sys
from array import array
from collections.abc import Iterable
from pathlib import Path

from ..user_dirs import read_regular_file, write_cache_file
from .bidi import Direction
from .engine import PreparedKey, PreparedParagraph, Seed

# Bump when the engine's prepared output changes (clusters, levels, shaping rules)
# or the file's layout does (2: each paragraph's clusters marshalled on their own;
# 3: controls and marks at another level keep their own clusters; layout/joining.py shapes;
# 4: a paragraph's clusters as the engine's columns, not a tuple per cluster).
CACHE_FORMAT = 4
_NAME_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")

Entry = tuple[PreparedKey, PreparedParagraph]


def cache_file(cache_dir: Path, story_id: str) -> Path | None:
    """Where a story's first screen is kept (None for an id unfit for a file name)."""
    # (A set, not a regular expression: compiling one is a quarter of a millisecond.)
    if not 0 < len(story_id) <= 120 or not _NAME_CHARACTERS.issuperset(story_id):
        return None
    return cache_dir / "layout" / f"{story_id}.bin"


def _version_tag() -> str:
    # The shaping is ours (layout/joining.py: CACHE_FORMAT moves with it); another
    # python-bidi release may mirror differently: its cache is not ours.
    return f"{CACHE_FORMAT}/{installed_release('bidi', 'python_bidi')}"


def installed_release(package: str, distribution: str = "") -> str:
    """A package's installed release (the folder `package` installed by `distribution`,
    named as in its .dist-info folder), without importing it.

    Its .dist-info folder's name says the version (the packaging standard's name for
    it, no library's internals; importlib.metadata costs a millisecond to ask).
    Failing that, its module file's size and time change with any reinstall.
    (Looked for on sys.path by hand: importlib's find_spec and a glob cost a
    millisecond between them, at every start.)
    """
    for entry in sys.path:
        folder = os.path.join(entry or ".", package)
        if not os.path.isdir(folder):
            continue
        try:
            names = os.listdir(entry or ".")
        except OSError:
            names = []
        prefix = (distribution or package) + "-"
        found = sorted(
            name for name in names if name.startswith(prefix) and name.endswith(".dist-info")
        )
        if found:
            return found[-1]
        try:
            stat = os.stat(os.path.join(folder, "__init__.py"))
        except OSError:
            return "?"
        return f"{stat.st_size}-{stat.st_mtime_ns}"
    return "?"


def read_prepared(path: Path) -> dict[PreparedKey, Seed]:
    """The paragraphs in a cache file, each decoded when first asked for; none if
    there is no file or it is not one we wrote."""
    try:
        data = marshal.loads(read_regular_file(path))
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    try:
        tag, rows = data
        if tag != _version_tag():
            return {}
        seeds: dict[PreparedKey, Seed] = {}
        for (text, choice, default), direction, clusters in rows:
            if not isinstance(text, str) or not isinstance(clusters, bytes):
                return {}
            if choice not in ("auto", "rtl", "ltr") or {default, direction} - {"rtl", "ltr"}:
                return {}
            seeds[text, choice, default] = _seed(text, direction, clusters)
        return seeds
    except (TypeError, ValueError):
        return {}


def _seed(text: str, direction: Direction, clusters: bytes) -> Seed:
    def decode() -> PreparedParagraph | None:
        """The prepared paragraph; None if its bytes are not clusters (no cache)."""
        try:
            texts, widths, starts, ends, levels, spaces = marshal.loads(clusters)
            columns = (widths, starts, ends, levels, spaces)
            if not isinstance(texts, tuple) or not all(type(c) is bytes for c in columns):
                return None
            offsets = array("I", starts), array("I", ends)
            if len({len(texts), len(widths), *map(len, offsets), len(levels), len(spaces)}) > 1:
                return None
        except (EOFError, ValueError, TypeError):
            return None
        return PreparedParagraph(text, direction, texts, widths, *offsets, levels, spaces)

    return decode


def write_prepared(path: Path, entries: Iterable[Entry]) -> None:
    """Write entries for the next start (nothing happens if the cache cannot be written)."""
    rows = [
        (key, prepared.direction, marshal.dumps(_columns(prepared))) for key, prepared in entries
    ]
    write_cache_file(path, marshal.dumps((_version_tag(), rows)))


def _columns(
    prepared: PreparedParagraph,
) -> tuple[tuple[str, ...], bytes, bytes, bytes, bytes, bytes]:
    # The offsets' arrays as bytes (marshal takes builtins only); read back by array().
    return (
        prepared.texts, prepared.widths, prepared.starts.tobytes(), prepared.ends.tobytes(),
        prepared.levels, prepared.spaces,
    )  # fmt: skip
