"""A screen that spares Textual four pieces of work it does for any screen.

- Its widgets cover every cell, so its own lines are never seen. Textual
  renders a screen's background under its widgets on every full repaint (each
  resize), through the same per-line styling as any widget, and then throws
  every cell away where a widget lies on top; here they are blank strips of its
  background, made at once.
- It records a new size without asking for a second layout (as its bars do:
  widgets/laid_out_once.py); after a resize, it was laid out and painted twice.
- It is not styled again when first shown. Textual styles every widget when it
  is mounted and again when its screen is shown; the first time, that is just
  after the mount, with nothing changed in between.
- It starts with the breakpoint classes of the terminal's size. Textual sets
  them at the first resize, after the screen was styled, and styles the screen
  and every widget on it again: a tenth of the first frame.
- It is laid out once per resize. A screen's layout counts the screen among the
  widgets it resized and posts it a Resize of the size it was just laid out at,
  for which Textual lays the whole screen out again (a reflow and every widget's
  size check, a tenth of a resize).
"""

from __future__ import annotations

from textual import events
from textual.geometry import Region, Size
from textual.screen import Screen
from textual.strip import Strip

from ...widgets.laid_out_once import LaidOutOnce


def breakpoint_class(dimension: int, breakpoints: list[tuple[int, str]]) -> str | None:
    """The class Textual gives for a width or height: the highest breakpoint reached."""
    for threshold, name in sorted(breakpoints, reverse=True):
        if dimension >= threshold:
            return name
    return None


class LeanScreen(LaidOutOnce, Screen[None]):
    _shown_before = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual calls this, then Screen's own handler, which restyles on the flag.
        if not self._shown_before:
            self._shown_before = True
            event.refresh_styles = False

    async def _on_resize(self, event: events.Resize) -> None:
        # Textual calls this, then Screen's own handler, unless the default is prevented.
        if event.size == self._compositor.size:  # laid out at this size already
            event.prevent_default()
            event.stop()

    def add_size_classes(self, size: Size) -> None:
        """Take the breakpoint classes of `size` now (call before the screen is mounted)."""
        horizontal = self.HORIZONTAL_BREAKPOINTS or self.app.HORIZONTAL_BREAKPOINTS or []
        vertical = self.VERTICAL_BREAKPOINTS or self.app.VERTICAL_BREAKPOINTS or []
        names = (breakpoint_class(size.width, horizontal), breakpoint_class(size.height, vertical))
        # Not styled now: it is styled once it is mounted.
        self.add_class(*(name for name in names if name is not None), update=False)

    def render_lines(self, crop: Region) -> list[Strip]:
        style = self.rich_style
        blank = Strip.blank(crop.width, style)
        for line_filter in self.get_line_filters():
            blank = blank.apply_filter(line_filter, self.background_colors[1])
        return [blank] * crop.height
