"""Typed access to one TOML table of a story pack, recording problems under its key path.

Also the small parsers every table shares (partial dates), so the loader keeps to
what a pack holds and the checks across it.
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Context
from typing import Any, TypeVar

from ..i18n import N_, Said
from .model import PartialDate
from .packs import DATA_FILE, Problem

MAX_NUMBER = 1e15  # a quadrillion: past any amount a news story gives
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

T = TypeVar("T")


def parse_date(text: str) -> PartialDate | None:
    match = DATE_PATTERN.match(text)
    if not match:
        return None
    year_text, month_text, day_text = match.groups()
    year = int(year_text)  # the pattern always has the year
    if year < 1:  # the calendar has no year 0 (nor Python's dates: ٠ shown, a draft broken)
        return None
    month = int(month_text) if month_text else None
    day = int(day_text) if day_text else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        if month is None:
            return None
        try:
            date(year, month, day)  # a real day of that month (29 February in leap years)
        except ValueError:
            return None
    return PartialDate(year, month, day)


class TableReader:
    """Typed access to one TOML table, recording problems under its key path."""

    def __init__(self, problems: list[Problem], key: str, table: Any) -> None:
        self.problems = problems
        self.key = key
        self.table = table if isinstance(table, dict) else {}
        self.seen: set[str] = set()
        if not isinstance(table, dict):
            self.fail("", N_("must be a table"))

    def fail(self, field: str, template: str, **fields: object) -> None:
        """A problem with `field`: a catalogue template (marked with N_) and its fields,
        said in the reader's language where it is shown."""
        key = f"{self.key}.{field}" if field else self.key
        self.problems.append(Problem(DATA_FILE, key, Said(template, **fields)))

    def _get(self, field: str, kind: type[T], label: str, required: bool) -> T | None:
        self.seen.add(field)
        value = self.table.get(field)
        if value is None:
            if required:
                self.fail(field, N_("missing"))
            return None
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            self.fail(field, N_("must be {label}, not {kind}"), label=Said(label),
                      kind=type(value).__name__)  # fmt: skip
            return None
        return value

    def text(self, field: str, required: bool = True) -> str:
        value = self._get(field, str, N_("a string"), required)
        if value is not None and not value.strip() and required:
            self.fail(field, N_("is empty"))
        return value or ""

    def number(self, field: str, limit: float = MAX_NUMBER) -> float:
        """A finite number no larger than `limit` either way (nan, inf and -1e308
        are slips, and would break every place that draws or sums them)."""
        raw = self.table.get(field)
        if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) > limit:
            # (An integer of 400 digits is too large for a float: OverflowError.)
            self.seen.add(field)
            self.fail(field, N_("{value:g} is out of range (at most {limit:g} either way)"),
                      value=Context(prec=6).create_decimal(raw), limit=limit)  # fmt: skip
            return 0.0
        value = self._get(field, float, N_("a number"), True)
        if value is None:
            return 0.0
        if not math.isfinite(value):
            self.fail(field, N_("must be a finite number, not {value}"), value=value)
            return 0.0
        if abs(value) > limit:
            self.fail(field, N_("{value:g} is out of range (at most {limit:g} either way)"),
                      value=value, limit=limit)  # fmt: skip
            return 0.0
        return value

    def report_unknown(self) -> None:
        """Keys nobody reads are usually misspelt ones (`evidense`): say so."""
        for field in self.table:
            if field not in self.seen:
                self.fail(str(field), N_("unknown key"))

    def texts(self, field: str, required: bool = False) -> tuple[str, ...]:
        value = self._get(field, list, N_("a list of strings"), required)
        if value is None:
            return ()
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{field}[{index}]", N_("must be a non-empty string"))
        return tuple(item for item in value if isinstance(item, str) and item.strip())

    def flag(self, field: str, required: bool = True) -> bool:
        """A true or false value (TOML's `true`/`false`, not a string)."""
        value = self._get(field, bool, N_("true or false"), required)
        return bool(value)

    def choice(self, field: str, choices: tuple[str, ...], required: bool = True) -> str:
        value = self.text(field, required)
        if value and value not in choices:
            self.fail(field, N_("must be one of {choices}; got {value}"),
                      choices=", ".join(choices), value=repr(value))  # fmt: skip
        return value

    def identifier(self, field: str) -> str:
        """A required id: lowercase words joined by '-'."""
        value = self.text(field)
        if value and not ID_PATTERN.match(value):
            self.fail(field, N_("must be lowercase words joined by '-', not {value}"),
                      value=repr(value))  # fmt: skip
        return value

    def date(self, field: str, required: bool = True) -> tuple[str, PartialDate | None]:
        """The field's text, and the date it gives (None when empty or not a date)."""
        text = self.text(field, required)
        date = parse_date(text) if text else None
        if text and date is None:
            self.fail(field, N_("bad date {value}: use YYYY, YYYY-MM or YYYY-MM-DD"),
                      value=repr(text))  # fmt: skip
        return text, date
