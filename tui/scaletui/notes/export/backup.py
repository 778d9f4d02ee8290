"""The file as it was, kept beside it before an export rewrites what the reader wrote
there (or repairs it): `NAME.md.bak-20260102-030405`, never overwriting an earlier copy."""

from __future__ import annotations

import os
import stat
import tempfile
from datetime import datetime
from pathlib import Path

from ...i18n import N_, Said
from .file import ExportError


def copy_name(path: Path, when: datetime) -> Path:
    """A name beside `path` that no file has yet."""
    base = f"{path.name}.bak-{when.strftime('%Y%m%d-%H%M%S')}"
    candidate, number = path.with_name(base), 1
    while os.path.lexists(candidate):
        number += 1
        candidate = path.with_name(f"{base}-{number}")
    return candidate


def keep_copy(path: Path, when: datetime) -> Path | None:
    """Copy the file at `path` (its bytes and permissions) beside it; None if there is
    no file. Written whole and synced before the export touches the file; if it cannot
    be, the export stops (ExportError) and nothing is changed."""
    if not path.exists():
        return None
    copy = copy_name(path, when)
    handle = None
    try:
        data = path.read_bytes()
        handle = tempfile.NamedTemporaryFile(
            "wb", dir=path.parent, prefix=f".{copy.name}.", suffix=".tmp", delete=False
        )
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, stat.S_IMODE(path.stat().st_mode))
        os.replace(handle.name, copy)  # (a name no file had: see copy_name)
    except OSError as error:
        if handle is not None and os.path.exists(handle.name):
            os.unlink(handle.name)
        reason = error.strerror or str(error)
        raise ExportError(
            Said(N_("cannot keep a copy of {path} as {copy}: {reason}; nothing was written"),
                 path=path, copy=copy, reason=reason)
        ) from None  # fmt: skip
    return copy
