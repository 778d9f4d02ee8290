"""Who orders Arabic here, and why: the flag, the environment, the saved choice."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from ..i18n import N_, Said
from .detect import Terminal, detect_terminal

BIDI_MODES = ("app", "terminal")
BIDI_ENV = "SCALETUI_BIDI"


class BidiSetting(NamedTuple):
    """The mode (`app`: scaletui shapes and orders; `terminal`: the terminal does), the
    terminal it is for, whether the reader chose it, and a config problem to report."""

    mode: str = "app"
    terminal: Terminal = Terminal()
    chosen: bool = False  # --bidi, SCALETUI_BIDI or a choice saved by check-terminal
    warning: Said | str = ""  # a config file that could not be used, in one line


def resolve_bidi(
    flag: str | None, environ: Mapping[str, str], config: Path | None = None
) -> BidiSetting:
    """--bidi, else SCALETUI_BIDI, else the choice saved for this terminal, else app.

    A bad SCALETUI_BIDI raises ValueError (the reader asked for something wrong);
    a bad config file only warns (it may be an old or hand-edited one). `config`:
    the file, by default the user's."""
    terminal = detect_terminal(environ)
    if flag:
        return BidiSetting(flag, terminal, chosen=True)
    value = environ.get(BIDI_ENV, "").strip().lower()
    if value:
        if value not in BIDI_MODES:
            raise ValueError(
                Said(N_("{name}={value}: expected one of {choices}"),
                     name=BIDI_ENV, value=repr(value), choices=", ".join(BIDI_MODES))
            )  # fmt: skip
        return BidiSetting(value, terminal, chosen=True)
    from .config import ConfigError, default_config_file, read_bidi_choice, read_bidi_version

    path = config or default_config_file()
    try:
        saved = read_bidi_choice(path, terminal.key)
    except ConfigError as error:
        warning = Said(N_("{problem}; using --bidi app"), problem=error.args[0])
        return BidiSetting("app", terminal, warning=warning)
    if saved is None:
        return BidiSetting("app", terminal)
    then = read_bidi_version(path, terminal.key)
    if then and terminal.version and then != terminal.version:
        # Konsole's BiDi unticked after choosing 2 showed Arabic unjoined, left to right,
        # with nothing said: a new version is a reason to look again.
        warning = Said(
            N_("{terminal} is version {now}, not {then} as when you chose --bidi {mode} "
               "for it: if Arabic reads reversed or unjoined, run scaletui check-terminal"),
            terminal=terminal.kind, now=terminal.version, then=then, mode=saved,
        )  # fmt: skip
        return BidiSetting(saved, terminal, chosen=True, warning=warning)
    return BidiSetting(saved, terminal, chosen=True)
