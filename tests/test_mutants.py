"""Behaviour that once had no test to fail when it broke (each test names the mutant it kills).

Everything here goes through public surfaces: StoryIndex.search, and the running
app (keys, the command palette, the status line, the panels' rendered rows), so
the tests hold whatever shape the explorer screen's internals take. Each was
checked by applying its mutant to the source, seeing the test fail, and reverting.
Before these tests, every mutant but one (✎ marks not passed on when notes change,
caught by test_app_notes) passed test_search, test_explorer, test_app_notes, test_app
and the snapshots.
"""

from __future__ import annotations

from conftest import palette_searched
from scaletui.app import ScaleTUIApp
from scaletui.notes import Anchor, NoteStore
from scaletui.screens.dialogs import NoteEditor
from scaletui.search import StoryIndex
from scaletui.story import Competitor, Entity, Provenance, Span, Story
from scaletui.story.items import ItemRef
from scaletui.widgets.article_view import ArticleView
from scaletui.widgets.status_line import StatusLine
from scaletui.widgets.story_panel import NOTE_MARK, SUPPORT_MARK, StoryPanel

SIZE = (120, 40)


def status_of(app: ScaleTUIApp) -> str:
    """The status line as drawn on screen."""
    return app.screen.query_one(StatusLine).render_line(0).text.strip()


def item_row(panel: StoryPanel, english: str) -> str:
    """The rendered row that carries an item's English line (its marks included).

    Only the rows on screen are read: `show_panel` scrolls an item into view.
    """
    height = panel.scrollable_content_region.height
    rows = [panel.render_line(y).text[:-1] for y in range(height)]  # [:-1]: the scroll bar
    found = [row for row in rows if english in row]
    assert len(found) == 1, (english, rows)
    return found[0]


def mark_cell(row: str) -> str:
    """The support-mark cell: the first non-blank character of an item's English line."""
    return row.lstrip()[0]


async def cursor_down_to(pilot, paragraph: int) -> ArticleView:
    """Move the reading cursor with the down key, as a reader would, onto a paragraph.

    (Not `move_cursor(row_of(...))`: before a paragraph is laid out, row_of is an
    estimate, and the cursor can land in the paragraph after it.)
    """
    view = pilot.app.screen.query_one(ArticleView)
    for _ in range(300):
        if view.cursor_paragraph >= paragraph:
            break
        await pilot.press("down")
    await pilot.pause()
    assert view.cursor_paragraph == paragraph
    return view


async def show_panel(pilot, key: str, name: str, item_id: str) -> StoryPanel:
    """Show a panel with its number key and scroll one of its items into view."""
    await pilot.press(key)
    await pilot.pause()
    panel = pilot.app.screen.panel(name)
    assert panel.select_item(item_id)
    await pilot.pause()
    return panel


# -- a. overlapping search hits are merged -----------------------------------------------


def test_search_merges_overlapping_hits_and_keeps_them_in_order() -> None:
    """Kills: `_merge` in search/index.py not merging overlaps (its `span.start <
    merged[-1].end` branch never taken), and StoryIndex.search returning
    `tuple(hits)` instead of `tuple(_merge(hits))`.

    A Latin query that is both text in the article and a name finds the same words
    twice: as a text hit and as the entity's mention. The reader must step
    through each place once, in article order.
    """
    rival = Entity("scale-ai", "سكيل إيه آي", "Scale AI", "company", "x",
                   ("سكيل إيه آي", "Scale AI"))  # fmt: skip
    paragraphs = [
        "نص أول عن سكيل إيه آي هنا.",  # a mention only (Arabic): found through the name
        "شركة Scale AI في نص ثان.",  # text hit "Scale" inside the mention "Scale AI"
    ]
    index = StoryIndex(paragraphs, [rival])
    result = index.search("scale")
    assert [e.id for e in result.entities] == ["scale-ai"]
    shown = [paragraphs[h.paragraph][h.start : h.end] for h in result.hits]
    assert shown == ["سكيل إيه آي", "Scale AI"]  # each place once, the wider span kept
    assert [h.paragraph for h in result.hits] == [0, 1]
    # Adjacent, not overlapping, spans stay two hits (the query twice in a row,
    # found as any part of a word with `~`).
    [adjacent] = [StoryIndex(["abab"]).search("~ab").hits]
    assert adjacent == (Span(0, 0, 2), Span(0, 2, 4))


# -- b. mentions count as paragraph support ------------------------------------------------


async def test_a_paragraph_naming_a_person_supports_them(story: Story) -> None:
    """Kills: the people's mentions (`index.mentions_in`) left out of
    ParagraphSupport.of (only evidence quotes would count).

    Paragraph 10 is a heading naming Alexandr Wang ("ألكسندر وانغ: هل يقود ...") and
    quoting no evidence for anything: only his mention can make it support him.
    """
    paragraph = 10
    assert "وانغ" in story.paragraphs[paragraph].text
    app = ScaleTUIApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await cursor_down_to(pilot, paragraph)
        assert status_of(app) == "▶ this paragraph supports: People 1"
        people = await show_panel(pilot, "3", "people", "person:jack-rae")
        assert mark_cell(item_row(people, "Alexandr Wang · Scale AI")) == SUPPORT_MARK
        assert mark_cell(item_row(people, "Jack Rae · ")) != SUPPORT_MARK


async def test_a_paragraph_naming_a_rival_supports_it(story: Story) -> None:
    """Kills: the competitors' mentions left out of ParagraphSupport.of.

    Paragraph 4 names OpenAI (its evidence quote is in paragraph 3) and quotes the
    evidence of one timeline event: the status line counts both, and the OpenAI
    row in the Rivals panel carries the support mark.
    """
    paragraph = 4
    openai = story.entities["openai"]
    assert any(form in story.paragraphs[paragraph].text for form in openai.surface_forms)
    app = ScaleTUIApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await cursor_down_to(pilot, paragraph)
        assert status_of(app) == "▶ this paragraph supports: Timeline 1, Rivals 1"
        rivals = await show_panel(pilot, "4", "competitors", "competitor:openai")
        assert mark_cell(item_row(rivals, "OpenAI")) == SUPPORT_MARK


# -- c. the panels follow an item opened from elsewhere ------------------------------------


async def palette_jump(pilot, query: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*["space" if c == " " else c for c in query])
    await palette_searched(pilot)
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_jump_selects_the_item_in_its_panel(story: Story) -> None:
    """Kills: the `self._select_in_panels(item_id)` call in ExplorerScreen.open_item
    (for items not opened from a panel) removed.

    Neither item is its panel's first (the one selected on start), so only
    following the jump selects it; the panel, once shown, has it selected.
    """
    app = ScaleTUIApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await palette_jump(pilot, "Jack Rae")
        assert len(app.screen.query_one(ArticleView).highlights) == 1  # his one mention
        await palette_jump(pilot, "Mistral")
        await pilot.press("3")
        assert app.screen.panel("people").selected_item == "person:jack-rae"
        await pilot.press("4")
        assert app.screen.panel("competitors").selected_item == "competitor:mistral"


async def test_opening_a_note_on_an_item_selects_the_item(story: Story, store: NoteStore) -> None:
    """Kills: the same `_select_in_panels` call removed, reached the other way: Enter
    on a note anchored on a panel item opens that item (not from its panel)."""
    note = store.add(
        story.id, Anchor("item", item=ItemRef("person", "robert-nishihara")), "Anyscale"
    )
    app = ScaleTUIApp(story, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("6")
        notes = app.screen.panel("notes")
        assert notes.select_item(f"note:{note.id}")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("3")
        assert app.screen.panel("people").selected_item == "person:robert-nishihara"


# -- d. the ✎ mark on panel items with notes -----------------------------------------------


async def test_noted_panel_items_show_the_note_mark(story: Story, store: NoteStore) -> None:
    """Kills: StoryPanel not drawing NOTE_MARK (the ` ✎` suffix left empty), and the
    explorer not passing its noted items to a panel: neither when the panel is
    made after the notes are read (a note from an earlier session), nor when a
    note is added while the panel is on screen.
    """
    store.add(
        story.id, Anchor("item", item=ItemRef("person", "jack-rae")), "From an earlier session"
    )
    app = ScaleTUIApp(story, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        people = await show_panel(pilot, "3", "people", "person:jack-rae")
        assert item_row(people, "Jack Rae · ").rstrip().endswith(NOTE_MARK)
        assert NOTE_MARK not in item_row(people, "Arthur Mensch · ")
        # A new note, written in the app on the selected item.
        assert people.select_item("person:arthur-mensch")
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"Mistral")  # typed into the editor's body
        await pilot.press("ctrl+s")
        await pilot.pause()
        bodies = sorted(note.body for note in store.notes(story.id))
        assert bodies == ["From an earlier session", "Mistral"]
        assert app.screen.panel("people") is people
        assert item_row(people, "Arthur Mensch · ").rstrip().endswith(NOTE_MARK)
        assert item_row(people, "Jack Rae · ").rstrip().endswith(NOTE_MARK)
        assert NOTE_MARK not in item_row(people, "Alexandr Wang · ")


# -- e. a note on an entity marks it in every panel that lists it ---------------------------


def with_person_as_rival(story: Story, entity_id: str) -> Story:
    """The story with one of its people also listed among Meta's rivals.

    The bundled pack has no entity that is both (checked below), so a note on
    `entity:X` could not show whether both its items get the mark.
    """
    people = {p.entity for p in story.people}
    rivals = {c.entity for c in story.competitors}
    assert entity_id in people and entity_id not in rivals
    group = story.rival_groups[-1].id  # Meta's rivals
    extra = Competitor(entity_id, "meta", group, Provenance("context", note="a test rival"))
    return story._replace(competitors=(*story.competitors, extra))


async def test_an_entity_note_marks_both_its_person_and_its_rival(
    story: Story, store: NoteStore
) -> None:
    """Kills: refresh_notes's `items.update({f"person:{key}", f"competitor:{key}"})`
    for `entity:` notes losing either half (or the whole line)."""
    assert not {p.entity for p in story.people} & {c.entity for c in story.competitors}
    both = with_person_as_rival(story, "jack-rae")
    store.add(both.id, Anchor("item", item=ItemRef("entity", "jack-rae")), "A person and a rival")
    app = ScaleTUIApp(both, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        people = await show_panel(pilot, "3", "people", "person:jack-rae")
        assert item_row(people, "Jack Rae · ").rstrip().endswith(NOTE_MARK)
        rivals = await show_panel(pilot, "4", "competitors", "competitor:jack-rae")
        row = item_row(rivals, "Jack Rae")
        assert row.rstrip().endswith(NOTE_MARK)
        assert NOTE_MARK not in item_row(rivals, "Mistral")


# -- the export and the loader: survivors of a mutation run on the notes store ------------


def test_every_markdown_heading_level_of_a_pack_is_a_heading() -> None:
    """Kills: the loader's `^#{2,6} ` narrowed (a `####` heading read as body text),
    and Markdown files' `#{1,6}` narrowed the same way; seven #s are text."""
    from pathlib import Path
    from tempfile import TemporaryDirectory

    from scaletui.story import story_from_text_file
    from scaletui.story.loader import parse_article

    text = "# T\n\n## H2\n\n### H3\n\n#### H4\n\n##### H5\n\n###### H6\n\n####### seven\n\nbody\n"
    expected = [("title", "T"), ("heading", "H2"), ("heading", "H3"), ("heading", "H4"),
                ("heading", "H5"), ("heading", "H6"), ("body", "####### seven"),
                ("body", "body")]  # fmt: skip
    assert [(p.kind, p.text) for p in parse_article(text)] == expected
    with TemporaryDirectory() as folder:
        path = Path(folder) / "article.md"
        path.write_text(text, encoding="utf-8")
        opened = story_from_text_file(path).paragraphs
    assert [(p.kind, p.text) for p in opened] == expected


def test_the_front_matter_always_has_source(story: Story) -> None:
    """Kills: `if value or key == "source"` -> `if value` (an empty `source:` dropped;
    the README lists `source` among the keys every export has)."""
    from datetime import UTC, datetime

    from scaletui.notes.export import export_markdown, front_matter
    from scaletui.notes.model import Note

    when = datetime(2026, 1, 2, tzinfo=UTC)
    bare = story._replace(source="", outlet="", url="", author="", published="")
    note = Note(1, bare.id, Anchor("paragraph", paragraph=1), "x", when, when)
    assert 'source: ""' in front_matter(bare, [note], when)
    assert '\nsource: ""\n' in export_markdown(bare, [note], when).split("---")[1]
    assert not [line for line in front_matter(bare, [note], when) if line.startswith("url")]


def test_carriage_return_vertical_tab_and_form_feed_are_shown_as_control_pictures(
    story: Story,
) -> None:
    """Kills: CR, VT and FF let through as whitespace by neutralize_controls (kept
    like newline and tab): a VT or FF in an article's paragraph reached the quote
    of a note on it raw, and `export -o -` on a terminal acted on it."""
    from datetime import UTC, datetime

    from scaletui.notes.export import export_markdown, neutralize_controls
    from scaletui.notes.model import Note

    assert neutralize_controls("a\rb\vc\fd\ne\tf") == "a\u240db\u240bc\u240cd\ne\tf"
    when = datetime(2026, 1, 2, tzinfo=UTC)
    paragraphs = list(story.paragraphs)
    noted = paragraphs[1]._replace(text="فقرة\vفيها\fمحارف تحكم")
    paragraphs[1] = noted
    changed = story._replace(paragraphs=tuple(paragraphs))
    anchor = Anchor("paragraph", paragraph=1, quote=noted.text)
    text = export_markdown(changed, [Note(1, story.id, anchor, "x", when, when)], when)
    assert not any(char in text for char in "\r\v\f")
    assert "> فقرة\u240bفيها\u240cمحارف تحكم" in text
