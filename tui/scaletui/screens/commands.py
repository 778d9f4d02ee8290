"""Command palette (Ctrl+P): jump to any entity, event or person by either name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

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
        entries += [(f"event:{e.id}", e.title_ar, e.title_en, f"event {e.date}") for e in story.events]
        entries += [
            (f"person:{p.entity}", story.entity(p.entity).name_ar,
             story.entity(p.entity).name_en, "key figure")
            for p in story.people
        ]  # fmt: skip
        return entries

    def _display(self, arabic: str, english: str, kind: str) -> Text:
        screen: ExplorerScreen = self.screen  # type: ignore[assignment]
        return Text.assemble(
            (english, "bold"), "  ", screen.engine.visual(arabic), "  ", (kind, "dim")
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
            folded_ar, folded_en = fold_query(arabic), fold_query(english)
            if needle in folded_ar or needle in folded_en:
                score = 1.0 if folded_en.startswith(needle) or folded_ar.startswith(needle) else 0.8
            else:
                score = matcher.match(english)
                if score <= 0:
                    continue
            yield Hit(score, self._display(arabic, english, kind), self._jump(item_id), text=english)
