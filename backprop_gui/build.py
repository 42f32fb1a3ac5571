"""From a validated experiment to the objects that train: data, network, trainer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .data import datasets
from .schema import experiment as experiment_module
from .data.csvdata import load_csv
from .core.errors import ExperimentError, QT_TRANSLATE_NOOP
from .core.losses import REQUIRED_OUTPUT
from .core import memory
from .core.network import Network
from .core.trainer import METRICS_SAMPLE, Trainer, TrainingData, check_batch_for_batch_norm


@dataclass(eq=False)
class Run:
    """One experiment made ready: its settings, data, network and trainer."""

    experiment: dict
    dataset: datasets.Dataset
    network: Network
    trainer: Trainer


def load_dataset(experiment: dict, base_dir: str | Path | None = None) -> datasets.Dataset:
    """The data set an experiment's ``data`` section describes."""
    data = experiment["data"]
    if data["source"] == "builtin":
        return datasets.load_toy(
            data["name"], samples=data["samples"], noise=data["noise"], test_fraction=data["test_fraction"],
            features=tuple(data["features"]), seed=data["seed"], classes=data.get("classes"),
        )
    path = experiment_module.resolve_data_path(experiment, base_dir)
    return load_csv(
        path, target=data["target"], features=data.get("features"), task=data.get("task"),
        test_fraction=data["test_fraction"], standardize=data["standardize"], seed=data["seed"],
        drop_missing=data.get("drop_missing", False), delimiter=data.get("delimiter"), header=data.get("header"),
    )


def check_compatible(experiment: dict, dataset: datasets.Dataset) -> None:
    """The checks that need both the settings and the data."""
    loss = experiment["training"]["loss"]
    output = experiment["network"]["output_activation"]
    if dataset.task == "regression" and loss in REQUIRED_OUTPUT:
        raise ExperimentError(
            QT_TRANSLATE_NOOP("core", "training.loss {loss} is for classification, but the data set {name} is a regression task; use mse"),
            loss=loss, name=dataset.name,
        )
    if dataset.task == "regression" and output == "softmax":
        raise ExperimentError(
            QT_TRANSLATE_NOOP("core", "network.output_activation softmax is for classification, but the data set {name} is a regression task; use linear"),
            name=dataset.name,
        )
    fit_rows, _ = validation_split(dataset.n_train, experiment["data"]["validation_fraction"], experiment["data"]["seed"])
    check_batch_for_batch_norm(experiment["network"]["batch_norm"], experiment["training"]["batch_size"], len(fit_rows))


_T_VALIDATION_TOO_LARGE = QT_TRANSLATE_NOOP(
    "core",
    "data.validation_fraction {fraction} would leave no training rows of the {rows}; make it smaller, or give the data more rows",
)


def validation_split(n_train: int, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The training rows that train and those kept aside for validation, both sorted.

    ``round(fraction · n_train)`` rows (at least one when ``fraction`` > 0), drawn at
    random from the training rows only, with a generator of the data seed: the same
    experiment always carves the same split, and the test rows are never touched.
    """
    if fraction <= 0:
        return np.arange(n_train), np.arange(0)
    count = max(1, round(fraction * n_train))
    if count >= n_train:
        raise ExperimentError(_T_VALIDATION_TOO_LARGE, field="data.validation_fraction", fraction=fraction, rows=n_train)
    chosen = np.random.default_rng([int(seed), 5]).permutation(n_train)[:count]
    keep = np.ones(n_train, dtype=bool)
    keep[chosen] = False
    return np.flatnonzero(keep), np.sort(chosen)


_T_TOO_MUCH_MEMORY = QT_TRANSLATE_NOOP(
    "core",
    "this experiment would need about {needed} MB of memory (the network {weights} MB, the data and a mini-batch {batch} MB), but only {available} MB is free; use fewer or smaller hidden layers, or a smaller batch size",
)
_T_RUN_TOO_LARGE = QT_TRANSLATE_NOOP(
    "core",
    "this network has {parameters} parameters: with its optimiser's memory a saved run would take about {size} MB, more than the {limit} MB a run file may hold; use fewer or smaller hidden layers",
)
DISPLAY_ROWS = 100 * 100
"""Rows the window pushes through the network at once: the decision map's 100 × 100 grid."""


def check_memory(experiment: dict, dataset: datasets.Dataset) -> None:
    """Refuse, before anything is allocated, a network that could not be saved or whose
    training would not fit the machine's free memory (see core/memory.py)."""
    network_section, training = experiment["network"], experiment["training"]
    sizes = [dataset.input_dim] + [int(h["units"]) for h in network_section["hidden"]]
    sizes.append(dataset.output_width(network_section["output_activation"]))
    batch_norm = bool(network_section["batch_norm"])
    stopping = training.get("early_stopping")
    saved = memory.run_file_bytes(sizes, dtype=training["dtype"], optimizer=training["optimizer"],
                                  batch_norm=batch_norm, n_train=dataset.n_train,
                                  best_weights=bool(stopping and stopping["restore_best"]))
    if saved > memory.MAX_RUN_FILE_BYTES:
        raise ExperimentError(_T_RUN_TOO_LARGE, parameters=memory.parameter_count(sizes, batch_norm)[0],
                              size=memory.megabytes(saved), limit=memory.MAX_RUN_FILE_BYTES // 1_000_000)
    common = dict(dtype=training["dtype"], optimizer=training["optimizer"], batch_norm=batch_norm,
                  dropout=float(network_section["dropout"]))
    eval_rows = max(DISPLAY_ROWS, min(dataset.n_train, METRICS_SAMPLE), min(dataset.n_test, METRICS_SAMPLE))
    needed = memory.estimate_bytes(sizes, batch_size=training["batch_size"], n_train=dataset.n_train,
                                   n_test=dataset.n_test, eval_rows=eval_rows, **common)
    available = memory.available_bytes()
    if needed > available:
        # The two parts a user can change: the network's size and the batch's.
        without_batch = memory.estimate_bytes(sizes, batch_size=1, n_train=1, n_test=0, eval_rows=1, **common)
        raise ExperimentError(_T_TOO_MUCH_MEMORY, needed=memory.megabytes(needed),
                              weights=memory.megabytes(without_batch - memory.BASE_BYTES),
                              batch=memory.megabytes(max(0, needed - without_batch)),
                              available=available // 1_000_000)


def build_run(experiment: dict, base_dir: str | Path | None = None, dataset: datasets.Dataset | None = None) -> Run:
    """Load the data (unless given), build the network and its trainer."""
    if dataset is None:
        dataset = load_dataset(experiment, base_dir)
    check_compatible(experiment, dataset)
    check_memory(experiment, dataset)
    network_section = experiment["network"]
    training = experiment["training"]
    dtype = training["dtype"]
    width = dataset.output_width(network_section["output_activation"])
    network = Network.from_config(network_section, dataset.input_dim, width, seed=training["seed"], dtype=dtype)
    classification = dataset.task == "classification"
    fit, held = validation_split(dataset.n_train, experiment["data"]["validation_fraction"], experiment["data"]["seed"])
    X_train, y_train = dataset.X_train, dataset.y_train
    validation = {}
    if len(held):
        validation = dict(
            X_validation=np.ascontiguousarray(X_train[held], dtype=dtype),
            Y_validation=dataset.encode_targets(y_train[held], width, dtype),
            labels_validation=y_train[held] if classification else None,
        )
        X_train, y_train = X_train[fit], y_train[fit]
    data = TrainingData(
        task=dataset.task,
        X_train=np.ascontiguousarray(X_train, dtype=dtype),
        Y_train=dataset.encode_targets(y_train, width, dtype),
        X_test=np.ascontiguousarray(dataset.X_test, dtype=dtype),
        Y_test=dataset.encode_targets(dataset.y_test, width, dtype),
        labels_train=y_train if classification else None,
        labels_test=dataset.y_test if classification else None,
        **validation,
    )
    return Run(experiment, dataset, network, Trainer(network, data, training))
