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


_LINKS_LATIN = {"بن": "bin", "بنت": "bint", "ابن": "ibn", "ال": "Al", "ابو": "Abu", "ابد": "Abd"}


def display_latin(arabic: str) -> str:
    """An Arabic name in Latin letters to show as its English name: `romanise` per word,
    capitalised, the article written al- (أحمد العمري is "Ahmd al-Amri"). Readable, not
    a scholarly transliteration: whoever shows it says it is one."""
    words = []
    for word in _MARKS.sub("", arabic).replace("ع", "ا").split():
        bare = normal_word(word)
        if bare in _LINKS_LATIN:
            words.append(_LINKS_LATIN[bare])
        elif bare.startswith("ال") and len(bare) > 3:
            rest = romanise(word[2:])
            words.append(f"al-{rest.capitalize()}" if rest else "")
        else:
            words.append(romanise(word).capitalize())
    return " ".join(word for word in words if word)
