"""The BiDi handshake: explicit mode on the way in, restored on every way out."""

from __future__ import annotations

import io
import os
from collections.abc import Callable

import pytest

from scaletui.terminal import ENTER_EXPLICIT, LEAVE_EXPLICIT, explicit_bidi


def read_all(fd: int) -> str:
    os.set_blocking(fd, False)
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 4096)
        except BlockingIOError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()


def test_sequences_are_the_terminal_wg_ones() -> None:
    assert ENTER_EXPLICIT.startswith("\x1b[8l")  # BDSM reset: explicit mode
    assert "\x1b[?77096h" in ENTER_EXPLICIT  # mintty: bidi off
    assert LEAVE_EXPLICIT.endswith("\x1b[8h")  # back to implicit, the default
    assert "\x1b[?77096l" in LEAVE_EXPLICIT


@pytest.mark.parametrize("failure", [None, RuntimeError, KeyboardInterrupt])
def test_explicit_mode_is_restored_on_every_exit(failure: type[BaseException] | None) -> None:
    leader, follower = os.openpty()
    with os.fdopen(follower, "w", closefd=True) as tty:
        try:
            with explicit_bidi(tty):
                tty.write("body")
                tty.flush()
                if failure:
                    raise failure()
        except (RuntimeError, KeyboardInterrupt):
            pass
        written = read_all(leader)
    os.close(leader)
    assert written.replace("\r", "") == ENTER_EXPLICIT + "body" + LEAVE_EXPLICIT


def test_nothing_is_sent_to_a_pipe_or_when_disabled() -> None:
    buffer = io.StringIO()
    with explicit_bidi(buffer):
        buffer.write("x")
    assert buffer.getvalue() == "x"
    leader, follower = os.openpty()
    with os.fdopen(follower, "w") as tty:
        with explicit_bidi(tty, enabled=False):
            tty.write("y")
            tty.flush()
        assert read_all(leader) == "y"
    os.close(leader)


# -- tmux passthrough, mlterm, detection -------------------------------------------

from pathlib import Path  # noqa: E402

from scaletui.layout import LayoutEngine  # noqa: E402
from scaletui.terminal import Terminal, detect_terminal, handshake, tmux_passthrough  # noqa: E402
from scaletui.terminal.config import ConfigError, read_bidi_choice, save_bidi_choice  # noqa: E402
from scaletui.terminal.detect import passthrough_from_tmux_answer  # noqa: E402
from scaletui.terminal.handshake import MLTERM_CTL_OFF, MLTERM_CTL_ON  # noqa: E402
from scaletui.terminal.hints import help_lines, needs_passthrough, start_hint  # noqa: E402
from scaletui.terminal.setting import resolve_bidi  # noqa: E402


def test_tmux_passthrough_doubles_every_escape_and_ends_with_st() -> None:
    wrapped = tmux_passthrough("\x1b[8l\x1b[1 k")
    assert wrapped == "\x1bPtmux;\x1b\x1b[8l\x1b\x1b[1 k\x1b\\"
    # Undoing the doubling inside gives the sequence back.
    inner = wrapped[len("\x1bPtmux;") : -2]
    assert inner.replace("\x1b\x1b", "\x1b") == "\x1b[8l\x1b[1 k"


def test_inside_tmux_the_handshake_is_sent_bare_and_wrapped_and_restored_both_ways() -> None:
    enter, leave = handshake(Terminal("vte", tmux=True))
    assert enter == ENTER_EXPLICIT + tmux_passthrough(ENTER_EXPLICIT)
    assert leave == tmux_passthrough(LEAVE_EXPLICIT) + LEAVE_EXPLICIT
    assert handshake(Terminal("vte")) == (ENTER_EXPLICIT, LEAVE_EXPLICIT)


def test_mlterm_gets_its_own_switch_and_has_it_turned_back_on() -> None:
    enter, leave = handshake(Terminal("mlterm"))
    assert MLTERM_CTL_OFF in enter and MLTERM_CTL_ON in leave
    assert MLTERM_CTL_OFF not in handshake(Terminal("xterm"))[0]
    enter, leave = handshake(Terminal("mlterm", tmux=True))
    assert tmux_passthrough(ENTER_EXPLICIT + MLTERM_CTL_OFF) in enter


def test_the_handshake_in_tmux_reaches_the_tty() -> None:
    leader, follower = os.openpty()
    with os.fdopen(follower, "w", closefd=True) as tty:
        with explicit_bidi(tty, terminal=Terminal("vte", tmux=True)):
            tty.write("body")
            tty.flush()
        written = read_all(leader).replace("\r", "")
    os.close(leader)
    enter, leave = handshake(Terminal("vte", tmux=True))
    assert written == enter + "body" + leave


@pytest.mark.parametrize(
    ("environ", "kind", "tmux"),
    [
        ({"MLTERM": "3.9.0", "TERM": "mlterm"}, "mlterm", False),
        ({"TERM": "mlterm"}, "mlterm", False),
        ({"KONSOLE_VERSION": "221203", "TERM": "xterm-256color"}, "konsole", False),
        ({"KONSOLE_DBUS_SESSION": "/Sessions/1"}, "konsole", False),
        ({"VTE_VERSION": "7006", "TERM": "xterm-256color"}, "vte", False),
        ({"VTE_VERSION": "7006", "TMUX": "/tmp/tmux-0/default,1,0"}, "vte", True),
        ({"XTERM_VERSION": "XTerm(379)", "TERM": "xterm"}, "xterm", False),
        ({"TERM_PROGRAM": "mintty"}, "mintty", False),
        ({"TERM": "xterm-256color"}, "unknown", False),
        ({}, "unknown", False),
    ],
)
def test_detection_from_the_environment(environ: dict[str, str], kind: str, tmux: bool) -> None:
    terminal = detect_terminal(environ)
    assert (terminal.kind, terminal.tmux) == (kind, tmux)
    assert terminal.key == (f"tmux:{kind}" if tmux else kind)


def test_only_konsole_reorders_regardless_and_gets_a_start_hint() -> None:
    konsole = detect_terminal({"KONSOLE_VERSION": "221203"})
    assert konsole.reorders_regardless
    assert "Bi-Directional text rendering" in start_hint(konsole, "app", chosen=False)
    assert "check-terminal" in start_hint(konsole, "app", chosen=False)
    assert start_hint(konsole, "app", chosen=True) == ""  # the reader has decided
    assert start_hint(konsole, "terminal", chosen=False) == ""
    for environ in ({"VTE_VERSION": "7006"}, {"MLTERM": "3.9.0"}, {"XTERM_VERSION": "X"}):
        assert start_hint(detect_terminal(environ), "app", chosen=False) == ""


def test_help_lines_name_each_terminals_own_setting() -> None:
    assert any("--ctl=false" in line for line in help_lines(Terminal("mlterm"), "app"))
    konsole = help_lines(Terminal("konsole"), "app")
    assert any("Bi-Directional text rendering" in line for line in konsole)
    behind_tmux = help_lines(Terminal("vte", tmux=True), "app")
    assert any("set -g allow-passthrough on" in line for line in behind_tmux)
    assert not any("allow-passthrough" in line for line in help_lines(Terminal("vte"), "app"))


def test_passthrough_is_needed_only_in_tmux_in_app_mode_before_a_reordering_terminal() -> None:
    assert needs_passthrough(Terminal("vte", tmux=True), "app")
    assert needs_passthrough(Terminal("unknown", tmux=True), "app")
    assert not needs_passthrough(Terminal("vte", tmux=True), "terminal")
    assert not needs_passthrough(Terminal("xterm", tmux=True), "app")
    assert not needs_passthrough(Terminal("vte"), "app")


@pytest.mark.parametrize(
    ("answer", "allowed"),
    [
        ((0, "on\n", ""), True),
        ((0, "all\n", ""), True),
        ((0, "off\n", ""), False),
        ((1, "", "invalid option: allow-passthrough"), True),  # tmux < 3.3
        ((1, "", "no server running on /tmp/tmux-0/default"), None),
    ],
)
def test_tmux_answers(answer: tuple[int, str, str], allowed: bool | None) -> None:
    assert passthrough_from_tmux_answer(*answer) is allowed


@pytest.mark.skipif(not __import__("shutil").which("tmux"), reason="needs tmux")
def test_a_real_tmux_is_asked(tmp_path: Path) -> None:
    import subprocess

    from scaletui.terminal.detect import tmux_passthrough_allowed

    socket = tmp_path / "sock"
    tmux = ["tmux", "-S", str(socket), "-f", "/dev/null"]
    subprocess.run([*tmux, "new-session", "-d", "sleep 30"], check=True)
    try:
        env = {**os.environ, "TMUX": f"{socket},0,0"}
        for value, expected in (("off", False), ("on", True)):
            subprocess.run([*tmux, "set", "-g", "allow-passthrough", value], check=True)
            answer = subprocess.run(
                ["tmux", "show-options", "-gv", "allow-passthrough"],
                capture_output=True, text=True, env=env, check=False,
            )  # fmt: skip
            assert (
                passthrough_from_tmux_answer(answer.returncode, answer.stdout, answer.stderr)
                is expected
            )
        assert tmux_passthrough_allowed() in (True, False, None)  # never raises
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)


# -- the saved choice ---------------------------------------------------------------


def test_a_choice_is_saved_per_terminal_and_read_back(tmp_path: Path) -> None:
    config = tmp_path / "dir" / "config.json"
    assert read_bidi_choice(config, "konsole") is None  # no file yet
    save_bidi_choice(config, "konsole", "terminal")
    save_bidi_choice(config, "tmux:vte", "app")
    assert read_bidi_choice(config, "konsole") == "terminal"
    assert read_bidi_choice(config, "tmux:vte") == "app"
    assert read_bidi_choice(config, "vte") is None
    save_bidi_choice(config, "konsole", "app")
    assert read_bidi_choice(config, "konsole") == "app"
    assert read_bidi_choice(config, "tmux:vte") == "app"  # the other one kept


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2]", b'{"bidi": "terminal"}', b'{"bidi": {"konsole": "sideways"}}',
     b"\xff\xfe"],
)  # fmt: skip
def test_a_bad_config_warns_in_one_line_and_the_default_is_used(
    tmp_path: Path, content: bytes
) -> None:
    config = tmp_path / "config.json"
    config.write_bytes(content)
    with pytest.raises(ConfigError) as raised:
        read_bidi_choice(config, "konsole")
    assert str(config) in str(raised.value) and "\n" not in str(raised.value)
    setting = resolve_bidi(None, {"KONSOLE_VERSION": "1"}, config)
    assert setting.mode == "app" and not setting.chosen
    assert str(setting.warning).startswith(str(config)) and "\n" not in str(setting.warning)
    # Saving over it starts a new file and keeps the bad one beside it.
    save_bidi_choice(config, "konsole", "terminal")
    assert read_bidi_choice(config, "konsole") == "terminal"
    kept = tmp_path / "config.json.bad"
    if b"sideways" in content:  # a usable file: only the bad value is replaced
        assert not kept.exists()
    else:
        assert kept.read_bytes() == content


@pytest.mark.parametrize("make", [os.mkfifo, lambda path: path.write_text("")])
def test_a_config_folder_that_is_no_folder_is_said_to_be_none(
    tmp_path: Path, make: Callable[[Path], None]
) -> None:
    """SCALETUI_CONFIG_DIR naming a FIFO or a file: the choice was "not saved: ...:
    cannot be written (File exists)", mkdir's reason for what is not a folder."""
    folder = tmp_path / "config"
    make(folder)
    with pytest.raises(ConfigError) as raised:
        save_bidi_choice(folder / "config.json", "konsole", "terminal")
    assert f"{folder} is not a directory" in str(raised.value)
    assert "File exists" not in str(raised.value)


def test_an_unreadable_config_is_a_warning_too(tmp_path: Path) -> None:
    config = tmp_path / "config.json"
    config.mkdir()  # reading a directory fails with an OSError
    setting = resolve_bidi(None, {}, config)
    assert setting.mode == "app" and "cannot be read" in str(setting.warning)


def test_config_problems_are_said_in_the_readers_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """They were English under --lang ar: a broken config.json, and a wrong SCALETUI_BIDI."""
    from scaletui.cli import main

    monkeypatch.setenv("SCALETUI_CONFIG_DIR", str(tmp_path))
    for variable in ("SCALETUI_BIDI", "MLTERM", "TMUX", "KONSOLE_VERSION"):
        monkeypatch.delenv(variable, raising=False)
    config = tmp_path / "config.json"
    config.write_text("{not json", encoding="utf-8")
    assert main(["print", "--lang", "ar", "--width", "40"]) == 0
    warning = capsys.readouterr().err
    assert warning.startswith(f"scaletui: {config}: ليس JSON صالحًا (")
    assert warning.endswith(")؛ سيُستعمل --bidi app\n") and warning.count("\n") == 1
    monkeypatch.setenv("SCALETUI_BIDI", "sideways")
    assert main(["print", "--lang", "ar"]) == 2
    assert capsys.readouterr().err == (
        "scaletui: SCALETUI_BIDI='sideways': المتوقَّع واحد من app, terminal\n"
    )


def test_flag_then_environment_then_saved_choice_then_app(tmp_path: Path) -> None:
    config = tmp_path / "config.json"
    konsole = {"KONSOLE_VERSION": "221203"}
    assert resolve_bidi(None, konsole, config).mode == "app"
    save_bidi_choice(config, "konsole", "terminal")
    saved = resolve_bidi(None, konsole, config)
    assert (saved.mode, saved.chosen) == ("terminal", True)
    assert resolve_bidi(None, {**konsole, "SCALETUI_BIDI": "app"}, config).mode == "app"
    assert resolve_bidi("app", konsole, config).mode == "app"
    assert resolve_bidi(None, {"VTE_VERSION": "1"}, config).mode == "app"  # another terminal
    with pytest.raises(ValueError, match="SCALETUI_BIDI"):
        resolve_bidi(None, {"SCALETUI_BIDI": "both"}, config)


def test_a_saved_choice_for_another_version_of_the_terminal_is_said_to_be_old(
    tmp_path: Path,
) -> None:
    # Chosen 2 in Konsole, then its BiDi unticked (or Konsole upgraded): Arabic came out
    # unjoined and left to right with nothing said. A new version is said at start.
    config = tmp_path / "config.json"
    save_bidi_choice(config, "konsole", "terminal", "230805")
    same = resolve_bidi(None, {"KONSOLE_VERSION": "230805"}, config)
    assert (same.mode, same.chosen, same.warning) == ("terminal", True, "")
    newer = resolve_bidi(None, {"KONSOLE_VERSION": "240202"}, config)
    assert (newer.mode, newer.chosen) == ("terminal", True)
    said = str(newer.warning)
    assert "240202" in said and "230805" in said and "check-terminal" in said
    # A choice saved before versions were kept says nothing.
    save_bidi_choice(config, "konsole", "terminal")
    assert resolve_bidi(None, {"KONSOLE_VERSION": "240202"}, config).warning == ""


def test_the_terminals_version_comes_from_its_own_variable() -> None:
    assert detect_terminal({"KONSOLE_VERSION": "230805"}).version == "230805"
    assert detect_terminal({"VTE_VERSION": "7800"}).version == "7800"
    assert detect_terminal({"MLTERM": "3.9.3"}).version == "3.9.3"
    assert detect_terminal({"TERM": "foot"}).version == ""


def test_terminal_mode_help_says_how_to_redo_the_choice() -> None:
    lines = help_lines(Terminal("konsole"), "terminal")
    assert any("no longer orders" in line and "check-terminal" in line for line in lines)


@pytest.mark.parametrize(
    "text", ["استثمرت ميتا في Scale AI مبلغ 14.3 مليار دولار (Meta)", "ميتا", "نص\tبجدولة"]
)
def test_terminal_mode_marks_each_right_to_left_line_as_right_to_left(text: str) -> None:
    # A wrapped line that begins with a Latin name was read left to right by Konsole and
    # VTE (their guess: the row's first strong letter). RLI before (on a space of its
    # own: Konsole drops it with a cell drawn otherwise), PDI after; an RLM neither
    # honours, and Konsole let RLE ... PDF spoil the row below (seen in Konsole, sakura).
    engine = LayoutEngine(reorder=False)
    for width in (12, 30, 80):
        for line in engine.layout(text, width).lines:
            logical = text[line.start : line.end].replace("\t", " ").rstrip()
            # Padded before the isolate, so the line sits at the row's right end (where
            # it sat at the left, ragged on the right, in sakura, mlterm and Konsole).
            assert line.text.lstrip() == "\u2067" + logical + "\u2069"
            assert line.text.endswith("\u2069")
            assert " \u2067" in line.text  # a cell of its own for the RLI
            assert len(line.cells) == width
    latin = engine.layout("Meta in سكيل", 40).lines[0].text
    assert "\u2067" not in latin and "\u2069" not in latin
    assert "\u2067" not in LayoutEngine().layout(text, 30).lines[0].text  # app mode: never
