"""A quit that lands while the screen has two sizes to lay out still ends the app.

textual-serve sends `quit` when a browser disconnects; during start-up it often
comes just after two `resize` packets. Textual then stops painting (a batch that
never ends) and queues each layout's repaint as a callback: two Resize events of
different sizes with a callback between them, each re-posted by the screen to
itself and never merged, and the app never ended, its memory growing. A bare
Textual app does it too (docs/serve.md, where the upstream report is). Every
screen of the app lays itself out only at the app's size (screens/at_app_size.py),
so the stale one is dropped. The quit is posted as textual-serve's `quit` posts it
(the web driver posts ExitApp; `App.exit` also marks the app as exiting, and then the
loop does not start). Each app runs in a process of its own: one that never ends is
killed at the deadline.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Generous: an app that ends at all ends within seconds, even on a busy machine.
DEADLINE = 60.0

QUIT_BETWEEN_TWO_SIZES = """
import asyncio
from textual import events, messages
from textual.geometry import Size

async def main(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.post_message(messages.ExitApp())
        for size in (Size(155, 36), Size(155, 40)):
            app.screen.post_message(events.Resize(size, size))
            app.screen.call_later(lambda: None)  # a repaint, queued as a batch queues it
    print("ended")
"""

SCALETUI = """
from scaletui.app import ScaleTUIApp
from scaletui.story import load_story
from scaletui.story.packs import resolve_pack
asyncio.run(main(ScaleTUIApp(load_story(resolve_pack(None)))))
"""


def ends(script: str) -> bool:
    code = textwrap.dedent(QUIT_BETWEEN_TWO_SIZES) + textwrap.dedent(script)
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=DEADLINE
        )
    except subprocess.TimeoutExpired:  # (run kills it)
        return False
    assert done.returncode == 0, done.stderr
    return done.stdout.strip() == "ended"


def test_the_app_ends_on_quit_with_two_sizes_in_flight() -> None:
    assert ends(SCALETUI)


def test_every_screen_of_the_app_lays_out_only_at_the_apps_size() -> None:
    """The mend holds for whichever screen is on top when the quit comes."""
    import importlib
    import pkgutil

    from textual.screen import Screen

    import scaletui.screens
    from scaletui.screens.at_app_size import AtTheAppsSize

    for module in pkgutil.walk_packages(scaletui.screens.__path__, "scaletui.screens."):
        importlib.import_module(module.name)

    def subclasses(cls: type) -> list[type]:
        found = [cls]
        direct: type
        for direct in cls.__subclasses__():
            found += subclasses(direct)
        return found

    ours = [cls for cls in subclasses(Screen) if cls.__module__.startswith("scaletui.")]
    assert len(ours) >= 10
    assert [cls.__name__ for cls in ours if not issubclass(cls, AtTheAppsSize)] == []
