"""The internals of Textual, Rich and python-bidi that scaletui leans
on (eight at most; six today), one test each. pyproject pins each library
to the range these were read from; when an upgrade changes one, its test here fails
naming the file that depends on it, rather than the app misbehaving somewhere.
docs/performance.md lists them ("Private APIs")."""

from __future__ import annotations

import importlib
import inspect

import pytest


def parameters(function: object) -> list[str]:
    return list(inspect.signature(function).parameters)  # type: ignore[arg-type]


def internal(module: str, name: str, user: str) -> object:
    """`module.name`, or a failure that says which of our files needs it."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        pytest.fail(f"{module}.{name} is gone after an upgrade: {user} depends on it")


# -- Textual -----------------------------------------------------------------------------


def test_widget_size_updated_is_where_a_resize_is_recorded() -> None:
    """LineView overrides Widget._size_updated to re-wrap while Textual records a
    new size (before the frame), instead of on the Resize event (after it); the
    explorer and its bars (LaidOutOnce) to record it with layout=False."""
    from textual.widget import Widget

    assert hasattr(Widget, "_size_updated"), (
        "Widget._size_updated is gone: widgets/line_view.py and widgets/laid_out_once.py override it"
    )
    assert parameters(Widget._size_updated) == [
        "self", "size", "virtual_size", "container_size", "layout",
    ], "Widget._size_updated changed: line_view.py and laid_out_once.py override it"  # fmt: skip


def test_input_maps_mouse_columns_through_cell_offset_to_index() -> None:
    """BidiInput overrides Input._cell_offset_to_index so a click lands on the
    glyph drawn there (visual order), and Input's mouse handlers must call it."""
    Input = internal("textual.widgets", "Input", "widgets/bidi_input.py")
    assert hasattr(Input, "_cell_offset_to_index"), (
        "Input._cell_offset_to_index is gone: see widgets/bidi_input.py"
    )
    assert parameters(Input._cell_offset_to_index) == ["self", "offset"], (
        "Input._cell_offset_to_index changed: widgets/bidi_input.py overrides it"
    )
    handlers = inspect.getsource(Input._on_mouse_down) + inspect.getsource(Input._on_mouse_move)  # type: ignore[attr-defined]
    assert handlers.count("_cell_offset_to_index") >= 2, (
        "Input's mouse handlers no longer use _cell_offset_to_index: see widgets/bidi_input.py"
    )


def test_the_command_palette_composes_a_command_input_and_a_command_list() -> None:
    """StoryPalette re-yields CommandPalette.compose with our input and results
    list in place of Textual's (found by their classes)."""
    CommandPalette = internal("textual.command", "CommandPalette", "screens/palette.py")
    source = inspect.getsource(CommandPalette.compose)  # type: ignore[attr-defined]
    assert "CommandInput(" in source and "CommandList(" in source, (
        "CommandPalette.compose changed: screens/palette.py swaps its parts"
    )
    assert "query_one(CommandInput)" in inspect.getsource(CommandPalette), (  # type: ignore[arg-type]
        "CommandPalette no longer finds its input by class: screens/palette.py swaps it"
    )


def test_the_app_keeps_its_driver_as_driver() -> None:
    """screens/check_terminal.py writes the BiDi requests through App._driver (write,
    flush, is_headless), in order with Textual's own output; without it, they would
    silently not be sent (tests/test_check_terminal.py checks a running app's)."""
    from textual.app import App
    from textual.driver import Driver

    assert "self._driver: Driver | None" in inspect.getsource(App.__init__), (
        "App no longer keeps its driver as _driver: see screens/check_terminal.py"
    )
    assert all(callable(getattr(Driver, name, None)) for name in ("write", "flush")), (
        "Driver.write or Driver.flush is gone: see screens/check_terminal.py"
    )
    assert isinstance(inspect.getattr_static(Driver, "is_headless"), property), (
        "Driver.is_headless is no longer a property: see screens/check_terminal.py"
    )


# -- Rich --------------------------------------------------------------------------------------


def test_rich_cell_len_widths() -> None:
    """layout/engine.py gives each glyph its cells with rich.cells.cell_len (undocumented)."""
    cell_len = internal("rich.cells", "cell_len", "layout/engine.py")
    cases = {"a": 1, "\ufefb": 1, "\u0628": 1, "\u064e": 0, "\u4e2d": 2, "": 0}
    got = {char: cell_len(char) for char in cases}  # type: ignore[operator]
    assert got == cases, f"rich.cells.cell_len changed ({got}): see layout/engine.py"


# -- python-bidi -------------------------------------------------------------------------------


def test_python_bidi_mirror_table() -> None:
    """layout/bidi.py mirrors brackets in RTL runs (rule L4) with bidi.mirror.MIRRORED."""
    mirrored = internal("bidi.mirror", "MIRRORED", "layout/bidi.py")
    assert mirrored == {**mirrored, "(": ")", "]": "[", "«": "»"}, (  # type: ignore[dict-item]
        "bidi.mirror.MIRRORED changed: layout/bidi.py mirrors brackets with it"
    )
