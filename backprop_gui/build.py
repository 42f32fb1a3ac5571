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
from .core.network import Network
from .core.trainer import Trainer, TrainingData, check_batch_for_batch_norm


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
    check_batch_for_batch_norm(experiment["network"]["batch_norm"], experiment["training"]["batch_size"], dataset.n_train)


def build_run(experiment: dict, base_dir: str | Path | None = None, dataset: datasets.Dataset | None = None) -> Run:
    """Load the data (unless given), build the network and its trainer."""
    if dataset is None:
        dataset = load_dataset(experiment, base_dir)
    check_compatible(experiment, dataset)
    network_section = experiment["network"]
    training = experiment["training"]
    dtype = training["dtype"]
    width = dataset.output_width(network_section["output_activation"])
    network = Network.from_config(network_section, dataset.input_dim, width, seed=training["seed"], dtype=dtype)
    classification = dataset.task == "classification"
    data = TrainingData(
        task=dataset.task,
        X_train=np.ascontiguousarray(dataset.X_train, dtype=dtype),
        Y_train=dataset.encode_targets(dataset.y_train, width, dtype),
        X_test=np.ascontiguousarray(dataset.X_test, dtype=dtype),
        Y_test=dataset.encode_targets(dataset.y_test, width, dtype),
        labels_train=dataset.y_train if classification else None,
        labels_test=dataset.y_test if classification else None,
    )
    return Run(experiment, dataset, network, Trainer(network, data, training))
