"""Shared fixtures: every test runs with its own user directories; the bundled story; a notes store."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from scaletui.notes import NoteStore
from scaletui.story import load_story, resolve_pack
from scaletui.story.model import Story


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test reads or writes the real user's data, config or cache."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
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


async def until(
    pilot: Pilot[object], condition: Callable[[], object], timeout: float = 10.0
) -> None:
    """Pause until `condition()` holds (a loaded machine may take longer than a fixed pause)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"not true after {timeout} s: {condition}")
        await pilot.pause(0.05)
