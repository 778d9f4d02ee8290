"""`scaletui serve` in a real browser: Debian's chromium, driven by Playwright (no
browser download). The app's rows are read from xterm.js's buffer through the page:
the Arabic reads in order (the tmux tests' check), typed Arabic finds a hit, the
terminal has the focus from the start, and no request leaves 127.0.0.1.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

pytest.importorskip("aiohttp", reason="the serve extra is not installed")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
CHROMIUM = shutil.which("chromium")
if CHROMIUM is None:
    pytest.skip(
        "no chromium (Debian's chromium package; .ci/run installs it)", allow_module_level=True
    )

from reading_order import reads_in_order  # noqa: E402
from scaletui.layout import LayoutEngine  # noqa: E402
from scaletui.story import Story  # noqa: E402
from test_e2e_tmux import hit_position  # noqa: E402  (the tmux tests' reading of the status)
from test_serve import STARTS_WITHIN, Served  # noqa: E402

pytestmark = pytest.mark.slow

ROWS = """() => {
  const terminal = window.scaletui.terminal, rows = [];
  for (let y = 0; y < terminal.rows; y++)
    rows.push(terminal.buffer.active.getLine(y).translateToString(true));
  return rows;
}"""
QUERY = "ميتا"
# The page's web fonts that have loaded (the page loads them before the terminal draws).
LOADED_FONTS = """() => [...document.fonts]
  .filter((face) => face.status === "loaded")
  .map((face) => `${face.family.replaceAll('"', "")} ${face.weight === "700" ? "bold" : face.weight}`)"""


@pytest.fixture
def page(tmp_path: Path) -> Iterator[tuple[Any, Served, list[str]]]:
    served = Served(tmp_path / "data")
    requested: list[str] = []
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            # (bypass_csp: Playwright's own evaluations are scripts the page's policy refuses)
            context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 800})
            page = context.new_page()
            page.on("request", lambda request: requested.append(request.url))
            page.on("websocket", lambda socket: requested.append(socket.url))
            try:
                yield page, served, requested
            finally:
                browser.close()
    finally:
        served.stop()


def rows_until(page: Any, condition: Callable[[list[str]], object], what: str) -> list[str]:
    deadline = time.monotonic() + STARTS_WITHIN
    while True:
        rows: list[str] = page.evaluate(ROWS)
        if condition(rows):
            return rows
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {STARTS_WITHIN} s: {what}\n" + "\n".join(rows))
        time.sleep(0.2)


def headline_in_article(rows: list[str]) -> list[str]:
    """The article's first paragraph: its rows under the Article border, up to the
    first blank one, left of the scroll indicator."""
    top = next(i for i, row in enumerate(rows) if "Article" in row)
    paragraph = []
    for row in rows[top + 1 :]:
        cells = row.split("┃")[0]
        if not cells.strip(" │"):
            break
        paragraph.append(cells)
    return paragraph


def test_the_story_reads_right_and_search_finds_typed_arabic(page: Any, story: Story) -> None:
    browser_page, served, requested = page
    browser_page.goto(served.url)
    browser_page.wait_for_function(
        "window.scaletui && window.scaletui.firstByte", timeout=STARTS_WITHIN * 1000
    )
    # Keys typed before any click reach the app.
    assert browser_page.evaluate("document.activeElement.className") == "xterm-helper-textarea"
    loaded = browser_page.evaluate(LOADED_FONTS)
    assert sorted(loaded) == ["DejaVu Sans Mono bold", "DejaVu Sans Mono normal"], loaded

    rows = rows_until(browser_page, lambda rows: "Timeline" in "\n".join(rows), "the main screen")
    headline, engine = story.paragraphs[0].text, LayoutEngine()
    reads_in_order(rows[:1], headline, engine)  # the header: the headline on one row
    reads_in_order(headline_in_article(rows), headline, engine)  # wrapped, then reordered

    browser_page.keyboard.press("/")
    rows_until(browser_page, lambda rows: any(r.lstrip().startswith("Search") for r in rows),
               "the search bar")  # fmt: skip
    browser_page.keyboard.type(QUERY)
    browser_page.keyboard.press("Enter")
    rows = rows_until(browser_page, lambda rows: hit_position(rows) is not None, "a hit")
    position, total = hit_position(rows)  # type: ignore[misc]
    assert position == 1 and total >= 1

    hosts = {urlsplit(url).hostname for url in requested}
    assert hosts == {"127.0.0.1"}, sorted(requested)
