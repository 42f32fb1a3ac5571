"""What lesson and glossary files share: reading the JSON, texts in several languages,
and the error that says why a file cannot be used.

The field checks themselves are :mod:`backprop_gui.schema.fields`' (the same as an
experiment's); their English message is the :class:`LessonError`'s text, which goes
to the log and to the ``problems`` list the window shows. No Qt.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path

from ..schema import fields

log = logging.getLogger("backprop_gui.content")

VERSION = 1
DEFAULT_LANGUAGE = "en"
IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9_]*\Z")
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}\Z")
MAX_ID_CHARS = 100
MAX_ITEMS = 1000
"""The most items a list in a lesson or the glossary may have (real ones have a few dozen)."""


class LessonError(ValueError):
    """A lesson or glossary file that cannot be used; the message says why."""


def lesson_error(template: str, **params: object) -> LessonError:
    """``error=`` for the shared field checkers: their message, in English."""
    return LessonError(template.format(**params))


def normalise_language(language: object) -> str:
    """ "id", "id_ID", "id-ID" or "in" -> "id"; "" or anything odd -> "en"."""
    code = str(language or "").replace("_", "-").split("-")[0].strip().lower()
    if code == "in":  # the old ISO 639 code for Indonesian
        code = "id"
    return code if LANGUAGE_CODE.match(code) else DEFAULT_LANGUAGE


def localized(texts: Mapping, language: str):
    """The text for ``language``, or the English one when that language has none."""
    value = texts.get(normalise_language(language))
    return value if value else texts[DEFAULT_LANGUAGE]


def report(problems: list[str] | None, message: str) -> None:
    """Log ``message`` and add it to ``problems`` (when that is a list)."""
    log.warning("%s", message)
    if problems is not None:
        problems.append(message)


def read_json(path: str | os.PathLike, limit: int) -> object:
    """The JSON document in ``path`` (UTF-8, at most ``limit`` bytes, no repeated keys)."""
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise LessonError("it is not a file")
        if info.st_size > limit:
            raise LessonError(f"it is {info.st_size:,} bytes, more than the {limit:,} allowed")
        with open(path, "rb") as file:
            raw = file.read(limit + 1)
    except OSError as error:
        raise LessonError(f"it cannot be read ({error.strerror or error})") from None
    if len(raw) > limit:
        raise LessonError(f"it is more than the {limit:,} bytes allowed")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LessonError(f"it is not UTF-8 text (byte {error.start})") from None
    try:
        return fields.parse_json(text, allow_constants=False)
    except fields.DuplicateKeyError as error:
        raise LessonError(f"the field {fields.dump_value(error.key)} appears twice in one object") from None
    except json.JSONDecodeError as error:
        raise LessonError(f"it is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise LessonError("it is nested too deeply") from None
    except ValueError as error:  # NaN or Infinity
        raise LessonError(f"it is not valid JSON: {error}") from None


# --------------------------------------------------------------------------- fields


def obj(value: object, field: str, allowed: tuple[str, ...], required: tuple[str, ...] = ()) -> dict:
    """``value`` if it is an object with only ``allowed`` and all ``required`` fields;
    ``field`` is its path (``presets[0]``), or "" for the top level of the file."""
    if not field:
        return _top(value, allowed, required)
    return fields.obj(value, field, allowed, required, error=lesson_error)


def _top(value: object, allowed: tuple[str, ...], required: tuple[str, ...]) -> dict:
    if not isinstance(value, dict):
        raise LessonError("the file must be a JSON object {...}")
    fields.check_known(value, "", allowed, error=lesson_error)
    for key in required:
        fields.required(value, key, key, error=lesson_error)
    return value


def identifier(value: object, field: str) -> str:
    """A short name of lowercase letters, digits and ``_`` (a lesson's or a term's id)."""
    if not (isinstance(value, str) and len(value) <= MAX_ID_CHARS and IDENTIFIER.match(value)):
        raise LessonError(
            f"{field} must be a short name of lowercase letters, digits and _, got {fields.dump_value(value)}"
        )
    return value


def whole(value: object, field: str, minimum: int) -> int:
    return fields.whole(value, field, minimum, error=lesson_error)


def text(value: object, field: str) -> str:
    """Non-empty text, without the spaces around it."""
    stripped = fields.text(value, field, nonempty=True, error=lesson_error).strip()
    if not stripped:
        raise lesson_error(fields.T_TEXT_NONEMPTY, field=field, value=fields.dump_value(value))
    return stripped


def items(value: object, field: str, low: int = 0) -> list:
    """A list of ``low`` to :data:`MAX_ITEMS` items."""
    return fields.item_list(value, field, low, MAX_ITEMS, error=lesson_error)


def languages(value: object, field: str) -> dict:
    """An object with one entry per language code; English is required."""
    if not isinstance(value, dict):
        raise LessonError(
            f"{field} must be an object with one entry per language, such as {{\"en\": ..., \"id\": ...}}"
        )
    for language in value:
        if not LANGUAGE_CODE.match(language):
            raise LessonError(f"{field}.{language} is not a language code such as \"en\" or \"id\"")
    if DEFAULT_LANGUAGE not in value:
        raise LessonError(f"{field} needs an English text (\"en\")")
    return value


def text_map(value: object, field: str) -> dict[str, str]:
    """One text per language."""
    value = languages(value, field)
    return {language: text(entry, f"{field}.{language}") for language, entry in value.items()}


def paragraphs(value: object, field: str) -> dict[str, tuple[str, ...]]:
    """A non-empty list of texts per language."""
    value = languages(value, field)
    return {
        language: tuple(text(item, f"{field}.{language}[{i}]") for i, item in enumerate(items(entries, f"{field}.{language}", 1)))
        for language, entries in value.items()
    }


def check_header(document: object, expected_format: str, what: str, newest: int = VERSION) -> int:
    """``format`` and ``version`` (at most ``newest``) of a lesson or glossary file; the version."""
    if not isinstance(document, dict):
        raise LessonError("the file must be a JSON object {...}")
    fmt = document.get("format")
    if fmt != expected_format:
        raise LessonError(
            f"format must be {fields.dump_value(expected_format)}, got {fields.dump_value(fmt)}; this is not a {what}"
        )
    version = whole(document.get("version"), "version", 1)
    if version > newest:
        raise LessonError(
            f"it was written for a newer backprop-gui (version {version}); update backprop-gui to read it"
        )
    return version
