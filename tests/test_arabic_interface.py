"""The Arabic interface (`--lang ar`): every screen in Arabic, mirrored.

The walk reads what Textual would paint and fails on any Latin word that is not
a key name, the story's own Latin text (names, English glosses) or a file path:
an English string that was never marked, or marked and never translated.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.command import CommandList

from conftest import palette_searched, until
from scaletui.app import ScaleTUIApp
from scaletui.i18n import load_language
from scaletui.notes import Anchor, NoteStore
from scaletui.screens.palette import NO_MATCHES_ID
from scaletui.story import Story
from scaletui.story.items import ItemRef
from scaletui.terminal import Terminal
from screen_walk import walk_navigation


def screen_text(app: App[Any]) -> str:
    """The screen's rows as text, each piece at its column (words stay apart)."""
    svg = app.export_screenshot()
    rows: dict[float, list[str]] = {}
    for x, y, text in re.findall(r'<text[^>]*?x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>', svg):
        row = rows.setdefault(float(y), [" "] * 400)
        for index, char in enumerate(html.unescape(text)):
            column = round(float(x) / 12.2) + index
            if column < len(row):
                row[column] = char
    return "\n".join("".join(row) for _, row in sorted(rows.items()))


KEY_NAMES = {
    "esc", "tab", "enter", "shift", "ctrl", "pgup", "pgdn", "home", "end", "space", "scaletui",
    "Esc", "Tab", "Enter", "Shift", "Ctrl", "PgUp", "PgDn", "Home", "End", "Space", "super",
    "Alt", "Backspace",
    "Markdown", "UTF",  # names of formats, as Arabic writes them too
    "wang", "zzzq",  # what the walk types
}  # fmt: skip
PATH = re.compile(r"/\S*(\n\S*)?")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']+")


def story_words(story: Story) -> set[str]:
    """Every Latin word the story itself holds (names, glosses, notes, roles)."""
    texts = [story.title_en, story.summary_en, story.source, story.id]
    texts += [p.text for p in story.paragraphs]
    for entity in story.entities.values():
        texts += [entity.name_en, entity.role, *entity.aliases, *entity.surface_forms]
    for event in story.events:
        texts += [event.title_en, event.provenance.note or "", event.provenance.aside_en or ""]
    for person in story.people:
        texts += [person.role, person.paraphrase_en, person.provenance.note or "",
                  person.provenance.aside_en or ""]  # fmt: skip
    for competitor in story.competitors:
        texts += [competitor.provenance.note or ""]
    for figure in story.numbers:
        texts += [figure.label_en, figure.provenance.note or "", figure.provenance.aside_en or ""]
    for source in story.sources.values():  # the detail view names each cited source
        texts += [source.outlet, source.title, source.url]
    if story.origin is not None:  # the detail view names the article's source
        texts += [story.origin.outlet, story.origin.title, story.origin.note]
    return {word for text in texts for word in LATIN_WORD.findall(text)}


def foreign_words(text: str, allowed: set[str], own_text: str) -> set[str]:
    """Latin words that are neither allowed nor a piece of the story's own text or of a
    path (a name cut at a pane's edge, a path wrapped in a dialog)."""
    text = PATH.sub(" ", text)
    return {
        word
        for word in LATIN_WORD.findall(text)
        if word not in allowed and word.strip("'") not in allowed and word not in own_text
    }


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_every_screen_is_in_arabic(
    story: Story, tmp_path: Path, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = NoteStore(tmp_path / "data")
    store.add(story.id, Anchor("paragraph", paragraph=3, quote=story.paragraphs[3].text),
              "ملاحظة عن الصفقة", ("استثمار",))  # fmt: skip
    store.add(story.id, Anchor("item", item=ItemRef("person", "alexandr-wang")), "عن وانغ")
    app = ScaleTUIApp(story, store=store, language=load_language("ar"))
    allowed = story_words(story) | KEY_NAMES
    own_text = " ".join(sorted(allowed)) + str(tmp_path) + f"{story.id}-notes.md"
    seen: dict[str, set[str]] = {}

    async with app.run_test(size=size) as pilot:

        async def look(where: str) -> None:
            await pilot.pause()
            found = foreign_words(screen_text(app), allowed, own_text)
            if found:
                seen[where] = found

        await look("main screen")
        for key, panel in (("2", "timeline"), ("3", "people"), ("4", "rivals"), ("5", "numbers"),
                           ("6", "notes")):  # fmt: skip
            await pilot.press(key)
            await look(f"{panel} panel")
            await pilot.press("down", "enter")
            await look(f"{panel} item opened")
        await pilot.press("1", "j", "j", "j")
        await look("paragraph support in the status line")
        await pilot.press("slash", *"wang")
        await look("search bar")
        await pilot.press("enter")
        await look("search hits")
        await pilot.press("escape", "ctrl+p", *"zzzq")
        await palette_searched(pilot)
        results = app.screen.query_one(CommandList)  # "no matches" comes half a second later
        await until(pilot, lambda: results.option_count == 1
                    and results.get_option_at_index(0).id == NO_MATCHES_ID)  # fmt: skip
        await look("palette, no matches")
        await pilot.press("escape", "6", "down", "e")
        await look("note editor")
        await pilot.press("escape", "6", "d")
        await look("delete question")
        await pilot.press("n", "x")
        await look("export question")
        await pilot.press("n", "question_mark")
        await look("help")
        await pilot.press("escape", "1", "y")
        await look("copied notice")
        await walk_navigation(pilot, story, look, "وانغ")
    assert seen == {}


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_check_terminal_is_in_arabic(tmp_path: Path, size: tuple[int, int]) -> None:
    from scaletui.screens.check_terminal import TEST_LINE, CheckTerminalApp

    app = CheckTerminalApp(Terminal("konsole", tmux=True), tmp_path / "c.json", load_language("ar"))
    # The terminal's and the command's names, the key's name as printed on the keyboard,
    # and the Latin of the line to judge.
    allowed = {"konsole", "tmux", "scaletui", "check", "terminal", "Tab"}
    allowed |= set(LATIN_WORD.findall(TEST_LINE))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert foreign_words(text, allowed, "") == set()
        label = app.screen.query_one(".label")
        row = "".join(s.text for s in label.render_lines(label.region.reset_offset)[0])
        assert row.startswith(" ") and row.rstrip() == row  # right-aligned, as Arabic reads


async def test_the_layout_is_mirrored(story: Story) -> None:
    app = ScaleTUIApp(story, language=load_language("ar"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        article = app.screen.query_one("#article")
        tabs = app.screen.query_one("#panel-tabs")
        assert article.region.x > tabs.region.x  # the article on the right
        # The key bar's first key (tab) is at its right edge.
        bar = app.screen.query_one("KeyBar")
        line = bar.render().plain
        assert line.rstrip().endswith("tab") and line.startswith(" ")
        # The reading cursor and the scroll indicator are on the left of the text.
        strip = article.render_line(0)
        cells = "".join(segment.text for segment in strip)
        assert cells.index("▐") < 3 and cells[0] in "┃ "


async def test_english_is_unmirrored(story: Story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        article = app.screen.query_one("#article")
        assert article.region.x < app.screen.query_one("#panel-tabs").region.x
        cells = "".join(segment.text for segment in article.render_line(0))
        assert cells.rstrip().endswith("▐") or cells.rstrip("┃ ").endswith("▐")


async def test_hijri_dates_beside_the_timeline(story: Story) -> None:
    language = load_language("ar", hijri=True)
    app = ScaleTUIApp(story, language=language)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        panel = app.screen.query_one("#timeline")
        rows = [item.arabic or "" for item in panel._items]  # noqa: SLF001
        assert any("يونيو ٢٠٢٥ (ذو الحجة ١٤٤٦ – محرم ١٤٤٧ هـ)" in row for row in rows)
        assert not any("2025" in row for row in rows)  # Arabic-Indic digits in the chrome
