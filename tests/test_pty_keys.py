"""Every key typed is kept, in order, in every input: bursts through a real pty.

Each burst is what fast typing sends in one write: an Arabic word, some Backspaces,
another Arabic word, a Latin word and a tag that makes the burst's text unique on the
screen. It goes into the search bar, the notes filter, the palette's query line, the
note editor and its tags field, 20 times each, in one app in a 120x40 pty; after each,
the field must show exactly the text those keys make, in order (read off the screen
as the app draws it, shaped and in visual order). Textual ran a Backspace only once
its key had bubbled up to the App, after the letters typed behind it: `مرحبا` + five
Backspaces + `سلام` came out `مرحب` (widgets/keys_in_order.py).

Every wait is for what the screen shows, with a generous deadline (never a fixed
sleep), so a busy machine makes this slower, not red.
"""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from pty_terminal import (
    BACKSPACE,
    CTRL_P,
    CTRL_S,
    CTRL_U,
    ENTER,
    ESCAPE,
    TAB,
    PtyTerminal,
    folded,
    scaletui_argv,
)
from scaletui.layout import LayoutEngine
from scaletui.notes import NoteStore
from scaletui.story import load_story, resolve_pack

pytestmark = pytest.mark.skipif(
    shutil.which("stty") is None, reason="no pty support on this platform"
)

BURSTS = 20
CTRL_A = "\x01"
PROBE = "ژ"  # a letter no pack text has: seen in the field, the field has the keys
ARABIC = ["مرحبا", "سلام", "ميتا", "وانغ", "الذكاء", "استثمار", "شركة", "مختبر", "لاعب", "أثر"]
LATIN = ["Meta", "Scale", "AI", "Wang", "lab", "Zuckerberg"]
ENGINE = LayoutEngine()
EDITOR_KEYS = "Tab to the tags"  # the note editor's line of keys


def bursts(seed: int) -> Iterator[tuple[str, str]]:
    """(keys, the text they make) for each burst: reproducible, different per input."""
    rng = random.Random(seed)
    for number in range(BURSTS):
        first, second = rng.choice(ARABIC), rng.choice(ARABIC)
        back = rng.randint(1, len(first))
        tail = f" {rng.choice(LATIN)} k{seed}x{number}"
        yield first + BACKSPACE * back + second + tail, first[: len(first) - back] + second + tail


def shown(terminal: PtyTerminal, text: str) -> bool:
    needle = folded(ENGINE.visual(text))
    return any(needle in folded(row) for row in terminal.lines())


def shown_in(terminal: PtyTerminal, text: str, _rows: list[str]) -> bool:
    return shown(terminal, text)


def type_bursts(terminal: PtyTerminal, seed: int, clear: str) -> str:
    """Send each burst after `clear` in one write; each must come out whole, in order.
    Returns the last burst's text.

    The text is checked once it shows: it ends in the burst's unique tag, typed last,
    so it cannot show before every key is in, and a Backspace run late would eat the
    tag (the field would never show it)."""
    text = ""
    began = time.monotonic()
    for keys, text in bursts(seed):
        terminal.write(clear + keys)
        terminal.wait_for(partial(shown_in, terminal, text), what=text)
    assert shown(terminal, text), f"{text!r} changed after it was drawn:\n{terminal.text()}"
    print(f"input {seed}: {BURSTS} bursts in {time.monotonic() - began:.1f} s")
    return text


@pytest.fixture
def app_in_pty(tmp_path: Path) -> Iterator[PtyTerminal]:
    terminal = PtyTerminal(scaletui_argv(), 120, 40, cwd=tmp_path)
    try:
        terminal.wait_for_text("ميتا", timeout=60)
        yield terminal
    finally:
        terminal.close()


def open_field(terminal: PtyTerminal, keys: str) -> None:
    """`keys` open a field; once it shows a letter typed into it, it has the focus."""
    terminal.write(keys)
    deadline = time.monotonic() + 30
    while True:  # the keys may take a while to open it: type the probe until it lands
        terminal.write(PROBE)
        try:
            terminal.wait_for(lambda _rows: shown(terminal, PROBE), timeout=1, what=PROBE)
            return
        except AssertionError:
            if time.monotonic() > deadline:
                raise


def close(terminal: PtyTerminal, keys: str, text: str) -> None:
    """`keys` close the field showing `text`: wait until it is gone (a lone Esc is only
    an Esc once no key follows it within Textual's escape delay)."""
    terminal.write(keys)
    terminal.wait_for(lambda _rows: not shown(terminal, text), what=f"{text!r} gone")


def test_bursts_of_arabic_backspace_and_latin_reach_every_input(
    app_in_pty: PtyTerminal, isolated_user_dirs: Path
) -> None:
    terminal = app_in_pty
    started = time.monotonic()
    # The search bar (the article's search).
    open_field(terminal, "/")
    close(terminal, ESCAPE, type_bursts(terminal, 1, CTRL_U))
    # The notes filter (panel 6, f).
    open_field(terminal, "6f")
    type_bursts(terminal, 2, CTRL_U)
    terminal.write(CTRL_U + ENTER)
    # The palette's query line.
    open_field(terminal, CTRL_P)
    close(terminal, ESCAPE, type_bursts(terminal, 3, CTRL_U))
    # The note editor (n on the article) and its tags field.
    open_field(terminal, "1n")
    body = type_bursts(terminal, 4, CTRL_A + BACKSPACE)
    open_field(terminal, TAB)
    tags = type_bursts(terminal, 5, CTRL_U)
    # The saved tag stays on screen in the notes list: wait for the editor's own line.
    close(terminal, CTRL_S, EDITOR_KEYS)
    elapsed = time.monotonic() - started
    print(f"{5 * BURSTS} bursts in {elapsed:.1f} s")
    terminal.close()
    # What was saved is what the keys made.
    store = NoteStore(isolated_user_dirs / "data" / "scaletui")
    try:
        story = load_story(resolve_pack(None))
        (note,) = store.notes(story.id)
        assert note.body == body
        assert " ".join(note.tags) == tags
    finally:
        store.close()


def test_closing_the_terminal_ends_a_shells_jobs_too(tmp_path: Path) -> None:
    """A job a shell started is a process group of its own: killing the shell's group
    left it running (a failed signal test left five apps spinning on the machine)."""
    import os

    from pty_terminal import PtyTerminal, process_state

    environment = {**os.environ, "PS1": "$ "}
    shell = ["bash", "--norc", "--noprofile", "-i"]
    with PtyTerminal(shell, 80, 24, env=environment, cwd=tmp_path) as terminal:
        terminal.write("sleep 600 & echo JOB=$!\r")
        rows = terminal.wait_for(lambda rows: any(r.startswith("JOB=") for r in rows))
        job = int(next(r for r in rows if r.startswith("JOB="))[4:].strip())
        assert os.getpgid(job) != terminal.process.pid  # (its own group)
    deadline = time.monotonic() + 30
    while process_state(job) not in ("Z", "gone"):
        assert time.monotonic() < deadline, "the job outlived its terminal"
        time.sleep(0.02)
