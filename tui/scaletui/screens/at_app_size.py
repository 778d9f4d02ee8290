"""Screens laid out only at the app's size.

A screen posts itself a Resize of the size it was just laid out at, and the app
forwards the terminal's newest size; a Resize of any other size than the app's is
stale, and laying the screen out at it is work for a frame that will never be
shown. While the app quits it was worse (a Textual bug, docs/serve.md): nothing is
painted any more and each layout's repaint waits as a callback, so two Resize
events of different sizes with one between them re-posted each other for ever and
the app never ended. Dropping the stale one ends that loop, with public API only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from textual import events

if TYPE_CHECKING:
    from textual.screen import Screen


class AtTheAppsSize:
    """Mixed in before the Screen class: a Resize of another size than the app's is
    not laid out (Screen's own handler is not run for it)."""

    def on_resize(self, event: events.Resize) -> None:
        if event.size != cast("Screen[Any]", self).app.size:
            event.prevent_default()
