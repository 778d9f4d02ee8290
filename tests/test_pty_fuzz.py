"""Random keys through a real pty, at two sizes: the app never dies (issue 26).

test_key_fuzz.py drives the app with Textual's Pilot; this sends the same kind of
keys as a terminal sends them (escape sequences, UTF-8 Arabic, bursts in one write)
to `python -m scaletui` in a pty, so Textual's input thread, its parser and the
app's own key handling are all in the path. It fails on a traceback on the screen or
in the output, or on any exit before the final Ctrl+Q; the last keys are a quit,
which must end the app cleanly. Bounded: a few hundred keys, each burst waits only
until the app has drawn it.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pty_terminal import CTRL_Q, PtyTerminal, scaletui_argv
from test_key_fuzz import QUITTING, binding_keys

# Key names as xterm sends them (default modes); names with no entry are left out.
SEQUENCES = {
    "enter": "\r", "escape": "\x1b", "tab": "\t", "shift+tab": "\x1b[Z", "backspace": "\x7f",
    "space": " ", "up": "\x1b[A", "down": "\x1b[B", "right": "\x1b[C", "left": "\x1b[D",
    "home": "\x1b[H", "end": "\x1b[F", "pageup": "\x1b[5~", "pagedown": "\x1b[6~",
    "delete": "\x1b[3~", "shift+up": "\x1b[1;2A", "shift+down": "\x1b[1;2B",
    "shift+left": "\x1b[1;2D", "shift+right": "\x1b[1;2C", "ctrl+left": "\x1b[1;5D",
    "ctrl+right": "\x1b[1;5C", "alt+left": "\x1b[1;3D", "ctrl+home": "\x1b[1;5H",
    "ctrl+end": "\x1b[1;5F", "slash": "/", "question_mark": "?", "left_square_bracket": "[",
    "right_square_bracket": "]", "left_parenthesis": "(", "right_parenthesis": ")",
    "full_stop": ".", "comma": ",", "minus": "-", "plus": "+", "equals_sign": "=",
    "number_sign": "#", "apostrophe": "'", "greater_than_sign": ">", "less_than_sign": "<",
}  # fmt: skip
TEXT = list("ميتا وانغ سكيل ١٥ 15 (Meta) abc%٪،؟")
KEYS_PER_SIZE = 200


def key_bytes(name: str) -> str | None:
    if name in QUITTING:
        return None
    if name in SEQUENCES:
        return SEQUENCES[name]
    if len(name) == 1:
        return name
    if name.startswith("ctrl+") and len(name) == 6 and name[5].isalpha():
        return chr(ord(name[5]) - ord("a") + 1)  # ctrl+q is left out above
    return None


def alphabet() -> list[str]:
    sent = [key_bytes(name) for name in binding_keys()]
    return [keys for keys in sent if keys] + TEXT + ["\r", "\x1b", "\t", "\x7f"]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_random_keys_in_a_real_terminal_never_kill_the_app(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    rng = random.Random(f"pty-{size}")
    keys = alphabet()
    with PtyTerminal(scaletui_argv(), *size, cwd=tmp_path) as terminal:  # exports land here
        terminal.wait_for_text("ميتا", timeout=60)
        sent = 0
        while sent < KEYS_PER_SIZE:
            burst = [rng.choice(keys) for _ in range(rng.choice([1, 1, 1, 2, 3, 5]))]
            terminal.write("".join(burst))
            sent += len(burst)
            terminal.settled(quiet=0.03, timeout=10)
            assert terminal.process.poll() is None, f"the app ended:\n{terminal.tail()}"
            assert "Traceback" not in terminal.text(), terminal.text()
        # Ctrl+Q leaves from anywhere (a dialog, the editor: its text is kept).
        terminal.write(CTRL_Q)
        status = terminal.wait_exit(timeout=60)
        output = terminal.tail(20000)
    assert "Traceback" not in output, output
    assert status == 0, f"exit {status}:\n{output}"


@pytest.mark.parametrize("quit_key", ["q", CTRL_Q], ids=["q", "ctrl+q"])
def test_keys_typed_after_quit_end_with_the_app_not_in_a_traceback(
    tmp_path: Path, quit_key: str
) -> None:
    # Keys still queued when the last screen went (a quit with a burst behind it) met
    # "ScreenStackError: No screens on stack".
    with PtyTerminal(scaletui_argv(), 80, 24, cwd=tmp_path) as terminal:
        terminal.wait_for_text("ميتا", timeout=60)
        terminal.write("2" + quit_key + "jjkk/وانغ\r" + "ميتا" * 20 + "\x1b[A\x1b[B" * 20)
        status = terminal.wait_exit(timeout=60)
        output = terminal.tail(20000)
    assert "Traceback" not in output and "ScreenStackError" not in output, output
    assert status == 0, f"exit {status}:\n{output}"
