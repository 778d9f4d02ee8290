"""The rescue file: notes that could not be saved, one JSON line each, in the data
directory or the home directory, so no note is lost when the database cannot take it."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from ...i18n import N_, Said
from ...user_dirs import read_regular_file
from ..model import NoteStoreError, RescuedNote

RECOVERY_NAME = "unsaved-notes.jsonl"


def append_recovery(data_dir: Path, note: RescuedNote) -> Path:
    """The last resort: one JSON line per note, in the data dir or the home directory.

    Only into a regular file: opened for appending, a FIFO with no reader waited
    forever (the app hung on a signal with the editor open), and a device or a pipe
    with one would take the note and keep nothing.
    """
    line = (note.to_json() + "\n").encode("utf-8")
    for folder in (data_dir, Path.home()):
        path = folder / RECOVERY_NAME
        existed = os.path.lexists(path)
        try:
            # O_NONBLOCK: a FIFO without a reader fails at once (ENXIO) instead.
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0)
            descriptor = os.open(path, flags, 0o600)
        except OSError:
            continue
        try:
            info = os.fstat(descriptor)
            if not stat.S_ISREG(info.st_mode):
                continue
            if _append(descriptor, line, info.st_size):
                return path
            if not existed:
                _unlink(path)  # made by this attempt, and empty: no file left behind
        finally:
            os.close(descriptor)
    raise NoteStoreError(
        Said(N_("could not save the note anywhere (data directory and home unwritable)"))
    )


def shown_whole(note: RescuedNote) -> str:
    """A note as one JSON line to print when it could be kept nowhere else (as it would
    have been written in the rescue file), DEL and the C1 controls escaped too: they
    would drive the terminal it is printed on."""
    return re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", note.to_json())


def _append(descriptor: int, line: bytes, size: int) -> bool:
    """Write the whole line and sync it; on failure (a full disk) take back what part of
    it was written, which would have run into the next note's line and lost both."""
    try:
        written = 0
        while written < len(line):  # (a write may take part of it, as on a full disk)
            written += os.write(descriptor, line[written:])
        os.fsync(descriptor)
        return True
    except OSError:
        try:
            os.ftruncate(descriptor, size)
        except OSError:
            pass
        return False


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def read_recovery(data_dir: Path) -> list[RescuedNote]:
    """The notes kept in the recovery file (lines that do not parse are skipped)."""
    path = data_dir / RECOVERY_NAME
    try:
        lines = read_regular_file(path).decode("utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        try:
            found.append(RescuedNote.from_json(line))
        except (ValueError, KeyError, TypeError):
            continue
    return found
