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

DATA_DIR_ENV = "SCALETUI_DATA_DIR"
CACHE_DIR_ENV = "SCALETUI_CACHE_DIR"
CONFIG_DIR_ENV = "SCALETUI_CONFIG_DIR"


def _user_dir(override: str | os.PathLike[str] | None, env: str, kind: str) -> Path:
    if override:
        return Path(override).expanduser()
    named = os.environ.get(env, "").strip()
    if named:
        return Path(named).expanduser()
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


def read_kept_file(path: Path, limit: int = KEPT_FILE_LIMIT) -> bytes:
    """The bytes of a file scaletui keeps (a cache, its config, reading places).

    Only a regular file is read: a FIFO or a device put where one is expected would
    block the start forever or never end. Those, a directory and a file over `limit`
    raise OSError, as a missing file does (FileNotFoundError), so a caller's one
    `except OSError` covers them all.
    """
    # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if info.st_size > limit:
            raise OSError(errno.EFBIG, f"larger than {limit:,} bytes", str(path))
        chunks = []
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def write_cache_file(path: Path, data: bytes) -> None:
    """Replace a cache file atomically; one that cannot be written is simply not kept
    (a cache costs time when it is missing, never a wrong result)."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            temporary = handle.name
            handle.write(data)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
