"""The highlighted spans the reader steps through, and the status line that says where."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple

from ..i18n import ENGLISH, Language
from ..story import Span, Story
from ..story.items import ItemRef, english_name, provenance_of
from .rows import CONTEXT_MARK, Styled

MarkKind = Literal["mentions", "hits", "evidence"]
Status = tuple[Styled, ...]


class Marks(NamedTuple):
    """Highlighted spans (mentions, search hits or evidence) and the current one."""

    label: str
    spans: tuple[Span, ...]
    position: int = 0
    kind: MarkKind = "mentions"

    @property
    def current(self) -> Span | None:
        return self.spans[self.position] if self.spans else None

    def step(self, step: int) -> Marks:
        """The next (or previous) span, wrapping round at either end."""
        if not self.spans:
            return self
        return self._replace(position=(self.position + step) % len(self.spans))


def _position(kind: MarkKind, position: int, count: int, language: Language) -> str:
    """ "2/5 mentions": where the reader is among the marks."""
    at = language.number(position)
    if kind == "evidence":
        return language.gettext("{position}/{count} evidence").format(
            position=at, count=language.number(count)
        )
    if kind == "hits":
        return language.counted("{position}/{count} hit", "{position}/{count} hits", count,
                                position=at)  # fmt: skip
    return language.counted(
        "{position}/{count} mention", "{position}/{count} mentions", count, position=at
    )


def marks_status(marks: Marks, language: Language = ENGLISH) -> Status:
    _ = language.gettext
    count = len(marks.spans)
    if count == 0:
        nothing = {"mentions": _(": no mentions"), "hits": _(": no hits"),
                   "evidence": _(": no evidence")}  # fmt: skip
        return ((marks.label, "bold"), (nothing[marks.kind], ""))
    keys = _("   ] next  [ previous  Esc clear") if count > 1 else _("   Esc clear")
    # Where the reader is comes first: on a narrow screen a long label is what gets cut.
    return (
        (_position(marks.kind, marks.position + 1, count, language) + "  ", ""),
        (marks.label, "bold"),
        (keys, "dim"),
    )


def nothing_marked(language: Language = ENGLISH) -> Status:
    _ = language.gettext
    return ((_("Nothing highlighted: "), "bold"), (_("Enter on an item, or / to search"), ""))


class Focus(NamedTuple):
    """What opening an item shows: its marks, and a message that replaces the
    marks' own status line (None: the marks' status says it all)."""

    marks: Marks
    message: Status | None = None


def item_focus(
    story: Story, ref: ItemRef, mentions: Sequence[Span] | None, language: Language = ENGLISH
) -> Focus | None:
    """Open an item in the text: its evidence, or every mention of its entity.

    `mentions` are the entity's mentions for entity-like items (person,
    competitor, entity); None for the others. None: nothing to show.
    """
    _ = language.gettext
    if ref.names_entity:
        entity = story.entities.get(ref.key)
        if entity is None:
            return None
        spans = tuple(mentions or ())
        # The reader's language (a transliterated English name says so).
        name = entity.name_ar if language.rtl else english_name(entity, language)
        marks = Marks(name, spans, kind="mentions")
        if not spans:
            return Focus(marks, ((f"{name}: ", "bold"), (_("not named in the article"), "")))
        provenance = provenance_of(story, ref) if ref.kind == "competitor" else None
        if provenance is not None and not provenance.in_article:
            message = (
                (f"{CONTEXT_MARK} ", "bold"),
                (_("The article does not say they compete: "), "bold"),
                (provenance.note or "", ""),
            )
            return Focus(marks, message)
        return Focus(marks)
    if ref.kind not in ("event", "number"):
        return None
    if ref.kind == "event":
        event = story.event(ref.key)
        if event is None:
            return None
        title = event.title_ar if language.rtl else event.title_en
        provenance = event.provenance
    else:
        figure = story.figure(ref.key)
        if figure is None:
            return None
        title = figure.label_ar if language.rtl else figure.label_en
        provenance = figure.provenance
    marks = Marks(title, (provenance.span,) if provenance.span else (), kind="evidence")
    if not provenance.in_article:
        return Focus(
            marks,
            (
                (_("{mark} Not stated in the article. ").format(mark=CONTEXT_MARK), "bold"),
                (provenance.note or "", ""),
            ),
        )
    if provenance.span is None:
        return Focus(marks, ((title, "bold"), (_(": no evidence quote"), "")))
    return Focus(marks)
