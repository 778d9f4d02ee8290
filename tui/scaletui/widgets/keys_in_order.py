"""Keys handled in the order they were typed, in a widget that takes text.

Textual inserts a typed character in the focused widget's own key handler, but runs
a bound key (Backspace, Delete, arrows, Home, Ctrl+U...) only once its Key event has
bubbled through every ancestor's message queue back to the App. A burst of keys (fast
typing, a macro, a paste without bracketed paste) has the next characters inserted
while the Backspace before them is still on its way up: `مرحبا⌫⌫⌫⌫⌫سلام` came out
`مرحب` in a bare Textual Input, every time. Textual issue #6605 (docs/terminals.md
describes it); until a release fixes it, a widget with this mixin runs its own
bindings right where the key arrives, in order with the characters around it.

Only the widget's own non-priority bindings are run here: a priority binding has
already run before the key reached the widget, and a key bound further up (an
ancestor, the screen, the App) keeps Textual's way, so an ancestor's key handler
still sees it first.
"""

from __future__ import annotations

from collections import deque
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from textual import events
from textual.app import ScreenStackError
from textual.message import Message
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen
    from textual.timer import Timer


class KeysInOrder(Widget):
    """Put after the widget class in the bases, `class BidiInput(Input, KeysInOrder)`:
    Textual takes a widget's CSS type names from its first base."""

    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable:
            return  # typed text: the widget's own handler inserts it, as it arrives
        active = self.screen.active_bindings.get(event.key)
        if (
            active is None
            or active.node is not self
            or not active.enabled
            or active.binding.priority
        ):
            return
        event.prevent_default()  # the widget's own key handler is not to see it again
        event.stop()  # nor the App, which would run the binding a second time
        await self.app.run_action(active.binding.action, self)


class KeyDone(Message, bubble=True):
    """Follows `key` to the widget it was sent to and up the same path: the key is done
    with (handled, stopped, or run as a binding by the App) once this reaches the App."""

    def __init__(self, key: events.Key) -> None:
        super().__init__()
        self.key = key


class OneKeyAtATime:
    """Mixed in before App: the next key goes out only once the last one is done with.

    Textual sends each key to the widget focused when the App takes it from its queue,
    and a bound key's action (focus the search bar, open the palette or the note
    editor) runs only after that key has bubbled back to the App. Keys typed together
    with such a key reached the widget focused before it: `1n` put the note on the
    panel that had the focus, and `Ctrl+P` with Arabic typed behind it lost the letters to the palette's
    screen before its query line had the focus. Here a key is held while the one
    before it is on its way (`KeyDone` follows it up), and after a key that changed
    the screen, until the new screen has mounted and taken its focus.
    """

    # A KeyDone is lost with the widget it was sent to if the key removed that widget:
    # then the held keys go after this long, rather than never.
    LOST_KEY_SECONDS = 0.5

    _key_in_flight: events.Key | None = None
    _key_screen: Screen[Any] | None = None
    _key_timer: Timer | None = None

    @property
    def _held_keys(self) -> deque[events.Key]:
        held: deque[events.Key] | None = self.__dict__.get("_held_key_queue")
        if held is None:
            held = self.__dict__["_held_key_queue"] = deque()
        return held

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._key_in_flight is not None:
                self._held_keys.append(event)
            else:
                await self._send_key(event)
            return
        await super().on_event(event)  # type: ignore[misc]

    async def _send_key(self, key: events.Key) -> None:
        app = cast("App[Any]", self)
        while True:
            self._key_in_flight = key
            try:
                self._key_screen = app.screen
                target: Widget = app.focused or app.screen
            except ScreenStackError:
                # No screen to take keys: the app is ending (the last screen gone
                # with keys still typed). Textual would fail on each of them.
                self._key_in_flight = None
                self._held_keys.clear()
                return
            await super().on_event(key)  # type: ignore[misc]
            if key.is_printable and isinstance(target, KeysInOrder):
                # Typed text: the field inserts it as it comes, and its own keys run
                # in order with it; the next key can follow at once.
                self._key_in_flight = None
                if not self._held_keys:
                    return
                key = self._held_keys.popleft()
                continue
            if not target.post_message(KeyDone(key)):
                self._key_done(key)
                return
            self._key_timer = app.set_timer(self.LOST_KEY_SECONDS, partial(self._key_done, key))
            return

    def on_key_done(self, message: KeyDone) -> None:
        message.stop()
        if message.key is not self._key_in_flight:
            return  # late: its key was already given up for lost
        app = cast("App[Any]", self)
        try:
            screen = app.screen
        except ScreenStackError:
            self._key_done(message.key)
            return
        if screen is not self._key_screen:
            # A new screen (or the one below, back on top) takes its focus while it
            # mounts or resumes, both already in its queue: a callback queued now
            # runs after them.
            self._key_screen = screen
            screen.call_later(self._key_done, message.key)
            return
        self._key_done(message.key)

    def _key_done(self, key: events.Key) -> None:
        if key is not self._key_in_flight:
            return
        if self._key_timer is not None:
            self._key_timer.stop()
            self._key_timer = None
        self._key_in_flight = None
        if self._held_keys:
            following = self._key_in_flight = self._held_keys.popleft()
            cast("App[Any]", self).call_next(self._send_key, following)
