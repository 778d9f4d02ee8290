"""A text file opened as fast as its first screen: its head now, the rest in steps.

Reading, decoding and splitting a 20 MB book took seconds before anything was
shown, though the first screen needs a few of its paragraphs. A
StreamedDocument reads the file's first HEAD_BYTES (checked as a whole file
would be: empty, binary, wrongly encoded), splits them and is ready to show.
`read_steps` reads the rest a chunk per step and `draft_steps` drafts its items
a few paragraphs per step; whoever drives them decides when (the app: between
key presses). Paragraphs only ever arrive at the end, so indices shown stay
valid. A file that shrinks or changes while it is read ends early, with
`problem` saying why; nothing raises from a step. A book of CHILD_BYTES or more is
drafted in a child process (story/child_draft/), and its items taken back in steps.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Generator, Iterator
from pathlib import Path

from ..i18n import N_, Said
from .child_draft import ChildDraft, Drafted, child_command
from .document import (
    ARABIC_LETTERS,
    DocumentError,
    check_bytes,
    check_encoding,
    check_text,
    decode_problem,
    document_id,
    legacy_id_from_digest,
    path_text,
    unreadable,
)
from .draft import Draft, draft_steps, draft_story
from .files import MAX_TEXT_BYTES, unreadable_kind
from .model import Paragraph, Story
from .pacing import STEP_CHARS, Pacer, run_at_once
from .paragraphs import ParagraphBuffer
from .parsing import parser_for

HEAD_BYTES = 64 * 1024  # enough for any first screen (a few KB) many times over
CHUNK_BYTES = 256 * 1024  # read per step: a couple of milliseconds of decoding and splitting
# A book this big is drafted in a child process: at 500,000 lines the app's peak is
# 12 MB lower (bench/draft_child.py); a small one is drafted before a child would start.
CHILD_BYTES = 4 * 1024 * 1024


class StreamedDocument:
    def __init__(
        self,
        path: Path,
        encoding: str | None = None,
        draft: bool = True,
        child_bytes: int | None = CHILD_BYTES,
    ) -> None:
        """`draft`: False for the paragraphs only (`print`): a short text is not drafted
        at once. `child_bytes`: `draft_steps` drafts a file of at least this size in a
        child process (None: never)."""
        self._fd: int | None = None
        self._child_bytes = child_bytes
        self._child: ChildDraft | None = None
        self.drafted_apart = False  # the items came from a child process
        self.child_problem = ""  # why a child's items were not used ("" if they were)
        self.child_peak_mb = 0.0  # the child's peak RSS, as it said
        # Why the book has no drafted items: a fault of the drafter's ("" if none). The
        # text is still shown; `read_all` raises it.
        self.draft_problem: Said | str = ""
        self.path = path
        # How messages name it: a path, so that in a right-to-left sentence it is isolated.
        self.name = path
        self.encoding = encoding
        self._draft = draft
        check_encoding(self.name, encoding)
        self._fd = _open(path)
        try:
            self.size = os.fstat(self._fd).st_size
            self._decoder = codecs.getincrementaldecoder(encoding or "utf-8")("strict")
            self._hash = hashlib.sha256()
            self._parser = parser_for(path.suffix)
            self.paragraphs: ParagraphBuffer = self._parser.paragraphs  # grows as it is read
            self.read_bytes = 0
            self.read_done = False
            self.complete = False
            # Why reading stopped before the end (shown with what was read, not raised).
            self.problem: Said | str = ""
            self._blank = True  # only whitespace so far
            self._started = False
            self._drafted = 0.0
            self._story: Story | None = None
            self._read_head()
        except BaseException:
            self._close()
            raise

    # -- the head, read at once -------------------------------------------------------------

    def _read_head(self) -> None:
        head = self._read(HEAD_BYTES)
        if not head.strip() and self.read_done:
            raise DocumentError(Said(N_("{name}: the file is empty"), name=self.name))
        check_bytes(self.name, head, self.encoding)
        try:
            text = self._decode(head, final=self.read_done)
        except UnicodeDecodeError as error:
            raise DocumentError(decode_problem(self.name, head, error, self.encoding)) from None
        check_text(self.name, text)
        self._parser.feed(text)
        # A head of blank lines, or a first line longer than the head.
        while not self.paragraphs and not self.read_done:
            for _ in self.read_steps():
                if self.paragraphs:
                    break
        if self.read_done:
            self._finish_reading()
            if self.problem:
                raise DocumentError(self.problem)  # nothing was shown before it
            if not self.paragraphs:
                empty = (
                    N_("{name}: the file is empty")
                    if self._blank
                    else N_("{name}: no text to show")
                )
                raise DocumentError(Said(empty, name=self.name))
            if self.read_bytes <= HEAD_BYTES and self._draft:
                self.finish()  # a short text is drafted at once; a longer one in the background

    def _read(self, limit: int) -> bytes:
        data = os.read(self._fd, limit) if self._fd is not None else b""
        self.read_bytes += len(data)
        self.read_done = len(data) < limit  # a regular file reads short only at its end
        if self.read_bytes > MAX_TEXT_BYTES:  # it grew while being read
            raise DocumentError(
                Said(N_("{path}: {problem}"), path=self.name, problem=Said(
                    N_("is more than {limit:,} bytes; scaletui reads at most that"),
                    limit=MAX_TEXT_BYTES,
                ))
            )  # fmt: skip
        if self._blank and data.strip():
            self._blank = False
        return data

    def _decode(self, data: bytes, final: bool) -> str:
        text = self._decoder.decode(data, final)
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        self._hash.update(text.encode("utf-8"))
        return text

    # -- the rest, in steps -------------------------------------------------------------------

    @property
    def read_fraction(self) -> float:
        return 1.0 if self.read_done else min(1.0, self.read_bytes / max(1, self.size))

    @property
    def digest(self) -> str:
        """The SHA-256 of the text read so far (the story's fingerprint once all of it is)."""
        return self._hash.hexdigest()

    @property
    def draft_fraction(self) -> float:
        if self._child is not None and not self.complete:
            return self._child.fraction
        return 1.0 if self.complete else self._drafted

    def read_steps(self) -> Iterator[None]:
        """Read, decode and split the rest of the file, a chunk per step."""
        while not self.read_done:
            try:
                data = self._read(CHUNK_BYTES)
                self._parser.feed(self._decode(data, final=self.read_done))
            except UnicodeDecodeError as error:
                start = self.read_bytes - len(data) + max(0, error.start)
                self._stop(
                    Said(N_("{name}: not valid {encoding} at byte {at}"),
                         name=self.name, encoding=self.encoding or "UTF-8", at=start)
                )  # fmt: skip
            except DocumentError as error:
                self._stop(error.args[0])  # a Said, or a str
            except OSError as error:  # the system's words
                self._stop(unreadable(self.name, error).args[0])
            yield
        self._finish_reading()

    def paragraphs_as_read(self) -> Iterator[Paragraph]:
        """Every paragraph in order, as the file is read, each let go once given: a
        text of any length in the memory of a few paragraphs (`print`). Raises
        DocumentError if the file could not be read to its end."""

        def taken() -> list[Paragraph]:
            ready = self.paragraphs[:]
            self.paragraphs.clear()  # (the parser's own list: it goes on filling it)
            return ready

        yield from taken()
        for _ in self.read_steps():
            yield from taken()
        yield from taken()
        if self.problem:
            raise DocumentError(self.problem)

    def _stop(self, problem: Said | str) -> None:
        self.problem = problem
        self.read_done = True

    def _finish_reading(self) -> None:
        if self._fd is not None:
            self._parser.close()
            self._close()

    def draft_steps(self) -> Iterator[float | None]:
        """Draft the book's items (names, numbers), a few paragraphs per step.

        A book of `child_bytes` or more is drafted in a child process and its items
        taken back a piece per step; a step that found nothing come yet yields how many
        seconds to wait before the next (the child works meanwhile). If the child's
        items cannot be used (`child_problem` says why), the book is drafted here.
        Closed before its end, the steps stop the child."""
        drafted: Drafted | None = None
        if self._child_bytes is not None and self.size >= self._child_bytes:
            child = self._child = ChildDraft(child_command(self.path, self.encoding))
            try:
                drafted = yield from child.steps(self.digest, len(self.paragraphs))
            finally:
                child.stop()
                self._child = None
            self.child_problem, self.child_peak_mb = child.problem, child.peak_mb
            self.drafted_apart = drafted is not None
        if drafted is None:
            drafted = yield from self.draft_here_steps()
        self._drafted_story(drafted)

    def pause_drafting(self) -> None:
        """Stop the child drafting the book, if one is (the app is being suspended)."""
        if self._child is not None:
            self._child.pause()

    def resume_drafting(self) -> None:
        """Continue the child paused by pause_drafting."""
        if self._child is not None:
            self._child.resume()

    def draft_here_steps(self) -> Generator[None, None, Drafted]:
        """The book's items drafted in this process, a few paragraphs per step."""
        # Counted in steps too: at 500,000 paragraphs, a pass at once held keys 0.2 s.
        chars = arabic = 0
        pacer = Pacer()
        for text in self.paragraphs.texts:
            if pacer.due(text):
                yield
            chars += len(text)
            arabic += ARABIC_LETTERS.search(text) is not None
        steps = draft_steps(self.paragraphs)
        total = max(1, 4 * chars / STEP_CHARS)  # four passes, a step per STEP_CHARS
        done = 0
        while True:
            try:
                next(steps)
            except StopIteration as end:
                draft: Draft = end.value
                return Drafted(draft, arabic)
            except Exception as error:  # a fault of the drafter's: the text is still read
                self.draft_problem = Said(
                    N_("{name}: its items could not be drafted ({error}): a fault in "
                       "scaletui, please report it"),
                    name=self.name, error=f"{type(error).__name__}: {error}",
                )  # fmt: skip
                return Drafted(Draft((), ()), arabic)
            done += 1
            self._drafted = min(1.0, done / total)
            yield

    def _drafted_story(self, drafted: Drafted) -> None:
        self._story = draft_story(self._base(drafted.arabic), drafted.draft)
        self.complete = True

    def finish(self) -> Story:
        """Everything still to do, now, in this process; the whole story."""
        for _ in self.read_steps():
            pass
        if not self.complete:
            self._drafted_story(run_at_once(self.draft_here_steps()))
        assert self._story is not None
        return self._story

    def read_all(self) -> Story:
        """The whole story, or DocumentError if the file could not be read to its end
        or its items drafted."""
        story = self.finish()
        if self.problem or self.draft_problem:
            raise DocumentError(self.problem or self.draft_problem)
        return story

    # -- the story ------------------------------------------------------------------------

    @property
    def story(self) -> Story:
        """The story so far (its paragraphs grow while it is read), or the whole story."""
        if self._story is not None:
            return self._story
        return self._base()

    def _base(self, arabic: int | None = None) -> Story:
        """The story so far; the whole story once `arabic` (paragraphs with Arabic
        letters, counted while drafting) is given."""
        paragraphs = self.paragraphs
        partial = arabic is None
        if arabic is None:
            arabic = sum(1 for text in paragraphs.texts if ARABIC_LETTERS.search(text))
        first = paragraphs.first_of("title", "heading")
        name = path_text(self.path.name)
        title = name if first is None else paragraphs.text(first)
        digest = "" if partial else self.digest
        return Story(
            id=document_id(self.path),
            former_ids=() if partial else (legacy_id_from_digest(self.path, digest),),
            fingerprint=digest,
            title=title,
            title_en=name,
            language="ar" if arabic * 2 >= len(paragraphs) else "und",
            source=path_text(self.path),
            published="",
            machine_translated_title="",
            summary_en="",
            paragraphs=paragraphs,  # nothing is added once it is whole
            path=self.path,
            draft=True,
            encoding=self.encoding,
        )

    def _close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __del__(self) -> None:
        self._close()
        if self._child is not None:
            self._child.stop()


def story_from_text_file(path: Path, encoding: str | None = None) -> Story:
    """A plain-text or Markdown file as a story, with drafted items (raises DocumentError)."""
    return StreamedDocument(path, encoding).read_all()


def _open(path: Path) -> int:
    """A descriptor on a regular file (DocumentError otherwise, in one line)."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise unreadable(path, error) from None
    problem = unreadable_kind(os.fstat(descriptor), MAX_TEXT_BYTES)
    if problem is not None:
        os.close(descriptor)
        raise DocumentError(Said(N_("{path}: {problem}"), path=path, problem=problem))
    return descriptor
