"""A data directory that cannot be written (a read-only disk; another user's
directory): the notes are shown and exported, saving says why and rescues the
note, and nothing is taken for corruption or moved aside.

Root ignores file permissions, so the test makes the directory read-only the
way that binds root too: a small tmpfs, remounted read-only. Where mounting is
not allowed, it is skipped."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import explorer, until
from scaletui.app import ScaleTUIApp
from scaletui.i18n import load_language
from scaletui.notes import Anchor, NoteStore, NoteStoreError
from scaletui.notes.flow import EditRequest, NotesFlow
from scaletui.notes.model import NoteDraft
from scaletui.notes.store import RECOVERY_NAME
from scaletui.story import Story


def mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def read_only_tmpfs(folder: Path, fill: Callable[[Path], None]) -> Iterator[Path]:
    """`folder` as a small tmpfs, filled by `fill`, then remounted read-only."""
    folder.mkdir()
    if not mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)):
        pytest.skip("mounting a tmpfs is not allowed here (needs root)")
    try:
        fill(folder)
        assert mount("-o", "remount,ro", str(folder))
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.fixture
def read_only_data_dir(tmp_path: Path, story: Story) -> Iterator[Path]:
    def one_note(folder: Path) -> None:
        store = NoteStore(folder)
        store.add(story.id, Anchor("paragraph", paragraph=2), "ملاحظة محفوظة", ("قديم",))
        store.close()

    yield from read_only_tmpfs(tmp_path / "data", one_note)


@pytest.fixture
def empty_read_only_data_dir(tmp_path: Path) -> Iterator[Path]:
    """A data directory that exists but cannot be written, and holds no database yet."""
    yield from read_only_tmpfs(tmp_path / "data", lambda folder: None)


def test_notes_are_read_and_saves_are_rescued(
    read_only_data_dir: Path, story: Story, isolated_user_dirs: Path
) -> None:
    store = NoteStore(read_only_data_dir)
    assert store.read_only and store.moved_aside is None
    assert [note.body for note in store.notes(story.id)] == ["ملاحظة محفوظة"]
    flow = NotesFlow(story, lambda: store)
    request = flow.new_note(Anchor("paragraph", paragraph=3))
    assert isinstance(request, EditRequest)
    result = flow.save(request, NoteDraft("جديدة"))
    assert "read-only" in result.notice.text
    home_file = isolated_user_dirs / RECOVERY_NAME  # the data directory cannot take it
    assert str(home_file) in result.notice.text and "جديدة" in home_file.read_text("utf-8")
    target = isolated_user_dirs / "export.md"
    assert flow.export(target).severity == "information"
    assert "ملاحظة محفوظة" in target.read_text("utf-8")
    assert sorted(p.name for p in read_only_data_dir.iterdir()) == ["notes.db"]


async def test_the_app_shows_the_notes_and_says_they_are_read_only(
    read_only_data_dir: Path, story: Story
) -> None:
    app = ScaleTUIApp(story, lambda: NoteStore(read_only_data_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: any("read-only" in n.message for n in app._notifications))
        await pilot.press("6")
        await pilot.pause()
        assert len(explorer(app).panel("notes").items) == 1


def test_a_read_only_data_dir_with_no_database_yet_says_it_cannot_be_written(
    empty_read_only_data_dir: Path,
) -> None:
    # SQLite only said "unable to open database file".
    with pytest.raises(NoteStoreError) as raised:
        NoteStore(empty_read_only_data_dir)
    assert str(raised.value) == (
        f"cannot create the notes database: {empty_read_only_data_dir} cannot be written"
    )


async def test_the_app_says_why_notes_are_unavailable_in_the_readers_language(
    empty_read_only_data_dir: Path, story: Story
) -> None:
    app = ScaleTUIApp(
        story, lambda: NoteStore(empty_read_only_data_dir),
        language=load_language("ar"),
    )  # fmt: skip
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: bool(app.notes.problem))
    # The reason is Arabic too (it was SQLite's English), the folder named whole.
    assert app.notes.problem == (
        "الملاحظات غير متاحة: تعذّر إنشاء قاعدة بيانات الملاحظات: لا يمكن الكتابة في "
        f"\u2068{empty_read_only_data_dir}\u2069"
    )


def test_a_moved_file_on_a_read_only_data_dir_shows_its_notes_and_writes_nothing(
    tmp_path: Path,
) -> None:
    """Kills: adoption (or remembering the file) tried on a read-only database: the
    write failed, and the moved file's notes were not shown at all ("Notes: the
    notes database is read-only"). They are shown where they are filed."""
    from scaletui.story import story_from_text_file

    first = tmp_path / "a" / "article.txt"
    first.parent.mkdir()
    first.write_text("العنوان\n\nفقرة عن ميتا.\n", encoding="utf-8")
    before = story_from_text_file(first)

    def noted(folder: Path) -> None:
        store = NoteStore(folder)
        flow = NotesFlow(before, lambda: store)
        assert flow.reload() is None  # the file is remembered where it is
        store.add(before.id, Anchor("paragraph", paragraph=1), "ملاحظة على الملف")
        store.close()

    with contextmanager(read_only_tmpfs)(tmp_path / "data", noted) as data_dir:
        kept = (data_dir / "notes.db").read_bytes()
        moved = tmp_path / "b" / "renamed.txt"
        moved.parent.mkdir()
        first.rename(moved)
        after = story_from_text_file(moved)
        assert after.id != before.id
        store = NoteStore(data_dir)
        assert store.read_only
        flow = NotesFlow(after, lambda: store)
        assert flow.reload() is None
        assert [note.body for note in flow.notes] == ["ملاحظة على الملف"]
        assert store.notes(before.id)  # still filed where they were: nothing was written
        store.close()
        assert (data_dir / "notes.db").read_bytes() == kept
