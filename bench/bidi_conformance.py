"""How much of Unicode's bidi conformance data the layout engine passes.

Reads BidiCharacterTest.txt (Debian's unicode-data: /usr/share/unicode) and
compares resolved levels and visual order, per path: the fast one-run path
(text without explicit embeddings or isolates) and the full path. Prints
figures; it is a measure, not a test (the target is 100%: see issue 10).

    python bench/bidi_conformance.py [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from scaletui.layout.bidi import embedding_levels, visual_order

DATA = Path("/usr/share/unicode/BidiCharacterTest.txt")
EXPLICIT = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E}
ISOLATES = {0x2066, 0x2067, 0x2068, 0x2069}


def cases(limit: int | None) -> list[tuple[str, int, list[str], list[int]]]:
    found = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split(";")
        text = "".join(chr(int(code, 16)) for code in fields[0].split())
        found.append((text, int(fields[1]), fields[3].split(), [int(i) for i in fields[4].split()]))
        if limit and len(found) >= limit:
            break
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"{DATA} is not here: apt-get install unicode-data", file=sys.stderr)
        return 1
    tally: Counter[str] = Counter()
    started = time.perf_counter()
    for text, direction, expected_levels, expected_order in cases(args.limit):
        if direction == 2:
            continue  # auto direction: P2/P3 with isolates skipped; counted separately below
        kind = (
            "isolates" if any(ord(c) in ISOLATES for c in text)
            else "explicit" if any(ord(c) in EXPLICIT for c in text)
            else "plain"
        )  # fmt: skip
        tally[f"{kind} cases"] += 1
        try:
            levels = embedding_levels(text, "rtl" if direction == 1 else "ltr")
        except Exception:  # noqa: BLE001 - a measure: count it and go on
            tally[f"{kind} errors"] += 1
            continue
        shown = [i for i, level in enumerate(expected_levels) if level != "x"]
        if all(levels[i] == int(expected_levels[i]) for i in shown):
            tally[f"{kind} levels ok"] += 1
        order = [i for i in visual_order([levels[i] for i in shown])]
        if [shown[i] for i in order] == expected_order:
            tally[f"{kind} order ok"] += 1
    elapsed = time.perf_counter() - started
    print(f"BidiCharacterTest.txt, explicit LTR/RTL paragraphs ({elapsed:.1f} s)")
    print(f"{'text':10} {'cases':>8} {'levels ok':>10} {'order ok':>10} {'errors':>7}")
    for kind in ("plain", "explicit", "isolates"):
        total = tally[f"{kind} cases"]
        if total:
            levels, order = tally[f"{kind} levels ok"], tally[f"{kind} order ok"]
            print(f"{kind:10} {total:8} {levels / total:9.1%} {order / total:10.1%} "
                  f"{tally[f'{kind} errors']:7}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
