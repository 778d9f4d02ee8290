"""What an export or an import did, in one sentence of the reader's language: the
same words from `scaletui export`/`import` and from the app's `x` and its dialog."""

from __future__ import annotations

from pathlib import Path

from ...i18n import Language, shown_path


def _path(path: Path | str, language: Language, isolate: bool) -> str:
    return shown_path(Path(path), language) if isolate else str(path)


def copy_reasons(why: tuple[str, ...] | list[str], language: Language) -> str:
    _ = language.gettext
    return _("; ").join(_(reason) for reason in why)


def plan_text(
    kind: str,
    count: int,
    target: Path | str,
    language: Language,
    why: tuple[str, ...] = (),
    isolate: bool = True,
) -> str:
    """What an export to `target` will do (the app's dialog says it before writing)."""
    _ = language.gettext
    said = {
        "new": language.counted("A new file: {count} note.", "A new file: {count} notes.", count),
        "update": language.counted(
            "Updates {count} note in it; everything you wrote there is kept.",
            "Updates {count} notes in it; everything you wrote there is kept.",
            count,
        ),
        "add": language.counted(
            "It holds no notes of scaletui's on this story: {count} note is added at its end.",
            "It holds no notes of scaletui's on this story: {count} notes are added at its end.",
            count,
        ),
        "replace": _("It is replaced by a new export."),
    }[kind]
    if why:
        said += " " + _("A copy of it as it is now is kept beside it first ({why}).").format(
            why=copy_reasons(why, language)
        )
    return said


def result_text(
    kind: str,
    count: int,
    path: Path | None,
    language: Language,
    *,
    copy: Path | None = None,
    why: tuple[str, ...] = (),
    moved: int = 0,
    removed: int = 0,
    isolate: bool = False,
) -> str:
    """What an export did (`path` None: it went to standard output)."""
    _ = language.gettext
    where = _path(path or "-", language, isolate)
    done = {
        "new": language.counted(
            "exported {count} note to {path}", "exported {count} notes to {path}", count, path=where
        ),
        "update": language.counted(
            "updated {count} note in {path}; your text in it is kept",
            "updated {count} notes in {path}; your text in it is kept",
            count,
            path=where,
        ),
        "add": language.counted(
            "added {count} note at the end of {path}; your text in it is kept",
            "added {count} notes at the end of {path}; your text in it is kept",
            count,
            path=where,
        ),
        "replace": language.counted(
            "replaced {path} with an export of {count} note",
            "replaced {path} with an export of {count} notes",
            count,
            path=where,
        ),
    }[kind]
    if moved:
        done += language.counted(
            " ({count} line you wrote inside scaletui's parts now stands just below them)",
            " ({count} lines you wrote inside scaletui's parts now stand just below them)",
            moved,
        )
    if removed:
        done += language.counted(
            " ({count} note not among your notes here was taken out)",
            " ({count} notes not among your notes here were taken out)",
            removed,
        )
    if copy is not None:
        done += _("; the file as it was is kept as {copy} ({why})").format(
            copy=_path(copy, language, isolate), why=copy_reasons(why, language)
        )
    return done


def import_text(
    path: Path | str,
    added: int,
    already: int,
    versions: int,
    reanchored: int,
    not_found: int,
    language: Language,
    story: str | None = None,
    isolate: bool = False,
) -> str:
    """What an import did."""
    _ = language.gettext
    where = _path(path, language, isolate)
    if story is not None:
        said = language.counted(
            "imported {count} note from {path} into {story}",
            "imported {count} notes from {path} into {story}",
            added,
            path=where,
            story=story,
        )
    else:
        said = language.counted(
            "imported {count} note from {path}",
            "imported {count} notes from {path}",
            added,
            path=where,
        )
    if already:
        said += "; " + language.counted(
            "{count} was there already", "{count} were there already", already
        )
    if versions:
        said += "; " + language.counted(
            "{count} is another version of a note of yours, kept beside it",
            "{count} are other versions of notes of yours, each kept beside yours",
            versions,
        )
    if reanchored:
        said += "; " + language.counted(
            "{count} was made on another version of the article and was placed by its quote",
            "{count} were made on another version of the article and were placed by their quotes",
            reanchored,
        )
    if not_found:
        said += "; " + language.counted(
            "{count} is about a passage no longer in the article (kept with its quote)",
            "{count} are about passages no longer in the article (kept with their quotes)",
            not_found,
        )
    return said
