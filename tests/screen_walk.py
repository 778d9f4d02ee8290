"""The navigation screens, walked the same way by the language and shaping tests:
the detail view of each kind of item, the story's detail, the contents, the
library and a search across it. `look(where)` checks what is on screen."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.pilot import Pilot

from conftest import until
from scaletui.screens.detail import ItemDetailScreen
from scaletui.screens.library import LibraryScreen
from scaletui.story import Story
from scaletui.story.items import ItemRef
from scaletui.widgets.story_panel import StoryPanel

Look = Callable[[str], Awaitable[None]]


def detail_targets(story: Story) -> list[tuple[str, str, ItemRef]]:
    """(what, panel, item) for one item of each kind the detail view shows."""
    targets: list[tuple[str, str, ItemRef]] = []
    article = next((e for e in story.events if e.provenance.in_article), None)
    context = next((e for e in story.events if not e.provenance.in_article), None)
    if article is not None:
        targets.append(("an article event", "timeline", ItemRef("event", article.id)))
    if context is not None:
        targets.append(("a context event", "timeline", ItemRef("event", context.id)))
    if story.people:
        targets.append(("a key figure", "people", ItemRef("person", story.people[0].entity)))
    if story.competitors:
        rival = story.competitors[0].entity
        targets.append(("a rival", "competitors", ItemRef("competitor", rival)))
    if story.numbers:
        targets.append(("a number", "numbers", ItemRef("number", story.numbers[0].id)))
    return targets


def on(app: object, screen: str) -> bool:
    return type(app.screen).__name__ == screen  # type: ignore[attr-defined]


async def walk_navigation(pilot: Pilot[Any], story: Story, look: Look, query: str) -> None:
    app = pilot.app
    keys = {"timeline": "2", "people": "3", "competitors": "4", "numbers": "5"}
    for what, panel, ref in detail_targets(story):
        await pilot.press(keys[panel])
        await pilot.pause()
        assert app.screen.query_one(f"#{panel}", StoryPanel).select_item(str(ref)), ref
        await pilot.press("i")
        await look(f"detail of {what}")
        assert isinstance(app.screen, ItemDetailScreen) and app.screen.detail.ref == ref
        await pilot.press("escape")
    await pilot.press("1", "escape", "i")
    await look("detail of the story")
    assert isinstance(app.screen, ItemDetailScreen) and app.screen.detail.arabic == story.title
    await pilot.press("escape", "t")
    await look("contents")
    assert on(app, "TocScreen")
    await pilot.press("escape", "L")
    await look("library")
    library = app.screen
    assert isinstance(library, LibraryScreen)
    await pilot.press("slash", *query, "enter")
    await until(pilot, lambda: library.found is not None)  # the search runs in a thread
    await look("library search")
    assert library.found, "the library search found nothing to show"
    await pilot.press("escape", "escape")
    await pilot.pause()
