"""Any text file as a story: reading it safely, and splitting it into paragraphs.

Plain text and Markdown (headings, paragraphs, lists, block quotes). Each
paragraph later gets its own base direction, so Arabic, Persian, Hebrew and
English paragraphs sit side by side correctly.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from pathlib import Path

from .files import FileProblem, read_limited
from .model import Paragraph, ParagraphKind

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
ARABIC_LETTERS = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")


class DocumentError(Exception):
    """A file that cannot be opened as text; the message says why, in one line."""


def decode_text(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes to text: UTF-8 (or `encoding`), with a clear error and a cp1256 hint."""
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise DocumentError(f"{name}: unknown encoding {encoding!r}") from None
    sample = data[:8192]
    if b"\x00" in sample and encoding is None:
        raise DocumentError(f"{name}: looks like a binary file (it contains NUL bytes), not text")
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as error:
        message = f"{name}: not valid {encoding or 'UTF-8'} at byte {error.start}"
        if encoding is None and _looks_like_cp1256(data):
            message += "; it decodes as Windows-1256 (Arabic): open it with --encoding cp1256"
        raise DocumentError(message) from None
    text = text.removeprefix("\ufeff")
    controls = sum(
        1 for c in text[:8192] if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f"
    )
    if controls > max(8, len(text[:8192]) // 20):
        raise DocumentError(f"{name}: looks like a binary file (many control characters), not text")
    return text


def _looks_like_cp1256(data: bytes) -> bool:
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return False
    letters = sum(1 for c in text if c.isalpha())
    return letters > 0 and len(ARABIC_LETTERS.findall(text)) / letters > 0.3


def read_document(path: Path, encoding: str | None = None) -> str:
    try:
        data = read_limited(path)
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a directory without a story pack") from None
    except FileProblem as problem:
        raise DocumentError(f"{path}: {problem}") from None
    except OSError as error:
        raise DocumentError(f"{path}: {error.strerror or error}") from None
    return decode_text(data, str(path), encoding)


def _file_stem(path: Path) -> str:
    return (re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "text")[:40]


def document_id(path: Path) -> str:
    """Stable per file: the same path keeps its notes however its text changes
    (notes are re-anchored on the edited text by their quotes)."""
    where = str(path.expanduser().resolve())
    return f"file-{_file_stem(path)}-{hashlib.sha256(where.encode('utf-8')).hexdigest()[:12]}"


def legacy_document_id(path: Path, text: str) -> str:
    """The id versions before 0.2 gave a file: by its content, so any edit lost
    its notes. Kept to find those notes and move them to `document_id`."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return f"file-{_file_stem(path)}-{digest}"


_INLINE = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: keep the text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"`([^`]*)`"), r"\1"),  # code
]


def strip_inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def parse_markdown(text: str) -> list[Paragraph]:
    """Headings, paragraphs, list items and block quotes, in logical order."""
    paragraphs: list[Paragraph] = []
    buffer: list[str] = []
    buffer_kind: ParagraphKind = "body"
    in_fence = False
    title_seen = False

    def flush() -> None:
        nonlocal buffer, buffer_kind
        if buffer:
            joined = strip_inline(" ".join(line.strip() for line in buffer)).strip()
            if joined:
                paragraphs.append(Paragraph(len(paragraphs), buffer_kind, joined))
        buffer, buffer_kind = [], "body"

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        if line.lstrip().startswith(("```", "~~~")):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                paragraphs.append(Paragraph(len(paragraphs), "code", line))
            continue
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", stripped)
        if heading:
            flush()
            level, content = len(heading.group(1)), strip_inline(heading.group(2))
            kind: ParagraphKind = "title" if level == 1 and not title_seen else "heading"
            title_seen = title_seen or kind == "title"
            if content:
                paragraphs.append(Paragraph(len(paragraphs), kind, content))
            continue
        item = re.match(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$", line)
        if item:
            flush()
            buffer, buffer_kind = ["• " + item.group(1)], "item"
            continue
        quote = re.match(r"^\s*>\s?(.*)$", line)
        if quote:
            if buffer_kind != "quote":
                flush()
                buffer_kind = "quote"
            buffer.append(quote.group(1))
            continue
        if buffer_kind == "quote":
            flush()
        buffer.append(stripped)
    flush()
    return paragraphs


def parse_plain(text: str) -> list[Paragraph]:
    """Plain text: a line per paragraph, unless the text is hard-wrapped.

    Hard-wrapped text (most lines of a similar, modest length) is joined back
    into paragraphs at blank lines. A short first line followed by a blank line
    is the title.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    filled = [line.strip() for line in lines if line.strip()]
    lengths = sorted(len(line) for line in filled)
    hard_wrapped = (
        len(filled) >= 5
        and 40 <= lengths[len(lengths) // 2] <= 100
        and sum(1 for n in lengths if n <= 100) / len(lengths) > 0.8
    )
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    texts: list[str] = []
    for block in blocks:
        if not block:
            continue
        if hard_wrapped:
            texts.append(" ".join(block))
        else:
            texts.extend(block)
    paragraphs: list[Paragraph] = []
    first_is_title = (
        len(texts) > 1 and len(texts[0]) <= 120 and len(lines) > 1 and not lines[1].strip()
    )
    for index, paragraph_text in enumerate(texts):
        kind: ParagraphKind = "title" if index == 0 and first_is_title else "body"
        paragraphs.append(Paragraph(index, kind, paragraph_text))
    return paragraphs


def parse_document(path: Path, text: str) -> list[Paragraph]:
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return parse_markdown(text)
    return parse_plain(text)
