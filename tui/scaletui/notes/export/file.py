"""Where an export goes: the file it replaces or merges into, written atomically."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from ...i18n import N_, Said
from ...user_dirs import user_path

MAX_MERGE_BYTES = 64 * 1024 * 1024  # an export of every note ever is far below this


class ExportError(Exception):
    """A one-line reason the export was not written; any previous file is intact.
    Raised with a `Said`: `str()` is the English, `said_in` the reader's language."""


class NotAFile(ExportError):
    """The export's target is a device, a FIFO or a socket: an export writes files
    (the command line can write to standard output instead: its caller says how)."""


def target_path(target: str) -> Path:
    """The file an export to `target` writes: through a symlink to the file it
    names (replacing the link itself would leave the real file stale)."""
    named = user_path(target)
    try:
        return _target_path(named)
    except OSError as error:
        # A name longer than the system takes (a paragraph pasted into the app's dialog),
        # a folder on the way the reader may not search: the app ended with a traceback.
        reason = error.strerror or str(error)
        raise ExportError(
            Said(N_("cannot write {path}: {reason}"), path=named, reason=reason)
        ) from None


def _target_path(named: Path) -> Path:
    try:
        path = named.resolve() if named.is_symlink() else named
    except RuntimeError:  # a loop of links (resolve raised it: a traceback)
        raise ExportError(Said(N_("{path}: a loop of symbolic links"), path=named)) from None
    if path.is_dir():
        raise ExportError(Said(N_("{path} is a directory; name a file"), path=named))
    try:  # Through the links as the system follows them: /dev/stdout into a pipe is the
        # pipe, where resolve() gave a name no file has (/proc/N/fd/pipe:[M]).
        mode: int | None = named.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        # A device or a FIFO (/dev/full, a pipe): a rename would replace it.
        from ...story.files import kind_of

        said = N_("{path} is {kind}, not a regular file; name a file")
        raise NotAFile(Said(said, path=named, kind=Said(kind_of(mode))))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():  # (said before writing: the app's dialog shows it as typed)
        from ...story.files import not_a_directory

        # (A FIFO or a device by that name was "no such directory".)
        raise ExportError(
            not_a_directory(folder) or Said(N_("{path}: no such directory"), path=folder)
        )
    return path


def read_existing(target: str) -> str | None:
    """The text of the file an export would replace; None if there is none,
    "\\ufffd" if it is not UTF-8 text (so it is never taken for an export)."""
    from ...story.files import FileProblem, read_limited

    path = target_path(target)
    if not path.exists():
        return None
    try:
        data = read_limited(path, MAX_MERGE_BYTES)
    except FileProblem as problem:
        raise ExportError(
            Said(N_("{path}: {problem}"), path=target, problem=problem.args[0])
        ) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(
            Said(N_("cannot read {path}: {reason}"), path=path, reason=reason)
        ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return "\ufffd"


def write_export(text: str, target: str, force: bool = False) -> Path | None:
    """Write atomically (a temporary file, then rename); '-' writes to stdout.

    Returns the path written, or None for stdout. An existing file is kept
    unless `force`; a failed write leaves any previous file as it was.
    """
    if target == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return None
    named = user_path(target)
    path = target_path(target)
    if path.exists() and not force:
        raise ExportError(Said(N_("{path} exists; use --force to overwrite it"), path=named))
    folder = path.parent if str(path.parent) else Path(".")
    handle = None
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, prefix=f".{path.name}.", suffix=".tmp",
            delete=False,
        )  # fmt: skip
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the file's permissions (a 0600 notes file stays private).
            os.chmod(handle.name, stat.S_IMODE(path.stat().st_mode))
        os.replace(handle.name, path)
    except OSError as error:
        if handle is not None and os.path.exists(handle.name):
            os.unlink(handle.name)
        reason = error.strerror or str(error)
        raise ExportError(
            Said(N_("cannot write {path}: {reason}"), path=path, reason=reason)
        ) from None
    return path
