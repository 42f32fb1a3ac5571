"""From a validated experiment to the objects that train: data, network, trainer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import datasets, experiment as experiment_module
from .csvdata import load_csv
from .errors import ExperimentError, QT_TRANSLATE_NOOP
from .losses import REQUIRED_OUTPUT
from .network import Network
from .trainer import Trainer, TrainingData


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


def output_width(dataset: datasets.Dataset, output_activation: str) -> int:
    """The output layer's width follows the data: one unit for two classes with a
    sigmoid (or any non-softmax) output, one unit per class otherwise, one unit per
    target for regression."""
    if dataset.task == "regression":
        return len(dataset.target_names) or 1
    if dataset.n_classes == 2 and output_activation != "softmax":
        return 1
    return dataset.n_classes


def encode_targets(dataset: datasets.Dataset, labels_or_values: np.ndarray, width: int, dtype) -> np.ndarray:
    """Targets as the loss needs them: 0/1 in one column, one-hot rows, or the values."""
    if dataset.task == "regression":
        values = np.asarray(labels_or_values, dtype=dtype)
        return values.reshape(len(values), -1)
    labels = np.asarray(labels_or_values)
    if width == 1:
        return labels.astype(dtype).reshape(-1, 1)
    return np.eye(width, dtype=dtype)[labels]


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
    if experiment["network"]["batch_norm"] and min(experiment["training"]["batch_size"], dataset.n_train) < 2:
        raise ExperimentError(
            QT_TRANSLATE_NOOP("core", "batch normalization needs at least 2 samples per mini-batch; set training.batch_size to 2 or more"),
        )


def build_run(experiment: dict, base_dir: str | Path | None = None, dataset: datasets.Dataset | None = None) -> Run:
    """Load the data (unless given), build the network and its trainer."""
    if dataset is None:
        dataset = load_dataset(experiment, base_dir)
    check_compatible(experiment, dataset)
    network_section = experiment["network"]
    training = experiment["training"]
    dtype = training["dtype"]
    width = output_width(dataset, network_section["output_activation"])
    network = Network.from_config(network_section, dataset.input_dim, width, seed=training["seed"], dtype=dtype)
    classification = dataset.task == "classification"
    data = TrainingData(
        task=dataset.task,
        X_train=np.ascontiguousarray(dataset.X_train, dtype=dtype),
        Y_train=encode_targets(dataset, dataset.y_train, width, dtype),
        X_test=np.ascontiguousarray(dataset.X_test, dtype=dtype),
        Y_test=encode_targets(dataset, dataset.y_test, width, dtype),
        labels_train=dataset.y_train if classification else None,
        labels_test=dataset.y_test if classification else None,
    )
    return Run(experiment, dataset, network, Trainer(network, data, training))
