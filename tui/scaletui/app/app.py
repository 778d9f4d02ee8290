"""The App: small. It makes the explorer (its first screen) and wires the
collaborators it owns: the notes store (notes_access.py), the library
(library.py), switching stories (stories.py), the work around the first frame
(startup.py), the terminal's hints (terminal_hints.py) and the quit signals
(signals.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.filter import LineFilter

from ..i18n import ENGLISH, N_, Language
from ..layout import LayoutEngine
from ..quit_watchdog import QuitWatchdog, quit_grace
from ..screens.explorer import ExplorerScreen
from ..story import Story
from ..terminal.setting import BidiSetting
from ..widgets.chrome import TERMINAL_COLOURS, draws_in_terminal_colours
from ..widgets.keys_in_order import OneKeyAtATime
from .library import Library
from .notes_access import NotesAccess, Tell
from .signals import QuitSignals, Suspension, exit_status
from .startup import StartUp
from .stories import Stories
from .terminal_hints import TerminalHints

if TYPE_CHECKING:
    from rich.console import RenderableType
    from textual.driver import Driver
    from textual.notifications import SeverityLevel

    from ..explore.library import HitsAt
    from ..notes.flow import NotesFlow
    from ..notes.positions import PositionMemory
    from ..story.stream import StreamedDocument
    from .notes_access import NotesSource

# Screenshots hold text already in visual order; without this a browser showing
# the SVG would run its own bidi over each Arabic run and reverse it again.
SVG_VISUAL_ORDER = "\n    text { unicode-bidi: bidi-override; direction: ltr; }\n"


def keep_visual_order(svg: str) -> str:
    return svg.replace("<style>", "<style>" + SVG_VISUAL_ORDER, 1)


def input_failure(renderables: Sequence[object], language: Language) -> str:
    """Why the input thread died, in a line, from the traceback it panicked with."""
    from rich.traceback import Traceback

    _ = language.gettext
    error = next(
        (f"{t.trace.stacks[0].exc_type}: {t.trace.stacks[0].exc_value}" for t in renderables
         if isinstance(t, Traceback) and t.trace.stacks),
        "",
    )  # fmt: skip
    if error.startswith("UnicodeDecodeError"):
        said = _(
            "the terminal sent a byte that is not UTF-8, so the app could read no more keys "
            "and ended; set the terminal's encoding to UTF-8 ({error})"
        )
    else:
        said = _("the app could read no more keys and ended ({error})")
    return said.format(error=error)


@dataclass(frozen=True)
class AppOptions:
    """How the command line started the app (the defaults are a plain app, for tests)."""

    # Who orders Arabic: the engine (reorder=True), or the terminal.
    engine: LayoutEngine = field(default_factory=LayoutEngine)
    bidi: BidiSetting | None = None  # and in which terminal (for its hints)
    cache_dir: Path | None = None  # where the library finds checked packs
    layout_cache: Path | None = None  # the first screen's shaped paragraphs, between runs
    start_in_library: bool = False  # `scaletui library`: the library over the story


class ScaleTUIApp(OneKeyAtATime, App[None]):
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
        store: NotesSource | None = None,
        *,
        language: Language = ENGLISH,
        stream: StreamedDocument | None = None,
        options: AppOptions | None = None,
    ) -> None:
        """The app, opening `story`.

        Args:
            story: The story to open (a book still being read: its part read so far).
            store: The notes store, or what opens it when notes are first needed (just
                after the first frame, so start-up does not wait for it).
            language: The interface's (the story's own text is never translated).
            stream: A text file still being read, if any.
            options: What the command line chose.
        """
        # Before Textual's set-up, which asks for the driver class (get_driver_class).
        self.quit_watchdog = QuitWatchdog(quit_grace())  # armed under `scaletui serve`
        super().__init__()
        options = options or AppOptions()
        self.engine, self.language, self.stream = options.engine, language, stream
        self.bidi = options.bidi or BidiSetting("app" if self.engine.reorder else "terminal")
        self.start_in_library = options.start_in_library
        self._first_story = story
        if not self.engine.reorder:
            self.add_class("-bidi-terminal")  # app.tcss: overlays take whole rows
        self.notes = NotesAccess(store, language, self.tell)
        self.library = Library(options.cache_dir, language, self.notes.open, lambda: self.story)
        self.stories = Stories(self, self.library, self._explorer, self.tell)
        self.startup = StartUp(self.engine, options.layout_cache)
        self.terminal_hints = TerminalHints(
            self.bidi, language, self.tell, self.tell_terminal_that_orders
        )
        self.signals = QuitSignals(self._quit_on_signal)
        self.suspension = Suspension(*self._drafting_held(stream))
        self.ended_by: str | None = None  # why the app had to end, for the command to say

    @staticmethod
    def _drafting_held(
        stream: StreamedDocument | None,
    ) -> tuple[Callable[[], None], Callable[[], None]]:
        """What pauses a book's drafting child while the app is suspended, and resumes it."""
        if stream is None:
            return (lambda: None), (lambda: None)
        return stream.pause_drafting, stream.resume_drafting

    @property
    def story(self) -> Story:
        """The story being read: the top explorer's (a book read in full: all of it)."""
        explorers = self.stories.explorers()
        return explorers[-1].story if explorers else self._first_story

    def tell(
        self, text: str, *, severity: SeverityLevel = "information", timeout: float = 5.0
    ) -> None:
        """A notification laid out by the engine (Arabic shaped, in order)."""
        from ..widgets.chrome import notify

        notify(self, self.engine, text, severity=severity, timeout=timeout)

    def tell_terminal_that_orders(
        self, text: str, *, severity: SeverityLevel = "information", timeout: float = 5.0
    ) -> None:
        """A notification for a terminal that orders Arabic itself although asked not to
        (Konsole; a VTE terminal behind a tmux that drops the requests): sent as
        `--bidi terminal` sends it, logical and on whole rows, so the hint that says how
        to set the terminal up reads right there, in Arabic too."""
        from ..widgets.chrome import notify

        self.add_class("-bidi-terminal")  # app.tcss: toasts on whole rows
        notify(self, LayoutEngine(reorder=False), text, severity=severity, timeout=timeout)

    def action_command_palette(self) -> None:
        """The palette, with a query line that shapes and orders Arabic."""
        from textual.command import CommandPalette

        from ..screens.palette import StoryPalette

        if self.use_command_palette and not any(
            isinstance(screen, CommandPalette) for screen in self.screen_stack
        ):
            self.push_screen(StoryPalette(self.engine, self.language, id="--command-palette"))

    def export_screenshot(self, *, title: str | None = None, simplify: bool = False) -> str:
        return keep_visual_order(super().export_screenshot(title=title, simplify=simplify))

    def get_line_filters(self) -> Sequence[LineFilter]:
        filters = super().get_line_filters()
        return [*filters, TERMINAL_COLOURS] if draws_in_terminal_colours(self) else filters

    # -- the explorer, and what it asks of the app (ExplorerContext) -----------------------

    def get_default_screen(self) -> ExplorerScreen:
        # The explorer is the first screen itself: pushing it over a blank default
        # screen would compose, style and paint that one for nothing.
        return self._explorer(self._first_story)

    def _explorer(self, story: Story, at: HitsAt | None = None) -> ExplorerScreen:
        # The stream belongs to the story the app started with (a book still being read).
        stream = self.stream if story is self._first_story else None
        # The terminal orders the text: one pane at a time, or its rows would mix panes.
        if self.engine.reorder:
            return ExplorerScreen(story, self, stream, at)
        from ..screens.explorer.single_pane import SinglePaneExplorer  # --bidi terminal only

        return SinglePaneExplorer(story, self, stream, at)

    def notes_flow(self, story: Story) -> NotesFlow:
        return self.notes.flow(story)

    def positions(self) -> PositionMemory | None:
        return self.notes.positions()

    def open_library(self) -> None:
        self.stories.open_library()

    # -- start and end ------------------------------------------------------------------

    def on_load(self) -> None:
        self.startup.before_first_frame()

    def on_mount(self) -> None:
        self.signals.watch()
        self.suspension.watch()  # (after the driver's handlers and the quit signals')
        # Back from a suspension, the terminal's screen is empty, and Textual draws again
        # only what changed meanwhile (the reading cursor): all of it is drawn again.
        self.app_resume_signal.subscribe(self, lambda _app: self.refresh(layout=True))
        self.call_after_refresh(self._at_first_frame)
        self.terminal_hints.at_start()
        if self.start_in_library:
            self.call_after_refresh(self.stories.open_library)
        self.notes.tell_state()

    def _at_first_frame(self) -> None:
        self.startup.at_first_frame()
        # Panels finish what the first frame did not show just after it: the cache
        # is written once they have (after the next frame).
        self.call_after_refresh(self._after_first_frame)

    def _after_first_frame(self) -> None:
        self.startup.after_first_frame()
        if self.terminal_hints.needs_tmux_check():
            # A subprocess (a few ms): in a thread, after the first frame.
            self.run_worker(self._check_tmux, thread=True, name="tmux-passthrough")

    def _check_tmux(self) -> None:
        def tell(how: Tell, hint: str) -> None:
            self.call_from_thread(how, hint, severity="warning", timeout=30)

        self.terminal_hints.check_tmux(tell)

    def get_driver_class(self) -> type[Driver]:
        driver_class = super().get_driver_class()
        if self.quit_watchdog.grace is None:
            return driver_class
        # textual-serve's `quit` arms the watchdog on the web driver's input thread:
        # a held event loop does not stop it.
        from .watched_driver import quit_watched

        return quit_watched(driver_class, self.quit_watchdog.arm)

    def exit(
        self, result: None = None, return_code: int = 0, message: RenderableType | None = None
    ) -> None:
        self.quit_watchdog.arm()  # (under `scaletui serve` only)
        super().exit(result, return_code, message)

    async def action_quit(self) -> None:
        self.stories.keep_places()
        await super().action_quit()

    def _quit_on_signal(self, signum: int) -> None:
        self.stories.keep_places()
        self.exit(return_code=exit_status(signum))

    def panic(self, *renderables: RenderableType) -> None:
        """Textual's way out when its input thread dies (a byte that is not UTF-8 from a
        cp1256 terminal or a paste: its decoder is strict, Textualize/textual#6456). It
        printed the thread's traceback and ended with status 0; now the app quits as on
        a signal (the editor's text kept), the command says why in a line, status 1."""
        if self.return_code is not None:  # an unhandled error's own (status 1 set)
            super().panic(*renderables)
            return
        self.ended_by = input_failure(renderables, self.language)
        self.stories.keep_places()
        self.exit(return_code=1)

    def on_unmount(self) -> None:
        self.signals.unwatch()
        self.startup.at_end()
