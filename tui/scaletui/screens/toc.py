"""The table of contents: the article's title and headings; Enter jumps."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from ..explore.rows import PanelItem
from ..i18n import ENGLISH, N_, Language
from ..layout import LayoutEngine
from ..layout.renderable import BidiText
from ..story.toc import TocEntry, section_of
from ..widgets.story_panel import StoryPanel
from .answer_once import AnswerOnce
from .at_app_size import AtTheAppsSize

TOC_PREFIX = "toc:"


def toc_items(entries: list[TocEntry], language: Language = ENGLISH) -> list[PanelItem]:
    _ = language.gettext
    if not entries:
        return [PanelItem("toc:none", lines=((_("This text has no headings"), "dim"),),
                          heading=True)]  # fmt: skip
    title = _("Title")
    return [
        PanelItem(
            f"{TOC_PREFIX}{entry.paragraph}",
            arabic=entry.text,
            lines=(
                (
                    f"{title if entry.level == 0 else '¶'} {language.number(entry.paragraph + 1)}",
                    "dim",
                ),
            ),
        )
        for entry in entries
    ]


class TocScreen(AtTheAppsSize, AnswerOnce, ModalScreen[int | None]):
    """Dismissed with the chosen heading's paragraph (None: closed)."""

    AUTO_FOCUS = "#toc"

    DEFAULT_CSS = """
    TocScreen {
        align: center middle;
    }
    TocScreen > Vertical {
        width: 90%;
        max-width: 90;
        height: 90%;
        border: double $accent;
        background: $surface;
    }
    TocScreen #toc-title {
        height: 1;
        padding: 0 1;
    }
    TocScreen StoryPanel, TocScreen StoryPanel:focus {
        border: none;
    }
    """

    BINDINGS = [
        Binding("escape,t,q", "dismiss", N_("Close"), id="toc.close",
                tooltip=N_("Close the contents")),
    ]  # fmt: skip

    def __init__(
        self, engine: LayoutEngine, entries: list[TocEntry], paragraph: int,
        language: Language = ENGLISH,
    ) -> None:  # fmt: skip
        super().__init__()
        self.engine = engine
        self.entries = entries
        self.paragraph = paragraph  # where the reader is: its section is selected
        self.language = language

    def compose(self) -> ComposeResult:
        _ = self.language.gettext
        title = _("Contents") + "   " + _("Enter go to  Esc close")
        side = self.language.direction  # right to left: the title at the right edge
        with Vertical():
            yield Static(BidiText(self.engine, title, max_lines=1, direction=side, default=side),
                         id="toc-title")  # fmt: skip
            yield StoryPanel(self.engine, toc_items(self.entries, self.language),
                             language=self.language, id="toc")  # fmt: skip

    def on_mount(self) -> None:
        panel = self.query_one(StoryPanel)
        here = section_of(self.entries, self.paragraph)
        if here is not None:
            panel.select_item(f"{TOC_PREFIX}{here.paragraph}")
        panel.focus()

    @on(StoryPanel.ItemSelected)
    def _chosen(self, message: StoryPanel.ItemSelected) -> None:
        key = message.item_id.removeprefix(TOC_PREFIX)
        if key.isdigit():
            self.dismiss(int(key))
