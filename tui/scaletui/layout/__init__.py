"""The Arabic layout engine: no Textual here, only text in and cells out."""

from .bidi import Direction, base_direction, isolated
from .engine import LayoutEngine, ParagraphLayout, VisualLine

__all__ = [
    "Direction",
    "LayoutEngine",
    "ParagraphLayout",
    "VisualLine",
    "base_direction",
    "isolated",
]
