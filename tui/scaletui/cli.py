"""Command line: `scaletui` (the app) and its commands (listed in cli_parsers.COMMAND_SUMMARIES).

Bad input ends in one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import gc
import io
import os
import shutil
import stat
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .cli_parsers import (
    COMMANDS,
    argparse_speaks,
    build_app_parser,
    build_command_parser,
    choose_language,
    command_first,
)
from .i18n import ENGLISH, N_, Language, Said, said_in, say, visible
from .layout import LayoutEngine
from .story import PackError, Paragraph, Story, StoryNotFound, resolve_pack
from .story.packs import ARTICLE_FILE, DATA_FILE, bundled_story_ids
from .terminal import detect_terminal, explicit_bidi
from .terminal.setting import BidiSetting, resolve_bidi
from .user_dirs import default_cache_dir, default_data_dir, user_path

if TYPE_CHECKING:
    from .app import ScaleTUIApp
    from .notes import NoteStore
    from .story.stream import StreamedDocument

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

BOLD = "\x1b[1m"
RESET = "\x1b[0m"


class CliError(Exception):
    """A problem to report in one line, with the exit code to end on."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


class ClosedOutput(io.TextIOBase):
    """Standard output or error as the shell closed it (`>&-`, `2>&-`), where Python
    leaves None: every command's write to None raised AttributeError (a traceback), and
    print(file=None) put messages meant for stderr into standard output instead."""

    def __init__(self, fails: bool) -> None:
        super().__init__()
        self.fails = fails  # True: writes fail with EBADF, as a closed descriptor does

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def write(self, text: str) -> int:
        if self.fails:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        return len(text)  # (stderr closed: a message has nowhere to go)


def stand_in_for_closed_outputs() -> None:
    """A closed standard output fails each write (said in a line, as a full disk is); a
    closed standard error drops the messages. /dev/null holds the closed descriptor, so
    no file a command opens (an export, the article) lands on 1 or 2."""
    for descriptor, name in ((1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        with contextlib.suppress(OSError):
            held = os.open(os.devnull, os.O_WRONLY)  # the lowest free descriptor
            if held != descriptor:
                os.dup2(held, descriptor)
                os.close(held)
        setattr(sys, name, ClosedOutput(fails=descriptor == 1))


def say_line(message: str, out: TextIO | None = None) -> None:
    """`scaletui: message` on stderr (or `out`), a line per line of it, with whatever
    it repeats (a path, a key from a pack) unable to drive the terminal (`visible`)."""
    for line in message.splitlines() or [""]:
        print(f"scaletui: {visible(line)}", file=out or sys.stderr)


def bidi_setting(args: argparse.Namespace) -> BidiSetting:
    try:
        return resolve_bidi(getattr(args, "bidi", None), os.environ)
    except ValueError as error:
        raise CliError(said_in(error, getattr(args, "language", ENGLISH))) from None


def load(name: str | None, cache_dir: Path | None = None, language: Language = ENGLISH) -> Story:
    """A story pack, checked; from `cache_dir` when the pack is unchanged since."""
    # A loop of links, a folder the reader may not search; a FIFO or a device, which
    # was "not a story pack directory (expected article.txt and story.toml)".
    info = None if name is None else looked_up(name, language)
    if name is not None and info is not None and not _dir_or_file(info):
        raise refused_kind(
            name, info, N_("{name}: is {kind}, not a story pack directory"), language
        )
    try:
        pack = resolve_pack(name, language)
    except StoryNotFound as error:
        raise CliError(str(error)) from None
    try:
        neither = not any((pack / file).exists() for file in (ARTICLE_FILE, DATA_FILE))
    except OSError:
        neither = False  # (the loader says what it cannot read)
    if neither:  # a folder of text files gave two lines, each file "missing"
        said = language.gettext(
            "{name}: not a story pack directory (expected article.txt and story.toml)"
        )
        raise CliError(said.format(name=pack), EXIT_INVALID)
    try:
        if cache_dir is not None:
            from .story.cache import load_story_cached

            return load_story_cached(pack, cache_dir)
        from .story import load_story  # the loader loads when a pack must be read

        return load_story(pack)
    except PackError as error:
        raise CliError(
            "\n".join(
                f"{pack / p.file}: {p.key}: {say(p.message, language)}" for p in error.problems
            ),
            EXIT_INVALID,
        ) from None


def looked_up(name: str, language: Language = ENGLISH) -> os.stat_result | None:
    """What the path `name` is (None: there is nothing there); one line when it cannot be
    looked at (a folder on the way the reader may not search, a loop of links: before,
    a traceback)."""
    try:
        return user_path(name).stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        raise CliError(f"{visible(name)}: {error.strerror or error}", EXIT_INVALID) from None


def _dir_or_file(info: os.stat_result) -> bool:
    return stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode)


def refused_kind(name: str, info: os.stat_result, said: str, language: Language) -> CliError:
    """`name` is not what a command reads (a FIFO could block, a device never end): `said`
    (`{name}`, `{kind}`) in the reader's language, status 1."""
    from .story.files import kind_of

    _ = language.gettext
    return CliError(_(said).format(name=visible(name), kind=_(kind_of(info.st_mode))), EXIT_INVALID)


def load_any(name: str | None, encoding: str | None = None, language: Language = ENGLISH) -> Story:
    """A bundled story, a pack directory, or any text file (with drafted items)."""
    _ = language.gettext
    info = None if name is None else looked_up(name, language)
    if name is not None and info is not None and stat.S_ISREG(info.st_mode):
        from .story import DocumentError, story_from_text_file  # text files only

        try:
            return story_from_text_file(user_path(name), encoding)
        except DocumentError as error:
            raise CliError(said_in(error, language), EXIT_INVALID) from None
    if name is not None and info is None and ("/" in name or "." in Path(name).name):
        raise CliError(_("{name}: no such file or directory").format(name=visible(name)))
    if name is not None and info is not None and not stat.S_ISDIR(info.st_mode):
        # A FIFO or a device: never read (it could block, or never end).
        raise refused_kind(name, info, N_("{name}: is {kind}, not a regular file"), language)
    return load(name, language=language)


# `print` lays out and writes each paragraph as it is read: it keeps the layouts of a
# few (a 10,000-character paragraph's is about 2 MB; the default kept 4,096 of them),
# and holds at most HELD_FOR_WIDTH paragraphs to learn how wide the widest is.
PRINT_LAYOUTS_KEPT = 32
HELD_FOR_WIDTH = 1000


def paragraphs_to_print(
    name: str | None, encoding: str | None, language: Language
) -> Iterable[Paragraph]:
    """A text file's paragraphs as the file is read (a file of any size prints in the
    memory of a few paragraphs; nothing is drafted); a pack's, loaded and checked."""
    info = None if name is None else looked_up(name, language)
    if name is None or info is None or not stat.S_ISREG(info.st_mode):
        return load_any(name, encoding, language).paragraphs
    from .story import DocumentError
    from .story.stream import StreamedDocument

    try:
        return StreamedDocument(user_path(name), encoding, draft=False).paragraphs_as_read()
    except DocumentError as error:
        raise CliError(said_in(error, language), EXIT_INVALID) from None


def print_paragraphs(
    paragraphs: Iterable[Paragraph], width: int, color: bool, out: TextIO, engine: LayoutEngine
) -> None:
    """Each paragraph laid out and written as it comes, a blank line between two.

    No line is wider than the widest paragraph: a huge --width would only pad every
    line with spaces (--width 100000000 ran out of memory). The first paragraphs are
    held until one is as wide as `width`, or HELD_FOR_WIDTH of them are: then the
    widest of them sets the width.
    """
    held: list[Paragraph] | None = []
    widest = 1
    written = 0

    def write(paragraph: Paragraph) -> None:
        nonlocal written
        if written:
            out.write("\n")
        written += 1
        emphasis = color and paragraph.kind != "body"
        for line in engine.layout(paragraph.text, width).lines:
            text = line.text
            out.write(f"{BOLD}{text}{RESET}\n" if emphasis else f"{text}\n")

    for paragraph in paragraphs:
        if held is None:
            write(paragraph)
            continue
        held.append(paragraph)
        widest = max(widest, engine.prepare(paragraph.text).width)
        if widest >= width or len(held) >= HELD_FOR_WIDTH:
            width = min(width, widest)
            for each in held:
                write(each)
            held = None
    if held:
        width = min(width, widest)
        for each in held:
            write(each)


def run_print(args: argparse.Namespace) -> int:
    language: Language = args.language
    width = args.width if args.width is not None else shutil.get_terminal_size().columns
    if width < 1:
        raise CliError(
            language.gettext("--width must be at least 1, not {width}").format(width=width)
        )
    paragraphs = paragraphs_to_print(args.story, args.encoding, language)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    setting = bidi_setting(args)
    if setting.warning:
        say_line(say(setting.warning, language))
    mode = setting.mode
    engine = LayoutEngine(cache_size=PRINT_LAYOUTS_KEPT, reorder=mode == "app")
    from .story import DocumentError

    try:
        with explicit_bidi(sys.stdout, enabled=mode == "app", terminal=setting.terminal):
            print_paragraphs(paragraphs, width, color, sys.stdout, engine)
    except DocumentError as error:  # the file stopped decoding, or changed, while read
        raise CliError(said_in(error, language), EXIT_INVALID) from None
    except UnicodeEncodeError as error:  # PYTHONIOENCODING=ascii, a latin-1 locale
        raise cannot_show(error, language) from None
    except BrokenPipeError:
        raise  # (`| head`: said nothing, in main)
    except OSError as error:  # > /dev/full: a traceback
        raise output_failed(error, language) from None
    return EXIT_OK


def cannot_show(error: UnicodeEncodeError, language: Language) -> CliError:
    """Standard output's encoding cannot hold what is written (PYTHONIOENCODING=ascii, a
    Latin-1 locale): what was written stays, and this says what it could not show."""
    import unicodedata

    said = language.gettext(
        "standard output's encoding, {encoding}, cannot show {char}: Arabic needs UTF-8; "
        "set a UTF-8 locale (LANG=C.UTF-8) or PYTHONIOENCODING=utf-8"
    )
    char = error.object[error.start]
    name = f"U+{ord(char):04X} {unicodedata.name(char, '')}".strip()
    return CliError(said.format(encoding=error.encoding, char=name), EXIT_INVALID)


def write_out(line: str, language: Language) -> None:
    """A command's result on standard output, a line, harmless to the terminal
    (`visible`); a full disk under it said in a line (> /dev/full: a traceback)."""
    try:
        try:
            print(visible(line), flush=True)
        except UnicodeEncodeError:  # (an ASCII locale: as Python writes to stderr)
            encoding = sys.stdout.encoding
            print(visible(line).encode(encoding, "backslashreplace").decode(encoding), flush=True)
    except BrokenPipeError:
        raise
    except OSError as error:
        raise output_failed(error, language) from None


def output_failed(error: OSError, language: Language) -> CliError:
    """Standard output could not be written (a full disk, an I/O error): said in a
    line, and what is still buffered let go (Python's flush at exit would say it again,
    in its own words)."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    said = f"{language.gettext('standard output')}: {error.strerror or error}"
    return CliError(said, EXIT_INVALID)


def run_validate(args: argparse.Namespace) -> int:
    language: Language = args.language
    story = load(args.story, language=language)
    if story.path is not None and story.schema < 3:
        # An older pack loads, but only schema 3 holds its article items to their
        # evidence: check that too, and say what keeps the pack from schema 3.
        from .story.evidence import evidence_problems

        problems = evidence_problems(story)
        if problems:
            lines = [f"{story.path / p.file}: {p.key}: {say(p.message, language)}"
                     for p in problems]  # fmt: skip
            said = language.gettext(
                "schema {schema}: the pack loads, but its article items say more than their "
                "evidence (schema 3 refuses it)"
            ).format(schema=language.number(story.schema))
            raise CliError("\n".join([*lines, said]), EXIT_INVALID)
    counts = {
        "paragraphs": len(story.paragraphs), "entities": len(story.entities),
        "events": len(story.events), "people": len(story.people),
        "competitors": len(story.competitors), "numbers": len(story.numbers),
    }  # fmt: skip
    said = language.gettext(
        "{path}: ok: {paragraphs} paragraphs, {entities} entities, {events} events, "
        "{people} people, {competitors} competitors, {numbers} numbers"
    )
    counted = {k: language.number(v) for k, v in counts.items()}
    write_out(said.format(path=story.path, **counted), language)
    return EXIT_OK


def open_store(args: argparse.Namespace) -> NoteStore:
    from .notes import NoteStore, NoteStoreError

    language: Language = args.language
    try:
        store = NoteStore(default_data_dir(args.data_dir))
    except NoteStoreError as error:
        raise _notes_failed(error, language) from None
    if store.foreign_wal is not None:
        said = language.gettext(
            "a notes.db-wal that was not this notes database's (restored from a backup, or "
            "copied from elsewhere) was kept aside as {path}; your notes were opened without it"
        )
        say_line(said.format(path=store.foreign_wal))
    if store.moved_aside is not None:
        said = language.counted(
            "the notes database was damaged: {count} note was recovered into a new one; "
            "the damaged file was kept as {path}",
            "the notes database was damaged: {count} notes were recovered into a new one; "
            "the damaged file was kept as {path}",
            store.salvaged,
            path=store.moved_aside,
        )
        say_line(said)
    return store


def _notes_failed(error: Exception, language: Language) -> CliError:
    return CliError(
        language.gettext("notes: {error}").format(error=said_in(error, language)), EXIT_INVALID
    )


def run_export(args: argparse.Namespace) -> int:
    from .notes import NoteStoreError
    from .notes.export import (
        ExportError,
        Format,
        NotAFile,
        default_name,
        export_notes,
        format_of,
    )
    from .notes.export.said import result_text

    language: Language = args.language
    story = load_any(args.story, args.encoding, language)
    store = open_store(args)
    try:
        notes = store.notes(story.id)
    except NoteStoreError as error:
        raise _notes_failed(error, language) from None
    finally:
        store.close()
    repaired = {note.id: store.repaired[note.id] for note in notes if note.id in store.repaired}
    if repaired:  # a bad field in a row: said once, and the note is exported repaired
        from .notes.flow import repaired_text

        say_line(repaired_text(repaired, language))
    # As the app's export dialog does: a name ending in .json asks for JSON.
    fmt: Format = args.format or format_of(str(args.output or ""))
    target = args.output or default_name(story.id, fmt)
    try:
        result = export_notes(
            story, notes, target, datetime.now(UTC).replace(microsecond=0),
            fmt=fmt, force=args.force, language=language,
        )  # fmt: skip
    except NotAFile as error:  # a pipe named as the file: the command line has -o -
        why = Said(N_("{reason}, or use -o - to write to standard output"), reason=error.args[0])
        raise CliError(why.in_language(language), EXIT_INVALID) from None
    except ExportError as error:  # NothingToExport too: no notes, no file
        raise CliError(said_in(error, language), EXIT_INVALID) from None
    except OSError as error:
        if target != "-" or isinstance(error, BrokenPipeError):
            raise
        raise output_failed(error, language) from None  # -o - > /dev/full: a traceback
    except UnicodeEncodeError as error:  # -o - in an ASCII locale: a traceback
        raise cannot_show(error, language) from None
    if result.path is not None:
        done = result_text(result.kind, result.count, result.path, language, copy=result.backup,
                           why=result.why, moved=result.moved, removed=result.removed)  # fmt: skip
        say_line(done)
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from .notes import NoteStoreError
    from .notes.export.importing import ImportProblem, plan_import, read_notes_file
    from .notes.export.said import import_text

    language: Language = args.language
    path = user_path(args.file)  # (`~nobody/x`: as written; expanduser raised RuntimeError)
    try:
        source = read_notes_file(path)
    except ImportProblem as error:
        raise CliError(said_in(error, language), EXIT_INVALID) from None
    named = load_any(args.story, args.encoding, language) if args.story else None
    store = open_store(args)
    try:
        story = named or _story_named(source.story_id, store, path, args.encoding, language)
        plan = plan_import(source, store.notes(), story)
        store.insert(plan.add)
    except NoteStoreError as error:
        raise _notes_failed(error, language) from None
    finally:
        store.close()
    said = import_text(path, plan.count, plan.already, plan.versions, plan.reanchored,
                       plan.not_found, language, story.id if story is not None else None)  # fmt: skip
    say_line(said)
    return EXIT_OK


def _story_named(
    story_id: str | None, store: NoteStore, path: Path, encoding: str | None, language: Language
) -> Story | None:
    """The story an export names, to re-anchor its notes on: a bundled one, or a file
    or pack opened here before, in the encoding it was opened in unless `encoding`
    (--encoding) says another (None for the rescue file, whose notes name their own)."""
    if story_id is None:
        return None
    if story_id in bundled_story_ids():
        return load(story_id, language=language)
    opened = {file.story_id: file for file in store.files()}
    if story_id in opened and Path(opened[story_id].path).exists():
        return load_any(opened[story_id].path, encoding or opened[story_id].encoding, language)
    raise CliError(
        language.gettext(
            "{path}: its notes are on {story}, which is not a story scaletui knows here; "
            "name it with --story (a story id, pack directory or text file); nothing was "
            "imported"
        ).format(path=path, story=story_id),
        EXIT_INVALID,
    )


def open_stream(
    path: Path, encoding: str | None = None, language: Language = ENGLISH
) -> StreamedDocument:
    """A text file for the app: its first screen's worth read now, the rest while shown."""
    from .story import DocumentError
    from .story.stream import StreamedDocument

    try:
        return StreamedDocument(path, encoding)
    except DocumentError as error:
        raise CliError(said_in(error, language), EXIT_INVALID) from None


def _names_a_file(name: str, language: Language) -> bool:
    """`name` is a regular file (a text file to open), not a story id or a pack."""
    info = looked_up(name, language)
    return info is not None and stat.S_ISREG(info.st_mode)


def run_open(args: argparse.Namespace) -> int:
    if _names_a_file(args.path, args.language):
        stream = open_stream(user_path(args.path), args.encoding, args.language)
        return run_app(args, stream.story, stream)
    return run_app(args, load_any(args.path, args.encoding, args.language))


def run_draft(args: argparse.Namespace) -> int:
    from .story import DocumentError, load_story, story_from_text_file, write_pack
    from .story.draft import draft_story
    from .story.table import parse_date

    language: Language = args.language
    _ = language.gettext
    if looked_up(args.path, language) is None:
        raise CliError(_("{path}: no such file").format(path=args.path))
    published = args.published or ""
    if published and parse_date(published) is None:
        raise CliError(
            _("{value}: not a date; use YYYY, YYYY-MM or YYYY-MM-DD").format(value=published)
        )
    try:  # (a directory, a FIFO or a device is said to be one, and not read)
        story = story_from_text_file(user_path(args.path), args.encoding)
    except DocumentError as error:
        raise CliError(said_in(error, language), EXIT_INVALID) from None
    if published:  # dated again: أمس and الشهر الماضي count from it
        story = draft_story(story._replace(published=published))
    target = user_path(args.output)
    made: list[Path] = []  # what writing the pack makes (it goes again if writing fails)
    try:
        if target.exists() and not target.is_dir():
            from .story.files import not_a_directory

            why = not_a_directory(target)  # (None: it went meanwhile)
            raise CliError(say(why, language) if why else f"{target}: {os.strerror(errno.ENOTDIR)}")
        if target.is_dir() and any(target.iterdir()) and not args.force:
            raise CliError(_("{path}: not empty; use --force to write into it").format(path=target))
        if any(
            _same_file(user_path(args.path), target / name) for name in (ARTICLE_FILE, DATA_FILE)
        ):
            # (--force wrote the pack's article over the text it was drafted from.)
            raise CliError(
                _("{path}: the file to draft from would be written over; draft into another "
                  "folder").format(path=args.path)
            )  # fmt: skip
        made += [path for path in (target, target / ARTICLE_FILE, target / DATA_FILE)
                 if not path.exists()]  # fmt: skip
        write_pack(story, target)
        checked = load_story(target)
    except OSError as error:
        # What it made goes (a full disk left a pack of an empty article.txt behind,
        # and the next draft into it was refused: "not empty").
        for path in reversed(made):
            with contextlib.suppress(OSError):
                path.rmdir() if path == target else path.unlink()
        raise CliError(f"{target}: {error.strerror or error}", EXIT_INVALID) from None
    except PackError as error:  # a bug if it happens: say so plainly
        raise CliError(
            _("the draft does not validate: {problem}").format(problem=error.problems[0]),
            EXIT_INVALID,
        ) from None
    said = _(
        "drafted {entities} entities, {numbers} numbers, {events} events and {people} people "
        "into {path} (it validates; check every item, then add competitors)"
    )
    number = language.number
    done = said.format(
        entities=number(len(checked.entities)),
        numbers=number(len(checked.numbers)),
        events=number(len(checked.events)),
        people=number(len(checked.people)),
        path=target,
    )  # fmt: skip
    write_out(done, language)
    return EXIT_OK


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:  # (either is missing)
        return False


def create_app(
    args: argparse.Namespace,
    story: Story | None = None,
    stream: StreamedDocument | None = None,
    start_in_library: bool = False,
) -> ScaleTUIApp:
    """The app as `scaletui` runs it (the benchmark starts it the same way)."""
    # Loading Textual and the story makes objects that live as long as the app;
    # the collector would scan them again and again for nothing (a tenth of
    # start-up). The app freezes them and turns it back on after its first frame.
    gc.disable()
    try:
        return _create_app(args, story, stream, start_in_library)
    except BaseException:
        gc.enable()
        raise


def _create_app(
    args: argparse.Namespace,
    story: Story | None,
    stream: StreamedDocument | None,
    start_in_library: bool,
) -> ScaleTUIApp:
    cache_dir = default_cache_dir()
    language: Language = getattr(args, "language", ENGLISH)
    name = getattr(args, "story", None)
    if story is None and stream is None and name is None and not start_in_library:
        # No story named and several bundled: the reader chooses in the library.
        # (One bundled story opens directly, as it always has; opened files are
        # listed in the library but never change what `scaletui` opens.)
        start_in_library = len(bundled_story_ids()) > 1
    setting = bidi_setting(args)
    if story is None and stream is not None:
        story = stream.story
    elif story is None:
        story = _cached_story(name, cache_dir, language)
    if story is None:
        story = load(name, cache_dir, language)
    from .app import AppOptions, ScaleTUIApp

    data_dir = default_data_dir(args.data_dir)

    def open_store() -> NoteStore:
        from .notes import NoteStore

        return NoteStore(data_dir)

    from .layout.cache import cache_file

    options = AppOptions(
        engine=LayoutEngine(reorder=setting.mode == "app"), bidi=setting, cache_dir=cache_dir,
        layout_cache=cache_file(cache_dir, story.id), start_in_library=start_in_library,
    )  # fmt: skip
    # The app opens the notes store just after its first frame (and says if it can't).
    return ScaleTUIApp(story, open_store, language=language, stream=stream, options=options)


def _cached_story(name: str | None, cache_dir: Path, language: Language) -> Story | None:
    """The story if its cache is warm (a repeat launch reads no pack)."""
    try:
        pack = resolve_pack(name, language)
    except StoryNotFound:
        return None  # load says so
    from .story.cache import cached_story

    return cached_story(pack, cache_dir)


def run_library(args: argparse.Namespace) -> int:
    return run_app(args, start_in_library=True)


def terminal_missing(language: Language) -> CliError | None:
    """Why the full-screen app cannot run here, if it cannot. It reads keys from
    standard input and draws on standard error (Textual's driver): with either not a
    terminal (/dev/null, a pipe, a job started under setsid) it started anyway and
    waited for keys for ever. As `less` does, it says so and ends (status 2). A driver
    of its own (TEXTUAL_DRIVER, as `textual serve` names) needs no terminal."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return None
    _ = language.gettext
    for stream, name in (
        (sys.__stdin__, N_("standard input")),
        (sys.__stderr__, N_("standard error")),
    ):
        try:
            terminal = stream is not None and stream.isatty()
        except ValueError:  # closed
            terminal = False
        if not terminal:
            said = _(
                "the app needs a terminal, and {stream} is not one ('scaletui print' "
                "writes a story to a pipe or a file)"
            )
            return CliError(said.format(stream=_(name)))
    return None


def run_app(
    args: argparse.Namespace,
    story: Story | None = None,
    stream: StreamedDocument | None = None,
    start_in_library: bool = False,
) -> int:
    missing = terminal_missing(getattr(args, "language", ENGLISH))
    if missing is not None:
        raise missing
    app = create_app(args, story, stream, start_in_library)
    try:
        with explicit_bidi(sys.__stdout__, enabled=app.engine.reorder, terminal=app.bidi.terminal):
            app.run()
    finally:
        if app.notes.store is not None:
            app.notes.store.close()
    if app.ended_by is not None:  # (the terminal's input failed: ScaleTUIApp.panic)
        say_line(app.ended_by)
    # A note that could be kept nowhere is printed now, the terminal restored.
    unkept = app.notes.say_unkept(sys.stderr)
    # Non-zero after an unhandled error (Textual has printed it, the terminal is
    # restored and an open note was kept) and after SIGTERM or SIGHUP (128 + signal).
    return app.return_code or (EXIT_INVALID if unkept else EXIT_OK)


def run_check_terminal(args: argparse.Namespace) -> int:
    """A test line both ways; the reader's pick is saved for this terminal."""
    missing = terminal_missing(args.language)
    if missing is not None:
        raise missing
    from .screens.check_terminal import CheckTerminalApp
    from .terminal.config import default_config_file

    terminal = detect_terminal(os.environ)
    passthrough = None
    if terminal.tmux:
        from .terminal.detect import tmux_passthrough_allowed

        passthrough = tmux_passthrough_allowed()
    from .app.signals import QuitSignals

    app = CheckTerminalApp(
        terminal, default_config_file(), args.language, passthrough, quit_signals=QuitSignals
    )
    # The app's own requests while it runs: line 1 shows as the app would show it.
    with explicit_bidi(sys.__stdout__, terminal=terminal):
        app.run()
    if app.saved is not None:
        say_line(app.saved)
    return app.return_code or EXIT_OK


def run_serve(args: argparse.Namespace) -> int:
    """The app in a browser: a server on this machine, one app process per connection."""
    from .serve.access import check_host, new_token, served_url

    language: Language = args.language
    _ = language.gettext
    try:
        warning = check_host(args.host, args.allow_remote)
    except ValueError as error:
        raise CliError(_(str(error)).format(host=visible(args.host))) from None
    if not 0 <= args.port <= 65535:
        raise CliError(_("--port must be from 0 to 65535, not {port}").format(port=args.port))
    if args.story is not None:
        load(args.story, language=language)  # a bad story is said now, not in the browser
    try:
        from .serve import server
    except ImportError as error:
        said = _(
            "'scaletui serve' needs the serve extra ({missing}): pip install 'scaletui[serve]'"
        )
        raise CliError(said.format(missing=error.name or error), EXIT_INVALID) from None
    if warning:
        say_line(_(warning).format(host=visible(args.host)))
    try:
        sock = server.listening_socket(args.host, args.port)
    except OSError as error:
        said = f"{visible(args.host)}:{args.port}: {error.strerror or error}"
        raise CliError(said, EXIT_INVALID) from None
    token = new_token()
    url = served_url(args.host, sock.getsockname()[1], token)
    arguments = ["--bidi", "app", *app_options(args)]  # xterm.js draws cells as sent

    def ready() -> None:
        said = _("serving {story} at {url} (Ctrl+C stops it)")
        write_out(said.format(story=args.story or _("the bundled story"), url=url), language)

    server.serve(sock, token, arguments, "scaletui", ready)
    return EXIT_OK


def app_options(args: argparse.Namespace) -> list[str]:
    """The options `serve` hands on to each app it starts, and the story."""
    options: list[str] = []
    for option, value in (("--data-dir", args.data_dir), ("--lang", args.lang),
                          ("--digits", args.digits)):  # fmt: skip
        if value is not None:
            options += [option, str(Path(value).absolute()) if option == "--data-dir" else value]
    if args.hijri:
        options.append("--hijri")
    if args.story is not None:
        story = user_path(args.story)
        options.append(str(story.absolute()) if story.exists() else args.story)
    return options


def main(argv: Sequence[str] | None = None) -> int:
    stand_in_for_closed_outputs()
    argv = command_first(list(sys.argv[1:] if argv is None else argv))
    try:
        language = choose_language(argv, os.environ)
    except ValueError as error:
        say_line(str(error))
        return EXIT_USAGE
    with argparse_speaks(language):
        if argv and argv[0] in COMMANDS:
            args = build_command_parser(language).parse_args(argv)
        else:
            args = build_app_parser(language).parse_args(argv)
            args.command = None
    args.language = language
    handlers = {
        "print": run_print,
        "validate": run_validate,
        "export": run_export,
        "import": run_import,
        "open": run_open,
        "draft": run_draft,
        "library": run_library,
        "check-terminal": run_check_terminal,
        "serve": run_serve,
        None: run_app,
    }
    try:
        # (Asked in here: a loop of links or a folder the reader may not search is said
        # in a line, where it was a traceback.)
        if args.command is None and args.story is not None and _names_a_file(args.story, language):
            # `scaletui article.txt` opens it, as `scaletui open article.txt` does.
            args.command, args.path, args.encoding = "open", args.story, None
        code = handlers[args.command](args)
        try:
            sys.stdout.flush()  # (a full disk says so now, not at exit)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise output_failed(error, language) from None
        return code
    except CliError as error:
        say_line(str(error))
        return error.code
    except BrokenPipeError:
        # `scaletui print | head` closes the pipe early: not an error.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
