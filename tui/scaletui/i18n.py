"""The interface language: message catalogues and how numbers and dates read.

English is the source language (the msgids); other languages are gettext
catalogues under `locale/<code>/LC_MESSAGES/scaletui.mo`. The app holds one
`Language`, chosen at start (`--lang`, `SCALETUI_LANG`, else the locale), and
hands it to what draws chrome. Story text is never translated or re-digited.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DOMAIN = "scaletui"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANG_ENV = "SCALETUI_LANG"
LANGUAGES = ("en", "ar")
RTL_LANGUAGES = frozenset({"ar"})


def N_(message: str) -> str:
    """Marks a string for the catalogue where it is defined (class attributes,
    tables); it is translated where it is shown, with `Language.gettext`."""
    return message


@dataclass(frozen=True)
class Language:
    code: str = "en"
    translations: gettext.NullTranslations = field(
        default_factory=gettext.NullTranslations, compare=False, repr=False
    )

    @property
    def rtl(self) -> bool:
        return self.code in RTL_LANGUAGES

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.translations.ngettext(singular, plural, count)


ENGLISH = Language()


def load_language(code: str) -> Language:
    """The language `code`; unknown codes raise ValueError (the CLI says so in one line)."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}: expected one of {', '.join(LANGUAGES)}")
    if code == "en":
        return ENGLISH
    translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)
    return Language(code, translations)


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
