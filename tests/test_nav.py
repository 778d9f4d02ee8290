"""The navigation screens in the app (Pilot): the detail view, back and forward,
the contents, the reading place kept per story, the library and its search,
each at 80x24 and 120x40, with no unshaped Arabic on any of them."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from conftest import all_handled, palette_searched, until
from scaletui.app import AppOptions, ScaleTUIApp
from scaletui.i18n import load_language
from scaletui.notes import NoteStore
from scaletui.notes.positions import PositionMemory
from scaletui.screens.detail import ItemDetailScreen
from scaletui.screens.dialogs import NoteEditor
from scaletui.screens.explorer import ExplorerScreen
from scaletui.screens.library import LibraryScreen
from scaletui.screens.toc import TocScreen
from scaletui.story import Story, load_story, resolve_pack, story_from_text_file
from scaletui.story.toc import table_of_contents
from scaletui.widgets.chrome import toast_text

SIZES = [(80, 24), (120, 40)]
UNSHAPED = re.compile("[\u0621-\u063f\u0641-\u064a]+")
ARTICLE_FILE = "# تقرير عن وانغ\n\nتحدث ألكسندر وانغ عن ميتا.\n\n## قسم ثان\n\nنص آخر.\n"


def unshaped(app: ScaleTUIApp) -> list[str]:
    svg = app.export_screenshot()
    text = "".join(html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg))
    return sorted(set(UNSHAPED.findall(text)))


def screen_words(app: ScaleTUIApp) -> str:
    svg = app.export_screenshot()
    return "".join(html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg))


def explorer(app: ScaleTUIApp) -> ExplorerScreen:
    screen = app.screen
    assert isinstance(screen, ExplorerScreen)
    return screen


def first_event(story: Story, in_article: bool) -> int:
    """The event's row in the timeline (after its legend): how many times to press down."""
    return next(i for i, e in enumerate(story.events) if e.provenance.in_article == in_article)


@pytest.fixture
def opened_file(tmp_path: Path) -> Path:
    path = tmp_path / "report.md"
    path.write_text(ARTICLE_FILE, encoding="utf-8")
    return path


# -- the detail view ----------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
async def test_detail_of_an_article_event_then_enter_shows_its_evidence(story, size) -> None:
    app = ScaleTUIApp(story)
    downs = first_event(story, in_article=True)
    event = next(e for e in story.events if e.provenance.in_article)
    async with app.run_test(size=size) as pilot:
        await pilot.press("2", *["down"] * downs, "i")
        await pilot.pause()
        assert isinstance(app.screen, ItemDetailScreen)
        assert app.screen.detail.title == event.title_en
        assert unshaped(app) == []
        await pilot.press("enter")
        await pilot.pause()
        screen = explorer(app)
        assert screen.marks is not None and screen.marks.current == event.provenance.span
        assert screen.reader.cursor_paragraph == event.provenance.span.paragraph


@pytest.mark.parametrize("size", SIZES)
async def test_detail_of_a_person_lists_sayings_and_counts_and_n_adds_a_note(
    story, tmp_path, size
) -> None:
    app = ScaleTUIApp(story, store=NoteStore(tmp_path))
    person = story.people[0]
    async with app.run_test(size=size) as pilot:
        await pilot.press("3", "i")
        await pilot.pause()
        assert isinstance(app.screen, ItemDetailScreen)
        assert app.screen.detail.arabic == story.entity(person.entity).name_ar
        lines = [t for s in app.screen.detail.sections for ln in s.lines for t, _ in ln.parts]
        assert person.paraphrase_en in lines
        counts = [int(t.strip(" ()")) for t in lines if re.fullmatch(r"  \(\d+\)", t)]
        assert counts and sum(counts) >= 1  # the name is in the article
        assert unshaped(app) == []
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert str(app.screen.request.anchor.item) == f"person:{person.entity}"


async def test_a_cut_status_line_says_i_and_i_shows_the_whole_text(story) -> None:
    app = ScaleTUIApp(story)
    downs = first_event(story, in_article=False)
    event = next(e for e in story.events if not e.provenance.in_article)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", *["down"] * downs, "enter", "1")
        await pilot.pause()
        status = explorer(app).status
        assert status.cut and event.provenance.note in status.plain
        assert "i:more" in screen_words(app)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ItemDetailScreen)
        first = app.screen.detail.sections[0]
        assert "".join(t for t, _ in first.lines[0].parts) == status.plain
        assert app.screen.detail.ref is not None and app.screen.detail.ref.key == event.id


async def test_i_after_a_search_shows_the_story_not_the_item_opened_before(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3", "enter", "1")
        assert explorer(app).shown_item is not None
        await pilot.press("slash", *"wang", "enter", "i")
        await pilot.pause()
        assert isinstance(app.screen, ItemDetailScreen) and app.screen.detail.ref is None


async def test_i_in_the_article_with_nothing_opened_shows_the_story(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ItemDetailScreen)
        texts = [t for s in app.screen.detail.sections for ln in s.lines for t, _ in ln.parts]
        assert story.summary_en in texts
        await pilot.press("escape")
        assert isinstance(app.screen, ExplorerScreen)


# -- back and forward ------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
async def test_back_and_forward_over_an_item_jump_and_the_end_key(story, size) -> None:
    app = ScaleTUIApp(story)
    downs = first_event(story, in_article=True)
    async with app.run_test(size=size) as pilot:
        screen = explorer(app)
        start = screen.reader.place
        await pilot.press("2", *["down"] * downs, "enter")
        await pilot.pause()
        evidence = screen.reader.place
        assert evidence[0] != start[0]
        await pilot.press("1", "G")
        end = screen.reader.place
        assert end[0] == len(story.paragraphs) - 1
        await pilot.press("backspace")
        assert screen.reader.place == evidence
        await pilot.press("alt+left")
        assert screen.reader.place == start
        await pilot.press("left_parenthesis")  # nothing further back: stays, and says so
        assert screen.reader.place == start and "Nowhere" in screen.status.plain
        await pilot.press("right_parenthesis")
        assert screen.reader.place == evidence
        await pilot.press("alt+right")
        assert screen.reader.place == end


# -- contents --------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
async def test_contents_lists_the_headings_and_enter_jumps_back_comes_back(story, size) -> None:
    app = ScaleTUIApp(story)
    entries = table_of_contents(story.paragraphs)
    async with app.run_test(size=size) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TocScreen)
        assert unshaped(app) == []
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        screen = explorer(app)
        assert screen.reader.place == (entries[2].paragraph, 0)
        assert screen.reader.border_subtitle.startswith(
            f"¶ {entries[2].paragraph + 1}/{len(story.paragraphs)} · "
        )
        await pilot.press("backspace")
        assert screen.reader.cursor_paragraph == 0


async def test_the_palette_jumps_to_a_heading(story) -> None:
    app = ScaleTUIApp(story)
    heading = table_of_contents(story.paragraphs)[3]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p", *heading.text[:12])
        await palette_searched(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert explorer(app).reader.place == (heading.paragraph, 0)


# -- the reading place ---------------------------------------------------------------


async def test_the_reading_place_is_kept_and_restored_on_the_next_start(story, tmp_path) -> None:
    app = ScaleTUIApp(story, store=NoteStore(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("G")
        # Kept after the save delay, without quitting (a crash loses none).
        await until(pilot, lambda: PositionMemory(tmp_path).get(story.id) is not None)
        kept = PositionMemory(tmp_path).get(story.id)
        assert kept is not None and kept[0] == len(story.paragraphs) - 1
        await pilot.press("g", "q")  # quitting keeps the place it ends at
    assert PositionMemory(tmp_path).get(story.id) == (0, 0)
    PositionMemory(tmp_path).remember(story.id, (9, 0))
    again = ScaleTUIApp(story, store=NoteStore(tmp_path))
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert explorer(again).reader.place == (9, 0)
        assert explorer(again).reader.border_subtitle.startswith("¶ 10/")


# -- the library -----------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
async def test_library_lists_stories_and_opens_a_file_then_the_first_again(
    story, tmp_path, opened_file, size
) -> None:
    store = NoteStore(tmp_path / "data")
    other = story_from_text_file(opened_file)
    store.remember_file(other.id, other.fingerprint, str(opened_file))
    app = ScaleTUIApp(story, store=store)
    async with app.run_test(size=size) as pilot:
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert [e.story_id for e in app.screen.entries] == [story.id, other.id]
        assert unshaped(app) == []
        await pilot.press("down", "enter")
        await pilot.pause()
        assert explorer(app).story.id == other.id and app.story.id == other.id
        await pilot.press("L")
        await pilot.pause()
        await pilot.press("enter")  # the first story: back to it, not a third screen
        await pilot.pause()
        assert explorer(app).story.id == story.id
        assert len(app.screen_stack) == 1


async def test_a_pack_opened_by_its_path_stays_in_the_library(story, tmp_path) -> None:
    pack = tmp_path / "my pack"
    shutil.copytree(resolve_pack(None), pack)
    toml = pack / "story.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('id = "scale-ai-meta"', 'id = "my-pack"', 1),
        encoding="utf-8",
    )
    other = load_story(pack)
    expected = [("bundled", story.id, story.title), ("pack", "my-pack", other.title)]
    first = ScaleTUIApp(other, store=NoteStore(tmp_path / "data"))
    async with first.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(first.screen, LibraryScreen)
        assert [(e.kind, e.story_id, e.title) for e in first.screen.entries] == expected
        assert "story pack" in screen_words(first).replace("\xa0", " ")
    first.notes.store.close()
    # A later run, on the bundled story: the pack is still listed, and opens.
    later = ScaleTUIApp(story, store=NoteStore(tmp_path / "data"))
    async with later.run_test(size=(120, 40)) as pilot:
        await pilot.press("L")
        await pilot.pause()
        assert [(e.kind, e.story_id, e.title) for e in later.screen.entries] == expected
        await pilot.press("down", "enter")
        await pilot.pause()
        assert explorer(later).story.id == "my-pack"
    later.notes.store.close()


async def test_a_remembered_pack_that_broke_is_listed_and_says_why_it_cannot_open(
    story, tmp_path
) -> None:
    pack = tmp_path / "my pack"
    shutil.copytree(resolve_pack(None), pack)
    (pack / "story.toml").write_text("schema = 1\n[story\n", encoding="utf-8")
    store = NoteStore(tmp_path / "data")
    store.remember_file("my-pack", "", str(pack))
    app = ScaleTUIApp(story, store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("L")
        await pilot.pause()
        entries = app.screen.entries
        assert [(e.kind, e.title) for e in entries] == [
            ("bundled", story.title), ("pack", "my pack")
        ]  # fmt: skip
        await pilot.press("down", "enter")
        await pilot.pause()
        assert explorer(app).story.id == story.id  # still reading the first story
        (notice,) = [n for n in app._notifications if "story.toml" in n.message]  # noqa: SLF001
        assert notice.severity == "error"
    store.close()


async def test_a_remembered_file_that_broke_says_why_in_the_readers_language(
    story, tmp_path
) -> None:
    broken = tmp_path / "homes.txt"
    broken.write_bytes(b"\x00\x01\x02 binary now")
    store = NoteStore(tmp_path / "data")
    store.remember_file("homes", "", str(broken))
    arabic = load_language("ar")
    app = ScaleTUIApp(story, store=store, language=arabic)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("L")
        await pilot.pause()
        assert [e.kind for e in app.screen.entries] == ["bundled", "file"]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert explorer(app).story.id == story.id
        told = [n.message for n in app._notifications if n.severity == "error"]  # noqa: SLF001
    # It was English ("homes.txt: looks like a binary file ..."), and left to right.
    said = f"\u2068{broken}\u2069: يبدو ملفًا ثنائيًا (فيه بايتات NUL)، لا نصًا"
    assert told == [toast_text(app.engine, arabic, said, 120)]  # as the toast lays it out
    store.close()


@pytest.mark.parametrize("size", SIZES)
async def test_library_search_lists_hits_per_story_and_opens_one_at_its_hit(
    story, tmp_path, opened_file, size
) -> None:
    store = NoteStore(tmp_path / "data")
    other = story_from_text_file(opened_file)
    store.remember_file(other.id, other.fingerprint, str(opened_file))
    app = ScaleTUIApp(story, store=store)
    async with app.run_test(size=size) as pilot:
        await pilot.press("L", "slash", *"قسم", "enter")
        await until(pilot, lambda: getattr(app.screen, "found", None) is not None)  # a thread
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and screen.found is not None
        assert [f.entry.story_id for f in screen.found] == [other.id]  # only the file has it
        assert unshaped(app) == []
        await pilot.press("enter")  # the first hit
        await pilot.pause()
        await pilot.pause()
        opened = explorer(app)
        assert opened.story.id == other.id
        span = screen.found[0].hits[0].span
        assert opened.marks is not None and opened.marks.current == span
        assert opened.reader.cursor_paragraph == span.paragraph


async def test_scaletui_library_starts_in_the_library(story) -> None:
    app = ScaleTUIApp(story, options=AppOptions(start_in_library=True))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")  # back to the story underneath
        assert isinstance(app.screen, ExplorerScreen)


async def test_help_lists_the_navigation_keys(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        groups = dict(app.screen.groups)  # type: ignore[attr-defined]
        main = dict(groups["Main screen"])
        assert "Alt+← / Backspace / (" in main and "Alt+→ / Shift+Backspace / )" in main
        assert main["i"].startswith("The whole provenance") and "t" in main and "L" in main
        assert {"Detail view", "Contents", "Library"} <= groups.keys()
        assert "Back to where you were before the last jump" in screen_words(app).replace(
            "\xa0", " "
        )


# -- the command line -----------------------------------------------------------------


def test_scaletui_library_runs_the_app_in_the_library(monkeypatch, tmp_path) -> None:
    from scaletui import cli

    seen: list[bool] = []

    def run_app(args: object, story: object = None, start_in_library: bool = False) -> int:
        seen.append(start_in_library)
        return 0

    monkeypatch.setattr(cli, "run_app", run_app)
    assert cli.main(["library", "--data-dir", str(tmp_path)]) == 0
    assert seen == [True]


def test_scaletui_opens_the_one_bundled_story_and_the_library_when_there_are_several(
    monkeypatch, tmp_path
) -> None:
    from scaletui import cli

    args = cli.build_app_parser().parse_args(["--data-dir", str(tmp_path)])
    assert cli.bundled_story_ids() == ["scale-ai-meta"]
    assert cli.create_app(args).start_in_library is False
    monkeypatch.setattr(cli, "bundled_story_ids", lambda: ["a", "scale-ai-meta"])
    assert cli.create_app(args).start_in_library is True
    named = cli.build_app_parser().parse_args(["scale-ai-meta", "--data-dir", str(tmp_path)])
    assert cli.create_app(named).start_in_library is False  # a story named: that story


@pytest.mark.parametrize(
    ("opener", "answers"),
    [
        ("t", ("enter", "enter")),
        ("L", ("enter", "enter")),
        ("2", ("enter", "enter", "i", "n", "n")),
    ],
)
async def test_two_answers_typed_together_answer_once(story, opener: str, answers) -> None:
    """The contents and the library: two keys that both answer, typed with no pause,
    dismissed the screen twice, and the second popped the explorer (Textual
    refuses: the app crashed). The first answer stands and the explorer stays."""
    from textual import events

    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(opener)
        await pilot.pause()
        for key in answers:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await all_handled(pilot)
        assert isinstance(app.screen_stack[0], ExplorerScreen)
    assert app.return_code in (None, 0)
