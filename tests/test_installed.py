"""The package as a user gets it: a built wheel in a fresh venv, and a real terminal."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import unicodedata
import venv
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

ROOT = Path(__file__).parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel and install it (not editable) in a new virtual environment."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(work / "dist"), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = (work / "dist").glob("scaletui-*.whl")
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    return env_dir / "bin"


def test_wheel_carries_the_story_and_prints_from_elsewhere(
    installed_wheel: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [str(installed_wheel / "scaletui"), "print", "--width", "60"],
        cwd=tmp_path,  # far from the source tree
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": ""},
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line]
    assert len(lines) > 40
    assert all(cell_len(line) == 60 for line in lines)
    assert "(Scale AI)" in result.stdout
    check = subprocess.run(
        [str(installed_wheel / "python"), "-c", "import scaletui, sys; print(scaletui.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": ""},  # as above: the venv's own sys.path only
    )
    assert str(ROOT / "tui") not in check.stdout  # the wheel's copy, not the checkout
    # The Arabic catalogue ships compiled: the installed app speaks Arabic.
    arabic = subprocess.run(
        [str(installed_wheel / "scaletui"), "--lang", "ar", "validate"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": ""},
    )
    assert arabic.returncode == 0, arabic.stderr
    assert "سليمة" in arabic.stdout and "الفقرات" in arabic.stdout


def scaletui_command() -> str:
    beside = Path(sys.executable).parent / "scaletui"
    return str(beside) if beside.exists() else shutil.which("scaletui") or "scaletui"


def until_true(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    """Poll until `condition()` holds; False after `timeout` (which only bounds a
    failing test: a busy machine may take many seconds)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_tmux_headline_reads_from_the_right_edge(tmp_path: Path) -> None:
    # A private tmux server (its own socket, no config file): its environment is this
    # test's, never a tmux server the person running the suite already has.
    tmux = ["tmux", "-S", str(tmp_path / "tmux.sock"), "-f", "/dev/null"]
    session = "scaletui-test"
    env_args = ["-e", f"HOME={tmp_path}", "-e", "TERM=xterm-256color"]
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", session, "-x", "120", "-y", "40", *env_args,
         scaletui_command()],
        check=True,
    )  # fmt: skip

    def capture() -> str:
        return subprocess.run(
            [*tmux, "capture-pane", "-p", "-t", session], capture_output=True, text=True,
            check=True,
        ).stdout  # fmt: skip

    try:
        until_true(lambda: "Article" in capture() and "Timeline" in capture())
        screen = capture()
        lines = screen.splitlines()
        assert len(lines) >= 38, screen
        # The article pane is the left box; its first text row is under its top border.
        top = next(i for i, line in enumerate(lines) if "Article" in line)
        pane_right = max(lines[top].find("╮"), lines[top].find("╗"))  # focused: double
        assert pane_right > 0, lines[top]
        row = lines[top + 1][: pane_right + 1]
        assert row[0] in "│║" and row[-1] in "│║"
        # Without the scroll indicator (the last column) and the reading-cursor mark.
        inner = row[1:-2].replace("▐", " ").rstrip()
        words = inner.split()
        # Visual order: the headline's first words are the rightmost ones.
        assert unicodedata.normalize("NFKC", words[-1][::-1]) == "هل"
        assert unicodedata.normalize("NFKC", words[-2][::-1]) == "تنجح"
        assert unicodedata.normalize("NFKC", words[-3][::-1]) == "شراكة"
        assert len(row[1:-2]) - len(inner) <= 4  # right-aligned against the pane's edge
        subprocess.run([*tmux, "send-keys", "-t", session, "q"], check=True)
        gone = until_true(
            lambda: subprocess.run([*tmux, "has-session", "-t", session],
                                   capture_output=True).returncode != 0
        )  # fmt: skip
        assert gone, "scaletui did not quit on q"
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
