"""Notes: the SQLite store and the Markdown export. No Textual here.

Names load on first use: the app opens the store after its first frame, so
start-up does not pay for sqlite3, json and the note records.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .location import default_data_dir
    from .model import Anchor, Note, parse_tags
    from .store import NoteStore, NoteStoreError

_LAZY = {
    "Anchor": ".model",
    "Note": ".model",
    "parse_tags": ".model",
    "NoteStore": ".store",
    "NoteStoreError": ".store",
    "default_data_dir": ".location",
}

__all__ = ["Anchor", "Note", "NoteStore", "NoteStoreError", "default_data_dir", "parse_tags"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
