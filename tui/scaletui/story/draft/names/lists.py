"""The items of a list of names (`ListItems`)."""

from __future__ import annotations

from ..lexicon import GIVEN_NAMES, PLACES, ROLES, STOPWORDS, VERBS
from ..tokens import HEAD_WORDS, cue_of, is_name_word
from .chains import NameChains
from .scan import Cues, Scan
from .words import PRONOUN_SUFFIX


class ListItems(Cues):
    """The items of a list joined by و (with or without a comma) after a company or a
    person a cue found: each next item with a name's shape is one of the same kind."""

    def __init__(self, scan: Scan, chains: NameChains) -> None:
        super().__init__(scan)
        self.chains = chains

    def list_items(self) -> None:
        """`جاكيس للإلكترونيات وجمبو للإلكترونيات وبلج-إنس وشرف دي جي،`, `ومحمد ولد أنويقظ،
        وعبدو محم`: the items of a list joined by و (with or without a comma) are of one
        kind. After a company or a person a cue found, each next item that has a name's
        shape (a transliterated name; a person's name of two words or more) is one too."""
        found = {(m.start, m.end) for m in self.scan.mentions}
        for mention in list(self.scan.mentions):
            if mention.strength < 2 or mention.kind not in ("company", "person"):
                continue
            k = next((i for i, t in enumerate(self.tokens) if t.end == mention.end), None)
            while k is not None:
                k += 1
                if self.is_punct(k, "،,") and self.token(k) is not None:
                    k += 1
                item = self.token(k)
                if item is None or not item.arabic or item.norm[:1] != "و":
                    break
                if item.norm in GIVEN_NAMES or len(item.norm) < 3:
                    break  # وليد: a name, not "and"; "و" alone
                end = self._list_item_end(k, mention.kind)
                if end <= k:
                    break
                start = item.start + 1
                span = (start, self.tokens[end - 1].end)
                if span not in found:
                    self.scan.add(self.text[span[0] : span[1]], mention.kind,
                                  "the next item of a list", 2, *span)  # fmt: skip
                    found.add(span)
                k = end - 1

    def _list_item_end(self, k: int, kind: str) -> int:
        """The end of the list item at token k, whose first letter is "and" (k: none)."""
        token = self.tokens[k]
        bare = token._replace(text=token.text[1:], start=token.start + 1, norm=token.norm[1:])
        if (
            cue_of(token, STOPWORDS | VERBS | ROLES | HEAD_WORDS) or len(bare.norm) < 3
            or token.norm in PLACES
        ):  # fmt: skip
            return k  # "وزير", "ولي عهد", "واشنطن": a word of its own that begins with و
        if (
            cue_of(bare, STOPWORDS | VERBS | ROLES | HEAD_WORDS) or bare.norm in PLACES
            or bare.has_article or bare.norm.startswith("ال") or not is_name_word(bare)
            or PRONOUN_SUFFIX.search(bare.norm) or bare.norm.endswith("ه")
        ):  # fmt: skip
            return k  # "وغيرها", "والشركات", "وقال": what follows a list, not an item
        self.tokens[k] = bare
        try:
            if kind == "person":
                end = self.chains.name_forward(k)
                if end < len(self.scan.labels) and self.scan.labels[end][0] == "I-PER":
                    return k  # the model reads the name on: its end is not clear
                return end if end - k >= 2 and not self.common(bare) else k
            if self.common(bare):
                return k
            end = self.chains.foreign_end(k)
            while (
                end > k and self.is_punct(end, "-") and (nxt := self.token(end + 1)) is not None
                and self.tokens[end].start == self.tokens[end - 1].end
                and nxt.start == self.tokens[end].end and is_name_word(nxt)
            ):  # fmt: skip
                end += 2  # "بلج-إنس": one name, its halves joined by a hyphen
            after = self.token(end)
            if after is not None and not (after.is_punct or after.norm[:1] == "و"):
                return k  # the item ends at a comma, a stop or the next "and"
            return end
        finally:
            self.tokens[k] = token
