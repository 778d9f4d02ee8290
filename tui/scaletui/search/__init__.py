"""Arabic-aware search: folding and a per-document index. No Textual here."""

from .folding import FoldedText, fold, fold_query
from .index import SearchResult, StoryIndex

__all__ = ["FoldedText", "SearchResult", "StoryIndex", "fold", "fold_query"]
