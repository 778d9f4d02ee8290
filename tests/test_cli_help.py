"""`scaletui --help` lists every command with a one-line summary, as git and pip do,
in the reader's language; each command takes the options it says it takes."""

from __future__ import annotations

import pytest

from scaletui.cli import main
from scaletui.cli_parsers import APP_SUMMARY, COMMAND_SUMMARIES, COMMANDS
from scaletui.i18n import load_language


def help_of(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_code:
        main(argv)
    assert exit_code.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_help_lists_every_command_on_one_line_each(
    code: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # an 80-column terminal: each summary fits its line
    language = load_language(code)
    _ = language.gettext
    out = help_of(["--lang", code, "--help"], capsys)
    lines = out.splitlines()
    listed = lines[lines.index(_("commands") + ":") + 1 :]
    rows = [(_("(no command)"), APP_SUMMARY), *COMMAND_SUMMARIES.items()]
    assert len(COMMANDS) == 9
    for (name, summary), line in zip(rows, listed, strict=False):
        assert line.split() == [*name.split(), *_(summary).split()], line
    assert listed[len(rows)] == ""
    assert listed[len(rows) + 1] == _("'scaletui COMMAND --help' lists a command's options.")
    if code == "ar":
        assert "check-terminal  اختر الطريقة" in out and "print           اطبع المقال" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_its_own_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = help_of([command, "--help"], capsys)
    assert out.startswith(f"usage: scaletui {command} ")
    help_of(["--lang", "ar", command, "--help"], capsys)


@pytest.mark.parametrize(
    "command", [["check-terminal"], ["print"], ["validate"], ["draft", "a.txt", "-o", "pack"]]
)
def test_a_command_that_keeps_no_notes_refuses_data_dir(
    command: list[str], tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_code:
        main([*command, "--data-dir", str(tmp_path)])
    assert exit_code.value.code == 2
    assert "unrecognized arguments: --data-dir" in capsys.readouterr().err


def test_export_takes_data_dir_before_or_after_the_command(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["export", "--data-dir", str(tmp_path), "-o", "-"],
        ["--data-dir", str(tmp_path), "export", "-o", "-"],
    ):
        assert main(argv) == 1  # a new data directory: no notes yet, nothing written
        assert "no notes on" in capsys.readouterr().err
