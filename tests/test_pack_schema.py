"""Schema 2 of a story pack: sources, number status, slips, part_of, and the check that
a number's value is what its evidence quote says; schema 3: the origin, rival groups,
units, asides, people's quotes and paraphrases (the evidence checks themselves are in
test_bad_packs.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pack_files import problems_of, write_pack
from scaletui.cli import main
from scaletui.story import load_story, resolve_pack
from scaletui.story.quoted_numbers import describe_values, value_in_quote

PACK = resolve_pack("scale-ai-meta")

ARTICLE = """# عنوان "ميتا" الجديد

تعتزم "ميتا" استثمار 15 مليار دولار في "سكيل إيه آي" (Scale AI) مقابل حصة تبلغ 49% منها.
"""

TOML = """schema = 2

[story]
id = "small"
title_en = "Small"
language = "ar"

[[sources]]
id = "scale-blog"
outlet = "Scale AI"
title = "Scale AI Announces Next Phase of Company's Evolution"
date = "2025-06-12"
url = "https://scale.com/blog/scale-ai-announces-next-phase-of-company-evolution"

[[entities]]
id = "meta"
name_ar = "ميتا"
name_en = "Meta"
kind = "company"
role = "Investor"

[[entities]]
id = "scale-ai"
name_ar = "سكيل إيه آي"
name_en = "Scale AI"
kind = "company"
role = "Data provider"

[[events]]
id = "deal"
date = "2025-06-12"
title_ar = "الصفقة"
title_en = "The deal"
entities = ["meta", "scale-ai"]
provenance = "context"
note = "Confirmed by Scale AI."
sources = ["scale-blog"]

[[numbers]]
id = "stake"
value = 49
unit = "percent"
status = "announced"
label_ar = "الحصة"
label_en = "Stake"
provenance = "article"
evidence = "حصة تبلغ 49% منها"

[[numbers]]
id = "amount"
value = 15000000000
unit = "USD"
status = "reported"
label_ar = "المبلغ"
label_en = "Amount"
provenance = "article"
evidence = "استثمار 15 مليار دولار"
"""


def pack_of(tmp_path: Path, toml: str = TOML, article: str = ARTICLE) -> Path:
    return write_pack(tmp_path, toml, article)


# --- the number in the quote ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "quote"),
    [
        (49, "percent", "حصة تبلغ 49% من الشركة"),
        (49, "percent", "حصة تبلغ ٤٩٪ من الشركة"),  # Arabic-Indic digits and percent sign
        (49, "percent", "49 في المئة"),
        (4.3, "percent", "فقدت 4.3% من مواهبها"),
        (4.3, "percent", "فقدت ٤٫٣٪ من مواهبها"),  # the Arabic decimal separator
        (15e9, "USD", "ما يقرب من 15 مليار دولار"),
        (15e9, "USD", "ما يقرب من ١٥ مليار دولار"),
        (14.3e9, "USD", "استثمار 14.3 مليار دولار"),
        (1e9, "USD", 'و"إنستغرام" مقابل مليار دولار'),  # the scale word alone is one
        (1e9, "USD", "بمليار دولار"),
        (2e9, "USD", "مقابل ملياري دولار"),  # a dual is two
        (19e9, "USD", "مقابل 19 مليارًا"),
        (1500, "count", "1,500 موظف"),  # a thousands separator
        (1500, "count", "١٬٥٠٠ موظف"),  # the Arabic thousands separator
        (1.5e6, "count", "1,5 مليون"),  # a decimal comma
        (15e9, "USD", "$15 billion"),
        (15e9, "USD", "$15B"),
        (2024, "year", "في عام 2024"),
        (28, "years", "يبلغ وانغ من العمر 28 عامًا"),
        # A figure in parts joined by و, largest first, is their sum too.
        (4.6e6, "count", "رغم وجود 4 ملايين و 600 ألف كاميرا"),
        (147_200, "count", "بلغ عددهم 147 ألفاً و200 شخص"),
        (1_200_050_000, "USD", "1 مليار و200 مليون و50 ألف دولار"),
        (600e3, "count", "4 ملايين و 600 ألف"),  # and each part alone
    ],
)
def test_a_value_the_quote_gives(value: float, unit: str, quote: str) -> None:
    assert value_in_quote(value, unit, quote)


@pytest.mark.parametrize(
    ("value", "unit", "quote"),
    [
        (49, "percent", "حصة تبلغ 51% من الشركة"),
        (49, "percent", "حصة تبلغ ٥١٪ من الشركة"),
        (49, "percent", "49 عامًا"),  # a percentage needs its sign or word
        (15, "USD", "15 مليار دولار"),  # the scale word counts
        (15e9, "USD", "15 مليون دولار"),
        (15e9, "USD", "مقابل مليار دولار"),
        (1e9, "USD", "لا رقم هنا"),
        (2025, "year", "في عام 2024"),
        (4.3, "percent", "43%"),
        (4025, "year", "في 2012 و 2013"),  # no scale word: two figures, not parts of one
        (100e6, "USD", "50 مليون و 50 مليون"),  # a part is smaller than the one before
    ],
)
def test_a_value_the_quote_does_not_give(value: float, unit: str, quote: str) -> None:
    assert not value_in_quote(value, unit, quote)


def test_the_quotes_numbers_are_described_as_written() -> None:
    assert describe_values("حصة تبلغ ٥١٪ من الشركة، في عام 2024") == "٥١٪; 2024"
    assert str(describe_values("لا رقم هنا")) == "no number"


def test_a_value_of_49_with_a_quote_of_51_fails_in_one_line(tmp_path: Path) -> None:
    pack = pack_of(tmp_path, TOML.replace("حصة تبلغ 49% منها", "حصة تبلغ 51% منها"),
                   ARTICLE.replace("49%", "51%"))  # fmt: skip
    assert problems_of(pack) == [
        "story.toml: numbers[0].value: 49 (percent) is not what the evidence quote says: "
        "it gives 51% in 'حصة تبلغ 51% منها'"
    ]


def test_the_bundled_pack_fails_when_its_stake_is_misquoted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "pack"
    shutil.copytree(PACK, copy)
    for name in ("article.txt", "story.toml"):
        path = copy / name
        path.write_text(path.read_text("utf-8").replace("حصة تبلغ 49%", "حصة تبلغ 51%"), "utf-8")
    code = main(["validate", str(copy)])
    captured = capsys.readouterr()
    assert code != 0 and "Traceback" not in captured.err
    [line] = [line for line in captured.err.splitlines() if ".value:" in line]
    assert (
        "/story.toml: numbers[2].value: 49 (percent) is not what the evidence quote says: "
        "it gives 15 مليار; 51% in " in line
    )
    assert line.endswith("مع الحصول على حصة تبلغ 51% من الشركة'")


def test_a_scaled_amount_without_its_scale_word_fails(tmp_path: Path) -> None:
    toml = TOML.replace("value = 15000000000", "value = 15")
    [problem] = problems_of(pack_of(tmp_path, toml))
    assert problem.startswith("story.toml: numbers[1].value: 15 (USD) is not what")
    assert "15 مليار" in problem


def test_a_bad_value_is_reported_once_not_again_against_the_quote(tmp_path: Path) -> None:
    [problem] = problems_of(pack_of(tmp_path, TOML.replace("value = 49", "value = nan")))
    assert problem.startswith("story.toml: numbers[0].value: must be a finite number")


# --- sources, status, slips, part_of -------------------------------------------------


def test_a_schema_2_pack_loads_with_its_sources(tmp_path: Path) -> None:
    story = load_story(pack_of(tmp_path))
    [event] = story.events
    [source] = story.sources_of(event.provenance)
    assert (source.outlet, str(source.date)) == ("Scale AI", "2025-06-12")
    assert source.url.startswith("https://scale.com/")
    assert [n.status for n in story.numbers] == ["announced", "reported"]


def test_context_needs_a_source_and_numbers_a_status_in_schema_2(tmp_path: Path) -> None:
    toml = TOML.replace('sources = ["scale-blog"]\n', "").replace('status = "reported"\n', "")
    assert problems_of(pack_of(tmp_path, toml)) == [
        "story.toml: events[0].sources: missing",
        "story.toml: numbers[1].status: missing",
        "story.toml: sources.scale-blog: not cited by any item",
    ]


def test_a_schema_1_pack_needs_neither(tmp_path: Path) -> None:
    toml = TOML.replace("schema = 2", "schema = 1").replace('status = "reported"\n', "")
    story = load_story(pack_of(tmp_path, toml))
    assert [n.status for n in story.numbers] == ["announced", None]


def test_sources_and_statuses_are_checked(tmp_path: Path) -> None:
    toml = (
        TOML.replace('date = "2025-06-12"\nurl', 'date = "2025-13-01"\nurl')
        .replace('url = "https://scale.com/blog/', 'url = "scale.com/blog/')
        .replace('sources = ["scale-blog"]', 'sources = ["scale-blog", "reuters"]')
        .replace('status = "announced"', 'status = "rumoured"')
    )
    assert problems_of(pack_of(tmp_path, toml)) == [
        "story.toml: sources[0].date: bad date '2025-13-01': use YYYY, YYYY-MM or YYYY-MM-DD",
        "story.toml: sources[0].url: must be a full http(s) address, not "
        "'scale.com/blog/scale-ai-announces-next-phase-of-company-evolution'",
        "story.toml: events[0].sources[1]: unknown source id 'reuters'",
        "story.toml: numbers[0].status: must be one of announced, paid, reported, estimated; "
        "got 'rumoured'",
    ]


def test_an_unknown_schema_is_named(tmp_path: Path) -> None:
    [problem] = problems_of(pack_of(tmp_path, TOML.replace("schema = 2", "schema = 4")))
    assert problem == "story.toml: schema: must be 1, 2 or 3, not 4"


def test_a_slip_needs_its_passage_and_part_of_an_entity(tmp_path: Path) -> None:
    toml = TOML.replace(
        'note = "Confirmed by Scale AI."', 'note = "Confirmed."\nslip = "Not an acquisition."'
    ).replace('role = "Investor"', 'role = "Investor"\npart_of = "alphabet"')
    assert problems_of(pack_of(tmp_path, toml)) == [
        "story.toml: entities[0].part_of: unknown entity id 'alphabet'",
        "story.toml: events[0].slip: needs an evidence quote: the passage the article gets wrong",
    ]
    toml = TOML.replace('role = "Investor"', 'role = "Investor"\npart_of = "meta"')
    assert problems_of(pack_of(tmp_path, toml)) == [
        "story.toml: entities[0].part_of: an entity is not part of itself"
    ]


def test_a_cached_story_keeps_sources_statuses_and_slips(tmp_path: Path) -> None:
    from scaletui.story.cache import load_story_cached

    fresh = load_story(PACK)
    load_story_cached(PACK, tmp_path / "cache")
    cached = load_story_cached(PACK, tmp_path / "cache")
    assert cached == fresh
    deal = cached.event("meta-invests-in-scale-ai")
    assert deal is not None and deal.provenance.slip and deal.provenance.sources
    assert cached.entity("deepmind").part_of == "google"
    assert cached.sources == fresh.sources and len(cached.sources) >= 10


def test_a_drafted_pack_is_schema_3_and_its_numbers_check_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "news.txt"
    text.write_text(
        '# خبر\n\nاستثمرت "ميتا" ١٤٫٣ مليار دولار مقابل ٤٩٪ من "سكيل إيه آي" (Scale AI) '
        "في عام ٢٠٢٥، بعد خسارة 4,3% من مواهبها، ودفعت مليار دولار عام 2012.\n",
        encoding="utf-8",
    )
    assert main(["draft", str(text), "-o", str(tmp_path / "pack")]) == 0
    capsys.readouterr()
    data = (tmp_path / "pack" / "story.toml").read_text(encoding="utf-8")
    assert "\nschema = 3\n" in data and 'status = "reported"' in data
    story = load_story(tmp_path / "pack")
    values = {(n.value, n.unit) for n in story.numbers}
    assert {(14.3e9, "USD"), (49, "percent"), (2025, "year"), (4.3, "percent")} <= values
    assert (1e9, "USD") in values and (2012, "year") in values
    assert {n.status for n in story.numbers} == {"reported"}


# --- schema 3: the origin, rival groups, units, asides, quotes -------------------------

TOML_3 = (
    TOML.replace("schema = 2", "schema = 3")
    .replace(
        'language = "ar"\n',
        'language = "ar"\n\n[origin]\noutlet = "Wire"\ntitle = "Meta buys into Scale"\n'
        'language = "en"\ntranslated = true\ndate = "2025-06-11"\n',
        1,
    )
    .replace('label_ar = "الحصة"\nlabel_en = "Stake"', 'label_ar = "حصة"\nlabel_en = "Stake"')
    .replace('label_ar = "المبلغ"\nlabel_en = "Amount"',
             'label_ar = "استثمار"\nlabel_en = "Investment"')
)  # fmt: skip

RIVALS = """
[[rival_groups]]
id = "investors"
label_en = "Meta's rivals · investors"
label_ar = "منافسو ميتا · المستثمرون"
as_en = "investor"
as_ar = "مستثمر"

[[competitors]]
entity = "scale-ai"
competes_with = "meta"
group = "investors"
provenance = "context"
note = "A test rival."
sources = ["scale-blog"]
"""


def test_a_schema_3_pack_names_its_origin(tmp_path: Path) -> None:
    story = load_story(pack_of(tmp_path, TOML_3))
    assert story.schema == 3 and story.origin is not None
    assert (story.origin.outlet, story.origin.title) == ("Wire", "Meta buys into Scale")
    assert story.origin.translated and str(story.origin.date) == "2025-06-11"
    assert story.origin.author == "" and story.origin.url == ""


def test_an_origin_is_checked_and_needs_schema_3(tmp_path: Path) -> None:
    toml = TOML_3.replace("translated = true", 'translated = "yes"').replace(
        'date = "2025-06-11"', 'date = "2025-06-11"\nurl = "ftp://x"\nauthour = "typo"'
    )
    assert problems_of(pack_of(tmp_path, toml)) == [
        "story.toml: origin.translated: must be true or false, not str",
        "story.toml: origin.url: must be a full http(s) address, not 'ftp://x'",
        "story.toml: origin.authour: unknown key",
    ]
    old = TOML + '\n[origin]\noutlet = "Wire"\ntitle = "T"\ntranslated = false\n'
    assert problems_of(pack_of(tmp_path, old)) == [
        "story.toml: origin: needs schema = 3 (this pack says 2)"
    ]


def test_rival_groups_are_the_packs_and_a_competitor_names_one(tmp_path: Path) -> None:
    story = load_story(pack_of(tmp_path, TOML_3 + RIVALS))
    [group] = story.rival_groups
    assert (group.id, group.label_en, group.as_ar) == (
        "investors",
        "Meta's rivals · investors",
        "مستثمر",
    )
    assert story.competitors[0].group == "investors"
    unknown = TOML_3 + RIVALS.replace('group = "investors"', 'group = "labs"')
    assert problems_of(pack_of(tmp_path, unknown)) == [
        "story.toml: competitors[0].group: unknown rival group 'labs' (declare it in "
        "[[rival_groups]])"
    ]


def test_an_old_packs_segments_become_groups_named_by_whom_they_rival(tmp_path: Path) -> None:
    rival = RIVALS.split("[[competitors]]")[1].replace('group = "investors"', 'segment = "AI lab"')
    story = load_story(pack_of(tmp_path, TOML + "\n[[competitors]]" + rival))
    [group] = story.rival_groups
    assert group.id == "AI lab" and group.label_en == "Meta's rivals · AI lab"
    assert group.label_ar == "منافسو ميتا · مختبر ذكاء اصطناعي"


def test_units_are_declared_beside_the_standard_ones(tmp_path: Path) -> None:
    units = (
        '\n[[units]]\nid = "AED"\nkind = "currency"\nname_en = "UAE dirhams"\nname_ar = "درهم"\n'
    )
    toml = TOML_3.replace('unit = "USD"', 'unit = "AED"') + units
    article = ARTICLE.replace("15 مليار دولار", "15 مليار درهم")
    toml = toml.replace('evidence = "استثمار 15 مليار دولار"', 'evidence = "استثمار 15 مليار درهم"')
    story = load_story(pack_of(tmp_path, toml, article))
    assert story.unit("AED").name_ar == "درهم" and story.unit("percent").kind == "percent"
    undeclared = TOML_3.replace('unit = "USD"', 'unit = "AED"')
    [problem] = problems_of(pack_of(tmp_path, undeclared))
    assert problem.startswith("story.toml: numbers[1].unit: unknown unit 'AED': one of USD,")
    bad_kind = toml.replace('kind = "currency"', 'kind = "money"')
    assert (
        "units[0].kind: must be one of currency, percent"
        in problems_of(pack_of(tmp_path, bad_kind, article))[0]
    )


def test_an_aside_is_an_outside_fact_and_cites_its_sources(tmp_path: Path) -> None:
    with_aside = TOML_3.replace(
        'evidence = "حصة تبلغ 49% منها"',
        'evidence = "حصة تبلغ 49% منها"\naside_en = "Non-voting"\naside_ar = "بلا حق تصويت"\n'
        'sources = ["scale-blog"]',
    )
    story = load_story(pack_of(tmp_path, with_aside))
    stake = story.numbers[0]
    assert (stake.provenance.aside_en, stake.provenance.aside_ar) == ("Non-voting", "بلا حق تصويت")
    assert stake.provenance.aside(rtl=True) == "بلا حق تصويت"
    unsourced = "".join(with_aside.rsplit('\nsources = ["scale-blog"]', 1))
    assert "story.toml: numbers[0].sources: an aside is an outside fact: cite its sources" in (
        problems_of(pack_of(tmp_path, unsourced))
    )
    # Schema 2 has no asides: the key is unknown there.
    old = TOML.replace('evidence = "حصة تبلغ 49% منها"',
                       'evidence = "حصة تبلغ 49% منها"\naside_en = "Non-voting"')  # fmt: skip
    assert problems_of(pack_of(tmp_path, old)) == ["story.toml: numbers[0].aside_en: unknown key"]


PERSON = """
[[entities]]
id = "wang"
name_ar = "وانغ"
name_en = "Wang"
kind = "person"
role = "CEO"
surface_forms = ["وانغ"]

[[people]]
entity = "wang"
role = "Said to be leaving"
role_ar = "يُقال إنه سيغادر"
organisation = "scale-ai"
quote = '{quote}'
paraphrase_en = "He is said to be leaving."
paraphrase_ar = "يُقال إنه سيغادر."
provenance = "article"
evidence = 'يُقال إنه سيغادر'
"""
PERSON_ARTICLE = ARTICLE + '\nقال وانغ: "سأغادر قريبًا". يُقال إنه سيغادر.\n'


def test_a_persons_quote_is_verbatim_and_found(tmp_path: Path) -> None:
    toml = TOML_3 + PERSON.replace("{quote}", "سأغادر قريبًا")
    story = load_story(pack_of(tmp_path, toml, PERSON_ARTICLE))
    [person] = story.people
    assert person.quote == "سأغادر قريبًا" and person.quote_span is not None
    text = story.paragraphs[person.quote_span.paragraph].text
    assert text[person.quote_span.start : person.quote_span.end] == person.quote
    assert person.paraphrase_en == "He is said to be leaving."
    altered = TOML_3 + PERSON.replace("{quote}", "سأغادر غدًا")
    assert problems_of(pack_of(tmp_path, altered, PERSON_ARTICLE)) == [
        "story.toml: people[0].quote: not in the article as written: 'سأغادر غدًا'"
    ]


def test_an_old_packs_says_are_read_as_paraphrases(tmp_path: Path) -> None:
    person = PERSON.replace("quote = '{quote}'\n", "").replace('role_ar = "يُقال إنه سيغادر"\n', "")
    old = TOML + person.replace("paraphrase_", "says_")
    story = load_story(pack_of(tmp_path, old, PERSON_ARTICLE))
    [wang] = story.people
    assert wang.paraphrase_en == "He is said to be leaving." and wang.quote == ""
    assert story.schema == 2 and story.rival_groups == ()


def test_a_drafted_pack_keeps_paragraphs_that_would_read_as_headings_or_escapes(
    tmp_path: Path,
) -> None:
    """A plain text's paragraphs that start with `#` or a backslash are body text: the
    pack `scaletui draft` writes escapes them and reads them back as they were."""
    from scaletui.story import story_from_text_file
    from scaletui.story.draft import write_pack as write_drafted_pack
    from scaletui.story.loader import parse_article

    article = tmp_path / "article.txt"
    bodies = ["# وسم الخبر", "## ليس عنواناً", "\\ شرطة مائلة", "#وسم", "قال أحمد إن الخدمة جديدة."]
    article.write_text("العنوان\n\n" + "\n\n".join(bodies) + "\n", encoding="utf-8")
    story = story_from_text_file(article)
    assert [p.text for p in story.paragraphs if p.kind == "body"] == bodies
    write_drafted_pack(story, tmp_path / "pack")
    assert main(["validate", str(tmp_path / "pack")]) == 0
    read = load_story(tmp_path / "pack").paragraphs
    assert [(p.kind, p.text) for p in read] == [(p.kind, p.text) for p in story.paragraphs]
    assert [(p.kind, p.text) for p in parse_article("# T\n\n## #5\n")] == [
        ("title", "T"),
        ("heading", "#5"),  # a heading's own # kept
    ]
