"""The App: small. It owns the layout engine and pushes the explorer screen."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from .layout import LayoutEngine
from .notes import NoteStore
from .screens.explorer import ExplorerScreen
from .story import Story

# Screenshots hold text already in visual order; without this a browser showing
# the SVG would run its own bidi over each Arabic run and reverse it again.
SVG_VISUAL_ORDER = "\n    text { unicode-bidi: bidi-override; direction: ltr; }\n"


def keep_visual_order(svg: str) -> str:
    return svg.replace("<style>", "<style>" + SVG_VISUAL_ORDER, 1)


class ScaleTUIApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "scaletui"

    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit", tooltip="Leave scaletui"),
        Binding("ctrl+p", "command_palette", "Jump to", id="palette", show=False,
                tooltip="Jump to any entity, event or person by its Arabic or English name"),
    ]  # fmt: skip

    def __init__(
        self,
        story: Story,
        engine: LayoutEngine | None = None,
        store: NoteStore | None = None,
        store_problem: str = "",
    ) -> None:
        super().__init__()
        self.story = story
        self.engine = engine or LayoutEngine()
        self.store = store
        self.store_problem = store_problem

    @property
    def data_dir(self) -> Path | None:
        return self.store.data_dir if self.store else None

    def export_screenshot(self, *, title: str | None = None, simplify: bool = False) -> str:
        return keep_visual_order(super().export_screenshot(title=title, simplify=simplify))

    def get_default_screen(self) -> ExplorerScreen:
        # The explorer is the first screen itself: pushing it over a blank default
        # screen would compose, style and paint that one for nothing.
        return ExplorerScreen(self.story, self.engine, self.store)

    def on_load(self) -> None:
        # Everything made so far (Textual's modules, the story) lives as long as
        # the app: frozen, the collector stops re-scanning it on every pass, which
        # took a tenth of start-up and made resizes stutter.
        gc.freeze()

    def on_unmount(self) -> None:
        gc.unfreeze()  # collectable again (tests run many apps in one process)

    def on_mount(self) -> None:
        self.call_after_refresh(gc.freeze)  # and the first screen's widgets too
        if self.store_problem:
            self.notify(self.store_problem, severity="error", timeout=20, markup=False)
        elif self.store is not None and self.store.moved_aside is not None:
            self.notify(
                f"The notes database was unreadable; it was kept as {self.store.moved_aside} "
                "and a new one started.",
                severity="warning", timeout=20, markup=False,
            )  # fmt: skip
