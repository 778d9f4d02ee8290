"""The `c` key: a citation of what is focused, copied to the clipboard."""

from __future__ import annotations

from typing import Protocol

from .host import ExplorerHost
from .note_taking import NoteTaking


class CitingHost(ExplorerHost, Protocol):
    """What citing needs of its screen."""

    @property
    def note_taking(self) -> NoteTaking:
        """Knows what is focused in a panel (the anchor `n` would annotate)."""

    def current_region(self) -> str: ...


class Citing:
    """Cites the article's selection, paragraph or highlight, or a panel's item."""

    def __init__(self, host: CitingHost) -> None:
        self._host = host

    def focused_citation(self) -> str | None:
        """What `c` copies: in the article, the selection (else the highlight on the
        cursor's paragraph, else the paragraph) with its paragraph; in a panel, the
        selected item (a note: what it is anchored to).

        Returns:
            The citation (logical text), or None when nothing there can be cited.
        """
        from ...explore.citation import item_citation, quote_citation

        host = self._host
        story, language = host.story, host.language
        if host.current_region() == "article":
            article = host.reader
            text = article.copied_text()
            if not text:
                return None
            if article.selection is not None:
                first, last = sorted((article.selection[0][0], article.selection[1][0]))
                return quote_citation(story, text, first, last, language)
            return quote_citation(story, text, article.cursor_paragraph, None, language)
        anchor = host.note_taking.focused_anchor()
        if anchor is None:
            return None
        if anchor.item is not None:
            return item_citation(story, anchor.item, language)
        if anchor.paragraph is None or not anchor.quote:
            return None
        return quote_citation(story, anchor.quote, anchor.paragraph, None, language)

    def cite(self) -> None:
        """Copy the citation (logical text: Textual's clipboard and OSC 52), and say so."""
        host = self._host
        cited = self.focused_citation()
        if cited is None:
            host.status.show((host.language.gettext("Nothing to cite here"), "dim"))
            return
        host.app.copy_to_clipboard(cited)
        said = host.language.gettext("Citation copied ({count} characters)")
        host.status.show((said.format(count=host.language.number(len(cited))), "dim"))
