"""Messages other libraries show on scaletui's behalf, marked for the catalogue.

argparse words its usage, help and errors through `gettext` (`argparse` reads
them from these msgids while the CLI parses, see cli.py); Textual's bindings
that the help screen lists and its palette's placeholder come with English
descriptions. Each is the library's exact text: the catalogue translates it.
"""

from __future__ import annotations

from . import N_

ARGPARSE = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
)

TEXTUAL = (
    N_("Quit the app and return to the command prompt."),  # App's ctrl+q, in the help
    N_("Search for commands…"),  # the command palette's placeholder
    N_("Copy selected text"),  # Screen's ctrl+c, in the help
    N_("Focus Next"),  # Screen's tab, in the note editor's help
    N_("Focus Previous"),
)
