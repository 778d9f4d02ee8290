"""`scaletui check-terminal`, the saved choice reaching the app, and `--bidi terminal`'s
one pane at a time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scaletui.app import AppOptions, ScaleTUIApp
from scaletui.cli import build_app_parser, create_app
from scaletui.i18n import load_language
from scaletui.layout import LayoutEngine
from scaletui.screens.check_terminal import TEST_LINE, CheckTerminalApp
from scaletui.screens.help import HelpScreen
from scaletui.terminal import Terminal, handshake
from scaletui.terminal.setting import BidiSetting, resolve_bidi
from scaletui.widgets.chrome import toast_text

ARABIC_LETTERS = range(0x0621, 0x064B)


def row_text(app: CheckTerminalApp, widget_id: str) -> str:
    widget = app.screen.query_one(f"#{widget_id}")
    return "".join(segment.text for segment in widget.render_lines(widget.region.reset_offset)[0])


@pytest.mark.parametrize(("key", "mode"), [("1", "app"), ("2", "terminal"), ("t", "terminal")])
async def test_the_pick_is_saved_for_this_terminal(tmp_path: Path, key: str, mode: str) -> None:
    config = tmp_path / "config.json"
    app = CheckTerminalApp(Terminal("konsole", tmux=True), config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await pilot.pause()
    assert json.loads(config.read_text()) == {"bidi": {"tmux:konsole": mode}}
    assert app.saved is not None and str(config) in app.saved and f"--bidi {mode}" in app.saved


async def test_the_two_ways_are_drawn_as_the_app_draws_them(tmp_path: Path) -> None:
    app = CheckTerminalApp(Terminal("vte"), tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        check = app.check
        drawn = row_text(app, "sample-app")
        # As scaletui draws it: no bare Arabic letter (all shaped), the line right-aligned.
        assert not any(ord(c) in ARABIC_LETTERS for c in drawn)
        assert drawn.rstrip() == drawn and drawn.startswith(" ")
        assert drawn.strip() == LayoutEngine().layout(TEST_LINE, 80).lines[0].text.strip()
        assert check.requests_sent == []  # the app's requests, sent before it started
        # Tab: the other way, as --bidi terminal draws it: no requests (VTE orders it
        # itself, as it would for the app in that mode), logical text in an RTL isolate.
        await pilot.press("tab")
        await pilot.pause()
        plain = row_text(app, "sample-terminal")
        assert plain.strip() == "\u2067" + TEST_LINE + "\u2069"
        assert (
            plain.strip() == LayoutEngine(reorder=False).layout(TEST_LINE, 80).lines[0].text.strip()
        )
        enter, leave = handshake(Terminal("vte"))
        assert check.requests_sent == [leave]
        assert not app.screen.query("#sample-app")  # one way at a time
        await pilot.press("space")
        await pilot.pause()
        assert row_text(app, "sample-app") == drawn
        assert check.requests_sent == [leave, enter]
        await pilot.press("q")
    assert app.saved is None
    assert not (tmp_path / "config.json").exists()


async def test_a_config_that_cannot_be_written_is_said_and_nothing_is_lost(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    app = CheckTerminalApp(Terminal("vte"), blocker / "config.json")  # a file as directory
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        widget = app.screen.query_one("#check-outcome")
        lines = widget.render_lines(widget.region.reset_offset)
        outcome = " ".join("".join(s.text for s in line).strip() for line in lines).strip()
        assert outcome.startswith("Not saved:") and "cannot be written" in outcome
        assert app.is_running
    assert app.saved is None


async def test_the_saved_choice_is_what_the_app_uses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCALETUI_CONFIG_DIR", str(tmp_path))
    monkeypatch.setenv("KONSOLE_VERSION", "221203")
    for variable in ("SCALETUI_BIDI", "MLTERM", "TMUX"):
        monkeypatch.delenv(variable, raising=False)
    args = build_app_parser().parse_args(["--data-dir", str(tmp_path / "data")])
    assert create_app(args).engine.reorder  # nothing saved: scaletui orders
    (tmp_path / "config.json").write_text('{"bidi": {"konsole": "terminal"}}')
    app = create_app(args)
    assert not app.engine.reorder and app.bidi.chosen
    monkeypatch.setenv("SCALETUI_BIDI", "app")  # the environment still wins
    assert create_app(args).engine.reorder


async def test_konsole_gets_a_hint_at_start_and_a_bad_config_a_warning(story) -> None:
    setting = BidiSetting("app", Terminal("konsole"), warning="config.json: not valid JSON")
    app = ScaleTUIApp(story, options=AppOptions(bidi=setting))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
    assert any("Bi-Directional text rendering" in m for m in messages)
    assert any("not valid JSON" in m for m in messages)


async def test_a_bad_config_is_told_in_the_readers_language(story, tmp_path: Path) -> None:
    config = tmp_path / "config.json"
    config.write_text("[1, 2]", encoding="utf-8")
    setting = resolve_bidi(None, {}, config)
    arabic = load_language("ar")
    app = ScaleTUIApp(story, language=arabic, options=AppOptions(bidi=setting))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        told = [n.message for n in app._notifications if n.severity == "warning"]
    said = f"\u2068{config}\u2069: المتوقَّع كائن JSON؛ سيُستعمل --bidi app"
    assert told == [toast_text(app.engine, arabic, said, 100)]  # as the toast lays it out


async def test_no_hint_where_nothing_is_wrong(story) -> None:
    app = ScaleTUIApp(story, options=AppOptions(bidi=BidiSetting("app", Terminal("xterm"))))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert list(app._notifications) == []


async def test_the_help_names_the_terminal_and_what_to_do(story) -> None:
    app = ScaleTUIApp(
        story, options=AppOptions(bidi=BidiSetting("app", Terminal("vte", tmux=True)))
    )
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.query_one("#help-terminal").display
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(app.screen.terminal_lines())  # logical; drawn by the engine
    assert "vte, inside tmux" in text
    assert "set -g allow-passthrough on" in text
    assert "scaletui check-terminal" in text


# -- --bidi terminal: one pane at a time ----------------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (160, 40)])
async def test_terminal_mode_shows_one_pane_per_row(story, size: tuple[int, int]) -> None:
    app = ScaleTUIApp(story, options=AppOptions(engine=LayoutEngine(reorder=False)))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()

        def shown() -> list:
            return [
                w for w in app.screen.children
                if w.display and w.region.area and type(w).__name__ != "StoryHeader"
            ]  # fmt: skip

        def assert_no_row_shared() -> None:
            widgets = shown()
            for index, one in enumerate(widgets):
                for other in widgets[index + 1 :]:
                    rows = range(one.region.y, one.region.bottom)
                    assert not any(other.region.y <= y < other.region.bottom for y in rows), (
                        f"{one} and {other} share a row"
                    )
                assert one.region.width == size[0], f"{one} is not full-width"

        article = app.screen.query_one("#article")
        assert article.display and article.region.width == size[0]
        assert_no_row_shared()
        await pilot.press("2")  # the timeline, on its own
        await pilot.pause()
        assert not article.display and app.screen.query_one("#timeline").region.width == size[0]
        assert_no_row_shared()
        await pilot.press("1")
        await pilot.pause()
        assert article.display


async def test_app_mode_keeps_the_panes_side_by_side(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        article = app.screen.query_one("#article")
        timeline = app.screen.query_one("#timeline")
        assert article.display and timeline.display
        assert article.region.y <= timeline.region.y < article.region.bottom  # rows shared


async def test_terminal_mode_keeps_each_arabic_key_beside_what_it_does(story) -> None:
    """Konsole orders every row itself, left to right at base: without marks a key
    such as `/` joined the Arabic words around it and landed beside another key's
    words. Reordered the way such a terminal does (UAX #9, base level 0), every
    key must sit at the right of its own description, read right to left."""
    from scaletui.i18n import load_language
    from scaletui.layout.bidi import visual_order
    from scaletui.layout.uax9 import resolve
    from scaletui.widgets.key_bar import KeyBar

    arabic = load_language("ar")
    app = ScaleTUIApp(
        story, language=arabic, options=AppOptions(engine=LayoutEngine(reorder=False))
    )
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        logical = bar.render().plain
        shown = bar._drawn
    order = visual_order(resolve(logical, 0))
    visual = "".join(logical[i] for i in order)
    # (Marks and isolates show nothing: the terminal draws no cell for them.)
    words = visual.translate(dict.fromkeys(map(ord, "\u200e\u2067\u2069"))).split()
    searched = [display for _key, display, _description, _enabled in shown]
    assert "/" in searched
    for _key, display, description, _enabled in shown:
        at = words.index(display)
        said = description.split()
        # Right to left: the key, then its description to its left (in visual
        # order, so its words and each word's letters run backwards).
        assert words[at - len(said) : at] == [word[::-1] for word in said[::-1]], visual


@pytest.mark.parametrize("passthrough", [False, True, None])
async def test_inside_tmux_without_passthrough_it_says_what_to_set(
    tmp_path: Path, passthrough: bool | None
) -> None:
    app = CheckTerminalApp(Terminal("vte", tmux=True), tmp_path / "c.json", passthrough=passthrough)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        hints = app.screen.query("#tmux-hint")
        assert bool(hints) is (passthrough is False)
        if hints:
            assert "set -g allow-passthrough on" in row_text(app, "tmux-hint")


async def test_the_choice_is_saved_with_the_terminals_version(tmp_path: Path) -> None:
    config = tmp_path / "config.json"
    app = CheckTerminalApp(Terminal("konsole", version="230805"), config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await pilot.pause()
    saved = json.loads(config.read_text())
    assert saved == {"bidi": {"konsole": "terminal"}, "bidi_versions": {"konsole": "230805"}}


async def test_the_requests_go_through_textuals_driver(tmp_path: Path) -> None:
    """check-terminal writes the BiDi requests with `App._driver.write` (private): in
    order with Textual's own output. If the driver changes, this says so."""
    app = CheckTerminalApp(Terminal("vte"), tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        driver = app._driver
        assert driver is not None and driver.is_headless  # headless: nothing is written
        assert callable(driver.write) and callable(driver.flush)
