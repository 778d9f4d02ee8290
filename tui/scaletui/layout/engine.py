"""Shape, wrap, reorder: a logical paragraph becomes the cells a terminal shows.

Order matters. The whole paragraph is shaped (letters join across the whole
word, whatever the line width) and its bidi levels resolved once; only then is
it wrapped at the pane's cell width, in logical order, and each line reordered
on its own. Reordering first and wrapping after would put the paragraph's end
on its first line.
"""

from __future__ import annotations

import sys
import unicodedata
from array import array
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Literal, NamedTuple, TypeVar, cast

from rich.cells import cell_len

from .bidi import (
    MIRRORED,
    Direction,
    base_direction,
    bidi_class,
    embedding_levels,
    visual_order,
)
from .shaping import ShapedText, Shaper, sanitize_for_display

DirectionChoice = Literal["auto", "rtl", "ltr"]
# Characters kept shaped and laid out: a dozen screens of text, so paging back and forth
# over them lays nothing out again. Shaped, a character takes about 20 bytes (columns:
# PreparedParagraph) and laid out at one width about 28: the two caches hold about 3 MB.
# (4,096 paragraphs of a book were about 400 MB, when a Cluster record per glyph
# took 180 bytes a character and the collector walked every one on its full passes.)
CACHE_CHARS = 64 * 1024
_Key = TypeVar("_Key", bound=Hashable)
_Value = TypeVar("_Value")
PreparedKey = tuple[str, str, str]  # (text, direction asked for, default direction)
# A paragraph prepared in an earlier run, read when first needed (None: unreadable).
Seed = Callable[[], "PreparedParagraph | None"]

# Shown for a mark with no letter to sit on, and for a glyph wider than the pane.
DOTTED_CIRCLE = "\u25cc"
TOO_WIDE = "\u2026"
RIGHT_TO_LEFT_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2067", "\u2069"


# The layout's records are NamedTuples, not frozen dataclasses: they are made per
# glyph and per line, where a frozen dataclass's __init__ (and its class creation
# at start-up) cost more than the work they record.
class Cluster(NamedTuple):
    """What one terminal position shows: a base glyph and the marks on it."""

    text: str  # shaped, mirrored later if its level is odd
    width: int  # cells: 1, or 2 for wide glyphs
    start: int  # logical offsets [start, end) it shows
    end: int
    level: int
    is_space: bool


class PreparedParagraph(NamedTuple):
    """The width-independent work: shaping, levels, clusters (done once).

    Kept a column per field, not a Cluster per glyph: a tuple of Cluster took about
    180 bytes a character (the record, a fresh one-letter str, int offsets past 256),
    these columns about 20, and wrapping reads two columns, not every record.
    """

    logical: str
    direction: Direction
    texts: tuple[str, ...]  # each cluster's glyphs (shaped; mirrored later if its level is odd)
    widths: bytes  # cells: 0, 1, or 2 for wide glyphs
    starts: array[int]  # logical offsets [start, end) each cluster shows
    ends: array[int]
    levels: bytes
    spaces: bytes  # 1 for a plain space (where a line may break)

    @property
    def width(self) -> int:
        """Cells the paragraph takes on one unbroken line."""
        return sum(self.widths)

    @property
    def clusters(self) -> tuple[Cluster, ...]:
        """The clusters as records (made anew on each call: for reading, not for speed)."""
        columns = zip(
            self.texts, self.widths, self.starts, self.ends, self.levels, self.spaces, strict=True
        )
        return tuple(
            Cluster(text, width, start, end, level, bool(space))
            for text, width, start, end, level, space in columns
        )


class VisualLine(NamedTuple):
    """One screen line: exactly `width` cells, and where each logical char went."""

    cells: tuple[str, ...]  # one entry per cell; "" continues a wide glyph
    start: int  # logical offsets [start, end) this line holds
    end: int
    direction: Direction
    # For each logical offset start..end-1: its first cell and cell count
    # (-1 and 0 for trailing spaces a line break swallowed).
    columns: tuple[int, ...]
    spans: tuple[int, ...]

    @property
    def text(self) -> str:
        return "".join(self.cells)

    @property
    def width(self) -> int:
        return len(self.cells)

    def cell_ranges(self, start: int, end: int) -> list[tuple[int, int]]:
        """The cells [a, b) that show logical offsets [start, end) on this line.

        A span crossing a direction change may show as several ranges.
        """
        covered: set[int] = set()
        for offset in range(max(start, self.start), min(end, self.end)):
            column = self.columns[offset - self.start]
            if column >= 0:
                covered.update(range(column, column + self.spans[offset - self.start]))
        return _ranges(sorted(covered))

    def padded(self, left: int, right: int) -> VisualLine:
        """The line with blank cells added on either side (a hanging indent).

        Args:
            left: cells added before the first cell.
            right: cells added after the last.

        Returns:
            The wider line, its logical offsets' cells moved with it.
        """
        columns = tuple(column + left if column >= 0 else column for column in self.columns)
        cells = (" ",) * left + self.cells + (" ",) * right
        return VisualLine(cells, self.start, self.end, self.direction, columns, self.spans)

    def offset_at(self, column: int) -> int | None:
        """The logical offset shown at a cell (for mouse clicks), if any."""
        best: int | None = None
        for index, first in enumerate(self.columns):
            if first <= column < first + self.spans[index]:
                best = self.start + index
                break
        return best


class ParagraphLayout(NamedTuple):
    lines: tuple[VisualLine, ...]
    direction: Direction
    width: int

    def line_of(self, offset: int) -> int:
        """Index of the line holding a logical offset (the last line past the end)."""
        for index, line in enumerate(self.lines):
            if offset < line.end:
                return index
        return len(self.lines) - 1

    def cell_ranges(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(line, first cell, end cell) for every piece of a logical span."""
        result: list[tuple[int, int, int]] = []
        for index, line in enumerate(self.lines):
            if line.end <= start:
                continue
            if line.start >= end:
                break
            result.extend((index, a, b) for a, b in line.cell_ranges(start, end))
        return result


def _ranges(columns: list[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for column in columns:
        if ranges and ranges[-1][1] == column:
            ranges[-1] = (ranges[-1][0], column + 1)
        else:
            ranges.append((column, column + 1))
    return ranges


class LayoutEngine:
    """Lays out paragraphs; caches shaping per paragraph and lines per width.

    `reorder=False` is the `--bidi terminal` mode, for terminals that insist on
    shaping and reordering by themselves: lines are still wrapped at the width,
    but sent in logical order, unshaped and unmirrored.
    """

    def __init__(
        self, cache_size: int = 4096, reorder: bool = True, cache_chars: int = CACHE_CHARS
    ) -> None:
        """`cache_size` paragraphs and `cache_chars` characters are kept, shaped and laid
        out, at most (the most recently used)."""
        self.reorder = reorder
        self._shaper = Shaper()
        self._prepared: _Recent[PreparedKey, PreparedParagraph] = _Recent(cache_size, cache_chars)
        self._seeds: dict[PreparedKey, Seed] = {}
        self._layouts: _Recent[tuple[str, int, str, str], ParagraphLayout] = _Recent(
            cache_size, cache_chars
        )

    def prepare(
        self, text: str, direction: DirectionChoice = "auto", default: Direction = "rtl"
    ) -> PreparedParagraph:
        key = (text, direction, default)
        prepared = self._prepared.get(key)
        if prepared is None:
            seed = self._seeds.pop(key, None)
            prepared = seed() if seed is not None else None
            if prepared is None or prepared.logical != text:
                resolved = base_direction(text, default) if direction == "auto" else direction
                prepared = self._prepared_paragraph(text, resolved)
            self._prepared.remember(key, text, prepared)
        else:
            self._prepared.move_to_end(key)
        return prepared

    def prepared_keys(self) -> set[PreparedKey]:
        """The paragraphs prepared so far, or seeded and not yet asked for."""
        return {*self._prepared, *self._seeds}

    def prepared_entries(self) -> list[tuple[PreparedKey, PreparedParagraph]]:
        """What has been prepared so far (to keep between runs: layout/cache.py),
        seeds not yet asked for included (read now)."""
        for text, choice, default in list(self._seeds):  # (keys that prepare made)
            self.prepare(text, cast(DirectionChoice, choice), cast(Direction, default))
        return list(self._prepared.items())

    def seed(self, seeds: dict[PreparedKey, Seed]) -> int:
        """Take paragraphs prepared in an earlier run, to read when first asked for;
        how many were taken.

        Only for an engine that shapes and reorders (the terminal mode prepares
        differently). A seed whose paragraph turns out unreadable, or not the text
        its key names, is prepared afresh.
        """
        if not self.reorder:
            return 0
        fresh = {key: seed for key, seed in seeds.items() if key not in self._prepared}
        self._seeds.update(fresh)
        return len(fresh)

    def layout(
        self,
        text: str,
        width: int,
        direction: DirectionChoice = "auto",
        default: Direction = "rtl",
    ) -> ParagraphLayout:
        """The visual lines of a logical paragraph at `width` cells."""
        if width < 1:
            raise ValueError(f"width must be at least 1 cell, not {width}")
        key = (text, width, direction, default)
        layout = self._layouts.get(key)
        if layout is None:
            prepared = self.prepare(text, direction, default)
            carrier = _carrier(prepared, width, self.reorder)
            lines = tuple(
                _reorder(prepared, start, end, width, self.reorder, carrier)
                for start, end in _wrap(prepared.widths, prepared.spaces, width - carrier)
            )
            layout = ParagraphLayout(lines, prepared.direction, width)
            self._layouts.remember(key, text, layout)
        else:
            self._layouts.move_to_end(key)
        return layout

    def cached_layout(
        self, text: str, width: int, direction: DirectionChoice = "auto", default: Direction = "rtl"
    ) -> ParagraphLayout | None:
        """The layout if it is already known (no work done otherwise)."""
        return self._layouts.get((text, width, direction, default))

    def visual(self, text: str, direction: DirectionChoice = "auto") -> str:
        """A short string (a name, a label) as one visual line at its natural width."""
        width = max(1, self.prepare(text, direction).width)
        return self.layout(text, width, direction).lines[0].text

    def single_line(
        self, text: str, width: int, direction: DirectionChoice = "auto", default: Direction = "rtl"
    ) -> VisualLine:
        """The first visual line only, for a one-line label; ends in an ellipsis if cut."""
        lines = self.layout(text, width, direction, default).lines
        first = lines[0]
        if len(lines) == 1 or width < 2:
            return first
        cells = list(first.cells)
        # The cut is at the line's logical end: on the left of an RTL line.
        if first.direction == "rtl":
            if cells[1] == "":
                cells[1] = " "  # the ellipsis replaced the first half of a wide glyph
            cells[0] = TOO_WIDE
        else:
            if cells[-1] == "":
                cells[-2] = " "
            cells[-1] = TOO_WIDE
        return VisualLine(
            tuple(cells), first.start, first.end, first.direction, first.columns, first.spans
        )

    def _prepared_paragraph(self, text: str, direction: Direction) -> PreparedParagraph:
        display = sanitize_for_display(text)
        if self.reorder:
            shaped = self._shaper.shape(display)
            # Levels are resolved on the logical text, each character with its own
            # class: a TAB drawn as a space is still a segment separator (L1), U+2029
            # still a paragraph separator, ESC drawn as a picture still ignored (X9).
            kinds = [bidi_class(char) for char in text] if display != text else None
            logical_levels = embedding_levels(display, direction, kinds)
            if shaped.text is display:  # nothing shaped: one glyph per character
                levels = logical_levels
            else:
                levels = [logical_levels[source] for source in shaped.source]
        else:
            shaped = ShapedText(display, tuple(range(len(display))), tuple(range(len(display))))
            levels = [0] * len(display)
        # Gather each cluster's parts first and build the Cluster objects once.
        texts: list[str] = []
        widths: list[int] = []
        starts: list[int] = []
        cluster_levels: list[int] = []
        spaces: list[bool] = []
        source = shaped.source
        glyphs = shaped.text
        known_widths = _CELL_WIDTHS
        count = len(glyphs)
        j = 0
        while j < count:
            char = glyphs[j]
            level = levels[j]
            width = known_widths.get(char)
            if width is None:
                width = known_widths[char] = _cell_width(char)
            j += 1
            if width == 0:
                # A mark, or a format control (sent nowhere: the layout has done its
                # job). It goes with the cluster before it only at that cluster's
                # level: then it cannot change the order (rule L2 keeps it beside it).
                is_format = _is_format(char)
                if texts and cluster_levels[-1] == level and (is_format or widths[-1]):
                    if (
                        char == ZWJ and j < count and widths[-1]
                        and _joins_emoji(texts[-1], glyphs[j])
                    ):  # fmt: skip
                        # An emoji ZWJ sequence (👨‍👩‍👧) is one glyph, kept whole.
                        texts[-1] += char + glyphs[j]
                        widths[-1] = cell_len(texts[-1])
                        j += 1
                    elif not is_format:
                        texts[-1] += char
                        spaces[-1] = False  # a space carrying a mark is a glyph, not a break
                        if char == VS16:
                            widths[-1] = cell_len(texts[-1])  # emoji presentation: wide
                    continue
                # Otherwise it keeps its own place: a control as a cluster of no
                # cells (its level still splits runs: an isolate's PDI, an RLM), a
                # mark with nothing to sit on drawn on a dotted circle, as HarfBuzz does.
                texts.append("" if is_format else DOTTED_CIRCLE + char)
                widths.append(0 if is_format else 1)
            elif (
                _is_regional_indicator(char) and texts and widths[-1] == 1
                and cluster_levels[-1] == level and _is_regional_indicator(texts[-1][-1])
                and len(texts[-1]) == 1
            ):  # fmt: skip
                texts[-1] += char  # two regional indicators are one flag, never reversed
                widths[-1] = cell_len(texts[-1])
                continue
            else:
                texts.append(char)
                widths.append(width)
            starts.append(source[j - 1])
            cluster_levels.append(level)
            spaces.append(char == " ")
        # Each cluster covers the logical chars up to where the next one begins.
        length = len(text)
        count = len(texts)
        ends = []
        if count:
            starts[0] = 0
            ends = [max(end, start + 1) for start, end in zip(starts, starts[1:], strict=False)]
            ends.append(max(length, starts[-1] + 1))
        # One str per glyph, not a fresh one for each letter met (a letter past
        # Latin-1 read out of a str is a new object of 76 bytes).
        return PreparedParagraph(
            text, direction, tuple(map(sys.intern, texts)), bytes(widths), array("I", starts),
            array("I", ends), bytes(cluster_levels), bytes(spaces),
        )  # fmt: skip


ZWJ = "\u200d"
VS16 = "\ufe0f"  # variation selector 16: emoji presentation
SOFT_HYPHEN = "\u00ad"


def _cell_width(char: str) -> int:
    # A soft hyphen is invisible inside a word (Rich counts it as one cell).
    return 0 if char == SOFT_HYPHEN else cell_len(char)


_FORMAT: dict[str, bool] = {}


def _is_format(char: str) -> bool:
    """A format control (Cf): drawn as nothing, unlike a mark."""
    known = _FORMAT.get(char)
    if known is None:
        known = _FORMAT[char] = unicodedata.category(char) == "Cf"
    return known


def _joins_emoji(cluster: str, following: str) -> bool:
    """A ZWJ between two pictographs: an emoji ZWJ sequence (UAX #29, GB11)."""
    return unicodedata.category(cluster[0]) == "So" and unicodedata.category(following) == "So"


def _is_regional_indicator(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"


# Cells per character, learnt as characters are met (a few hundred in practice).
_CELL_WIDTHS: dict[str, int] = {}


def _wrap(widths: bytes, spaces: bytes, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap in logical order: (first, end) cluster indices per line.

    Spaces after a line's last word stay on that line (they become invisible);
    a word wider than the line is broken between glyphs, never dropped.
    """
    count = len(widths)
    lines: list[tuple[int, int]] = []
    line_start = 0
    used = 0  # cells up to the end of the line's last word
    pending = 0  # cells of the spaces after it
    has_word = False
    index = 0
    while index < count:
        if spaces[index]:
            pending += widths[index]
            index += 1
            continue
        word_end = index
        while word_end < count and not spaces[word_end]:
            word_end += 1
        word_width = sum(widths[index:word_end])
        if has_word and used + pending + word_width > width:
            lines.append((line_start, index))
            line_start, used, pending = index, 0, 0
        if used + pending + word_width <= width:
            used += pending + word_width
        else:
            for position in range(index, word_end):
                glyph = widths[position]
                if position > line_start and used + pending + glyph > width:
                    lines.append((line_start, position))
                    line_start, used, pending = position, 0, 0
                used += pending + glyph
                pending = 0
        pending = 0
        has_word = True
        index = word_end
    lines.append((line_start, count))
    return lines


# Rule L1: what takes the paragraph level at a line's end (with X9's removed classes).
_RESET_AT_LINE_END = frozenset(
    {"WS", "S", "B", "LRI", "RLI", "FSI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"}
)


def _reset_at_line_end(text: str, start: int, logical: str) -> bool:
    """Whitespace alone (a mark on a space makes it a glyph), or a control."""
    if text:
        return len(text) == 1 and bidi_class(text) in _RESET_AT_LINE_END
    return bidi_class(logical[start]) in _RESET_AT_LINE_END


def _reorder(
    prepared: PreparedParagraph,
    first: int,
    end: int,
    width: int,
    reorder: bool = True,
    carrier: int = 0,
) -> VisualLine:
    texts, widths, starts, ends = prepared.texts, prepared.widths, prepared.starts, prepared.ends
    # Without reordering, lines go out in logical order (a right-to-left one padded
    # before it, in an isolate): the terminal's own bidi orders them.
    base_level = 1 if prepared.direction == "rtl" and reorder else 0
    shown = end
    # Rule L1: whitespace and controls at the line's end take the paragraph level.
    # Spaces are dropped (the line break swallows them) so alignment is exact, and
    # controls show nothing; other whitespace (an em space) stays, at that level.
    spaces = prepared.spaces
    while shown > first and (spaces[shown - 1] or not widths[shown - 1]):
        shown -= 1
    levels = list(prepared.levels[first:shown])
    if shown > first and texts[shown - 1].isspace():
        at = shown
        while at > first and _reset_at_line_end(texts[at - 1], starts[at - 1], prepared.logical):
            at -= 1
            levels[at - first] = base_level
    order = visual_order(levels)
    # A glyph wider than the line (only a line one cell wide) shows as one cell, TOO_WIDE.
    kept_widths = widths[first:shown]
    used = sum(kept_widths) if width > 1 else len(kept_widths) - kept_widths.count(0)
    cells: list[str] = []
    pad = max(0, width - used)
    if base_level == 1:
        cells.extend(" " * pad)
    logical_start = starts[first] if end > first else 0
    logical_end = ends[end - 1] if end > first else 0
    columns = [-1] * (logical_end - logical_start)
    spans = [0] * (logical_end - logical_start)
    all_levels = prepared.levels
    for index in order:
        at = first + index
        text, cluster_width, start, stop, level = (
            texts[at],
            widths[at],
            starts[at],
            ends[at],
            all_levels[at],
        )
        column = len(cells)
        if cluster_width and level % 2 and text[0] in MIRRORED:
            text = MIRRORED[text[0]] + text[1:]
        if cluster_width == 1:
            cells.append(text)
        elif cluster_width:
            if cluster_width > width:
                text, cluster_width = TOO_WIDE, 1
            cells.append(text)
            cells.extend([""] * (cluster_width - 1))
        else:
            # Drawn as nothing, where it sits in the order (that cell, no count).
            column = min(column, width - 1)
            for offset in range(start - logical_start, stop - logical_start):
                columns[offset] = column
            continue
        if stop - start == 1:
            columns[start - logical_start] = column
            spans[start - logical_start] = cluster_width
        else:
            for offset in range(start - logical_start, stop - logical_start):
                columns[offset] = column
                spans[offset] = cluster_width
    if shown < end:
        # Controls after the line's last glyph show nothing, at the line's end.
        end_column = min(len(cells), width - 1) if base_level == 0 else max(pad - 1, 0)
        for at in range(shown, end):
            if not widths[at]:
                for offset in range(starts[at] - logical_start, ends[at] - logical_start):
                    columns[offset] = end_column
    if not reorder and prepared.direction == "rtl" and cells:
        _embed_right_to_left(cells, carrier)
        # The padding goes before the isolate: the row's direction is guessed with the
        # isolate's letters left out, left to right, so the line sits at its right end.
        lead = max(0, width - len(cells))
        cells[:0] = " " * lead
        if carrier + lead:
            columns = [column + carrier + lead if column >= 0 else column for column in columns]
    if base_level == 0:
        cells.extend(" " * (width - len(cells)))
    return VisualLine(
        tuple(cells[:width]),
        logical_start,
        logical_end,
        prepared.direction,
        tuple(columns),
        tuple(spans),
    )


def _carrier(prepared: PreparedParagraph, width: int, reorder: bool) -> int:
    """The cell each right-to-left line takes for its embedding in terminal mode (0 or
    1). Not for a paragraph exactly `width` wide (a label at its natural width): it
    would wrap for one cell; its first glyph carries the RLE instead."""
    rtl_for_terminal = not reorder and prepared.direction == "rtl" and width > 1
    return 1 if rtl_for_terminal and prepared.width != width else 0


def _embed_right_to_left(cells: list[str], carrier: int) -> None:
    """A right-to-left line for a terminal that orders it (`--bidi terminal`), as a
    right-to-left isolate: RLI on a space in a cell of its own before the line, PDI
    after its last glyph. The terminal guesses each row's direction from its first
    strong letter, so a line that starts with a Latin name came out in left-to-right
    run order. Konsole, VTE and mlterm honour the isolate; an RLM they ignore, and
    Konsole let an embedding's PDF (RLE ... PDF) spoil the row below. A zero-width
    character joins the cell before it, and Konsole orders each run of cells drawn
    alike on its own: the space is drawn as the line is, so the isolate opens in the
    line's own run."""
    if carrier:
        cells.insert(0, " " + RIGHT_TO_LEFT_ISOLATE)
    else:
        cells[0] = RIGHT_TO_LEFT_ISOLATE + cells[0]
    last = len(cells) - 1
    while last > 0 and cells[last] == "":  # the second half of a wide glyph
        last -= 1
    cells[last] += POP_DIRECTIONAL_ISOLATE


class _Recent(OrderedDict[_Key, _Value]):
    """The entries used last, within a count and a number of characters of their texts."""

    def __init__(self, size: int, chars: int) -> None:
        super().__init__()
        self.size = size
        self.chars = chars
        self.held = 0  # characters of the texts held
        self._lengths: dict[_Key, int] = {}

    def remember(self, key: _Key, text: str, value: _Value) -> None:
        """Keep `value` for `key` (laid out from `text`), letting go of the oldest past
        either bound; the newest is kept whatever its length."""
        self.held += len(text) - self._lengths.get(key, 0)
        self._lengths[key] = len(text)
        self[key] = value
        self.move_to_end(key)
        while len(self) > 1 and (len(self) > self.size or self.held > self.chars):
            oldest, _ = self.popitem(last=False)
            self.held -= self._lengths.pop(oldest)
