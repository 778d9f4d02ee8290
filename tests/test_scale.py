"""A 1 MB Arabic document in the app: the right text at the end, after a resize, at a hit.

Correctness only: timings are the benchmark's job (bench/bench.py).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from bigdoc import build  # noqa: E402
from scaletui.app import ScaleTUIApp  # noqa: E402
from scaletui.story import story_from_text_file  # noqa: E402
from scaletui.widgets.article_view import ArticleView  # noqa: E402

ARABIC = re.compile(r"[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def big_story(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("big") / "book.md"
    chapters = build(path)
    assert path.stat().st_size >= 1_000_000
    return story_from_text_file(path), chapters


def visible_text(view: ArticleView) -> list[str]:
    """The article's rows on screen, each read back into logical words (RTL lines reversed)."""
    top = int(view.scroll_y)
    rows = []
    for row in range(top, min(top + view.scrollable_content_region.height, view.row_count)):
        words = view.line_text(row).split()
        logical = [unicodedata.normalize("NFKC", w[::-1] if ARABIC.search(unicodedata.normalize(
            "NFKC", w)) else w) for w in reversed(words)]  # fmt: skip
        rows.append(" ".join(logical))
    return rows


async def test_scroll_to_end_resize_search_and_jump(big_story) -> None:
    story, chapters = big_story
    app = ScaleTUIApp(story)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.scroll_y == 0
        shown = visible_text(view)
        assert shown[0] == "كتاب الاختبار: مقالة سكيل إيه آي مكررة"  # the book's title on top
        assert "الفصل 1" in shown  # and its first chapter heading, a row of its own
        await pilot.press("end")
        await pilot.pause()
        shown = visible_text(view)
        assert any("المجال الواعد" in row for row in shown)  # the book's last words
        assert view.cursor_paragraph == len(story.paragraphs) - 1
        place = view.reading_place()
        await pilot.resize_terminal(70, 24)
        await pilot.pause()
        resized = view.reading_place()
        assert place and resized and resized[0] == place[0]  # the same paragraph at the top
        # The top line is what a resize keeps: on the smaller screen the book's last
        # words are below the view, and the reading cursor comes along onto the screen.
        height = view.scrollable_content_region.height
        assert view.scroll_y <= view.cursor_row < view.scroll_y + height
        await pilot.press("end")
        await pilot.pause()
        assert any("المجال الواعد" in row for row in visible_text(view))
        await pilot.press("slash", *f"الفصل {chapters // 2}", "enter")
        await pilot.pause()
        target = f"الفصل {chapters // 2}"
        hits = view.highlights
        assert len(hits) >= 1
        first = story.paragraphs[hits[0].paragraph].text
        assert first.startswith(target)
        assert any(row.strip() == target for row in visible_text(view))
        await pilot.press("home")
        await pilot.pause()
        assert view.scroll_y == 0
        assert any("كتاب الاختبار" in row for row in visible_text(view))
