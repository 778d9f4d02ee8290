"""The App: small. It owns the layout engine and pushes the explorer screen."""

from __future__ import annotations

import asyncio
import gc
import signal
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding

from .i18n import ENGLISH, N_, Language
from .layout import LayoutEngine
from .screens.explorer import ExplorerScreen
from .story import Story

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from .notes import NoteStore
    from .story.stream import StreamedDocument

# Screenshots hold text already in visual order; without this a browser showing
# the SVG would run its own bidi over each Arabic run and reverse it again.
SVG_VISUAL_ORDER = "\n    text { unicode-bidi: bidi-override; direction: ltr; }\n"


def keep_visual_order(svg: str) -> str:
    return svg.replace("<style>", "<style>" + SVG_VISUAL_ORDER, 1)


QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class ScaleTUIApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "scaletui"

    BINDINGS = [
        Binding("q", "quit", N_("Quit"), id="quit", tooltip=N_("Leave scaletui")),
        Binding("ctrl+p", "command_palette", N_("Jump to"), id="palette", show=False,
                tooltip=N_("Jump to any entity, event or person by its Arabic or English name")),
    ]  # fmt: skip

    def __init__(
        self,
        story: Story,
        engine: LayoutEngine | None = None,
        store: NoteStore | None = None,
        store_problem: str = "",
        open_store: Callable[[], NoteStore] | None = None,
        layout_cache: Path | None = None,
        stream: StreamedDocument | None = None,
        language: Language = ENGLISH,
    ) -> None:
        """`store` is an open store; `open_store` opens one when notes are first
        needed (just after the first frame), so start-up does not wait for it.
        `layout_cache` keeps the first screen's shaped paragraphs between runs.
        `stream`: a text file still being read (`story` is its part read so far).
        `language` is the interface's (the story's own text is never translated)."""
        super().__init__()
        self.language = language
        self.layout_cache = layout_cache
        self._cached_keys: set[tuple[str, str, str]] = set()
        self.story = story
        self.stream = stream
        self.engine = engine or LayoutEngine()
        self.store = store
        self.store_problem = store_problem
        self._open_store = open_store

    def notes_store(self) -> NoteStore | None:
        """The notes store, opened now if it has not been yet (None if it cannot be)."""
        if self.store is None and self._open_store is not None:
            from .notes import NoteStoreError

            opener, self._open_store = self._open_store, None
            try:
                self.store = opener()
            except NoteStoreError as error:
                # The story still opens.
                self.store_problem = self.language.gettext("Notes are unavailable: {error}").format(
                    error=error
                )
                self.tell(self.store_problem, severity="error", timeout=20)
            else:
                self._tell_if_moved_aside()
        return self.store

    def tell(
        self, text: str, *, severity: SeverityLevel = "information", timeout: float = 5.0
    ) -> None:
        """A notification laid out by the engine (Arabic shaped, in order)."""
        from .widgets.chrome import notify

        notify(self, self.engine, text, severity=severity, timeout=timeout)

    def _tell_if_moved_aside(self) -> None:
        _ = self.language.gettext
        if self.store is not None and self.store.read_only:
            self.tell(
                _("Notes are read-only here ({folder} cannot be written): they are shown and "
                  "can be exported; new notes go to unsaved-notes.jsonl.").format(
                    folder=self.store.data_dir
                ),
                severity="warning", timeout=20,
            )  # fmt: skip
        if self.store is not None and self.store.moved_aside is not None:
            count = self.store.salvaged
            self.tell(
                self.language.ngettext(
                    "The notes database was damaged: {count} note was recovered from it into a "
                    "new one; the damaged file was kept as {path}.",
                    "The notes database was damaged: {count} notes were recovered from it into "
                    "a new one; the damaged file was kept as {path}.",
                    count,
                ).format(count=self.language.number(count), path=self.store.moved_aside),
                severity="warning", timeout=20,
            )  # fmt: skip

    def action_command_palette(self) -> None:
        """The palette, with a query line that shapes and orders Arabic."""
        from textual.command import CommandPalette

        from .screens.palette import StoryPalette

        if self.use_command_palette and not any(
            isinstance(screen, CommandPalette) for screen in self.screen_stack
        ):
            self.push_screen(StoryPalette(self.engine, self.language, id="--command-palette"))

    def export_screenshot(self, *, title: str | None = None, simplify: bool = False) -> str:
        return keep_visual_order(super().export_screenshot(title=title, simplify=simplify))

    def get_default_screen(self) -> ExplorerScreen:
        # The explorer is the first screen itself: pushing it over a blank default
        # screen would compose, style and paint that one for nothing.
        from .notes.flow import NotesFlow

        notes = NotesFlow(self.story, self.notes_store, self.language)
        return ExplorerScreen(self.story, self.engine, notes, self.stream, self.language)

    def on_load(self) -> None:
        if self.layout_cache is not None:
            from .layout.cache import read_prepared

            entries = read_prepared(self.layout_cache)
            self.engine.seed(entries)
            self._cached_keys = {key for key, _ in entries}
        # Everything made so far (Textual's modules, the story) lives as long as
        # the app: frozen, the collector stops re-scanning it on every pass, which
        # took a tenth of start-up and made resizes stutter.
        gc.freeze()
        # Nothing made until the first frame is garbage worth collecting for.
        gc.disable()

    def _after_first_frame(self) -> None:
        # (A method, not gc.freeze itself: Textual inspects a callback's signature,
        # and a builtin's costs a tokenizer run.)
        gc.freeze()  # the first screen's widgets join the frozen start-up objects
        gc.enable()
        if self.layout_cache is not None and self.engine.reorder:
            entries = self.engine.prepared_entries()
            if {key for key, _ in entries} != self._cached_keys:
                from .layout.cache import write_prepared

                write_prepared(self.layout_cache, entries)

    # -- signals: SIGTERM (kill) and SIGHUP (the terminal closed) quit as Ctrl+Q does --

    def _watch_signals(self) -> None:
        """Left unhandled, these end Python at once: the terminal stays in the
        alternate screen with mouse reporting on, and an open note is lost."""
        try:
            loop = asyncio.get_running_loop()
            for signum in QUIT_SIGNALS:
                loop.add_signal_handler(signum, self._quit_on_signal, signum)
        except (NotImplementedError, RuntimeError, ValueError):
            return  # not the main thread, or no such signals here (Windows)

    def _quit_on_signal(self, signum: int) -> None:
        self.exit(return_code=128 + signum)  # the shell's convention for "ended by a signal"

    def _unwatch_signals(self) -> None:
        try:
            loop = asyncio.get_running_loop()
            for signum in QUIT_SIGNALS:
                loop.remove_signal_handler(signum)
        except (NotImplementedError, RuntimeError, ValueError):
            pass

    def on_unmount(self) -> None:
        self._unwatch_signals()
        gc.unfreeze()  # collectable again (tests run many apps in one process)
        gc.enable()  # in case the app ended before its first frame

    def on_mount(self) -> None:
        self._watch_signals()
        self.call_after_refresh(self._after_first_frame)
        if self.store_problem:
            self.tell(self.store_problem, severity="error", timeout=20)
        else:
            self._tell_if_moved_aside()
