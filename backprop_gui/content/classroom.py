"""A lesson's classroom entry: the settings and views its students need (no Qt).

A lesson may say ``"classroom": {"settings": [...], "views": [...]}``: the keys of the
Settings panel's controls it needs (the schema's control keys: ``learning_rate``,
``units`` for the hidden layers) and the docks it shows (``decision_dock``). In
classroom mode the window shows only those, with the lesson and the network diagram,
and locks the rest (``gui/levels.py``). :func:`parse_classroom` checks the entry; a
mistake is one :class:`~.reading.LessonError` line naming the field.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..schema.settings import SETTINGS
from .reading import LessonError, items, obj

__all__ = ["DOCKS", "SETTING_KEYS", "Classroom", "parse_classroom"]

#: Settings of the schema that no control of the Settings panel edits.
_NO_CONTROL = ("title", "description", "adam_epsilon", "target_loss")
#: The keys a classroom entry may name: every control of the Settings panel, by the
#: schema's control key (the controls' object names).
SETTING_KEYS: tuple[str, ...] = (*dict.fromkeys(s.key for s in SETTINGS.values() if s.key not in _NO_CONTROL),
                                 "early_stopping")  # (its check box: the setting is null or an object)
#: The window's docks (their object names); the lesson itself is always shown.
DOCKS: tuple[str, ...] = ("controls_dock", "decision_dock", "loss_dock", "weights_dock", "gradients_dock",
                          "confusion_dock", "stepthrough_dock", "lessons_dock", "digits_dock", "practice_dock",
                          "landscape_dock")
_KEYS = ("settings", "views")


@dataclass(frozen=True)
class Classroom:
    settings: tuple[str, ...]  # control keys, in the lesson's order
    views: tuple[str, ...]  # dock names


def _names(value: object, field: str, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    names = items(value, field)
    for i, name in enumerate(names):
        if not isinstance(name, str) or name not in allowed:
            near = difflib.get_close_matches(name, allowed, 1) if isinstance(name, str) else []
            hint = f"did you mean {near[0]!r}?" if near else f"for example {allowed[0]!r}"
            raise LessonError(f"{field}[{i}] is {repr(name)[:60]}, which is not {what}; {hint}")
        if name in names[:i]:
            raise LessonError(f"{field}[{i}] names {name!r} a second time")
    return tuple(names)


def parse_classroom(value: object, docks: tuple[str, ...] = DOCKS, field: str = "classroom") -> Classroom:
    """The lesson's ``classroom`` entry, checked against the control keys and ``docks``."""
    value = obj(value, field, _KEYS, _KEYS)
    settings = _names(value["settings"], f"{field}.settings", SETTING_KEYS, "a setting's key")
    views = _names(value["views"], f"{field}.views", docks, "a view's dock")
    if settings and "controls_dock" not in views:  # settings the students may change are in the Settings panel
        views = ("controls_dock", *views)
    return Classroom(settings=settings, views=views)
