"""The Numbers panel's bar chart: bars to an eighth of a cell, captions laid out by the
engine, and mirrored in a right-to-left interface."""

from __future__ import annotations

import pytest
from rich.console import Console

from scaletui.explore.rows import Bar
from scaletui.layout import LayoutEngine
from scaletui.widgets.bars import BarChart, bar_cells


@pytest.mark.parametrize(
    ("value", "rightwards", "leftwards"),
    [(10, "██████████", "██████████"), (5, "█████", "█████"), (4.3, "████▎", "▕████"),
     (4.5, "████▌", "▐████"), (4.9, "████▉", "█████"), (0.01, "▏", "▕"), (0, "", "")],
)  # fmt: skip
def test_a_bar_to_an_eighth_either_way(value: float, rightwards: str, leftwards: str) -> None:
    assert bar_cells(value, 10, 10) == rightwards
    assert bar_cells(value, 10, 10, leftwards=True) == leftwards


def chart_lines(default: str) -> list[str]:
    bars = [Bar("Scale AI", 29, "$29B"), Bar("WhatsApp", 19, "$19B"), Bar("Lab", 1, "$1B")]
    console = Console(width=30, color_system=None, legacy_windows=False)
    chart = BarChart(LayoutEngine(), bars, default=default)  # type: ignore[arg-type]
    lines = console.render_lines(chart, console.options.update(width=30), pad=False)
    return ["".join(segment.text for segment in line) for line in lines]


def test_the_chart_grows_rightwards_left_to_right_and_leftwards_right_to_left() -> None:
    ltr, rtl = chart_lines("ltr"), chart_lines("rtl")
    assert ltr[1] == "█" * 25 + " $29B" and rtl[1] == "$29B " + "█" * 25
    # Shorter bars start at the same edge as the longest: the left, or the right.
    assert ltr[3].startswith("█") and ltr[3].endswith(" $19B")
    assert rtl[3].startswith("$19B ") and rtl[3].endswith("█")
    assert rtl[3].rstrip("█▕▐").endswith(" ") and len(rtl[3]) == 30
    # $1B is 7/8 of a cell: left to right an exact ▉, leftwards the nearest, a whole cell.
    assert ltr[5] == "▉" + " " * 26 + "$1B" and rtl[5] == "$1B" + " " * 26 + "█"
