"""Faults found by hunting, one row each, so a fault found once stays fixed.

Each case builds its inputs in temp dirs and causes the fault for real where the
test can: a full or read-only filesystem is a small tmpfs (mounting needs root;
where it is not allowed the case is skipped and says why), a FIFO is a FIFO, a
signal is sent. To add a case: write `def name(env: Env) -> None` (or `async def`)
that makes the fault and checks what the reader gets, and add a `Fault` row to
CASES with what went wrong before the fix. Names start with the area (`notes-`,
`cli-`, ...), so `-k notes` runs one area's cases.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from scaletui import cli
from scaletui.i18n import load_language
from scaletui.notes import Anchor, NoteStore
from scaletui.notes.flow import NotesFlow
from scaletui.story import Story

if TYPE_CHECKING:
    from pty_terminal import PtyTerminal

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


# -- what a case gets ---------------------------------------------------------------------------


@dataclass
class Env:
    """A case's temp dir, home, the bundled story, and real filesystems made for it."""

    tmp: Path
    home: Path
    story: Story
    capfd: pytest.CaptureFixture[str]
    monkeypatch: pytest.MonkeyPatch
    mounts: list[Path] = field(default_factory=list)

    def tmpfs(self, name: str, size: str = "1m") -> Path:
        """A new small tmpfs at tmp/name (unmounted after the case)."""
        folder = self.tmp / name
        folder.mkdir()
        if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
            pytest.skip("mounting a tmpfs is not allowed here (needs root)")
        self.mounts.append(folder)
        return folder

    def read_only(self, folder: Path) -> None:
        """Remount a tmpfs from `tmpfs` read-only (binds root too, unlike chmod)."""
        assert _mount("-o", "remount,ro", str(folder))

    def fill(self, folder: Path) -> None:
        """Take every free byte of the filesystem `folder` is on."""
        descriptor = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for chunk in (1 << 16, 1 << 12, 1):
                try:
                    while True:
                        os.write(descriptor, b"\0" * chunk)
                except OSError:
                    continue
        finally:
            os.close(descriptor)
        assert os.statvfs(folder).f_bavail == 0

    def notes(self, data_dir: Path, *bodies: str) -> list[int]:
        """Notes on the story, made and closed as a past session would; their ids."""
        store = NoteStore(data_dir)
        ids = [store.add(self.story.id, Anchor("paragraph", paragraph=1), body).id
               for body in bodies]  # fmt: skip
        store.close()
        return ids

    def export(self, data_dir: Path, *more: str) -> tuple[int, str, str]:
        """`scaletui export` of the story's notes: (exit status, the file, stderr)."""
        target = self.tmp / "export.md"
        self.capfd.readouterr()
        code = cli.main(["export", "--data-dir", str(data_dir), "-o", str(target), *more])
        err = self.capfd.readouterr().err
        return code, target.read_text("utf-8") if target.exists() else "", err


def _mount(*args: str) -> bool:
    try:
        return subprocess.run(["mount", *args], capture_output=True).returncode == 0
    except OSError:  # no mount command here
        return False


@dataclass(frozen=True)
class Fault:
    name: str  # `area-what`: the test's id
    before: str  # what happened before the fix
    check: Callable[[Env], Awaitable[None] | None]


# -- notes: one bad row never hides the others --------------------------------------------------


def bad_row(column_values: str, field_name: str) -> Callable[[Env], None]:
    """A case: a note row written by another tool with one field as scaletui never
    writes it (`column_values`: SQL for the row's columns), beside a good note."""

    def check(env: Env) -> None:
        data_dir = env.tmp / "data"
        [good] = env.notes(data_dir, "ملاحظة سليمة")
        raw = sqlite3.connect(data_dir / "notes.db")
        values = {
            "story_id": repr(env.story.id), "anchor_kind": "'paragraph'",
            "anchor_paragraph": "2", "body": "'النص الثاني'",
            "created": f"'{WHEN.isoformat()}'", "updated": f"'{WHEN.isoformat()}'",
            "tags": "'[\"وسم\"]'",
        }  # fmt: skip
        column, value = column_values.split("=", 1)
        values[column] = value
        bad = raw.execute(
            f"INSERT INTO notes ({', '.join(values)}) VALUES ({', '.join(values.values())})"
        ).lastrowid
        raw.commit()
        raw.close()
        store = NoteStore(data_dir)
        notes = store.notes(env.story.id)
        assert bad is not None and sorted(note.id for note in notes) == [good, bad]
        assert field_name in store.repaired[bad] and good not in store.repaired
        assert all(isinstance(tag, str) for note in notes for tag in note.tags)
        flow = NotesFlow(env.story, lambda: store)
        notice = flow.reload()
        assert notice is not None and f"note {bad}:" in notice.text  # said once, with its id
        assert flow.reload() is None
        arabic = NotesFlow(env.story, lambda: store, load_language("ar")).reload()
        assert arabic is not None and "ملاحظة" in arabic.text
        assert flow.export(env.tmp / "app-export.md", WHEN).severity == "information"
        store.close()
        code, text, err = env.export(data_dir)
        assert code == 0 and "ملاحظة سليمة" in text and "\nnote_count: 2\n" in text
        assert err.count(f"note {bad}:") == 1

    return check


async def bad_rows_in_the_app(env: Env) -> None:
    """The app starts with every note listed and says which were repaired."""
    from conftest import explorer, until
    from scaletui.app import ScaleTUIApp

    data_dir = env.tmp / "data"
    env.notes(data_dir, "ملاحظة سليمة")
    raw = sqlite3.connect(data_dir / "notes.db")
    raw.execute(
        "INSERT INTO notes (story_id, anchor_kind, anchor_paragraph, body, created, updated,"
        " tags) VALUES (?, 'paragraph', 'x', X'FFFE', 'yesterday', 7, '[1]')",
        (env.story.id,),
    )
    raw.commit()
    raw.close()
    app = ScaleTUIApp(env.story, lambda: NoteStore(data_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        await until(pilot, lambda: len(explorer(app).panel("notes").items) == 2)
        told = [n.message for n in app._notifications if "repaired" in n.message]
        assert len(told) == 1 and "note 2:" in told[0]


BAD_ROWS = [
    Fault("notes-bad-row-created-not-a-date", "ValueError at start and in export",
          bad_row("created='yesterday'", "created")),
    Fault("notes-bad-row-updated-empty", "ValueError at start and in export",
          bad_row("updated=''", "updated")),
    Fault("notes-bad-row-created-a-number", "TypeError: fromisoformat of an int",
          bad_row("created=1767225600", "created")),
    Fault("notes-bad-row-tags-not-json", "JSONDecodeError at start",
          bad_row("tags='todo, urgent'", "tags")),
    Fault("notes-bad-row-tags-an-object", "the object's keys taken as tags",
          bad_row("tags='{\"a\": 1}'", "tags")),
    Fault("notes-bad-row-tags-a-string", "each letter taken as a tag",
          bad_row("tags='\"todo\"'", "tags")),
    Fault("notes-bad-row-tags-numbers", "export crashed on a number tag",
          bad_row("tags='[1, 2.5, \"x\"]'", "tags")),
    Fault("notes-bad-row-paragraph-as-text", "TypeError in anchoring at start",
          bad_row("anchor_paragraph='third'", "anchor_paragraph")),
    Fault("notes-bad-row-body-a-blob", "bytes where text goes: the filter and export crashed",
          bad_row("body=X'D986D8B520D985D8AE D8B2D986'".replace(" ", ""), "body")),
    Fault("notes-bad-row-body-a-blob-not-utf8", "bytes where text goes",
          bad_row("body=X'FFFE41'", "body")),
    Fault("notes-bad-rows-in-the-app", "the app died at start (ValueError in a row)",
          bad_rows_in_the_app),
]  # fmt: skip


# -- notes: a write-ahead log that is not the database's ---------------------------------------


def wal_of(folder: Path, story: Story, *bodies: str) -> bytes:
    """The notes.db-wal another database leaves (a crash, or a copy taken while it was
    open): its notes (on other paragraphs than Env.notes's), none checkpointed yet."""
    store = NoteStore(folder)
    for body in bodies:
        store.add(story.id, Anchor("paragraph", paragraph=4), body)
    kept = (folder / "notes.db-wal").read_bytes()
    store.close()
    return kept


def foreign_wal(*their_bodies: str) -> Callable[[Env], None]:
    def check(env: Env) -> None:
        data_dir = env.tmp / "data"
        env.notes(data_dir, "ملاحظتي الأولى", "ملاحظتي الثانية")
        theirs = wal_of(env.tmp / "elsewhere", env.story, *their_bodies)
        (data_dir / "notes.db-wal").write_bytes(theirs)
        store = NoteStore(data_dir)
        assert sorted(n.body for n in store.notes()) == ["ملاحظتي الأولى", "ملاحظتي الثانية"]
        assert store.foreign_wal is not None and store.foreign_wal.read_bytes() == theirs
        assert store.foreign_wal.name.startswith("notes.db-wal.foreign-")
        store.add(env.story.id, Anchor("paragraph", paragraph=2), "بعدها")
        store.close()
        code, text, err = env.export(data_dir)
        assert code == 0 and "\nnote_count: 3\n" in text
        assert [kept.name for kept in data_dir.glob("*.foreign-*")] == [store.foreign_wal.name]

    return check


async def foreign_wal_in_the_app(env: Env) -> None:
    from conftest import explorer, until
    from scaletui.app import ScaleTUIApp

    data_dir = env.tmp / "data"
    env.notes(data_dir, "ملاحظتي")
    (data_dir / "notes.db-wal").write_bytes(wal_of(env.tmp / "elsewhere", env.story, "x"))
    app = ScaleTUIApp(env.story, lambda: NoteStore(data_dir),
                      language=load_language("ar"))  # fmt: skip
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        await until(pilot, lambda: len(explorer(app).panel("notes").items) == 1)
        await until(pilot, lambda: any("notes.db-wal" in n.message for n in app._notifications))
        told = [n.message for n in app._notifications if "notes.db-wal" in n.message]
        assert len(told) == 1 and "foreign" in told[0]  # the name it was kept under
        assert "restored" not in told[0] and "\ufedf" in told[0]  # Arabic (shaped, laid out)


FOREIGN_WAL = [
    Fault("notes-foreign-wal-from-another-machine",
          "SQLite applied it: every note replaced by the other database's, no copy kept",
          foreign_wal("ملاحظة من جهاز آخر")),
    Fault("notes-foreign-wal-of-an-empty-database",
          "SQLite applied it: no notes at all, made permanent at close",
          foreign_wal()),
    Fault("notes-foreign-wal-said-in-the-app", "nothing was said", foreign_wal_in_the_app),
]  # fmt: skip


# -- notes: a full disk at launch --------------------------------------------------------------


def full_data_dir(env: Env, *bodies: str) -> tuple[Path, Path]:
    """A data dir with notes on a small tmpfs, then filled: (the data dir, the filler)."""
    disk = env.tmpfs("disk")
    data_dir = disk / "data"
    env.notes(data_dir, *bodies)
    env.fill(disk)
    return data_dir, disk / "filler"


def full_disk_at_launch(env: Env) -> None:
    from scaletui.notes.flow import EditRequest
    from scaletui.notes.model import NoteDraft
    from scaletui.notes.store import RECOVERY_NAME

    data_dir, filler = full_data_dir(env, "الأولى", "الثانية")
    store = NoteStore(data_dir)
    assert store.read_only and store.disk_full and store.moved_aside is None
    assert sorted(n.body for n in store.notes(env.story.id)) == ["الأولى", "الثانية"]
    assert store.note_counts() == {env.story.id: 2}  # (the library showed "0 notes")
    assert sorted(p.name for p in data_dir.iterdir()) == ["notes.db"]  # no broken -shm
    flow = NotesFlow(env.story, lambda: store)
    request = flow.new_note(Anchor("paragraph", paragraph=3))
    assert isinstance(request, EditRequest)  # the reader may write
    result = flow.save(request, NoteDraft("كُتبت والقرص ممتلئ"))
    rescued = env.home / RECOVERY_NAME
    assert "disk is full" in result.notice.text and str(rescued) in result.notice.text
    assert "كُتبت والقرص ممتلئ" in rescued.read_text("utf-8")
    assert flow.export(env.home / "out.md", WHEN).severity == "information"
    store.close()
    assert sorted(p.name for p in data_dir.iterdir()) == ["notes.db"]
    code, text, _ = env.export(data_dir)
    assert code == 0 and "الثانية" in text
    filler.unlink()  # space freed: the notes database is as it was, and writable
    again = NoteStore(data_dir)
    assert not again.read_only and len(again.notes(env.story.id)) == 2
    again.add(env.story.id, Anchor("paragraph", paragraph=1), "بعد التحرير")
    again.close()
    if shutil.which("sqlite3"):  # the shell a 3-byte notes.db-shm used to break
        check = subprocess.run(["sqlite3", str(data_dir / "notes.db"), "PRAGMA quick_check"],
                               capture_output=True, text=True)  # fmt: skip
        assert check.stdout.strip() == "ok"


CRASHING_WRITER = """
import os, signal, sys
from pathlib import Path
from scaletui.notes import Anchor, NoteStore
store = NoteStore(Path(sys.argv[1]))
store.add(sys.argv[2], Anchor("paragraph", paragraph=1), "in the WAL only")
os.kill(os.getpid(), signal.SIGKILL)
"""


def full_disk_with_notes_in_the_wal(env: Env) -> None:
    import sys

    disk = env.tmpfs("disk")
    data_dir = disk / "data"
    env.notes(data_dir, "checkpointed")
    subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(data_dir), env.story.id])
    assert (data_dir / "notes.db-wal").stat().st_size > 0
    (data_dir / "notes.db-shm").unlink()  # (with it, the database opens and writes fail)
    env.fill(disk)
    store = NoteStore(data_dir)
    assert store.disk_full
    assert sorted(n.body for n in store.notes()) == ["checkpointed", "in the WAL only"]
    store.close()
    assert sorted(p.name for p in data_dir.iterdir()) == ["notes.db", "notes.db-wal"]


async def full_disk_in_the_app(env: Env) -> None:
    from conftest import explorer, until
    from scaletui.app import ScaleTUIApp
    from scaletui.screens.dialogs import NoteEditor

    data_dir, _ = full_data_dir(env, "الأولى", "الثانية")
    app = ScaleTUIApp(env.story, lambda: NoteStore(data_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: any("disk is full" in n.message for n in app._notifications))
        assert not app.notes.problem  # (it was "Notes are unavailable")
        await pilot.press("6")
        await until(pilot, lambda: len(explorer(app).panel("notes").items) == 2)
        await pilot.press("1", "n")
        await until(pilot, lambda: isinstance(app.screen, NoteEditor))


def rescue_on_a_nearly_full_disk(env: Env) -> None:
    """A note longer than the room left: the part written is taken back (it ran into
    the next rescued note's line, and both were lost), and the note goes home."""
    from scaletui.notes.model import RescuedNote
    from scaletui.notes.store import RECOVERY_NAME, append_recovery, read_recovery

    disk = env.tmpfs("disk")
    data_dir = disk / "data"
    data_dir.mkdir()
    first = RescuedNote(env.story.id, Anchor("paragraph", paragraph=1), "قبلها", (), WHEN)
    assert append_recovery(data_dir, first) == data_dir / RECOVERY_NAME
    before = (data_dir / RECOVERY_NAME).read_bytes()
    env.fill(disk)
    os.truncate(disk / "filler", os.path.getsize(disk / "filler") - 8192)  # two pages free
    long = first._replace(body="طويلة " * 5000)
    assert append_recovery(data_dir, long) == env.home / RECOVERY_NAME
    assert (data_dir / RECOVERY_NAME).read_bytes() == before
    assert read_recovery(data_dir) == [first] and read_recovery(env.home) == [long]
    empty = env.tmpfs("empty", size="64k")  # a fresh, full one: no empty file left there
    env.fill(empty)
    assert append_recovery(empty, first) == env.home / RECOVERY_NAME
    assert not (empty / RECOVERY_NAME).exists()


FULL_DISK = [
    Fault("notes-full-disk-at-launch",
          "notes unavailable, the library said 0 notes, n opened no editor, and a 3-byte "
          "notes.db-shm broke even sqlite3", full_disk_at_launch),
    Fault("notes-full-disk-with-notes-in-the-wal", "notes unavailable",
          full_disk_with_notes_in_the_wal),
    Fault("notes-full-disk-in-the-app", "Notes are unavailable; n opened no editor",
          full_disk_in_the_app),
    Fault("notes-rescue-on-a-nearly-full-disk",
          "half a line kept, merging with the next rescued note's (both lost)",
          rescue_on_a_nearly_full_disk),
]  # fmt: skip


# -- notes: a signal with the editor open and nowhere to rescue the text ------------------------


def nowhere_to_rescue(env: Env, how: str) -> Path:
    """A data dir (with a note) whose rescue file and the home's cannot be written:
    `fifo`: a FIFO in each place; `read-only`: both on read-only filesystems."""
    from scaletui.notes.store import RECOVERY_NAME

    if how == "fifo":
        data_dir = env.tmp / "data"
        env.notes(data_dir, "قديمة")
        for folder in (data_dir, env.home):
            os.mkfifo(folder / RECOVERY_NAME)
        return data_dir
    disk, home = env.tmpfs("disk"), env.tmpfs("home")
    env.notes(disk / "data", "قديمة")
    env.read_only(disk)
    env.read_only(home)
    env.monkeypatch.setenv("HOME", str(home))
    return disk / "data"


def signal_with_nothing_writable(how: str, ending: str) -> Callable[[Env], None]:
    """SIGTERM (or a quit) with text in the editor: the note is printed, one JSON line,
    once the app has ended, with where it could not go; the exit status is non-zero."""

    def check(env: Env) -> None:
        import signal

        from test_signals import TYPED, run_cli_with_the_editor_open

        data_dir = nowhere_to_rescue(env, how)
        end = {
            "sigterm": lambda app: os.kill(os.getpid(), signal.SIGTERM),
            "quit": lambda app: app.call_later(app.exit),
        }[ending]
        env.capfd.readouterr()
        code = run_cli_with_the_editor_open(env.monkeypatch, data_dir, end)
        err = env.capfd.readouterr().err.splitlines()
        assert code == (128 + signal.SIGTERM if ending == "sigterm" else 1), err
        said = [line for line in err if "could not be saved" in line]
        assert len(said) == 1 and str(data_dir / "unsaved-notes.jsonl") in said[0]
        assert str(Path.home() / "unsaved-notes.jsonl") in said[0]
        printed = err[err.index(said[0]) + 1]
        record = json.loads(printed)
        assert record["body"] == TYPED and record["story_id"] == env.story.id

    return check


NOWHERE_TO_RESCUE = [
    Fault("notes-sigterm-editor-open-rescue-files-are-fifos",
          "the typed text went nowhere and nothing was said (exit 143)",
          signal_with_nothing_writable("fifo", "sigterm")),
    Fault("notes-sigterm-editor-open-data-and-home-read-only",
          "the typed text went nowhere and nothing was said (exit 143)",
          signal_with_nothing_writable("read-only", "sigterm")),
    Fault("notes-quit-editor-open-data-and-home-read-only",
          "the typed text went nowhere, nothing was said, and the exit status was 0",
          signal_with_nothing_writable("read-only", "quit")),
]  # fmt: skip


# -- notes: salvage saves what is there -------------------------------------------------------


def damaged_database(
    page: int, offset: int, length: int, body_words: int = 15, also: int | None = None
) -> Callable[[Env], None]:
    """A case: twenty notes, then `length` bytes of the file from `offset` in `page`
    scribbled over (a disk's bad sector, a careless tool), and as many from `also`
    in the same page. Every note whose bytes were not hit comes back, as it was."""

    def check(env: Env) -> None:
        import random

        data_dir = env.tmp / "data"
        store = NoteStore(data_dir)
        for index in range(20):
            anchor = Anchor("paragraph", paragraph=index, quote=f"اقتباس {index}")
            store.add(env.story.id, anchor, f"ملاحظة {index} " + "نص " * body_words, ("وسم",))
        before = {note.id: note for note in store.notes()}
        store.close()
        path = data_dir / "notes.db"
        data = bytearray(path.read_bytes())
        for at in (offset, also) if also is not None else (offset,):
            start = (page - 1) * 4096 + at
            data[start : start + length] = random.Random(page * at).randbytes(length)
        path.write_bytes(bytes(data))
        # The notes whose text the damage hit (a long one is in pieces: page 1 holds none).
        hit = [n for n in before.values() if n.body.encode() not in data and body_words < 100]
        assert len(hit) <= 1
        reopened = NoteStore(data_dir)
        assert reopened.moved_aside is not None
        after = {note.id: note for note in reopened.notes()}
        reopened.close()
        assert reopened.salvaged == len(after) >= 19 and len(after) == 20 - len(hit)
        assert all(note == before[note.id] for note in after.values())

    return check


def salvage_said_by_export(env: Env) -> None:
    data_dir = env.tmp / "data"
    env.notes(data_dir, *(f"ملاحظة {i}" for i in range(5)))
    path = data_dir / "notes.db"
    data = bytearray(path.read_bytes())
    data[0:100] = b"\xff" * 100  # the header
    path.write_bytes(bytes(data))
    code, text, err = env.export(data_dir)
    assert code == 0 and "\nnote_count: 5\n" in text
    assert "5 notes were recovered" in err


SALVAGE = [
    Fault("notes-salvage-page-1-header-damaged", "0 recovered, 20 note texts intact",
          damaged_database(1, 0, 100)),
    Fault("notes-salvage-page-1-schema-damaged", "0 recovered, 20 note texts intact",
          damaged_database(1, 100, 64)),
    Fault("notes-salvage-page-2-header-damaged", "0 recovered, 20 note texts intact",
          damaged_database(2, 0, 200)),
    Fault("notes-salvage-page-2-cell-pointers-damaged", "0 recovered, 20 note texts intact",
          damaged_database(2, 8, 64)),
    Fault("notes-salvage-page-2-one-note-hit", "0 recovered, 19 note texts intact",
          damaged_database(2, 0, 64, also=4096 - 120)),
    Fault("notes-salvage-long-notes-over-overflow-pages", "0 recovered",
          damaged_database(1, 0, 100, body_words=1500)),
    Fault("notes-salvage-said-by-export", "0 notes were recovered", salvage_said_by_export),
]  # fmt: skip


# -- export: a hand-damaged file never loses the reader's text ------------------------------------


def exported_by_hand(env: Env, damage: Callable[[str], str], *bodies: str) -> tuple[Path, str]:
    """The story's notes exported, then damaged by hand (`damage` of the file's text):
    the data dir and the damaged text (written to the export's file)."""
    data_dir = env.tmp / "data"
    env.notes(data_dir, *bodies)
    code, text, _err = env.export(data_dir)
    assert code == 0
    damaged = damage(text)
    assert damaged != text
    (env.tmp / "export.md").write_text(damaged, "utf-8")
    return data_dir, damaged


def kept_and_copied(env: Env, data_dir: Path, before: str, mine: list[str]) -> str:
    """Export again: exit 0, every line of the reader's in the file, one part per note,
    one front matter, and the file as it was kept beside it (and said so)."""
    env.notes(data_dir, "a note added since")
    code, text, err = env.export(data_dir)
    assert code == 0, err
    for line in mine:
        assert text.count(line) == 1, line
    assert text.startswith("---\n") and text.count("story_id:") == 1
    assert text.count("<!-- scaletui:head") == 1 and text.count("a note added since") == 1
    store = NoteStore(data_dir)
    for note in store.notes(env.story.id):
        assert text.count(f"uid={note.uid} ") == 1
    store.close()
    [copy] = (env.tmp).glob("export.md.bak-*")
    assert copy.read_text("utf-8") == before and f"kept as {copy}" in err
    code, again, err = env.export(data_dir)  # repaired: the next export copies nothing
    assert code == 0 and len(list(env.tmp.glob("export.md.bak-*"))) == 1
    return text


def duplicated_block(env: Env) -> None:
    """Issue 26: the notes block pasted twice (a sync conflict, a paste), the reader's
    text under a note in each copy: only the first copy was updated (exit 0)."""

    def damage(text: str) -> str:
        start = text.index("<!-- scaletui:head")
        end = text.index("\n", text.index("<!-- scaletui:end")) + 1
        block = text[start:end]
        first = block.replace("<!-- /scaletui:note", "Mine under the first copy.\n"
                              "<!-- /scaletui:note", 1)  # fmt: skip
        second = block.replace("<!-- scaletui:end", "Mine in the second copy.\n\n"
                               "<!-- scaletui:end")  # fmt: skip
        return text[:start] + first + "\nBetween the copies.\n\n" + second + text[end:]

    data_dir, before = exported_by_hand(env, damage, "أولى", "ثانية")
    text = kept_and_copied(env, data_dir, before, ["Mine under the first copy.",
                           "Between the copies.", "Mine in the second copy."])  # fmt: skip
    assert text.count("أولى") == 1 and text.count("<!-- scaletui:end") == 1


def front_matter_unclosed(env: Env) -> None:
    """Issue 26: a front matter that lost its closing `---` got a second one on top."""

    def damage(text: str) -> str:
        text = text.replace("note_count:", "aliases: [mine]\nnote_count:", 1)
        return text.replace("\n---\n", "\n", 1)

    data_dir, before = exported_by_hand(env, damage, "أولى")
    text = kept_and_copied(env, data_dir, before, ["aliases: [mine]"])
    assert text.count("\n---\n") == 1  # one front matter, closed


def second_front_matter(env: Env) -> None:
    """A file an older scaletui damaged: a new front matter on top of the old one."""

    def damage(text: str) -> str:
        front_end = text.index("\n---\n") + 5
        old = text[:front_end].replace("\n---\n", "\nmine: kept\n")
        return text[:front_end] + old + text[front_end:]

    data_dir, before = exported_by_hand(env, damage, "أولى")
    kept_and_copied(env, data_dir, before, ["mine: kept"])


def end_markers_deleted(env: Env) -> None:
    """Every part's end marker deleted, text written under each note."""

    def damage(text: str) -> str:
        lines: list[str] = []
        for line in text.split("\n"):
            if line.startswith("<!-- /scaletui:note"):
                lines += ["", f"Mine {len(lines)}."]
            elif not line.startswith("<!-- /scaletui:"):
                lines.append(line)
        return "\n".join(lines)

    data_dir, before = exported_by_hand(env, damage, "أولى", "ثانية")
    mine = [line for line in before.split("\n") if line.startswith("Mine ")]
    env.notes(data_dir, "a note added since")
    code, text, err = env.export(data_dir)
    assert code == 0 and all(text.count(line) == 1 for line in mine), err
    assert text.count("<!-- /scaletui:note") == 3  # repaired


def markers_garbled(env: Env) -> None:
    """Markers edited by hand: a digest changed, a note's data cut, one made not a marker."""

    def damage(text: str) -> str:
        text = re.sub(r"sha256=[0-9a-f]{16}", "sha256=0000000000000000", text, count=2)
        text = text.replace(' {"kind"', ' {"kin', 1)
        return text.replace("<!-- /scaletui:anchor", "<!-- /scaletui:anchorX", 1)

    data_dir, before = exported_by_hand(env, damage, "أولى", "ثانية")
    code, text, err = env.export(data_dir)
    assert code == 0, err
    # Not a marker any more: the reader's line, kept (or, the part it ended having its
    # digest changed too, in the copy of the file kept beside it).
    copies = list(env.tmp.glob("export.md.bak-*"))
    assert "/scaletui:anchorX" in text or "/scaletui:anchorX" in copies[0].read_text("utf-8")
    assert copies and copies[0].read_text("utf-8") == before  # a digest was changed
    assert text.count("أولى") == 1 and text.count("ثانية") == 1


def copy_on_a_full_disk(env: Env) -> None:
    """A copy must be kept (the reader changed a line of the app's) and the disk is full:
    nothing is written, the file is as it was."""
    disk = env.tmpfs("disk", "64k")
    data_dir = env.tmp / "data"
    env.notes(data_dir, "original")
    target = disk / "notes.md"
    assert cli.main(["export", "--data-dir", str(data_dir), "-o", str(target)]) == 0
    target.write_text(target.read_text("utf-8").replace("original", "changed by hand"), "utf-8")
    before = target.read_bytes()
    env.fill(disk)
    env.capfd.readouterr()
    assert cli.main(["export", "--data-dir", str(data_dir), "-o", str(target)]) == 1
    err = env.capfd.readouterr().err
    assert "cannot keep a copy of" in err and "nothing was written" in err
    assert err.count("\n") == 1 and target.read_bytes() == before


def import_into_a_read_only_data_dir(env: Env) -> None:
    folder = env.tmpfs("data")
    data_dir = folder / "notes"
    env.notes(data_dir, "mine")
    other = env.tmp / "other"
    env.notes(other, "theirs")
    exported = env.tmp / "theirs.json"
    assert cli.main(["export", "--data-dir", str(other), "--format", "json", "-o",
                     str(exported)]) == 0  # fmt: skip
    env.read_only(folder)
    env.capfd.readouterr()
    assert cli.main(["import", "--data-dir", str(data_dir), str(exported)]) == 1
    err = env.capfd.readouterr().err
    assert err.startswith("scaletui: notes: ") and err.count("\n") <= 2
    store = NoteStore(data_dir)
    assert [note.body for note in store.notes()] == ["mine"]
    store.close()


EXPORT = [
    Fault("export-duplicated-notes-block", "only the first copy updated, exit 0",
          duplicated_block),
    Fault("export-front-matter-lost-its-closing", "a second front matter on top",
          front_matter_unclosed),
    Fault("export-second-front-matter-on-top", "the old front matter stayed as text",
          second_front_matter),
    Fault("export-end-markers-deleted", "the block was not the app's: --force or nothing",
          end_markers_deleted),
    Fault("export-markers-garbled", "(new format)", markers_garbled),
    Fault("export-copy-on-a-full-disk", "(new: a copy kept first)", copy_on_a_full_disk),
    Fault("export-import-into-a-read-only-data-dir", "(new command)",
          import_into_a_read_only_data_dir),
]  # fmt: skip


# -- the third hunt: the app ----------------------------------------------------------------


def other_ending_signals(env: Env) -> None:
    """The other signals that end a process by default, sent with the editor open: the
    text rescued, the exit status 128 + the signal, as for SIGTERM (in a pty, SIGUSR1,
    SIGUSR2 and SIGALRM ended the app at once: the text lost, the terminal left raw)."""
    import signal

    from test_signals import TYPED, rescued, run_cli_with_the_editor_open

    names = ("SIGUSR1", "SIGUSR2", "SIGALRM", "SIGVTALRM", "SIGXCPU")
    for number in [getattr(signal, name) for name in names if hasattr(signal, name)]:
        data = env.tmp / f"data-{number}"

        def send(app: object, number: int = number) -> None:
            os.kill(os.getpid(), number)

        with pytest.MonkeyPatch.context() as patches:  # (each run patches the app anew)
            code = run_cli_with_the_editor_open(patches, data, send)
        assert code == 128 + number and [note["body"] for note in rescued(data)] == [TYPED]


async def palette_chosen_twice_in_one_burst(env: Env) -> None:
    """Two Enters on a palette result, both read before the first was acted on: one
    choice, the explorer stays (the second dismissed the palette again, popping the
    explorer: ScreenStackError, found by random keys in a pty)."""
    from textual.widgets import Input

    from conftest import explorer, until
    from scaletui.app import ScaleTUIApp
    from scaletui.screens.palette import PaletteInput, PaletteList, StoryPalette

    app = ScaleTUIApp(env.story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, StoryPalette))
        palette = app.screen
        await pilot.press(*"wang")
        results = palette.query_one(PaletteList)
        await until(pilot, lambda: results.option_count > 0)
        await pilot.press("down")
        query = palette.query_one(PaletteInput)
        for _ in range(2):  # (queued at once, as a burst of keys queues them)
            query.post_message(Input.Submitted(query, query.value))
        await until(pilot, lambda: not isinstance(app.screen, StoryPalette))
        await pilot.pause(0.2)
        assert len(app.screen_stack) == 1 and explorer(app)


def signals_in_a_real_terminal(env: Env) -> None:
    """SIGQUIT and SIGUSR1 sent from outside to the app in a pty, the editor open: the
    text rescued, the terminal given back (the alternate screen left, after it was
    entered), the status 128 + the signal (SIGQUIT left the terminal raw and lost the
    text; SIGUSR1 still did, found in the pty)."""
    import signal

    from pty_terminal import PtyTerminal, scaletui_argv
    from test_signals import TYPED, rescued

    for number in (signal.SIGQUIT, signal.SIGUSR1):
        data = env.tmp / f"data-{number}"
        environment = {**os.environ, "SCALETUI_DATA_DIR": str(data)}
        with PtyTerminal(scaletui_argv(), 100, 30, env=environment, cwd=env.tmp) as terminal:
            terminal.wait_for_text("ميتا", timeout=90)
            terminal.new_note(TYPED)
            os.kill(terminal.process.pid, number)
            status = terminal.wait_exit(timeout=60)
            output = bytes(terminal.output).decode("utf-8", "replace")
        assert status == 128 + number, output[-2000:]
        assert output.rfind("\x1b[?1049l") > output.rfind("\x1b[?1049h") >= 0
        assert [note["body"] for note in rescued(data)] == [TYPED]


def input_not_utf8(env: Env) -> None:
    """A byte that is not UTF-8 (0xff: a cp1256 terminal, a binary paste) with the editor
    open: Textual's input thread died on its strict decoder and the app panicked with a
    traceback and status 0. Now: the text rescued, one line on stderr, status 1."""
    from pty_terminal import PtyTerminal, scaletui_argv
    from test_signals import TYPED, rescued

    data = env.tmp / "data"
    environment = {**os.environ, "SCALETUI_DATA_DIR": str(data)}
    with PtyTerminal(scaletui_argv(), 100, 30, env=environment, cwd=env.tmp) as terminal:
        terminal.wait_for_text("ميتا", timeout=90)
        terminal.new_note(TYPED)
        terminal.write(b"\xff")
        status = terminal.wait_exit(timeout=60)
        output = bytes(terminal.output).decode("utf-8", "replace")
    after = output[output.rfind("\x1b[?1049l") :]  # what the terminal shows once given back
    assert status == 1, output[-2000:]
    assert "Traceback" not in output and "File " not in after, after
    said = re.findall(r"scaletui: [^\r\n]*", after)
    assert len(said) == 1 and "not UTF-8" in said[0] and "0xff" in said[0], after
    assert [note["body"] for note in rescued(data)] == [TYPED]


def _state(pid: int) -> str:
    from pty_terminal import process_state

    return process_state(pid)


def _until(condition: Callable[[], bool], what: str | Callable[[], str]) -> None:
    import time

    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, what if isinstance(what, str) else what()
        time.sleep(0.02)


def _signal_state(pid: int, terminal: PtyTerminal) -> str:
    """What a process's signals are doing (pending, blocked, ignored, caught), for a
    failure's message, with the screen."""
    try:
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
    except FileNotFoundError:
        return "gone\n" + terminal.text()
    kept = [line for line in status if line.startswith(("State", "SigPnd", "ShdPnd", "Sig"))]
    return "\n".join([*kept, terminal.text()])


def continued_without_a_suspension(env: Env) -> None:
    """`kill -STOP` then `kill -CONT` (no SIGTSTP: a debugger, a supervisor): Textual
    resumed application mode anyway, a second input thread read the keys beside the
    first and typed text came out interleaved. Now nothing restarts: the alternate
    screen entered once, no new threads, the typed text as typed."""
    import signal

    from pty_terminal import PtyTerminal, scaletui_argv
    from test_signals import TYPED, rescued

    data = env.tmp / "data"
    environment = {**os.environ, "SCALETUI_DATA_DIR": str(data)}
    argv = scaletui_argv()
    with PtyTerminal(argv, 100, 30, env=environment, cwd=env.tmp, controlling=True) as terminal:
        terminal.wait_for_text("ميتا", timeout=90)
        terminal.new_note()
        pid = terminal.process.pid
        threads = len(os.listdir(f"/proc/{pid}/task"))
        os.kill(pid, signal.SIGSTOP)
        _until(lambda: _state(pid) == "T", "stopped")
        os.kill(pid, signal.SIGCONT)
        for word in TYPED.split():  # (keys read after the SIGCONT was handled)
            terminal.write(word + " ")
        terminal.wait_for_text(TYPED)
        assert len(os.listdir(f"/proc/{pid}/task")) <= threads
        assert terminal.output.count(b"\x1b[?1049h") == 1
        os.kill(pid, signal.SIGTERM)
        assert terminal.wait_exit(timeout=60) == 128 + signal.SIGTERM, terminal.tail()
    assert [str(note["body"]).strip() for note in rescued(data)] == [TYPED]


def killed_while_suspended(env: Env) -> None:
    """In a job-control shell: SIGTSTP (the app suspended, the terminal given back),
    then `kill %1` (SIGTERM, then SIGCONT). The SIGCONT resumed the app from the
    background, where setting the terminal up stopped it again (SIGTTOU): the job stayed
    stopped, the SIGTERM unhandled. Now it ends: status 143, the editor's text kept
    (after `fg`, which resumes it, and `bg`, which stops it again, as before)."""
    import signal

    from pty_terminal import PtyTerminal, scaletui_argv
    from test_signals import TYPED, rescued

    data = env.tmp / "data"
    environment = {**os.environ, "SCALETUI_DATA_DIR": str(data), "PS1": "$ "}
    shell = ["bash", "--norc", "--noprofile", "-i"]
    with PtyTerminal(shell, 100, 30, env=environment, cwd=env.tmp, controlling=True) as terminal:
        terminal.write(" ".join(scaletui_argv()) + "\r")
        terminal.wait_for_text("ميتا", timeout=90)
        terminal.new_note(TYPED)
        shell_pid = terminal.process.pid
        children = Path(f"/proc/{shell_pid}/task/{shell_pid}/children").read_text().split()
        (app,) = [int(child) for child in children]
        os.kill(app, signal.SIGTSTP)
        stopped = lambda: any("Stopped" in row for row in terminal.lines())  # noqa: E731
        _until(stopped, lambda: "not stopped: " + _signal_state(app, terminal))
        terminal.write("fg\r")  # back in the foreground: resumed, as typed
        terminal.wait_for(lambda rows: not any("Stopped" in row for row in rows), what="back")
        terminal.wait_for_text(TYPED)
        os.kill(app, signal.SIGTSTP)
        _until(lambda: terminal.output.count(b"Stopped") == 2, "stopped again")
        terminal.write("bg\r")  # continued in the background: stops again, as in Textual
        _until(lambda: b"&" in terminal.output[terminal.output.rfind(b"bg") :], "bg")
        terminal.write("\r")
        _until(lambda: terminal.output.count(b"Stopped") == 3, "stopped after bg")
        killed_at = len(terminal.output)
        terminal.write("kill %1\r")
        _until(lambda: _state(app) in ("Z", "gone"), "the app ended")
        terminal.write("echo DONE\r")
        # Bash tells of the job's end before the prompt that follows `echo DONE`'s output
        # (the typed command's echo also holds "DONE": wait for the output line itself).
        ran = lambda: terminal.output.count(b"DONE\r\n") > terminal.output.count(b"echo DONE\r\n")
        _until(ran, "echo DONE ran")
        _until(lambda: b"$ " in terminal.output[terminal.output.rfind(b"DONE\r\n") :], "prompt")
        assert b"Exit 143" in terminal.output[killed_at:], terminal.text()
        # The app ended without setting the terminal's modes under the shell's prompt:
        # the line typed there is echoed once (by bash's line editor), not twice.
        assert terminal.output.count(b"echo DONE\r\n") == 1, terminal.output[killed_at:]
    assert [note["body"] for note in rescued(data)] == [TYPED]


TIOCVHANGUP = 0x5437  # (Linux; not in Python's termios)


def terminal_closed_while_suspended(env: Env) -> None:
    """SIGTSTP, then the terminal closed (the kernel sends SIGHUP and SIGCONT): the app
    ends 129, the editor's text kept, as it did before Suspension wrapped SIGCONT."""
    import fcntl
    import signal

    from pty_terminal import PtyTerminal, scaletui_argv
    from test_signals import TYPED, rescued

    data = env.tmp / "data"
    environment = {**os.environ, "SCALETUI_DATA_DIR": str(data)}
    argv = scaletui_argv()
    with PtyTerminal(argv, 100, 30, env=environment, cwd=env.tmp, controlling=True) as terminal:
        terminal.wait_for_text("ميتا", timeout=90)
        terminal.new_note(TYPED)
        pid = terminal.process.pid
        os.kill(pid, signal.SIGTSTP)
        _until(lambda: _state(pid) == "T", "stopped")
        # Closing the pty's master would wait for the test's reader, blocked while the
        # app is stopped: hang the terminal up as closing it does (needs root).
        slave = os.open(os.readlink(f"/proc/{pid}/fd/0"), os.O_RDWR | os.O_NOCTTY)
        try:
            fcntl.ioctl(slave, TIOCVHANGUP)
        except PermissionError:
            pytest.skip("hanging a terminal up (TIOCVHANGUP) needs root")
        finally:
            os.close(slave)
        assert terminal.wait_exit(timeout=60) == 128 + signal.SIGHUP, terminal.tail()
    assert [note["body"] for note in rescued(data)] == [TYPED]


THIRD_HUNT = [
    Fault("app-signals-in-a-real-terminal",
          "SIGQUIT, then SIGUSR1: the text lost, the terminal left in the app's screen",
          signals_in_a_real_terminal),
    Fault("app-other-ending-signals-with-the-editor-open",
          "SIGUSR1, SIGUSR2, SIGALRM: the editor's text lost, the terminal left raw",
          other_ending_signals),
    Fault("app-input-not-utf8-with-the-editor-open",
          "a traceback and status 0: Textual's input thread died on byte 0xff",
          input_not_utf8),
    Fault("app-continued-without-a-suspension",
          "a second input thread: typed text interleaved", continued_without_a_suspension),
    Fault("app-killed-while-suspended",
          "the job stayed stopped, SIGTERM unhandled, until `fg`", killed_while_suspended),
    Fault("app-terminal-closed-while-suspended", "(a guard: it ended 129, the text kept)",
          terminal_closed_while_suspended),
    Fault("app-palette-chosen-twice-in-one-burst",
          "ScreenStackError: the second choice popped the explorer",
          palette_chosen_twice_in_one_burst),
]  # fmt: skip


# -- the fifth hunt: the app -------------------------------------------------------------------


def drawn_whole_after_a_suspension(env: Env) -> None:
    """SIGTSTP, then SIGCONT in the foreground (`kill -TSTP`, then `fg`): the app came back
    to the empty screen the terminal gives it, drawn again only where something changed
    (the reading cursor): the key bar, the header and the panels stayed blank until a key
    moved them. Now every row is drawn again: the key bar's text comes after the SIGCONT."""
    import signal

    from pty_terminal import PtyTerminal, scaletui_argv

    environment = {**os.environ, "SCALETUI_DATA_DIR": str(env.tmp / "data")}
    argv = scaletui_argv()
    with PtyTerminal(argv, 100, 30, env=environment, cwd=env.tmp, controlling=True) as terminal:
        terminal.wait_for_text("Quit", timeout=90)
        pid = terminal.process.pid
        os.kill(pid, signal.SIGTSTP)
        _until(lambda: _state(pid) == "T", "stopped")
        resumed_at = len(terminal.output)
        os.kill(pid, signal.SIGCONT)
        _until(lambda: b"Quit" in terminal.output[resumed_at:], lambda: terminal.tail())
        os.kill(pid, signal.SIGTERM)
        assert terminal.wait_exit(timeout=60) == 128 + signal.SIGTERM, terminal.tail()


def _child_of(pid: int) -> int:
    """The drafting child the app at `pid` has started (waited for)."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    _until(lambda: children.read_text().split() != [], "a drafting child")
    (child,) = [int(word) for word in children.read_text().split()]
    return child


def signals_while_a_child_drafts(env: Env) -> None:
    """A book of 4 MB or more, drafted by a child process: SIGTERM or SIGHUP with the
    editor open ends the app with 128 + the signal, the text kept, the child not left
    running; SIGKILL to the app suspended by SIGTSTP (its child told to wait) leaves no
    child either (one stopped by SIGSTOP outlived it, in state T, for ever)."""
    import signal
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    from varied import build

    book = env.tmp / "book.txt"
    build(book, 5_000_000)
    for how in (signal.SIGTERM, signal.SIGHUP, signal.SIGKILL):
        _signal_while_drafting(env, book, how)


def _signal_while_drafting(env: Env, book: Path, how: int) -> None:
    import signal

    from pty_terminal import PtyTerminal, scaletui_argv
    from test_signals import TYPED, rescued

    data = env.tmp / f"data-{how}"
    environment = {**os.environ, "SCALETUI_DATA_DIR": str(data)}
    argv = scaletui_argv(str(book))
    with PtyTerminal(argv, 100, 30, env=environment, cwd=env.tmp, controlling=True) as terminal:
        terminal.wait_for_text("Quit", timeout=90)
        pid = terminal.process.pid
        child = _child_of(pid)
        if how == signal.SIGKILL:
            os.kill(pid, signal.SIGTSTP)
            _until(lambda: _state(pid) == "T", "stopped")
        else:
            terminal.new_note(TYPED)
        os.kill(pid, how)
        assert terminal.wait_exit(timeout=60) in (128 + how, -how), terminal.tail()
        _until(lambda: _state(child) == "gone", lambda: f"the child is {_state(child)}")
    if how != signal.SIGKILL:
        assert [note["body"] for note in rescued(data)] == [TYPED]


FIFTH_HUNT = [
    Fault("app-drawn-whole-after-a-suspension",
          "the screen blank after SIGCONT but where the cursor blinked",
          drawn_whole_after_a_suspension),
    Fault("app-signals-while-a-child-drafts",
          "(a guard: SIGTERM, SIGHUP: the child gone, the text kept); SIGKILL while suspended: "
          "the child, stopped, left for ever", signals_while_a_child_drafts),
]  # fmt: skip


# -- the table ----------------------------------------------------------------------------------

CASES: list[Fault] = [
    *BAD_ROWS,
    *FOREIGN_WAL,
    *FULL_DISK,
    *NOWHERE_TO_RESCUE,
    *SALVAGE,
    *EXPORT,
    *THIRD_HUNT,
    *FIFTH_HUNT,
]


@pytest.fixture(name="env")
def case_env(  # (named apart: test_faults_cli.py imports it, and its cases take `env`)
    tmp_path: Path,
    isolated_user_dirs: Path,
    story: Story,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Env]:
    made = Env(tmp_path, isolated_user_dirs, story, capfd, monkeypatch)
    try:
        yield made
    finally:
        for folder in reversed(made.mounts):
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.mark.parametrize("fault", CASES, ids=[fault.name for fault in CASES])
def test_fault(fault: Fault, env: Env) -> None:
    result = fault.check(env)
    if inspect.isawaitable(result):  # a case that drives the app
        asyncio.run(_awaited(result))


async def _awaited(result: Awaitable[None]) -> None:
    await result


def test_case_names_are_unique_and_say_their_area() -> None:
    names = [fault.name for fault in CASES]
    assert len(set(names)) == len(names)
    assert all(name.split("-")[0] in {"notes", "cli", "app", "export"} for name in names)
    assert json.dumps(names)  # plain text, for -k
