"""The people the drafter finds in sentences written for a test."""

from __future__ import annotations

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def people(*texts: str) -> set[str]:
    """The Arabic names of the people drafted from `texts`, one paragraph each.

    Args:
        texts: The paragraphs, in order.

    Returns:
        Each drafted person's Arabic name.
    """
    entities = draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "").entities
    return {e.name_ar for e in entities if e.kind == "person"}
