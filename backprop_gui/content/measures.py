"""What a run did, in numbers a lesson can ask about: the one table of measures (no Qt).

A lesson's predictions ("what will the loss do at η = 10?") and challenges ("test
accuracy ≥ 90 % with at most 4 hidden neurons") name a measure of this table; the app
computes it from what the run has when it stops (:class:`Observation`: the settings,
the counters, the last measured metrics and the recorded curves) and compares it with
the student's answer or the challenge's bounds. The window words each measure and each
trend in the interface language (``gui/lesson_tasks.py``); here they are names.

Kinds of measure:

``trend``
    A name from the measure's ``values``: the shape of a loss curve (:data:`TRENDS`,
    :func:`loss_trend`) or how its end behaves (:data:`SETTLINGS`, :func:`loss_settling`).
``count``
    A whole number (hidden neurons, epochs, updates).
``loss``, ``number``
    A number (a loss; the learning rate, R²).
``fraction``
    A number from 0 to 1, shown as a percentage (accuracy).

A measure that a run does not have (accuracy of a regression, test loss without test
data) is ``None``: a prediction about it cannot be checked, a condition on it is not met.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from ..core.network import Network
from ..core.trainer import Trainer

__all__ = [
    "BOTTOM_FRACTION", "BOUNDS", "FALLS_THEN_RISES_FACTOR", "FLAT_FRACTION", "JUMP_FACTOR", "JUMP_FALL", "KINDS",
    "MEASURES", "OSCILLATING_SHARE", "SETTLE_FRACTION", "SETTLE_WINDOW", "SETTLINGS", "TRENDS",
    "Measure", "Observation", "challenge_met", "condition_met", "epochs_to_bottom", "in_range", "loss_settling",
    "loss_trend", "measure", "metrics_of_weights", "prediction_right",
]

# --------------------------------------------------------------------------- the trend of a loss curve
TRENDS = ("falls", "flat", "rises", "falls_then_rises", "jumps", "diverges")
#: "flat": the last loss within 5 % of the first.
FLAT_FRACTION = 0.05
#: "jumps": after the start the loss rose to at least twice the first loss, and later fell
#: back to at most half of that peak. (On the shipped presets a run that learns never
#: passes 1.03× its first loss, batch norm's noisy curves included; learning rate 10
#: reaches 6× and falls back to 0.14× the peak; an overfitting test loss rises to 2.5×
#: and stays there.)
JUMP_FACTOR = 2.0
JUMP_FALL = 0.5
#: "falls_then_rises": the last loss at least 1.5× the lowest one, and higher than it by
#: at least FLAT_FRACTION of the first (so that noise on a loss near 0 is not a rise).
FALLS_THEN_RISES_FACTOR = 1.5


def loss_trend(losses, diverged: bool = False) -> str | None:
    """The shape of a loss curve (its recorded points, first to last), one of :data:`TRENDS`:

    ``diverges`` training diverged (the weights or the loss became infinite or NaN);
    ``jumps``    it rose to at least :data:`JUMP_FACTOR` × its first value, then fell to at most
                 :data:`JUMP_FALL` × that peak;
    ``falls_then_rises`` it fell, then ended at least :data:`FALLS_THEN_RISES_FACTOR` × its lowest;
    ``rises``    it ended more than :data:`FLAT_FRACTION` above its first value;
    ``flat``     it ended within :data:`FLAT_FRACTION` of its first value;
    ``falls``    it ended more than :data:`FLAT_FRACTION` below its first value.

    None for fewer than two finite points (nothing trained yet, or no test data).
    """
    values = np.asarray(losses, dtype=float)
    if diverged or (len(values) and not np.isfinite(values[-1]) and not np.isnan(values[-1])):
        return "diverges"
    values = values[np.isfinite(values)]
    if len(values) < 2:
        return None
    first, last, lowest = float(values[0]), float(values[-1]), float(values.min())
    scale = abs(first) if first else 1.0
    peak = int(np.argmax(values[1:])) + 1
    if values[peak] >= JUMP_FACTOR * first > 0 and float(values[peak:].min()) <= JUMP_FALL * values[peak]:
        return "jumps"
    if lowest < first - FLAT_FRACTION * scale and last >= FALLS_THEN_RISES_FACTOR * lowest \
            and last - lowest >= FLAT_FRACTION * scale:
        return "falls_then_rises"
    if last > first + FLAT_FRACTION * scale:
        return "rises"
    if last >= first - FLAT_FRACTION * scale:
        return "flat"
    return "falls"


# --------------------------------------------------------------------------- how a loss curve ends
SETTLINGS = ("settled", "still_falling", "rising", "oscillating", "diverges")
#: The end of a curve: its last 10 recorded points (every epoch, while a run is shorter
#: than the history's capacity).
SETTLE_WINDOW = 10
#: "still_falling" / "rising": the window's last loss below / above its first by more
#: than 0.1 % of it; "oscillating" needs swings at least this big on average, so that
#: the rounding noise of a run resting at the bottom is not a bounce. (Lesson 12: η = 0.03
#: still falls 0.15 % over its last 10 epochs; η = 12 swings by 1 % every epoch; η = 3
#: changes by 10⁻¹⁶.)
SETTLE_FRACTION = 0.001
#: "oscillating": at least 3/4 of the successive changes in the window switch sign
#: (6 of the 8 pairs of 9 changes: down, up, down, ...).
OSCILLATING_SHARE = 0.75


def loss_settling(losses, diverged: bool = False) -> str | None:
    """How a loss curve ends (its last :data:`SETTLE_WINDOW` points), one of :data:`SETTLINGS`:

    ``diverges``      training diverged (the weights or the loss became infinite or NaN);
    ``oscillating``   it bounces: at least :data:`OSCILLATING_SHARE` of the successive changes
                      Δᵢ = Lᵢ₊₁ − Lᵢ switch sign (Δᵢ·Δᵢ₊₁ < 0), and their mean size |Δ| is at
                      least :data:`SETTLE_FRACTION` × the mean loss;
    ``still_falling`` the window's last loss is below its first by more than
                      :data:`SETTLE_FRACTION` × |first|;
    ``rising``        above it by more than that;
    ``settled``       otherwise: it has come to rest.

    None for fewer than three finite points (no change to compare with another).
    """
    values = np.asarray(losses, dtype=float)
    if diverged or (len(values) and not np.isfinite(values[-1]) and not np.isnan(values[-1])):
        return "diverges"
    values = values[np.isfinite(values)][-SETTLE_WINDOW:]
    if len(values) < 3:
        return None
    changes = np.diff(values)  # Δᵢ = Lᵢ₊₁ − Lᵢ
    switches = np.count_nonzero(changes[:-1] * changes[1:] < 0)  # Δᵢ·Δᵢ₊₁ < 0: down then up, or up then down
    swing = float(np.mean(np.abs(changes)))
    if switches >= OSCILLATING_SHARE * (len(changes) - 1) and swing >= SETTLE_FRACTION * float(np.mean(np.abs(values))):
        return "oscillating"
    first, last = float(values[0]), float(values[-1])
    if last < first - SETTLE_FRACTION * abs(first):
        return "still_falling"
    if last > first + SETTLE_FRACTION * abs(first):
        return "rising"
    return "settled"


#: "at the bottom": within 1 % of the lowest loss recorded.
BOTTOM_FRACTION = 0.01


def epochs_to_bottom(epochs, losses) -> int | None:
    """The first recorded epoch at which the loss came within :data:`BOTTOM_FRACTION` of
    the lowest loss recorded: L ≤ L_min + 0.01·|L_min|. How fast a run gets down, whatever
    it does afterwards (momentum and Adam overshoot and come back). None without a finite loss."""
    values = np.asarray(losses, dtype=float)
    finite = np.isfinite(values)
    if not finite.any():
        return None
    lowest = float(values[finite].min())
    near = finite & (values <= lowest + BOTTOM_FRACTION * abs(lowest))  # L ≤ L_min + 1 %·|L_min|
    return int(np.asarray(epochs)[int(np.argmax(near))])


# --------------------------------------------------------------------------- what a run has
@dataclass(frozen=True)
class Observation:
    """What the measures read: one run as it is now.

    ``metrics`` is the trainer's last measurement (an ``EpochMetrics``: ``train_loss``,
    ``test_loss``, ``train_accuracy``, ...), ``history`` its recorded curves
    (``History.as_arrays()``), ``settings`` the training settings in force (live edits
    included), ``experiment`` the experiment (its ``network`` section gives the shape).
    """

    experiment: Mapping
    epoch: int
    steps: int
    batches_per_epoch: int
    metrics: object
    history: Mapping[str, np.ndarray]
    diverged: bool
    parameters: int
    settings: Mapping = field(default_factory=dict)

    @classmethod
    def of_snapshot(cls, experiment: Mapping, snapshot, parameters: int, metrics=None) -> Observation:
        """From a trainer's ``Snapshot`` (what the window draws) and the network's size;
        ``metrics`` instead of the snapshot's own (see :func:`metrics_of_weights`)."""
        return cls(experiment=experiment, epoch=snapshot.epoch, steps=snapshot.steps,
                   batches_per_epoch=snapshot.batches_per_epoch,
                   metrics=snapshot.metrics if metrics is None else metrics, history=snapshot.history,
                   diverged=snapshot.diverged is not None, parameters=parameters, settings=snapshot.settings)

    @classmethod
    def of_run(cls, run) -> Observation:
        """From a ``build.Run`` (its trainer as it is now)."""
        trainer = run.trainer
        return cls(experiment=run.experiment, epoch=trainer.epoch, steps=trainer.steps,
                   batches_per_epoch=trainer.batches_per_epoch, metrics=trainer.last_metrics,
                   history=trainer.history.as_arrays(), diverged=trainer.diverged is not None,
                   parameters=run.network.parameter_count(), settings=dict(trainer.settings))

    def at_point(self, index: int) -> Observation:
        """The run as it was at its ``index``-th recorded point: the curves up to there, that
        point's metrics, and its epoch (updates counted at the present mini-batches per epoch)."""
        history = {name: values[: index + 1] for name, values in self.history.items()}
        row = {name: _number(self.history[name][index]) for name in
               ("train_loss", "test_loss", "train_accuracy", "test_accuracy", "train_r2", "test_r2")}
        epoch = int(self.history["epoch"][index])
        metrics = _Metrics(epoch=epoch, **row)
        return Observation(experiment=self.experiment, epoch=epoch, steps=epoch * self.batches_per_epoch,
                           batches_per_epoch=self.batches_per_epoch, metrics=metrics, history=history,
                           diverged=False, parameters=self.parameters, settings=self.settings)


def metrics_of_weights(run, state: Mapping[str, np.ndarray], settings: Mapping | None = None):
    """The loss and accuracy of the weights ``state`` on ``run``'s data, measured now
    exactly as the trainer measures (an ``EpochMetrics``), without touching ``run``'s
    trainer or network (another thread may be training them). The trainer measures
    where it stops; weights set by hand afterwards are measured only here."""
    experiment = run.experiment
    network = Network.from_config(experiment["network"], run.network.input_dim, run.network.output_dim,
                                  seed=experiment["training"]["seed"], dtype=experiment["training"]["dtype"])
    network.load_state(state)
    training = dict(settings) if settings else dict(experiment["training"])
    return Trainer(network, run.trainer.data, training, history_capacity=4).last_metrics


@dataclass(frozen=True)
class _Metrics:
    """One recorded point's metrics, as an ``EpochMetrics`` has them."""

    epoch: int
    train_loss: float | None
    test_loss: float | None
    train_accuracy: float | None
    test_accuracy: float | None
    train_r2: float | None
    test_r2: float | None


def _number(value) -> float | None:
    """A metric as a float, None when it was not measured (None or NaN)."""
    if value is None:
        return None
    value = float(value)
    return None if math.isnan(value) else value


def _curve(observation: Observation, name: str) -> np.ndarray:
    return np.asarray(observation.history.get(name, ()), dtype=float)


def _first(observation: Observation, name: str) -> float | None:
    values = _curve(observation, name)
    return _number(values[0]) if len(values) else _number(getattr(observation.metrics, name, None))


def _hidden(observation: Observation) -> list:
    return list(observation.experiment.get("network", {}).get("hidden", []))


# --------------------------------------------------------------------------- the table
KINDS = ("trend", "count", "loss", "number", "fraction")


@dataclass(frozen=True)
class Measure:
    name: str
    kind: str
    compute: Callable[[Observation], object]
    #: A trend measure's possible values (the names a lesson's outcomes may use).
    values: tuple[str, ...] = ()


def _trend(name: str) -> Callable[[Observation], str | None]:
    return lambda o: loss_trend(_curve(o, name), o.diverged)


def _metric(name: str) -> Callable[[Observation], float | None]:
    return lambda o: _number(getattr(o.metrics, name, None))


def _setting(name: str) -> Callable[[Observation], float | None]:
    return lambda o: _number(o.settings.get(name, o.experiment.get("training", {}).get(name)))


MEASURES: dict[str, Measure] = {m.name: m for m in (
    # The curves (train loss and test loss, every recorded point).
    Measure("loss_trend", "trend", _trend("train_loss"), TRENDS),
    Measure("test_loss_trend", "trend", _trend("test_loss"), TRENDS),
    # How the training loss ends (its last 10 recorded epochs), and how soon it got down.
    Measure("loss_settling", "trend", lambda o: loss_settling(_curve(o, "train_loss"), o.diverged), SETTLINGS),
    Measure("epochs_to_bottom", "count", lambda o: epochs_to_bottom(_curve(o, "epoch"), _curve(o, "train_loss"))),
    # The loss before training: the first recorded point (epoch 0).
    Measure("initial_train_loss", "loss", lambda o: _first(o, "train_loss")),
    # The current weights, as last measured (the end of the run when it has stopped).
    Measure("final_train_loss", "loss", _metric("train_loss")),
    Measure("final_test_loss", "loss", _metric("test_loss")),
    Measure("lowest_test_loss", "loss", lambda o: _number(np.nanmin(_curve(o, "test_loss")))
            if np.isfinite(_curve(o, "test_loss")).any() else None),
    Measure("train_accuracy", "fraction", _metric("train_accuracy")),
    Measure("test_accuracy", "fraction", _metric("test_accuracy")),
    Measure("test_r2", "number", _metric("test_r2")),
    # The network's shape.
    Measure("hidden_units", "count", lambda o: sum(int(layer.get("units", 0)) for layer in _hidden(o))),
    Measure("hidden_layers", "count", lambda o: len(_hidden(o))),
    Measure("parameters", "count", lambda o: int(o.parameters)),
    # The training settings in force.
    Measure("learning_rate", "number", _setting("learning_rate")),
    Measure("batch_size", "count", lambda o: int(_setting("batch_size")(o))),
    # The counters: epochs done, mini-batches (weight updates) per epoch and in all.
    Measure("epochs", "count", lambda o: int(o.epoch)),
    Measure("updates_per_epoch", "count", lambda o: int(o.batches_per_epoch)),
    Measure("updates", "count", lambda o: int(o.steps)),
)}


def measure(name: str, observation: Observation):
    """The value of the measure ``name`` (a trend's name, a number, or None)."""
    value = MEASURES[name].compute(observation)
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else value
    return value


# --------------------------------------------------------------------------- ranges, predictions, challenges
#: The bounds a range may have: at most one lower and one upper.
BOUNDS = {"at_least": lambda v, b: v >= b, "above": lambda v, b: v > b,
          "at_most": lambda v, b: v <= b, "below": lambda v, b: v < b}


def in_range(value, bounds: Mapping[str, float]) -> bool:
    """Whether the number ``value`` meets every bound of ``bounds`` (``at_least``, ``above``,
    ``at_most``, ``below``); a value not measured (None, NaN) meets none."""
    if value is None or isinstance(value, str) or (isinstance(value, float) and math.isnan(value)):
        return False
    return all(BOUNDS[key](value, bound) for key, bound in bounds.items() if key in BOUNDS)


def condition_met(condition: Mapping, observation: Observation) -> bool:
    """One condition of a challenge: ``{"measure": name, "is": trend}`` or a range of bounds."""
    value = measure(condition["measure"], observation)
    if "is" in condition:
        allowed = condition["is"]
        return value in (allowed if isinstance(allowed, (list, tuple)) else (allowed,))
    return in_range(value, condition)


def challenge_met(conditions, observation: Observation, within_epochs: int | None = None,
                  since_epoch: int = -1) -> bool:
    """Whether every condition holds now, or held at a recorded point after ``since_epoch``
    (the points checked before need not be checked again); with ``within_epochs``, only
    up to that epoch. So a run that met the challenge between two checks, or met it in
    time and trained on, has met it.

    A recorded point has the metrics measured then; its updates are counted at the
    present mini-batches per epoch.
    """
    def holds(o: Observation) -> bool:
        return all(condition_met(condition, o) for condition in conditions)

    last = math.inf if within_epochs is None else within_epochs
    if observation.epoch <= last and holds(observation):
        return True
    epochs = np.asarray(observation.history.get("epoch", ()))
    for index in np.flatnonzero((epochs > since_epoch) & (epochs <= last))[::-1]:
        if holds(observation.at_point(int(index))):
            return True
    return False


def prediction_right(kind: str, answer, measured, outcome=None, tolerance: float = 0.0) -> bool | None:
    """Whether a prediction was right: None when the outcome was not measured.

    ``kind`` "choice": ``outcome`` is what the chosen answer means (a trend, a list of
    trends, or a range of bounds); "number": ``answer`` within ``tolerance`` of ``measured``.
    """
    if measured is None:
        return None
    if kind == "number":
        return answer is not None and abs(float(answer) - float(measured)) <= tolerance + 1e-12 * max(1.0, abs(measured))
    if isinstance(outcome, Mapping):
        return in_range(measured, outcome)
    return measured in (outcome if isinstance(outcome, (list, tuple)) else (outcome,))
