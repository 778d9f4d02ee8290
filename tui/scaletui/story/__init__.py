"""Story packs: the model, the loader/validator and where packs live. No Textual here."""

from .document import DocumentError
from .draft import draft_items, story_from_text_file, write_pack
from .loader import PackError, Problem, find_span, load_story, parse_article, parse_date
from .model import (
    Competitor,
    Entity,
    Event,
    Figure,
    Paragraph,
    PartialDate,
    Person,
    Provenance,
    Span,
    Story,
)
from .packs import DEFAULT_STORY, StoryNotFound, bundled_content_dir, resolve_pack

__all__ = [
    "DEFAULT_STORY",
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
