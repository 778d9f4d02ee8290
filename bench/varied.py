"""Varied Arabic books for the benchmark and the scale tests: no paragraph repeats.

The seed article's paragraphs and, where present, the real news texts in
/work/shared/corpus (read at run time, never copied into the project) are the
stock. Each paragraph of the book is one of them, shuffled and altered: words
swapped, dropped or replaced by others from the stock's vocabulary, every number
changed, and a heading inserted every few paragraphs. A repeated text would let
the per-paragraph caches (shaping, layout) hit and flatter every figure; this one
does not.

    python bench/varied.py OUT.md SIZE     (SIZE in bytes, or 10k, 1m, 5m, 20m)
    python bench/varied.py OUT.txt --lines N  (N short lines, no blank line: N paragraphs)
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_77bd331cf6a7af78.txt"
CORPUS = Path("/work/shared/corpus")
TITLE = "كتاب الاختبار المتنوع: الذكاء الاصطناعي والبيانات"
LAST_WORDS = "نهاية الكتاب المتنوع"  # the book's last paragraph, for tests that jump to the end
SIZES = {"10k": 10_000, "1m": 1_000_000, "5m": 5_000_000, "20m": 20_000_000}
_DIGITS = re.compile(r"\d+")


def stock() -> list[str]:
    """The source paragraphs: the seed's body, then the corpus texts' lines."""
    texts = [SEED.read_text(encoding="utf-8")]
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    lines = [line.strip() for text in texts for line in text.split("\n")[1:]]
    return [line for line in lines if len(line) > 20 and not line.startswith("#")]


def _vary(paragraph: str, vocabulary: list[str], rng: random.Random) -> str:
    words = paragraph.split()
    out: list[str] = []
    for word in words:
        roll = rng.random()
        if roll < 0.08:
            continue  # dropped
        if roll < 0.22:
            word = rng.choice(vocabulary)  # replaced
        out.append(word)
    for _ in range(max(1, len(out) // 8)):  # neighbours swapped
        at = rng.randrange(max(1, len(out) - 1))
        out[at : at + 2] = out[at : at + 2][::-1]
    if rng.random() < 0.5:  # a sentence from elsewhere in the stock joins it
        out += rng.sample(vocabulary, rng.randint(3, 12))
    text = " ".join(out) or rng.choice(vocabulary)
    return _DIGITS.sub(lambda m: str(rng.randint(1, 10 ** len(m.group(0)) * 3)), text)


def build(path: Path, size: int = 1_000_000, seed: int = 7) -> int:
    """Write a Markdown book of about `size` bytes (at least); return its paragraph count."""
    rng = random.Random(seed)
    paragraphs = stock()
    vocabulary = sorted({w for p in paragraphs for w in p.split()})
    parts = [f"# {TITLE}", ""]
    total = len("\n".join(parts).encode("utf-8"))
    count = chapter = 0
    while total < size:
        if count % rng.randint(4, 12) == 0:
            chapter += 1
            heading = " ".join(rng.sample(vocabulary, rng.randint(2, 5)))
            parts += [f"## الفصل {chapter}: {heading}", ""]
            total += len(parts[-2].encode("utf-8")) + 2
        text = _vary(rng.choice(paragraphs), vocabulary, rng)
        parts += [text, ""]
        total += len(text.encode("utf-8")) + 2
        count += 1
    parts += [LAST_WORDS, ""]
    path.write_text("\n".join(parts), encoding="utf-8")
    return count + 1


def build_lines(path: Path, count: int = 500_000, seed: int = 7) -> int:
    """Write plain text of `count` short lines (2 to 8 words) and no blank line, each line
    a paragraph (a list, a log, a book in one sentence a line); return `count`."""
    rng = random.Random(seed)
    vocabulary = sorted({w for p in stock() for w in p.split()})
    lines = [" ".join(rng.choices(vocabulary, k=rng.randint(2, 8))) for _ in range(count - 1)]
    path.write_text("\n".join([*lines, LAST_WORDS, ""]), encoding="utf-8")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a varied Arabic book for the bench.")
    parser.add_argument("out", type=Path, help="the file to write (.md or .txt)")
    parser.add_argument("size", nargs="?", help="bytes, or 10k, 1m, 5m, 20m")
    parser.add_argument("--lines", type=int, help="N short lines instead, a paragraph each")
    args = parser.parse_args()
    if args.lines is not None:
        print(build_lines(args.out, args.lines), "paragraphs")
        return
    size = (args.size or "").lower()
    if not (size in SIZES or size.isdigit()):
        parser.error("give a SIZE (bytes, or 10k, 1m, 5m, 20m) or --lines N")
    print(build(args.out, SIZES.get(size) or int(size)), "paragraphs")


if __name__ == "__main__":
    main()
