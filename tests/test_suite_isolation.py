"""The suite runs the same whatever the person running it has exported: conftest.py
clears every SCALETUI_* setting, the locale's language and the terminal's name, and
gives the platform's user directories a temporary home."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]

# Tests that failed when their runner had these exported: notes written by one test
# were found by the next in the shared data directory, messages came in Arabic, and
# the story and layout caches were written into the user's own cache.
SENSITIVE = (
    "tests/test_export_files.py::test_cli_without_notes_says_so_and_fails",
    "tests/test_export_files.py::test_cli_export_to_stdout_file_merge_and_force",
    "tests/test_cli.py::test_a_file_is_not_a_pack",
    "tests/test_cli.py::test_argparse_speaks_arabic",
)


def test_the_users_settings_reach_no_test(tmp_path: Path) -> None:
    user = tmp_path / "user"
    exported = {
        "SCALETUI_DATA_DIR": str(user / "data"),
        "SCALETUI_CACHE_DIR": str(user / "cache"),
        "SCALETUI_CONFIG_DIR": str(user / "config"),
        "SCALETUI_LANG": "ar",
        "SCALETUI_DIGITS": "arabic",
        "SCALETUI_BIDI": "terminal",
        "LC_ALL": "ar_EG.UTF-8",
        "XDG_DATA_HOME": str(user / "xdg-data"),
        "XDG_CACHE_HOME": str(user / "xdg-cache"),
        "XDG_CONFIG_HOME": str(user / "xdg-config"),
        "HOME": str(user),
        "TMUX": "/nonexistent/tmux-socket,1,0",
        "VTE_VERSION": "7006",
    }
    # A notes database already in the user's data directory, as a real user has one.
    (user / "data").mkdir(parents=True)
    (user / "data" / "notes.db").write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n0",
         *SENSITIVE],
        cwd=ROOT, env={**os.environ, **exported}, capture_output=True, text=True, timeout=600,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert f"{len(SENSITIVE)} passed" in result.stdout, result.stdout[-2000:]
    written = sorted(str(path.relative_to(user)) for path in user.rglob("*"))
    assert written == ["data", "data/notes.db"], written  # nothing of the tests' own
