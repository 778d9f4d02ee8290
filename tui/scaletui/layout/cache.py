"""Shaped paragraphs kept between runs, so a story's first screen is not shaped again.

Shaping and bidi levels are the layout's costliest work, and they depend only on
the text. After a story's first screen is painted, the paragraphs it needed are
written to the user's cache directory; the next start reads them back before
laying anything out. The file holds builtins only (marshal: nothing in it can
run), and anything unexpected in it (another version, a damaged file) counts as
no cache: losing it costs a few milliseconds, never a wrong line.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Iterable
from pathlib import Path

from ..user_dirs import write_cache_file
from .engine import Cluster, PreparedKey, PreparedParagraph

# Bump when the engine's prepared output changes (clusters, levels, shaping rules).
CACHE_FORMAT = 1
_SAFE_NAME = re.compile(r"[A-Za-z0-9._-]{1,120}")

Entry = tuple[PreparedKey, PreparedParagraph]


def cache_file(cache_dir: Path, story_id: str) -> Path | None:
    """Where a story's first screen is kept (None for an id unfit for a file name)."""
    if not _SAFE_NAME.fullmatch(story_id):
        return None
    return cache_dir / "layout" / f"{story_id}.bin"


def _version_tag() -> str:
    import bidi  # loaded already: the engine mirrors with its tables

    # Another shaper or bidi release may shape differently: its cache is not ours.
    return f"{CACHE_FORMAT}/{_installed('arabic_reshaper')}/{getattr(bidi, 'VERSION', '?')}"


def _installed(package: str) -> str:
    """A package's installed release, without importing it.

    Importing arabic-reshaper to ask builds its default reshaper, the start-up cost
    a cache hit exists to avoid; its dist-info folder's name says the version.
    Failing that, its module file's size and time change with any reinstall.
    """
    from importlib.util import find_spec

    spec = find_spec(package)
    if spec is None or spec.origin is None:
        return "?"
    module = Path(spec.origin)
    found = sorted(p.name for p in module.parent.parent.glob(f"{package}-*.dist-info"))
    if found:
        return found[-1]
    stat = module.stat()
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def read_prepared(path: Path) -> list[Entry]:
    """The entries in a cache file; [] if there is none or it is not one we wrote."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return []
    try:
        tag, rows = data
        if tag != _version_tag():
            return []
        entries: list[Entry] = []
        for (text, choice, default), direction, clusters in rows:
            if not all(isinstance(v, str) for v in (text, choice, default, direction)):
                return []
            # map with _make: a third quicker than a generator unpacking each cluster.
            prepared = PreparedParagraph(text, direction, tuple(map(Cluster._make, clusters)))
            entries.append(((text, choice, default), prepared))
        return entries
    except (TypeError, ValueError):
        return []


def write_prepared(path: Path, entries: Iterable[Entry]) -> None:
    """Write entries for the next start (nothing happens if the cache cannot be written)."""
    rows = [
        (key, prepared.direction, [tuple(cluster) for cluster in prepared.clusters])
        for key, prepared in entries
    ]
    write_cache_file(path, marshal.dumps((_version_tag(), rows)))
