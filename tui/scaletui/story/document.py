"""Any text file as a story: reading it safely, and splitting it into paragraphs.

Plain text and Markdown (headings, paragraphs, lists, block quotes). Each
paragraph later gets its own base direction, so Arabic, Persian, Hebrew and
English paragraphs sit side by side correctly.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import unicodedata
from pathlib import Path, PurePath

from ..i18n import N_, Said
from ..user_dirs import user_path
from .files import FileProblem, read_limited
from .model import Paragraph
from .parsing import (
    MarkdownParser,
    PlainParser,
    parse_all,
)

ARABIC_LETTERS = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
# Byte-order marks of the encodings whose text is full of NUL bytes (UTF-32's first:
# its little-endian mark begins with UTF-16's).
UTF_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip


class DocumentError(Exception):
    """A file that cannot be opened as text; the message says why, in one line."""


def decode_text(data: bytes, name: str | PurePath, encoding: str | None = None) -> str:
    """Bytes to text: UTF-8 (or `encoding`), with a clear error and a cp1256 hint."""
    if not data.strip():
        raise DocumentError(Said(N_("{name}: the file is empty"), name=name))
    check_encoding(name, encoding)
    check_bytes(name, data, encoding)
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as error:
        raise DocumentError(decode_problem(name, data, error, encoding)) from None
    text = text.removeprefix("\ufeff")
    check_text(name, text)
    return text


def check_encoding(name: str | PurePath, encoding: str | None) -> None:
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DocumentError(
            Said(N_("{name}: unknown encoding {encoding!r}"), name=name, encoding=encoding)
        ) from None
    try:
        b"a".decode(encoding)
    except UnicodeDecodeError:
        pass  # a text encoding that takes no lone "a" (UTF-16)
    except (LookupError, UnicodeError):
        # rot13, base64, zip: codecs, but not from bytes to text (they ended in a
        # traceback); "undefined" decodes nothing.
        raise DocumentError(
            Said(
                N_("{name}: {encoding!r} is not a text encoding (for Arabic: utf-8 or cp1256)"),
                name=name,
                encoding=encoding,
            )
        ) from None


def unreadable(path: Path, error: OSError) -> DocumentError:
    """Why a file could not be opened (or read on), in one line."""
    if isinstance(error, FileNotFoundError):
        return DocumentError(Said(N_("{path}: no such file"), path=path))
    if isinstance(error, IsADirectoryError):
        return DocumentError(Said(N_("{path}: is a directory without a story pack"), path=path))
    return DocumentError(
        Said(N_("{path}: {problem}"), path=path, problem=error.strerror or str(error))
    )


def check_bytes(name: str | PurePath, data: bytes, encoding: str | None) -> None:
    """A file's first bytes: NUL bytes mean a binary file (unless an encoding is named),
    or UTF-16 or UTF-32 text, which says so in its first bytes (Notepad's "Unicode")."""
    if encoding is None:
        for mark, named in UTF_MARKS:
            if data.startswith(mark):
                raise DocumentError(
                    Said(N_("{name}: is {encoding} text (it starts with its byte-order mark): "
                            "open it with --encoding {encoding}"), name=name, encoding=named)
                )  # fmt: skip
    if b"\x00" in data[:8192] and encoding is None:
        raise DocumentError(
            Said(
                N_("{name}: looks like a binary file (it contains NUL bytes), not text"), name=name
            )
        )


def check_text(name: str | PurePath, text: str) -> None:
    """A file's first characters: many control characters mean a binary file."""
    sample = text[:8192]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(8, len(sample) // 20):
        raise DocumentError(
            Said(
                N_("{name}: looks like a binary file (many control characters), not text"),
                name=name,
            )
        )


def decode_problem(
    name: str | PurePath, data: bytes, error: UnicodeDecodeError, encoding: str | None
) -> Said:
    fields = {"name": name, "encoding": encoding or "UTF-8", "at": error.start}
    if encoding is None and _looks_like_cp1256(data):
        return Said(
            N_("{name}: not valid {encoding} at byte {at}; it decodes as Windows-1256 "
               "(Arabic): open it with --encoding cp1256"),
            **fields,
        )  # fmt: skip
    return Said(N_("{name}: not valid {encoding} at byte {at}"), **fields)


def _said(problem: Exception) -> object:
    """A FileProblem's own `Said`, so it is translated with the message around it."""
    first = problem.args[0] if problem.args else problem
    return first if isinstance(first, Said) else str(problem)


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
    except FileProblem as problem:
        raise DocumentError(
            Said(N_("{path}: {problem}"), path=path, problem=_said(problem))
        ) from None
    except OSError as error:
        raise unreadable(path, error) from None
    return decode_text(data, str(path), encoding)


def _file_stem(path: Path) -> str:
    return (re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "text")[:40]


def path_text(path: str | PurePath) -> str:
    """A path as text a UTF-8 file or a terminal takes: the bytes of a name that are not
    UTF-8 (which Python keeps as lone surrogates) as U+FFFD (a drafted pack's source
    and title held them, and writing it raised UnicodeEncodeError)."""
    return os.fsencode(path).decode("utf-8", "replace")


def document_id(path: Path) -> str:
    """Stable per file: the same path keeps its notes however its text changes
    (notes are re-anchored on the edited text by their quotes)."""
    # `~nobody/x` (a folder so named) stays as written (expanduser raised RuntimeError);
    # a name not in UTF-8 hashes as its own bytes.
    where = os.fsencode(user_path(path).resolve())
    return f"file-{_file_stem(path)}-{hashlib.sha256(where).hexdigest()[:12]}"


def legacy_document_id(path: Path, text: str) -> str:
    """The id versions before 0.2 gave a file: by its content, so any edit lost
    its notes. Kept to find those notes and move them to `document_id`."""
    return legacy_id_from_digest(path, hashlib.sha256(text.encode("utf-8")).hexdigest())


def legacy_id_from_digest(path: Path, digest: str) -> str:
    """legacy_document_id from the text's SHA-256 (hex), as a streamed read computes it."""
    return f"file-{_file_stem(path)}-{digest[:12]}"


def parse_markdown(text: str) -> list[Paragraph]:
    """Headings, paragraphs, list items and block quotes, in logical order."""
    return parse_all(MarkdownParser(), text)


def parse_plain(text: str) -> list[Paragraph]:
    """Plain text: a line per paragraph, or hard-wrapped lines joined (see PlainParser)."""
    return parse_all(PlainParser(), text)
