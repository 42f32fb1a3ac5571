"""The training loop: epochs of shuffled mini-batches, with metrics and divergence checks.

The trainer knows nothing of Qt. It can be advanced one mini-batch or one epoch at
a time, or run until a limit; between mini-batches it asks ``should_stop()`` so a
GUI (or Ctrl+C handler) can pause or cancel it by setting a flag. Settings changed
while it runs (learning rate, optimiser settings, regularisation, batch size) are
handed over with :meth:`Trainer.change_settings` and applied by the training thread
itself between two mini-batches, so no update ever sees half-changed settings.

After every epoch it measures, in evaluation mode (no dropout, batch norm's running
statistics):

- train and test loss (the data loss, without the regularisation penalty, so the
  two are comparable);
- train and test accuracy for classification, or R² for regression;
- per layer, the norm of the last mini-batch's weight gradient ‖∂L/∂W‖ (data loss
  only, so vanishing gradients show as they are) and the update/weight ratio
  ‖ΔW‖/‖W‖ of that last step.

Measuring costs a forward pass over the measured rows, and it may take no more than
about a tenth of the time, for runs of any length. Two rules see to it:

- What one measurement costs is bounded by arithmetic. Rows are measured in pieces
  (:func:`measuring_piece`) no larger than a small network's mini-batch, where a
  forward pass costs at most about half a training step of the same rows (on small
  networks NumPy's per-call overhead, not arithmetic, sets both). So measuring at most
  ``n_train / 6`` rows after an epoch of ``n_train`` rows costs under a tenth of the
  training. Each split is measured on a fixed, seeded sample (:func:`measured_rows`):
  the two share ``max(piece, n_train // 6)`` rows, at most ``metrics_sample`` each. So
  classroom data sets on small networks, which fit in one piece, are measured whole.
- How often it happens is bounded by the clock: :meth:`Trainer.run` measures after an
  epoch once it has trained for at least ``9 ×`` the last measurement's duration since
  the previous one, and in any case every ``epochs // 200`` epochs (so a short run still
  gets a full curve, within the budget by the first rule). On large, fast problems
  that is every few epochs, and the history skips the epochs between.

Stepping by hand always measures, and ``run`` always measures the epoch it stops at.

Two things happen after every epoch, measured or not:

- The learning-rate schedule (``training.schedule``, core/schedules.py) steps, as
  PyTorch's ``scheduler.step()`` after an epoch, and the optimiser takes its rate.
- With ``training.early_stopping``, the loss on the validation split (rows carved from
  the training data by build.py; never the test data) is measured: on every row, or on
  a fixed sample of ``metrics_sample`` rows of a larger split. The best epoch
  is the one with the lowest validation loss; training stops when ``patience`` epochs in
  a row have not improved on the best so far by more than ``min_delta``, and with
  ``restore_best`` the best epoch's weights are put back. ``best_epoch`` counts the
  epochs trained when they were kept, so a plain run of that many epochs gives them.
- On the timeline's log-spaced epochs (core/checkpoints.py: every epoch to 10, then 8
  per decade) the weights are measured and a copy of them kept, for
  :meth:`Trainer.snapshot_at`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from . import losses
from .checkpoints import METRICS, Checkpoints, state_bytes
from .errors import BackpropError, ExperimentError, QT_TRANSLATE_NOOP
from .history import History
from .network import MIN_BATCH_FOR_BATCH_NORM, Network
from .predictions import predicted_classes
from .optimizers import Optimizer
from .schedules import Schedule

LIVE_SETTINGS = (
    "learning_rate", "optimizer", "momentum", "adam_beta1", "adam_beta2", "adam_epsilon",
    "regularization", "regularization_rate", "batch_size", "target_loss", "epochs",
)

BATCH_TOO_SMALL_FOR_BATCH_NORM = QT_TRANSLATE_NOOP(
    "core", "batch normalization needs at least {minimum} samples per mini-batch; set training.batch_size to {minimum} or more"
)


def check_batch_for_batch_norm(batch_norm: bool, batch_size: int, n_train: int) -> None:
    """Refuse mini-batches too small for batch norm (see MIN_BATCH_FOR_BATCH_NORM)."""
    if batch_norm and min(int(batch_size), n_train) < MIN_BATCH_FOR_BATCH_NORM:
        raise ExperimentError(BATCH_TOO_SMALL_FOR_BATCH_NORM, minimum=MIN_BATCH_FOR_BATCH_NORM)


METRICS_SAMPLE = 2048
"""The most rows of a split one measurement looks at."""
PIECE_MULTIPLY_ADDS = 1 << 18
"""The largest matrix product a measuring piece makes (rows × fan_in × fan_out): up to
this size BLAS libraries compute on one core (OpenBLAS's threshold), as training's
mini-batches of a classroom network do. Larger pieces start threads, which on a busy
machine cost more than the arithmetic: 50 ms instead of 1 for 270 rows of 64-128-64-10."""
MIN_PIECE_ROWS = 32


def measuring_piece(network: Network) -> int:
    """Rows measured in one forward pass: as many as keep the largest product within
    ``PIECE_MULTIPLY_ADDS``, and at least ``MIN_PIECE_ROWS``."""
    widest = max(layer.fan_in * layer.units for layer in network.layers)
    return max(MIN_PIECE_ROWS, PIECE_MULTIPLY_ADDS // widest)


def measured_rows(n_train: int, n_test: int, piece: int, limit: int = METRICS_SAMPLE) -> tuple[int, int]:
    """How many rows of each split a measurement looks at (see the module's docstring).

    The two splits share ``max(piece, n_train // 6)`` rows, half each; a split smaller
    than its half leaves the rest to the other; neither exceeds ``limit``.
    """
    budget = max(piece, n_train // 6)  # ≤ n_train/6 rows: measuring ≤ a tenth of the time
    train = min(n_train, budget // 2)
    test = min(n_test, budget - train)
    train = min(n_train, budget - test)
    return min(train, limit), min(test, limit)


class TrainingDiverged(BackpropError):
    """The loss or a parameter stopped being a finite number."""


@dataclass(frozen=True, eq=False)
class TrainingData:
    """The arrays the trainer learns from, already in the network's dtype.

    ``Y_*`` are the targets as the loss needs them (0/1 columns or one-hot rows for
    classification); ``labels_*`` are the class numbers (None for regression).
    """

    task: str
    X_train: np.ndarray
    Y_train: np.ndarray
    X_test: np.ndarray
    Y_test: np.ndarray
    labels_train: np.ndarray | None = None
    labels_test: np.ndarray | None = None
    X_validation: np.ndarray | None = None  # rows carved from the training data (build.py)
    Y_validation: np.ndarray | None = None
    labels_validation: np.ndarray | None = None

    @property
    def has_validation(self) -> bool:
        return self.X_validation is not None and len(self.X_validation) > 0


@dataclass(frozen=True)
class EpochMetrics:
    epoch: int
    train_loss: float
    test_loss: float | None
    train_accuracy: float | None = None
    test_accuracy: float | None = None
    train_r2: float | None = None
    test_r2: float | None = None
    gradient_norms: tuple[float, ...] = field(default_factory=tuple)
    update_ratios: tuple[float, ...] = field(default_factory=tuple)
    validation_loss: float | None = None
    learning_rate: float | None = None  # the rate the last epoch trained with

    def as_dict(self) -> dict:
        return {
            "epoch": self.epoch, "train_loss": self.train_loss, "test_loss": self.test_loss,
            "train_accuracy": self.train_accuracy, "test_accuracy": self.test_accuracy,
            "train_r2": self.train_r2, "test_r2": self.test_r2,
            "validation_loss": self.validation_loss, "learning_rate": self.learning_rate,
        }


@dataclass(frozen=True, eq=False)
class Snapshot:
    """An immutable copy of a run's state, for another thread to draw.

    Holds copies, never the trainer's live arrays. ``state`` maps parameter and
    buffer names (as :meth:`Network.state`) to arrays; ``history`` is
    :meth:`History.as_arrays`. The window's worker fills in the last three fields.
    """

    epoch: int
    batch_index: int
    batches_per_epoch: int
    steps: int
    samples_seen: int
    metrics: EpochMetrics
    state: Mapping[str, np.ndarray]
    history: Mapping[str, np.ndarray]
    settings: Mapping
    diverged: TrainingDiverged | None
    stop_reason: str | None
    generation: int = 0
    running: bool = False
    epochs_per_second: float = 0.0
    learning_rate: float = math.nan  # the rate the current epoch trains with (the schedule's)
    best_epoch: int | None = None  # early stopping's best epoch so far (None without it)
    checkpoint_epochs: tuple[int, ...] = ()  # the epochs the timeline can show (core/checkpoints.py)
    replay: bool = False  # True: a kept epoch shown again (Trainer.snapshot_at), not where training stands


class Trainer:
    def __init__(
        self,
        network: Network,
        data: TrainingData,
        training: Mapping,
        *,
        metrics_sample: int = METRICS_SAMPLE,
        history_capacity: int = 4096,
    ) -> None:
        self.network = network
        self.data = data
        self.loss = training["loss"]
        self.settings = dict(training)
        self.epoch = 0  # completed epochs
        self.batch_index = 0  # next mini-batch within the current epoch
        self.steps = 0  # mini-batches done in all
        self.samples_seen = 0  # training samples those mini-batches held
        self.diverged: TrainingDiverged | None = None
        self.history = History(len(network.layers), history_capacity)
        self._flat = network.flat_parameters
        self._shuffle_rng = np.random.default_rng([int(training.get("seed", 0)), 2])
        self._pending: dict | None = None
        self.schedule = Schedule(training.get("schedule") or {"kind": "constant"}, training["learning_rate"])
        self._last_rate = self.schedule.rate  # the rate the last epoch trained with
        self.optimizer = self._make_optimizer(self.settings["optimizer"])
        self.early_stopping = EarlyStopping.from_settings(training.get("early_stopping"), data.has_validation)
        self._buffers = list(network.buffers().values())
        self._batch_norm = any(layer.batch_norm for layer in network.layers)
        self._epoch_start: tuple[np.ndarray, list[np.ndarray]] | None = None
        self._epoch_X = self._epoch_Y = None
        self._epoch_order: np.ndarray | None = None
        self._epoch_batch_size = 0
        self._last_gradient_norms = (math.nan,) * len(network.layers)
        self._last_update_ratios = (math.nan,) * len(network.layers)
        self._measure_cost = 0.0  # seconds the last measurement took
        self._trained_since_measure = 0.0  # seconds of training since then
        self._measured_at_step = 0  # the value of self.steps when last measured
        self.measured_epoch = 0
        self._validation_at_step = -1
        self._validation_cache = math.nan
        sample_rng = np.random.default_rng([int(training.get("seed", 0)), 3])
        self._piece = measuring_piece(network)
        train_rows, test_rows = measured_rows(len(data.X_train), len(data.X_test), self._piece, metrics_sample)
        self._train_eval = self._metric_rows(len(data.X_train), train_rows, sample_rng)
        self._test_eval = self._metric_rows(len(data.X_test), test_rows, sample_rng)
        # The validation loss is measured after every epoch when early stopping watches it:
        # on at most metrics_sample rows (a fixed sample of a larger split), so that its cost
        # is bounded however large the data are.
        n_validation = len(data.X_validation) if data.has_validation else 0
        self._validation_eval = self._metric_rows(n_validation, metrics_sample, sample_rng)
        self.last_metrics = self._measure()
        self.history.record(0, self.last_metrics.as_dict(), self._last_gradient_norms, self._last_update_ratios)
        self.checkpoints = Checkpoints(state_bytes(network.state()))
        self.checkpoints.add(0, network.state(), self.last_metrics.as_dict())

    # ------------------------------------------------------------------ settings
    def _make_optimizer(self, kind: str) -> Optimizer:
        s = self.settings
        return Optimizer(
            self._flat, kind, self.schedule.rate, s.get("momentum", 0.9),
            s.get("adam_beta1", 0.9), s.get("adam_beta2", 0.999), s.get("adam_epsilon", 1e-8),
        )

    def change_settings(self, **changes) -> None:
        """Ask for new training settings; they apply before the next mini-batch.

        Safe to call from another thread while :meth:`run` is busy. A batch size
        too small for batch norm is refused here, as when the run is built.
        """
        unknown = set(changes) - set(LIVE_SETTINGS)
        if unknown:
            raise ValueError(f"these settings cannot change during training: {sorted(unknown)}")
        if "batch_size" in changes:
            check_batch_for_batch_norm(self._batch_norm, changes["batch_size"], len(self.data.X_train))
        pending = dict(self._pending or {})
        pending.update(changes)
        self._pending = pending

    def _apply_pending(self) -> None:
        changes, self._pending = self._pending, None
        if not changes:
            return
        old_kind, old_rate = self.settings["optimizer"], self.settings["learning_rate"]
        self.settings.update(changes)
        s = self.settings
        if s["optimizer"] != old_kind:
            self.optimizer = self._make_optimizer(s["optimizer"])  # a new optimiser starts with no memory
        if s["learning_rate"] != old_rate:  # (the window hands over every live setting at each edit)
            self.schedule = self._rebased_schedule(s["learning_rate"])
        opt = self.optimizer
        opt.learning_rate = self.schedule.rate
        opt.momentum = s.get("momentum", opt.momentum)
        opt.beta1 = s.get("adam_beta1", opt.beta1)
        opt.beta2 = s.get("adam_beta2", opt.beta2)
        opt.epsilon = s.get("adam_epsilon", opt.epsilon)

    def _rebased_schedule(self, learning_rate: float) -> Schedule:
        """The schedule at the current epoch as if it had started from ``learning_rate``
        (PyTorch's base_lrs); a constant one is just that rate."""
        schedule = Schedule(self.schedule.spec, learning_rate)
        if schedule.kind == "constant":
            schedule.epoch = self.schedule.epoch
        else:
            schedule.advance_to(self.schedule.epoch)
        return schedule

    # ------------------------------------------------------------------ shape of an epoch
    @property
    def batch_size(self) -> int:
        return max(1, min(int(self.settings["batch_size"]), len(self.data.X_train)))

    @property
    def batches_per_epoch(self) -> int:
        return self._batch_count(len(self.data.X_train), self.batch_size)

    def _batch_count(self, n: int, size: int) -> int:
        """Mini-batches in an epoch of ``n`` rows: ⌈n/size⌉, except that with batch norm
        a last batch of a single sample joins the one before it (a batch of one cannot
        be normalised; see docs/architecture.md, "Decisions")."""
        batches = -(-n // size)
        if self._batch_norm and batches > 1 and n % size == 1:
            batches -= 1
        return batches

    @property
    def finished(self) -> bool:
        """True when training has diverged, reached its epochs or its target loss."""
        return self.stop_reason() is not None

    def stop_reason(self) -> str | None:
        if self.diverged is not None:
            return "diverged"
        if self.early_stopping is not None and self.early_stopping.stopped:
            return "early_stopping"
        if self.epoch >= int(self.settings["epochs"]):
            return "max_epochs"
        target = self.settings.get("target_loss")
        if target is not None and self.batch_index == 0 and self.last_metrics.train_loss <= target:
            return "target_loss"
        return None

    # ------------------------------------------------------------------ stepping
    def step_batch(self) -> bool:
        """Train on one mini-batch; return True when it completed an epoch."""
        with np.errstate(all="ignore"):  # overflow is reported as divergence, not as warnings
            return self._step_batch()

    def _step_batch(self) -> bool:
        if self.diverged is not None:
            return False
        if self._pending:
            self._apply_pending()
        if self.batch_index == 0:
            self._begin_epoch()
        self._train_batch(self.batch_index, self.batch_index == self._epoch_batches - 1)
        self.batch_index += 1
        if self.batch_index < self._epoch_batches:
            # A step in the middle of an epoch is shown straight away, so check it now.
            if not np.isfinite(self._flat).all():
                self._diverge(QT_TRANSLATE_NOOP("core", "the weights became infinite or NaN at epoch {epoch}, mini-batch {batch}; try a smaller learning rate"),
                              epoch=self.epoch + 1, batch=self.batch_index)
            return False
        self._end_epoch()
        return True

    def step_epoch(self) -> None:
        """Train until the current epoch is complete."""
        while self.diverged is None and not self.step_batch():
            pass

    def run(self, max_epochs: int | None = None, should_stop: Callable[[], bool] | None = None) -> str:
        """Train until a stop condition; return why: ``"max_epochs"``, ``"target_loss"``,
        ``"early_stopping"``, ``"diverged"``, ``"stopped"`` (should_stop said so) or ``"epochs"`` (the
        ``max_epochs`` given here were done)."""
        with np.errstate(all="ignore"):  # overflow is reported as divergence, not as warnings
            return self._run(max_epochs, should_stop or (lambda: False))

    def _run(self, max_epochs: int | None, should_stop: Callable[[], bool]) -> str:
        end = None if max_epochs is None else self.epoch + max_epochs
        while True:
            reason = self.stop_reason()
            if reason is not None:
                return reason
            if end is not None and self.epoch >= end and self.batch_index == 0:
                self.measure_now()
                return "epochs"
            if self.batch_index == 0:
                if self._pending:
                    self._apply_pending()
                self._begin_epoch()
            last = self._epoch_batches - 1
            train_batch = self._train_batch
            index = self.batch_index
            started = time.perf_counter()
            while index <= last:
                if should_stop():
                    self.batch_index = index
                    self.measure_now()
                    return "stopped"
                if self._pending:
                    self._apply_pending()
                train_batch(index, index == last)
                index += 1
            self.batch_index = index
            self._trained_since_measure += time.perf_counter() - started
            finishing = self.epoch + 1 >= int(self.settings["epochs"]) or (end is not None and self.epoch + 1 >= end)
            # At least ~200 points over the planned epochs, however cheap training is.
            overdue = self.epoch + 1 - self.measured_epoch >= max(1, int(self.settings["epochs"]) // 200)
            self._end_epoch(measure=finishing or overdue or self._trained_since_measure >= 9.0 * self._measure_cost)

    # ------------------------------------------------------------------ the work
    def _begin_epoch(self, order: np.ndarray | None = None) -> None:
        """Shuffle the training set for a new epoch (or use ``order``, when resuming one)."""
        data = self.data
        n = len(data.X_train)
        size = self.batch_size
        self._epoch_batch_size = size
        self._epoch_batches = self._batch_count(n, size)
        if order is None and size < n:
            order = self._shuffle_rng.permutation(n)
        self._epoch_order = order
        if order is None:
            self._epoch_X, self._epoch_Y = data.X_train, data.Y_train  # one batch: order is irrelevant
        else:
            self._epoch_X, self._epoch_Y = data.X_train[order], data.Y_train[order]
        # Kept so that a diverging epoch can be undone back to finite weights.
        self._epoch_start = (self._flat.copy(), [buffer.copy() for buffer in self._buffers])

    def _train_batch(self, index: int, last: bool) -> None:
        size = self._epoch_batch_size
        start = index * size
        end = len(self._epoch_X) if last else start + size  # the last batch takes the rest
        X = self._epoch_X[start:end]
        Y = self._epoch_Y[start:end]
        network = self.network
        network.gradient_list(X, Y, self.loss)
        if last:
            # The epoch's last step is the one we report: gradient norms of the data
            # loss, and the size of the update relative to the weights.
            self._last_gradient_norms = tuple(float(np.linalg.norm(layer.grad_weights)) for layer in network.layers)
            before = self._flat[: network.weight_count].copy()
        s = self.settings
        if s["regularization"] != "none":
            network.add_regularization_gradient(s["regularization"], s["regularization_rate"])
        self.optimizer.step(network.flat_gradients)
        self.steps += 1
        self.samples_seen += len(X)
        if last:
            change = self._flat[: network.weight_count] - before
            ratios, offset = [], 0
            for layer in network.layers:
                size = layer.weights.size
                norm = float(np.linalg.norm(before[offset : offset + size]))
                moved = float(np.linalg.norm(change[offset : offset + size]))
                ratios.append(moved / norm if norm > 0 else (math.inf if moved > 0 else 0.0))
                offset += size
            self._last_update_ratios = tuple(ratios)

    def _end_epoch(self, measure: bool = True) -> None:
        self.epoch += 1
        self.batch_index = 0
        self._epoch_X = self._epoch_Y = None
        if not np.isfinite(self._flat).all():
            self._diverge(QT_TRANSLATE_NOOP("core", "the weights became infinite or NaN at epoch {epoch}; try a smaller learning rate"),
                          epoch=self.epoch)
            return
        # As PyTorch's scheduler.step() after an epoch's optimizer.step()s.
        self._last_rate = self.schedule.rate
        self.optimizer.learning_rate = self.schedule.step()
        if self.checkpoints.wanted(self.epoch):  # a timeline epoch: measured, and its weights copied
            metrics = self.measure_now()
            if self.diverged is not None:
                return
            self.checkpoints.add(self.epoch, self.network.state(), metrics.as_dict())
        stopping = self.early_stopping
        if stopping is not None:
            with np.errstate(all="ignore"):
                loss = self._validation_loss()
            if stopping.update(self.epoch, loss, self.network) and not self.diverged:
                self.measure_now()  # the curves show the epoch it stopped at
                if stopping.restore_best and stopping.best_state is not None:
                    self.network.load_state(stopping.best_state)
                    self._validation_at_step = -1  # other weights now
                    with np.errstate(all="ignore"):
                        self.last_metrics = self._measure()  # the restored weights (not a point of the curves)
                return
        if measure:
            self.measure_now()

    def _validation_loss(self) -> float:
        """The data loss on every validation row, once per epoch (kept for this step)."""
        if self._validation_at_step != self.steps:
            d = self.data
            self._validation_cache = self._evaluate(d.X_validation, d.Y_validation, d.labels_validation, self._validation_eval)[0]
            self._validation_at_step = self.steps
        return self._validation_cache

    def measure_now(self) -> EpochMetrics:
        """Measure the current weights (if not yet done for this epoch) and record them."""
        if self._measured_at_step == self.steps or self.diverged is not None:
            return self.last_metrics
        started = time.perf_counter()
        metrics = self._measure()
        self._measure_cost = time.perf_counter() - started
        self._trained_since_measure = 0.0
        self._measured_at_step = self.steps
        self.measured_epoch = self.epoch
        if not math.isfinite(metrics.train_loss):
            kind = "NaN" if math.isnan(metrics.train_loss) else "infinite"
            if kind == "NaN":
                self._diverge(QT_TRANSLATE_NOOP("core", "the loss became NaN (not a number) at epoch {epoch}; try a smaller learning rate"), epoch=self.epoch)
            else:
                self._diverge(QT_TRANSLATE_NOOP("core", "the loss became infinite at epoch {epoch}; try a smaller learning rate"), epoch=self.epoch)
            return self.last_metrics
        self.last_metrics = metrics
        if self.batch_index == 0:
            self.history.record(self.epoch, metrics.as_dict(), metrics.gradient_norms, metrics.update_ratios)
        return metrics

    def parameters_edited(self) -> EpochMetrics:
        """The parameters were set from outside training (by hand, in the window): measure
        them at once, as the end of an epoch would, so the loss shown is theirs.

        Between epochs the measurement takes the place of this epoch's point on the
        curves (the weights it measured are gone). Mid-epoch, the edited weights become
        the ones a diverging epoch goes back to. The optimiser's memory and batch norm's
        running statistics stay as they are: training goes on from here as it would
        after any step (PyTorch's ``param.data[...] = value`` does the same).
        """
        with np.errstate(all="ignore"):
            metrics = self._measure()
        self.last_metrics = metrics
        self._measured_at_step = self.steps
        if self._epoch_start is not None and self.batch_index > 0:
            self._epoch_start = (self._flat.copy(), [buffer.copy() for buffer in self._buffers])
        if self.batch_index == 0:
            self.history.record(self.epoch, metrics.as_dict(), metrics.gradient_norms, metrics.update_ratios)
        return metrics

    def _diverge(self, template: str, **params) -> None:
        """Stop for good, and put back the last finite weights (those at the epoch's start)."""
        self.diverged = TrainingDiverged(template, **params)
        if self._epoch_start is not None:
            parameters, buffers = self._epoch_start
            self._flat[...] = parameters
            for buffer, saved in zip(self._buffers, buffers):
                buffer[...] = saved
        for array in self.optimizer.memory():
            array[~np.isfinite(array)] = 0.0
        self.epoch = max(0, self.epoch - 1) if self.batch_index == 0 else self.epoch
        self.batch_index = 0
        self._epoch_X = self._epoch_Y = None

    # ------------------------------------------------------------------ metrics
    @staticmethod
    def _metric_rows(n: int, limit: int, rng: np.random.Generator) -> np.ndarray | None:
        """None for all rows, or a fixed sorted sample of ``limit`` row numbers."""
        return None if n <= limit else np.sort(rng.choice(n, size=limit, replace=False))

    def _evaluate(self, X, Y, labels, rows) -> tuple[float, float | None, float | None]:
        """(loss, accuracy, R²) on a data split in evaluation mode."""
        if rows is not None:
            X, Y = X[rows], Y[rows]
            labels = None if labels is None else labels[rows]
        size = self._piece  # (see PIECE_MULTIPLY_ADDS)
        if len(X) <= size:
            logits, outputs = self.network.logits_and_outputs(X)
        else:
            pieces = [self.network.logits_and_outputs(X[start : start + size]) for start in range(0, len(X), size)]
            logits = np.concatenate([piece[0] for piece in pieces])
            outputs = np.concatenate([piece[1] for piece in pieces])
        with np.errstate(all="ignore"):
            loss = losses.value(self.loss, logits, outputs, Y)
            if self.data.task == "classification":
                predicted = predicted_classes(outputs)
                return loss, float(np.mean(predicted == labels)), None
            residual = float(np.sum((Y - outputs) ** 2))
            total = float(np.sum((Y - Y.mean(axis=0)) ** 2))
            return loss, None, (1.0 - residual / total) if total > 0 else math.nan

    def _measure(self, train_rows="sample", test_rows="sample") -> EpochMetrics:
        d = self.data
        train_rows = self._train_eval if train_rows == "sample" else train_rows
        test_rows = self._test_eval if test_rows == "sample" else test_rows
        train_loss, train_acc, train_r2 = self._evaluate(d.X_train, d.Y_train, d.labels_train, train_rows)
        test_loss = test_acc = test_r2 = None
        if len(d.X_test):
            test_loss, test_acc, test_r2 = self._evaluate(d.X_test, d.Y_test, d.labels_test, test_rows)
        validation_loss = self._validation_loss() if d.has_validation else None
        return EpochMetrics(
            self.epoch, train_loss, test_loss, train_acc, test_acc, train_r2, test_r2,
            self._last_gradient_norms, self._last_update_ratios, validation_loss, self._last_rate,
        )

    def whole_metrics(self) -> EpochMetrics:
        """The current weights measured on every row of both splits, for a final report
        (the curves' measurements look at a fixed sample of large splits); not recorded."""
        with np.errstate(all="ignore"):
            return self._measure(None, None)

    # ------------------------------------------------------------------ state
    def snapshot(self, **extra) -> Snapshot:
        """Copies of everything a view needs, safe to hand to another thread."""
        return Snapshot(
            epoch=self.epoch, batch_index=self.batch_index, batches_per_epoch=self.batches_per_epoch,
            steps=self.steps, samples_seen=self.samples_seen, metrics=self.last_metrics,
            state=self.network.state(), history=self.history.as_arrays(), settings=dict(self.settings),
            diverged=self.diverged, stop_reason=self.stop_reason(), learning_rate=self.schedule.rate,
            best_epoch=None if self.early_stopping is None else self.early_stopping.best_epoch,
            checkpoint_epochs=tuple(self.checkpoints.epochs), **extra,
        )

    def snapshot_at(self, epoch: int, *, whole_history: bool = False, **extra) -> Snapshot:
        """The run as it was after the last kept epoch at or before ``epoch`` (the timeline).

        ``state`` is that checkpoint's copy of the weights and buffers; ``history`` the
        curves cut at that epoch (``whole_history``: all of them, so that the window's
        plots keep their axes and mark the epoch); ``metrics`` its measured row;
        ``replay`` is True. Call it while training is paused (it reads the checkpoints
        the training thread adds to).
        """
        kept = self.checkpoints
        position = kept.nearest(epoch)
        at = kept.epochs[position]
        row = {name: float(value) for name, value in zip(METRICS, kept.metrics[position])}
        history = self.history.as_arrays()
        if not whole_history:
            cut = history["epoch"] <= at
            history = {name: value[cut] for name, value in history.items()}
        layers = len(self.network.layers)
        norms = ratios = (math.nan,) * layers
        point = np.flatnonzero(history["epoch"] == at)
        if len(point):
            norms = tuple(float(x) for x in history["gradient_norms"][point[0]])
            ratios = tuple(float(x) for x in history["update_ratios"][point[0]])

        def value(name):
            return None if math.isnan(row[name]) else row[name]

        metrics = EpochMetrics(
            at, row["train_loss"], value("test_loss"), value("train_accuracy"), value("test_accuracy"),
            value("train_r2"), value("test_r2"), norms, ratios, value("validation_loss"), value("learning_rate"),
        )
        return Snapshot(
            epoch=at, batch_index=0, batches_per_epoch=self.batches_per_epoch, steps=0, samples_seen=0,
            metrics=metrics, state={name: array.copy() for name, array in kept.states[position].items()},
            history=history, settings=dict(self.settings), diverged=None, stop_reason=None,
            learning_rate=row["learning_rate"], checkpoint_epochs=tuple(kept.epochs), replay=True, **extra,
        )

    def effective_settings(self) -> dict:
        """The training settings, with changes still waiting for the next mini-batch."""
        return {**self.settings, **(self._pending or {})}

    # ------------------------------------------------------------------ state (as PyTorch's state_dict)
    # Everything a saved run needs to continue exactly, beyond the network's weights and
    # random generator (those are the network's own): see io/run_writer.py.
    def state_dict(self) -> dict:
        """Where training stands, as plain numbers, dicts and array copies.

        ``epoch``, ``steps``, ``samples_seen``, ``batch_index`` (the counters);
        ``epoch_order`` and ``epoch_batch_size``: the current epoch's row order and
        mini-batch size (None between epochs); ``shuffle``: the shuffle generator's
        state; ``last_gradient_norms`` and ``last_update_ratios``: the last step's, per
        layer; ``optimizer``: :meth:`Optimizer.state`; ``history``: :meth:`History.state_dict`;
        ``schedule``: :meth:`Schedule.state` (the current epoch's rate); ``early_stopping``:
        :meth:`EarlyStopping.state` (None without early stopping); ``checkpoints``:
        :meth:`Checkpoints.state_dict` (None in a run saved before the timeline).
        """
        mid_epoch = self.batch_index > 0
        order = self._epoch_order
        if mid_epoch and order is None:  # one mini-batch per epoch: the rows as they are
            order = np.arange(len(self.data.X_train))
        return {
            "epoch": int(self.epoch),
            "steps": int(self.steps),
            "samples_seen": int(self.samples_seen),
            "batch_index": int(self.batch_index),
            "epoch_order": order.astype(np.int64) if mid_epoch else None,
            "epoch_batch_size": int(self._epoch_batch_size) if mid_epoch else None,
            "shuffle": self._shuffle_rng.bit_generator.state,
            "last_gradient_norms": np.asarray(self._last_gradient_norms, dtype=np.float64),
            "last_update_ratios": np.asarray(self._last_update_ratios, dtype=np.float64),
            "optimizer": self.optimizer.state(),
            "history": self.history.state_dict(),
            # with a new learning rate still waiting, the schedule it will follow
            "schedule": self._rebased_schedule(self._pending["learning_rate"]).state()
            if self._pending and self._pending.get("learning_rate", self.settings["learning_rate"]) != self.settings["learning_rate"]
            else self.schedule.state(),
            "last_rate": float(self._last_rate),
            "early_stopping": None if self.early_stopping is None else self.early_stopping.state(),
            "checkpoints": self.checkpoints.state_dict(),
        }

    def load_state_dict(self, state: Mapping) -> None:
        """Continue from what :meth:`state_dict` returned; then measure the weights.

        Load the network's weights first (they are measured here). Every value is
        checked before anything changes; a ``ValueError`` says which one does not fit
        this trainer (its data, its network or its optimiser). The run is not marked
        as diverged, even if the saved one was: it may try again.
        """
        counters = _check_state(state, len(self.network.layers))
        rows = len(self.data.X_train)
        mid_epoch = counters["batch_index"] > 0
        if mid_epoch:
            order = np.asarray(state["epoch_order"])
            size = counters["epoch_batch_size"]
            if order.shape != (rows,) or not np.array_equal(np.sort(order), np.arange(rows)):
                raise ValueError(f"trainer state: epoch_order is not an ordering of the {rows} training rows")
            if not 1 <= size <= rows or counters["batch_index"] >= -(-rows // size):
                raise ValueError("trainer state: the epoch's batch index is past its end")
        shuffle = np.random.PCG64()
        shuffle.state = state["shuffle"]  # raises ValueError or TypeError if it is not a PCG64 state
        try:  # checked on copies first, so that a bad state changes nothing
            Optimizer(self._flat.copy(), self.optimizer.kind).load_state(state["optimizer"])
        except KeyError as missing:
            raise ValueError(f"trainer state: the {self.optimizer.kind} optimiser's state has no {missing}") from None
        History(self.history.layer_count, self.history.capacity).load_state_dict(state["history"])
        schedule = Schedule(self.schedule.spec, self.settings["learning_rate"])
        if state["schedule"] is None:  # a run saved before schedules: replay it to its epoch
            schedule.advance_to(counters["epoch"])
        else:
            schedule.load_state(state["schedule"])
        stopping = None
        if self.early_stopping is not None:
            stopping = EarlyStopping(**self.early_stopping.settings())
            if state["early_stopping"] is not None:
                stopping.load_state(state["early_stopping"], self.network.state())
        checkpoints = Checkpoints(state_bytes(self.network.state()))
        if state["checkpoints"] is not None:
            checkpoints.load_state_dict(state["checkpoints"], self.network.state())

        self.epoch = counters["epoch"]
        self.steps = counters["steps"]
        self.samples_seen = counters["samples_seen"]
        self.batch_index = counters["batch_index"]
        self.diverged = None
        self._shuffle_rng.bit_generator.state = shuffle.state
        self.optimizer.load_state(state["optimizer"])
        self.history.load_state_dict(state["history"])
        self._last_gradient_norms = tuple(float(x) for x in state["last_gradient_norms"])
        self._last_update_ratios = tuple(float(x) for x in state["last_update_ratios"])
        self.schedule = schedule
        self._last_rate = schedule.rate if state["last_rate"] is None else float(state["last_rate"])
        self.optimizer.learning_rate = schedule.rate
        self.early_stopping = stopping
        self.checkpoints = checkpoints
        if mid_epoch:  # the rest of the saved epoch, in its order and mini-batch size
            saved_size = self.settings["batch_size"]
            self.settings["batch_size"] = counters["epoch_batch_size"]
            try:
                self._begin_epoch(np.asarray(state["epoch_order"], dtype=np.int64))
            finally:
                self.settings["batch_size"] = saved_size
        with np.errstate(all="ignore"):
            self.last_metrics = self._measure()
        self._measured_at_step = self.steps
        self.measured_epoch = self.epoch


STATE_KEYS = (
    "epoch", "steps", "samples_seen", "batch_index", "epoch_order", "epoch_batch_size", "shuffle",
    "last_gradient_norms", "last_update_ratios", "optimizer", "history", "schedule", "last_rate", "early_stopping",
    "checkpoints",
)
"""``schedule``, ``last_rate``, ``early_stopping`` and ``checkpoints`` may be None (a run saved before them)."""


class EarlyStopping:
    """Watches the validation loss after each epoch; says when to stop.

    An epoch improves when its loss is more than ``min_delta`` below the best so far;
    ``patience`` epochs in a row without improvement stop training. The best epoch is
    the one with the lowest loss (an improvement smaller than ``min_delta`` still
    becomes the best, but does not reset the count), and its weights are kept
    (``best_state``, as :meth:`Network.state`) when they are to be restored.
    """

    def __init__(self, patience: int, min_delta: float, restore_best: bool) -> None:
        self.patience = int(patience)
        self.min_delta = float(min_delta)
        self.restore_best = bool(restore_best)
        self.best_loss = math.inf
        self.best_epoch: int | None = None
        self.bad_epochs = 0  # epochs in a row without an improvement
        self.stopped = False
        self.best_state: dict[str, np.ndarray] | None = None

    @classmethod
    def from_settings(cls, settings: Mapping | None, has_validation: bool) -> "EarlyStopping | None":
        if settings is None:
            return None
        if not has_validation:
            raise ExperimentError(QT_TRANSLATE_NOOP(
                "core", "training.early_stopping watches the loss on a validation split, but there are no validation rows; set data.validation_fraction above 0"))
        return cls(settings["patience"], settings["min_delta"], settings["restore_best"])

    def settings(self) -> dict:
        return {"patience": self.patience, "min_delta": self.min_delta, "restore_best": self.restore_best}

    def update(self, epoch: int, loss: float, network: Network) -> bool:
        """Take the validation loss after ``epoch`` epochs; return True to stop now."""
        if not math.isfinite(loss):
            self.bad_epochs += 1  # a NaN is never an improvement
        else:
            improved = loss < self.best_loss - self.min_delta
            if loss < self.best_loss:  # the lowest so far, by however little
                self.best_loss, self.best_epoch = loss, epoch
                if self.restore_best:
                    self.best_state = network.state()
            self.bad_epochs = 0 if improved else self.bad_epochs + 1
        self.stopped = self.bad_epochs >= self.patience
        return self.stopped

    def state(self) -> dict:
        """The counters, and the best weights (or None)."""
        return {
            "best_loss": None if math.isinf(self.best_loss) else float(self.best_loss),
            "best_epoch": self.best_epoch, "bad_epochs": int(self.bad_epochs), "stopped": bool(self.stopped),
            "best_state": None if self.best_state is None else {k: v.copy() for k, v in self.best_state.items()},
        }

    def load_state(self, state: Mapping, shapes: Mapping[str, np.ndarray]) -> None:
        """Continue from :meth:`state`; ``shapes``: a network state whose shapes the best weights must have."""
        best_loss, best_epoch, bad = state["best_loss"], state["best_epoch"], state["bad_epochs"]
        if best_loss is not None and (isinstance(best_loss, bool) or not isinstance(best_loss, (int, float))):
            raise ValueError(f"early stopping state: best_loss must be a number or None, got {best_loss!r}")
        for name, value in (("best_epoch", best_epoch), ("bad_epochs", bad)):
            if value is None and name == "best_epoch":
                continue
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 0:
                raise ValueError(f"early stopping state: {name} must be a whole number ≥ 0, got {value!r}")
        best_state = state["best_state"]
        if best_state is not None:
            if set(best_state) != set(shapes) or any(np.shape(best_state[k]) != shapes[k].shape for k in shapes):
                raise ValueError("early stopping state: the best weights do not fit this network")
            best_state = {k: np.array(v, dtype=shapes[k].dtype) for k, v in best_state.items()}
        self.best_loss = math.inf if best_loss is None else float(best_loss)
        self.best_epoch = None if best_epoch is None else int(best_epoch)
        self.bad_epochs = int(bad)
        self.stopped = bool(state["stopped"])
        self.best_state = best_state if self.restore_best else None


def _check_state(state: Mapping, layers: int) -> dict[str, int]:
    """The counters of a trainer state, after checking its keys, counters and per-layer arrays."""
    missing = [key for key in STATE_KEYS if key not in state]
    unexpected = [key for key in state if key not in STATE_KEYS]
    if missing or unexpected:
        raise ValueError(f"trainer state: missing keys {missing}, unexpected keys {unexpected}")
    counters = {}
    for key in ("epoch", "steps", "samples_seen", "batch_index", "epoch_batch_size"):
        value = state[key]
        if key == "epoch_batch_size" and value is None and not state["batch_index"]:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 0:
            raise ValueError(f"trainer state: {key} must be a whole number ≥ 0, got {value!r}")
        counters[key] = int(value)
    last_rate = state["last_rate"]
    if last_rate is not None and (isinstance(last_rate, bool) or not isinstance(last_rate, (int, float)) or not math.isfinite(last_rate)):
        raise ValueError(f"trainer state: last_rate must be a finite number, got {last_rate!r}")
    for key in ("last_gradient_norms", "last_update_ratios"):
        value = np.asarray(state[key])
        if value.dtype.kind != "f" or value.shape != (layers,):
            raise ValueError(f"trainer state: {key} must be {layers} floats, got {value.dtype} of shape {value.shape}")
    return counters
