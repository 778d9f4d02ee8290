"""Text for the export: Markdown escaping, Obsidian tags, sentences, control characters.

Escaping keeps what the reader typed readable in the file while making sure it
can only ever be text inside its own section: no line of a note can open a
heading, a thematic break, a quote, a list, a table, a fence, an indented code
block, a link definition or a block of HTML, and no `<` can start HTML at all.
Inline emphasis, code spans and links stay (they cannot leave a paragraph).
"""

from __future__ import annotations

import json
import re
import unicodedata

# What opens a block at the start of a line (after the indentation, which is
# written as &nbsp; entities so it can never make an indented code block).
_BLOCK_OPENERS = re.compile(
    r"#{1,6}(?:[ \t]|$)"  # an ATX heading (`#tag` stays: Obsidian reads it as a tag)
    r"|[-+*](?:[ \t]|$)"  # a bullet
    r"|[-*_=+|: \t]+$"  # a thematic break, a setext underline, a table's delimiter row
    r"|[>|]"  # a quote (and an Obsidian callout), a table row (`<`: _escape_inline)
    r"|\[[^\]]*\]:"  # a link or footnote definition
)
_FENCE = re.compile(r"`{3,}|~{3,}|\${2,}")  # code fences, a $$ math block
_ORDERED = re.compile(r"(\d{1,9})([.)])")
_BACKTICKS = re.compile(r"`+")

SENTENCE_ENDS = frozenset(".!?؟؛۔\n")
CLOSERS = frozenset("\"'”’»›)]}")
LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def yaml_string(value: str) -> str:
    """A JSON string is a valid YAML double-quoted scalar, whatever it holds."""
    return json.dumps(value, ensure_ascii=False)


def _escape_inline(text: str) -> str:
    # `<` never starts HTML (a tag, a comment, `</details>`, one of our markers);
    # `%%` never opens an Obsidian comment that would hide what follows.
    return text.replace("<", "\\<").replace("%%", "\\%\\%")


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Where CommonMark finds code spans: a backtick run up to the next run of
    the same length (inside one, a backslash would show, and `<` is text)."""
    runs = []
    for match in _BACKTICKS.finditer(text):
        start, end = match.span()
        backslashes = len(text[:start]) - len(text[:start].rstrip("\\"))
        runs.append((start + backslashes % 2, end))  # an escaped backtick is text
    spans, at = [], 0
    while at < len(runs):
        start, end = runs[at]
        closing = next(
            (k for k in range(at + 1, len(runs)) if runs[k][1] - runs[k][0] == end - start), None
        )
        if end - start == 0 or closing is None:
            at += 1
            continue
        spans.append((start, runs[closing][1]))
        at = closing + 1
    return spans


def _escape_outside_code(text: str) -> str:
    out, last = [], 0
    for start, end in _code_spans(text):
        out += [_escape_inline(text[last:start]), text[start:end]]
        last = end
    return "".join([*out, _escape_inline(text[last:])])


def _join_code_spans(lines: list[str]) -> list[str]:
    """Lines whose break falls inside a code span joined with a space (which is
    how CommonMark shows that break): no line then starts inside code, where an
    escape would show."""
    joined = "\n".join(lines)
    inside = [(start, end) for start, end in _code_spans(joined) if "\n" in joined[start:end]]
    for start, end in inside:
        joined = joined[:start] + joined[start:end].replace("\n", " ") + joined[end:]
    return joined.split("\n")


def _escape_start(body: str) -> str:
    ordered = _ORDERED.match(body)
    fence = _FENCE.match(body)
    if fence:  # every mark, or the rest would pair up as code or strikethrough
        return "".join("\\" + mark for mark in fence.group()) + body[fence.end() :]
    if _BLOCK_OPENERS.match(body):
        return "\\" + body
    if ordered:
        return ordered.group(1) + "\\" + body[ordered.end(1) :]
    return body


def _escape_lines(lines: list[str]) -> list[str]:
    """The lines of one paragraph as Markdown that can only be paragraph text."""
    if not lines:
        return []
    leads, bodies = [], []
    for line in _join_code_spans(lines):
        body = line.lstrip(" \t")
        leads.append("&nbsp;" * len(line[: len(line) - len(body)].expandtabs(4)))
        bodies.append(_escape_start(body))
    escaped = _escape_outside_code("\n".join(bodies)).split("\n")
    # Escapes can move where code spans pair up: a line starting inside one kept
    # its `<`, and HTML would still start there.
    escaped = ["\\" + line if line.startswith("<") else line for line in escaped]
    return [lead + line if line else "" for lead, line in zip(leads, escaped, strict=True)]


def escape_line(line: str) -> str:
    """One line of text as Markdown that can only be paragraph text."""
    return _escape_lines([line])[0]


def escape_label(text: str) -> str:
    """One line for a heading or a label: line breaks become spaces, and a
    trailing `#` is kept (an ATX heading would drop it as a closing sequence)."""
    line = escape_line(" ".join(LINE_BREAKS.sub("\n", text).split()))
    return line[:-1] + "\\#" if line.endswith("#") else line


def escape_block(text: str) -> list[str]:
    """A note body as Markdown lines: its lines kept (a hard break `\\` ends each
    line followed by another in the same paragraph), blank lines kept as one."""
    out: list[str] = []
    paragraph: list[str] = []
    for raw in [*LINE_BREAKS.sub("\n", text).split("\n"), ""]:
        if raw.strip():
            paragraph.append(raw.rstrip())
            continue
        lines = _escape_lines(paragraph)
        for line in lines[:-1]:
            # An odd run of backslashes at the end would swallow the break's own.
            trailing = len(line) - len(line.rstrip("\\"))
            out.append(line + "\\" * (trailing % 2) + "\\")
        if lines:
            out += [lines[-1], ""]
        paragraph = []
    return out[:-1]


def emphasised(text: str, hit: tuple[int, int]) -> str:
    """One line of article text, the stretch `hit` in bold (widened to whole words:
    CommonMark will not open emphasis between a letter and a quote mark)."""
    text = " ".join(LINE_BREAKS.sub("\n", text).split("\n"))
    start, end = _whole_words(text, *hit)
    if not 0 < end - start < len(text.strip()):
        return escape_line(text)
    before, inside, after = text[:start], text[start:end], text[end:]
    inside, after = _escape_outside_code(inside), _escape_outside_code(after)
    return f"{escape_line(before)}**{inside}**{after}"


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_NBSP = "&nbsp;"


def _unescape_outside_code(text: str) -> str:
    out, last = [], 0
    for start, end in _code_spans(text):
        out += [_ESCAPED.sub(r"\1", text[last:start]), text[start:end]]
        last = end
    return "".join([*out, _ESCAPED.sub(r"\1", text[last:])])


def _unescape_lead(line: str) -> str:
    spaces = 0
    while line.startswith(_NBSP):
        line, spaces = line[len(_NBSP) :], spaces + 1
    return " " * spaces + line


def unescape_block(lines: list[str]) -> str:
    """A note's text from the Markdown `escape_block` wrote (as far as it can be read
    back: a tab written as spaces, or a code span's line break, comes back as spaces)."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line.rstrip())
        elif paragraphs[-1]:
            paragraphs.append([])
    out = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        texts = []
        for index, line in enumerate(paragraph):
            if index < len(paragraph) - 1 and line.endswith("\\"):
                run = len(line) - len(line.rstrip("\\"))  # (see escape_block)
                line = line[: len(line) - (2 if run >= 3 else 1)]
            texts.append(_unescape_lead(line))
        out.append(_unescape_outside_code("\n".join(texts)))
    return "\n\n".join(out)


def unescape_quote(lines: list[str]) -> str:
    """Article text from a quote block `quote_lines` wrote without a hit in bold."""
    quoted = [line[1:].removeprefix(" ") for line in lines if line.startswith(">")]
    return "\n".join(_unescape_outside_code(line) for line in quoted)


def quote_lines(text: str, hit: tuple[int, int] | None = None) -> list[str]:
    """Article text as a quote block, the anchored stretch (if any) in bold."""
    if hit is not None and "\n" not in text:
        return [f"> {emphasised(text, hit)}"]
    lines = [escape_line(line) for line in LINE_BREAKS.sub("\n", text).split("\n")]
    return [f"> {line}" if line else ">" for line in lines]


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The hit widened to the spaces around it, so `**` always opens and closes
    (CommonMark will not open emphasis between a letter and a quote mark)."""
    start, end = max(0, start), min(len(text), end)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def obsidian_tag(tag: str) -> str:
    """A tag Obsidian accepts: letters (Arabic too), digits, `_`, `-` and `/`;
    spaces and other marks become `-`; an all-digit tag gets a leading `_`."""
    cleaned = []
    for char in tag.lstrip("#"):
        kind = unicodedata.category(char)
        if kind[0] in "LMN" or char in "_-/":
            cleaned.append(char)
        elif char == "\u200c":  # ZWNJ shapes Persian words: keep it
            cleaned.append(char)
        else:
            cleaned.append("-")
    text = re.sub(r"-{2,}", "-", "".join(cleaned)).strip("-/")
    if text and all(unicodedata.category(c)[0] == "N" for c in text):
        text = "_" + text
    return text


def obsidian_tags(tags: tuple[str, ...] | list[str]) -> list[str]:
    """Each tag made valid, without repeats, in order."""
    seen: list[str] = []
    for tag in tags:
        valid = obsidian_tag(tag)
        if valid and valid not in seen:
            seen.append(valid)
    return seen


def _ends_sentence(text: str, at: int) -> bool:
    char = text[at]
    if char not in SENTENCE_ENDS:
        return False
    if char == ".":
        # 14.3 and scale.com are not ends; a full stop is followed by a space,
        # a closing quote or the end of the text.
        following = text[at + 1 : at + 2]
        return not following or following.isspace() or following in CLOSERS
    return True


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or sentences) holding text[start:end], split on . ! ? ؟ ؛
    and line ends; a closing quote right after the end belongs to the sentence."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    begin = 0
    for at in range(start - 1, -1, -1):
        if _ends_sentence(text, at):
            begin = at + 1
            while begin < start and text[begin] in CLOSERS:
                begin += 1
            break
    while begin < start and text[begin].isspace():
        begin += 1
    finish = len(text)
    for at in range(max(start, end - 1), len(text)):
        if _ends_sentence(text, at):
            finish = at + 1
            while finish < len(text) and text[finish] in CLOSERS:
                finish += 1
            break
    while finish > end and text[finish - 1].isspace():
        finish -= 1
    return begin, finish


def neutralize_controls(text: str) -> str:
    """Control characters from a source text or a note (ESC[2J, OSC 52, a bell)
    as their visible Control Pictures: the file, or `-o -` on a terminal, must
    never drive the terminal that shows it. Newlines and tabs stay."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        code = ord(char)
        if char in "\n\t" or unicodedata.category(char) != "Cc":
            out.append(char)
        elif code < 0x20:
            out.append(chr(0x2400 + code))
        else:
            out.append("\u2421" if code == 0x7F else "\ufffd")
    return "".join(out)


def escape_json_controls(text: str) -> str:
    """JSON text with DEL and the C1 controls (which json.dumps leaves raw, and
    \\x9b is a CSI to some terminals) written as \\u escapes: the data is exact."""
    return re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)
