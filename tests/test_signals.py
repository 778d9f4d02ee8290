"""SIGTERM and SIGHUP with the note editor open: the typed text is kept, the
terminal is restored, and the exit status says a signal ended the app.
An unhandled error exits non-zero and keeps the text too."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.app import App

from pty_terminal import PtyTerminal, scaletui_argv
from scaletui import cli
from scaletui.app import ScaleTUIApp
from scaletui.widgets.bidi_text_area import BidiTextArea
from test_e2e_tmux import ALT_SCREEN_OFF, ALT_SCREEN_ON, Terminal  # the same harness

MOUSE_OFF = "\x1b[?1000l"
TYPED = "نص لم يحفظ بعد"


def rescued(data_dir: Path) -> list[dict[str, object]]:
    path = data_dir / "unsaved-notes.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_with_the_editor_open_keeps_the_text(tmp_path: Path, signum: int) -> None:
    data_dir = tmp_path / "data"
    terminal = Terminal(tmp_path, "--data-dir", str(data_dir))
    try:
        terminal.wait_for(lambda lines: any("Article" in line for line in lines), "the article")
        terminal.keys("n")
        terminal.wait_for(lambda lines: any("New note on" in line for line in lines), "the editor")
        terminal.type(TYPED)
        # On screen, so the app has it (shown shaped, in visual order: read back).
        terminal.wait_for(
            lambda lines: any(TYPED in unicodedata.normalize("NFKC", line[::-1]) for line in lines),
            "the typed text in the editor",
        )
        # The app's own process only (`script`, which logs, has the command in its line too).
        pattern = f"python[0-9.]* .*scaletui --data-dir {data_dir}"
        subprocess.run(["pkill", f"-{signum}", "-f", pattern], check=True)
        terminal.wait_until_gone()
        log = terminal.log()
    finally:
        terminal.close()
    assert [note["body"] for note in rescued(data_dir)] == [TYPED]
    assert log.rfind(ALT_SCREEN_OFF) > log.rfind(ALT_SCREEN_ON)  # back on the main screen
    assert log.rfind(MOUSE_OFF) > log.rfind("\x1b[?1000h")  # mouse reporting off


@pytest.mark.slow
def test_the_terminal_window_closing_keeps_the_text_and_exits_129(tmp_path: Path) -> None:
    """The terminal's window closed with a note being written: SIGHUP, and every write
    after it fails (EIO), the bidi mode's restore included; the status still says SIGHUP."""
    data_dir = tmp_path / "data"
    argv = scaletui_argv("--data-dir", str(data_dir))
    with PtyTerminal(argv, 100, 30, cwd=tmp_path, controlling=True) as terminal:
        terminal.wait_for(lambda rows: any("Article" in row for row in rows), what="the article")
        terminal.new_note(TYPED)
        terminal.hang_up()
        status = terminal.wait_exit()
    assert status == 128 + signal.SIGHUP, terminal.tail()
    assert [note["body"] for note in rescued(data_dir)] == [TYPED]


def run_cli_with_the_editor_open(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, then: Callable[[App[None]], object]
) -> int:
    """`scaletui` as the CLI runs it (headless): a note typed into the editor, then
    `then(app)` (a crash, a signal); the exit status."""
    real_run = ScaleTUIApp.run

    async def type_then(pilot) -> None:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        pilot.app.screen.query_one(BidiTextArea).insert(TYPED)
        then(pilot.app)
        await pilot.pause(0.5)

    def run_headless(self: ScaleTUIApp, **_: object) -> None:
        real_run(self, headless=True, size=(100, 30), auto_pilot=type_then)

    monkeypatch.setattr(ScaleTUIApp, "run", run_headless)
    monkeypatch.setattr(cli, "terminal_missing", lambda language: None)  # (headless: none)
    return cli.main(["--data-dir", str(data_dir)])


def test_an_unhandled_error_exits_non_zero_and_keeps_the_editor_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail() -> None:
        raise RuntimeError("a bug")

    assert (
        run_cli_with_the_editor_open(monkeypatch, tmp_path, lambda app: app.call_later(fail)) == 1
    )
    assert [note["body"] for note in rescued(tmp_path)] == [TYPED]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGINT])
def test_a_signal_quits_like_ctrl_q_with_the_signals_exit_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    # As `kill` or a closing terminal sends it. SIGQUIT lost the text and left the
    # terminal raw; an outside SIGINT exited 0.
    code = run_cli_with_the_editor_open(
        monkeypatch, tmp_path, lambda app: os.kill(os.getpid(), signum)
    )
    assert code == 128 + signum
    assert [note["body"] for note in rescued(tmp_path)] == [TYPED]
