"""Files scaletui keeps for itself (caches, its config, reading places, rescued notes)
with a FIFO, a device or a directory where the file should be: each reader goes on
as if there were no file (or says so in one line), and none waits for a writer."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest

from scaletui.cli import main
from scaletui.layout.cache import read_prepared
from scaletui.notes.model import Anchor, RescuedNote
from scaletui.notes.positions import PositionMemory
from scaletui.notes.store import RECOVERY_NAME, append_recovery, read_recovery
from scaletui.story import Story, resolve_pack
from scaletui.story.cache import load_story_cached
from scaletui.terminal.config import ConfigError, read_bidi_choice
from scaletui.user_dirs import read_regular_file

T = TypeVar("T")

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def within(seconds: float, work: Callable[[], T]) -> T:
    """What `work` returns, failing the test if it has not returned by then: a read
    that waits on a FIFO never returns, so the bound is generous (a busy machine)."""
    result: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as error:  # noqa: BLE001 (handed to the test)
            errors.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "still waiting on a FIFO"
    if errors:
        raise errors[0]
    return result[0]


@pytest.fixture(params=["fifo", "directory", "device"])
def odd_file(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if request.param == "fifo":
            os.mkfifo(path)
        elif request.param == "directory":
            path.mkdir()
        else:
            path.symlink_to("/dev/zero")  # endless: read whole, it would never end

    return make


def test_a_kept_file_is_read_only_when_it_is_a_regular_file(tmp_path: Path, odd_file) -> None:
    regular = tmp_path / "regular"
    regular.write_bytes(b"kept")
    assert read_regular_file(regular) == b"kept"
    odd = tmp_path / "odd"
    odd_file(odd)
    with pytest.raises(OSError):
        within(60, lambda: read_regular_file(odd))
    with pytest.raises(OSError):
        read_regular_file(regular, limit=3)


def test_caches_in_the_way_are_no_cache(tmp_path: Path, odd_file, story: Story) -> None:
    layout = tmp_path / "layout.bin"
    odd_file(layout)
    assert within(60, lambda: read_prepared(layout)) == {}
    pack = resolve_pack(story.id)
    odd_file(tmp_path / "cache" / "stories" / f"{pack.name}.bin")
    loaded = within(60, lambda: load_story_cached(pack, tmp_path / "cache"))
    assert loaded.id == story.id  # loaded from the pack itself


def test_reading_places_and_rescued_notes_in_the_way_are_none(tmp_path: Path, odd_file) -> None:
    memory = PositionMemory(tmp_path)
    odd_file(memory.path)
    assert within(60, lambda: memory.get("scale-ai-meta")) is None
    odd_file(tmp_path / RECOVERY_NAME)
    assert within(60, lambda: read_recovery(tmp_path)) == []


def test_a_rescued_note_is_never_written_into_a_fifo_or_device(
    tmp_path: Path, odd_file, isolated_user_dirs: Path
) -> None:
    # Appending to a FIFO with no reader waited forever: the app hung when it rescued
    # an open note on SIGTERM. It goes to the home directory's file instead.
    data = tmp_path / "data"
    odd_file(data / RECOVERY_NAME)
    note = RescuedNote("s", Anchor("paragraph", paragraph=1), "لا تضيع", ("t",),
                       datetime(2026, 1, 2, tzinfo=UTC))  # fmt: skip
    assert within(60, lambda: append_recovery(data, note)) == isolated_user_dirs / RECOVERY_NAME
    assert read_recovery(isolated_user_dirs) == [note]


def test_a_draft_written_over_a_fifo_or_device_replaces_it(
    tmp_path: Path, odd_file, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pack"
    odd_file(out / "article.txt")
    seed = resolve_pack("scale-ai-meta") / "article.txt"
    code = within(120, lambda: main(["draft", str(seed), "-o", str(out), "--force"]))
    if (out / "article.txt").is_dir():  # a directory is not removed: one line says so
        assert code == 1
        assert capsys.readouterr().err.count("\n") == 1
    else:
        assert code == 0 and (out / "article.txt").is_file()
        assert not (out / "article.txt").is_symlink()
        assert main(["validate", str(out)]) == 0


def test_a_config_in_the_way_is_said_in_one_line(tmp_path: Path, odd_file) -> None:
    config = tmp_path / "config.json"
    odd_file(config)
    with pytest.raises(ConfigError) as raised:
        within(60, lambda: read_bidi_choice(config, "xterm"))
    assert "\n" not in str(raised.value) and str(config) in str(raised.value)


def test_a_file_that_grows_past_the_limit_while_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if it was 2 bytes when opened, and a writer appended while it was read.
    from scaletui.story.files import FileProblem, read_limited
    from scaletui.user_dirs import RefusedFile

    grown = tmp_path / "grown"
    grown.write_bytes(b"0123456789")
    real_fstat = os.fstat

    def fstat_when_opened(descriptor: int) -> os.stat_result:
        info = real_fstat(descriptor)
        return os.stat_result((*info[:6], 2, *info[7:10]))

    monkeypatch.setattr(os, "fstat", fstat_when_opened)
    with pytest.raises(RefusedFile) as refused:
        read_regular_file(grown, limit=5)
    assert refused.value.grew
    with pytest.raises(FileProblem) as problem:
        read_limited(grown, limit=5)
    assert str(problem.value) == "is more than 5 bytes; scaletui reads at most that"
    assert read_regular_file(grown, limit=10) == b"0123456789"
