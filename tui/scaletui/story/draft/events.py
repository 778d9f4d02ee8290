"""Drafted events: the text's dated sentences, each dated as the text dates it.

A sentence is dated by a full date (`30 سبتمبر 2017`, `19 مايو/أيار 2025`, `30/6/2008`,
`2026/3/14`), a month and year (`مايو/ أيار ،2006`), a year (`في عام 2008`, `جيتكس 2015`,
`خلال 2010`, `في 2014`), or words that
count from the day the article was published: `أمس`, `اليوم`, `غداً`, a weekday (`الخميس`),
`الشهر الماضي`, `العام المقبل`, `هذا العام`, a month with `الجاري` or `المقبل`, a month or a
day of a month on its own (`في أبريل`, `28 فبراير/شباط`: the nearest to that day, or the
next in a sentence about what is to come: `قد يواجهون`, `سيعلن`, `سوف`). A period of days
(`من 8 إلى 12 أكتوبر`, `بين 15 و20 فبراير`) is dated by its first. With no
publication date such words date nothing, except a day of a month beside a year in the
same sentence (`جيتكس شوبر 2014 ... 3 أكتوبر`). `الأسبوع الماضي` is too loose to date.

The evidence is the sentence as written (a window of it when it is very long); the
event's English title says it was drafted and what dated it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Generator, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from ..model import Event, Paragraph, PartialDate, Provenance, Span
from ..pacing import Pacer
from ..table import parse_date
from .entities import unique_id
from .lexicon import MONTH_PAIRS, MONTHS, STOPWORDS, VERBS, WEEKDAYS, normal_word, word_set
from .numbers import find_numbers
from .tokens import Token, tokenise

MAX_EVIDENCE = 400  # characters; a longer sentence is quoted around its date
TITLE_WORDS = 12
_NEXT = word_set("المقبل المقبلة القادم القادمة")
_LAST = word_set("الماضي الماضية المنصرم")
_THIS = word_set("الجاري الجارية الحالي الحالية")
_NOT_TODAY = word_set("الأول الثاني التالي نفسه الواحد ذاته")
# "على مدار اليوم", "طوال اليوم", "في ذلك اليوم": a day's length or another day, not today.
_NOT_THIS_DAY = word_set("نفس ذلك مدار طوال طيلة")
# "من 28 فبراير حتى 9 مارس": a period is dated by its first day; its last is no event.
_UNTIL = word_set("حتى إلى الى لغاية")
_TO_DAY = _UNTIL | word_set("و")  # من 8 إلى 12 أكتوبر, بين 15 و 20 فبراير
_YEAR_WORDS = word_set("العام السنة")
_MONTH_WORD = normal_word("الشهر")
# "قبل نحو 3 سنوات", "قبل عامين": years before the article's date; not "قبل عام 2020"
# (before that year) nor "قبل 3 سنوات من الانتخابات" (before another time).
_AGO = normal_word("قبل")
_ABOUT = word_set("نحو حوالي حوالى قرابة زهاء")
_YEARS_UNIT = word_set("سنوات أعوام سنة عاما عام")
_ONE_YEAR = word_set("عام سنة")
_TWO_YEARS = word_set("عامين سنتين")


# A year in a plan's or a vision's name dates no fact: رؤية الإمارات 2021، خطة دبي2021.
_PLAN_BEFORE = re.compile(
    r"(?:رؤية|رؤيه|خطة|خطه|استراتيجية|إستراتيجية|أجندة|مئوية)(?:\s+\S+){0,2}\s*$"
)
# A year that names a product's version: إصدار العام 2015، النسخة 2015، VirusScan Plus 2010.
_VERSION_BEFORE = re.compile(
    r"(?:(?:إصدار|اصدار|الإصدار|الاصدار|نسخة|النسخة|طراز)(?:\s+\S+)?|[A-Za-z])\s*$"
)
# A year after "since" (منذ 2003، منذ الغزو عام 2003) starts a span that runs to now: it
# is no year of a day of a month elsewhere in the sentence ("من 29 يونيو ... منذ الغزو عام
# ،2003").
_SINCE = re.compile(r"(?:^|\s)منذ(?:\s+\S+){0,3}\s*[،,]?\s*$")
# Words before a span of years: "عامي 2010 و2011", "بين 2005 و2010", "الفترة 2010-2015".
_YEARS_BEFORE = re.compile(r"(?:عامي|عامى|العامين|بين|الفترة|من)\s*$")
# A date in digits: day/month/year (30/6/2008) or year/month/day (2026/3/14).
_NUMERIC_DATE = re.compile(
    r"(?<![0-9/])(?:(?P<day>[0-9]{1,2})/(?P<month>[0-9]{1,2})/(?P<year>(?:19|20)[0-9]{2})"
    r"|(?P<year2>(?:19|20)[0-9]{2})/(?P<month2>[0-9]{1,2})/(?P<day2>[0-9]{1,2}))(?![0-9/])"
)
# What a dated sentence holds: digits, or a word that dates (months, weekdays, أمس ...).
_MAY_DATE = re.compile(
    r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])|[\u0660-\u0669]{4}|أمس|امس|اليوم|غد|الشهر|العام|السنة|الأحد|الاحد|الاثنين|الإثنين"
    r"|قبل|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|يناير|فبراير|شباط|مارس|آذار|اذار"
    r"|أبريل|ابريل|إبريل|نيسان|مايو|أيار|ايار|يونيو|حزيران|يوليو|تموز|أغسطس|اغسطس|آب"
    r"|سبتمبر|أيلول|ايلول|أكتوبر|اكتوبر|تشرين|نوفمبر|ديسمبر|كانون"
)


class Dated(NamedTuple):
    date: PartialDate
    why: str  # what dated it, in English
    relative: bool  # counted from the publication date
    at: int  # where the words that date it start in the sentence


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: ended by . ! ? ؟ (also glued to the next word, as
    Arabic news copied from the web often is), not by a decimal point (`2 .1`), an
    abbreviation (`د .أحمد`, `ش .م .خ`) or a web address (`www .aitnews .com`)."""
    spans, start = [], 0
    for match in re.finditer(r"[.!?؟]", text):
        at = match.start()
        before = text[:at].rstrip()
        after = text[at + 1 : at + 2]
        word = before.split()[-1] if before.split() else ""
        if match.group() == "." and (
            (before[-1:].isdigit() and after.isdigit())
            or _abbreviation(word, attached=text[at - 1 : at] == word[-1:], after=after)
            or (after.isascii() and after.isalpha())
        ):
            continue
        if text[start:at].strip():
            spans.append((start, at))
        start = at + 1
    if text[start:].strip():
        spans.append((start, len(text)))
    return [(s + (len(text[s:e]) - len(text[s:e].lstrip())), e) for s, e in spans]


def _abbreviation(word: str, attached: bool, after: str) -> bool:
    """`د .أحمد`, `ش .م .خ` (one letter), `بي. باربابيلا` (two, the dot on them): a
    dot that shortens a word; `تيرا بت .` and `اهتمامه به.` end sentences."""
    if not word.isalpha():
        return False
    if len(word) == 1:
        return True
    return len(word) == 2 and attached and after == " " and normal_word(word) not in STOPWORDS


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _nearest_year(month: int, day: int | None, published: PartialDate) -> int:
    """The year that puts a day of a month nearest the publication date."""
    pub_day = published.day or 15
    anchor = date(published.year, published.month or 6, pub_day)

    def distance(year: int) -> int:
        try:
            return abs((date(year, month, day or 15) - anchor).days)
        except ValueError:
            return 10**6

    return min((published.year - 1, published.year, published.year + 1), key=distance)


class _Reader:
    """The date words of one sentence, read token by token."""

    def __init__(self, sentence: str, published: PartialDate | None) -> None:
        self.text = sentence
        self.tokens = tokenise(sentence)
        self.norms = [t.norm for t in self.tokens]
        self.published = published
        self.years = [f for f in find_numbers(sentence) if f.unit == "year"]

    def norm(self, i: int) -> str:
        return self.norms[i] if 0 <= i < len(self.norms) else ""

    def month_at(self, i: int) -> tuple[int, int] | None:
        """(month, tokens read) for a month's name at i, with its other name after a
        slash (`أكتوبر/تشرين الأول`, `يونيو/ حزيران`)."""
        norm = self.norm(i)
        if norm in (normal_word("آب"),) and not self.norm(i - 1).isdigit():
            return None  # آب is also "father"
        if norm in MONTHS:
            month, read = MONTHS[norm], 1
        elif (norm, self.norm(i + 1)) in MONTH_PAIRS:
            month, read = MONTH_PAIRS[(norm, self.norm(i + 1))], 2
        else:
            return None
        if self.norm(i + read) == "/" or (i + read < len(self.tokens)
                                          and self.tokens[i + read].text == "/"):  # fmt: skip
            other = self.norm(i + read + 1)
            if other in MONTHS:
                read += 2
            elif (other, self.norm(i + read + 2)) in MONTH_PAIRS:
                read += 3
        return month, read

    def year_at(self, i: int) -> int | None:
        """A year written at token i (after an optional comma: `مايو ،2006`)."""
        for k in (i, i + 1):
            token = self.tokens[k] if k < len(self.tokens) else None
            if token is None:
                return None
            if k == i + 1 and self.tokens[i].text not in "،,":
                return None
            if token.text.isdigit() and len(token.text) == 4 and 1900 <= int(token.text) <= 2099:
                return int(token.text)
        return None

    def numeric_dates(self, used_years: set[int]) -> list[Dated]:
        """Dates written in digits (`30/6/2008`, `2026/3/14`), their years used."""
        found = []
        for match in _NUMERIC_DATE.finditer(self.text):
            year, month, day = (int(match.group(g) or match.group(g + "2"))
                                for g in ("year", "month", "day"))  # fmt: skip
            try:
                date(year, month, day)
            except ValueError:
                continue  # 13/14/2008: no date
            used_years.add(match.start("year") if match.group("year") else match.start("year2"))
            found.append(Dated(PartialDate(year, month, day), "a date in digits", False,
                               match.start()))  # fmt: skip
        return found

    def dates(self) -> list[Dated]:
        used_years: set[int] = set()
        found: list[Dated] = self.numeric_dates(used_years)
        skip = 0
        for i, token in enumerate(self.tokens):
            if i < skip:
                continue  # the other name of a month read with it (أكتوبر/تشرين الأول)
            month = self.month_at(i)
            if month is not None:
                skip = i + month[1]
            dated = self._date_at(i, token, used_years)
            if dated and found and month is not None and self._until(i):
                continue  # the end of a period whose start is dated already
            found += dated
        for year in self.years:
            if year.start in used_years:
                continue
            if self._period(year.start, year.end) and not self._first_of_years(
                year.start, year.end
            ):
                continue
            if _PLAN_BEFORE.search(self.text[max(0, year.start - 30) : year.start]):
                continue  # رؤية الإمارات 2021، خطة دبي2021: a plan's name, no date of a fact
            if _VERSION_BEFORE.search(self.text[max(0, year.start - 20) : year.start]):
                continue  # الإصدار 2015، McAfee Plus 2010: a product's version
            found.append(Dated(PartialDate(int(year.value)), "a year", False, year.start))
        # Counted from an article dated at the calendar's edge (0001, 9999), a year can
        # fall outside it: no date (a pack of year 10000 failed validate).
        return [dated for dated in found if date.min.year <= dated.date.year <= date.max.year]

    def _future(self) -> bool:
        """The sentence speaks of what is to come: سوف, قد before an imperfect (قد
        يواجهون: may face), or س on an imperfect verb (سيعلن)."""
        for k, norm in enumerate(self.norms):
            norm = norm[1:] if norm[:1] in "وف" and len(norm) > 2 else norm  # وقد، فسوف
            if norm == "سوف" or norm == "قد" and self.norm(k + 1)[:1] == "ي":
                return True
            if norm[:1] == "س" and norm[1:2] in "يتن" and norm[1:] in VERBS:
                return True
        return False

    def _until(self, i: int) -> bool:
        """The month at token i ends a period: `حتى 9 مارس`, `إلى مارس`."""
        k = i - 1
        if k >= 0 and self.tokens[k].text.isdigit():
            k -= 1
        return k >= 0 and self.norm(k) in _UNTIL

    def _first_of_years(self, start: int, end: int) -> bool:
        """The first of two years joined by و or a dash after a word for years or a period
        (`عامي 2010 و2011`, `بين 2005 و2010`, `الفترة 2010-2015`): the span is dated by its
        first year, as a period of days is by its first day."""
        return bool(
            _YEARS_BEFORE.search(self.text[max(0, start - 12) : start])
            and re.match(r"\s?(?:[-/]|و\s?)\s?(?:19|20)\d\d(?!\d)", self.text[end : end + 8])
        )

    def _period(self, start: int, end: int) -> bool:
        """A year that starts or ends a period (`2013-2025`, `2010/2020`) or stands in a
        list of numbers (`1333 و1600 و2000 و 2133 ميغاهيرتز`) dates nothing."""
        text = self.text
        return bool(re.match(r"\s?(?:[-/]|و\s?)\s?\d", text[end : end + 4])) or bool(
            re.search(r"\d\s?(?:[-/]|و)\s?$", text[max(0, start - 4) : start])
        )

    def _date_at(self, i: int, token: Token, used_years: set[int]) -> list[Dated]:
        published = self.published
        month = self.month_at(i)
        if month is not None:
            number, read = month
            day = self._day_before(i)
            year = self.year_at(i + read)
            if year is not None:
                used_years.add(self.tokens[i + read + (self.tokens[i + read].text in "،,")].start)
                date_ = PartialDate(year, number, day)
                return [Dated(date_, "a full date" if day else "a month and year", False,
                              self.tokens[i].start)]  # fmt: skip
            qualifier = self.norm(i + read)
            if published is None:
                if (
                    day is not None
                    and len(self.years) == 1
                    and not _SINCE.search(
                        self.text[max(0, self.years[0].start - 40) : self.years[0].start]
                    )
                ):  # جيتكس 2014 ... 3 أكتوبر; not "منذ الغزو عام 2003", a time of its own
                    used_years.add(self.years[0].start)
                    return [Dated(PartialDate(int(self.years[0].value), number, day),
                                  "a day of a month and the sentence's year", False,
                                  self.tokens[i].start)]  # fmt: skip
                return []
            if qualifier in _THIS:
                year = published.year
            elif qualifier in _NEXT:
                year = published.year + (number <= (published.month or 0))
            elif qualifier in _LAST:
                year = published.year - (number >= (published.month or 13))
            elif published.month is None:
                return []
            elif self._future():
                year = published.year + (number < published.month)  # the next such month
            else:
                year = _nearest_year(number, day, published)
            return [Dated(PartialDate(year, number, day), "a month named alone", True,
                          self.tokens[i].start)]  # fmt: skip
        return self._relative(i, token)

    def _day_before(self, i: int) -> int | None:
        """The day before a month's name: `30 سبتمبر`; a range's first day: `08 - 12
        أكتوبر`, `من 8 إلى 12 أكتوبر`, `بين 15 و20 فبراير`."""

        def day(k: int) -> int | None:
            text = self.tokens[k].text if k >= 0 else ""
            return int(text) if text.isdigit() and 1 <= int(text) <= 31 else None

        if i >= 3 and self.tokens[i - 2].text in "-–" and day(i - 3) and day(i - 1):
            return day(i - 3)  # a range of days: the first
        if i >= 3 and day(i - 1) and day(i - 3) and self.norm(i - 2) in _TO_DAY:
            return day(i - 3)
        return day(i - 1)

    def _relative(self, i: int, token: Token) -> list[Dated]:
        published = self.published
        if published is None:
            return []
        norm, nxt, previous = token.norm, self.norm(i + 1), self.norm(i - 1)
        at = token.start
        if published.day is not None and published.month is not None:
            today = date(published.year, published.month, published.day)
            days = None
            if norm == "امس" or norm[:1] in "وف" and norm[1:] == "امس":
                days = -2 if nxt == "الاول" or previous == "اول" else -1
                why = "yesterday" if days == -1 else "the day before yesterday"
            elif norm == "اليوم" and nxt not in _NOT_TODAY and previous not in _NOT_THIS_DAY:
                days, why = 0, "today"
            elif norm in ("غدا",) and previous != "بعد":
                days, why = 1, "tomorrow"
            elif norm == "غد" and previous == "بعد":
                days, why = 2, "the day after tomorrow"
            elif norm in WEEKDAYS or norm[:1] in "وف" and norm[1:] in WEEKDAYS:
                norm = norm if norm in WEEKDAYS else norm[1:]  # "والخميس الماضي"
                back = (today.weekday() - WEEKDAYS[norm]) % 7
                days, why = -back, "a weekday"
                if nxt in _NEXT:
                    days = (WEEKDAYS[norm] - today.weekday()) % 7 or 7
                elif nxt in _LAST and back == 0:
                    days = -7
            if days is not None:
                try:
                    day = today + timedelta(days=days)
                except OverflowError:  # past the calendar (أمس of 0001-01-01): no date
                    return []
                return [Dated(PartialDate(day.year, day.month, day.day), why, True, at)]
        if published.month is not None and norm == _MONTH_WORD:
            by = -1 if nxt in _LAST else 1 if nxt in _NEXT else 0 if nxt in _THIS else None
            if by is None and previous == "هذا":
                by = 0
            if by is not None:
                year, month = _shift_month(published.year, published.month, by)
                why = {-1: "last month", 0: "this month", 1: "next month"}[by]
                return [Dated(PartialDate(year, month), why, True, at)]
        if (years := self._years_ago(i)) is not None:
            why = "a year before" if years == 1 else f"{years} years before"
            return [Dated(PartialDate(published.year - years), why, True, at)]
        if norm in _YEAR_WORDS:
            by = -1 if nxt in _LAST else 1 if nxt in _NEXT else 0 if nxt in _THIS else None
            if by is None and previous == "هذا":
                by = 0
            if by is not None:
                why = {-1: "last year", 0: "this year", 1: "next year"}[by]
                return [Dated(PartialDate(published.year + by), why, True, at)]
        return []

    def _years_ago(self, i: int) -> int | None:
        """How many years ago `قبل` at token i says (`قبل نحو 3 سنوات`: 3, `قبل عامين`:
        2); None where it says none, or counts from another time than the article's."""
        norm = self.norm(i)
        if norm != _AGO and not (norm[:1] in "وف" and norm[1:] == _AGO):
            return None
        k = i + 1 + (self.norm(i + 1) in _ABOUT)
        text = self.tokens[k].text if k < len(self.tokens) else ""
        if text.isdigit() and 0 < int(text) < 100 and self.norm(k + 1) in _YEARS_UNIT:
            years, after = int(text), k + 2
        elif self.norm(k) in _TWO_YEARS:
            years, after = 2, k + 1
        elif self.norm(k) in _ONE_YEAR and not self.norm(k + 1).isdigit():
            years, after = 1, k + 1
        else:
            return None
        if self.norm(after) in (normal_word("من"), normal_word("على")):
            return None  # قبل 3 سنوات من الانتخابات: before another time
        return years


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
DATE_LINE_CHARS = 60  # a paragraph that only dates the article is short
_DATE_LINE_WORDS = (
    frozenset(MONTHS) | frozenset(WEEKDAYS) | {w for pair in MONTH_PAIRS for w in pair}
    | {normal_word("يوم")}
)  # fmt: skip


def _is_date_line(text: str) -> bool:
    return bool(date_line([Paragraph(0, "body", text)]))


def date_line(paragraphs: Sequence[Paragraph]) -> str:
    """The article's date when one of its first paragraphs is only a date (`2016-05-10`,
    `الثلاثاء 10 مايو 2016`, `10 مايو/أيار 2016`), as news copied with its date line
    is; else ""."""
    for paragraph in paragraphs[:3]:
        text = paragraph.text.strip()
        if len(text) > DATE_LINE_CHARS:
            continue
        iso = _ISO_DATE.match(text)
        if iso:
            found = parse_date(text)
            return str(found) if found else ""
        reader = _Reader(text, None)
        words = [t for t in reader.tokens if not t.is_punct or t.text == "/"]
        dated = [d for d in reader.dates() if d.date.day is not None]
        if (
            dated
            and len(words) <= 7
            and all(t.text.isdigit() or t.text == "/" or t.norm in _DATE_LINE_WORDS for t in words)
        ):
            return str(dated[0].date)
    return ""


def draft_event_steps(
    paragraphs: Sequence[Paragraph], published: str, taken: set[str], chars: int
) -> Generator[None, None, tuple[Event, ...]]:
    """One event per dated sentence and date, in the text's order (the loader sorts them
    by date); `published` (YYYY[-MM[-DD]], or "") is what relative words count from."""
    anchor = parse_date(published) if published else None
    events: list[Event] = []
    seen: set[tuple[str, str]] = set()
    dates: dict[PartialDate, PartialDate] = {}
    pacer = Pacer(max(1, chars // 10))  # reading dates costs about ten times a regex pass
    for paragraph in paragraphs:
        if pacer.due(paragraph.text):
            yield
        text = paragraph.text
        if not _MAY_DATE.search(text) or paragraph.index < 3 and _is_date_line(text):
            continue  # no date; or the article's own date line, which is no event
        for start, end in sentences(text):
            sentence = text[start:end].strip()
            if not _MAY_DATE.search(sentence):
                continue  # most sentences name no date: they are not read word by word
            for dated in _Reader(sentence, anchor).dates():
                evidence_start, evidence = _evidence(text, start, sentence, dated.at)
                key = (str(dated.date), evidence)
                if key in seen:
                    continue
                seen.add(key)
                title = " ".join(evidence.split()[:TITLE_WORDS])
                if len(evidence.split()) > TITLE_WORDS:
                    title += " …"
                elif title == evidence:
                    title = evidence  # one str for both (a short sentence is its title)
                counted = f", counted from {published}" if dated.relative else ""
                # A book's thousands of events share a few dates and English titles:
                # each is made once (0.8 MB at 500,000 lines), not once an event.
                events.append(
                    Event(
                        id=unique_id(f"e-{dated.date}", taken),
                        date=dates.setdefault(dated.date, dated.date),
                        title_ar=title,
                        title_en=sys.intern(f"Drafted: a sentence dated by {dated.why}{counted}"),
                        entities=(),
                        provenance=Provenance(
                            "article",
                            evidence,
                            Span(paragraph.index, evidence_start, evidence_start + len(evidence)),
                        ),  # fmt: skip
                    )
                )
    return tuple(events)


def _evidence(text: str, start: int, sentence: str, at: int) -> tuple[int, str]:
    """The sentence (where it starts in the paragraph, and its text), or, when it is very
    long, the words around its date."""
    offset = text.index(sentence, start)
    if len(sentence) <= MAX_EVIDENCE:
        return offset, sentence
    left = max(0, sentence.rfind(" ", 0, max(0, at - MAX_EVIDENCE // 2)) + 1)
    right = sentence.find(" ", min(len(sentence), at + MAX_EVIDENCE // 2))
    right = len(sentence) if right < 0 else right
    window = sentence[left:right].strip()
    return offset + sentence.index(window, left), window
