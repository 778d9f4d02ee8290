"""The internals of Textual, Rich and python-bidi that scaletui leans on, one
test each. pyproject pins each library to the range these were read
from; when an upgrade changes one, its test here fails with the reason, rather
than the app misbehaving somewhere. docs/performance.md lists them ("Private APIs")."""

from __future__ import annotations

import inspect


def parameters(function: object) -> list[str]:
    return list(inspect.signature(function).parameters)  # type: ignore[arg-type]


# -- Textual -----------------------------------------------------------------------------


def test_the_stylesheet_parses_through_its_parse_cache() -> None:
    """css_cache.py puts rule sets back into `Stylesheet._parse_cache` (an LRUCache:
    set, get, keys) under Textual's own key, (css, read_from, is_default_rules,
    tie_breaker, scope), and keys the file by `Stylesheet._variables`; a pickled rule
    set is made of what its unpickler allows."""
    import io
    import pickle

    from textual.css.stylesheet import Stylesheet

    from scaletui.css_cache import _ModelUnpickler

    variables = {"background": "#123456"}
    stylesheet = Stylesheet(variables=variables)
    assert stylesheet._variables == variables
    css = "Screen { background: $background; }"
    stylesheet.add_source(css, read_from=("test", "css"), is_default_css=True, scope="App")
    stylesheet.parse()
    (key,) = stylesheet._parse_cache.keys()
    assert key == (css, ("test", "css"), True, 0, "App")
    rules = stylesheet._parse_cache.get(key)
    assert _ModelUnpickler(io.BytesIO(pickle.dumps(rules))).load()[0].css == rules[0].css
    stylesheet._parse_cache.clear()
    stylesheet._parse_cache.set(key, rules)
    stylesheet._require_parse = True
    stylesheet.parse()
    assert stylesheet.rules[0] is rules[0], "Textual parsed again: css_cache.py is moot"


async def test_a_screens_layout_posts_the_screen_a_resize_of_its_size() -> None:
    """screens/explorer/lean.py lets by a Resize of the size the screen's compositor already has:
    Textual's layout posts one to the screen itself after each resize (the screen is
    among the widgets it resized), and lays the screen out again for it. If Textual
    stops posting it, the handler is moot; if `_compositor.size` goes, it breaks."""
    from textual import events
    from textual.app import App
    from textual.screen import Screen
    from textual.widgets import Static

    sizes: list[tuple[int, int]] = []

    class Watched(Screen[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Static("x")

        def on_resize(self, event: events.Resize) -> None:
            sizes.append(tuple(event.size))  # type: ignore[arg-type]

    class Bare(App[None]):
        def on_mount(self) -> None:
            self.push_screen(Watched())

    app = Bare()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        sizes.clear()
        await pilot.resize_terminal(70, 20)
        await pilot.pause()
        await pilot.pause()
        assert sizes == [(70, 20), (70, 20)]  # the app's, then the screen's own
        assert tuple(app.screen._compositor.size) == (70, 20)


def test_widget_size_updated_is_where_a_resize_is_recorded() -> None:
    """LineView overrides Widget._size_updated to re-wrap while Textual records a
    new size (before the frame), instead of on the Resize event (after it); the
    explorer and its bars (LaidOutOnce) to record it with layout=False."""
    from textual.widget import Widget

    assert parameters(Widget._size_updated) == [
        "self", "size", "virtual_size", "container_size", "layout",
    ], "Widget._size_updated changed: line_view.py and laid_out_once.py override it"  # fmt: skip


def test_screen_breakpoint_classes_follow_the_rule_lean_screen_copies() -> None:
    """LeanScreen gives the explorer its size classes before it is first styled,
    by Textual's rule for them (the highest breakpoint reached); a different rule
    would only cost a second styling at the first resize, but say so here."""
    from textual.screen import Screen

    from scaletui.screens.explorer import ExplorerScreen
    from scaletui.screens.explorer.lean import breakpoint_class

    screen = Screen[None]()
    for breakpoints in (ExplorerScreen.HORIZONTAL_BREAKPOINTS, ExplorerScreen.VERTICAL_BREAKPOINTS):
        for dimension in range(130):
            given = screen._get_breakpoint_classes(dimension, breakpoints)
            assert {breakpoint_class(dimension, breakpoints)} - {None} == given, (
                "Screen._get_breakpoint_classes changed: screens/explorer/lean.py copies its rule"
            )


def test_scroll_view_scroll_update_takes_the_virtual_size() -> None:
    """LineView.set_virtual_size calls ScrollView._scroll_update to move its
    scroll indicator without asking for a new layout."""
    from textual.scroll_view import ScrollView

    assert parameters(ScrollView._scroll_update) == ["self", "virtual_size"], (
        "ScrollView._scroll_update changed: widgets/line_view.py calls it"
    )


def test_input_maps_mouse_columns_through_cell_offset_to_index() -> None:
    """BidiInput overrides Input._cell_offset_to_index so a click lands on the
    glyph drawn there (visual order), and Input's mouse handlers must call it."""
    from textual.widgets import Input

    assert parameters(Input._cell_offset_to_index) == ["self", "offset"]
    handlers = inspect.getsource(Input._on_mouse_down) + inspect.getsource(Input._on_mouse_move)
    assert handlers.count("_cell_offset_to_index") >= 2, (
        "Input's mouse handlers no longer use _cell_offset_to_index: see widgets/bidi_input.py"
    )


def test_the_command_palette_composes_a_command_input_and_a_command_list() -> None:
    """StoryPalette re-yields CommandPalette.compose with our input and results
    list in place of Textual's (found by their classes)."""
    from textual.command import CommandPalette

    source = inspect.getsource(CommandPalette.compose)
    assert "CommandInput(" in source and "CommandList(" in source, (
        "CommandPalette.compose changed: screens/palette.py swaps its parts"
    )
    assert "query_one(CommandInput)" in inspect.getsource(CommandPalette)


def test_textual_keeps_inherit_bindings_false_as_a_class_attribute() -> None:
    """screens/help.py (bindings_of) reads cls.__dict__["_inherit_bindings"] to
    list only the bindings a class really inherits."""
    from textual.widget import Widget

    class Closed(Widget, inherit_bindings=False):
        pass

    class Open(Widget):
        pass

    assert Closed.__dict__.get("_inherit_bindings", True) is False, (
        "Textual no longer keeps inherit_bindings=False as _inherit_bindings: see screens/help.py"
    )
    assert Open.__dict__.get("_inherit_bindings", True) is True


# -- Rich --------------------------------------------------------------------------------------


def test_rich_cell_len_widths() -> None:
    """layout/engine.py gives each glyph its cells with rich.cells.cell_len (undocumented)."""
    from rich.cells import cell_len

    cases = {"a": 1, "\ufefb": 1, "\u0628": 1, "\u064e": 0, "\u4e2d": 2, "": 0}
    got = {char: cell_len(char) for char in cases}
    assert got == cases, f"rich.cells.cell_len changed ({got}): see layout/engine.py"


# -- python-bidi -------------------------------------------------------------------------------


def test_python_bidi_mirror_table() -> None:
    """layout/bidi.py mirrors brackets in RTL runs (rule L4) with bidi.mirror.MIRRORED."""
    from bidi.mirror import MIRRORED

    assert MIRRORED["("] == ")" and MIRRORED["]"] == "[" and MIRRORED["«"] == "»"


# -- the layout cache's key ------------------------------------------------------------------


def test_the_layout_cache_reads_the_libraries_versions() -> None:
    """layout/cache.py names its cache after the shaper's release, read from its
    dist-info folder's name (importing it to ask costs what the cache saves),
    and python-bidi's, read from bidi.VERSION."""
    from importlib.metadata import version

    import bidi

    from scaletui.layout.cache import installed_release

    assert (
        installed_release("arabic_reshaper")
        == f"arabic_reshaper-{version('arabic-reshaper')}.dist-info"
    )
    assert getattr(bidi, "VERSION", None) == version("python-bidi"), "bidi.VERSION is gone"


def test_screen_resume_restyles_on_the_event_flag_lean_screen_clears() -> None:
    """LeanScreen clears ScreenResume.refresh_styles on its first resume, before
    Screen's own handler reads it (Textual calls a subclass's handler first)."""
    from textual.events import ScreenResume
    from textual.screen import Screen

    assert ScreenResume().refresh_styles is True
    assert "event.refresh_styles" in inspect.getsource(Screen._on_screen_resume), (
        "Screen._on_screen_resume no longer reads refresh_styles: screens/explorer/lean.py clears it"
    )
