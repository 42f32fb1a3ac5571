"""What the window tests do as a user would, shared by them."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def click_preset(lessons, number: int) -> None:
    """Click a lesson's preset button; a preset that asks a prediction first is opened with
    "Skip" (the predictions have tests of their own, in tests/test_predictions.py)."""
    lessons.findChild(QPushButton, f"preset_{number}").click()
    skip = lessons.findChild(QPushButton, "skip_prediction")
    if skip is not None and skip.isVisibleTo(lessons):  # (the Lessons dock may be hidden)
        skip.click()
