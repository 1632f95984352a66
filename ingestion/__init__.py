"""Dramatiq actors and the background pipeline; configure the broker before importing actors."""
