"""How well `scaletui draft` finds people and organisations: precision and recall.

Runs the drafter on each text in bench/draft_gold.toml and compares its entities with
the gold names written there by reading the texts.

    python bench/draft_quality.py            # the table
    python bench/draft_quality.py --misses   # also every miss and false positive

Matching rule. Names are folded (harakat and tatweel dropped; أ إ آ ٱ → ا, ى → ي,
ة → ه; case folded). A drafted entity matches a gold name when, in its Arabic or its
Latin form, the folded names are equal or one holds the other as whole words in order
(جمبو matches جمبو للإلكترونيات). Drafted people (kind person) are scored against the
gold people; drafted organisations (company, organisation, government, lab,
publication) against the gold organisations. Each gold name is matched once: a second
drafted entity for the same gold name is a duplicate and counts as a false positive,
as does a drafted person or organisation that matches no gold name of its sort
(a person drafted as a company is a miss and a false positive). Names in a text's
`either` list are not scored. Products, events and places are not scored.
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))

from scaletui.search.folding import fold_query  # noqa: E402
from scaletui.story import story_from_text_file  # noqa: E402
from scaletui.story.draft.entities import ORGANISATION_KINDS  # noqa: E402

GOLD = ROOT / "bench" / "draft_gold.toml"
SORTS = ("people", "organisations")


def shared_dir() -> Path:
    return Path(os.environ.get("SCALETUI_SHARED", ROOT.parent / "shared"))


def find_text(name: str) -> Path | None:
    for base in (ROOT, shared_dir()):
        if (base / name).is_file():
            return base / name
    return None


def _words(name: str) -> list[str]:
    return fold_query(name).replace("ة", "ه").split()


def names_match(drafted: str, gold: str) -> bool:
    a, b = _words(drafted), _words(gold)
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


@dataclass
class Score:
    found: int = 0  # drafted entities of this sort
    hits: int = 0  # of them, matching a gold name not matched before
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.found += other.found
        self.hits += other.hits
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0


def _sort(kind: str) -> str | None:
    if kind == "person":
        return "people"
    return "organisations" if kind in ORGANISATION_KINDS else None


def score_text(path: Path, entry: dict[str, object]) -> dict[str, Score]:
    story = story_from_text_file(path)
    either = [(n["ar"], n["en"]) for n in entry.get("either", [])]  # type: ignore[attr-defined]
    scores = {sort: Score() for sort in SORTS}
    for sort in SORTS:
        gold = [(n["ar"], n["en"]) for n in entry.get(sort, [])]  # type: ignore[attr-defined]
        score, matched = scores[sort], [False] * len(gold)
        score.gold = len(gold)
        for entity in story.entities.values():
            if _sort(entity.kind) != sort:
                continue
            forms = (entity.name_ar, entity.name_en)

            def matches(name: tuple[str, str], forms: tuple[str, str] = forms) -> bool:
                return any(names_match(form, g) for form in forms for g in name)

            hit = next((i for i, g in enumerate(gold) if not matched[i] and matches(g)), None)
            if hit is None and any(matches(g) for g in either):
                continue  # an either-way name: not scored
            score.found += 1
            if hit is None:
                score.false.append(f"{entity.name_ar} ({entity.kind})")
            else:
                matched[hit] = True
                score.hits += 1
        score.misses = [g[0] for g, m in zip(gold, matched, strict=True) if not m]
    return scores


def evaluate(held_out: bool | None = None) -> list[tuple[str, bool, dict[str, Score]]]:
    """Scores per text present on this machine (held_out=None: every text)."""
    gold = tomllib.loads(GOLD.read_text(encoding="utf-8"))
    results = []
    for entry in gold["texts"]:
        is_held_out = bool(entry.get("held_out", False))
        path = find_text(entry["file"])
        if path is None or (held_out is not None and is_held_out != held_out):
            continue
        results.append((entry["file"], is_held_out, score_text(path, entry)))
    return results


def total(results: list[tuple[str, bool, dict[str, Score]]]) -> dict[str, Score]:
    sums = {sort: Score() for sort in SORTS}
    for _, _, scores in results:
        for sort in SORTS:
            sums[sort].add(scores[sort])
    return sums


def _row(label: str, scores: dict[str, Score]) -> str:
    cells = [
        f"{s.hits:>3}/{s.found:<3} {s.precision:>5.0%}  {s.hits:>3}/{s.gold:<3} {s.recall:>5.0%}"
        for s in (scores["people"], scores["organisations"])
    ]
    return f"{label:<40} {cells[0]}   {cells[1]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list misses and false positives")
    args = parser.parse_args()
    results = evaluate()
    if not results:
        print("no gold text found (the corpus is read from ../shared)", file=sys.stderr)
        return 1
    print(f"{'':<40} {'people':^31}   {'organisations':^31}")
    print(f"{'text':<40} {'precision':^15} {'recall':^15}   {'precision':^15} {'recall':^15}")
    for name, held_out, scores in results:
        print(_row(name + (" (held out)" if held_out else ""), scores))
        if args.misses:
            for sort in SORTS:
                for miss in scores[sort].misses:
                    print(f"    missed {'person' if sort == 'people' else 'organisation'}: {miss}")
                for false in scores[sort].false:
                    print(f"    false {sort}: {false}")
    tuned = [r for r in results if not r[1]]
    print(_row("all texts the cues were written on", total(tuned)))
    held = [r for r in results if r[1]]
    if held:
        print(_row("held out", total(held)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
