"""Random keys for a while: the app never dies.

Keys are drawn from every binding the app and its parts declare, plus Arabic
and Latin text, Enter, Escape and Tab; some go in as fast as a terminal sends
them (no pause between), the way the palette crash was found. Quitting keys are
left out (they end the run, not the app's health); file-writing keys run in a
scratch directory. Bounded: a few hundred keys a seed; one seed by default,
SCALETUI_FUZZ_SEEDS=N runs seeds 0 to N-1 (a longer hunt, before a release).
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from textual import events
from textual.binding import Binding

from conftest import all_handled
from scaletui.app import ScaleTUIApp
from scaletui.notes import Anchor, NoteStore
from scaletui.screens.dialogs import ConfirmScreen, NoteEditor
from scaletui.screens.explorer import ExplorerScreen
from scaletui.screens.help import HelpScreen
from scaletui.story import Story
from scaletui.widgets.article_view import ArticleView
from scaletui.widgets.bidi_input import BidiInput
from scaletui.widgets.bidi_text_area import BidiTextArea
from scaletui.widgets.notes_panel import NotesList
from scaletui.widgets.search_bar import SearchBar
from scaletui.widgets.story_panel import StoryPanel

QUITTING = {"q", "ctrl+q", "ctrl+c"}
TEXT = list("ميتا وانغ سكيل 15 (Meta) abc%٪") + ["enter", "escape", "tab", "backspace"]
SEEDS = int(os.environ.get("SCALETUI_FUZZ_SEEDS", "1"))


def binding_keys() -> list[str]:
    keys: set[str] = set()
    owners = (ScaleTUIApp, ExplorerScreen, ArticleView, StoryPanel, NotesList, SearchBar,
              NoteEditor, ConfirmScreen, HelpScreen, BidiInput, BidiTextArea)  # fmt: skip
    for owner in owners:
        for cls in owner.__mro__:
            for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
                keys.update(binding.key.split(","))
    return sorted(keys - QUITTING)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(SEEDS))
async def test_random_keys_never_kill_the_app(
    story: Story, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.chdir(tmp_path)  # exports land here
    store = NoteStore(tmp_path / "data")
    store.add(story.id, Anchor("paragraph", paragraph=2), "ملاحظة", ("وسم",))
    app = ScaleTUIApp(story, store=store)
    rng = random.Random(seed)
    alphabet = binding_keys() + TEXT
    async with app.run_test(size=rng.choice([(80, 24), (120, 40), (60, 20)])) as pilot:
        await pilot.pause()
        for _ in range(250):
            key = rng.choice(alphabet)
            if rng.random() < 0.2:  # a burst, as a terminal sends a paste or fast typing
                for _ in range(rng.randint(2, 5)):
                    burst = rng.choice(alphabet)
                    app.post_message(events.Key(burst, burst if len(burst) == 1 else None))
            await pilot.press(key)
        await all_handled(pilot)  # the last burst too, before the app is closed
        assert app.is_running, f"seed {seed}: the app stopped"
    assert app.return_code in (None, 0), f"seed {seed}: return code {app.return_code}"
