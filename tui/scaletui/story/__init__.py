"""Story packs: the model, the loader/validator and where packs live. No Textual here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_attributes
from .model import (
    Competitor,
    Entity,
    Event,
    Figure,
    Paragraph,
    PartialDate,
    Person,
    Provenance,
    Source,
    Span,
    Story,
)
from .packs import (
    PackError,
    Problem,
    StoryNotFound,
    bundled_content_dir,
    resolve_pack,
)

if TYPE_CHECKING:
    from .document import DocumentError
    from .draft import draft_items, write_pack
    from .loader import find_span, load_story, parse_article, parse_date
    from .stream import story_from_text_file

# Loading and checking a pack, opening a text file and drafting a pack load on
# first use: a start-up whose story comes from the story cache needs none of them.
_LAZY = {
    "find_span": ".loader",
    "load_story": ".loader",
    "parse_article": ".loader",
    "parse_date": ".loader",
    "DocumentError": ".document",
    "draft_items": ".draft",
    "story_from_text_file": ".stream",
    "write_pack": ".draft",
}


__getattr__ = lazy_attributes(__name__, _LAZY)


__all__ = [
    "DocumentError",
    "draft_items",
    "story_from_text_file",
    "write_pack",
    "Competitor",
    "Entity",
    "Event",
    "Figure",
    "PackError",
    "Paragraph",
    "PartialDate",
    "Person",
    "Problem",
    "Provenance",
    "Source",
    "Span",
    "Story",
    "StoryNotFound",
    "bundled_content_dir",
    "find_span",
    "load_story",
    "parse_article",
    "parse_date",
    "resolve_pack",
]
