"""Saved runs (.bpexp): round trips, exact continuation, atomic saving, and files from strangers."""

from __future__ import annotations

import ast
import copy
import io
import json
import os
import pickle
import re
import signal
import string
import subprocess
import sys
import zipfile
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backprop_gui import build
from backprop_gui.schema import experiment
from backprop_gui.io import run_reader, run_writer, runformat
from backprop_gui.core.errors import BackpropError
from backprop_gui.core.history import History
from backprop_gui.io.run_reader import RunDataError, RunFileError, load_run, read_model, read_run
from backprop_gui.io.run_writer import save_run

ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------- helpers


def toy_experiment(optimizer="adam", batch_norm=False, dropout=0.0, dtype="float64", **changes):
    doc = {
        "format": "backprop-gui-experiment",
        "version": 1,
        "data": {"source": "builtin", "name": "xor", "samples": 120, "noise": 0.1, "test_fraction": 0.25,
                 "features": ["x1", "x2", "x1_times_x2"], "seed": 3},
        "network": {"hidden": [{"units": 6, "activation": "tanh"}, {"units": 5, "activation": "relu"}],
                    "output_activation": "sigmoid", "batch_norm": batch_norm, "dropout": dropout},
        "training": {"loss": "binary_cross_entropy", "optimizer": optimizer, "learning_rate": 0.05,
                     "batch_size": 16, "epochs": 1000, "seed": 7, "dtype": dtype},
    }
    for section, values in changes.items():
        doc[section].update(values)
    return experiment.validate(doc)


def make_run(doc=None, base_dir=None):
    return build.build_run(copy.deepcopy(doc or toy_experiment()), base_dir=base_dir)


def assert_same_state(a: build.Run, b: build.Run, history=True) -> None:
    for name, value in a.network.state().items():
        np.testing.assert_array_equal(value, b.network.state()[name], err_msg=name)
    sa, sb = a.trainer.optimizer.state(), b.trainer.optimizer.state()
    assert sa.keys() == sb.keys()
    for name in sa:
        np.testing.assert_array_equal(sa[name], sb[name], err_msg=name)
    ta, tb = a.trainer, b.trainer
    assert (ta.epoch, ta.steps, ta.samples_seen, ta.batch_index) == (tb.epoch, tb.steps, tb.samples_seen, tb.batch_index)
    assert a.network.dropout_rng.bit_generator.state == b.network.dropout_rng.bit_generator.state
    assert ta._shuffle_rng.bit_generator.state == tb._shuffle_rng.bit_generator.state
    if history:
        ha, hb = ta.history.as_arrays(), tb.history.as_arrays()
        for name in ha:
            np.testing.assert_array_equal(ha[name], hb[name], err_msg=name)
        assert ta.last_metrics.train_loss == tb.last_metrics.train_loss


def epochs(run, count):
    for _ in range(count):
        run.trainer.step_epoch()


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def npy(array, **kwargs) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, **kwargs)
    return buffer.getvalue()


@lru_cache(maxsize=None)
def valid_file(kind="toy") -> bytes:
    """The bytes of a small valid run file (mid-epoch, batch norm, dropout, adam)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        run = make_run(toy_experiment(batch_norm=True, dropout=0.2))
        epochs(run, 2)
        run.trainer.step_batch()
        path = Path(folder) / "valid.bpexp"
        save_run(path, run)
        return path.read_bytes()


def read_bytes(tmp_path, data: bytes, name="run.bpexp"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_run(path)


def error_of(tmp_path, data: bytes) -> RunFileError:
    with pytest.raises(RunFileError) as info:
        read_bytes(tmp_path, data)
    return info.value


def with_manifest(change) -> bytes:
    members = members_of(valid_file())
    manifest = json.loads(members["manifest.json"])
    change(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    return rezip(members)


# ---------------------------------------------------------------------------- round trip


def test_round_trip_keeps_everything(tmp_path):
    run = make_run(toy_experiment(batch_norm=True))
    epochs(run, 5)
    path = tmp_path / "run.bpexp"
    save_run(path, run)
    saved = read_run(path)
    assert saved.experiment == run.experiment
    for name, value in run.network.state().items():
        np.testing.assert_array_equal(saved.network.state()[name], value)
    for name, value in run.trainer.history.as_arrays().items():
        np.testing.assert_array_equal(saved.history[name], value)
    assert saved.counters["epoch"] == 5 and saved.counters["steps"] == run.trainer.steps
    assert saved.counters["samples_seen"] == run.trainer.samples_seen
    info = saved.model.info
    assert info.task == "classification" and info.source == "builtin" and info.dataset == "xor"
    assert info.input_columns == ("x1", "x2") and info.features == ("x1", "x2", "x1_times_x2")
    assert info.class_names == ("0", "1") and not info.standardized
    assert saved.app_version and saved.diverged is None and saved.folder == tmp_path

    loaded = load_run(path)
    assert_same_state(run, loaded)
    assert loaded.trainer.last_metrics == run.trainer.last_metrics
    assert loaded.experiment == run.experiment


def test_the_file_is_a_zip_with_a_manifest_and_npy_members(tmp_path):
    run = make_run()
    epochs(run, 1)
    path = tmp_path / "run.bpexp"
    save_run(path, run)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        assert json.loads(archive.read("experiment.json"))["format"] == "backprop-gui-experiment"
    assert names[:2] == ["manifest.json", "experiment.json"]
    assert manifest["format"] == "backprop-gui-run" and manifest["version"] == runformat.VERSION
    assert set(names[2:]) == {name + ".npy" for name in manifest["arrays"]}
    assert manifest["arrays"]["network/layer1.weights"] == {"dtype": "<f8", "shape": [3, 6]}
    assert manifest["arrays"]["optimizer/first_moment"]["shape"] == [run.network.parameter_count()]


def test_saving_twice_gives_the_same_bytes(tmp_path):
    run = make_run()
    epochs(run, 2)
    save_run(tmp_path / "a.bpexp", run)
    save_run(tmp_path / "b.bpexp", run)
    assert (tmp_path / "a.bpexp").read_bytes() == (tmp_path / "b.bpexp").read_bytes()


# ---------------------------------------------------------------------------- exact continuation


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
@pytest.mark.parametrize("batch_norm", [False, True])
@pytest.mark.parametrize("dropout", [0.0, 0.3])
def test_train_save_load_train_equals_training_in_one_go(tmp_path, optimizer, batch_norm, dropout):
    doc = toy_experiment(optimizer=optimizer, batch_norm=batch_norm, dropout=dropout)
    first = make_run(doc)
    epochs(first, 20)
    path = tmp_path / "run.bpexp"
    save_run(path, first)
    resumed = load_run(path)
    epochs(resumed, 10)

    straight = make_run(doc)
    epochs(straight, 30)
    assert_same_state(straight, resumed)


def test_continuation_with_run_and_float32(tmp_path):
    doc = toy_experiment(batch_norm=True, dropout=0.1, dtype="float32")
    first = make_run(doc)
    first.trainer.run(max_epochs=20)
    save_run(tmp_path / "run.bpexp", first)
    resumed = load_run(tmp_path / "run.bpexp")
    assert resumed.network.dtype == np.float32
    resumed.trainer.run(max_epochs=10)
    straight = make_run(doc)
    straight.trainer.run(max_epochs=30)
    # run() measures on a timer, so only the training state must agree exactly.
    assert_same_state(straight, resumed, history=False)


@pytest.mark.parametrize("batches", [1, 3, 5])
def test_saving_in_the_middle_of_an_epoch_continues_exactly(tmp_path, batches):
    doc = toy_experiment(dropout=0.2, batch_norm=True)
    first = make_run(doc)
    epochs(first, 3)
    for _ in range(batches):
        first.trainer.step_batch()
    assert first.trainer.batch_index == batches
    save_run(tmp_path / "run.bpexp", first)
    resumed = load_run(tmp_path / "run.bpexp")
    assert resumed.trainer.batch_index == batches
    epochs(resumed, 4)

    straight = make_run(doc)
    epochs(straight, 3)
    for _ in range(batches):
        straight.trainer.step_batch()
    epochs(straight, 4)
    assert_same_state(straight, resumed)


def test_mid_epoch_progress_is_the_epochs_own_shuffle(tmp_path):
    """The saved row order is the permutation the trainer drew for this epoch."""
    doc = toy_experiment(data={"samples": 40})
    run = make_run(doc)
    run.trainer.step_batch()
    progress = run.trainer.state_dict()
    n = len(run.trainer.data.X_train)
    expected = np.random.default_rng([doc["training"]["seed"], 2]).permutation(n)
    np.testing.assert_array_equal(progress["epoch_order"], expected)
    assert progress["epoch_batch_size"] == run.trainer.batch_size


def test_settings_changed_during_training_are_saved(tmp_path):
    doc = toy_experiment(optimizer="adam")
    original = make_run(doc)
    epochs(original, 4)
    original.trainer.change_settings(learning_rate=0.02, optimizer="momentum", momentum=0.5)  # still pending
    save_run(tmp_path / "run.bpexp", original)
    saved = read_run(tmp_path / "run.bpexp")
    assert saved.experiment["training"]["learning_rate"] == 0.02
    assert saved.experiment["training"]["optimizer"] == "momentum"
    assert int(saved.optimizer_state["steps"]) == 0 and not saved.optimizer_state["velocity"].any()
    resumed = load_run(tmp_path / "run.bpexp")
    epochs(original, 3)
    epochs(resumed, 3)
    assert_same_state(original, resumed, history=False)


def test_a_diverged_run_saves_its_last_finite_weights(tmp_path):
    doc = toy_experiment(optimizer="momentum", training={"learning_rate": 100.0})
    doc["data"].update(name="plane")
    doc = experiment.validate({**doc, "network": {**doc["network"], "output_activation": "linear"},
                               "training": {**doc["training"], "loss": "mse"}})
    run = make_run(doc)
    assert run.trainer.run(max_epochs=50) == "diverged"
    save_run(tmp_path / "run.bpexp", run)
    saved = read_run(tmp_path / "run.bpexp")
    assert "smaller learning rate" in saved.diverged
    assert all(np.isfinite(v).all() for v in saved.network.state().values())
    assert load_run(tmp_path / "run.bpexp").trainer.diverged is None  # may try again, e.g. with a smaller rate


def test_history_longer_than_the_capacity_is_thinned():
    long = History(2, capacity=32)
    for epoch in range(20):
        long.record(epoch, {"train_loss": float(epoch)}, [1.0, 2.0], [0.1, 0.2])
    short = History(2, capacity=8)
    short.load_state_dict(long.state_dict())
    thinned = short.state_dict()
    assert thinned["stride"] == 4 and list(thinned["epoch"]) == [0, 4, 8, 12, 16]
    assert list(thinned["train_loss"]) == [0.0, 4.0, 8.0, 12.0, 16.0]


def test_highly_compressible_runs_still_open(tmp_path):
    """Zeros compress ~1000x; the writer stores such members so our own files pass the ratio check."""
    doc = toy_experiment(network={"init": "zeros", "hidden": [{"units": 600, "activation": "tanh"}] * 2})  # arrays > 1 MiB
    run = make_run(doc)
    save_run(tmp_path / "zeros.bpexp", run)
    saved = read_run(tmp_path / "zeros.bpexp")
    assert not saved.optimizer_state["first_moment"].any()


# ---------------------------------------------------------------------------- CSV runs


def write_csv(path: Path, rows=80, seed=0, classes=("no", "yes")):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(rows, 3)) * [1, 10, 100] + [0, 5, 50]
    label = np.where(X[:, 0] + X[:, 1] / 10 > 0.5, classes[1], classes[0])
    lines = ["id,a,b,c,label"] + [f"{i},{x[0]},{x[1]},{x[2]},{y}" for i, (x, y) in enumerate(zip(X, label))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def csv_experiment(**data):
    return experiment.validate({
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "csv", "path": "table.csv", "target": "label", "features": ["a", "b", "c"], **data},
        "network": {"hidden": [{"units": 5, "activation": "relu"}], "output_activation": "sigmoid", "batch_norm": True},
        "training": {"optimizer": "adam", "learning_rate": 0.01, "batch_size": 8},
    })


def test_csv_run_keeps_standardisation_and_rebases_the_data_path(tmp_path):
    data_dir, run_dir = tmp_path / "data", tmp_path / "runs" / "mine"
    data_dir.mkdir()
    run_dir.mkdir(parents=True)
    write_csv(data_dir / "table.csv")
    run = make_run(csv_experiment(), base_dir=data_dir)
    epochs(run, 3)
    save_run(run_dir / "run.bpexp", run, experiment_path_base=data_dir)
    saved = read_run(run_dir / "run.bpexp")
    assert saved.experiment["data"]["path"] == "../../data/table.csv"
    info = saved.model.info
    assert info.standardized and info.input_columns == ("a", "b", "c") and info.class_names == ("no", "yes")
    np.testing.assert_array_equal(info.mean, run.dataset.mean)
    np.testing.assert_array_equal(info.std, run.dataset.std)
    resumed = load_run(run_dir / "run.bpexp")
    assert_same_state(run, resumed)


def test_missing_csv_still_gives_the_model(tmp_path):
    write_csv(tmp_path / "table.csv")
    run = make_run(csv_experiment(), base_dir=tmp_path)
    epochs(run, 2)
    save_run(tmp_path / "run.bpexp", run)
    (tmp_path / "table.csv").unlink()
    with pytest.raises(RunDataError) as info:
        load_run(tmp_path / "run.bpexp")
    error = info.value
    assert isinstance(error, RunFileError) and isinstance(error.cause, BackpropError)
    assert "cannot be loaded" in str(error) and "predict" in str(error)
    model = error.saved.model
    raw = np.array([[0.1, 5.0, 60.0], [2.0, -3.0, 10.0]])
    inputs = (raw - run.dataset.mean) / run.dataset.std
    np.testing.assert_array_equal(model.predict(raw)[:, 1], run.network.predict(inputs)[:, 0])
    assert read_model(tmp_path / "run.bpexp").output_names == ("no", "yes")


def test_changed_csv_is_refused_with_what_changed(tmp_path):
    write_csv(tmp_path / "table.csv")
    run = make_run(csv_experiment(), base_dir=tmp_path)
    save_run(tmp_path / "run.bpexp", run)
    write_csv(tmp_path / "table.csv", classes=("bad", "good"))
    with pytest.raises(RunDataError, match=r'its class_names is now \["bad", "good"\], but was \["no", "yes"\]'):
        load_run(tmp_path / "run.bpexp")


def test_model_reads_its_columns_by_name(tmp_path):
    write_csv(tmp_path / "table.csv")
    run = make_run(csv_experiment(), base_dir=tmp_path)
    epochs(run, 2)
    save_run(tmp_path / "run.bpexp", run)
    model = read_model(tmp_path / "run.bpexp")
    (tmp_path / "new.csv").write_text("c,extra,a,b\n60,x,0.5,4\n10,y,-1,2\n", encoding="utf-8")
    raw = model.read_inputs(tmp_path / "new.csv")
    np.testing.assert_array_equal(raw, [[0.5, 4, 60], [-1, 2, 10]])
    probabilities = model.predict(raw)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0)
    (tmp_path / "bad.csv").write_text("a,b,c\n1,2,oops\n", encoding="utf-8")
    with pytest.raises(BackpropError, match="Line 2, column 'c': 'oops' is not a finite number"):
        model.read_inputs(tmp_path / "bad.csv")
    (tmp_path / "short.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(BackpropError, match="no column 'c'"):
        model.read_inputs(tmp_path / "short.csv")


# ---------------------------------------------------------------------------- atomic saving


def test_normal_saves_leave_no_temporary_files(tmp_path):
    run = make_run()
    for _ in range(3):
        epochs(run, 1)
        save_run(tmp_path / "run.bpexp", run)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.bpexp"]


def test_a_failed_save_keeps_the_old_file(tmp_path, monkeypatch):
    run = make_run()
    save_run(tmp_path / "run.bpexp", run)
    old = (tmp_path / "run.bpexp").read_bytes()
    epochs(run, 1)

    def broken_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(run_writer.os, "replace", broken_replace)
    with pytest.raises(RunFileError, match="cannot be saved: No space left on device"):
        save_run(tmp_path / "run.bpexp", run)
    assert (tmp_path / "run.bpexp").read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.bpexp"]


def test_saving_into_a_missing_folder_is_a_run_file_error(tmp_path):
    with pytest.raises(RunFileError, match="cannot be saved"):
        save_run(tmp_path / "nowhere" / "run.bpexp", make_run())


_KILLED_SAVE = """
import sys, time
from backprop_gui import build
from backprop_gui.schema import experiment
from backprop_gui.io import run_writer
run = build.build_run(experiment.default_experiment())
run.trainer.run(max_epochs=3)
original, written = run_writer._write_member, []
def slow_member(archive, name, data):
    original(archive, name, data)
    written.append(name)
    if len(written) == 4:  # a few members are in the temporary file; the rest never come
        print("ready", flush=True)
        time.sleep(120)
run_writer._write_member = slow_member
run_writer.save_run(sys.argv[1], run)
print("finished", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_save_killed_halfway_leaves_the_previous_file_intact(tmp_path):
    path = tmp_path / "run.bpexp"
    old_run = make_run(experiment.default_experiment())
    save_run(path, old_run)
    old_weights = old_run.network.state()

    process = subprocess.Popen([sys.executable, "-c", _KILLED_SAVE, str(path)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "ready", process.stderr.read()
        temporary = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert len(temporary) == 1 and temporary[0].stat().st_size > 0  # the save was under way
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    saved = read_run(path)
    for name, value in old_weights.items():
        np.testing.assert_array_equal(saved.network.state()[name], value)
    assert saved.counters["epoch"] == 0


# ---------------------------------------------------------------------------- files from strangers


def test_missing_empty_directory_and_plain_files(tmp_path):
    with pytest.raises(RunFileError, match="does not exist"):
        read_run(tmp_path / "nothing.bpexp")
    with pytest.raises(RunFileError, match="cannot be read"):
        read_run(tmp_path)
    for data in (b"", b"hello", b'{"format": "backprop-gui-experiment"}', b"PK\x03\x04" + b"\0" * 40):
        assert "not a backprop-gui run file" in str(error_of(tmp_path, data))


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.bpexp"
    with open(path, "wb") as file:
        file.truncate(runformat.MAX_FILE_BYTES + 1)  # sparse: takes no disk space
    with pytest.raises(RunFileError, match="too large"):
        read_run(path)


def test_wrong_format_and_newer_version(tmp_path):
    error = error_of(tmp_path, with_manifest(lambda m: m.update(format="something-else")))
    assert "not a backprop-gui run file" in str(error)
    error = error_of(tmp_path, with_manifest(lambda m: m.update(version=runformat.VERSION + 1, surprise=True)))
    assert "made by a newer version of backprop-gui; please update" in str(error)
    error = error_of(tmp_path, with_manifest(lambda m: m.update(version=0)))
    assert f"version must be a whole number from 1 to {runformat.VERSION}" in str(error)


def test_a_zip_without_a_manifest(tmp_path):
    assert "has no manifest.json" in str(error_of(tmp_path, rezip({"hello.txt": b"hi"})))
    members = members_of(valid_file())
    del members["manifest.json"]
    assert "manifest.json is missing" in str(error_of(tmp_path, rezip(members)))


def test_missing_and_unknown_members(tmp_path):
    members = members_of(valid_file())
    del members["network/layer1.weights.npy"]
    assert "network/layer1.weights.npy is missing" in str(error_of(tmp_path, rezip(members)))

    members = members_of(valid_file())
    members["surprise.npy"] = npy(np.zeros(3))
    assert "which this version of backprop-gui does not know" in str(error_of(tmp_path, rezip(members)))

    error = error_of(tmp_path, with_manifest(lambda m: m["arrays"].update({"network/layer9.weights": m["arrays"]["network/layer1.weights"]})))
    assert "network/layer9.weights" in str(error) and "does not know" in str(error)

    error = error_of(tmp_path, with_manifest(lambda m: m["arrays"].pop("optimizer/first_moment")))
    assert "optimizer/first_moment is missing" in str(error)

    error = error_of(tmp_path, with_manifest(lambda m: m.pop("random")))
    assert "random is missing" in str(error)

    members = members_of(valid_file())
    del members["experiment.json"]
    assert "experiment.json is missing" in str(error_of(tmp_path, rezip(members)))


def test_arrays_of_the_wrong_shape_or_type(tmp_path):
    members = members_of(valid_file())
    members["network/layer1.weights.npy"] = npy(np.zeros((4, 6)))
    error = error_of(tmp_path, rezip(members))
    assert "layer1.weights has the shape [4, 6], but the network described in the run file needs [3, 6]" in str(error)

    members = members_of(valid_file())
    members["network/layer1.weights.npy"] = npy(np.zeros((3, 6), dtype=np.float32))
    assert "must be float64" in str(error_of(tmp_path, rezip(members)))

    members = members_of(valid_file())
    members["network/layer1.bias.npy"] = npy(np.array(["a"] * 6))
    assert "not a plain number type" in str(error_of(tmp_path, rezip(members)))

    members = members_of(valid_file())
    members["network/layer1.bias.npy"] = npy(np.zeros(6))[:-8]
    assert "not as long as its header says" in str(error_of(tmp_path, rezip(members)))

    members = members_of(valid_file())
    members["network/layer1.bias.npy"] = b"\x93NUMPY\x01\x00\x10\x00{'descr': 'x'}"
    assert "no valid .npy header" in str(error_of(tmp_path, rezip(members)))

    error = error_of(tmp_path, with_manifest(lambda m: m["arrays"]["network/layer1.bias"].update(dtype="<f4")))
    assert "arrays.network/layer1.bias.dtype must be \"<f8\"" in str(error)

    error = error_of(tmp_path, with_manifest(lambda m: m["model"].update(input_dim=4)))
    assert "model.input_dim must be 3" in str(error)


def test_big_endian_arrays_are_read(tmp_path):
    members = members_of(valid_file())
    manifest = json.loads(members["manifest.json"])
    weights = np.load(io.BytesIO(members["network/layer1.weights.npy"]))
    members["network/layer1.weights.npy"] = npy(weights.astype(">f8"))
    manifest["arrays"]["network/layer1.weights"]["dtype"] = ">f8"
    members["manifest.json"] = json.dumps(manifest).encode()
    saved = read_bytes(tmp_path, rezip(members))
    np.testing.assert_array_equal(saved.network.state()["layer1.weights"], weights)


def test_non_finite_weights_are_refused(tmp_path):
    for name in ("network/layer2.weights", "network/layer1.running_var", "optimizer/second_moment"):
        members = members_of(valid_file())
        array = np.load(io.BytesIO(members[name + ".npy"]))
        array.flat[0] = np.nan
        members[name + ".npy"] = npy(array)
        assert f"the array {name} holds values that are not finite" in str(error_of(tmp_path, rezip(members)))


def test_pickles_are_never_loaded(tmp_path):
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    members = members_of(valid_file())
    payload = np.empty(6, dtype=object)
    payload[0] = Exploit()
    members["network/layer1.bias.npy"] = npy(payload, allow_pickle=True)
    assert "not a plain number type" in str(error_of(tmp_path, rezip(members)))
    members["network/layer1.bias.npy"] = pickle.dumps(Exploit())
    error_of(tmp_path, rezip(members))
    assert not marker.exists()


def test_zip_bombs_and_odd_archives_are_refused(tmp_path):
    members = members_of(valid_file())
    members["network/layer1.bias.npy"] = b"\0" * 5_000_000
    assert "zip bomb" in str(error_of(tmp_path, rezip(members)))

    many = {f"m{i}": b"" for i in range(runformat.MAX_MEMBERS + 1)}
    assert "more than the 1000 allowed" in str(error_of(tmp_path, rezip(many)))

    members = members_of(valid_file())
    assert "unsupported compression" in str(error_of(tmp_path, rezip(members, zipfile.ZIP_BZIP2)))

    data = bytearray(rezip(members_of(valid_file())))
    start = data.index(b"PK\x01\x02")  # first central directory entry: set the "encrypted" flag
    data[start + 8] |= 1
    error = error_of(tmp_path, bytes(data))
    assert "encrypted" in str(error) or "damaged" in str(error)

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, pytest.warns(UserWarning):
        for name, value in members_of(valid_file()).items():
            archive.writestr(name, value)
        archive.writestr("manifest.json", b"{}")
    assert "is there twice" in str(error_of(tmp_path, buffer.getvalue()))


def test_total_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(run_reader, "MAX_UNPACKED_BYTES", 4000)
    assert "unpacks to" in str(error_of(tmp_path, valid_file()))
    monkeypatch.setattr(run_writer, "MAX_UNPACKED_BYTES", 10**6)
    monkeypatch.setattr(run_writer, "MAX_FILE_BYTES", 100)
    with pytest.raises(RunFileError, match="too large"):
        save_run(tmp_path / "run.bpexp", make_run())
    assert not list(tmp_path.glob("*.tmp"))


def test_truncated_file_is_damaged(tmp_path):
    data = valid_file()
    for cut in (len(data) - 1, len(data) // 2, 30):
        error = error_of(tmp_path, data[:cut])
        assert "damaged" in str(error) or "not a backprop-gui run file" in str(error)


def test_invalid_experiment_inside(tmp_path):
    members = members_of(valid_file())
    document = json.loads(members["experiment.json"])
    document["network"]["hidden"][0]["units"] = -1
    members["experiment.json"] = json.dumps(document).encode()
    error = error_of(tmp_path, rezip(members))
    assert "experiment inside the run file is not valid: network.hidden[0].units must be" in str(error)


def test_bad_manifest_fields(tmp_path):
    cases = [
        (lambda m: m["trainer"].update(epoch=-1), "trainer.epoch must be a whole number"),
        (lambda m: m["trainer"].update(epoch=True), "trainer.epoch must be a whole number"),
        (lambda m: m["trainer"].update(batch_index=10**6), "trainer.batch_index must be less than"),
        (lambda m: m["random"]["dropout"].update(bit_generator="MT19937"), "random.dropout.bit_generator"),
        (lambda m: m["random"]["shuffle"]["state"].update(state=2**130), "random.shuffle.state.state"),
        (lambda m: m["optimizer"].update(kind="sgd"), "optimizer.kind must be \"adam\""),
        (lambda m: m["model"].update(class_names=["a", "a"]), "model.class_names must be a list of different names"),
        (lambda m: m["model"].update(features=["x1", "x2", "sin_x1"]), "model.features must be"),
        (lambda m: m["model"].update(task="clustering"), "model.task must be classification or regression"),
        (lambda m: m.update(model=[]), "model must be an object"),
        (lambda m: m["history"].update(points=5), "arrays.history/epoch.shape must be [5], got [3]"),
        (lambda m: m["model"].update(extra=1), "the field model.extra, which this version"),
    ]
    for change, message in cases:
        assert message in str(error_of(tmp_path, with_manifest(change))), message


def test_json_tricks_in_the_manifest(tmp_path):
    members = members_of(valid_file())
    text = members["manifest.json"].decode()
    members["manifest.json"] = text.replace(f'"version": {runformat.VERSION}', f'"version": {runformat.VERSION}, "version": 1').encode()
    assert "names the field" in str(error_of(tmp_path, rezip(members)))
    members["manifest.json"] = b"[" * 100_000
    assert "not valid JSON" in str(error_of(tmp_path, rezip(members, zipfile.ZIP_STORED)))
    members["manifest.json"] = re.sub(r'"epoch": \d+', '"epoch": NaN', text, count=1).encode()
    assert "NaN" in members["manifest.json"].decode()
    assert "not valid JSON" in str(error_of(tmp_path, rezip(members)))
    members["manifest.json"] = b"\xff\xfe"
    assert "not valid JSON" in str(error_of(tmp_path, rezip(members)))


def test_epoch_order_must_be_a_permutation(tmp_path):
    members = members_of(valid_file())
    order = np.load(io.BytesIO(members["trainer/epoch_order.npy"]))
    order[0] = order[1]
    members["trainer/epoch_order.npy"] = npy(order)
    assert "is not an ordering of the training rows" in str(error_of(tmp_path, rezip(members)))


# ---------------------------------------------------------------------------- fuzzing


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def expect_only_run_file_errors(tmp_path, data: bytes) -> None:
    path = tmp_path / "fuzz.bpexp"
    path.write_bytes(data)
    for reader in (read_run, load_run):
        try:
            reader(path)
        except RunFileError:
            pass


@FUZZ
@given(data=st.binary(max_size=2000))
def test_fuzz_random_bytes(tmp_path, data):
    expect_only_run_file_errors(tmp_path, data)
    expect_only_run_file_errors(tmp_path, b"PK\x03\x04" + data)


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), min_size=1, max_size=6),
       cut=st.one_of(st.none(), st.integers(min_value=0)))
def test_fuzz_flipped_and_truncated_files(tmp_path, flips, cut):
    data = bytearray(valid_file())
    for position, mask in flips:
        data[position % len(data)] ^= mask
    if cut is not None:
        data = data[: cut % len(data)]
    expect_only_run_file_errors(tmp_path, bytes(data))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def paths_of(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths_of(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths_of(item, prefix + (index,))


@FUZZ
@given(choice=st.integers(min_value=0), value=json_values)
def test_fuzz_manifest_values(tmp_path, choice, value):
    members = members_of(valid_file())
    manifest = json.loads(members["manifest.json"])
    paths = [p for p in paths_of(manifest) if p]
    path = paths[choice % len(paths)]
    target = manifest
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    members["manifest.json"] = json.dumps(manifest).encode()
    expect_only_run_file_errors(tmp_path, rezip(members))


@FUZZ
@given(choice=st.integers(min_value=0), flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), min_size=1, max_size=4))
def test_fuzz_member_contents_with_valid_checksums(tmp_path, choice, flips):
    members = members_of(valid_file())
    names = sorted(members)
    name = names[choice % len(names)]
    data = bytearray(members[name])
    for position, mask in flips:
        if data:
            data[position % len(data)] ^= mask
    members[name] = bytes(data)
    expect_only_run_file_errors(tmp_path, rezip(members))


# ---------------------------------------------------------------------------- the source


def test_messages_are_marked_for_translation_and_the_modules_have_no_qt():
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in sorted((ROOT / "backprop_gui" / "io").glob("*.py"))]
    templates = {}
    for tree in trees:
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and node.targets[0].id.lstrip("_").startswith("T_"):
                call = node.value
                assert isinstance(call, ast.Call) and call.func.id == "QT_TRANSLATE_NOOP"
                assert [type(arg) for arg in call.args] == [ast.Constant, ast.Constant]
                assert call.args[0].value == "core"
                templates[node.targets[0].id] = call.args[1].value
    assert len(templates) > 15
    for node in (node for tree in trees for node in ast.walk(tree)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("RunFileError", "RunDataError", "DataError"):
            assert isinstance(node.args[0], ast.Name) and node.args[0].id in templates, ast.dump(node)
            fields = {name for _, name, _, _ in string.Formatter().parse(templates[node.args[0].id]) if name}
            given_ = {kw.arg for kw in node.keywords} - {"saved", "cause"}
            assert fields == given_, templates[node.args[0].id]
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [alias.name for alias in node.names] + [getattr(node, "module", None) or ""]
            assert not any(n.startswith(("PySide", "PyQt", "pyqtgraph", "torch")) for n in names)
