"""The help screen: every key, generated from the bindings themselves."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

# Textual key names, shown the way a reader types them.
KEY_NAMES = {
    "question_mark": "?", "slash": "/", "left_square_bracket": "[",
    "right_square_bracket": "]", "escape": "Esc", "enter": "Enter", "tab": "Tab",
    "shift+tab": "Shift+Tab", "space": "Space", "pageup": "PgUp", "pagedown": "PgDn",
    "up": "↑", "down": "↓", "home": "Home", "end": "End", "ctrl+p": "Ctrl+P",
    "ctrl+c": "Ctrl+C", "ctrl+q": "Ctrl+Q", "alt+left": "Alt+←", "alt+right": "Alt+→",
    "backspace": "Backspace", "shift+backspace": "Shift+Backspace", "left_parenthesis": "(",
    "right_parenthesis": ")",
}  # fmt: skip


def key_label(keys: str) -> str:
    return " / ".join(KEY_NAMES.get(key, key) for key in keys.split(","))


def bindings_of(owner: type, inherited: bool = True) -> list[Binding]:
    """An owner's bindings as declared (subclass first, then what it inherits)."""
    seen: set[str] = set()
    found: list[Binding] = []
    for cls in owner.__mro__ if inherited else (owner,):
        declared: Iterable[BindingType] = cls.__dict__.get("BINDINGS", [])
        for binding in Binding.make_bindings(declared):
            if binding.key not in seen and binding.description:
                seen.add(binding.key)
                found.append(binding)
        if not cls.__dict__.get("_inherit_bindings", True):
            break  # declared with inherit_bindings=False: Textual ignores what is above
    return found


Group = tuple[str, type] | tuple[str, type, bool]


def binding_groups(groups: list[Group]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(keys, description)]) with each action's keys joined.

    A key bound with priority somewhere wins everywhere, so it is listed only there.
    """
    owned = {group[0]: bindings_of(*group[1:]) for group in groups}
    priority = {(title, b.key) for title, bindings in owned.items() for b in bindings if b.priority}
    result = []
    for title in owned:
        rows: dict[str, list[str]] = {}
        descriptions: dict[str, str] = {}
        for binding in owned[title]:
            if any(key == binding.key and other != title for other, key in priority):
                continue
            rows.setdefault(binding.action, []).append(binding.key)
            descriptions.setdefault(binding.action, binding.tooltip or binding.description)
        result.append(
            (title, [(key_label(",".join(keys)), descriptions[a]) for a, keys in rows.items()])
        )
    return result


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > VerticalScroll {
        width: 90%;
        max-width: 90;
        height: 90%;
        border: double $accent;
        background: $surface;
        padding: 0 1;
    }
    """

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(self, groups: list[Group]) -> None:
        super().__init__()
        # Its own keys only: the modal screen offers nothing else it inherits.
        self.groups = binding_groups([*groups, ("This help", HelpScreen, False)])

    @classmethod
    def for_explorer(cls, app: type, explorer: type) -> HelpScreen:
        """Help for the main screen: the app's keys (its class, so no import of the
        app here), the screen's, and those of every part that has its own."""
        from ..widgets.article_view import ArticleView
        from ..widgets.notes_panel import NotesList
        from ..widgets.search_bar import SearchBar
        from ..widgets.story_panel import StoryPanel
        from .detail import ItemDetailScreen
        from .dialogs import NoteEditor
        from .library import LibraryScreen
        from .toc import TocScreen

        return cls(
            [
                ("Everywhere", app),
                ("Main screen", explorer),
                ("Article", ArticleView),
                ("Panels", StoryPanel),
                ("Notes", NotesList),
                ("Search bar", SearchBar),
                ("Note editor", NoteEditor),
                ("Detail view", ItemDetailScreen),
                ("Contents", TocScreen),
                ("Library", LibraryScreen),
            ]
        )

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True, show_header=False, padding=(0, 1))
        table.add_column("key", style="bold", no_wrap=True, ratio=1)
        table.add_column("what it does", ratio=3)
        for title, rows in self.groups:
            table.add_row(Text(title, style="bold underline"), "")
            for keys, description in rows:
                table.add_row(Text(keys), Text(description))
            table.add_row("", "")
        with VerticalScroll():
            yield Static(Text("scaletui — keys", style="bold"))
            yield Static(table)
            lines = self.terminal_lines()
            if lines:
                yield Static(Text("Terminal", style="bold underline"), id="help-terminal-title")
                yield Static(Text("\n".join(lines)), id="help-terminal")

    def terminal_lines(self) -> list[str]:
        """What to know about this terminal (the main app's; none for another app)."""
        from ..terminal.hints import help_lines
        from ..terminal.setting import BidiSetting

        setting = getattr(self.app, "bidi", None)
        if not isinstance(setting, BidiSetting):
            return []
        return help_lines(setting.terminal, setting.mode)
