"""Textual's parsed CSS kept between runs (css_cache.py): a repeat launch parses no
CSS and is styled exactly as a launch that parsed it; a file that is not the
app's own, not for this Textual and theme, or not only Textual's CSS model is no
cache, and nothing in it runs."""

from __future__ import annotations

import io
import marshal
import os
import pickle
from pathlib import Path

import pytest
import textual.css.stylesheet
from textual.app import App
from textual.css.stylesheet import Stylesheet

from scaletui.app import ScaleTUIApp
from scaletui.css_cache import (
    _header,
    _ModelUnpickler,
    css_cache_file,
    keep_parsed_css,
    restore_parsed_css,
)
from scaletui.story.model import Story


def rules(styles: object) -> list[tuple[str, str]]:
    return sorted((name, repr(value)) for name, value in styles.get_rules().items())  # type: ignore[attr-defined]


def styled(app: ScaleTUIApp) -> list[object]:
    """Each widget on screen with the rules it resolved, its component classes' too."""
    return [
        (
            type(widget).__name__,
            rules(widget.styles.base),
            {name: rules(styles.base) for name, styles in widget._component_styles.items()},
        )
        for widget in app.screen.walk_children(with_self=True)
    ]


async def launch(story: Story, cache_dir: Path) -> tuple[list[object], int]:
    """One launch to its first frames: what it styled, and how many rule sets it restored."""
    app = ScaleTUIApp(story, cache_dir=cache_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        return styled(app), len(app._restored_css)


async def test_a_repeat_launch_parses_no_css_and_is_styled_the_same(
    story: Story, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, restored = await launch(story, tmp_path)
    assert restored == 0 and css_cache_file(tmp_path).is_file()
    parsed: list[str] = []
    parse = textual.css.stylesheet.parse

    def counting_parse(scope, css, *args, **kwargs):  # type: ignore[no-untyped-def]
        parsed.append(css)
        return parse(scope, css, *args, **kwargs)

    monkeypatch.setattr(textual.css.stylesheet, "parse", counting_parse)
    again, restored = await launch(story, tmp_path)
    assert restored > 10 and parsed == []
    assert again == first
    monkeypatch.undo()
    # Without the file the same launch parses again (the count above can fail).
    css_cache_file(tmp_path).unlink()
    monkeypatch.setattr(textual.css.stylesheet, "parse", counting_parse)
    parsed_again, _ = await launch(story, tmp_path)
    assert parsed and parsed_again == first


def stylesheet_with_cache(tmp_path: Path) -> tuple[Stylesheet, Path]:
    """A stylesheet with the app's variables, and a cache file written from it."""
    stylesheet = Stylesheet(variables=App().get_css_variables())
    stylesheet.add_source("Screen { background: $background; }", read_from=("test", "css"))
    stylesheet.parse()
    path = css_cache_file(tmp_path)
    keep_parsed_css(stylesheet, path, frozenset())
    return stylesheet, path


def fresh_like(stylesheet: Stylesheet) -> Stylesheet:
    return Stylesheet(variables=dict(stylesheet._variables))


def test_the_cache_is_for_one_theme(tmp_path: Path) -> None:
    stylesheet, path = stylesheet_with_cache(tmp_path)
    assert len(restore_parsed_css(fresh_like(stylesheet), path)) == 1
    other_theme = fresh_like(stylesheet)
    other_theme.set_variables({**stylesheet._variables, "background": "#ffffff"})
    assert restore_parsed_css(other_theme, path) == frozenset()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "fifo", "directory", "others-write"])
def test_a_damaged_or_foreign_file_is_no_cache(tmp_path: Path, damage: str) -> None:
    stylesheet, path = stylesheet_with_cache(tmp_path)
    if damage == "garbage":
        path.write_bytes(b"\x00not a cache" * 10)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:-40])
    elif damage == "fifo":
        path.unlink()
        os.mkfifo(path)
    elif damage == "directory":
        path.unlink()
        path.mkdir()
    else:
        path.chmod(0o666)  # another user could have written it
    assert restore_parsed_css(fresh_like(stylesheet), path) == frozenset()


class Marker:
    """Pickles as a call of os.system: what a planted cache would try."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os.system, (self.command,))


@pytest.mark.parametrize(
    "payload",
    [
        "system",  # a function from outside Textual's CSS model
        "getattr",  # getattr to reach one from inside it
        "textual-function",  # a Textual function that is no selector check
    ],
)
def test_nothing_in_a_planted_cache_runs(tmp_path: Path, payload: str) -> None:
    stylesheet, path = stylesheet_with_cache(tmp_path)
    marker = tmp_path / "ran"
    if payload == "system":
        pickled = pickle.dumps({("k",): [Marker(f"touch {marker}")]})
    elif payload == "getattr":
        # getattr(getattr(Color, "__init__"), "__globals__"): the way to os from a class.
        pickled = (
            b"\x80\x04cbuiltins\ngetattr\ncbuiltins\ngetattr\nctextual.color\nColor\n"
            b"X\x08\x00\x00\x00__init__\x86R"
            b"X\x0b\x00\x00\x00__globals__\x86R."
        )
    else:
        pickled = b"\x80\x04ctextual.css.stylesheet\nparse\n."
    path.write_bytes(marshal.dumps((_header(stylesheet), pickled)))
    path.chmod(0o600)
    assert restore_parsed_css(fresh_like(stylesheet), path) == frozenset()
    assert not marker.exists()
    with pytest.raises(pickle.UnpicklingError):
        _ModelUnpickler(io.BytesIO(pickled)).load()
