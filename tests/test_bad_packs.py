"""Packs and files that must be refused in one line, never hang, never crash; and packs
whose article items say more than their evidence (◆ means the article says exactly this)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scaletui.cli import main
from scaletui.story import PackError, Story, load_story, resolve_pack
from scaletui.story.evidence import (
    NameIndex,
    english_problems,
    evidence_problems,
    names_in_english,
    stems,
    unheld_numbers,
    unheld_words,
)

PACK = resolve_pack("scale-ai-meta")


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    copy = tmp_path / "pack"
    shutil.copytree(PACK, copy)
    return copy


def validate(pack: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["validate", str(pack)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.out + captured.err


def append(pack: Path, text: str) -> None:
    with open(pack / "story.toml", "a", encoding="utf-8") as handle:
        handle.write(text)


def set_first_number(pack: Path, value: str, unit: str | None = None) -> None:
    """Rewrite the value of the pack's first number (of `unit`, if given)."""
    text = (pack / "story.toml").read_text(encoding="utf-8")
    at = text.index("[[numbers]]")
    if unit is not None:
        at = text.rindex("[[numbers]]", 0, text.index(f'unit = "{unit}"', at))
    first = text.index("value = ", at)
    end = text.index("\n", first)
    (pack / "story.toml").write_text(text[:first] + f"value = {value}" + text[end:], "utf-8")


def test_deeply_nested_toml_is_a_problem_not_a_recursion_error(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    append(pack, "\ndeep = " + "[" * 500 + "]" * 500 + "\n")
    code, out = validate(pack, capsys)
    assert code != 0 and "nested too deeply" in out


def test_a_fifo_article_is_refused_without_waiting(pack: Path) -> None:
    (pack / "article.txt").unlink()
    os.mkfifo(pack / "article.txt")
    # A subprocess with a timeout: the old reader waited here forever.
    result = subprocess.run(
        [sys.executable, "-m", "scaletui", "validate", str(pack)],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert result.returncode != 0 and "FIFO" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_an_article_linked_to_a_device_is_refused(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (pack / "article.txt").unlink()
    (pack / "article.txt").symlink_to("/dev/zero")
    code, out = validate(pack, capsys)
    assert code != 0 and "device" in out


def test_open_refuses_a_fifo_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert main(["open", str(tmp_path / "pipe.txt")]) != 0
    assert "FIFO" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1e308", "1e300"])
def test_numbers_must_be_finite_and_in_range(
    pack: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    set_first_number(pack, value)
    code, out = validate(pack, capsys)
    assert code != 0 and "numbers[0].value" in out


def test_a_percentage_over_a_thousand_is_a_slip(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_first_number(pack, "4900", unit="percent")
    code, out = validate(pack, capsys)
    assert code != 0 and "out of range" in out


def test_a_bad_published_date_and_unknown_keys_are_reported(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (pack / "story.toml").read_text(encoding="utf-8")
    text = text.replace('published = "2025-06"', 'published = "2025-13-40"\nheadline_typo = "x"', 1)
    text = text.replace("[[events]]\n", '[[events]]\nevidense = "typo"\n', 1)
    (pack / "story.toml").write_text(text + '\nextra_table = "?"\n', "utf-8")
    code, out = validate(pack, capsys)
    assert code != 0
    assert "story.published" in out and "2025-13-40" in out
    assert "story.headline_typo: unknown key" in out
    assert "events[0].evidense: unknown key" in out
    assert "extra_table: unknown key" in out


def test_a_huge_print_width_is_clamped_to_the_longest_paragraph(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["print", "--width", "100000000"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and max(len(line) for line in lines) < 2000


def test_pack_problems_are_said_in_the_readers_language(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (pack / "story.toml").read_text(encoding="utf-8")
    text = text.replace('published = "2025-06"', 'published = "2025-13-40"\nheadline_typo = "x"', 1)
    (pack / "story.toml").write_text(text, "utf-8")
    set_first_number(pack, "51", unit="percent")
    code = main(["--lang", "ar", "validate", str(pack)])
    out = capsys.readouterr()
    said = out.out + out.err
    assert code != 0 and "Traceback" not in said
    assert "story.headline_typo: مفتاح غير معروف" in said
    assert "story.published: تاريخ غير صالح '2025-13-40'" in said
    assert "ليس ما يقوله الاقتباس الشاهد" in said  # 51 where the quote gives 49
    # The keys, values and quotes stay as the pack writes them; no English sentence.
    assert "unknown key" not in said and "bad date" not in said and "evidence quote" not in said


# -- ◆ means the article says exactly this (story/evidence.py) --------------------------
# `scaletui validate` holds an article item's own text to its evidence, on the bundled
# pack and on any other.


def edit(pack: Path, old: str, new: str) -> None:
    path = pack / "story.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def problem_lines(pack: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """`scaletui validate`'s exit code, and each problem from its key on."""
    code, out = validate(pack, capsys)
    return code, [line.split("story.toml: ", 1)[-1] for line in out.splitlines()]


def test_the_bundled_pack_says_only_what_its_evidence_says(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    assert story.schema == 3 and evidence_problems(story) == []
    assert main(["validate"]) == 0
    assert ": ok: " in capsys.readouterr().out


def test_an_outside_fact_in_a_labels_arabic_is_caught(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's first case: "(بلا حق تصويت)" run into the ◆ 49%'s label."""
    edit(
        pack,
        'label_ar = "حصة ميتا في سكيل إيه آي"',
        'label_ar = "حصة ميتا في سكيل إيه آي (بلا حق تصويت)"',
    )
    code, lines = problem_lines(pack, capsys)
    assert code != 0
    flagged = [line for line in lines if line.startswith("numbers[2].label_ar: ")]
    assert [line.split(": ")[1].split(" ")[0] for line in flagged] == ["'بلا'", "'حق'", "'تصويت'"]
    assert "move it to the aside, shown as ◇" in flagged[0]


def test_a_name_the_evidence_does_not_give_is_caught(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Facebook's purchase, under a ◆ whose quote says Meta bought WhatsApp."""
    edit(pack, 'label_en = "The price of Meta\'s acquisition of WhatsApp"',
         'label_en = "Announced price of Facebook\'s purchase of WhatsApp"')  # fmt: skip
    code, lines = problem_lines(pack, capsys)
    assert code != 0
    assert lines[0] == (
        "numbers[4].label_en: names 'Facebook', which the evidence does not: an article item's "
        "text says only what its evidence says (move it to the aside, shown as ◇)"
    )


def test_a_role_from_after_the_article_is_caught(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sutskever "CEO since 3 July 2025" over a quote written in June."""
    edit(
        pack,
        'role = "One of the AI lab leaders with a research background, of Safe Superintelligence"',
        'role = "CEO of Safe Superintelligence since 3 July 2025"',
    )
    code, lines = problem_lines(pack, capsys)
    assert code != 0
    said = [line.split(":")[1].strip() for line in lines if line.startswith("people[2].role:")]
    assert said == [
        "gives '3', which the evidence does not",
        "gives '2025', which the evidence does not",
        "gives the month 'July', which the evidence does not",
    ]


def test_a_role_word_the_evidence_does_not_hold_is_caught(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(pack, 'role_ar = "من ديب مايند، يُقال إن ميتا تقوم بتجنيده لتعزيز فريقها البحثي الجديد"',
         'role_ar = "من ديب مايند، عيّنته ميتا في فريقها البحثي الجديد"')  # fmt: skip
    code, lines = problem_lines(pack, capsys)
    assert code != 0 and lines[0].startswith("people[4].role_ar: 'عيّنته' is not in the evidence")


def test_a_quote_not_in_the_article_is_caught(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A person's words are verbatim; quotation marks in the pack's Arabic claim so too."""
    edit(pack, "quote = 'البيانات هدف متحرك. لا يكفي مجرد اللحاق بالركب، بل يجب الابتكار'",
         "quote = 'البيانات هدف متحرك، ويجب الابتكار'")  # fmt: skip
    code, lines = problem_lines(pack, capsys)
    assert code != 0
    assert lines == [
        "people[5].quote: not in the article as written: 'البيانات هدف متحرك، ويجب الابتكار'"
    ]
    edit(pack, "quote = 'البيانات هدف متحرك، ويجب الابتكار'",
         "quote = 'البيانات هدف متحرك. لا يكفي مجرد اللحاق بالركب، بل يجب الابتكار'")  # fmt: skip
    edit(
        pack,
        'paraphrase_ar = "يُذكر مثالًا على قادة المختبرات ذوي الخلفية البحثية العميقة التي '
        'يفتقر إليها وانغ."\nprovenance = "article"\nevidence = \'الخلفية البحثية في مجال الذكاء '
        "الاصطناعي التي يتمتع بها العديد من قادة مختبرات الذكاء الاصطناعي الآخرين، مثل إيليا "
        'سوتسكيفر من "سيف سوبرإنتيليجنس"\'',
        'paraphrase_ar = "قال إن \\"وانغ لا يصلح للقيادة\\"."\nprovenance = "article"\nevidence = '
        "'الخلفية البحثية في مجال الذكاء الاصطناعي التي يتمتع بها العديد من قادة مختبرات الذكاء "
        'الاصطناعي الآخرين، مثل إيليا سوتسكيفر من "سيف سوبرإنتيليجنس"\'',
    )
    code, lines = problem_lines(pack, capsys)
    assert code != 0 and lines == [
        "people[2].paraphrase_ar: quotes 'وانغ لا يصلح للقيادة', which is not in the article "
        "as written"
    ]


def test_an_older_pack_loads_but_validate_names_what_keeps_it_from_schema_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "old"
    pack.mkdir()
    (pack / "article.txt").write_text(
        '# عنوان\n\nاستحوذت "ميتا" على "واتساب" مقابل 19 مليار دولار.\n', encoding="utf-8"
    )
    (pack / "story.toml").write_text(
        'schema = 2\n\n[story]\nid = "old"\ntitle_en = "Old"\nlanguage = "ar"\n\n'
        '[[entities]]\nid = "meta"\nname_ar = "ميتا"\nname_en = "Meta"\nkind = "company"\n'
        'role = "x"\nsurface_forms = ["ميتا"]\n\n'
        '[[entities]]\nid = "facebook"\nname_ar = "فيسبوك"\nname_en = "Facebook"\n'
        'kind = "company"\nrole = "x"\n\n'
        '[[numbers]]\nid = "price"\nvalue = 19000000000\nunit = "USD"\nstatus = "announced"\n'
        'label_ar = "سعر استحواذ فيسبوك على واتساب"\nlabel_en = "Facebook\'s purchase price"\n'
        'provenance = "article"\nevidence = \'استحوذت "ميتا" على "واتساب" مقابل 19 مليار دولار\'\n',
        encoding="utf-8",
    )
    assert load_story(pack).schema == 2  # the app still opens it
    code, lines = problem_lines(pack, capsys)
    assert code != 0
    words = [line.split(": ")[1].split(" ")[0] for line in lines if ".label_ar:" in line]
    assert words == ["'سعر'", "'استحواذ'", "'فيسبوك'"]  # the quote says استحوذت "ميتا"
    assert (
        "numbers[0].label_en: names 'Facebook', which the evidence does not: an article item's "
        "text says only what its evidence says (move it to the aside, shown as ◇)"
    ) in lines
    assert lines[-1] == (
        "scaletui: schema 2: the pack loads, but its article items say more than their "
        "evidence (schema 3 refuses it)"
    )


def test_a_schema_3_pack_that_says_more_than_its_evidence_does_not_load(pack: Path) -> None:
    edit(pack, 'label_en = "Alexandr Wang\'s age"', 'label_en = "Alexandr Wang\'s age in 2025"')
    with pytest.raises(PackError) as caught:
        load_story(pack)
    assert [p.key for p in caught.value.problems] == ["numbers[8].label_en"]


# -- the word check ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "held_by"),
    [
        ("استحواذ", "استحواذها"),  # an attached pronoun
        ("للذكاء", "ذكاء"),  # a proclitic, and the hamza
        ("الحصة", "حصة"),  # the article, and the taa marbuta
        ("فقدته", "فقدت"),
        ("عامًا", "العام"),  # tanween
        ("إنستغرام", "انستغرام"),  # the alef's hamza is a spelling variant
    ],
)
def test_a_word_is_held_in_any_of_its_forms(word: str, held_by: str) -> None:
    assert unheld_words(word, held_by) == []
    assert stems(word) & stems(held_by)


def test_words_the_evidence_lacks_are_listed_once_in_order() -> None:
    assert unheld_words("حصة ميتا في سكيل بلا حق تصويت حق", "حصة تبلغ 49% من الشركة") == [
        "ميتا", "سكيل", "بلا", "حق", "تصويت"
    ]  # fmt: skip
    # "في" states nothing; a name of someone the evidence names is theirs in full.
    assert unheld_words("عمر ألكسندر وانغ", "يبلغ وانغ من العمر", ["ألكسندر وانغ"]) == []


def test_numbers_are_read_with_their_scale_words() -> None:
    assert unheld_numbers("Drafted: 1 مليار دولار", "مقابل مليار دولار") == []
    assert unheld_numbers("$14.3B", "استثمر ١٤٫٣ مليار دولار") == []
    assert unheld_numbers("about $15B in 2025", "نحو 15 مليار دولار") == ["2025"]


def test_the_longest_name_is_taken_first(story: Story) -> None:
    assert names_in_english(story, "A Google DeepMind researcher") == [
        ("Google DeepMind", "deepmind")
    ]
    assert {entity for _, entity in names_in_english(story, "Meta and Scale AI")} == {
        "meta", "scale-ai"
    }  # fmt: skip


def test_the_articles_own_full_date_is_the_articles(story: Story) -> None:
    """A drafted event's title counts "yesterday" from the article's date, which it gives
    whole; a year taken from that date, on its own, is still the pack's."""
    names = NameIndex(story)
    drafted = "Drafted: a sentence dated by أمس, counted from 2016-05-10"
    assert english_problems(names, drafted, "أعلنت الشركة أمس", "2016-05-10") == []
    [problem] = english_problems(names, "Launched in 2016", "أعلنت الشركة أمس", "2016-05-10")
    assert str(problem) == "gives '2016', which the evidence does not"
    for published in ("2016", "2016-05"):  # a year or a month, as `draft --published` takes it
        drafted = f"Drafted: a sentence dated by this year, counted from {published}"
        assert english_problems(names, drafted, "أطلقت الشركة هذا العام", published) == []
        [problem] = english_problems(names, "Launched in 2016", "أطلقت الشركة", published)
        assert str(problem) == "gives '2016', which the evidence does not"
