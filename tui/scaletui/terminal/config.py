"""The reader's choice of who reorders Arabic, per terminal (no Textual here).

`scaletui check-terminal` saves it; the app uses it when neither `--bidi` nor
SCALETUI_BIDI says. The file is JSON in the user config directory:

    {"bidi": {"konsole": "terminal", "tmux:vte": "app"},
     "bidi_versions": {"konsole": "230805"}}

keyed by `Terminal.key`, with the terminal's version when it was chosen. A file that cannot be read or makes no sense is never
fatal: the caller gets a one-line warning and the default.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..i18n import N_, Said
from ..user_dirs import parse_json, read_regular_file, replace_file

CONFIG_FILE = "config.json"
BIDI_CHOICES = ("app", "terminal")


def default_config_file() -> Path:
    """config.json in $SCALETUI_CONFIG_DIR, else in the platform's user config directory."""
    from ..user_dirs import default_config_dir

    return default_config_dir() / CONFIG_FILE


class ConfigError(Exception):
    """A config file that could not be read or written, said in one line (a Said: in
    the reader's language where it is shown)."""


def read_bidi_choice(path: Path, key: str) -> str | None:
    """The choice saved for `key`, None if there is none (or no file).

    Raises ConfigError naming the file and what is wrong with it."""
    table = _read(path).get("bidi", {})
    if not isinstance(table, dict):
        raise ConfigError(
            Said(N_("{path}: 'bidi' should be a table of terminal: app|terminal"), path=path)
        )
    choice = table.get(key)
    if choice is None:
        return None
    if choice not in BIDI_CHOICES:
        raise ConfigError(
            Said(N_("{path}: bidi.{key} = {choice}: expected one of app, terminal"),
                 path=path, key=key, choice=repr(choice))
        )  # fmt: skip
    return str(choice)


def read_bidi_version(path: Path, key: str) -> str | None:
    """The terminal's version when the choice for `key` was saved (None: not said)."""
    try:
        versions = _read(path).get("bidi_versions", {})
    except ConfigError:
        return None
    version = versions.get(key) if isinstance(versions, dict) else None
    return version if isinstance(version, str) and version else None


def save_bidi_choice(path: Path, key: str, choice: str, version: str = "") -> None:
    """File `choice` under `key` (and the terminal's `version`), keeping every other
    setting. A file that cannot be read is kept beside as `config.json.bad` and a new
    one started."""
    if choice not in BIDI_CHOICES:
        raise ValueError(f"bidi choice {choice!r}")
    try:
        data = _read(path)
    except ConfigError:
        data = {}
    table = data.get("bidi", {})
    if not data or not isinstance(table, dict):  # nothing worth keeping in it
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(path.name + ".bad"))
        data, table = {}, {}
    data["bidi"] = table
    table[key] = choice
    versions = data.get("bidi_versions")
    versions = versions if isinstance(versions, dict) else {}
    if version:
        versions[key] = version
    else:
        versions.pop(key, None)
    if versions:
        data["bidi_versions"] = versions
    else:
        data.pop("bidi_versions", None)
    import json

    _write_atomically(path, json.dumps(data, indent=2, sort_keys=True) + "\n")


def _read(path: Path) -> dict[str, object]:
    try:
        raw = read_regular_file(path)
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise ConfigError(
            Said(N_("{path}: cannot be read ({error})"), path=path, error=error.strerror or error)
        ) from None
    try:  # (utf-8-sig: a byte-order mark, as editors may write, is no part of it)
        data = parse_json(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ConfigError(
            Said(N_("{path}: not valid JSON ({error})"), path=path, error=_first_line(error))
        ) from None
    if not isinstance(data, dict):
        raise ConfigError(Said(N_("{path}: expected a JSON object"), path=path))
    return data


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _write_atomically(path: Path, text: str) -> None:
    try:
        replace_file(path, text.encode("utf-8"), prefix=".config-")
    except FileExistsError as error:  # (making the folder: a file or a FIFO is there)
        raise ConfigError(
            Said(N_("{path}: cannot be written ({folder} is not a directory)"),
                 path=path, folder=error.filename or path.parent)
        ) from None  # fmt: skip
    except OSError as error:
        raise ConfigError(
            Said(
                N_("{path}: cannot be written ({error})"), path=path, error=error.strerror or error
            )
        ) from None
