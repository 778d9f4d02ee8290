"""Drafting a book in steps of about the same size, whatever its paragraphs' lengths."""

from __future__ import annotations

STEP_CHARS = 30_000  # text per step of a drafting pass (about a millisecond or two)


class Pacer:
    """Tells a drafting pass when it has done a step's worth of text since its last
    step. (Steps were counted in paragraphs, 100 each: a text cut into 10,000-character
    pieces made a step a second long, and keys waited for it.)"""

    def __init__(self, chars: int = STEP_CHARS) -> None:
        self.chars = chars
        self._done = chars  # the first paragraph starts a step

    def due(self, text: str) -> bool:
        """Called before a paragraph's work: whether to end the step first."""
        due = self._done >= self.chars
        if due:
            self._done = 0
        self._done += len(text)
        return due
