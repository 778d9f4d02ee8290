"""Thin widgets: they render what they are given and post what the user does."""
