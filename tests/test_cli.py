"""`scaletui print` and `scaletui validate` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from rich.cells import cell_len

from scaletui.cli import main
from scaletui.cli_parsers import command_first

ROOT = Path(__file__).parents[1]


def test_print_lays_out_every_line_at_the_width(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["print", "--width", "60", "--color", "never"]) == 0
    out = capsys.readouterr().out
    lines = out.split("\n")[:-1]
    text_lines = [line for line in lines if line]
    assert all(cell_len(line) == 60 for line in text_lines)
    # The headline comes first, right-aligned, its first word at the right edge.
    first = text_lines[0]
    assert unicodedata.normalize("NFKC", first.split()[-1][::-1]) == "هل"
    assert "(Scale AI)" in out and "%49" in out
    assert "\x1b" not in out


def test_print_color_always_bolds_headings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["print", "--width", "50", "--color", "always"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\x1b[1m") and out.count("\x1b[1m") >= 8


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["print", "--width", "0"], 2, "scaletui: --width must be at least 1, not 0"),
        (["print", "no-such-story"], 2, "scaletui: no-such-story: no such story pack or directory"),
        (["validate", "/definitely/not/here"], 2, "scaletui: /definitely/not/here: no such story"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(
    argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == code
    captured = capsys.readouterr()
    assert captured.err.startswith(message)
    assert len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err


def test_validate_ok_and_broken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    assert ": ok: " in capsys.readouterr().out
    pack = tmp_path / "broken"
    pack.mkdir()
    (pack / "article.txt").write_text("# عنوان\n\nنص.\n", encoding="utf-8")
    (pack / "story.toml").write_text(
        'schema = 1\n[story]\nid = "x"\ntitle_en = "x"\nlanguage = "ar"\n'
        '[[events]]\nid = "e"\ndate = "2025-99"\ntitle_ar = "ح"\ntitle_en = "e"\n'
        'entities = ["nobody"]\nprovenance = "article"\nevidence = "غير موجود"\n',
        encoding="utf-8",
    )
    assert main(["validate", str(pack)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"scaletui: {pack}/story.toml: events[0].date: bad date '2025-99': use YYYY, YYYY-MM or "
        "YYYY-MM-DD",
        f"scaletui: {pack}/story.toml: events[0].entities[0]: unknown entity id 'nobody'",
        f"scaletui: {pack}/story.toml: events[0].evidence: not found in the article: 'غير موجود'",
    ]


def test_a_file_is_not_a_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "article.txt"
    file.write_text("نص", encoding="utf-8")
    assert main(["validate", str(file)]) == 2
    assert "not a story pack directory" in capsys.readouterr().err


def test_python_dash_m_runs_and_pipes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scaletui", "print", "--width", "40"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert all(cell_len(line) == 40 for line in result.stdout.splitlines() if line)


def test_print_into_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    result = subprocess.run(
        f"'{sys.executable}' -m scaletui print --width 30 | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in result.stderr


def test_print_bidi_terminal_sends_logical_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["print", "--width", "60", "--bidi", "terminal", "--color", "never"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    # As stored: unshaped, in logical order, in an RTL isolate (RLI ... PDI), padded
    # before it so the terminal sets it at the right end of the row.
    assert first.lstrip().startswith('\u2067هل تنجح شراكة "ميتا"')
    assert first.endswith("\u2069") and first.startswith(" ")
    assert cell_len(first) == 60


# -- the interface language on the command line ----------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--lang", "ar", "print", "--width", "0"], "scaletui: يجب ألا يقل --width عن 1"),
        (["print", "--lang=ar", "no-such-story"], "scaletui: no-such-story: لا توجد حزمة قصة"),
        (["--lang", "xx"], "scaletui: unknown language 'xx': expected one of en, ar"),
        (["--digits", "roman", "validate"], "scaletui: unknown digits 'roman'"),
    ],
)
def test_errors_in_the_chosen_language_are_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and len(err.strip().splitlines()) == 1


def test_options_before_the_command_go_with_it(tmp_path: Path) -> None:
    argv = ["--data-dir", str(tmp_path), "--lang=ar", "--bidi", "terminal", "library"]
    assert command_first(argv) == ["library", *argv[:-1]]
    assert command_first(["--data-dir", "library"]) == ["--data-dir", "library"]  # a value
    assert command_first(["my-pack"]) == ["my-pack"]


def test_language_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCALETUI_LANG", "ar")
    assert main(["validate"]) == 0
    assert "الفقرات ٢٢" in capsys.readouterr().out  # Arabic-Indic digits under ar by default
    monkeypatch.setenv("SCALETUI_DIGITS", "latin")
    assert main(["validate"]) == 0
    assert "الفقرات 22" in capsys.readouterr().out


@pytest.mark.parametrize(("value", "on"), [("1", True), ("Yes", True), ("off", False), ("", False)])
def test_the_hijri_variable_is_on_off_or_refused(
    value: str, on: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from scaletui.i18n import hijri_from_environment

    assert hijri_from_environment({"SCALETUI_HIJRI": value}) is on
    monkeypatch.setenv("SCALETUI_HIJRI", "maybe")  # was quietly taken as off
    assert main(["validate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("scaletui: unknown SCALETUI_HIJRI 'maybe'") and err.count("\n") == 1


def test_argparse_speaks_arabic(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_code:
        main(["--lang", "ar", "validate", "--help"])
    assert exit_code.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("الاستعمال: ") and "الخيارات:" in out and "اعرض رسالة المساعدة" in out
    with pytest.raises(SystemExit):
        main(["--lang", "ar", "print", "--bogus"])
    assert "خطأ: وسائط غير معروفة: --bogus" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # and English again afterwards: nothing leaks
        main(["print", "--bogus"])
    assert "error: unrecognized arguments: --bogus" in capsys.readouterr().err


def test_file_errors_in_arabic_name_the_kind_in_arabic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Errors raised by the story layer (reading a file) reach the reader in the
    chosen language too, with the parts they are made of (here, the file's kind)."""
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02 data")
    expected = {
        str(fifo): "هذا أنبوب مسمّى (FIFO)، لا ملف عادي",
        str(empty): "الملف فارغ",
        str(binary): "يبدو ملفًا ثنائيًا (فيه بايتات NUL)، لا نصًا",
    }
    for path, message in expected.items():
        for command in (
            ["open", path],
            ["print", path],
            ["draft", path, "-o", str(tmp_path / "p")],
        ):
            if command[0] == "draft" and path == str(fifo):
                continue  # draft names a FIFO "no such file" before reading: a file is expected
            assert main(["--lang", "ar", *command]) != 0
            err = capsys.readouterr().err.strip()
            assert err == f"scaletui: {path}: {message}", (command, err)
    assert main(["open", str(empty)]) == 1
    assert capsys.readouterr().err.strip() == f"scaletui: {empty}: the file is empty"


def test_a_notes_database_that_cannot_open_is_one_line_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    os.mkfifo(tmp_path / "notes.db")
    out = str(tmp_path / "out.md")
    assert main(["export", "--lang", "ar", "--data-dir", str(tmp_path), "-o", out]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"scaletui: الملاحظات: {tmp_path / 'notes.db'} هو أنبوب مسمّى (FIFO)، لا ملف عادي: "
        "انقله إلى مكان آخر، فيبدأ scaletui قاعدة بيانات ملاحظات جديدة\n"
    )


def test_a_ctrl_c_while_the_command_loads_ends_it_quietly_with_130(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """A Ctrl+C in the first tenths of a second (the CLI's imports, its arguments),
    outside cli.main's own handling, printed a KeyboardInterrupt traceback."""
    import builtins

    from scaletui import cli, entry

    def interrupted(*args: object) -> list[str]:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "command_first", interrupted)  # while the arguments are read
    assert entry.main(["validate"]) == 130
    real_import = builtins.__import__

    def import_interrupted(name: str, *args: object, **kwargs: object) -> object:
        if name == "cli" or name.endswith("scaletui.cli"):
            raise KeyboardInterrupt  # while the CLI's modules load
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.delitem(sys.modules, "scaletui.cli")
    monkeypatch.setattr(builtins, "__import__", import_interrupted)
    assert entry.main(["validate"]) == 130
    monkeypatch.undo()
    assert "Traceback" not in "".join(capfd.readouterr())
