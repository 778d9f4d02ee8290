"""The chrome reads without colour: NO_COLOR, and 16 colours (xterm's default palette).

Every state (the active tab, the selected row, hits) must differ from its
neighbours by more than colour: by text (a marker, brackets) or by a style
attribute (bold, underline, reverse) that NO_COLOR keeps. And no text may be
drawn in a 16-colour pair whose two colours are one colour (red on bright red).
"""

from __future__ import annotations

import pytest
from rich.color import ColorSystem
from rich.segment import Segment
from textual.geometry import Region

from conftest import until
from scaletui.app import ScaleTUIApp

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


def luminance(number: int) -> float:
    channels = [int(XTERM_PALETTE[number][i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(fg: int, bg: int) -> float:
    """WCAG contrast ratio of two of xterm's colours."""
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_measure_sees_the_reported_red_on_red() -> None:
    # The old active tab: bold black on $accent, drawn grey on bright red by xterm.
    assert contrast(8, 9) < 1.1
    assert contrast(15, 4) > 7


@pytest.mark.parametrize("keys", [(), ("2", "down"), ("slash", *"wang", "enter"), ("6",)])
async def test_text_contrasts_with_its_background_at_16_colours(story, keys) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press(*keys)
        if "slash" in keys:
            await until_searched(pilot)
        await pilot.pause()
        poor = set()
        for widget in app.screen.walk_children(with_self=True):
            if not widget.display or not widget.region.area:
                continue
            for row in lines_of(widget):
                for segment in row:
                    style = segment.style
                    if not segment.text.strip(FRAME) or style is None:
                        continue
                    if style.color is None or style.bgcolor is None:
                        continue
                    fg = style.color.downgrade(ColorSystem.STANDARD).number
                    bg = style.bgcolor.downgrade(ColorSystem.STANDARD).number
                    if fg is None or bg is None:
                        continue
                    if style.reverse:
                        fg, bg = bg, fg
                    # xterm may draw bold text in 0-7 in its bright twin: both must read.
                    worst = min(
                        contrast(fg, bg), contrast(fg + 8, bg) if style.bold and fg < 8 else 9
                    )
                    if worst < 3:
                        poor.add((type(widget).__name__, segment.text.strip()[:20], fg, bg))
        assert sorted(poor) == [], "\n".join(map(str, sorted(poor)))
