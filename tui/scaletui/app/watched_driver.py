"""The web driver (textual-serve's) with the quit watchdog armed by its `quit`.

textual-serve sends `quit` as a meta packet, which Textual's WebDriver reads on its
own input thread and hands to its public `on_meta`. Armed there, the watchdog counts
even while the app's event loop is held (quit_watchdog.py)."""

from __future__ import annotations

from collections.abc import Callable

from textual.driver import Driver
from textual.drivers.web_driver import WebDriver


def quit_watched(driver_class: type[Driver], arm: Callable[[], None]) -> type[Driver]:
    """`driver_class`, or, for the web driver, a subclass that calls `arm` on `quit`."""
    if not issubclass(driver_class, WebDriver):
        return driver_class

    class QuitWatchedWebDriver(driver_class):  # type: ignore[valid-type,misc]
        def on_meta(self, packet_type: str, payload: dict[str, object]) -> None:
            if packet_type == "quit":
                arm()
            super().on_meta(packet_type, payload)

    return QuitWatchedWebDriver
