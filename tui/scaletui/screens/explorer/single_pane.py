"""The main screen for `--bidi terminal`: one pane at a time, at any width.

A terminal that orders Arabic itself reorders each screen row as a whole, so a
row holding the article and a panel side by side would come out with their words
mixed. Here every row belongs to one pane: the explorer's narrow layout (the
article, or the tab strip and a panel; Tab and 1-6 switch), whatever the width.
"""

from __future__ import annotations

from .screen import ExplorerScreen


class SinglePaneExplorer(ExplorerScreen):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow")]
    # Textual sets a breakpoint's class only on the screen's first resize: without it
    # here, the first frame showed the panes side by side (caught by test_e2e_tmux).
    DEFAULT_CLASSES = "-narrow"
