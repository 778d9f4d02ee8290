"""`scaletui open` and `scaletui draft`: any text file, drafted packs, clear errors."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from conftest import explorer
from scaletui.app import ScaleTUIApp
from scaletui.cli import main
from scaletui.layout import LayoutEngine
from scaletui.story import DocumentError, Story, load_story, story_from_text_file
from scaletui.story.document import parse_markdown, parse_plain
from scaletui.widgets.article_view import ArticleView

ROOT = Path(__file__).parents[1]
SEED = ROOT / "seeds" / "000_77bd331cf6a7af78.txt"

MIXED_MD = """# تقرير: الذكاء الاصطناعي في الخليج

قالت شركة "أوبن إيه آي" (OpenAI) إن **الطلب** ارتفع بنسبة 40% في عام 2024،
وإن [التقرير](https://example.invalid) صدر أمس.

## English section

This paragraph is in English and mentions `Scale AI` and 2025.

- البند الأول: استثمار 3 مليار دولار
- Second item in English

> اقتباس من مقال سابق عن "ميتا" (Meta).

פסקה בעברית על בינה מלאכותית.

این یک پاراگراف فارسی است.
"""


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def unshape(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_markdown_blocks_and_inline_markup() -> None:
    paragraphs = parse_markdown(MIXED_MD)
    kinds = [p.kind for p in paragraphs]
    assert kinds == ["title", "body", "heading", "body", "item", "item", "quote", "body", "body"]
    assert paragraphs[1].text.startswith('قالت شركة "أوبن إيه آي" (OpenAI) إن الطلب ارتفع')
    assert "التقرير صدر أمس" in paragraphs[1].text  # link text kept, address dropped
    assert paragraphs[3].text == "This paragraph is in English and mentions Scale AI and 2025."
    assert paragraphs[4].text == "• البند الأول: استثمار 3 مليار دولار"
    assert paragraphs[6].text == 'اقتباس من مقال سابق عن "ميتا" (Meta).'


def test_each_paragraph_gets_its_own_direction() -> None:
    engine = LayoutEngine()
    directions = [engine.layout(p.text, 60).direction for p in parse_markdown(MIXED_MD)]
    assert directions == ["rtl", "rtl", "ltr", "ltr", "rtl", "ltr", "rtl", "rtl", "rtl"]
    english = engine.layout(parse_markdown(MIXED_MD)[3].text, 80).lines[0].text
    assert english.startswith("This paragraph")  # left-aligned, in order
    hebrew = engine.layout("פסקה בעברית על בינה מלאכותית.", 40).lines[0].text
    assert hebrew.rstrip().endswith("הקספ")  # right-aligned, reversed into visual order


def test_plain_text_lines_are_paragraphs_and_hard_wrap_is_joined() -> None:
    seed = parse_plain(SEED.read_text(encoding="utf-8"))
    assert seed[0].kind == "title" and len(seed) == 23
    wrapped = "\n".join(["Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do"] * 4)
    paragraphs = parse_plain(wrapped + "\n\n" + wrapped + "\n")
    assert len(paragraphs) == 2 and paragraphs[0].text.count("Lorem") == 4


def test_open_a_file_story(tmp_path: Path) -> None:
    path = write(tmp_path, "report.md", MIXED_MD)
    story = story_from_text_file(path)
    assert story.draft and story.id.startswith("file-report-")
    assert story.title == "تقرير: الذكاء الاصطناعي في الخليج"
    assert story.id == story_from_text_file(path).id  # stable for the same file
    write(tmp_path, "report.md", MIXED_MD + "\nمزيد\n")
    assert story_from_text_file(path).id == story.id  # an edit keeps the file's notes
    write(tmp_path, "other.md", MIXED_MD)
    assert story_from_text_file(tmp_path / "other.md").id != story.id  # another file


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bad.txt", "نص صحيح".encode() + b"\xff\xfe" + "بقية".encode(),
         "bad.txt: not valid UTF-8 at byte 13"),
        ("empty.txt", b"", "empty.txt: the file is empty"),
        ("blank.txt", b"  \n\n ", "blank.txt: the file is empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
         "image.png: looks like a binary file"),
    ],
)  # fmt: skip
def test_bad_files_get_one_clear_line(tmp_path: Path, name: str, data: bytes, message: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = write(tmp_path, name, data)
    with pytest.raises(DocumentError) as caught:
        story_from_text_file(path)
    assert message in str(caught.value)
    assert main(["open", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_cp1256_gets_a_hint_then_opens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "أعلنت شركة ميتا عن استثمار جديد في الذكاء الاصطناعي.\n"
    path = write(tmp_path, "old.txt", text.encode("cp1256"))
    assert main(["open", str(path)]) == 1
    err = capsys.readouterr().err
    assert "not valid UTF-8 at byte 0" in err and "--encoding cp1256" in err
    story = story_from_text_file(path, encoding="cp1256")
    assert story.paragraphs[0].text == text.strip()
    assert main(["print", "--width", "60", "--encoding", "cp1256", str(path)]) == 0
    out = capsys.readouterr().out
    assert unshape(out.split()[-1][::-1]) == "أعلنت"


def test_a_text_file_given_as_the_story_opens_as_open_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import scaletui.cli

    opened: list[str] = []

    def run_app(args: object, story: Story | None = None, stream: object = None) -> int:
        assert story is not None
        opened.append(story.title)
        return 0

    monkeypatch.setattr(scaletui.cli, "run_app", run_app)
    assert main([str(write(tmp_path, "report.md", MIXED_MD))]) == 0
    assert opened == ["تقرير: الذكاء الاصطناعي في الخليج"]
    bad = write(tmp_path, "bad.txt", "نص".encode() + b"\xff")
    assert main([str(bad)]) == 1  # said as `open` says it (it was "not a story pack directory")
    err = capsys.readouterr().err
    assert "bad.txt: not valid UTF-8" in err and len(err.strip().splitlines()) == 1


def test_missing_path_and_unknown_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["open", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    path = write(tmp_path, "a.txt", "نص")
    assert main(["open", str(path), "--encoding", "klingon"]) == 1
    assert "unknown encoding 'klingon'" in capsys.readouterr().err


def test_open_a_directory_pack(tmp_path: Path) -> None:
    from scaletui.cli import load_any

    story = load_any(str(ROOT / "content" / "scale-ai-meta"))
    assert story.id == "scale-ai-meta" and not story.draft


# --- draft --------------------------------------------------------------------------


def test_draft_on_the_seed_finds_names_and_numbers() -> None:
    story = story_from_text_file(SEED)
    names = {e.name_en: e for e in story.entities.values()}
    for name in ("Scale AI", "OpenAI", "DeepSeek", "Llama 4", "LM Arena"):
        assert name in names
    assert names["Scale AI"].name_ar == "سكيل إيه آي"
    assert names["LM Arena"].name_ar == "إل إم أرينا"
    # Names the article quotes without a Latin gloss are drafted too; quoted sentences are not.
    arabic = {e.name_ar for e in story.entities.values()}
    assert {"ميتا", "غوغل", "واتساب", "إنستغرام"} <= arabic
    assert all(len(name.split()) <= 3 for name in arabic)
    assert not any(name.startswith("البيانات هدف") for name in arabic)
    article = "\n".join(p.text for p in story.paragraphs)
    figures = {(n.value, n.unit): n for n in story.numbers}
    for key, written in [
        ((15e9, "USD"), "15 مليار"), ((49.0, "percent"), "49%"), ((19e9, "USD"), "19 مليار"),
        ((4.3, "percent"), "4.3%"), ((2024.0, "year"), "2024"),
    ]:  # fmt: skip
        evidence = figures[key].provenance.evidence
        assert evidence is not None and written in evidence and evidence in article


def test_draft_command_writes_a_pack_that_validates_and_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pack"
    assert main(["draft", str(SEED), "-o", str(out)]) == 0
    assert "it validates" in capsys.readouterr().out
    assert main(["validate", str(out)]) == 0
    pack = load_story(out)
    assert {"Scale AI", "OpenAI", "DeepSeek"} <= {e.name_en for e in pack.entities.values()}
    assert main(["draft", str(SEED), "-o", str(out)]) == 2  # not over an existing pack
    assert "not empty; use --force" in capsys.readouterr().err
    assert main(["draft", str(SEED), "-o", str(out), "--force"]) == 0


async def test_a_drafted_file_opens_with_its_items_marked(tmp_path: Path) -> None:
    story = story_from_text_file(write(tmp_path, "report.md", MIXED_MD))
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("3")
        people = explorer(app).panel("people")
        assert "entity:openai" in people.items
        assert "✱" in str(people.items["legend:draft"].lines[0][0])
        people.select_item("entity:openai")
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        shown = {story.paragraphs[s.paragraph].text[s.start : s.end] for s in view.highlights}
        assert shown == {"أوبن إيه آي", "OpenAI"}


def test_notes_on_an_opened_file_survive_an_edit_of_the_file(tmp_path: Path) -> None:
    from scaletui.notes import Anchor, NoteStore
    from scaletui.notes.anchoring import locate_paragraph
    from scaletui.notes.flow import NotesFlow
    from scaletui.story import story_from_text_file

    path = tmp_path / "article.txt"
    path.write_text("العنوان\n\nفقرة أولى عن ميتا.\n\nفقرة ثانية عن وانغ.\n", encoding="utf-8")
    before = story_from_text_file(path)
    store = NoteStore(tmp_path / "data")
    second = before.paragraphs[2]
    store.add(before.id, Anchor("paragraph", paragraph=2, quote=second.text), "على الفقرة الثانية")
    # One byte more, and a paragraph added above the noted one.
    path.write_text("العنوان!\n\nفقرة جديدة.\n\nفقرة أولى عن ميتا.\n\nفقرة ثانية عن وانغ.\n",
                    encoding="utf-8")  # fmt: skip
    after = story_from_text_file(path)
    assert after.id == before.id  # the same file, whatever its text
    flow = NotesFlow(after, lambda: store)
    assert flow.reload() is None
    [note] = flow.notes
    assert after.paragraphs[locate_paragraph(after, note.anchor) or 0].text == second.text


def test_notes_filed_under_a_files_old_content_id_move_to_it(tmp_path: Path) -> None:
    from scaletui.notes import Anchor, NoteStore
    from scaletui.notes.flow import NotesFlow
    from scaletui.story import story_from_text_file
    from scaletui.story.document import legacy_document_id

    path = tmp_path / "article.txt"
    text = "العنوان\n\nفقرة.\n"
    path.write_text(text, encoding="utf-8")
    store = NoteStore(tmp_path / "data")
    old_id = legacy_document_id(path, text)
    store.add(old_id, Anchor("paragraph", paragraph=1), "من نسخة سابقة")
    story = story_from_text_file(path)
    assert story.id != old_id and old_id in story.former_ids
    flow = NotesFlow(story, lambda: store)
    flow.reload()
    assert [note.body for note in flow.notes] == ["من نسخة سابقة"]
    assert store.notes(old_id) == []


def test_a_moved_file_finds_its_notes_and_a_copy_does_not_take_them(tmp_path: Path) -> None:
    from scaletui.notes import Anchor, NoteStore
    from scaletui.notes.flow import NotesFlow
    from scaletui.story import story_from_text_file

    store = NoteStore(tmp_path / "data")
    first = tmp_path / "a" / "article.txt"
    first.parent.mkdir()
    first.write_text("العنوان\n\nفقرة عن ميتا.\n", encoding="utf-8")
    story = story_from_text_file(first)
    flow = NotesFlow(story, lambda: store)
    flow.reload()  # opening the file records where it is and what it holds
    store.add(story.id, Anchor("paragraph", paragraph=1), "ملاحظة على الملف")
    copy = tmp_path / "copy.txt"
    copy.write_bytes(first.read_bytes())
    copied = NotesFlow(story_from_text_file(copy), lambda: store)
    copied.reload()
    assert copied.notes == []  # the original is still there: its notes stay with it
    moved = tmp_path / "b" / "renamed.txt"
    moved.parent.mkdir()
    first.rename(moved)
    after = NotesFlow(story_from_text_file(moved), lambda: store)
    after.reload()
    assert [note.body for note in after.notes] == ["ملاحظة على الملف"]
