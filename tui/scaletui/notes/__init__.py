"""Notes: the SQLite store and the Markdown export. No Textual here.

Names load on first use: the app opens the store after its first frame, so
start-up does not pay for sqlite3, json and the note records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_attributes

if TYPE_CHECKING:
    from ..user_dirs import default_data_dir
    from .flow import NotesFlow
    from .model import Anchor, Note, NoteDraft, NoteStoreError, RescuedNote, parse_tags
    from .store import NoteStore

_LAZY = {
    "Anchor": ".model",
    "Note": ".model",
    "parse_tags": ".model",
    "NoteStore": ".store",
    "NoteStoreError": ".model",
    "NoteDraft": ".model",
    "RescuedNote": ".model",
    "NotesFlow": ".flow",
    "default_data_dir": "..user_dirs",
}

__all__ = [
    "Anchor",
    "Note",
    "NoteDraft",
    "NoteStore",
    "NoteStoreError",
    "NotesFlow",
    "RescuedNote",
    "default_data_dir",
    "parse_tags",
]


__getattr__ = lazy_attributes(__name__, _LAZY)
