"""A trained model: the network of a saved run, with what turns raw columns into its inputs.

``predict`` and ``export`` need no training data: a :class:`Model` (read from a run file
by :func:`backprop_gui.io.run_reader.read_model`) reads the raw columns of a CSV file by
name, computes the network's inputs as training did (toy features or standardisation)
and gives one column per class or target. Pure Python and NumPy; never imports Qt.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np

from ..core.errors import QT_TRANSLATE_NOOP, DataError
from ..core.network import Network
from ..data import datasets
from ..data.csvdata import read_csv_table

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

    @property
    def gives_probabilities(self) -> bool:
        """True when the outputs are class probabilities: a softmax output, or a sigmoid
        output for two classes. A linear or tanh output trained with MSE gives scores."""
        if self.task != datasets.CLASSIFICATION:
            return False
        return self.output_activation == "softmax" or (self.binary_single_output and self.output_activation == "sigmoid")


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
