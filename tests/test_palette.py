"""The command palette: its query line and its results list."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.command import CommandList
from textual.geometry import Region

from conftest import palette_searched, until
from reading_order import folded, reads_in_order
from scaletui.app import ScaleTUIApp
from scaletui.layout import LayoutEngine
from scaletui.screens.palette import PaletteInput, PaletteList, StoryPalette
from scaletui.story import Story
from scaletui.widgets.field_row import Field, FieldRow


class HiddenList(App[None]):
    """Results that have options and a highlight but were never laid out: the
    state Textual's palette is in when PageDown follows the query too fast."""

    def __init__(self, kind: type[CommandList]) -> None:
        super().__init__()
        self.kind = kind

    def compose(self) -> ComposeResult:
        results = self.kind()
        results.styles.display = "none"
        yield results


@pytest.mark.parametrize("action", ["action_page_down", "action_page_up"])
async def test_page_keys_on_results_not_laid_out_yet(action: str) -> None:
    # Textual's own list dies there (KeyError: 0; seen in a real terminal with
    # `tmux send-keys C-p 6 NPage`); ours goes to the last or first option.
    for kind, survives in ((CommandList, False), (PaletteList, True)):
        app = HiddenList(kind)
        async with app.run_test() as pilot:
            results = app.query_one(CommandList)
            results.add_options(["a", "b", "c"])
            results.highlighted = 1
            await pilot.pause()
            if survives:
                getattr(results, action)()
                assert results.highlighted == (2 if action == "action_page_down" else 0)
            else:
                with pytest.raises(KeyError):
                    getattr(results, action)()


async def test_the_app_opens_the_palette_with_our_input_and_results(story: Story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, StoryPalette)
        assert isinstance(app.screen.query_one(CommandList), PaletteList)
        assert isinstance(app.focused, PaletteInput)
        await pilot.press(*"Turing", "pagedown", "pageup")
        assert isinstance(app.screen, StoryPalette)


async def test_the_palette_offers_the_story_not_textuals_own_commands(story: Story) -> None:
    # "Theme" opened Textual's plain palette: English, an unshaped query line, and the
    # results list that random keys crashed (KeyError: 0 on an early PageUp).
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        for query in ("them", "keys", "screenshot", "quit", "maxim"):
            await pilot.press(*query)
            await palette_searched(pilot)
            results = app.screen.query_one(CommandList)
            prompts = [str(results.get_option_at_index(i).prompt)
                       for i in range(results.option_count)]  # fmt: skip
            assert not any(p.startswith(("Theme", "Keys", "Save screenshot", "Quit", "Maxim"))
                           for p in prompts), prompts  # fmt: skip
            await pilot.press(*["backspace"] * len(query))
        await pilot.press(*"Turing")
        await palette_searched(pilot)
        assert app.screen.query_one(CommandList).option_count > 0  # the story's own, still


TITLE = "وانغ يلتقي قادة العالم لمناقشة أثر الذكاء الاصطناعي"  # an event's Arabic name


@pytest.mark.parametrize("width", [60, 100, 120])
async def test_a_result_whose_arabic_name_wraps_reads_from_its_start(
    story: Story, width: int
) -> None:
    # At 100 and 120 columns the event's Arabic name was cut after it was reordered:
    # its end on the first row, "وانغ يلتقي" (its start) on the second.
    app = ScaleTUIApp(story)
    async with app.run_test(size=(width, 40)) as pilot:
        await pilot.press("ctrl+p", *"وانغ")
        results = app.screen.query_one(CommandList)

        def rows() -> list[str]:
            return [strip.text for strip in results.render_lines(Region(0, 0, *results.size))]

        word = folded(app.engine.visual("يلتقي"))
        await until(pilot, lambda: any(word in folded(row) for row in rows()), timeout=30)
        shown = rows()
        # The result's rows: from its English name to its kind.
        first = next(i for i, row in enumerate(shown) if "Wang meets world leaders" in row)
        last = next(i for i in range(first, len(shown)) if "event 2025" in shown[i])
        reads_in_order(shown[first : last + 1], TITLE, app.engine)


def test_a_field_row_wraps_each_field_before_it_is_reordered() -> None:
    engine = LayoutEngine()
    row = FieldRow(engine, [Field("Wang meets world leaders", "bold"), Field(TITLE, default="rtl"),
                            Field("event 2025", "dim")])  # fmt: skip
    for width in (12, 20, 30, 45, 80, 200):
        rows = ["".join(s.text for s in r) for r in row.rows(width)]
        assert all(cell_len(r) <= width for r in rows), (width, rows)
        reads_in_order(rows, TITLE, engine)
        assert "event 2025" in rows[-1] or width < 10
    # Wide enough: all three on one row, in the order given.
    (one,) = ["".join(s.text for s in r) for r in row.rows(200)]
    assert one.index("Wang") < one.index(engine.visual(TITLE)) < one.index("event")
