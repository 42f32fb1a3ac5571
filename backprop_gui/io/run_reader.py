"""Reading a run file (``.bpexp``) safely, even one from a stranger.

- :func:`read_run` reads and checks a file without touching any data and returns a
  :class:`SavedRun` (experiment, trained :class:`Model`, training state, history);
  ``saved.resume()`` turns it into a :class:`~backprop_gui.build.Run` once the data is there;
- :func:`load_run` is ``read_run(path).resume()``: built-in data is regenerated from its
  seed, a CSV file is read again (a relative path is relative to the run file's folder);
- :func:`read_model` is ``read_run(path).model``, for ``predict`` and ``export``.

Nothing is unpickled or executed; the ZIP archive is checked (size, members, ratio,
ZIP64, encryption) before ``zipfile`` parses it, and every array's shape and type are
computed from the experiment before it is read. Every problem is a
:class:`RunFileError` with a one-sentence message in plain words. When only the *data*
cannot be loaded, :func:`load_run` raises :class:`RunDataError`, which carries the
:class:`SavedRun` (``error.saved``) so the caller can still predict with or export the
model. The format is described in ``docs/run-file-format.md``. Never imports Qt.
"""

from __future__ import annotations

import copy
import io
import json
import math
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

import numpy as np

from .. import build
from ..core.errors import QT_TRANSLATE_NOOP, BackpropError, path_text
from ..core import checkpoints as timeline
from ..core.history import SCALARS, SCALARS_V1
from ..core.network import Network
from ..core.targets import output_width
from ..data import datasets
from ..schema import experiment as experiment_module
from ..schema import fields
from .archive import ArchiveError, Limits, SafeZip
from .model import Model, ModelInfo
from .reading import FileTooLargeError, NotRegularFileError, open_regular_file
from .runformat import (
    EXPERIMENT, EXTENSION, FORMAT, HISTORY_KEYS, MANIFEST, MAX_CENTRAL_DIRECTORY, MAX_COUNTER, MAX_FILE_BYTES,
    MAX_HISTORY_POINTS, MAX_MANIFEST_BYTES, MAX_MEMBERS, MAX_NPY_HEADER, MAX_OUTPUTS, MAX_RATIO,
    MAX_UNPACKED_BYTES, MODEL_KEYS, NPY, OPTIMIZER_ARRAYS, OPTIMIZER_KEYS, RANDOM_KEYS, RAW_COLUMNS,
    T_EXPERIMENT, TOP_KEYS, TRAINER_KEYS, VERSION, RunFileError, os_detail, show,
    BEST, CHECKPOINT_KEYS, CHECKPOINTS, EARLY_STOPPING_KEYS, SCHEDULE_KEYS, TOP_KEYS_V1, TRAINER_KEYS_V1,
)  # fmt: skip

__all__ = ["RunDataError", "RunFileError", "SavedRun", "is_run_file", "load_run", "read_model", "read_run"]

_NUMERIC_KINDS = "fiu"

# --------------------------------------------------------------------------- messages
# Each template is one literal inside QT_TRANSLATE_NOOP so that pyside6-lupdate finds it.

_T_NOT_FOUND = QT_TRANSLATE_NOOP("core", "the file {path} does not exist")
_T_UNREADABLE = QT_TRANSLATE_NOOP("core", "the file {path} cannot be read: {detail}")
_T_TOO_LARGE = QT_TRANSLATE_NOOP(
    "core", "the file is too large ({size} bytes); a saved run may be at most {limit} bytes"
)
_T_NOT_RUN = QT_TRANSLATE_NOOP(
    "core",
    "the file is not a backprop-gui run file ({detail}); choose a .bpexp file saved by backprop-gui",
)
_T_DAMAGED = QT_TRANSLATE_NOOP(
    "core", "the run file is damaged ({detail}); save the run again or ask for a new copy of the file"
)
_T_UNSAFE = QT_TRANSLATE_NOOP(
    "core",
    "the run file was refused because {detail}; backprop-gui never makes such files, so do not trust it",
)
_T_NEWER = QT_TRANSLATE_NOOP(
    "core",
    "the run file has version {value}: it was made by a newer version of backprop-gui; please update backprop-gui to open it",
)
_T_UNKNOWN = QT_TRANSLATE_NOOP(
    "core",
    "the run file holds {what}, which this version of backprop-gui does not know; if a newer backprop-gui made it, please update backprop-gui",
)
_T_FIELD = QT_TRANSLATE_NOOP(
    "core",
    "the run file is damaged: {field} must be {expected}, got {value}; save the run again or ask for a new copy of the file",
)
_T_MISSING = QT_TRANSLATE_NOOP(
    "core", "the run file is incomplete: {what} is missing; save the run again or ask for a new copy of the file"
)
_T_ARRAY = QT_TRANSLATE_NOOP(
    "core",
    "the run file is damaged: the array {name} {problem}; save the run again or ask for a new copy of the file",
)
_T_SHAPE = QT_TRANSLATE_NOOP(
    "core",
    "the array {name} has the shape {shape}, but the network described in the run file needs {expected}; the file is damaged or was edited",
)
_T_NOT_FINITE = QT_TRANSLATE_NOOP(
    "core",
    "the array {name} holds values that are not finite numbers (NaN or infinity), so the saved model cannot be used",
)
_T_DATA = QT_TRANSLATE_NOOP(
    "core",
    "the data of the saved run cannot be loaded: {detail}; the trained model can still predict and be exported, and training can continue once the data is back",
)
_T_DATA_CHANGED = QT_TRANSLATE_NOOP(
    "core",
    "the data no longer matches the saved run: its {what} is now {found}, but was {expected} when the run was trained; use the data the run was trained on",
)
_T_NOT_SEEKABLE = QT_TRANSLATE_NOOP(
    "core",
    "the file {path} cannot be read as a run file, because the system does not let backprop-gui move around in it (it is a special file, not a saved run); choose a .bpexp file saved by backprop-gui",
)


class RunDataError(RunFileError):
    """The run file is fine, but the data it was trained on cannot be loaded or has changed.

    ``saved`` is the :class:`SavedRun` that was read (its model works without the data);
    ``cause`` is the original error (for example a :class:`DataError`), or None.
    """

    def __init__(self, template: str, *, saved: "SavedRun", cause: BaseException | None = None, **params) -> None:
        super().__init__(template, **params)
        self.saved = saved
        self.cause = cause


def _damaged(detail: str) -> RunFileError:
    return RunFileError(_T_DAMAGED, detail=detail)


# --------------------------------------------------------------------------- a saved run


@dataclass(eq=False)
class SavedRun:
    """Everything a run file holds, read and checked, without the training data.

    ``experiment`` is validated (its CSV ``data.path`` is relative to ``folder``);
    ``model`` holds the trained network; ``history`` is what
    :meth:`History.as_arrays` returns, with ``history_stride``; ``counters`` has
    ``epoch``, ``steps``, ``samples_seen``, ``batch_index``, ``epoch_batch_size`` and
    ``train_rows``; ``optimizer_state`` is what :meth:`Optimizer.state` returns.
    """

    experiment: dict
    model: Model
    optimizer_state: dict[str, np.ndarray]
    counters: dict[str, int | None]
    random_states: dict[str, dict]
    history: dict[str, np.ndarray]
    history_stride: int
    last_gradient_norms: np.ndarray
    last_update_ratios: np.ndarray
    epoch_order: np.ndarray | None = None
    diverged: str | None = None
    app_version: str = ""
    folder: Path | None = None
    schedule_state: dict | None = None  # None in a version 1 file: the trainer replays the schedule
    last_rate: float | None = None
    early_stopping_state: dict | None = None  # as EarlyStopping.state(), with best_state
    checkpoints_state: dict | None = None  # as Checkpoints.state_dict(); None in a version 1 file

    @property
    def network(self) -> Network:
        return self.model.network

    @property
    def epoch(self) -> int:
        return int(self.counters["epoch"])

    def resume(self, base_dir: str | os.PathLike | None = None, dataset: datasets.Dataset | None = None) -> build.Run:
        """Load the data and return a :class:`Run` that continues exactly where the saved one stopped.

        ``base_dir`` is the folder a relative CSV path is relative to (default: the run
        file's folder). Raises :class:`RunDataError` when the data cannot be loaded or no
        longer matches the saved model.
        """
        if base_dir is None:
            base_dir = self.folder
        experiment = copy.deepcopy(self.experiment)
        try:
            run = build.build_run(experiment, base_dir=base_dir, dataset=dataset)
        except BackpropError as error:
            raise RunDataError(_T_DATA, saved=self, cause=error, detail=str(error)) from error
        self._check_data(run)
        run.network.load_state(self.network.state())
        run.network.dropout_rng.bit_generator.state = self.random_states["dropout"]
        try:
            run.trainer.load_state_dict(self.trainer_state())
        except (ValueError, TypeError):  # the reader checked all this: only an edited file gets here
            raise _damaged("its training state does not fit its network") from None
        return run

    def trainer_state(self) -> dict:
        """The saved training state in the form of :meth:`Trainer.state_dict`."""
        counters = self.counters
        return {
            "epoch": counters["epoch"],
            "steps": counters["steps"],
            "samples_seen": counters["samples_seen"],
            "batch_index": counters["batch_index"],
            "epoch_order": self.epoch_order,
            "epoch_batch_size": counters["epoch_batch_size"],
            "shuffle": self.random_states["shuffle"],
            "last_gradient_norms": self.last_gradient_norms,
            "last_update_ratios": self.last_update_ratios,
            "optimizer": self.optimizer_state,
            "history": {"stride": self.history_stride, **self.history},
            "schedule": self.schedule_state,
            "last_rate": self.last_rate,
            "early_stopping": self.early_stopping_state,
            "checkpoints": self.checkpoints_state,
        }

    def _check_data(self, run: build.Run) -> None:
        info, ds = self.model.info, run.dataset
        checks = (  # named as in the manifest
            ("task", ds.task, info.task),
            ("features", tuple(ds.feature_names), info.features),
            ("class_names", tuple(ds.class_names), info.class_names),
            ("target_names", tuple(ds.target_names), info.target_names),
        )
        for what, found, expected in checks:
            if found != expected:
                raise _data_changed(self, what, found, expected)
        rows = len(run.trainer.data.X_train)  # without the validation rows
        if self.counters["batch_index"] and rows != self.counters["train_rows"]:
            # Only a run saved in the middle of an epoch needs the same rows to continue.
            raise _data_changed(self, "train_rows", rows, self.counters["train_rows"])


def _data_changed(saved_run: SavedRun, what: str, found, expected) -> RunDataError:
    def shown(value):
        return show(list(value) if isinstance(value, tuple) else value)

    return RunDataError(_T_DATA_CHANGED, saved=saved_run, what=what, found=shown(found), expected=shown(expected))


# --------------------------------------------------------------------------- reading a run


def is_run_file(path: str | os.PathLike) -> bool:
    """A saved run: by its extension, or by the ZIP signature it starts with."""
    path = Path(path)
    if path.suffix.lower() == EXTENSION:
        return True
    if not path.is_file():  # (a pipe or device could block; a missing file is reported later)
        return False
    try:
        with open(path, "rb") as file:
            return file.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def read_run(path: str | os.PathLike) -> SavedRun:
    """Read and check a run file without loading any data. Raises :class:`RunFileError`."""
    with _open_file(path) as file:
        try:
            saved = _read(file)
        except OSError as exc:  # the disk or the system failed while reading
            raise RunFileError(_T_UNREADABLE, path=path_text(path), detail=os_detail(exc)) from None
    # The real file's folder: save_run wrote data.path relative to it.
    saved.folder = Path(os.path.realpath(os.fsdecode(os.fspath(path)))).parent
    return saved


def read_model(path: str | os.PathLike) -> Model:
    """The trained model of a run file, for ``predict`` and ``export`` (no data needed)."""
    return read_run(path).model


def load_run(path: str | os.PathLike) -> build.Run:
    """Read a run file and rebuild its run, ready to continue training.

    Built-in data is regenerated from its seed; a CSV file is read again (a relative
    path is relative to the run file's folder). Raises :class:`RunFileError`, or its
    kind :class:`RunDataError` (with ``error.saved``) when only the data is the problem.
    """
    return read_run(path).resume()


def _read(file: BinaryIO) -> SavedRun:
    archive = _Archive(file)
    if MANIFEST not in archive.infos:
        if any(name.endswith(NPY) for name in archive.infos) or EXPERIMENT in archive.infos:
            raise RunFileError(_T_MISSING, what=MANIFEST)
        raise RunFileError(_T_NOT_RUN, detail="it has no manifest.json")
    manifest = _parse_json(archive.read(MANIFEST, MAX_MANIFEST_BYTES), MANIFEST)
    if not isinstance(manifest, dict):
        raise RunFileError(_T_NOT_RUN, detail="its manifest.json is not an object")
    fmt = manifest.get("format")
    if fmt != FORMAT:
        raise RunFileError(_T_NOT_RUN, detail=f"its manifest says format {show(fmt)}, not {show(FORMAT)}")
    version = manifest.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise RunFileError(_T_NEWER, value=show(version))
    _whole(version, "version", 1, VERSION)
    _object(manifest, "manifest", TOP_KEYS if version >= 2 else TOP_KEYS_V1)
    app_version = _text(manifest["app_version"], "app_version")

    if EXPERIMENT not in archive.infos:
        raise RunFileError(_T_MISSING, what=EXPERIMENT)
    try:
        experiment = experiment_module.loads(archive.read(EXPERIMENT, experiment_module.MAX_FILE_BYTES))
    except BackpropError as error:
        if isinstance(error, RunFileError):
            raise
        raise RunFileError(T_EXPERIMENT, detail=str(error)) from None
    training = experiment["training"]

    info, input_dim, output_dim = _read_model_section(manifest["model"], experiment)

    trainer = _object(manifest["trainer"], "trainer", TRAINER_KEYS if version >= 2 else TRAINER_KEYS_V1)
    counters: dict[str, int | None] = {
        "epoch": _whole(trainer["epoch"], "trainer.epoch", 0, MAX_COUNTER),
        "steps": _whole(trainer["steps"], "trainer.steps", 0, MAX_COUNTER),
        "samples_seen": _whole(trainer["samples_seen"], "trainer.samples_seen", 0, MAX_COUNTER),
        "batch_index": _whole(trainer["batch_index"], "trainer.batch_index", 0, MAX_COUNTER),
        "train_rows": _whole(trainer["train_rows"], "trainer.train_rows", 1, 10**9),
        "epoch_batch_size": None,
    }
    if counters["batch_index"]:
        rows = counters["train_rows"]
        size = _whole(trainer["epoch_batch_size"], "trainer.epoch_batch_size", 1, rows)
        if counters["batch_index"] >= -(-rows // size):
            raise _field_error("trainer.batch_index", f"less than {-(-rows // size)}", counters["batch_index"])
        counters["epoch_batch_size"] = size
    elif trainer["epoch_batch_size"] is not None:
        raise _field_error("trainer.epoch_batch_size", "null", trainer["epoch_batch_size"])
    diverged = trainer["diverged"]
    if diverged is not None:
        diverged = _text(diverged, "trainer.diverged")
    schedule_state = last_rate = stopping = None
    if version >= 2:
        schedule = _object(trainer["schedule"], "trainer.schedule", SCHEDULE_KEYS)
        schedule_state = {
            "epoch": _whole(schedule["epoch"], "trainer.schedule.epoch", 0, MAX_COUNTER),
            "rate": _float(schedule["rate"], "trainer.schedule.rate"),
        }
        last_rate = _float(trainer["last_rate"], "trainer.last_rate")
        if trainer["early_stopping"] is not None:
            if training["early_stopping"] is None:
                raise _field_error("trainer.early_stopping", "null (the experiment has no early stopping)", trainer["early_stopping"])
            section = _object(trainer["early_stopping"], "trainer.early_stopping", EARLY_STOPPING_KEYS)
            best_loss = section["best_loss"]
            stopping = {
                "best_loss": None if best_loss is None else _float(best_loss, "trainer.early_stopping.best_loss"),
                "best_epoch": None if section["best_epoch"] is None else _whole(section["best_epoch"], "trainer.early_stopping.best_epoch", 0, MAX_COUNTER),
                "bad_epochs": _whole(section["bad_epochs"], "trainer.early_stopping.bad_epochs", 0, MAX_COUNTER),
                "stopped": _boolean(section["stopped"], "trainer.early_stopping.stopped"),
                "best_weights": _boolean(section["best_weights"], "trainer.early_stopping.best_weights"),
            }

    optimizer = _object(manifest["optimizer"], "optimizer", OPTIMIZER_KEYS)
    _same(optimizer["kind"], "optimizer.kind", training["optimizer"])
    optimizer_steps = _whole(optimizer["steps"], "optimizer.steps", 0, MAX_COUNTER)

    history = _object(manifest["history"], "history", HISTORY_KEYS)
    stride = _whole(history["stride"], "history.stride", 1, 2**62)
    points = _whole(history["points"], "history.points", 0, MAX_HISTORY_POINTS)

    checkpoint_count = checkpoint_stride = None
    if version >= 2:
        section = _object(manifest["checkpoints"], "checkpoints", CHECKPOINT_KEYS)
        checkpoint_count = _whole(section["count"], "checkpoints.count", 0, timeline.MAX_CHECKPOINTS)
        checkpoint_stride = _whole(section["stride"], "checkpoints.stride", 1, 2**62)
        if checkpoint_stride & (checkpoint_stride - 1):
            raise _field_error("checkpoints.stride", "a power of 2", checkpoint_stride)

    random = _object(manifest["random"], "random", RANDOM_KEYS)
    random_states = {name: _rng_state(random[name], f"random.{name}") for name in RANDOM_KEYS}

    scalars = SCALARS if version >= 2 else SCALARS_V1
    specs = _expected_arrays(
        experiment, input_dim, output_dim, info.standardized, points, counters["batch_index"],
        counters["train_rows"], training["optimizer"], scalars, stopping is not None and stopping["best_weights"],
        checkpoint_count,
    )
    needed = sum(spec.nbytes for spec in specs.values())
    if needed > MAX_UNPACKED_BYTES:
        raise RunFileError(_T_UNSAFE, detail=f"its network would need {needed} bytes, more than {MAX_UNPACKED_BYTES}")
    listing = manifest["arrays"]
    if not isinstance(listing, dict):
        raise _field_error("arrays", "an object with named fields", listing)
    for name in specs:
        if name not in listing:
            raise RunFileError(_T_MISSING, what=f"the array {name}")
    for name in listing:
        if name not in specs:
            raise RunFileError(_T_UNKNOWN, what=f"the array {show(name)}")
    for name in specs:
        if name + NPY not in archive.infos:
            raise RunFileError(_T_MISSING, what=f"the member {name}{NPY}")
    expected_members = {MANIFEST, EXPERIMENT} | {name + NPY for name in specs}
    for member in archive.infos:
        if member not in expected_members:
            raise RunFileError(_T_UNKNOWN, what=f"the member {show(member)}")

    arrays: dict[str, np.ndarray] = {}
    for name, spec in specs.items():
        declared = _object(listing[name], f"arrays.{name}", ("dtype", "shape"))
        _same(declared["shape"], f"arrays.{name}.shape", list(spec.shape))
        array, header_dtype = _parse_npy(name, archive.read(name + NPY, spec.nbytes + MAX_NPY_HEADER + 16))
        arrays[name] = _check_array(name, array, spec)
        _same(declared["dtype"], f"arrays.{name}.dtype", header_dtype)

    if info.standardized and not (arrays["model/std"] > 0).all():
        raise RunFileError(_T_ARRAY, name="model/std", problem="holds standard deviations that are not positive")
    checkpoints_state = None
    if checkpoint_count is not None:
        checkpoints_state = _read_checkpoints(arrays, checkpoint_count, checkpoint_stride, counters["epoch"])
    order = arrays.get("trainer/epoch_order")
    if order is not None and not np.array_equal(np.sort(order), np.arange(counters["train_rows"])):
        raise RunFileError(_T_ARRAY, name="trainer/epoch_order", problem="is not an ordering of the training rows")

    network = Network.from_config(experiment["network"], input_dim, output_dim, seed=training["seed"], dtype=training["dtype"])
    network.load_state({name[len("network/"):]: value for name, value in arrays.items() if name.startswith("network/")})
    network.dropout_rng.bit_generator.state = random_states["dropout"]
    if info.standardized:
        info = replace(info, mean=arrays["model/mean"], std=arrays["model/std"])
    optimizer_state = {"steps": np.array(optimizer_steps, dtype=np.int64)}
    for name in OPTIMIZER_ARRAYS[training["optimizer"]]:
        optimizer_state[name] = arrays[f"optimizer/{name}"]
    history_arrays = {"epoch": arrays["history/epoch"].astype(np.int64)}
    for name in (*SCALARS, "gradient_norms", "update_ratios"):
        # a version 1 file has no validation loss nor learning rate: NaN, "no value"
        history_arrays[name] = arrays[f"history/{name}"] if f"history/{name}" in arrays else np.full(points, np.nan)
    if stopping is not None:
        best = {name[len(BEST):]: value for name, value in arrays.items() if name.startswith(BEST)}
        stopping = {**{k: v for k, v in stopping.items() if k != "best_weights"}, "best_state": best or None}
    return SavedRun(
        experiment=experiment,
        model=Model(network, info),
        optimizer_state=optimizer_state,
        counters=counters,
        random_states=random_states,
        history=history_arrays,
        history_stride=stride,
        last_gradient_norms=arrays["trainer/last_gradient_norms"],
        last_update_ratios=arrays["trainer/last_update_ratios"],
        epoch_order=None if order is None else order.astype(np.int64),
        diverged=diverged,
        app_version=app_version,
        schedule_state=schedule_state,
        last_rate=last_rate,
        early_stopping_state=stopping,
        checkpoints_state=checkpoints_state,
    )


def _read_checkpoints(arrays: dict[str, np.ndarray], count: int, stride: int, epoch: int) -> dict:
    """The timeline's checkpoints (their shapes and finiteness are checked already)."""
    epochs = arrays[f"{CHECKPOINTS}epoch"]
    try:
        timeline.check_epochs(epochs, stride)
    except ValueError:
        raise RunFileError(_T_ARRAY, name=f"{CHECKPOINTS}epoch",
                           problem="holds epochs that do not increase along the timeline's log-spaced epochs") from None
    if count and epochs[-1] > epoch:
        raise RunFileError(_T_ARRAY, name=f"{CHECKPOINTS}epoch", problem="holds epochs after the last one trained")
    states = {name[len(CHECKPOINTS):]: value for name, value in arrays.items()
              if name.startswith(CHECKPOINTS) and name not in (f"{CHECKPOINTS}epoch", f"{CHECKPOINTS}metrics")}
    return {"stride": stride, "epoch": epochs.astype(np.int64), "metrics": arrays[f"{CHECKPOINTS}metrics"], "states": states}


def _read_model_section(value: object, experiment: dict) -> tuple[ModelInfo, int, int]:
    """The manifest's ``model`` section, checked against the experiment it goes with."""
    model = _object(value, "model", MODEL_KEYS)
    data = experiment["data"]
    source = data["source"]
    _same(model["source"], "model.source", source)
    task = model["task"]
    if task not in (datasets.CLASSIFICATION, datasets.REGRESSION):
        raise _field_error("model.task", "classification or regression", task)
    dataset = _text(model["dataset"], "model.dataset")
    features = _names(model["features"], "model.features", 1, experiment_module.MAX_CSV_FEATURES)
    input_columns = _names(model["input_columns"], "model.input_columns", 1, experiment_module.MAX_CSV_FEATURES)
    standardized = model["standardized"]
    if not isinstance(standardized, bool):
        raise _field_error("model.standardized", "true or false", standardized)
    target_names = _names(model["target_names"], "model.target_names", 1, MAX_OUTPUTS)
    if task == datasets.CLASSIFICATION:
        class_names = _names(model["class_names"], "model.class_names", 2, MAX_OUTPUTS)
    else:
        class_names = _names(model["class_names"], "model.class_names", 0, 0)
    if source == "builtin":
        toy = datasets.TOY_DATASETS[data["name"]]
        _same(dataset, "model.dataset", data["name"])
        _same(task, "model.task", toy.task)
        _same(list(input_columns), "model.input_columns", list(RAW_COLUMNS[: toy.raw_dim]))
        _same(list(features), "model.features", list(data["features"]))
        _same(standardized, "model.standardized", False)
        _same(list(target_names), "model.target_names", ["label"])
        if task == datasets.CLASSIFICATION:
            classes = data.get("classes", toy.default_classes)
            _same(list(class_names), "model.class_names", [str(k) for k in range(classes)])
    else:
        if data["task"] is not None:
            _same(task, "model.task", data["task"])
        if data["features"] is not None:
            _same(list(features), "model.features", list(data["features"]))
        _same(list(input_columns), "model.input_columns", list(features))
        _same(standardized, "model.standardized", data["standardize"])
        _same(list(target_names), "model.target_names", [data["target"]])
    input_dim = _whole(model["input_dim"], "model.input_dim", 1, experiment_module.MAX_CSV_FEATURES)
    _same(input_dim, "model.input_dim", len(features))
    output_activation = experiment["network"]["output_activation"]
    output_dim = _whole(model["output_dim"], "model.output_dim", 1, MAX_OUTPUTS)
    _same(output_dim, "model.output_dim", output_width(task, len(class_names), len(target_names), output_activation))
    _same(model["dtype"], "model.dtype", experiment["training"]["dtype"])
    info = ModelInfo(
        task=task, source=source, dataset=dataset, input_columns=input_columns, features=features,
        class_names=class_names, target_names=target_names, output_activation=output_activation,
    )
    if standardized:  # mean and std are filled in once the arrays are read
        info = replace(info, mean=np.zeros(input_dim), std=np.ones(input_dim))
    return info, input_dim, output_dim


# --------------------------------------------------------------------------- reading arrays


@dataclass(frozen=True)
class _Spec:
    shape: tuple[int, ...]
    kind: str  # "f" or "i"
    itemsize: int
    finite: bool = False
    nonnegative: bool = False

    @property
    def nbytes(self) -> int:
        return math.prod(self.shape) * self.itemsize


def _parse_npy(name: str, data: bytes) -> tuple[np.ndarray, str]:
    """An array from the bytes of a ``.npy`` member, and its type as the header gives it.

    The header is checked before anything is allocated; nothing is ever unpickled."""
    stream = io.BytesIO(data)
    try:
        version = np.lib.format.read_magic(stream)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream, max_header_size=MAX_NPY_HEADER)
        elif version == (2, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream, max_header_size=MAX_NPY_HEADER)
        else:
            raise ValueError(f"unsupported .npy version {version}")
    except Exception:  # noqa: BLE001 - numpy's header parser raises several kinds
        raise RunFileError(_T_ARRAY, name=name, problem="has no valid .npy header") from None
    if (
        not isinstance(dtype, np.dtype) or dtype.kind not in _NUMERIC_KINDS or dtype.fields is not None
        or dtype.subdtype is not None or dtype.itemsize not in (1, 2, 4, 8)
    ):
        raise RunFileError(_T_ARRAY, name=name, problem=f"has the type {show(str(dtype))}, which is not a plain number type")
    if not isinstance(shape, tuple) or len(shape) > 8 or not all(isinstance(n, int) and n >= 0 for n in shape):
        raise RunFileError(_T_ARRAY, name=name, problem=f"has an invalid shape {show(str(shape))}")
    count = math.prod(shape)
    offset = stream.tell()
    if len(data) - offset != count * dtype.itemsize:
        raise RunFileError(_T_ARRAY, name=name, problem="is not as long as its header says")
    array = np.frombuffer(data, dtype=dtype, count=count, offset=offset)
    array = array.reshape(shape, order="F" if fortran else "C")
    return np.array(array, dtype=dtype.newbyteorder("="), order="C"), dtype.str


def _check_array(name: str, array: np.ndarray, spec: _Spec) -> np.ndarray:
    if array.dtype.kind != spec.kind or array.dtype.itemsize != spec.itemsize:
        expected = f"{'float' if spec.kind == 'f' else 'int'}{8 * spec.itemsize}"
        raise RunFileError(_T_ARRAY, name=name, problem=f"has the type {array.dtype}, but it must be {expected}")
    if array.shape != spec.shape:
        raise RunFileError(_T_SHAPE, name=name, shape=show(list(array.shape)), expected=show(list(spec.shape)))
    if spec.finite and not np.isfinite(array).all():
        raise RunFileError(_T_NOT_FINITE, name=name)
    if spec.nonnegative and (array < 0).any():
        raise RunFileError(_T_ARRAY, name=name, problem="holds negative values, which it cannot have")
    return array


def _expected_arrays(
    experiment: dict, input_dim: int, output_dim: int, standardized: bool, history_points: int,
    batch_index: int, train_rows: int, optimizer: str, scalars: tuple[str, ...] = SCALARS, best_weights: bool = False,
    checkpoints: int | None = None,
) -> dict[str, _Spec]:
    """Name → shape and type of every array the run file must hold, computed without allocating."""
    section = experiment["network"]
    itemsize = np.dtype(experiment["training"]["dtype"]).itemsize
    hidden = section["hidden"]
    units = [layer["units"] for layer in hidden] + [output_dim]
    specs: dict[str, _Spec] = {}
    fan_in = input_dim
    parameters = 0
    for number, width in enumerate(units, start=1):
        batch_norm = section["batch_norm"] and number <= len(hidden)
        specs[f"network/layer{number}.weights"] = _Spec((fan_in, width), "f", itemsize, finite=True)
        specs[f"network/layer{number}.bias"] = _Spec((width,), "f", itemsize, finite=True)
        parameters += fan_in * width + width
        if batch_norm:
            specs[f"network/layer{number}.gamma"] = _Spec((width,), "f", itemsize, finite=True)
            specs[f"network/layer{number}.beta"] = _Spec((width,), "f", itemsize, finite=True)
            specs[f"network/layer{number}.running_mean"] = _Spec((width,), "f", itemsize, finite=True)
            specs[f"network/layer{number}.running_var"] = _Spec((width,), "f", itemsize, finite=True, nonnegative=True)
            parameters += 2 * width
        fan_in = width
    for name in OPTIMIZER_ARRAYS[optimizer]:
        specs[f"optimizer/{name}"] = _Spec((parameters,), "f", itemsize, finite=True, nonnegative=name == "second_moment")
    layers = len(units)
    specs["history/epoch"] = _Spec((history_points,), "i", 8, nonnegative=True)
    for name in scalars:
        specs[f"history/{name}"] = _Spec((history_points,), "f", 8)
    specs["history/gradient_norms"] = _Spec((history_points, layers), "f", 8)
    specs["history/update_ratios"] = _Spec((history_points, layers), "f", 8)
    specs["trainer/last_gradient_norms"] = _Spec((layers,), "f", 8)
    specs["trainer/last_update_ratios"] = _Spec((layers,), "f", 8)
    if best_weights:  # the best epoch's weights: the network's arrays again
        specs.update({BEST + name[len("network/"):]: spec for name, spec in list(specs.items()) if name.startswith("network/")})
    if checkpoints is not None:  # the timeline: k copies of the network's arrays, stacked
        specs[f"{CHECKPOINTS}epoch"] = _Spec((checkpoints,), "i", 8, nonnegative=True)
        specs[f"{CHECKPOINTS}metrics"] = _Spec((checkpoints, len(timeline.METRICS)), "f", 8)
        if checkpoints:
            specs.update({CHECKPOINTS + name[len("network/"):]: replace(spec, shape=(checkpoints, *spec.shape))
                          for name, spec in list(specs.items()) if name.startswith("network/")})
    if batch_index:
        specs["trainer/epoch_order"] = _Spec((train_rows,), "i", 8, nonnegative=True)
    if standardized:
        specs["model/mean"] = _Spec((input_dim,), "f", 8, finite=True)
        specs["model/std"] = _Spec((input_dim,), "f", 8, finite=True)
    return specs


# --------------------------------------------------------------------------- the ZIP guard


def _open_file(path: str | os.PathLike) -> BinaryIO:
    shown = path_text(path)
    try:
        # Looked at before it is opened: opening a named pipe or a device could block or never end.
        file, _info = open_regular_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise RunFileError(_T_NOT_FOUND, path=shown) from None
    except FileTooLargeError as exc:
        raise RunFileError(_T_TOO_LARGE, size=exc.size, limit=MAX_FILE_BYTES) from None
    except IsADirectoryError:
        raise RunFileError(_T_UNREADABLE, path=shown, detail=f"not a regular file ({os.strerror(21)})") from None
    except NotRegularFileError:
        raise RunFileError(_T_UNREADABLE, path=shown, detail="not a regular file (a device or pipe)") from None
    except (OSError, ValueError, TypeError) as exc:
        raise RunFileError(_T_UNREADABLE, path=shown, detail=os_detail(exc)) from None
    try:  # a ZIP archive is read from its end: /proc files, for one, refuse that
        file.seek(0, os.SEEK_END)
        file.seek(0)
    except OSError:
        file.close()
        raise RunFileError(_T_NOT_SEEKABLE, path=shown) from None
    return file




def _in_run_words(error: ArchiveError) -> RunFileError:
    if error.kind == "not_zip":
        return RunFileError(_T_NOT_RUN, detail=error.detail)
    if error.kind == "unsafe":
        return RunFileError(_T_UNSAFE, detail=error.detail)
    return _damaged(error.detail)


class _Archive:
    """The members of a run file (io/archive.py's checks), with its problems in run-file words."""

    def __init__(self, file: BinaryIO) -> None:
        try:
            limits = Limits(MAX_MEMBERS, MAX_CENTRAL_DIRECTORY, MAX_UNPACKED_BYTES, MAX_RATIO)
            self._zip = SafeZip(file, limits)
        except ArchiveError as error:
            raise _in_run_words(error) from None
        self.infos = self._zip.infos

    def read(self, name: str, limit: int) -> bytes:
        try:
            return self._zip.read(name, limit)
        except ArchiveError as error:
            raise _in_run_words(error) from None


# --------------------------------------------------------------------------- field checkers
# The manifest's fields follow the schema's rules (schema/fields.py: what a whole number
# is, how long an integer may be, no duplicate keys, no NaN); the messages here say the
# run file is damaged and what to do, which a settings message would not.


def _parse_json(data: bytes, what: str) -> object:
    try:
        return fields.parse_json(data.decode("utf-8"), allow_constants=False)
    except fields.DuplicateKeyError as exc:
        raise _damaged(f"{what} names the field {show(exc.key)} twice") from None
    except UnicodeDecodeError:
        raise _damaged(f"{what} is not valid JSON: it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _damaged(f"{what} is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise _damaged(f"{what} is not valid JSON: it is nested too deeply") from None
    except ValueError:  # fields.refuse_constant
        raise _damaged(f"{what} is not valid JSON: it holds NaN or Infinity, which JSON does not allow") from None


def _field_error(field: str, expected: str, value: object) -> RunFileError:
    return RunFileError(_T_FIELD, field=field, expected=expected, value=show(value))


def _object(value: object, field: str, keys: tuple[str, ...]) -> dict:
    if not isinstance(value, dict):
        raise _field_error(field, "an object with named fields", value)
    for key in keys:
        if key not in value:
            raise RunFileError(_T_MISSING, what=f"{field}.{key}" if field != "manifest" else key)
    for key in value:
        if key not in keys:
            raise RunFileError(_T_UNKNOWN, what=f"the field {field}.{key}")
    return value


def _whole(value: object, field: str, low: int, high: int) -> int:
    number = fields.as_whole(value)
    if number is None or not low <= number <= high:
        raise _field_error(field, f"a whole number from {low} to {high}", value)
    return number


def _float(value: object, field: str) -> float:
    """A finite number ≥ 0 (a rate, a loss)."""
    number = fields.as_number(value)
    if number is None or not math.isfinite(number) or number < 0:
        raise _field_error(field, "a finite number ≥ 0", value)
    return float(number)


def _boolean(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise _field_error(field, "true or false", value)
    return value


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise _field_error(field, "text", value)
    return value


def _names(value: object, field: str, low: int, high: int) -> tuple[str, ...]:
    if not isinstance(value, list) or not low <= len(value) <= high:
        raise _field_error(field, f"a list of {low} to {high} names", value)
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise _field_error(f"{field}[{index}]", "text", item)
    if len(set(value)) != len(value):
        raise _field_error(field, "a list of different names", value)
    return tuple(value)


def _same(value: object, field: str, expected: object) -> None:
    if value != expected:
        raise _field_error(field, show(expected), value)


def _rng_state(value: object, field: str) -> dict:
    state = _object(value, field, ("bit_generator", "state", "has_uint32", "uinteger"))
    _same(state["bit_generator"], f"{field}.bit_generator", "PCG64")
    inner = _object(state["state"], f"{field}.state", ("state", "inc"))
    result = {
        "bit_generator": "PCG64",
        "state": {
            "state": _whole(inner["state"], f"{field}.state.state", 0, 2**128 - 1),
            "inc": _whole(inner["inc"], f"{field}.state.inc", 0, 2**128 - 1),
        },
        "has_uint32": _whole(state["has_uint32"], f"{field}.has_uint32", 0, 1),
        "uinteger": _whole(state["uinteger"], f"{field}.uinteger", 0, 2**32 - 1),
    }
    try:
        np.random.PCG64().state = result
    except (ValueError, TypeError, KeyError, OverflowError):
        raise _field_error(field, "a PCG64 generator state", value) from None
    return result
