"""`scaletui serve` without a browser: the token guards the page and the websocket (a
refused websocket starts no app), the bidi handshake never reaches xterm.js, a
closed connection ends its app, the server gives up on an app that never reads `quit`, and
50 start-and-quit cycles of the app under textual-serve's driver all end by themselves.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest

aiohttp = pytest.importorskip("aiohttp", reason="the serve extra is not installed")
pytest.importorskip("textual_serve", reason="the serve extra is not installed")

from scaletui.quit_watchdog import QUIT_GRACE_ENV  # noqa: E402
from scaletui.serve.server import Sessions, app_command  # noqa: E402
from scaletui.terminal.handshake import MLTERM_CTL_OFF  # noqa: E402

# Generous deadlines: nothing here assumes how fast a busy machine is.
STARTS_WITHIN = 120.0
ENDS_WITHIN = 60.0
# The bidi handshake's requests (terminal-wg explicit mode, mlterm's, tmux's wrapper).
HANDSHAKE_PARTS = ("\x1b[?77096h", "\x1b[8l", "\x1b[1 k", MLTERM_CTL_OFF, "\x1bPtmux;")


def children(pid: int) -> set[int]:
    """The processes `pid` started that are still there."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        with open(task / "children") as listed:
            found.update(int(child) for child in listed.read().split())
    return found


def until(condition: Callable[[], bool], within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within} s: {what}")
        time.sleep(0.1)


class Served:
    """`scaletui serve --port 0` running, and the URL it printed."""

    def __init__(self, data_dir: Path, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "scaletui", "serve", "--port", "0",
             "--data-dir", str(data_dir), *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.append(self.process.stdout.readline()))  # type: ignore[union-attr]
        reader.start()
        reader.join(STARTS_WITHIN)
        assert lines and " at http://" in lines[0], (lines, self.process.poll())
        self.url = lines[0].split(" at ")[1].split()[0]
        parts = urlsplit(self.url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.token = parts.query.removeprefix("token=")

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(ENDS_WITHIN)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    server = Served(tmp_path / "data")
    try:
        yield server
    finally:
        server.stop()


async def status(url: str) -> int:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status


@pytest.mark.slow
async def test_without_the_token_the_page_and_the_websocket_answer_403(served: Served) -> None:
    assert await status(served.url) == 200
    for query in ("", "?token=", "?token=wrong", f"?token={served.token[:-1]}"):
        assert await status(f"{served.origin}/{query}") == 403
        async with aiohttp.ClientSession() as session:
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(f"{served.origin}/ws{query}")
            assert refused.value.status == 403
    assert children(served.process.pid) == set()  # no app was started
    assert await status(f"{served.origin}/static/fonts/DejaVuSansMono.ttf") == 200


@pytest.mark.slow
async def test_the_handshake_never_reaches_the_browser_and_a_closed_page_ends_its_app(
    served: Served,
) -> None:
    url = f"{served.origin}/ws?token={served.token}&width=120&height=40"
    received = b""
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as socket:
        await socket.send_str(json.dumps(["resize", {"width": 120, "height": 40}]))
        deadline = time.monotonic() + STARTS_WITHIN
        while b"Timeline" not in received:  # the first frame, panels and all
            assert time.monotonic() < deadline, received[-500:]
            message = await socket.receive(timeout=STARTS_WITHIN)
            if message.type == aiohttp.WSMsgType.BINARY:
                received += message.data
        assert len(children(served.process.pid)) == 1
    text = received.decode("utf-8", "replace")
    for part in HANDSHAKE_PARTS:
        assert part not in text
    until(lambda: not children(served.process.pid), ENDS_WITHIN, "the app to end")


async def test_the_server_gives_up_on_an_app_that_never_reads_quit(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An app that never reads `quit` cannot end itself: the server says so after its
    wait and goes on (the app's own watchdog, tests/test_quit_watchdog.py, ends any
    scaletui that reads it). The stand-in ends by itself ten times later."""
    from textual_serve.app_service import AppService

    async def nothing(*_: object) -> None:
        pass

    sessions = Sessions("exec sleep 5", stop_wait=0.5)  # never reads `quit`
    service = AppService(
        sessions.command, write_bytes=nothing, write_str=nothing, close=nothing,
        download_manager=sessions.downloads,
    )  # fmt: skip
    await service.start(80, 24)
    await asyncio.wait_for(sessions.end(service), ENDS_WITHIN)
    assert "did not end within 0.5 s of quit" in caplog.text
    await asyncio.wait_for(service.stop(), ENDS_WITHIN)  # (the stand-in's own end)


def test_the_app_command_runs_this_python_in_place_of_the_shell() -> None:
    command = app_command(["--bidi", "app", "my story"])
    assert command.startswith(f"{QUIT_GRACE_ENV}=5 exec ")  # its watchdog armed
    assert sys.executable in command and "'my story'" in command


# -- start and quit, as textual-serve does when a browser goes during start-up ----------

# Each of the eight moments of quitting below, twice by default; SCALETUI_SERVE_CYCLES
# asks for more (a soak).
CYCLES = int(os.environ.get("SCALETUI_SERVE_CYCLES", "16"))
MAX_RSS_KB = 100 * 1024


def packet(meta: dict[str, object]) -> bytes:
    payload = json.dumps(meta).encode()
    return b"M" + len(payload).to_bytes(4, "big") + payload


def start_and_quit(index: int, data_dir: Path) -> tuple[bool, int]:
    """One app under the web driver, sent what textual-serve sends when a browser
    goes during start-up: two sizes and `quit`, a little after the app's first
    bytes (a different moment each cycle). Whether it ended by itself within the
    deadline, and its peak memory (KB)."""
    environment = dict(
        os.environ, TEXTUAL_DRIVER="textual.drivers.web_driver:WebDriver",
        TEXTUAL_FPS="60", TEXTUAL_COLOR_SYSTEM="truecolor", TERM_PROGRAM="textual",
        COLUMNS="80", ROWS="24",
    )  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "scaletui", "--bidi", "app", "--data-dir", str(data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        env=environment,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    first = threading.Event()

    def drain(stdout: object = process.stdout) -> None:
        process.stdout.readline()  # type: ignore[union-attr]
        first.set()
        while process.stdout.read(65536):  # type: ignore[union-attr]
            pass

    threading.Thread(target=drain, daemon=True).start()
    first.wait(STARTS_WITHIN)
    time.sleep((index % 8) * 0.04)  # (not a timing assumption: any moment must work)
    try:
        metas: list[dict[str, object]] = [
            {"type": "resize", "width": 155, "height": 36},
            {"type": "resize", "width": 155, "height": 40},
            {"type": "quit"},
        ]
        for meta in metas:
            process.stdin.write(packet(meta))
        process.stdin.flush()
    except BrokenPipeError:
        pass
    deadline = time.monotonic() + ENDS_WITHIN
    peak = 0
    try:
        while process.poll() is None:
            peak = max(peak, peak_rss(process.pid))
            if time.monotonic() > deadline:
                process.kill()
                process.wait()
                return False, peak
            time.sleep(0.05)
        return True, peak
    finally:
        process.stdin.close()


def peak_rss(pid: int) -> int:
    """The process's peak resident memory so far, in KB (VmHWM: since its exec, so not
    the forking test process's size, which wait4's ru_maxrss counts), 0 once gone."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


@pytest.mark.slow
def test_every_start_and_quit_ends_by_itself(tmp_path: Path) -> None:
    # Two at a time (two processors); each cycle waits on its own app only.
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(
            pool.map(lambda index: start_and_quit(index, tmp_path / "data"), range(CYCLES))
        )
    stuck = [index for index, (ended, _) in enumerate(results) if not ended]
    assert stuck == [], f"{len(stuck)} of {CYCLES} never ended"
    largest = max(rss for _, rss in results)
    assert largest < MAX_RSS_KB, f"an app reached {largest // 1024} MB"
