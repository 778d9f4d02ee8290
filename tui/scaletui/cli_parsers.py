"""The command line's parsers, in the reader's language: every command's options
and help, and the options read before argparse runs (--lang, --digits, --hijri)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from .i18n import (
    DIGIT_STYLES,
    ENGLISH,
    LANGUAGES,
    N_,
    Language,
    digits_from_environment,
    hijri_from_environment,
    language_from_environment,
    load_language,
    visible,
)
from .serve import DEFAULT_HOST, DEFAULT_PORT
from .terminal.setting import BIDI_ENV, BIDI_MODES
from .user_dirs import DATA_DIR_ENV

# Each command in one line: its parser's help, the list `scaletui --help` ends with,
# and the README's table of commands (python -m scaletui.docgen) all read this.
COMMAND_SUMMARIES = {
    "print": N_("print the article laid out for this terminal"),
    "validate": N_("check a story pack and list every problem"),
    "export": N_("write your notes on a story as Markdown (or JSON)"),
    "import": N_("read notes back from an export or the rescue file"),
    "open": N_("open a text or Markdown file, or a story pack directory"),
    "draft": N_("draft a story pack from an article"),
    "library": N_("every story there is, to open one or search them all"),
    "check-terminal": N_("choose which way Arabic reads right in this terminal"),
    "serve": N_("the app in a web browser, on this machine (the serve extra)"),
}
COMMANDS = tuple(COMMAND_SUMMARIES)
# `scaletui [STORY]`, with no command: the app.
APP_SUMMARY = N_("read a story in the app")
# The commands that read or write notes, the reading places and the opened files'
# list in the data directory (the app too): only these take --data-dir.
DATA_DIR_COMMANDS = ("export", "import", "open", "library", "serve")


class Parser(argparse.ArgumentParser):
    """A parser whose errors repeat what was typed harmlessly: `unrecognized
    arguments: …` echoed an argument's ESC and BEL bytes to the terminal."""

    def error(self, message: str) -> NoReturn:
        super().error(visible(message))


def a_name(language: Language) -> Callable[[str], str]:
    """The argument type of an option that names a file or a folder: not empty
    (`-o ""` exported to the default file; `draft -o ""` wrote into the current folder)."""

    def named(value: str) -> str:
        if not value.strip():
            raise argparse.ArgumentTypeError(language.gettext("an empty name"))
        return value

    return named


class AppParser(Parser):
    """The app's parser, whose help ends with every command, as git's and pip's do."""

    def __init__(self, language: Language, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.language = language

    def format_help(self) -> str:
        _ = self.language.gettext
        formatter = self.formatter_class(prog=self.prog)
        formatter.start_section(_("commands"))
        rows = [(_("(no command)"), APP_SUMMARY), *COMMAND_SUMMARIES.items()]
        for name, summary in rows:
            formatter.add_argument(argparse.Action([], dest=name, help=_(summary)))
        formatter.end_section()
        formatter.add_text(_("'scaletui COMMAND --help' lists a command's options."))
        return super().format_help() + "\n" + formatter.format_help()


def add_data_dir_option(parser: argparse.ArgumentParser, language: Language) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=a_name(language),
        help=language.gettext(
            "where notes are kept (default: ${env}, else the user data directory)"
        ).format(env=DATA_DIR_ENV),
    )


def add_language_options(
    parser: argparse.ArgumentParser, language: Language, hijri: bool = False
) -> None:
    """--lang and --digits on every command (--hijri where there is a timeline)."""
    _ = language.gettext
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=_("the interface's language (default: $SCALETUI_LANG, else the locale's)"),
    )
    parser.add_argument(
        "--digits",
        choices=DIGIT_STYLES,
        help=_(
            "digits in the interface: arabic (٠١٢٣) or latin (0123) (default: "
            "$SCALETUI_DIGITS, else arabic for --lang ar, latin for en)"
        ),
    )
    if hijri:
        parser.add_argument(
            "--hijri",
            action="store_true",
            default=None,
            help=_("show the Hijri date beside each date in the timeline ($SCALETUI_HIJRI=1)"),
        )


def add_bidi_option(parser: argparse.ArgumentParser, language: Language) -> None:
    parser.add_argument(
        "--bidi",
        choices=BIDI_MODES,
        help=language.gettext(
            "who reorders Arabic: 'app' (default: scaletui shapes and reorders, and asks "
            "bidi-aware terminals to stand back) or 'terminal' (send logical text, for terminals "
            "that reorder anyway); default from ${env}, else the choice saved by "
            "'scaletui check-terminal' for this terminal, else app"
        ).format(env=BIDI_ENV),
    )


def build_app_parser(language: Language = ENGLISH) -> argparse.ArgumentParser:
    _ = language.gettext
    parser = AppParser(
        language,
        prog="scaletui",
        description=_("Read and research an Arabic news story in the terminal."),
    )
    parser.add_argument(
        "story",
        nargs="?",
        metavar="STORY",
        type=a_name(language),
        help=_(
            "a bundled story id, a story pack directory or a text file (default: the bundled story)"
        ),
    )
    add_bidi_option(parser, language)
    add_data_dir_option(parser, language)
    add_language_options(parser, language, hijri=True)
    return parser


def build_command_parser(language: Language = ENGLISH) -> argparse.ArgumentParser:
    return build_command_parsers(language)[0]


def build_command_parsers(
    language: Language = ENGLISH,
) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The commands' parser, and each command's own (by name, in COMMANDS' order)."""
    _ = language.gettext
    parser = Parser(prog="scaletui")
    named = a_name(language)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=_(COMMAND_SUMMARIES[name]), **kwargs)

    show = command("print")
    show.add_argument(
        "story",
        nargs="?",
        metavar="STORY",
        type=named,
        help=_("story id, pack directory or text file"),
    )
    show.add_argument("--encoding", help=_("the text file's encoding if not UTF-8"))
    show.add_argument("--width", type=int, help=_("line width in cells (default: the terminal's)"))
    show.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help=_("bold headings with ANSI codes (auto: when writing to a terminal)"),
    )
    add_bidi_option(show, language)

    validate = command("validate")
    validate.add_argument(
        "story", nargs="?", metavar="STORY", type=named, help=_("story id or pack directory")
    )

    export = command(
        "export",
        description=_("Markdown is merged into the file: scaletui rewrites only its own parts "
                      "(between its markers) and front matter keys, and keeps everything you "
                      "wrote; a file it must rewrite more of is first copied beside itself "
                      "as FILE.bak-TIME."),
    )  # fmt: skip
    export.add_argument(
        "--story",
        type=named,
        help=_("story id, pack directory or text file (default: the bundled story)"),
    )
    export.add_argument("--encoding", help=_("the text file's encoding if not UTF-8"))
    export.add_argument(
        "-o", "--output", metavar="FILE", type=named,
        help=_("where to write ('-' for standard output; default: ./STORY-notes.md or .json)"),
    )  # fmt: skip
    export.add_argument(
        "--format", choices=("markdown", "json"),
        help=_("markdown or json (a documented schema for other tools); default: json for a "
               "FILE ending in .json, else markdown"),
    )  # fmt: skip
    export.add_argument(
        "--force", action="store_true",
        help=_("replace the whole file with a new export (a copy of it is kept beside it "
               "first); needed only for a file that is not UTF-8 text, or a JSON file that "
               "is not an export of this story"),
    )  # fmt: skip

    importer = command(
        "import",
        description=_("Notes are added once: importing the same file again adds nothing, and "
                      "another version of one of your notes is kept beside it. Notes made on "
                      "another version of the article are placed by their quotes."),
    )  # fmt: skip
    importer.add_argument(
        "file", metavar="FILE", type=named,
        help=_("a JSON export, an exported Markdown file, or unsaved-notes.jsonl"),
    )  # fmt: skip
    importer.add_argument(
        "--story", type=named,
        help=_("the story to put the notes on: a story id, pack directory or text file "
               "(default: the story the file names)"),
    )  # fmt: skip
    importer.add_argument("--encoding", help=_("the text file's encoding if not UTF-8"))

    opener = command("open")
    opener.add_argument(
        "path",
        metavar="PATH",
        type=named,
        help=_("a text file (Markdown if it ends in .md), or a pack directory"),
    )
    opener.add_argument("--encoding", help=_("the file's encoding if not UTF-8 (e.g. cp1256)"))
    add_bidi_option(opener, language)

    library = command("library")
    add_bidi_option(library, language)

    drafter = command("draft")
    drafter.add_argument(
        "path",
        metavar="FILE",
        type=named,
        help=_("the article: a text file (Markdown if it ends in .md)"),
    )
    drafter.add_argument(
        "-o", "--output", required=True, metavar="DIR", type=named, help=_("the pack to write")
    )
    drafter.add_argument("--encoding", help=_("the file's encoding if not UTF-8 (e.g. cp1256)"))
    drafter.add_argument("--force", action="store_true", help=_("write into a non-empty DIR"))
    drafter.add_argument(
        "--published",
        metavar="DATE",
        help=_("the article's date, YYYY[-MM[-DD]]: what words such as أمس count from"),
    )
    command("check-terminal")

    server = command("serve")
    server.add_argument(
        "story",
        nargs="?",
        metavar="STORY",
        type=named,
        help=_(
            "a bundled story id, a story pack directory or a text file (default: the bundled story)"
        ),
    )
    server.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=_("the address to listen on (default: {host}, this machine only)").format(
            host=DEFAULT_HOST
        ),
    )
    server.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=_("the port (default: {port}; 0: any free port)").format(port=DEFAULT_PORT),
    )
    server.add_argument(
        "--allow-remote",
        action="store_true",
        help=_("listen on an address other machines can reach (see docs/serve.md first)"),
    )
    for name, sub in commands.choices.items():
        if name in DATA_DIR_COMMANDS:
            add_data_dir_option(sub, language)
        add_language_options(sub, language, hijri=sub in (opener, library, server))
    return parser, dict(commands.choices)


def option_value(argv: Sequence[str], option: str) -> str | None:
    """An option's value as given (`--lang ar` or `--lang=ar`), read before argparse
    runs: the parsers' help is written in the language it names."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == option and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith(option + "="):
            return arg.split("=", 1)[1]
    return None


def choose_language(argv: Sequence[str], environ: Mapping[str, str]) -> Language:
    """--lang, --digits and --hijri (else their environment variables); ValueError
    for an unknown language or digit style."""
    code = option_value(argv, "--lang") or language_from_environment(environ)
    digits = option_value(argv, "--digits") or digits_from_environment(environ)
    hijri = "--hijri" in argv or hijri_from_environment(environ)
    return load_language(code.strip().lower(), digits, hijri)  # ValueError: said in one line


@contextmanager
def argparse_speaks(language: Language) -> Iterator[None]:
    """argparse's own words (usage, its errors) in `language` while it parses.

    argparse looks them up through the module-level `_` and `ngettext` it took
    from gettext; they are swapped for the catalogue's only for the parse.
    """
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = language.gettext, language.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


# option: values it takes. (A command without one of these says so, as argparse does.)
LEADING_OPTIONS = {"--lang": 1, "--digits": 1, "--hijri": 0, "--data-dir": 1, "--bidi": 1}


def command_first(argv: list[str]) -> list[str]:
    """`scaletui --lang ar validate` as `scaletui validate --lang ar`: the language
    options, the notes folder and the bidi mode may come before the command too."""
    at = 0
    while at < len(argv):
        name = argv[at].split("=", 1)[0]
        if name not in LEADING_OPTIONS:
            break
        at += 1 + (LEADING_OPTIONS[name] if "=" not in argv[at] else 0)
    if 0 < at < len(argv) and argv[at] in COMMANDS:
        return [argv[at], *argv[:at], *argv[at + 1 :]]
    return argv
