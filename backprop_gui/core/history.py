"""Training history with bounded memory.

A run of 10⁶ epochs must not keep 10⁶ points. The history records one point every
``stride`` epochs into fixed-size arrays; when they fill up, every other point is
dropped and the stride doubles. The curve keeps its shape over the whole run, and
memory stays at ``capacity`` points per series, however long training goes on.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

SCALARS = (
    "train_loss", "test_loss", "train_accuracy", "test_accuracy", "train_r2", "test_r2",
    "validation_loss", "learning_rate",
)  # fmt: skip
"""The numbers recorded per point. ``validation_loss`` is NaN without a validation split;
``learning_rate`` is the rate the epoch ending at that point trained with (at epoch 0,
the rate the first epoch will use)."""
SCALARS_V1 = SCALARS[:6]
"""The scalars of run files of format version 1, before validation and schedules."""


class History:
    def __init__(self, layer_count: int, capacity: int = 4096) -> None:
        if capacity < 4 or capacity % 2:
            raise ValueError("capacity must be an even number ≥ 4")
        self.capacity = capacity
        self.layer_count = layer_count
        self.stride = 1
        self.size = 0
        self.epochs = np.zeros(capacity, dtype=np.int64)
        self.scalars = {name: np.full(capacity, np.nan) for name in SCALARS}
        self.gradient_norms = np.full((capacity, layer_count), np.nan)
        self.update_ratios = np.full((capacity, layer_count), np.nan)

    def record(self, epoch: int, metrics: dict, gradient_norms, update_ratios) -> None:
        """Keep this epoch's metrics if it falls on the current stride. Recording the
        last point's epoch again replaces that point (weights changed by hand)."""
        if epoch % self.stride:
            return
        if self.size and self.epochs[self.size - 1] == epoch:
            self.size -= 1  # written again below
        if self.size == self.capacity:
            self._thin()
            if epoch % self.stride:
                return
        i = self.size
        self.epochs[i] = epoch
        for name, column in self.scalars.items():
            value = metrics.get(name)
            column[i] = np.nan if value is None else value
        self.gradient_norms[i] = gradient_norms
        self.update_ratios[i] = update_ratios
        self.size += 1

    def _thin(self) -> None:
        """Keep the points on the doubled stride and drop the rest."""
        self.stride *= 2
        keep = np.flatnonzero(self.epochs[: self.size] % self.stride == 0)
        n = len(keep)
        for array in (self.epochs, self.gradient_norms, self.update_ratios, *self.scalars.values()):
            array[:n] = array[keep]
            array[n:] = 0 if array.dtype.kind == "i" else np.nan
        self.size = n

    def as_arrays(self) -> dict[str, np.ndarray]:
        """Copies of the recorded points: ``epoch``, every scalar, and the per-layer arrays."""
        n = self.size
        out = {"epoch": self.epochs[:n].copy()}
        out.update({name: column[:n].copy() for name, column in self.scalars.items()})
        out["gradient_norms"] = self.gradient_norms[:n].copy()
        out["update_ratios"] = self.update_ratios[:n].copy()
        return out

    # ------------------------------------------------------------------ state
    def state_dict(self) -> dict:
        """The recorded points and the stride, as plain numbers and array copies.

        Keys: ``stride`` and those of :meth:`as_arrays` (``epoch``, every scalar,
        ``gradient_norms`` and ``update_ratios``, one row per point).
        """
        return {"stride": int(self.stride), **self.as_arrays()}

    def load_state_dict(self, state: Mapping) -> None:
        """Restore what :meth:`state_dict` returned, after checking every shape and kind.

        More points than ``capacity`` (from a history with a larger capacity) are
        thinned as :meth:`record` would have: the stride doubles until they fit.
        Raises ``ValueError`` naming what does not fit; nothing changes then.
        """
        _check_keys(state, STATE_KEYS)
        stride = state["stride"]
        if isinstance(stride, bool) or not isinstance(stride, (int, np.integer)) or stride < 1:
            raise ValueError(f"history state: stride must be a whole number ≥ 1, got {stride!r}")
        stride = int(stride)
        epochs = _array(state, "epoch", "iu", None)
        n = len(epochs)
        arrays = {"epoch": epochs}
        for name in SCALARS:
            arrays[name] = _array(state, name, "f", (n,))
        for name in ("gradient_norms", "update_ratios"):
            arrays[name] = _array(state, name, "f", (n, self.layer_count))
        while len(arrays["epoch"]) > self.capacity:
            stride *= 2
            keep = np.flatnonzero(arrays["epoch"] % stride == 0)  # the points record() keeps on this stride
            arrays = {name: value[keep] for name, value in arrays.items()}
        n = len(arrays["epoch"])
        self.stride = stride
        self.size = n
        for name, array in (("epoch", self.epochs), ("gradient_norms", self.gradient_norms),
                            ("update_ratios", self.update_ratios), *self.scalars.items()):
            array[:n] = arrays[name]
            array[n:] = 0 if array.dtype.kind == "i" else np.nan


STATE_KEYS = ("stride", "epoch", *SCALARS, "gradient_norms", "update_ratios")


def _check_keys(state: Mapping, keys: tuple[str, ...]) -> None:
    missing = [key for key in keys if key not in state]
    unexpected = [key for key in state if key not in keys]
    if missing or unexpected:
        raise ValueError(f"history state: missing keys {missing}, unexpected keys {unexpected}")


def _array(state: Mapping, name: str, kinds: str, shape: tuple[int, ...] | None) -> np.ndarray:
    """``state[name]`` as an array of one of ``kinds``, 1-D if ``shape`` is None."""
    value = np.asarray(state[name])
    if value.dtype.kind not in kinds:
        raise ValueError(f"history state: {name} must hold numbers of kind {kinds!r}, got {value.dtype}")
    if (value.ndim != 1) if shape is None else (value.shape != shape):
        raise ValueError(f"history state: {name} has the shape {value.shape}, expected {shape or '(n,)'}")
    return value
