"""How much of Unicode's bidi conformance data the layout engine passes, and how fast.

Reads BidiCharacterTest.txt and BidiTest.txt (Debian's unicode-data package,
/usr/share/unicode) and prints, per file, the cases run and passed through the
whole engine (LayoutEngine.layout, compared on the visible characters as
tests/test_bidi_conformance.py compares them; that test holds it at 100%), on the
full resolver alone (layout/uax9.py) and on the fast one-run path alone (plain
text only), with the time taken.

    python bench/bidi_conformance.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

# The test's own readers and checker: the bench times what the test holds at 100%.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_bidi_conformance import (  # noqa: E402
    CHARACTER_TEST,
    CLASS_TEST,
    character_cases,
    class_cases,
    engine_failures,
    failures,
    fast_path,
    full_path,
)


def main() -> int:
    if not CLASS_TEST.exists() or not CHARACTER_TEST.exists():
        print(f"{CLASS_TEST.parent} has no conformance files: apt-get install unicode-data",
              file=sys.stderr)  # fmt: skip
        return 1
    paths = {"engine": None, "full": (full_path, False), "fast": (fast_path, True)}
    print(f"{'file':24} {'path':6} {'cases':>8} {'passed':>8} {'rate':>7} {'time':>7}")
    for source, cases in ((CHARACTER_TEST, character_cases), (CLASS_TEST, class_cases)):
        for path, resolver in paths.items():
            started = time.perf_counter()
            if resolver is None:
                ran, failed = engine_failures(cases())
            else:
                ran, failed = failures(cases(), *resolver)
            seconds = time.perf_counter() - started
            passed = ran - len(failed)
            print(
                f"{source.name:24} {path:6} {ran:8} {passed:8} {passed / ran:7.2%} {seconds:6.1f}s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
