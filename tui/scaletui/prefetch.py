"""A first launch's pack reading and shaping, done by a helper process while Textual loads.

A launch whose caches are warm reads the checked story and the first screen's
shaped paragraphs from the cache directory. A first launch (or one after the pack
changed) has to parse the pack's TOML, check it, load the shaper and shape the
first screen: about a tenth of its start-up, and all of it plain Python that a
thread could not run beside Textual's import. So the CLI starts this module in a
process of its own, at the lowest priority, which fills the same caches while the
app's process imports Textual (several times longer); then the app reads the caches
like any later launch.

The helper is only an accelerator, and the app never waits for it. Whatever happens
to it (it fails, is killed, has not finished, or the machine has one processor and
it is not started), the app loads and shapes what is missing itself, and reports a
bad pack itself. It writes only through the caches' own atomic writers, and says
nothing.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .i18n import Language

# The first screen's article: paragraphs from the start, up to this many characters
# (a 200x60 terminal's worth); the opening panel's items, up to this many.
ARTICLE_CHARACTERS = 5000
PANEL_ITEMS = 20


class Prefetch:
    """A helper started; the app reads whatever it has written by the time it looks."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process

    def close(self) -> None:
        """At the app's end: reaped, or stopped if it is somehow still running."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()


def start_prefetch(pack: Path, cache_dir: Path, language: Language) -> Prefetch | None:
    """Start the helper for `pack`; None where it cannot help or cannot start."""
    if getattr(sys, "frozen", False):
        return None  # a frozen build's executable is the app itself, not Python
    if _processors() < 2:
        return None  # it would only take turns with the app
    package_root = str(Path(__file__).resolve().parent.parent)
    environment = dict(os.environ)
    # The helper imports this very scaletui, whatever the app's sys.path was made of.
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, (package_root, environment.get("PYTHONPATH")))
    )
    command = [
        sys.executable, "-c", "from scaletui.prefetch import main; main()",
        str(pack), str(cache_dir), language.code, language.digits, str(int(language.hijri)),
    ]  # fmt: skip
    try:
        process = subprocess.Popen(
            command, env=environment, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=True,
        )  # fmt: skip
    except (OSError, ValueError):
        return None
    # The app comes first: the helper uses a processor the app leaves idle. If there is
    # none (a busy machine), it has not finished when the app needs the story, and the
    # app does the work itself rather than wait for it.
    with contextlib.suppress(OSError, AttributeError):  # (no setpriority on Windows)
        os.setpriority(os.PRIO_PROCESS, process.pid, 19)
    return Prefetch(process)


def _processors() -> int:
    """Processors this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def prefetch(pack: Path, cache_dir: Path, language: Language) -> None:
    """Fill the story cache and the layout cache with the first screen's paragraphs."""
    from .explore.rows import OPENING_PANEL, panel_items
    from .layout import LayoutEngine
    from .layout.cache import cache_file, write_prepared
    from .story.cache import load_story_cached

    story = load_story_cached(pack, cache_dir)
    layout_cache = cache_file(cache_dir, story.id)
    if layout_cache is None:
        return
    engine = LayoutEngine()
    remaining = ARTICLE_CHARACTERS
    for paragraph in story.paragraphs:
        if remaining <= 0:
            break
        engine.prepare(paragraph.text)
        remaining -= len(paragraph.text)
    for item in panel_items(story, OPENING_PANEL, language)[:PANEL_ITEMS]:
        if item.arabic:
            engine.prepare(item.arabic)
    write_prepared(layout_cache, engine.prepared_entries())


def main() -> None:
    pack, cache_dir, code, digits, hijri = sys.argv[1:6]
    try:
        from .i18n import load_language

        language = load_language(code, digits, hijri == "1")
        prefetch(Path(pack), Path(cache_dir), language)
    except Exception:  # noqa: BLE001 - the app does again whatever failed here, and says why
        os._exit(1)
    os._exit(0)
