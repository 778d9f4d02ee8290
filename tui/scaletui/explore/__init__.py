"""What the explorer shows, computed without Textual: panel rows, which items a
paragraph supports, and the highlighted marks with their status text.

The screen only routes: it asks these functions what to show and hands the
answers to its widgets.
"""
