"""Cues for names in Arabic news: who and what a text names, and what kind each is.

Each cue is a pattern Arabic news writes by habit (the word lists are in lexicon.py):
- a dateline: `دبي: «الخليج»`, `دبي «الخليج»:`, `دبي ـ «الخليج»:`, `أبوظبي - وام:` name the
  outlet (whatever quote or dash), `دبي - مدحت السويفي:` the reporter;
- a head noun before a name: `شركة X`, `وزارة X`, `هيئة الصحة بدبي`, `المجلس التنفيذي
  لدبي`, `مؤسسة دبي للإعلام`, `صحيفة «X»`, `معرض «X»`, `نظام «X»` (the head gives the kind);
  `كحكومة X` ("as a government") and `مجموعة متنوعة` name nothing;
- a company as the subject of what companies do: `أعلنت X عن`, `أطلقت X أمس`;
- business news: exchanges by their city or country (`بورصة الكويت`, `سوق دبي المالي`,
  `البورصة القطرية`, a city's market where shares trade), listed companies in market
  reports (`X بإغلاق 0.36 درهم`, `كل من: X بنسبة 9،3%، Y ...`, `سهم X بقيمة تداولات`,
  `وارتفع X 2% إلى 1.28 درهم، وY عند 0.84 درهم`, `وجاء X الأكثر نشاطاً`, `تصدرت X قائمة
  الشركات`, `شركتي X وY`), a body named by its city that announces (`أعلنت موانئ دبي
  العالمية عن`);
- a head that alone also means a place, a programme, a motion or troops, when a leader,
  a member or a speaker goes with it (`رئيس مركز X`, `قائد قوات X`, `عناصر تنظيم X`, `قال
  برنامج X`, `قالت حركة فتح`, `قالت الجبهة الشعبية`);
- a body by the article and a nationality: `الخارجية البريطانية` (وزارة understood),
  `المرصد السوري لحقوق الإنسان`;
- a person: a title or rank before the name (`صاحب السمو الشيخ`, `اللواء`, `د .`), a
  speech verb, a role after the name with or without a comma (`X، مدير ...`, `X مدير ...`)
  or before it (`الرئيس الأمريكي X`, `وزير المالية الدكتور X`), an appointment, a common
  given name. A name runs through بن/بنت/ابن/آل/أبو/عبد chains (`حمدان بن محمد بن راشد آل
  مكتوم`) and compound names (`أنور الحق`); it ends at a verb, a role, a place, a function
  word or a family name with the article. Blessings (`رعاه الله`) are never names;
- quoted names `«X»`, with a Latin gloss `(X)` when the text gives one; `«X» من «Y»` makes X
  a product of Y; a name in brackets after a body is another name for it (`(دو)`).
A person's role is kept as the text writes it (the apposition), for the people table.
The result is a list of mentions; entities.py merges them into entities.

The cues are a package: `scan.Scan` holds one paragraph's tokens and the mentions found
so far; each job is a collaborator that reads it and adds to it (quoted.py: datelines,
quoted and bracketed names; bodies.py: head nouns, institutions, exchanges;
cued_bodies.py: bodies with no head noun; companies.py: business news; people.py:
titles, roles, speakers, appositions, ages; lists.py: list items; modelled.py: the name
model's own names; known_bodies.py: widely known bodies named with no cue; lineups.py: the players of a team sheet), with chains.py (where a name runs) and roles.py (a role after a name)
shared by several, and words.py the word shapes they share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Sequence

from ...model import Paragraph
from ...pacing import Pacer
from ..lexicon import normal_word
from ..tokens import Mention
from .bodies import Bodies
from .chains import NameChains
from .companies import Companies
from .cued_bodies import CuedBodies
from .known_bodies import KnownBodies
from .lineups import LineUps
from .lists import ListItems
from .modelled import ModelNames
from .people import People
from .quoted import QuotedNames
from .roles import Roles
from .scan import Corpus, Scan
from .words import nationality

__all__ = ["find_mention_steps", "nationality"]

_BODIES = frozenset({"company", "organisation", "government", "publication", "lab"})


def _resolve(mentions: list[Mention], text: str = "") -> list[Mention]:
    """One paragraph's mentions without those another contains: a person inside a longer
    person (راشد آل مكتوم in محمد بن راشد آل مكتوم) or inside a body's name (مؤسسة محمد بن
    راشد للإسكان), the weaker of two people that overlap, and a body that a longer body's
    name starts or ends with at the same place."""
    kept: list[Mention] = []
    order = sorted(mentions, key=lambda m: (-(m.end - m.start), -m.strength, not m.role))
    for mention in order:
        inside = [
            k for k in kept
            if k.start <= mention.start and mention.end <= k.end and (k.start, k.end) != (
                mention.start, mention.end)
        ]  # fmt: skip
        if mention.kind == "person" and any(k.kind == "person" or k.strength >= 3 and
                                            k.kind != "product" for k in inside):  # fmt: skip
            continue
        if mention.kind == "person" and any(
            k.kind == "person" and k.start < mention.end and mention.start < k.end
            and k.strength >= mention.strength for k in kept
        ):  # fmt: skip
            continue
        if mention.kind == "person" and any(
            m.kind in ("company", "organisation", "government", "publication", "lab")
            and m.strength >= 3 and m.start < mention.end and mention.start < m.end
            for m in mentions
        ):  # fmt: skip
            continue  # "شركة إلكاتيل لوسنت الدولية": a head noun's body, not a person
        if mention.kind != "person" and any(
            k.kind == "person" and k.strength >= mention.strength and k.start <= mention.start
            and mention.end <= k.end for k in kept
        ):  # fmt: skip
            continue
        if mention.kind in _BODIES and any(
            k.kind in _BODIES and k.start < mention.start and k.end == mention.end for k in kept
        ) and text[mention.start - 1 : mention.start] != "ل":  # fmt: skip
            continue  # "ليفن بيرت للاستشارات" holds "بيرت للاستشارات": the body is the longer
            # (not "الأمانة العامة لمجلس التعاون": ل, "of", joins two bodies)
        if mention.kind in _BODIES and any(
            k.kind in _BODIES and k.start == mention.start and mention.end < k.end
            and k.kind == mention.kind for k in kept
        ):  # fmt: skip
            continue  # "مصرف السلام - السودان" holds "مصرف السلام": one body named there
        kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def find_mention_steps(
    paragraphs: Sequence[Paragraph], chars: int, keep: Callable[[Mention], object]
) -> Generator[None, None, None]:
    """Every name the cues find, in steps: it yields every `chars` characters (a book
    drafts in the background without holding up the screen). Each mention goes to `keep`
    as it is found: a book has tens of thousands, which the caller need not hold at once."""
    counts: dict[str, int] = {}
    pacer = Pacer(chars)
    for paragraph in paragraphs:
        text = paragraph.text
        if pacer.due(text):
            yield
        for word in re.findall(r"\w+", text):
            norm = normal_word(word)
            counts[norm] = counts.get(norm, 0) + 1
    corpus = Corpus(counts)
    # The cues cost about twenty times a pass of regexes, and the name model as much again.
    pacer = Pacer(max(1, chars // 50))
    for paragraph in paragraphs:
        index, text = paragraph.index, paragraph.text
        if pacer.due(text):
            yield
        scan = Scan(index, text, corpus)
        chains = NameChains(scan)
        roles = Roles(scan, chains)
        quoted = QuotedNames(scan, chains, roles)
        bodies, cued = Bodies(scan, chains), CuedBodies(scan, chains)
        companies = Companies(scan, chains)
        people = People(scan, chains, roles)
        # The order of the passes matters: a later cue reads what an earlier one found.
        quoted.dateline()
        quoted.quoted_names()
        bodies.headed_names()
        bodies.places_as_bodies()
        companies.company_subjects()
        cued.bodies_in_roles()
        cued.definite_bodies_of_roles()
        companies.market_listings()
        companies.market_lists()
        companies.shares_of()
        companies.price_moves()
        companies.most_active()
        companies.particle_subjects()
        companies.typed_names()
        companies.examples()
        companies.leaders_and_pairs()
        bodies.exchanges()
        cued.body_cues()
        cued.named_by_words()
        cued.news_outlets()
        quoted.told_glued()
        quoted.interviewed_by()
        quoted.bracketed()
        quoted.quoted_aliases()
        people.people()
        people.speakers_after()
        LineUps(scan, chains).line_ups()
        ListItems(scan, chains).list_items()
        ModelNames(scan).model_names()
        KnownBodies(scan).known_bodies()  # after the model: its guess gives way
        for mention in _resolve(scan.mentions, text):
            keep(mention)
