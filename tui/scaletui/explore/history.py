"""Where the reader has been: back and forward over jumps, as a browser (or
`less`'s '' mark, or frogmouth's history) does. No Textual here.

A place is (paragraph, logical offset). A jump records where the reader was,
and going back records where they are, so forward returns there.
"""

from __future__ import annotations

Place = tuple[int, int]  # (paragraph, logical offset)
LIMIT = 100  # places kept each way: far more than anyone steps back through


class History:
    # A plain class: a dataclass costs a millisecond of start-up to make.
    def __init__(self, limit: int = LIMIT) -> None:
        self.back_places: list[Place] = []
        self.forward_places: list[Place] = []
        self.limit = limit

    def jumped(self, origin: Place, target: Place) -> None:
        """The reader jumped from `origin` to `target`: a new branch (forward is dropped)."""
        if origin[0] == target[0]:
            return  # within a paragraph is not a jump worth coming back to
        if not self.back_places or self.back_places[-1] != origin:
            self.back_places.append(origin)
            del self.back_places[: -self.limit]
        self.forward_places.clear()

    def back(self, current: Place) -> Place | None:
        """Where to go back to (None: nowhere); `current` becomes forward's next."""
        return self._step(self.back_places, self.forward_places, current)

    def forward(self, current: Place) -> Place | None:
        return self._step(self.forward_places, self.back_places, current)

    def _step(self, source: list[Place], other: list[Place], current: Place) -> Place | None:
        while source:
            target = source.pop()
            if target != current:
                other.append(current)
                del other[: -self.limit]
                return target
        return None

    @property
    def can_go_back(self) -> bool:
        return bool(self.back_places)

    @property
    def can_go_forward(self) -> bool:
        return bool(self.forward_places)
