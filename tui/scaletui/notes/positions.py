"""Where the reader was in each story: a small JSON file in the data directory.

Written whole and atomically (a temporary file, then a rename), so a reader
never sees half of it, but not `fsync`ed: it is written on the event loop when the
cursor rests, and a sync there waits on the disk (tens of ms on a busy one, in a
key's time). A crash of the machine itself may lose the last place. A data
directory that cannot be written keeps nothing, silently: a reading place is a
convenience, never worth an error. No Textual here.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..user_dirs import parse_json, read_regular_file, replace_file

POSITIONS_NAME = "positions.json"
MAX_STORIES = 500  # the oldest places are forgotten past this many stories

Place = tuple[int, int]  # (paragraph, logical offset)


class PositionMemory:
    """Reading places per story id, kept in `data_dir/positions.json`."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / POSITIONS_NAME
        self._places: dict[str, Place] | None = None

    def _load(self) -> dict[str, Place]:
        if self._places is None:
            self._places = {}
            try:
                raw = parse_json(read_regular_file(self.path).decode("utf-8"))
            except (OSError, ValueError):
                raw = {}  # none yet, or damaged: start again (it is only a place)
            if isinstance(raw, dict):
                for story_id, value in raw.items():
                    place = _place(value)
                    if place is not None:
                        self._places[str(story_id)] = place
        return self._places

    def get(self, story_id: str) -> Place | None:
        return self._load().get(story_id)

    def remember(self, story_id: str, place: Place) -> bool:
        """Keep a story's place; False if it could not be written (nothing raised)."""
        places = self._load()
        if places.get(story_id) == place:
            return True
        places.pop(story_id, None)  # newest last: the oldest go first past the limit
        places[story_id] = (int(place[0]), int(place[1]))
        while len(places) > MAX_STORIES:
            del places[next(iter(places))]
        data = {sid: list(p) for sid, p in places.items()}
        return _write_atomic(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def _place(value: object) -> Place | None:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
    ):
        return (value[0], value[1])
    return None


def _write_atomic(path: Path, data: bytes) -> bool:
    try:
        replace_file(path, data, prefix=".positions-")
    except OSError:
        return False
    return True
