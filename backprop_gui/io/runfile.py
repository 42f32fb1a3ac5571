"""Saved runs (``.bpexp`` files): an experiment with its trained model and training state.

A *run file* holds everything needed to be back where you were: the experiment, the
weights and batch-norm statistics, the optimiser's memory, the trainer's counters and
random generators, the training history, and what ``predict`` needs to turn raw CSV
columns into the network's inputs. The format is described in
``docs/run-file-format.md``; in short it is a ZIP archive with ``manifest.json``,
``experiment.json`` and one ``.npy`` member per array.

The API:

- :func:`save_run` writes a :class:`~backprop_gui.build.Run` atomically;
- :func:`load_run` reads a file and rebuilds a ready-to-train :class:`Run` (the data is
  regenerated from its seed or read again from the CSV file, next to the run file);
- :func:`read_run` reads a file without touching any data and returns a
  :class:`SavedRun` (experiment, trained :class:`Model`, training state, history);
  ``saved.resume()`` turns it into a :class:`Run` once the data is there;
- :func:`read_model` is ``read_run(path).model``: a :class:`Model` for ``predict`` and
  ``export``, which never needs the training data.

Reading is safe for files from strangers: nothing is unpickled or executed, sizes are
checked before anything is allocated, and every problem is a :class:`RunFileError`
(a :class:`~backprop_gui.core.errors.BackpropError`) with a one-sentence message.
When only the *data* cannot be loaded, :func:`load_run` raises :class:`RunDataError`,
a kind of :class:`RunFileError` that carries the :class:`SavedRun` (``error.saved``)
so the caller can still show, predict with or export the model.

This module is pure Python and NumPy; it must never import Qt.
"""

from __future__ import annotations

import copy
import io
import json
import math
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

import numpy as np

from .. import __version__
from .. import build
from ..data import datasets
from ..schema import experiment as experiment_module
from . import files
from ..data.csvdata import read_csv_table
from ..core.errors import QT_TRANSLATE_NOOP, BackpropError, DataError
from ..core.history import SCALARS
from ..core.network import BN_EPSILON, BN_MOMENTUM, Network
from ..core.activations import LEAKY_SLOPE
from ..core.targets import output_width

__all__ = [
    "EXTENSION",
    "FORMAT",
    "VERSION",
    "Model",
    "ModelInfo",
    "RunDataError",
    "RunFileError",
    "SavedRun",
    "export_model",
    "load_run",
    "numpy_source",
    "pytorch_source",
    "read_model",
    "read_run",
    "save_run",
    "write_atomically",
]

# --------------------------------------------------------------------------- constants

FORMAT = "backprop-gui-run"
VERSION = 1
EXTENSION = ".bpexp"

MAX_FILE_BYTES = 512 * 1024 * 1024
"""Largest run file we open (and save): 512 MiB."""
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
"""Largest total size of all members once unpacked: 1 GiB."""
MAX_MEMBERS = 1000
"""Most members a run file may have (a network of 33 layers needs about 220)."""
MAX_CENTRAL_DIRECTORY = 1024 * 1024
"""Largest ZIP central directory we let ``zipfile`` parse (bounds its memory)."""
MAX_RATIO = 200
"""A member that unpacks to more than this many times its packed size is refused."""
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_HISTORY_POINTS = 1 << 20
MAX_NPY_HEADER = 10_000
MAX_COUNTER = 2**63 - 1
MAX_OUTPUTS = 100_000

_SAFE_RATIO = 100
"""We store a member uncompressed if deflate would shrink it more than this, so our own
files always pass the ratio check (zeros compress about 1000 times)."""
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # a fixed date: the same run gives the same bytes
_MANIFEST = "manifest.json"
_EXPERIMENT = "experiment.json"
_NPY = ".npy"
_RAW_COLUMNS = ("x1", "x2")
_TOP_KEYS = ("format", "version", "app_version", "model", "trainer", "optimizer", "history", "random", "arrays")
_MODEL_KEYS = (
    "task", "source", "dataset", "input_columns", "features", "standardized", "class_names", "target_names",
    "input_dim", "output_dim", "dtype",
)  # fmt: skip
_TRAINER_KEYS = ("epoch", "steps", "samples_seen", "batch_index", "epoch_batch_size", "train_rows", "diverged")
_OPTIMIZER_KEYS = ("kind", "steps")
_HISTORY_KEYS = ("stride", "points")
_RANDOM_KEYS = ("shuffle", "dropout")
_OPTIMIZER_ARRAYS = {"sgd": (), "momentum": ("velocity",), "adam": ("first_moment", "second_moment")}
_NUMERIC_KINDS = "fiu"

# --------------------------------------------------------------------------- messages
# Each template is one literal inside QT_TRANSLATE_NOOP so that pyside6-lupdate finds it.

_T_NOT_FOUND = QT_TRANSLATE_NOOP("core", "the file {path} does not exist")
_T_UNREADABLE = QT_TRANSLATE_NOOP("core", "the file {path} cannot be read: {detail}")
_T_UNSAVABLE = QT_TRANSLATE_NOOP("core", "the file {path} cannot be saved: {detail}")
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
_T_EXPERIMENT = QT_TRANSLATE_NOOP(
    "core", "the experiment inside the run file is not valid: {detail}; save the run again from a valid experiment"
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
_T_SAVE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "core",
    "the run is too large to save ({size} bytes); a run file may hold at most {limit} bytes, so use a smaller network",
)
_T_MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "core",
    "The file has no column '{name}', which the model needs as an input; the file's columns are: {columns}.",
)
_T_MISSING_VALUE = QT_TRANSLATE_NOOP(
    "core", "Line {line}, column '{column}': the value is missing; the model needs a number in every input column."
)
_T_NOT_NUMBER = QT_TRANSLATE_NOOP(
    "core", "Line {line}, column '{column}': '{value}' is not a finite number; the model needs a number in every input column."
)


class RunFileError(BackpropError):
    """A run file that cannot be read or written; the message says what and what to do."""


class RunDataError(RunFileError):
    """The run file is fine, but the data it was trained on cannot be loaded or has changed.

    ``saved`` is the :class:`SavedRun` that was read (its model works without the data);
    ``cause`` is the original error (for example a :class:`DataError`), or None.
    """

    def __init__(self, template: str, *, saved: "SavedRun", cause: BaseException | None = None, **params) -> None:
        super().__init__(template, **params)
        self.saved = saved
        self.cause = cause


def _show(value: object) -> str:
    return experiment_module.dump_value(value)


def _path_text(path: object) -> str:
    return os.fsdecode(os.fspath(path)).encode("utf-8", "backslashreplace").decode("utf-8")


def _os_detail(exc: BaseException) -> str:
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return detail.encode("utf-8", "backslashreplace").decode("utf-8")


def _damaged(detail: str) -> RunFileError:
    return RunFileError(_T_DAMAGED, detail=detail)


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True, eq=False)
class ModelInfo:
    """What a trained network's inputs and outputs mean.

    ``input_columns`` are the raw columns ``predict`` reads from a CSV file: the
    feature columns of a CSV-trained model, ``x1``/``x2`` (or ``x1``) for toy data.
    ``features`` name the network's inputs in order; for toy data they are computed from
    the raw columns (``x1_squared``, ``sin_x2``, ...), for CSV data they are the columns
    themselves, standardised with ``mean``/``std`` when ``standardized``.
    """

    task: str
    source: str
    dataset: str
    input_columns: tuple[str, ...]
    features: tuple[str, ...]
    class_names: tuple[str, ...]
    target_names: tuple[str, ...]
    output_activation: str
    mean: np.ndarray | None = None
    std: np.ndarray | None = None

    @property
    def standardized(self) -> bool:
        return self.mean is not None

    @property
    def binary_single_output(self) -> bool:
        """True for a two-class model with one output unit (the probability of class 1)."""
        return self.task == datasets.CLASSIFICATION and len(self.class_names) == 2 and self.output_activation != "softmax"

    @property
    def output_names(self) -> tuple[str, ...]:
        """The columns ``predict`` writes: one per class, or one per target."""
        return self.class_names if self.task == datasets.CLASSIFICATION else self.target_names


class Model:
    """A trained network with what it needs to turn raw columns into predictions."""

    def __init__(self, network: Network, info: ModelInfo) -> None:
        self.network = network
        self.info = info

    @property
    def output_names(self) -> tuple[str, ...]:
        return self.info.output_names

    def prepare(self, raw: np.ndarray) -> np.ndarray:
        """Raw columns (n, len(input_columns)) → the network's inputs, as in training."""
        raw = np.asarray(raw, dtype=np.float64)
        if raw.ndim == 1:
            raw = raw.reshape(-1, 1)
        if raw.ndim != 2 or raw.shape[1] != len(self.info.input_columns):
            raise ValueError(f"expected raw inputs of shape (n, {len(self.info.input_columns)}), got {raw.shape}")
        if self.info.source == "builtin":
            return datasets.make_features(raw, self.info.features)
        if self.info.standardized:
            return (raw - self.info.mean) / self.info.std
        return raw.copy()

    def predict(self, raw: np.ndarray) -> np.ndarray:
        """One row per raw input and one float64 column per :attr:`output_names`.

        A two-class model with a single output unit gives both columns: 1 − p and p.
        """
        outputs = np.asarray(self.network.predict(self.prepare(raw)), dtype=np.float64)
        if self.info.binary_single_output:
            outputs = np.column_stack([1.0 - outputs[:, 0], outputs[:, 0]])
        return outputs

    def read_inputs(
        self, source: str | os.PathLike | bytes, *, delimiter: str | None = None, header: bool | None = None
    ) -> np.ndarray:
        """The model's raw input columns from a CSV file, found by name in its header.

        Other columns (the target, ids, ...) are ignored. Raises :class:`DataError` for a
        missing column, a missing value or a value that is not a finite number.
        """
        table = read_csv_table(source, delimiter=delimiter, header=header)
        where = {name: j for j, name in enumerate(table.columns)}
        raw = np.empty((table.n_rows, len(self.info.input_columns)))
        for k, name in enumerate(self.info.input_columns):
            if name not in where:
                shown = ", ".join(f"'{c}'" for c in table.columns[:50]) + (", …" if len(table.columns) > 50 else "")
                raise DataError(_T_MISSING_COLUMN, name=name, columns=shown)
            raw[:, k] = _column_numbers(table, where[name])
        return raw


def _column_numbers(table, j: int) -> np.ndarray:
    cells = table.column(j)
    strings = [c.replace(",", ".") for c in cells] if table.decimal_comma else cells
    try:
        values = np.array(strings, dtype=object).astype(np.float64)
        if np.isfinite(values).all():
            return values
    except (ValueError, TypeError, OverflowError):
        pass
    for i, cell in enumerate(strings):
        text = cells[i].strip()
        try:
            ok = math.isfinite(float(cell))
        except (ValueError, OverflowError):
            ok = False
        if not ok:
            line = table.line_numbers[i]
            column = table.columns[j]
            if text.lower() in ("", "na", "n/a", "nan", "?", "null", "none"):
                raise DataError(_T_MISSING_VALUE, line=line, column=column)
            raise DataError(_T_NOT_NUMBER, line=line, column=column, value=text[:40])
    raise AssertionError("unreachable")  # pragma: no cover


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
        _restore(run, self)
        return run

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
        if self.counters["batch_index"] and ds.n_train != self.counters["train_rows"]:
            # Only a run saved in the middle of an epoch needs the same rows to continue.
            raise _data_changed(self, "train_rows", ds.n_train, self.counters["train_rows"])


def _data_changed(saved_run: SavedRun, what: str, found, expected) -> RunDataError:
    def shown(value):
        return _show(list(value) if isinstance(value, tuple) else value)

    return RunDataError(_T_DATA_CHANGED, saved=saved_run, what=what, found=shown(found), expected=shown(expected))


def _restore(run: build.Run, saved: SavedRun) -> None:
    """Put the saved state into a freshly built run."""
    network, trainer = run.network, run.trainer
    network.load_state(saved.network.state())
    network.dropout_rng.bit_generator.state = saved.random_states["dropout"]
    trainer.optimizer.load_state(saved.optimizer_state)
    counters = saved.counters
    trainer.epoch = int(counters["epoch"])
    trainer.steps = int(counters["steps"])
    trainer.samples_seen = int(counters["samples_seen"])
    trainer.batch_index = int(counters["batch_index"])
    history = trainer.history
    arrays, stride = _thin_history(saved.history, saved.history_stride, history.capacity)
    history.load_arrays(arrays, stride)
    try:
        trainer.restore_progress(
            saved.random_states["shuffle"], saved.epoch_order,
            int(counters["epoch_batch_size"]) if trainer.batch_index else None,
            saved.last_gradient_norms, saved.last_update_ratios,
        )
    except (ValueError, IndexError):
        raise _data_changed(saved, "train_rows", len(trainer.data.X_train), counters["train_rows"]) from None


def _thin_history(arrays: dict[str, np.ndarray], stride: int, capacity: int) -> tuple[dict[str, np.ndarray], int]:
    """Drop points as :class:`History` does until they fit into ``capacity``."""
    while len(arrays["epoch"]) > capacity:
        stride *= 2
        keep = np.flatnonzero(arrays["epoch"] % stride == 0)
        arrays = {name: value[keep] for name, value in arrays.items()}
    return arrays, stride


# --------------------------------------------------------------------------- saving


def save_run(path: str | os.PathLike, run: build.Run, experiment_path_base: str | os.PathLike | None = None) -> None:
    """Write ``run`` to ``path`` atomically (call it while training is paused).

    ``experiment_path_base`` is the folder a relative CSV ``data.path`` of
    ``run.experiment`` is relative to (the experiment file's folder). The path is
    rewritten relative to the run file's folder (or made absolute if that is not
    possible). ``None`` keeps ``data.path`` as it is.

    The experiment is saved with the training settings in effect (settings changed
    while training, and changes still waiting for the next mini-batch, included).
    Raises :class:`RunFileError`.
    """
    target = Path(os.path.realpath(os.fsdecode(os.fspath(path))))
    members = _members(run, target.parent, experiment_path_base)
    total = sum(len(data) for _, data in members)
    if total > MAX_UNPACKED_BYTES:
        raise RunFileError(_T_SAVE_TOO_LARGE, size=total, limit=MAX_UNPACKED_BYTES)

    def write(file: BinaryIO) -> None:
        with zipfile.ZipFile(file, "w", allowZip64=False) as archive:
            for name, data in members:
                _write_member(archive, name, data)
        if file.tell() > MAX_FILE_BYTES:
            raise RunFileError(_T_SAVE_TOO_LARGE, size=file.tell(), limit=MAX_FILE_BYTES)

    write_atomically(path, write)


_LEVEL = 1  # trained weights hardly compress at any level; level 1 is the fastest
_SAMPLE = 1 << 20


def _deflated_size(data: bytes | memoryview) -> int:
    """The exact size ``zipfile`` produces with deflate at ``_LEVEL`` (raw deflate, as it does)."""
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    return len(compressor.compress(data)) + len(compressor.flush())


def _write_member(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    """Deflate a member only when it pays, and never beyond ``_SAFE_RATIO``.

    Storing is always safe for the reader's ratio check; deflating is chosen only from
    the exact deflated size, so our own files always pass it.
    """
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.create_system = 3
    info.external_attr = 0o644 << 16
    compress = False
    sample = memoryview(data)[:_SAMPLE]
    if len(data) and 10 * _deflated_size(sample) < 9 * len(sample):  # deflate gains at least 10%
        packed = _deflated_size(data) if len(data) > _SAMPLE else _deflated_size(sample)
        compress = len(data) <= _SAFE_RATIO * packed
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    archive.writestr(info, data, compresslevel=_LEVEL)


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], None]) -> None:
    """:func:`files.write_atomically`, with problems as ``RunFileError`` "cannot be saved"
    (a ``RunFileError`` raised by ``write`` passes through)."""
    try:
        files.write_atomically(path, write)
    except RunFileError:
        raise
    except (OSError, ValueError, zipfile.LargeZipFile) as exc:
        raise RunFileError(_T_UNSAVABLE, path=_path_text(path), detail=_os_detail(exc)) from exc


def _effective_training(run: build.Run) -> dict:
    """The training settings in effect: the trainer's, with changes still pending."""
    training = dict(run.experiment["training"])
    trainer = run.trainer
    live = trainer.effective_settings()
    for key in training:
        if key in live:
            training[key] = live[key]
    return training


def _rebased_data_path(raw: str, run_folder: Path, base: str | os.PathLike | None) -> str:
    if base is None or os.path.isabs(raw):
        return raw
    # Both folders with symbolic links resolved, so the relative path between them is right.
    absolute = os.path.normpath(os.path.join(os.path.realpath(os.fsdecode(os.fspath(base))), raw))
    try:
        relative = os.path.relpath(absolute, os.fspath(run_folder))
    except ValueError:  # another drive on Windows
        return absolute
    return Path(relative).as_posix() if os.sep == "\\" else relative


def _npy_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, np.ascontiguousarray(array), allow_pickle=False)
    return buffer.getvalue()


def _members(run: build.Run, run_folder: Path, experiment_path_base) -> list[tuple[str, bytes]]:
    """The run file's members: (name, bytes), manifest first."""
    trainer, network, ds = run.trainer, run.network, run.dataset
    experiment = copy.deepcopy(run.experiment)
    experiment["training"] = _effective_training(run)
    if experiment["data"]["source"] == "csv":
        experiment["data"]["path"] = _rebased_data_path(experiment["data"]["path"], run_folder, experiment_path_base)
    try:
        experiment_text = experiment_module.dumps(experiment)
    except BackpropError as error:
        raise RunFileError(_T_EXPERIMENT, detail=str(error)) from error

    arrays: dict[str, np.ndarray] = {}
    for name, value in network.state().items():
        arrays[f"network/{name}"] = value
    kind = experiment["training"]["optimizer"]
    if kind == trainer.optimizer.kind:
        optimizer_state = trainer.optimizer.state()
    else:  # an optimiser change still pending: the new one starts with no memory
        optimizer_state = {"steps": np.array(0)}
        for name in _OPTIMIZER_ARRAYS[kind]:
            optimizer_state[name] = np.zeros_like(network.flat_parameters)
    for name in _OPTIMIZER_ARRAYS[kind]:
        arrays[f"optimizer/{name}"] = optimizer_state[name]
    history = trainer.history.as_arrays()
    for name, value in history.items():
        arrays[f"history/{name}"] = value
    progress = trainer.progress_state()
    arrays["trainer/last_gradient_norms"] = np.asarray(progress["last_gradient_norms"], dtype=np.float64)
    arrays["trainer/last_update_ratios"] = np.asarray(progress["last_update_ratios"], dtype=np.float64)
    batch_index = int(trainer.batch_index)
    if batch_index:
        arrays["trainer/epoch_order"] = progress["epoch_order"]
    source = experiment["data"]["source"]
    standardized = source == "csv" and ds.mean is not None
    if standardized:
        arrays["model/mean"] = np.asarray(ds.mean, dtype=np.float64)
        arrays["model/std"] = np.asarray(ds.std, dtype=np.float64)

    if source == "builtin":
        raw_dim = datasets.TOY_DATASETS[ds.name].raw_dim if ds.raw_train is None else ds.raw_train.shape[1]
        input_columns = list(_RAW_COLUMNS[:raw_dim])
    else:
        input_columns = list(ds.feature_names)
    trainer_section = {
        "epoch": int(trainer.epoch),
        "steps": int(trainer.steps),
        "samples_seen": int(trainer.samples_seen),
        "batch_index": batch_index,
        "epoch_batch_size": int(progress["epoch_batch_size"]) if batch_index else None,
        "train_rows": int(len(trainer.data.X_train)),
        "diverged": None if trainer.diverged is None else str(trainer.diverged),
    }
    blobs = {name: _npy_bytes(value) for name, value in arrays.items()}
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "model": {
            "task": ds.task,
            "source": source,
            "dataset": ds.name,
            "input_columns": input_columns,
            "features": list(ds.feature_names),
            "standardized": standardized,
            "class_names": list(ds.class_names) if ds.task == datasets.CLASSIFICATION else [],
            "target_names": list(ds.target_names),
            "input_dim": int(network.input_dim),
            "output_dim": int(network.output_dim),
            "dtype": str(network.dtype),
        },
        "trainer": trainer_section,
        "optimizer": {"kind": kind, "steps": int(optimizer_state["steps"])},
        "history": {"stride": int(trainer.history.stride), "points": int(len(history["epoch"]))},
        "random": {
            "shuffle": _jsonable(progress["shuffle"]),
            "dropout": _jsonable(network.dropout_rng.bit_generator.state),
        },
        "arrays": {
            name: {"dtype": np.ascontiguousarray(value).dtype.str, "shape": list(np.shape(value))}
            for name, value in arrays.items()
        },
    }
    members = [
        (_MANIFEST, (json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode("utf-8")),
        (_EXPERIMENT, experiment_text.encode("utf-8")),
    ]
    members += [(name + _NPY, data) for name, data in blobs.items()]
    return members


def _jsonable(value):
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (np.integer, int)) and not isinstance(value, bool):
        return int(value)
    return value


# --------------------------------------------------------------------------- reading the archive


def _open_file(path: str | os.PathLike) -> BinaryIO:
    shown = _path_text(path)
    try:
        # Checked before opening: opening a named pipe or a device could block or never end.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise OSError(f"not a regular file ({os.strerror(21) if os.path.isdir(path) else 'a device or pipe'})")
        file = open(path, "rb")  # noqa: SIM115 - closed by the caller
    except FileNotFoundError:
        raise RunFileError(_T_NOT_FOUND, path=shown) from None
    except (OSError, ValueError, TypeError) as exc:
        raise RunFileError(_T_UNREADABLE, path=shown, detail=_os_detail(exc)) from None
    try:
        info = os.fstat(file.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, os.strerror(21))
        if not stat.S_ISREG(info.st_mode):
            raise OSError("not a regular file")
    except OSError as exc:
        file.close()
        raise RunFileError(_T_UNREADABLE, path=shown, detail=_os_detail(exc)) from None
    if info.st_size > MAX_FILE_BYTES:
        file.close()
        raise RunFileError(_T_TOO_LARGE, size=info.st_size, limit=MAX_FILE_BYTES)
    return file


_EOCD = struct.Struct("<4s4H2LH")
_EOCD_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"


def _check_end_record(file: BinaryIO) -> None:
    """Find the ZIP end record as ``zipfile`` does and check its counts *before* ``zipfile``
    parses the central directory, so a crafted file cannot make it build millions of entries."""
    file.seek(0, 2)
    size = file.tell()
    if size < _EOCD.size:
        raise RunFileError(_T_NOT_RUN, detail="it is not a ZIP archive")
    file.seek(size - _EOCD.size)
    tail = file.read(_EOCD.size)
    if tail[:4] == _EOCD_SIGNATURE and tail[-2:] == b"\0\0":
        record, start = tail, size - _EOCD.size
    else:
        first = max(size - (1 << 16) - _EOCD.size, 0)
        file.seek(first)
        data = file.read()
        found = data.rfind(_EOCD_SIGNATURE)
        if found < 0 or len(data) - found < _EOCD.size:
            raise RunFileError(_T_NOT_RUN, detail="it is not a ZIP archive")
        record, start = data[found : found + _EOCD.size], first + found
    _sig, disk, disk_start, entries_here, entries, directory_size, _offset, _comment = _EOCD.unpack(record)
    if start >= 20:
        file.seek(start - 20)
        if file.read(4) == _ZIP64_LOCATOR_SIGNATURE:
            raise RunFileError(_T_UNSAFE, detail="it is a ZIP64 archive")
    if disk or disk_start or entries_here != entries:
        raise RunFileError(_T_NOT_RUN, detail="it is a ZIP archive split over several files")
    if entries > MAX_MEMBERS:
        raise RunFileError(_T_UNSAFE, detail=f"it has {entries} members, more than the {MAX_MEMBERS} allowed")
    if directory_size > MAX_CENTRAL_DIRECTORY:
        raise RunFileError(_T_UNSAFE, detail=f"its table of contents is {directory_size} bytes, more than {MAX_CENTRAL_DIRECTORY}")
    file.seek(0)


class _Archive:
    """The members of a run file, checked against the limits before anything is unpacked."""

    def __init__(self, file: BinaryIO) -> None:
        _check_end_record(file)
        try:
            self.zip = zipfile.ZipFile(file, "r")
            infos = self.zip.infolist()
        except RunFileError:
            raise
        except zipfile.BadZipFile as exc:
            detail = str(exc) or "bad ZIP structure"
            if "not a zip file" in detail.lower():
                raise RunFileError(_T_NOT_RUN, detail="it is not a ZIP archive") from None
            raise _damaged(detail) from None
        except Exception as exc:  # noqa: BLE001 - zipfile raises many kinds on crafted input
            raise _damaged(f"{type(exc).__name__}: {exc}"[:200]) from None
        if len(infos) > MAX_MEMBERS:
            raise RunFileError(_T_UNSAFE, detail=f"it has {len(infos)} members, more than the {MAX_MEMBERS} allowed")
        self.infos: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if name in self.infos:
                raise _damaged(f"the member {_show(name)} is there twice")
            if info.flag_bits & 0x1:
                raise RunFileError(_T_UNSAFE, detail=f"the member {_show(name)} is encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise RunFileError(_T_UNSAFE, detail=f"the member {_show(name)} uses an unsupported compression")
            size, packed = info.file_size, info.compress_size
            if size > MAX_UNPACKED_BYTES:
                raise RunFileError(_T_UNSAFE, detail=f"the member {_show(name)} unpacks to {size} bytes, more than {MAX_UNPACKED_BYTES}")
            if size and (packed == 0 or size > MAX_RATIO * packed):
                raise RunFileError(
                    _T_UNSAFE,
                    detail=f"the member {_show(name)} unpacks to more than {MAX_RATIO} times its size (a zip bomb)",
                )
            if info.compress_type == zipfile.ZIP_STORED and packed != size:
                raise _damaged(f"the sizes of the member {_show(name)} do not agree")
            total += size
            self.infos[name] = info
        if total > MAX_UNPACKED_BYTES:
            raise RunFileError(_T_UNSAFE, detail=f"it unpacks to {total} bytes, more than {MAX_UNPACKED_BYTES}")

    def read(self, name: str, limit: int) -> bytes:
        info = self.infos[name]
        if info.file_size > limit:
            raise RunFileError(_T_UNSAFE, detail=f"the member {_show(name)} is {info.file_size} bytes, more than {limit}")
        try:
            with self.zip.open(info) as member:
                data = member.read(info.file_size + 1)  # reading past the end checks the CRC
        except Exception as exc:  # noqa: BLE001 - zlib, zipfile and OS errors on damaged data
            raise _damaged(f"{_show(name)}: {type(exc).__name__}: {exc}"[:200]) from None
        if len(data) != info.file_size:
            raise _damaged(f"the member {_show(name)} has the wrong length")
        return data


# --------------------------------------------------------------------------- checking JSON


def _parse_int(text: str) -> int | float:
    return int(text) if len(text) <= 60 else float(text)


def _parse_json(data: bytes, what: str) -> object:
    try:
        text = data.decode("utf-8")
        return json.loads(
            text, object_pairs_hook=experiment_module.reject_duplicate_keys, parse_int=_parse_int,
            parse_constant=_refuse_constant,
        )
    except experiment_module.DuplicateKeyError as exc:
        raise _damaged(f"{what} names the field {_show(exc.key)} twice") from None
    except (ValueError, RecursionError) as exc:
        raise _damaged(f"{what} is not valid JSON: {exc}"[:200]) from None


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def _field_error(field: str, expected: str, value: object) -> RunFileError:
    return RunFileError(_T_FIELD, field=field, expected=expected, value=_show(value))


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
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _field_error(field, f"a whole number from {low} to {high}", value)
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
        raise _field_error(field, _show(expected), value)


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
    except Exception as exc:  # noqa: BLE001 - numpy's header parser raises several kinds
        raise RunFileError(_T_ARRAY, name=name, problem=f"has no valid .npy header ({exc})"[:200]) from None
    if (
        not isinstance(dtype, np.dtype) or dtype.kind not in _NUMERIC_KINDS or dtype.fields is not None
        or dtype.subdtype is not None or dtype.itemsize not in (1, 2, 4, 8)
    ):
        raise RunFileError(_T_ARRAY, name=name, problem=f"has the type {_show(str(dtype))}, which is not a plain number type")
    if not isinstance(shape, tuple) or len(shape) > 8 or not all(isinstance(n, int) and n >= 0 for n in shape):
        raise RunFileError(_T_ARRAY, name=name, problem=f"has an invalid shape {_show(str(shape))}")
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
        raise RunFileError(_T_SHAPE, name=name, shape=_show(list(array.shape)), expected=_show(list(spec.shape)))
    if spec.finite and not np.isfinite(array).all():
        raise RunFileError(_T_NOT_FINITE, name=name)
    if spec.nonnegative and (array < 0).any():
        raise RunFileError(_T_ARRAY, name=name, problem="holds negative values, which it cannot have")
    return array


def _expected_arrays(
    experiment: dict, input_dim: int, output_dim: int, standardized: bool, history_points: int,
    batch_index: int, train_rows: int, optimizer: str,
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
    for name in _OPTIMIZER_ARRAYS[optimizer]:
        specs[f"optimizer/{name}"] = _Spec((parameters,), "f", itemsize, finite=True, nonnegative=name == "second_moment")
    layers = len(units)
    specs["history/epoch"] = _Spec((history_points,), "i", 8, nonnegative=True)
    for name in SCALARS:
        specs[f"history/{name}"] = _Spec((history_points,), "f", 8)
    specs["history/gradient_norms"] = _Spec((history_points, layers), "f", 8)
    specs["history/update_ratios"] = _Spec((history_points, layers), "f", 8)
    specs["trainer/last_gradient_norms"] = _Spec((layers,), "f", 8)
    specs["trainer/last_update_ratios"] = _Spec((layers,), "f", 8)
    if batch_index:
        specs["trainer/epoch_order"] = _Spec((train_rows,), "i", 8, nonnegative=True)
    if standardized:
        specs["model/mean"] = _Spec((input_dim,), "f", 8, finite=True)
        specs["model/std"] = _Spec((input_dim,), "f", 8, finite=True)
    return specs


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
        saved = _read(file)
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
    if _MANIFEST not in archive.infos:
        if any(name.endswith(_NPY) for name in archive.infos) or _EXPERIMENT in archive.infos:
            raise RunFileError(_T_MISSING, what=_MANIFEST)
        raise RunFileError(_T_NOT_RUN, detail="it has no manifest.json")
    manifest = _parse_json(archive.read(_MANIFEST, MAX_MANIFEST_BYTES), _MANIFEST)
    if not isinstance(manifest, dict):
        raise RunFileError(_T_NOT_RUN, detail="its manifest.json is not an object")
    fmt = manifest.get("format")
    if fmt != FORMAT:
        raise RunFileError(_T_NOT_RUN, detail=f"its manifest says format {_show(fmt)}, not {_show(FORMAT)}")
    version = manifest.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise RunFileError(_T_NEWER, value=_show(version))
    _whole(version, "version", 1, VERSION)
    _object(manifest, "manifest", _TOP_KEYS)
    app_version = _text(manifest["app_version"], "app_version")

    if _EXPERIMENT not in archive.infos:
        raise RunFileError(_T_MISSING, what=_EXPERIMENT)
    try:
        experiment = experiment_module.loads(archive.read(_EXPERIMENT, experiment_module.MAX_FILE_BYTES))
    except BackpropError as error:
        if isinstance(error, RunFileError):
            raise
        raise RunFileError(_T_EXPERIMENT, detail=str(error)) from None
    training = experiment["training"]

    info, input_dim, output_dim = _read_model_section(manifest["model"], experiment)

    trainer = _object(manifest["trainer"], "trainer", _TRAINER_KEYS)
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

    optimizer = _object(manifest["optimizer"], "optimizer", _OPTIMIZER_KEYS)
    _same(optimizer["kind"], "optimizer.kind", training["optimizer"])
    optimizer_steps = _whole(optimizer["steps"], "optimizer.steps", 0, MAX_COUNTER)

    history = _object(manifest["history"], "history", _HISTORY_KEYS)
    stride = _whole(history["stride"], "history.stride", 1, 2**62)
    points = _whole(history["points"], "history.points", 0, MAX_HISTORY_POINTS)

    random = _object(manifest["random"], "random", _RANDOM_KEYS)
    random_states = {name: _rng_state(random[name], f"random.{name}") for name in _RANDOM_KEYS}

    specs = _expected_arrays(
        experiment, input_dim, output_dim, info.standardized, points, counters["batch_index"],
        counters["train_rows"], training["optimizer"],
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
            raise RunFileError(_T_UNKNOWN, what=f"the array {_show(name)}")
    for name in specs:
        if name + _NPY not in archive.infos:
            raise RunFileError(_T_MISSING, what=f"the member {name}{_NPY}")
    expected_members = {_MANIFEST, _EXPERIMENT} | {name + _NPY for name in specs}
    for member in archive.infos:
        if member not in expected_members:
            raise RunFileError(_T_UNKNOWN, what=f"the member {_show(member)}")

    arrays: dict[str, np.ndarray] = {}
    for name, spec in specs.items():
        declared = _object(listing[name], f"arrays.{name}", ("dtype", "shape"))
        _same(declared["shape"], f"arrays.{name}.shape", list(spec.shape))
        array, header_dtype = _parse_npy(name, archive.read(name + _NPY, spec.nbytes + MAX_NPY_HEADER + 16))
        arrays[name] = _check_array(name, array, spec)
        _same(declared["dtype"], f"arrays.{name}.dtype", header_dtype)

    if info.standardized and not (arrays["model/std"] > 0).all():
        raise RunFileError(_T_ARRAY, name="model/std", problem="holds standard deviations that are not positive")
    order = arrays.get("trainer/epoch_order")
    if order is not None and not np.array_equal(np.sort(order), np.arange(counters["train_rows"])):
        raise RunFileError(_T_ARRAY, name="trainer/epoch_order", problem="is not an ordering of the training rows")

    network = Network.from_config(experiment["network"], input_dim, output_dim, seed=training["seed"], dtype=training["dtype"])
    network.load_state({name[len("network/"):]: value for name, value in arrays.items() if name.startswith("network/")})
    network.dropout_rng.bit_generator.state = random_states["dropout"]
    if info.standardized:
        info = replace(info, mean=arrays["model/mean"], std=arrays["model/std"])
    optimizer_state = {"steps": np.array(optimizer_steps, dtype=np.int64)}
    for name in _OPTIMIZER_ARRAYS[training["optimizer"]]:
        optimizer_state[name] = arrays[f"optimizer/{name}"]
    history_arrays = {"epoch": arrays["history/epoch"].astype(np.int64)}
    for name in (*SCALARS, "gradient_norms", "update_ratios"):
        history_arrays[name] = arrays[f"history/{name}"]
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
    )


def _read_model_section(value: object, experiment: dict) -> tuple[ModelInfo, int, int]:
    """The manifest's ``model`` section, checked against the experiment it goes with."""
    model = _object(value, "model", _MODEL_KEYS)
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
        _same(list(input_columns), "model.input_columns", list(_RAW_COLUMNS[: toy.raw_dim]))
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


# --------------------------------------------------------------------------- export


_TORCH_ACTIVATIONS = {
    "sigmoid": "nn.Sigmoid()",
    "tanh": "nn.Tanh()",
    "relu": "nn.ReLU()",
    "leaky_relu": f"nn.LeakyReLU({LEAKY_SLOPE!r})",
    "linear": "nn.Identity()",
    "softmax": "nn.Softmax(dim=1)",
}
_NUMPY_ACTIVATIONS = {
    "sigmoid": "0.5 * (1.0 + np.tanh(0.5 * z))",
    "tanh": "np.tanh(z)",
    "relu": "np.maximum(z, 0.0)",
    "leaky_relu": f"np.where(z > 0, z, {LEAKY_SLOPE!r} * z)",
    "linear": "z",
}
_FEATURE_CODE = {
    "x1": "x[:, 0]",
    "x2": "x[:, 1]",
    "x1_squared": "x[:, 0] * x[:, 0]",
    "x2_squared": "x[:, 1] * x[:, 1]",
    "x1_times_x2": "x[:, 0] * x[:, 1]",
    "sin_x1": "{lib}.sin(x[:, 0])",
    "sin_x2": "{lib}.sin(x[:, 1])",
}
_LISTED = 40  # names listed one per line in a header comment; the rest are in the code


def _literal(name: str) -> str:
    """A name as a Python string literal: safe in code and in comments (no line breaks)."""
    return repr(str(name))


def _names_comment(names: Sequence[str], indent: str = "#     ") -> list[str]:
    lines = [f"{indent}{index}: {_literal(name)}" for index, name in enumerate(names[:_LISTED])]
    if len(names) > _LISTED:
        lines.append(f"{indent}... {len(names) - _LISTED} more (see the names in the code below)")
    return lines


def _header(model: Model, made_by: str, input_doc: str) -> list[str]:
    info, network = model.info, model.network
    lines = [
        f"# A copy of a network trained with backprop-gui {__version__}, written by",
        f"# `backprop-gui export --format {made_by}`. backprop-gui never runs this file.",
        "#",
        f"# Inputs: {input_doc} of shape (n, {network.input_dim}), one row per example,",
        "# one column per network input, in this order (INPUT_NAMES):",
        *_names_comment(info.features),
    ]
    if info.source == "builtin":
        lines += [
            "# These are computed from the raw columns " + ", ".join(map(_literal, info.input_columns))
            + " of the built-in",
            f"# data set {_literal(info.dataset)} (x1_squared = x1², sin_x1 = sin(x1), ...); prepare(raw) does it.",
        ]
    elif info.standardized:
        lines += [
            "# Each is a column of the training CSV file, standardised: (raw - mean) / std, with",
            "# the mean and standard deviation of the training rows, stored in weights.npz as",
            "# input_mean and input_std; prepare(raw) does it for raw columns in that order.",
        ]
    else:
        lines += ["# Each is a column of the training CSV file, as it is (not standardised)."]
    lines.append("#")
    n_out = network.output_dim
    if info.task == datasets.REGRESSION:
        lines += [f"# Outputs (n, {n_out}): the predicted values of (OUTPUT_NAMES):", *_names_comment(info.target_names)]
    elif info.binary_single_output:
        if info.output_activation == "sigmoid":
            lines.append("# Outputs (n, 1): p, the probability of the second class; 1 - p is that of the first.")
        else:
            lines.append(f"# Outputs (n, 1): a score for the second class ({info.output_activation} output, trained")
            lines.append("# towards 0 and 1; above 0.5 means the second class).")
        lines += ["# The classes (OUTPUT_NAMES):", *_names_comment(info.class_names)]
    else:
        what = "the probabilities (softmax; each row sums to 1)" if info.output_activation == "softmax" else (
            f"one score per class ({info.output_activation} output)")
        lines += [f"# Outputs (n, {n_out}): {what} of the classes (OUTPUT_NAMES):", *_names_comment(info.class_names)]
    return lines


def _names_code(model: Model) -> list[str]:
    info = model.info
    # repr() of a tuple of str is a safe literal: every quote and line break is escaped.
    return [
        f"INPUT_NAMES = {tuple(map(str, info.features))!r}",
        f"RAW_COLUMNS = {tuple(map(str, info.input_columns))!r}",
        f"OUTPUT_NAMES = {tuple(map(str, info.output_names))!r}",
    ]


def _prepare_code(model: Model, lib: str, tensor: str) -> list[str]:
    info = model.info
    lines = ["", "", "def prepare(raw):", '    """Raw columns (n, len(RAW_COLUMNS)), in the order of RAW_COLUMNS -> the network\'s inputs."""']
    if lib == "torch":
        lines.append("    x = torch.as_tensor(raw, dtype=torch.float64)")
    else:
        lines.append("    x = np.asarray(raw, dtype=np.float64)")
    if info.source == "builtin":
        columns = ", ".join(_FEATURE_CODE[name].format(lib=lib) for name in info.features)
        stack = f"torch.stack([{columns}], dim=1)" if lib == "torch" else f"np.stack([{columns}], axis=1)"
        lines.append(f"    inputs = {stack}")
    elif info.standardized:
        if lib == "torch":
            lines.append("    inputs = (x - torch.from_numpy(_INPUT_MEAN)) / torch.from_numpy(_INPUT_STD)")
        else:
            lines.append("    inputs = (x - _INPUT_MEAN) / _INPUT_STD")
    else:
        lines.append("    inputs = x")
    lines.append(f"    return inputs.{tensor}")
    return lines


def _dtype_name(model: Model) -> str:
    return str(model.network.dtype)


def pytorch_source(model: Model) -> str:
    """The text of ``model.py``: ``build_model()`` returns an ``nn.Sequential`` in eval mode."""
    network = model.network
    layers = []
    for number, layer in enumerate(network.layers, start=1):
        layers.append(f"        nn.Linear({layer.fan_in}, {layer.units}),  # layer {number}")
        if layer.batch_norm:
            layers.append(f"        nn.BatchNorm1d({layer.units}, eps={BN_EPSILON!r}, momentum={BN_MOMENTUM!r}),")
        layers.append(f"        {_TORCH_ACTIVATIONS[layer.activation]},")
        if layer.dropout > 0:
            layers.append(f"        nn.Dropout(p={float(layer.dropout)!r}),")
    lines = [
        *_header(model, "pytorch", f"a torch.{_dtype_name(model)} tensor"),
        "#",
        "#     model = build_model()",
        "#     with torch.no_grad():",
        "#         outputs = model(prepare(raw_rows))",
        "",
        "from pathlib import Path",
        "",
        "import numpy as np",
        "import torch",
        "from torch import nn",
        "",
        'WEIGHTS = Path(__file__).with_name("weights.npz")',
        f"DTYPE = torch.{_dtype_name(model)}",
        *_names_code(model),
    ]
    if model.info.standardized:
        lines += [
            "",
            "with np.load(WEIGHTS, allow_pickle=False) as _saved:",
            '    _INPUT_MEAN, _INPUT_STD = _saved["input_mean"], _saved["input_std"]',
        ]
    lines += [
        "",
        "",
        "def build_model(weights_path=WEIGHTS) -> nn.Module:",
        '    """The trained network, in evaluation mode (batch norm uses its running statistics)."""',
        "    model = nn.Sequential(",
        *layers,
        "    )",
        "    model.to(DTYPE)",
        "    with np.load(weights_path, allow_pickle=False) as saved:",
        '        state = {name: torch.from_numpy(saved[name]) for name in saved.files if not name.startswith("input_")}',
        "    model.load_state_dict(state)",
        "    model.eval()",
        "    return model",
        *_prepare_code(model, "torch", "to(DTYPE)"),
        "",
        "",
        'if __name__ == "__main__":',
        "    print(build_model())",
        "",
    ]
    return "\n".join(lines)


def numpy_source(model: Model) -> str:
    """The text of ``predict.py``: a NumPy-only forward pass ``predict(X)``."""
    network = model.network
    body = []
    for number, layer in enumerate(network.layers, start=1):
        w = f'W["layer{number}.'
        parts = [f"{layer.fan_in} -> {layer.units}"]
        if layer.batch_norm:
            parts.append("batch norm")
        parts.append(layer.activation)
        body.append(f"    # layer {number}: {', '.join(parts)}")
        body.append(f'    z = a @ {w}weights"] + {w}bias"]')
        if layer.batch_norm:
            body.append(
                f'    z = {w}gamma"] * ((z - {w}running_mean"]) / np.sqrt({w}running_var"] + {BN_EPSILON!r})) + {w}beta"]'
            )
        if layer.activation == "softmax":
            body.append("    e = np.exp(z - z.max(axis=1, keepdims=True))")
            body.append("    a = e / e.sum(axis=1, keepdims=True)")
        else:
            body.append(f"    a = {_NUMPY_ACTIVATIONS[layer.activation]}")
    lines = [
        *_header(model, "numpy", f"an array (float64 or {_dtype_name(model)})"),
        "#",
        "#     outputs = predict(prepare(raw_rows))",
        "#",
        "# Needs only NumPy. Dropout is not applied (it is only used while training).",
        "",
        "from pathlib import Path",
        "",
        "import numpy as np",
        "",
        'WEIGHTS = Path(__file__).with_name("weights.npz")',
        *_names_code(model),
        "",
        "with np.load(WEIGHTS, allow_pickle=False) as _saved:",
        "    W = {name: _saved[name] for name in _saved.files}",
    ]
    if model.info.standardized:
        lines.append('_INPUT_MEAN, _INPUT_STD = W["input_mean"], W["input_std"]')
    lines += [
        "",
        "",
        "def predict(X):",
        '    """The network\'s outputs for inputs X of shape (n, len(INPUT_NAMES))."""',
        f'    a = np.asarray(X, dtype=np.{_dtype_name(model)})',
        *body,
        "    return a",
        *_prepare_code(model, "np", "astype(np.float64)"),
        "",
    ]
    return "\n".join(lines)


def _export_arrays(model: Model, kind: str) -> dict[str, np.ndarray]:
    network = model.network
    arrays: dict[str, np.ndarray] = {}
    if kind == "numpy":
        for name, value in network.state().items():
            arrays[name] = value
    else:
        index = 0
        for layer in network.layers:
            arrays[f"{index}.weight"] = np.ascontiguousarray(layer.weights.T)
            arrays[f"{index}.bias"] = layer.bias.copy()
            index += 1
            if layer.batch_norm:
                arrays[f"{index}.weight"] = layer.gamma.copy()
                arrays[f"{index}.bias"] = layer.beta.copy()
                arrays[f"{index}.running_mean"] = layer.running_mean.copy()
                arrays[f"{index}.running_var"] = layer.running_var.copy()
                arrays[f"{index}.num_batches_tracked"] = np.array(0, dtype=np.int64)
                index += 1
            index += 1  # the activation
            if layer.dropout > 0:
                index += 1
    if model.info.standardized:
        arrays["input_mean"] = np.asarray(model.info.mean, dtype=np.float64)
        arrays["input_std"] = np.asarray(model.info.std, dtype=np.float64)
    return arrays


EXPORT_FORMATS = {"pytorch": ("model.py", pytorch_source), "numpy": ("predict.py", numpy_source)}


def export_model(model: Model, folder: str | os.PathLike, kind: str) -> list[Path]:
    """Write ``weights.npz`` and the code (``model.py`` or ``predict.py``) into ``folder``.

    The folder is created if needed; files already there are replaced (atomically).
    Returns the paths written. Raises :class:`RunFileError` when they cannot be written.
    """
    if kind not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {kind!r}")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RunFileError(_T_UNSAVABLE, path=_path_text(folder), detail=_os_detail(exc)) from exc
    code_name, make_source = EXPORT_FORMATS[kind]
    arrays = _export_arrays(model, kind)
    weights = folder / "weights.npz"
    write_atomically(weights, lambda file: np.savez(file, **arrays))
    source = make_source(model).encode("utf-8")
    code = folder / code_name
    write_atomically(code, lambda file: file.write(source))
    return [code, weights]
