"""Every experiment setting, once: its path, kind, allowed values, default and how to edit it.

The experiment checker (:func:`backprop_gui.schema.experiment.validate`), the control
panel's spin boxes and combo boxes, the command line and the window's "can this change
while training?" all read this one table, so they cannot disagree.

- ``path`` is where the setting lives in an experiment (``training.learning_rate``;
  ``network.hidden[].units`` for a field of every hidden layer;
  ``training.schedule.gamma`` for a field of an object setting: ``training.schedule``
  holds ``kind`` and the fields of that kind, ``training.early_stopping`` is ``null`` or
  an object of its three fields; their rules between fields are in experiment.py).
- ``kind`` is ``"whole"``, ``"number"``, ``"choice"``, ``"bool"``, ``"text"`` or ``"names"``
  (a list of distinct names).
- ``choices`` come from the modules that implement them (the activation functions'
  table, the losses, the optimisers, the toy data sets...), never typed again here.
- ``low``/``high`` is the range; ``low_open``/``high_open`` say that the end itself is
  not allowed (dropout < 1, learning rate > 0). ``high=None``: no upper end.
- ``live``: it can change while training runs, without new weights.
- ``key`` names the setting in the window: the control's ``objectName`` and its label's
  key in the control panel.
- ``step``/``decimals`` are for the spin box that edits it.

Pure Python; never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from ..core import activations, losses, network, optimizers, schedules
from ..core.targets import CLASSIFICATION, REGRESSION
from ..data import datasets
from . import fields

__all__ = [
    "ACTIVATIONS",
    "BUILTIN_DATASETS",
    "CLASS_RANGES",
    "DTYPES",
    "FEATURES",
    "HIDDEN_ACTIVATIONS",
    "INITS",
    "LIVE_PATHS",
    "LOSSES",
    "LOSS_NEEDS_OUTPUT",
    "OPTIMIZERS",
    "REGULARIZATIONS",
    "SCHEDULES",
    "SCHEDULE_FIELDS",
    "SETTINGS",
    "SINE_FEATURES",
    "Setting",
    "setting",
]

# --------------------------------------------------------------------------- the choices
# Each from the module that implements it.

HIDDEN_ACTIVATIONS = activations.HIDDEN_ACTIVATIONS
ACTIVATIONS = activations.ACTIVATIONS
INITS = network.INITS
DTYPES = network.DTYPES
REGULARIZATIONS = network.REGULARIZATIONS
LOSSES = losses.LOSSES
LOSS_NEEDS_OUTPUT = losses.REQUIRED_OUTPUT
"""Losses that only make sense with one output activation."""
OPTIMIZERS = optimizers.OPTIMIZERS
SCHEDULES = schedules.KINDS
SCHEDULE_FIELDS = schedules.FIELDS
"""The fields each schedule kind takes (besides ``kind``)."""
BUILTIN_DATASETS = tuple(datasets.TOY_DATASETS)
FEATURES = datasets.FEATURES
SINE_FEATURES = datasets.FEATURES_1D
"""The ``sine`` data set has a single input, so only features of ``x1`` exist."""
CLASS_RANGES = MappingProxyType(
    {
        name: (info.min_classes, info.max_classes, info.default_classes)
        for name, info in datasets.TOY_DATASETS.items()
        if info.takes_classes
    }
)
"""Data sets that take ``classes``: name -> (smallest, largest, default)."""
TASKS = (CLASSIFICATION, REGRESSION)

# --------------------------------------------------------------------------- limits
# Limits of the format itself (no module implements them), with the reason for each.

MAX_TITLE_CHARS = 200  # a title is one line in the window's title bar
MAX_HIDDEN_LAYERS = 32  # deeper networks do not train with these tools
MAX_UNITS = 4096  # a 4096×4096 layer is 128 MiB of weights: more would not fit
MIN_SAMPLES = 10  # a handful; many classes need more (2 a class, checked when the data is made)
MAX_SAMPLES = 100_000  # generating and drawing more is too slow to be interactive
MAX_SEED = 2**32 - 1  # the largest seed of NumPy's legacy generators and of most tools
MAX_BATCH_SIZE = 1_000_000
MAX_EPOCHS = 100_000_000  # fits a 32-bit spin box (2³¹ − 1)
MAX_LEARNING_RATE = 100
MAX_REGULARIZATION_RATE = 10
MAX_CSV_FEATURES = 100_000
MAX_VALIDATION_FRACTION = 0.5  # of the training rows: at least half of them still train
MAX_MIN_DELTA = 1_000_000  # a loss change larger than any loss a spin box needs to show


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Setting:
    """One setting of an experiment (see the module's docstring for the fields)."""

    path: str
    kind: str
    default: object
    key: str
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    live: bool = False
    nullable: bool = False  # JSON null is allowed and means "none" (target_loss)
    step: float = 1
    decimals: int = 0

    @property
    def name(self) -> str:
        """The last part of the path: the key in its section (``learning_rate``)."""
        return self.path.rsplit(".", 1)[-1]

    def check(self, value: object = fields.MISSING, field: str | None = None) -> object:
        """``value`` checked against this setting (the default if it is missing).

        Raises :class:`ExperimentError` with ``params["field"]`` = ``field`` (the path
        by default) for a value out of range or not of this kind.
        """
        field = field or self.path
        if value is fields.MISSING:
            value = self.default
        if value is None and self.nullable:
            return None
        if self.kind == "whole":
            high = None if self.high is None else int(self.high)
            return fields.whole(value, field, int(self.low), high)
        if self.kind == "number":
            return fields.number(
                value, field, self.low, self.high, low_open=self.low_open, high_open=self.high_open
            )
        if self.kind == "choice":
            return fields.choice(value, field, self.choices)
        if self.kind == "bool":
            return fields.boolean(value, field)
        if self.kind == "text":
            high = None if self.high is None else int(self.high)
            return fields.text(value, field, maximum=high)
        if self.kind == "names":
            return fields.unique_names(value, field, self.choices or None, int(self.high))
        raise AssertionError(f"unknown kind {self.kind!r}")  # pragma: no cover - a bug in the table

    def control_range(self) -> tuple[float, float]:
        """The smallest and largest value a spin box can show (an open end is one
        ``10**-decimals`` step inside: dropout < 1 with 2 decimals is 0.99)."""
        assert self.low is not None and self.high is not None, self.path
        unit = 10.0**-self.decimals if self.kind == "number" else 1
        low = self.low + unit if self.low_open else self.low
        high = self.high - unit if self.high_open else self.high
        if self.kind == "number":
            return round(low, self.decimals), round(high, self.decimals)
        return low, high


def _s(path: str, kind: str, default: object, key: str, **options) -> Setting:
    return Setting(path, kind, default, key, **options)


_TABLE = (
    _s("title", "text", "Untitled experiment", "title", high=MAX_TITLE_CHARS),
    _s("description", "text", "", "description"),
    # ---- data (a built-in toy set; a CSV file's own fields are checked in experiment.py)
    _s("data.name", "choice", "spiral", "dataset", choices=BUILTIN_DATASETS),
    # only for the sets in CLASS_RANGES, each with its own range and default (spiral's here)
    _s("data.classes", "whole", CLASS_RANGES["spiral"][2], "classes",
       low=min(low for low, _, _ in CLASS_RANGES.values()), high=max(high for _, high, _ in CLASS_RANGES.values())),
    _s("data.samples", "whole", 500, "samples", low=MIN_SAMPLES, high=MAX_SAMPLES, step=50),
    _s("data.noise", "number", 0.0, "noise", low=0, high=datasets.MAX_NOISE, step=0.05, decimals=2),
    _s("data.test_fraction", "number", 0.5, "test_fraction", low=0, high=datasets.MAX_TEST_FRACTION,
       step=0.1, decimals=2),
    _s("data.validation_fraction", "number", 0.0, "validation_fraction", low=0, high=MAX_VALIDATION_FRACTION,
       step=0.05, decimals=2),
    _s("data.features", "names", ["x1", "x2"], "features", choices=FEATURES, high=len(FEATURES)),
    _s("data.seed", "whole", 0, "data_seed", low=0, high=MAX_SEED),
    # ---- network
    _s("network.hidden[].units", "whole", 8, "units", low=1, high=MAX_UNITS),
    _s("network.hidden[].activation", "choice", "tanh", "activation", choices=HIDDEN_ACTIVATIONS),
    _s("network.output_activation", "choice", "sigmoid", "output_activation", choices=ACTIVATIONS),
    _s("network.init", "choice", "xavier", "init", choices=INITS),
    _s("network.batch_norm", "bool", False, "batch_norm"),
    _s("network.dropout", "number", 0.0, "dropout", low=0, high=1, high_open=True, step=0.1, decimals=2),
    # ---- training
    _s("training.loss", "choice", "binary_cross_entropy", "loss", choices=LOSSES),
    _s("training.optimizer", "choice", "sgd", "optimizer", choices=OPTIMIZERS, live=True),
    _s("training.learning_rate", "number", 0.03, "learning_rate", low=0, high=MAX_LEARNING_RATE,
       low_open=True, live=True, decimals=10),
    _s("training.momentum", "number", 0.9, "momentum", low=0, high=1, high_open=True, live=True,
       step=0.05, decimals=3),
    _s("training.adam_beta1", "number", 0.9, "adam_beta1", low=0, high=1, high_open=True, live=True,
       step=0.01, decimals=3),
    _s("training.adam_beta2", "number", 0.999, "adam_beta2", low=0, high=1, high_open=True, live=True,
       step=0.001, decimals=5),
    _s("training.adam_epsilon", "number", 1e-8, "adam_epsilon", low=0, high=1, low_open=True, live=True),
    _s("training.batch_size", "whole", 10, "batch_size", low=1, high=MAX_BATCH_SIZE, live=True),
    _s("training.epochs", "whole", 500, "epochs", low=1, high=MAX_EPOCHS, live=True, step=100),
    _s("training.target_loss", "number", None, "target_loss", low=0, high=None, nullable=True, live=True),
    _s("training.regularization", "choice", "none", "regularization", choices=REGULARIZATIONS, live=True),
    _s("training.regularization_rate", "number", 0.0, "regularization_rate", low=0,
       high=MAX_REGULARIZATION_RATE, live=True, decimals=10),
    # ---- training.schedule: {"kind": ..., and the fields of that kind} (SCHEDULE_FIELDS)
    _s("training.schedule.kind", "choice", "constant", "schedule", choices=SCHEDULES),
    _s("training.schedule.step_size", "whole", 10, "schedule_step_size", low=1, high=MAX_EPOCHS, step=5),
    _s("training.schedule.gamma", "number", 0.9, "schedule_gamma", low=0, high=1, low_open=True, step=0.01,
       decimals=4),
    _s("training.schedule.t_max", "whole", 100, "schedule_t_max", low=1, high=MAX_EPOCHS, step=10),
    _s("training.schedule.eta_min", "number", 0.0, "schedule_eta_min", low=0, high=MAX_LEARNING_RATE,
       step=0.001, decimals=6),
    _s("training.schedule.base_lr", "number", 0.001, "schedule_base_lr", low=0, high=MAX_LEARNING_RATE,
       low_open=True, step=0.001, decimals=6),
    _s("training.schedule.max_lr", "number", 0.1, "schedule_max_lr", low=0, high=MAX_LEARNING_RATE,
       low_open=True, step=0.01, decimals=6),
    _s("training.schedule.step_size_up", "whole", 20, "schedule_step_size_up", low=1, high=MAX_EPOCHS, step=5),
    # ---- training.early_stopping: null (off) or {"patience", "min_delta", "restore_best"}
    _s("training.early_stopping.patience", "whole", 10, "early_stopping_patience", low=1, high=MAX_EPOCHS, step=5),
    _s("training.early_stopping.min_delta", "number", 0.0, "early_stopping_min_delta", low=0, high=MAX_MIN_DELTA,
       step=0.001, decimals=6),
    _s("training.early_stopping.restore_best", "bool", True, "early_stopping_restore_best"),
    _s("training.seed", "whole", 0, "seed", low=0, high=MAX_SEED),
    _s("training.dtype", "choice", "float64", "dtype", choices=DTYPES),
)  # fmt: skip

SETTINGS: MappingProxyType[str, Setting] = MappingProxyType({s.path: s for s in _TABLE})
"""Every setting by its path, in the documented order."""

LIVE_PATHS: frozenset[str] = frozenset(s.path for s in _TABLE if s.live)
"""The settings that can change while training runs, keeping the weights."""


def setting(path: str) -> Setting:
    """The setting at ``path``; ``KeyError`` names it if there is none."""
    return SETTINGS[path]


def check_classes(name: str, value: object) -> int:
    """``data.classes`` for the data set ``name`` (each set has its own range)."""
    low, high, default = CLASS_RANGES[name]
    if value is fields.MISSING:
        return default
    return fields.whole(value, "data.classes", low, high)


def section_keys(section: str) -> tuple[str, ...]:
    """The keys of the plain settings in ``section`` (``"training"``), in order (not the
    fields of a list or of an object setting: ``training.schedule.gamma``)."""
    prefix = section + "."
    return tuple(s.name for s in _TABLE if s.path.startswith(prefix) and "[" not in s.path and s.path.count(".") == 1)


def object_keys(path: str) -> tuple[str, ...]:
    """The fields of the object setting at ``path`` (``"training.early_stopping"``), in order."""
    prefix = path + "."
    return tuple(s.name for s in _TABLE if s.path.startswith(prefix))

