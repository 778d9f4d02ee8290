"""End to end: the installed `scaletui` in a real terminal (tmux), driven by keys.

tmux gives the app a 120x40 pty and lets us read the screen (`capture-pane`).
util-linux `script` sits between tmux and the app and logs every raw byte the app
writes, so we can check the BiDi handshake reached the terminal in the right place.

Each test runs its own tmux server (`tmux -S <private socket>`, no config file), so
it never touches anyone's tmux sessions, and kills that server when done.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from scaletui.terminal import ENTER_EXPLICIT, LEAVE_EXPLICIT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(shutil.which("script") is None, reason="util-linux script is not installed"),
]

WIDTH, HEIGHT = 120, 40
ALT_SCREEN_ON = "\x1b[?1049h"
ALT_SCREEN_OFF = "\x1b[?1049l"


def scaletui_command() -> str:
    """The console script beside this interpreter (the dev venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "scaletui"
    return str(beside) if beside.exists() else shutil.which("scaletui") or "scaletui"


class Terminal:
    """One scaletui run under `script`, inside a private tmux server."""

    def __init__(self, tmp_path: Path, *args: str) -> None:
        tag = uuid.uuid4().hex[:10]
        # A short private directory for the server's socket (socket paths are short).
        self.socket_dir = Path(tempfile.mkdtemp(prefix="scaletui-e2e-"))
        self.socket = str(self.socket_dir / "tmux")
        # As the README asks: tmux forwards scaletui's wrapped BiDi requests (else the
        # app says how to turn this on, in a notification over the status line).
        self.config = self.socket_dir / "tmux.conf"
        self.config.write_text("set -g allow-passthrough on\n")
        self.session = f"scaletui-{tag}"
        self.typescript = tmp_path / "typescript"
        self.env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE")}
        self.env["HOME"] = os.environ.get("HOME", str(tmp_path))  # conftest's private home
        command = shlex.join([scaletui_command(), *args])
        env_args: list[str] = []
        for name, value in (
            ("HOME", self.env["HOME"]),
            ("TERM", "xterm-256color"),
            ("SCALETUI_BIDI", ""),  # only the command line chooses the mode
            *((v, os.environ[v]) for v in ("XDG_DATA_HOME", "XDG_CONFIG_HOME",
                                            "XDG_CACHE_HOME", "XDG_STATE_HOME")
              if v in os.environ),
        ):  # fmt: skip
            env_args += ["-e", f"{name}={value}"]
        try:
            self.tmux(
                "new-session", "-d", "-s", self.session, "-x", str(WIDTH), "-y", str(HEIGHT),
                *env_args,
                "script", "-q", "-f", "-e", "-c", command, str(self.typescript),
            )  # fmt: skip
        except BaseException:
            self.close()
            raise

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-S", self.socket, "-f", str(self.config), *args],
            capture_output=True,
            text=True,
            check=check,
            env=self.env,
            timeout=60,
        )

    def capture(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session).stdout

    def lines(self) -> list[str]:
        return self.capture().splitlines()

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.session, *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.session, "-l", text)

    def wait_for(
        self, check: Callable[[list[str]], bool], what: str, timeout: float = 60.0
    ) -> list[str]:
        """Poll the screen until check(lines) holds; fail showing the last screen. (The
        timeout only bounds a failing test: a busy machine may take many seconds.)"""
        deadline = time.monotonic() + timeout
        lines: list[str] = []
        while True:
            lines = self.lines()
            try:
                if check(lines):
                    return lines
            except (IndexError, ValueError, StopIteration):
                pass  # the screen is half drawn
            if time.monotonic() > deadline:
                pytest.fail(f"timed out waiting for {what}; screen:\n" + "\n".join(lines))
            time.sleep(0.1)

    def alive(self) -> bool:
        return self.tmux("has-session", "-t", self.session, check=False).returncode == 0

    def wait_until_gone(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while self.alive():
            if time.monotonic() > deadline:
                pytest.fail("scaletui did not quit on q; screen:\n" + self.capture())
            time.sleep(0.1)

    def log(self, timeout: float = 30.0) -> str:
        """The raw bytes the app wrote, once `script` has written its trailer."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.typescript.read_bytes().decode("utf-8", errors="replace")
            if "Script done" in text or time.monotonic() > deadline:
                return text
            time.sleep(0.1)

    def close(self) -> None:
        """Stop the server and what it ran. A test that fails leaves the app running:
        killing tmux left `script` and the app under it alive (for hours), so they are
        ended by their process ids."""
        try:
            pane = self.tmux("display", "-p", "-t", self.session, "#{pane_pid}", check=False)
            self.tmux("kill-server", check=False)
            if pane.stdout.strip().isdigit():
                for pid in reversed(process_tree(int(pane.stdout))):
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
        finally:
            shutil.rmtree(self.socket_dir, ignore_errors=True)


def process_tree(pid: int) -> list[int]:
    """`pid` and its descendants, parents first (Linux's /proc; [] once it is gone)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [pid, *(child for c in children for child in process_tree(int(c)))]


# -- reading the screen ------------------------------------------------------------------


def article_top(lines: list[str]) -> int:
    return next(
        i for i, line in enumerate(lines) if "Article" in line and line.startswith(("╭", "╔"))
    )


def focused_border(lines: list[str]) -> dict[str, str]:
    """'double' or 'single' for the article box and the sidebar's panel box.

    The article is the left box: its top-left corner is column 0 of the row with its
    title. The panel box is the first corner drawn right of the article below that row.
    """
    top = article_top(lines)
    corner = lines[top][0]
    article = {"╔": "double", "╭": "single"}[corner]
    panel_top = next(
        i for i in range(top + 1, len(lines)) if "╔" in lines[i][1:] or "╭" in lines[i][1:]
    )
    panel_row = lines[panel_top][1:]
    sidebar = "double" if "╔" in panel_row else "single"
    # Both edges of the panel agree with its corner, one row down.
    right_edge = lines[panel_top + 1].rstrip()[-1]
    assert right_edge == ("║" if sidebar == "double" else "│")
    left_edge = lines[top + 1][0]
    assert left_edge == ("║" if article == "double" else "│")
    return {"article": article, "sidebar": sidebar}


def status_line(lines: list[str]) -> str:
    """The line under the article (left of the sidebar's bottom corner)."""
    for index in range(len(lines) - 1, 0, -1):
        if lines[index - 1].startswith(("╰", "╚")):  # the article's bottom border
            return re.split("[╰╚]", lines[index], maxsplit=1)[0].strip()
    raise ValueError("no status line")


HITS = re.compile(r"(\d+)/(\d+) hits")


def hit_position(lines: list[str]) -> tuple[int, int] | None:
    found = HITS.search(status_line(lines))
    return (int(found[1]), int(found[2])) if found else None


def screen_ready(lines: list[str]) -> bool:
    screen = "\n".join(lines)
    return "Article" in screen and "Timeline" in screen and len(lines) >= HEIGHT - 2


# -- the tests ---------------------------------------------------------------------------------


def test_keyboard_tour_and_bidi_handshake(tmp_path: Path) -> None:
    term = Terminal(tmp_path)
    try:
        start = term.wait_for(screen_ready, "the main screen")
        assert focused_border(start) == {"article": "double", "sidebar": "single"}

        # Tab: the timeline takes the focus (and the double border).
        term.keys("Tab")
        term.wait_for(
            lambda ls: focused_border(ls) == {"article": "single", "sidebar": "double"},
            "the timeline to take the focus",
        )
        # Tab again: key figures; Shift+Tab: back to the timeline.
        term.keys("Tab")
        term.wait_for(
            lambda ls: (
                "Alexandr Wang ·" in "\n".join(ls) and focused_border(ls)["sidebar"] == "double"
            ),
            "the key figures panel",
        )
        term.keys("BTab")
        term.wait_for(
            lambda ls: (
                "Alexandr Wang ·" not in "\n".join(ls)
                and "Facebook buys Instagram" in "\n".join(ls)
                and focused_border(ls)["sidebar"] == "double"
            ),
            "the timeline again after Shift+Tab",
        )
        assert status_line(term.lines()) == ""

        # Down to an event and Enter: the status line tells what the article says of it.
        term.keys("Down", "Down", "Down", "Enter")
        lines = term.wait_for(
            lambda ls: any(
                words in status_line(ls) for words in ("evidence", "Not stated in the article")
            ),
            "the status line to describe the event's evidence",
        )
        assert focused_border(lines)["sidebar"] == "double"  # still in the timeline

        # Search: / opens the bar, type, Enter runs it.
        term.keys("/")
        term.wait_for(
            lambda ls: any(line.lstrip().startswith("Search") for line in ls),
            "the search bar",
        )
        term.type("wang")
        term.wait_for(
            lambda ls: any(line.lstrip().startswith("Search") and "wang" in line for line in ls),
            "the query in the search bar",
        )
        term.keys("Enter")
        # The hits, and the bar closed (it may close a frame after the hits show).
        lines = term.wait_for(
            lambda ls: (
                hit_position(ls) is not None
                and not any(line.lstrip().startswith("Search") for line in ls)
            ),
            "the search hits and the bar closed",
        )
        status = status_line(lines)
        assert "(Alexandr Wang)" in status, status
        assert "“wang”" in status, status
        position, total = hit_position(lines)  # type: ignore[misc]
        assert position == 1 and total >= 2, status

        # n: the next hit.
        term.keys("n")
        lines = term.wait_for(lambda ls: hit_position(ls) == (2, total), "the second hit")
        assert "(Alexandr Wang)" in status_line(lines)

        term.keys("q")
        term.wait_until_gone()
        log = term.log()
    finally:
        term.close()

    # The handshake, as the terminal received it.
    assert log.count(ENTER_EXPLICIT) == 1, log[:400]
    assert log.count(LEAVE_EXPLICIT) == 1, log[-400:]
    enter = log.index(ENTER_EXPLICIT)
    leave = log.index(LEAVE_EXPLICIT)
    # Explicit mode is the very first thing the app sends, before the alternate screen.
    assert log.find("\x1b") == enter, repr(log[: enter + 80])
    assert ALT_SCREEN_ON in log and enter < log.index(ALT_SCREEN_ON)
    # And the very last: after the app leaves the alternate screen, nothing else.
    assert log.rfind(ALT_SCREEN_OFF) < leave, repr(log[-400:])
    assert "\x1b" not in log[leave + len(LEAVE_EXPLICIT) :], repr(log[-400:])
    if "COMMAND_EXIT_CODE=" in log:
        assert 'COMMAND_EXIT_CODE="0"' in log, log[-200:]


def test_bidi_terminal_mode_sends_logical_text_and_no_handshake(tmp_path: Path) -> None:
    term = Terminal(tmp_path, "--bidi", "terminal")
    try:
        # One pane at a time: the article across the screen, no tab strip beside it.
        lines = term.wait_for(
            lambda lines: "Article" in "\n".join(lines) and len(lines) >= HEIGHT - 2,
            "the main screen",
        )
        assert "Timeline" not in "\n".join(lines)
        top = article_top(lines)
        row = lines[top + 1]
        assert row.startswith(("│", "║")), row
        inner = re.split("[│║]", row[1:], maxsplit=1)[0].replace("▐", " ").replace("┃", " ")
        # Logical order, unshaped, in a right-to-left isolate padded before it: the
        # terminal sets the line at the right end of the row.
        assert inner.strip().startswith("\u2067هل تنجح"), inner
        assert inner.strip().endswith("\u2069"), inner
        assert len(inner) - len(inner.rstrip()) <= 3 < len(inner) - len(inner.lstrip()), inner
        term.keys("q")
        term.wait_until_gone()
        log = term.log()
    finally:
        term.close()

    assert ALT_SCREEN_ON in log  # the app did draw through script
    assert ENTER_EXPLICIT not in log
    assert LEAVE_EXPLICIT not in log
    assert "\x1b[8l" not in log and "\x1b[?77096h" not in log
