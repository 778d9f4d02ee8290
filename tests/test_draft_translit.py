"""English names the drafter makes for Arabic names the text gives in no Latin form:
a person's name spelt as news spells its words (a table of name words, else letter by
letter), a body's left empty unless every word is a name word; the entity records which
(`name_en_from`), a drafted pack keeps it, and every view says a transliteration is one.
Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaletui.app import ScaleTUIApp
from scaletui.cli import main
from scaletui.explore.detail import item_detail
from scaletui.explore.rows import people_items
from scaletui.i18n import load_language
from scaletui.screens.detail import ItemDetailScreen
from scaletui.story import Paragraph, load_story, story_from_text_file
from scaletui.story.cache import load_story_cached
from scaletui.story.draft import draft_items
from scaletui.story.draft.translit import SPELLINGS_FILE, display_latin
from scaletui.story.items import ItemRef, item_title, palette_entries
from scaletui.story.model import NAME_EN_NONE, NAME_EN_TRANSLITERATED, Entity, Story
from scaletui.story.packs import PackError
from test_arabic_interface import screen_text

# A person with a role and a body with no Latin name, as Gulf news writes them.
TEXT = (
    "وقال أحمد العمري، مدير إدارة تقنية المعلومات في هيئة الطرق بدبي، إن الهيئة أطلقت "
    "خدمات جديدة بحضور سمو الشيخ حمدان بن محمد بن راشد آل مكتوم."
)


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("أحمد العمري", "Ahmed al-Amri"),  # a family name with the article
        ("محمد بن راشد آل مكتوم", "Mohammed bin Rashid Al Maktoum"),
        ("عبد الرحمن بن سعيد", "Abdulrahman bin Saeed"),  # عبد and a divine name, apart
        ("عبدالعزيز", "Abdulaziz"),  # and joined
        ("عبد الله", "Abdullah"),
        ("نوره", "Noura"),  # ة written ه
        ("إبراهيم أبو بكر", "Ibrahim Abu Bakr"),
        ("أحمد عطا الله", "Ahmed Atallah"),  # a name and الله
        ("صلاح الدين", "Salah al-Din"),
        ("سامي القمزي", "Sami al-Qmzi"),  # a word the table lacks: letter by letter
        ("عبد القمزي", "Abd al-Qmzi"),
        ("فهد الطنطاوي", "Fahad al-Tntawi"),  # the nisba's waw a consonant
    ],
)
def test_a_person_s_name_is_spelt_as_news_spells_its_words(arabic: str, latin: str) -> None:
    assert display_latin(arabic) == latin


def test_a_name_with_a_word_the_table_lacks_has_no_spelling_of_known_words_only() -> None:
    assert display_latin("آل مكتوم", known_only=True) == "Al Maktoum"
    assert display_latin("هيئة الطرق بدبي", known_only=True) == ""
    assert display_latin("هيئة الطرق بدبي") != ""  # a person's would be romanised


def test_the_spellings_table_is_well_formed() -> None:
    """One Arabic word (or عبد compound), a capitalised Latin spelling, "divine" or nothing
    after; no word spelt two ways."""
    seen: dict[tuple[str, bool], str] = {}
    rows = 0
    for line in SPELLINGS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows += 1
        arabic, latin, *use = line.split("\t")
        assert use in ([], ["divine"]), line
        assert arabic and all("\u0621" <= c <= "\u064a" for c in arabic), line
        assert latin[:1].isupper() and all(c.isalpha() or c in "-' " for c in latin), line
        key = (arabic, bool(use))
        assert seen.setdefault(key, latin) == latin, line
    assert rows >= 300


def drafted(*texts: str) -> dict[str, Entity]:
    story = draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)])
    return {e.name_ar: e for e in story.entities}


def test_a_person_is_transliterated_and_a_body_of_common_nouns_gets_no_english_name() -> None:
    entities = drafted(TEXT, "وأعلنت شركة Careem عن خدمة جديدة.")
    person = entities["أحمد العمري"]
    assert (person.name_en, person.name_en_from) == ("Ahmed al-Amri", NAME_EN_TRANSLITERATED)
    assert person.transliterated and "transliteration" not in person.role
    ruler = entities["حمدان بن محمد بن راشد آل مكتوم"]
    assert ruler.name_en == "Hamdan bin Mohammed bin Rashid Al Maktoum"
    body = next(e for name, e in entities.items() if name.startswith("هيئة الطرق"))
    assert (body.name_en, body.name_en_from, body.english) == ("", NAME_EN_NONE, body.name_ar)
    latin = next(e for e in entities.values() if "Careem" in e.surface_forms)
    assert (latin.name_en, latin.name_en_from) == ("Careem", "")  # the text gives it


def drafted_story(tmp_path: Path) -> Story:
    article = tmp_path / "article.txt"
    article.write_text(f"عنوان الخبر\n\n{TEXT}\n", encoding="utf-8")
    return story_from_text_file(article)


def test_a_drafted_pack_keeps_where_each_english_name_comes_from(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(f"عنوان الخبر\n\n{TEXT}\n", encoding="utf-8")
    out = tmp_path / "pack"
    assert main(["draft", str(article), "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0
    pack = load_story(out)
    origins = {e.name_ar: (e.name_en, e.name_en_from) for e in pack.entities.values()}
    assert origins["أحمد العمري"] == ("Ahmed al-Amri", NAME_EN_TRANSLITERATED)
    assert ("", NAME_EN_NONE) in origins.values()
    # The cache keeps it too (read back from it the second time).
    cache = tmp_path / "cache"
    assert load_story_cached(out, cache) == pack == load_story_cached(out, cache)


def test_a_pack_must_give_an_english_name_unless_it_says_there_is_none(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(f"عنوان الخبر\n\n{TEXT}\n", encoding="utf-8")
    out = tmp_path / "pack"
    assert main(["draft", str(article), "-o", str(out)]) == 0
    data = out / "story.toml"
    written = data.read_text(encoding="utf-8")
    for broken in (
        written.replace('name_en_from = "none"\n', ""),  # an empty name_en, unexplained
        written.replace('name_en_from = "none"', 'name_en_from = "guessed"', 1),
    ):
        data.write_text(broken, encoding="utf-8")
        with pytest.raises(PackError) as error:
            load_story(out)
        assert any("name_en" in problem.key for problem in error.value.problems)


def test_the_views_mark_a_transliteration_from_the_data_not_the_spelling(
    tmp_path: Path,
) -> None:
    story = drafted_story(tmp_path)
    person = next(e for e in story.entities.values() if e.name_ar == "أحمد العمري")
    body = next(e for e in story.entities.values() if e.name_en_from == NAME_EN_NONE)
    rows = {row.item_id: row for row in people_items(story)}
    assert rows[f"person:{person.id}"].lines[0][0] == "✱ Ahmed al-Amri (transliterated)"
    assert rows[f"entity:{body.id}"].lines[0] == ("✱ English name: none in the text", "dim")
    detail = item_detail(story, ItemRef("person", person.id))
    assert detail is not None and detail.title == "Ahmed al-Amri (transliterated)"
    lines = [text for s in detail.sections for line in s.lines for text, _ in line.parts]
    assert "transliterated from the Arabic (the text gives none)" in lines
    titled = item_detail(story, ItemRef("entity", body.id))
    assert titled is not None and (titled.title, titled.arabic) == (body.name_ar, "")
    title = item_title(story, ItemRef("person", person.id))  # notes' headings, the export
    assert title is not None and title.endswith(" Ahmed al-Amri (transliterated)")
    palette = {entry.ref: entry for entry in palette_entries(story)}
    assert palette[ItemRef("person", person.id)].english == "Ahmed al-Amri"  # found by it
    assert palette[ItemRef("person", person.id)].kind.endswith("English name transliterated")
    assert "transliterated" not in palette[ItemRef("entity", body.id)].kind
    arabic_rows = people_items(story, load_language("ar"))
    assert "✱ Ahmed al-Amri (كتابة صوتية)" in [row.lines[0][0] for row in arabic_rows if row.lines]
    # The same English name, given by an editor: no mark.
    edited = story._replace(
        entities={**story.entities, person.id: person._replace(name_en_from="")}
    )
    rows = {row.item_id: row for row in people_items(edited)}
    assert rows[f"person:{person.id}"].lines[0][0] == "✱ Ahmed al-Amri"


async def test_the_detail_of_a_drafted_person_says_their_english_name_is_transliterated(
    tmp_path: Path,
) -> None:
    story = drafted_story(tmp_path)
    person = next(e for e in story.entities.values() if e.name_ar == "أحمد العمري")
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("3")
        explorer_screen = app.screen
        people = explorer_screen.panel("people")  # type: ignore[attr-defined]
        people.select_item(f"person:{person.id}")
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ItemDetailScreen)
        shown = screen_text(app).replace("\xa0", " ")  # the screenshot's spaces
        assert "Ahmed al-Amri (transliterated)" in shown  # the title
        assert "English name: transliterated from the Arabic" in shown
