"""The search bar: mounted the first time it is opened (the first screen does not
pay for it), its query handed to the indexer."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Protocol

from textual.widget import Widget

from .host import ExplorerHost
from .indexing import Indexer

if TYPE_CHECKING:
    from ...widgets.search_bar import SearchBar


class SearchingHost(ExplorerHost, Protocol):
    """What the search bar's part needs of its screen."""

    @property
    def indexer(self) -> Indexer: ...

    def mount(self, *widgets: Widget, before: str | Widget | None = None) -> Awaitable[object]: ...


class Searching:
    """Opens and closes the search bar, and runs what is typed in it."""

    def __init__(self, host: SearchingHost) -> None:
        self._host = host
        self.bar: SearchBar | None = None  # mounted on first use

    async def open(self) -> None:
        if self.bar is None:
            from ...widgets.search_bar import SearchBar

            self.bar = SearchBar(self._host.engine, self._host.language)
            await self._host.mount(self.bar, before="KeyBar")  # above the key bar
        self.bar.open()

    def close(self) -> None:
        if self.bar is not None and self.bar.is_open:
            self.bar.close()

    def submitted(self, query: str) -> None:
        """Search for what was typed (nothing: the bar stays open)."""
        query = query.strip()
        if not query:
            return
        self.close()
        self._host.focus_region("article")
        self._host.indexer.submit(query)
