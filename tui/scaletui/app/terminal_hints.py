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

    def __init__(
        self, bidi: BidiSetting, language: Language, tell: Tell, tell_reordered: Tell | None = None
    ) -> None:
        """`tell_reordered` shows a hint as a terminal that orders Arabic itself needs it
        (logical, on whole rows): the hints that say the terminal is ordering the app's
        text must read right there, in Arabic too (`tell` if not given)."""
        self._bidi = bidi
        self._language = language
        self._tell = tell
        self._tell_reordered = tell_reordered or tell

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
        if hint:  # Konsole, ordering the app's text: the hint is ordered by it too
            self._tell_reordered(hint, severity="warning", timeout=30)

    def needs_tmux_check(self) -> bool:
        """Inside tmux, when the app's requests must pass through it to the terminal."""
        if not self._bidi.terminal.tmux:
            return False
        from ..terminal.hints import needs_passthrough

        return needs_passthrough(self._bidi.terminal, self._bidi.mode)

    def check_tmux(self, tell_from_thread: Callable[[Tell, str], None]) -> None:
        """Ask tmux whether it passes the requests on (a subprocess: run in a thread);
        if it does not, say how to let it (`tell_from_thread(tell, hint)`)."""
        from ..terminal.detect import tmux_passthrough_allowed
        from ..terminal.hints import tmux_hint

        if tmux_passthrough_allowed() is False:
            # The requests dropped, a terminal that orders Arabic itself orders the hint.
            ordered = self._bidi.terminal.orders_unless_told
            tell_from_thread(
                self._tell_reordered if ordered else self._tell, tmux_hint(self._language)
            )
