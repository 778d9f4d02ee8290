"""Textual's parsed CSS, kept between runs, so a repeat launch does not parse it again.

At every start Textual tokenizes and parses its own CSS and every widget's
DEFAULT_CSS into rule sets, compiling its tokenizer's patterns on the way: about a
twentieth of a launch, and Textual keeps the result only for the process. After
the first frame the app writes the stylesheet's parse cache to the cache
directory; the next start puts those rule sets back into it before Textual looks.
Each entry is keyed by its CSS text (and where it comes from), so CSS that changed
is parsed afresh; the file as a whole is for one Textual release and one set of
CSS variables (the theme), which parsing substitutes.

Rule sets are Textual objects, so the file is a pickle, and a pickle can run code.
It is trusted only as far as the user's own files are: it must be a regular file
owned by the user and writable by no one else, and it is read by an unpickler that
makes nothing but the classes of Textual's CSS model (rule sets, selectors,
styles, scalars, colours, spacings, layouts), its selector checks, its enums'
members and a dict's lookups. Anything else, a damaged file, another release or
another theme counts as no cache: Textual parses, as it always did.
"""

from __future__ import annotations

import enum
import functools
import io
import marshal
import os
import pickle
from pathlib import Path
from typing import Any

from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet

from .layout.cache import installed_release
from .user_dirs import read_regular_file, write_cache_file

CSS_CACHE_FORMAT = 1
CSS_CACHE_LIMIT = 4 * 1024 * 1024  # the app's CSS pickles to about 40 KB
# What a pickled rule set is made of, and nothing else.
_MODEL_MODULES = frozenset(
    {"textual.css.model", "textual.css.scalar", "textual.css.styles", "textual.color",
     "textual.geometry"}
)  # fmt: skip
_LAYOUT_MODULES = "textual.layouts."
_DICT_LOOKUPS = frozenset({"get", "__contains__"})
_SELECTOR_CHECKS = frozenset({"_check_universal", "_check_type", "_check_class", "_check_id"})

ParseKey = tuple[Any, ...]  # Textual's: (css, read_from, is_default_rules, tie_breaker, scope)


def css_cache_file(cache_dir: Path) -> Path:
    return cache_dir / "textual-css.bin"


def restore_parsed_css(stylesheet: Stylesheet, path: Path) -> frozenset[ParseKey]:
    """Put the rule sets kept at `path` into the stylesheet's parse cache, if they
    were parsed by this Textual release with these variables; the keys put back."""
    try:
        if not _trusted(path):
            return frozenset()
        header, pickled = marshal.loads(read_regular_file(path, CSS_CACHE_LIMIT))
        if header != _header(stylesheet):
            return frozenset()
        entries = _ModelUnpickler(io.BytesIO(pickled)).load()
        if not _well_formed(entries):
            return frozenset()
    except Exception:  # noqa: BLE001 - whatever is wrong with a cache, it is no cache
        return frozenset()
    for key, rules in entries.items():
        stylesheet._parse_cache.set(key, rules)
    return frozenset(entries)


def keep_parsed_css(stylesheet: Stylesheet, path: Path, restored: frozenset[ParseKey]) -> None:
    """Write the stylesheet's parse cache to `path` if it holds what `restored` did not."""
    parse_cache = stylesheet._parse_cache
    keys = frozenset(parse_cache.keys())
    if keys <= restored:
        return
    entries = {key: parse_cache.get(key) for key in keys}
    try:
        pickled = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
        # Only what this module would read back is kept (a new Textual may pickle
        # its rules with something the unpickler does not make).
        if not _well_formed(_ModelUnpickler(io.BytesIO(pickled)).load()):
            return
    except Exception:  # noqa: BLE001 - a cache that cannot be made is not kept
        return
    write_cache_file(path, marshal.dumps((_header(stylesheet), pickled)))


def _header(stylesheet: Stylesheet) -> tuple[int, str, tuple[tuple[str, str], ...]]:
    variables = tuple(
        sorted((str(name), str(value)) for name, value in stylesheet._variables.items())
    )
    return (CSS_CACHE_FORMAT, installed_release("textual"), variables)


def _trusted(path: Path) -> bool:
    """The user's own file, which no one else can have written."""
    info = os.stat(path)
    return info.st_uid == os.geteuid() and not info.st_mode & 0o022


def _well_formed(entries: object) -> bool:
    return isinstance(entries, dict) and all(
        isinstance(key, tuple)
        and isinstance(rules, list)
        and all(isinstance(rule, RuleSet) for rule in rules)
        for key, rules in entries.items()
    )


def _model_attribute(owner: object, name: object) -> object:
    """getattr as a pickled rule set uses it, and no other way: an enum's member (a
    selector's type), or a dict's get and `in` (a Styles reads its rules through them)."""
    if isinstance(owner, type) and issubclass(owner, enum.Enum) and isinstance(name, str):
        return owner[name]
    if type(owner) is dict and name in _DICT_LOOKUPS:
        return getattr(owner, name)
    raise pickle.UnpicklingError(f"getattr({type(owner).__name__}, {name!r}) is not allowed")


class _ModelUnpickler(pickle.Unpickler):
    """Makes the classes of Textual's CSS model, and refuses every other global."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("builtins", "getattr"):
            return _model_attribute
        if (module, name) == ("functools", "partial"):
            return functools.partial  # a selector's check, bound to its name
        if module == "textual.css.model" and name in _SELECTOR_CHECKS:
            return super().find_class(module, name)
        if module in _MODEL_MODULES or module.startswith(_LAYOUT_MODULES):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of Textual's CSS model")
