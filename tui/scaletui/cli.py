"""Command line: `scaletui` (the app), `scaletui print`, `scaletui validate`.

Bad input ends in one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .layout import LayoutEngine
from .story import PackError, Story, StoryNotFound, resolve_pack
from .story.packs import bundled_story_ids
from .terminal import detect_terminal, explicit_bidi
from .terminal.setting import BIDI_ENV, BIDI_MODES, BidiSetting, resolve_bidi
from .user_dirs import DATA_DIR_ENV, default_cache_dir, default_data_dir

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


COMMANDS = ("print", "validate", "export", "open", "draft", "library", "check-terminal")


def add_data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where notes are kept (default: ${DATA_DIR_ENV}, else the user data directory)",
    )


def add_bidi_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bidi",
        choices=BIDI_MODES,
        help="who reorders Arabic: 'app' (default: scaletui shapes and reorders, and asks "
        "bidi-aware terminals to stand back) or 'terminal' (send logical text, for terminals "
        f"that reorder anyway); default from ${BIDI_ENV}, else the choice saved by "
        "'scaletui check-terminal' for this terminal, else app",
    )


def bidi_setting(args: argparse.Namespace) -> BidiSetting:
    try:
        return resolve_bidi(getattr(args, "bidi", None), os.environ)
    except ValueError as error:
        raise CliError(str(error)) from None


def build_app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scaletui",
        description="Read and research an Arabic news story in the terminal.",
        epilog="commands: scaletui print [--width N] [STORY]; scaletui validate [STORY]; "
        "scaletui library (scaletui COMMAND --help for more)",
    )
    parser.add_argument(
        "story",
        nargs="?",
        help="a bundled story id or a story pack directory (default: scale-ai-meta)",
    )
    add_bidi_option(parser)
    add_data_dir_option(parser)
    return parser


def build_command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scaletui")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    show = commands.add_parser("print", help="print the article laid out for this terminal")
    show.add_argument("story", nargs="?", help="story id, pack directory or text file")
    show.add_argument("--encoding", help="the text file's encoding if not UTF-8")
    show.add_argument("--width", type=int, help="line width in cells (default: the terminal's)")
    show.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="bold headings with ANSI codes (auto: when writing to a terminal)",
    )
    add_bidi_option(show)
    add_data_dir_option(show)

    validate = commands.add_parser("validate", help="check a story pack and list every problem")
    validate.add_argument("story", nargs="?", help="story id or pack directory")
    add_data_dir_option(validate)

    export = commands.add_parser(
        "export", help="write your notes on a story as Markdown (or JSON)",
        description="Markdown is merged into a file an earlier export wrote: only the "
        "scaletui block and its front matter keys are replaced.",
    )  # fmt: skip
    export.add_argument(
        "--story", help="story id, pack directory or text file (default: scale-ai-meta)"
    )
    export.add_argument("--encoding", help="the text file's encoding if not UTF-8")
    export.add_argument(
        "-o", "--output", metavar="FILE",
        help="where to write ('-' for standard output; default: ./STORY-notes.md or .json)",
    )  # fmt: skip
    export.add_argument(
        "--format", choices=("markdown", "json"), default="markdown",
        help="markdown (default) or json (a documented schema for other tools)",
    )  # fmt: skip
    export.add_argument(
        "--force", action="store_true",
        help="replace the scaletui block even if you edited it, or overwrite a file "
        "that is not an export of this story",
    )  # fmt: skip
    add_data_dir_option(export)

    opener = commands.add_parser(
        "open", help="open any UTF-8 text or Markdown file, or a story pack directory"
    )
    opener.add_argument("path", help="a .txt or .md file, or a pack directory")
    opener.add_argument("--encoding", help="the file's encoding if not UTF-8 (e.g. cp1256)")
    add_bidi_option(opener)
    add_data_dir_option(opener)

    library = commands.add_parser(
        "library", help="every story (bundled packs, opened files) to open or search across"
    )
    add_bidi_option(library)
    add_data_dir_option(library)

    drafter = commands.add_parser("draft", help="draft a story pack from an article")
    drafter.add_argument("path", help="the article: a .txt or .md file")
    drafter.add_argument("-o", "--output", required=True, metavar="DIR", help="the pack to write")
    drafter.add_argument("--encoding", help="the file's encoding if not UTF-8 (e.g. cp1256)")
    drafter.add_argument("--force", action="store_true", help="write into a non-empty DIR")
    add_data_dir_option(drafter)

    commands.add_parser(
        "check-terminal",
        help="see which way Arabic reads right in this terminal and keep that choice",
    )
    return parser


def load(name: str | None, cache_dir: Path | None = None) -> Story:
    """A story pack, checked; from `cache_dir` when the pack is unchanged since."""
    try:
        pack = resolve_pack(name)
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
            "\n".join(f"{pack / p.file}: {p.key}: {p.message}" for p in error.problems),
            EXIT_INVALID,
        ) from None


def load_any(name: str | None, encoding: str | None = None) -> Story:
    """A bundled story, a pack directory, or any text file (with drafted items)."""
    if name is not None and Path(name).expanduser().is_file():
        from .story import DocumentError, story_from_text_file  # text files only

        try:
            return story_from_text_file(Path(name).expanduser(), encoding)
        except DocumentError as error:
            raise CliError(str(error), EXIT_INVALID) from None
    if (
        name is not None
        and not Path(name).expanduser().exists()
        and ("/" in name or "." in Path(name).name)
    ):
        raise CliError(f"{name}: no such file or directory")
    if name is not None and Path(name).expanduser().exists():
        from .story.files import special_kind

        kind = special_kind(Path(name).expanduser())
        if kind is not None:  # a FIFO or a device: never read (it could block or not end)
            raise CliError(f"{name}: is {kind}, not a regular file", EXIT_INVALID)
    return load(name)


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
    story = load_any(args.story, args.encoding)
    width = args.width if args.width is not None else shutil.get_terminal_size().columns
    if width < 1:
        raise CliError(f"--width must be at least 1, not {width}")
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    setting = bidi_setting(args)
    if setting.warning:
        print(f"scaletui: {setting.warning}", file=sys.stderr)
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
    story = load(args.story)
    print(
        f"{story.path}: ok: {len(story.paragraphs)} paragraphs, {len(story.entities)} entities, "
        f"{len(story.events)} events, {len(story.people)} people, "
        f"{len(story.competitors)} competitors, {len(story.numbers)} numbers"
    )
    return EXIT_OK


def open_store(args: argparse.Namespace) -> NoteStore:
    from .notes import NoteStore, NoteStoreError

    try:
        store = NoteStore(default_data_dir(args.data_dir))
    except NoteStoreError as error:
        raise CliError(f"notes: {error}", EXIT_INVALID) from None
    if store.moved_aside is not None:
        print(
            f"scaletui: the notes database was damaged: {store.salvaged} notes were recovered "
            f"into a new one; the damaged file was kept as {store.moved_aside}",
            file=sys.stderr,
        )
    return store


def run_export(args: argparse.Namespace) -> int:
    from .notes import NoteStoreError
    from .notes.export import ExportError, default_name, export_notes

    story = load_any(args.story, args.encoding)
    store = open_store(args)
    try:
        notes = store.notes(story.id)
    except NoteStoreError as error:
        raise CliError(f"notes: {error}", EXIT_INVALID) from None
    finally:
        store.close()
    target = args.output or default_name(story.id, args.format)
    try:
        result = export_notes(
            story, notes, target, datetime.now(UTC).replace(microsecond=0),
            fmt=args.format, force=args.force,
        )  # fmt: skip
    except ExportError as error:  # NothingToExport too: no notes, no file
        raise CliError(str(error), EXIT_INVALID) from None
    if result.path is not None:
        done = {
            "new": f"wrote {result.count} notes to {result.path}",
            "replace": f"wrote {result.count} notes to {result.path} (the file was replaced)",
            "merge": f"updated {result.count} notes in {result.path}",
            "merge-edited": f"updated {result.count} notes in {result.path} "
            "(your edits inside the scaletui block were replaced)",
        }[result.kind]
        if result.kind.startswith("merge") and args.format == "markdown":
            done += "; your text outside the scaletui block is kept"
        print(f"scaletui: {done}", file=sys.stderr)
    return EXIT_OK


def open_stream(path: Path, encoding: str | None = None) -> StreamedDocument:
    """A text file for the app: its first screen's worth read now, the rest while shown."""
    from .story import DocumentError
    from .story.stream import StreamedDocument

    try:
        return StreamedDocument(path, encoding)
    except DocumentError as error:
        raise CliError(str(error), EXIT_INVALID) from None


def run_open(args: argparse.Namespace) -> int:
    path = Path(args.path).expanduser()
    if path.is_file():
        stream = open_stream(path, args.encoding)
        return run_app(args, stream.story, stream)
    return run_app(args, load_any(args.path, args.encoding))


def run_draft(args: argparse.Namespace) -> int:
    from .story import DocumentError, load_story, story_from_text_file, write_pack

    source = Path(args.path).expanduser()
    if not source.is_file():
        raise CliError(f"{args.path}: no such file")
    try:
        story = story_from_text_file(source, args.encoding)
    except DocumentError as error:
        raise CliError(str(error), EXIT_INVALID) from None
    target = Path(args.output).expanduser()
    if target.exists() and not target.is_dir():
        raise CliError(f"{target}: exists and is not a directory")
    if target.is_dir() and any(target.iterdir()) and not args.force:
        raise CliError(f"{target}: not empty; use --force to write into it")
    try:
        write_pack(story, target)
        checked = load_story(target)
    except OSError as error:
        raise CliError(f"{target}: {error.strerror or error}", EXIT_INVALID) from None
    except PackError as error:  # a bug if it happens: say so plainly
        raise CliError(f"the draft does not validate: {error.problems[0]}", EXIT_INVALID) from None
    print(
        f"drafted {len(checked.entities)} entities and {len(checked.numbers)} numbers into "
        f"{target} (it validates; check every item, then add events, people and competitors)"
    )
    return EXIT_OK


def create_app(
    args: argparse.Namespace,
    story: Story | None = None,
    stream: StreamedDocument | None = None,
    start_in_library: bool = False,
) -> ScaleTUIApp:
    """The app as `scaletui` runs it (the benchmark starts it the same way)."""
    cache_dir = default_cache_dir()
    name = getattr(args, "story", None)
    if story is None and stream is None and name is None and not start_in_library:
        # No story named and several bundled: the reader chooses in the library.
        # (One bundled story opens directly, as it always has; opened files are
        # listed in the library but never change what `scaletui` opens.)
        start_in_library = len(bundled_story_ids()) > 1
    story = story or (stream.story if stream is not None else load(name, cache_dir))
    setting = bidi_setting(args)
    from .app import ScaleTUIApp  # Textual only loads when the app runs

    data_dir = default_data_dir(args.data_dir)

    def open_store() -> NoteStore:
        from .notes import NoteStore

        return NoteStore(data_dir)

    from .layout.cache import cache_file

    # The app opens the notes store just after its first frame (and says if it can't).
    return ScaleTUIApp(
        story, LayoutEngine(reorder=setting.mode == "app"), open_store=open_store,
        layout_cache=cache_file(cache_dir, story.id), stream=stream, cache_dir=cache_dir,
        start_in_library=start_in_library, bidi=setting,
    )  # fmt: skip


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
    # Non-zero after an unhandled error (Textual has printed it, the terminal is
    # restored and an open note was kept) and after SIGTERM or SIGHUP (128 + signal).
    return app.return_code or EXIT_OK


def run_check_terminal(args: argparse.Namespace) -> int:
    """A test line both ways; the reader's pick is saved for this terminal."""
    from .screens.check_terminal import CheckTerminalApp
    from .terminal.config import default_config_file

    terminal = detect_terminal(os.environ)
    app = CheckTerminalApp(terminal, default_config_file())
    # The app's own requests while it runs: line 1 shows as the app would show it.
    with explicit_bidi(sys.__stdout__, terminal=terminal):
        app.run()
    if app.saved is not None:
        print(f"scaletui: {app.saved}", file=sys.stderr)
    return app.return_code or EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        args = build_command_parser().parse_args(argv)
    else:
        args = build_app_parser().parse_args(argv)
        args.command = None
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
