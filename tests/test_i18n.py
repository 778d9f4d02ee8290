"""The interface language: choosing it, and English as the identity catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaletui.i18n import ENGLISH, language_from_environment, load_language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "ar_EG.UTF-8"}, "ar"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "ar_EG.UTF-8"}, "en"),
        ({"SCALETUI_LANG": "AR", "LANG": "en_US.UTF-8"}, "ar"),
    ],
)
def test_language_comes_from_the_switch_then_the_locale(
    environ: dict[str, str], expected: str
) -> None:
    assert language_from_environment(environ) == expected


def test_english_is_the_source_language() -> None:
    assert load_language("en") is ENGLISH
    assert ENGLISH.gettext("Quit") == "Quit"
    assert not ENGLISH.rtl
    assert load_language("ar").rtl


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        load_language("xx")


# -- numbers and dates ------------------------------------------------------------------


def test_arabic_digits_and_separators() -> None:
    from scaletui.i18n.numerals import arabic_digits

    assert arabic_digits("1,234.5") == "١٬٢٣٤٫٥"
    assert arabic_digits("49%") == "٤٩٪"
    assert arabic_digits("a, b. 7") == "a, b. ٧"  # a comma or a point between words stays


def test_numbers_follow_the_digit_option() -> None:
    arabic = load_language("ar")
    assert arabic.number(1_500_000) == "١٬٥٠٠٬٠٠٠"
    assert load_language("ar", digits="latin").number(1_500_000) == "1,500,000"
    assert load_language("en", digits="arabic").number(4.3) == "٤٫٣"
    assert ENGLISH.number(4.3) == "4.3"


def test_arabic_dates_name_the_month() -> None:
    arabic = load_language("ar")
    assert arabic.date(2025, 6, 30) == "٣٠ يونيو ٢٠٢٥"
    assert arabic.date(2025, 4) == "أبريل ٢٠٢٥"
    assert arabic.date(2024) == "٢٠٢٤"
    assert load_language("ar", digits="latin").date(2012, 12, 1) == "1 ديسمبر 2012"
    assert ENGLISH.date(2025, 6) == "2025-06"


@pytest.mark.parametrize(
    ("gregorian", "hijri"),
    [
        # Umm al-Qura (the calendar hijridate implements, Saudi Arabia's official one):
        # 1 Muharram 1447 fell on 26 June 2025, so 30 June is the 5th.
        ((2025, 6, 26), (1447, 1, 1)),
        ((2025, 6, 30), (1447, 1, 5)),
        ((2025, 3, 1), (1446, 9, 1)),  # the first of Ramadan 1446
        ((2024, 7, 7), (1446, 1, 1)),
    ],
)
def test_hijri_conversions_both_ways(
    gregorian: tuple[int, int, int], hijri: tuple[int, int, int]
) -> None:
    from datetime import date

    from scaletui.i18n.dates import from_hijri, to_hijri

    assert tuple(to_hijri(date(*gregorian))) == hijri
    assert from_hijri(*hijri) == date(*gregorian)


def test_hijri_labels_at_each_precision() -> None:
    arabic = load_language("ar")
    assert arabic.hijri_date(2025, 6, 30) == "٥ محرم ١٤٤٧ هـ"
    # A month-precision date spans the Hijri months it overlaps.
    assert arabic.hijri_date(2025, 6) == "ذو الحجة ١٤٤٦ – محرم ١٤٤٧ هـ"
    assert arabic.hijri_date(2025, 3) == "رمضان – شوال ١٤٤٦ هـ"
    assert arabic.hijri_date(2025) == "١٤٤٦–١٤٤٧ هـ"
    assert ENGLISH.hijri_date(2025, 6) == "Dhu al-Hijjah 1446 – Muharram 1447 AH"
    assert arabic.hijri_date(1900, 1, 1) == ""  # outside the calendar's table: nothing shown


def test_bad_digits_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown digits 'roman'"):
        load_language("ar", digits="roman")


# -- the catalogue -------------------------------------------------------------------------

LOCALE = Path(__file__).resolve().parents[1] / "tui" / "scaletui" / "locale"
PO = LOCALE / "ar" / "LC_MESSAGES" / "scaletui.po"


def test_the_committed_mo_is_the_po_compiled() -> None:
    """The .mo holds every translation the .po holds, and nothing else.

    Compared message by message, not byte for byte: the compiled header names the
    Babel version that wrote it, which changes with every Babel release."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import read_mo
    from babel.messages.pofile import read_po

    def translations(catalog: Catalog) -> dict[object, object]:
        # Plural forms: a tuple in the .po reader, a list in the .mo reader.
        def key(value: object) -> object:
            return tuple(value) if isinstance(value, (list, tuple)) else value

        return {
            key(message.id): key(message.string)
            for message in catalog
            if message.id and message.string and not message.fuzzy
        }

    with PO.open("rb") as source:
        written = translations(read_po(source))
    with PO.with_suffix(".mo").open("rb") as source:
        compiled = translations(read_mo(source))
    assert compiled == written, "recompile: pybabel compile -d tui/scaletui/locale -D scaletui"


def test_every_marked_string_has_an_arabic_translation() -> None:
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    keywords = {
        "gettext": None,
        "ngettext": (1, 2),
        "counted": (1, 2),
        "pgettext": ((1, "c"), 2),
        "N_": None,
        "_": None,
    }
    with PO.open("rb") as source:
        catalog = read_po(source)
    marked = list(extract_from_dir(str(LOCALE.parent), keywords=keywords))
    assert len(marked) > 150  # the extraction found the strings (not an empty walk)
    untranslated = []
    for _file, _line, message, _comments, context in marked:
        msgid = message if isinstance(message, str) else message[0]
        entry = catalog.get(msgid, context=context)
        strings = () if entry is None else entry.string
        strings = (strings,) if isinstance(strings, str) else strings or ()
        if entry is None or not all(strings):
            untranslated.append((context, msgid))
    assert untranslated == []


def test_placeholders_survive_translation() -> None:
    import re

    from babel.messages.pofile import read_po

    with PO.open("rb") as source:
        catalog = read_po(source)
    fields = re.compile(r"\{\w+[^}]*\}|%\(\w+\)\w|%[sr]")
    for message in catalog:
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else message.id
        strings = (message.string,) if isinstance(message.string, str) else message.string or ()
        wanted = set(fields.findall(ids[-1])) - {"{count}"}  # a plural form may spell out 1
        for string in strings:
            assert wanted <= set(fields.findall(string)), (message.id, string)
