"""Experiment documents: reading, checking, filling in defaults and saving.

An *experiment* says which data to learn from, which network to build and how to
train it. On disk it is a small JSON file (see ``docs/experiment-format.md``); in
memory it is a plain ``dict`` that :func:`validate` has checked and completed, so the
rest of the program can read every field without ``.get`` or further checks.

The ranges, choices and defaults of the settings are in :mod:`.settings` (one table
that the window and the command line read too); the checkers of each kind of field
are in :mod:`.fields`. This module walks the document through them and adds the rules
that tie fields together.

Every problem a user can cause raises :class:`~backprop_gui.core.errors.ExperimentError`
whose ``params["field"]`` (when there is one) is the path of the offending field, such as
``network.hidden[1].units``, so the window can point at it.

This module is pure Python and NumPy; it must never import Qt.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from ..core.errors import QT_TRANSLATE_NOOP, ExperimentError, path_text
from ..io.files import write_atomically
from . import fields
from .fields import DuplicateKeyError, dump_value, reject_duplicate_keys
from .settings import (  # noqa: F401 - the limits and choices are also read from here
    ACTIVATIONS, BUILTIN_DATASETS, CLASS_RANGES, DTYPES, FEATURES, HIDDEN_ACTIVATIONS, INITS,
    LIVE_PATHS, LOSS_NEEDS_OUTPUT, LOSSES, MAX_BATCH_SIZE, MAX_CSV_FEATURES, MAX_EPOCHS,
    MAX_HIDDEN_LAYERS, MAX_LEARNING_RATE, MAX_REGULARIZATION_RATE, MAX_SAMPLES, MAX_SEED,
    MAX_TITLE_CHARS, MAX_UNITS, MIN_SAMPLES, OPTIMIZERS, REGULARIZATIONS, SETTINGS, SINE_FEATURES,
    SCHEDULE_FIELDS, TASKS, check_classes, object_keys, section_keys,
)
from ..data.datasets import MAX_NOISE, MAX_TEST_FRACTION  # noqa: F401 - also read from here
from ..io.reading import FileTooLargeError, NotRegularFileError, UnreadablePathError, read_regular_file

__all__ = [
    "ACTIVATIONS",
    "BUILTIN_DATASETS",
    "CLASS_RANGES",
    "DELIMITERS",
    "DTYPES",
    "DuplicateKeyError",
    "FEATURES",
    "FORMAT",
    "HIDDEN_ACTIVATIONS",
    "INITS",
    "LIVE_PATHS",
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
    "reject_duplicate_keys",
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
DELIMITERS = (",", ";", "\t", "|")

_TOP_KEYS = ("format", "version", "title", "description", "data", "network", "training")
_BUILTIN_KEYS = (
    "source", "name", "samples", "noise", "test_fraction", "validation_fraction", "features", "seed", "classes",
)  # fmt: skip
_CSV_KEYS = (
    "source", "path", "target", "features", "task", "test_fraction", "validation_fraction", "standardize", "seed",
    "delimiter", "header", "drop_missing",
)  # fmt: skip
_CSV_TEST_FRACTION = 0.3
"""A CSV file's default test fraction (a toy set's is 0.5: it can always make more points)."""
_NETWORK_KEYS = ("hidden",) + section_keys("network")
_LAYER_KEYS = ("units", "activation")
_TRAINING_KEYS = section_keys("training") + ("schedule", "early_stopping")
_EARLY_STOPPING_KEYS = object_keys("training.early_stopping")

DEFAULT_TITLE = SETTINGS["title"].default
_DEFAULT_HIDDEN = ((8, "tanh"), (8, "tanh"))

# --------------------------------------------------------------------------- messages
# The templates shared by every kind of field are in fields.py; these are the
# experiment's own. Each is one string literal inside QT_TRANSLATE_NOOP (lupdate).

_T_ROOT_OBJECT = QT_TRANSLATE_NOOP(
    "core", "an experiment must be a JSON object with named fields, got {value}"
)
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
_T_CYCLIC_RANGE = QT_TRANSLATE_NOOP(
    "core", "training.schedule.max_lr must be at least training.schedule.base_lr ({low}), got {value}; a cycle goes up from base_lr to max_lr"
)
_T_NO_VALIDATION = QT_TRANSLATE_NOOP(
    "core",
    "training.early_stopping watches the loss on a validation split, but data.validation_fraction is 0; set it above 0 (0.2 is usual) or set training.early_stopping to null",
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
_T_UNSAVABLE = QT_TRANSLATE_NOOP("core", "the file {path} cannot be saved: {detail}")

# --------------------------------------------------------------------------- field checks


def _check(section: dict, path: str) -> object:
    """The setting at ``path`` from its ``section``, checked against the settings table."""
    spec = SETTINGS[path]
    return spec.check(section.get(spec.name, fields.MISSING))


# --------------------------------------------------------------------------- sections


def _validate_data(value: object) -> dict:
    if value is fields.MISSING:
        raise ExperimentError(fields.T_MISSING, field="data")
    data = fields.obj(value, "data")
    source = fields.choice(fields.required(data, "source", "data.source"), "data.source", SOURCES)
    if source == "builtin":
        return _validate_builtin(data)
    return _validate_csv(data)


def _validate_builtin(data: dict) -> dict:
    fields.check_known(data, "data", _BUILTIN_KEYS)
    name = _check(data, "data.name")
    samples = _check(data, "data.samples")
    noise = _check(data, "data.noise")
    test_fraction = _check(data, "data.test_fraction")
    validation_fraction = _check(data, "data.validation_fraction")
    if name == "sine":
        allowed, default_features = SINE_FEATURES, ["x1"]
    else:
        allowed, default_features = FEATURES, ["x1", "x2"]
    features = data.get("features", fields.MISSING)
    if features is fields.MISSING:
        features = default_features
    else:
        features = fields.unique_names(features, "data.features", allowed, len(allowed))
    seed = _check(data, "data.seed")
    result = {
        "source": "builtin",
        "name": name,
        "samples": samples,
        "noise": noise,
        "test_fraction": test_fraction,
        "validation_fraction": validation_fraction,
        "features": features,
        "seed": seed,
    }
    classes = data.get("classes", fields.MISSING)
    if name in CLASS_RANGES:
        result["classes"] = check_classes(name, classes)
    elif classes is not fields.MISSING:
        raise ExperimentError(
            _T_ONLY_FOR, field="data.classes", allowed=fields.join_names(CLASS_RANGES), value=dump_value(name)
        )
    return result


def _validate_csv(data: dict) -> dict:
    fields.check_known(data, "data", _CSV_KEYS)
    path = fields.text(fields.required(data, "path", "data.path"), "data.path", nonempty=True)
    if "\0" in path:
        raise ExperimentError(_T_NUL, field="data.path", value=dump_value(path))
    target = fields.text(fields.required(data, "target", "data.target"), "data.target", nonempty=True)
    features = data.get("features")
    if features is not None:
        features = fields.unique_names(features, "data.features", None, MAX_CSV_FEATURES)
        if target in features:
            where = f"data.features[{features.index(target)}]"
            raise ExperimentError(_T_TARGET_IN_FEATURES, field=where, value=dump_value(target))
    task = data.get("task")
    if task is not None:
        task = fields.choice(task, "data.task", TASKS, fields.join_names(TASKS + ("null",)))
    test_fraction = SETTINGS["data.test_fraction"].check(data.get("test_fraction", _CSV_TEST_FRACTION))
    validation_fraction = _check(data, "data.validation_fraction")
    standardize = fields.boolean(data.get("standardize", True), "data.standardize")
    seed = _check(data, "data.seed")
    delimiter = data.get("delimiter")
    if delimiter is not None:
        shown = ", ".join(["null"] + [json.dumps(d) for d in DELIMITERS])
        delimiter = fields.choice(delimiter, "data.delimiter", DELIMITERS, shown)
    header = data.get("header")
    if header is not None and not isinstance(header, (bool, np.bool_)):
        raise ExperimentError(
            fields.T_CHOICE, field="data.header", choices="true, false, null", value=dump_value(header)
        )
    if header is not None:
        header = bool(header)
    drop_missing = fields.boolean(data.get("drop_missing", False), "data.drop_missing")
    return {
        "source": "csv",
        "path": path,
        "target": target,
        "features": features,
        "task": task,
        "test_fraction": test_fraction,
        "validation_fraction": validation_fraction,
        "standardize": standardize,
        "seed": seed,
        "delimiter": delimiter,
        "header": header,
        "drop_missing": drop_missing,
    }


def _validate_layer(value: object, field: str) -> dict:
    layer = fields.obj(value, field, _LAYER_KEYS)
    units = SETTINGS["network.hidden[].units"].check(layer.get("units", fields.MISSING), f"{field}.units")
    activation = layer.get("activation", fields.MISSING)
    if isinstance(activation, str) and activation == "softmax":
        raise ExperimentError(
            _T_SOFTMAX_HIDDEN, field=f"{field}.activation", choices=fields.join_names(HIDDEN_ACTIVATIONS)
        )
    activation = SETTINGS["network.hidden[].activation"].check(activation, f"{field}.activation")
    return {"units": units, "activation": activation}


def _validate_network(value: object) -> dict:
    network = fields.obj(value, "network", _NETWORK_KEYS)
    hidden = network.get("hidden", fields.MISSING)
    if hidden is fields.MISSING:
        layers = [{"units": units, "activation": act} for units, act in _DEFAULT_HIDDEN]
    else:
        hidden = fields.item_list(hidden, "network.hidden", 0, MAX_HIDDEN_LAYERS)
        layers = [
            _validate_layer(layer, f"network.hidden[{index}]") for index, layer in enumerate(hidden)
        ]
    result = {"hidden": layers}
    for key in _NETWORK_KEYS[1:]:
        result[key] = _check(network, f"network.{key}")
    return result


def _validate_training(value: object) -> dict:
    training = fields.obj(value, "training", _TRAINING_KEYS)
    result = {key: _check(training, f"training.{key}") for key in _TRAINING_KEYS[:-2]}
    result["schedule"] = _validate_schedule(training.get("schedule", fields.MISSING))
    result["early_stopping"] = _validate_early_stopping(training.get("early_stopping"))
    return result


def _validate_schedule(value: object) -> dict:
    """``{"kind": ...}`` with exactly the fields of that kind (defaults filled in)."""
    if value is fields.MISSING:
        return {"kind": SETTINGS["training.schedule.kind"].default}
    schedule = fields.obj(value, "training.schedule")
    kind = _check({"kind": fields.required(schedule, "kind", "training.schedule.kind")}, "training.schedule.kind")
    takes = SCHEDULE_FIELDS[kind]
    fields.check_variant(schedule, "training.schedule", kind, ("kind",) + takes)
    result = {"kind": kind}
    for key in takes:
        result[key] = _check(schedule, f"training.schedule.{key}")
    if kind == "cyclic" and result["max_lr"] < result["base_lr"]:
        raise ExperimentError(_T_CYCLIC_RANGE, field="training.schedule.max_lr", low=dump_value(result["base_lr"]),
                              value=dump_value(result["max_lr"]))
    return result


def _validate_early_stopping(value: object) -> dict | None:
    """``null`` (no early stopping) or the object with every field."""
    if value is None:
        return None
    stopping = fields.obj(value, "training.early_stopping", _EARLY_STOPPING_KEYS)
    return {key: _check(stopping, f"training.early_stopping.{key}") for key in _EARLY_STOPPING_KEYS}


def validate(document: object) -> dict:
    """Check an experiment and return a new, complete copy of it.

    The result has every field (defaults filled in), in the documented order, with
    whole numbers as ``int`` and other numbers as ``float``; ``document`` is left as it
    was. Raises :class:`ExperimentError` for the first problem found, and nothing else.
    """
    if not isinstance(document, dict):
        raise ExperimentError(_T_ROOT_OBJECT, value=dump_value(document))
    fmt = fields.required(document, "format", "format")
    if not (isinstance(fmt, str) and fmt == FORMAT):
        raise ExperimentError(_T_FORMAT, field="format", expected=json.dumps(FORMAT), value=dump_value(fmt))
    version = fields.whole(fields.required(document, "version", "version"), "version", 1)
    if version > VERSION:
        raise ExperimentError(_T_NEWER, field="version", value=dump_value(version))
    fields.check_known(document, "", _TOP_KEYS)
    title = _check(document, "title")
    description = _check(document, "description")
    data = _validate_data(document.get("data", fields.MISSING))
    network = _validate_network(document.get("network", {}))
    training = _validate_training(document.get("training", {}))

    if training["early_stopping"] is not None and data["validation_fraction"] == 0:
        raise ExperimentError(_T_NO_VALIDATION, field="data.validation_fraction")
    needed = LOSS_NEEDS_OUTPUT.get(training["loss"])
    if needed is not None and network["output_activation"] != needed:
        raise ExperimentError(
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


def loads(text: str | bytes) -> dict:
    """Read an experiment from JSON text (``str``, or UTF-8 ``bytes``) and validate it."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        raw = bytes(text)
        if len(raw) > MAX_FILE_BYTES:
            raise ExperimentError(_T_TOO_LARGE, size=len(raw), limit=MAX_FILE_BYTES)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ExperimentError(_T_UTF8, position=exc.start) from None
    elif isinstance(text, str):
        if len(text) > MAX_FILE_BYTES // 4:  # only then can it be larger than the limit
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > MAX_FILE_BYTES:
                raise ExperimentError(_T_TOO_LARGE, size=size, limit=MAX_FILE_BYTES)
        text = text.removeprefix("\ufeff")
    else:
        raise TypeError(f"loads() needs str or bytes, not {type(text).__name__}")
    try:
        document = fields.parse_json(text)
    except DuplicateKeyError as exc:
        raise ExperimentError(_T_DUPLICATE, key=dump_value(exc.key)) from None
    except json.JSONDecodeError as exc:
        raise ExperimentError(_T_JSON, detail=exc.msg, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise ExperimentError(_T_JSON_DEEP) from None
    except ValueError as exc:  # pragma: no cover - defensive; json raises little else
        raise ExperimentError(_T_JSON_OTHER, detail=str(exc)) from None
    return validate(document)


def _os_detail(exc: BaseException) -> str:
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return fields.clean_text(detail)


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
    shown = path_text(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except FileTooLargeError as exc:
        raise ExperimentError(_T_TOO_LARGE, size=exc.size, limit=MAX_FILE_BYTES) from None
    except FileNotFoundError:
        raise ExperimentError(_T_NOT_FOUND, path=shown) from None
    except IsADirectoryError:
        raise ExperimentError(_T_FOLDER, path=shown) from None
    except NotRegularFileError:
        raise ExperimentError(_T_NOT_REGULAR, path=shown) from None
    except PermissionError:
        raise ExperimentError(_T_DENIED, path=shown) from None
    except UnreadablePathError:
        raise ExperimentError(_T_BAD_NAME, path=shown) from None
    except OSError:
        raise ExperimentError(_T_CANNOT_READ, path=shown) from None
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
        raise ExperimentError(_T_UNSAVABLE, path=path_text(path), detail=_os_detail(exc)) from exc


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
