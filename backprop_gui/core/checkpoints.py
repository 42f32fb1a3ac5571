"""Weight checkpoints at log-spaced epochs, for replaying a run on a timeline.

A class wants to scrub back through training: the first epochs, where most of the change
happens, densely; later ones more sparsely. So the epochs worth keeping lie on one fixed
log grid, ``grid_epoch(i)``: every epoch 0 to 10, then 8 per decade
(13, 18, 24, 32, 42, 56, 75, 100, 133, …). A run of a million epochs has 51 grid epochs.

Memory is bounded twice: by count (``MAX_CHECKPOINTS``) and by bytes (``BUDGET_BYTES``
divided by one copy of the network's state, at least 2). When the store is full, every
other grid index is dropped and the stride over the grid doubles, as History thins its
points; so what is kept depends only on the epochs offered, and a run saved, reopened
and trained on keeps exactly what an uninterrupted run keeps.

A checkpoint holds copies of the network's state (parameters and batch norm's running
statistics, as :meth:`Network.state`) and the metrics row measured at that epoch
(``METRICS``, the History's scalars: History itself thins its points away). Never
imports Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from .history import SCALARS

DENSE_EPOCHS = 10
"""Every epoch up to this one is on the grid."""
PER_DECADE = 8
"""Grid epochs per factor of 10 after the dense start."""
BUDGET_BYTES = 64 * 1024 * 1024
"""The most memory the checkpoints of one run may hold (for networks larger than a half of it: 2 copies)."""
MAX_CHECKPOINTS = 256
"""The most checkpoints a run keeps (and a run file may hold)."""
MIN_CHECKPOINTS = 2
METRICS = SCALARS
"""The columns of a checkpoint's metrics row."""


def grid_epoch(index: int) -> int:
    """The epoch at position ``index`` of the log grid: i for i ≤ 10, then 10^(1 + (i − 10)/8) rounded."""
    if index <= DENSE_EPOCHS:
        return index
    return int(round(10.0 ** (1.0 + (index - DENSE_EPOCHS) / PER_DECADE)))


def grid_index(epoch: int) -> int | None:
    """The position of ``epoch`` on the grid, or None if it is not a grid epoch."""
    if epoch < 0:
        return None
    if epoch <= DENSE_EPOCHS:
        return epoch
    index = DENSE_EPOCHS + int(round(PER_DECADE * (math.log10(epoch) - 1.0)))
    return index if grid_epoch(index) == epoch else None


def state_bytes(state: Mapping[str, np.ndarray]) -> int:
    return sum(int(np.asarray(value).nbytes) for value in state.values())


def capacity_for(copy_bytes: int, budget: int = BUDGET_BYTES, limit: int = MAX_CHECKPOINTS) -> int:
    """How many checkpoints of ``copy_bytes`` each fit: the budget's share, within [2, limit]."""
    return max(MIN_CHECKPOINTS, min(limit, budget // max(1, copy_bytes)))


class Checkpoints:
    """The kept checkpoints of one run, oldest first.

    ``epochs`` (ints), ``states`` (dicts of arrays, owned copies), ``metrics`` (float64
    rows of ``len(METRICS)``); ``stride``: only grid indices that are multiples of it
    are kept.
    """

    def __init__(self, copy_bytes: int, budget: int = BUDGET_BYTES, limit: int = MAX_CHECKPOINTS) -> None:
        self.capacity = capacity_for(copy_bytes, budget, limit)
        self.stride = 1
        self.epochs: list[int] = []
        self.states: list[dict[str, np.ndarray]] = []
        self.metrics: list[np.ndarray] = []

    def __len__(self) -> int:
        return len(self.epochs)

    def wanted(self, epoch: int) -> bool:
        """Whether :meth:`add` would keep this epoch (so that the caller copies only then)."""
        index = grid_index(epoch)
        if index is None or (self.epochs and epoch <= self.epochs[-1]):
            return False
        stride = self.stride * (2 if len(self.epochs) >= self.capacity else 1)
        return index % stride == 0

    def add(self, epoch: int, state: Mapping[str, np.ndarray], metrics: Mapping) -> None:
        """Keep a copy of ``state`` and this epoch's ``metrics`` (a dict with the METRICS keys) if wanted."""
        if not self.wanted(epoch):
            return
        if len(self.epochs) >= self.capacity:
            self._thin()
        self.epochs.append(int(epoch))
        self.states.append({name: np.array(value, copy=True) for name, value in state.items()})
        self.metrics.append(metrics_row(metrics))

    def _thin(self) -> None:
        """Double the stride and drop the checkpoints off it (epoch 0, index 0, always stays)."""
        self.stride *= 2
        keep = [i for i, epoch in enumerate(self.epochs) if grid_index(epoch) % self.stride == 0]
        self.epochs = [self.epochs[i] for i in keep]
        self.states = [self.states[i] for i in keep]
        self.metrics = [self.metrics[i] for i in keep]

    def nearest(self, epoch: int) -> int:
        """The position of the last kept checkpoint at or before ``epoch`` (the first if none)."""
        position = int(np.searchsorted(np.asarray(self.epochs), epoch, side="right")) - 1
        return max(0, position)

    # ------------------------------------------------------------------ state
    def state_dict(self) -> dict:
        """``stride``, ``epoch`` (k int64), ``metrics`` (k × len(METRICS) float64) and
        ``states``: name → stacked array of shape (k, …) (copies)."""
        names = list(self.states[0]) if self.states else []
        return {
            "stride": int(self.stride),
            "epoch": np.asarray(self.epochs, dtype=np.int64),
            "metrics": np.array(self.metrics, dtype=np.float64).reshape(len(self.epochs), len(METRICS)),
            "states": {name: np.stack([state[name] for state in self.states]) for name in names},
        }

    def load_state_dict(self, state: Mapping, shapes: Mapping[str, np.ndarray]) -> None:
        """Continue from :meth:`state_dict`; ``shapes``: a network state (names, shapes, dtypes).

        Checked before anything changes; a ``ValueError`` says what does not fit.
        """
        stride = state["stride"]
        if isinstance(stride, bool) or not isinstance(stride, (int, np.integer)) or stride < 1 or stride & (stride - 1):
            raise ValueError(f"checkpoints: stride must be a power of 2, got {stride!r}")
        epochs = np.asarray(state["epoch"])
        k = len(epochs)
        if epochs.ndim != 1 or epochs.dtype.kind not in "iu" or k > MAX_CHECKPOINTS:
            raise ValueError(f"checkpoints: epoch must be at most {MAX_CHECKPOINTS} whole numbers")
        check_epochs(epochs, int(stride))
        metrics = np.asarray(state["metrics"])
        if metrics.shape != (k, len(METRICS)) or metrics.dtype.kind != "f":
            raise ValueError(f"checkpoints: metrics must be {k} rows of {len(METRICS)} floats")
        states = state["states"]
        if k and set(states) != set(shapes):
            raise ValueError("checkpoints: the states do not fit this network")
        for name, value in (states.items() if k else ()):
            value = np.asarray(value)
            if value.shape != (k, *shapes[name].shape) or not np.isfinite(value).all():
                raise ValueError(f"checkpoints: {name} must be {k} finite copies of shape {shapes[name].shape}")
        self.stride = int(stride)
        self.epochs = [int(e) for e in epochs]
        self.metrics = [np.array(row, dtype=np.float64) for row in metrics]
        self.states = [{name: np.array(states[name][i], dtype=shapes[name].dtype) for name in shapes} for i in range(k)]


def check_epochs(epochs: np.ndarray, stride: int) -> None:
    """Kept epochs are increasing grid epochs on the stride (the reader shares this rule)."""
    if len(epochs) and (np.any(np.diff(epochs) <= 0) or epochs[0] < 0):
        raise ValueError("checkpoints: the epochs must increase")
    for epoch in epochs:
        index = grid_index(int(epoch))
        if index is None or index % stride:
            raise ValueError(f"checkpoints: epoch {int(epoch)} is not one the timeline keeps")


def metrics_row(metrics: Mapping) -> np.ndarray:
    """The METRICS of a metrics dict as one float64 row (None as NaN)."""
    return np.array([math.nan if metrics.get(name) is None else float(metrics[name]) for name in METRICS], dtype=np.float64)


def copy_bytes_of(parameter_count: int, buffer_count: int, itemsize: int) -> int:
    """One checkpoint's bytes, from the shapes alone (core/memory.py)."""
    return (parameter_count + buffer_count) * itemsize
