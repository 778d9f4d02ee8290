"""The item detail view: an item's whole provenance and every field the pack
gives it, scrollable. Enter jumps to the evidence in the article, `n` adds a
note on the item; Esc (or `i` again) closes."""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..explore.detail import ItemDetail
from ..i18n import ENGLISH, N_, Language
from ..layout import LayoutEngine
from ..layout.renderable import BidiText
from .answer_once import AnswerOnce
from .at_app_size import AtTheAppsSize

DetailAction = Literal["jump", "note"]


class DetailScroll(VerticalScroll, can_focus=True):
    BINDINGS = [
        Binding("down,j", "scroll_down", N_("Scroll down"), id="detail.down", show=False),
        Binding("up,k", "scroll_up", N_("Scroll up"), id="detail.up", show=False),
    ]


class ItemDetailScreen(AtTheAppsSize, AnswerOnce, ModalScreen[DetailAction | None]):
    AUTO_FOCUS = "#detail"
    DEFAULT_CSS = """
    ItemDetailScreen {
        align: center middle;
    }
    ItemDetailScreen > Vertical {
        width: 90%;
        max-width: 100;
        height: 90%;
        border: double $accent;
        background: $surface;
    }
    ItemDetailScreen DetailScroll {
        height: 1fr;
        padding: 0 1;
    }
    ItemDetailScreen .detail-heading {
        margin-top: 1;
        color: $text-accent;
    }
    ItemDetailScreen #detail-keys {
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    """

    BINDINGS = [
        Binding("escape,i,q", "dismiss", N_("Close"), id="detail.close",
                tooltip=N_("Close the detail view")),
        Binding("enter", "jump", N_("Show in text"), id="detail.jump",
                tooltip=N_("Jump to the item's evidence in the article")),
        Binding("n,a", "note", N_("Note"), id="detail.note",
                tooltip=N_("Add a note on this item")),
        Binding("c", "cite", N_("Cite"), id="detail.cite",
                tooltip=N_("Copy a citation of this item (or of the story)")),
    ]  # fmt: skip

    def __init__(
        self, engine: LayoutEngine, detail: ItemDetail, language: Language = ENGLISH
    ) -> None:
        super().__init__()
        self.engine = engine
        self.detail = detail
        self.language = language

    def compose(self) -> ComposeResult:
        _ = self.language.gettext
        side = self.language.direction  # chrome's side: headings and keys sit there
        with Vertical():
            with DetailScroll(id="detail"):
                # The title may be in any script: through the engine, not the border.
                yield Static(BidiText(self.engine, self.detail.title, style="bold", default=side))
                if self.detail.arabic:
                    yield Static(
                        BidiText(self.engine, self.detail.arabic, style="bold"), id="arabic"
                    )
                for section in self.detail.sections:
                    heading = BidiText(self.engine, section.heading, style="bold underline",
                                       direction=side, default=side)  # fmt: skip
                    yield Static(heading, classes="detail-heading")
                    for line in section.lines:
                        direction = line.default if line.imposed else "auto"
                        yield Static(BidiText(self.engine, line.parts, direction=direction,
                                              default=line.default))  # fmt: skip
            # Right to left, the first key is at the right edge and the hints read leftwards.
            keys = [_("Esc close")]
            if self.can_show:
                keys.append(_("Enter show in text"))
            if self.detail.ref is not None:
                keys.append(_("n note"))
            if self.detail.citation:
                keys.append(_("c cite"))
            hints = BidiText(self.engine, "   ".join(keys), max_lines=1, direction=side,
                             default=side)  # fmt: skip
            yield Static(hints, id="detail-keys")

    def on_mount(self) -> None:
        self.query_one(DetailScroll).focus()

    @property
    def can_show(self) -> bool:
        """Evidence to jump to, or an entity's mentions to light up."""
        ref = self.detail.ref
        return self.detail.evidence is not None or (ref is not None and ref.names_entity)

    def action_jump(self) -> None:
        if self.can_show:
            self.dismiss("jump")

    def action_note(self) -> None:
        if self.detail.ref is not None:
            self.dismiss("note")

    def action_cite(self) -> None:
        """Copy the citation (logical text) and stay: the reader may go on reading."""
        from ..widgets.chrome import notify

        if self.detail.citation:
            self.app.copy_to_clipboard(self.detail.citation)
            said = self.language.gettext("Citation copied ({count} characters)")
            notify(self, self.engine, said.format(count=self.language.number(
                len(self.detail.citation))), timeout=3)  # fmt: skip
