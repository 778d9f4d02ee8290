"""The App: small. It owns the layout engine and pushes the explorer screen."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from textual.app import App
from textual.binding import Binding

from .i18n import ENGLISH, N_, Language, said_in, say, shown_path
from .layout import LayoutEngine
from .screens.explorer import ExplorerScreen
from .story import Story
from .terminal.setting import BidiSetting

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from .explore.library import HitsAt, LibraryEntry, StoryHits
    from .notes import NoteStore
    from .notes.flow import NotesFlow
    from .notes.model import RescuedNote
    from .notes.positions import PositionMemory
    from .screens.library import LibraryChoice
    from .story.stream import StreamedDocument

# Screenshots hold text already in visual order; without this a browser showing
# the SVG would run its own bidi over each Arabic run and reverse it again.
SVG_VISUAL_ORDER = "\n    text { unicode-bidi: bidi-override; direction: ltr; }\n"


def keep_visual_order(svg: str) -> str:
    return svg.replace("<style>", "<style>" + SVG_VISUAL_ORDER, 1)


# SIGQUIT (`kill -QUIT`; Ctrl+\ is a key in the app's raw mode) dumped core, the editor's
# text lost and the terminal left raw; an outside SIGINT (`kill -INT`; Ctrl+C is a key
# too) ended the app with status 0. Each quits as Ctrl+Q does, with 128 + the signal.
QUIT_SIGNALS = tuple(
    getattr(signal, name)
    for name in ("SIGTERM", "SIGHUP", "SIGQUIT", "SIGINT")
    if hasattr(signal, name)
)


class ScaleTUIApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "scaletui"
    # No Textual system commands in the palette (theme, keys, screenshot, quit): each
    # opens Textual's own palette or panel, in English, with a query line that neither
    # shapes nor orders Arabic and a results list without PaletteList's guard (random
    # keys through "Theme" crashed it). The palette jumps within the story; `?` is help.
    COMMANDS = set()

    BINDINGS = [
        Binding("q", "quit", N_("Quit"), id="quit", tooltip=N_("Leave scaletui")),
        Binding("ctrl+p", "command_palette", N_("Jump to"), id="palette", show=False,
                tooltip=N_("Jump to any entity, event, person or heading by its name")),
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
        cache_dir: Path | None = None,
        start_in_library: bool = False,
        bidi: BidiSetting | None = None,
        language: Language = ENGLISH,
    ) -> None:
        """`store` is an open store; `open_store` opens one when notes are first
        needed (just after the first frame), so start-up does not wait for it.
        `layout_cache` keeps the first screen's shaped paragraphs between runs.
        `stream`: a text file still being read (`story` is its part read so far).
        `cache_dir` is where the library finds checked packs; `start_in_library`
        shows the library over the story at start (`scaletui library`).
        `bidi` says who orders Arabic, in which terminal (for its hints).

        `language` is the interface's (the story's own text is never translated)."""
        super().__init__()
        self._css_cache: Path | None = None
        self._restored_css: frozenset[tuple[object, ...]] = frozenset()
        if cache_dir is not None:
            from .css_cache import css_cache_file, restore_parsed_css

            # Before Textual parses anything: the rule sets a repeat launch needs.
            self._css_cache = css_cache_file(cache_dir)
            self._restored_css = restore_parsed_css(self.stylesheet, self._css_cache)
        self.language = language
        self.layout_cache = layout_cache
        self._cached_keys: set[tuple[str, str, str]] = set()
        self.story = story
        self._first_story = story
        self.stream = stream
        self.engine = engine or LayoutEngine()
        self.bidi = bidi or BidiSetting("app" if self.engine.reorder else "terminal")
        self.store = store
        self.store_problem = store_problem
        self._open_store = open_store
        self.cache_dir = cache_dir
        self.start_in_library = start_in_library
        self._at_end: list[Callable[[], None]] = []
        self._positions: PositionMemory | None = None
        self._library_stories: dict[str, Story] = {}
        self._entries: list[LibraryEntry] = []
        # Notes the app closed over that could be written nowhere (see say_unkept_notes).
        self.unkept_notes: list[RescuedNote] = []

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
                    error=said_in(error, self.language, isolate_paths=True)
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
        if self.store is not None and self.store.disk_full:
            self.tell(
                _("The disk is full ({folder}): notes are read-only until space is freed. They "
                  "are shown and can be exported; a new note goes to unsaved-notes.jsonl (in "
                  "your home folder if the disk has no room).").format(
                    folder=shown_path(self.store.data_dir, self.language)
                ),
                severity="warning", timeout=20,
            )  # fmt: skip
        elif self.store is not None and self.store.read_only:
            self.tell(
                _("Notes are read-only here ({folder} cannot be written): they are shown and "
                  "can be exported; new notes go to unsaved-notes.jsonl.").format(
                    folder=shown_path(self.store.data_dir, self.language)
                ),
                severity="warning", timeout=20,
            )  # fmt: skip
        if self.store is not None and self.store.foreign_wal is not None:
            self.tell(
                _("A notes.db-wal that was not this notes database's (restored from a backup, or "
                  "copied from elsewhere) was kept aside as {path}; your notes were opened "
                  "without it.").format(path=shown_path(self.store.foreign_wal, self.language)),
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
                ).format(
                    count=self.language.number(count),
                    path=shown_path(self.store.moved_aside, self.language),
                ),
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
        return self._explorer(self.story)

    def _explorer(self, story: Story) -> ExplorerScreen:
        # The stream belongs to the story the app started with (a book still being read).
        stream = self.stream if story is self._first_story else None
        # The terminal orders the text: one pane at a time, or its rows would mix panes.
        if self.engine.reorder:
            kind = ExplorerScreen
        else:
            from .screens.explorer.single_pane import SinglePaneExplorer  # --bidi terminal only

            kind = SinglePaneExplorer
        screen = kind(story, self.engine, lambda: self._notes_flow(story), stream, self.language)
        screen.add_size_classes(self.size)  # styled once, for this size
        return screen

    def _notes_flow(self, story: Story) -> NotesFlow:
        from .notes.flow import NotesFlow  # after the first frame: see ExplorerScreen

        return NotesFlow(story, self.notes_store, self.language, self.unkept_notes.append)

    # -- reading places, the library and switching stories ------------------------------

    def positions(self) -> PositionMemory | None:
        """Reading places, kept beside the notes (None without a notes store)."""
        if self._positions is None:
            store = self.notes_store()
            if store is not None:
                from .notes.positions import PositionMemory

                self._positions = PositionMemory(store.data_dir)
        return self._positions

    def keep_places(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ExplorerScreen):
                screen.keep_place()

    def library_entries(self) -> list[LibraryEntry]:
        from .explore.library import LibraryError, bundled_stories, library_entries
        from .notes import NoteStoreError

        bundled = bundled_stories(self.cache_dir)
        self._library_stories.update({story.id: story for story in bundled})
        self._library_stories[self.story.id] = self.story
        store = self.notes_store()
        opened: list[tuple[str, str]] = []
        counts: dict[str, int] = {}
        if store is not None:
            try:
                opened, counts = store.files(), store.note_counts()
            except NoteStoreError:
                pass  # listed without counts: the stories still open
        if self.story.path is not None and self.story.id not in {s.id for s in bundled}:
            opened = [(self.story.id, str(self.story.path)), *opened]  # open now: listed first
        entries = library_entries(bundled, opened, counts)
        for index, entry in enumerate(entries):
            if entry.kind == "pack":  # named by its story's title, as a bundled one is
                with contextlib.suppress(LibraryError):  # (opening it says what is wrong)
                    story = self.load_entry(entry)
                    entries[index] = entry._replace(title=story.title, subtitle=entry.source)
        self._entries = entries
        return self._entries

    def load_entry(self, entry: LibraryEntry) -> Story:
        """The story of a library entry (raises LibraryError), loaded once per run."""
        from .explore.library import open_entry

        story = self._library_stories.get(entry.story_id)
        if story is None:
            story = open_entry(entry, self.cache_dir, self.language)
            self._library_stories[entry.story_id] = story
        return story

    def search_library(self, query: str) -> tuple[list[StoryHits], list[str]]:
        """Every story's hits (run in a worker thread); why some could not be searched."""
        from .explore.library import LibraryError, search_library

        stories, problems = [], []
        for entry in self._entries:
            try:
                stories.append((entry, self.load_entry(entry)))
            except LibraryError as error:
                problems.append(said_in(error, self.language, isolate_paths=True))
        return search_library(stories, query), problems

    def open_library(self) -> None:
        from .screens.library import LibraryScreen

        if not any(isinstance(screen, LibraryScreen) for screen in self.screen_stack):
            screen = LibraryScreen(self.engine, self, self.story.id, self.language)
            self.push_screen(screen, self._library_chosen)

    def _library_chosen(self, choice: LibraryChoice | None) -> None:
        # Called before the library leaves the stack: open the story once it has.
        if choice is not None:
            self.call_later(self._open_choice, choice)

    def _open_choice(self, choice: LibraryChoice) -> None:
        from .explore.library import LibraryError

        try:
            story = self.load_entry(choice.entry)
        except LibraryError as error:
            self.tell(
                said_in(error, self.language, isolate_paths=True), severity="error", timeout=10
            )
            return
        self.open_story(story, choice.at)

    def open_story(self, story: Story, at: HitsAt | None = None) -> None:
        """Switch to another story (at a search hit, else where it was last read).

        The first story's explorer stays at the bottom of the stack (Textual's
        default screen cannot be switched out); another story is one explorer
        pushed over it, replaced when a third is opened."""
        self.keep_places()
        # What was frozen (a book read in full, a first screen) may be let go now.
        gc.unfreeze()
        explorers = [s for s in self.screen_stack if isinstance(s, ExplorerScreen)]
        if story.id == explorers[-1].story.id:
            target = explorers[-1]
        elif story.id == explorers[0].story.id:
            self.pop_screen()  # back to the first story, as it was left
            target = explorers[0]
        else:
            target = self._explorer(story)
            target.start_at = at
            self.story = story
            (self.switch_screen if len(explorers) > 1 else self.push_screen)(target)
            return
        self.story = target.story
        if at is not None:
            target.start_at = at
            target.restore_place()

    async def action_quit(self) -> None:
        self.keep_places()
        await super().action_quit()

    def on_load(self) -> None:
        if self.layout_cache is not None:
            from .layout.cache import read_prepared

            seeds = read_prepared(self.layout_cache)
            self.engine.seed(seeds)
            self._cached_keys = set(seeds)
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
        # Panels finish what the first frame did not show just after it: the cache
        # is written once they have (after the next frame).
        self.call_after_refresh(self._write_layout_cache)

    def _write_layout_cache(self) -> None:
        if self._css_cache is not None:
            from .css_cache import keep_parsed_css

            keep_parsed_css(self.stylesheet, self._css_cache, self._restored_css)
        if self.layout_cache is not None and self.engine.reorder:
            if self.engine.prepared_keys() != self._cached_keys:
                from .layout.cache import write_prepared

                write_prepared(self.layout_cache, self.engine.prepared_entries())
        if self.bidi.terminal.tmux and self._needs_passthrough():
            # A subprocess (a few ms): in a thread, after the first frame.
            self.run_worker(self._check_tmux_passthrough, thread=True, name="tmux-passthrough")

    def _needs_passthrough(self) -> bool:
        from .terminal.hints import needs_passthrough

        return needs_passthrough(self.bidi.terminal, self.bidi.mode)

    def _check_tmux_passthrough(self) -> None:
        from .terminal.detect import tmux_passthrough_allowed
        from .terminal.hints import tmux_hint

        if tmux_passthrough_allowed() is False:
            hint = tmux_hint(self.language)
            self.call_from_thread(self.tell, hint, severity="warning", timeout=30)

    def _tell_about_terminal(self) -> None:
        """A config that could not be read, and a terminal known to reorder regardless."""
        if not (self.bidi.warning or self.bidi.terminal.reorders_regardless):
            return  # the usual case: nothing more to load before the first frame
        from .terminal.hints import start_hint

        if self.bidi.warning:
            warning = say(self.bidi.warning, self.language, isolate_paths=True)
            self.tell(warning, severity="warning", timeout=20)
        hint = start_hint(self.bidi.terminal, self.bidi.mode, self.bidi.chosen, self.language)
        if hint:
            self.tell(hint, severity="warning", timeout=30)

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
        self.keep_places()
        self.exit(return_code=128 + signum)  # the shell's convention for "ended by a signal"

    def _unwatch_signals(self) -> None:
        try:
            loop = asyncio.get_running_loop()
            for signum in QUIT_SIGNALS:
                loop.remove_signal_handler(signum)
        except (NotImplementedError, RuntimeError, ValueError):
            pass

    def say_unkept_notes(self, stream: TextIO) -> bool:
        """After the app has ended and the terminal is restored: each note that could be
        kept nowhere (the editor open at a signal or a quit, the database, the data
        dir and home all unwritable) is printed as one JSON line, the last resort, with
        a line saying why. Whether there were any (the exit status is then non-zero)."""
        if not self.unkept_notes:
            return False
        from .notes import default_data_dir
        from .notes.store import RECOVERY_NAME
        from .notes.store.rescue import shown_whole

        data_dir = self.store.data_dir if self.store is not None else default_data_dir()
        said = self.language.ngettext(
            "a note could not be saved: neither {data} nor {home} could be written; here it "
            "is, one JSON line to copy:",
            "{count} notes could not be saved: neither {data} nor {home} could be written; "
            "here they are, one JSON line each to copy:",
            len(self.unkept_notes),
        ).format(count=self.language.number(len(self.unkept_notes)),
                 data=data_dir / RECOVERY_NAME, home=Path.home() / RECOVERY_NAME)  # fmt: skip
        print(f"scaletui: {said}", file=stream)
        for note in self.unkept_notes:
            print(shown_whole(note), file=stream)
        stream.flush()
        return True

    def end_with(self, callback: Callable[[], None]) -> None:
        """Call `callback` when the app ends (a helper process to reap)."""
        self._at_end.append(callback)

    def on_unmount(self) -> None:
        for callback in self._at_end:
            callback()
        self._unwatch_signals()
        gc.unfreeze()  # collectable again (tests run many apps in one process)
        gc.enable()  # in case the app ended before its first frame

    def on_mount(self) -> None:
        self._watch_signals()
        self.call_after_refresh(self._after_first_frame)
        self._tell_about_terminal()
        if self.start_in_library:
            self.call_after_refresh(self.open_library)
        if self.store_problem:
            self.tell(self.store_problem, severity="error", timeout=20)
        else:
            self._tell_if_moved_aside()
