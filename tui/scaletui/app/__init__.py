"""The App and the collaborators it owns (the library, story switching, the notes
store, signals): the App itself only wires them together."""

from .app import ScaleTUIApp

__all__ = ["ScaleTUIApp"]
