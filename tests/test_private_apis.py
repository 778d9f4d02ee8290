"""The internals of Textual, python-bidi and arabic-reshaper that scaletui leans
on, one test each. pyproject pins each library to the range these were read
from; when an upgrade changes one, its test here fails with the reason, rather
than the app misbehaving somewhere. The README lists them ("Private APIs")."""

from __future__ import annotations

import inspect


def parameters(function: object) -> list[str]:
    return list(inspect.signature(function).parameters)  # type: ignore[arg-type]


# -- Textual -----------------------------------------------------------------------------


def test_widget_size_updated_is_where_a_resize_is_recorded() -> None:
    """LineView overrides Widget._size_updated to re-wrap while Textual records a
    new size (before the frame), instead of on the Resize event (after it); the
    explorer and its bars (LaidOutOnce) to record it with layout=False."""
    from textual.widget import Widget

    assert parameters(Widget._size_updated) == [
        "self", "size", "virtual_size", "container_size", "layout",
    ], "Widget._size_updated changed: line_view.py and laid_out_once.py override it"  # fmt: skip


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


# -- arabic-reshaper ----------------------------------------------------------------------------


def test_arabic_reshaper_harakat_pattern() -> None:
    """layout/shaping.py builds its set of harakat from the reshaper's own pattern."""
    from arabic_reshaper.arabic_reshaper import HARAKAT_RE

    assert HARAKAT_RE.match("\u064b") and HARAKAT_RE.match("\u0651")  # tanween, shadda
    assert not HARAKAT_RE.match("ب")


def test_arabic_reshaper_reads_its_options_through_configuration() -> None:
    """layout/shaping.py swaps ArabicReshaper.configuration (a configparser
    section read on every call) for the same options read once; the reshaper
    must still read them through that attribute, with get and getboolean."""
    from arabic_reshaper import ArabicReshaper

    from scaletui.layout.shaping import RESHAPER_CONFIG, Shaper, _configured_reshaper

    reshaper = ArabicReshaper()
    assert hasattr(reshaper, "configuration")
    source = inspect.getsource(ArabicReshaper)
    assert "self.configuration.getboolean(" in source or "configuration.getboolean(" in source
    shaped = Shaper().shape("لا سلام")
    assert "\ufefb" in shaped.text  # lam-alef still joined with the options swapped in
    plain = ArabicReshaper(configuration=RESHAPER_CONFIG)
    for text in ("بِسْمِ اللهِ الرَّحْمٰنِ", "ﷲ لله جل جلاله", "صلى الله عليه وسلم", "ميتا‍ و‌سكيل"):
        assert _configured_reshaper().reshape(text) == plain.reshape(text), (
            "options read once shape differently: see layout/shaping.py (_ResolvedOptions)"
        )


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
