"""Rules that tie settings together when one of them is edited.

:func:`harmonise` keeps the loss, the output activation and the task in step after an
edit (cross-entropy needs softmax, a regression needs mean squared error...);
:func:`with_toy_dataset` switches the built-in data set. Both work on a plain experiment
``dict``; no Qt. (What a running trainer cannot take, a mini-batch of one sample with
batch norm, is the engine's own rule: ``core.trainer.check_batch_for_batch_norm``, which
building a run and ``Trainer.change_settings`` both apply.)
"""

from __future__ import annotations

from .settings import CLASS_RANGES, FEATURES, LOSS_NEEDS_OUTPUT, SINE_FEATURES

__all__ = ["harmonise", "with_toy_dataset"]

VALIDATION_FRACTION_FOR_STOPPING = 0.2
"""The validation split that turning early stopping on carves when there is none."""


def harmonise(experiment: dict, path: str, dataset_task: str | None = None, n_classes: int = 2) -> list[str]:
    """Adjust the settings that must follow an edit, in place; return what changed.

    Cross-entropy needs softmax and binary cross-entropy needs sigmoid, and the reverse;
    a regression data set needs mean squared error and a linear output. Returns the
    dotted paths that were changed as a consequence.
    """
    network, training = experiment["network"], experiment["training"]
    changed = []

    def put(section: dict, key: str, value, dotted: str) -> None:
        if section[key] != value:
            section[key] = value
            changed.append(dotted)

    if path == "training.loss":
        needed = LOSS_NEEDS_OUTPUT.get(training["loss"])
        if needed:
            put(network, "output_activation", needed, "network.output_activation")
        elif network["output_activation"] == "softmax" and dataset_task == "regression":
            put(network, "output_activation", "linear", "network.output_activation")
    elif path == "network.output_activation":
        output = network["output_activation"]
        if output == "softmax":
            put(training, "loss", "cross_entropy", "training.loss")
        elif output == "sigmoid" and training["loss"] == "cross_entropy":
            put(training, "loss", "binary_cross_entropy", "training.loss")
        elif output not in ("sigmoid", "softmax") and training["loss"] != "mse":
            put(training, "loss", "mse", "training.loss")
    elif path.startswith("data.") and dataset_task is not None:
        if dataset_task == "regression" and training["loss"] != "mse":
            put(training, "loss", "mse", "training.loss")
            put(network, "output_activation", "linear", "network.output_activation")
        elif dataset_task == "classification" and training["loss"] == "mse" and network["output_activation"] == "linear":
            multi = n_classes > 2
            put(training, "loss", "cross_entropy" if multi else "binary_cross_entropy", "training.loss")
            put(network, "output_activation", "softmax" if multi else "sigmoid", "network.output_activation")
        elif dataset_task == "classification" and n_classes > 2 and training["loss"] == "binary_cross_entropy":
            put(training, "loss", "cross_entropy", "training.loss")
            put(network, "output_activation", "softmax", "network.output_activation")
    # Early stopping watches a validation split: turning it on carves one, and taking the
    # split away turns it off (rather than refusing either edit).
    data = experiment["data"]
    if path == "training.early_stopping" and training["early_stopping"] is not None and not data["validation_fraction"]:
        put(data, "validation_fraction", VALIDATION_FRACTION_FOR_STOPPING, "data.validation_fraction")
    elif path == "data.validation_fraction" and not data["validation_fraction"] and training["early_stopping"] is not None:
        put(training, "early_stopping", None, "training.early_stopping")
    return changed


def with_toy_dataset(data: dict, name: str) -> None:
    """Switch a built-in ``data`` section to the data set ``name``, in place: it takes
    that set's default number of classes (or none), and keeps the input features the
    set has (``sine`` has only x₁), falling back to the set's default features."""
    data["name"] = name
    if name in CLASS_RANGES:
        data.setdefault("classes", CLASS_RANGES[name][2])
    else:
        data.pop("classes", None)
    allowed = SINE_FEATURES if name == "sine" else FEATURES
    data["features"] = [f for f in data["features"] if f in allowed] or (["x1"] if name == "sine" else ["x1", "x2"])
