"""Screens that answer once: a dialog, the detail view, the contents, the library.

Textual's `dismiss` hands the result to the caller and pops whichever screen is on
top. Two keys typed together that both answer (Enter twice in the contents, Enter
in the note's tags with Ctrl+S) dismissed twice: the second popped the screen below,
the explorer, which Textual refuses, and the app crashed. The first answer stands.
"""

from __future__ import annotations

from typing import Any

from textual.await_complete import AwaitComplete


class AnswerOnce:
    """Mixed in before the Screen class: a second dismiss is let go."""

    _answered = False

    def dismiss(self, result: Any = None) -> AwaitComplete:
        if self._answered:
            return AwaitComplete()  # nothing to wait for
        self._answered = True
        return super().dismiss(result)  # type: ignore[misc]
