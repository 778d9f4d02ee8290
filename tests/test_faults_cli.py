"""Faults of the commands, the packs and the config file, found by hunting: one row
each, in test_faults.py's table form (its Env and Fault; areas `cli-`, `print-`,
`pack-`, `config-`), so a fault found once stays fixed.

What a reader gets is checked as they get it: `scaletui` run as a process where a
terminal, a session, the streams' encoding or the machine's memory is the point,
else `cli.main` in this process. Nothing here times anything: a hang is a
subprocess that outlives a generous timeout, memory a generous bound.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from scaletui import cli
from scaletui.story import Story, resolve_pack
from test_faults import CASES as NOTES_CASES
from test_faults import Env, Fault, case_env  # noqa: F401  (the cases' fixture, `env`)

PACK = resolve_pack("scale-ai-meta")
CORPUS_LIKE = "أعلنت شركة ميتا أنها ستستثمر 14.3 مليار دولار في سكيل إيه آي.\n\nوقال ألكسندر وانغ إن الشراكة تبدأ اليوم.\n"
ESCAPES = "\x1b]0;owned\x07\x1b[2J"  # retitles the terminal, then clears it


# -- how a case runs scaletui ----------------------------------------------------------------


def scaletui(
    case: Env, *args: str, timeout: float = 120, **options: object
) -> subprocess.CompletedProcess[str]:
    """`scaletui ARGS` as a process (stdin /dev/null unless given): its status and output.
    A process still running after `timeout` is a hang: killed, and the case fails."""
    for stream, default in (("stdin", subprocess.DEVNULL), ("stdout", subprocess.PIPE),
                            ("stderr", subprocess.PIPE)):  # fmt: skip
        options.setdefault(stream, default)
    try:
        return subprocess.run(
            [sys.executable, "-m", "scaletui", *args], text=True,
            timeout=timeout, cwd=case.tmp, **options,  # type: ignore[call-overload]
        )  # fmt: skip
    except subprocess.TimeoutExpired as hang:
        raise AssertionError(f"scaletui {' '.join(args)} hung: {hang.stderr!r}") from None


def main(env: Env, *args: str) -> tuple[int, str, str]:
    """`cli.main(ARGS)` here: (exit status, stdout, stderr), no traceback on either."""
    env.capfd.readouterr()
    code = cli.main(list(args))
    out, err = env.capfd.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def one_line(err: str, *words: str) -> None:
    """stderr is one `scaletui:` line saying `words`."""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("scaletui: "), err
    assert all(word in lines[0] for word in words), (words, err)


def pack_copy(env: Env, name: str = "pack") -> Path:
    copy = env.tmp / name
    shutil.copytree(PACK, copy)
    return copy


def text_file(env: Env, name: str = "article.txt", text: str = CORPUS_LIKE) -> Path:
    path = env.tmp / name
    path.write_text(text, encoding="utf-8")
    return path


# -- hangs: the app with no terminal -----------------------------------------------------------


def no_terminal(*args: str, config: str | None = None) -> Callable[[Env], None]:
    """`scaletui ARGS` in a session of its own (setsid), stdin /dev/null, output to
    files: no terminal anywhere. It says so in one line and ends with status 2."""

    def check(env: Env) -> None:
        extra = dict(os.environ)
        if config is not None:
            (env.tmp / "config").mkdir()
            (env.tmp / "config" / "config.json").write_text(config, encoding="utf-8")
            extra["SCALETUI_CONFIG_DIR"] = str(env.tmp / "config")
        extra.pop("TEXTUAL_DRIVER", None)
        with (env.tmp / "out").open("w") as out, (env.tmp / "err").open("w") as err:
            done = subprocess.run(
                [sys.executable, "-m", "scaletui", *args], stdin=subprocess.DEVNULL,
                stdout=out, stderr=err, start_new_session=True, env=extra, timeout=120,
                cwd=env.tmp,
            )  # fmt: skip
        said = (env.tmp / "err").read_text()
        assert done.returncode == 2, said
        one_line(said, "needs a terminal", "standard input", "scaletui print")
        assert (env.tmp / "out").read_text() == ""  # no screen drawn into the file

    return check


def print_in_a_pipe_without_terminal(env: Env) -> None:
    """`print` needs none: it goes on working in pipes, under setsid."""
    done = scaletui(env, "print", "--width", "40", start_new_session=True)
    assert done.returncode == 0 and done.stderr == ""
    assert len(done.stdout.splitlines()) > 50


HANGS = [
    Fault("cli-no-terminal-app", "the full-screen app started and never exited",
          no_terminal()),
    Fault("cli-no-terminal-story-dir", "the app started and never exited",
          no_terminal(str(PACK))),
    Fault("cli-no-terminal-library", "the library started and never exited",
          no_terminal("library")),
    Fault("cli-no-terminal-open", "the file opened in the app, which never exited",
          no_terminal("open", str(PACK / "article.txt"))),
    Fault("cli-no-terminal-check-terminal", "check-terminal started and never exited",
          no_terminal("check-terminal")),
    Fault("cli-no-terminal-check-terminal-garbage-config",
          "check-terminal started and never exited", no_terminal("check-terminal",
                                                                 config="\x00garbage[[[")),
    Fault("cli-print-without-terminal-still-works", "(kept working: the boundary of the fix)",
          print_in_a_pipe_without_terminal),
]  # fmt: skip


# -- hangs: print streams -----------------------------------------------------------------------


def distinct_paragraphs(count: int, seed: int = 1) -> str:
    """`count` paragraphs of Arabic prose, no two alike (no layout is cached for another)."""
    import random

    words = PACK.joinpath("article.txt").read_text(encoding="utf-8").split()
    pick = random.Random(seed)
    return "\n\n".join(
        " ".join(pick.choice(words) for _ in range(pick.randint(30, 90))) + "."
        for _ in range(count)
    )


class FirstLine(Exception):
    """Raised by a stdout that needs no more than the first line written."""


def print_writes_before_it_has_read(env: Env) -> None:
    """`print` of a 2 MB file writes its first line when a small part of it is read
    (it read the whole file, and drafted it, before the first line)."""
    book = text_file(env, "book.txt", distinct_paragraphs(6000))
    size = book.stat().st_size
    read = 0
    real_read = os.read

    def counted(descriptor: int, limit: int) -> bytes:
        nonlocal read
        data = real_read(descriptor, limit)
        read += len(data)
        return data

    class Stdout:
        def write(self, text: str) -> int:
            raise FirstLine(read)

        def isatty(self) -> bool:
            return False

    env.monkeypatch.setattr(os, "read", counted)
    env.monkeypatch.setattr(sys, "stdout", Stdout())
    with pytest.raises(FirstLine) as first:
        cli.main(["print", "--width", "60", str(book)])
    assert size > 1_500_000 and first.value.args[0] <= size // 8


# The child's own peak, from /proc (VmHWM): its ru_maxrss is at least its parent's RSS
# when it was started (Linux carries the old memory's peak across exec), and an xdist
# worker that has run half the suite is 300 MB: that failed this test at 298,860 KB
# while print itself peaked under 80.
MEMORY_CHILD = """
import resource, sys
from scaletui.cli import main
code = main(["print", "--width", "70", sys.argv[1]])
try:
    with open("/proc/self/status") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
except OSError:  # (no /proc: the parent's share counted too, an overestimate)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(code, peak, file=sys.stderr)
"""


def print_in_bounded_memory(env: Env) -> None:
    """`print` of a 1.5 MB text on one line holds a few paragraphs, not the text: its
    peak memory stays under 200 MB (it kept every piece's layout, and drafted the
    text: 221 MB at 1.2 MB, 1.7 GB at 10)."""
    import random

    pick = random.Random(3)
    words = ["alpha", "beta", "gamma", "delta", "kappa", "sigma", "theta.", "omega,"]
    book = text_file(env, "one-line.txt", " ".join(pick.choice(words) for _ in range(250_000)))
    assert book.stat().st_size > 1_500_000
    done = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(book)], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, timeout=900)  # fmt: skip
    code, peak_kb = done.stderr.split()[-2:]
    assert code == "0" and int(peak_kb) < 200_000, done.stderr


def print_a_pack_with_one_huge_paragraph(env: Env) -> None:
    """A pack's paragraph longer than any real one is cut as an opened file's is
    (one of 10 MB took print 67 s and 1.7 GB; the app as long)."""
    from scaletui.story import load_story
    from scaletui.story.loader import parse_article
    from scaletui.story.parsing import PARAGRAPH_CHARS_MAX

    pack = pack_copy(env)
    article = (pack / "article.txt").read_text(encoding="utf-8")
    huge = " ".join(p.replace("\n", " ") for p in article.split("\n\n")[1:]) * 20
    (pack / "article.txt").write_text(article + "\n\n" + huge + "\n", encoding="utf-8")
    story = load_story(pack)
    assert max(len(p.text) for p in story.paragraphs) <= PARAGRAPH_CHARS_MAX
    assert len(story.paragraphs) > 22 + len(huge) // PARAGRAPH_CHARS_MAX
    code, out, err = main(env, "print", "--width", "70", str(pack))
    assert code == 0 and err == "" and len(out.splitlines()) > 1000
    headline = parse_article(f"# {huge}\n\nنص.")  # one headline, however long
    assert [p.kind for p in headline].count("title") == 1 and headline[0].kind == "title"


def a_pack_too_big_to_check(env: Env) -> None:
    """A pack's article past 32 MB is refused in a line, unread: a pack is read and
    checked whole, and one of 256 MB (the limit for an opened text) took about 1 GB."""
    pack = pack_copy(env)
    os.truncate(pack / "article.txt", 32 * 1024 * 1024 + 1)
    code, _, err = main(env, "print", str(pack))
    assert code == 1
    one_line(err, "article.txt: -: is 33,554,433 bytes; scaletui reads at most 33,554,432")


def print_many_one_letter_lines(env: Env) -> None:
    """200,000 one-letter lines: each a paragraph, printed as it comes (2,000,000 ran
    past 20 s, every paragraph held and its items drafted)."""
    path = text_file(env, "letters.txt", "".join("بتث"[i % 3] + "\n" for i in range(200_000)))
    code, out, err = main(env, "print", "--width", "40", str(path))
    lines = out.split("\n\n")
    assert code == 0 and err == "" and len(lines) == 200_000
    assert lines[:3] == ["ﺏ", "ﺕ", "ﺙ"]  # a letter alone, no wider than the widest


PRINT = [
    Fault("print-writes-before-reading-the-whole-file",
          "read the whole file and drafted it before the first line", print_writes_before_it_has_read),
    Fault("print-one-line-in-bounded-memory",
          "a 10 MB line took 67 s and 1.7 GB: every layout kept", print_in_bounded_memory),
    Fault("print-pack-with-one-huge-paragraph",
          "laid out whole: 67 s and 1.7 GB for 10 MB", print_a_pack_with_one_huge_paragraph),
    Fault("print-a-pack-too-big-to-check", "a 256 MB article read and checked: about 1 GB",
          a_pack_too_big_to_check),
    Fault("print-many-one-letter-lines",
          "2,000,000 lines ran past 20 s, every paragraph held", print_many_one_letter_lines),
]  # fmt: skip


# -- tracebacks --------------------------------------------------------------------------------


def set_first_number(pack: Path, value: str) -> None:
    text = (pack / "story.toml").read_text(encoding="utf-8")
    first = text.index("value = ", text.index("[[numbers]]"))
    end = text.index("\n", first)
    (pack / "story.toml").write_text(text[:first] + f"value = {value}" + text[end:], "utf-8")


def huge_integer(value: str, said: str) -> Callable[[Env], None]:
    """A number in a pack too large for a float: one line in validate, print and the
    app's loading (OverflowError, or tomli's ValueError past 4,300 digits)."""

    def check(env: Env) -> None:
        pack = pack_copy(env)
        set_first_number(pack, value)
        for command in ("validate", "print"):
            code, _, err = main(env, command, str(pack))
            assert code == 1
            one_line(err, said)
        with pytest.raises(cli.CliError, match=said.replace("+", r"\+")):  # the app's loading
            cli.load(str(pack), env.tmp / "cache")

    return check


@contextmanager
def as_someone_else() -> Iterator[None]:
    """Permissions as a user who is not root (root may search any folder): this
    process's effective user is `nobody` meanwhile, when it runs as root."""
    if os.geteuid() != 0:
        yield
        return
    import pwd

    try:
        nobody = pwd.getpwnam("nobody").pw_uid
    except KeyError:
        pytest.skip("root can search any folder, and there is no user 'nobody' to be")
    os.seteuid(nobody)
    try:
        yield
    finally:
        os.seteuid(0)


def in_a_folder_no_one_may_search(*command: str) -> Callable[[Env], None]:
    """`scaletui COMMAND` of a file in a folder the reader may not search (mode 600):
    one line, the system's reason (PermissionError from Path.is_file: a traceback)."""

    def check(env: Env) -> None:
        readable = text_file(env, "readable.txt")
        locked = env.tmp / "locked"
        locked.mkdir()
        text_file(env, "locked/article.txt")
        out = str(env.tmp / "out")
        argv = [word.format(file=readable, out=out) for word in command]
        env.monkeypatch.setattr(cli, "run_app", lambda args, *more, **named: 0)
        main(env, *argv)  # the same command once on a file it may read: every module loaded
        shutil.rmtree(out, ignore_errors=True)
        locked.chmod(0o600)
        argv = [word.format(file=locked / "article.txt", out=out) for word in command]
        try:
            with as_someone_else():
                code, _, err = main(env, *argv)
        finally:
            locked.chmod(0o700)
        assert code == 1
        one_line(err, "Permission denied")

    return check


def deeply_nested_config(env: Env) -> None:
    """config.json nested 100,000 deep: a warning line and the default, every command
    going on (RecursionError at every start, the app's too)."""
    config = env.tmp / "config"
    config.mkdir()
    (config / "config.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    env.monkeypatch.setenv("SCALETUI_CONFIG_DIR", str(config))
    code, out, err = main(env, "print", "--width", "40")
    assert code == 0 and out
    one_line(err, "config.json: not valid JSON", "nested too deeply", "using --bidi app")


def not_a_text_encoding(encoding: str) -> Callable[[Env], None]:
    """--encoding names a codec that does not turn bytes into text (rot13, base64,
    zip) or decodes nothing (undefined): refused in one line by every command that
    takes it (TypeError, AttributeError, zlib.error, UnicodeError: tracebacks)."""

    def check(env: Env) -> None:
        path = str(text_file(env))
        env.monkeypatch.setattr(cli, "run_app", lambda args, *more, **named: 0)
        for command in (
            ["print", path], ["open", path], ["draft", path, "-o", str(env.tmp / "p")],
            ["export", "--story", path, "-o", "-"],
        ):  # fmt: skip
            code, _, err = main(env, *command, "--encoding", encoding)
            assert code == 1, command
            one_line(err, f"{encoding!r} is not a text encoding")

    return check


def print_to_a_narrow_encoding(encoding: str) -> Callable[[Env], None]:
    """PYTHONIOENCODING=ascii or latin-1: print writes what the stream can take and
    says in one line what it cannot show, and how to fix it (UnicodeEncodeError)."""

    def check(env: Env) -> None:
        streams = {**os.environ, "PYTHONIOENCODING": encoding}
        english = text_file(env, "english.txt", "Plain English.\n\nNothing else.\n")
        done = scaletui(env, "print", "--width", "40", str(english), env=streams)
        assert done.returncode == 0 and "Plain English." in done.stdout and done.stderr == ""
        done = scaletui(env, "print", "--width", "40", env=streams)
        assert done.returncode == 1
        one_line(done.stderr, f"encoding, {encoding}, cannot show U+", "PYTHONIOENCODING=utf-8")

    return check


TRACEBACKS = [
    Fault("pack-integer-of-400-digits", "OverflowError in validate, print and the app",
          huge_integer("1" + "0" * 400, "1.00000e+400 is out of range")),
    Fault("pack-integer-of-5000-digits", "ValueError (tomli's int()) in validate, print, the app",
          huge_integer("1" + "0" * 5000, "a number too long to read")),
    Fault("cli-open-in-a-folder-no-one-may-search", "PermissionError",
          in_a_folder_no_one_may_search("open", "{file}")),
    Fault("cli-draft-in-a-folder-no-one-may-search", "PermissionError",
          in_a_folder_no_one_may_search("draft", "{file}", "-o", "{out}")),
    Fault("cli-print-in-a-folder-no-one-may-search", "PermissionError",
          in_a_folder_no_one_may_search("print", "{file}")),
    Fault("cli-export-from-a-folder-no-one-may-search", "PermissionError",
          in_a_folder_no_one_may_search("export", "--story", "{file}", "-o", "-")),
    Fault("config-nested-100000-deep", "RecursionError at every start", deeply_nested_config),
    Fault("cli-encoding-rot13", "TypeError", not_a_text_encoding("rot13")),
    Fault("cli-encoding-base64", "AttributeError", not_a_text_encoding("base64")),
    Fault("cli-encoding-zip", "zlib.error", not_a_text_encoding("zip")),
    Fault("cli-encoding-undefined", "UnicodeError", not_a_text_encoding("undefined")),
    Fault("print-pythonioencoding-ascii", "UnicodeEncodeError", print_to_a_narrow_encoding("ascii")),
    Fault("print-pythonioencoding-latin-1", "UnicodeEncodeError",
          print_to_a_narrow_encoding("latin-1")),
]  # fmt: skip


# -- wrong ---------------------------------------------------------------------------------------

BOM = "\ufeff"


def bom_in_pack(file: str) -> Callable[[Env], None]:
    """A byte-order mark at the start of article.txt or story.toml, as editors write
    it, is no part of the text (the headline went unseen; TOML said "Invalid statement")."""

    def check(env: Env) -> None:
        pack = pack_copy(env)
        path = pack / file
        path.write_text(BOM + path.read_text(encoding="utf-8"), encoding="utf-8")
        code, out, err = main(env, "validate", str(pack))
        assert code == 0 and err == "" and "ok: 22 paragraphs" in out

    return check


def bom_in_config(env: Env) -> None:
    """A byte-order mark before config.json's JSON: the choice is read (it was "not
    valid JSON", and the reader's choice ignored)."""
    from scaletui.terminal import Terminal
    from scaletui.terminal.config import read_bidi_choice

    path = env.tmp / "config.json"
    path.write_text(BOM + '{"bidi": {"konsole": "terminal"}}', encoding="utf-8")
    assert read_bidi_choice(path, Terminal("konsole").key) == "terminal"


def empty_evidence(value: str) -> Callable[[Env], None]:
    """An evidence quote given empty (or blank) on a context item: said to be empty
    (it passed validation: a quote that quotes nothing)."""

    def check(env: Env) -> None:
        pack = pack_copy(env)
        text = (pack / "story.toml").read_text(encoding="utf-8")
        at = text.index("evidence = ", text.index('provenance = "context"'))
        end = text.index("\n", at)
        text = text[:at] + f"evidence = {value}" + text[end:]
        (pack / "story.toml").write_text(text, encoding="utf-8")
        code, _, err = main(env, "validate", str(pack))
        assert code == 1
        one_line(err, ".evidence: is empty")

    return check


def draft_of_what_is_no_file(make: Callable[[Path], Path], said: str) -> Callable[[Env], None]:
    """`draft` of a FIFO, a device or a directory says what it is (it said "no such
    file"), and waits for nothing."""

    def check(env: Env) -> None:
        source = make(env.tmp)
        code, _, err = main(env, "draft", str(source), "-o", str(env.tmp / "pack"))
        assert code == 1
        one_line(err, f"{source}: is {said}, not a regular file")
        assert not (env.tmp / "pack").exists()

    return check


def fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt"


def escapes_in_a_path(*command: str) -> Callable[[Env], None]:
    """A path given on the command line with ESC and OSC bytes in it (a file named by
    someone else): every message shows them as Control Pictures, never sends them
    to the terminal (they retitled and cleared it)."""

    def check(env: Env) -> None:
        folder = env.tmp / f"x{ESCAPES}"
        folder.mkdir()
        data = env.tmp / "data"
        env.notes(data, "ملاحظة")
        env.monkeypatch.setattr(cli, "run_app", lambda args, *more, **named: 0)
        for name in (f"{folder}/missing.txt", f"{folder}/", f"{folder}/new-pack"):
            argv = [word.format(path=name, data=data) for word in command]
            code, out, err = main(env, *argv)
            for text in (out, err):
                assert "\x1b" not in text and "\x07" not in text, (argv, text)
            assert "\u241b]0;owned\u2407" in out + err, (argv, out + err)

    return check


def refused_empty_name(*command: str) -> Callable[[Env], None]:
    """An empty name where a file or a folder is named: refused in one line (export
    -o "" wrote the default file; draft -o "" wrote into the current folder)."""

    def check(env: Env) -> None:
        env.monkeypatch.chdir(env.tmp)
        with pytest.raises(SystemExit) as ended:
            cli.main(list(command))
        assert ended.value.code == 2
        err = env.capfd.readouterr().err
        assert "an empty name" in err and list(env.tmp.iterdir()) == []

    return check


WRONG = [
    Fault("pack-bom-in-article", "the headline went unseen: 'needs exactly one # line'",
          bom_in_pack("article.txt")),
    Fault("pack-bom-in-story-toml", "'syntax: Invalid statement (at line 1, column 1)'",
          bom_in_pack("story.toml")),
    Fault("config-bom", "'not valid JSON'; the saved choice ignored", bom_in_config),
    Fault("pack-empty-evidence-quote", "passed validation", empty_evidence("''")),
    Fault("pack-blank-evidence-quote", "'not found in the article'", empty_evidence("'   '")),
    Fault("cli-draft-of-a-fifo", "'no such file'",
          draft_of_what_is_no_file(fifo, "a FIFO (named pipe)")),
    Fault("cli-draft-of-a-device", "'no such file'",
          draft_of_what_is_no_file(lambda _: Path("/dev/zero"), "a device")),
    Fault("cli-draft-of-a-directory", "'no such file'",
          draft_of_what_is_no_file(lambda folder: folder, "a directory")),
    Fault("cli-escapes-in-path-validate", "ESC and BEL reached stderr raw",
          escapes_in_a_path("validate", "{path}")),
    Fault("cli-escapes-in-path-print", "ESC and BEL reached stderr raw",
          escapes_in_a_path("print", "{path}")),
    Fault("cli-escapes-in-path-open", "ESC and BEL reached stderr raw",
          escapes_in_a_path("open", "{path}")),
    Fault("cli-escapes-in-path-export", "ESC and BEL reached stderr raw",
          escapes_in_a_path("export", "--data-dir", "{data}", "-o", "{path}")),
    Fault("cli-escapes-in-path-draft", "ESC and BEL reached stderr raw",
          escapes_in_a_path("draft", "{path}", "-o", "{path}")),
    Fault("cli-export-to-an-empty-name", "accepted: the default file written",
          refused_empty_name("export", "-o", "")),
    Fault("cli-draft-to-an-empty-name", "the current folder written into (with --force)",
          refused_empty_name("draft", "x.txt", "-o", "", "--force")),
    Fault("cli-data-dir-an-empty-name", "the default data directory used",
          refused_empty_name("export", "--data-dir", "", "-o", "-")),
    Fault("cli-story-an-empty-name", "'article.txt: missing' and 'story.toml: missing'",
          refused_empty_name("print", "")),
]  # fmt: skip


# -- found beyond the list (the hunt) -----------------------------------------------------


def tilde_of_no_user(env: Env) -> None:
    """`~nobody-here/…` (a user there is no such) is a path like any other, as a shell
    leaves it (expanduser's RuntimeError: a traceback in every command)."""
    missing = "~nobody-here-at-all/x.txt"
    data = str(env.tmp / "data")
    for argv, *said in (
        (["print", missing], "no such file or directory"),
        (["validate", "~nobody-here-at-all"], "no such story pack or directory"),
        (["draft", missing, "-o", str(env.tmp / "p")], "no such file"),
        (["export", "--data-dir", data, "-o", missing], "no such directory"),
        (["import", "--data-dir", data, missing], "no such file", "nothing was imported"),
    ):
        env.notes(env.tmp / "data", "ملاحظة")
        code, _, err = main(env, *argv)
        assert code in (1, 2), argv
        one_line(err, *said)
    env.monkeypatch.setenv("SCALETUI_DATA_DIR", "~nobody-here-at-all/data")
    env.monkeypatch.chdir(env.tmp)
    code, _, err = main(env, "export", "-o", "-")
    one_line(err, "no notes on scale-ai-meta yet")


def a_loop_of_links(env: Env) -> None:
    """A link that points at itself: said to be a loop ("no such file or directory",
    or for export -o a RuntimeError from resolve: a traceback)."""
    loop = env.tmp / "loop.txt"
    loop.symlink_to(loop.name)
    data = env.tmp / "data"
    env.notes(data, "ملاحظة")
    for argv, said in (
        (["print", str(loop)], "Too many levels of symbolic links"),
        (["validate", str(loop)], "Too many levels of symbolic links"),
        (["draft", str(loop), "-o", str(env.tmp / "p")], "Too many levels of symbolic links"),
        (["export", "--data-dir", str(data), "-o", str(loop)], "a loop of symbolic links"),
    ):
        code, _, err = main(env, *argv)
        assert code == 1, argv
        one_line(err, str(loop), said)


def a_folder_without_a_pack(env: Env) -> None:
    """A folder with neither pack file: one line (two, each file "missing")."""
    folder = env.tmp / "texts"
    folder.mkdir()
    text_file(env, "texts/a.txt")
    for command in ("print", "validate"):
        code, _, err = main(env, command, str(folder))
        assert code == 1
        one_line(err, f"{folder}: not a story pack directory")


def utf16_with_its_mark(env: Env) -> None:
    """A UTF-16 text (Notepad's "Unicode") starts with its byte-order mark: it is
    named, with the option to open it ("looks like a binary file")."""
    path = env.tmp / "notepad.txt"
    path.write_bytes(CORPUS_LIKE.encode("utf-16"))
    env.monkeypatch.setattr(cli, "run_app", lambda args, *more, **named: 0)
    for argv in (["print", str(path)], ["open", str(path)],
                 ["draft", str(path), "-o", str(env.tmp / "p")]):  # fmt: skip
        code, _, err = main(env, *argv)
        assert code == 1
        one_line(err, "is utf-16 text", "--encoding utf-16")
    code, out, _ = main(env, "print", "--encoding", "utf-16", str(path))
    assert code == 0 and out


def article_with_carriage_returns(env: Env) -> None:
    """An article whose lines end in \\r alone (old Mac files): "has no paragraphs"."""
    pack = pack_copy(env)
    article = pack / "article.txt"
    article.write_bytes(article.read_bytes().replace(b"\n", b"\r"))
    code, out, err = main(env, "validate", str(pack))
    assert code == 0 and "ok: 22 paragraphs" in out, err


def escapes_in_a_pack_key(env: Env) -> None:
    """A key in story.toml with ESC and BEL in it: "unknown key", shown harmlessly
    (validate sent it raw to the terminal)."""
    pack = pack_copy(env)
    with (pack / "story.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n"\\u001b]0;owned\\u0007" = 1\n')
    code, _, err = main(env, "validate", str(pack))
    assert code == 1 and "\x1b" not in err and "\x07" not in err
    one_line(err, "\u241b]0;owned\u2407: unknown key")


def stdout_on_a_full_disk(env: Env) -> None:
    """Standard output on a full disk (> /dev/full): one line, status 1 (OSError:
    a traceback from print, validate, draft and export -o -)."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here to write to")
    data = env.tmp / "data"
    env.notes(data, "ملاحظة")
    for argv in (["print", "--width", "40"], ["validate"],
                 ["draft", str(text_file(env)), "-o", str(env.tmp / "pack")],
                 ["export", "--data-dir", str(data), "-o", "-"]):  # fmt: skip
        with open("/dev/full", "w") as full:
            done = scaletui(env, *argv, stdout=full)
        assert done.returncode == 1, (argv, done.stderr)
        one_line(done.stderr, "standard output: No space left on device")


def draft_onto_a_full_disk(env: Env) -> None:
    """draft onto a full disk: said, and nothing left behind (a pack folder with an
    empty article.txt stayed, and the next draft into it was refused: "not empty")."""
    disk = env.tmpfs("disk", size="64k")
    env.fill(disk)
    source = text_file(env, "article.txt", CORPUS_LIKE * 50)
    code, _, err = main(env, "draft", str(source), "-o", str(disk / "pack"))
    assert code == 1
    one_line(err, "No space left on device")
    assert sorted(p.name for p in disk.iterdir()) == ["filler"]


def positions_nested_deep(env: Env) -> None:
    """positions.json nested 100,000 deep: no place kept, nothing said (RecursionError:
    the app ended at start with a traceback)."""
    from scaletui.notes.positions import PositionMemory

    data = env.tmp / "data"
    data.mkdir()
    (data / "positions.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    places = PositionMemory(data)
    assert places.get("scale-ai-meta") is None
    assert places.remember("scale-ai-meta", (3, 0)) and PositionMemory(data).get(
        "scale-ai-meta"
    ) == (3, 0)


def tags_nested_deep(env: Env) -> None:
    """A note whose tags are JSON nested 100,000 deep (another tool wrote it): the
    row is repaired and said, the other notes shown (RecursionError at the app's
    start and in export)."""
    import sqlite3

    from scaletui.notes import NoteStore

    data = env.tmp / "data"
    good, bad = env.notes(data, "سليمة", "وسومها عميقة")
    raw = sqlite3.connect(data / "notes.db")
    raw.execute("UPDATE notes SET tags = ? WHERE id = ?", ("[" * 100_000 + "]" * 100_000, bad))
    raw.commit()
    raw.close()
    store = NoteStore(data)
    assert sorted(note.id for note in store.notes()) == [good, bad]
    assert "tags" in store.repaired[bad]
    store.close()
    code, text, err = env.export(data)
    assert code == 0 and "\nnote_count: 2\n" in text and f"note {bad}:" in err


def json_export_over_nested_json(env: Env) -> None:
    """export --format json onto a file of JSON nested 100,000 deep: taken for what it
    is, not an export, and kept (RecursionError: a traceback)."""
    data = env.tmp / "data"
    env.notes(data, "ملاحظة")
    target = env.tmp / "deep.json"
    target.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, _, err = main(env, "export", "--data-dir", str(data), "--format", "json",
                        "-o", str(target))  # fmt: skip
    assert code == 1
    one_line(err, "is not a scaletui JSON export", "--force")
    assert target.read_text(encoding="utf-8").startswith("[[[")


def stdin_closed(env: Env) -> None:
    """The app with standard input closed (`scaletui <&-`): no terminal, said (an
    AttributeError on None's fileno: a traceback)."""
    done = scaletui(env, stdin=None, preexec_fn=lambda: os.close(0))
    assert done.returncode == 2
    one_line(done.stderr, "needs a terminal", "standard input")


def a_name_too_long(env: Env) -> None:
    """A path longer than the system takes: its reason, in a line (OSError ENAMETOOLONG
    from Path.is_file: a traceback in print and validate)."""
    for argv in (["print", "x" * 300 + ".txt"], ["validate", "d/" * 3000],
                 ["open", "x" * 300 + ".txt"]):  # fmt: skip
        env.monkeypatch.setattr(cli, "run_app", lambda args, *more, **named: 0)
        code, _, err = main(env, *argv)
        assert code == 1, argv
        one_line(err, "File name too long")


def a_name_not_in_utf8(env: Env) -> None:
    """A file whose name's bytes are not UTF-8 (from an old archive): opened, drafted
    and exported, shown with � (UnicodeEncodeError: the story id's hash, the drafted
    pack's source, the opened files' list)."""
    from scaletui.notes import NoteStore
    from scaletui.notes.flow import NotesFlow

    path = Path(os.fsdecode(bytes(env.tmp) + b"/\xff\xfe.txt"))
    path.write_text(CORPUS_LIKE, encoding="utf-8")
    stream = cli.open_stream(path)
    story = stream.finish()
    assert story.title_en == "\ufffd\ufffd.txt" and story.source.endswith("/\ufffd\ufffd.txt")
    store = NoteStore(env.tmp / "data")
    flow = NotesFlow(story, lambda: store)
    assert flow.reload() is None  # (the app's start: it remembers the opened file)
    assert store.files() == []  # not listed: no text SQLite takes names it
    store.close()
    code, out, err = main(env, "draft", str(path), "-o", str(env.tmp / "pack"))
    assert code == 0 and err == "", err
    assert 'source = "' in (env.tmp / "pack" / "story.toml").read_text(encoding="utf-8")
    code, _, err = main(env, "export", "--data-dir", str(env.tmp / "data"), "--story",
                        str(path), "-o", "-")  # fmt: skip
    one_line(err, "no notes on file-text-")


def an_ascii_locale(env: Env) -> None:
    """Standard output in ASCII (LC_ALL=C without Python's UTF-8 mode): validate's line
    is written as Python writes stderr, export -o - says what it cannot show
    (UnicodeEncodeError: a traceback)."""
    data = env.tmp / "data"
    env.notes(data, "ملاحظة")
    streams = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
               "PYTHONIOENCODING": "ascii"}  # fmt: skip
    done = scaletui(env, "--lang", "ar", "validate", env=streams)
    assert done.returncode == 0 and "\\u" in done.stdout and "Traceback" not in done.stderr
    done = scaletui(env, "export", "--data-dir", str(data), "-o", "-", env=streams)
    assert done.returncode == 1
    one_line(done.stderr, "encoding, ascii, cannot show U+", "Arabic needs UTF-8")


HUNT = [
    Fault("cli-tilde-of-no-user",
          "RuntimeError in print, validate, draft, export, import, the data dir",
          tilde_of_no_user),
    Fault("cli-a-loop-of-links", "'no such file'; RuntimeError in export -o", a_loop_of_links),
    Fault("cli-a-folder-without-a-pack", "two lines, each file 'missing'",
          a_folder_without_a_pack),
    Fault("cli-utf16-with-its-mark", "'looks like a binary file'", utf16_with_its_mark),
    Fault("pack-article-with-carriage-returns", "'has no paragraphs'",
          article_with_carriage_returns),
    Fault("pack-escapes-in-a-key", "ESC and BEL reached stderr raw", escapes_in_a_pack_key),
    Fault("cli-stdout-on-a-full-disk", "OSError: a traceback in four commands",
          stdout_on_a_full_disk),
    Fault("cli-draft-onto-a-full-disk", "a pack of an empty article.txt left behind",
          draft_onto_a_full_disk),
    Fault("notes-positions-nested-deep", "RecursionError: the app died at start",
          positions_nested_deep),
    Fault("notes-tags-nested-deep", "RecursionError at the app's start and in export",
          tags_nested_deep),
    Fault("cli-json-export-over-nested-json", "RecursionError", json_export_over_nested_json),
    Fault("cli-validate-an-empty-name", "'article.txt: missing', 'story.toml: missing'",
          refused_empty_name("validate", "")),
    Fault("cli-draft-of-an-empty-name", "': no such file'",
          refused_empty_name("draft", "", "-o", "pack")),
    Fault("cli-open-an-empty-name", "the current folder taken for a pack",
          refused_empty_name("open", "")),
    Fault("cli-no-terminal-stdin-closed", "AttributeError: a traceback", stdin_closed),
    Fault("cli-a-name-too-long", "OSError ENAMETOOLONG: a traceback", a_name_too_long),
    Fault("cli-a-name-not-in-utf8", "UnicodeEncodeError in open, draft, export and the app",
          a_name_not_in_utf8),
    Fault("cli-an-ascii-locale", "UnicodeEncodeError in validate --lang ar and export -o -",
          an_ascii_locale),
    Fault("cli-export-story-an-empty-name", "'article.txt: missing', 'story.toml: missing'",
          refused_empty_name("export", "--story", "", "-o", "-")),
]  # fmt: skip


# -- the third hunt -----------------------------------------------------------------------------


def beside_the_notes(suffix: str, make: Callable[[Path], None], said: str) -> Callable[[Env], None]:
    """Where SQLite keeps its own file beside notes.db (`suffix`), something that is not a
    file: named in one line, the notes left as they are, and read once it is moved."""

    def check(env: Env) -> None:
        data = env.tmp / "data"
        env.notes(data, "ملاحظة محفوظة")
        side = data / f"notes.db{suffix}"
        side.unlink(missing_ok=True)
        make(side)
        done = scaletui(env, "export", "--data-dir", str(data), "-o", "-")
        assert done.returncode == 1
        one_line(done.stderr, f"{side} is {said}, not a regular file", "move it aside")
        side.rename(data / "aside") if side.is_dir() else side.unlink()
        done = scaletui(env, "export", "--data-dir", str(data), "-o", "-")
        assert done.returncode == 0 and "ملاحظة محفوظة" in done.stdout, done.stderr

    return check


def data_dir_not_a_directory(env: Env) -> None:
    """--data-dir names a file, a FIFO or a device: said so, and which ("cannot create
    the data directory ...: File exists"; then "exists and is not a directory")."""
    fifo = env.tmp / "fifo"
    os.mkfifo(fifo)
    for data, kind in ((text_file(env, "notes-here"), "a file"), (fifo, "a FIFO (named pipe)"),
                       (Path("/dev/null"), "a device")):  # fmt: skip
        code, _, err = main(env, "export", "--data-dir", str(data), "-o", "-")
        assert code == 1
        one_line(err, f"{data}: is {kind}, not a directory")


def white_space_without_end(env: Env) -> None:
    """A line of 200,000 spaces (or tabs) before its text: printed at once (each space of
    the run was tried as a cut, each try reading the run to its end: 50,000 took 500 s)."""
    for blank in (" ", "\t", " \t"):
        path = text_file(env, "blank.txt", blank * 200_000 + "نص بعد الفراغ\n")
        done = scaletui(env, "print", "--width", "40", str(path))
        assert done.returncode == 0 and done.stderr == "", done.stderr
        assert done.stdout.split() == ["ﻍﺍﺮﻔﻟﺍ", "ﺪﻌﺑ", "ﺺﻧ"]


def a_folder_named_tilde_of_no_user(env: Env) -> None:
    """`open '~nobody-here/x.txt'` where a folder literally so named holds the file (as
    a shell leaves the name): the file opens (document_id's expanduser raised
    RuntimeError, a traceback)."""
    (env.tmp / "~nobody-here-at-all").mkdir()
    text_file(env, "~nobody-here-at-all/x.txt")
    env.monkeypatch.chdir(env.tmp)
    opened: list[str] = []

    def run_app(args: object, story: Story, *more: object, **named: object) -> int:
        opened.append(story.id)
        return 0

    env.monkeypatch.setattr(cli, "run_app", run_app)
    code, _, err = main(env, "open", "~nobody-here-at-all/x.txt")
    assert code == 0 and err == "" and len(opened) == 1 and opened[0].startswith("file-x-")
    code, out, err = main(env, "print", "~nobody-here-at-all/x.txt")
    assert code == 0 and err == "" and out


THIRD_HUNT = [
    Fault("cli-open-a-folder-named-tilde-of-no-user", "RuntimeError: a traceback",
          a_folder_named_tilde_of_no_user),
    Fault("notes-journal-a-fifo", "export and the app hung at the open, forever",
          beside_the_notes("-journal", os.mkfifo, "a FIFO (named pipe)")),
    Fault("notes-wal-a-directory", "'the notes database failed: unable to open database file'",
          beside_the_notes("-wal", Path.mkdir, "a directory")),
    Fault("notes-shm-a-fifo", "'the notes database failed: disk I/O error'",
          beside_the_notes("-shm", os.mkfifo, "a FIFO (named pipe)")),
    Fault("cli-data-dir-not-a-directory", "'cannot create the data directory ...: File exists'",
          data_dir_not_a_directory),
    Fault("print-white-space-without-end", "50,000 spaces before a word: 500 s",
          white_space_without_end),
]  # fmt: skip


# -- the fourth hunt ----------------------------------------------------------------------------


def closed_outputs(env: Env) -> None:
    """Standard output closed by the shell (`>&-`): each command says so in a line, exit
    1 (Python leaves sys.stdout None: AttributeError, a traceback, in print, validate,
    draft, export -o -, import and after the app). Standard error closed (`2>&-`): the
    message is dropped, never written into standard output (`print x 2>&- > out.txt`
    put "scaletui: x: no such ..." in out.txt)."""
    data = env.tmp / "data"
    env.notes(data, "ملاحظة")
    exported = env.tmp / "notes.md"
    assert main(env, "export", "--data-dir", str(data), "-o", str(exported))[0] == 0
    article = text_file(env)

    def closed(*argv: str) -> subprocess.CompletedProcess[str]:
        return scaletui(env, *argv, stdout=None, preexec_fn=lambda: os.close(1))

    for argv in (["print", str(article)], ["validate"], ["draft", str(article), "-o", "pack"],
                 ["export", "--data-dir", str(data), "-o", "-"]):  # fmt: skip
        done = closed(*argv)
        assert done.returncode == 1, (argv, done.stderr)
        one_line(done.stderr, "standard output", "Bad file descriptor")
    done = closed("import", "--data-dir", str(data), str(exported))
    assert done.returncode == 0  # (it writes nothing to standard output)
    one_line(done.stderr, "imported 0 notes")
    out = env.tmp / "out.txt"
    with out.open("w") as into:
        done = scaletui(env, "print", "no-such.txt", stdout=into, stderr=None,
                        preexec_fn=lambda: os.close(2))  # fmt: skip
    assert done.returncode == 2 and out.read_text() == ""


def year_zero(env: Env) -> None:
    """Year 0000, which the calendar has not (Python's dates neither): `draft --published
    0000` is not a date, in a line, exit 2 (it was taken, and the drafted pack then failed
    validate with a drafter's bug said: "gives '0000', which the evidence does not"); a
    pack's event dated 0000 is a problem (it validated, and showed as year ٠)."""
    article = text_file(
        env, text="خبر\n\nقال أحمد العمري أمس إن الشركة ستعلن العام المقبل عن خطتها.\n"
    )
    for published in ("0000", "0000-05"):
        code, _, err = main(env, "draft", str(article), "-o", str(env.tmp / "pack"),
                            "--published", published)  # fmt: skip
        assert code == 2 and not (env.tmp / "pack").exists()
        one_line(err, f"{published}: not a date")
    pack = pack_copy(env)
    toml = pack / "story.toml"
    toml.write_text(toml.read_text("utf-8").replace('date = "2012-04-09"', 'date = "0000"', 1),
                    "utf-8")  # fmt: skip
    code, _, err = main(env, "validate", str(pack))
    assert code == 1 and "bad date '0000'" in err


def import_a_place_past_an_integer(env: Env) -> None:
    """A note's place (paragraph, start, end) past what SQLite's INTEGER holds (2**63),
    in a JSON export, an exported Markdown file or the rescue file: refused in a line,
    nothing imported; the app's restore of the rescue file restores the good lines and
    says one could not be read (OverflowError at the insert: a traceback, the app died)."""
    from scaletui.notes import NoteStore
    from scaletui.notes.flow import NotesFlow

    data = env.tmp / "data"
    env.notes(data, "ملاحظة")
    exported = {fmt: env.tmp / f"notes.{fmt}" for fmt in ("json", "md")}
    for fmt, path in exported.items():
        format_name = "json" if fmt == "json" else "markdown"
        assert main(env, "export", "--data-dir", str(data), "--format", format_name,
                    "-o", str(path))[0] == 0  # fmt: skip
    document = json.loads(exported["json"].read_text("utf-8"))
    document["notes"][0]["anchor"]["stored"]["paragraph"] = 2**63
    exported["json"].write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    md_text = exported["md"].read_text("utf-8")
    exported["md"].write_text(md_text.replace('"paragraph":1,', f'"paragraph":{2**63},', 1))
    for path in exported.values():
        fresh = env.tmp / f"fresh-{path.suffix[1:]}"
        code, _, err = main(env, "import", "--data-dir", str(fresh), str(path))
        assert code == 1, (path, err)
        one_line(err, "the anchor's place is not a number", "nothing was imported")
    rescued = env.tmp / "rescued" / "unsaved-notes.jsonl"
    rescued.parent.mkdir()
    lines = [{"story_id": env.story.id, "anchor": {"kind": "paragraph", "paragraph": place},
              "body": body, "tags": [], "saved_at": "2026-01-02T03:04:05+00:00"}
             for place, body in ((10**30, "ملاحظة بعيدة"), (1, "ملاحظة منقذة"))]  # fmt: skip
    rescued.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    code, _, err = main(env, "import", "--data-dir", str(env.tmp / "fresh"), str(rescued))
    assert code == 1
    one_line(err, "line 1 is not a note scaletui kept", "nothing was imported")
    store = NoteStore(rescued.parent)
    try:
        told = NotesFlow(env.story, lambda: store).restore_rescued().text
        assert [note.body for note in store.notes(env.story.id)] == ["ملاحظة منقذة"]
    finally:
        store.close()
    assert told.startswith("Restored 1 rescued note.") and "1 line of it could not" in told


def export_to_dev_stdout_a_pipe(env: Env) -> None:
    """`export -o /dev/stdout` into a pipe: the pipe is named for what it is, with -o -
    (the link was resolved to a name no file has: "cannot write /proc/N/fd/pipe:[M]: No
    such file or directory")."""
    data = env.tmp / "data"
    env.notes(data, "ملاحظة")
    done = scaletui(env, "export", "--data-dir", str(data), "-o", "/dev/stdout")
    assert done.returncode == 1 and done.stdout == ""
    one_line(done.stderr, "/dev/stdout is a FIFO (named pipe)", "use -o - to write to standard")


def dated_at_the_calendars_edge(env: Env) -> None:
    """An article dated 0001-01-01 (its first line) that says أمس, or 9999-12-31 that
    says غداً: drafted without the day out of range, by `draft` and as the app reads the
    file (OverflowError in the drafter's date arithmetic: a traceback from `draft`, and
    the app opening the file died)."""
    from scaletui.story.stream import StreamedDocument

    for first, said in (("0001-01-01", "أمس"), ("9999-12-31", "غداً")):
        text = f"{first}\n\nقال أحمد العمري {said} إن الشركة ستطلق خدمة جديدة.\n"
        article = text_file(env, text=text)
        stream = StreamedDocument(article)
        for _ in stream.read_steps():
            pass
        for _ in stream.draft_steps():  # ("nothing raises from a step")
            pass
        shutil.rmtree(env.tmp / "pack", ignore_errors=True)
        code, _, err = main(env, "draft", str(article), "-o", str(env.tmp / "pack"))
        assert code == 0, err


def a_year_past_the_calendar(env: Env) -> None:
    """`draft --published 9999` of a text that says العام المقبل (or 0001 and العام
    الماضي, 0001-01 and الشهر الماضي): a pack that validates (an event of year 10000 or
    0 was drafted, and draft ended 1: "the draft does not validate: ... bad date
    '10000'", which it says only of its own bugs)."""
    for published, when in (("9999", "العام المقبل"), ("0001", "العام الماضي"),
                            ("0001-01", "الشهر الماضي")):  # fmt: skip
        article = text_file(env, text=f"خبر\n\nقال أحمد العمري إن الشركة تطلق خدمة {when}.\n")
        shutil.rmtree(env.tmp / "pack", ignore_errors=True)
        code, _, err = main(env, "draft", str(article), "-o", str(env.tmp / "pack"),
                            "--published", published)  # fmt: skip
        assert code == 0, err


def published_a_year_or_a_month(env: Env) -> None:
    """`draft --published 2016` (or 2016-05) of a text that says هذا العام: a pack that
    validates (its event's title, "counted from 2016", was taken to give a figure the
    evidence does not: "the draft does not validate", exit 1, on 4 of the 5 corpus
    texts; a full date passed)."""
    text = "خبر\n\nقال أحمد العمري إن الشركة أطلقت خدمة جديدة هذا العام.\n"
    article = text_file(env, text=text)
    for published in ("2016", "2016-05", "2016-05-10"):
        shutil.rmtree(env.tmp / "pack", ignore_errors=True)
        code, out, err = main(env, "draft", str(article), "-o", str(env.tmp / "pack"),
                              "--published", published)  # fmt: skip
        assert code == 0 and "1 events" in out, (published, err)


def a_file_opened_by_a_relative_name(env: Env) -> None:
    """A file opened by a name relative to the current folder (`scaletui open x.txt`),
    then a copy of it opened from another folder: the copy does not take the file's
    notes, and the library lists the file by its whole path (the relative name was
    kept, and from another folder it no longer existed: the file counted as moved, its
    copy took its notes, and the original showed none)."""
    from scaletui.notes import Anchor, NoteStore
    from scaletui.notes.flow import NotesFlow
    from scaletui.story import story_from_text_file

    store = NoteStore(env.tmp / "data")
    here, there = env.tmp / "here", env.tmp / "there"
    here.mkdir()
    there.mkdir()
    original = text_file(env, "here/article.txt")
    (there / "copy.txt").write_bytes(original.read_bytes())
    env.monkeypatch.chdir(here)
    story = story_from_text_file(Path("article.txt"))
    NotesFlow(story, lambda: store).reload()  # opening it records where it is
    store.add(story.id, Anchor("paragraph", paragraph=1), "ملاحظة على الأصل")
    assert store.files() == [(story.id, str(original), None)]
    env.monkeypatch.chdir(there)
    copied = NotesFlow(story_from_text_file(Path("copy.txt")), lambda: store)
    copied.reload()
    assert copied.notes == []
    env.monkeypatch.chdir(here)
    again = NotesFlow(story_from_text_file(Path("article.txt")), lambda: store)
    again.reload()
    assert [note.body for note in again.notes] == ["ملاحظة على الأصل"]
    store.remember_file(story.id, story.fingerprint, "article.txt")  # as it was kept before
    env.monkeypatch.chdir(there)
    (there / "second.txt").write_bytes(original.read_bytes())
    copied = NotesFlow(story_from_text_file(Path("second.txt")), lambda: store)
    copied.reload()
    assert copied.notes == []  # a relative path says nothing from another folder
    store.close()


def library_opens_a_file_in_its_encoding(env: Env) -> None:
    """A file opened with --encoding cp1256 (an old Arabic archive), then chosen in the
    library: it opens as it was opened, its notes with it (the library reads every file
    as UTF-8: "not valid UTF-8 at byte 0 ... open it with --encoding cp1256", which the
    library has no way to give; the file's notes are out of its reach)."""
    from scaletui.explore.library import library_entries, open_entry
    from scaletui.notes import NoteStore
    from scaletui.notes.flow import NotesFlow

    path = env.tmp / "old.txt"
    path.write_bytes("خبر من الأرشيف\n\nقال أحمد العمري إن الشركة أطلقت خدمة.\n".encode("cp1256"))
    story = cli.open_stream(path, "cp1256").finish()
    store = NoteStore(env.tmp / "data")
    NotesFlow(story, lambda: store).reload()  # opening it records it for the library
    [entry] = [e for e in library_entries([], store.files(), {}) if e.kind == "file"]
    store.close()
    assert open_entry(entry, None).paragraphs == story.paragraphs


def data_dir_deleted_while_open(env: Env) -> None:
    """The data dir deleted (or moved, or its database replaced) while the app runs,
    then a note saved: kept in the rescue file and said (SQLite wrote it into the
    deleted file, "Note saved.", and it was gone when the app closed)."""
    from scaletui.notes import Anchor, NoteStore
    from scaletui.notes.flow import EditRequest, NotesFlow
    from scaletui.notes.model import NoteDraft

    for how in ("deleted", "moved", "replaced"):
        data = env.tmp / f"data-{how}"
        store = NoteStore(data)
        flow = NotesFlow(env.story, lambda: store)  # noqa: B023  (used in this turn)
        flow.reload()
        if how == "deleted":
            shutil.rmtree(data)
        elif how == "moved":
            data.rename(env.tmp / f"aside-{how}")
        else:
            (data / "notes.db").rename(data / "old.db")
            NoteStore(data).close()  # another scaletui made a new one there
        request = flow.new_note(Anchor("paragraph", paragraph=1))
        assert isinstance(request, EditRequest)
        result = flow.save(request, NoteDraft(f"ملاحظة بعد أن {how}"))
        store.close()
        assert result.notice.severity == "error", (how, result.notice.text)
        assert "was deleted or moved while scaletui ran" in result.notice.text
        kept = [
            path
            for path in (data / "unsaved-notes.jsonl", env.home / "unsaved-notes.jsonl")
            if path.exists() and f"ملاحظة بعد أن {how}" in path.read_text("utf-8")
        ]
        assert kept, how


def draft_over_its_own_source(env: Env) -> None:
    """`draft article.txt -o . --force` beside its source named article.txt (or
    story.toml): refused in a line, the source as it was (it was written over with the
    pack's article, then the draft failed validate: the reader's text was lost)."""
    env.monkeypatch.chdir(env.tmp)
    for name in ("article.txt", "story.toml"):
        source = text_file(
            env, name, text="عنوان\n\nقال أحمد العمري، مدير\nالشركة، إن الخدمة جديدة.\n"
        )
        before = source.read_bytes()
        code, _, err = main(env, "draft", name, "-o", ".", "--force")
        assert code == 2, err
        one_line(err, f"{name}: the file to draft from would be written over")
        assert source.read_bytes() == before
        source.unlink()


def a_plain_line_like_a_headline(env: Env) -> None:
    """A plain-text article with a line that starts `# ` (a hashtag, a number sign): a
    pack that validates, the line a paragraph in it (written as it is, the pack had two
    headlines: "the draft does not validate: ... needs exactly one '# ' line, found 2")."""
    article = text_file(env, text="عنوان\n\nقال أحمد العمري إن الخدمة جديدة.\n\n# وسم_الخبر\n")
    code, _, err = main(env, "draft", str(article), "-o", str(env.tmp / "pack"))
    assert code == 0, err


FOURTH_HUNT = [
    Fault("cli-standard-output-closed", "AttributeError on None: a traceback in every command",
          closed_outputs),
    Fault("cli-import-a-place-past-an-integer", "OverflowError at the insert: a traceback",
          import_a_place_past_an_integer),
    Fault("cli-export-to-dev-stdout-a-pipe", "'cannot write /proc/N/fd/pipe:[M]: No such file'",
          export_to_dev_stdout_a_pipe),
    Fault("notes-a-file-opened-by-a-relative-name", "its copy took its notes; the original none",
          a_file_opened_by_a_relative_name),
    Fault("notes-data-dir-deleted-while-open", "'Note saved.' into a deleted file: lost",
          data_dir_deleted_while_open),
    Fault("cli-draft-over-its-own-source", "the source written over, then 'does not validate'",
          draft_over_its_own_source),
    Fault("cli-year-zero", "--published 0000 taken: 'the draft does not validate'", year_zero),
    Fault("cli-draft-published-a-year-or-a-month", "'the draft does not validate', exit 1",
          published_a_year_or_a_month),
    Fault("cli-draft-dated-at-the-calendars-edge", "OverflowError: a traceback; the app died",
          dated_at_the_calendars_edge),
    Fault("cli-draft-a-year-past-the-calendar", "'the draft does not validate', exit 1",
          a_year_past_the_calendar),
    Fault("cli-draft-a-plain-line-like-a-headline", "'the draft does not validate', exit 1",
          a_plain_line_like_a_headline),
    Fault("notes-library-opens-a-file-in-its-encoding",
          "'not valid UTF-8 ... open it with --encoding cp1256' in the library",
          library_opens_a_file_in_its_encoding),
]  # fmt: skip


# -- the fifth hunt -----------------------------------------------------------------------------


def the_app_of_a_loop_of_links(env: Env) -> None:
    """`scaletui LINK` of a link that points at itself: one line, status 1 (whether it
    names a text file was asked before main's handling of errors: a traceback)."""
    loop = env.tmp / "loop.txt"
    loop.symlink_to(loop.name)
    env.monkeypatch.setattr(cli, "run_app", lambda args, *more, **named: 0)
    code, _, err = main(env, str(loop))
    assert code == 1
    one_line(err, str(loop), "Too many levels of symbolic links")


def a_pack_that_is_no_folder(env: Env) -> None:
    """`scaletui X`, `validate X` and `serve X` of a FIFO or a device where a pack is
    looked for: said to be one, status 1 ("not a story pack directory (expected
    article.txt and story.toml)", status 2, as `open X` has said since the third hunt)."""
    # The app is made (its story loaded) but not run.
    env.monkeypatch.setattr(cli, "run_app", lambda args, *more: cli.create_app(args, *more) and 0)
    for path, kind in ((fifo(env.tmp), "a FIFO (named pipe)"), (Path("/dev/zero"), "a device")):
        for command in ([], ["validate"], ["serve"]):
            code, _, err = main(env, *command, str(path))
            assert code == 1, (command, path)
            one_line(err, f"{path}: is {kind}, not a story pack directory")


def a_folder_to_write_in_that_is_no_folder(env: Env) -> None:
    """`export -o X/notes.md` and `draft -o X` where X is a FIFO or a device, and a loop
    of links as the folder or the data dir: said to be one ("X: no such directory";
    "X: exists and is not a directory")."""
    data = env.tmp / "data"
    env.notes(data, "ملاحظة")
    article = text_file(env)
    for path, kind in ((fifo(env.tmp), "a FIFO (named pipe)"), (Path("/dev/null"), "a device")):
        code, _, err = main(env, "export", "--data-dir", str(data), "-o", f"{path}/notes.md")
        assert code == 1
        one_line(err, f"{path}: is {kind}, not a directory")
        code, _, err = main(env, "draft", str(article), "-o", str(path))
        assert code != 0
        one_line(err, f"{path}: is {kind}, not a directory")
    loop = env.tmp / "loop"
    loop.symlink_to(loop.name)
    for argv in (["export", "--data-dir", str(data), "-o", f"{loop}/notes.md"],
                 ["export", "--data-dir", str(loop), "-o", "-"]):  # fmt: skip
        code, _, err = main(env, *argv)
        assert code == 1
        one_line(err, f"{loop}: a loop of symbolic links")


def notes_db_a_link_to_nowhere(env: Env) -> None:
    """notes.db a link that points at itself, or into a folder that is not there: named
    ("the notes database failed: unable to open database file"), and once the folder
    is made the link's target becomes the notes database."""
    data = env.tmp / "data"
    data.mkdir()
    link = data / "notes.db"
    link.symlink_to(link.name)
    code, _, err = main(env, "export", "--data-dir", str(data), "-o", "-")
    assert code == 1
    one_line(err, f"{link} is a loop of symbolic links", "move it aside")
    link.unlink()
    target = env.tmp / "elsewhere" / "notes.db"
    link.symlink_to(target)
    code, _, err = main(env, "export", "--data-dir", str(data), "-o", "-")
    assert code == 1
    one_line(err, f"{link} is a link to {target}, in a folder that is not there")
    target.parent.mkdir()
    env.notes(data, "ملاحظة عبر الرابط")
    code, out, err = main(env, "export", "--data-dir", str(data), "-o", "-")
    assert code == 0 and "ملاحظة عبر الرابط" in out and target.is_file(), err


def under_a_file_size_limit(env: Env) -> None:
    """`ulimit -f` below what SQLite writes beside the notes (its 32 KB shared memory):
    'the notes database failed: disk I/O error', the notes neither shown nor exported.
    Now they are exported, read-only, and a first database that cannot be made says the
    limit."""
    import resource

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, resource.RLIM_INFINITY))

    data = env.tmp / "data"
    env.notes(data, "ملاحظة تحت الحد")
    done = scaletui(env, "export", "--data-dir", str(data), "-o", "-", preexec_fn=limited)
    assert done.returncode == 0 and "ملاحظة تحت الحد" in done.stdout, done.stderr
    assert "Traceback" not in done.stderr
    done = scaletui(env, "export", "--data-dir", str(env.tmp / "new"), "-o", "-",
                    preexec_fn=limited)  # fmt: skip
    assert done.returncode == 1
    one_line(done.stderr, "16,384 bytes at most", "ulimit -f")
    done = scaletui(env, "export", "--data-dir", str(data), "-o", "-")  # the limit lifted
    assert done.returncode == 0 and "ملاحظة تحت الحد" in done.stdout, done.stderr


FIFTH_HUNT = [
    Fault("cli-the-app-of-a-loop-of-links", "CliError: a traceback", the_app_of_a_loop_of_links),
    Fault("cli-the-app-in-a-folder-no-one-may-search", "CliError: a traceback",
          in_a_folder_no_one_may_search("{file}")),
    Fault("cli-a-pack-that-is-no-folder", "'not a story pack directory (expected ...)'",
          a_pack_that_is_no_folder),
    Fault("notes-db-a-link-to-nowhere", "'the notes database failed: unable to open database file'",
          notes_db_a_link_to_nowhere),
    Fault("notes-under-a-file-size-limit", "'the notes database failed: disk I/O error'",
          under_a_file_size_limit),
    Fault("cli-a-folder-to-write-in-that-is-no-folder",
          "'no such directory'; 'exists and is not a directory'",
          a_folder_to_write_in_that_is_no_folder),
]  # fmt: skip


# -- the table ----------------------------------------------------------------------------------

CASES: list[Fault] = [
    *HANGS, *PRINT, *TRACEBACKS, *WRONG, *HUNT, *THIRD_HUNT, *FOURTH_HUNT, *FIFTH_HUNT,
]  # fmt: skip


@pytest.mark.parametrize("fault", CASES, ids=[fault.name for fault in CASES])
def test_fault(fault: Fault, env: Env) -> None:
    fault.check(env)


def test_case_names_are_unique_across_the_tables_and_say_their_area() -> None:
    names = [fault.name for fault in [*NOTES_CASES, *CASES]]
    assert len(set(names)) == len(names)
    areas = {"cli", "print", "pack", "config", "notes"}
    assert all(fault.name.split("-")[0] in areas for fault in CASES)
