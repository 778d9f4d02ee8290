"""What the reader is told about their terminal: a config that could not be read,
a terminal known to reorder Arabic regardless, and tmux not passing the app's
requests on to the terminal outside it."""

from __future__ import annotations

from collections.abc import Callable

from ..i18n import Language, say
from ..terminal.setting import BidiSetting
from .notes_access import Tell


class TerminalHints:
    """Says what is wrong with the terminal's setting, if anything."""

    def __init__(self, bidi: BidiSetting, language: Language, tell: Tell) -> None:
        self._bidi = bidi
        self._language = language
        self._tell = tell

    def at_start(self) -> None:
        """A config that could not be read, and a terminal known to reorder regardless."""
        bidi = self._bidi
        if not (bidi.warning or bidi.terminal.reorders_regardless):
            return  # the usual case: nothing more to load before the first frame
        from ..terminal.hints import start_hint

        if bidi.warning:
            warning = say(bidi.warning, self._language, isolate_paths=True)
            self._tell(warning, severity="warning", timeout=20)
        hint = start_hint(bidi.terminal, bidi.mode, bidi.chosen, self._language)
        if hint:
            self._tell(hint, severity="warning", timeout=30)

    def needs_tmux_check(self) -> bool:
        """Inside tmux, when the app's requests must pass through it to the terminal."""
        if not self._bidi.terminal.tmux:
            return False
        from ..terminal.hints import needs_passthrough

        return needs_passthrough(self._bidi.terminal, self._bidi.mode)

    def check_tmux(self, tell_from_thread: Callable[[str], None]) -> None:
        """Ask tmux whether it passes the requests on (a subprocess: run in a thread);
        if it does not, say how to let it."""
        from ..terminal.detect import tmux_passthrough_allowed
        from ..terminal.hints import tmux_hint

        if tmux_passthrough_allowed() is False:
            tell_from_thread(tmux_hint(self._language))
