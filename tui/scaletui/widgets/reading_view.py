"""The article as the explorer uses it: an ArticleView that says where it jumps
and shows where the reader is (paragraph n/N and % in its bottom border).

Jumps (a revealed item, hit, mention or note, Home/`g` and End/`G`) post
`Jumped` with where the reader was and where they are now, for the screen's
history; `go_to` moves without posting, for going back and forward.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.message import Message

from ..explore.history import Place
from ..explore.progress import Progress
from ..i18n import ENGLISH, Language
from ..layout import LayoutEngine
from ..layout.rows import text_lengths
from ..story import Paragraph, Span
from .article_view import ArticleView


class ReadingView(ArticleView):
    @dataclass
    class Jumped(Message):
        view: ReadingView
        origin: Place
        target: Place

        @property
        def control(self) -> ReadingView:
            return self.view

    def __init__(
        self,
        engine: LayoutEngine,
        paragraphs: Sequence[Paragraph],
        *,
        id: str | None = None,
        language: Language = ENGLISH,
    ) -> None:
        super().__init__(engine, paragraphs, id=id, mirrored=language.rtl)
        self.language = language
        if language.rtl:  # mirrored: the position at the bottom border's left end
            self.styles.border_subtitle_align = "left"
        self.progress = Progress(len(text) + 1 for text in self._texts)
        self._going = False  # moving through history: not a jump of its own
        self.pending_place: Place | None = None  # in a part of a book not read yet

    def paragraphs_added(self) -> None:
        """A book being read has more: the position counts it, a kept place may be here."""
        super().paragraphs_added()
        # Their lengths, not Paragraphs nor texts: a step of a book of short lines brings
        # tens of thousands, and making a Paragraph of each held keys 150 to 250 ms a time.
        lengths = text_lengths(self._texts, self.progress.count, len(self._texts))
        self.progress.extend(length + 1 for length in lengths)
        self._show_progress()
        pending = self.pending_place
        if pending is not None and (pending[0] < len(self.paragraphs) or not self.more_coming):
            self.pending_place = None
            self.go_to(pending)

    @property
    def place(self) -> Place:
        """The reading cursor's (paragraph, logical offset)."""
        return self._cursor_place() or (self.cursor_paragraph, 0)

    def _jump(self, move: object, *args: object) -> None:
        origin = self.place
        move(*args)  # type: ignore[operator]
        target = self.place
        if not self._going and origin != target:
            self.post_message(self.Jumped(self, origin, target))

    def reveal(self, span: Span) -> None:
        self._jump(self._reveal_exactly, span)

    def _reveal_exactly(self, span: Span) -> None:
        super().reveal(span)
        # Rows below the view are estimates until laid out: once scrolled there,
        # they are exact, and a second move puts the cursor on the span's own line.
        row = self.row_of(span.paragraph, span.start)
        if row != self.cursor_row:
            self.move_cursor(row)

    def action_cursor_home(self) -> None:
        self._jump(super().action_cursor_home)

    def action_cursor_end(self) -> None:
        self._jump(super().action_cursor_end)

    def go_to(self, place: Place) -> None:
        """Put the reading cursor at a place (from history or memory): no Jumped."""
        if not self.paragraphs:
            return
        if place[0] >= len(self.paragraphs) and self.more_coming:
            self.pending_place = place  # gone to when that part of the book arrives
            return
        paragraph = max(0, min(place[0], len(self.paragraphs) - 1))
        offset = max(0, min(place[1], len(self.paragraphs[paragraph].text)))
        self._going = True
        try:
            self._reveal_exactly(Span(paragraph, offset, offset))
        finally:
            self._going = False

    def move_cursor(self, row_index: int) -> None:
        super().move_cursor(row_index)
        self._show_progress()

    def _announce_paragraph(self) -> None:
        super()._announce_paragraph()  # also when scrolling carries the cursor along
        self._show_progress()

    def _show_progress(self) -> None:
        paragraph, offset = self.place
        label = self.language.digits_of(self.progress.label(paragraph, offset))
        if self.language.rtl:
            # Textual draws the border as given: the engine orders it right to left
            # (¶ on the right, the percentage on the left, numbers read as numbers).
            label = self.engine.visual(label, "rtl")
        if label != self.border_subtitle:
            self.border_subtitle = label

    def on_mount(self) -> None:
        self._show_progress()
