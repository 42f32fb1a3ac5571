"""Training history with bounded memory.

A run of 10⁶ epochs must not keep 10⁶ points. The history records one point every
``stride`` epochs into fixed-size arrays; when they fill up, every other point is
dropped and the stride doubles. The curve keeps its shape over the whole run, and
memory stays at ``capacity`` points per series, however long training goes on.
"""

from __future__ import annotations

import numpy as np

SCALARS = ("train_loss", "test_loss", "train_accuracy", "test_accuracy", "train_r2", "test_r2")


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
        """Keep this epoch's metrics if it falls on the current stride."""
        if epoch % self.stride:
            return
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

    def load_arrays(self, arrays: dict[str, np.ndarray], stride: int = 1) -> None:
        """Restore points saved by :meth:`as_arrays` (for opening a saved run)."""
        n = min(len(arrays["epoch"]), self.capacity)
        self.size = n
        self.stride = max(1, int(stride))
        self.epochs[:n] = arrays["epoch"][:n]
        for name, column in self.scalars.items():
            column[:n] = arrays[name][:n]
        self.gradient_norms[:n] = arrays["gradient_norms"][:n]
        self.update_ratios[:n] = arrays["update_ratios"][:n]
