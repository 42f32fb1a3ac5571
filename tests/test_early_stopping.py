"""The validation split, early stopping, schedules in training, and both in run files."""

from __future__ import annotations

import copy
import io
import json
import zipfile

import numpy as np
import pytest

from backprop_gui import build
from backprop_gui.cli import main as cli_main
from backprop_gui.core import schedules
from backprop_gui.core.errors import ExperimentError
from backprop_gui.core.trainer import EarlyStopping
from backprop_gui.io import runformat
from backprop_gui.io.run_reader import load_run, read_run
from backprop_gui.io.run_writer import save_run
from backprop_gui.schema import experiment

STOPPING = {"patience": 4, "min_delta": 0.0, "restore_best": True}


def toy(schedule=None, stopping=None, validation=0.0, epochs=300, **training) -> dict:
    """Small circle data that a wide network overfits: the validation loss turns up."""
    return experiment.validate({
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "builtin", "name": "circle", "samples": 80, "noise": 0.35, "test_fraction": 0.5,
                 "validation_fraction": validation, "seed": 0},
        "network": {"hidden": [{"units": 16, "activation": "relu"}, {"units": 16, "activation": "relu"}]},
        "training": {"optimizer": "adam", "learning_rate": 0.01, "batch_size": 10, "epochs": epochs, "seed": 1,
                     "schedule": schedule or {"kind": "constant"}, "early_stopping": stopping, **training},
    })  # fmt: skip


def same_weights(a, b) -> bool:
    return all(np.array_equal(value, b.network.state()[name]) for name, value in a.network.state().items())


# --------------------------------------------------------------------------- the validation split


def test_the_validation_split_comes_from_the_training_rows_only_and_is_the_same_each_time():
    plain = build.build_run(toy())
    held = build.build_run(toy(validation=0.25))
    again = build.build_run(toy(validation=0.25))
    d, p = held.trainer.data, plain.trainer.data
    n = len(p.X_train)
    assert len(d.X_validation) == round(0.25 * n) and len(d.X_train) == n - round(0.25 * n)
    np.testing.assert_array_equal(d.X_test, p.X_test)  # the test rows are untouched
    rows = {tuple(row) for row in p.X_train}
    assert {tuple(row) for row in d.X_validation} | {tuple(row) for row in d.X_train} == rows
    assert not {tuple(row) for row in d.X_validation} & {tuple(row) for row in d.X_train}
    np.testing.assert_array_equal(d.X_validation, again.trainer.data.X_validation)
    np.testing.assert_array_equal(d.labels_validation, again.trainer.data.labels_validation)
    assert p.X_validation is None and not p.has_validation


def test_the_split_depends_on_the_data_seed():
    a = build.validation_split(100, 0.2, 0)
    b = build.validation_split(100, 0.2, 1)
    assert len(a[1]) == 20 and not np.array_equal(a[1], b[1])
    assert build.validation_split(3, 0.5, 0)[1].size == 2 - 0  # round(1.5) = 2, one row still trains
    with pytest.raises(ExperimentError, match="validation_fraction") as info:
        build.validation_split(1, 0.5, 0)
    assert "\n" not in str(info.value)


# --------------------------------------------------------------------------- early stopping


def test_the_rule_patience_and_min_delta():
    class Net:
        def state(self):
            return {}

    stopping = EarlyStopping(patience=2, min_delta=0.1, restore_best=False)
    said = [stopping.update(epoch, loss, Net()) for epoch, loss in enumerate([1.0, 0.8, 0.75, 0.74, 0.5, 0.45, 0.6], start=1)]
    # 0.75 and 0.74 improve by less than 0.1: the count goes on, but 0.74 is the best so far
    assert said == [False, False, False, True, False, False, True]
    assert stopping.best_epoch == 6 and stopping.best_loss == 0.45  # the lowest, whatever min_delta
    nan = EarlyStopping(patience=1, min_delta=0.0, restore_best=False)
    assert nan.update(1, float("nan"), Net()) and nan.best_epoch is None


def test_early_stopping_stops_and_puts_back_the_best_weights():
    run = build.build_run(toy(stopping=STOPPING, validation=0.25))
    assert run.trainer.run() == "early_stopping"
    stopping = run.trainer.early_stopping
    best = stopping.best_epoch
    assert 1 <= best and run.trainer.epoch == best + 4 < 300 and stopping.bad_epochs == 4
    history = run.trainer.history.as_arrays()
    measured = dict(zip(history["epoch"].tolist(), history["validation_loss"].tolist()))
    assert measured[best] == min(v for e, v in measured.items() if e >= 1)  # recorded every epoch here
    assert np.isnan(history["validation_loss"]).sum() == 0
    # the weights put back give the best validation loss again
    assert run.trainer.last_metrics.validation_loss == stopping.best_loss
    assert run.trainer.snapshot().stop_reason == "early_stopping" and run.trainer.snapshot().best_epoch == best

    # a plain run of best_epoch epochs (same split, no early stopping) gives exactly these weights
    plain = build.build_run(toy(validation=0.25, epochs=best))
    assert plain.trainer.run() == "max_epochs"
    assert same_weights(run, plain)


def test_a_large_validation_split_is_measured_on_a_fixed_sample():
    from backprop_gui.core import losses
    from backprop_gui.core.trainer import Trainer

    run = build.build_run(toy(stopping=STOPPING, validation=0.25))
    data = run.trainer.data
    small = Trainer(run.network, data, run.experiment["training"], metrics_sample=4)
    rows = small._validation_eval
    assert rows is not None and len(rows) == 4 and len(data.X_validation) > 4
    logits, outputs = run.network.logits_and_outputs(data.X_validation[rows])
    assert small.last_metrics.validation_loss == losses.value("binary_cross_entropy", logits, outputs, data.Y_validation[rows])
    assert Trainer(run.network, data, run.experiment["training"])._validation_eval is None  # all rows when few


def test_without_restore_best_the_last_weights_stay():
    run = build.build_run(toy(stopping={**STOPPING, "restore_best": False}, validation=0.25))
    assert run.trainer.run() == "early_stopping"
    plain = build.build_run(toy(validation=0.25, epochs=run.trainer.epoch))
    plain.trainer.run()
    assert same_weights(run, plain)


def test_train_json_reports_the_stop_and_the_best_epoch(tmp_path, capsys):
    path = tmp_path / "stop.json"
    experiment.save(toy(stopping=STOPPING, validation=0.25), path)
    assert cli_main(["train", str(path), "--json", "--save", str(tmp_path / "stopped.bpexp")]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["stop_reason"] == "early_stopping" and result["best_epoch"] >= 1
    assert result["epochs"] == result["best_epoch"] + STOPPING["patience"]
    plain_path = tmp_path / "plain.json"
    experiment.save(toy(validation=0.25, epochs=result["best_epoch"]), plain_path)
    assert cli_main(["train", str(plain_path), "--json", "--save", str(tmp_path / "plain.bpexp")]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert plain["stop_reason"] == "max_epochs" and plain["best_epoch"] is None
    assert plain["test_loss"] == result["test_loss"] and plain["train_loss"] == result["train_loss"]
    stopped, again = read_run(tmp_path / "stopped.bpexp"), read_run(tmp_path / "plain.bpexp")
    for name, value in stopped.network.state().items():
        np.testing.assert_array_equal(value, again.network.state()[name], err_msg=name)


# --------------------------------------------------------------------------- schedules in training


@pytest.mark.parametrize("schedule", [
    {"kind": "step", "step_size": 3, "gamma": 0.5},
    {"kind": "exponential", "gamma": 0.9},
    {"kind": "cosine", "t_max": 7, "eta_min": 0.001},
    {"kind": "cyclic", "base_lr": 0.001, "max_lr": 0.02, "step_size_up": 4},
], ids=lambda s: s["kind"])
def test_the_trainer_uses_and_records_the_schedules_rate_each_epoch(schedule):
    run = build.build_run(toy(schedule=schedule, epochs=20, batch_size=1000))
    expected = schedules.rates(schedule, 0.01, 21)
    for epoch in range(20):
        assert run.trainer.optimizer.learning_rate == expected[epoch] == run.trainer.snapshot().learning_rate
        run.trainer.step_epoch()
    history = run.trainer.history.as_arrays()
    assert history["epoch"].tolist() == list(range(21))
    assert history["learning_rate"].tolist() == [expected[0]] + expected[:20]  # the rate each epoch trained with


def test_a_live_learning_rate_change_moves_the_schedules_base():
    run = build.build_run(toy(schedule={"kind": "exponential", "gamma": 0.5}, epochs=20))
    for _ in range(3):
        run.trainer.step_epoch()
    schedule = run.trainer.schedule
    run.trainer.change_settings(learning_rate=0.01, momentum=0.5)  # the window hands over every live setting
    run.trainer.step_batch()
    assert run.trainer.schedule is schedule  # the same rate: nothing to replay
    run.trainer.change_settings(learning_rate=0.08)
    run.trainer.step_batch()
    assert run.trainer.optimizer.learning_rate == 0.08 * 0.5 * 0.5 * 0.5


# --------------------------------------------------------------------------- saved runs continue exactly


@pytest.mark.parametrize(("schedule", "stopping"), [
    ({"kind": "cosine", "t_max": 9, "eta_min": 0.0005}, None),
    ({"kind": "step", "step_size": 2, "gamma": 0.7}, STOPPING),
    ({"kind": "cyclic", "base_lr": 0.002, "max_lr": 0.03, "step_size_up": 3}, {**STOPPING, "min_delta": 0.001}),
], ids=["cosine", "step+stopping", "cyclic+stopping"])
def test_a_saved_run_continues_exactly(tmp_path, schedule, stopping):
    doc = toy(schedule=schedule, stopping=stopping, validation=0.25 if stopping else 0.0, epochs=40)
    whole = build.build_run(copy.deepcopy(doc))
    whole_reason = whole.trainer.run()
    part = build.build_run(copy.deepcopy(doc))
    part.trainer.run(max_epochs=5)
    part.trainer.step_batch()  # in the middle of an epoch
    save_run(tmp_path / "part.bpexp", part)
    resumed = load_run(tmp_path / "part.bpexp")
    assert resumed.trainer.optimizer.learning_rate == part.trainer.optimizer.learning_rate
    assert resumed.trainer.run() == whole_reason
    assert resumed.trainer.epoch == whole.trainer.epoch
    assert same_weights(whole, resumed)
    a, b = whole.trainer.history.as_arrays(), resumed.trainer.history.as_arrays()
    for name in ("learning_rate", "validation_loss", "epoch"):
        np.testing.assert_array_equal(a[name], b[name], err_msg=name)
    if stopping:
        assert resumed.trainer.early_stopping.best_epoch == whole.trainer.early_stopping.best_epoch
        # saved once stopped: it stays stopped, with the best weights
        save_run(tmp_path / "done.bpexp", resumed)
        done = load_run(tmp_path / "done.bpexp")
        assert done.trainer.stop_reason() == "early_stopping" and same_weights(done, whole)


def test_a_version_1_run_file_still_opens_and_continues(tmp_path):
    doc = toy(epochs=30)
    whole = build.build_run(copy.deepcopy(doc))
    whole.trainer.run(max_epochs=12)
    part = build.build_run(copy.deepcopy(doc))
    part.trainer.run(max_epochs=8)
    save_run(tmp_path / "new.bpexp", part)
    # the same file as version 1 wrote it: no schedule, validation curve nor early stopping
    with zipfile.ZipFile(tmp_path / "new.bpexp") as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest = json.loads(members["manifest.json"])
    manifest["version"] = 1
    for key in ("schedule", "last_rate", "early_stopping"):
        del manifest["trainer"][key]
    for name in ("history/validation_loss", "history/learning_rate"):
        del manifest["arrays"][name]
        del members[name + ".npy"]
    del manifest["checkpoints"]  # nor the timeline's checkpoints
    for name in [name for name in manifest["arrays"] if name.startswith("checkpoints/")]:
        del manifest["arrays"][name]
        del members[name + ".npy"]
    members["manifest.json"] = json.dumps(manifest).encode()
    text = json.loads(members["experiment.json"])
    del text["data"]["validation_fraction"], text["training"]["schedule"], text["training"]["early_stopping"]
    members["experiment.json"] = json.dumps(text).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    (tmp_path / "old.bpexp").write_bytes(buffer.getvalue())
    saved = read_run(tmp_path / "old.bpexp")
    assert np.isnan(saved.history["learning_rate"]).all() and saved.schedule_state is None
    resumed = load_run(tmp_path / "old.bpexp")
    resumed.trainer.run(max_epochs=4)
    assert same_weights(whole, resumed)
    assert runformat.VERSION == 2


# --------------------------------------------------------------------------- the format's messages


@pytest.mark.parametrize(("training", "data", "words"), [
    ({"schedule": {"kind": "step", "step_size": 0}}, {}, "training.schedule.step_size must be a whole number ≥ 1, got 0"),
    ({"schedule": {"kind": "exponential", "gamma": 1.5}}, {}, "training.schedule.gamma must be a number > 0 and ≤ 1, got 1.5"),
    ({"schedule": {"kind": "cosine", "gamma": 0.5}}, {}, "training.schedule.gamma is not used when the kind is cosine"),
    ({"schedule": {"kind": "warmup"}}, {}, "training.schedule.kind must be one of constant, step, exponential, cosine, cyclic"),
    ({"schedule": {"gamma": 0.5}}, {}, "training.schedule.kind is missing"),
    ({"schedule": "cosine"}, {}, "training.schedule must be an object"),
    ({"schedule": {"kind": "cyclic", "base_lr": 0.1, "max_lr": 0.01}}, {}, "training.schedule.max_lr must be at least"),
    ({"schedule": {"kind": "cosine", "t_max": 10, "eta_min": -1}}, {}, "training.schedule.eta_min must be a number"),
    ({"early_stopping": {"patience": 3}}, {}, "data.validation_fraction is 0"),
    ({"early_stopping": {"patience": 0}}, {"validation_fraction": 0.2}, "training.early_stopping.patience must be a whole number ≥ 1"),
    ({"early_stopping": {"min_delta": -0.1}}, {"validation_fraction": 0.2}, "training.early_stopping.min_delta must be a number"),
    ({"early_stopping": {"restore_best": "yes"}}, {"validation_fraction": 0.2}, "training.early_stopping.restore_best must be true or false"),
    ({"early_stopping": {"patience": 3, "wait": 2}}, {"validation_fraction": 0.2}, "training.early_stopping.wait is not a field we know"),
    ({"early_stopping": True}, {"validation_fraction": 0.2}, "training.early_stopping must be an object"),
    ({}, {"validation_fraction": 0.6}, "data.validation_fraction must be a number between 0 and 0.5, got 0.6"),
])  # fmt: skip
def test_bad_values_get_one_line_saying_what_and_where(training, data, words):
    document = experiment.default_experiment()
    document["training"].update(training)
    document["data"].update(data)
    with pytest.raises(ExperimentError) as info:
        experiment.validate(document)
    message = str(info.value)
    assert words in message and "\n" not in message and len(message) <= 300, message


def test_the_new_settings_are_written_and_read_back():
    doc = toy(schedule={"kind": "cyclic", "base_lr": 0.001, "max_lr": 0.1, "step_size_up": 5}, stopping=STOPPING, validation=0.2)
    again = experiment.loads(experiment.dumps(doc))
    assert again == doc
    assert again["training"]["schedule"] == {"kind": "cyclic", "base_lr": 0.001, "max_lr": 0.1, "step_size_up": 5}
    assert experiment.validate({**doc, "training": {**doc["training"], "schedule": {"kind": "step"}}})["training"]["schedule"] == {
        "kind": "step", "step_size": 10, "gamma": 0.9}


def test_the_run_file_estimate_counts_the_best_weights(tmp_path):
    from backprop_gui.core import memory

    sizes = [2, 16, 16, 1]
    plain = memory.run_file_bytes(sizes, dtype="float64", optimizer="adam", batch_norm=False, n_train=30)
    best = memory.run_file_bytes(sizes, dtype="float64", optimizer="adam", batch_norm=False, n_train=30, best_weights=True)
    assert best - plain == 8 * memory.parameter_count(sizes, False)[0]
    run = build.build_run(toy(stopping=STOPPING, validation=0.25))
    run.trainer.run()
    save_run(tmp_path / "stopped.bpexp", run)
    assert (tmp_path / "stopped.bpexp").stat().st_size <= best
