"""The backpropagation engine: pure NumPy, never Qt.

The public API used by notebooks, tests, the command line and the window:

- :class:`Network` — ``Network.from_config(network, input_dim, output_dim, seed, dtype)``,
  ``parameters()``, ``loss_and_gradients(X, Y, loss)``, ``predict(X)``;
- :func:`check_gradients` — compare backpropagation with finite differences;
- :class:`Trainer` and :class:`TrainingData` — the training loop;
- :mod:`experiment` — read, validate and write experiment files;
- :mod:`datasets` and :mod:`csvdata` — toy data sets and CSV loading;
- :func:`build_run` — from an experiment to data, network and trainer.
"""

from . import csvdata, datasets, experiment
from .build import Run, build_run
from .errors import BackpropError, DataError, ExperimentError
from .gradcheck import check_gradients
from .network import Network
from .trainer import EpochMetrics, Trainer, TrainingData, TrainingDiverged

__all__ = [
    "BackpropError", "DataError", "EpochMetrics", "ExperimentError", "Network", "Run", "Trainer",
    "TrainingData", "TrainingDiverged", "build_run", "check_gradients", "csvdata", "datasets", "experiment",
]
