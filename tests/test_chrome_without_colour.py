"""The chrome reads without colour: NO_COLOR, and 16 colours (xterm's default palette).

Every state (the active tab, the selected row, hits) must differ from its
neighbours by more than colour: by text (a marker, brackets) or by a style
attribute (bold, underline, reverse) that NO_COLOR keeps. And every text the app
draws, in every state of every panel, reaches WCAG AA (4.5:1) against its
background as xterm draws it, in each colour mode: 24-bit, 256 colours, 16 colours
and NO_COLOR (the last two in the terminal's own colours: widgets/chrome.py).
"""

from __future__ import annotations

import pytest
from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region

from conftest import until
from scaletui.app import ScaleTUIApp
from scaletui.notes import Anchor

ATTRIBUTES = ("bold", "italic", "underline", "reverse", "strike", "dim")
FRAME = " │─╭╮╰╯═║╔╗╚╝┃▐▊▎▔▁"  # frames and Textual's tall input border


def lines_of(widget) -> list[list[Segment]]:
    return [list(strip) for strip in widget.render_lines(Region(0, 0, *widget.region.size))]


def look(segments: list[Segment]) -> list[tuple[str, tuple[bool, ...]]]:
    """What a segment looks like with colour taken away: its text and attributes."""
    return [
        (s.text, tuple(bool(getattr(s.style, a, False)) for a in ATTRIBUTES) if s.style else ())
        for s in segments
    ]


async def until_searched(pilot) -> None:
    """A search waits for the whole index (built just after the first frame)."""
    await until(pilot, lambda: pilot.app.screen.marks is not None)
    await pilot.pause()


@pytest.fixture(params=["NO_COLOR", "standard"])
def colourless(request, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "NO_COLOR":
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.setenv("TEXTUAL_COLOR_SYSTEM", "standard")
    return request.param


@pytest.mark.usefixtures("colourless")
async def test_the_active_tab_is_marked_by_more_than_colour(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        tabs = app.screen.query_one("PanelTabs")
        (row,) = lines_of(tabs)
        active = [s for s in row if "Timeline" in s.text]
        others = [s for s in row if "People" in s.text or "Rivals" in s.text]
        assert active and others
        assert "[Timeline]" in active[0].text  # brackets: readable with no styles at all
        assert all(look([active[0]])[0][1] != look([o])[0][1] for o in others)
        await pilot.press("3")
        await pilot.pause()
        (row,) = lines_of(tabs)
        assert "[People]" in "".join(s.text for s in row)
        assert "[Timeline]" not in "".join(s.text for s in row)


@pytest.mark.usefixtures("colourless")
async def test_the_selected_row_differs_without_colour(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("2", "down")
        await pilot.pause()
        panel = app.screen.query_one("#timeline")
        first, end = panel._item_rows[panel.highlighted]
        rows = lines_of(panel)
        inside = rows[1 + first - int(panel.scroll_y)]  # +1: the border
        unselected = panel._item_rows[panel.highlighted - 1][0]
        outside = rows[1 + unselected - int(panel.scroll_y)]

        def text_attributes(row: list[Segment]) -> set[tuple[bool, ...]]:
            return {attrs for text, attrs in look(row) if text.strip(FRAME)}

        assert text_attributes(inside) - text_attributes(outside), (
            "the selected row looks like the others without colour"
        )
        await pilot.press("1")  # the panel loses the focus: still marked
        await pilot.pause()
        rows = lines_of(panel)
        inside = rows[1 + first - int(panel.scroll_y)]
        assert any(s.style and s.style.underline for s in inside if s.text.strip(FRAME))


@pytest.mark.usefixtures("colourless")
async def test_search_hits_and_the_current_hit_differ_without_colour(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"meta", "enter")  # many hits: several on screen
        await until_searched(pilot)
        styles = [s.style for row in lines_of(app.screen.query_one("#article")) for s in row]
        assert any(s and s.underline and s.reverse for s in styles)  # the current hit
        assert any(s and s.underline and not s.reverse for s in styles)  # the other hits


# xterm's default 16 colours (its XTerm-col.ad); bold text in 0-7 is drawn in 8-15.
XTERM_PALETTE = (
    "000000", "cd0000", "00cd00", "cdcd00", "0000ee", "cd00cd", "00cdcd", "e5e5e5",
    "7f7f7f", "ff0000", "00ff00", "ffff00", "5c5cff", "ff00ff", "00ffff", "ffffff",
)  # fmt: skip


# xterm's 256 colours: its 16, a 6x6x6 cube and 24 greys (256colres.h).
CUBE = (0, 95, 135, 175, 215, 255)
XTERM_256 = (
    [tuple(int(c[i : i + 2], 16) for i in (0, 2, 4)) for c in XTERM_PALETTE]
    + [(CUBE[n // 36], CUBE[n // 6 % 6], CUBE[n % 6]) for n in range(216)]
    + [(8 + 10 * n,) * 3 for n in range(24)]
)
XTERM_FOREGROUND, XTERM_BACKGROUND = (0, 0, 0), (255, 255, 255)  # black on white
AA = 4.5  # WCAG AA, for text of any size


def relative_luminance(rgb: tuple[int, ...]) -> float:
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in
              (channel / 255 for channel in rgb)]  # fmt: skip
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(one: tuple[int, ...], two: tuple[int, ...]) -> float:
    light, dark = sorted((relative_luminance(one), relative_luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def drawn(color, system: ColorSystem | None, default: tuple[int, int, int]) -> tuple[int, ...]:
    """The RGB xterm shows for a Rich colour sent in `system` (None: 24-bit)."""
    if color is None or color.is_default:
        return default
    if system is not None:
        color = color.downgrade(system)
    if color.number is not None:
        return XTERM_256[color.number]
    triplet = color.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


def worst_contrast(style: Style, system: ColorSystem | None) -> float:
    """The text's contrast with its background as xterm draws it: reverse swapped,
    faint text blended half way to the background, and bold text in one of the first
    eight colours drawn in its bright twin too (xterm's boldColors)."""
    fg = drawn(style.color, system, XTERM_FOREGROUND)
    bg = drawn(style.bgcolor, system, XTERM_BACKGROUND)
    if style.reverse:
        fg, bg = bg, fg
    candidates = [fg]
    if style.bold and system is ColorSystem.STANDARD and style.color is not None:
        number = style.color.downgrade(system).number
        if number is not None and number < 8:
            candidates.append(XTERM_256[number + 8])
    if style.dim:
        candidates = [tuple((f + b) // 2 for f, b in zip(c, bg, strict=True)) for c in candidates]
    return min(ratio(c, bg) for c in candidates)


# What the app is told about the terminal, and the palettes its colours are drawn in.
MODES = {
    "24-bit and 256 colours": ({}, {"24-bit": None, "256": ColorSystem.EIGHT_BIT}),
    "16 colours": ({"TERM": "xterm-16color"}, {"16": ColorSystem.STANDARD}),
    "NO_COLOR": ({"NO_COLOR": "1"}, {"24-bit": None, "16": ColorSystem.STANDARD}),
}
# Every panel focused with an item selected, then left with its selection; search hits
# and the current hit; the palette, the note editor, the help, a detail view.
STATES = [
    (), ("2", "down"), ("3", "down"), ("4", "down"), ("5", "down"), ("6", "down"),
    ("1", "slash", *"wang", "enter"), ("ctrl+p", *"وانغ"), ("escape", "n"),
    ("escape", "question_mark"), ("escape", "3", "enter"),
]  # fmt: skip


def test_the_contrast_measure_sees_the_reported_pairs() -> None:
    # The selected role line under TERM=xterm-16color: white on light grey (15 on 7).
    assert ratio(XTERM_256[15], XTERM_256[7]) < 1.3
    # The old active tab: bold black on $accent, drawn grey on bright red by xterm.
    assert ratio(XTERM_256[8], XTERM_256[9]) < 1.1
    assert ratio(XTERM_256[15], XTERM_256[4]) > 7
    # Bold black in 16 colours may be drawn bright black; reverse swaps the two.
    assert worst_contrast(Style.parse("bold black on white"), ColorSystem.STANDARD) < 4.5
    assert worst_contrast(Style.parse("black on white"), ColorSystem.STANDARD) > 15
    assert worst_contrast(Style.parse("reverse white on black"), None) > 15
    assert worst_contrast(Style.parse("dim white on black"), None) < 6  # half way


@pytest.mark.parametrize("mode", MODES)
async def test_every_text_reaches_aa_contrast_in_every_colour_mode(
    story, store, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    environment, systems = MODES[mode]
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    store.add(story.id, Anchor("paragraph", paragraph=2), "ملاحظة عن ميتا", ("وسم",))
    app = ScaleTUIApp(story, store=store)
    if mode == "16 colours":  # as in a real terminal (headless, the theme is kept)
        app.terminal_colours = app.console.color_system == "standard"
    poor: dict[tuple[str, ...], float] = {}
    async with app.run_test(size=(120, 36)) as pilot:
        for keys in STATES:
            await pilot.press(*keys)
            if "slash" in keys:
                await until_searched(pilot)
            await pilot.pause(0.2)
            # A dialog's own backdrop is the screen below, faded on purpose: not read.
            backdrop = app.screen.is_modal
            for widget in app.screen.walk_children(with_self=not backdrop):
                if not widget.display or not widget.region.area:
                    continue
                for row in lines_of(widget):
                    for segment in row:
                        if not segment.text.strip(FRAME) or segment.style is None:
                            continue
                        for name, system in systems.items():
                            worst = worst_contrast(segment.style, system)
                            if worst < AA:
                                key = ("+".join(keys), name, type(widget).__name__,
                                       segment.text.strip()[:16], str(segment.style))  # fmt: skip
                                poor[key] = round(worst, 2)
    assert not poor, "\n".join(f"{v}: {k}" for k, v in sorted(poor.items()))
