"""Where scaletui keeps what it can always rebuild (its caches)."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_DIR_ENV = "SCALETUI_CACHE_DIR"


def default_cache_dir() -> Path:
    """$SCALETUI_CACHE_DIR, else the platform's user cache directory."""
    override = os.environ.get(CACHE_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("scaletui", appauthor=False))
