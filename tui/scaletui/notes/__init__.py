"""Notes: the SQLite store and the Markdown export. No Textual here."""

from .model import Anchor, Note, parse_tags
from .store import NoteStore, NoteStoreError, default_data_dir

__all__ = ["Anchor", "Note", "NoteStore", "NoteStoreError", "default_data_dir", "parse_tags"]
