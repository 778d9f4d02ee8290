"""Where scaletui keeps the user's notes and its own caches.

Light enough to import before the app's first frame: platformdirs loads only
when no directory was named.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

DATA_DIR_ENV = "SCALETUI_DATA_DIR"
CACHE_DIR_ENV = "SCALETUI_CACHE_DIR"
CONFIG_DIR_ENV = "SCALETUI_CONFIG_DIR"


def user_path(name: str | os.PathLike[str]) -> Path:
    """A path the reader gave, with `~` expanded as a shell does; `~someone/x` for
    a user there is no such, or `~` with no home, stays as written (expanduser
    raised RuntimeError: a traceback)."""
    path = Path(name)
    try:
        return path.expanduser()
    except RuntimeError:
        return path


def _user_dir(override: str | os.PathLike[str] | None, env: str, kind: str) -> Path:
    if override:
        return user_path(override)
    named = os.environ.get(env, "").strip()
    if named:
        return user_path(named)
    import platformdirs

    find = {
        "data": platformdirs.user_data_dir,
        "cache": platformdirs.user_cache_dir,
        "config": platformdirs.user_config_dir,
    }[kind]
    return Path(find("scaletui", appauthor=False))


def default_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $SCALETUI_DATA_DIR, else the platform's user data directory."""
    return _user_dir(override, DATA_DIR_ENV, "data")


def default_cache_dir() -> Path:
    """$SCALETUI_CACHE_DIR, else the platform's user cache directory."""
    return _user_dir(None, CACHE_DIR_ENV, "cache")


def default_config_dir() -> Path:
    """$SCALETUI_CONFIG_DIR, else the platform's user config directory."""
    return _user_dir(None, CONFIG_DIR_ENV, "config")


KEPT_FILE_LIMIT = 256 << 20  # far past any cache, config or notes file scaletui writes


class RefusedFile(OSError):
    """A file not read: `info` (its fstat) is not a regular file's or is over the limit,
    or (`grew`) it grew past the limit while being read."""

    def __init__(self, path: Path, info: os.stat_result, grew: bool = False) -> None:
        regular = stat.S_ISREG(info.st_mode)
        reason = "larger than scaletui reads" if regular else "not a regular file"
        super().__init__(errno.EFBIG if regular else errno.EINVAL, reason, str(path))
        self.info = info
        self.grew = grew


def read_regular_file(path: Path, limit: int = KEPT_FILE_LIMIT) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    A FIFO or a device where a file is expected would block forever or never end:
    anything but a regular file, and a file over `limit`, raises RefusedFile. It is
    an OSError, as a missing file's FileNotFoundError is, so a caller that keeps
    the file for itself (a cache, its config, reading places) needs one `except
    OSError`; story/files.py says what a refused file is, for files the reader names.
    """
    # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            raise RefusedFile(path, info)
        chunks, total = [], 0
        while chunk := os.read(descriptor, 1 << 20):
            total += len(chunk)
            if total > limit:
                raise RefusedFile(path, info, grew=True)
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def parse_json(text: str | bytes) -> Any:
    """json.loads, where JSON nested deeper than it can follow (a file of 100,000 `[`)
    is a ValueError like any other bad JSON: it raised RecursionError, which no
    reader of a damaged file caught (config.json, positions.json, an export's target,
    a note's tags; a traceback at start)."""
    import json

    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("arrays or objects nested too deeply") from None


def replace_file(path: Path, data: bytes, prefix: str = "", durable: bool = False) -> None:
    """Write a file whole or not at all: into a temporary file beside it, renamed over
    it. A reader never sees half of it, and a FIFO or a device in its place is
    replaced, not written into (a FIFO with no reader would wait forever). `durable`:
    on the disk before it is renamed, so a crash leaves the old file or the new one.
    Raises OSError (nothing is left behind)."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, prefix=prefix) as handle:
            temporary = handle.name
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise


def write_cache_file(path: Path, data: bytes) -> None:
    """Replace a cache file atomically; one that cannot be written is simply not kept
    (a cache costs time when it is missing, never a wrong result)."""
    with contextlib.suppress(OSError):
        replace_file(path, data)
