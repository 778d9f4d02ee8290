"""Search figures: fold throughput, query time, and what folding ج with غ merges.

    python bench/search.py [TEXT_FILE ...]

Prints the time `fold()` takes over 1 MB of Arabic (the seed article repeated),
the time a whole-word query takes over it, and, over the given texts (default:
the seed and the bundled article), every word whose whole-word search finds a
spelling that differs from it only in ج/غ (or another g letter): the hits the
ج/غ folding adds. Judge by eye which are the same name (وانج/وانغ) and which
are other words (a false hit).
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from scaletui.search import fold, fold_query
from scaletui.search.folding import fold_char

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_77bd331cf6a7af78.txt"
ARTICLE = ROOT / "content" / "scale-ai-meta" / "article.txt"
G_LETTERS = "جغگڨ"
ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")


def megabyte() -> str:
    seed = SEED.read_text(encoding="utf-8")
    text = seed * (1 + 1_000_000 // len(seed.encode("utf-8")))
    while len(text.encode("utf-8")) > 1_000_000:
        text = text[: len(text) - 1000]
    return text


def timed(function, *args, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(*args)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def throughput() -> None:
    text = megabyte()
    size = len(text.encode("utf-8")) / 1e6
    fold(text)  # the per-character cache warm, as after the first paragraph
    ms = timed(fold, text)
    print(f"fold(): {size:.2f} MB ({len(text)} chars) in {ms:.0f} ms = {size / ms * 1000:.1f} MB/s")
    try:
        from scaletui.search.matching import compile_query
    except ImportError:  # an older scaletui, before the matcher
        return
    folded = fold(text).text
    for query in ("الاصطناعي", "ميتا", "ال", "~ال", "سكيل إيه آي", "ﺎﺘﻴﻣ"):
        matcher = compile_query(query)
        assert matcher is not None
        hits = 0

        def run(matcher=matcher) -> None:
            nonlocal hits
            hits = sum(1 for _ in matcher.spans(folded))

        ms = timed(run)
        print(f"  query {query!r:16} {hits:6} hits in {ms:5.1f} ms")


def unmerged(word: str) -> str:
    """A word folded as search folds it, but with its g letters kept apart."""
    return "".join(char if char in G_LETTERS else fold_char(char) for char in word)


def merges(paths: list[Path]) -> None:
    from scaletui.search.matching import compile_query

    texts = [path.read_text(encoding="utf-8") for path in paths]
    words = Counter(w for text in texts for w in ARABIC_WORD.findall(text))
    folded = [(text, fold(text)) for text in texts]
    gained: Counter[tuple[str, str]] = Counter()
    for word in sorted(w for w in words if any(c in G_LETTERS for c in w)):
        matcher = compile_query(word)
        assert matcher is not None
        for text, f in folded:
            for start, end in matcher.spans(f.text):
                a, b = f.span(start, end)
                found = text[a:b]
                if unmerged(found) != unmerged(word) and fold_query(found) == fold_query(word):
                    gained[(word, found)] += 1
    g_words = sum(n for w, n in words.items() if any(c in G_LETTERS for c in w))
    print(f"\n{sum(words.values())} Arabic words, {g_words} with a g letter (ج غ گ ڨ), in:")
    for path in paths:
        print(f"  {path}")
    print(f"whole-word queries (each such word) gaining a hit from ج/غ folding: {len(gained)}")
    for (word, found), count in sorted(gained.items()):
        print(f"  {word} finds {found} x{count}")


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv] or [SEED, ARTICLE]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print(f"bench/search.py: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    throughput()
    merges(paths)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
