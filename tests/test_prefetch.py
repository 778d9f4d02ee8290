"""The first launch's helper process (prefetch.py): what it leaves in the caches is
what the app would have made itself, the app reads it, and nothing the helper does
(fail, hang, not start) changes what the reader gets."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import scaletui.prefetch as prefetch_module
from scaletui.cli import CliError, build_app_parser, create_app
from scaletui.explore.rows import OPENING_PANEL, panel_items
from scaletui.i18n import ENGLISH, load_language
from scaletui.layout import LayoutEngine
from scaletui.layout.cache import cache_file, read_prepared
from scaletui.prefetch import Prefetch, prefetch
from scaletui.story import load_story, resolve_pack
from scaletui.story.cache import cached_story
from scaletui.story.model import Story
from scaletui.user_dirs import default_cache_dir

HELPER = [sys.executable, "-c", "from scaletui.prefetch import main; main()"]


def decoded(cache: Path, story_id: str) -> dict[tuple[str, str, str], object]:
    path = cache_file(cache, story_id)
    assert path is not None
    return {key: seed() for key, seed in read_prepared(path).items()}


def test_the_caches_hold_what_the_app_would_make(tmp_path: Path, story: Story) -> None:
    pack = resolve_pack(None)
    prefetch(pack, tmp_path, ENGLISH)
    assert cached_story(pack, tmp_path) == load_story(pack)
    prepared = decoded(tmp_path, story.id)
    fresh = LayoutEngine()
    items = [item.arabic for item in panel_items(story, OPENING_PANEL, ENGLISH) if item.arabic]
    expected = [p.text for p in story.paragraphs[:4]] + items[:4]
    for text in expected:
        # The keys the article and the panel ask for; the clusters the engine makes.
        assert prepared[text, "auto", "rtl"] == fresh.prepare(text), text


def test_the_helper_process_speaks_the_readers_language(tmp_path: Path, story: Story) -> None:
    pack = resolve_pack(None)
    result = subprocess.run(
        [*HELPER, str(pack), str(tmp_path), "ar", "arabic", "1"], timeout=60, check=False
    )
    assert result.returncode == 0
    assert cached_story(pack, tmp_path) is not None
    arabic = load_language("ar", "arabic", hijri=True)
    first_item, english_item = (
        next(item.arabic for item in panel_items(story, OPENING_PANEL, language) if item.arabic)
        for language in (arabic, ENGLISH)
    )
    assert first_item != english_item  # its date's digits differ
    assert (first_item, "auto", "rtl") in decoded(tmp_path, story.id)


def test_a_helper_that_fails_leaves_no_cache(tmp_path: Path) -> None:
    pack = tmp_path / "broken"
    pack.mkdir()
    (pack / "article.txt").write_text("# عنوان\n\nنص.\n", encoding="utf-8")
    (pack / "story.toml").write_text("schema = 1\n[story\n", encoding="utf-8")
    cache = tmp_path / "cache"
    result = subprocess.run(
        [*HELPER, str(pack), str(cache), "en", "latin", "0"],
        capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stdout, result.stderr) == (1, b"", b"")
    assert not cache.exists()


def test_a_helper_still_running_at_the_end_is_stopped() -> None:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    started = time.monotonic()
    Prefetch(process).close()
    assert time.monotonic() - started < 10
    assert process.returncode is not None  # stopped and reaped


async def test_the_app_does_not_wait_for_an_unfinished_helper(
    tmp_path: Path, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    stuck: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def never_done(command: list[str], **options: object) -> subprocess.Popen[bytes]:
        stuck.append(real_popen([sys.executable, "-c", "import time; time.sleep(60)"]))
        return stuck[-1]

    monkeypatch.setattr(prefetch_module, "_processors", lambda: 2)
    monkeypatch.setattr(prefetch_module.subprocess, "Popen", never_done)
    args = build_app_parser().parse_args(["--data-dir", str(tmp_path / "data")])
    started = time.monotonic()
    app = create_app(args)
    assert time.monotonic() - started < 5  # it loaded the story itself, not waiting
    assert app.story == story and len(stuck) == 1
    assert stuck[0].poll() is None  # left running...
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert stuck[0].returncode is not None  # ...and stopped when the app ended


@pytest.fixture
def helpers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[list[str]]]:
    """Helpers started (as if on two processors), each run to its end."""
    started: list[list[str]] = []
    processes: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def popen(command: list[str], **options: object) -> subprocess.Popen[bytes]:
        started.append(command)
        processes.append(real_popen(command, **options))  # type: ignore[call-overload]
        return processes[-1]

    monkeypatch.setattr(prefetch_module, "_processors", lambda: 2)
    monkeypatch.setattr(prefetch_module.subprocess, "Popen", popen)
    yield started
    for process in processes:
        process.wait(60)


def test_a_first_launch_starts_a_helper_and_a_repeat_none(
    tmp_path: Path, story: Story, helpers: list[list[str]]
) -> None:
    args = build_app_parser().parse_args(["--data-dir", str(tmp_path / "data")])
    first = create_app(args)
    assert len(helpers) == 1
    assert first.story == story
    pack = resolve_pack(None)
    assert cached_story(pack, default_cache_dir()) == story  # by the helper or the app
    repeat = create_app(args)
    assert len(helpers) == 1
    assert repeat.story == story


def test_a_bad_pack_is_reported_by_the_app_as_before(
    tmp_path: Path, helpers: list[list[str]]
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(resolve_pack(None), pack)
    toml = pack / "story.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n[oops\n", encoding="utf-8")
    args = build_app_parser().parse_args(["--data-dir", str(tmp_path / "data"), str(pack)])
    with pytest.raises(CliError) as raised:
        create_app(args)
    assert len(helpers) == 1  # it ran, failed quietly, and the app said what is wrong
    assert str(raised.value).startswith(f"{pack}/story.toml: ")
    assert "Traceback" not in str(raised.value)


def test_no_helper_on_one_processor(
    tmp_path: Path, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prefetch_module, "_processors", lambda: 1)
    monkeypatch.setattr(prefetch_module.subprocess, "Popen", None)  # would fail if called
    args = build_app_parser().parse_args(["--data-dir", str(tmp_path / "data")])
    assert create_app(args).story == story


def test_no_helper_in_a_frozen_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefetch_module, "_processors", lambda: 2)
    monkeypatch.setattr(prefetch_module.sys, "frozen", True, raising=False)
    monkeypatch.setattr(prefetch_module.subprocess, "Popen", None)  # would fail if called
    assert prefetch_module.start_prefetch(resolve_pack(None), tmp_path, ENGLISH) is None


def test_a_helper_that_cannot_start_changes_nothing(
    tmp_path: Path, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot(*args: object, **options: object) -> None:
        raise OSError("fork: Resource temporarily unavailable")

    monkeypatch.setattr(prefetch_module, "_processors", lambda: 2)
    monkeypatch.setattr(prefetch_module.subprocess, "Popen", cannot)
    args = build_app_parser().parse_args(["--data-dir", str(tmp_path / "data")])
    assert create_app(args).story == story
