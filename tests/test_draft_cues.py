"""The drafter's cues for people and organisations: each with a text it must find and one
it must not; ids from the transliteration; the gold figures above the target."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from scaletui.cli import main
from scaletui.story import Paragraph, draft_items, load_story
from scaletui.story.draft.translit import romanise, skeleton

ROOT = Path(__file__).parents[1]


def drafted(text: str) -> dict[str, str]:
    """Arabic name -> kind, for the entities drafted from one paragraph."""
    entities = draft_items([Paragraph(0, "body", text)]).entities
    return {entity.name_ar: entity.kind for entity in entities}


SORTS = dict.fromkeys(("company", "organisation", "government", "publication", "lab"), "org")
CUES = [
    # (cue, text with it, the name and kind it must give, text it must find nothing in)
    ("شركة X", "أعلنت شركة إكستريم نتووركس، أمس، عن نتائجها.",
     ("إكستريم نتووركس", "company"), "قال إنه مؤسس شركة ناشئة قوي في السوق."),
    ("مجموعة X", "وقعت مجموعة الحبتور اتفاقية جديدة.",
     ("مجموعة الحبتور", "company"), "يتحكم في مجموعة متنوعة من الأجهزة."),
    ("وزارة X", "أعلنت وزارة الصحة عن حملة جديدة.",
     ("وزارة الصحة", "government"), "قالت الوزارة إن الحملة تبدأ غداً."),
    ("هيئة X", "حذرت هيئة الأوراق المالية من الاحتيال.",
     ("هيئة الأوراق المالية", "government"), "تعمل الهيئة على قواعد جديدة."),
    ("جامعة X", "يدرس طلاب جامعة القاهرة علوم الحاسوب.",
     ("جامعة القاهرة", "organisation"), "يدرس طلاب الجامعة علوم الحاسوب."),
    ("مؤسسة «X»", "قال تقرير مؤسسة «غارتنر» للأبحاث إن السوق تنمو.",
     ("غارتنر", "organisation"), "وقال التقرير إن السوق تنمو."),
    ("صحيفة «X»", 'ذكرت صحيفة "ذا تايمز" أن الصفقة تمت.',
     ("ذا تايمز", "publication"), "ذكرت الصحيفة أن الصفقة تمت."),
    ("قال X، منصبه", "وقال سامر خوري، مدير المبيعات في الشركة، إن الطلب ارتفع.",
     ("سامر خوري", "person"), "وقال مصدر مطلع إن الطلب ارتفع."),
    ("صرّح X قائلاً", "وصرّح نادر قائلاً: نحن مستعدون.",
     ("نادر", "person"), "وأضاف أن الشركة مستعدة."),
    ("وفقاً لـX، منصبه", "وفقًا لكينجي تاناكا، المؤسس المشارك للشركة، فإن السوق تنمو.",
     ("كينجي تاناكا", "person"), "وفقًا لمصادر مطلعة، فإن السوق تنمو."),
    ("a title", "استقبل معالي سهيل المزروعي الوفد الزائر.",
     ("سهيل المزروعي", "person"), "حصل على شهادة الدكتوراه من الخارج."),
    ("X، منصبه", "التقى الوفد كينجي تاناكا، الرئيس التنفيذي للشركة اليابانية.",
     ("كينجي تاناكا", "person"), "افتتح المعرض في دبي، رئيس الوفد حاضر."),
    ("منصب لـY، X،", "عيّنت الحكومة الرئيس التنفيذي لشركة «ألفا»، لوكاس مارتن، لقيادة الفريق.",
     ("لوكاس مارتن", "person"), "وتولى منصب الرئيس التنفيذي للشركة، وذلك منذ عامين."),
    ("تعيين X في منصب", "أعلنت الشركة تعيين لوكاس مارتن في منصب المدير المالي.",
     ("لوكاس مارتن", "person"), "أعلنت الشركة تعيين مدير جديد للمبيعات."),
    ("مثل X من «Y»", "تجذب خبراء مثل هيروشي ساتو من «سوني» إلى فريقها.",
     ("هيروشي ساتو", "person"), "تبيع سماعات «بيم» من «سونوس» في متاجرها."),
    ("a given name", "وهذا ما فعله ستيفن ألبرز في شركته.",
     ("ستيفن ألبرز", "person"), "كتب عن علامة مارك. ثم غادر."),
    ("a quoted name", 'تنافس "ميتا" و"غوغل" في السوق.',
     ("ميتا", "company"), 'أطلقت مختبراً للـ "ذكاء فائق" في مجال الذكاء الاصطناعي.'),
    ("«X» من «Y»", "تبيع سماعات «بيم» من «سونوس» في متاجرها.",
     ("سونوس", "company"), "تبيع سماعات ذكية في متاجرها."),
    ("معرض «X»", "يستمر معرض «جيتكس» حتى السبت.",
     ("جيتكس", "event"), "يستمر المعرض حتى السبت."),
    ("a dateline", "دبي: «الخليج»\u200fأعلنت الشركة نتائجها.",
     ("الخليج", "publication"), "دبي: أعلنت الشركة نتائجها."),
]  # fmt: skip


@pytest.mark.parametrize(("cue", "text", "expected", "negative"), CUES, ids=[c[0] for c in CUES])
def test_each_cue_finds_its_name_and_kind(
    cue: str, text: str, expected: tuple[str, str], negative: str
) -> None:
    name, kind = expected
    assert drafted(text).get(name) == kind, drafted(text)
    found = drafted(negative)
    sort = SORTS.get(kind, kind)
    assert not [n for n, k in found.items() if SORTS.get(k, k) == sort], found


def test_a_quoted_name_before_من_a_body_is_a_product() -> None:
    assert drafted("تبيع سماعات «بيم» من «سونوس» في متاجرها.")["بيم"] == "product"
    assert drafted("أطلقت «نوفا» من «سونوس» أمس.")["نوفا"] == "product"


def test_a_latin_gloss_names_the_entity_and_its_id() -> None:
    entities = draft_items([Paragraph(0, "body", 'استثمرت شركة "سكيل إيه آي" (Scale AI) كثيراً.')])
    (entity,) = entities.entities
    assert (entity.id, entity.name_ar, entity.name_en) == ("scale-ai", "سكيل إيه آي", "Scale AI")


def test_ids_are_transliterated_and_a_latin_name_finds_its_arabic() -> None:
    assert romanise("ألكسندر وانغ") == "alksndr-wang"
    assert romanise("إيليا سوتسكيفر") == "ilia-sutskifr"
    assert romanise("لاما 4") == "lama-4"
    assert skeleton("Meta") == skeleton("ميتا") and skeleton("Google") == skeleton("جوجل")
    assert skeleton("Meta") != skeleton("مايكروسوفت")
    paragraphs = [
        Paragraph(0, "title", "هل يقود Alexandr Wang Meta؟"),
        Paragraph(1, "body", 'أعلنت شركة "ميتا" تعيين ألكسندر وانغ في منصب الرئيس.'),
    ]
    by_name = {e.name_ar: e for e in draft_items(paragraphs).entities}
    assert by_name["ميتا"].id == "meta" and by_name["ميتا"].name_en == "Meta"
    assert by_name["ألكسندر وانغ"].kind == "person"
    assert by_name["ألكسندر وانغ"].id == "alexandr-wang"
    assert "Alexandr Wang Meta" not in by_name  # the Latin run is split between them
    unknown = draft_items([Paragraph(0, "body", 'قالت "نوفا" إن الطلب ارتفع.')]).entities
    assert [e.id for e in unknown] == ["nufa"]


def test_a_surname_after_a_speech_verb_joins_the_person() -> None:
    text = "صرّح غوردون ستيت، رئيس مجلس الإدارة، بأن النتائج جيدة. وتابع ستيت قائلاً: نحن مستعدون."
    (person,) = [e for e in draft_items([Paragraph(0, "body", text)]).entities]
    assert person.name_ar == "غوردون ستيت" and "ستيت" in person.surface_forms


def test_a_draft_with_every_new_kind_validates(tmp_path: Path) -> None:
    article = tmp_path / "news.txt"
    article.write_text(
        "خبر\n\n" + "\n".join(text for _, text, _, _ in CUES) + "\n", encoding="utf-8"
    )
    assert main(["draft", str(article), "-o", str(tmp_path / "pack")]) == 0
    kinds = {e.kind for e in load_story(tmp_path / "pack").entities.values()}
    assert {"person", "company", "government", "organisation", "event", "product"} <= kinds


def test_the_gold_figures_meet_the_targets() -> None:
    """The issue's targets on the dev texts present here (the seed always; the corpus
    and the fetched public texts when they are on this machine): people precision and
    recall at least 90%, organisations 85% and 75%, no drafted number with a wrong
    value, and a right event for every dated text. Scored strictly: a name cut short or
    run long is wrong."""
    sys.path.insert(0, str(ROOT / "bench"))
    import draft_quality

    results, _ = draft_quality.evaluate(["dev"])
    assert any(name.startswith("seeds/") for name, _ in results["dev"])
    score = draft_quality.total(results["dev"])
    people, organisations = score.sorts["people"], score.sorts["organisations"]
    assert people.precision >= 0.9 and people.recall >= 0.9, people
    assert organisations.precision >= 0.85 and organisations.recall >= 0.75, organisations
    assert score.numbers.wrong == 0, score.numbers.notes
    assert score.events.covered == score.events.dated_texts, score.events.notes
