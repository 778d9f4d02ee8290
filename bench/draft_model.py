"""Train the drafter's name tagger (tui/scaletui/story/draft/names.crfsuite).

The corpus is NewsFANE Gold (Fahd Alotaibi and Mark Lee, COLING 2014): ANERcorp's
newswire, about 170,000 words, annotated with 50 fine-grained classes, released under
CC BY-SA 3.0. A public copy is in the GitHub repository bvanaken/visbert (commit
8c0f4a8b8eb821dca6d947206c3e3cbad9cda693,
data/Finegrained/WikiFANE_2014_Gold_standard/NewsFANE_Gold_2014_170K.txt).

    python bench/draft_model.py train CORPUS      # write names.crfsuite
    python bench/draft_model.py evaluate CORPUS   # train on 90%, score the other 10%

The fine classes fold into PER (politicians, athletes, artists, ...), ORG (government,
companies, media, non-governmental, sports, educational, ...) and LOC (nations, cities,
buildings, ...); groups of people (العرب) and the rest are O. ANERcorp splits some
clitics off their word (و ذكر، حصة ه); they are joined back, since the drafter reads
words as the text writes them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))

from scaletui.story.draft.tagger import MODEL, features  # noqa: E402

PERSON = {"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
          "Businessperson", "Lawyer", "Engineer", "Police"}  # fmt: skip
ORGANISATION = {"Non-Governmental", "Sports", "Government", "Media", "Commercial",
                "Educational", "Medical-Science", "Entertainment", "Religious_ORG"}  # fmt: skip
PLACE = {"Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "County-or-District",
         "Continent", "Land", "Water-Body", "Building-Grounds", "Airport", "Path",
         "Land-Region-Natural", "Subarea-Facility"}  # fmt: skip
_PREFIXES = {"و", "ف", "ب", "ل", "ك"}
_SUFFIXES = {"ه", "ها", "هم", "هما", "هن", "كم", "نا"}
Sentence = list[tuple[str, str]]


def coarse(label: str) -> str:
    if label == "O" or "-" not in label:
        return "O"
    edge, fine = label.split("-", 1)
    for sort, fines in (("PER", PERSON), ("ORG", ORGANISATION), ("LOC", PLACE)):
        if fine in fines:
            return f"{edge}-{sort}"
    return "O"


def read(corpus: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in corpus.read_text(encoding="utf-8-sig").splitlines():
        line = line.replace("\u200e", "").replace("\ufeff", "")
        if not line.strip():
            if current:
                sentences.append(_joined(current))
            current = []
            continue
        word, _, label = line.partition("\t")
        current.append((word.strip(), coarse(label.strip())))
    if current:
        sentences.append(_joined(current))
    return sentences


def _joined(sentence: Sentence) -> Sentence:
    """Clitics ANERcorp split off joined back to their word, as news writes them."""
    out: Sentence = []
    prefix = ""
    for word, label in sentence:
        if word in _PREFIXES and label == "O":
            prefix += word
            continue
        if word in _SUFFIXES and label == "O" and out and not prefix:
            last, last_label = out[-1]
            out[-1] = (last + word, last_label)
            continue
        out.append((prefix + word, label))
        prefix = ""
    return out


def train(sentences: list[Sentence], model: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        trainer.append(features([w for w, _ in sentence]), [label for _, label in sentence])
    # L1 keeps the model small (most feature weights are zero); L2 smooths the rest.
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 200,
                        "feature.possible_transitions": True})  # fmt: skip
    trainer.train(str(model))


def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    found, start, sort = set(), -1, ""
    for i, label in enumerate([*labels, "O"]):
        if start >= 0 and not (label.startswith("I-") and label[2:] == sort):
            found.add((start, i, sort))
            start = -1
        if label.startswith("B-") or (label.startswith("I-") and start < 0):
            start, sort = i, label[2:]
    return found


def evaluate(sentences: list[Sentence]) -> None:
    import pycrfsuite

    cut = len(sentences) * 9 // 10
    with tempfile.TemporaryDirectory() as scratch:
        model = Path(scratch) / "model.crfsuite"
        train(sentences[:cut], model)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        tallies = {sort: [0, 0, 0] for sort in ("PER", "ORG", "LOC")}  # right, drafted, gold
        for sentence in sentences[cut:]:
            gold = spans([label for _, label in sentence])
            found = spans(tagger.tag(features([w for w, _ in sentence])))
            for sort, tally in tallies.items():
                tally[0] += len({s for s in gold & found if s[2] == sort})
                tally[1] += len({s for s in found if s[2] == sort})
                tally[2] += len({s for s in gold if s[2] == sort})
    for sort, (right, drafted, gold_count) in tallies.items():
        print(f"{sort}  precision {right}/{drafted} {right / max(drafted, 1):4.0%}"
              f"  recall {right}/{gold_count} {right / max(gold_count, 1):4.0%}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("train", "evaluate"))
    parser.add_argument("corpus", type=Path, help="NewsFANE_Gold_2014_170K.txt")
    args = parser.parse_args()
    sentences = read(args.corpus)
    if args.command == "evaluate":
        evaluate(sentences)
    else:
        train(sentences, MODEL)
        print(f"{MODEL} ({MODEL.stat().st_size // 1024} KiB) from {len(sentences)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
