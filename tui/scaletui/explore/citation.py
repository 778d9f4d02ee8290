"""A citation of what the reader has in front of them, for the clipboard (`c`).

A citation is the quote in logical order (the clipboard never gets shaped or
reordered text), then where it comes from: the original piece the pack names
(outlet, title, author, date, address, and that the article is a translation of
it), the article's own title, and the paragraph. An item from outside the article
is cited as what it is: the pack's ◇ note and the sources it rests on, never as
the article's words. No Textual here.
"""

from __future__ import annotations

from ..i18n import ENGLISH, Language
from ..story import Story
from ..story.items import CONTEXT_MARK, ItemRef, find_item, item_title


def _joined(parts: list[str], language: Language) -> str:
    return language.gettext(", ").join(part for part in parts if part)


def source_line(story: Story, language: Language = ENGLISH) -> str:
    """Where the article comes from, in one line: the original (if the pack names
    it), and the article itself when it is a translation or has no named origin."""
    _ = language.gettext
    origin = story.origin
    article = f"«{story.title}»" if story.title else ""
    if origin is None:
        parts = [story.outlet, story.author, article, language.digits_of(story.published),
                 story.url or story.source]  # fmt: skip
        return _joined(parts, language)
    parts = [origin.outlet, f"“{origin.title}”", origin.author,
             language.date(*origin.date) if origin.date else "", origin.url]  # fmt: skip
    line = _joined(parts, language)
    if origin.translated:
        line += _("; in Arabic translation: {title}").format(title=article)
    return line


def where(story: Story, first: int, last: int | None, language: Language) -> str:
    """ "paragraph 7 of 22" (or "paragraphs 7-8 of 22")."""
    number, count = language.number, language.number(len(story.paragraphs))
    if last is None or last == first:
        said = language.gettext("paragraph {number} of {count}")
        return said.format(number=number(first + 1), count=count)
    said = language.gettext("paragraphs {first}-{last} of {count}")
    return said.format(first=number(first + 1), last=number(last + 1), count=count)


def quote_citation(
    story: Story, quote: str, first: int, last: int | None = None, language: Language = ENGLISH
) -> str:
    """The article's words, as the article has them, and where they are."""
    quote = " ".join(quote.split())  # one line: a selection across paragraphs too
    return f"«{quote}»\n— {source_line(story, language)}, {where(story, first, last, language)}"


def item_citation(story: Story, ref: ItemRef, language: Language = ENGLISH) -> str:
    """An item: its evidence quote if the article states it (with the pack's slip, if
    the article gets the passage wrong); else what the pack says and its sources."""
    _ = language.gettext
    record = find_item(story, ref)
    provenance = record.provenance if record is not None else None
    if provenance is not None and provenance.in_article and provenance.span is not None:
        span = provenance.span
        text = story.paragraphs[span.paragraph].text[span.start : span.end]
        cited = quote_citation(story, text, span.paragraph, None, language)
        if provenance.slip:
            cited += "\n" + _("{mark} The article gets this wrong: {slip}").format(
                mark=CONTEXT_MARK, slip=provenance.slip
            )
        return cited
    title = item_title(story, ref) or str(ref)
    lines = [title]
    if provenance is not None:
        lines[0] += " — " + _("not in the article")
        if provenance.note:
            lines.append(provenance.note)
        sources = [
            _joined(
                [s.outlet, f"“{s.title}”", language.date(*s.date) if s.date.year else "", s.url],
                language,
            )  # fmt: skip
            for s in story.sources_of(provenance)
        ]
        if sources:
            lines.append(_("Sources: {sources}").format(sources="; ".join(sources)))
    else:
        lines.append(_("Named in: {source}").format(source=source_line(story, language)))
    return "\n".join(lines)


def story_citation(story: Story, language: Language = ENGLISH) -> str:
    """The story itself, as a reference."""
    return source_line(story, language)
