"""Where notes live: light enough to import before the app's first frame."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "SCALETUI_DATA_DIR"


def default_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $SCALETUI_DATA_DIR, else the platform's user data directory."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no directory was given

    return Path(platformdirs.user_data_dir("scaletui", appauthor=False))
