"""The import contracts cover the whole package: every module that can do without
Textual is held to "Pure logic imports no Textual" (pyproject.toml), so a Textual
import added to one fails CI; and the pure modules load no Textual when imported,
however they import (lint-imports reads import statements, not importlib calls)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).parents[1]
PURE_CONTRACT = "Pure logic imports no Textual"

# The package's parts that are Textual's side of the line: the app, its screens and
# widgets, and the commands that start or describe them.
TEXTUAL_SIDE = {
    "scaletui.__main__",
    "scaletui.app",
    "scaletui.cli",
    "scaletui.docgen",
    "scaletui.entry",
    "scaletui.screens",
    "scaletui.widgets",
}


def pure_modules() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [contract] = [
        contract
        for contract in config["tool"]["importlinter"]["contracts"]
        if contract["name"] == PURE_CONTRACT
    ]
    assert contract["forbidden_modules"] == ["textual"]
    return list(contract["source_modules"])


def test_every_module_that_needs_no_textual_is_in_the_pure_contract() -> None:
    graph = grimp.build_graph("scaletui", include_external_packages=True, cache_dir=None)
    parts = graph.find_children("scaletui")
    pure = set(pure_modules())
    assert pure <= parts, f"the contract names modules that are not there: {pure - parts}"
    needs_textual = {
        part for part in parts if graph.chain_exists(part, "textual", as_packages=True)
    }
    # A module without Textual is pure: listed, so that importing Textual fails CI.
    assert parts - needs_textual - pure == set(), "add these to the pure contract"
    # A module that needs Textual is one the list above says should.
    assert needs_textual == TEXTUAL_SIDE, "Textual reached a module it should not"


def test_pure_modules_load_no_textual() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {pure_modules()!r}:\n"
        "    module = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(getattr(module, '__path__', []), name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"
