"""The backpropagation engine: pure NumPy, never Qt, and nothing else of the package.

The public API used by notebooks, tests, the command line and the window:

- :class:`Network` — ``Network.from_config(network, input_dim, output_dim, seed, dtype)``,
  ``parameters()``, ``loss_and_gradients(X, Y, loss)``, ``predict(X)``;
- :func:`check_gradients` — compare backpropagation with finite differences;
- :class:`Trainer` and :class:`TrainingData` — the training loop.

Experiments are read by :mod:`backprop_gui.schema.experiment`, data made by
:mod:`backprop_gui.data`, and :func:`backprop_gui.build.build_run` puts them together.
"""

from .errors import BackpropError, DataError, ExperimentError
from .gradcheck import check_gradients
from .network import Network
from .trainer import EpochMetrics, Trainer, TrainingData, TrainingDiverged

__all__ = [
    "BackpropError", "DataError", "EpochMetrics", "ExperimentError", "Network", "Trainer",
    "TrainingData", "TrainingDiverged", "check_gradients",
]
