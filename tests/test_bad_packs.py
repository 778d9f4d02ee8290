"""Packs and files that must be refused in one line, never hang, never crash."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scaletui.cli import main
from scaletui.story import resolve_pack

PACK = resolve_pack("scale-ai-meta")


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    copy = tmp_path / "pack"
    shutil.copytree(PACK, copy)
    return copy


def validate(pack: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["validate", str(pack)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.out + captured.err


def append(pack: Path, text: str) -> None:
    with open(pack / "story.toml", "a", encoding="utf-8") as handle:
        handle.write(text)


def set_first_number(pack: Path, value: str, unit: str | None = None) -> None:
    """Rewrite the value of the pack's first number (of `unit`, if given)."""
    text = (pack / "story.toml").read_text(encoding="utf-8")
    at = text.index("[[numbers]]")
    if unit is not None:
        at = text.rindex("[[numbers]]", 0, text.index(f'unit = "{unit}"', at))
    first = text.index("value = ", at)
    end = text.index("\n", first)
    (pack / "story.toml").write_text(text[:first] + f"value = {value}" + text[end:], "utf-8")


def test_deeply_nested_toml_is_a_problem_not_a_recursion_error(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    append(pack, "\ndeep = " + "[" * 500 + "]" * 500 + "\n")
    code, out = validate(pack, capsys)
    assert code != 0 and "nested too deeply" in out


def test_a_fifo_article_is_refused_without_waiting(pack: Path) -> None:
    (pack / "article.txt").unlink()
    os.mkfifo(pack / "article.txt")
    # A subprocess with a timeout: the old reader waited here forever.
    result = subprocess.run(
        [sys.executable, "-m", "scaletui", "validate", str(pack)],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert result.returncode != 0 and "FIFO" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_an_article_linked_to_a_device_is_refused(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (pack / "article.txt").unlink()
    (pack / "article.txt").symlink_to("/dev/zero")
    code, out = validate(pack, capsys)
    assert code != 0 and "device" in out


def test_open_refuses_a_fifo_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert main(["open", str(tmp_path / "pipe.txt")]) != 0
    assert "FIFO" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1e308", "1e300"])
def test_numbers_must_be_finite_and_in_range(
    pack: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    set_first_number(pack, value)
    code, out = validate(pack, capsys)
    assert code != 0 and "numbers[0].value" in out


def test_a_percentage_over_a_thousand_is_a_slip(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_first_number(pack, "4900", unit="percent")
    code, out = validate(pack, capsys)
    assert code != 0 and "out of range" in out


def test_a_bad_published_date_and_unknown_keys_are_reported(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (pack / "story.toml").read_text(encoding="utf-8")
    text = text.replace('published = "2025-06"', 'published = "2025-13-40"\nheadline_typo = "x"', 1)
    text = text.replace("[[events]]\n", '[[events]]\nevidense = "typo"\n', 1)
    (pack / "story.toml").write_text(text + '\nextra_table = "?"\n', "utf-8")
    code, out = validate(pack, capsys)
    assert code != 0
    assert "story.published" in out and "2025-13-40" in out
    assert "story.headline_typo: unknown key" in out
    assert "events[0].evidense: unknown key" in out
    assert "extra_table: unknown key" in out


def test_a_huge_print_width_is_clamped_to_the_longest_paragraph(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["print", "--width", "100000000"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and max(len(line) for line in lines) < 2000


def test_pack_problems_are_said_in_the_readers_language(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (pack / "story.toml").read_text(encoding="utf-8")
    text = text.replace('published = "2025-06"', 'published = "2025-13-40"\nheadline_typo = "x"', 1)
    (pack / "story.toml").write_text(text, "utf-8")
    set_first_number(pack, "51", unit="percent")
    code = main(["--lang", "ar", "validate", str(pack)])
    out = capsys.readouterr()
    said = out.out + out.err
    assert code != 0 and "Traceback" not in said
    assert "story.headline_typo: مفتاح غير معروف" in said
    assert "story.published: تاريخ غير صالح '2025-13-40'" in said
    assert "ليس ما يقوله الاقتباس الشاهد" in said  # 51 where the quote gives 49
    # The keys, values and quotes stay as the pack writes them; no English sentence.
    assert "unknown key" not in said and "bad date" not in said and "evidence quote" not in said
