"""A screen whose widgets cover every cell: its own lines are never seen.

Textual renders a screen's background under its widgets on every full repaint
(each resize), through the same per-line styling as any widget, and then
throws every cell away where a widget lies on top. The explorer's grid, docked
header and key bar leave no cell uncovered, so its own lines are made as blank
strips of its background at once.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip


class CoveredScreen(Screen[None]):
    def render_lines(self, crop: Region) -> list[Strip]:
        style = self.rich_style
        blank = Strip.blank(crop.width, style)
        for line_filter in self.get_line_filters():
            blank = blank.apply_filter(line_filter, self.background_colors[1])
        return [blank] * crop.height
