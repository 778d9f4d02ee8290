"""The main screen for `--bidi terminal`: one pane at a time, at any width.

A terminal that orders Arabic itself reorders each screen row as a whole, so a
row holding the article and a panel side by side would come out with their words
mixed. Here every row belongs to one pane: the explorer's narrow layout (the
article, or the tab strip and a panel; Tab and 1-6 switch), whatever the width.
"""

from __future__ import annotations

from .screen import ExplorerScreen


class SinglePaneExplorer(ExplorerScreen):
    # Made with it (styled_once.py): its first frame shows one pane (test_e2e_tmux).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow")]
