"""A panel of a book's thousands of items: it draws what it shows, and a mark that
changes draws its item again, not the list. Counts, not timings."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult

from scaletui.explore.rows import PanelItem
from scaletui.layout import LayoutEngine
from scaletui.widgets import story_panel
from scaletui.widgets.story_panel import StoryPanel

ITEMS = 400


def many_items() -> list[PanelItem]:
    return [
        PanelItem(f"event:{n}", arabic=f"حدث رقم {n} في الكتاب", lines=((f"Event {n}", ""),))
        for n in range(ITEMS)
    ]


class PanelApp(App[None]):
    def compose(self) -> ComposeResult:
        yield StoryPanel(LayoutEngine(), many_items())


def rendered_text(panel: StoryPanel) -> list[list[str]]:
    return [[segment.text for segment in segments] for _, segments in panel._lines]


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The item indexes drawn, in order, as the panel draws them."""
    calls: list[int] = []
    original = StoryPanel._item_lines

    def item_lines(self: StoryPanel, index: int, *args: object) -> object:
        calls.append(index)
        return original(self, index, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(StoryPanel, "_item_lines", item_lines)
    return calls


async def test_a_long_panel_draws_ahead_a_part_per_frame_and_estimates_the_rest(
    drawn: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # All of it drawn in the callback after the first frame held a 500,000-line book's
    # keys for 3 s (its timeline: 5,516 items), at each width it was shown at.
    monkeypatch.setattr(story_panel, "AHEAD_ROWS", 600)
    rows_per_call: list[int] = []
    original = StoryPanel._render_rest

    def render_rest(self: StoryPanel) -> None:
        before = len(self._lines)
        original(self)
        rows_per_call.append(len(self._lines) - before)

    monkeypatch.setattr(StoryPanel, "_render_rest", render_rest)
    async with PanelApp().run_test(size=(120, 40)) as pilot:
        panel = pilot.app.query_one(StoryPanel)
        for _ in range(30):
            await pilot.pause()
        per_item = max(end - first for first, end in panel._item_rows) + 1
        assert 600 <= len(panel._lines) < 600 + per_item  # ahead up to AHEAD_ROWS, no more
        assert len(rows_per_call) > 3 and max(rows_per_call) <= story_panel.STEP_ROWS + per_item
        assert sorted(set(drawn)) == drawn == list(range(len(drawn)))  # each once, in order
        rendered = len(panel._item_rows)
        estimate = len(panel._lines) + round((ITEMS - rendered) * len(panel._lines) / rendered)
        assert panel.virtual_size.height == estimate
        panel.action_last()  # the end: every item, and the exact height
        await pilot.pause()
        assert drawn == list(range(ITEMS))
        assert panel.virtual_size.height == len(panel._lines)


async def test_a_changed_mark_draws_its_items_again_not_the_list(drawn: list[int]) -> None:
    async with PanelApp().run_test(size=(120, 40)) as pilot:
        panel = pilot.app.query_one(StoryPanel)
        panel._ensure_rendered()
        drawn.clear()
        panel.mark({"event:3", "event:250"})
        panel.mark_noted({"event:10"})
        panel.mark({"event:250", "event:399"})
        assert sorted(drawn) == [3, 3, 10, 250, 399]  # 3 marked, then not; 399 marked
        # The same lines as drawing every item anew with those marks.
        patched = rendered_text(panel), list(panel._item_rows)
        panel._rendered_width = -1
        panel._at_width.clear()
        panel._ensure_rendered()
        assert (rendered_text(panel), panel._item_rows) == patched
        assert any("✎" in "".join(row) for row in patched[0])


async def test_a_note_mark_that_adds_a_row_moves_the_items_after_it() -> None:
    # At some length of a first line, " ✎" wraps onto a row of its own: the item gains a
    # row and every item after it moves down one.
    async with PanelApp().run_test(size=(120, 40)) as pilot:
        panel = pilot.app.query_one(StoryPanel)
        panel._ensure_rendered()
        width = panel._rendered_width
        for length in range(width - 8, width + 1):
            panel.mark_noted(set())
            panel._items[5] = PanelItem("event:5", lines=(("x" * length, ""),))
            panel._rendered_width = -1
            panel._at_width.clear()
            panel._ensure_rendered()
            before = list(panel._item_rows)
            panel.mark_noted({"event:5"})
            after = panel._item_rows
            if (after[5][1] - after[5][0]) - (before[5][1] - before[5][0]) == 1:
                break
        else:
            raise AssertionError("no length of line made the note mark wrap")
        assert after[6] == (before[6][0] + 1, before[6][1] + 1)
        assert after[-1] == (before[-1][0] + 1, before[-1][1] + 1)
        assert len(panel._lines) == after[-1][1]
