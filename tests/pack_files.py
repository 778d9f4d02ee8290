"""Small story packs written into a test's folder, and the problems loading one reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaletui.cli import main
from scaletui.story import PackError, load_story


def write_pack(folder: Path, toml: str, article: str) -> Path:
    """Write a pack (`story.toml` and `article.txt`) into `folder / "pack"`.

    Args:
        folder: The test's own folder (`tmp_path`).
        toml: The text of story.toml.
        article: The text of article.txt.

    Returns:
        The pack's folder.
    """
    pack = folder / "pack"
    pack.mkdir(exist_ok=True)
    (pack / "article.txt").write_text(article, encoding="utf-8")
    (pack / "story.toml").write_text(toml, encoding="utf-8")
    return pack


def problems_of(pack: Path) -> list[str]:
    """The problems `load_story` reports for a pack it must refuse."""
    with pytest.raises(PackError) as caught:
        load_story(pack)
    return [str(p) for p in caught.value.problems]


def drafted_pack(folder: Path, capsys: pytest.CaptureFixture[str], name: str, article: str) -> Path:
    """`scaletui draft` of `article`, written as `folder / name`: it ends 0 and says the
    drafted pack validates.

    Args:
        folder: The test's own folder (`tmp_path`).
        capsys: The test's captured output (where the command says so).
        name: The article's file name.
        article: The article's text (a title line, a blank line, the body).

    Returns:
        The pack's folder, `folder / "pack"`.
    """
    source = folder / name
    source.write_text(article, encoding="utf-8")
    out = folder / "pack"
    assert main(["draft", str(source), "-o", str(out)]) == 0
    assert "it validates" in capsys.readouterr().out
    return out
