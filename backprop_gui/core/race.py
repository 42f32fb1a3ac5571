"""A race of optimisers: two or three trainings from the same start, stepped together.

Each racer is a copy of one network (the same weights, batch norm statistics and
dropout generator), with its own :class:`Trainer` on the same data and the same
training settings except for what the racer changes (its optimiser, learning rate,
momentum …). The trainers shuffle with the same seed, so the racers see the same
mini-batches in the same order, and what differs between their paths is the optimiser
alone. A racer's numbers are those of a plain run with its settings.

The race keeps each racer's path through weight space: the parameters (a flat vector in
:meth:`Network.parameters` order) at the start and after every epoch, at most
``path_capacity`` of them (when full, every other point is let go, as
:class:`~.history.History` thins its curves).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from .landscape import parameter_vector
from .network import Layer, Network
from .trainer import Trainer, TrainingData

PATH_CAPACITY = 1024


def clone_network(network: Network) -> Network:
    """A network with its own copies of every parameter and buffer, and a dropout
    generator in the same state: it trains exactly as ``network`` would."""
    layers = []
    for layer in network.layers:
        copy = Layer(weights=layer.weights.copy(), bias=layer.bias.copy(), activation=layer.activation,
                     batch_norm=layer.batch_norm, dropout=layer.dropout)
        if layer.batch_norm:
            copy.gamma, copy.beta = layer.gamma.copy(), layer.beta.copy()
            copy.running_mean, copy.running_var = layer.running_mean.copy(), layer.running_var.copy()
        layers.append(copy)
    clone = Network(layers, dtype=network.dtype.name)
    clone.dropout_rng.bit_generator.state = network.dropout_rng.bit_generator.state
    return clone


class Racer:
    """One entrant: its settings, its network and trainer, and its path."""

    def __init__(self, network: Network, data: TrainingData, training: Mapping, changes: Mapping, capacity: int) -> None:
        self.changes = dict(changes)
        self.settings = {**training, **self.changes}
        self.network = network
        self.trainer = Trainer(network, data, self.settings)
        self.capacity = capacity
        self.path_epochs: list[int] = [0]
        self.path: list[np.ndarray] = [parameter_vector(network)]

    @property
    def finished(self) -> bool:
        return self.trainer.finished

    def step_epoch(self) -> None:
        self.trainer.step_epoch()
        if self.trainer.diverged is None:
            self.path_epochs.append(self.trainer.epoch)
            self.path.append(parameter_vector(self.network))
        if len(self.path) > self.capacity:
            # Keep the start, every other point after it, and always the newest.
            keep = list(range(0, len(self.path) - 1, 2)) + [len(self.path) - 1]
            self.path = [self.path[i] for i in keep]
            self.path_epochs = [self.path_epochs[i] for i in keep]

    def path_array(self) -> np.ndarray:
        """(points, P): the parameters at the start and after each kept epoch."""
        return np.stack(self.path)


class Race:
    """Racers from the same start on the same data; ``entries`` are each one's changes
    to ``training``, e.g. ``[{"optimizer": "sgd"}, {"optimizer": "adam", "learning_rate": 0.01}]``."""

    def __init__(self, network: Network, data: TrainingData, training: Mapping, entries: Sequence[Mapping],
                 path_capacity: int = PATH_CAPACITY) -> None:
        if not entries:
            raise ValueError("a race needs at least one entry")
        self.start = parameter_vector(network)
        self.racers = [Racer(clone_network(network), data, training, entry, path_capacity) for entry in entries]

    @property
    def epoch(self) -> int:
        """Epochs done by the racer that has done most."""
        return max(racer.trainer.epoch for racer in self.racers)

    @property
    def finished(self) -> bool:
        return all(racer.finished for racer in self.racers)

    def step_epoch(self) -> None:
        """One epoch for every racer still running (a diverged or finished one waits)."""
        for racer in self.racers:
            if not racer.finished:
                racer.step_epoch()

    def run(self, max_epochs: int, should_stop: Callable[[], bool] | None = None) -> None:
        """Up to ``max_epochs`` epochs each, stepped together; ``should_stop`` is asked between epochs."""
        for _ in range(max_epochs):
            if self.finished or (should_stop is not None and should_stop()):
                return
            self.step_epoch()

    def epochs_to_reach(self, level: float) -> list[int | None]:
        """For each racer, the first recorded epoch whose training loss is at most
        ``level`` (None if it has not got there)."""
        reached = []
        for racer in self.racers:
            history = racer.trainer.history.as_arrays()
            below = np.flatnonzero(np.asarray(history["train_loss"], dtype=float) <= level)
            reached.append(int(history["epoch"][below[0]]) if len(below) else None)
        return reached

    def leader(self, tolerance: float = 0.01) -> int | None:
        """The racer that first came within ``tolerance`` (a fraction) of the lowest
        training loss any racer has reached: the winner of the race to the valley floor
        (a lesson's prediction asks for it). Ties go to the earlier entry; None before any epoch."""
        lowest = min(float(np.nanmin(racer.trainer.history.as_arrays()["train_loss"])) for racer in self.racers)
        epochs = self.epochs_to_reach(lowest + tolerance * abs(lowest))
        finished = [(epoch, index) for index, epoch in enumerate(epochs) if epoch is not None]
        if self.epoch == 0 or not finished:
            return None
        return min(finished)[1]
