"""Where a widget class keeps whether it inherits its bases' key bindings.

Textual's documented class argument `inherit_bindings=False` makes a class ignore
the bindings declared above it, but Textual keeps the flag under a private name.
The help lists only the keys a class really has, so it needs the flag: a class
that derives from `OwnBindings` keeps it in its own namespace, read by
`inherits_bindings` (a subclass declared without the argument inherits again).
"""

from __future__ import annotations

from typing import Any

from textual.widget import Widget

FLAG = "own_bindings_inherited"


class OwnBindings(Widget):
    """A widget whose subclasses say whether they inherit their bases' bindings."""

    def __init_subclass__(cls, inherit_bindings: bool = True, **kwargs: Any) -> None:
        super().__init_subclass__(inherit_bindings=inherit_bindings, **kwargs)
        setattr(cls, FLAG, inherit_bindings)


def inherits_bindings(cls: type) -> bool:
    """Whether `cls` takes its bases' bindings: False only for a class declared with
    `inherit_bindings=False` through OwnBindings (Textual ignores what is above it)."""
    return bool(cls.__dict__.get(FLAG, True))
