"""The Notes panel's rows (apart from rows.py: widgets import that one, and
widgets never reach notes/, not even through another module)."""

from __future__ import annotations

from ..i18n import ENGLISH, Language
from ..layout import isolated
from ..notes.anchoring import anchor_label, locate_paragraph
from ..notes.model import Note
from ..story import Story
from ..story.items import ItemRef
from .rows import PanelItem

ORPHAN_QUOTE_CELLS = 160  # enough to recognise the passage; the export keeps it whole


def note_item(story: Story, note: Note, language: Language = ENGLISH) -> PanelItem:
    when = note.updated.astimezone()
    stamp = (
        f"{language.date(when.year, when.month, when.day)} {language.digits_of(f'{when:%H:%M}')}"
    )
    lines = [(f"{anchor_label(story, note.anchor, language)} · {stamp}", "dim")]
    if (
        note.anchor.kind != "item"
        and note.anchor.quote
        and locate_paragraph(story, note.anchor) is None
    ):
        # Its passage is gone from the text: the note stays, with what it was about.
        quote = note.anchor.quote.replace("\n", " ")
        lines.append((f"“{quote[:ORPHAN_QUOTE_CELLS]}”", "italic"))
    return PanelItem(
        str(ItemRef.note(note.id)),
        # Its lines kept apart: each is laid out as a paragraph of its own direction.
        arabic=note.body.strip()[:400],
        lines=tuple(lines),
        # Each tag isolated: "#AI" stays one piece beside an Arabic tag, and the list
        # reads in the interface's direction.
        tags=" ".join(isolated(f"#{tag}") for tag in note.tags),
    )


def note_items(story: Story, notes: list[Note], language: Language = ENGLISH) -> list[PanelItem]:
    return [note_item(story, note, language) for note in notes]
