"""How much memory an experiment will need, worked out before anything is allocated.

The limits of the experiment format (32 hidden layers of 4,096 units, batches of a
million rows) allow networks that no classroom computer can hold: 32 × 4,096 units is
537 million weights, 4.3 GB in float64 before the optimiser has remembered anything.
NumPy would allocate until the machine runs out and Python dies with ``MemoryError``.
So :func:`estimate_bytes` adds up what training will hold at its peak, from the
shapes alone, and :func:`run_file_bytes` what a saved run will weigh; ``build.py``
refuses an experiment whose estimate does not fit the machine's free memory or whose
run could not be saved. The estimate errs on the large side: it counts NumPy's
temporaries at the moment they are most numerous.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence

import numpy as np

from .checkpoints import BUDGET_BYTES, METRICS, capacity_for

BASE_BYTES = 64 * 1024 * 1024
"""What the interpreter, NumPy and the history need besides the arrays counted below."""
DEFAULT_AVAILABLE_BYTES = 2 * 1024**3
"""Free memory assumed where the system does not say (neither /proc/meminfo nor sysconf)."""
OPTIMIZER_ARRAYS = {"sgd": 0, "momentum": 1, "adam": 2}
"""Arrays of one value per parameter that each optimiser remembers between steps."""
SNAPSHOT_COPIES = 4
"""Copies of the parameters outside the trainer: the snapshot being drawn, the next one
the training thread hands over, and the window's own network for its views (its
parameters and their gradients)."""
MAX_RUN_FILE_BYTES = 512 * 1024 * 1024
"""Largest run file the app saves and opens: 512 MiB. The one rule, read both when a
run is built (a network whose run could not be saved is refused before it trains) and
by the run-file reader and writer (io/runformat.py)."""
RUN_FILE_SPARE_BYTES = 4 * 1024 * 1024
"""A run file's manifest, experiment, history and ZIP headers, with room to spare."""


def parameter_count(layer_sizes: Sequence[int], batch_norm: bool) -> tuple[int, int]:
    """(parameters, weights) of a dense network with these layer widths (input first).

    Each layer has fan_in·fan_out weights and fan_out biases; batch norm adds γ and β
    to every hidden layer (and two running statistics, which are buffers, not
    parameters).
    """
    weights = sum(fan_in * fan_out for fan_in, fan_out in zip(layer_sizes[:-1], layer_sizes[1:]))
    biases = sum(layer_sizes[1:])
    hidden_units = sum(layer_sizes[1:-1])
    return weights + biases + (2 * hidden_units if batch_norm else 0), weights


def checkpoint_bytes(layer_sizes: Sequence[int], *, dtype: str, batch_norm: bool) -> int:
    """The most the timeline's checkpoints hold (core/checkpoints.py): as many copies of
    the parameters and batch norm's buffers as fit its budget (at least 2, at most
    ``MAX_CHECKPOINTS``), with a metrics row each."""
    s = np.dtype(dtype).itemsize
    P, _ = parameter_count(layer_sizes, batch_norm)
    buffers = 2 * sum(layer_sizes[1:-1]) if batch_norm else 0
    copy = (P + buffers) * s
    return capacity_for(copy, BUDGET_BYTES) * (copy + 8 * (len(METRICS) + 1))


def estimate_bytes(
    layer_sizes: Sequence[int],
    *,
    batch_size: int,
    n_train: int,
    n_test: int,
    eval_rows: int,
    dtype: str,
    optimizer: str,
    batch_norm: bool = False,
    dropout: float = 0.0,
) -> int:
    """The most memory training this network will hold at once, in bytes.

    ``layer_sizes`` are the widths from the input to the output; ``eval_rows`` is the
    largest number of rows pushed through the network at once outside training (a
    measured split, or the decision map's grid in the window).
    """
    s = np.dtype(dtype).itemsize
    P, W = parameter_count(layer_sizes, batch_norm)
    B = max(1, min(int(batch_size), int(n_train)) + 1)  # +1: a merged last batch (batch norm)
    d, k = layer_sizes[0], layer_sizes[-1]
    hidden = layer_sizes[1:-1]
    widest = max(layer_sizes)

    # Parameters and their gradients: two flat arrays of P values. While the network
    # is built, every layer's starting weights exist once more before they are copied
    # into the flat array, and each is drawn in float64 (8 bytes) then cast.
    network = 2 * P * s
    building = P * s + max(a * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:])) * 8
    # The optimiser's memory (velocity; or Adam's two moments), and its step's
    # temporaries: lr·grad for SGD and momentum; for Adam step·m, √v and √v + ε at once.
    optimizer_arrays = OPTIMIZER_ARRAYS[optimizer]
    optimizer_memory = optimizer_arrays * P * s
    step_temporaries = (3 if optimizer == "adam" else 1) * P * s
    # The epoch-start copy kept to undo a diverging epoch, the last step's weights and
    # their change (for the update ratios), and the isfinite check's booleans.
    divergence = P * s + 2 * W * s + P
    # Outside the trainer: two snapshots (the one drawn, the next one handed over) and
    # the window's display network (parameters and gradients).
    snapshots = SNAPSHOT_COPIES * P * s
    # One mini-batch of B rows. Forward, each hidden layer keeps z and f(z) for the
    # backward pass (they stay until the next forward pass), with batch norm also x̂
    # and the normalised z', with dropout its mask and the dropped-out outputs; the
    # output layer keeps z and ŷ. Backward holds at once ∂L/∂a, δ and, through batch
    # norm, g = γ·δ and its centred copy.
    kept_per_unit = [2 + (2 if batch_norm else 0) + (2 if dropout > 0 else 0) for _ in hidden] + [2]
    activations = B * s * sum(c * u for c, u in zip(kept_per_unit, layer_sizes[1:]))
    backward = 4 * B * widest * s
    # The training rows in this epoch's shuffled order (a copy of X and of the targets),
    # and the data in the network's dtype with its encoded targets, both splits.
    data = (2 * n_train + n_test) * (d + k) * s
    # Measuring: the evaluated rows gathered, then per layer the previous activations,
    # z and f(z) alive together.
    evaluation = eval_rows * (d + 3 * widest + 2 * k) * s
    # Saving a run (while training waits): copies of the parameters and the optimiser's
    # memory, the same again as the bytes of the file's members, and one member's
    # deflated trial (at most its own size).
    saving = (2 * (1 + optimizer_arrays) + 1) * P * s
    # The timeline's checkpoints stay; saving stacks them and turns the stacks into bytes.
    checkpoints = checkpoint_bytes(layer_sizes, dtype=dtype, batch_norm=batch_norm)
    saving += 2 * checkpoints
    resident = BASE_BYTES + network + optimizer_memory + divergence + snapshots + data + activations + checkpoints
    # On top of what stays, the largest of the passing needs (never two at once).
    return resident + max(building, backward + step_temporaries, evaluation, saving)


def run_file_bytes(layer_sizes: Sequence[int], *, dtype: str, optimizer: str, batch_norm: bool, n_train: int,
                   best_weights: bool = False) -> int:
    """The most a saved run of this network can weigh, in bytes.

    Trained weights hardly compress, so a run file stores them almost as they are: the
    parameters, batch norm's two running statistics per hidden unit, the optimiser's
    memory, mid-epoch the row order (an int64 per training row), and with
    ``best_weights`` (early stopping's restore_best) a second copy of the network, and
    the timeline's checkpoints (:func:`checkpoint_bytes`).
    """
    s = np.dtype(dtype).itemsize
    P, _ = parameter_count(layer_sizes, batch_norm)
    buffers = 2 * sum(layer_sizes[1:-1]) if batch_norm else 0
    copies = 2 if best_weights else 1
    checkpoints = checkpoint_bytes(layer_sizes, dtype=dtype, batch_norm=batch_norm)
    return ((copies + OPTIMIZER_ARRAYS[optimizer]) * P * s + copies * buffers * s + 8 * n_train + checkpoints
            + RUN_FILE_SPARE_BYTES)


def available_bytes() -> int:
    """Memory the system can give this process now, without swapping.

    Linux: ``MemAvailable`` in /proc/meminfo (free memory plus caches it can drop);
    elsewhere ``os.sysconf``'s free pages; otherwise ``DEFAULT_AVAILABLE_BYTES``.
    """
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024  # the value is in kB
    except (OSError, ValueError, IndexError):
        pass
    try:
        return int(os.sysconf("SC_AVPHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (AttributeError, OSError, ValueError):
        return DEFAULT_AVAILABLE_BYTES


def megabytes(size: int) -> int:
    """Whole megabytes (10⁶ bytes), rounded up, for messages."""
    return math.ceil(size / 1e6)
