"""The drafter's rules for Gulf news (issue 28): whole names through بن/آل chains and
titles, datelines in every dress, bodies named without quotes, figures as written (a
garbled one left out), dated sentences, and people with the role the text gives them.
Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from scaletui.cli import main
from scaletui.story import Paragraph, load_story
from scaletui.story.draft import Draft, draft_items, draft_steps
from scaletui.story.draft.events import sentences
from scaletui.story.draft.numbers import find_numbers
from scaletui.story.model import Event, Figure, Person
from scaletui.story.pacing import STEP_CHARS
from scaletui.story.quoted_numbers import value_in_quote


def draft(*texts: str, published: str = "") -> Draft:
    return draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], published)


def names(*texts: str, published: str = "") -> dict[str, str]:
    """Arabic name -> kind."""
    return {e.name_ar: e.kind for e in draft(*texts, published=published).entities}


def people(*texts: str) -> set[str]:
    return {name for name, kind in names(*texts).items() if kind == "person"}


# --- people -------------------------------------------------------------------------------


def test_a_ruler_s_name_is_whole_and_his_titles_and_blessing_are_not_part_of_it() -> None:
    text = (
        "أطلق صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء "
        "حاكم دبي، رعاه الله، مبادرة جديدة، بحضور سمو الشيخ حمدان بن محمد بن راشد آل مكتوم، "
        "ولي عهد دبي."
    )
    found = people(text)
    assert found == {"محمد بن راشد آل مكتوم", "حمدان بن محمد بن راشد آل مكتوم"}, found


def test_a_name_ends_before_a_verb_and_its_tail_is_not_another_person() -> None:
    found = people("وقال سمو الشيخ حمدان بن محمد يطلق المنصة في دبي.")
    assert found == {"حمدان بن محمد"}, found
    assert "راشد آل مكتوم" not in people("قال الشيخ محمد بن راشد آل مكتوم إن دبي جاهزة.")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("أكد خالد العبيدلي مدير إدارة المشاريع بهيئة الماء بدبي أهمية الخطة.",
         "خالد العبيدلي", "مدير إدارة المشاريع بهيئة الماء بدبي"),
        ("وزار الجناح اللواء سالم النعيمي مدير الإدارة العامة للمرور وراشد الكعبي نائب رئيس "
         "مجلس الإدارة والعضو المنتدب لمؤسسة الشارقة للإعلام.",
         "راشد الكعبي", "نائب رئيس مجلس الإدارة والعضو المنتدب لمؤسسة الشارقة للإعلام"),
        ("وقال وزير المالية الدكتور أنور الحق زهير، إن الاتفاق مهم.",
         "أنور الحق زهير", "وزير المالية"),
        ("قال مراسل الصحيفة في عمان نادر الخطيب إن الاجتماع انتهى.",
         "نادر الخطيب", "مراسل الصحيفة في عمان"),
        ("وأوضح طلال آل علي، مدير أول التسويق في المجموعة، أن الطلب زاد.",
         "طلال آل علي", "مدير أول التسويق في المجموعة"),
    ],
)  # fmt: skip
def test_a_role_beside_a_name_with_or_without_a_comma_gives_the_person_and_the_role(
    text: str, name: str, role: str
) -> None:
    drafted = draft(text)
    by_id = {e.id: e for e in drafted.entities}
    rows = {by_id[p.entity].name_ar: p.role for p in drafted.people}
    assert rows.get(name) == role, rows
    assert {n for n, k in names(text).items() if k == "person"} >= {name}


def test_the_next_person_of_a_list_is_not_read_as_the_last_one_s_role() -> None:
    text = "زار الجناح كل من اللواء سالم النعيمي مدير المرور وسامي الراشد المدير العام للبلدية."
    assert people(text) == {"سالم النعيمي", "سامي الراشد"}


def test_a_family_name_alone_joins_the_person_and_a_full_name_ending_another_does_not() -> None:
    drafted = draft(
        "وقال عمر جاسم بن حارب، الرئيس التنفيذي لشركة ئي سيستمز: بدأنا. وأضاف ابن حارب: نحن جاهزون."
    )
    (person,) = [e for e in drafted.entities if e.kind == "person"]
    assert person.name_ar == "عمر جاسم بن حارب" and "ابن حارب" in person.surface_forms


def test_a_body_named_after_a_person_is_no_person() -> None:
    found = names("أكد سامي قرقاش المدير التنفيذي لمؤسسة محمد بن راشد للإسكان أن التطبيق جاهز.")
    assert found.get("مؤسسة محمد بن راشد للإسكان") == "organisation"
    assert "محمد بن راشد" not in found and found.get("سامي قرقاش") == "person"


# --- datelines and bodies -------------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline",
    ['دبي "الخليج":', "دبي ـ «الخليج»:", "دبي «الخليج»:", "دبي: «الخليج»", 'دبي - "الخليج":'],
)
def test_a_dateline_names_its_outlet_whatever_quote_or_dash(dateline: str) -> None:
    assert names(f"{dateline}أعلنت الشركة نتائجها.").get("الخليج") == "publication"


def test_an_unquoted_dateline_is_an_agency_or_a_reporter() -> None:
    assert names("أبوظبي - وام: أعلنت الوزارة خطتها.").get("وام") == "publication"
    assert names("دبي - مدحت العلي: قال مسؤول إن الخطة جاهزة.").get("مدحت العلي") == "person"


def test_two_governments_are_two_bodies_and_a_council_keeps_its_city() -> None:
    found = names(
        "أطلقت حكومة دبي الذكية منصة جديدة. وقال المتحدث إن حكومة دبي تدعمها، بتوجيه من "
        "المجلس التنفيذي لدبي."
    )
    assert found.get("حكومة دبي الذكية") == "government"
    assert found.get("حكومة دبي") == "government"
    assert found.get("المجلس التنفيذي لدبي") == "government"


@pytest.mark.parametrize(
    "text",
    [
        "نعمل كحكومة مترابطة لخدمة الناس.",
        "وتتضمن مجموعة خوادم قوية خوادم الرفوف.",
        "وقال لي سميث، مدير مجموعة أعمال المؤسسات في الشركة، إن الطلب زاد.",
        "صمم المنصة مختبر تصميم تجربة المتعامل.",
        "وتسمح الأنظمة بالتحكم في مجموعة متنوعة من الأجهزة.",
    ],
)
def test_a_head_noun_before_a_common_noun_names_no_body(text: str) -> None:
    organisations = {n for n, k in names(text).items() if k != "person"}
    assert not organisations, organisations


def test_a_company_is_found_by_what_companies_do_and_a_latin_product_is_a_product() -> None:
    found = names(
        "أعلنت زينكو عن إطلاق خوادمها «ثينك برو» (ThinkPro) في المنطقة. وقالت زينكو إن "
        "تطبيق الدفع mPay متاح، ورئيس مجلس إدارة نوفاتل حضر الإطلاق."
    )
    assert found.get("زينكو") == "company" and found.get("نوفاتل") == "company"
    assert found.get("ثينك برو") == "product" and found.get("mPay") == "product"


def test_a_quoted_or_bracketed_second_name_is_the_same_body() -> None:
    drafted = draft(
        "أعلنت منظمة التجارة الخارجية الكورية «كوترا» نتائجها، وقالت إن جناح «كوترا» نجح. "
        "ووقعت شركة الخليج للاتصالات المتكاملة (خليج نت) اتفاقية."
    )
    bodies = [e for e in drafted.entities if e.kind != "person"]
    korea = next(e for e in bodies if e.name_ar == "منظمة التجارة الخارجية الكورية")
    assert "كوترا" in korea.surface_forms
    assert not any(e.name_ar == "كوترا" for e in bodies)


# --- numbers ------------------------------------------------------------------------------


def figures(text: str) -> dict[str, tuple[float, str]]:
    return {text[f.start : f.end].strip(): (f.value, f.unit) for f in find_numbers(text)}


def test_counts_stuck_to_words_are_figures_with_their_value() -> None:
    found = figures(
        "تجمع المنصة خدمات ل22جهة، ويمتد الكابل ل 4900 كيلومتر، وتملك الحكومة 45في المائة، "
        "ونفذت الشركة 3 شبكات تحت 11 فئة، وتضم ‏35‏ خدمة، وفي رصيده 20 عاماً."
    )
    assert found["22جهة"] == (22, "count") and found["4900 كيلومتر"] == (4900, "count")
    assert found["45في المائة"] == (45, "percent")
    assert found["3 شبكات"] == (3, "count") and found["11 فئة"] == (11, "count")
    assert found["35‏ خدمة"] == (35, "count") and found["20 عاماً"] == (20, "years")


@pytest.mark.parametrize(
    "garbled",
    ["نما السوق بين 15-02% خلال العام.", "تصل سعة الكابل إلى 2 .1 تيرا بت.",
     "بلغت الأرباح 665 .8 مليار درهم.", "يعمل المترو حتى 00 .12 ليلاً."],
)  # fmt: skip
def test_a_garbled_figure_is_left_out_not_guessed(garbled: str) -> None:
    assert not [f for f in find_numbers(garbled) if f.unit != "year"], figures(garbled)


@pytest.mark.parametrize(
    "text",
    ["يستمر المعرض حتى 30 سبتمبر الجاري.", "يفتح الساعة 11 ليلاً.", "يعمل بنظام ويندوز 8 وبطارية قوية.",
     "في دورته ال33 بمركز المعارض.", "اتصل على الرقم 5678161 55 971+ اليوم.",
     "في قاعات زعبيل 3، 4، 5."],
)  # fmt: skip
def test_days_times_model_numbers_ordinals_and_phone_numbers_are_no_figures(text: str) -> None:
    assert not find_numbers(text), figures(text)


def test_amounts_percentages_and_years_keep_their_values() -> None:
    found = figures(
        "استثمرت 15 مليار دولار مقابل 49% في عام 2024، واشترت أخرى مقابل مليار دولار، "
        "وتعرض 30 ألف منتج بسعر 740 دولاراً."
    )
    assert found["15 مليار دولار"] == (15e9, "USD") and found["49%"] == (49, "percent")
    assert found["2024"] == (2024, "year") and found["مليار دولار"] == (1e9, "USD")
    assert found["30 ألف منتج"] == (30000, "count") and found["740 دولاراً"] == (740, "USD")


# --- events -------------------------------------------------------------------------------


def dates(*texts: str, published: str = "") -> set[str]:
    return {str(e.date) for e in draft(*texts, published=published).events}


def test_a_relative_date_counts_from_the_publication_date() -> None:
    text = "أعلنت الشركة أمس عن نتائجها. ويستمر المعرض حتى 30 سبتمبر الجاري."
    assert dates(text, published="2017-09-26") == {"2017-09-25", "2017-09-30"}
    assert dates(text) == set()  # no date to count from: nothing is guessed
    assert dates("وأمر الوزير، الخميس، بإغلاق المضيق.", published="2026-03-14") == {"2026-03-12"}
    assert dates("ينتهي المشروع في يونيو/ حزيران المقبل.", published="2015-10-12") == {"2016-06"}
    assert dates("وفي العام الماضي تضاعفت المبيعات.", published="2026-03-03") == {"2025"}


def test_a_year_or_a_full_date_dates_its_sentence_and_a_period_does_not() -> None:
    assert dates("وزادت المبيعات خلال 2010 في المنطقة.") == {"2010"}
    assert dates("أطلقت المنصة في أول أيام معرض جيتكس 2015.") == {"2015"}
    assert dates("استحوذت الشركة على الرخصة منذ مايو/ أيار ،2006 في السوق.") == {"2006-05"}
    assert dates("ضمن الاستراتيجية العامة لعام 2013-2025 للهيئة.") == set()
    assert dates("تمدد ساعات المترو يوم الجمعة 3 أكتوبر خلال جيتكس شوبر 2014.") == {"2014-10-03"}


def test_sentences_end_at_glued_full_stops_but_not_at_abbreviations_or_decimals() -> None:
    text = "قال د .أحمد إن السعة 2 .1 تيرا بت .وأضاف أن الموقع www .site .com جاهز"
    cut = [text[s:e] for s, e in sentences(text)]
    assert cut == ["قال د .أحمد إن السعة 2 .1 تيرا بت ", "وأضاف أن الموقع www .site .com جاهز"]


# --- the pack -----------------------------------------------------------------------------


def test_a_drafted_pack_has_its_events_and_people_and_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "news.txt"
    article.write_text(
        "شركة تطلق منصة\n\nدبي «الخليج»: أعلنت شركة نوفا تك أمس عن منصة جديدة. وقال كريم "
        "الهاشمي، الرئيس التنفيذي لشركة نوفا تك، إن المنصة تخدم 3 ملايين مستخدم. وكانت "
        "الشركة قد تأسست في عام 2012.\n",
        encoding="utf-8",
    )
    out = tmp_path / "pack"
    assert main(["draft", str(article), "-o", str(out), "--published", "2016-05-10"]) == 0
    assert "it validates" in capsys.readouterr().out
    assert main(["validate", str(out)]) == 0
    pack = load_story(out)
    assert pack.published == "2016-05-10"
    assert {str(e.date) for e in pack.events} == {"2016-05-09", "2012"}
    (row,) = pack.people
    assert pack.entity(row.entity).name_ar == "كريم الهاشمي"
    assert row.role == "الرئيس التنفيذي لشركة نوفا تك"
    assert pack.entity(row.organisation).name_ar == "نوفا تك"
    assert all(e.title_en.startswith("Drafted") for e in pack.events)
    assert main(["draft", str(article), "-o", str(out), "--force", "--published", "May"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_an_english_name_the_text_does_not_give_is_a_transliteration_and_says_so() -> None:
    (entity,) = [e for e in draft("وقال كريم الهاشمي، المدير العام للشركة، إن الطلب زاد.").entities]
    assert entity.name_en == "Karim al-Hashimi"  # each word as news spells it
    assert entity.transliterated and "transliteration" not in entity.role  # the data says it


def test_every_pass_of_the_drafter_works_in_bounded_steps() -> None:
    """A book is drafted in steps of about STEP_CHARS characters of each pass, so keys
    answer while it is drafted: a text of 4 steps' length yields at least that often."""
    paragraph = (
        "وقال كريم الهاشمي، الرئيس التنفيذي لشركة نوفا تك، أمس إن المنصة تخدم 3 ملايين "
        "مستخدم منذ عام 2012. "
    ) * 20
    paragraphs = [Paragraph(i, "body", paragraph) for i in range(4 * STEP_CHARS // len(paragraph))]
    steps = draft_steps(paragraphs, "2016-05-10")
    count = 0
    while True:
        try:
            next(steps)
        except StopIteration:
            break
        count += 1
    assert count >= 4 * 4  # the names, numbers, events and Latin names passes each step


def test_a_first_paragraph_that_is_only_a_date_dates_the_words_that_count_from_it() -> None:
    text = "وأعلنت الوزارة أمس نتائج الدراسة."
    assert dates("الثلاثاء 10 مايو 2016", text) == {"2016-05-09"}  # the date line is no event
    assert dates("2016-05-10", text) == {"2016-05-09"}
    assert dates("قال الوزير في 10 مايو 2016 إن الخطة جاهزة", text) == {"2016-05-10"}


_PIECES = (
    "قال", "أعلنت", "شركة", "هيئة", "دبي", "بدبي", "الشيخ", "سمو", "محمد", "بن", "آل",
    "مكتوم", "راشد", "مدير", "الرئيس", "التنفيذي", "لشركة", "وسامي", "القمزي", "د", ".",
    "،", ":", "«", "»", '"', "(", ")", "-", "ـ", "أمس", "الخميس", "2015", "30", "سبتمبر",
    "15-02%", "2 .1", "ل22جهة", "45في المائة", "مليار", "دولار", "رعاه", "الله", "mPay",
    "Scale AI", "للإلكترونيات", "جمبو", " ", "\u200f", "عبد", "القادر", "أبو", "عبيدة",
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["", "2016-05-10"]))
@example(["2015", "\u200f", "مليار"], "")  # a direction mark before the scale word
def test_any_text_drafts_without_error_and_every_quote_is_verbatim(
    pieces: list[str], published: str
) -> None:
    text = " ".join(pieces) or "نص"
    drafted = draft(text, published=published)
    items: list[Figure | Event | Person] = [*drafted.numbers, *drafted.events, *drafted.people]
    for item in items:
        assert item.provenance.evidence and item.provenance.evidence in text
    for figure in drafted.numbers:
        assert value_in_quote(figure.value, figure.unit, figure.provenance.evidence or "")
    for entity in drafted.entities:
        assert all(form in text for form in entity.surface_forms), entity


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from((*_PIECES, "الذي", "التي", "باسم", "نجله", "بحضور")),
                 min_size=1, max_size=5),
        min_size=1, max_size=8,
    )
)  # fmt: skip
@example([["دبي", "-"]])  # a dateline's dash ends the paragraph (an IndexError once)
@example([["أبوظبي", "ـ"], ["الرئيس", "الذي", "محمد"]])
@example([["قال", "mPay", " ", "2015"]])  # a Latin name's words three spaces apart
def test_short_lines_of_any_words_draft_without_error(lines: list[list[str]]) -> None:
    """A file of many short lines (a list, a log) is drafted line by line as paragraphs;
    a name or a dateline cut off by a line's end must not raise."""
    drafted = draft_items([Paragraph(i, "body", " ".join(words)) for i, words in enumerate(lines)])
    texts = [" ".join(words) for words in lines]
    for entity in drafted.entities:
        assert all(any(form in text for text in texts) for form in entity.surface_forms)


LINKED = """
from types import SimpleNamespace as Item
from scaletui.story.draft import _with_entities
from scaletui.story.model import Event, Provenance
entities = (Item(id="whole", surface_forms=("لدو",)), Item(id="bare", surface_forms=("دو",)))
event = Event("e", None, "", "", (), Provenance("article", "قالت لدو أمس"))
steps = _with_entities((event,), entities)
try:
    while True:
        next(steps)
except StopIteration as done:
    print(",".join(done.value[0].entities))
"""


def test_an_events_entities_come_in_the_same_order_whatever_the_hash_seed() -> None:
    # A word is looked up whole, then without a proclitic; as a set, the two keys came in
    # the order of the process's hash seed, and so did the entities of a drafted event.
    import os
    import subprocess
    import sys

    orders = {
        subprocess.run(
            [sys.executable, "-c", LINKED], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout.strip()
        for seed in range(8)
    }  # fmt: skip
    assert orders == {"whole,bare"}
