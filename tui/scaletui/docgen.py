"""The parts of README.md and docs/ written from the code, so that they say what the
program does: the commands' table from the CLI's parsers, and the key tables from the
bindings (the in-app `?` help is generated from the same bindings).

    python -m scaletui.docgen           rewrite each generated block in place
    python -m scaletui.docgen --check   exit 1, naming each block that is out of date

A generated block sits between `<!-- begin generated: NAME ... -->` and
`<!-- end generated: NAME -->`; the text around it is the writer's.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .cli_parsers import APP_SUMMARY, COMMAND_SUMMARIES, build_app_parser, build_command_parsers
from .i18n import ENGLISH
from .screens.help import KEY_SEPARATOR, THIS_HELP, Group, binding_groups, bindings_of, key_label

# The keys a reader needs first (the README's table), by binding id, in this order.
FIRST_KEYS = (
    "cycle-next",
    "panel.select",
    "search",
    "next-mark",
    "clear",
    "note",
    "export",
    "detail",
    "back",
    "library",
    "help",
    "quit",
)


class WideFormatter(argparse.HelpFormatter):
    """A usage on one line, however long."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=10_000)


def synopsis(parser: argparse.ArgumentParser) -> str:
    """`scaletui draft -o DIR FILE`: the usage without its optional options."""
    parser.formatter_class = WideFormatter
    usage = parser.format_usage().strip().removeprefix("usage: ")
    return " ".join(re.sub(r"\[-[^\]]*\]", "", usage).split())


def cell(text: str) -> str:
    """Text for a Markdown table's cell."""
    return text.replace("|", "\\|")


def keys_cell(label: str) -> str:
    """`Alt+←` / `Backspace` / `(`: each key as code."""
    return " / ".join(f"`{key}`" for key in label.split(KEY_SEPARATOR))


def table(header: tuple[str, str], rows: Sequence[tuple[str, str]]) -> list[str]:
    lines = [f"| {header[0]} | {header[1]} |", "| --- | --- |"]
    lines += [f"| {left} | {cell(right)} |" for left, right in rows]
    return lines


def main_screen_groups() -> list[Group]:
    """The groups the main screen's help lists, its own keys last."""
    from .app import ScaleTUIApp
    from .screens.explorer import ExplorerScreen
    from .screens.help import explorer_groups

    return [*explorer_groups(ScaleTUIApp, ExplorerScreen), THIS_HELP]


def commands_block() -> list[str]:
    _, parsers = build_command_parsers(ENGLISH)
    rows = [(f"`{synopsis(build_app_parser(ENGLISH))}`", APP_SUMMARY)]
    rows += [
        (f"`{synopsis(parsers[name])}`", summary) for name, summary in COMMAND_SUMMARIES.items()
    ]
    return table(("command", "what it does"), rows)


def first_keys_block() -> list[str]:
    found: dict[str, tuple[list[str], str]] = {}
    for _title, owner, *inherited in main_screen_groups():
        for binding in bindings_of(owner, *inherited):
            if binding.id is None:
                continue
            description = binding.tooltip or binding.description
            keys, _description = found.setdefault(binding.id, ([], description))
            if binding.key not in keys:
                keys.append(binding.key)
    missing = [binding_id for binding_id in FIRST_KEYS if binding_id not in found]
    if missing:
        raise LookupError(f"no binding with the id {', '.join(missing)}")
    rows = [
        (keys_cell(key_label(",".join(found[binding_id][0]))), found[binding_id][1])
        for binding_id in FIRST_KEYS
    ]
    return table(("key", "what it does"), rows)


def every_key_block() -> list[str]:
    lines: list[str] = []
    for title, rows in binding_groups(main_screen_groups(), ENGLISH):
        if lines:
            lines.append("")
        lines += [f"### {title}", ""]
        lines += table(("key", "what it does"), [(keys_cell(keys), what) for keys, what in rows])
    return lines


def modules(names: Sequence[str]) -> str:
    return ", ".join(f"`{name.removeprefix('scaletui.')}`" for name in names)


def contract_line(contract: dict[str, Any]) -> str:
    """One import-linter contract, as a sentence."""
    kind = contract["type"]
    if kind == "forbidden":
        what = f"{modules(contract['source_modules'])} never import "
        what += f"{modules(contract['forbidden_modules'])}, directly or through another module"
    elif kind == "layers":
        layers = [layer.split(" | ") for layer in contract["layers"]]
        named = [modules(layer) if len(layer) == 1 else f"({modules(layer)})" for layer in layers]
        what = "each layer imports only from the layers below it (those in brackets share a "
        what += "layer and import none of each other), from the top: " + " > ".join(named)
    elif kind == "acyclic_siblings":
        what = f"no modules or packages under {modules(contract['ancestors'])} that share a "
        what += "parent import each other in a cycle"
    else:
        what = f"a `{kind}` contract"
    return f"- **{contract['name']}**: {what}."


def contracts_block(root: Path) -> list[str]:
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return [contract_line(c) for c in config["tool"]["importlinter"]["contracts"]]


# (file under the top folder, block name, what writes it from the top folder)
BLOCKS: tuple[tuple[str, str, Callable[[Path], list[str]]], ...] = (
    ("README.md", "commands", lambda root: commands_block()),
    ("README.md", "first-keys", lambda root: first_keys_block()),
    ("docs/user-guide.md", "keys", lambda root: every_key_block()),
    ("docs/architecture.md", "contracts", contracts_block),
)


def begin_marker(name: str) -> str:
    return f"<!-- begin generated: {name} (python -m scaletui.docgen; edit the code, not this) -->"


def end_marker(name: str) -> str:
    return f"<!-- end generated: {name} -->"


class BlockMissing(Exception):
    """A file without the markers of a block it should hold."""


def with_block(text: str, name: str, body: list[str]) -> str:
    """`text` with the block `name` holding `body`."""
    begin, end = begin_marker(name), end_marker(name)
    start = text.find(begin)
    stop = text.find(end, start)
    if start < 0 or stop < 0:
        raise BlockMissing(f"no '{begin}' ... '{end}'")
    return text[: start + len(begin)] + "\n" + "\n".join(body) + "\n" + text[stop:]


def regenerate(root: Path) -> dict[Path, tuple[str, str]]:
    """Each file that holds generated blocks: (its text now, its text regenerated)."""
    result: dict[Path, tuple[str, str]] = {}
    for relative, name, write in BLOCKS:
        path = root / relative
        if path not in result:
            text = path.read_text(encoding="utf-8")
            result[path] = (text, text)
        before, after = result[path]
        try:
            result[path] = (before, with_block(after, name, write(root)))
        except BlockMissing as error:
            raise BlockMissing(f"{path}: {error}") from None
    return result


def stale_files(root: Path) -> list[Path]:
    """The files whose generated blocks differ from what the code says now."""
    return [path for path, (now, fresh) in regenerate(root).items() if now != fresh]


def default_root() -> Path:
    """The source tree this module sits in (tui/scaletui/docgen.py)."""
    return Path(__file__).resolve().parents[2]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scaletui.docgen",
        description="Write the README's and docs/' generated blocks from the code.",
    )
    parser.add_argument("--check", action="store_true", help="only say which files are stale")
    parser.add_argument("--root", type=Path, default=default_root(), help="the source tree")
    args = parser.parse_args(argv)
    try:
        files = regenerate(args.root)
    except (OSError, BlockMissing, LookupError, tomllib.TOMLDecodeError) as error:
        print(f"docgen: {error}", file=sys.stderr)
        return 2
    stale = [path for path, (now, fresh) in files.items() if now != fresh]
    for path in stale:
        if args.check:
            print(f"docgen: {path} is out of date: run python -m scaletui.docgen", file=sys.stderr)
        else:
            path.write_text(files[path][1], encoding="utf-8")
            print(f"docgen: wrote {path}", file=sys.stderr)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
