"""What a launch does around its first frame, to paint it sooner (each measured in
docs/performance.md): the first screen's shaped paragraphs read from the layout
cache before it and written back after it when they changed; the garbage collector
off until it (cli.create_app turns it off), then everything made so far frozen out
of its passes. No Textual here."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from ..layout import LayoutEngine

if TYPE_CHECKING:
    from ..layout.engine import PreparedKey


class StartUp:
    """The first frame's caches and the collector, for one app."""

    def __init__(self, engine: LayoutEngine, layout_cache: Path | None) -> None:
        """The launch of an app whose text `engine` lays out.

        Args:
            engine: The app's layout engine (seeded from the cache, read back into it).
            layout_cache: The story's cache file (None: none kept).
        """
        self._engine = engine
        self._cache = layout_cache
        self._cached: set[PreparedKey] = set()

    def before_first_frame(self) -> None:
        """Seed the engine from the cache; keep the collector off until the first frame."""
        if self._cache is not None:
            from ..layout.cache import read_prepared

            seeds = read_prepared(self._cache)
            self._engine.seed(seeds)
            self._cached = set(seeds)
        # Everything made so far (Textual's modules, the story) lives as long as the
        # app: frozen, the collector stops re-scanning it on every pass, which took a
        # tenth of start-up and made resizes stutter. Nothing made until the first
        # frame is garbage worth collecting for.
        gc.freeze()
        gc.disable()

    def at_first_frame(self) -> None:
        """The first screen's widgets join the frozen start-up objects; collect again."""
        gc.freeze()
        gc.enable()

    def after_first_frame(self) -> bool:
        """Keep the first screen's shaped paragraphs for the next launch (when the
        engine shapes, and they changed). Called once the panels have finished what
        the first frame did not show.

        Returns:
            Whether the cache was written.
        """
        if self._cache is None or not self._engine.reorder:
            return False
        if self._engine.prepared_keys() == self._cached:
            return False
        from ..layout.cache import write_prepared

        write_prepared(self._cache, self._engine.prepared_entries())
        return True

    def at_end(self) -> None:
        """Everything collectable again (tests run many apps in one process), and the
        collector on, in case the app ended before its first frame."""
        gc.unfreeze()
        gc.enable()
