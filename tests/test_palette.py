"""The command palette: its query line and its results list."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.command import CommandList

from conftest import palette_searched
from scaletui.app import ScaleTUIApp
from scaletui.screens.palette import PaletteInput, PaletteList, StoryPalette
from scaletui.story import Story


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
