"""An app started with SCALETUI_QUIT_GRACE (as `scaletui serve` starts each) ends
itself when it has not ended that long after a quit, even with its event loop held;
without the variable nothing is armed. No figure here depends on the machine's
speed: the grace is a lower bound, and the outcome is checked within a generous
deadline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from scaletui.quit_watchdog import EXIT_QUIT_TIMEOUT, QUIT_GRACE_ENV, QuitWatchdog, quit_grace

STARTS_WITHIN = 120.0
ENDS_WITHIN = 60.0

# The app under Textual's web driver (as textual-serve runs it), held after the quit:
# its event loop never returns from on_unmount.
HELD_AFTER_QUIT = """
import time
from scaletui.app import ScaleTUIApp
from scaletui.story import load_story
from scaletui.story.packs import resolve_pack

def held(app) -> None:
    while True:
        time.sleep(0.05)

ScaleTUIApp.on_unmount = held
ScaleTUIApp(load_story(resolve_pack(None))).run()
"""


def quit_packet() -> bytes:
    payload = json.dumps({"type": "quit"}).encode()
    return b"M" + len(payload).to_bytes(4, "big") + payload


def test_the_grace_comes_from_the_environment_or_there_is_none() -> None:
    assert quit_grace({QUIT_GRACE_ENV: "5"}) == 5.0
    assert quit_grace({QUIT_GRACE_ENV: "0.5"}) == 0.5
    for unarmed in ({}, {QUIT_GRACE_ENV: ""}, {QUIT_GRACE_ENV: "0"}, {QUIT_GRACE_ENV: "-1"},
                    {QUIT_GRACE_ENV: "soon"}):  # fmt: skip
        assert quit_grace(unarmed) is None


def test_an_armed_watchdog_expires_once_and_an_unarmed_one_never() -> None:
    expired = threading.Event()
    calls: list[int] = []

    def expire() -> None:
        calls.append(1)
        expired.set()

    QuitWatchdog(None, expire).arm()
    watchdog = QuitWatchdog(0.01, expire)
    watchdog.arm()
    watchdog.arm()  # (a second quit does not start a second count)
    assert expired.wait(ENDS_WITHIN)
    assert calls == [1]


async def test_the_app_arms_its_watchdog_on_quit_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from scaletui.app import ScaleTUIApp
    from scaletui.story import load_story
    from scaletui.story.packs import resolve_pack

    story = load_story(resolve_pack(None))
    plain = ScaleTUIApp(story)
    assert plain.quit_watchdog.grace is None
    monkeypatch.setenv(QUIT_GRACE_ENV, "600")
    app = ScaleTUIApp(story)
    assert app.quit_watchdog.grace == 600.0
    # (one that, should this process outlive it, ends nothing)
    app.quit_watchdog = QuitWatchdog(app.quit_watchdog.grace, expire=lambda: None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.quit_watchdog.armed
        await pilot.press("q")
        await pilot.pause()
    assert app.quit_watchdog.armed


def test_an_app_held_after_quit_is_ended_by_its_watchdog(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SCALETUI_")}
    environment.update(
        TEXTUAL_DRIVER="textual.drivers.web_driver:WebDriver", TERM_PROGRAM="textual",
        COLUMNS="80", ROWS="24", SCALETUI_DATA_DIR=str(tmp_path / "data"),
        SCALETUI_CACHE_DIR=str(tmp_path / "cache"), SCALETUI_CONFIG_DIR=str(tmp_path / "config"),
        **{QUIT_GRACE_ENV: "0.5"},
    )  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HELD_AFTER_QUIT)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    started = threading.Event()

    def drain() -> None:
        process.stdout.readline()  # type: ignore[union-attr]  # textual-serve's prelude
        started.set()
        while process.stdout.read(65536):  # type: ignore[union-attr]
            pass

    threading.Thread(target=drain, daemon=True).start()
    try:
        assert started.wait(STARTS_WITHIN)
        process.stdin.write(quit_packet())
        process.stdin.flush()
        status = process.wait(ENDS_WITHIN)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    stderr = process.stderr.read().decode() if process.stderr else ""
    assert status == EXIT_QUIT_TIMEOUT, stderr
    assert "ended by its watchdog" in stderr
