"""The explorer: the article beside the story's panels, and what routes between them."""

from .screen import ExplorerScreen

__all__ = ["ExplorerScreen"]
