"""Screens route messages between the widgets."""
