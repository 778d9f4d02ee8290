"""The bundled story pack, and the validator's reports on broken packs."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

import pytest

import scaletui
from pack_files import problems_of, write_pack
from scaletui.story import PackError, load_story, parse_date, resolve_pack
from scaletui.story.model import Story
from scaletui.story.packs import bundled_story_ids

ROOT = Path(__file__).parents[1]
PACK = ROOT / "content" / "scale-ai-meta"
SEED = ROOT / "seeds" / "000_77bd331cf6a7af78.txt"

REQUIRED_ENTITIES = [
    "Meta", "Facebook", "Instagram", "WhatsApp", "Scale AI", "Alexandr Wang",
    "Mark Zuckerberg", "OpenAI", "Google", "Anthropic", "Llama 4", "DeepSeek", "SignalFire",
    "Ilya Sutskever", "Safe Superintelligence", "Arthur Mensch", "Mistral", "Jack Rae",
    "DeepMind", "The Information", "Robert Nishihara", "Anyscale", "TechCrunch", "Turing",
    "Surge AI", "LM Arena", "Jonathan Siddharth",
]  # fmt: skip


@pytest.fixture(scope="module")
def raw() -> dict:
    return tomllib.loads((PACK / "story.toml").read_text(encoding="utf-8"))


# The SHA-256 of the original article as it was given (../shared/seeds/), recorded
# here so the check needs nothing outside the repository.
ORIGINAL_SHA256 = "fd59e9bbb7c17be6a86f72c419785276a4efc96d6c4ce6e747bc32769c9b724d"


def test_seed_is_the_original_byte_for_byte() -> None:
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == ORIGINAL_SHA256
    # Where the shared material is beside the repository (CI clones it so), the
    # original itself agrees too.
    shared = ROOT.parent / "shared" / "seeds" / SEED.name
    if shared.is_file():
        assert shared.read_bytes() == SEED.read_bytes()


def test_seed_is_the_packs_source_line_for_line(raw: dict) -> None:
    """The seed as the pack describes it: clean UTF-8, the machine-translated title,
    a blank line, then article.txt's paragraphs one a line, character for character."""
    data = SEED.read_bytes()
    text = data.decode("utf-8")  # strict: a stray byte fails here
    assert not text.startswith("\ufeff") and "\r" not in text
    assert raw["story"]["source"] == f"seeds/{SEED.name}"
    article = (PACK / "article.txt").read_text(encoding="utf-8")
    blocks = [block.strip() for block in article.split("\n\n") if block.strip()]
    assert blocks[0].startswith("# ")  # the headline
    paragraphs = [block.lstrip("#").lstrip(" ") for block in blocks]
    lines = text.split("\n")
    assert lines[0] == raw["story"]["machine_translated_title"]
    assert lines[1] == ""
    assert lines[2:] == paragraphs
    assert len(lines) == len(paragraphs) + 2


def test_article_keeps_every_line_of_the_seed(story: Story) -> None:
    seed_lines = [line.strip() for line in SEED.read_text(encoding="utf-8").split("\n")]
    garbled, headline, body = seed_lines[0], seed_lines[2], [x for x in seed_lines[3:] if x]
    assert story.title == headline
    assert story.machine_translated_title == garbled
    assert garbled not in [p.text for p in story.paragraphs]
    assert [p.text for p in story.paragraphs[1:]] == body
    assert story.paragraphs[0].kind == "title"
    assert sum(p.kind == "heading" for p in story.paragraphs) == 7


def test_every_evidence_quote_is_in_the_article(story: Story, raw: dict) -> None:
    article = [p.text for p in story.paragraphs]
    quotes = 0
    for table in ("events", "people", "competitors", "numbers"):
        for item in raw[table]:
            if item["provenance"] == "article":
                assert item.get("evidence"), f"{table}: {item} has no evidence"
            else:
                assert item.get("note"), f"{table}: context item without a note"
            if "evidence" in item:
                assert any(item["evidence"] in text for text in article), item["evidence"]
                quotes += 1
    assert quotes >= 30
    for group in (story.events, story.people, story.competitors, story.numbers):
        for entry in group:
            span = entry.provenance.span
            if entry.provenance.evidence:
                assert span is not None
                text = story.paragraphs[span.paragraph].text
                assert text[span.start : span.end] == entry.provenance.evidence


def test_every_id_resolves(story: Story, raw: dict) -> None:
    ids = {e["id"] for e in raw["entities"]}
    assert len(ids) == len(raw["entities"])
    for event in raw["events"]:
        assert set(event["entities"]) <= ids
    for person in raw["people"]:
        assert person["entity"] in ids and person["organisation"] in ids
    for rival in raw["competitors"]:
        assert rival["entity"] in ids and rival["competes_with"] in {"scale-ai", "meta"}


def test_required_entities_are_present(story: Story) -> None:
    names = {e.name_en for e in story.entities.values()}
    missing = [name for name in REQUIRED_ENTITIES if name not in names]
    assert not missing
    kinds = {e.name_en: e.kind for e in story.entities.values()}
    assert kinds["Alexandr Wang"] == "person" and kinds["Llama 4"] == "product"
    assert kinds["TechCrunch"] == "publication" and kinds["The Information"] == "publication"


def test_surface_forms_occur_in_the_article(story: Story) -> None:
    article = "\n".join(p.text for p in story.paragraphs)
    for entity in story.entities.values():
        for form in entity.surface_forms:
            assert form in article, (entity.id, form)
    assert "ألكسندر وانغ" in story.entities["alexandr-wang"].surface_forms


def test_events_cover_the_datable_events(story: Story) -> None:
    by_entities = {frozenset(e.entities): e for e in story.events}
    dated = {str(e.date) for e in story.events}
    assert {"2024", "2025-04", "2025-06"} <= dated
    years = sorted(e.date.sort_key for e in story.events)
    assert years == [e.date.sort_key for e in story.events]  # in date order

    def has(*entity_ids: str) -> bool:
        return any(set(entity_ids) <= set(key) for key in by_entities)

    assert has("instagram") and has("whatsapp") and has("llama-4")
    assert has("signalfire") or any(e.date.year == 2024 for e in story.events)
    assert has("the-information") and has("jack-rae") and has("turing")
    assert has("alexandr-wang")
    instagram = next(e for e in story.events if "instagram" in e.entities)
    assert instagram.provenance.kind == "context" and "2012" in (instagram.provenance.note or "")


def test_numbers_cover_the_figures(story: Story) -> None:
    values = {(n.value, n.unit) for n in story.numbers}
    for expected in [
        (15e9, "USD"), (19e9, "USD"), (1e9, "USD"), (49, "percent"), (4.3, "percent"),
        (2024, "year"), (28, "years"),
    ]:  # fmt: skip
        assert expected in values
    for figure in story.numbers:
        # What the article gives is quoted; what it does not (the confirmed $14.3B) is context.
        assert (figure.provenance.kind == "article") == (figure.provenance.evidence is not None)
        assert figure.status in ("announced", "paid", "reported", "estimated"), figure.id
    status = {(n.value, n.unit): n.status for n in story.numbers}
    assert status[(15e9, "USD")] == "reported"  # the rumour-stage figure the article gives
    # The article's 49% is what Meta "intends" (reported); its confirmation is the aside.
    assert status[(49, "percent")] == "reported" and status[(14.3e9, "USD")] == "announced"
    stake = story.figure("scale-ai-stake")
    assert stake is not None and "12 June 2025" in (stake.provenance.aside_en or "")
    assert status[(29e9, "USD")] == "announced"  # Scale AI's valuation with the investment


def test_every_context_item_cites_an_outlet_a_date_and_a_url(story: Story) -> None:
    context = [
        item
        for group in (story.events, story.people, story.competitors, story.numbers)
        for item in group
        if item.provenance.kind == "context"
    ]
    assert len(context) >= 20
    for item in context:
        sources = story.sources_of(item.provenance)
        assert sources, item
        for source in sources:
            assert source.outlet and source.title and source.date.year >= 2012
            # An address is given only where it was seen; the one source without one is
            # the original article, whose [origin] says it could not be checked.
            if source.id == "techcrunch-original":
                assert not source.url and story.origin is not None
                assert "could not be checked" in story.origin.note
            else:
                assert source.url.startswith("https://"), source.url
    outlets = {source.outlet for source in story.sources.values()}
    assert {"Reuters", "CNBC", "TechCrunch", "Scale AI", "Business Insider"} <= outlets


def test_each_context_events_source_is_dated_for_the_event(story: Story) -> None:
    """A source documents an event it does not postdate by months: the pieces of 10 June
    2025 no longer stand for an April report, an undated trend or Turing's e-mail (whose
    year and month are the original article's, cited as such)."""
    ten_june = {"theinformation-scale-2025", "cnbc-zuckerberg-bet-2025"}
    for event in story.events:
        cited = set(event.provenance.sources)
        if cited & ten_june:
            assert event.date.sort_key[:2] == (2025, 6), event.id
    for event_id in ("the-information-revenue-report", "scale-ai-specialist-hiring",
                     "wang-meets-world-leaders", "turing-customer-interest"):  # fmt: skip
        found = story.event(event_id)
        assert found is not None and found.provenance.sources == ("techcrunch-original",)
        assert "original" in (found.provenance.note or "")


def test_the_layoffs_of_july_2025_are_in_the_story(story: Story) -> None:
    layoffs = story.event("scale-ai-layoffs")
    assert layoffs is not None and str(layoffs.date) == "2025-07-16"
    assert layoffs.provenance.kind == "context" and "jason-droege" in layoffs.entities
    assert "memo" in (layoffs.provenance.note or "")
    assert "upi-scale-layoffs-2025" in layoffs.provenance.sources
    values = {(n.value, n.unit) for n in story.numbers if n.id.startswith("scale-ai-")}
    assert {(14, "percent"), (200, "people"), (500, "people")} <= values
    assert story.unit("people").kind == "count"


def test_droege_is_spelt_as_arabic_outlets_spell_him(story: Story) -> None:
    droege = story.entity("jason-droege")
    assert droege.name_ar == "جيسون درويج"
    assert "درويج" in story.event("droege-interim-ceo").title_ar  # type: ignore[union-attr]
    detafour = story.sources["detafour-scale-layoffs-2025"]
    assert "ميتا" in detafour.title and detafour.url.startswith("https://detafour.com/")


def test_the_pack_names_the_articles_source(story: Story) -> None:
    origin = story.origin
    assert origin is not None and origin.translated and origin.language == "en"
    assert origin.outlet == "TechCrunch"
    assert origin.title == "Can Scale AI and Alexandr Wang reignite Meta's AI efforts?"
    assert str(origin.date) == "2025-06"
    # Neither an author nor an address that was not verified.
    assert origin.author == "" and origin.url == ""


def test_the_pack_tells_the_story_as_it_happened(story: Story) -> None:
    events = {event.id: event for event in story.events}
    # The stake: $14.3B for 49%, non-voting, confirmed by Scale AI on 12 June 2025.
    deal = events["meta-invests-in-scale-ai"]
    assert str(deal.date) == "2025-06-12" and "non-voting" in deal.title_en
    assert "scale-next-phase-2025" in deal.provenance.sources
    stake = story.figure("scale-ai-stake")
    assert stake is not None and "voting" in (stake.provenance.note or "")
    # Meta Superintelligence Labs, 30 June 2025: Wang Chief AI Officer, Friedman co-leading.
    labs = events["meta-superintelligence-labs"]
    assert str(labs.date) == "2025-06-30"
    assert {"alexandr-wang", "nat-friedman"} <= set(labs.entities)
    # Gross to Meta; Sutskever SSI's CEO from 3 July 2025, so his "head of SSI" is dated.
    assert "daniel-gross" in events["meta-hires-daniel-gross"].entities
    assert str(events["sutskever-becomes-ssi-ceo"].date) == "2025-07-03"
    ilya = next(p for p in story.people if p.entity == "ilya-sutskever")
    # His role is the article's (a research-trained lab leader); the date is the aside's.
    assert "July" not in ilya.role and "3 July 2025" in (ilya.provenance.aside_en or "")
    assert "3 July 2025" in story.entity("ilya-sutskever").role
    assert "droege-interim-ceo" in events
    pulled = events["scale-customers-pull-back"]
    assert {"google", "openai", "xai", "microsoft"} <= set(pulled.entities)
    assert {"reuters-google-split-2025", "bi-clients-pause-2025"} <= set(pulled.provenance.sources)
    # The new people, each outside context with sources; the timeline runs to July 2025.
    people = {p.entity: p for p in story.people}
    for person in ("nat-friedman", "daniel-gross", "jason-droege"):
        assert people[person].provenance.kind == "context" and people[person].provenance.sources
    assert max(e.date.sort_key for e in story.events) >= (2025, 7, 1)


def test_the_articles_slips_are_flagged_on_their_passages(story: Story) -> None:
    article = "\n".join(p.text for p in story.paragraphs)
    slips = [
        item.provenance
        for group in (story.events, story.people, story.competitors, story.numbers)
        for item in group
        if item.provenance.slip
    ]
    # "Acquisition" for a minority stake, and "announced" beside "intends".
    acquisition = [p for p in slips if "الاستحواذ" in (p.evidence or "")]
    intends = [p for p in slips if "تعتزم" in (p.evidence or "")]
    assert acquisition and intends
    assert "non-voting" in (acquisition[0].slip or "")
    assert "أعلنت" in (intends[0].slip or "") and 'أعلنت شركة "ميتا"' in article
    assert all(p.span is not None for p in slips)


def test_deepmind_is_part_of_google_not_a_second_rival(story: Story) -> None:
    rivals = {c.entity for c in story.competitors}
    assert "google" in rivals and "deepmind" not in rivals
    assert story.entity("deepmind").part_of == "google"


def test_people_and_competitors(story: Story) -> None:
    people = {p.entity for p in story.people}
    assert {"alexandr-wang", "mark-zuckerberg", "jack-rae", "jonathan-siddharth"} <= people
    data_rivals = {c.entity for c in story.competitors if c.competes_with == "scale-ai"}
    lab_rivals = {c.entity for c in story.competitors if c.competes_with == "meta"}
    assert {"turing", "surge-ai", "lm-arena"} <= data_rivals
    assert {"openai", "google", "anthropic"} <= lab_rivals


# --- broken packs -------------------------------------------------------------

SMALL_ARTICLE = """# عنوان "ميتا" الجديد

تعتزم "ميتا" استثمار 15 مليار دولار في "سكيل إيه آي" (Scale AI).
"""

SMALL_TOML = """schema = 1

[story]
id = "small"
title_en = "Small"
language = "ar"

[[entities]]
id = "meta"
name_ar = "ميتا"
name_en = "Meta"
kind = "company"
role = "Investor"
surface_forms = ["ميتا"]

[[entities]]
id = "scale-ai"
name_ar = "سكيل إيه آي"
name_en = "Scale AI"
kind = "company"
role = "Data provider"
surface_forms = ["سكيل إيه آي", "Scale AI"]

[[events]]
id = "deal"
date = "2025-06"
title_ar = "الصفقة"
title_en = "The deal"
entities = ["meta", "scale-ai"]
provenance = "article"
evidence = "استثمار 15 مليار دولار"
"""


def small_pack(tmp_path: Path, toml: str = SMALL_TOML, article: str = SMALL_ARTICLE) -> Path:
    return write_pack(tmp_path, toml, article)


def test_small_pack_loads(tmp_path: Path) -> None:
    story = load_story(small_pack(tmp_path))
    assert story.title == 'عنوان "ميتا" الجديد'
    [event] = story.events
    assert event.provenance.span is not None


def test_broken_pack_reports_every_problem_as_file_key_message(tmp_path: Path) -> None:
    toml = (
        SMALL_TOML.replace('date = "2025-06"', 'date = "2025-13"')
        .replace('entities = ["meta", "scale-ai"]', 'entities = ["meta", "scale"]')
        .replace('name_en = "Scale AI"\n', "")
        .replace('evidence = "استثمار 15 مليار دولار"', 'evidence = "استثمار 16 مليار دولار"')
        .replace('kind = "company"\nrole = "Investor"', 'kind = "firm"\nrole = "Investor"')
    )
    assert problems_of(small_pack(tmp_path, toml)) == [
        "story.toml: entities[0].kind: must be one of company, person, lab, product, "
        "publication, place, organisation, government, event; got 'firm'",
        "story.toml: entities[1].name_en: missing",
        "story.toml: events[0].date: bad date '2025-13': use YYYY, YYYY-MM or YYYY-MM-DD",
        "story.toml: events[0].entities[1]: unknown entity id 'scale'",
        "story.toml: events[0].evidence: not found in the article: 'استثمار 16 مليار دولار'",
    ]


def test_missing_files_and_bad_toml(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert problems_of(tmp_path / "empty") == [
        "article.txt: -: missing",
        "story.toml: -: missing",
    ]
    [problem] = problems_of(small_pack(tmp_path, SMALL_TOML + "\nthis is = = not toml\n"))
    assert problem.startswith("story.toml: syntax: ") and "line" in problem


def test_context_needs_a_note_and_article_needs_evidence(tmp_path: Path) -> None:
    toml = SMALL_TOML.replace('provenance = "article"', 'provenance = "context"').replace(
        'evidence = "استثمار 15 مليار دولار"\n', ""
    )
    assert problems_of(small_pack(tmp_path, toml)) == ["story.toml: events[0].note: missing"]
    toml = SMALL_TOML.replace('evidence = "استثمار 15 مليار دولار"\n', "")
    assert problems_of(small_pack(tmp_path, toml)) == ["story.toml: events[0].evidence: missing"]


def test_surface_form_not_in_article_and_wrong_types(tmp_path: Path) -> None:
    toml = SMALL_TOML.replace('surface_forms = ["ميتا"]', 'surface_forms = ["فيسبوك", 3]')
    toml = toml.replace('title_en = "The deal"', "title_en = 7")
    assert problems_of(small_pack(tmp_path, toml)) == [
        "story.toml: entities[0].surface_forms[1]: must be a non-empty string",
        "story.toml: entities[0].surface_forms[0]: 'فيسبوك' does not occur in the article",
        "story.toml: events[0].title_en: must be a string, not int",
    ]


def test_article_without_headline(tmp_path: Path) -> None:
    pack = small_pack(
        tmp_path,
        article="نص بلا عنوان فيه ميتا و سكيل إيه آي و Scale AI و استثمار 15 مليار دولار\n",
    )
    assert problems_of(pack) == ["article.txt: headline: needs exactly one '# ' line, found 0"]


def test_partial_dates() -> None:
    assert str(parse_date("2025-04")) == "2025-04"
    assert str(parse_date("2024")) == "2024"
    assert parse_date("2025-02-30") is None
    assert str(parse_date("2024-02-29")) == "2024-02-29"  # a leap year
    assert parse_date("2025-02-29") is None
    assert parse_date("25-04") is None
    assert parse_date("2025-00") is None
    assert parse_date("0000") is None and parse_date("0000-05") is None  # no year 0
    assert str(parse_date("0001")) == "0001"


def test_resolve_pack_by_id_and_path() -> None:
    assert resolve_pack(None) == resolve_pack("scale-ai-meta")
    assert resolve_pack(str(PACK)) == PACK


def test_a_cached_story_is_the_story(tmp_path: Path) -> None:
    from scaletui.story.cache import load_story_cached

    cache = tmp_path / "cache"
    fresh = load_story(PACK)
    assert load_story_cached(PACK, cache) == fresh  # written
    assert (cache / "stories" / "scale-ai-meta.bin").is_file()
    again = load_story_cached(PACK, cache)  # read back
    assert again == fresh
    assert again.events[0].date == fresh.events[0].date
    assert again.entities["scale-ai"].surface_forms == fresh.entities["scale-ai"].surface_forms


def test_an_edited_pack_is_loaded_and_checked_again(tmp_path: Path) -> None:
    import os

    from scaletui.story import cache as story_cache

    pack = small_pack(tmp_path)
    cache = tmp_path / "cache"
    first = story_cache.load_story_cached(pack, cache)
    article = pack / "article.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nفقرة أضيفت بعد ذلك.\n",
                       encoding="utf-8")  # fmt: skip
    stat = article.stat()
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    second = story_cache.load_story_cached(pack, cache)
    assert len(second.paragraphs) == len(first.paragraphs) + 1
    # A pack with problems is never served from (or written to) the cache.
    (pack / "story.toml").write_text("not = [valid", encoding="utf-8")
    with pytest.raises(PackError):
        story_cache.load_story_cached(pack, cache)


def test_a_damaged_story_cache_means_loading_the_pack(tmp_path: Path) -> None:
    from scaletui.story.cache import load_story_cached

    cache = tmp_path / "cache"
    load_story_cached(PACK, cache)
    stored = cache / "stories" / "scale-ai-meta.bin"
    for damage in (b"", b"junk", stored.read_bytes()[:40]):
        stored.write_bytes(damage)
        assert load_story_cached(PACK, cache) == load_story(PACK)


def test_no_storys_names_are_in_the_code() -> None:
    """The story's domain is data: no bundled story's id, entity names, aliases or surface
    forms appear in tui/ (code, comments, docstrings, styles, the message catalogue)."""
    names: set[str] = set()
    for story_id in bundled_story_ids():
        bundled = load_story(resolve_pack(story_id))
        names.add(story_id)
        for entity in bundled.entities.values():
            names |= {entity.name_en, entity.name_ar, *entity.aliases, *entity.surface_forms}
            if entity.kind == "person":  # a family name alone names them too
                names |= {entity.name_en.split()[-1], entity.name_ar.split()[-1]}
        names |= {group.label_en for group in bundled.rival_groups}
    names.discard("")
    assert {"Meta", "Scale AI", "Wang", "وانغ", "scale-ai-meta"} <= names  # the check bites
    package = Path(scaletui.__file__).parent
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    found = []
    for path in sorted(package.rglob("*")):
        if path.suffix not in (".py", ".tcss", ".po", ".tsv"):  # .tsv: the drafter's name table
            continue
        text = path.read_text(encoding="utf-8")
        for match in pattern.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if '"meta": "Meta"' in text[line_start : text.find("\n", match.start())]:
                continue  # the Meta key, a modifier the help names: not the company
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{path.relative_to(package)}:{line}: {match.group()}")
    assert found == []
