"""The explorer's grid: which cell each region takes, at each size and direction."""

NARROW_WIDTH = 70  # below this, the article and the panels take turns
SHORT_HEIGHT = 12  # below this, no header

# One grid, no containers: Textual paints every container under its children,
# and three of them cost a tenth of each resize. Columns: the article, and the
# sidebar (2/5 of the width, 36 to 60 cells; its widgets size the auto column).
# Rows: the tab strip, the panel, the status line (which is under the article).
GRID_CSS = """
ExplorerScreen {
    layout: grid;
    grid-size: 2 3;
    grid-columns: 1fr auto;
    grid-rows: 1 1fr 1;
}
ExplorerScreen StoryHeader {
    dock: top;
}
ExplorerScreen #article {
    row-span: 2;
}
ExplorerScreen .sidebar {
    min-width: 36;
    max-width: 60;
}
ExplorerScreen .panel {
    row-span: 2;
    display: none;
}
ExplorerScreen .panel.-shown {
    display: block;
}
ExplorerScreen.-rtl {
    grid-columns: auto 1fr;  /* mirrored: the panels on the left, the article right */
}
ExplorerScreen.-narrow {
    grid-size: 1 2;
    grid-columns: 1fr;
    grid-rows: 1fr 1;
}
ExplorerScreen.-narrow #article {
    row-span: 1;
}
ExplorerScreen.-narrow .sidebar {
    display: none;
    row-span: 1;
    min-width: 0;
    max-width: 100%;
}
ExplorerScreen.-narrow.-panels {
    grid-rows: 1 1fr;
}
ExplorerScreen.-narrow.-panels #article, ExplorerScreen.-narrow.-panels #status {
    display: none;
}
ExplorerScreen.-narrow.-panels PanelTabs, ExplorerScreen.-narrow.-panels .panel.-shown {
    display: block;
}
ExplorerScreen.-short StoryHeader {
    display: none;
}
"""
