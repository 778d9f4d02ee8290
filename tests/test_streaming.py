"""A big file opens at once and is read while it is shown: correctness, not timings.

The first screen comes before the whole file is read; keys work while the rest
is read and folded; End and a search that come early wait for the end; a file
cut short or changed while it is read does not crash; notes on a big file still
find their paragraphs. Timings are the benchmark's (bench/bench.py).
"""

from __future__ import annotations

import asyncio
import re
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual import events

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from scaletui.app import ScaleTUIApp  # noqa: E402
from scaletui.i18n import load_language  # noqa: E402
from scaletui.notes import NoteStore  # noqa: E402
from scaletui.notes.model import Anchor  # noqa: E402
from scaletui.story import Story, story_from_text_file  # noqa: E402
from scaletui.story.document import parse_markdown  # noqa: E402
from scaletui.story.stream import HEAD_BYTES, StreamedDocument  # noqa: E402
from scaletui.widgets.article_view import ArticleView  # noqa: E402
from scaletui.widgets.chrome import toast_text  # noqa: E402
from varied import LAST_WORDS, TITLE, build  # noqa: E402


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stream") / "book.md"
    build(path, 1_000_000)  # 15 times the head: read, folded and drafted in steps
    return path


async def wait_loaded(app: ScaleTUIApp, timeout: float = 180.0) -> None:
    start = time.monotonic()
    while app.screen.indexing:  # type: ignore[attr-defined]
        assert time.monotonic() - start < timeout, "indexing never finished"
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.05)


def test_the_head_is_shown_before_the_rest_is_read(book: Path) -> None:
    stream = StreamedDocument(book)
    assert not stream.read_done and not stream.complete
    assert stream.read_bytes <= HEAD_BYTES < book.stat().st_size // 10
    head = list(stream.paragraphs)
    assert head and head[0].text == TITLE and head[0].kind == "title"
    whole = parse_markdown(book.read_text(encoding="utf-8"))
    assert len(head) < len(whole) // 10
    assert head == whole[: len(head)]  # the head's paragraphs are final
    story = stream.finish()
    assert list(story.paragraphs) == whole  # read in chunks, split as if at once
    assert story.paragraphs[-1].text == LAST_WORDS
    assert story.fingerprint and story.entities and story.numbers  # drafted at the end
    assert story == story_from_text_file(book)


def test_a_file_cut_short_while_read_ends_early(book: Path, tmp_path: Path) -> None:
    path = tmp_path / "book.md"
    shutil.copy(book, path)
    stream = StreamedDocument(path)
    cut = path.read_bytes().index(b"\n", HEAD_BYTES * 3) + 1  # at a line's end
    with open(path, "r+b") as file:
        file.truncate(cut)
    story = stream.finish()
    assert stream.problem == ""  # a shorter file, read to its (new) end
    assert 0 < len(story.paragraphs) < len(parse_markdown(book.read_text(encoding="utf-8")))


def test_plain_lines_without_blank_lines_show_before_the_rest_is_read(tmp_path: Path) -> None:
    # Each line is a paragraph, but they were held until a blank line: with none, the
    # whole file was read (and every paragraph made) before the first screen.
    path = tmp_path / "lines.txt"
    path.write_text("".join(f"سطر رقم {i} من الكتاب\n" for i in range(50_000)), "utf-8")
    stream = StreamedDocument(path)
    assert not stream.read_done and stream.read_bytes <= HEAD_BYTES
    assert stream.paragraphs[0].text == "سطر رقم 0 من الكتاب"
    story = stream.finish()
    assert len(story.paragraphs) == 50_000 and story.paragraphs[-1].text.startswith("سطر رقم 49999")


def test_a_file_changed_while_read_says_so(book: Path, tmp_path: Path) -> None:
    path = tmp_path / "book.md"
    shutil.copy(book, path)
    stream = StreamedDocument(path)
    with open(path, "r+b") as file:
        file.seek(HEAD_BYTES * 4)
        file.write(b"\xff\xfe" * 50)  # no longer UTF-8 there
    story = stream.finish()
    assert "not valid UTF-8 at byte" in str(stream.problem)
    assert story.paragraphs  # what came before it is kept
    with pytest.raises(Exception, match="not valid UTF-8"):
        StreamedDocument(path).read_all()  # `print`, `export`: all or an error


async def test_a_file_changed_while_read_is_told_in_the_readers_language(
    book: Path, tmp_path: Path
) -> None:
    path = tmp_path / "book.md"
    shutil.copy(book, path)
    stream = StreamedDocument(path)
    at = HEAD_BYTES * 4
    with open(path, "r+b") as file:
        file.seek(at)
        file.write(b"\xff\xfe" * 50)
    arabic = load_language("ar")
    app = ScaleTUIApp(stream.story, stream=stream, language=arabic)
    async with app.run_test(size=(100, 30)):
        await wait_loaded(app)
        told = [n.message for n in app._notifications if n.severity == "error"]  # noqa: SLF001
    # It said "/…/book.md: not valid UTF-8 at byte ...; showing what was read before it".
    found = re.search(r"at byte (\d+)", str(stream.problem))
    assert found and at - 4 < int(found[1]) <= at  # (where the character written over began)
    said = f"\u2068{path}\u2069: ليس UTF-8 صالحًا عند البايت {found[1]}؛ يُعرض ما قُرئ قبله"
    assert told == [toast_text(app.engine, arabic, said, 100)]  # as the toast lays it out


def test_the_reading_position_counts_only_the_paragraphs_that_arrived() -> None:
    # It counted the whole book again on every arrival, four times a second while a
    # book was read and drafted: a 20 MB book's keys waited 100 ms for it each time.
    from scaletui.layout import LayoutEngine
    from scaletui.story.model import Paragraph
    from scaletui.story.paragraphs import ParagraphBuffer
    from scaletui.widgets.reading_view import ReadingView

    looked_at = []

    class Watched(ParagraphBuffer):
        def __getitem__(self, index: int | slice) -> Any:
            got = super().__getitem__(index)
            looked_at.extend(got if isinstance(got, list) else [got])
            return got

        def __iter__(self) -> Iterator[Paragraph]:
            for paragraph in super().__iter__():
                looked_at.append(paragraph)
                yield paragraph

    book = Watched()
    for n in range(1000):
        book.append("body", f"فقرة رقم {n}")
    view = ReadingView(LayoutEngine(), book)
    looked_at.clear()
    for n in range(500):
        book.append("body", f"فقرة جديدة {n}")
    view.paragraphs_added()
    assert view.progress.count == 1500 and view.progress.total == sum(
        len(text) + 1 for text in book.texts
    )
    # The cursor's at most: the new ones are counted from their texts (a Paragraph made
    # for each of a step's tens of thousands of short lines held keys 200 ms).
    assert len(looked_at) <= 5
    looked_at.clear()
    view.paragraphs_added()  # nothing new: the cursor's paragraph at most
    assert len(looked_at) <= 5


async def test_keys_answer_while_indexing_and_it_completes(book: Path) -> None:
    stream = StreamedDocument(book)
    app = ScaleTUIApp(stream.story, stream=stream)
    async with app.run_test(size=(100, 30)):
        view = app.screen.query_one(ArticleView)
        await asyncio.sleep(0.05)
        assert app.screen.indexing  # type: ignore[attr-defined]
        moved = 0
        for _ in range(5):  # keys sent as the terminal driver sends them, mid-indexing
            before = view.cursor_row
            app._driver.send_message(events.Key("down", None))  # type: ignore[union-attr]
            start = time.monotonic()
            while view.cursor_row == before and time.monotonic() - start < 30:
                await asyncio.sleep(0)
            moved += view.cursor_row == before + 1
        assert moved == 5
        assert app.screen.indexing  # type: ignore[attr-defined]
        await wait_loaded(app)
        assert len(view.paragraphs) == len(parse_markdown(book.read_text(encoding="utf-8")))
        assert app.story.entities and app.story.fingerprint  # the drafted story is adopted
        assert "Indexing" not in app.screen.query_one("#status").plain  # type: ignore[attr-defined]


async def test_a_book_read_in_full_is_frozen_until_another_story_opens(
    book: Path, story: Story
) -> None:
    # The collector walks every tracked object it holds on its passes; a read book's
    # paragraphs, index and items stay as long as its screen, so they are frozen out
    # of its reach, and given back when the reader opens another story.
    import gc

    stream = StreamedDocument(book)
    app = ScaleTUIApp(stream.story, stream=stream)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        gc.unfreeze()  # what the first frame froze: the book is not in it yet
        await wait_loaded(app)
        assert gc.get_freeze_count() > 0
        app.stories.open(story)
        # At once: the new story's own index, folded half a second later, freezes what
        # it holds in turn (a busy machine can reach that within the next pause).
        assert gc.get_freeze_count() == 0
        await pilot.pause()


async def test_indexing_stops_quietly_when_the_app_closes_around_it(book: Path) -> None:
    # Closing, Textual removes the screen's widgets before it cancels the screen's
    # workers: a slice that resumed in between found no article (NoMatches, a
    # traceback at exit; seen in CI). The work stops there instead.
    stream = StreamedDocument(book)
    app = ScaleTUIApp(stream.story, stream=stream)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.indexing  # type: ignore[attr-defined]
        article = screen.query_one(ArticleView)
        article.display = False  # not painted while it goes
        await pilot.pause()
        await article.remove()
        await asyncio.wait_for(screen.indexer.run(), 10)  # type: ignore[attr-defined]
        assert screen.indexing  # type: ignore[attr-defined]  # it stopped, unfinished
        app.exit()


async def send(app: ScaleTUIApp, *keys: str) -> None:
    """Keys as the terminal driver sends them (the pilot would wait for the CPU to idle)."""
    for key in keys:
        char = key if len(key) == 1 else {"slash": "/", "space": " "}.get(key)
        app._driver.send_message(events.Key(key, char))  # type: ignore[union-attr]
        await asyncio.sleep(0.01)


async def test_end_and_search_before_indexing_wait_for_it(book: Path) -> None:
    stream = StreamedDocument(book)
    app = ScaleTUIApp(stream.story, stream=stream)
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.screen.query_one(ArticleView)
        await send(app, "end")
        start = time.monotonic()  # handled when the app gets to it: a busy machine is slow
        while not view.end_wanted:
            assert time.monotonic() - start < 60, "End was never handled"
            await asyncio.sleep(0.005)
        assert app.screen.indexing  # type: ignore[attr-defined]
        await send(app, "slash")
        # The bar mounts on its first use: a key sent before it has focus goes to the
        # article (a query typed at once loses its first letter; found by the search work).
        start = time.monotonic()  # (a busy machine may take seconds: 60 s bound a failure)
        while app.focused is None or app.focused.id != "search-input":
            assert time.monotonic() - start < 60, "the search bar never took the focus"
            await asyncio.sleep(0.005)
        await send(app, *"الفصل 3:", "enter")
        await asyncio.sleep(0.05)
        assert app.screen.indexing  # type: ignore[attr-defined]
        assert "Indexing" in app.screen.query_one("#status").plain  # type: ignore[attr-defined]
        await wait_loaded(app)
        hits = view.highlights
        assert hits and all(
            view.paragraphs[h.paragraph].text[h.start : h.end] == "الفصل 3:" for h in hits
        )
        # The search's hit is revealed; End before it moved the cursor to the end first.
        await pilot.press("end")
        await pilot.pause()
        assert view.cursor_paragraph == len(view.paragraphs) - 1
        assert view.paragraphs[-1].text == LAST_WORDS


async def test_notes_on_a_big_file_find_their_paragraphs(book: Path, tmp_path: Path) -> None:
    story = story_from_text_file(book)
    far = len(story.paragraphs) - 3  # far past the head
    store = NoteStore(tmp_path / "data")
    quote = story.paragraphs[far].text
    store.add(story.id, Anchor("paragraph", paragraph=far, quote=quote), "near the end")
    stream = StreamedDocument(book)
    app = ScaleTUIApp(stream.story, store=store, stream=stream)
    async with app.run_test(size=(100, 30)):
        await wait_loaded(app)
        view = app.screen.query_one(ArticleView)
        assert far in view.noted_paragraphs
        assert len(app.screen.notes.notes) == 1  # type: ignore[attr-defined]
    store.close()


async def test_a_kept_place_past_the_head_is_reached_when_the_book_arrives(
    book: Path, tmp_path: Path
) -> None:
    from scaletui.notes.positions import PositionMemory
    from scaletui.widgets.reading_view import ReadingView

    stream = StreamedDocument(book)
    head = len(stream.paragraphs)
    store = NoteStore(tmp_path)
    PositionMemory(tmp_path).remember(stream.story.id, (head + 500, 0))
    app = ScaleTUIApp(stream.story, store=store, stream=stream)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        reader = app.screen.query_one(ReadingView)
        await wait_loaded(app)
        await pilot.pause()
        assert reader.progress.count == len(reader.paragraphs) > head  # N counts the whole book
        assert reader.place == (head + 500, 0)
        assert str(reader.border_subtitle).startswith(f"¶ {head + 501}/{len(reader.paragraphs)} · ")


def failing_drafter(paragraphs: object, published: str = "") -> Iterator[None]:
    """The drafter with a fault: an IndexError after a step (02aa608 fixed one such)."""
    yield
    raise IndexError("list index out of range")


@pytest.fixture
def drafter_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("scaletui.story.stream.draft_steps", failing_drafter)


@pytest.mark.usefixtures("drafter_fault")
def test_a_fault_in_the_drafter_leaves_the_text_readable_and_is_said_in_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from scaletui.cli import main
    from scaletui.i18n import ENGLISH, say
    from scaletui.story import DocumentError

    path = tmp_path / "article.txt"
    path.write_text("عنوان الخبر\n\nقال أحمد العمري إن الخدمة جديدة.\n", encoding="utf-8")
    stream = StreamedDocument(path)  # a short text: drafted at once (it raised from here)
    assert stream.complete and not stream.story.entities
    assert [p.text for p in stream.story.paragraphs][-1] == "قال أحمد العمري إن الخدمة جديدة."
    said = say(stream.draft_problem, ENGLISH)
    assert "could not be drafted (IndexError: list index out of range)" in said
    with pytest.raises(DocumentError):
        story_from_text_file(path)
    assert main(["draft", str(path), "-o", str(tmp_path / "pack")]) == 1
    err = capsys.readouterr().err
    assert "could not be drafted" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "pack").exists()


@pytest.mark.usefixtures("drafter_fault")
async def test_a_fault_in_the_drafter_of_a_book_is_told_and_its_text_shown(book: Path) -> None:
    stream = StreamedDocument(book, child_bytes=None)  # drafted in the app's steps
    app = ScaleTUIApp(stream.story, stream=stream)
    async with app.run_test(size=(100, 30), notifications=True):
        await wait_loaded(app)  # (indexing never ended)
        told = [n.message for n in app._notifications if n.severity == "error"]  # noqa: SLF001
        assert len(told) == 1 and "could not be drafted" in told[0].replace("\n", " ")
        view = app.screen.query_one(ArticleView)
        assert len(view.paragraphs) == len(parse_markdown(book.read_text(encoding="utf-8")))
