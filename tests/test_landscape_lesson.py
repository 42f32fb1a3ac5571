"""Lesson 12's presets show what its text says, on the true (w, b) surface of one neuron."""

from pathlib import Path

import numpy as np

from backprop_gui.build import build_run
from backprop_gui.core import landscape
from backprop_gui.core.race import Race
from backprop_gui.schema import experiment

PRESETS = Path(__file__).resolve().parents[1] / "resources" / "lessons" / "presets"


def _path(name, epochs=100):
    run = build_run(experiment.load(PRESETS / f"{name}.json"))
    path, losses = [landscape.parameter_vector(run.network)], []
    for _ in range(epochs):
        run.trainer.step_epoch()
        path.append(landscape.parameter_vector(run.network))
        losses.append(run.trainer.last_metrics.train_loss)
    return run, np.array(path), np.array(losses)


def test_the_presets_are_one_neuron_with_one_input_so_the_landscape_is_w_and_b():
    for name in ("12_lr_small", "12_lr_right", "12_lr_too_large", "12_race"):
        run = build_run(experiment.load(PRESETS / f"{name}.json"))
        assert run.network.parameter_count() == 2 and run.trainer.batches_per_epoch == 1  # full batch: a clean path


def test_small_creeps_right_settles_too_large_bounces():
    _run, right, right_losses = _path("12_lr_right")
    minimum = right[-1]
    assert np.linalg.norm(right[20] - minimum) < 0.01  # at the bottom within 20 epochs, and stays
    _run, small, small_losses = _path("12_lr_small")
    assert np.linalg.norm(small[-1] - small[0]) < 0.5 * np.linalg.norm(minimum - small[0])  # crept less than half of the way
    assert small_losses[-1] > right_losses[-1] + 0.005
    _run, large, large_losses = _path("12_lr_too_large")
    steps = np.diff(large[-10:, 0])
    assert (steps[:-1] * steps[1:] < 0).all()  # w jumps back and forth across the valley to the end
    assert large_losses[-10:].min() > right_losses[-1] + 0.003  # and never reaches the bottom


def test_in_the_race_adam_steps_diagonally_and_momentum_overshoots():
    preset = experiment.load(PRESETS / "12_race.json")
    run = build_run(preset)
    race = Race(run.network, run.trainer.data, preset["training"],
                [{"optimizer": "sgd"}, {"optimizer": "momentum"}, {"optimizer": "adam"}])
    race.run(100)
    sgd, momentum, adam = (racer.path_array() for racer in race.racers)
    first = np.abs(adam[1] - adam[0])
    assert np.allclose(first, preset["training"]["learning_rate"], rtol=1e-3)  # Adam's first step: η in w and in b alike
    assert np.abs(sgd[1] - sgd[0])[1] < 0.5 * first[1]
    final_b = momentum[-1, 1]
    assert momentum[:, 1].max() > final_b + 0.005  # momentum swings past the bottom and back
    for path in (sgd, momentum, adam):
        assert np.linalg.norm(path[-1] - adam[-1]) < 0.2  # all three head for the same valley floor
