"""`scaletui check-terminal`, the saved choice reaching the app, and `--bidi terminal`'s
one pane at a time."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from textual.pilot import Pilot

from scaletui import cli
from scaletui.app import AppOptions, ScaleTUIApp
from scaletui.cli import build_app_parser, create_app
from scaletui.i18n import load_language
from scaletui.layout import LayoutEngine
from scaletui.screens.check_terminal import TEST_LINE, CheckTerminalApp
from scaletui.screens.help import HelpScreen
from scaletui.terminal import Terminal, handshake
from scaletui.terminal.hints import KONSOLE_HINT
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


async def test_terminal_mode_draws_one_pane_from_its_first_frame(story) -> None:
    # The breakpoint's class came with the screen's first resize, after a first frame
    # that showed the article and the tab strip side by side, their rows mixed by a
    # terminal that orders each row itself.
    app = ScaleTUIApp(story, options=AppOptions(engine=LayoutEngine(reorder=False)))
    assert app.get_default_screen().has_class("-narrow")
    assert not ScaleTUIApp(story).get_default_screen().has_class("-narrow")


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("reorder", [False, True])
async def test_terminal_mode_gives_toasts_and_dialogs_whole_rows(
    story, language: str, reorder: bool
) -> None:
    # Konsole orders each row as a whole: the stale-choice notice, drawn beside the
    # article, fell inside the article's right-to-left isolate (its PDI under the toast)
    # and came out in pieces, the toast's lines moved to the left of the article's.
    # App mode keeps Textual's toasts and the palette's see-through backdrop.
    from textual.widgets._toast import Toast

    from conftest import until
    from scaletui.screens.dialogs import ConfirmScreen
    from scaletui.screens.palette import StoryPalette
    from scaletui.widgets.chrome import notify

    ui = load_language(language)
    said = ui.gettext("Note saved.") + " " + "ملاحظة عن استثمار ميتا في سكيل إيه آي " * 3
    app = ScaleTUIApp(story, language=ui, options=AppOptions(engine=LayoutEngine(reorder=reorder)))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        notify(app.screen, app.engine, said, timeout=30)
        await until(pilot, lambda: bool(app.screen.query(Toast)))
        await pilot.pause()
        toast = app.screen.query_one(Toast)
        assert (toast.outer_size.width == 100) is not reorder, toast.outer_size
        rows = [strip.text for strip in toast.render_lines(toast.region.reset_offset)]
        lines = toast_text(app.engine, ui, said, 100).splitlines()
        shown = [row for row in rows if row.strip(" ▌▐▎▍▏▊▋")]
        assert len(shown) == len(lines)  # laid out by the engine, not wrapped again
        # Nothing of the article beside a dialog or the palette (the palette let the
        # article show through below it).
        await app.push_screen(ConfirmScreen(app.engine, "؟", said, ui))
        await pilot.pause()
        assert app.screen.styles.background.a == 1 or reorder
        app.pop_screen()
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, StoryPalette))
        assert (app.screen.styles.background.a == 1) is not reorder


async def test_konsoles_hint_in_arabic_is_sent_for_a_terminal_that_orders_it(story) -> None:
    # Konsole with its BiDi on reverses the app's rows: the Arabic hint saying how to
    # stop it came out reversed too. It goes out logical, in isolates, on whole rows.
    from textual.widgets._toast import Toast

    from conftest import until

    arabic = load_language("ar")
    bidi = BidiSetting("app", Terminal("konsole"))
    app = ScaleTUIApp(story, language=arabic, options=AppOptions(bidi=bidi))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await until(pilot, lambda: bool(app.screen.query(Toast)))
        await pilot.pause()
        toast = app.screen.query_one(Toast)
        assert toast.outer_size.width == 100
        text = "".join(strip.text for strip in toast.render_lines(toast.region.reset_offset))
        assert "\u2067" in text and "\u2069" in text  # logical, each line an RTL isolate
        first_words = arabic.gettext(KONSOLE_HINT).split()[:2]
        assert " ".join(first_words) in text  # unshaped, in logical order
        assert app.engine.reorder  # the article is still drawn by the app


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


@pytest.mark.parametrize(("kind", "logical"), [("vte", True), ("xterm", False)])
async def test_the_tmux_hint_in_arabic_goes_out_as_the_terminal_behind_tmux_needs_it(
    tmp_path: Path, kind: str, logical: bool
) -> None:
    """tmux drops the requests: VTE then orders the hint itself (it reads reversed if the
    app ordered it), while xterm draws cells as sent (the app orders it)."""
    from scaletui.terminal.hints import tmux_hint

    arabic = load_language("ar")
    app = CheckTerminalApp(
        Terminal(kind, tmux=True), tmp_path / "c.json", arabic, passthrough=False
    )
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.pause()
        text = row_text(app, "tmux-hint")
        first_words = tmux_hint(arabic).split()[:2]
        assert (" ".join(first_words) in text) is logical, text
        assert ("\u2067" in text) is logical, text


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


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_ends_the_check_as_q_does_with_the_signals_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    """`kill`, a closing terminal, an outside SIGINT: the check quits as `q` does (the
    terminal given back), status 128 + the signal. Left to Python's defaults they ended
    it at once in the alternate screen, the mouse still reported (SIGINT: status 0)."""
    real_run = CheckTerminalApp.run
    arrived: list[int] = []

    async def signal_it(pilot: Pilot[object]) -> None:
        await pilot.pause()
        os.kill(os.getpid(), signum)
        await pilot.pause(0.5)
        if arrived:  # unwatched (still running): ended as `q` would, status 0
            pilot.app.exit()

    def run_headless(self: CheckTerminalApp, **_: object) -> None:
        real_run(self, headless=True, size=(80, 24), auto_pilot=signal_it)

    monkeypatch.setattr(CheckTerminalApp, "run", run_headless)
    monkeypatch.setattr(cli, "terminal_missing", lambda language: None)  # (headless: none)
    # Unwatched, the signal would end the test's own process: it is only noted.
    before = signal.signal(signum, lambda number, frame: arrived.append(number))
    try:
        code = cli.main(["check-terminal"])
    finally:
        signal.signal(signum, before)
    assert code == 128 + signum and not arrived
