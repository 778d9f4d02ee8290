"""The notes store: round trips, migrations, concurrency, crashes, corruption, locks."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scaletui.i18n import N_, Said, load_language, said_in
from scaletui.notes import (
    Anchor,
    NoteStore,
    NoteStoreError,
    default_data_dir,
    parse_tags,
)
from scaletui.notes.model import OpenedFile, RescuedNote
from scaletui.notes.store import (
    DB_NAME,
    MIGRATIONS,
    RECOVERY_NAME,
    SCHEMA_VERSION,
    database,
    opening,
    read_recovery,
)
from scaletui.notes.store.moved_files import MovedFiles
from scaletui.story.items import ItemRef

PARAGRAPH = Anchor("paragraph", paragraph=3, quote='تعتزم "ميتا" استثمار')


def test_add_edit_delete_list_round_trip(store: NoteStore) -> None:
    first = store.add("story", PARAGRAPH, "ملاحظة **أولى**", ("رأي", "todo"))
    span = Anchor("span", paragraph=5, start=10, end=14, quote="وانغ")
    second = store.add("story", span, "second", ())
    store.add("other", Anchor("item", item=ItemRef("event", "x")), "elsewhere")
    assert [n.id for n in store.notes("story")] == [second.id, first.id]  # newest first
    assert store.get(first.id).tags == ("رأي", "todo")
    assert store.get(second.id).anchor == span
    edited = store.update(first.id, "ملاحظة معدلة", ("todo",))
    assert edited.body == "ملاحظة معدلة" and edited.tags == ("todo",)
    assert edited.created == first.created
    assert [n.id for n in store.notes("story", "معدلة")] == [first.id]
    assert [n.id for n in store.notes("story", "TODO")] == [first.id]  # tags, any case
    assert [n.id for n in store.notes("story", "وانغ")] == [second.id]  # the quote
    store.delete(first.id)
    assert [n.id for n in store.notes("story")] == [second.id]
    with pytest.raises(NoteStoreError):
        store.update(first.id, "gone")
    assert store.stories() == ["other", "story"]


def test_notes_survive_reopening(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    note = store.add("s", PARAGRAPH, "باقية")
    store.close()
    again = NoteStore(tmp_path)
    assert again.get(note.id).body == "باقية"
    assert again.moved_aside is None
    again.close()


def test_migrates_a_first_schema_database(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute("PRAGMA user_version = 1")
    old.execute(
        "INSERT INTO notes (story_id, anchor_kind, anchor_paragraph, anchor_quote, body,"
        " created, updated) VALUES ('s', 'paragraph', 2, 'نص', 'قديمة',"
        " '2025-06-01T10:00:00+00:00', '2025-06-01T10:00:00+00:00')"
    )
    old.commit()
    old.close()
    store = NoteStore(tmp_path)
    [note] = store.notes("s")
    assert note.body == "قديمة" and note.tags == () and note.anchor.quote == "نص"
    new = store.add("s", PARAGRAPH, "جديدة", ("t",))
    assert new.tags == ("t",)
    # 4: each note has its own uid, the old one given one by the migration.
    assert len({note.uid, new.uid}) == 2 and all(len(n.uid) == 32 for n in (note, new))
    assert store.get(note.id).uid == note.uid  # kept, not made up at each read
    store.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in check.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"notes", "files"} <= tables  # 3: opened files by content and place


@pytest.mark.parametrize(
    ("kind", "named"),
    [("directory", "a directory"), ("fifo", "a FIFO (named pipe)"), ("device", "a device")],
)
def test_a_directory_fifo_or_device_where_the_database_goes_is_named_and_left_alone(
    tmp_path: Path, kind: str, named: str
) -> None:
    # SQLite called each of these a "disk I/O error" or "unable to open database file".
    path = tmp_path / DB_NAME
    if kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(os.devnull)
    with pytest.raises(NoteStoreError) as raised:
        NoteStore(tmp_path)
    assert str(raised.value) == (
        f"{path} is {named}, not a regular file: move it aside, and scaletui starts a new "
        "notes database"
    )
    assert [p.name for p in tmp_path.iterdir()] == [DB_NAME]  # nothing made or moved aside
    arabic = said_in(raised.value, load_language("ar"))
    assert arabic.startswith(f"{path} هو ") and arabic.count("لا ملف عادي") == 1
    assert not any("a" <= c <= "z" for c in arabic.replace(str(path), "").replace("scaletui", ""))


def schema_4_database(path: Path) -> None:
    """A database as scaletui left it before files kept their encoding: a note, and
    an opened file (cp1256 or not, it could not say)."""
    old = sqlite3.connect(path)
    for step in MIGRATIONS[:4]:
        old.executescript(step)
    old.execute("PRAGMA user_version = 4")
    old.execute(
        "INSERT INTO notes (story_id, anchor_kind, anchor_paragraph, anchor_quote, body,"
        " created, updated, tags, uid) VALUES ('f', 'paragraph', 1, 'نص', 'على الملف',"
        " '2025-06-01T10:00:00+00:00', '2025-06-01T10:00:00+00:00', '[\"t\"]', ?)",
        ("ab" * 16,),
    )
    old.execute("INSERT INTO files VALUES ('f', 'fingerprint', '/archive/old.txt')")
    old.commit()
    old.close()


def test_a_schema_4_database_keeps_its_rows_and_files_gain_an_encoding(tmp_path: Path) -> None:
    schema_4_database(tmp_path / DB_NAME)
    store = NoteStore(tmp_path)
    [note] = store.notes("f")
    assert (note.body, note.tags, note.uid) == ("على الملف", ("t",), "ab" * 16)
    assert store.files() == [OpenedFile("f", "/archive/old.txt", None)]  # read as UTF-8
    store.remember_file("g", "print", "/archive/ar.txt", "cp1256")
    store.close()
    again = NoteStore(tmp_path)  # 5: the encoding a file was opened in, kept
    assert again.files() == [OpenedFile("g", "/archive/ar.txt", "cp1256"),
                             OpenedFile("f", "/archive/old.txt", None)]  # fmt: skip
    again.remember_file("g", "print", "/archive/ar.txt")  # opened again as UTF-8
    assert again.files()[0] == OpenedFile("g", "/archive/ar.txt", None)
    again.close()
    check = sqlite3.connect(tmp_path / DB_NAME)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    columns = [row[1] for row in check.execute("PRAGMA table_info(files)")]
    assert columns == ["story_id", "fingerprint", "path", "encoding"]
    check.close()


def test_a_schema_4_database_read_only_lists_its_files_without_an_encoding(
    tmp_path: Path,
) -> None:
    # Opened read-only it is not migrated: no encoding column, its files UTF-8.
    path = tmp_path / DB_NAME
    schema_4_database(path)
    connection = opening.open_read_only(path, bytes.decode)
    files = MovedFiles(database.Database(connection, read_only=Said(N_("read-only"))))
    assert files.opened() == [OpenedFile("f", "/archive/old.txt", None)]
    connection.close()


def test_a_newer_schema_is_refused_not_touched(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    newer = sqlite3.connect(path)
    newer.execute("PRAGMA user_version = 99")
    newer.commit()
    newer.close()
    with pytest.raises(NoteStoreError, match="newer scaletui"):
        NoteStore(tmp_path)
    assert path.exists() and not list(tmp_path.glob("*.corrupt-*"))


def test_a_corrupt_database_is_moved_aside_and_kept(tmp_path: Path) -> None:
    garbage = b"this is not a database, but it was someone's file\n" * 100
    (tmp_path / DB_NAME).write_bytes(garbage)
    store = NoteStore(tmp_path)
    assert store.moved_aside is not None
    assert store.moved_aside.read_bytes() == garbage  # kept, byte for byte
    assert store.moved_aside.name.startswith(f"{DB_NAME}.corrupt-")
    store.add("s", PARAGRAPH, "تبدأ من جديد")
    assert len(store.notes("s")) == 1
    store.close()


@pytest.mark.parametrize(
    "failure",
    ["database or disk is full", "disk I/O error", "attempt to write a readonly database"],
)
def test_a_full_disk_at_opening_leaves_the_notes_where_they_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    # Seen on a full tmpfs: switching to WAL failed, the healthy database was taken for
    # a damaged one and moved aside, and the new one failed too, with a traceback.
    store = NoteStore(tmp_path)
    store.add("s", PARAGRAPH, "محفوظة")
    store.close()
    kept = (tmp_path / DB_NAME).read_bytes()

    def fails(connection: sqlite3.Connection, path: Path) -> None:
        connection.close()
        raise sqlite3.OperationalError(failure)

    monkeypatch.setattr(opening, "check", fails)
    with pytest.raises(NoteStoreError):
        NoteStore(tmp_path)
    assert not list(tmp_path.glob("*.corrupt-*"))
    assert (tmp_path / DB_NAME).read_bytes() == kept
    monkeypatch.undo()
    reopened = NoteStore(tmp_path)
    assert [note.body for note in reopened.notes("s")] == ["محفوظة"]
    reopened.close()


def test_a_damaged_page_is_caught_too(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    for i in range(300):
        store.add("s", PARAGRAPH, f"note {i} " + "x" * 200)
    store.close()
    path = tmp_path / DB_NAME
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    reopened = NoteStore(tmp_path)
    assert reopened.moved_aside is not None and reopened.moved_aside.exists()
    reopened.close()


def test_a_locked_database_gives_a_clear_error_and_the_note_is_rescued(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)
    store = NoteStore(tmp_path)
    other = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a second scaletui in the middle of a write
    try:
        with pytest.raises(NoteStoreError, match="locked by another program"):
            store.add("s", PARAGRAPH, "لا تضيع")
        kept = RescuedNote("s", PARAGRAPH, "لا تضيع", ("t",), datetime(2026, 1, 2, tzinfo=UTC))
        rescued = store.rescue(kept)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert rescued == tmp_path / RECOVERY_NAME
    assert read_recovery(tmp_path) == [kept]
    assert store.add("s", PARAGRAPH, "after the lock").body == "after the lock"
    store.close()


def test_unwritable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(NoteStoreError, match="cannot create the data directory"):
        NoteStore(blocker / "data")


def test_data_dir_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCALETUI_DATA_DIR", str(tmp_path / "env"))
    assert default_data_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    assert default_data_dir() == tmp_path / "env"
    monkeypatch.delenv("SCALETUI_DATA_DIR")
    assert "scaletui" in str(default_data_dir())
    assert str(default_data_dir()).startswith(os.environ["XDG_DATA_HOME"])  # isolated


def test_parse_tags() -> None:
    assert parse_tags("#a, b  a #c") == ("a", "b a", "c")
    assert parse_tags("") == ()
    # The field says "comma separated": a space stays inside a tag, and the Arabic
    # comma and semicolons separate too ("Scale AI" was two tags, "مهم،" kept its comma).
    assert parse_tags("Scale AI, مهم، عاجل؛ AI;x") == ("Scale AI", "مهم", "عاجل", "AI", "x")
    assert parse_tags("مهم،") == ("مهم",)
    assert parse_tags("#ميتا #Scale AI") == ("ميتا", "Scale AI")


def test_the_filter_finds_every_word_in_any_order_as_search_compares(store: NoteStore) -> None:
    marked = store.add("s", PARAGRAPH, "ملاحظة عن Scale AI بنسبة 49% (مهم)", ("ذكاء",))
    other = store.add("s", PARAGRAPH, "وانغ يقود المختبر")

    def found(text: str) -> set[int]:
        return {note.id for note in store.notes("s", text)}

    assert found("مهم 49") == found("49 مهم") == {marked.id}  # words, not one phrase
    assert found("مهم 50") == set()  # every word must be there
    assert found("ذكاء scale") == {marked.id}  # a tag's word and the body's
    assert found("مُهِمّ") == {marked.id}  # harakat aside
    assert found("وانج") == {other.id}  # a spelling variant, as search finds it
    assert found("ميتا") == {marked.id, other.id}  # the quoted anchor's words
    assert found("  ") == {marked.id, other.id}


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from scaletui.notes import Anchor, NoteStore
    store = NoteStore(Path(sys.argv[1]))
    for i in range(int(sys.argv[3])):
        note = store.add("s", Anchor("paragraph", paragraph=1, quote="q"), f"{sys.argv[2]}-{i}")
        print(note.id, flush=True)
    """
)


def test_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    count = 150
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), name, str(count)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    results = [w.communicate(timeout=120) for w in writers]
    outputs = [out for out, _ in results]
    assert all(w.returncode == 0 for w in writers), [err for _, err in results]
    store = NoteStore(tmp_path)
    bodies = {n.body for n in store.notes("s")}
    store.close()
    assert bodies == {f"{name}-{i}" for name in ("a", "b") for i in range(count)}
    assert sum(len(o.split()) for o in outputs) == 2 * count


def test_a_writer_killed_mid_loop_keeps_every_committed_note(tmp_path: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path), "k", "100000"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    committed: list[int] = []
    assert writer.stdout is not None
    deadline = time.monotonic() + 60
    while len(committed) < 200 and time.monotonic() < deadline:
        committed.append(int(writer.stdout.readline()))
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=10)
    assert len(committed) >= 200
    store = NoteStore(tmp_path)
    assert store.moved_aside is None  # still a healthy database
    ids = {n.id for n in store.notes("s")}
    store.close()
    assert set(committed) <= ids


def test_a_damaged_database_gives_back_every_note_it_still_can(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    for index in range(400):
        store.add("s", PARAGRAPH, f"ملاحظة {index} " + "نص " * 60, ("وسم",))
    store.close()
    path = tmp_path / DB_NAME
    page = 4096
    data = bytearray(path.read_bytes())
    assert len(data) > 40 * page  # many pages: damage a few in the middle
    data[20 * page : 23 * page] = b"\xde\xad" * (3 * page // 2)
    path.write_bytes(bytes(data))

    reopened = NoteStore(tmp_path)
    assert reopened.moved_aside is not None and reopened.moved_aside.exists()
    kept = reopened.notes("s")
    assert 300 <= reopened.salvaged == len(kept) < 400  # most, not all: three pages are gone
    assert all(note.tags == ("وسم",) and note.body.startswith("ملاحظة") for note in kept)
    reopened.add("s", PARAGRAPH, "بعد الإصلاح")  # the new database takes new notes
    assert len(reopened.notes("s")) == len(kept) + 1


# -- Mutants the store once survived: each test names the one it kills -----------------------


def set_created(data_dir: Path, note_id: int, when: str) -> None:
    """Give a note another creation time, as an import or a salvage may."""
    raw = sqlite3.connect(data_dir / DB_NAME)
    raw.execute("UPDATE notes SET created = ?, updated = ? WHERE id = ?", (when, when, note_id))
    raw.commit()
    raw.close()


def test_the_notes_list_is_newest_first_by_creation_not_by_id(
    store: NoteStore, data_dir: Path
) -> None:
    """Kills: `ORDER BY created DESC` -> `ASC` (in either listing). Notes made in one
    second tie on `created` and fall back to the id, so the times must differ; and
    the newest is not the last id here, so `ORDER BY id DESC` alone fails too."""
    latest = store.add("s", PARAGRAPH, "made first, dated latest")
    earliest = store.add("s", PARAGRAPH, "dated earliest")
    middle = store.add("s", PARAGRAPH, "dated between")
    set_created(data_dir, latest.id, "2025-06-01T12:00:00+00:00")
    set_created(data_dir, earliest.id, "2025-06-01T10:00:00+00:00")
    set_created(data_dir, middle.id, "2025-06-01T11:00:00+00:00")
    expected = [latest.id, middle.id, earliest.id]
    assert [n.id for n in store.notes("s")] == expected
    assert [n.id for n in store.notes()] == expected


def test_an_edit_keeps_the_creation_time_and_sets_the_edit_time(
    store: NoteStore, data_dir: Path
) -> None:
    """Kills: the edit's `SET ... updated = ?` written as `created = ?` (every edited
    note would lose its creation time, silently). The note is made in the past, or
    both times would be this same second and the mutant would pass."""
    note = store.add("s", PARAGRAPH, "first words")
    set_created(data_dir, note.id, "2025-06-01T09:00:00+00:00")
    before = datetime.now(UTC).replace(microsecond=0)
    edited = store.update(note.id, "second words", ("t",))
    assert edited.created == datetime(2025, 6, 1, 9, tzinfo=UTC)
    assert edited.updated >= before
    assert store.get(note.id) == edited
    assert [n.created for n in store.notes("s")] == [edited.created]


def test_opening_waits_while_another_program_holds_the_lock_it_needs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kills: opening without `retry_while_locked` (or a retry that gives up at once).
    Switching a database to WAL fails at once, without SQLite's busy wait, while
    another connection holds a write lock (a second scaletui, an older one, the
    sqlite3 shell). The lock is let go when the store first waits: no timing."""
    path = tmp_path / DB_NAME
    other = sqlite3.connect(path, isolation_level=None)  # a rollback-journal database
    other.executescript(MIGRATIONS[0])
    other.execute("PRAGMA user_version = 1")
    other.execute("BEGIN IMMEDIATE")  # the other program is writing
    real_sleep = time.sleep
    waited: list[float] = []

    def sleep(seconds: float) -> None:
        waited.append(seconds)
        if len(waited) == 1:
            other.execute("COMMIT")  # it finishes while the store waits
        real_sleep(seconds)

    monkeypatch.setattr(database.time, "sleep", sleep)
    store = NoteStore(tmp_path)
    monkeypatch.undo()
    other.close()
    assert waited and store.add("s", PARAGRAPH, "بعد الانتظار").body == "بعد الانتظار"
    store.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    check.close()


# -- a WAL beside the database: applied when it is this database's --------------------------

CRASHER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from scaletui.notes import Anchor, NoteStore
    store = NoteStore(Path(sys.argv[1]))
    store.delete(int(sys.argv[2]))
    store.add("s", Anchor("paragraph", paragraph=1), "added before the crash")
    os.kill(os.getpid(), signal.SIGKILL)  # no checkpoint: the WAL holds both changes
    """
)


def test_the_wal_a_crash_leaves_is_applied_deletions_included(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    kept, deleted = (store.add("s", PARAGRAPH, body).id for body in ("kept", "deleted"))
    store.close()
    crashed = subprocess.run([sys.executable, "-c", CRASHER, str(tmp_path), str(deleted)])
    assert crashed.returncode == -signal.SIGKILL and (tmp_path / "notes.db-wal").stat().st_size
    again = NoteStore(tmp_path)
    assert again.foreign_wal is None and not list(tmp_path.glob("*.foreign-*"))
    assert sorted(n.body for n in again.notes("s")) == ["added before the crash", "kept"]
    assert kept in {n.id for n in again.notes("s")}
    again.close()


def test_the_wal_of_another_scaletui_with_the_database_open_is_left_to_it(
    tmp_path: Path,
) -> None:
    first = NoteStore(tmp_path)
    notes = [first.add("s", PARAGRAPH, f"note {i}") for i in range(5)]
    first.delete(notes[1].id)
    second = NoteStore(tmp_path)  # while the first is open, its WAL live
    assert second.foreign_wal is None and len(second.notes("s")) == 4
    second.add("s", PARAGRAPH, "from the second")
    first.delete(notes[2].id)
    third = NoteStore(tmp_path)
    assert third.foreign_wal is None and len(third.notes("s")) == 4
    for store in (first, second, third):
        store.close()
    assert not list(tmp_path.glob("*.foreign-*"))


def test_salvage_does_not_bring_back_deleted_notes(tmp_path: Path) -> None:
    """The page scan reads every record in the file's bytes: a deleted note's bytes
    are zeroed, so only the notes there were come back. (This machine's SQLite
    zeroes them by default; PRAGMA secure_delete makes it so where it does not.)"""
    store = NoteStore(tmp_path)
    made = [store.add("s", PARAGRAPH, f"note {index} " + "x" * 300) for index in range(60)]
    for note in made[:40]:  # whole pages freed, as well as cells within pages
        store.delete(note.id)
    for note in made[41::2]:
        store.delete(note.id)
    store.close()
    path = tmp_path / DB_NAME
    data = bytearray(path.read_bytes())
    data[0:100] = b"\xff" * 100  # SQLite reads nothing: the page scan does it all
    path.write_bytes(bytes(data))
    again = NoteStore(tmp_path)
    assert again.moved_aside is not None
    kept = [made[40], *made[42::2]]
    assert sorted(n.body for n in again.notes("s")) == sorted(n.body for n in kept)
    again.close()
