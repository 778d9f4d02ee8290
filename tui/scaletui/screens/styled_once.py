"""A screen styled once before its first frame, where Textual styled it three times.

Textual styles every widget as it is mounted. It then styles the screen and every
widget on it again when the screen is first shown (ScreenResume), with nothing
changed since that mount; and again at the screen's first Resize, which gives it its
breakpoint classes (`HORIZONTAL_BREAKPOINTS`, `VERTICAL_BREAKPOINTS`) after its first
layout and paint. A screen with this mixin is made with the breakpoint classes of the
terminal's size (`breakpoint_classes`), so that Resize changes none, and it asks
Textual not to restyle it when first shown: the ScreenResume event's own
`refresh_styles`, which Screen's handler reads after the subclass's (Textual runs a
message's handlers from the subclass up). Public API only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual import events
    from textual.geometry import Size
    from textual.screen import Screen


def breakpoint_class(dimension: int, breakpoints: list[tuple[int, str]]) -> str | None:
    """The class Textual gives for a width or a height: the highest breakpoint reached.

    Args:
        dimension: The terminal's width or height, in cells.
        breakpoints: (threshold, class name) pairs, as a screen's BREAKPOINTS hold them.

    Returns:
        The class name, or None when no threshold is reached.
    """
    for threshold, name in sorted(breakpoints, reverse=True):
        if dimension >= threshold:
            return name
    return None


def breakpoint_classes(screen: type[Screen[Any]], size: Size) -> list[str]:
    """The breakpoint classes a screen of this class has at `size` (its own
    breakpoints: a screen with this mixin names them, not the App).

    Args:
        screen: The screen's class.
        size: The terminal's size.

    Returns:
        The class names, horizontal first.
    """
    names = (
        breakpoint_class(size.width, screen.HORIZONTAL_BREAKPOINTS or []),
        breakpoint_class(size.height, screen.VERTICAL_BREAKPOINTS or []),
    )
    return [name for name in names if name is not None]


class StyledOnce:
    """Mixed in before the Screen class: not styled again when first shown. Give the
    screen `breakpoint_classes(type(self), terminal size)` when it is made."""

    _shown_before = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if not self._shown_before:
            # Shown just after its mount styled it, with nothing changed since: Screen's
            # own handler, which runs after this one, skips its restyle.
            self._shown_before = True
            event.refresh_styles = False
