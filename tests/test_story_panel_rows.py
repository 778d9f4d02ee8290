"""A story panel's rows: the Timeline's Arabic line (date, then label) wraps beside its
date, every next row under the label's words, as the other panels' labels hang past
their marks; on the right in a right-to-left line."""

from __future__ import annotations

import pytest

from scaletui.explore.rows import PanelItem, timeline_items
from scaletui.i18n import ENGLISH, load_language
from scaletui.layout import LayoutEngine
from scaletui.layout.renderable import BidiText
from scaletui.story.model import Story
from scaletui.widgets.story_panel import StoryPanel


def arabic_part(panel: StoryPanel, item: PanelItem) -> BidiText:
    first = panel._prompt(item)[0]
    assert isinstance(first, BidiText) and first.text == item.arabic
    return first


@pytest.mark.parametrize("width", [33, 44])  # the sidebar's text at 80 and 120 columns
@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_wrapped_event_hangs_its_rows_under_the_label_not_the_date(
    story: Story, code: str, width: int
) -> None:
    language = ENGLISH if code == "en" else load_language(code)
    items = [item for item in timeline_items(story, language) if not item.heading]
    panel = StoryPanel(LayoutEngine(), items, language=language)
    wrapped = 0
    for item in items:
        assert item.arabic is not None and item.arabic.startswith(f"{item.lead} ")
        lines = arabic_part(panel, item).lines(width)
        if len(lines) == 1:
            continue
        wrapped += 1
        # Under the date and the space after it: blank cells, where a click finds nothing.
        under = panel.engine.prepare(item.lead).width + 1
        assert lines[0].direction == "rtl"
        assert "".join(lines[0].cells[width - under + 1 :]) == panel.engine.visual(item.lead)
        for line in lines[1:]:
            assert line.cells[width - under :] == (" ",) * under
            assert line.cells[width - under - 1] != " "
            assert all(line.offset_at(column) is None for column in range(width - under, width))
    assert wrapped >= 5  # the seed's events do wrap at these widths


def test_a_note_or_a_line_without_its_lead_wraps_plainly() -> None:
    panel = StoryPanel(LayoutEngine(), [])
    text = "ملاحظة طويلة عن استثمار ميتا في سكيل إيه آي وعن مستقبل الذكاء الاصطناعي"
    for item in (PanelItem("note:1", arabic=text), PanelItem("event:1", arabic=text, lead="2024")):
        part = arabic_part(panel, item)
        assert part.lead == 0
        plain = BidiText(panel.engine, text, style="bold").lines(33)
        assert [line.text for line in part.lines(33)] == [line.text for line in plain]
