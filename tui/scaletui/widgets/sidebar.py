"""How wide the sidebar is: its widgets tell the screen's grid (an `auto` column)."""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget

SIDEBAR_SHARE = (2, 5)  # of the screen's width; CSS min-width/max-width bound it
# The share is rounded down to a multiple of this: while a terminal is dragged wider or
# narrower, the panels keep their width (and their wrapped lines) for 8 columns at a
# time and the article takes up the change, instead of every item re-wrapping at every
# column.
SIDEBAR_STEP = 8


def sidebar_content_width(widget: Widget, container: Size) -> int:
    """A sidebar widget's content width: its share of the screen less its own frame."""
    numerator, denominator = SIDEBAR_SHARE
    share = container.width * numerator // denominator
    return max(0, share - share % SIDEBAR_STEP - widget.styles.gutter.width)
