"""Experiment documents: reading, checking, filling in defaults and saving.

An *experiment* says which data to learn from, which network to build and how to
train it. On disk it is a small JSON file (see ``docs/experiment-format.md``); in
memory it is a plain ``dict`` that :func:`validate` has checked and completed, so the
rest of the program can read every field without ``.get`` or further checks.

Every problem a user can cause raises :class:`~backprop_gui.core.errors.ExperimentError`
whose ``params["field"]`` (when there is one) is the path of the offending field, such as
``network.hidden[1].units``, so the window can point at it.

This module is pure Python and NumPy; it must never import Qt.
"""

from __future__ import annotations

import errno
import json
import math
import os
import stat
from pathlib import Path

import numpy as np

from ..core.errors import QT_TRANSLATE_NOOP, ExperimentError
from ..io.files import write_atomically
from ..io.reading import FileTooLargeError, NotRegularFileError, UnreadablePathError, read_regular_file

__all__ = [
    "ACTIVATIONS",
    "BUILTIN_DATASETS",
    "CLASS_RANGES",
    "DELIMITERS",
    "DTYPES",
    "FEATURES",
    "FORMAT",
    "HIDDEN_ACTIVATIONS",
    "INITS",
    "LOSSES",
    "LOSS_NEEDS_OUTPUT",
    "MAX_FILE_BYTES",
    "OPTIMIZERS",
    "REGULARIZATIONS",
    "SINE_FEATURES",
    "SOURCES",
    "TASKS",
    "VERSION",
    "default_experiment",
    "dump_value",
    "dumps",
    "load",
    "loads",
    "resolve_data_path",
    "save",
    "validate",
]

# --------------------------------------------------------------------------- constants

FORMAT = "backprop-gui-experiment"
VERSION = 1
MAX_FILE_BYTES = 5 * 1024 * 1024
"""Largest experiment file we read (5 MiB); real ones are about 1 KB."""

SOURCES = ("builtin", "csv")
BUILTIN_DATASETS = ("circle", "xor", "gauss", "spiral", "plane", "multi_gauss", "blobs", "sine")
FEATURES = ("x1", "x2", "x1_squared", "x2_squared", "x1_times_x2", "sin_x1", "sin_x2")
SINE_FEATURES = ("x1", "x1_squared", "sin_x1")
"""The ``sine`` data set has a single input, so only features of ``x1`` exist."""
CLASS_RANGES = {"spiral": (2, 8, 2), "blobs": (2, 8, 3)}
"""Data sets that take ``classes``: name -> (smallest, largest, default)."""
TASKS = ("classification", "regression")
DELIMITERS = (",", ";", "\t", "|")

HIDDEN_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "linear")
ACTIVATIONS = HIDDEN_ACTIVATIONS + ("softmax",)
INITS = ("xavier", "he", "uniform", "zeros")
LOSSES = ("mse", "binary_cross_entropy", "cross_entropy")
OPTIMIZERS = ("sgd", "momentum", "adam")
REGULARIZATIONS = ("none", "l1", "l2")
DTYPES = ("float64", "float32")
LOSS_NEEDS_OUTPUT = {"binary_cross_entropy": "sigmoid", "cross_entropy": "softmax"}
"""Losses that only make sense with one output activation."""

MAX_TITLE_CHARS = 200
MAX_HIDDEN_LAYERS = 32
MAX_UNITS = 4096
MAX_SAMPLES = 100_000
MIN_SAMPLES = 10
MAX_CSV_FEATURES = 100_000
MAX_SEED = 2**32 - 1
MAX_BATCH_SIZE = 1_000_000
MAX_EPOCHS = 100_000_000
MAX_LEARNING_RATE = 100
MAX_TEST_FRACTION = 0.9
MAX_NOISE = 0.5
MAX_REGULARIZATION_RATE = 10

_TOP_KEYS = ("format", "version", "title", "description", "data", "network", "training")
_BUILTIN_KEYS = ("source", "name", "samples", "noise", "test_fraction", "features", "seed", "classes")
_CSV_KEYS = (
    "source", "path", "target", "features", "task", "test_fraction", "standardize", "seed",
    "delimiter", "header", "drop_missing",
)  # fmt: skip
_NETWORK_KEYS = ("hidden", "output_activation", "init", "batch_norm", "dropout")
_LAYER_KEYS = ("units", "activation")
_TRAINING_KEYS = (
    "loss", "optimizer", "learning_rate", "momentum", "adam_beta1", "adam_beta2", "adam_epsilon",
    "batch_size", "epochs", "target_loss", "regularization", "regularization_rate", "seed", "dtype",
)  # fmt: skip

DEFAULT_TITLE = "Untitled experiment"
_DEFAULT_HIDDEN = ((8, "tanh"), (8, "tanh"))

# --------------------------------------------------------------------------- messages
# Each template is one string literal written inside QT_TRANSLATE_NOOP, so that
# pyside6-lupdate finds it (do not split one over several lines). They are shared
# between fields so that translators have few sentences to translate.

_T_WHOLE_MIN = QT_TRANSLATE_NOOP("core", "{field} must be a whole number ≥ {minimum}, got {value}")
_T_WHOLE_MAX = QT_TRANSLATE_NOOP("core", "{field} must be a whole number ≤ {maximum}, got {value}")
_T_WHOLE_RANGE = QT_TRANSLATE_NOOP(
    "core", "{field} must be a whole number between {low} and {high}, got {value}"
)
_T_NUMBER_RANGE = QT_TRANSLATE_NOOP(
    "core", "{field} must be a number between {low} and {high}, got {value}"
)
_T_NUMBER_BELOW = QT_TRANSLATE_NOOP(
    "core", "{field} must be a number ≥ {low} and < {high}, got {value}"
)
_T_NUMBER_ABOVE = QT_TRANSLATE_NOOP(
    "core", "{field} must be a number > {low} and ≤ {high}, got {value}"
)
_T_NUMBER_MIN = QT_TRANSLATE_NOOP("core", "{field} must be a number ≥ {minimum}, got {value}")
_T_CHOICE = QT_TRANSLATE_NOOP("core", "{field} must be one of {choices}, got {value}")
_T_MISSING = QT_TRANSLATE_NOOP("core", "{field} is missing")
_T_UNKNOWN = QT_TRANSLATE_NOOP(
    "core", "{field} is not a field we know; the fields here are {known}"
)
_T_BOOL = QT_TRANSLATE_NOOP("core", "{field} must be true or false, got {value}")
_T_TEXT = QT_TRANSLATE_NOOP("core", "{field} must be text, got {value}")
_T_TEXT_NONEMPTY = QT_TRANSLATE_NOOP("core", "{field} must be non-empty text, got {value}")
_T_TEXT_LONG = QT_TRANSLATE_NOOP(
    "core", "{field} must be text of at most {maximum} characters, got {value}"
)
_T_TEXT_INVALID = QT_TRANSLATE_NOOP(
    "core", "{field} contains characters that cannot be stored in a file, got {value}"
)
_T_OBJECT = QT_TRANSLATE_NOOP("core", "{field} must be an object with named fields, got {value}")
_T_ROOT_OBJECT = QT_TRANSLATE_NOOP(
    "core", "an experiment must be a JSON object with named fields, got {value}"
)
_T_LIST = QT_TRANSLATE_NOOP("core", "{field} must be a list of {low} to {high} items, got {value}")
_T_REPEAT = QT_TRANSLATE_NOOP("core", "{field} repeats an earlier item, got {value}")
_T_FORMAT = QT_TRANSLATE_NOOP(
    "core", "{field} must be {expected}, got {value}; this is not a backprop-gui experiment"
)
_T_NEWER = QT_TRANSLATE_NOOP(
    "core",
    "{field} is {value}: the file was made by a newer version of backprop-gui; please update backprop-gui to open it",
)
_T_SOFTMAX_HIDDEN = QT_TRANSLATE_NOOP(
    "core",
    "{field} cannot be softmax, which is only for the output layer (network.output_activation); choose one of {choices}",
)
_T_LOSS_NEEDS = QT_TRANSLATE_NOOP(
    "core",
    "{field} is {loss}, which needs {other} to be {needed}, got {value}; change {other} to {needed} or choose another loss",
)
_T_ONLY_FOR = QT_TRANSLATE_NOOP(
    "core", "{field} can only be given for the data sets {allowed}, not for {value}"
)
_T_TARGET_IN_FEATURES = QT_TRANSLATE_NOOP(
    "core", "{field} is the target column {value}; the target cannot also be an input"
)
_T_NUL = QT_TRANSLATE_NOOP("core", "{field} must not contain the NUL character, got {value}")
_T_JSON = QT_TRANSLATE_NOOP(
    "core", "the file is not valid JSON: {detail} (line {line}, column {column})"
)
_T_JSON_OTHER = QT_TRANSLATE_NOOP("core", "the file is not valid JSON: {detail}")
_T_JSON_DEEP = QT_TRANSLATE_NOOP("core", "the file is nested too deeply to be read")
_T_DUPLICATE = QT_TRANSLATE_NOOP(
    "core", "the field {key} is given twice in the same object; give each field only once"
)
_T_UTF8 = QT_TRANSLATE_NOOP(
    "core", "the file is not UTF-8 text (bad byte at position {position}); save it as UTF-8"
)
_T_TOO_LARGE = QT_TRANSLATE_NOOP(
    "core", "the file is too large ({size} bytes); an experiment may be at most {limit} bytes"
)
_T_NOT_FOUND = QT_TRANSLATE_NOOP("core", "the file {path} does not exist")
_T_UNREADABLE = QT_TRANSLATE_NOOP("core", "the file {path} cannot be read: {detail}")
_T_UNSAVABLE = QT_TRANSLATE_NOOP("core", "the file {path} cannot be saved: {detail}")

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

    def emit(text: str) -> None:
        nonlocal used
        parts.append(text)
        used += len(text)
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
            emit(_clean(json.dumps(item[: limit + 1], ensure_ascii=False)))
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


def _int_text(number: int) -> str:
    if -(10**40) < number < 10**40:
        return str(number)
    exponent = int((number.bit_length() - 1) * math.log10(2))
    return f"~{'-' if number < 0 else ''}1e{exponent}"


def _clean(text: str) -> str:
    """``text`` with lone surrogates written as ``\\udxxx`` so it can always be printed."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _join(prefix: str, key: object) -> str:
    name = _clean(key[:60]) if isinstance(key, str) else dump_value(key)
    return f"{prefix}.{name}" if prefix else name


def _names(choices) -> str:
    return ", ".join(choices)


# --------------------------------------------------------------------------- field checks

_MISSING = object()


def _fail(template: str, **params: object) -> ExperimentError:
    return ExperimentError(template, **params)


def _as_int(value: object) -> int | None:
    """``value`` as an ``int`` if it is a whole number (``8`` or ``8.0``), else ``None``."""
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        number = float(value)
        if math.isfinite(number) and number.is_integer():
            return int(number)
    return None


def _as_float(value: object) -> float | None:
    """``value`` as a finite ``float``, or ``None`` if it is not a finite number."""
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, np.integer)):
        try:
            number = float(int(value))
        except OverflowError:
            return None
    elif isinstance(value, (float, np.floating)):
        number = float(value)
    else:
        return None
    return number if math.isfinite(number) else None


def _whole(value: object, field: str, low: int, high: int | None = None) -> int:
    number = _as_int(value)
    shown = dump_value(value)
    if number is None:
        if high is None:
            raise _fail(_T_WHOLE_MIN, field=field, minimum=low, value=shown)
        raise _fail(_T_WHOLE_RANGE, field=field, low=low, high=high, value=shown)
    if number < low:
        raise _fail(_T_WHOLE_MIN, field=field, minimum=low, value=shown)
    if high is not None and number > high:
        raise _fail(_T_WHOLE_MAX, field=field, maximum=high, value=shown)
    return number


def _number(value: object, field: str, low: float, high: float | None, kind: str) -> float:
    """A finite float in a range; ``kind`` is one of
    ``"closed"`` [low, high], ``"below"`` [low, high), ``"above"`` (low, high], ``"min"`` [low, ∞).
    """
    number = _as_float(value)
    if kind == "closed":
        ok = number is not None and low <= number <= high
        template = _T_NUMBER_RANGE
    elif kind == "below":
        ok = number is not None and low <= number < high
        template = _T_NUMBER_BELOW
    elif kind == "above":
        ok = number is not None and low < number <= high
        template = _T_NUMBER_ABOVE
    else:
        ok = number is not None and number >= low
        if not ok:
            raise _fail(_T_NUMBER_MIN, field=field, minimum=low, value=dump_value(value))
        return number
    if not ok:
        raise _fail(template, field=field, low=low, high=high, value=dump_value(value))
    return number


def _choice(value: object, field: str, choices: tuple[str, ...], shown: str | None = None) -> str:
    if isinstance(value, str) and value in choices:
        return choices[choices.index(value)]  # the plain str, even for str subclasses
    raise _fail(
        _T_CHOICE, field=field, choices=shown or _names(choices), value=dump_value(value)
    )


def _text(
    value: object, field: str, *, maximum: int | None = None, nonempty: bool = False
) -> str:
    if not isinstance(value, str) or (nonempty and not value):
        template = _T_TEXT_NONEMPTY if nonempty else _T_TEXT
        raise _fail(template, field=field, value=dump_value(value))
    if maximum is not None and len(value) > maximum:
        raise _fail(_T_TEXT_LONG, field=field, maximum=maximum, value=dump_value(value))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(_T_TEXT_INVALID, field=field, value=dump_value(value)) from None
    return str.__str__(value)


def _bool(value: object, field: str) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    raise _fail(_T_BOOL, field=field, value=dump_value(value))


def _list(value: object, field: str, low: int, high: int) -> list | tuple:
    if isinstance(value, (list, tuple)) and low <= len(value) <= high:
        return value
    raise _fail(_T_LIST, field=field, low=low, high=high, value=dump_value(value))


def _object(value: object, field: str, known: tuple[str, ...] | None = None) -> dict:
    if not isinstance(value, dict):
        raise _fail(_T_OBJECT, field=field, value=dump_value(value))
    if known is not None:
        _check_known(value, field, known)
    return value


def _check_known(obj: dict, prefix: str, known: tuple[str, ...]) -> None:
    for key in obj:
        if not (isinstance(key, str) and key in known):
            raise _fail(_T_UNKNOWN, field=_join(prefix, key), known=_names(known))


def _required(obj: dict, key: str, field: str) -> object:
    value = obj.get(key, _MISSING)
    if value is _MISSING:
        raise _fail(_T_MISSING, field=field)
    return value


def _unique_names(
    value: object, field: str, choices: tuple[str, ...] | None, high: int
) -> list[str]:
    """A non-empty list of distinct names, each from ``choices`` (any text if ``None``)."""
    items = _list(value, field, 1, high)
    result: list[str] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"{field}[{index}]"
        if choices is None:
            name = _text(item, where, nonempty=True)
        else:
            name = _choice(item, where, choices)
        if name in seen:
            raise _fail(_T_REPEAT, field=where, value=dump_value(item))
        seen.add(name)
        result.append(name)
    return result


# --------------------------------------------------------------------------- sections


def _validate_data(value: object) -> dict:
    if value is _MISSING:
        raise _fail(_T_MISSING, field="data")
    data = _object(value, "data")
    source = _choice(_required(data, "source", "data.source"), "data.source", SOURCES)
    if source == "builtin":
        return _validate_builtin(data)
    return _validate_csv(data)


def _validate_builtin(data: dict) -> dict:
    _check_known(data, "data", _BUILTIN_KEYS)
    name = _choice(data.get("name", "spiral"), "data.name", BUILTIN_DATASETS)
    samples = _whole(data.get("samples", 500), "data.samples", MIN_SAMPLES, MAX_SAMPLES)
    noise = _number(data.get("noise", 0.0), "data.noise", 0, MAX_NOISE, "closed")
    test_fraction = _number(
        data.get("test_fraction", 0.5), "data.test_fraction", 0, MAX_TEST_FRACTION, "closed"
    )
    if name == "sine":
        allowed, default_features = SINE_FEATURES, ["x1"]
    else:
        allowed, default_features = FEATURES, ["x1", "x2"]
    features = data.get("features", _MISSING)
    if features is _MISSING:
        features = default_features
    else:
        features = _unique_names(features, "data.features", allowed, len(allowed))
    seed = _whole(data.get("seed", 0), "data.seed", 0, MAX_SEED)
    result = {
        "source": "builtin",
        "name": name,
        "samples": samples,
        "noise": noise,
        "test_fraction": test_fraction,
        "features": features,
        "seed": seed,
    }
    classes = data.get("classes", _MISSING)
    if name in CLASS_RANGES:
        low, high, default = CLASS_RANGES[name]
        result["classes"] = default if classes is _MISSING else _whole(
            classes, "data.classes", low, high
        )
    elif classes is not _MISSING:
        raise _fail(
            _T_ONLY_FOR, field="data.classes", allowed=_names(CLASS_RANGES), value=dump_value(name)
        )
    return result


def _validate_csv(data: dict) -> dict:
    _check_known(data, "data", _CSV_KEYS)
    path = _text(_required(data, "path", "data.path"), "data.path", nonempty=True)
    if "\0" in path:
        raise _fail(_T_NUL, field="data.path", value=dump_value(path))
    target = _text(_required(data, "target", "data.target"), "data.target", nonempty=True)
    features = data.get("features")
    if features is not None:
        features = _unique_names(features, "data.features", None, MAX_CSV_FEATURES)
        if target in features:
            where = f"data.features[{features.index(target)}]"
            raise _fail(_T_TARGET_IN_FEATURES, field=where, value=dump_value(target))
    task = data.get("task")
    if task is not None:
        task = _choice(task, "data.task", TASKS, _names(TASKS + ("null",)))
    test_fraction = _number(
        data.get("test_fraction", 0.3), "data.test_fraction", 0, MAX_TEST_FRACTION, "closed"
    )
    standardize = _bool(data.get("standardize", True), "data.standardize")
    seed = _whole(data.get("seed", 0), "data.seed", 0, MAX_SEED)
    delimiter = data.get("delimiter")
    if delimiter is not None:
        shown = ", ".join(["null"] + [json.dumps(d) for d in DELIMITERS])
        delimiter = _choice(delimiter, "data.delimiter", DELIMITERS, shown)
    header = data.get("header")
    if header is not None and not isinstance(header, (bool, np.bool_)):
        raise _fail(
            _T_CHOICE, field="data.header", choices="true, false, null", value=dump_value(header)
        )
    if header is not None:
        header = bool(header)
    drop_missing = _bool(data.get("drop_missing", False), "data.drop_missing")
    return {
        "source": "csv",
        "path": path,
        "target": target,
        "features": features,
        "task": task,
        "test_fraction": test_fraction,
        "standardize": standardize,
        "seed": seed,
        "delimiter": delimiter,
        "header": header,
        "drop_missing": drop_missing,
    }


def _validate_layer(value: object, field: str) -> dict:
    layer = _object(value, field, _LAYER_KEYS)
    units = _whole(layer.get("units", 8), f"{field}.units", 1, MAX_UNITS)
    activation = layer.get("activation", "tanh")
    if isinstance(activation, str) and activation == "softmax":
        raise _fail(
            _T_SOFTMAX_HIDDEN, field=f"{field}.activation", choices=_names(HIDDEN_ACTIVATIONS)
        )
    activation = _choice(activation, f"{field}.activation", HIDDEN_ACTIVATIONS)
    return {"units": units, "activation": activation}


def _validate_network(value: object) -> dict:
    network = _object(value, "network", _NETWORK_KEYS)
    hidden = network.get("hidden", _MISSING)
    if hidden is _MISSING:
        layers = [{"units": units, "activation": act} for units, act in _DEFAULT_HIDDEN]
    else:
        hidden = _list(hidden, "network.hidden", 0, MAX_HIDDEN_LAYERS)
        layers = [
            _validate_layer(layer, f"network.hidden[{index}]") for index, layer in enumerate(hidden)
        ]
    return {
        "hidden": layers,
        "output_activation": _choice(
            network.get("output_activation", "sigmoid"), "network.output_activation", ACTIVATIONS
        ),
        "init": _choice(network.get("init", "xavier"), "network.init", INITS),
        "batch_norm": _bool(network.get("batch_norm", False), "network.batch_norm"),
        "dropout": _number(network.get("dropout", 0.0), "network.dropout", 0, 1, "below"),
    }


def _validate_training(value: object) -> dict:
    training = _object(value, "training", _TRAINING_KEYS)
    get = training.get
    target_loss = get("target_loss")
    if target_loss is not None:
        target_loss = _number(target_loss, "training.target_loss", 0, None, "min")
    return {
        "loss": _choice(get("loss", "binary_cross_entropy"), "training.loss", LOSSES),
        "optimizer": _choice(get("optimizer", "sgd"), "training.optimizer", OPTIMIZERS),
        "learning_rate": _number(
            get("learning_rate", 0.03), "training.learning_rate", 0, MAX_LEARNING_RATE, "above"
        ),
        "momentum": _number(get("momentum", 0.9), "training.momentum", 0, 1, "below"),
        "adam_beta1": _number(get("adam_beta1", 0.9), "training.adam_beta1", 0, 1, "below"),
        "adam_beta2": _number(get("adam_beta2", 0.999), "training.adam_beta2", 0, 1, "below"),
        "adam_epsilon": _number(
            get("adam_epsilon", 1e-8), "training.adam_epsilon", 0, 1, "above"
        ),
        "batch_size": _whole(get("batch_size", 10), "training.batch_size", 1, MAX_BATCH_SIZE),
        "epochs": _whole(get("epochs", 500), "training.epochs", 1, MAX_EPOCHS),
        "target_loss": target_loss,
        "regularization": _choice(
            get("regularization", "none"), "training.regularization", REGULARIZATIONS
        ),
        "regularization_rate": _number(
            get("regularization_rate", 0.0),
            "training.regularization_rate",
            0,
            MAX_REGULARIZATION_RATE,
            "closed",
        ),
        "seed": _whole(get("seed", 0), "training.seed", 0, MAX_SEED),
        "dtype": _choice(get("dtype", "float64"), "training.dtype", DTYPES),
    }


def validate(document: object) -> dict:
    """Check an experiment and return a new, complete copy of it.

    The result has every field (defaults filled in), in the documented order, with
    whole numbers as ``int`` and other numbers as ``float``; ``document`` is left as it
    was. Raises :class:`ExperimentError` for the first problem found, and nothing else.
    """
    if not isinstance(document, dict):
        raise _fail(_T_ROOT_OBJECT, value=dump_value(document))
    fmt = _required(document, "format", "format")
    if not (isinstance(fmt, str) and fmt == FORMAT):
        raise _fail(_T_FORMAT, field="format", expected=json.dumps(FORMAT), value=dump_value(fmt))
    version = _whole(_required(document, "version", "version"), "version", 1)
    if version > VERSION:
        raise _fail(_T_NEWER, field="version", value=dump_value(version))
    _check_known(document, "", _TOP_KEYS)
    title = _text(document.get("title", DEFAULT_TITLE), "title", maximum=MAX_TITLE_CHARS)
    description = _text(document.get("description", ""), "description")
    data = _validate_data(document.get("data", _MISSING))
    network = _validate_network(document.get("network", {}))
    training = _validate_training(document.get("training", {}))

    needed = LOSS_NEEDS_OUTPUT.get(training["loss"])
    if needed is not None and network["output_activation"] != needed:
        raise _fail(
            _T_LOSS_NEEDS,
            field="training.loss",
            loss=training["loss"],
            other="network.output_activation",
            needed=needed,
            value=network["output_activation"],
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": title,
        "description": description,
        "data": data,
        "network": network,
        "training": training,
    }


def default_experiment() -> dict:
    """The experiment the app opens with (same as ``resources/experiments/default.json``)."""
    return validate(
        {
            "format": FORMAT,
            "version": VERSION,
            "title": "Two-arm spiral",
            "description": (
                "Two spiral arms wound into each other: a classic problem that a straight"
                " line cannot solve. The sin_x1 and sin_x2 features help the two hidden"
                " layers; remove them and watch how much harder the network has to work."
            ),
            "data": {
                "source": "builtin",
                "name": "spiral",
                "samples": 500,
                "noise": 0.0,
                "test_fraction": 0.5,
                "features": ["x1", "x2", "sin_x1", "sin_x2"],
                "seed": 0,
                "classes": 2,
            },
            "network": {
                "hidden": [{"units": 8, "activation": "tanh"}, {"units": 8, "activation": "tanh"}],
                "output_activation": "sigmoid",
                "init": "xavier",
                "batch_norm": False,
                "dropout": 0.0,
            },
            "training": {
                "loss": "binary_cross_entropy",
                "optimizer": "adam",
                "learning_rate": 0.01,
                "batch_size": 10,
                "epochs": 1000,
            },
        }
    )


# --------------------------------------------------------------------------- text and files


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


def _parse_int(text: str) -> int | float:
    # Python refuses to turn more than 4300 digits into an int; such numbers are out
    # of every range anyway, so read them as a (possibly infinite) float instead.
    return int(text) if len(text) <= 300 else float(text)


def loads(text: str | bytes) -> dict:
    """Read an experiment from JSON text (``str``, or UTF-8 ``bytes``) and validate it."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        raw = bytes(text)
        if len(raw) > MAX_FILE_BYTES:
            raise _fail(_T_TOO_LARGE, size=len(raw), limit=MAX_FILE_BYTES)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _fail(_T_UTF8, position=exc.start) from None
    elif isinstance(text, str):
        if len(text) > MAX_FILE_BYTES // 4:  # only then can it be larger than the limit
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > MAX_FILE_BYTES:
                raise _fail(_T_TOO_LARGE, size=size, limit=MAX_FILE_BYTES)
        text = text.removeprefix("\ufeff")
    else:
        raise TypeError(f"loads() needs str or bytes, not {type(text).__name__}")
    try:
        document = json.loads(text, object_pairs_hook=reject_duplicate_keys, parse_int=_parse_int)
    except DuplicateKeyError as exc:
        raise _fail(_T_DUPLICATE, key=dump_value(exc.key)) from None
    except json.JSONDecodeError as exc:
        raise _fail(_T_JSON, detail=exc.msg, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise _fail(_T_JSON_DEEP) from None
    except ValueError as exc:  # pragma: no cover - defensive; json raises little else
        raise _fail(_T_JSON_OTHER, detail=str(exc)) from None
    return validate(document)


def _path_text(path: object) -> str:
    return _clean(os.fsdecode(os.fspath(path)))


def _os_detail(exc: BaseException) -> str:
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return _clean(detail)


_T_FOLDER = QT_TRANSLATE_NOOP("core", "{path} cannot be read: it is a folder, not a file; choose an experiment file (.json)")
_T_NOT_REGULAR = QT_TRANSLATE_NOOP(
    "core",
    "{path} is not a file but a pipe, a device or a terminal, which cannot be read as a whole; save the experiment to a file and open that file",
)
_T_DENIED = QT_TRANSLATE_NOOP(
    "core",
    "you are not allowed to read the file {path}; ask for access, or copy the file to a folder of your own and open the copy",
)
_T_BAD_NAME = QT_TRANSLATE_NOOP(
    "core", "{path} cannot be a file name (it holds a character no file name may have); choose another file"
)
_T_CANNOT_READ = QT_TRANSLATE_NOOP(
    "core",
    "the file {path} cannot be read; check that its disk or USB stick is still there, or copy the file to another folder and open the copy",
)


def load(path: str | os.PathLike) -> dict:
    """Read and validate the experiment file at ``path``.

    A pipe, a device or ``/dev/stdin`` is refused before it is opened (reading one could
    wait for ever), and a file over :data:`MAX_FILE_BYTES` before it is read.
    A CSV ``data.path`` stays as written; use :func:`resolve_data_path` with the
    file's folder to find the CSV file.
    """
    shown = _path_text(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except FileTooLargeError as exc:
        raise _fail(_T_TOO_LARGE, size=exc.size, limit=MAX_FILE_BYTES) from None
    except FileNotFoundError:
        raise _fail(_T_NOT_FOUND, path=shown) from None
    except IsADirectoryError:
        raise _fail(_T_FOLDER, path=shown) from None
    except NotRegularFileError:
        raise _fail(_T_NOT_REGULAR, path=shown) from None
    except PermissionError:
        raise _fail(_T_DENIED, path=shown) from None
    except UnreadablePathError:
        raise _fail(_T_BAD_NAME, path=shown) from None
    except OSError:
        raise _fail(_T_CANNOT_READ, path=shown) from None
    return loads(raw)


def dumps(experiment: dict) -> str:
    """The experiment (validated first) as pretty JSON text that :func:`loads` reads back."""
    return json.dumps(validate(experiment), indent=2, ensure_ascii=False) + "\n"


def save(experiment: dict, path: str | os.PathLike) -> None:
    """Validate ``experiment`` and write it to ``path`` atomically.

    The text goes to a temporary file in the same folder, which is flushed to disk and
    then renamed over ``path``: a crash or a full disk never leaves half a file.
    """
    raw = dumps(experiment).encode("utf-8")
    try:
        write_atomically(path, lambda file: file.write(raw))
    except (OSError, ValueError) as exc:
        raise _fail(_T_UNSAVABLE, path=_path_text(path), detail=_os_detail(exc)) from exc


def resolve_data_path(experiment: dict, base_dir: str | os.PathLike | None) -> Path | None:
    """Where the CSV file of ``experiment`` is, or ``None`` for built-in data.

    A relative ``data.path`` is relative to ``base_dir``, the folder of the experiment
    file; an absolute one is used as it is. With ``base_dir=None`` (an experiment that
    was never saved) a relative path is returned unchanged.
    """
    data = experiment.get("data") if isinstance(experiment, dict) else None
    if not isinstance(data, dict) or data.get("source") != "csv":
        return None
    raw = data.get("path")
    if not isinstance(raw, str) or not raw:
        return None
    path = Path(raw)
    if path.is_absolute() or base_dir is None:
        return path
    return Path(base_dir) / path
