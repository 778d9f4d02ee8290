"""Shared fixtures: every test runs with its own user directories; the bundled story; a notes store."""

from __future__ import annotations

import asyncio
import gc
import os
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings
from textual.app import App
from textual.command import CommandPalette
from textual.pilot import Pilot

from scaletui.notes import NoteStore
from scaletui.screens.explorer import ExplorerScreen
from scaletui.story import load_story, resolve_pack
from scaletui.story.model import Story
from scaletui.terminal.detect import _SIGNATURES

# Hypothesis times each example (200 ms by default) and the data it draws: on a
# machine busy with other work, either can fail a test that is right. The suite
# takes no deadline and no timing health check, for every property test.
settings.register_profile("no-timing", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("no-timing")

# The suite's own settings (read by tests, not by scaletui): kept when the user's
# SCALETUI_* variables are cleared.
SUITE_SETTINGS = frozenset(
    {"SCALETUI_FUZZ_SEEDS", "SCALETUI_SERVE_CYCLES", "SCALETUI_UPDATE_GOLDEN"}
)
# Variables a terminal (or tmux) sets to name itself: the app would detect the
# terminal the suite runs in and, inside tmux, ask the user's tmux server.
TERMINAL_NAMES = frozenset(
    {variable for _, variable, _ in _SIGNATURES} - {"TERM"} | {"TMUX", "TMUX_PANE"}
)
# The locale's language (the interface's default), arabic-reshaper's own settings,
# and a terminal size (pytest-xdist's workers set COLUMNS=80 LINES=24: an app run in
# a test's tmux took that over the pane's 120x40).
OTHER_INFLUENCES = frozenset(
    {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE",
     "COLUMNS", "LINES"}
)  # fmt: skip
XDG_DIRS = (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
)


def use_home(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """The platform's user directories (platformdirs reads XDG_* and HOME) in `home`."""
    for variable, sub in XDG_DIRS:
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(scope="session", autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The suite runs the same whatever the user exported: no SCALETUI_* setting (a
    data, cache or config directory, a language, digits, a bidi mode), no locale's
    language, no reshaper configuration and no terminal's name reaches a test, and
    the user's directories are a temporary home's from the first fixture on (the
    session's and modules' fixtures included); a test sets what it tests."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        for variable in list(os.environ):
            if variable.startswith("SCALETUI_") and variable not in SUITE_SETTINGS:
                monkeypatch.delenv(variable)
        for variable in TERMINAL_NAMES | OTHER_INFLUENCES:
            monkeypatch.delenv(variable, raising=False)
        monkeypatch.setenv("LANG", "C.UTF-8")
        use_home(monkeypatch, tmp_path_factory.mktemp("session-home"))
        yield


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test has a home of its own: no test sees another's notes, config or cache."""
    home = tmp_path_factory.mktemp("home")
    use_home(monkeypatch, home)
    return home


@pytest.fixture(autouse=True)
def collector_back_on() -> Iterator[None]:
    """create_app turns the collector off until the app's first frame: a test that
    makes an app without running it does not leave it off for the tests after."""
    yield
    gc.enable()


@pytest.fixture(scope="session")
def story() -> Story:
    """The bundled Scale AI story, loaded once (stories are immutable)."""
    return load_story(resolve_pack(None))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A notes data directory that does not exist yet."""
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[NoteStore]:
    """An open notes store in `data_dir`, closed after the test."""
    opened = NoteStore(data_dir)
    yield opened
    opened.close()


async def until(pilot: Pilot[Any], condition: Callable[[], object], timeout: float = 60.0) -> None:
    """Pause until `condition()` holds: a loaded machine may take longer than any fixed
    pause (the timeout only bounds a test that fails)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"not true after {timeout} s: {condition}")
        await pilot.pause(0.05)


async def all_handled(pilot: Pilot[Any]) -> None:
    """Pause until the app has handled every message already sent to it (keys posted
    with no pause between, as a terminal sends a burst), and its screen what those
    sent on. A fixed pause is too short on a busy machine: the keys were then handled
    while the test's app was closing (no screen left: the app died at exit)."""
    handled = asyncio.Event()
    pilot.app.call_later(handled.set)  # queued behind them: handled after them
    await until(pilot, handled.is_set)
    await pilot.pause()


async def palette_searched(pilot: Pilot[Any]) -> None:
    """Pause until the command palette has searched for what was typed into it (it
    searches in a worker, each key cancelling the last search)."""
    await pilot.pause()  # the typed keys' Input.Changed: the search for all of them began

    def searching() -> bool:
        return any(
            worker.group == CommandPalette._GATHER_COMMANDS_GROUP and not worker.is_finished
            for worker in pilot.app.workers
        )

    await until(pilot, lambda: not searching())
    await pilot.pause()


def explorer(app: App[Any]) -> ExplorerScreen:
    """The app's screen, which the test knows is the explorer (and mypy then too)."""
    screen = app.screen
    assert isinstance(screen, ExplorerScreen), screen
    return screen


T = TypeVar("T")


def bytes_held(make: Callable[[], T]) -> tuple[int, T]:
    """The bytes still allocated after calling `make` (what its result holds), and the result."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = make()
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before, result
    finally:
        tracemalloc.stop()
