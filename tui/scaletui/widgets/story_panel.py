"""A side panel: a keyboard-driven list of story items (events, people, rivals, numbers).

One widget draws the whole list with the Line API: each item is rendered once per
width into cached lines, and only the rows on screen are handed to Textual. A
widget per item (as an OptionList of Groups would be) made start-up and every
resize pay for items nobody could see.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message

from ..explore.rows import PanelItem
from ..i18n import ENGLISH, N_, Language
from ..layout import LayoutEngine
from ..layout.renderable import BidiText, Styled
from .line_view import LineView, Row
from .sidebar import sidebar_content_width

SUPPORT_MARK = "▶"  # the paragraph under the reading cursor supports this item
NOTE_MARK = "✎"  # the reader has notes on this item
SEPARATOR = "─"
WIDTHS_KEPT = 4  # widths whose rendered lines are kept
# Rows rendered at a time: after a frame (the rest of a list, a part per frame), or to
# reach an item (a move, a page).
STEP_ROWS = 100
# Rows rendered ahead of the view, after the first frame: a story's lists are whole (an
# exact scroll bar); a book's thousands of items are drawn when reached.
AHEAD_ROWS = 2_000

# Rendered lines: (item index, or None for a separator; segments).
RenderedLines = list[tuple[int | None, list[Segment]]]


UNDIMMED = Style(dim=False)


class StoryPanel(LineView, can_focus=True):
    """Lists items; Enter (or a click) posts ItemSelected for the screen to route."""

    BINDINGS = [
        Binding("down,j", "cursor_down", N_("Down"), id="panel.down", show=False),
        Binding("up,k", "cursor_up", N_("Up"), id="panel.up", show=False),
        Binding("home", "first", N_("First"), id="panel.first", show=False),
        Binding("end", "last", N_("Last"), id="panel.last", show=False),
        Binding("pagedown", "page(1)", N_("Page down"), id="panel.page_down", show=False),
        Binding("pageup", "page(-1)", N_("Page up"), id="panel.page_up", show=False),
        Binding("enter", "select", N_("Show in text"), id="panel.select",
                tooltip=N_("Show the selected item's evidence or mentions in the article")),
    ]  # fmt: skip

    COMPONENT_CLASSES = {"story-panel--highlight", "story-panel--separator"}

    DEFAULT_CSS = """
    StoryPanel {
        height: 1fr;
        border: round $panel-lighten-2;
        padding: 0;
        background: $surface;
    }
    StoryPanel:focus {
        border: double $accent;
    }
    /* The selection shows without colour too (NO_COLOR): underlined, and in
       reverse video while the panel has the focus: white on the terminal's own
       blue, which reads in 16 colours (white on cyan, as $block-cursor gave, did not). */
    StoryPanel > .story-panel--highlight {
        background: $block-cursor-blurred-background;
        text-style: underline;
    }
    StoryPanel:focus > .story-panel--highlight {
        background: ansi_bright_white;
        color: $primary-darken-3;  /* the terminal's blue came out purple, 3.4:1 */
        text-style: reverse;
    }
    StoryPanel > .story-panel--separator {
        color: $panel-lighten-1;
    }
    """

    @dataclass
    class ItemSelected(Message):
        """The reader chose an item (Enter or a click); `item_id` is its row key."""

        panel: StoryPanel
        item_id: str

        @property
        def control(self) -> StoryPanel:
            return self.panel

    def __init__(
        self, engine: LayoutEngine, items: list[PanelItem], *, language: Language = ENGLISH,
        id: str | None = None, classes: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(id=id, classes=classes, mirrored=language.rtl)
        self.engine = engine
        self.language = language
        self.marked: set[str] = set()
        self.noted: set[str] = set()
        self._items: list[PanelItem] = []
        self.items: dict[str, PanelItem] = {}
        self.highlighted: int | None = None
        self._lines: RenderedLines = []  # at the width last rendered
        self._item_rows: list[tuple[int, int]] = []  # first row, row after the last
        self._rendered_width = -1
        # Lines rendered at other widths, kept while the items stay the same: a terminal
        # resized back and forth goes back to widths the panel has had.
        self._at_width: dict[int, tuple[RenderedLines, list[tuple[int, int]]]] = {}
        self._rest_pending = False
        self._load(items)

    def get_content_width(self, container: Size, _viewport: Size) -> int:
        return sidebar_content_width(self, container)

    # -- items -------------------------------------------------------------------------

    def _load(self, items: list[PanelItem]) -> None:
        self._items = list(items)
        self.items = {item.item_id: item for item in items}
        self.highlighted = self._selectable_from(0, 1)
        self._invalidate()

    def set_items(self, items: list[PanelItem]) -> None:
        """Replace every item (the notes list changes as notes come and go)."""
        keep = self.selected_item
        self._load(items)
        if keep is not None:
            self.select_item(keep)

    @property
    def option_count(self) -> int:
        return len(self._items)

    def _selectable_from(self, index: int, step: int) -> int | None:
        while 0 <= index < len(self._items):
            if not self._items[index].heading:
                return index
            index += step
        return None

    @property
    def selected_item(self) -> str | None:
        if self.highlighted is None:
            return None
        return self._items[self.highlighted].item_id

    def select_item(self, item_id: str) -> bool:
        for index, item in enumerate(self._items):
            if item.item_id == item_id and not item.heading:
                self._move_to(index)
                return True
        return False

    def mark(self, item_ids: set[str]) -> None:
        """Show which items the paragraph under the reading cursor supports."""
        self._restyle(item_ids & self.items.keys(), self.noted)

    def mark_noted(self, item_ids: set[str]) -> None:
        """Show which items carry the reader's notes."""
        self._restyle(self.marked, item_ids & self.items.keys())

    def _restyle(self, marked: set[str], noted: set[str]) -> None:
        if (marked, noted) == (self.marked, self.noted):
            return
        changed = (marked ^ self.marked) | (noted ^ self.noted)
        self.marked, self.noted = marked, noted
        if self._rendered_width < 0:
            self._invalidate()
            return
        # Only the items whose marks changed are drawn again (at the width shown; the
        # others' lines go): the cursor moves onto another paragraph at every few keys,
        # and drawing a book's thousands of items anew each time held keys for seconds.
        width = self._rendered_width
        self._at_width = {width: self._at_width[width]}
        self._redraw(changed, width)
        self.refresh()

    def _redraw(self, item_ids: set[str], width: int) -> None:
        """Draw these items again at `width` (the one rendered), moving the rows after them."""
        console = self.app.console
        options = console.options.update(width=width, height=None, highlight=False)
        lines, item_rows = self._lines, self._item_rows
        shift = 0
        for index in range(len(item_rows)):
            first, end = item_rows[index]
            first, end = first + shift, end + shift
            if self._items[index].item_id in item_ids:
                drawn = self._item_lines(index, width, options)
                lines[first:end] = drawn
                shift += len(drawn) - (end - first)
                end = first + len(drawn)
            item_rows[index] = (first, end)
        self._size_to_lines(width)

    # -- drawing -----------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._rendered_width = -1
        self._at_width.clear()
        self.refresh()

    def _prompt(self, item: PanelItem) -> list[RenderableType]:
        marked = item.item_id in self.marked
        noted = item.item_id in self.noted
        side = self.language.direction  # where a line of marks and digits sits
        parts: list[RenderableType] = []
        if item.arabic:  # (a note's lines: each a paragraph with its own direction)
            for paragraph in item.arabic.splitlines():
                if paragraph.strip():
                    # A wrapped event's rows go under its label, beside its date.
                    lead = len(item.lead) if paragraph.startswith(f"{item.lead} ") else 0
                    parts.append(BidiText(self.engine, paragraph, style="bold", lead=lead))
        for index, (text, style) in enumerate(item.lines):
            if index == 0 and not item.heading:
                marker = f"{SUPPORT_MARK} " if marked else "  "
                note = f" {NOTE_MARK}" if noted else ""
                line = [Styled(marker, "bold"), Styled(text, style), Styled(note, "bold")]
                # A wrapped label's next rows start under its words, past "▶ ◆ ".
                hanging = len(marker) + (2 if text[1:2] == " " and not text[:1].isalnum() else 0)
                parts.append(BidiText(self.engine, line, default=side, hanging=hanging))
            else:
                parts.append(BidiText(self.engine, text, style=style, default=side))
        if item.context:  # e.g. a hit in its sentence: styled spans, laid out by the engine
            parts.append(BidiText(self.engine, item.context, default=side))
        if item.bars:
            from .bars import BarChart  # only the Numbers panel has a chart

            parts.append(BarChart(self.engine, item.bars, default=side))
        if item.tags:  # tags may be Arabic: they go through the layout engine too
            parts.append(BidiText(self.engine, item.tags, style="italic", default=side))
        return parts

    def _render_items(self, width: int, rows: int | None = None) -> None:
        """Render items at this width, on from those already rendered at it: all of
        them, or (`rows`) until that many rows are there."""
        if width != self._rendered_width:
            self._lines, self._item_rows = self._at_width.setdefault(width, ([], []))
            self._rendered_width = width
            while len(self._at_width) > WIDTHS_KEPT:
                del self._at_width[next(iter(self._at_width))]
        options = self.app.console.options.update(width=width, height=None, highlight=False)
        separator_style = self.get_component_rich_style("story-panel--separator")
        lines, item_rows = self._lines, self._item_rows
        index = len(item_rows)
        while index < len(self._items) and (rows is None or len(lines) < rows):
            if index and not self._items[index].heading:
                lines.append((None, [Segment(SEPARATOR * width, separator_style)]))
            first = len(lines)
            lines.extend(self._item_lines(index, width, options))
            item_rows.append((first, len(lines)))
            index += 1
        self._size_to_lines(width)
        if index < len(self._items) and len(lines) < AHEAD_ROWS and not self._rest_pending:
            self._rest_pending = True  # more just after this frame
            self.call_after_refresh(self._render_rest)

    def _render_rest(self) -> None:
        self._rest_pending = False
        self._ensure_rendered(min(AHEAD_ROWS, len(self._lines) + STEP_ROWS))

    def _size_to_lines(self, width: int) -> None:
        """The virtual size: the rows rendered, and the rest estimated from them.

        Rendering a book's thousands of items after the first frame held a 500,000-line
        book's keys 3 s, at every width it was shown at (and kept 7 MB a width): beyond
        AHEAD_ROWS, items are rendered when shown or moved to."""
        rendered = len(self._item_rows)
        rest = len(self._items) - rendered
        per_item = len(self._lines) / rendered if rendered else 1.0
        self.set_virtual_size(Size(width, len(self._lines) + round(rest * per_item)))

    def _item_lines(self, index: int, width: int, options: ConsoleOptions) -> RenderedLines:
        """An item's rendered lines (without the separator before it)."""
        lines: RenderedLines = []
        for part in self._prompt(self._items[index]):
            # Laid out by the engine: its lines as they are (Rich's render_lines
            # of a Group made the same rows, at twice the cost of the first screen's
            # panel); a chart through Rich.
            part_rows = (
                part.rows(width)
                if isinstance(part, BidiText)
                else self.app.console.render_lines(part, options, pad=True)
            )
            lines.extend((index, segments) for segments in part_rows)
        return lines

    def _render_through(self, index: int) -> bool:
        """Render items up to `index` at least; False while the panel is hidden."""
        if not self._ensure_rendered(0):
            return False
        while len(self._item_rows) <= min(index, len(self._items) - 1):
            self._render_items(self._rendered_width, len(self._lines) + STEP_ROWS)
        return True

    def _ensure_rendered(self, rows: int | None = None) -> bool:
        """Render for the current width, every item or (`rows`) enough for that many
        rows; False while the panel is hidden (no width)."""
        width = self.text_width
        if width <= 0:
            return False
        if width != self._rendered_width or (
            len(self._item_rows) < len(self._items) and (rows is None or len(self._lines) < rows)
        ):
            self._render_items(width, rows)
        return True

    def fit_to_size(self) -> None:
        # What the view shows now; more (shaping every item's Arabic costs a tenth of a
        # first launch) just after the frame.
        self._ensure_rendered(int(self.scroll_y) + self.scrollable_content_region.height + 1)

    def content_row(self, y: int) -> Row:
        width = self.text_width
        row = y + int(self.scroll_y)
        base = self.style_of()
        indicator = self.indicator(y)
        if not self._ensure_rendered(row + 1) or row >= len(self._lines):
            return self.row([Segment(" " * width, base)], indicator, width)
        index, segments = self._lines[row]
        style, over = base, None
        if index is not None and index == self.highlighted:
            style = base + self.style_of("story-panel--highlight")
            # A faint line (a role, a date) is blended towards the background, which
            # reverse video then swaps: white on light grey, 1.3:1. Selected, it is
            # drawn at full strength.
            over = UNDIMMED
        # Rendered lines are padded to the width: one Strip per row, nothing measured.
        return self.row(list(Segment.apply_style(segments, style, over)), indicator, width)

    # -- the cursor --------------------------------------------------------------------

    def _move_to(self, index: int | None) -> None:
        if index is None:
            return
        self.highlighted = index
        self.refresh()
        if self._render_through(index) and index < len(self._item_rows):
            first, end = self._item_rows[index]
            self.scroll_to_region(
                Region(0, first, 1, end - first), animate=False, immediate=True, force=True
            )

    def action_cursor_down(self) -> None:
        start = 0 if self.highlighted is None else self.highlighted + 1
        self._move_to(self._selectable_from(start, 1))

    def action_cursor_up(self) -> None:
        start = len(self._items) - 1 if self.highlighted is None else self.highlighted - 1
        self._move_to(self._selectable_from(start, -1))

    def action_first(self) -> None:
        self._move_to(self._selectable_from(0, 1))

    def action_last(self) -> None:
        self._move_to(self._selectable_from(len(self._items) - 1, -1))

    def action_page(self, direction: int) -> None:
        """Move by a screenful of rows, to the item found there."""
        if self.highlighted is None or not self._render_through(self.highlighted):
            return
        page = max(1, self.scrollable_content_region.height - 1)
        target = self._item_rows[self.highlighted][0] + direction * page
        self._ensure_rendered(target + 1)
        target = max(0, min(target, len(self._lines) - 1))
        index = self._item_at(target)
        if index is None or index == self.highlighted:
            self.action_last() if direction > 0 else self.action_first()
            return
        found = self._selectable_from(index, direction) or self._selectable_from(index, -direction)
        self._move_to(found)

    def _item_at(self, row: int) -> int | None:
        for index, (first, end) in enumerate(self._item_rows):
            if first <= row < end or row < first:
                return index
        return None

    def action_select(self) -> None:
        item = self.selected_item
        if item is not None:
            self.post_message(self.ItemSelected(self, item))

    def on_line_click(self, row: int, column: int) -> None:
        if 0 <= row < len(self._lines):
            index = self._lines[row][0]
            if index is not None and not self._items[index].heading:
                self._move_to(index)
                self.action_select()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
