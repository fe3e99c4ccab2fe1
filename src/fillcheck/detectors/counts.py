"""Placeholder module: filled in by its family."""
