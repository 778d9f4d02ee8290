"""The players of a team sheet (`LineUps`): sports news lists a side's players by their
positions (`خط الوسط: X، Y، Z`) or with their shirt numbers (`X Y (16) - Z W (4)`), with
no cue word before each name that the other passes read."""

from __future__ import annotations

from ..lexicon import ROLES, STOPWORDS, VERBS, word_set
from ..tokens import cue_of
from .chains import NameChains
from .scan import Cues, Scan

# What ends a position's label before its colon: حراسة المرمى، خط الظهر، الدفاع، الوسط،
# الهجوم، البدلاء، الاحتياط، التشكيل الأساسي.
POSITION_LABELS = word_set(
    "المرمى الظهر الدفاع الوسط الهجوم البدلاء الاحتياط الاحتياطي التشكيل الأساسي الأساسية"
)
_SEPARATORS = frozenset("،,-–—:;؛")
_LABEL_WORDS = 4  # a label is short: "حراسة المرمى", "خط الوسط", "التشكيل الأساسي"
_SHEET_ITEMS = 3  # names with shirt numbers: a sheet has more than a pair


class LineUps(Cues):
    """Team sheets: a position's label and a colon, then names split by commas; or three
    names or more, each with its shirt number in brackets, split by dashes or commas;
    where at least half begin with a given name. Each name of two to four words (no
    role, verb or function word among them) is a person."""

    def __init__(self, scan: Scan, chains: NameChains) -> None:
        super().__init__(scan)
        self.chains = chains

    def line_ups(self) -> None:
        segments = self._segments()
        numbered = [name for segment in segments if (name := self._numbered(segment))]
        if len(numbered) >= _SHEET_ITEMS and self._mostly_given(numbered):
            for start, end in numbered:
                self.scan.person(start, end, "a team sheet: `X (16) - Y (4)`", 2)
        for k, segment in enumerate(segments):
            if self._is_label(segment):
                self._positioned(segments[k + 1 :])

    def _segments(self) -> list[list[int]]:
        """The paragraph's tokens split at separators, stops and line ends (each
        segment's tokens, its separator after it included)."""
        segments: list[list[int]] = [[]]
        for i, token in enumerate(self.tokens):
            if segments[-1] and self._line_starts(i):
                segments.append([])  # a line of its own: "خط الظهر:" under the goalkeeper
            segments[-1].append(i)
            if token.text in _SEPARATORS or token.text == ".":
                segments.append([])
        return [segment for segment in segments if segment]

    def _mostly_given(self, names: list[tuple[int, int]]) -> bool:
        """At least half the names begin with a known given name or where the name
        model begins a person (players, not causes with counts: `ضعف الدفاع (2)`)."""
        given = sum(self.chains.name_begins(start) for start, _ in names)
        return 2 * given >= len(names)

    def _line_starts(self, k: int) -> bool:
        """Token k begins a line of the paragraph."""
        return (
            0 < k < len(self.tokens)
            and "\n" in self.text[self.tokens[k - 1].end : self.tokens[k].start]
        )

    def _is_label(self, segment: list[int]) -> bool:
        """`خط الوسط:`: a short segment that ends with a position and a colon."""
        words = [i for i in segment if not self.tokens[i].is_punct]
        return (
            self.tokens[segment[-1]].text == ":"
            and 0 < len(words) <= _LABEL_WORDS
            and self.tokens[words[-1]].norm in POSITION_LABELS
        )

    def _name_words(self, start: int, end: int) -> bool:
        """Tokens start..end are two to four words a name could be made of."""
        tokens = self.tokens[start:end]
        return (
            2 <= len(tokens) <= 4
            and all(t.arabic and not cue_of(t, ROLES | VERBS | STOPWORDS) for t in tokens)
            and not tokens[0].has_article
            and not any(k in self.quoted for k in range(start, end))
        )

    def _numbered(self, segment: list[int]) -> tuple[int, int] | None:
        """`عبد العزيز خالد "إيفونا" (17)`: the name before a shirt number in brackets
        (a nickname in quotes may come between), the whole segment."""
        texts = [self.tokens[i].text for i in segment]
        if texts and texts[-1] in _SEPARATORS | {"."}:
            texts, segment = texts[:-1], segment[:-1]
        if len(texts) < 5 or texts[-3:-2] != ["("] or texts[-1] != ")":
            return None
        if not (texts[-2].isdigit() and len(texts[-2]) <= 2):
            return None
        end = len(texts) - 3
        if texts[end - 1 : end] == ['"'] and texts[end - 3 : end - 2] == ['"']:
            end -= 3  # "إيفونا": the player's nickname
        start, stop = segment[0], segment[0] + end
        return (start, stop) if self._name_words(start, stop) else None

    def _positioned(self, after: list[list[int]]) -> None:
        """The names after a position's label, up to a stop, a line's end or the next
        label: persons where at least half begin with a given name."""
        names: list[tuple[int, int]] = []
        for segment in after:
            if self._is_label(segment):
                break
            start = segment[0]
            end = min(self.chains.name_forward(start, strong=True), segment[-1] + 1)
            end = next((k for k in range(start + 1, end) if self._line_starts(k)), end)
            if self._name_words(start, end):
                names.append((start, end))
            if self.tokens[segment[-1]].text in (".", ":") or self._line_starts(segment[-1] + 1):
                break
        if names and self._mostly_given(names):
            for start, end in names:
                self.scan.person(start, end, "a team sheet: `خط الوسط: X، Y`", 2)
