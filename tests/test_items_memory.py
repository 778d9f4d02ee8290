"""What a book's drafted items and their paragraph support hold, counted in bytes
(tracemalloc) and shared objects, never in time."""

from __future__ import annotations

from conftest import bytes_held
from scaletui.explore.rows import timeline_items
from scaletui.explore.support import ParagraphSupport
from scaletui.story import Entity, Span, Story
from scaletui.story.draft import draft_items
from scaletui.story.model import Event, Figure, Paragraph, PartialDate, Provenance

ITEMS = 3_000


def no_mentions(entity: Entity, paragraph: int) -> list[Span]:
    return []


def many_items_story() -> Story:
    """A book's worth of dated sentences and numbers, each in its own paragraph (as 500,000
    short lines drafted give them), with paragraph indices past the small ints'."""
    evidence = Provenance("article", "نص", Span(0, 0, 2))
    events = tuple(
        Event(f"e-{n}", PartialDate(2020), "نص", "Drafted", (),
              evidence._replace(span=Span(1_000 + 2 * n, 0, 2)))
        for n in range(ITEMS)
    )  # fmt: skip
    numbers = tuple(
        Figure(f"n-{n}", 1.0, "count", "نص", "Drafted", evidence._replace(span=Span(1_001 + 2 * n, 0, 2)))
        for n in range(ITEMS)
    )  # fmt: skip
    return Story("book", "t", "t", "ar", "s", "", "", "", paragraphs=(), events=events,
                 numbers=numbers, draft=True)  # fmt: skip


def test_paragraph_support_holds_a_few_bytes_an_item() -> None:
    """A set of "kind:key" strings a paragraph took about 360 bytes an item (4.4 MB at
    500,000 lines); the columns sorted by paragraph take the item's id's pointer, its
    paragraph and its kind."""
    story = many_items_story()
    held, support = bytes_held(lambda: ParagraphSupport(story, no_mentions))
    per_item = held / (2 * ITEMS)
    assert per_item < 40, f"{per_item:.0f} bytes an item"
    assert support.of(1_000 + 2 * 17) == {"event:e-17"}
    assert support.of(1_001 + 2 * 17) == {"number:n-17"}
    assert support.of(999) == set() and support.of(1_000 + 2 * ITEMS + 5) == set()


def test_paragraph_support_finds_every_item_of_a_shared_paragraph() -> None:
    story = many_items_story()
    crowded = story._replace(
        events=tuple(e._replace(provenance=e.provenance._replace(span=Span(7, 0, 2)))
                     for e in story.events[:5]),
        numbers=story.numbers[:1],
    )  # fmt: skip
    support = ParagraphSupport(crowded, no_mentions)
    assert support.of(7) == {f"event:e-{n}" for n in range(5)}
    assert support.of(1_001) == {"number:n-0"}
    assert support.of(6) == support.of(8) == set()


def dated_book() -> list[Paragraph]:
    """Many short dated sentences and numbers, as a book of short lines gives them."""
    lines = [
        f"وقعت الشركة الاتفاق في عام {2000 + n % 20} مع {n} شريكا بقيمة {n + 7} مليون دولار"
        if n % 2
        else f"افتتح المعرض في {2000 + n % 20}"  # a sentence as short as a title
        for n in range(300)
    ]
    return [Paragraph(n, "body", text) for n, text in enumerate(lines)]


def test_drafted_events_share_their_dates_and_english_titles() -> None:
    """A book's thousands of events have a few dates and English titles: one object each
    (0.8 MB of 5,514 events at 500,000 lines was the same few made again)."""
    events = draft_items(dated_book()).events
    assert len(events) > 100
    assert len({id(e.date) for e in events}) == len({e.date for e in events})
    assert len({id(e.title_en) for e in events}) == len({e.title_en for e in events})
    # A sentence short enough to be its own title is one str for both.
    whole = [e for e in events if e.title_ar == e.provenance.evidence]
    assert whole and all(e.title_ar is e.provenance.evidence for e in whole)


def test_drafted_numbers_share_their_english_labels() -> None:
    """The same amount of different things is a number each, with one English label."""
    nouns = ["سيارة", "طائرة", "شركة", "موظفا", "مشروعا", "مصنعا", "مدرسة", "مستشفى"]
    texts = [f"اشترت الحكومة {50 + n % 3} {noun} جديدة" for n, noun in enumerate(nouns * 3)]
    numbers = draft_items([Paragraph(n, "body", text) for n, text in enumerate(texts)]).numbers
    labels = {n.label_en for n in numbers}
    assert len(numbers) == 24 and len(labels) == 3
    assert len({id(n.label_en) for n in numbers}) == len(labels)


def test_timeline_rows_share_their_dates_and_english_lines() -> None:
    """5,514 drafted events' rows made a date and an English line each (1.1 MB of 3.3 at
    500,000 lines), of two dates and two titles here."""
    story = many_items_story()
    story = story._replace(
        events=tuple(e._replace(date=PartialDate(2020 + n % 2)) for n, e in enumerate(story.events))
    )
    rows = [row for row in timeline_items(story) if not row.heading]
    assert len(rows) == ITEMS
    assert len({id(row.lead) for row in rows}) == 2
    assert len({id(row.lines[0][0]) for row in rows}) == 1
    held, _ = bytes_held(lambda: timeline_items(story))
    assert held / ITEMS < 450, f"{held / ITEMS:.0f} bytes a row"
