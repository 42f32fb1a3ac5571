"""Field checkers shared by every reader of settings and documents.

An experiment, a lesson, a glossary and the toy data generator all check the same kinds
of fields: a whole number in a range, a number whose ends may be open, one of a few
names, true/false, text, a list, an object with known keys. Each kind is checked here
once, with one message template per kind, so that every reader accepts the same values
and says the same sentence about the ones it refuses.

A checker takes the value and the field's path (``network.hidden[1].units``) and returns
the value in its plain Python type, or raises :class:`ExperimentError` whose
``params["field"]`` is that path. ``error=`` gives another :class:`BackpropError`
class for readers that are not about experiments.

Two reading rules for JSON live here too: :func:`reject_duplicate_keys` (JSON keeps the
last of two equal keys silently; we refuse them) and :func:`parse_int`, the one rule for
integers with very many digits (see :data:`MAX_INT_DIGITS`).

This module is pure Python and NumPy; it must never import Qt.
"""

from __future__ import annotations

import json
import math

import numpy as np

from ..core.errors import QT_TRANSLATE_NOOP, ExperimentError

__all__ = [
    "MAX_EXACT_FLOAT",
    "MAX_INT_DIGITS",
    "MISSING",
    "DuplicateKeyError",
    "as_number",
    "as_whole",
    "boolean",
    "check_known",
    "choice",
    "clean_text",
    "dump_value",
    "field_path",
    "in_range",
    "item_list",
    "join_names",
    "number",
    "obj",
    "parse_int",
    "parse_json",
    "refuse_constant",
    "reject_duplicate_keys",
    "required",
    "text",
    "unique_names",
    "whole",
]

MISSING = object()
"""Stands for a field that is not in its object (``None`` is JSON's ``null``)."""

MAX_INT_DIGITS = 100
"""A JSON integer with more digits than this is read as a float (often infinite).

No field takes such a number (the largest, a PCG64 state in a run file, has 39 digits),
so it is refused either way; reading it as a float is instant, while ``int()`` of a long
digit string takes time that grows with its square, and Python refuses more than 4300."""

MAX_EXACT_FLOAT = 2**53
"""The largest whole number written as a float (``8.0``) that counts as a whole number."""

# --------------------------------------------------------------------------- messages
# Each template is one string literal written inside QT_TRANSLATE_NOOP, so that
# pyside6-lupdate finds it (do not split one over several lines).

T_WHOLE_MIN = QT_TRANSLATE_NOOP("core", "{field} must be a whole number ≥ {minimum}, got {value}")
T_WHOLE_MAX = QT_TRANSLATE_NOOP("core", "{field} must be a whole number ≤ {maximum}, got {value}")
T_WHOLE_RANGE = QT_TRANSLATE_NOOP(
    "core", "{field} must be a whole number between {low} and {high}, got {value}"
)
T_NUMBER_RANGE = QT_TRANSLATE_NOOP(
    "core", "{field} must be a number between {low} and {high}, got {value}"
)
T_NUMBER_BELOW = QT_TRANSLATE_NOOP(
    "core", "{field} must be a number ≥ {low} and < {high}, got {value}"
)
T_NUMBER_ABOVE = QT_TRANSLATE_NOOP(
    "core", "{field} must be a number > {low} and ≤ {high}, got {value}"
)
T_NUMBER_OPEN = QT_TRANSLATE_NOOP(
    "core", "{field} must be a number > {low} and < {high}, got {value}"
)
T_NUMBER_MIN = QT_TRANSLATE_NOOP("core", "{field} must be a number ≥ {minimum}, got {value}")
T_NUMBER_POSITIVE = QT_TRANSLATE_NOOP("core", "{field} must be a number > {minimum}, got {value}")
T_CHOICE = QT_TRANSLATE_NOOP("core", "{field} must be one of {choices}, got {value}")
T_MISSING = QT_TRANSLATE_NOOP("core", "{field} is missing")
T_UNKNOWN = QT_TRANSLATE_NOOP(
    "core", "{field} is not a field we know; the fields here are {known}"
)
T_NOT_OF_KIND = QT_TRANSLATE_NOOP(
    "core", "{field} is not used when the kind is {kind}; the fields of this kind are {known}"
)
T_BOOL = QT_TRANSLATE_NOOP("core", "{field} must be true or false, got {value}")
T_TEXT = QT_TRANSLATE_NOOP("core", "{field} must be text, got {value}")
T_TEXT_NONEMPTY = QT_TRANSLATE_NOOP("core", "{field} must be non-empty text, got {value}")
T_TEXT_LONG = QT_TRANSLATE_NOOP(
    "core", "{field} must be text of at most {maximum} characters, got {value}"
)
T_TEXT_INVALID = QT_TRANSLATE_NOOP(
    "core", "{field} contains characters that cannot be stored in a file, got {value}"
)
T_OBJECT = QT_TRANSLATE_NOOP("core", "{field} must be an object with named fields, got {value}")
T_LIST = QT_TRANSLATE_NOOP("core", "{field} must be a list of {low} to {high} items, got {value}")
T_REPEAT = QT_TRANSLATE_NOOP("core", "{field} repeats an earlier item, got {value}")

# --------------------------------------------------------------------------- showing values

_SHOW_LIMIT = 40


class _Full(Exception):
    """Raised inside :func:`dump_value` once enough text has been produced."""


def dump_value(value: object, limit: int = _SHOW_LIMIT) -> str:
    """``value`` as compact JSON of at most about ``limit`` characters, for messages.

    Never fails: huge numbers, deep or self-referencing lists, lone surrogates and
    objects that are not JSON at all all give some short text.
    """
    parts: list[str] = []
    used = 0

    def emit(piece: str) -> None:
        nonlocal used
        parts.append(piece)
        used += len(piece)
        if used > limit:
            raise _Full

    def walk(item: object) -> None:
        if item is None:
            emit("null")
        elif isinstance(item, (bool, np.bool_)):
            emit("true" if item else "false")
        elif isinstance(item, (int, np.integer)):
            emit(_int_text(int(item)))
        elif isinstance(item, (float, np.floating)):
            emit(json.dumps(float(item)))
        elif isinstance(item, str):
            emit(clean_text(json.dumps(item[: limit + 1], ensure_ascii=False)))
        elif isinstance(item, (list, tuple)):
            emit("[")
            for index, element in enumerate(item):
                if index:
                    emit(", ")
                walk(element)
            emit("]")
        elif isinstance(item, dict):
            emit("{")
            for index, (key, element) in enumerate(item.items()):
                if index:
                    emit(", ")
                walk(key)
                emit(": ")
                walk(element)
            emit("}")
        else:
            emit(f"<{type(item).__name__}>")

    try:
        walk(value)
    except _Full:
        return "".join(parts)[:limit] + "…"
    return "".join(parts)


def _int_text(whole_number: int) -> str:
    if -(10**40) < whole_number < 10**40:
        return str(whole_number)
    # log10 |n| from the bit length: str() of a huge int is slow, and refused past 4300 digits
    exponent = int((whole_number.bit_length() - 1) * math.log10(2))
    return f"~{'-' if whole_number < 0 else ''}1e{exponent}"


def clean_text(value: str) -> str:
    """``value`` with lone surrogates written as ``\\udxxx`` so it can always be printed."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def field_path(prefix: str, key: object) -> str:
    """The path of ``key`` inside the object at ``prefix`` (``""`` for the top level)."""
    name = clean_text(key[:60]) if isinstance(key, str) else dump_value(key)
    return f"{prefix}.{name}" if prefix else name


def join_names(choices) -> str:
    """``("a", "b")`` -> ``"a, b"``, for messages."""
    return ", ".join(choices)


# --------------------------------------------------------------------------- converting


def as_whole(value: object) -> int | None:
    """``value`` as an ``int`` if it is a whole number (``8`` or ``8.0``), else ``None``.

    ``true`` is not a number, although Python counts it as one. A float counts only up
    to 2⁵³, the last whole number a float holds exactly: ``1e20`` may not be the
    number that was written, so it is refused rather than silently changed.
    """
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        as_float = float(value)
        if as_float.is_integer() and abs(as_float) <= MAX_EXACT_FLOAT:  # is_integer() is False for inf, nan
            return int(as_float)
    return None


def as_number(value: object) -> float | None:
    """``value`` as a finite ``float``, or ``None`` if it is not a finite number."""
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, np.integer)):
        try:
            as_float = float(int(value))
        except OverflowError:
            return None
    elif isinstance(value, (float, np.floating)):
        as_float = float(value)
    else:
        return None
    return as_float if math.isfinite(as_float) else None


# --------------------------------------------------------------------------- checkers


def whole(
    value: object, field: str, low: int, high: int | None = None, *, error=ExperimentError
) -> int:
    """A whole number in [low, high] (no upper end if ``high`` is None); ``8.0`` counts."""
    number_ = as_whole(value)
    shown = dump_value(value)
    if number_ is None:
        if high is None:
            raise error(T_WHOLE_MIN, field=field, minimum=low, value=shown)
        raise error(T_WHOLE_RANGE, field=field, low=low, high=high, value=shown)
    if number_ < low:
        raise error(T_WHOLE_MIN, field=field, minimum=low, value=shown)
    if high is not None and number_ > high:
        raise error(T_WHOLE_MAX, field=field, maximum=high, value=shown)
    return number_


def in_range(
    value: float, low: float, high: float | None, low_open: bool = False, high_open: bool = False
) -> bool:
    """True when ``low ≤ value ≤ high``, with ``<`` at an open end (no upper end if None)."""
    above = value > low if low_open else value >= low
    if high is None:
        return above
    below = value < high if high_open else value <= high
    return above and below


def number(
    value: object,
    field: str,
    low: float,
    high: float | None,
    *,
    low_open: bool = False,
    high_open: bool = False,
    error=ExperimentError,
) -> float:
    """A finite float between ``low`` and ``high``; an open end excludes that end itself
    (dropout < 1, learning rate > 0). ``high=None`` means no upper end."""
    as_float = as_number(value)
    if as_float is not None and in_range(as_float, low, high, low_open, high_open):
        return as_float
    shown = dump_value(value)
    if high is None:
        template = T_NUMBER_POSITIVE if low_open else T_NUMBER_MIN
        raise error(template, field=field, minimum=low, value=shown)
    template = {
        (False, False): T_NUMBER_RANGE,
        (False, True): T_NUMBER_BELOW,
        (True, False): T_NUMBER_ABOVE,
        (True, True): T_NUMBER_OPEN,
    }[(low_open, high_open)]
    raise error(template, field=field, low=low, high=high, value=shown)


def choice(
    value: object, field: str, choices, shown: str | None = None, *, error=ExperimentError
) -> str:
    """One of the names ``choices``; ``shown`` lists them in the message if given."""
    if isinstance(value, str) and value in choices:
        return str.__str__(value)  # the plain str, even for str subclasses
    raise error(T_CHOICE, field=field, choices=shown or join_names(choices), value=dump_value(value))


def text(
    value: object,
    field: str,
    *,
    maximum: int | None = None,
    nonempty: bool = False,
    error=ExperimentError,
) -> str:
    """Text that can be written as UTF-8, at most ``maximum`` characters."""
    if not isinstance(value, str) or (nonempty and not value):
        template = T_TEXT_NONEMPTY if nonempty else T_TEXT
        raise error(template, field=field, value=dump_value(value))
    if maximum is not None and len(value) > maximum:
        raise error(T_TEXT_LONG, field=field, maximum=maximum, value=dump_value(value))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise error(T_TEXT_INVALID, field=field, value=dump_value(value)) from None
    return str.__str__(value)


def boolean(value: object, field: str, *, error=ExperimentError) -> bool:
    """``true`` or ``false`` (never 0 or 1)."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    raise error(T_BOOL, field=field, value=dump_value(value))


def item_list(value: object, field: str, low: int, high: int, *, error=ExperimentError) -> list | tuple:
    """A list of ``low`` to ``high`` items (not checked one by one)."""
    if isinstance(value, (list, tuple)) and low <= len(value) <= high:
        return value
    raise error(T_LIST, field=field, low=low, high=high, value=dump_value(value))


def obj(
    value: object,
    field: str,
    known: tuple[str, ...] | None = None,
    required_keys: tuple[str, ...] = (),
    *,
    error=ExperimentError,
) -> dict:
    """An object whose keys are all ``known`` (any if None) and include ``required_keys``."""
    if not isinstance(value, dict):
        raise error(T_OBJECT, field=field or "the document", value=dump_value(value))
    if known is not None:
        check_known(value, field, known, error=error)
    for key in required_keys:
        required(value, key, field_path(field, key), error=error)
    return value


def check_known(obj_: dict, prefix: str, known: tuple[str, ...], *, error=ExperimentError) -> None:
    """Refuse a key that is not ``known`` (most often a misspelt field)."""
    for key in obj_:
        if not (isinstance(key, str) and key in known):
            raise error(T_UNKNOWN, field=field_path(prefix, key), known=join_names(known))


def check_variant(obj_: dict, prefix: str, kind: str, known: tuple[str, ...], *, error=ExperimentError) -> None:
    """Refuse a key that the object's ``kind`` does not take (``gamma`` in a cosine schedule)."""
    for key in obj_:
        if not (isinstance(key, str) and key in known):
            raise error(T_NOT_OF_KIND, field=field_path(prefix, key), kind=kind, known=join_names(known))


def required(obj_: dict, key: str, field: str, *, error=ExperimentError) -> object:
    """``obj_[key]``, or a "missing" error naming ``field``."""
    value = obj_.get(key, MISSING)
    if value is MISSING:
        raise error(T_MISSING, field=field)
    return value


def unique_names(
    value: object, field: str, choices, high: int, *, error=ExperimentError
) -> list[str]:
    """A non-empty list of distinct names, each from ``choices`` (any text if ``None``)."""
    items = item_list(value, field, 1, high, error=error)
    result: list[str] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"{field}[{index}]"
        if choices is None:
            name = text(item, where, nonempty=True, error=error)
        else:
            name = choice(item, where, choices, error=error)
        if name in seen:
            raise error(T_REPEAT, field=where, value=dump_value(item))
        seen.add(name)
        result.append(name)
    return result


# --------------------------------------------------------------------------- reading JSON


class DuplicateKeyError(ValueError):
    """A JSON object names the same field twice (json keeps the last one silently)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def reject_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    """``object_pairs_hook`` for ``json.loads`` that raises DuplicateKeyError."""
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKeyError(key)
        result[key] = value
    return result


def parse_int(digits: str) -> int | float:
    """``parse_int`` for ``json.loads``: see :data:`MAX_INT_DIGITS`."""
    count = len(digits) - digits.startswith("-")
    return int(digits) if count <= MAX_INT_DIGITS else float(digits)


def refuse_constant(name: str):
    """``parse_constant`` for ``json.loads``: NaN and Infinity are not JSON."""
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(document: str, *, allow_constants: bool = True) -> object:
    """``json.loads`` with the shared rules: no repeated keys (:class:`DuplicateKeyError`),
    long integers as floats, and NaN/Infinity refused unless ``allow_constants``.

    Also raises ``json.JSONDecodeError``, ``RecursionError`` (too deeply nested) and
    ``ValueError``; the caller turns them into its own message.
    """
    extra = {} if allow_constants else {"parse_constant": refuse_constant}
    return json.loads(document, object_pairs_hook=reject_duplicate_keys, parse_int=parse_int, **extra)

