"""Shared fixtures: every test runs with its own user directories."""

from __future__ import annotations

from pathlib import Path

import pytest


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


@pytest.fixture(scope="session")
def bundled_story():  # type: ignore[no-untyped-def]
    """The bundled Scale AI / Meta pack, loaded once (stories are immutable)."""
    from scaletui.story import load_story, resolve_pack

    return load_story(resolve_pack("scale-ai-meta"))
