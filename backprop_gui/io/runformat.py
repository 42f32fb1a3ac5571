"""What the writer and the reader of run files (``.bpexp``) agree on.

The format is described in ``docs/run-file-format.md``: a ZIP archive with
``manifest.json``, ``experiment.json`` and one ``.npy`` member per array. This module
holds its names, version and limits, the error every reader and writer raises, and the
messages they share. Pure Python; it must never import Qt.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from typing import BinaryIO

from ..core.errors import QT_TRANSLATE_NOOP, BackpropError, path_text
from ..core.memory import MAX_RUN_FILE_BYTES
from ..schema.fields import clean_text, dump_value
from . import files

FORMAT = "backprop-gui-run"
VERSION = 2
"""2 added the learning-rate schedule, the validation curve, early stopping and the
timeline's checkpoints; the reader still opens version 1 (see docs/run-file-format.md,
"Versions")."""
EXTENSION = ".bpexp"

# --------------------------------------------------------------------------- members

MANIFEST = "manifest.json"
EXPERIMENT = "experiment.json"
NPY = ".npy"  # every array is the member "<name>.npy", listed in the manifest's "arrays"
RAW_COLUMNS = ("x1", "x2")  # the raw columns of built-in (toy) data

TOP_KEYS_V1 = ("format", "version", "app_version", "model", "trainer", "optimizer", "history", "random", "arrays")
TOP_KEYS = TOP_KEYS_V1 + ("checkpoints",)
MODEL_KEYS = (
    "task", "source", "dataset", "input_columns", "features", "standardized", "class_names", "target_names",
    "input_dim", "output_dim", "dtype",
)  # fmt: skip
TRAINER_KEYS_V1 = ("epoch", "steps", "samples_seen", "batch_index", "epoch_batch_size", "train_rows", "diverged")
TRAINER_KEYS = TRAINER_KEYS_V1 + ("schedule", "last_rate", "early_stopping")
SCHEDULE_KEYS = ("epoch", "rate")
EARLY_STOPPING_KEYS = ("best_loss", "best_epoch", "bad_epochs", "stopped", "best_weights")
BEST = "best/"  # the best epoch's weights, as "network/" (only with early stopping's restore_best)
CHECKPOINTS = "checkpoints/"  # the timeline: "epoch", "metrics" and the network's arrays stacked, (k, …)
CHECKPOINT_KEYS = ("count", "stride")
OPTIMIZER_KEYS = ("kind", "steps")
HISTORY_KEYS = ("stride", "points")
RANDOM_KEYS = ("shuffle", "dropout")
OPTIMIZER_ARRAYS = {"sgd": (), "momentum": ("velocity",), "adam": ("first_moment", "second_moment")}

# --------------------------------------------------------------------------- limits

MAX_FILE_BYTES = MAX_RUN_FILE_BYTES  # the one limit, which building a run also checks (core/memory.py)
"""Largest run file we open (and save): 512 MiB."""
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
"""Largest total size of all members once unpacked: 1 GiB."""
MAX_MEMBERS = 1000
"""Most members a run file may have (a network of 33 layers needs about 220)."""
MAX_CENTRAL_DIRECTORY = 1024 * 1024
"""Largest ZIP central directory we let ``zipfile`` parse (bounds its memory)."""
MAX_RATIO = 200
"""A member that unpacks to more than this many times its packed size is refused."""
SAFE_RATIO = 100
"""The writer stores a member uncompressed if deflate would shrink it more than this, so
our own files always pass the ratio check (zeros compress about 1000 times)."""
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_HISTORY_POINTS = 1 << 20
MAX_NPY_HEADER = 10_000
MAX_COUNTER = 2**63 - 1
MAX_OUTPUTS = 100_000

# --------------------------------------------------------------------------- errors
# Each template is one literal inside QT_TRANSLATE_NOOP so that pyside6-lupdate finds it.

T_UNSAVABLE = QT_TRANSLATE_NOOP("core", "the file {path} cannot be saved: {detail}")
T_EXPERIMENT = QT_TRANSLATE_NOOP(
    "core", "the experiment inside the run file is not valid: {detail}; save the run again from a valid experiment"
)


class RunFileError(BackpropError):
    """A run file that cannot be read or written; the message says what and what to do."""


def show(value: object) -> str:
    """A value as the messages quote it (JSON-like, short)."""
    return dump_value(value)


def os_detail(exc: BaseException) -> str:
    """The system's words for an error ("Permission denied"), without Python's decoration."""
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return clean_text(detail)


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], None]) -> None:
    """:func:`files.write_atomically`, with problems as ``RunFileError`` "cannot be saved"
    (a ``RunFileError`` raised by ``write`` passes through)."""
    try:
        files.write_atomically(path, write)
    except RunFileError:
        raise
    except (OSError, ValueError, zipfile.LargeZipFile) as exc:
        raise RunFileError(T_UNSAVABLE, path=path_text(path), detail=os_detail(exc)) from exc
