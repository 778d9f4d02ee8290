"""How wide the sidebar is: its widgets tell the screen's grid (an `auto` column)."""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget

SIDEBAR_SHARE = (2, 5)  # of the screen's width; CSS min-width/max-width bound it


def sidebar_content_width(widget: Widget, container: Size) -> int:
    """A sidebar widget's content width: its share of the screen less its own frame."""
    numerator, denominator = SIDEBAR_SHARE
    return max(0, container.width * numerator // denominator - widget.styles.gutter.width)
