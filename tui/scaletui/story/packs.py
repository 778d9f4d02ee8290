"""Where story packs are (the bundled ones, or any directory the user names), and what a
problem with one is."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..i18n import ENGLISH, Language, Said, visible
from ..user_dirs import user_path

ARTICLE_FILE = "article.txt"  # a pack is these two files in a directory
DATA_FILE = "story.toml"


# What is wrong with a pack lives here, not in the loader: the app catches
# PackError on every launch, and loads the loader only when a pack must be read.
# (Records loaded before the first frame are NamedTuples: a frozen dataclass costs
# about eight times as much to create, half a millisecond each.)
class Problem(NamedTuple):
    file: str
    key: str
    message: str | Said  # Said: said in the reader's language by the CLI

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.message}"


class PackError(Exception):
    """A pack that cannot be used; `problems` lists everything wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def bundled_content_dir() -> Path:
    """The packs shipped with scaletui.

    A wheel carries them inside the package (scaletui/content); a source checkout
    or editable install finds them at the repository root (content/).
    """
    package = Path(__file__).resolve().parent.parent
    inside = package / "content"
    if inside.is_dir():
        return inside
    return package.parent.parent / "content"


def bundled_story_ids() -> list[str]:
    root = bundled_content_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / DATA_FILE).is_file())


class StoryNotFound(Exception):
    pass


def is_bundled(pack: Path) -> bool:
    """Whether a pack directory is one shipped with scaletui."""
    try:
        return pack.resolve().parent == bundled_content_dir().resolve()
    except OSError:
        return False


def resolve_pack(name: str | None, language: Language = ENGLISH) -> Path:
    """A pack directory from a path or a bundled story id (default: the first bundled
    story: which stories there are is data in content/, not a name in the code)."""
    if name is None:
        bundled = bundled_story_ids()
        if not bundled:
            raise StoryNotFound(language.gettext("no bundled story: name a story pack or file"))
        name = bundled[0]
    candidate = user_path(name)
    try:
        if candidate.is_dir():
            return candidate
        if "/" not in name and (bundled_content_dir() / name).is_dir():
            return bundled_content_dir() / name
        exists = candidate.exists()
    except OSError as error:  # a folder on the way the reader may not search
        raise StoryNotFound(f"{visible(name)}: {error.strerror or error}") from None
    if exists:
        raise StoryNotFound(
            language.gettext(
                "{name}: not a story pack directory (expected article.txt and story.toml)"
            ).format(name=visible(name))
        )
    known = ", ".join(bundled_story_ids()) or language.gettext("none")
    raise StoryNotFound(
        language.gettext(
            "{name}: no such story pack or directory (bundled stories: {known})"
        ).format(name=visible(name), known=known)
    )
