"""Widgets whose new size is recorded without asking for a second layout."""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget


class LaidOutOnce(Widget):
    """A widget (or screen) whose scrollable size never changes the screen's layout: the
    explorer, and the bars around the article.

    Textual records a widget's new size by setting its `virtual_size`, a reactive that
    asks for a layout: after a resize, a second layout and a second paint of the whole
    screen, though the layout just made is final. These record it without asking.
    """

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        return super()._size_updated(size, virtual_size, container_size, layout=False)
