"""The help screen: every key, generated from the bindings themselves."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group as Lines
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..i18n import ENGLISH, N_, Language
from ..layout import LayoutEngine
from ..layout.renderable import BidiText
from ..widgets.own_bindings import inherits_bindings
from .at_app_size import AtTheAppsSize

# Textual key names, shown the way a reader types them.
KEY_NAMES = {
    "question_mark": "?", "slash": "/", "left_square_bracket": "[",
    "right_square_bracket": "]", "escape": "Esc", "enter": "Enter", "tab": "Tab",
    "space": "Space", "pageup": "PgUp", "pagedown": "PgDn", "up": "↑", "down": "↓",
    "left": "←", "right": "→", "home": "Home", "end": "End", "backspace": "Backspace",
    "delete": "Delete", "left_parenthesis": "(", "right_parenthesis": ")",
}  # fmt: skip
MODIFIERS = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt", "super": "Super", "meta": "Meta"}
KEY_SEPARATOR = " / "


def key_name(key: str) -> str:
    """`ctrl+z` as `Ctrl+Z`, `shift+left` as `Shift+←`; a letter alone stays as bound."""
    *modifiers, base = key.split("+")
    if base in KEY_NAMES:
        name = KEY_NAMES[base]
    elif len(base) == 1:
        name = base.upper() if modifiers else base
    else:
        name = base.capitalize()
    return "+".join([*(MODIFIERS.get(m, m.capitalize()) for m in modifiers), name])


def key_label(keys: str) -> str:
    """`alt+left,backspace` as `Alt+← / Backspace`."""
    return KEY_SEPARATOR.join(key_name(key) for key in keys.split(","))


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
        if not inherits_bindings(cls):
            break  # declared with inherit_bindings=False: Textual ignores what is above
    return found


Group = tuple[str, type] | tuple[str, type, bool]


def binding_groups(
    groups: list[Group], language: Language = ENGLISH
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(keys, description)]) with each action's keys joined, described in
    `language` (descriptions are msgids; Textual's own are in the catalogue too).

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
        shown = [
            (key_label(",".join(keys)), language.gettext(descriptions[action]))
            for action, keys in rows.items()
        ]
        result.append((language.gettext(title), shown))
    return result


def explorer_groups(app: type, explorer: type) -> list[Group]:
    """The main screen's keys, group by group, as its help lists them (and
    docs/user-guide.md, written from them by `python -m scaletui.docgen`): the app's
    (its class, so no import of the app here), the screen's, and those of every
    part that has its own. The help screen adds its own keys last (`THIS_HELP`)."""
    from ..widgets.article_view import ArticleView
    from ..widgets.bidi_text_area import BidiTextArea
    from ..widgets.notes_panel import NotesList
    from ..widgets.search_bar import SearchBar
    from ..widgets.story_panel import StoryPanel
    from .detail import ItemDetailScreen
    from .dialogs import NoteEditor
    from .export_dialog import ExportDialog
    from .library import LibraryScreen
    from .toc import TocScreen

    return [
        (N_("Everywhere"), app),
        (N_("Main screen"), explorer),
        (N_("Article"), ArticleView),
        (N_("Panels"), StoryPanel),
        (N_("Notes"), NotesList),
        (N_("Search bar"), SearchBar),
        (N_("Note editor"), NoteEditor),
        # Its own keys, not the scroll view's sideways paging (its lines always fit).
        (N_("Editing a note's text"), BidiTextArea, False),
        (N_("Export dialog"), ExportDialog),
        (N_("Detail view"), ItemDetailScreen),
        (N_("Contents"), TocScreen),
        (N_("Library"), LibraryScreen),
    ]


class HelpScreen(AtTheAppsSize, ModalScreen[None]):
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
        Binding("escape,q,question_mark", "dismiss", N_("Close help"), id="help.close"),
    ]

    def __init__(
        self, groups: list[Group], engine: LayoutEngine | None = None, language: Language = ENGLISH
    ) -> None:
        super().__init__()
        self.engine = engine or LayoutEngine()
        self.language = language
        self.groups = binding_groups([*groups, THIS_HELP], language)

    @classmethod
    def for_explorer(
        cls, app: type, explorer: type, engine: LayoutEngine, language: Language = ENGLISH
    ) -> HelpScreen:
        """Help for the main screen (see `explorer_groups`)."""
        return cls(explorer_groups(app, explorer), engine, language)

    def _text(self, text: str, style: str = "") -> BidiText:
        """Every line through the engine, on the language's side."""
        side = self.language.direction
        return BidiText(self.engine, text, style=style, direction=side, default=side)

    def compose(self) -> ComposeResult:
        rtl = self.language.rtl
        table = Table(box=None, expand=True, show_header=False, padding=(0, 1))
        # Mirrored: the keys in the right-hand column, what they do to their left.
        # As wide as its longest keys (never cut: "Alt+→ / Shift+Backspace / )").
        key_column = {"style": "bold", "no_wrap": True}
        if rtl:
            table.add_column(ratio=3)
            table.add_column(justify="right", **key_column)  # type: ignore[arg-type]
        else:
            table.add_column(**key_column)  # type: ignore[arg-type]
            table.add_column(ratio=3)
        for title, rows in self.groups:
            heading: list[RenderableType] = [self._text(title, "bold underline"), ""]
            table.add_row(*reversed(heading) if rtl else heading)
            for keys, description in rows:
                # Keys as typed, never reordered (a bidi pass would mirror "[" to "]").
                row: list[RenderableType] = [Text(keys), self._text(description)]
                table.add_row(*reversed(row) if rtl else row)
            table.add_row("", "")
        with VerticalScroll():
            yield Static(self._text(self.language.gettext("scaletui — keys"), "bold"))
            yield Static(table)
            lines = self.terminal_lines()
            if lines:
                terminal_heading = self._text(self.language.gettext("Terminal"), "bold underline")
                yield Static(terminal_heading, id="help-terminal-title")
                yield Static(Lines(*map(self._text, lines)), id="help-terminal")

    def terminal_lines(self) -> list[str]:
        """What to know about this terminal (the main app's; none for another app)."""
        from ..terminal.hints import help_lines
        from ..terminal.setting import BidiSetting

        setting = getattr(self.app, "bidi", None)
        if not isinstance(setting, BidiSetting):
            return []
        return help_lines(setting.terminal, setting.mode, self.language)


# Its own keys only: the modal screen offers nothing else it inherits.
THIS_HELP: Group = (N_("This help"), HelpScreen, False)
