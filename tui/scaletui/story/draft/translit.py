"""Arabic names in Latin letters: ids for drafted items, and Latin names matched to Arabic.

`romanise` is a small, readable mapping for ids (not a scholarly transliteration):
one Latin letter or digraph per Arabic letter; alef, waw and yeh are vowels (a, u, i)
inside a word and consonants (w, y) at its start; hamza and ain are dropped; "نغ" is
"ng", as in the foreign names Arabic news transliterates. So ستيفن هوكينغ is
`stifn-huking` and سامسونغ is `samsung`. The libraries that exist for this
(Unidecode, anyascii) drop long vowels (a name loses its a, u and i), which reads worse.

`skeleton` reduces a name in either script to its consonant classes, so a Latin-script
name in Arabic text ("Samsung", "Stephen Hawking") can be matched to the Arabic name it
transliterates (سامسونغ، ستيفن هوكينغ).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .lexicon import normal_word

_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")  # tatweel, harakat, dagger alef

_LETTERS: dict[str, str] = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ى": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "u", "ي": "i", "ة": "a", "ء": "", "ؤ": "", "ئ": "",
    "پ": "p", "ڤ": "v", "چ": "ch", "گ": "g", "ک": "k", "ی": "i",
}  # fmt: skip
_DIGITS = {chr(0x660 + d): str(d) for d in range(10)}


def romanise(arabic: str) -> str:
    """Lower-case Latin for an Arabic name, words joined by '-' (digits kept)."""
    words = []
    for word in _MARKS.sub("", arabic).split():
        word = word.replace("نغ", "ng")
        out = []
        for at, char in enumerate(word):
            if char in "وي" and at == 0:
                out.append("w" if char == "و" else "y")
            elif char in "اأإ" and at == 0 and len(word) > 1 and word[1] in "وي":
                continue  # the alef only carries the vowel the next letter writes
            else:
                out.append(_DIGITS.get(char, _LETTERS.get(char, char)))
        latin = re.sub(r"([aiu])\1+", r"\1", "".join(out))  # إيه is "ih", not "iih"
        words.append(re.sub(r"[^a-z0-9]+", "", latin))
    return "-".join(word for word in words if word)


# Consonant classes shared by both scripts. Vowels, h, w, y, alef, waw, yeh, hamza and
# ain are dropped (news spells them freely); g and j are one class (جرينلاند and غرينلاند
# are both Greenland), as are k and q, s and sh, t and th, d and dh, f and v, b and p.
_ARABIC_CLASSES = str.maketrans({
    "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ط": "t", "ج": "g", "غ": "g", "گ": "g",
    "خ": "k", "ق": "k", "ك": "k", "ک": "k", "د": "d", "ذ": "d", "ض": "d", "ر": "r",
    "ز": "z", "ظ": "z", "س": "s", "ش": "s", "ص": "s", "ف": "f", "ڤ": "f", "ل": "l",
    "م": "m", "ن": "n", "چ": "s",
})  # fmt: skip
_LATIN_DIGRAPHS = (("sch", "s"), ("ch", "s"), ("ck", "k"), ("ph", "f"), ("x", "ks"))
_LATIN_CLASSES = str.maketrans({"c": "k", "q": "k", "j": "g", "p": "b", "v": "f"})


def skeleton(name: str) -> str:
    """The consonant classes of a name in Arabic or Latin script, doubles collapsed."""
    text = normal_word(name).lower()
    if re.search(r"[a-z]", text):
        for pair, single in _LATIN_DIGRAPHS:
            text = text.replace(pair, single)
        text = text.translate(_LATIN_CLASSES)
        classes = re.sub(r"[^bdfgklmnrstz0-9]", "", text)
    else:
        text = text.translate(_ARABIC_CLASSES)
        classes = re.sub(r"[^bdfgklmnrstz0-9]", "", text)
    return re.sub(r"(.)\1+", r"\1", classes)


_LINKS_LATIN = {"بن": "bin", "بنت": "bint", "ابن": "ibn", "ال": "Al", "ابو": "Abu", "عبد": "Abd"}
SPELLINGS_FILE = Path(__file__).with_name("name_spellings.tsv")


class _Spellings(NamedTuple):
    names: dict[str, str]  # a name word (normal_word) and its usual English spelling
    after_abd: dict[str, str]  # a divine name that follows عبد, without its article


@cache
def _spellings() -> _Spellings:
    """The table of name words' usual spellings, read the first time a name is shown."""
    names: dict[str, str] = {}
    after_abd: dict[str, str] = {}
    for line in SPELLINGS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        arabic, latin, *use = line.split("\t")
        table = after_abd if use == ["divine"] else names
        key = normal_word(arabic)
        table.setdefault(key, latin)
        if key.endswith("ة"):  # نوره as well as نورة
            table.setdefault(key[:-1] + "ه", latin)
    return _Spellings(names, after_abd)


def _spelt(bare: str) -> str:
    """A name word's usual spelling ("" when the table has none): the word itself, a family
    name with the article (العمري: al-Amri), or عبد and a divine name (عبدالرحمن)."""
    table = _spellings()
    if bare in table.names:
        return table.names[bare]
    if bare.startswith("ال") and bare[2:] in table.names:
        return f"al-{table.names[bare[2:]]}"
    if bare.startswith("عبدال") and bare[5:] in table.after_abd:
        return "Abdul" + table.after_abd[bare[5:]].lower()
    return ""


def _consonant_waw(word: str) -> str:
    """A word to romanise for display: ain read as the vowel it carries, and the waw of
    the nisba -awi a consonant (الحساوي: al-Hsawi, not al-Hsaui). Ids keep `romanise`'s
    own reading: notes are filed under them."""
    word = word.replace("ع", "ا")
    return word[:-3] + "اwي" if len(word) > 4 and word.endswith("اوي") else word


def display_latin(arabic: str, known_only: bool = False) -> str:
    """An Arabic name in Latin letters to show as its English name: each word as English
    news usually spells it (محمد بن راشد is "Mohammed bin Rashid", العمري "al-Amri"), else
    `romanise`d and capitalised, the article written al- (سامي القمزي is "Sami al-Qmzi").
    Readable, not a scholarly transliteration: whoever shows it says it is one.

    Args:
        arabic: the name as the text writes it.
        known_only: give "" unless the table spells every word (a body's name, whose
            common nouns romanised letter by letter read as garbage).

    Returns:
        The name in Latin letters, words separated by spaces ("" if it has no letters).
    """
    words = []
    written = _MARKS.sub("", arabic).split()
    at = 0
    while at < len(written):
        word, bare = written[at], normal_word(written[at])
        at += 1
        after = normal_word(written[at]) if at < len(written) else ""
        if (bare == "عبد" and after) or after == "الله":  # عبد الرحمن, عطا الله: one name
            spelt = _spelt(bare + after)
            if spelt:
                words.append(spelt)
                at += 1
                continue
        spelt = _LINKS_LATIN.get(bare) or _spelt(bare)
        if spelt:
            words.append(spelt)
        elif known_only:
            return ""
        elif bare.startswith("ال") and len(bare) > 3:
            rest = romanise(_consonant_waw(word[2:]))
            words.append(f"al-{rest.capitalize()}" if rest else "")
        else:
            words.append(romanise(_consonant_waw(word)).capitalize())
    return " ".join(word for word in words if word)
