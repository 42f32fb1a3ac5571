"""Errors a user can cause, with messages that can be translated.

The core never imports Qt, yet its messages reach the window, which shows them in
English or Bahasa Indonesia. So every message is a *template* with named fields,
marked with ``QT_TRANSLATE_NOOP("core", ...)``. ``pyside6-lupdate`` finds these marks by
name, and the GUI translates ``error.template`` and fills in ``error.params``.
``str(error)`` is the English sentence, used on the command line.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation without translating it (Qt's convention)."""
    return text


class BackpropError(ValueError):
    """A problem the user can fix: a bad file, a bad value or a diverging run."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def translated(self, translate) -> str:
        """The message in another language; ``translate(template) -> template``."""
        try:
            return translate(self.template).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return str(self)


class DataError(BackpropError):
    """A data set or CSV file that cannot be used."""


class ExperimentError(BackpropError):
    """An experiment document with a missing or invalid field."""
