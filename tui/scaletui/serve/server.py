"""The web server behind `scaletui serve`: our page and statics, and one app process
per websocket, started by textual-serve's AppService only for a request that holds
the token.

Each app is started with SCALETUI_QUIT_GRACE: one that has not ended a few seconds
after `quit` ends itself (quit_watchdog.py): a browser that goes away must never
leave an app running (docs/serve.md).
"""

from __future__ import annotations

import asyncio
import json
import logging
import shlex
import socket
import sys
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from string import Template

from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

from ..quit_watchdog import QUIT_GRACE_ENV
from .access import TOKEN_PARAMETER, token_matches

STATIC = Path(__file__).parent / "static"
PAGE = STATIC / "index.html"
QUIT_GRACE = 5.0  # seconds an app has to end after `quit` before its watchdog ends it
# How long the server waits for an app to end after `quit` (its watchdog included)
# before it gives up on it: an app that never read the `quit` cannot end itself.
STOP_WAIT = 6 * QUIT_GRACE
FORBIDDEN = "403: this page opens only with the link scaletui serve printed (token included)\n"
# What the page may load and connect to: this server only (no fonts from elsewhere).
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "font-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",  # the token stays out of any Referer header
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}

log = logging.getLogger("scaletui.serve")


def app_command(arguments: Sequence[str], quit_grace: float = QUIT_GRACE) -> str:
    """The shell command that starts one app (AppService runs it with `sh -c`):
    `exec`, so that the process AppService holds is the app itself, its quit watchdog
    armed."""
    app = shlex.join([sys.executable, "-m", "scaletui", *arguments])
    return f"{QUIT_GRACE_ENV}={quit_grace:g} exec {app}"


class Sessions:
    """The app processes running now, each ended with its connection."""

    def __init__(self, command: str, stop_wait: float = STOP_WAIT) -> None:
        self.command = command
        self.stop_wait = stop_wait
        self.running: set[AppService] = set()
        self.downloads = DownloadManager()

    async def run(self, websocket: web.WebSocketResponse, width: int, height: int) -> None:
        async def close() -> None:  # (the app said it has exited)
            await websocket.close()

        service = AppService(
            self.command,
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=close,
            download_manager=self.downloads,
        )
        self.running.add(service)
        try:
            await service.start(width, height)
            await relay(websocket, service)
        finally:
            await self.end(service)
            self.running.discard(service)

    async def end(self, service: AppService) -> None:
        """`quit`, and its output read until it ends (by itself, or by its watchdog
        QUIT_GRACE seconds later); after STOP_WAIT, said and left."""
        # Not wait_for: AppService's reader swallows the cancel, and wait_for then
        # returns as if the app had ended. Left, the reader goes on reading its output.
        stopping = asyncio.ensure_future(service.stop())
        done, _ = await asyncio.wait({stopping}, timeout=self.stop_wait)
        if not done:
            log.warning("an app did not end within %g s of quit", self.stop_wait)

    async def end_all(self) -> None:
        await asyncio.gather(*(self.end(service) for service in list(self.running)))


async def relay(websocket: web.WebSocketResponse, service: AppService) -> None:
    """The browser's keys, sizes and focus to the app, until the browser goes."""
    async for message in websocket:
        if message.type != WSMsgType.TEXT:
            continue
        try:
            kind, *rest = json.loads(message.data)
        except (ValueError, TypeError):
            continue
        data = rest[0] if rest else None
        if kind == "stdin" and isinstance(data, str):
            await service.send_bytes(data.encode("utf-8"))
        elif kind == "resize" and isinstance(data, dict):
            width, height = size_of(data.get("width"), data.get("height"))
            await service.set_terminal_size(width, height)
        elif kind == "focus":
            await service.focus()
        elif kind == "blur":
            await service.blur()


def size_of(width: object, height: object) -> tuple[int, int]:
    """A terminal size from the browser, within sane bounds (80x24 if unreadable)."""

    def cells(value: object, default: int) -> int:
        try:
            number = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default
        return min(max(number, 2), 1000)

    return cells(width, 80), cells(height, 24)


def make_app(token: str, sessions: Sessions, title: str) -> web.Application:
    page = Template(PAGE.read_text(encoding="utf-8"))

    def allowed(request: web.Request) -> bool:
        return token_matches(request.query.get(TOKEN_PARAMETER), token)

    async def index(request: web.Request) -> web.Response:
        if not allowed(request):
            return web.Response(status=403, text=FORBIDDEN, headers=SECURITY_HEADERS)
        html = page.substitute(title=escape(title))
        return web.Response(text=html, content_type="text/html", headers=SECURITY_HEADERS)

    async def websocket(request: web.Request) -> web.StreamResponse:
        if not allowed(request):  # refused before any app process starts
            return web.Response(status=403, text=FORBIDDEN)
        width, height = size_of(request.query.get("width"), request.query.get("height"))
        socket_ = web.WebSocketResponse(heartbeat=15)
        await socket_.prepare(request)
        try:
            await sessions.run(socket_, width, height)
        except Exception:  # one session's failure is said, and the server goes on
            log.exception("session failed")
        finally:
            await socket_.close()
        return socket_

    app = web.Application()
    app.add_routes(
        [
            web.get("/", index),
            web.get("/ws", websocket),
            web.static("/static", STATIC, follow_symlinks=False),
        ]
    )

    async def on_shutdown(_app: web.Application) -> None:
        await sessions.end_all()

    app.on_shutdown.append(on_shutdown)
    return app


def listening_socket(host: str, port: int) -> socket.socket:
    """The server's socket, bound now (port 0: a free one), so the URL can name it."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    return socket.create_server((host.strip("[]"), port), family=family, reuse_port=False)


def serve(
    sock: socket.socket,
    token: str,
    arguments: Sequence[str],
    title: str,
    ready: Callable[[], None],
) -> None:
    """Serve until interrupted (Ctrl+C, SIGTERM); every app process ends with it."""
    logging.basicConfig(level=logging.WARNING, format="scaletui serve: %(message)s")
    sessions = Sessions(app_command(arguments))
    web.run_app(
        make_app(token, sessions, title),
        sock=sock,
        print=lambda *_: ready(),
        access_log=None,
        handle_signals=True,
        shutdown_timeout=QUIT_GRACE,
    )
