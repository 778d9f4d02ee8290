"""`scaletui check-terminal`: which way does Arabic read right in this terminal?

One test line, two ways, one at a time (Tab switches): as scaletui draws it (shaped,
in visual order, after the same handshake the app sends) and as `--bidi terminal`
draws it (logical text, no handshake: the terminal shapes and orders it). The
reader picks the one that reads right; the choice is saved for this kind of
terminal (with its version) and the app uses it when neither --bidi nor
SCALETUI_BIDI says. Inside tmux that drops the handshake, it says what to set.

Each test line has screen rows of its own (no border, no label beside it): a
terminal that reorders a whole row must see only the test text there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from ..i18n import ENGLISH, N_, Language, said_in
from ..layout import LayoutEngine
from ..layout.renderable import BidiText
from ..terminal.config import ConfigError, save_bidi_choice
from ..terminal.detect import Terminal
from ..terminal.handshake import handshake
from ..terminal.hints import terminal_name, tmux_hint
from .at_app_size import AtTheAppsSize

# Arabic with Latin, a decimal number and brackets: each can go wrong on its own.
TEST_LINE = "باعت شركة النور (Nour) 14.3 مليون كتاب في Dubai Mall"
TEST_LINE_MEANING = N_("It says: Nour sold 14.3 million books in Dubai Mall.")


class CheckTerminalScreen(AtTheAppsSize, Screen[None]):
    DEFAULT_CSS = """
    CheckTerminalScreen {
        padding: 1 0;
    }
    CheckTerminalScreen Static {
        width: 100%;
    }
    CheckTerminalScreen .label {
        text-style: bold;
        margin-top: 1;
    }
    CheckTerminalScreen .sample {
        text-style: bold;
    }
    CheckTerminalScreen #check-outcome {
        margin-top: 1;
        text-style: bold;
    }
    """

    BINDINGS = [
        Binding("1,a", "choose('app')", N_("scaletui orders"), id="check.app"),
        Binding("2,t", "choose('terminal')", N_("terminal orders"), id="check.terminal"),
        Binding("tab,space", "other_way", N_("Show the other way"), id="check.other"),
        Binding("q,escape", "app.quit", N_("Leave without saving"), id="check.quit"),
    ]

    def __init__(
        self,
        terminal: Terminal,
        config: Path,
        language: Language = ENGLISH,
        passthrough: bool | None = None,
    ) -> None:
        """`passthrough`: whether tmux passes the app's requests on (None: unknown)."""
        super().__init__()
        self.terminal = terminal
        self.config = config
        self.language = language
        self.passthrough = passthrough
        self.saved: str | None = None  # what was saved, in one line, for the shell
        # One way at a time, the whole screen as the app would draw it that way: way 1
        # after the requests the app sends (explicit mode), way 2 without them, the
        # text logical for the terminal to order (as --bidi terminal draws it). Both on
        # one screen showed way 2 in explicit mode too: not what --bidi terminal shows.
        self.showing = "app"
        self.engines = {"app": LayoutEngine(), "terminal": LayoutEngine(reorder=False)}
        self.requests_sent: list[str] = []  # what was sent to the terminal, in order

    @property
    def engine(self) -> LayoutEngine:
        return self.engines[self.showing]

    def _said(self, text: str, engine: LayoutEngine | None = None) -> BidiText:
        """A line of the interface, laid out on the language's side the way shown
        (or by `engine`)."""
        side = self.language.direction
        return BidiText(engine or self.engine, text, direction=side, default=side)

    def compose(self) -> ComposeResult:
        _ = self.language.gettext
        kind = terminal_name(self.terminal, self.language)
        kind += _(", inside tmux") if self.terminal.tmux else ""
        said = self._said
        yield Static(said(_("scaletui check-terminal: {kind}").format(kind=kind)), classes="label")
        if self.terminal.tmux and self.passthrough is False:
            # tmux drops the requests, so a terminal that orders Arabic unless told
            # orders this line whichever way is shown: it goes out as --bidi terminal
            # sends text (logical, in an RTL isolate), or it would read reversed.
            ordered = self.terminal.orders_unless_told
            engine = self.engines["terminal"] if ordered else None
            yield Static(said(tmux_hint(self.language), engine), id="tmux-hint")
        yield Static(said(_("Which line reads right: letters joined, words right to left, "
                            "“(Nour)” and “14.3” whole and in place?")))  # fmt: skip
        yield Static(said(_(TEST_LINE_MEANING)))
        if self.showing == "app":
            label = _("1  as scaletui draws it (shaped and ordered by scaletui):")
        else:
            label = _("2  as plain text (the terminal shapes and orders it):")
        yield Static(said(label), classes="label")
        yield Static(
            BidiText(self.engine, TEST_LINE, max_lines=1),
            id=f"sample-{self.showing}",
            classes="sample",
        )
        yield Static(said(_("Tab shows the other way.")))
        yield Static(
            said(
                _("Press 1 or 2 to use that way in this terminal from now on; q leaves unchanged.")
            ),
            classes="label",
        )
        yield Static("", id="check-outcome")

    async def action_other_way(self) -> None:
        self.showing = "terminal" if self.showing == "app" else "app"
        enter, leave = handshake(self.terminal)
        self._send(enter if self.showing == "app" else leave)
        await self.recompose()

    def _send(self, requests: str) -> None:
        """To the terminal, in order with Textual's own output (its driver's queue)."""
        self.requests_sent.append(requests)
        driver = getattr(self.app, "_driver", None)
        if driver is not None and not driver.is_headless:
            driver.write(requests)
            driver.flush()

    def action_choose(self, mode: str) -> None:
        _ = self.language.gettext
        try:
            save_bidi_choice(self.config, self.terminal.key, mode, self.terminal.version)
        except ConfigError as error:
            self.query_one("#check-outcome", Static).update(
                self._said(
                    _("Not saved: {error}").format(
                        error=said_in(error, self.language, isolate_paths=True)
                    )
                )
            )
            return
        who = _("scaletui") if mode == "app" else _("the terminal")
        self.saved = _(
            "saved for {key}: Arabic is ordered by {who} (--bidi {mode}), in {path}"
        ).format(key=self.terminal.key, who=who, mode=mode, path=self.config)
        self.app.exit()


class SignalWatch(Protocol):
    """Watches the signals that end a process, calling back on the running loop (the
    app's QuitSignals, handed in by the CLI: screens/ sit below app/)."""

    def watch(self) -> bool: ...

    def unwatch(self) -> None: ...


class CheckTerminalApp(App[None]):
    """The check on its own: `scaletui check-terminal` runs this, not the reader."""

    TITLE = "scaletui check-terminal"

    def __init__(
        self,
        terminal: Terminal,
        config: Path,
        language: Language = ENGLISH,
        passthrough: bool | None = None,
        quit_signals: Callable[[Callable[[int], None]], SignalWatch] | None = None,
    ) -> None:
        """Args:
        terminal: The terminal detected, whose choice is saved.
        config: The file the choice is saved in.
        language: The interface's.
        passthrough: Whether tmux passes the handshake on (None: not in tmux).
        quit_signals: Makes the watch that quits on SIGTERM, SIGHUP, SIGQUIT, an outside
            SIGINT…, given what to call (left to Python's defaults, they ended the
            check at once, the terminal left in the alternate screen with the mouse
            reported; an outside SIGINT ended it with status 0).
        """
        super().__init__()
        self.check = CheckTerminalScreen(terminal, config, language, passthrough)
        self.signals = quit_signals(self._quit_on_signal) if quit_signals else None

    def on_mount(self) -> None:
        if self.signals is not None:
            self.signals.watch()

    def on_unmount(self) -> None:
        if self.signals is not None:
            self.signals.unwatch()

    def _quit_on_signal(self, signum: int) -> None:
        self.exit(return_code=128 + signum)  # (the shell's "ended by a signal", as the app's)

    @property
    def saved(self) -> str | None:
        return self.check.saved

    def get_default_screen(self) -> CheckTerminalScreen:
        return self.check
