"""The race of optimisers: same start, same data, and each racer equal to a plain run."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from backprop_gui.build import build_run
from backprop_gui.core import landscape
from backprop_gui.core.race import Race, clone_network
from backprop_gui.schema.experiment import default_experiment

ENTRIES = [
    {"optimizer": "sgd", "learning_rate": 0.1},
    {"optimizer": "momentum", "learning_rate": 0.05, "momentum": 0.9},
    {"optimizer": "adam", "learning_rate": 0.01},
]


def _experiment(**network):
    experiment = default_experiment()
    experiment["data"].update({"name": "circle", "samples": 120})
    experiment["network"]["hidden"] = [{"units": 4, "activation": "tanh"}, {"units": 2, "activation": "tanh"}]
    experiment["network"].update(network)
    experiment["training"].update({"batch_size": 10, "epochs": 50})
    return experiment


@pytest.mark.parametrize("network", [{}, {"batch_norm": True, "dropout": 0.2}])
def test_racers_start_equal_and_match_plain_runs(network):
    experiment = _experiment(**network)
    run = build_run(experiment)
    race = Race(run.network, run.trainer.data, experiment["training"], ENTRIES)
    starts = [racer.path_array()[0] for racer in race.racers]
    for start in starts:
        np.testing.assert_array_equal(start, race.start)  # identical initial weights
    for racer in race.racers:
        assert racer.network is not run.network
        np.testing.assert_array_equal(racer.network.state()["layer1.bias"], run.network.state()["layer1.bias"])
    race.run(4)
    assert race.epoch == 4
    for entry, racer in zip(ENTRIES, race.racers):
        plain_experiment = copy.deepcopy(experiment)
        plain_experiment["training"].update(entry)
        plain = build_run(plain_experiment)
        plain.trainer.run(max_epochs=4)
        for name, value in plain.network.state().items():
            np.testing.assert_array_equal(racer.network.state()[name], value, err_msg=name)
        ours, theirs = racer.trainer.history.as_arrays(), plain.trainer.history.as_arrays()
        np.testing.assert_array_equal(ours["train_loss"], theirs["train_loss"])
        assert racer.path_epochs == [0, 1, 2, 3, 4]
        np.testing.assert_array_equal(racer.path_array()[-1], landscape.parameter_vector(plain.network))
    # Different optimisers really went different ways.
    assert not np.allclose(race.racers[0].path[-1], race.racers[2].path[-1])


def test_clone_is_independent():
    run = build_run(_experiment())
    clone = clone_network(run.network)
    clone.flat_parameters += 1.0
    assert not np.array_equal(clone.flat_parameters, run.network.flat_parameters)
    assert clone.parameter_count() == run.network.parameter_count()


def test_path_is_bounded_and_keeps_the_ends():
    experiment = _experiment()
    run = build_run(experiment)
    race = Race(run.network, run.trainer.data, experiment["training"], ENTRIES[:1], path_capacity=8)
    race.run(20)
    racer = race.racers[0]
    assert len(racer.path) <= 8
    assert racer.path_epochs[0] == 0 and racer.path_epochs[-1] == 20
    assert racer.path_epochs == sorted(racer.path_epochs)
    np.testing.assert_array_equal(racer.path[0], race.start)


def test_a_diverging_racer_stops_and_the_others_go_on():
    experiment = default_experiment()
    experiment["data"].update(name="sine", features=["x1"], classes=None)
    experiment["network"].update(hidden=[{"units": 8, "activation": "linear"}] * 2, output_activation="linear")
    experiment["training"]["loss"] = "mse"
    run = build_run(experiment)
    race = Race(run.network, run.trainer.data, experiment["training"],
                [{"optimizer": "sgd", "learning_rate": 50.0}, {"optimizer": "adam", "learning_rate": 0.01}])
    race.run(5)
    assert race.racers[0].trainer.diverged is not None
    assert race.racers[0].trainer.epoch == 0 and race.racers[1].trainer.epoch == 5
    assert np.isfinite(race.racers[0].path_array()).all()


def test_the_leader_is_the_first_to_the_valley_floor():
    experiment = _experiment()
    run = build_run(experiment)
    race = Race(run.network, run.trainer.data, experiment["training"],
                [{"optimizer": "sgd", "learning_rate": 0.001}, {"optimizer": "adam", "learning_rate": 0.05}])
    assert race.leader() is None
    race.run(30)
    assert race.leader() == 1  # Adam, not the crawling SGD
    sgd_reach, adam_reach = race.epochs_to_reach(race.racers[1].trainer.last_metrics.train_loss)
    assert sgd_reach is None and adam_reach is not None and adam_reach <= 30
