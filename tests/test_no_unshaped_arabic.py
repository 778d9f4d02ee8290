"""On screen in app mode, no Arabic letter is ever unshaped (U+0621-U+064A).

Every screen is walked with Arabic in every field: the seed opened as a file
(its drafted items put Arabic where English names go), Arabic notes and tags,
an Arabic search, the palette with an Arabic query, the note editor and the
delete question. The check reads what Textual would paint (the screenshot's
text), so it holds for every widget, whoever drew it.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from textual.app import App

from scaletui.app import ScaleTUIApp
from scaletui.i18n import load_language
from scaletui.notes import Anchor, NoteStore
from scaletui.story import Story, story_from_text_file
from scaletui.story.items import ItemRef
from screen_walk import walk_navigation

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_77bd331cf6a7af78.txt"
# Tatweel (U+0640) is in the range but has no presentation forms: it is drawn as is.
UNSHAPED = re.compile("[\u0621-\u063f\u0641-\u064a]+")


def screen_text(app: App[Any]) -> str:
    svg = app.export_screenshot()
    return "".join(html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg))


def unshaped(app: App[Any]) -> list[str]:
    return sorted(set(UNSHAPED.findall(screen_text(app))))


@pytest.fixture(scope="module")
def seed_story() -> Story:
    return story_from_text_file(SEED)


@pytest.fixture
def arabic_store(tmp_path: Path, seed_story: Story) -> NoteStore:
    store = NoteStore(tmp_path)
    first_entity = next(iter(seed_story.entities))
    store.add(seed_story.id, Anchor("paragraph", paragraph=2, quote=seed_story.paragraphs[2].text),
              "ملاحظة عربية عن الصفقة", ("استثمار", "ميتا"))  # fmt: skip
    store.add(seed_story.id, Anchor("item", item=ItemRef("entity", first_entity)),
              "ملاحظة ثانية", ("وانغ",))  # fmt: skip
    return store


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_every_screen_shows_only_shaped_arabic(
    seed_story: Story, arabic_store: NoteStore, size: tuple[int, int], lang: str
) -> None:
    app = ScaleTUIApp(seed_story, store=arabic_store, language=load_language(lang))
    seen: dict[str, list[str]] = {}

    async with app.run_test(size=size) as pilot:

        async def look(where: str) -> None:
            await pilot.pause()
            found = unshaped(app)
            if found:
                seen[where] = found

        await look("main screen")
        for key, panel in (("2", "timeline"), ("3", "people"), ("4", "rivals"), ("5", "numbers"),
                           ("6", "notes")):  # fmt: skip
            await pilot.press(key)
            await look(f"{panel} panel")
            if panel != "notes":
                await pilot.press("down", "enter")
                await look(f"{panel} item opened (status line)")
        await pilot.press("1", "slash", *"ميتا")
        await look("search bar with an Arabic query")
        await pilot.press("enter")
        await look("search hits (status line)")
        await pilot.press("escape", "ctrl+p", *"ميت")
        await look("palette with an Arabic query")
        await pilot.press("escape", "6", "down", "e")
        await look("note editor on an Arabic note")
        await pilot.press("escape", "escape", "6")
        await pilot.press("d")
        await look("delete question")
        await pilot.press("n", "question_mark")
        await look("help")
        await pilot.press("escape", "1", "y")
        await look("a notification (copied)")
        await pilot.press("x")
        await look("export dialog")
        await pilot.press("escape")  # (a key typed there is the file's name)
        await walk_navigation(pilot, seed_story, look, "ميتا")
    assert seen == {}


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_pack_s_screens_show_only_shaped_arabic(
    story: Story, tmp_path: Path, size: tuple[int, int], lang: str
) -> None:
    """The bundled pack has what a drafted one lacks: events, people, rivals, sources."""
    app = ScaleTUIApp(story, store=NoteStore(tmp_path), language=load_language(lang))
    seen: dict[str, list[str]] = {}
    async with app.run_test(size=size) as pilot:

        async def look(where: str) -> None:
            await pilot.pause()
            found = unshaped(app)
            if found:
                seen[where] = found

        await walk_navigation(pilot, story, look, "وانغ")
    assert seen == {}


async def test_a_file_named_in_arabic_shows_its_name_shaped(tmp_path: Path) -> None:
    """A text opened without a title gloss shows its file's name under the headline: an
    Arabic name (as an Arabic reader names files) was drawn unshaped, in logical order
    (found in tmux: `scaletui 'مقال الشركة.txt'`)."""
    named = tmp_path / "مقال الشركة.txt"
    named.write_bytes(SEED.read_bytes())
    story = story_from_text_file(named)
    assert "مقال" in story.title_en  # (the gloss is the name)
    app = ScaleTUIApp(story, store=NoteStore(tmp_path / "data"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert unshaped(app) == []


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_check_terminal_shapes_all_of_the_way_scaletui_draws(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    from scaletui.screens.check_terminal import CheckTerminalApp
    from scaletui.terminal import Terminal

    app = CheckTerminalApp(Terminal("vte"), tmp_path / "c.json", load_language("ar"))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        # Way 1 is the app's own drawing, sample included; way 2 (Tab) is logical on
        # purpose: the terminal is to shape it.
        assert app.screen.query("#sample-app")
        assert unshaped(app) == []
