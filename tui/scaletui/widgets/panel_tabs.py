"""The sidebar's tab strip: one line naming the panels, the current one lit."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message

from ..i18n import ENGLISH, Language
from ..layout import LayoutEngine
from .chrome import chrome_text
from .laid_out_once import LaidOutOnce
from .rich_rows import RichRows
from .sidebar import sidebar_content_width


def short_titles(language: Language) -> dict[str, str]:
    """Names for a sidebar too narrow for the full ones."""
    return {
        "timeline": language.pgettext("short tab", "Time"),
        "people": language.pgettext("short tab", "People"),
        "numbers": language.pgettext("short tab", "Nums"),
        "competitors": language.pgettext("short tab", "Rivals"),
    }


class PanelTabs(LaidOutOnce, RichRows):
    """Draws the tab names itself: one widget, not a Tab widget per panel. Right to
    left, the first tab is at the right edge; every name is laid out by the engine."""

    COMPONENT_CLASSES = {"panel-tabs--active", "panel-tabs--tab"}

    DEFAULT_CSS = """
    PanelTabs {
        height: 1;
        background: $panel;
    }
    PanelTabs > .panel-tabs--tab {
        color: $text-muted;
    }
    /* Not by colour alone: the active tab is in brackets and underlined too. The
       terminal's own white on blue reads in any palette (bold dark text on $accent
       came out grey on red in xterm's 16 colours). */
    PanelTabs > .panel-tabs--active {
        background: $primary-darken-3;
        color: ansi_bright_white;
        text-style: bold underline;
    }
    """

    @dataclass
    class Clicked(Message):
        """A tab was clicked: show its panel."""

        tabs: PanelTabs
        name: str

        @property
        def control(self) -> PanelTabs:
            return self.tabs

    def __init__(
        self, titles: dict[str, str], active: str, *, engine: LayoutEngine | None = None,
        language: Language = ENGLISH, id: str | None = None, classes: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(id=id, classes=classes)
        self.titles = dict(titles)
        self.active = active
        self.engine = engine or LayoutEngine()
        self.language = language
        self.short = short_titles(language)
        self._ranges: list[tuple[int, int, str]] = []  # start cell, end cell, panel
        self._said: dict[str, Text] = {}  # each label as laid out

    def get_content_width(self, container: Size, _viewport: Size) -> int:
        return sidebar_content_width(self, container)

    def show(self, name: str) -> None:
        self.active = name
        self.refresh()

    def set_title(self, name: str, title: str) -> None:
        self.titles[name] = title
        self.refresh()

    def _labels(self, width: int) -> tuple[list[Text], str]:
        """The labels and the gap between them: full names if they fit, else shorter.
        The active one is in brackets (the padded labels give up their spaces)."""
        short = {name: self.short.get(name, title) for name, title in self.titles.items()}
        for titles, padded, gap in (
            (self.titles, True, " "),
            (self.titles, False, " "),
            (short, False, " "),
            (short, False, ""),
        ):
            labels = [
                self._laid_out(self._label(name, title, padded)) for name, title in titles.items()
            ]
            if sum(label.cell_len for label in labels) + len(gap) * (len(labels) - 1) <= width:
                break
        return labels, gap

    def _laid_out(self, label: str) -> Text:
        """A label laid out by the engine, once (a resize tries up to four sets)."""
        laid_out = self._said.get(label)
        if laid_out is None:
            laid_out = self._said[label] = chrome_text(self.engine, self.language, label)
        return laid_out.copy()  # the caller styles its copy

    def _label(self, name: str, title: str, padded: bool) -> str:
        if name == self.active:
            return f"[{title}]"
        return f" {title} " if padded else title

    def render(self) -> Text:
        """The tabs as drawn, the active one lit."""
        labels, gap = self._labels(self.size.width)
        active = self.get_component_rich_style("panel-tabs--active")
        other = self.get_component_rich_style("panel-tabs--tab")
        tabs = list(zip(self.titles, labels, strict=True))
        text = Text(no_wrap=True, overflow="crop")
        if self.language.rtl:
            tabs.reverse()
            used = sum(label.cell_len for _, label in tabs) + len(gap) * (len(tabs) - 1)
            text.append(" " * max(0, self.size.width - used))  # flush right
        self._ranges = []
        for index, (name, label) in enumerate(tabs):
            if index and gap:
                text.append(gap)
            start = text.cell_len
            label.stylize(active if name == self.active else other)
            text.append_text(label)
            self._ranges.append((start, text.cell_len, name))
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, name in self._ranges:
            if start <= event.x < end:
                self.post_message(self.Clicked(self, name))
                return
