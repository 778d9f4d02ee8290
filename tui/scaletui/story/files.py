"""Reading the files a story comes from: regular files only, and not without end.

A pack's article.txt could be a FIFO (reading it would wait forever) or a link
to /dev/zero (it would never end); a text opened with `scaletui open` could be
a device. Only regular files are read, opened without blocking, up to a cap
that the error names.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..i18n import N_, Said
from ..user_dirs import RefusedFile, read_regular_file

MAX_TEXT_BYTES = 256 * 1024 * 1024  # a long book is tens of MB; this is far past any
MAX_DATA_BYTES = 16 * 1024 * 1024  # a story.toml
# A pack's article is one story, checked whole against its items (a book is a few MB):
# read and checked, one of 256 MB took about 1 GB; one of 32 MB, 140 MB.
MAX_ARTICLE_BYTES = 32 * 1024 * 1024


class FileProblem(Exception):
    """Why a file was not read, in a few words (the caller names the file)."""


def kind_of(mode: int) -> str:
    """What a file of `mode` is, in a few words ("a FIFO (named pipe)"), to be translated."""
    if stat.S_ISREG(mode):
        return N_("a file")
    if stat.S_ISDIR(mode):
        return N_("a directory")
    if stat.S_ISFIFO(mode):
        return N_("a FIFO (named pipe)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return N_("a device")
    if stat.S_ISSOCK(mode):
        return N_("a socket")
    return N_("not a regular file")


def not_a_directory(path: Path) -> Said | None:
    """Why `path` is no folder to write in, when something else is there.

    Args:
        path: Where a folder is wanted.

    Returns:
        "PATH: is a FIFO (named pipe), not a directory" (a file, a device, ...), or a
        loop of symbolic links; None for a
        folder, for nothing there, or for a path that cannot be looked at (the caller's
        own error says why).
    """
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return Said(N_("{path}: a loop of symbolic links"), path=path)
        return None
    except ValueError:  # (a NUL in the name)
        return None
    if stat.S_ISDIR(mode):
        return None
    return Said(N_("{path}: is {kind}, not a directory"), path=path, kind=Said(kind_of(mode)))


def unreadable_kind(info: os.stat_result, limit: int) -> Said | None:
    """Why an opened file is not read: not a regular file, or over `limit` bytes."""
    if not stat.S_ISREG(info.st_mode):
        return Said(N_("is {kind}, not a regular file"), kind=Said(kind_of(info.st_mode)))
    if info.st_size > limit:
        return Said(
            N_("is {size:,} bytes; scaletui reads at most {limit:,}"),
            size=info.st_size, limit=limit,
        )  # fmt: skip
    return None


def read_limited(path: Path, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (raises FileProblem,
    FileNotFoundError and other OSErrors)."""
    try:
        return read_regular_file(path, limit)
    except RefusedFile as refused:
        if refused.grew:
            raise FileProblem(
                Said(N_("is more than {limit:,} bytes; scaletui reads at most that"), limit=limit)
            ) from None
        raise FileProblem(unreadable_kind(refused.info, limit)) from None
