"""Command palette (Ctrl+P): jump to any entity, event or person by either name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..layout.renderable import plain
from ..search import fold_query

if TYPE_CHECKING:
    from .explorer import ExplorerScreen


class StoryCommands(Provider):
    """Entries: (item id, Arabic name, English name, kind)."""

    def _entries(self) -> list[tuple[str, str, str, str]]:
        screen: ExplorerScreen = self.screen  # type: ignore[assignment]
        story = screen.story
        entries = [
            (f"entity:{e.id}", e.name_ar, e.name_en, e.kind) for e in story.entities.values()
        ]
        entries += [
            (f"event:{e.id}", e.title_ar, e.title_en, f"event {e.date}") for e in story.events
        ]
        entries += [
            (f"person:{p.entity}", story.entity(p.entity).name_ar,
             story.entity(p.entity).name_en, "key figure")
            for p in story.people
        ]  # fmt: skip
        return entries

    def _display(self, arabic: str, english: str, kind: str) -> Text:
        screen: ExplorerScreen = self.screen  # type: ignore[assignment]
        return Text.assemble(
            plain(english, "bold"), "  ", screen.engine.visual(arabic), "  ", (kind, "dim")
        )

    def _jump(self, item_id: str) -> Callable[[], None]:
        screen: ExplorerScreen = self.screen  # type: ignore[assignment]
        return lambda: screen.open_item(item_id)

    async def discover(self) -> Hits:
        for item_id, arabic, english, kind in self._entries()[:40]:
            yield DiscoveryHit(
                self._display(arabic, english, kind), self._jump(item_id), text=english
            )

    async def search(self, query: str) -> Hits:
        needle = fold_query(query)
        if not needle:
            return
        matcher = self.matcher(query)
        for item_id, arabic, english, kind in self._entries():
            score = _score(needle, (fold_query(arabic), fold_query(english)), item_id)
            if score is None:
                # No name contains the query: fall back to Textual's fuzzy match, ranked below.
                fuzzy = matcher.match(english)
                if fuzzy <= 0:
                    continue
                score = min(0.5, 0.5 * fuzzy)
            yield Hit(
                score, self._display(arabic, english, kind), self._jump(item_id), text=english
            )


def _score(needle: str, names: tuple[str, ...], item_id: str) -> float | None:
    """Exact names first, then names that start with the query, then ones containing it."""
    entity_bonus = 0.05 if item_id.startswith("entity:") else 0.0
    if needle in names:
        return 1.0
    if any(name.startswith(needle) for name in names):
        return 0.9 + entity_bonus
    if any(needle in name for name in names):
        return 0.8 + entity_bonus
    return None
