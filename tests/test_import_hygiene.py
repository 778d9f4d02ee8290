"""What loads when: a repeat launch paints its first frame without the pack
loader, tomli, the shaper (layout/joining.py), sqlite3, the notes flow or serve's token
code (the story and layout caches, and the notes opening after that frame, make this
so); reading the notes with nothing to rescue loads no dialog (nor the editor it
brings); and the pure packages never load Textual."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Run headless as `scaletui` runs; at the first painted frame, list which of the
# watched modules are loaded, then exit.
LAUNCH = """
import json, sys
from scaletui.cli import build_app_parser, create_app

WATCHED = (
    "scaletui.story.loader", "tomli", "scaletui.layout.joining", "sqlite3", "scaletui.notes.flow",
    "scaletui.serve.access", "hmac", "secrets", "textual"
)
# Loaded only when a dialog opens: not once the notes are read with nothing to rescue.
DIALOGS = ("scaletui.screens.dialogs", "scaletui.widgets.bidi_text_area", "scaletui.layout.editor")

async def first_frame(pilot):
    loaded = {}
    pilot.app.call_after_refresh(
        lambda: loaded.update({name: name in sys.modules for name in WATCHED})
    )
    await pilot.pause()
    # The notes are read (sqlite3 loaded) and any rescue offered in one callback after it.
    for _ in range(200):
        if "sqlite3" in sys.modules:
            break
        await pilot.pause()
    loaded["notes read"] = "sqlite3" in sys.modules
    loaded["dialogs"] = [name for name in DIALOGS if name in sys.modules]
    print(json.dumps(loaded))
    pilot.app.exit()

app = create_app(build_app_parser().parse_args(["--data-dir", sys.argv[1]]))
app.run(headless=True, size=(120, 40), auto_pilot=first_frame)
"""

PURE_PACKAGES = (
    "scaletui.layout",
    "scaletui.story",
    "scaletui.search",
    "scaletui.notes",
    "scaletui.explore",
)


def launch(tmp_path: Path, *options: str) -> dict[str, bool]:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("SCALETUI_CACHE_DIR", None)
    result = subprocess.run(
        [sys.executable, "-c", LAUNCH, str(tmp_path / "data"), *options],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_a_repeat_launch_paints_before_loading_the_loader_shaper_or_database(
    tmp_path: Path,
) -> None:
    first = launch(tmp_path)
    # The first launch has no caches: it must read the pack and shape the text itself.
    assert first["scaletui.story.loader"] and first["scaletui.layout.joining"], first
    repeat = launch(tmp_path)
    assert repeat["textual"]  # the watcher itself works: Textual is loaded by now
    dialogs, notes_read = repeat.pop("dialogs"), repeat.pop("notes read")
    late = [name for name, loaded in repeat.items() if loaded and name != "textual"]
    assert late == [], f"loaded before the first frame of a repeat launch: {late}"
    assert notes_read  # the notes were read (nothing to rescue) and still no dialog:
    assert dialogs == [], f"loaded with no dialog open: {dialogs}"


def test_pure_packages_load_no_textual() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"for package in {PURE_PACKAGES!r}:\n"
        "    root = importlib.import_module(package)\n"
        "    for info in pkgutil.iter_modules(root.__path__, package + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
