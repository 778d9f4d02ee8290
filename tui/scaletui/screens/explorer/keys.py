"""The main screen's keys (the help screen and the key bar read them from the screen),
and its palette's commands (Ctrl+P)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from ...i18n import N_

EXPLORER_BINDINGS: list[BindingType] = [
    Binding("tab", "cycle(1)", N_("Next panel"), id="cycle-next", priority=True,
            tooltip=N_("Move to the next panel (article, timeline, people, rivals, numbers, notes)")),
    Binding("shift+tab", "cycle(-1)", N_("Previous panel"), id="cycle-previous", priority=True,
            show=False, tooltip=N_("Move to the previous panel")),
    Binding("1", "jump('article')", N_("Article"), id="jump-article", show=False,
            tooltip=N_("Go to the article")),
    Binding("2", "jump('timeline')", N_("Timeline"), id="jump-timeline", show=False,
            tooltip=N_("Go to the timeline")),
    Binding("3", "jump('people')", N_("Key figures"), id="jump-people", show=False,
            tooltip=N_("Go to the key figures")),
    Binding("4", "jump('competitors')", N_("Competitors"), id="jump-competitors", show=False,
            tooltip=N_("Go to the competitors")),
    Binding("5", "jump('numbers')", N_("Numbers"), id="jump-numbers", show=False,
            tooltip=N_("Go to the story's numbers")),
    Binding("6", "jump('notes')", N_("Notes"), id="jump-notes", show=False,
            tooltip=N_("Go to your notes")),
    Binding("slash", "search", N_("Search"), id="search",
            tooltip=N_("Search the article (Arabic spelling variants and English names)")),
    Binding("right_square_bracket", "step(1)", N_("Next"), id="next-mark",
            tooltip=N_("Next highlighted mention or search hit")),
    Binding("n", "note_or_next", N_("Note"), id="note",
            tooltip=N_("Add a note on what is focused (while search hits are shown: next hit)")),
    Binding("a", "add_note", N_("Annotate"), id="annotate", show=False,
            tooltip=N_("Note the selection, or what is focused (always)")),
    Binding("x", "export", N_("Export"), id="export",
            tooltip=N_("Export your notes on this story to a file you choose")),
    Binding("c", "cite", N_("Cite"), id="cite", show=False,
            tooltip=N_("Copy a citation of what is focused: quote, source, paragraph")),
    Binding("left_square_bracket,N", "step(-1)", N_("Previous"), id="previous-mark",
            show=False, tooltip=N_("Previous highlighted mention or search hit")),
    Binding("escape", "clear", N_("Clear"), id="clear",
            tooltip=N_("Clear highlights and the selection (and close the search bar)")),
    Binding("question_mark", "help", N_("Help"), id="help", tooltip=N_("Every key, on one screen")),
    # Not in the key bar (they would push the keys above off an 80-column line);
    # `?` lists them, the status line names `i` when it cuts a sentence.
    Binding("i", "detail", N_("Detail"), id="detail", show=False,
            tooltip=N_("The whole provenance of the selected item (or the status line's "
                       "whole text, or the story)")),
    Binding("t", "toc", N_("Contents"), id="toc", show=False,
            tooltip=N_("The table of contents: the article's headings; Enter jumps")),
    Binding("alt+left,backspace,left_parenthesis", "back", N_("Back"), id="back",
            show=False, tooltip=N_("Back to where you were before the last jump")),
    Binding("alt+right,shift+backspace,right_parenthesis", "forward", N_("Forward"),
            id="forward", show=False, tooltip=N_("Forward again, after going back")),
    Binding("L", "library", N_("Library"), id="library", show=False,
            tooltip=N_("Every story: open another, or search them all")),
]  # fmt: skip


def story_commands() -> type:
    """The palette's provider, imported when the palette first opens (not at startup)."""
    from ..commands import StoryCommands

    return StoryCommands
