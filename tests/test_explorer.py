"""The explorer screen driven with Textual's Pilot: every binding, panels into the text and back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual import events
from textual.color import Color

from conftest import palette_searched, until
from scaletui.app import ScaleTUIApp
from scaletui.explore.rows import PANELS
from scaletui.screens.explorer.screen import ExplorerScreen
from scaletui.screens.help import HelpScreen, bindings_of, key_label
from scaletui.story import load_story
from scaletui.widgets.article_view import ArticleView
from scaletui.widgets.panel_tabs import PanelTabs
from scaletui.widgets.search_bar import SearchBar
from scaletui.widgets.status_line import StatusLine
from scaletui.widgets.story_panel import StoryPanel


def article_text(story) -> str:
    return "\n".join(p.text for p in story.paragraphs)


def status_of(app: ScaleTUIApp) -> str:
    return app.screen.query_one(StatusLine).plain


def region(app: ScaleTUIApp) -> str:
    screen = app.screen
    assert isinstance(screen, ExplorerScreen)
    return screen.current_region()


def visible_rows(view: ArticleView) -> range:
    top = int(view.scroll_y)
    return range(top, top + view.scrollable_content_region.height)


async def choose(pilot, key: str, panel_id: str, item_id: str) -> ArticleView:
    """Jump to a panel with its number key, select an item, press Enter."""
    app = pilot.app
    await pilot.press(key)
    assert app.screen.panel(panel_id).select_item(item_id)
    await pilot.press("enter")
    await pilot.pause()
    return app.screen.query_one(ArticleView)


async def test_tab_and_shift_tab_cycle_every_region(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert region(app) == "article"
        order = []
        for _ in range(6):
            await pilot.press("tab")
            order.append(region(app))
        assert order == ["timeline", "people", "competitors", "numbers", "notes", "article"]
        await pilot.press("shift+tab", "shift+tab")
        assert region(app) == "numbers"
        assert app.screen.active_panel == "numbers"
        assert app.screen.panel("numbers").has_focus
        shown = [p.id for p in app.screen.query(StoryPanel) if p.region.width]
        assert shown == ["numbers"]  # one panel at a time


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("1", "article"),
        ("2", "timeline"),
        ("3", "people"),
        ("4", "competitors"),
        ("5", "numbers"),
        ("6", "notes"),
    ],
)
async def test_number_keys_jump(story, key: str, expected: str) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("5" if key == "1" else "1")
        await pilot.press(key)
        assert region(app) == expected
        if expected != "article":
            assert app.screen.active_panel == expected


async def test_focused_panel_is_visibly_marked(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        timeline = app.screen.panel("timeline")
        assert view.styles.border_top[0] == "double"
        await pilot.press("2")
        assert timeline.styles.border_top[0] == "double"
        assert view.styles.border_top[0] == "round"


async def test_article_cursor_keys_and_paragraph_marks(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.cursor_row == 0
        await pilot.press("j", "j", "down")
        assert view.cursor_row == 3
        await pilot.press("k", "up")
        assert view.cursor_row == 1
        await pilot.press("end")
        assert view.cursor_row == view.row_count - 1
        assert int(view.scroll_y) > 0
        await pilot.press("home")
        assert view.cursor_row == 0 and view.scroll_y == 0
        # Onto the SignalFire paragraph: the talent-loss event and number are marked.
        talent = next(e for e in story.events if e.id == "meta-talent-loss-2024")
        paragraph = talent.provenance.span.paragraph
        view.move_cursor(view.row_of(paragraph, 0))
        await pilot.pause()
        timeline = app.screen.panel("timeline")
        numbers = app.screen.panel("numbers")
        assert f"event:{talent.id}" in timeline.marked
        assert any(i.startswith("number:") for i in numbers.marked)
        assert "supports: Timeline 1" in status_of(app)
        # Off it again: the marks follow the cursor.
        await pilot.press("home")
        await pilot.pause()
        assert f"event:{talent.id}" not in timeline.marked


async def test_enter_on_a_context_event_reveals_evidence_and_says_so(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        event = next(e for e in story.events if e.id == "the-information-revenue-report")
        view = await choose(pilot, "2", "timeline", f"event:{event.id}")
        span = event.provenance.span
        assert view.highlights == [span] and view.current == span
        assert view.row_of(span.paragraph, span.start) in visible_rows(view)
        assert "Not stated in the article" in status_of(app)


async def test_enter_on_an_article_event_and_a_number(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        figure = next(n for n in story.numbers if n.value == 4.3)
        view = await choose(pilot, "5", "numbers", f"number:{figure.id}")
        assert view.highlights == [figure.provenance.span]
        assert "1/1 evidence" in status_of(app)


async def test_person_lights_up_every_mention_and_brackets_step(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = await choose(pilot, "3", "people", "person:alexandr-wang")
        expected = article_text(story).count("وانغ")  # counted independently of the app
        assert expected == 8
        assert len(view.highlights) == expected
        assert f"1/{expected} mentions" in status_of(app)
        first = view.current
        await pilot.press("right_square_bracket")
        assert f"2/{expected}" in status_of(app)
        assert view.current == view.highlights[1]
        assert view.row_of(view.current.paragraph, view.current.start) in visible_rows(view)
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert f"{expected}/{expected}" in status_of(app)  # wraps around
        await pilot.press("right_square_bracket")
        assert view.current == first
        await pilot.press("escape")
        assert view.highlights == [] and "mentions" not in status_of(app)


async def test_competitor_mentions_count(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = await choose(pilot, "4", "competitors", "competitor:turing")
        independent = len(re.findall(r"تورينغ|Turing", article_text(story)))
        assert len(view.highlights) == independent == 3
        texts = {story.paragraphs[s.paragraph].text[s.start : s.end] for s in view.highlights}
        assert texts == {"تورينغ", "Turing"}


async def search(pilot, text: str) -> None:
    await pilot.press("slash")
    await pilot.pause()
    await pilot.press(*list(text))
    await pilot.press("enter")
    # A search typed before the index is built (it starts a moment after the first
    # frame) is answered once it is: wait for the answer, not for a fixed time.
    await until(pilot, lambda: "then searching" not in status_of(pilot.app))


@pytest.mark.parametrize("query", ["الاصطناعى", "الاصطناعي", "الاصطـناعي", "الاصْطِناعي"])
async def test_search_folds_spelling_variants(story, query: str) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await search(pilot, query)
        view = app.screen.query_one(ArticleView)
        expected = len(re.findall(r"\bالاصطناعي\b", article_text(story)))  # whole words
        assert len(view.highlights) == expected
        for span in view.highlights:
            assert story.paragraphs[span.paragraph].text[span.start : span.end] == "الاصطناعي"
        assert f"1/{expected} hits" in status_of(app)
        assert region(app) == "article"
        await pilot.press("n")
        assert f"2/{expected} hits" in status_of(app)
        await pilot.press("N", "N")
        assert f"{expected}/{expected} hits" in status_of(app)


async def test_latin_search_finds_arabic_mentions(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await search(pilot, "wang")
        view = app.screen.query_one(ArticleView)
        shown = {story.paragraphs[s.paragraph].text[s.start : s.end] for s in view.highlights}
        assert shown == {"ألكسندر وانغ", "وانغ"}
        assert "(Alexandr Wang)" in status_of(app)
        assert view.row_of(view.current.paragraph, view.current.start) in visible_rows(view)


async def test_search_with_no_hits_and_escape_closes(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await search(pilot, "zzzz")
        assert "no hits" in status_of(app)
        await pilot.press("slash")
        bar = app.screen.query_one(SearchBar)
        assert bar.is_open
        await pilot.press("escape")
        assert not bar.is_open and region(app) == "article"


async def test_the_explorer_is_styled_as_a_screen(story) -> None:
    # Textual takes a widget's CSS type names from its first DOMNode base: a mixin that is a
    # Widget put before Screen hid Screen's own rules (the selection's colours, the ANSI
    # theme's background) and app.tcss's `Screen` rule from the explorer.
    app = ScaleTUIApp(story)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExplorerScreen)
        assert screen.styles.background == Color.parse(app.get_css_variables()["background"])
        assert screen.get_component_rich_style("screen--selection").bgcolor is not None


async def test_a_toast_leaves_the_open_search_bar_clear(story) -> None:
    # A right-to-left query fills the field from the right: the toasts' corner.
    app = ScaleTUIApp(story)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.press(*list("ميتا"))
        app.notify("a hint long enough to take the toast's whole width, on two rows", timeout=60)
        await until(pilot, lambda: app.screen.query("Toast"))  # (Textual's; by name)
        await pilot.pause()
        field = app.screen.query_one("#search-input").region
        toast = app.screen.query_one("Toast")
        assert toast.region.bottom <= field.y and not toast.region.overlaps(field)
        await pilot.press("escape")  # closed: the toast goes back to its corner
        await until(pilot, lambda: toast.region.bottom > field.y)


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("abc\u202e", "“abc”: no hits"),
        ("zz\u202b", "“zz”: no hits"),
        ("ميتا\u202d", "“ﺎﺘﻴﻣ”   ] next"),  # the control folds away: ميتا is found
    ],
)
async def test_a_stray_bidi_control_in_a_query_stays_inside_its_quotes(story, query, shown) -> None:
    # Text pasted from the web may carry an override or embedding that is never closed;
    # the status line isolates the query, so the control ends with it and the rest of
    # the line reads as it should.
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.run_search(query)
        await pilot.pause()
        drawn = app.screen.query_one(StatusLine).render_line(0).text
        assert shown in drawn, drawn


async def test_query_box_shows_the_query_shaped(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.press(*list("ميتا"))
        await pilot.pause()
        field = app.screen.query_one("#search-input")
        drawn = field.render_line(0).text
        assert "ﺎﺘﻴﻣ" in drawn  # joined presentation forms, in visual order
        assert "ميتا" not in drawn
        assert field.value == "ميتا"  # the query itself stays logical


async def test_a_line_pasted_off_the_screen_is_searched_in_logical_order(story) -> None:
    """A terminal copy gives presentation forms in visual order; the field shows (and
    the search looks for) the words they show."""
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        field = app.screen.query_one("#search-input")
        field.post_message(events.Paste(app.screen.engine.visual("ألكسندر وانغ")))
        await pilot.pause()
        assert field.value == "ألكسندر وانغ"  # the letters, in logical order
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view.highlights)  # the search waits for the index
        shown = {story.paragraphs[s.paragraph].text[s.start : s.end] for s in view.highlights}
        assert shown == {"ألكسندر وانغ"}


def test_help_lists_only_the_keys_a_class_declared_with_inherit_bindings_false_has() -> None:
    """bindings_of stops where Textual stops: at a class declared with
    inherit_bindings=False (kept by OwnBindings), and a subclass
    declared without it inherits up to there."""
    from textual.binding import Binding
    from textual.widget import Widget

    from scaletui.widgets.own_bindings import OwnBindings

    class Scrolls(Widget):
        BINDINGS = [Binding("left", "scroll_left", "Scroll Left")]

    class Closed(OwnBindings, Scrolls, inherit_bindings=False):
        BINDINGS = [Binding("j", "down", "Down")]

    class Below(Closed):
        BINDINGS = [Binding("k", "up", "Up")]

    assert [b.key for b in bindings_of(Closed)] == ["j"]
    assert [b.key for b in bindings_of(Below)] == ["k", "j"]
    assert "left" not in Closed._merged_bindings.key_to_bindings  # (Textual agrees)
    assert "left" in Scrolls._merged_bindings.key_to_bindings


async def test_help_lists_every_binding(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        text = " ".join(
            f"{keys} {description}" for _, rows in help_screen.groups for keys, description in rows
        )
        from scaletui.screens.dialogs import NoteEditor
        from scaletui.widgets.article_view import ArticleView as Article
        from scaletui.widgets.notes_panel import NotesList

        owners = [(ScaleTUIApp, True), (ExplorerScreen, True), (Article, True),
                  (StoryPanel, True), (NotesList, True), (SearchBar, True),
                  (NoteEditor, True), (HelpScreen, False)]  # fmt: skip
        for owner, inherited in owners:
            described: dict[str, str] = {}
            for binding in bindings_of(owner, inherited):
                if binding.key in ("tab", "shift+tab") and owner is not ExplorerScreen:
                    continue  # replaced everywhere by the screen's priority binding
                for key in binding.key.split(","):
                    assert key_label(key) in text, (owner.__name__, key)
                described.setdefault(binding.action, binding.tooltip or binding.description)
            for action, description in described.items():
                assert description in text, (owner.__name__, action)
        # The screen's Tab (priority) replaces Textual's focus_next, so only it is listed.
        assert "Focus Next" not in text
        # Views whose lines fit the width do not offer sideways scrolling.
        assert "Scroll Left" not in text and "Page Right" not in text
        # ...and every key the help lists for a view does something there.
        for owner in (Article, StoryPanel):
            for binding in bindings_of(owner):
                assert binding in owner._merged_bindings.key_to_bindings[binding.key], binding
        await pilot.press("escape")
        assert isinstance(app.screen, ExplorerScreen)


async def test_command_palette_jumps_by_english_and_arabic_name(story) -> None:
    for query, entity_id, pattern in (
        ("Turing", "turing", r"تورينغ|Turing"),
        ("سيرج", "surge-ai", r"سيرج إيه آي|Surge AI"),
    ):
        app = ScaleTUIApp(story)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*list(query))
            await palette_searched(pilot)
            await pilot.press("enter")
            await pilot.pause()
            view = app.screen.query_one(ArticleView)
            assert isinstance(app.screen, ExplorerScreen)
            assert len(view.highlights) == len(re.findall(pattern, article_text(story)))
            assert story.entities[entity_id].name_en in status_of(app)


async def test_mouse_click_selects_an_item_and_moves_the_cursor(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        await pilot.click(ArticleView, offset=(10, 6))
        assert view.cursor_row == 5
        tabs = app.screen.query_one(PanelTabs)
        start, _end, _name = next(r for r in tabs._ranges if r[2] == "people")
        await pilot.click(PanelTabs, offset=(start + 1, 0))
        await pilot.pause()
        assert app.screen.active_panel == "people"
        people = app.screen.panel("people")
        assert people.has_focus
        # A click on the second person selects it and lights its mentions.
        second = list(people.items)[1]
        row = people._item_rows[1][0]
        await pilot.click(people, offset=(3, row + 1))  # +1: the border
        await pilot.pause()
        assert people.selected_item == second
        assert app.screen.marks is not None and app.screen.marks.kind == "mentions"


@pytest.mark.parametrize("size", [(20, 6), (30, 8), (40, 12), (60, 20), (80, 24), (200, 60)])
async def test_any_size_works_and_narrow_screens_take_turns(story, size) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("tab", "down", "enter", "tab", "slash", "w", "enter", "1", "end", "n")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExplorerScreen)
        narrow = size[0] < 70
        assert screen.has_class("-narrow") == narrow
        if narrow:
            # Too narrow for both: the panels and the article take turns on the screen.
            await pilot.press("2")
            await pilot.pause()
            assert screen.query_one(ArticleView).region.width == 0
            assert screen.query_one("#status").region.width == 0
            assert screen.panel("timeline").region.width == size[0]
            await pilot.press("1")
            await pilot.pause()
            assert screen.panel("timeline").region.width == 0
            assert screen.query_one(PanelTabs).region.width == 0
            assert screen.query_one(ArticleView).region.width == size[0]


async def test_resizing_to_tiny_and_back_keeps_the_place(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        view.scroll_to(y=view.row_of(10, 0), animate=False, immediate=True)
        await pilot.pause()
        for size in ((80, 24), (20, 6), (120, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert (view.reading_place() or (None,))[0] == 10


async def test_panels_list_every_item(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        expected = {
            "timeline": {f"event:{e.id}" for e in story.events},
            "people": {f"person:{p.entity}" for p in story.people},
            "competitors": {f"competitor:{c.entity}" for c in story.competitors},
            "numbers": {f"number:{n.id}" for n in story.numbers},
        }
        for name in PANELS:
            panel = app.screen.panel(name)
            listed = {item_id for item_id, item in panel.items.items() if not item.heading}
            assert listed == expected[name]


# --- a hostile pack: markup and escape sequences stay inert ---------------------------

HOSTILE_TOML = """schema = 1

[story]
id = "hostile"
title_en = "[bold red]Boom[/] [@click=app.quit]quit[/] \\u001b[2J"
language = "ar"

[[entities]]
id = "evil"
name_ar = "ميتا\\u001b[31m"
name_en = "[@click=app.quit]Evil[/] Corp \\u001b]0;pwned\\u0007"
kind = "person"
role = "[reverse]role[/reverse]"
surface_forms = ["ميتا"]

[[people]]
entity = "evil"
role = "[link=https://example.invalid]x[/link] \\u001b[5m"
organisation = "evil"
says_en = "[blink]says[/blink]"
says_ar = "يقول"
provenance = "article"
evidence = "ميتا"

[[competitors]]
entity = "evil"
competes_with = "evil"
segment = "AI lab"
provenance = "context"
note = "[@click=app.quit]note[/] \\u001b[31m"

[[events]]
id = "e"
date = "2025"
title_ar = "حدث [bold]عربي[/bold]"
title_en = "[@click=app.quit]Event[/]"
entities = ["evil"]
provenance = "context"
note = "[bold]Not[/bold] \\u001b[2J"

[[numbers]]
id = "n"
value = 5
unit = "USD"
label_ar = "رقم"
label_en = "[i]five[/i]"
provenance = "context"
note = "x"
"""


@pytest.fixture
def hostile_pack(tmp_path: Path) -> Path:
    pack = tmp_path / "hostile"
    pack.mkdir()
    (pack / "article.txt").write_text("# عنوان [bold]x[/bold]\n\nنص عن ميتا.\n", encoding="utf-8")
    (pack / "story.toml").write_text(HOSTILE_TOML, encoding="utf-8")
    return pack


async def test_hostile_pack_shows_markup_and_escapes_as_inert_text(hostile_pack: Path) -> None:
    story = load_story(hostile_pack)
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in ("3", "enter", "2", "down", "enter", "4", "down", "enter", "5", "down",
                    "enter", "1"):  # fmt: skip
            await pilot.press(key)
            await pilot.pause()
        assert app.is_running  # no [@click=app.quit] was obeyed
        svg = app.export_screenshot()
        assert "\x1b" not in svg and "\x07" not in svg
        shown = svg.replace("&#160;", " ")
        assert "[bold red]Boom[/] [@click=app.quit]quit[/]" in shown  # the header, verbatim
        assert "[i]five[/i]" in shown  # the number's label in its panel
        await pilot.press("3")
        await pilot.pause()
        assert "[@click=app.quit]Evil[/] Corp" in app.export_screenshot().replace("&#160;", " ")
        assert "\u241b" in svg  # ESC is shown as its visible Control Picture


async def test_wheel_and_scroll_indicator_move_the_views(story) -> None:
    from textual import events

    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        column = view.text_width
        rows = view.scrollable_content_region.height

        def thumb_rows() -> list[int]:
            return [y for y in range(rows)
                    if view.render_line(y).crop(column, column + 1).text == "┃"]  # fmt: skip

        assert thumb_rows()[0] == 0  # at the top, the thumb is at the top
        # The wheel scrolls though there is no Textual scrollbar.
        view.post_message(events.MouseScrollDown(view, 10, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert view.scroll_y > 0
        # A click low in the indicator's column jumps far down, and the thumb follows.
        await pilot.click(ArticleView, offset=(column + 1, rows - 1))
        await pilot.pause()
        assert view.scroll_y > view.max_scroll_y * 0.8
        assert thumb_rows()[-1] >= rows - 2
        timeline = app.screen.panel("timeline")
        timeline.post_message(events.MouseScrollDown(timeline, 5, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert timeline.scroll_y > 0


async def test_panel_keys_skip_headings_and_reach_both_ends(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.press("4")  # competitors: two group headings among the rivals
        await pilot.pause()
        panel = app.screen.panel("competitors")
        selectable = [item for item, value in panel.items.items() if not value.heading]
        assert panel.selected_item == selectable[0]  # the first heading is skipped
        await pilot.press("end")
        assert panel.selected_item == selectable[-1]
        await pilot.press("home")
        assert panel.selected_item == selectable[0]
        seen = [panel.selected_item]
        for _ in range(len(selectable) + 2):
            await pilot.press("down")
            seen.append(panel.selected_item)
        assert seen[: len(selectable)] == selectable  # every rival, no heading, in order
        assert seen[-1] == selectable[-1]  # and it stops at the last
        await pilot.press("home", "pagedown")
        assert selectable.index(panel.selected_item) > 1  # a page is more than one item
        await pilot.press("pageup")
        assert panel.selected_item == selectable[0]
        # The selected item is kept in view.
        await pilot.press("end")
        first, end = panel._item_rows[list(panel.items).index(panel.selected_item)]
        height = panel.scrollable_content_region.height
        assert panel.scroll_y <= first and end <= panel.scroll_y + height


@pytest.mark.parametrize("language", ["en", "ar"])
async def test_a_key_bar_too_long_leaves_out_its_last_keys_whole(story, language) -> None:
    """Never a key without what it does, cut at the edge; right to left, the first key
    stays at the right edge."""
    from scaletui.i18n import load_language
    from scaletui.widgets.key_bar import KeyBar

    app = ScaleTUIApp(story, language=load_language(language))
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        line = bar.render()
        shown = [key for _start, _end, key in bar._ranges]
        every = [key for key, _display, _description, _enabled in bar._drawn]
    assert line.cell_len <= 60 and len(shown) < len(every)
    if language == "ar":
        assert shown == every[: len(shown)][::-1]  # drawn from the left: the first key last
        assert line.cell_len == 60 and line.plain.endswith(" ")
        assert bar._ranges[-1][1] == 60
    else:
        assert shown == every[: len(shown)]
        assert line.plain.endswith(" ")  # the last entry whole, with its space


async def test_key_bar_follows_the_focus_and_a_click_presses_the_key(story) -> None:
    from scaletui.widgets.key_bar import KeyBar

    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        assert "Show in text" not in bar.render().plain
        await pilot.press("2")
        await pilot.pause()
        assert "Show in text" in bar.render().plain  # the panel's Enter joins the bar
        bar.render()
        start, _end, _key = next(r for r in bar._ranges if r[2] == "question_mark")
        await pilot.click(KeyBar, offset=(start + 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
