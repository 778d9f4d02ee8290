"""Issue 27.4, the pure parts: widening a selection word by word, a selection as a
note's anchor, the noted phrases the article highlights, the Notes panel's row."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scaletui.explore.note_rows import note_item
from scaletui.explore.selection import word_step
from scaletui.notes import Anchor, Note
from scaletui.notes.anchoring import noted_places, selection_anchor
from scaletui.story import Span, Story

TEXTS = ["قال وانغ إن  البيانات مهمة.", "", "Second paragraph here"]
WHEN = datetime(2026, 1, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    ("place", "forward", "expected"),
    [
        ((0, 0), True, (0, 3)),  # the end of the first word
        ((0, 3), True, (0, 8)),  # over the space, to the end of the next
        ((0, 8), True, (0, 11)),  # two spaces are one gap
        ((0, 11), False, (0, 9)),  # back: the start of the word it is in or after
        ((0, 9), False, (0, 4)),
        ((0, 0), False, (0, 0)),  # the article's start
        ((0, len(TEXTS[0])), True, (2, 6)),  # on into the next paragraph with words
        ((2, 0), False, (0, 22)),  # back into the one before (over an empty one)
        ((2, 21), True, (2, 21)),  # the article's end
    ],
)
def test_a_selection_widens_a_word_at_a_time(
    place: tuple[int, int], forward: bool, expected: tuple[int, int]
) -> None:
    assert word_step(TEXTS, place, forward) == expected


def test_a_selection_of_spaces_anchors_nothing(story: Story) -> None:
    text = story.paragraphs[3].text
    space = text.index(" ")
    assert selection_anchor(story, [Span(3, space, space + 1)]) is None
    assert selection_anchor(story, []) is None


def test_noted_phrases_are_found_where_their_words_are(story: Story) -> None:
    text = story.paragraphs[3].text
    words = "مقابل 19 مليار دولار"
    start = text.index(words)
    assert sum(p.text.count(words) for p in story.paragraphs) == 1
    phrase = selection_anchor(story, [Span(3, start, start + len(words))])
    assert phrase is not None
    moved = phrase._replace(paragraph=9, start=0, end=6)  # stored elsewhere: found by its words
    notes = [Note(1, story.id, phrase, "x", WHEN, WHEN), Note(2, story.id, moved, "y", WHEN, WHEN),
             Note(3, story.id, Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text),
                  "z", WHEN, WHEN)]  # fmt: skip
    places = noted_places(story, notes)
    assert places.spans == (Span(3, start, start + len(words)),)  # the same phrase, once
    assert places.paragraphs == {1, 3}


def test_the_notes_panel_lists_a_phrase_with_its_words(story: Story) -> None:
    text = story.paragraphs[3].text
    phrase = selection_anchor(story, [Span(3, 0, 12)])
    assert phrase is not None
    row = note_item(story, Note(1, story.id, phrase, "x", WHEN, WHEN))
    assert (f"“{text[:12]}”", "italic") in row.lines
    whole = Anchor("paragraph", paragraph=3, quote=text)
    assert len(note_item(story, Note(2, story.id, whole, "x", WHEN, WHEN)).lines) == 1
