"""Companies in business news (`Companies`)."""

from __future__ import annotations

from ..lexicon import (
    COMPANY_WORDS,
    EXCHANGE_HEADS,
    GIVEN_NAMES,
    NOT_NAMES,
    OFFICE_ADJECTIVES,
    ORGANISATION_HEADS,
    PLACES,
    PLURAL_HEADS,
    ROLES,
    SECTOR_SUFFIX,
    SECTORS,
    STOPWORDS,
    VERBS,
    word_set,
)
from ..tokens import HEAD_WORDS, MARKS, Token, cue_of, is_name_word
from .chains import NameChains
from .scan import Cues, Scan
from .words import (
    AFTER_COMPANY,
    LEGAL_FORMS,
    PRONOUN_SUFFIX,
    SHARE_LED,
    SHARES,
    future_verb,
    is_verbal_noun,
    nationality,
    two_word_place,
    verb_shaped,
)

# What companies do, said with a feminine verb (a company is grammatically feminine).
_COMPANY_VERBS = word_set(
    "أعلنت أطلقت كشفت طرحت دشنت وقعت استضافت وسعت احتلت أزاحت افتتحت أبرمت "
    "حققت سجلت نظمت اختتمت قامت استحوذت"
)

# "استحوذت X على Y": what a company acquires follows على.
_ACQUIRED = word_set("استحوذت")

_CHANGE_OR_VALUE = word_set("بنسبة بقيمة")
_QUOTES = '«»"“”'
# A market report's verbs of order with the pronoun of the item before ("تلاه X بقيمة",
# "تلته X"): "followed by", the next item of the list, never a word of its name.
_FOLLOWED_BY = word_set("تلاه تلاها تلته تلتها يليه يليها تليه تليها تبعه تبعها تبعته")

_TOPPED = word_set("تصدرت تصدر")

_LISTED = word_set("الشركات الاسهم")

_TWO_COMPANIES = word_set("شركتي شركتا")
_COMPANY_HEAD = word_set("شركة")
# Plurals of a place's bodies and people, no body's name: "أعلنت سلطات دبي عن".
_PLACE_PLURALS = word_set(
    "سلطات قيادات جهات دوائر مدارس جامعات مستشفيات اوساط دول حكومات مسؤولو مسؤولي سكان "
    "مواطنو مواطني تجار رجال"
)
# What follows a company's name as it announces: "أعلنت X عن", "أعلنت X أمس".
_ANNOUNCING = word_set("عن أمس اليوم")
# Elatives, which begin what is said of a share: "سهم X أعلى ارتفاع بنسبة 5%".
_ELATIVES = word_set("اعلي ادني اكبر اكثر اقل افضل")
# Prepositions, which begin what is said of a share: "في المرتبة"، "على ارتفاع".
_PREPOSITIONS = word_set("في على من الى عن خلال")

_SHARE = word_set("سهم")

# "such as": "شركات أخرى، مثل X وY" gives examples of the plural before it.
_SUCH_AS = word_set("مثل ومثل")

# A market's sector or index is no company: "أسهم قطاع البنوك بنسبة 2%".
_SECTOR_OR_INDEX = word_set("قطاع قطاعات مؤشر")

# Words of a number's scale: "4 .7 مليار سهم" counts shares.
_SCALES = word_set("ألف آلاف مليون ملايين مليار مليارات")

# The particles after which a clause's subject comes first: "إن اتصالات تعمل".
_THAT = word_set("أن إن")


def _feminine_verb(norm: str) -> bool:
    """A verb a company is the subject of, by its shape: the feminine present (تعمل،
    تولي، تستعد) or past (انتهت، حققت), not a noun in ة or a plural in ات."""
    if not 4 <= len(norm) <= 7 or norm.endswith(("ة", "ات", "وت")) or norm.startswith("ال"):
        return False
    return norm[0] == "ت" or norm[-1] == "ت" or norm in VERBS


# Verbs a market report gives a company's trading with: "حققت X تداولات بقيمة".
_TRADED = word_set("حققت جاءت سجلت")

_FIGURE_WORDS = word_set(
    "تداولات مليون ملايين مليار درهم دراهم درهماً دولار دولاراً ريال ريالاً الف %"
)

# What came first among the shares: "وجاء X الأكثر نشاطاً", "وحل X الأكثر ارتفاعاً".
_CAME = word_set("جاء وجاء حل وحل")
_MOST_WHAT = word_set("نشاطا تداولا ارتفاعا تراجعا انخفاضا")
_TRADED_MOST = word_set("نشاطا تداولا")
# A market report's verbs of a price, and their verbal nouns: "وارتفع صروح 2% إلى 1.28
# درهم، وإعمار 0.96% ...", "لارتفاع مؤشر سوق دبي 0.23% ... وسوق أبوظبي 0.49%".
_PRICE_MOVES = word_set(
    "ارتفع ارتفعت تراجع تراجعت انخفض انخفضت هبط هبطت صعد صعدت قفز قفزت زاد زادت "
    "ارتفاع انخفاض هبوط صعود"
)
# What a price moves by or to: "بنسبة 2%", "عند 0.37 درهم", "إلى 1.28 درهم".
_MOVE_WORDS = word_set("بنسبة عند الى")
# A share's price is in money or in %; an index moves in points (نقطة).
_CURRENCIES = word_set("درهم دراهم درهماً ريال ريالاً ريالات دينار دنانير ديناراً فلس فلساً")
_POINTS = word_set("نقطة نقاط")
# How a price moved, before its figure: "هبط سهم X بالحد الأدنى 10%".
_MANNER = word_set("بالحد الحد الادني الاعلي بمقدار")
# A move's trading after it: "عند 0.84 درهم بتداول 37.9 مليون سهم".
_TRADING = word_set("بتداول بتداولات تداول سهم")
# The same with the proclitics they are written with: وارتفع، فيما تراجع، لارتفاع.
_PRICE_MOVES_WRITTEN = frozenset(
    clitic + verb for verb in _PRICE_MOVES for clitic in ("", "و", "ف", "ل", "ول", "ب", "وب")
)
# What opens another clause, and so ends a list of moves.
_OTHER_CLAUSE = word_set("فيما بينما حيث كما لكن الا")
# Measures a report moves that are no company: "ارتفعت أسعار النفط 2%", "ارتفع حجم التداول".
_MARKET_MEASURES = word_set(
    "مؤشر قطاع سوق بورصة سعر اسعار قيمة حجم عدد نسبة صافي اجمالي متوسط ارباح ايرادات "
    "مبيعات تداولات سيولة"
)

# A market report's words that end a share's name: a closing verb or its adjective
# ("ليغلق عند", "مرتفعاً بنسبة"), a relative (`سهم X الذي ارتفع`), what the share led or
# where it came (`سهم X الأسهم المتراجعة`, `سهم X القائمة`, `سهم X المركز الثاني`,
# `سهم X صدارة التداولات`), the holders a body calls (`شركة X المساهمين لحضور`).
_CLOSING = word_set(
    "اغلق يغلق ليغلق اقفل يقفل ليقفل استقر يستقر ليستقر مغلقا مرتفعا منخفضا متراجعا مستقرا "
    "مسجلا محققا"
)
_RELATIVES = word_set("الذي التي")
_SHARE_LED = SHARE_LED | word_set("قائمة صدارة")
# What orders a report's items, before the next one: "ثم جاءت X بقيمة", "تلاه X".
_ORDER = word_set("ثم") | _TRADED | _CAME | _FOLLOWED_BY
# Kinds of share, no company: "وأسهم منحة بنسبة 12%".
_SHARE_KINDS = word_set("منحة مجانية ممتازة عادية")


def _for_a_trade(token: Token) -> bool:
    """A noun with ل and no article (`لمواد`, `لصناعة`): what a company makes, whose
    definite genitive follows (`أركان لمواد البناء`)."""
    return token.arabic and token.norm[:1] == "ل" and not token.norm.startswith("لل") and (
        len(token.norm) >= 4 and token.norm[1:] not in STOPWORDS
    )  # fmt: skip


def _ends_listed_name(token: Token) -> bool:
    """A word that a listed company's name never holds and that ends it in a report."""
    return bool(
        token.norm in _PRICE_MOVES_WRITTEN or cue_of(token, _CLOSING | _RELATIVES | _SHARE_LED)
    )


_APPOSITION_NOUNS = word_set("المتخصصة المتخصص المزود الموزع الشركة الرائدة العالمية المطور المشغل")


class Companies(Cues):
    """Companies in business news: the subject of what companies do (`أعلنت X عن`),
    listed companies in market reports (`X بإغلاق 0.36 درهم`, `كل من: X بنسبة 9،3%`, `سهم X
    بقيمة تداولات`), what tops a list of companies and the pair `شركتي X وY`."""

    def __init__(self, scan: Scan, chains: NameChains) -> None:
        super().__init__(scan)
        self.chains = chains
        self._listed = False  # a list of price moves has named a share already

    def market_listings(self) -> None:
        """Business news' lists of shares: `هيتس تليكوم بإغلاق 0.360 درهم` (X closed at),
        `تداول 169 سهماً من بيت التمويل الخليجي،` (shares of X): the words from the last
        mark to `بإغلاق`, or from `سهماً من` to the next mark, name a listed company."""
        for i, token in enumerate(self.tokens):
            if token.norm == "باغلاق" and self._figure_follows(i + 1):
                end, start = i, i
                if (legal := self._legal_letters(i)) is not None:
                    end = start = legal  # "مجموعة اعمار مولز ش,م,ع بإغلاق": the name before it
                while (
                    start > 0
                    and not self.is_punct(start - 1, "،,:.؛")
                    and not (
                        PRONOUN_SUFFIX.search(self.tokens[start - 1].norm)
                        and self.tokens[start - 1].arabic
                        and start < end
                    )
                ):  # "أكثر الشركات انخفاضا في أسعارها X بإغلاق": a name holds no "its"
                    start -= 1
            elif token.norm == "من" and i > 1 and self.tokens[i - 1].norm in SHARES and (
                self.tokens[i - 2].text[:1].isdigit()
            ):  # fmt: skip
                start, end = i + 1, i + 1
                while end < len(self.tokens) and not self.is_punct(end, "،,:.؛"):
                    end += 1
            else:
                continue
            start = next(  # "جاءت اجيليتي بإغلاق": what orders the list, not the name
                (k + 1 for k in range(end - 2, start - 1, -1) if cue_of(self.tokens[k], _ORDER)),
                start,
            )  # fmt: skip
            quoted_name = (
                end - start >= 3 and token.norm == "باغلاق"
                and self.tokens[start].text in _QUOTES and self.tokens[end - 1].text in _QUOTES
            )  # fmt: skip
            if quoted_name:
                start, end = start + 1, end - 1  # "، «دبي الإسلامي» بإغلاق": the quoted name
            words = [t for t in self.tokens[start:end] if t.text != "-"]
            latin = all(t.text.isalpha() and t.text.isascii() for t in words)
            if (
                not 1 <= len(words) <= 6
                or any(
                    k in self.quoted
                    and not quoted_name
                    or cue_of(t, STOPWORDS | VERBS | ROLES)
                    or not t.arabic
                    for k, t in enumerate(self.tokens[start:end], start)
                    if t.text != "-"
                )
                and not latin
            ):  # "Al Salam Holding Company بإغلاق": a name in Latin letters
                continue
            if self.tokens[start].norm[:1] == "و" and self.tokens[start].norm[1:] in STOPWORDS:
                continue
            if end - start > 1 and cue_of(self.tokens[start], ORGANISATION_HEADS) == "شركة":
                start += 1  # "سهماً من شركة ارابتك": the company's name, as its head cue has it
            name_start = self.tokens[start].start + self._and_before(self.tokens[start])
            self.scan.add(self.text[name_start : self.tokens[end - 1].end], "company",
                          "a listed company: `X بإغلاق`, `سهماً من X`", 2, name_start,
                          self.tokens[end - 1].end)  # fmt: skip

    def price_moves(self) -> None:
        """A market report lists shares after a verb of their price: `وارتفع صروح 40 .2%
        إلى 28 .1 درهم، وإعمار 96 .0% إلى 16 .3 درهم`, `كما ارتفع الاتحاد العقارية 29 .12%
        ... وتبريد 71 .8% ...`, `والدار عند 84 .0 درهم`. Each item is a name (up to four
        words, و before the next) and its move: a figure in money or in %, after بنسبة,
        عند or إلى or at once. An item that moves in points is an index; one whose first
        word is a market's measure (أسعار، حجم، مؤشر) names no company; `سوق X` with a
        place is the exchange."""
        for i, token in enumerate(self.tokens):
            if token.norm not in _PRICE_MOVES_WRITTEN:
                continue  # (a set lookup: this pass reads every word of a book)
            k = i + 1
            self._listed = False  # no share of this list read yet
            if (share := self.token(k)) is not None and cue_of(share, SHARES):
                self._listed = True  # a list of shares
                k += 1  # "انخفض سهم الاتحاد العقارية بنسبة": the share's company
                if (each := self.token(k)) is not None and each.norm == "كل" and (
                    (of := self.token(k + 1)) is not None and of.norm == "من"
                ):  # fmt: skip
                    k += 2 + self.is_punct(k + 2, ":")  # "أسهم كل من: X بنسبة 2% وY"
            if (k := self._price_item(k)) == 0 and (start := self._delayed_subject(i + 1)) > 0:
                k = self._price_item(start)  # "وارتفع إلى الحد الأعلى ... دانة غاز عند"
            while k > 0:
                k = self._price_item(k)

    def most_active(self) -> None:
        """`وجاء الواحة الأكثر نشاطاً بقيمة تداولات`: what came first among the shares (the
        most traded, risen or fallen) is a listed company: the one to three words between
        جاء/حل and الأكثر with a word of trading or of a price's move."""
        for i, token in enumerate(self.tokens):
            if token.norm not in _CAME:
                continue
            most = next(
                (k for k in range(i + 2, min(i + 5, len(self.tokens)))
                 if self.tokens[k].norm == "الاكثر"),
                None,
            )  # fmt: skip
            if most is None or (what := self.token(most + 1)) is None or not cue_of(
                what, _MOST_WHAT
            ):  # fmt: skip
                continue
            words = self.tokens[i + 1 : most]
            if (
                all(t.arabic and not cue_of(t, SHARES) for t in words)
                and self._priced_share(words)
                or len(words) == 1
                and self._listed_alone(words[0])
                and cue_of(what, _TRADED_MOST)
            ):
                # one definite word, when it was the most traded (not "الأداء الأكثر تراجعاً")
                self._company(i + 1, most, "`جاء X الأكثر نشاطاً`")

    def _delayed_subject(self, k: int) -> int:
        """Where the first item begins when the verb's complement comes first (`وارتفع إلى
        الحد الأعلى مع اختفاء العروض X عند 0.37 درهم`): the words without the article right
        before the first move within a few words, after a definite word; else 0."""
        for move in range(k + 1, min(k + 9, len(self.tokens))):
            tok = self.tokens[move]
            if tok.is_punct or cue_of(tok, VERBS | _PRICE_MOVES):
                return 0
            if not (tok.text[:1].isdigit() or cue_of(tok, _MOVE_WORDS)):
                continue
            start = move
            while start > move - 3 and (word := self.tokens[start - 1]).arabic and not (
                word.has_article and word.norm[:2] != "لل"  # دبي للاستثمار: a firm's trade
                or cue_of(word, STOPWORDS | _MOVE_WORDS)
            ):  # fmt: skip
                start -= 1
            before = self.tokens[start - 1]
            return start if start < move and before.has_article and start - 1 > k else 0
        return 0

    def _price_item(self, k: int) -> int:
        """Read one item of a list of price moves from token k; where the next begins, or
        0 when the list ends."""
        if (opening := self.token(k)) is None or cue_of(opening, _PRICE_MOVES | VERBS | _CLOSING):
            return 0  # "، وارتفع Y": another list, read from its own verb; "وأغلق عند"
        end = k
        while (
            end - k < 4 and (tok := self.token(end)) is not None and tok.arabic
            and not cue_of(tok, _MOVE_WORDS | _MANNER) and end not in self.quoted
            and not (end > k and self._ends_share_name(k, end))
        ):  # fmt: skip
            end += 1
        move = self._move_end(end)
        if end == k or move is None:
            return 0
        last, priced, points = move
        words = self.tokens[k:end]
        if self.scan.strip_and(k):
            words[0] = words[0]._replace(text=words[0].text[1:], norm=words[0].norm[1:],
                                         start=words[0].start + 1)  # fmt: skip
        first = words[0]
        if cue_of(first, EXCHANGE_HEADS) and len(words) >= 2 and words[1].norm in PLACES:
            words = words[: next(  # "سوق دبي خلال أسبوع 2%": the exchange, not when
                (n for n in range(2, len(words)) if cue_of(words[n], STOPWORDS)), len(words)
            )]  # fmt: skip
            self.scan.add(self.text[first.start : words[-1].end], "organisation",
                          "an exchange by its city in a market's moves", 2, first.start,
                          words[-1].end)  # fmt: skip
        elif priced and not points and self._priced_share(words) and not self._own_share(words):
            self._listed = True
            self.scan.add(self.text[first.start : words[-1].end], "company",
                          "a share's price move: `وارتفع X 2% إلى 1.28 درهم`", 3,
                          first.start, words[-1].end)  # fmt: skip
        # the next item: after a comma, or a word with و, within a few words (the move's
        # trading: "بعد تداول 8 .16 مليون سهم، وY")
        for nxt in range(last, min(last + 8, len(self.tokens))):
            tok = self.tokens[nxt]
            if tok.text in "،,":
                return nxt + 1
            if tok.is_punct and not self._figure_follows(nxt + 1):
                return 0
            if cue_of(tok, VERBS | _PRICE_MOVES | _OTHER_CLAUSE):
                return 0  # "، وارتفع Y", "فيما تراجع Y": another list, from its own verb
            if tok.arabic and tok.norm[:1] == "و" and self.scan.strip_and(nxt):
                return nxt
        return 0

    def _move_end(self, k: int) -> tuple[int, bool, bool] | None:
        """The move of a price from token k (`بنسبة 2%`, `عند 0.37 درهم`, `2% إلى 1.28
        درهم`): where it ends, whether it is a share's (a price in money, or % in a list of
        shares: "ارتفعت الصادرات النفطية 5%" moves no share), whether it gives points."""
        start, priced, points = k, False, False
        while (tok := self.token(k)) is not None:
            if tok.text[:1].isdigit():
                pass
            elif tok.text in "%٪":
                priced = priced or self._listed
            elif tok.text in ".,،":
                if not self._figure_follows(k + 1):
                    break  # a decimal's or a thousands' mark, not the item's end
            elif cue_of(tok, _CURRENCIES):
                # a price, not a total: "الصادرات 5% إلى 300 مليار درهم" is no share's
                priced = priced or not cue_of(self.tokens[k - 1], _SCALES)
            elif cue_of(tok, _POINTS):
                points = True
            elif not (
                cue_of(tok, _MOVE_WORDS | _SCALES | _TRADING | _MANNER) or tok.norm in _FIGURE_WORDS
            ):
                break
            k += 1
        digits = any(t.text[:1].isdigit() for t in self.tokens[start:k])
        return (k, priced, points) if digits else None

    def _listed_alone(self, first: Token) -> bool:
        """One definite word that may name a listed share (`، والدار عند 0.84 درهم`): not
        a place, a function word or a head noun, with or without the article (`سهم
        الشركة` refers back)."""
        return (
            first.has_article and first.norm not in PLACES
            and not cue_of(first, HEAD_WORDS) and first.norm not in STOPWORDS
            and first.norm.removeprefix("ال") not in HEAD_WORDS
            and first.norm.removeprefix("ال") not in _MARKET_MEASURES
        )  # fmt: skip

    def _own_share(self, words: list[Token]) -> bool:
        """`ودبي المالي 09 .5%`: an exchange's own listed share, where the paragraph names
        the exchange (سوق دبي): the same body, which the exchange's cue has."""
        return (
            len(words) == 2 and words[0].norm in PLACES and words[1].norm == "المالي"
            and f"سوق {words[0].text}" in self.text
        )  # fmt: skip

    def _priced_share(self, words: list[Token]) -> bool:
        """A price move's item that may be a company: no function word, verb, role or
        market measure (أسعار النفط), not a common noun alone (الدولار), no accusative."""
        first = words[0]
        listed_alone = self._listed and len(words) == 1 and self._listed_alone(first)
        if self._common_item(words) and not listed_alone or first.norm[:1] == "ب":
            return False
        if any(
            cue_of(t, STOPWORDS | VERBS | ROLES | SHARES | _CURRENCIES) or t.norm in NOT_NAMES
            or _ends_listed_name(t)  # "وتراجع فلساً واحداً إلى", "وأغلق عند"
            or MARKS.search(t.text) and t.text[-1:] in "ًٌٍ"
            or t.norm.removeprefix("ال") in _MARKET_MEASURES
            for t in words
        ):  # fmt: skip
            return False
        if PRONOUN_SUFFIX.search(first.norm) or first.norm.endswith("ه"):
            return False  # "ارتفعت نسبته 2%": a noun with "its"
        return first.has_article or not self.scan.corpus.common(first.norm)

    def _legal_letters(self, k: int) -> int | None:
        """Where a legal form spelt in letters with commas ends a listed name before token k
        (`ش,م,ع`, `ش.م.ب`: one letter, a mark, one letter, a mark, one letter), else None."""
        if k < 5 or not all(
            len(self.tokens[j].norm) == 1 and self.tokens[j].arabic for j in (k - 5, k - 3, k - 1)
        ) or not all(self.is_mark(j) for j in (k - 4, k - 2)):  # fmt: skip
            return None
        return k - 5

    def market_lists(self) -> None:
        """Market reports list companies by their change or their trading: `كل من: وطنية
        للتكافل بنسبة 9،3%، أسمنت أم القيوين بنسبة 4،2%`, `تلاه سهم الدار العقارية بقيمة
        تداولات 11 مليون درهم، سهم صروح العقارية ...`. An item is the words from the last
        mark or figure to `بنسبة`/`بقيمة` and a figure; it names a company when it opens
        the list (after `كل من:`), follows `سهم`, or follows another item at once."""
        last_item = -1  # where the figure of the last item found ends
        for i, token in enumerate(self.tokens):
            if token.norm not in _CHANGE_OR_VALUE or not self._listed_figure(i + 1):
                continue
            start = i
            while start > 0 and not (
                self.is_punct(start - 1, "،,:.؛") or self.tokens[start - 1].text[:1].isdigit()
            ):  # fmt: skip
                start -= 1
            # "وسهم صروح بقيمة": the share's word with its proclitic too
            shares = next(
                (k for k in range(start, i) if cue_of(self.tokens[k], SHARES)), None
            )  # fmt: skip
            opens = (
                start >= 2 and self.is_punct(start - 1, ":")
                and self.tokens[start - 2].norm == "من"
            )  # fmt: skip
            follows = last_item >= 0 and all(
                self._figure_part(k) for k in range(last_item, start)
            )  # fmt: skip
            traded = self._traded(start, i)  # "ثم جاءت إعمار العقارية تداولات بقيمة"
            if shares is None and traded is None and self.tokens[start].norm in _FOLLOWED_BY:
                start, opens = start + 1, True  # "تلاه دبي للاستثمار بقيمة": the next item
                relative = next(
                    (k for k in range(start, i) if cue_of(self.tokens[k], STOPWORDS)), i
                )  # "تلاه X التي احتلت ... بقيمة": the name ends before what is said of it
                if relative < i:
                    self._add_item(self.tokens[start:relative])
                    continue
            if shares is not None:
                start = shares + 1
            elif traded is not None:
                start = traded
            elif not (opens or follows):
                continue
            # "X تداولات بقيمة": the trading of X, not a word of its name
            words = self.tokens[start : i - (self.tokens[i - 1].norm == "تداولات")]
            if shares is not None:  # "سهم الدار العقارية في المرتبة الثانية بقيمة": the
                # share's name ends where a preposition says where it came
                words = words[
                    : next(
                        (
                            k
                            for k, t in enumerate(words)
                            if t.norm in _PREPOSITIONS
                            or k
                            and (t.text.endswith(("اً", "ًا")) or t.norm in _ELATIVES)
                        ),
                        len(words),
                    )
                ]  # fmt: skip  ("سهم X ارتفاعاً بنسبة", "سهم X أعلى ارتفاع بنسبة")
                words = words[: next(  # "سهم الدار العقارية الارتفاعات": the kind ends it
                    (k + 1 for k in range(1, len(words) - 1) if self._company_kind(start + k)),
                    len(words),
                )]  # fmt: skip
                words = words[: next(  # "سهم سنابل الأسهم المرتفعة بنسبة": what it led
                    (k for k in range(1, len(words)) if self._ends_share_name(start, start + k)),
                    len(words),
                )]  # fmt: skip
            words = self._item_words(words)
            if follows and shares is None and words and cue_of(words[0], _COMPANY_HEAD):
                last_item = i + 1  # "، شركة سوق دبي المالي بقيمة": the head noun's cue has it
                continue
            if not 1 <= len(words) <= 5 or any(
                k in self.quoted or not t.arabic or cue_of(t, VERBS | ROLES)
                or cue_of(t, SHARES | _CURRENCIES | _SHARE_KINDS) or _ends_listed_name(t)
                # a function word inside a name is one of its words (أسمنت أم القيوين)
                or cue_of(t, STOPWORDS) and (k in (start, i - 1) or t.norm[:1] == "و")
                for k, t in enumerate(words, start)
            ):  # fmt: skip
                continue
            if self._add_item(words):
                last_item = i + 1

    def _and_before(self, first: Token) -> int:
        """1 when an item's first word is و and a name the text also writes on its own
        (`، ودو بإغلاق` beside `دو`): "and", before the list's next company; else 0
        (وطنية للتكافل begins with و)."""
        bare = first.norm[1:]
        return int(
            first.arabic and first.norm[:1] == "و" and len(bare) >= 2
            and self.scan.corpus.count(bare) > 0 and bare not in STOPWORDS
        )  # fmt: skip

    def _item_words(self, words: list[Token]) -> list[Token]:
        """An item's name among its words: after what orders it or the last item's money
        (`درهماً ثم جاءت X بقيمة`), to a word that ends a listed name (`X الذي ارتفع`)."""
        lead = next(
            (k + 1 for k in range(len(words) - 1, -1, -1)
             if cue_of(words[k], _ORDER | _CURRENCIES)),
            0,
        )  # fmt: skip
        words = words[lead:]
        return words[: next((k for k in range(1, len(words)) if _ends_listed_name(words[k])),
                            len(words))]  # fmt: skip

    def _add_item(self, words: list[Token]) -> bool:
        """A market list's item names a company: its words, to its legal form."""
        if not 1 <= len(words) <= 5 or self._common_item(words):
            return False  # "أسهم البنوك بنسبة 2%", "والأرباح بنسبة 3%": no company
        if any(k.is_punct or not k.arabic or cue_of(k, VERBS | ROLES | SHARES) for k in words):
            return False
        if any(t.norm[:1] == "ل" and t.norm[1:] in ORGANISATION_HEADS for t in words[1:]):
            return False  # "أسهم المنحة لشركة X بنسبة": the head noun's cue names it
        first = words[0]
        if first.norm[:1] == "و" and first.norm[1:] in ORGANISATION_HEADS or self._and_before(
            first
        ):  # fmt: skip
            words = [first._replace(text=first.text[1:], norm=first.norm[1:],
                                    start=first.start + 1), *words[1:]]  # fmt: skip
            # "، ومصرف أبوظبي الإسلامي بنسبة": the next item, with "and"
        words = words[: self._legal_end(words)]
        if len(words) > 1 and cue_of(words[0], _COMPANY_HEAD):
            words = words[1:]  # "حققت شركة أرابتك القابضة تداولات": the name, as شركة X has it
        self.scan.add(self.text[words[0].start : words[-1].end], "company",
                      "a market report's list: `X بنسبة 9،3%`, `سهم X بقيمة`", 2,
                      words[0].start, words[-1].end)  # fmt: skip
        return True

    def shares_of(self) -> None:
        """`سهم X`: the share of a listed company names it, to where the report goes on
        with what the share did: a mark or a figure, a word with ب (بتداولات، بنزوله), an
        accusative (منخفضاً), a verb or a word with و, a definite word after an indefinite
        name; a company's legal form ends it (`سهم القدرة القابضة التراجع الأكثر`)."""
        for i, token in enumerate(self.tokens):
            if not cue_of(token, _SHARE) or i + 1 in self.quoted:
                continue
            counted = self.token(i - 1)
            if counted is not None and (counted.text[:1].isdigit() or counted.norm in _SCALES):
                continue  # "4 .7 مليار سهم تم تداولها": shares a number counts, of no company
            if (head := self.token(i + 1)) is not None and cue_of(head, ORGANISATION_HEADS):
                continue  # "سهم شركة موانئ دبي العالمية": the head noun's cue has it whole
            end = self._name_run(i + 1)
            if (legal := self.token(end)) is not None and (
                legal.norm in COMPANY_WORDS or end > i + 1 and self._company_kind(end)
            ):  # fmt: skip
                end += 1  # "سهم أرابتك القابضة", "سهم إعمار العقارية": its form or kind
            end = next(  # "سهم الدار العقارية الارتفاعات": the kind ends the name
                (k + 1 for k in range(i + 2, end - 1) if self._company_kind(k)), end
            )  # fmt: skip
            for k in range(i + 1, end):
                tok = self.tokens[k]
                if (
                    MARKS.search(tok.text) and tok.text[-1:] in "ًٌٍ"
                    or k > i + 1 and tok.norm[:1] == "ب" and not cue_of(tok, HEAD_WORDS)
                    or tok.norm in NOT_NAMES or not tok.arabic
                    # "سهم دانة غاز ليغلق", "سهم X الذي", "سهم X الأسهم"
                    or k > i + 1 and (_ends_listed_name(tok) or bool(cue_of(tok, SHARES)))
                ):  # fmt: skip
                    end = k
                    break
            words = self.tokens[i + 1 : end]
            if not words or self._common_item(words) or words[0].norm[:1] == "ب":
                continue  # "سهم بقيمة", "سهم الشركة": no company named
            words = words[: self._legal_end(words)]
            self._company(i + 1, i + 1 + len(words), "`سهم X`")

    def _ends_share_name(self, start: int, k: int) -> bool:
        """Token k ends a share's name begun at start: a word with ب (بالحد الأدنى), or a
        phrase of definite words after a name without the article that is not its kind
        or legal form (سهم سنابل الأسهم المرتفعة), unless the name begins with a place
        (دبي المالي) or a head noun."""
        token, first = self.tokens[k], self.tokens[start]
        first_norm = first.norm[1:] if self.scan.strip_and(start) else first.norm
        if token.norm[:1] == "ب" and not token.has_article and not cue_of(token, HEAD_WORDS):
            return True
        if token.norm.startswith("بال"):
            return True
        following = self.token(k + 1)
        return (
            token.has_article and not first.has_article and not first_norm.startswith("ال")
            and first_norm not in PLACES and token.norm not in COMPANY_WORDS
            and not self._company_kind(k) and not token.norm.startswith("لل")
            and not (k > start + 1 and self.tokens[k - 1].norm in PLACES)
            # a phrase of definite words, not one genitive (أسمنت الوادي) nor a head's
            # name (بنك الخليج الأول)
            and following is not None and following.has_article
            and not cue_of(first, HEAD_WORDS)
        )  # fmt: skip

    def _company_kind(self, k: int) -> bool:
        """Token k is a company's kind after its name (`إعمار العقارية`, `أرابتك
        للإنشاءات`): a definite adjective in ية agreeing with شركة (not a nationality, an
        office's scope or a place), which ends the name."""
        kind = self.tokens[k]
        return (
            kind.arabic and kind.has_article and kind.norm.endswith("ية")
            and not nationality(kind.norm) and kind.norm not in OFFICE_ADJECTIVES
            and kind.norm not in PLACES and kind.norm not in STOPWORDS
            and not self.is_mark(k - 1)
        )  # fmt: skip

    def _traded(self, start: int, i: int) -> int | None:
        """Where the company begins in `حققت X تداولات بقيمة` / `جاءت X تداولات بقيمة` (the
        item from start to i): after the verb whose subject it is, before تداولات."""
        if i - start < 3 or self.tokens[i - 1].norm != "تداولات":
            return None
        verb = next(
            (k for k in range(i - 2, start - 1, -1) if cue_of(self.tokens[k], _TRADED)), None
        )
        return None if verb is None else verb + 1

    def _legal_end(self, words: list[Token]) -> int:
        """How many of a company's words its name has: to its legal form or its type
        (القابضة، المحدودة), which ends it."""
        return next(
            (k + 1 for k, t in enumerate(words) if t.norm in COMPANY_WORDS and k), len(words)
        )  # fmt: skip

    def leaders_and_pairs(self) -> None:
        """`وتصدرت اتصالات قائمة الشركات`: what tops a list of companies is one; `شركتي
        اتصالات ودو`: the dual of شركة names two companies, joined by و."""
        for i, token in enumerate(self.tokens):
            first = i + 1 + bool((share := self.token(i + 1)) and cue_of(share, SHARES))
            if cue_of(token, _TOPPED) and (end := self._name_run(first)) > first:
                after, listed = self.token(end), self.token(end + 1)
                if (
                    after is not None
                    and after.norm == "قائمة"
                    and listed is not None
                    and listed.norm in _LISTED
                    and not self._common_item(self.tokens[first:end])
                ):  # fmt: skip  ("وتصدر سهم X قائمة": the share's company)
                    self._company(first, end, "`تصدرت X قائمة`")
            elif cue_of(token, _TWO_COMPANIES) and (end := self._name_run(i + 1)) > i + 1:
                if not all(
                    is_name_word(t, ta=True) and not future_verb(t.norm)
                    for t in self.tokens[i + 1 : end]
                ):  # fmt: skip
                    continue  # "شركتي ستتوسع وتنمو": "my company will grow"
                second = self.token(end)
                if second is None or second.norm[:1] != "و" or not is_name_word(
                    second._replace(norm=second.norm[1:], text=second.text[1:]), ta=True
                ):  # fmt: skip
                    continue
                self._company(i + 1, end, "`شركتي X وY`")
                # the second is read to its first word: a dual verb may follow (ودو تقدمان)
                self.scan.add(second.text[1:], "company", "`شركتي X وY`", 2, second.start + 1,
                              second.end)  # fmt: skip

    def _common_item(self, words: list[Token]) -> bool:
        """An item that is no company's name: one word with the article (البنوك،
        الشركة), a place alone (الإمارات; رأس الخيمة العقارية is a company), a head noun
        alone, a word joined by و with the article (والأرباح), or a market's sector or
        index (`قطاع البنوك`, `مؤشر السوق`)."""
        first = words[0]
        alone = len(words) == 1
        return (
            alone
            and (first.has_article or first.norm in PLACES or bool(cue_of(first, HEAD_WORDS)))
            or first.norm.startswith("وال")
            or bool(cue_of(first, _SECTOR_OR_INDEX))
        )

    def _name_run(self, k: int) -> int:
        """The end of up to four words of a name from k (a first word with the article
        too: الدار العقارية), before a mark, a function word, a verb or a word with و, or
        a word with the article after one without (but a place's: أبوظبي الأول)."""
        end = k
        while end - k < 4 and (tok := self.token(end)) is not None and tok.arabic:
            if self._split_place(end):
                end += 2  # "سهم أسمنت أم القيوين": أم of a place, not "or"
                continue
            if (
                cue_of(tok, STOPWORDS | VERBS | ROLES) or tok.norm[:1] == "و"
                or tok.norm == "قائمة" or end in self.quoted
                or (
                    end > k and tok.has_article and not self.tokens[k].has_article
                    and self.tokens[k].norm not in PLACES  # أبوظبي الأول: a place's company
                    and not _for_a_trade(self.tokens[end - 1])  # أركان لمواد البناء
                )
            ):  # fmt: skip
                break
            end += 1
        return end

    def _split_place(self, k: int) -> bool:
        """Tokens k and k+1 are a place written in two words (أم القيوين، رأس الخيمة)."""
        first, second = self.token(k), self.token(k + 1)
        return first is not None and second is not None and two_word_place(first.norm, second.norm)

    def _company(self, start: int, end: int, cue: str) -> None:
        first, last = self.tokens[start], self.tokens[end - 1]
        self.scan.add(self.text[first.start : last.end], "company", cue, 2, first.start, last.end)

    def _listed_figure(self, k: int) -> bool:
        """A figure at k, after تداولات or a stray comma (`بنسبة ،3،7`) too."""
        token = self.token(k)
        if token is not None and token.norm == "تداولات":
            k, token = k + 1, self.token(k + 1)
        if token is not None and token.text in "،,":
            token = self.token(k + 1)
        return token is not None and token.text[:1].isdigit()

    def _figure_part(self, k: int) -> bool:
        """Part of an item's figure: digits, marks, a unit or a scale word."""
        token = self.tokens[k]
        if token.text == ".":  # a decimal point (`880 .7`, as business news writes it)
            return self._figure_follows(k + 1)
        return (
            token.text[:1].isdigit() or token.is_punct or token.norm in _FIGURE_WORDS
        ) and token.text != ":"

    def _figure_follows(self, k: int) -> bool:
        token = self.token(k)
        return token is not None and token.text[:1].isdigit()

    def company_subjects(self) -> None:
        """`أعلنت دو عن`, `أطلقت كنجستون تكنولوجي أوروبا`: the subject of what a company
        does, a transliterated name, confirmed by what follows it (عن, a comma, the verb's
        object in the accusative: `حققت فودكو أرباحاً`) or by its recurrence."""
        for i, token in enumerate(self.tokens):
            if token.norm not in _COMPANY_VERBS and not (
                token.norm[:1] in "وف" and token.norm[1:] in _COMPANY_VERBS
            ):
                continue
            j = i + 1
            if (tok := self.token(j)) is not None and tok.norm in AFTER_COMPANY:
                j += 1  # "أعلنت أمس شركة ..." / "أعلنت أمس X"
            first = self.token(j)
            if first is None or cue_of(first, ORGANISATION_HEADS) or first.norm in GIVEN_NAMES:
                continue
            if first.norm.endswith("ه") and len(first.norm) > 3 and (
                self.scan.corpus.count(first.norm[:-1]) or self.scan.corpus.common(first.norm[:-1])
            ):  # fmt: skip
                continue  # "وُسعت حدوده": a noun the text also writes without "its"
            if first.norm[:1] == "ب" and self._figure_follows(j + 1):
                continue  # "وسجلت بمبلغ 62 مليون درهم": its amount, no company
            if first.norm in _PLACE_PLURALS or (
                first.norm.endswith("ات") and first.norm[:-2] + "ة" in HEAD_WORDS
            ):  # fmt: skip
                continue  # "كشفت قيادات الإمارات عن": people or bodies, no company
            if first.norm.endswith("ات") and len(first.norm) >= 6 and not self._bare_subject(j):
                continue  # "وقعت اشتباكات غير مسبوقة": a plural of things (اتصالات names a
                # company only as the announcement follows at once: "أعلنت اتصالات عن")
            end = self.chains.foreign_end(j)
            if end == j and self._bare_subject(j):
                end = j + 1  # "أعلنت اتصالات عن": a plural noun with no article, a name
            if (placed := self._placed_subject(j)) > j:
                end = placed  # "أعلنت موانئ دبي العالمية عن": named by its city
            if end == j:
                continue
            after = self.token(end)
            confirmed = (
                after is None
                or after.norm in AFTER_COMPANY
                or after.text in "،,"
                or (after.has_article and after.norm in _APPOSITION_NOUNS)
                or bool(LEGAL_FORMS.match(self.text, self.tokens[end - 1].end))
                or after.text.endswith(("اً", "ًا", "ةً"))  # its object: حققت X أرباحاً
                or self.scan.corpus.count(self.tokens[j].norm) >= 2
                or after.norm == "علي"
                and bool(cue_of(token, _ACQUIRED))  # استحوذت X على
            )
            if (
                (nisba := self.token(end)) is not None
                and nisba.norm in PLACES
                and (nisba.norm.startswith("ال"))
            ):
                end += 1  # أرامكو السعودية: the country is part of the name
            if confirmed and (end - j > 1 or not self.tokens[end - 1].has_article):
                self.scan.add(self.text[self.tokens[j].start : self.tokens[end - 1].end], "company",
                              f"`{token.text} X`", 2, self.tokens[j].start,
                              self.tokens[end - 1].end)  # fmt: skip

    def _placed_subject(self, j: int) -> int:
        """`أعلنت موانئ دبي العالمية عن`, `أعلنت طيران الإمارات أمس`: a noun without the
        article and a place (a body the Gulf names by its city or country), with an
        adjective in ية or ي after it, then the announcement (عن، أمس); where it ends, else
        j."""
        noun, place = self.token(j), self.token(j + 1)
        if noun is not None and noun.norm in PLACES and place is not None and (
            place.norm.startswith("لل") and (place.norm[2:] in SECTORS or SECTOR_SUFFIX.match(
                place.norm) is not None)
        ):  # fmt: skip
            after = self.token(j + 2)  # "أعلنت دبي للطيران عن": a city's company by its trade
            return j + 2 if after is not None and after.norm in _ANNOUNCING else j
        if noun is None or place is None or place.norm not in PLACES or self.is_mark(j):
            return j
        if noun.has_article or cue_of(noun, STOPWORDS | VERBS | ROLES | HEAD_WORDS):
            return j
        if noun.norm in PLACES or noun.norm in GIVEN_NAMES or noun.norm in NOT_NAMES:
            return j
        if noun.norm.endswith("ة") or self.common(noun) or noun.norm in _PLACE_PLURALS or (
            noun.norm.endswith("ات") and noun.norm[:-2] + "ة" in HEAD_WORDS
        ):  # fmt: skip
            return j  # "كشفت أزمة إيران عن", "أعلنت سلطات دبي عن": a common noun or a
            # plural of bodies or people, whose place it is
        end = j + 2
        if (adjective := self.token(end)) is not None and adjective.has_article and (
            adjective.norm.endswith(("ية", "ي")) and not nationality(adjective.norm)
            and adjective.norm not in STOPWORDS
        ):  # fmt: skip
            end += 1
        after = self.token(end)
        return end if after is not None and after.norm in _ANNOUNCING else j

    def examples(self) -> None:
        """`شركات أخرى، مثل تريبل كانوبي وداينكورب`: after a plural head of companies, مثل
        ("such as") gives examples of them; the first is a company (the list's next items
        are read by ListItems)."""
        for i, token in enumerate(self.tokens):
            if token.norm not in _SUCH_AS or i + 1 in self.quoted:
                continue
            plural = next(
                (k for k in range(i - 1, max(-1, i - 4), -1)
                 if PLURAL_HEADS.get(cue_of(self.tokens[k], PLURAL_HEADS) or "") == "company"),
                None,
            )  # fmt: skip
            if plural is None:
                continue
            end = self.chains.foreign_end(i + 1)
            end = next(  # "تريبل كانوبي وداينكورب": the next example begins with و
                (k for k in range(i + 2, end) if self.tokens[k].norm[:1] == "و"), end
            )  # fmt: skip
            if end > i + 1 and not any(self.tokens[k].has_article for k in range(i + 1, end)):
                self._company(i + 1, end, "`شركات مثل X`")

    def typed_names(self) -> None:
        """`تقدم أكسيس كوميونيكيشنز ثلاثة منتجات`: a transliterated name that ends with a
        company's type (كوميونيكيشنز، تكنولوجيز، جروب، سيستمز) is a company, whatever
        comes before it; the name is the one to three words before the type."""
        for i, token in enumerate(self.tokens):
            if token.norm not in COMPANY_WORDS or i in self.quoted:
                continue
            if token.has_article:  # "دبي القابضة": a city's holding company
                if i and self.tokens[i - 1].norm in PLACES and i - 1 not in self.quoted:
                    two = i > 1 and self.tokens[i - 2].norm in PLACES  # رأس الخيمة القابضة
                    self._company(i - 1 - two, i + 1, "`X القابضة`")
                continue
            start = i
            while i - start < 3 and start > 0 and self._foreign_word(start - 1):
                start -= 1
            if start < i:
                self._company(start, i + 1, "`X كوميونيكيشنز`")

    def _foreign_word(self, k: int) -> bool:
        """A word of a transliterated name: no article, mark, function word, verb, role,
        head or place, not a given name, shaped as a verb, joined by و, a plural in ات or
        a word the text also writes with the article (منتجات، تقنيات: common nouns)."""
        tok = self.tokens[k]
        return (
            tok.arabic and not tok.has_article and not self.is_mark(k) and k not in self.quoted
            and is_name_word(tok) and tok.norm not in PLACES and tok.norm not in GIVEN_NAMES
            and not cue_of(tok, STOPWORDS | VERBS | ROLES | HEAD_WORDS)
            and not verb_shaped(tok.norm) and not _feminine_verb(tok.norm)
            and tok.norm not in COMPANY_WORDS
            and tok.norm[:1] != "و"  # "نيزك وريفربد تكنولوجي": another company, joined
            and not tok.norm.endswith("ات") and not self.scan.corpus.common(tok.norm)
        )  # fmt: skip

    def particle_subjects(self) -> None:
        """`وقال إن اتصالات تولي أهمية`, `أن اتصالات انتهت من`: after إن/أن, a plural in
        ات with no article and then a feminine verb is the clause's subject; a common
        plural would carry the article (الاتصالات), so it is a company's name, one the
        text names more than once."""
        for i, token in enumerate(self.tokens):
            if token.norm not in _THAT or i + 2 >= len(self.tokens):
                continue
            subject, verb = self.tokens[i + 1], self.tokens[i + 2]
            if (
                subject.norm.endswith("ات") and self._bare_word(subject)
                and _feminine_verb(verb.norm) and self.scan.corpus.count(subject.norm) >= 2
            ):  # fmt: skip
                self._company(i + 1, i + 2, "`أن X تفعل`")

    def _bare_word(self, tok: Token) -> bool:
        """A word that may be a company's name on its own: no article, no function word,
        verb, role, head, place or given name, not shaped as a verb or a verbal noun."""
        if not tok.arabic or tok.has_article or tok.norm in GIVEN_NAMES or tok.norm in PLACES:
            return False
        if cue_of(tok, STOPWORDS | VERBS | ROLES | HEAD_WORDS) or tok.norm in NOT_NAMES:
            return False
        if verb_shaped(tok.norm) or is_verbal_noun(tok.norm) or not is_name_word(tok):
            return False
        return not (PRONOUN_SUFFIX.search(tok.norm) or tok.norm.endswith("ه"))

    def _bare_subject(self, j: int) -> bool:
        """`أعلنت اتصالات عن`, `أعلنت اتصالات، أمس، عن`: a company verb's subject that is a
        common word with no article (telecoms) is a name when the announcement follows at
        once: "عن", or "أمس" with or without commas. A common noun as the subject would
        carry the article (أعلنت الاتصالات) or a head noun (شركات)."""
        tok = self.token(j)
        if tok is None or not tok.arabic or tok.has_article or tok.norm in GIVEN_NAMES:
            return False
        if cue_of(tok, STOPWORDS | VERBS | ROLES | HEAD_WORDS) or tok.norm in PLACES:
            return False
        if verb_shaped(tok.norm) or is_verbal_noun(tok.norm) or not is_name_word(tok):
            return False
        if PRONOUN_SUFFIX.search(tok.norm) or tok.norm.endswith("ه"):
            return False  # "اختتمت فعالياته أمس": its events, a noun with "its"
        k = j + 1
        while self.is_punct(k, "،,") and self.token(k) is not None:
            k += 1
        after = self.token(k)
        if after is None or after.norm not in ("عن", "امس"):
            return False
        then = self.token(k + 1)
        return (
            after.norm == "عن"
            or k == j + 1
            or then is None
            or (then.text in "،," or then.norm == "عن")
        )  # "أعلنت اتصالات، أمس عن": the announcement follows the day
