"""A large Arabic document for the benchmark and the scale test: the seed's paragraphs, repeated."""

from __future__ import annotations

from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_77bd331cf6a7af78.txt"


def build(path: Path, size: int = 1_000_000) -> int:
    """Write a Markdown book of at least `size` bytes; return its chapter count."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    body = [line.strip() for line in lines[2:] if line.strip()]
    parts = ["# كتاب الاختبار: مقالة سكيل إيه آي مكررة", ""]
    chapter = 0
    total = 0
    while total < size:
        chapter += 1
        block = [f"## الفصل {chapter}", ""] + [line + "\n" for line in body]
        parts.extend(block)
        total = len("\n".join(parts).encode("utf-8"))
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return chapter
