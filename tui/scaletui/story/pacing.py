"""Drafting a book in steps of about the same size, whatever its paragraphs' lengths."""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")

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


def run_at_once(steps: Generator[object, None, T]) -> T:
    """What a piece of work done in steps returns, its steps all run now.

    Args:
        steps: The work's steps (a generator that returns its result).

    Returns:
        The result.
    """
    while True:
        try:
            next(steps)
        except StopIteration as end:
            result: T = end.value
            return result
