"""Command palette (Ctrl+P): jump to any entity, event or person by either name, or
to a heading of the article (its table of contents)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..i18n import ENGLISH, N_
from ..search import fold_query
from ..story.items import ItemRef, PaletteEntry, palette_entries
from ..story.toc import TocEntry, table_of_contents
from ..widgets.field_row import Field, FieldRow, FieldRowText

if TYPE_CHECKING:
    from ..i18n import Language
    from ..layout import LayoutEngine
    from ..story import Story


class Explorer(Protocol):
    """What the palette needs of its screen (no import of the screen itself)."""

    story: Story
    engine: LayoutEngine
    language: Language

    def open_item(self, ref: ItemRef, from_panel: bool = False) -> None: ...
    def go_to_paragraph(self, paragraph: int) -> None: ...


class StoryCommands(Provider):
    """Jump to any entity, event or key figure by its Arabic or English name."""

    @property
    def explorer(self) -> Explorer:
        return cast(Explorer, self.screen)

    def _display(self, entry: PaletteEntry) -> Text:
        # Each name laid out on its own (a drafted "English" name may be Arabic too),
        # and wrapped on its own where the list is too narrow for the row.
        return FieldRowText(
            FieldRow(self.explorer.engine, [
                Field(entry.english, "bold"),
                Field(entry.arabic, default="rtl"),
                Field(entry.kind, "italic"),  # (faint read 3:1 on the highlight)
            ])
        )  # fmt: skip

    def _entries(self) -> list[PaletteEntry]:
        return palette_entries(self.explorer.story, self.explorer.language)

    def _jump(self, ref: ItemRef) -> Callable[[], None]:
        explorer = self.explorer
        return lambda: explorer.open_item(ref)

    def _heading(self, entry: TocEntry) -> Text:
        language = getattr(self.explorer, "language", ENGLISH)
        kind = language.gettext(N_("title") if entry.level == 0 else N_("heading"))
        label = f"{kind} ¶ {language.number(entry.paragraph + 1)}"
        return FieldRowText(
            FieldRow(self.explorer.engine, [
                Field(entry.text, "bold", "rtl"),
                Field(label, "dim", language.direction),
            ])
        )  # fmt: skip

    def _to_heading(self, entry: TocEntry) -> Callable[[], None]:
        explorer = self.explorer
        return lambda: explorer.go_to_paragraph(entry.paragraph)

    async def discover(self) -> Hits:
        for entry in self._entries()[:40]:
            yield DiscoveryHit(self._display(entry), self._jump(entry.ref), text=entry.english)
        for heading in table_of_contents(self.explorer.story.paragraphs)[:20]:
            yield DiscoveryHit(self._heading(heading), self._to_heading(heading), text=heading.text)

    async def search(self, query: str) -> Hits:
        needle = fold_query(query)
        if not needle:
            return
        matcher = self.matcher(query)
        for entry in self._entries():
            names = (fold_query(entry.arabic), fold_query(entry.english))
            score = _score(needle, names, entry.ref)
            if score is None:
                # No name contains the query: fall back to Textual's fuzzy match, ranked below.
                fuzzy = matcher.match(entry.english)
                if fuzzy <= 0:
                    continue
                score = min(0.5, 0.5 * fuzzy)
            yield Hit(score, self._display(entry), self._jump(entry.ref), text=entry.english)
        for heading in table_of_contents(self.explorer.story.paragraphs):
            if needle in fold_query(heading.text):  # headings rank below names
                yield Hit(0.7, self._heading(heading), self._to_heading(heading), text=heading.text)


def _score(needle: str, names: tuple[str, ...], ref: ItemRef) -> float | None:
    """Exact names first, then names that start with the query, then ones containing it."""
    entity_bonus = 0.05 if ref.kind == "entity" else 0.0
    if needle in names:
        return 1.0
    if any(name.startswith(needle) for name in names):
        return 0.9 + entity_bonus
    if any(needle in name for name in names):
        return 0.8 + entity_bonus
    return None
