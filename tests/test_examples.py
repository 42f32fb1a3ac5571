"""The shipped example experiments load, train and reach what they promise."""

from pathlib import Path

import pytest

from backprop_gui.build import build_run
from backprop_gui.schema import experiment

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "resources" / "experiments").glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_builds_and_trains_a_few_epochs(path):
    run = build_run(experiment.load(path), base_dir=path.parent)
    before = run.trainer.last_metrics.train_loss
    run.trainer.run(max_epochs=20)
    assert run.trainer.diverged is None
    assert run.trainer.last_metrics.train_loss < before


@pytest.mark.parametrize("name", ["xor", "spiral"])
def test_xor_and_spiral_are_learned_to_95_percent(name):
    path = EXAMPLES[0].parent / f"{name}.json"
    run = build_run(experiment.load(path), base_dir=path.parent)
    assert run.trainer.run() == "max_epochs"
    assert run.trainer.last_metrics.test_accuracy >= 0.95


def test_huge_learning_rate_is_caught_as_divergence():
    doc = experiment.load(EXAMPLES[0].parent / "spiral.json")
    doc["training"].update(learning_rate=100.0, optimizer="momentum", loss="mse")
    doc["network"]["output_activation"] = "linear"
    for layer in doc["network"]["hidden"]:
        layer["activation"] = "relu"
    run = build_run(doc)
    assert run.trainer.run() == "diverged"
    assert "try a smaller learning rate" in str(run.trainer.diverged)


def test_loss_that_does_not_fit_the_task_is_explained():
    doc = experiment.load(EXAMPLES[0].parent / "plane.json")
    doc["training"]["loss"] = "binary_cross_entropy"
    doc["network"]["output_activation"] = "sigmoid"
    with pytest.raises(experiment.ExperimentError, match="regression task; use mse"):
        build_run(doc)
