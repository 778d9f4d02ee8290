"""Command line: `scaletui` (the app) and its commands (listed in cli_parsers.COMMAND_SUMMARIES).

Bad input ends in one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
from collections.abc import Sequence
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
from .i18n import ENGLISH, Language, said_in, say
from .layout import LayoutEngine
from .story import PackError, Story, StoryNotFound, resolve_pack
from .story.packs import bundled_story_ids
from .terminal import detect_terminal, explicit_bidi
from .terminal.setting import BidiSetting, resolve_bidi
from .user_dirs import default_cache_dir, default_data_dir

if TYPE_CHECKING:
    from .app import ScaleTUIApp
    from .notes import NoteStore
    from .prefetch import Prefetch
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


def bidi_setting(args: argparse.Namespace) -> BidiSetting:
    try:
        return resolve_bidi(getattr(args, "bidi", None), os.environ)
    except ValueError as error:
        raise CliError(said_in(error, getattr(args, "language", ENGLISH))) from None


def load(name: str | None, cache_dir: Path | None = None, language: Language = ENGLISH) -> Story:
    """A story pack, checked; from `cache_dir` when the pack is unchanged since."""
    try:
        pack = resolve_pack(name, language)
    except StoryNotFound as error:
        raise CliError(str(error)) from None
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


def load_any(name: str | None, encoding: str | None = None, language: Language = ENGLISH) -> Story:
    """A bundled story, a pack directory, or any text file (with drafted items)."""
    _ = language.gettext
    if name is not None and Path(name).expanduser().is_file():
        from .story import DocumentError, story_from_text_file  # text files only

        try:
            return story_from_text_file(Path(name).expanduser(), encoding)
        except DocumentError as error:
            raise CliError(said_in(error, language), EXIT_INVALID) from None
    if (
        name is not None
        and not Path(name).expanduser().exists()
        and ("/" in name or "." in Path(name).name)
    ):
        raise CliError(_("{name}: no such file or directory").format(name=name))
    if name is not None and Path(name).expanduser().exists():
        from .story.files import special_kind

        kind = special_kind(Path(name).expanduser())
        if kind is not None:  # a FIFO or a device: never read (it could block or not end)
            raise CliError(
                _("{name}: is {kind}, not a regular file").format(name=name, kind=_(kind)),
                EXIT_INVALID,
            )
    return load(name, language=language)


def print_story(
    story: Story, width: int, color: bool, out: TextIO, engine: LayoutEngine | None = None
) -> None:
    engine = engine or LayoutEngine()
    for index, paragraph in enumerate(story.paragraphs):
        if index:
            out.write("\n")
        emphasis = color and paragraph.kind != "body"
        for line in engine.layout(paragraph.text, width).lines:
            text = line.text
            out.write(f"{BOLD}{text}{RESET}\n" if emphasis else f"{text}\n")


def run_print(args: argparse.Namespace) -> int:
    story = load_any(args.story, args.encoding, args.language)
    width = args.width if args.width is not None else shutil.get_terminal_size().columns
    if width < 1:
        raise CliError(
            args.language.gettext("--width must be at least 1, not {width}").format(width=width)
        )
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    setting = bidi_setting(args)
    if setting.warning:
        print(f"scaletui: {say(setting.warning, args.language)}", file=sys.stderr)
    mode = setting.mode
    engine = LayoutEngine(reorder=mode == "app")
    # No line is wider than the longest paragraph: a huge --width would only pad
    # every line with spaces (--width 100000000 ran out of memory).
    longest = max((engine.prepare(p.text).width for p in story.paragraphs), default=1)
    width = min(width, max(1, longest))
    with explicit_bidi(sys.stdout, enabled=mode == "app", terminal=setting.terminal):
        print_story(story, width, color, sys.stdout, engine)
    return EXIT_OK


def run_validate(args: argparse.Namespace) -> int:
    language: Language = args.language
    story = load(args.story, language=language)
    counts = {
        "paragraphs": len(story.paragraphs), "entities": len(story.entities),
        "events": len(story.events), "people": len(story.people),
        "competitors": len(story.competitors), "numbers": len(story.numbers),
    }  # fmt: skip
    said = language.gettext(
        "{path}: ok: {paragraphs} paragraphs, {entities} entities, {events} events, "
        "{people} people, {competitors} competitors, {numbers} numbers"
    )
    print(said.format(path=story.path, **{k: language.number(v) for k, v in counts.items()}))
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
        print(f"scaletui: {said.format(path=store.foreign_wal)}", file=sys.stderr)
    if store.moved_aside is not None:
        said = language.ngettext(
            "the notes database was damaged: {count} note was recovered into a new one; "
            "the damaged file was kept as {path}",
            "the notes database was damaged: {count} notes were recovered into a new one; "
            "the damaged file was kept as {path}",
            store.salvaged,
        )
        count = language.number(store.salvaged)
        print(f"scaletui: {said.format(count=count, path=store.moved_aside)}", file=sys.stderr)
    return store


def _notes_failed(error: Exception, language: Language) -> CliError:
    return CliError(
        language.gettext("notes: {error}").format(error=said_in(error, language)), EXIT_INVALID
    )


def run_export(args: argparse.Namespace) -> int:
    from .notes import NoteStoreError
    from .notes.export import ExportError, default_name, export_notes

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

        print(f"scaletui: {repaired_text(repaired, language)}", file=sys.stderr)
    target = args.output or default_name(story.id, args.format)
    try:
        result = export_notes(
            story, notes, target, datetime.now(UTC).replace(microsecond=0),
            fmt=args.format, force=args.force, language=language,
        )  # fmt: skip
    except ExportError as error:  # NothingToExport too: no notes, no file
        raise CliError(said_in(error, language), EXIT_INVALID) from None
    if result.path is not None:
        _ = language.gettext
        count, path = language.number(result.count), result.path
        done = {
            "new": language.ngettext(
                "wrote {count} note to {path}", "wrote {count} notes to {path}", result.count
            ),
            "replace": language.ngettext(
                "wrote {count} note to {path} (the file was replaced)",
                "wrote {count} notes to {path} (the file was replaced)",
                result.count,
            ),
            "merge": language.ngettext(
                "updated {count} note in {path}", "updated {count} notes in {path}", result.count
            ),
            "merge-edited": language.ngettext(
                "updated {count} note in {path} (your edits inside the scaletui block were "
                "replaced)",
                "updated {count} notes in {path} (your edits inside the scaletui block were "
                "replaced)",
                result.count,
            ),
        }[result.kind].format(count=count, path=path)
        if result.kind.startswith("merge") and args.format == "markdown":
            done += _("; your text outside the scaletui block is kept")
        print(f"scaletui: {done}", file=sys.stderr)
    return EXIT_OK


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


def run_open(args: argparse.Namespace) -> int:
    path = Path(args.path).expanduser()
    if path.is_file():
        stream = open_stream(path, args.encoding, args.language)
        return run_app(args, stream.story, stream)
    return run_app(args, load_any(args.path, args.encoding, args.language))


def run_draft(args: argparse.Namespace) -> int:
    from .story import DocumentError, load_story, story_from_text_file, write_pack
    from .story.draft import draft_story
    from .story.table import parse_date

    language: Language = args.language
    _ = language.gettext
    source = Path(args.path).expanduser()
    if not source.is_file():
        raise CliError(_("{path}: no such file").format(path=args.path))
    published = args.published or ""
    if published and parse_date(published) is None:
        raise CliError(
            _("{value}: not a date; use YYYY, YYYY-MM or YYYY-MM-DD").format(value=published)
        )
    try:
        story = story_from_text_file(source, args.encoding)
    except DocumentError as error:
        raise CliError(said_in(error, language), EXIT_INVALID) from None
    if published:  # dated again: أمس and الشهر الماضي count from it
        story = draft_story(story._replace(published=published))
    target = Path(args.output).expanduser()
    if target.exists() and not target.is_dir():
        raise CliError(_("{path}: exists and is not a directory").format(path=target))
    if target.is_dir() and any(target.iterdir()) and not args.force:
        raise CliError(_("{path}: not empty; use --force to write into it").format(path=target))
    try:
        write_pack(story, target)
        checked = load_story(target)
    except OSError as error:
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
    print(
        said.format(
            entities=number(len(checked.entities)),
            numbers=number(len(checked.numbers)),
            events=number(len(checked.events)),
            people=number(len(checked.people)),
            path=target,
        )  # fmt: skip
    )
    return EXIT_OK


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
    prefetch: Prefetch | None = None
    if story is None and stream is not None:
        story = stream.story
    elif story is None:
        story, prefetch = _cached_story(name, cache_dir, language)
    # Textual only loads when the app runs (a helper may be reading a new pack meanwhile).
    from .app import ScaleTUIApp

    if story is None:
        try:
            story = load(name, cache_dir, language)  # cached by the helper, or loaded here
        except CliError:
            if prefetch is not None:
                prefetch.close()
            raise

    data_dir = default_data_dir(args.data_dir)

    def open_store() -> NoteStore:
        from .notes import NoteStore

        return NoteStore(data_dir)

    from .layout.cache import cache_file

    # The app opens the notes store just after its first frame (and says if it can't).
    app = ScaleTUIApp(
        story, LayoutEngine(reorder=setting.mode == "app"), open_store=open_store,
        layout_cache=cache_file(cache_dir, story.id), stream=stream, cache_dir=cache_dir,
        start_in_library=start_in_library, bidi=setting, language=language,
    )  # fmt: skip
    if prefetch is not None:
        app.end_with(prefetch.close)
    return app


def _cached_story(
    name: str | None, cache_dir: Path, language: Language
) -> tuple[Story | None, Prefetch | None]:
    """The story if its cache is warm; else a helper that warms it, if one starts."""
    try:
        pack = resolve_pack(name, language)
    except StoryNotFound:
        return None, None  # load says so
    from .story.cache import cached_story

    story = cached_story(pack, cache_dir)
    if story is not None:
        return story, None
    from .prefetch import start_prefetch

    return None, start_prefetch(pack, cache_dir, language)


def run_library(args: argparse.Namespace) -> int:
    return run_app(args, start_in_library=True)


def run_app(
    args: argparse.Namespace,
    story: Story | None = None,
    stream: StreamedDocument | None = None,
    start_in_library: bool = False,
) -> int:
    app = create_app(args, story, stream, start_in_library)
    try:
        with explicit_bidi(sys.__stdout__, enabled=app.engine.reorder, terminal=app.bidi.terminal):
            app.run()
    finally:
        if app.store is not None:
            app.store.close()
    # A note that could be kept nowhere is printed now, the terminal restored.
    unkept = app.notes.say_unkept(sys.stderr)
    # Non-zero after an unhandled error (Textual has printed it, the terminal is
    # restored and an open note was kept) and after SIGTERM or SIGHUP (128 + signal).
    return app.return_code or (EXIT_INVALID if unkept else EXIT_OK)


def run_check_terminal(args: argparse.Namespace) -> int:
    """A test line both ways; the reader's pick is saved for this terminal."""
    from .screens.check_terminal import CheckTerminalApp
    from .terminal.config import default_config_file

    terminal = detect_terminal(os.environ)
    app = CheckTerminalApp(terminal, default_config_file(), args.language)
    # The app's own requests while it runs: line 1 shows as the app would show it.
    with explicit_bidi(sys.__stdout__, terminal=terminal):
        app.run()
    if app.saved is not None:
        print(f"scaletui: {app.saved}", file=sys.stderr)
    return app.return_code or EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = command_first(list(sys.argv[1:] if argv is None else argv))
    try:
        language = choose_language(argv, os.environ)
    except ValueError as error:
        print(f"scaletui: {error}", file=sys.stderr)
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
        "open": run_open,
        "draft": run_draft,
        "library": run_library,
        "check-terminal": run_check_terminal,
        None: run_app,
    }
    try:
        return handlers[args.command](args)
    except CliError as error:
        for line in str(error).splitlines():
            print(f"scaletui: {line}", file=sys.stderr)
        return error.code
    except BrokenPipeError:
        # `scaletui print | head` closes the pipe early: not an error.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
