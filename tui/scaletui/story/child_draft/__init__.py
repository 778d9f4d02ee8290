"""A big book's items drafted in a child process, and taken back a piece per step.

Drafting a file of 500,000 short lines in the app's own process left the drafter's
working set at its peak and, after it, about 12 MB of its passes' data scattered over
CPython's pools (an arena goes back to the system only once all of it is free, and the
items made meanwhile sit among it). A child drafts it instead: all that goes back to
the system when the child exits, and the drafting runs on another processor rather
than between the app's keys.

The child (`python -m scaletui.story.child_draft`, `__main__.py`) reads the file itself, as the app did, drafts it, and
writes frames to its stdout: a length (4 bytes, big-endian), then a pickle of
`(what, value)`. "progress": how far it is (0 to 1); "shared": the objects that items
of different pieces share (the drafter shares events' dates and titles; each piece is
a pickle of its own, which would copy them); "entities", "numbers", "events",
"people": the items, PIECE_RECORDS a piece, so that a step unpickles one in a few
milliseconds; "end": the digest of the text it read (the app's must be the same: the
file may have changed between the two reads), its paragraphs, how many of them have
Arabic letters, and its own peak RSS; "error": why it could not draft.

`ChildDraft.steps` reads them without blocking, a frame a step. Anything else (the
child cannot start, dies, is killed, writes what is not such frames, read another
text) ends the steps with None and `problem` saying why, and the caller drafts the book
itself. Only the model's records are unpickled: a frame cannot name any other callable.
`stop` kills and reaps the child; the child also ends once its stdin closes, which it
does however the app ends. `pause` and `resume` write PAUSE and RESUME there: the child
waits between its steps meanwhile (the app is suspended).
"""

from __future__ import annotations

import io
import os
import pickle
import struct
import subprocess
import sys
import time
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from .. import model
from ..draft import Draft

PIECE_RECORDS = 100  # items a piece: a few milliseconds to unpickle (bench/draft_child.py)
MAX_FRAME = 16 * 1024 * 1024  # bytes: a longer length is not a frame of ours
READ_BYTES = 1024 * 1024  # taken from the pipe in a step at most
WAIT_SECONDS = 0.02  # nothing from the child yet: when to look again
PROGRESS_STEP = 0.01  # the child says how far it is at most every 1%,
HEARTBEAT_SECONDS = 5.0  # and at least this often (while it reads, while it drafts)
# A child that says nothing for this long is taken for stuck (stopped, deadlocked): the
# app drafts the book itself. A heartbeat missed 24 times over: a busy machine's child.
SILENCE_SECONDS = 120.0
# The app looks every WAIT_SECONDS while it waits: a longer gap between two looks is
# time it was stopped (SIGTSTP, SIGSTOP: its child often with it) or its loop held,
# and is not the child's silence (after two minutes stopped, the child was taken for
# stuck at the first look and the app drafted the book itself).
AWAY_SECONDS = 2 * HEARTBEAT_SECONDS
PAUSE, RESUME = b"p", b"r"  # the app to the child, on its stdin (see __main__.obey)
ITEM_RECORDS: dict[str, type] = {  # Draft's fields, in order, and their records
    "entities": model.Entity,
    "numbers": model.Figure,
    "events": model.Event,
    "people": model.Person,
}
ITEM_KINDS = tuple(ITEM_RECORDS)
# What a frame may build: the model's records, and nothing else.
RECORDS: dict[str, type] = {
    name: value
    for name, value in vars(model).items()
    if isinstance(value, type) and issubclass(value, tuple) and hasattr(value, "_fields")
}
PACKAGE_ROOT = Path(__file__).resolve().parents[3]  # where `scaletui` is imported from
_LENGTH = struct.Struct(">I")


class Drafted(NamedTuple):
    """A book's drafted items, and how many of its paragraphs have Arabic letters."""

    draft: Draft
    arabic: int


class BrokenFrames(Exception):
    """What the child wrote is not what it should have (said in one line)."""


# -- the child's side --------------------------------------------------------------------


def draft_frames(drafted: Drafted, digest: str, paragraphs: int, peak_mb: float) -> Iterator[bytes]:
    """The frames that carry a drafted book back, in order.

    Args:
        drafted: The items and the count of paragraphs with Arabic letters.
        digest: The digest of the text drafted (StreamedDocument's fingerprint).
        paragraphs: How many paragraphs the text has.
        peak_mb: The child's peak RSS, for the benchmark.

    Returns:
        Each frame's bytes (length and pickle).
    """
    pieces = [
        (what, list(records[start : start + PIECE_RECORDS]))
        for what in ITEM_KINDS
        for records in [getattr(drafted.draft, what)]
        for start in range(0, len(records), PIECE_RECORDS)
    ]
    shared = shared_between([piece for _, piece in pieces])
    places = {id(thing): at for at, thing in enumerate(shared)}
    for start in range(0, len(shared), PIECE_RECORDS):
        # Each refers to those of the pieces before it; its own are in its pickle.
        yield frame(("shared", shared[start : start + PIECE_RECORDS]), places, start)
    for piece in pieces:
        yield frame(piece, places, len(shared))
    yield frame(("end", (digest, paragraphs, drafted.arabic, peak_mb)))


def frame(value: object, places: dict[int, int] | None = None, known: int = 0) -> bytes:
    """One frame: `value` pickled, the shared objects among the first `known` of
    `places` (id to place) written as their place."""
    buffer = io.BytesIO()
    buffer.write(b"\0" * _LENGTH.size)
    _Pickler(buffer, places or {}, known).dump(value)
    data = buffer.getbuffer()
    _LENGTH.pack_into(data, 0, len(data) - _LENGTH.size)
    return bytes(data)


def shared_between(pieces: Iterable[Iterable[object]]) -> list[object]:
    """The objects found in more than one piece, each after those it holds (so that a
    frame of them refers only to frames before it).

    Args:
        pieces: Records, in the pieces they are sent in.

    Returns:
        The shared objects: strings, floats and tuples (records included).
    """
    first_in: dict[int, int] = {}
    shared: set[int] = set()
    for number, piece in enumerate(pieces):
        for thing in _walked(piece):
            seen = first_in.setdefault(id(thing), number)
            if seen != number:
                shared.add(id(thing))
    ordered: dict[int, object] = {}
    for piece in pieces:
        for thing in _walked(piece):
            if id(thing) in shared:
                ordered.setdefault(id(thing), thing)
    return list(ordered.values())


def _walked(things: Iterable[object]) -> Iterator[object]:
    """Every str, float and non-empty tuple in `things`, a tuple after what it holds."""
    for thing in things:
        if isinstance(thing, tuple):
            if thing:
                yield from _walked(thing)
                yield thing
        elif isinstance(thing, (str, float)):
            yield thing


class _Pickler(pickle.Pickler):
    def __init__(self, file: IO[bytes], places: dict[int, int], known: int) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._places = places
        self._known = known

    def persistent_id(self, obj: Any) -> int | None:  # noqa: ANN401 (pickle's)
        place = self._places.get(id(obj))
        return place if place is not None and place < self._known else None


# -- the app's side ----------------------------------------------------------------------


class _Unpickler(pickle.Unpickler):
    def __init__(self, data: bytes, shared: list[object]) -> None:
        super().__init__(io.BytesIO(data))
        self._shared = shared

    def find_class(self, module: str, name: str) -> type:
        if module == model.__name__ and name in RECORDS:
            return RECORDS[name]
        raise pickle.UnpicklingError(f"{module}.{name} is not a record")

    def persistent_load(self, pid: Any) -> object:  # noqa: ANN401 (pickle's)
        if not isinstance(pid, int) or not 0 <= pid < len(self._shared):
            raise pickle.UnpicklingError(f"no shared object {pid!r}")
        return self._shared[pid]


def child_command(path: Path, encoding: str | None) -> list[str]:
    """The command that drafts `path` in a child (`__main__.py`)."""
    return [sys.executable, "-m", "scaletui.story.child_draft", str(path), encoding or ""]


class ChildDraft:
    """A child process drafting a book, and what it has sent back so far."""

    def __init__(self, command: list[str], silence_seconds: float = SILENCE_SECONDS) -> None:
        """Start the child (`command`: see child_command); if it cannot start, `problem`
        says why and `steps` ends at once. A child that says nothing for
        `silence_seconds` is stopped, and its items are not used."""
        self._silence_seconds = silence_seconds
        self._heard = time.monotonic()  # when it last wrote
        self._looked = self._heard  # when the app last looked
        self.problem = ""  # why its items are not used ("": they are, or not yet known)
        self.fraction = 0.0  # how far its drafting is, as it last said
        self.peak_mb = 0.0  # its peak RSS, as it said at its end
        self._buffer = bytearray()
        self._shared: list[object] = []
        self._items: dict[str, list[Any]] = {what: [] for what in ITEM_KINDS}
        self._process: subprocess.Popen[bytes] | None = None
        environment = dict(os.environ)
        # The child imports scaletui from where this app did (a source tree, a venv).
        environment["PYTHONPATH"] = os.pathsep.join(
            filter(None, (str(PACKAGE_ROOT), environment.get("PYTHONPATH")))
        )
        try:
            self._process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, env=environment,
            )  # fmt: skip
            assert self._process.stdout is not None
            os.set_blocking(self._process.stdout.fileno(), False)
        except (OSError, ValueError, subprocess.SubprocessError) as error:
            self.stop()
            self.problem = f"the drafting process did not start: {error}"

    @property
    def running(self) -> bool:
        """Started and not stopped (it may have ended on its own)."""
        return self._process is not None

    def steps(self, digest: str, paragraphs: int) -> Generator[float | None, None, Drafted | None]:
        """Take the child's frames, one a step (None); a number of seconds when nothing
        has come (look again then). Stops the child at the end, or when closed.

        Args:
            digest: The digest of the text the app read: the child's must be the same.
            paragraphs: How many paragraphs the app read.

        Returns:
            The drafted items; None if the child's cannot be used (`problem` says why).
        """
        try:
            while self._process is not None:
                data = self._next_frame()
                if data is None:
                    yield None if self._read_more() else WAIT_SECONDS
                    continue
                what, value = self._unpickled(data)
                if what == "end":
                    return self._ended(value, digest, paragraphs)
                self._take(what, value)
                yield None
        except BrokenFrames as error:
            self.problem = str(error)
        finally:
            self.stop()
        return None

    def _next_frame(self) -> bytes | None:
        """The first whole frame in the buffer (taken out of it), or None."""
        if len(self._buffer) < _LENGTH.size:
            return None
        (length,) = _LENGTH.unpack_from(self._buffer)
        if length > MAX_FRAME:
            raise BrokenFrames(f"the drafting process wrote a frame of {length:,} bytes")
        end = _LENGTH.size + length
        if len(self._buffer) < end:
            return None
        data = bytes(self._buffer[_LENGTH.size : end])
        del self._buffer[:end]
        return data

    def _read_more(self) -> bool:
        """Read what the child wrote; False if there was nothing yet."""
        assert self._process is not None and self._process.stdout is not None
        now = time.monotonic()
        if now - self._looked > AWAY_SECONDS:
            self._heard = now  # (the app was away: the child's silence counts from now)
        self._looked = now
        try:
            data = os.read(self._process.stdout.fileno(), READ_BYTES)
        except BlockingIOError:
            if now - self._heard > self._silence_seconds:
                raise BrokenFrames(
                    f"the drafting process said nothing for {self._silence_seconds:.0f} s"
                ) from None
            return False
        except OSError as error:
            raise BrokenFrames(f"the drafting process could not be read: {error}") from None
        if not data:
            try:  # (its stdout closed: it is ending, or has ended)
                code: int | None = self._process.wait(timeout=1)
            except subprocess.TimeoutExpired:
                code = None
            ended = "ended" if code is None or code >= 0 else f"was killed (signal {-code})"
            raise BrokenFrames(f"the drafting process {ended} before its end")
        self._buffer += data
        self._heard = time.monotonic()
        return True

    def _unpickled(self, data: bytes) -> tuple[str, Any]:
        try:
            what, value = _Unpickler(data, self._shared).load()
        except Exception as error:  # garbage can raise almost anything while unpickled
            raise BrokenFrames(f"the drafting process wrote garbage ({error!r})") from None
        if not isinstance(what, str):
            raise BrokenFrames("the drafting process wrote garbage (a frame without a kind)")
        return what, value

    def _take(self, what: str, value: Any) -> None:  # noqa: ANN401 (what a frame holds)
        if what == "progress" and isinstance(value, float):
            self.fraction = min(1.0, max(0.0, value))
        elif what == "shared" and isinstance(value, list):
            self._shared += value
        elif what in ITEM_RECORDS and isinstance(value, list):
            kind = ITEM_RECORDS[what]
            if not all(type(record) is kind for record in value):
                raise BrokenFrames(f"the drafting process sent {what} of another kind")
            self._items[what] += value
        elif what == "error" and isinstance(value, str):
            raise BrokenFrames(f"the drafting process could not draft: {value}")
        else:
            raise BrokenFrames(f"the drafting process sent an unknown frame ({what!r})")

    def _ended(self, value: Any, digest: str, paragraphs: int) -> Drafted | None:  # noqa: ANN401
        if not (isinstance(value, tuple) and len(value) == 4):
            raise BrokenFrames("the drafting process ended with garbage")
        their_digest, their_paragraphs, arabic, peak_mb = value
        if not (isinstance(arabic, int) and isinstance(peak_mb, float)):
            raise BrokenFrames("the drafting process ended with garbage")
        if (their_digest, their_paragraphs) != (digest, paragraphs):
            # The file changed between the app's reading and the child's.
            self.problem = "the drafting process read another text"
            return None
        self.peak_mb = peak_mb
        items = self._items
        self._items, self._shared = {}, []
        entities, numbers, events, people = (tuple(items[what]) for what in ITEM_KINDS)
        return Drafted(Draft(entities, numbers, events, people), arabic)

    def pause(self) -> None:
        """Have the child wait between its steps while the app is suspended: Textual
        stops the app's own process only, and the child drafted on, a processor busy
        under a job the shell said was stopped. (Told on its stdin, not stopped by a
        signal: a stopped child would not see its stdin close if the app were killed.)"""
        self._tell(PAUSE)

    def resume(self) -> None:
        """Let a paused child draft again."""
        self._tell(RESUME)

    def _tell(self, what: bytes) -> None:
        process = self._process
        if process is not None and process.stdin is not None:
            try:
                process.stdin.write(what)
                process.stdin.flush()
            except (OSError, ValueError):
                pass  # (it has ended: steps will say so)

    def stop(self) -> None:
        """Kill the child (if it still runs) and reap it; what it sent is dropped."""
        process, self._process = self._process, None
        self._buffer.clear()
        if process is None:
            return
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                try:
                    pipe.close()
                except OSError:
                    pass
        if process.poll() is None:
            try:
                process.kill()
            except OSError:
                pass
        try:
            process.wait(timeout=2)  # SIGKILL ends it at once; reaped, no zombie
        except subprocess.TimeoutExpired:
            pass  # (stuck in the kernel: Popen reaps it later)

    def __del__(self) -> None:
        self.stop()
