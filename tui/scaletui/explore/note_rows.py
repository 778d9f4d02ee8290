"""The Notes panel's rows (apart from rows.py: widgets import that one, and
widgets never reach notes/, not even through another module)."""

from __future__ import annotations

from ..notes.anchoring import anchor_label
from ..notes.model import Note
from ..story import Story
from ..story.items import ItemRef
from .rows import PanelItem


def note_item(story: Story, note: Note) -> PanelItem:
    stamp = note.updated.astimezone().strftime("%Y-%m-%d %H:%M")
    return PanelItem(
        str(ItemRef.note(note.id)),
        arabic=note.body.strip().replace("\n", " ")[:400],
        lines=((f"{anchor_label(story, note.anchor)} · {stamp}", "dim"),),
        tags=" ".join(f"#{tag}" for tag in note.tags),
    )


def note_items(story: Story, notes: list[Note]) -> list[PanelItem]:
    return [note_item(story, note) for note in notes]
