"""An app that has not ended a few seconds after it was asked to quit ends itself.

`scaletui serve` starts each app with SCALETUI_QUIT_GRACE set: a browser that goes
away must never leave an app running (docs/serve.md), whatever holds it (a Textual
bug once kept one laying out for ever; a long step could hold its event loop). The
watchdog is a daemon timer armed by textual-serve's `quit` (on the web driver's
input thread, app/watched_driver.py, so a held event loop still arms it) and by
`App.exit`; it ends the process if it is still there when the grace has passed. It
needs nothing of the server: no process handle, no library internals.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping

QUIT_GRACE_ENV = "SCALETUI_QUIT_GRACE"
# The status of a process the watchdog ended (as `timeout` ends a command it stops).
EXIT_QUIT_TIMEOUT = 124


def quit_grace(environ: Mapping[str, str] = os.environ) -> float | None:
    """Seconds from quit to the watchdog's exit, if SCALETUI_QUIT_GRACE asks for one
    (a positive number of seconds; anything else: no watchdog)."""
    try:
        grace = float(environ.get(QUIT_GRACE_ENV, ""))
    except ValueError:
        return None
    return grace if grace > 0 else None


def end_process() -> None:
    os.write(2, b"scaletui: still running after quit: ended by its watchdog\n")
    os._exit(EXIT_QUIT_TIMEOUT)


class QuitWatchdog:
    """Calls `expire` (ends the process) `grace` seconds after the first `arm`."""

    def __init__(self, grace: float | None, expire: Callable[[], None] = end_process) -> None:
        self.grace = grace
        self._expire = expire
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    @property
    def armed(self) -> bool:
        return self._timer is not None

    def arm(self) -> None:
        """Start counting (once; without a grace, nothing). Safe from any thread."""
        if self.grace is None:
            return
        with self._lock:
            if self._timer is not None:
                return
            self._timer = threading.Timer(self.grace, self._expire)
            self._timer.daemon = True  # never what keeps the process alive
            self._timer.name = "quit-watchdog"
            self._timer.start()
