"""Saving a run (``.bpexp``): the experiment, the trained model and where training stands.

:func:`save_run` writes a :class:`~backprop_gui.build.Run` atomically: a ZIP archive
with ``manifest.json``, ``experiment.json`` and one ``.npy`` member per array (see
``docs/run-file-format.md``). The state comes from the objects that own it:
``Network.state()``, ``Trainer.state_dict()`` (with the optimiser and the history).
The same run gives the same bytes. Pure Python and NumPy; never imports Qt.
"""

from __future__ import annotations

import copy
import io
import json
import os
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

import numpy as np

from .. import __version__, build
from ..core.errors import QT_TRANSLATE_NOOP, BackpropError
from ..data import datasets
from ..schema import experiment as experiment_module
from .runformat import (
    BEST, CHECKPOINTS, EXPERIMENT, FORMAT, MANIFEST, MAX_FILE_BYTES, MAX_UNPACKED_BYTES, NPY, OPTIMIZER_ARRAYS, RAW_COLUMNS,
    SAFE_RATIO, T_EXPERIMENT, VERSION, RunFileError, write_atomically,
)  # fmt: skip

__all__ = ["save_run"]

_T_SAVE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "core",
    "the run is too large to save ({size} bytes); a run file may hold at most {limit} bytes, so use a smaller network",
)

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # a fixed date: the same run gives the same bytes
_LEVEL = 1  # trained weights hardly compress at any level; level 1 is the fastest
_SAMPLE = 1 << 20


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


# --------------------------------------------------------------------------- the members


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
        raise RunFileError(T_EXPERIMENT, detail=str(error)) from error

    state = trainer.state_dict()
    kind = experiment["training"]["optimizer"]
    optimizer_state = state["optimizer"]
    if kind != trainer.optimizer.kind:  # an optimiser change still pending: the new one starts with no memory
        optimizer_state = {"steps": np.array(0), **{name: np.zeros_like(network.flat_parameters) for name in OPTIMIZER_ARRAYS[kind]}}
    history = state["history"]
    mid_epoch = state["batch_index"] > 0

    arrays: dict[str, np.ndarray] = {f"network/{name}": value for name, value in network.state().items()}
    arrays.update({f"optimizer/{name}": optimizer_state[name] for name in OPTIMIZER_ARRAYS[kind]})
    arrays.update({f"history/{name}": value for name, value in history.items() if name != "stride"})
    arrays["trainer/last_gradient_norms"] = state["last_gradient_norms"]
    arrays["trainer/last_update_ratios"] = state["last_update_ratios"]
    if mid_epoch:
        arrays["trainer/epoch_order"] = state["epoch_order"]
    stopping = state["early_stopping"]
    if stopping is not None and stopping["best_state"] is not None:
        arrays.update({f"{BEST}{name}": value for name, value in stopping["best_state"].items()})
    checkpoints = state["checkpoints"]
    arrays[f"{CHECKPOINTS}epoch"] = checkpoints["epoch"]
    arrays[f"{CHECKPOINTS}metrics"] = checkpoints["metrics"]
    arrays.update({f"{CHECKPOINTS}{name}": value for name, value in checkpoints["states"].items()})
    source = experiment["data"]["source"]
    standardized = source == "csv" and ds.mean is not None
    if standardized:
        arrays["model/mean"] = np.asarray(ds.mean, dtype=np.float64)
        arrays["model/std"] = np.asarray(ds.std, dtype=np.float64)

    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "model": _model_section(run, standardized),
        "trainer": {
            "epoch": state["epoch"],
            "steps": state["steps"],
            "samples_seen": state["samples_seen"],
            "batch_index": state["batch_index"],
            "epoch_batch_size": state["epoch_batch_size"],
            "train_rows": int(len(trainer.data.X_train)),
            "diverged": None if trainer.diverged is None else str(trainer.diverged),
            "schedule": state["schedule"],
            "last_rate": state["last_rate"],
            "early_stopping": None if stopping is None else {
                **{key: stopping[key] for key in ("best_loss", "best_epoch", "bad_epochs", "stopped")},
                "best_weights": stopping["best_state"] is not None,
            },
        },
        "optimizer": {"kind": kind, "steps": int(optimizer_state["steps"])},
        "history": {"stride": history["stride"], "points": int(len(history["epoch"]))},
        "checkpoints": {"count": int(len(checkpoints["epoch"])), "stride": checkpoints["stride"]},
        "random": {
            "shuffle": _jsonable(state["shuffle"]),
            "dropout": _jsonable(network.dropout_rng.bit_generator.state),
        },
        "arrays": {
            name: {"dtype": np.ascontiguousarray(value).dtype.str, "shape": list(np.shape(value))}
            for name, value in arrays.items()
        },
    }
    members = [
        (MANIFEST, (json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode("utf-8")),
        (EXPERIMENT, experiment_text.encode("utf-8")),
    ]
    members += [(name + NPY, _npy_bytes(value)) for name, value in arrays.items()]
    return members


def _model_section(run: build.Run, standardized: bool) -> dict:
    """What ``predict`` needs to know about the inputs and outputs (see io/model.py)."""
    network, ds = run.network, run.dataset
    source = run.experiment["data"]["source"]
    if source == "builtin":
        raw_dim = datasets.TOY_DATASETS[ds.name].raw_dim if ds.raw_train is None else ds.raw_train.shape[1]
        input_columns = list(RAW_COLUMNS[:raw_dim])
    else:
        input_columns = list(ds.feature_names)
    return {
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
    }


def _effective_training(run: build.Run) -> dict:
    """The training settings in effect: the trainer's, with changes still pending."""
    training = dict(run.experiment["training"])
    live = run.trainer.effective_settings()
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


def _jsonable(value):
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (np.integer, int)) and not isinstance(value, bool):
        return int(value)
    return value


# --------------------------------------------------------------------------- the archive


def _deflated_size(data: bytes | memoryview) -> int:
    """The exact size ``zipfile`` produces with deflate at ``_LEVEL`` (raw deflate, as it does)."""
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    return len(compressor.compress(data)) + len(compressor.flush())


def _write_member(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    """Deflate a member only when it pays, and never beyond ``SAFE_RATIO``.

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
        compress = len(data) <= SAFE_RATIO * packed
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    archive.writestr(info, data, compresslevel=_LEVEL)
