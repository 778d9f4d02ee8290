"""The interface language: message catalogues and how numbers and dates read.

English is the source language (the msgids); other languages are gettext
catalogues under `locale/<code>/LC_MESSAGES/scaletui.mo` (compiled from the
`.po` beside it, the source of truth). The app holds one `Language`, chosen at
start (`--lang`, `SCALETUI_LANG`, else the locale), and hands it to what draws
chrome. Story text is never translated or re-digited.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import Literal, NamedTuple

from .dates import arabic_date, hijri_label, iso_date
from .numerals import DIGIT_STYLES, Digits, localize_digits, plain_number

DOMAIN = "scaletui"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANG_ENV = "SCALETUI_LANG"
DIGITS_ENV = "SCALETUI_DIGITS"
HIJRI_ENV = "SCALETUI_HIJRI"
LANGUAGES = ("en", "ar")
RTL_LANGUAGES = frozenset({"ar"})

__all__ = [
    "DIGIT_STYLES",
    "ENGLISH",
    "Digits",
    "Language",
    "N_",
    "Said",
    "language_from_environment",
    "load_language",
    "shown_path",
    "visible",
]


def N_(message: str) -> str:
    """Marks a string for the catalogue where it is defined (class attributes,
    tables); it is translated where it is shown, with `Language.gettext`."""
    return message


class Language(NamedTuple):  # (a NamedTuple: a dataclass costs over a millisecond to make)
    code: str = "en"
    translations: gettext.NullTranslations = gettext.NullTranslations()  # shared: stateless
    digits: Digits = "latin"
    hijri: bool = False  # the Hijri date beside the Gregorian one in the timeline

    @property
    def rtl(self) -> bool:
        return self.code in RTL_LANGUAGES

    @property
    def direction(self) -> Literal["ltr", "rtl"]:
        """The chrome's base direction: where a line with no letters sits."""
        return "rtl" if self.rtl else "ltr"

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.translations.ngettext(singular, plural, count)

    def counted(self, singular: str, plural: str, count: int, **fields: object) -> str:
        """`ngettext`'s message for `count`, its `{count}` written as this reader writes
        numbers and any other fields filled in (the extraction keywords list it)."""
        return self.ngettext(singular, plural, count).format(count=self.number(count), **fields)

    def pgettext(self, context: str, message: str) -> str:
        """A message whose translation depends on where it is shown (a short tab name)."""
        return self.translations.pgettext(context, message)

    # -- numbers and dates -----------------------------------------------------------

    def digits_of(self, text: str) -> str:
        """A chrome string's digits as this reader writes them (never story text)."""
        return localize_digits(text, self.digits)

    def number(self, value: float) -> str:
        """A count or a figure with separators: 1,234 or ١٬٢٣٤."""
        return localize_digits(plain_number(value), self.digits)

    def date(self, year: int, month: int | None = None, day: int | None = None) -> str:
        """A (partial) date: ISO for English, `30 يونيو 2025` for Arabic."""
        if self.rtl:
            return arabic_date(year, month, day, self.digits)
        return localize_digits(iso_date(year, month, day), self.digits)

    def hijri_date(self, year: int, month: int | None = None, day: int | None = None) -> str:
        """The Hijri date a Gregorian (partial) date falls in ("" outside its range)."""
        return hijri_label(year, month, day, arabic=self.rtl, digits=self.digits)


ENGLISH = Language()


class Said:
    """A message kept as its catalogue template and fields, to be said in any language
    later (an error raised by pure code, shown by the CLI in the reader's language).
    A field that is itself `Said` is translated too; `str()` is the English."""

    def __init__(self, template: str, **fields: object) -> None:
        self.template = template
        self.fields = fields

    def in_language(self, language: Language, isolate_paths: bool = False) -> str:
        """`isolate_paths`: in a right-to-left language, a path is an isolate, so its
        leading / stays at its start; for text the layout engine shows (a terminal
        sent it raw might draw the controls)."""
        values: dict[str, object] = {}
        for name, value in self.fields.items():
            if isinstance(value, Said):
                value = value.in_language(language, isolate_paths)
            elif isinstance(value, PurePath):
                value = shown_path(value, language) if isolate_paths else visible(str(value))
            values[name] = value
        return language.gettext(self.template).format(**values)

    def __str__(self) -> str:
        return self.in_language(ENGLISH)


def shown_path(path: PurePath | str, language: Language) -> str:
    """A path in a sentence of `language`, for text the layout engine shows: its
    controls made `visible`, and in a right-to-left language it keeps its own order
    (its leading / stays at its start) as a first-strong isolate, which the engine
    lays out like every message (layout.bidi.isolated; not imported from this
    lowest layer)."""
    text = visible(str(path))
    return f"\u2068{text}\u2069" if language.rtl else text


def visible(text: str) -> str:
    """`text` with its control characters shown, not obeyed: C0 controls and DEL as
    their Control Pictures (ESC as ␛), C1 ones as U+FFFD. A file's name may hold
    `ESC ] 0 ; … BEL`, which retitles a terminal, or ESC [ 2 J, which clears it: every
    message that names a path or repeats what the reader typed goes through this."""
    if text.isprintable():
        return text
    return text.translate(_VISIBLE)


_VISIBLE = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}
_VISIBLE |= {code: "\ufffd" for code in range(0x80, 0xA0)}


def say(message: str | Said, language: Language, isolate_paths: bool = False) -> str:
    """A message that may be a `Said`, in `language` (`isolate_paths`: see Said)."""
    return message.in_language(language, isolate_paths) if isinstance(message, Said) else message


def said_in(error: BaseException, language: Language, isolate_paths: bool = False) -> str:
    """An exception's message in `language` when it was raised with a `Said`."""
    first = error.args[0] if error.args else None
    return first.in_language(language, isolate_paths) if isinstance(first, Said) else str(error)


def load_language(code: str, digits: str | None = None, hijri: bool = False) -> Language:
    """The language `code` (digits: Arabic-Indic for Arabic unless asked otherwise).

    Unknown codes and digit styles raise ValueError (the CLI says so in one line).
    """
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}: expected one of {', '.join(LANGUAGES)}")
    if digits is not None and digits not in DIGIT_STYLES:
        raise ValueError(f"unknown digits {digits!r}: expected one of {', '.join(DIGIT_STYLES)}")
    chosen: Digits = (
        "arabic" if digits == "arabic" or (digits is None and code == "ar") else "latin"
    )
    if code == "en":
        return (
            ENGLISH
            if (chosen, hijri) == ("latin", False)
            else Language("en", digits=chosen, hijri=hijri)
        )
    try:
        translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=[code])
    except OSError:
        raise ValueError(f"the {code!r} catalogue is missing from {LOCALE_DIR}") from None
    return Language(code, translations, chosen, hijri)


def language_from_environment(environ: Mapping[str, str]) -> str:
    """`SCALETUI_LANG`, else the locale's language (LC_ALL, LC_MESSAGES, LANG), else English."""
    wanted = environ.get(LANG_ENV, "").strip().lower()
    if wanted:
        return wanted
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if value:
            code = value.split("_", 1)[0].split(".", 1)[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def digits_from_environment(environ: Mapping[str, str]) -> str | None:
    """`SCALETUI_DIGITS` (arabic or latin), or None for the language's own."""
    return environ.get(DIGITS_ENV, "").strip().lower() or None


HIJRI_ON = ("1", "yes", "true", "on")
HIJRI_OFF = ("", "0", "no", "false", "off")


def hijri_from_environment(environ: Mapping[str, str]) -> bool:
    """`SCALETUI_HIJRI` on or off; ValueError for any other value (as the other
    variables say theirs: a misspelt one is not quietly taken as off)."""
    value = environ.get(HIJRI_ENV, "").strip().lower()
    if value not in HIJRI_ON + HIJRI_OFF:
        expected = ", ".join(HIJRI_ON + HIJRI_OFF[1:])
        raise ValueError(f"unknown {HIJRI_ENV} {value!r}: expected one of {expected}")
    return value in HIJRI_ON
