"""Errors a user can cause, with messages that can be translated.

The core never imports Qt, yet its messages reach the window, which shows them in
English or Bahasa Indonesia. So every message is a *template* with named fields,
marked with ``QT_TRANSLATE_NOOP("core", ...)``. ``pyside6-lupdate`` finds these marks by
name, and the GUI translates ``error.template`` and fills in ``error.params``.
``str(error)`` is the English sentence, used on the command line.

Every message is one short line, whatever the user's files hold: a field that is text
(a column name, a cell, a path) has its control characters escaped (a line break shows
as ``\\n``) and is cut to about :data:`MAX_QUOTED_CHARS` characters, and the whole message
to :data:`MAX_MESSAGE_CHARS`. A column named with three million characters, or a "CSV"
that is really ``/etc/passwd``, cannot flood a terminal or forge a second line.
"""

from __future__ import annotations

import os


#: Text shown inside a message (a name, a value, a path) is cut to about this many characters.
MAX_QUOTED_CHARS = 40
#: No message is longer than this many characters.
MAX_MESSAGE_CHARS = 300
#: Fields that list names the program knows (the choices of a setting, the fields of a
#: section), or that the caller built from names it cut already, get three times as much.
LISTING_FIELDS = frozenset({"choices", "known", "allowed", "columns", "expected"})
#: Fields that hold a sentence the program made (the reason inside "the run file is
#: damaged (...)") get five times as much; the cut of the whole message still applies.
SENTENCE_FIELDS = frozenset({"detail", "reason", "problem"})
#: The one character that stands for what was cut out.
ELLIPSIS = "…"

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation without translating it (Qt's convention)."""
    return text


def _escape(text: str) -> str:
    """``text`` with every character that is not printable on one line written as an escape.

    Control and format characters (Unicode category C: ``\\n``, ``\\x1b``, the bidirectional
    overrides), line and paragraph separators and lone surrogates all become ``\\n``,
    ``\\x1b``, ``\\u202e``, ...; nothing else changes, so the function can be applied twice.
    """
    if text.isprintable():  # the usual case, decided in C
        return text
    out = []
    for char in text:
        if char.isprintable() or char == " ":
            out.append(char)
        elif char in _ESCAPES:
            out.append(_ESCAPES[char])
        else:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(out)


def path_text(path: object) -> str:
    """A path as text for messages: a name that is not valid UTF-8 keeps its bytes as
    escapes, so it can always be printed."""
    try:
        return os.fsdecode(os.fspath(path)).encode("utf-8", "backslashreplace").decode("utf-8")
    except (TypeError, ValueError):
        return repr(path)


def shown(text: object, limit: int = MAX_QUOTED_CHARS) -> str:
    """``text`` fit to quote in a one-line message: escaped, and cut to about ``limit`` characters.

    A long text keeps its beginning and its end (a path keeps its file name) with ``…``
    between them. Cheap on any length: only the kept ends are looked at.
    """
    if not isinstance(text, str):
        try:
            text = str(text)
        except Exception:  # noqa: BLE001 - a value that cannot even be printed is shown by its type
            text = f"<{type(text).__name__}>"
    limit = max(limit, 8)
    if len(text) <= limit and text.isprintable():
        return text
    head = _escape(text[:limit])
    if len(text) <= limit and len(head) <= limit:
        return head  # short, with escapes that still fit
    tail_chars = limit // 3
    tail = _escape(text[-tail_chars:])[-tail_chars:]
    return head[: limit - tail_chars - 1] + ELLIPSIS + tail


def _field(value: object, limit: int) -> object:
    """A message field: numbers stay numbers (small enough to print), everything else is shown text."""
    if isinstance(value, bool) or value is None:
        return shown(value, limit)
    if isinstance(value, int) and abs(value) < 10**30:
        return value
    if isinstance(value, float):
        return value
    return shown(value, limit)


def _scale(name: str) -> int:
    return 5 if name in SENTENCE_FIELDS else 3 if name in LISTING_FIELDS else 1


def one_line(message: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``message`` escaped onto one line and cut to ``limit`` characters."""
    message = _escape(message)
    return message if len(message) <= limit else message[: limit - 1] + ELLIPSIS


class BackpropError(ValueError):
    """A problem the user can fix: a bad file, a bad value or a diverging run.

    ``params`` are the fields as shown (text escaped and cut); ``values`` are the fields
    as given, for code that looks something up (the column a message names, say).
    ``file`` is the file the problem is in, when the code that met it knows: the command
    line names that file rather than the one it was asked to open (a CSV file's line,
    not the experiment that points at it).
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.values = params
        self.file: str | None = None
        # Cut the text fields shorter until the message fits (many fields, or long ones).
        for limit in (MAX_QUOTED_CHARS, MAX_QUOTED_CHARS // 2, 8):
            self.params = {name: _field(value, limit * _scale(name)) for name, value in params.items()}
            message = template.format(**self.params)
            if len(message) <= MAX_MESSAGE_CHARS:
                break
        super().__init__(one_line(message))

    def in_file(self, path: object) -> BackpropError:
        """Note the file the problem is in, unless a nearer one was noted already; returns self."""
        if self.file is None and path is not None:
            self.file = shown(path, 2 * MAX_QUOTED_CHARS)
        return self

    def translated(self, translate) -> str:
        """The message in another language; ``translate(template) -> template``."""
        try:
            return one_line(translate(self.template).format(**self.params))
        except (KeyError, IndexError, ValueError):
            return str(self)


class DataError(BackpropError):
    """A data set or CSV file that cannot be used."""


class ExperimentError(BackpropError):
    """An experiment document with a missing or invalid field."""
