"""Drafted numbers: the figures a text writes in digits, each with the value its words give.

A figure is a percentage (`49%`, `45في المائة`), an amount (`15 مليار دولار`, `740 دولاراً`,
`5499 درهماً`), a count of something (`3 شبكات`, `ل22جهة`, `ل 4900 كيلومتر`, `30 ألف منتج`),
a duration (`20 عاماً`) or a year (`2024`, `جيتكس2013`). Digits may be glued to the words
around them, as Arabic news often writes them. A count's remainder joined with و after
its thousands is part of it (`147 ألفاً و200 منزل`); the partitive من counts a definite
whole (`188 من الدول`, `483 منها`); index points keep their decimals (`4537.3 نقطة`); a
Gulf currency may be written by its initials (`د .ك`). Not figures: a day of the month (`30
سبتمبر`), a time (`الساعة 11 ليلاً`), a phone or model number (`ويندوز 8`, `LGA1156`), an
ordinal (`دورته ال33`), a list's labels (`زعبيل 3، 4`).

A figure the text garbles is left out, not guessed: a decimal written `2 .1` or `00 .12`
(the digits of 1.2 and 12.00 in the wrong order, as copied from right-to-left layouts),
a range with a leading zero (`15-02%`), digits grouped wrongly (`3،892،179،8`), digits
joined by ر, the decimal mark some papers write, in an order in doubt (`12ر1 مليون`). A decimal
count with no unit of money, percent or scale (`4.15 بوصة`) is left out for the same
reason: that is how such a garbled decimal looks when its space is gone. The Arabic
comma both groups thousands and marks a decimal in business news: `48،512،500` (two
groups of three) and `45،2 مليون`، `0،14%` (one or two digits after it) are read; `4،160`
could be either and is left out, with its tail. A rise written with its sign is read
(`بنسبة +1.75%`، `+8.5 نقطة`); a fall (`بنسبة -4.00%`، `(−2.5%)`) is left out, not read as
a rise: the pack's validator reads a quote's numbers unsigned, so -4 would not validate.
A sign on a count or an amount (`-3 ملايين`) could be a list's dash, and a sign after a
percent (`4%-`) one moved by a right-to-left copy: those figures are left out too.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Generator, Sequence
from typing import NamedTuple

from ..model import Figure, Paragraph, Provenance, Span
from ..pacing import Pacer
from ..table import MAX_NUMBER
from .entities import context, slug, unique_id
from .lexicon import (
    EVENT_HEADS,
    LETTER_NAMES,
    MONTHS,
    STOPWORDS,
    VERBS,
    WEEKDAYS,
    normal_word,
    word_set,
)
from .tokens import variants

_D = "0-9\u0660-\u0669"
# A figure written with the Arabic comma (AlKhaleej writes it both to group thousands and
# as a decimal point): two groups of three digits or more are thousands (48،512،500), one
# or two digits after it a decimal (45،2 مليون، 0،14%); one group of three (4،160) could
# be either, and is left out. A figure's tail after a comma (the 2 of 45،2) is no figure.
_NUMBER = re.compile(
    rf"(?<![A-Za-z{_D}.,٫_])(?<![{_D}]-)(?<![{_D}]/)(?<![{_D}]،)(?<![{_D}]ر)"
    rf"(?P<num>[{_D}]{{1,3}}(?:،[{_D}]{{3}}){{2,}}(?![{_D}]|[.،,٫][{_D}])"
    # Latin commas grouping thousands: two groups or more, or groups and a decimal point
    # (95,470,787.910، 3,587.210); one group alone (4,666) could be a decimal comma
    rf"|[{_D}]{{1,3}}(?:,[{_D}]{{3}}){{2,}}(?:\.[{_D}]+)?(?![{_D}]|[.،,٫][{_D}])"
    rf"|[{_D}]{{1,3}}(?:,[{_D}]{{3}})+\.[{_D}]+(?![{_D}]|[.،,٫][{_D}])"
    rf"|[{_D}]+،[{_D}]{{1,2}}(?![{_D}]|[.،,٫][{_D}])"
    rf"|[{_D}]+(?:[.٫][{_D}]+)?)(?![{_D}])"
)
_GAP = r"[\s\u200e\u200f]*"  # spaces and the marks Arabic editors leave (‏35‏ خدمة)
# A decimal comma before a percent sign (4,3%), as some Arabic text writes it.
_COMMA_PERCENT = re.compile(rf"(?<![{_D}.,٫])(?P<num>[{_D}]+,[{_D}]{{1,2}})(?={_GAP}[%٪])")
_PERCENT = re.compile(rf"{_GAP}(?:[%٪]|في\s?الم[اائ]?ئة|بالم[اائ]?ئة)")
_SCALES = {"كوادريليون": 1e15, "كدريليون": 1e15, "تريليون": 1e12, "تريليونات": 1e12, "مليار": 1e9, "مليارات": 1e9, "مليون": 1e6, "ملايين": 1e6,
           "ألف": 1e3, "آلاف": 1e3, "الف": 1e3}  # fmt: skip
_SCALE = re.compile(
    rf"{_GAP}(?P<scale>{'|'.join(sorted(_SCALES, key=len, reverse=True))})(?:اً|ًا|ا)?(?!\w)"
)
_CURRENCY = re.compile(
    rf"{_GAP}(?:(?P<currency>دولار|درهم|دراهم|ريال|يورو|جنيه|دينار)(?:اً|ًا|ا|ات)?"
    # a Gulf currency's initials: د.ك (Kuwaiti dinar), د.إ, د.ب, ر.س, ر.ق, ر.ع; not the
    # initials of an agency (د.ب.أ) that follow a figure's sentence
    rf"|(?P<initials>د ?\. ?[كإاب]|ر ?\. ?[سقع])(?! ?\.))(?!\w)"
)
_WORD = re.compile(rf"{_GAP}(?P<word>[\u0621-\u064a\u0640\u064b-\u065f\u0670]+)")
_GARBLED_AFTER = re.compile(rf"^(?: \.[{_D}]|[,،ر][{_D}]|-0[{_D}])")
_RANGE_AFTER = re.compile(rf"^-[{_D}]")
_MINUS = "-\u2010\u2011\u2012\u2013\u2212"  # the hyphen, the en dash, the minus sign
# A sign after a percent (4%-): the figure's sign, moved by a right-to-left copy, or a
# list's dash; either way the sign is in doubt.
_SIGN_AFTER = re.compile(rf"[{_MINUS}](?![{_D}])")
_YEAR_CUES = word_set("عام العام لعام سنة السنة منذ خلال بحلول حتى مطلع أواخر أوائل في")
# An event named with its year (معرض جيتكس 2015، أسبوع جيتكس للتقنية 2017): the number
# after its head and a name or two is its year, whatever word follows it.
_EVENT_HEADS = EVENT_HEADS | word_set("أسبوع كأس")
_TIMES = word_set("صباحا صباح مساء مساء ليلا ظهرا فجرا عصرا")
_DURATIONS = word_set("عام عاما أعوام سنة سنوات سنين")
_PERIODS = word_set("شهر شهرا أشهر شهور يوم يوما أيام أسبوع أسابيع ساعة ساعات دقيقة")
# Nouns that begin with و or ب (a number before "وبطارية" or "بمركز" counts nothing).
_W_NOUNS = word_set("وحدة وحدات وظيفة وظائف وثيقة وثائق وجبة وجبات "
                     "ورشة ورش ورقة وزراء واط وات ولاية ولايات وسيلة وسائل وجهة وجهات")  # fmt: skip
_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")
# Letters' names that are no common word (سي، بي، إيه، كيه): a number after one is a
# model's (في، أن، أو، أي، أم are letters too, but words first).
_LETTERS = LETTER_NAMES - STOPWORDS - word_set("في ان او اي ام ال اند")
# A count's remainder after its thousands or millions (147 ألفاً و200 منزل, 3 ملايين و500
# ألف): Arabic writes the larger part first and joins the rest with و.
_REMAINDER = re.compile(rf"{_GAP}و{_GAP}(?P<num>[{_D}]{{1,3}})(?![{_D}.،,٫ر])")
# The partitive: "188 من الدول", "4 من خدماتها", "483 منها" count what من takes.
_PARTITIVES = word_set("من منها منهم منهن")
# Nouns a number after them labels (المادة 20 من الدستور, الدقيقة 90 من المباراة).
_LABELLED = word_set("المادة البند الفقرة الفصل الصفحة الدقيقة الساعة الجولة القرار")
# Index points: a level or a move of an index, written with decimals (4537.3 نقطة).
_POINTS = word_set("نقطة نقاط")
_MONTH_WORDS = word_set("الشهر الشهور الشهرين")
_POSSESSIVES = ("ها", "هم", "هن", "هما", "نا", "كم")  # خدماتها: made definite by its owner


class Found(NamedTuple):
    value: float
    unit: str
    start: int
    end: int
    noun: str  # what is counted ("" for money, percentages and years)


def _value(digits: str) -> float:
    if digits.count("،") >= 2:
        digits = digits.replace("،", "")  # 48،512،500: thousands
    digits = digits.replace(",", "")  # 95,470,787.910: only thousands match with commas
    return float(digits.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩٫،", "0123456789..")))


def _counted(word: str) -> str | None:
    """The counted noun, folded, if `word` can follow a count (else None)."""
    bare = _MARKS.sub("", word)
    norm = normal_word(bare)
    for ending in ("ا",):  # the accusative's alef: شهراً, عاماً
        if norm.endswith(ending) and len(norm) > 3:
            norm = norm[: -len(ending)]
    if norm in _DURATIONS or norm in _PERIODS:
        return norm  # عام is also "general": after a number it is a year
    if len(norm) < 2 or norm in STOPWORDS or norm in MONTHS or norm in WEEKDAYS:
        return None
    if norm in _TIMES or norm in VERBS or bare.startswith(("ال", "لل", "بال", "وال")):
        return None  # the article as written: آلية and ألعاب fold to it but are indefinite
    if norm[0] == "و" and norm not in _W_NOUNS:
        return None
    if norm[0] == "ب" and len(norm) > 3 and norm[1] == "م":
        return None  # بمركز، بمعدل
    if norm[0] == "ل" and len(norm) > 4 and norm[1] in "اأإ":
        return None  # لأسبوع: "for the week", after an ordinal
    return norm


def _sign(text: str, start: int) -> str:
    """The sign written against the figure at `start` (بنسبة -4.00%، (+2.5%)): "-", "+",
    "" for none, "?" for a + that signs nothing (a phone's +971, a model's C+3).

    A dash is a sign after a word and a space or a bracket; against a letter it joins a
    model's name (إف-16), and at a paragraph's or sentence's start it is a list's dash
    (- 237 مليار، :-8): the figure is read as before, unsigned."""
    if start == 0 or (mark := text[start - 1]) not in f"{_MINUS}+":
        return ""
    lead = re.sub(r"[\s\u200e\u200f]+$", "", text[: start - 1])
    against = len(lead) == start - 1  # nothing between the sign and what is before it
    if (against and lead and lead[-1] not in "([«\"'") or not lead or lead[-1] in ".:؛":
        return "?" if mark == "+" else ""
    return "+" if mark == "+" else "-"


def _remainder(text: str, at: int, scale: float) -> tuple[float, int] | None:
    """The remainder joined to a count of thousands or more at `at` (و200 after 147 ألفاً,
    و500 ألف after 3 ملايين), and where it ends; None if there is none."""
    match = _REMAINDER.match(text, at)
    if match is None:
        return None
    value, end = _value(match.group("num")), match.end()
    if (smaller := _SCALE.match(text, end)) is not None:
        if _SCALES[smaller.group("scale")] >= scale:
            return None
        return value * _SCALES[smaller.group("scale")], smaller.end()
    return (value, end) if scale == 1e3 else None


def _of_an_event(text: str, start: int) -> bool:
    """An event's head (معرض, بمؤتمر) one to three words before `start`."""
    before = re.findall(r"[\u0621-\u064a]+", text[max(0, start - 60) : start])[-3:]
    return any(set(variants(normal_word(word))) & _EVENT_HEADS for word in before)


def _partitive(text: str, at: int, word: re.Match[str]) -> bool:
    """A count's من, which takes a definite whole (188 من الدول, 4 من خدماتها, 483 منها);
    not a date's (3 من مايو, 12 من الشهر) nor a maker's (كرومالايف 100 من كانون)."""
    norm = normal_word(word.group("word"))
    if norm not in _PARTITIVES:
        return False
    if norm != normal_word("من"):
        return True
    after = _WORD.match(text, at)
    if after is None:
        return False
    following = normal_word(after.group("word"))
    definite = following.startswith("ال") or following.endswith(_POSSESSIVES)
    return definite and following not in MONTHS and following not in _MONTH_WORDS


# A count of millions or thousands spelt in words, then و and the rest in digits
# (مليونين و55 ألف كتاب: 2,055,000): one or two of the scale (the singular, the dual);
# any other spelt head (ثلاثة ملايين و500 ألف, ملايين و...) cannot be read from the
# digits alone, and is left out rather than read as its remainder (55,000).
_SPELT_HEAD = re.compile(rf"(?<![\w{_D}])(?:[وبل]|لل)?(?P<head>[\u0621-\u064a]+){_GAP}و{_GAP}$")
_SPELT_SCALES = {"مليار": 1e9, "مليون": 1e6, "ألف": 1e3, "الف": 1e3}
_DUAL_ENDINGS = ("ين", "ان", "ا")
_SCALE_WORDS = frozenset(normal_word(word) for word in _SCALES)
_DIGITS_BEFORE = re.compile(rf"[{_D}]{_GAP}$")


def _spelt_head(text: str, start: int) -> tuple[float | None, int] | None:
    """A spelt count of a scale before the و before `start`: its value (None: a head
    that cannot be read) and where it begins; None if there is no such head."""
    window = max(0, start - 24)
    match = _SPELT_HEAD.search(text[window:start])
    if match is None:
        return None
    head, begins = match.group("head"), window + match.start("head")
    if _DIGITS_BEFORE.search(text[max(0, begins - 24) : begins]):
        return None  # 5 آلاف و2000: the head counted in digits, read as its own figure
    for scale, value in _SPELT_SCALES.items():
        if head == scale:
            return value, begins
        if head.startswith(scale) and head[len(scale) :] in _DUAL_ENDINGS:
            return 2 * value, begins
    if normal_word(head) in _SCALE_WORDS:
        return None, begins  # ملايين، آلاف، مليارات: how many is not said in digits
    return None


_BARE_AMOUNT = re.compile(
    rf"(?<![\w{_D}])[وبل]?(?P<scale>مليار|مليون|ألف){_GAP}"
    rf"(?P<currency>دولار|درهم|ريال|يورو|جنيه|دينار)(?:اً|ًا|ا|ات)?(?!\w)"
)


def find_numbers(text: str) -> list[Found]:
    """The figures of one paragraph, in the order they are written."""
    found: list[Found] = []
    for match in _COMMA_PERCENT.finditer(text):
        percent = _PERCENT.match(text, match.end())
        assert percent is not None
        value = _value(match.group("num").replace(",", "."))
        found.append(Found(value, "percent", match.start(), percent.end(), ""))
    # "مقابل مليار دولار" is one billion; "مليونا دولار" two million (a dual): left out
    for match in _BARE_AMOUNT.finditer(text):
        if re.search(rf"[{_D}]{_GAP}$", text[: match.start()]):
            continue
        unit = "USD" if match.group("currency") == "دولار" else "count"
        found.append(Found(_SCALES[match.group("scale")], unit, match.start("scale"),
                           match.end(), ""))  # fmt: skip
    consumed = 0  # the end of a figure read with its remainder (و200 is part of it)
    for match in _NUMBER.finditer(text):
        digits, start, end = match.group("num"), match.start(), match.end()
        if start < consumed:
            continue
        rest = text[end:]
        whole = re.split(r"[.٫،]", digits)[0]
        if _GARBLED_AFTER.match(rest) or (len(whole) > 1 and whole[0] in "0٠"):
            continue  # 2 .1، 3،892، 15-02%، 08: left out, not guessed (0.8 and 0،14 are read)
        before = text[max(0, start - 12) : start]
        value = _value(digits)
        decimal = "." in digits or "٫" in digits or digits.count("،") == 1
        if (sign := _sign(text, start)) == "?":
            continue  # a phone number, a model's
        if re.search(r"\+\s+$", before):
            continue  # a phone number (+ 971)
        if (percent := _PERCENT.match(rest)) is not None:
            if _RANGE_AFTER.match(rest) or re.search(rf"[{_D}]-$", before):
                continue
            if _SIGN_AFTER.match(text, end + percent.end()):
                continue
            if sign != "-":  # a fall (-4.00%) is left out: see the module's note
                start -= len(sign)
                found.append(Found(value, "percent", start, end + percent.end(), ""))
            continue  # a share after a Latin name too (متصفح IE 68%)
        if sign:  # a rise in points is read; a fall, a signed count or amount left out
            word = _WORD.match(rest)
            if sign == "+" and word is not None and normal_word(word.group("word")) in _POINTS:
                found.append(Found(value, "count", start - 1, end + word.end(), "نقطة"))
            continue
        if re.search(r"[A-Za-z]\s?$", before):
            continue  # Battlefield 2, a model number
        spelt = re.search(r"([\u0621-\u064a]+)[\s-]?$", before)
        if spelt is not None and normal_word(spelt.group(1)) in _LETTERS:
            continue  # سي 60، آي بي 1900، كيه سي-46: a model's letters, spelt in Arabic
        if _RANGE_AFTER.match(rest):
            if not decimal and 1900 <= value <= 2099:  # 2013-2025: two years
                found.append(Found(value, "year", start, end, ""))
            continue
        spelt_head = _spelt_head(text, start)
        if spelt_head is not None and spelt_head[0] is None:
            continue  # ملايين و500 ألف: a spelt count the digits are only the rest of
        if (scale := _SCALE.match(rest)) is not None:
            amount = value * _SCALES[scale.group("scale")]
            stop = end + scale.end()
            if spelt_head is not None:
                assert spelt_head[0] is not None
                if spelt_head[0] <= amount:
                    continue  # (ألف و5 ملايين: not one count)
                amount, start = spelt_head[0] + amount, spelt_head[1]
            if (remainder := _remainder(text, stop, _SCALES[scale.group("scale")])) is not None:
                amount, stop = amount + remainder[0], remainder[1]
                consumed = stop
            currency = _CURRENCY.match(text, stop)
            if currency is not None:
                unit = "USD" if currency.group("currency") == "دولار" else "count"
                found.append(Found(amount, unit, start, currency.end(), ""))
                continue
            word = _WORD.match(text, stop)
            noun = _counted(word.group("word")) if word is not None else None
            stop = word.end() if word is not None and noun is not None else stop
            found.append(Found(amount, "count", start, stop, noun or ""))
            continue
        if spelt_head is not None:
            assert spelt_head[0] is not None
            if spelt_head[0] > 2e3 or value >= 1e3 or decimal:
                continue  # مليون و200 with no scale after it: not read
            value, start = spelt_head[0] + value, spelt_head[1]  # ألف و200 كتاب: 1,200
        if (currency := _CURRENCY.match(rest)) is not None:
            unit = "USD" if currency.group("currency") == "دولار" else "count"
            found.append(Found(value, unit, start, end + currency.end(), ""))
            continue
        word = _WORD.match(rest)
        if decimal:
            if word is not None and normal_word(word.group("word")) in _POINTS:
                found.append(Found(value, "count", start, end + word.end(), "نقطة"))
            continue  # a decimal count: see the module's note
        noun = _counted(word.group("word")) if word is not None else None
        words_before = re.findall(r"[\u0621-\u064a]+", before)
        previous = normal_word(words_before[-1]) if words_before else ""  # past a comma
        ordinal = bool(re.search(r"ال$", before))
        month = word is not None and normal_word(word.group("word")) in MONTHS
        if 1900 <= value <= 2099 and (
            noun is None or previous in _YEAR_CUES or month or _of_an_event(text, start)
        ):
            found.append(Found(value, "year", start, end, ""))
            continue
        if noun is None and word is not None and _partitive(text, end + word.end(), word):
            noun = normal_word(word.group("word"))
        if noun is None or month or previous == normal_word("الساعة"):
            continue
        if noun in _PARTITIVES and previous in _LABELLED:
            continue
        if ordinal and noun not in _DURATIONS | _PERIODS:
            continue  # دورته ال33: an ordinal
        assert word is not None
        unit = "years" if noun in _DURATIONS else "count"
        found.append(Found(value, unit, start, end + word.end(), noun))
    return sorted(found, key=lambda f: f.start)


# The largest value a pack's number of each unit may have (the loader's NUMBER_LIMITS).
_LIMITS = {"percent": 1000.0, "year": 9999.0, "years": 1000.0}
_UNIT_EN = {"USD": "US dollars", "percent": "per cent", "year": "a year", "years": "years",
            "count": "a count"}  # fmt: skip


def draft_number_steps(
    paragraphs: Sequence[Paragraph], taken: set[str], chars: int
) -> Generator[None, None, tuple[Figure, ...]]:
    """Every figure of the text once (the same value of the same thing counts once), with
    its words as the label and the sentence around them as evidence."""
    numbers: list[Figure] = []
    seen: set[tuple[float, str, str]] = set()
    pacer = Pacer(max(1, chars // 4))  # reading figures costs about four regex passes
    for paragraph in paragraphs:
        if pacer.due(paragraph.text):
            yield
        text = paragraph.text
        for figure in find_numbers(text):
            if abs(figure.value) > _LIMITS.get(figure.unit, MAX_NUMBER):
                continue  # "8.4 كدريليون": past what a pack holds (the validator's bounds)
            key = (figure.value, figure.unit, figure.noun)
            if key in seen:
                continue
            seen.add(key)
            label = text[figure.start : figure.end].strip()
            start = figure.start + text[figure.start : figure.end].find(label)
            evidence = context(text, start, start + len(label))
            at = text.find(evidence)
            value = f"{figure.value:,.0f}" if figure.value.is_integer() else f"{figure.value:,.12g}"
            numbers.append(
                Figure(
                    id=unique_id(f"n-{slug(f'{figure.value:g}-{figure.unit}')}", taken),
                    value=figure.value,
                    unit=figure.unit,
                    label_ar=label,
                    # A few dozen labels among a book's thousands of numbers: each made once.
                    label_en=sys.intern(f"Drafted: {value} ({_UNIT_EN[figure.unit]})"),
                    provenance=Provenance(
                        "article", evidence, Span(paragraph.index, at, at + len(evidence))
                    ),
                )
            )
    return tuple(numbers)
