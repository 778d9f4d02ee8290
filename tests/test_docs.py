"""The README and docs/ say what the program does: their generated blocks (the
commands, the keys) match the parsers and the bindings, every link lands, and the
README stays a front door."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scaletui import docgen
from scaletui.cli_parsers import COMMANDS, build_command_parsers

ROOT = Path(__file__).parents[1]
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])


def test_the_generated_blocks_match_the_bindings_and_the_parsers() -> None:
    stale = docgen.stale_files(ROOT)
    assert stale == [], f"{stale} out of date: run python -m scaletui.docgen"


def test_a_block_that_drifted_is_found_and_rewritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for relative in {"pyproject.toml", *(relative for relative, _, _ in docgen.BLOCKS)}:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / relative, tmp_path / relative)
    guide = tmp_path / "docs" / "user-guide.md"
    text = guide.read_text(encoding="utf-8")
    assert "| `t` | The table of contents" in text
    guide.write_text(text.replace("| `t` | The table of contents", "| `T` | The contents"))
    assert docgen.stale_files(tmp_path) == [guide]
    assert docgen.main(["--check", "--root", str(tmp_path)]) == 1
    assert "user-guide.md is out of date" in capsys.readouterr().err
    assert docgen.main(["--root", str(tmp_path)]) == 0
    assert guide.read_text(encoding="utf-8") == text
    assert docgen.main(["--check", "--root", str(tmp_path)]) == 0


def test_a_file_without_its_markers_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "docs").mkdir()
    for relative in {relative for relative, _, _ in docgen.BLOCKS}:
        (tmp_path / relative).write_text("# nothing generated here\n")
    assert docgen.main(["--check", "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("docgen: ") and "README.md" in err and len(err.splitlines()) == 1


def test_the_readme_lists_every_command_and_the_first_keys_by_id() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"| `scaletui {name}" in readme, name
    first_keys = "\n".join(docgen.first_keys_block())
    assert first_keys in readme
    assert len(docgen.first_keys_block()) == 2 + len(docgen.FIRST_KEYS)


def test_the_readme_is_a_front_door_with_the_test_command_ci_reads() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 200
    # .ci/run: the first line starting "python3 " after the marker.
    marker = lines.index("<!-- test-command -->")
    command = next(line for line in lines[marker:] if line.startswith("python3 "))
    assert command.endswith("pip install -e '.[test]' && python -m pytest")


def github_anchors(markdown: str) -> set[str]:
    """The anchors GitHub makes of a page's headings (outside code blocks)."""
    anchors: set[str] = set()
    fenced = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        heading = re.match(r"#+ (.*)", line)
        if heading and not fenced:
            text = heading.group(1).strip().lower()
            anchors.add(re.sub(r"[^\w\- ]", "", text).replace(" ", "-"))
    return anchors


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_relative_link_lands(page: Path) -> None:
    for target in re.findall(r"\]\(([^)\s]+)\)", page.read_text(encoding="utf-8")):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{page.name}: {target}"
        if anchor and linked.suffix == ".md":
            assert anchor in github_anchors(linked.read_text(encoding="utf-8")), target


def test_the_index_lists_every_page() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in (ROOT / "docs").glob("*.md"):
        if page.name != "index.md":
            assert f"]({page.name})" in index, page.name
            assert f"](docs/{page.name})" in readme, page.name


def test_the_commands_that_take_data_dir_are_the_ones_the_guide_names() -> None:
    _, parsers = build_command_parsers()
    taking = {name for name, parser in parsers.items() if "--data-dir" in parser.format_usage()}
    assert taking == {"export", "import", "open", "library", "serve"}
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    said = guide.split("## Where things are kept", 1)[1].split("`--data-dir DIR`", 1)[0]
    assert set(re.findall(r"`scaletui (\w[\w-]*)`", said)) == taking


def test_the_architecture_page_names_every_package_and_top_module() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "tui" / "scaletui"
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if path.is_dir() and (path / "__init__.py").exists():
            assert f"`{relative.name}/`" in page or f"`{relative}/`" in page, relative
        elif path.suffix == ".py" and path.parent == package and not path.stem.startswith("__"):
            assert f"`{path.name}`" in page, path.name


def test_the_story_packs_page_shows_what_validate_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from scaletui.cli import main

    page = (ROOT / "docs" / "story-packs.md").read_text(encoding="utf-8")
    shown = page.split("changed from 49 to 51", 1)[1].split("```\n", 2)[1].strip()
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "content" / "scale-ai-meta", pack)
    toml = pack / "story.toml"
    text = toml.read_text(encoding="utf-8")
    stake = 'id = "scale-ai-stake"\nvalue = 49\n'
    assert stake in text
    toml.write_text(text.replace(stake, stake.replace("49", "51")), encoding="utf-8")
    assert main(["validate", str(pack)]) == 1
    assert capsys.readouterr().err.strip() == shown.replace("PACK", str(pack))
