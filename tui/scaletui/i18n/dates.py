"""Dates for the chrome: Arabic month names, and the Hijri (Umm al-Qura) date.

Months are the names used across Egypt and the Gulf and by most Arabic news
sites (يناير ... ديسمبر), not the Levantine (كانون الثاني ...). The Hijri
calendar comes from `hijridate` (Umm al-Qura, 1343-1500 AH), imported only
when a Hijri date is asked for.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from .numerals import Digits, localize_digits

ARABIC_MONTHS = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
HIJRI_MONTHS_AR = (
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
)  # fmt: skip
HIJRI_MONTHS_EN = (
    "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
    "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah",
)  # fmt: skip
HIJRI_ERA_AR = "هـ"
HIJRI_ERA_EN = "AH"
RANGE_DASH = "–"


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """`2025`, `2025-06` or `2025-06-30`: how an English reader sees a date."""
    text = f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


def arabic_date(
    year: int, month: int | None = None, day: int | None = None, digits: Digits = "arabic"
) -> str:
    """`30 يونيو 2025`, `يونيو 2025` or `2025` (day first, as Arabic news writes it)."""
    parts = [str(year)]
    if month is not None:
        parts.insert(0, ARABIC_MONTHS[month - 1])
        if day is not None:
            parts.insert(0, str(day))
    return localize_digits(" ".join(parts), digits)


class HijriDate(NamedTuple):
    """A day in the Umm al-Qura calendar."""

    year: int
    month: int
    day: int


def to_hijri(day: date) -> HijriDate:
    """A Gregorian day in the Hijri calendar; ValueError outside its range (1924-2077)."""
    from hijridate import Gregorian  # only when a Hijri date is shown

    try:
        converted = Gregorian(day.year, day.month, day.day).to_hijri()
    except OverflowError as error:
        raise ValueError(f"{day.isoformat()} is outside the Hijri calendar's range") from error
    return HijriDate(converted.year, converted.month, converted.day)


def from_hijri(year: int, month: int, day: int) -> date:
    from hijridate import Hijri

    try:
        return Hijri(year, month, day).to_gregorian()
    except OverflowError as error:
        raise ValueError(f"{year}-{month}-{day} AH is outside the calendar's range") from error


def hijri_span(
    year: int, month: int | None = None, day: int | None = None
) -> tuple[HijriDate, HijriDate]:
    """The Hijri days a (partial) Gregorian date covers: its first and its last."""
    import calendar  # (only here: the chrome's start-up needs no calendar)

    if month is None:
        first, last = date(year, 1, 1), date(year, 12, 31)
    elif day is None:
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
    else:
        first = last = date(year, month, day)
    return to_hijri(first), to_hijri(last)


def hijri_label(
    year: int,
    month: int | None = None,
    day: int | None = None,
    arabic: bool = True,
    digits: Digits = "arabic",
) -> str:
    """The Hijri date beside a Gregorian one, at the same precision:
    a day (`4 محرم 1447 هـ`), the months a Gregorian month spans
    (`ذو الحجة 1446 – محرم 1447 هـ`), the years a Gregorian year spans.
    Empty outside the calendar's range."""
    try:
        first, last = hijri_span(year, month, day)
    except ValueError:
        return ""
    names = HIJRI_MONTHS_AR if arabic else HIJRI_MONTHS_EN
    era = HIJRI_ERA_AR if arabic else HIJRI_ERA_EN
    if day is not None and month is not None:
        text = f"{first.day} {names[first.month - 1]} {first.year}"
    elif month is not None:
        start = f"{names[first.month - 1]} {first.year}"
        end = f"{names[last.month - 1]} {last.year}"
        if first.year == last.year:
            start = names[first.month - 1]
        text = start if first[:2] == last[:2] else f"{start} {RANGE_DASH} {end}"
    else:
        text = (
            str(first.year) if first.year == last.year else f"{first.year}{RANGE_DASH}{last.year}"
        )
    return localize_digits(f"{text} {era}", digits)
