"""How well `scaletui draft` drafts a pack from news it was not written for.

Runs the drafter on every gold text (bench/draft_gold.toml: the dev set and the texts
written for the tests; bench/draft_gold_heldout.toml: the held-out set, never tuned on)
and compares what it drafts with what a careful reader annotated.

    python bench/draft_quality.py            # the figures, per set
    python bench/draft_quality.py --texts    # and per text, with every miss and mistake
    python bench/draft_quality.py --set dev  # one set only (work on the dev set alone)

The public texts are fetched once by `python bench/draft_texts.py fetch`; a text that
is not on this machine is left out (and said so).

People and organisations, scored strictly. Names are folded (harakat and tatweel
dropped; أ إ آ ٱ → ا, ى → ي, ة → ه, غ → ج; case folded). A drafted entity is right when
its name is the gold name or one of the gold entry's `also` forms (other full names of
the same body): a name cut short (`حمدان بن محمد بن`) or run long (`حمدان بن محمد
يطلق`) is wrong, and so is a second entity for a name already matched. People are
entities of kind person; organisations those of kinds company, organisation,
government, lab and publication. Names in `either` are not scored; places, products
and events are not scored unless drafted as a person or an organisation.

Numbers. Every drafted number's label is looked up in the text; it is right when the
annotated figure it covers has its value (a `maybe_numbers` figure too), wrong when the
value differs or the label covers a garbled figure (`15-02%`, `2 .1`: to be left out),
and "not a figure" when it covers no annotated figure (a phone number, a model number,
a day of the month). Recall counts the annotated `numbers` drafted with their value.

Events. A drafted event is right when its evidence holds a gold event's cue and its date
is the gold date or a less precise form of it (2017 for 2017-10-08). A text "has a date"
when its gold lists an event; the target is a right event for every such text.

People rows. For each gold person with a role (or an organisation), whether a drafted
[[people]] row gives that role (the apposition as written) and that organisation.
"""

from __future__ import annotations

import argparse
import math
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))
sys.path.insert(0, str(ROOT / "bench"))

from draft_texts import locate  # noqa: E402
from scaletui.search.folding import fold_query  # noqa: E402
from scaletui.story import Figure, Story, story_from_text_file  # noqa: E402
from scaletui.story.draft.entities import ORGANISATION_KINDS  # noqa: E402
from scaletui.story.quoted_numbers import value_in_quote  # noqa: E402

GOLD = ROOT / "bench" / "draft_gold.toml"
HELD_OUT = ROOT / "bench" / "draft_gold_heldout.toml"
SORTS = ("people", "organisations")
SETS = ("dev", "held out", "written", "issue")
Gold = dict[str, object]


def fold(name: str) -> str:
    return " ".join(fold_query(name).replace("ة", "ه").split())


def names_of(entry: Gold) -> set[str]:
    """The folded names a gold entry may be drafted as."""
    return {fold(str(entry["ar"]))} | {fold(str(form)) for form in _list(entry, "also")}


def _list(entry: Gold, key: str) -> list[Gold]:
    value = entry.get(key, [])
    return value if isinstance(value, list) else []


@dataclass
class Tally:
    """Right / drafted and right / gold for one kind of item."""

    found: int = 0
    right: int = 0
    gold: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.right += other.right
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0


@dataclass
class Numbers:
    drafted: int = 0
    right: int = 0
    wrong: int = 0  # a wrong value, or a garbled figure drafted
    not_figures: int = 0
    gold: int = 0
    recalled: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Numbers) -> None:
        for name in ("drafted", "right", "wrong", "not_figures", "gold", "recalled"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Events:
    drafted: int = 0
    right: int = 0
    dated_texts: int = 0  # texts whose gold lists an event
    covered: int = 0  # of them, texts with a right drafted event
    notes: list[str] = field(default_factory=list)

    def add(self, other: Events) -> None:
        for name in ("drafted", "right", "dated_texts", "covered"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Score:
    sorts: dict[str, Tally] = field(default_factory=lambda: {s: Tally() for s in SORTS})
    numbers: Numbers = field(default_factory=Numbers)
    events: Events = field(default_factory=Events)
    roles: Tally = field(default_factory=Tally)  # found: rows of gold people
    organisations_of_people: Tally = field(default_factory=Tally)

    def add(self, other: Score) -> None:
        for sort in SORTS:
            self.sorts[sort].add(other.sorts[sort])
        self.numbers.add(other.numbers)
        self.events.add(other.events)
        self.roles.add(other.roles)
        self.organisations_of_people.add(other.organisations_of_people)


def _sort(kind: str) -> str | None:
    if kind == "person":
        return "people"
    return "organisations" if kind in ORGANISATION_KINDS else None


def _check_annotations(name: str, entry: Gold, text: str) -> None:
    """Every annotated name, figure and cue occurs in the text (else it is a typo)."""
    plain = fold(text)
    for key in ("people", "organisations", "either"):
        for gold in _list(entry, key):
            for form in [gold["ar"], *_list(gold, "also")]:
                # ل before ال writes لل: the text may name الأمم المتحدة only as للأمم المتحدة
                after_li = "لل" + str(form)[2:] if str(form).startswith("ال") else str(form)
                if fold(str(form)) not in plain and fold(after_li) not in plain:
                    raise SystemExit(f"{name}: {key} {form!r} is not in the text")
    for key in ("numbers", "maybe_numbers", "events"):
        for gold in _list(entry, key):
            snippet = str(gold["text" if key != "events" else "cue"])
            if snippet not in text:
                raise SystemExit(f"{name}: {key} {snippet!r} is not in the text")
    for snippet in entry.get("garbled", []):  # type: ignore[attr-defined]
        if snippet not in text:
            raise SystemExit(f"{name}: garbled {snippet!r} is not in the text")


def score_entities(story: Story, entry: Gold, score: Score) -> None:
    either = set().union(*(names_of(e) for e in _list(entry, "either")))
    for sort in SORTS:
        gold = _list(entry, sort)
        tally, matched = score.sorts[sort], [False] * len(gold)
        tally.gold = len(gold)
        for entity in story.entities.values():
            if _sort(entity.kind) != sort:
                continue
            name = fold(entity.name_ar)
            hit = next((i for i, g in enumerate(gold) if name in names_of(g)), None)
            if hit is None and name in either:
                continue
            tally.found += 1
            if hit is None or matched[hit]:
                why = "a duplicate" if hit is not None else "not in the gold"
                tally.notes.append(f"false {sort}: {entity.name_ar} ({entity.kind}; {why})")
            else:
                matched[hit] = True
                tally.right += 1
        tally.notes += [
            f"missed {sort}: {g['ar']}" for g, m in zip(gold, matched, strict=True) if not m
        ]


def _spans(story: Story, snippets: Iterable[str]) -> dict[str, list[tuple[int, int, int]]]:
    found: dict[str, list[tuple[int, int, int]]] = {}
    for snippet in snippets:
        for paragraph in story.paragraphs:
            text = paragraph.text
            at = text.find(snippet)
            while at >= 0:
                # "6 ميجابايت" is not inside "256 ميجابايت": a number starts on its own
                if not (snippet[:1].isdigit() and text[at - 1 : at].isdigit()):
                    found.setdefault(snippet, []).append((paragraph.index, at, at + len(snippet)))
                at = text.find(snippet, at + 1)
    return found


_RANK = ("right", "not a figure", "wrong", "garbled")


def score_numbers(story: Story, entry: Gold, score: Score) -> None:
    figures = {str(g["text"]): float(g["value"]) for g in _list(entry, "numbers")}  # type: ignore[arg-type]
    maybe = {str(g["text"]): float(g["value"]) for g in _list(entry, "maybe_numbers")}  # type: ignore[arg-type]
    garbled = [str(g) for g in entry.get("garbled", [])]  # type: ignore[attr-defined]
    spans = _spans(story, [*figures, *maybe, *garbled])
    numbers = score.numbers
    numbers.gold = len(figures)
    recalled: set[str] = set()

    def covered(where: tuple[int, int, int], snippets: Iterable[str]) -> str | None:
        paragraph, start, end = where
        return next(
            (s for s in snippets for p, a, b in spans.get(s, ())
             if p == paragraph and a < end and start < b),
            None,
        )  # fmt: skip

    def judge(where: tuple[int, int, int], figure: Figure) -> tuple[str, str | None]:
        """(right | wrong | garbled | not a figure, the annotated figure it covers)."""
        if covered(where, garbled):
            return "garbled", None
        snippet = covered(where, figures) or covered(where, maybe)
        if snippet is not None:
            value = figures.get(snippet, maybe.get(snippet, math.nan))
            right = math.isclose(value, figure.value, rel_tol=1e-9)
            return ("right" if right else "wrong"), snippet
        if value_in_quote(figure.value, figure.unit, figure.label_ar):
            return "not a figure", None
        return "wrong", None

    for figure in story.numbers:
        numbers.drafted += 1
        span = figure.provenance.span
        evidence = figure.provenance.evidence or ""
        # The label is verbatim in its evidence; where it occurs more than once (مليار
        # دولار in "19 مليار دولار ... مقابل مليار دولار"), the reading that fits counts.
        offsets = [i for i in range(len(evidence)) if evidence.startswith(figure.label_ar, i)]
        if span is None or not offsets:
            numbers.wrong += 1
            numbers.notes.append(f"not verbatim: {figure.label_ar!r}")
            continue
        label = f"{figure.label_ar!r} = {figure.value:g} {figure.unit}"
        verdicts = [
            judge((span.paragraph, span.start + i, span.start + i + len(figure.label_ar)), figure)
            for i in offsets
        ]
        verdict, snippet = min(verdicts, key=lambda v: _RANK.index(v[0]))
        if verdict == "right":
            numbers.right += 1
            recalled.add(str(snippet))
        elif verdict == "not a figure":
            numbers.not_figures += 1
            numbers.notes.append(f"not a figure: {label}")
        else:
            numbers.wrong += 1
            said = f" (the text says {figures.get(str(snippet), maybe.get(str(snippet)))})"
            numbers.notes.append(f"{verdict}: {label}{said if snippet else ''}")
    numbers.recalled = len(recalled & set(figures))
    numbers.notes += [f"missed figure: {s!r}" for s in figures if s not in recalled]


def _consistent(drafted: str, gold: str) -> bool:
    """The drafted date is the gold date, or the same date less precisely."""
    return drafted == gold or gold.startswith(drafted + "-")


def score_events(story: Story, entry: Gold, score: Score) -> None:
    gold = _list(entry, "events")
    events = score.events
    events.dated_texts = 1 if gold else 0
    for event in story.events:
        events.drafted += 1
        evidence, date = event.provenance.evidence or "", str(event.date)
        if any(str(g["cue"]) in evidence and _consistent(date, str(g["date"])) for g in gold):
            events.right += 1
        else:
            events.notes.append(f"wrong event: {date} {evidence[:70]!r}")
    events.covered = 1 if gold and events.right else 0
    if gold and not events.right:
        events.notes.append(f"no right event (gold: {', '.join(str(g['date']) for g in gold)})")


def score_people_rows(story: Story, entry: Gold, score: Score) -> None:
    organisations = {fold(str(g["ar"])): names_of(g) for g in _list(entry, "organisations")}
    rows = {fold(story.entities[p.entity].name_ar): p for p in story.people
            if p.entity in story.entities}  # fmt: skip
    for person in _list(entry, "people"):
        row = next((rows[n] for n in names_of(person) if n in rows), None)
        if "role" in person:
            score.roles.gold += 1
            score.roles.found += row is not None
            if row is not None and fold(row.role) == fold(str(person["role"])):
                score.roles.right += 1
            else:
                drafted = repr(row.role) if row is not None else "no row"
                score.roles.notes.append(f"role of {person['ar']}: {drafted}, "
                                         f"gold {person['role']!r}")  # fmt: skip
        if "org" in person:
            tally = score.organisations_of_people
            tally.gold += 1
            organisation = story.entities.get(row.organisation) if row is not None else None
            tally.found += organisation is not None
            wanted = organisations.get(fold(str(person["org"])), {fold(str(person["org"]))})
            if organisation is not None and fold(organisation.name_ar) in wanted:
                tally.right += 1
            else:
                drafted = organisation.name_ar if organisation is not None else "none"
                tally.notes.append(f"organisation of {person['ar']}: {drafted}, "
                                   f"gold {person['org']}")  # fmt: skip


def score_text(path: Path, name: str, entry: Gold) -> Score:
    story = story_from_text_file(path)
    published = str(entry.get("published", ""))
    if published:
        from scaletui.story.draft import draft_story

        story = draft_story(story._replace(published=published))
    _check_annotations(name, entry, "\n".join(p.text for p in story.paragraphs))
    score = Score()
    score_entities(story, entry, score)
    score_numbers(story, entry, score)
    score_events(story, entry, score)
    score_people_rows(story, entry, score)
    return score


def gold_texts() -> list[tuple[str, Gold]]:
    """(set, entry) for every gold text, dev and written first, then the held-out set."""
    texts = []
    for path, default in ((GOLD, "dev"), (HELD_OUT, "held out")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("texts", []):
            texts.append((str(entry.get("set", default)), entry))
    return texts


def evaluate(sets: Iterable[str] = SETS) -> tuple[dict[str, list[tuple[str, Score]]], list[str]]:
    """Scores per set for the texts on this machine, and the names of those missing."""
    wanted = set(sets)
    results: dict[str, list[tuple[str, Score]]] = {s: [] for s in SETS if s in wanted}
    missing = []
    for group, entry in gold_texts():
        if group not in wanted:
            continue
        name = str(entry.get("name", entry.get("file")))
        path = locate(entry)
        if path is None:
            missing.append(name)
            continue
        results[group].append((name, score_text(path, name, entry)))
    return results, missing


def total(scores: Iterable[tuple[str, Score]]) -> Score:
    summed = Score()
    for _, score in scores:
        summed.add(score)
    return summed


def _ratio(right: int, of: int) -> str:
    return f"{right:>3}/{of:<3} {right / of if of else 1.0:>5.0%}"


def report(label: str, score: Score) -> list[str]:
    people, organisations = score.sorts["people"], score.sorts["organisations"]
    numbers, events, of_people = score.numbers, score.events, score.organisations_of_people
    return [
        f"{label}",
        f"  people         precision {_ratio(people.right, people.found)}"
        f"   recall {_ratio(people.right, people.gold)}",
        f"  organisations  precision {_ratio(organisations.right, organisations.found)}"
        f"   recall {_ratio(organisations.right, organisations.gold)}",
        f"  numbers        right value {_ratio(numbers.right, numbers.right + numbers.wrong)}"
        f"   wrong or garbled {numbers.wrong}   not figures {numbers.not_figures}"
        f"   figures recalled {_ratio(numbers.recalled, numbers.gold)}",
        f"  events         right {_ratio(events.right, events.drafted)}"
        f"   dated texts with a right event {_ratio(events.covered, events.dated_texts)}",
        f"  people rows    role as written {_ratio(score.roles.right, score.roles.gold)}"
        f"   organisation {_ratio(of_people.right, of_people.gold)}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", action="store_true", help="per text, with every mistake")
    parser.add_argument("--set", choices=SETS, action="append", help="only this set (repeatable)")
    args = parser.parse_args()
    results, missing = evaluate(args.set or SETS)
    if not any(results.values()):
        print("no gold text found: run `python bench/draft_texts.py fetch`", file=sys.stderr)
        return 1
    for group, scores in results.items():
        if not scores:
            continue
        if args.texts:
            for name, score in scores:
                print("\n".join(report(f"{name} ({group})", score)))
                notes = [*score.sorts["people"].notes, *score.sorts["organisations"].notes,
                         *score.numbers.notes, *score.events.notes, *score.roles.notes,
                         *score.organisations_of_people.notes]  # fmt: skip
                for note in notes:
                    print(f"    {note}")
        print("\n".join(report(f"== {group}: {len(scores)} texts", total(scores))))
    if missing:
        print(f"not on this machine ({len(missing)}): {', '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
