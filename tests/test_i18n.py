"""The interface language: choosing it, and English as the identity catalogue."""

from __future__ import annotations

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
