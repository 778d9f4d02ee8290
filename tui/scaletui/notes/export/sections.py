"""The marker lines that tell the app's parts of an exported Markdown file from the
reader's.

Each part the app writes sits between an opening and a closing marker, HTML comments
that Markdown viewers and Obsidian's reading view do not show:

    <!-- scaletui:head story=ID at=TIME front=H sha256=H -->     the title and source
    <!-- scaletui:anchor story=ID key=KEY sha256=H -->            a heading and its quote
    <!-- scaletui:note story=ID uid=UID sha256=H {…} -->          one note
    <!-- /scaletui:KIND story=ID -->                              (each one's end)
    <!-- scaletui:end story=ID -->                                where the notes end

`sha256` is a digest of the part as written, so the next export can tell what the
reader changed in it; a note's opening marker carries the note's own data (anchor,
times, tags as typed) as JSON, for `scaletui import`. Everything outside the markers
is the reader's. Files from before this format held one block between
`<!-- scaletui:begin story=ID sha256=H -->` and the end marker; it is read too.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import quote, unquote

from ...user_dirs import parse_json

PartKind = Literal["head", "anchor", "note"]
# What an export does to the file it names: a new file, its parts updated, the notes
# added to a file of the reader's, the whole file replaced.
PlanKind = Literal["new", "update", "add", "replace"]

_MARKER = re.compile(
    r"<!-- (?P<close>/?)scaletui:(?P<kind>head|anchor|note|begin|end)"
    r"(?P<attributes>(?: [a-z0-9]+=[^\s{]+)*)(?: (?P<meta>\{.*\}))? -->"
)
_ATTRIBUTE = re.compile(r" ([a-z0-9]+)=([^\s{]+)")


def marker_id(value: str) -> str:
    """A value as it stands in a marker: no spaces, no `--` (an HTML comment would
    end there, or be invalid), no braces."""
    return quote(value, safe=":+@").replace("--", "-%2D")


def digest(lines: list[str]) -> str:
    """What an opening marker records of its part: editors may change line ends, strip
    trailing spaces or add blank lines around it without it counting as an edit."""
    text = "\n".join(line.rstrip() for line in lines).strip("\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def digest_v1(lines: list[str]) -> str:
    """The digest the first format's begin marker records of its block."""
    text = "\n".join(line.rstrip() for line in lines)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _meta_json(meta: dict[str, Any]) -> str:
    """JSON that keeps to one line and can never end the comment it is in."""
    text = json.dumps(meta, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"),
                          ("\u2029", "\\u2029"), ("\x85", "\\u0085")):  # fmt: skip
        text = text.replace(char, escaped)
    text = re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)
    # `-` appears in JSON only inside strings here (no negative numbers): `--` never
    # stands in the line, so neither does `-->`.
    while "--" in text:
        text = text.replace("--", "-\\u002d")
    return text


def opening(kind: PartKind, story_id: str, lines: list[str], meta: dict[str, Any] | None = None,
            **attributes: str) -> str:  # fmt: skip
    """The marker that opens a part whose content is `lines`."""
    fields = {"story": story_id, **attributes, "sha256": digest(lines)}
    text = "".join(f" {name}={marker_id(value)}" for name, value in fields.items())
    if meta is not None:
        text += " " + _meta_json(meta)
    return f"<!-- scaletui:{kind}{text} -->"


def closing(kind: PartKind, story_id: str) -> str:
    return f"<!-- /scaletui:{kind} story={marker_id(story_id)} -->"


def end_marker(story_id: str) -> str:
    return f"<!-- scaletui:end story={marker_id(story_id)} -->"


@dataclass(frozen=True, slots=True)
class Marker:
    """A marker line, read."""

    kind: str  # head, anchor, note, end; begin (the first format's)
    closing: bool
    story: str  # as written in the marker (see marker_id)
    attributes: dict[str, str]
    meta: dict[str, Any] | None

    def get(self, name: str) -> str:
        return unquote(self.attributes.get(name, ""))


def read_marker(line: str) -> Marker | None:
    """The marker a line is, or None (a line of the reader's)."""
    match = _MARKER.fullmatch(line.strip())
    if match is None:
        return None
    attributes = dict(_ATTRIBUTE.findall(match["attributes"]))
    if "story" not in attributes:
        return None
    meta = None
    if match["meta"] is not None:
        try:
            loaded = parse_json(match["meta"])
        except ValueError:
            loaded = None
        meta = loaded if isinstance(loaded, dict) else None
    return Marker(match["kind"], bool(match["close"]), attributes["story"], attributes, meta)
