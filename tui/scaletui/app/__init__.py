"""The App and the collaborators it owns (the notes store's access, the library,
story switching, the work around the first frame, the terminal's hints, the quit
signals): the App itself only wires them together."""

from .app import AppOptions, ScaleTUIApp

__all__ = ["AppOptions", "ScaleTUIApp"]
