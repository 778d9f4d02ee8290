"""The public news texts the drafter's gold sets annotate, fetched on demand.

The gold sets (bench/draft_gold*.toml) hold our annotations, not the articles: the
articles belong to their publishers, so they are read from where they are published.
A gold text names its article in one of two ways:

- `file`: a path under the repository (the seed) or under the shared folder beside it
  (../shared, or SCALETUI_SHARED: the five AlKhaleej articles of ../shared/corpus);
- `source = "DATASET.json#ID"`: an article of a public dataset in the GitHub repository
  nalhamzy/MueenEvaluation (commit below): `arabic_500_dataset.json` holds articles of
  the SANAD corpus (AlKhaleej, CC BY 4.0: https://data.mendeley.com/datasets/57zpx667y9/2),
  `aljazeera_arabic_news_dataset_100_articles.json` Al Jazeera articles with their
  address and publication date.

    python bench/draft_texts.py fetch             # clone the repository, write the texts
    python bench/draft_texts.py fetch --from DIR  # or take them from a clone you have
    python bench/draft_texts.py choose            # how the dev and held-out texts were picked

The texts go to SCALETUI_GOLD_TEXTS, else ~/.cache/scaletui/gold-texts (never into
the repository). A SANAD text is the article's body; an Al Jazeera text its headline,
a blank line and its body.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPOSITORY = "https://github.com/nalhamzy/MueenEvaluation"
COMMIT = "7c0b5b326475824632264bda8fe1ba7dbd834fb6"
SANAD = "arabic_500_dataset.json"
ALJAZEERA = "aljazeera_arabic_news_dataset_100_articles.json"
GOLD_FILES = ("draft_gold.toml", "draft_gold_heldout.toml")


def shared_dir() -> Path:
    return Path(os.environ.get("SCALETUI_SHARED", ROOT.parent / "shared"))


def texts_dir() -> Path:
    default = Path.home() / ".cache" / "scaletui" / "gold-texts"
    return Path(os.environ.get("SCALETUI_GOLD_TEXTS", default))


def source_file(source: str) -> str:
    dataset, _, article = source.partition("#")
    return f"{Path(dataset).stem}-{article}.txt"


def locate(entry: dict[str, object]) -> Path | None:
    """Where a gold text's article is on this machine (None: not here)."""
    if "file" in entry:
        for base in (ROOT, shared_dir()):
            if (base / str(entry["file"])).is_file():
                return base / str(entry["file"])
        return None
    path = texts_dir() / source_file(str(entry["source"]))
    return path if path.is_file() else None


_DATASETS: dict[str, list[dict[str, object]]] = {}
_CLONE: list[Path] = []


def _clone() -> Path | None:
    return _CLONE[0] if _CLONE else None


def _load(dataset: str) -> list[dict[str, object]]:
    if dataset not in _DATASETS:
        clone = _clone()
        assert clone is not None
        shown = subprocess.run(
            ["git", "-C", str(clone), "show", f"{COMMIT}:{dataset}"],
            capture_output=True, check=True,
        )  # fmt: skip
        _DATASETS[dataset] = json.loads(shown.stdout)
    return _DATASETS[dataset]


def _article(articles: list[dict[str, object]], article: str) -> dict[str, object] | None:
    return next((a for a in articles if str(a["id"]) == article), None)


def article_text(dataset: str, article: str) -> str:
    found = _article(_load(dataset), article)
    if found is None:
        raise SystemExit(f"{dataset} has no article {article}")
    body = str(found["body"]).strip()
    if dataset == ALJAZEERA:
        return f"{str(found['title']).strip()}\n\n{body}\n"
    return body + "\n"


def gold_entries() -> list[dict[str, object]]:
    entries = []
    for name in GOLD_FILES:
        path = ROOT / "bench" / name
        if path.is_file():
            entries += tomllib.loads(path.read_text(encoding="utf-8")).get("texts", [])
    return entries


def fetch(origin: Path | None) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        if origin is None:
            origin = Path(scratch) / "repo"
            subprocess.run(["git", "clone", "--quiet", "--filter=blob:none", REPOSITORY,
                            str(origin)], check=True)  # fmt: skip
        _CLONE[:] = [origin]
        out = texts_dir()
        out.mkdir(parents=True, exist_ok=True)
        written = 0
        for entry in gold_entries():
            if "source" not in entry:
                continue
            dataset, _, article = str(entry["source"]).partition("#")
            (out / source_file(str(entry["source"]))).write_text(
                article_text(dataset, article), encoding="utf-8"
            )
            written += 1
    print(f"{written} texts in {out}")
    return 0


def _order(prefix: str, ids: list[str]) -> list[str]:
    return sorted(ids, key=lambda i: hashlib.sha256(f"{prefix}{i}".encode()).hexdigest())


def _sanad(section: str, most: int, least: int = 0, leave_out: set[str] | None = None) -> list[str]:
    """SANAD's articles of one section (`TECH_`, `POLITICS_`, `FINANCE_`, `SPORTS_`,
    `CULTURE_`) of `least` to `most` words, but those left out."""
    return [
        str(a["id"]) for a in _load(SANAD)
        if str(a["id"]).startswith(section) and least <= int(str(a["word_count"])) <= most
        and str(a["id"]) not in (leave_out or set())
    ]  # fmt: skip


def choose(origin: Path) -> int:
    """Print how the dev and held-out texts were chosen (run once, before reading them)."""
    _CLONE[:] = [origin]
    in_corpus = {"TECH_023", "TECH_032", "TECH_043", "TECH_070", "TECH_093"}
    measured_by_the_issue = {"TECH_028", "TECH_048", "TECH_086"}
    tech = _order("", _sanad("TECH_", 400, leave_out=in_corpus | measured_by_the_issue))
    news = [
        str(a["id"]) for a in _load(ALJAZEERA)
        if int(str(a["word_count"])) <= 360 and a["category"] in ("news", "ebusiness", "politics")
    ]  # fmt: skip
    news = _order("aj-", news)
    print("dev:", tech[:10])
    print("first held out (now dev):", tech[10:22], news[:4])
    print("second held out (now dev):", tech[22:32], news[4:7])
    print("third held out (now dev):", tech[32:40], news[7:9])
    print("fourth held out (now dev):", tech[40:48], news[9:11])
    # The fifth to seventh sets add AlKhaleej's local and political news (people with
    # Gulf names and titles, government bodies) in the same hash order; Al Jazeera's
    # short news runs out, so the sixth and seventh take its next-longest (at most 500 words).
    politics = _order("pol-", _sanad("POLITICS_", 400))
    longer = [
        str(a["id"]) for a in _load(ALJAZEERA)
        if 360 < int(str(a["word_count"])) <= 500
        and a["category"] in ("news", "ebusiness", "politics")
    ]  # fmt: skip
    longer = _order("aj-", longer)
    print("fifth held out (now dev):", tech[48:58], politics[:3], news[11:14])
    print("sixth held out (now dev):", tech[58:67], politics[3:6], longer[:3])
    # The seventh: AlKhaleej technology's short articles run out (two left), so it takes
    # ten of its political news instead of three.
    print("seventh held out (now dev):", tech[67:], politics[6:16], longer[3:6])
    # Chosen with the seventh and annotated before the drafter ran on them, but as
    # development texts from the start: unseen political news to study errors on.
    print("dev (eighth, never held out):", politics[16:24])
    # The ninth: the next twelve political news in the same order and the last of Al
    # Jazeera's 361-to-500-word articles (seven in all).
    print("ninth held out (now dev):", politics[24:36], longer[6:])
    # The tenth: Al Jazeera's short and longer news are used up, and so are AlKhaleej
    # technology's short articles; it takes AlKhaleej's business news (its first use:
    # Gulf companies, banks and their officers), the next political news, and
    # technology's articles of 401 to 500 words, each in its own hash order.
    finance = _order("fin-", _sanad("FINANCE_", 400))
    tech_longer = _order(
        "tech-", _sanad("TECH_", 500, least=401, leave_out=in_corpus | measured_by_the_issue)
    )
    print("tenth held out (now dev):", finance[:4], politics[36:42], tech_longer[:3])
    # Business news' next four, development texts from the start (never held out): their
    # figures (decimals with a comma, reversed decimals, index points) to study.
    print("dev (business, never held out):", finance[4:8])
    # The eleventh: the same three orders, next in each (business news' 9th to 12th,
    # politics' 43rd to 47th, technology's 4th to 6th of 401 to 500 words).
    print("eleventh held out (now dev):", finance[8:12], politics[42:47], tech_longer[3:6])
    # The twelfth: technology's 401-to-500-word articles are used up; business news' 13th
    # to 18th and politics' 48th to 53rd, each in its own hash order.
    print("twelfth held out (now dev):", finance[12:18], politics[47:53])
    # The thirteenth: business news' 19th to 22nd and politics' 54th to 61st, each in its
    # own hash order; politics has more people, the drafter's weakest figure.
    print("thirteenth held out (now dev):", finance[18:22], politics[53:61])
    # The fourteenth: politics' 62nd to 69th and business news' 23rd to 26th, each in its
    # own hash order, as the thirteenth took them.
    print("fourteenth held out (now dev):", finance[22:26], politics[61:69])
    # The fifteenth: politics' 70th to 77th and business news' 27th to 30th, each in its
    # own hash order, as the fourteenth took them (three short political news are left).
    print("fifteenth held out (now dev):", finance[26:30], politics[69:77])
    # The sixteenth, chosen to name at least 20 people and 40 organisations: the last
    # three short political news; Al Jazeera's next-longest news (501 to 600 words, the
    # 361-to-500 ones used up), three in the same "aj-" order; AlKhaleej's sports news
    # (its first use: players, coaches, clubs and federations), three of at most 400 words
    # in their own "sport-" hash order; and business news' 31st to 33rd.
    sports = _order("sport-", _sanad("SPORTS_", 400))
    longest = [
        str(a["id"]) for a in _load(ALJAZEERA)
        if 500 < int(str(a["word_count"])) <= 600
        and a["category"] in ("news", "ebusiness", "politics")
    ]  # fmt: skip
    longest = _order("aj-", longest)
    print("sixteenth held out (now dev):", politics[77:], longest[:3], sports[:3], finance[30:33])
    # The seventeenth, chosen to name at least 20 people and 40 organisations: business
    # news' 34th to 37th, sports news' 4th to 6th, the last two of Al Jazeera's 501 to 600
    # words, and AlKhaleej's culture news (its first use: writers, artists, festivals,
    # institutions), three of at most 400 words in their own "culture-" hash order.
    # Culture's third, CULTURE_051, is an essay (no name, body or figure), not news: the
    # next in the same order takes its place.
    culture = _order("culture-", _sanad("CULTURE_", 400))
    not_news = {"CULTURE_051"}
    culture_news = [i for i in culture[:4] if i not in not_news]
    print("seventeenth held out (now dev):", finance[33:37], sports[3:6], culture_news,
          longest[3:5])  # fmt: skip
    # The eighteenth, chosen to name at least 20 people and 40 organisations: the next
    # four in each of the business ("fin-"), sports ("sport-") and culture ("culture-")
    # hash orders, all of at most 400 words. Culture's 5th and 6th, CULTURE_052 (on books'
    # prefaces) and CULTURE_095 (on World Theatre Day), are opinion columns with no name
    # but their writer's, no body and no figure, not news: the next in the same order
    # take their places.
    not_news |= {"CULTURE_052", "CULTURE_095"}
    culture_news = [i for i in culture[4:10] if i not in not_news]
    print("held out (eighteenth):", finance[37:41], sports[6:10], culture_news)
    print("left:", len(finance) - 41, "business,", len(politics) - 80, "politics,",
          len(tech_longer) - 6, "technology,", len(sports) - 10, "sports,", len(culture) - 10,
          "culture,", len(longest) - 5, "Al Jazeera of 501 to 600 words")  # fmt: skip
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("fetch", "choose"))
    parser.add_argument("--from", dest="origin", type=Path, help="a clone of the repository")
    args = parser.parse_args()
    if args.command == "fetch":
        return fetch(args.origin)
    if args.origin is None:
        print("choose needs --from (a clone of the repository)", file=sys.stderr)
        return 2
    return choose(args.origin)


if __name__ == "__main__":
    sys.exit(main())
