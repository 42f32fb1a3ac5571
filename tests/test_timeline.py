"""The timeline: checkpoints at log-spaced epochs, snapshot_at, and checkpoints in run files."""

from __future__ import annotations

import copy
import io
import json
import zipfile

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backprop_gui import build
from backprop_gui.core import checkpoints as timeline
from backprop_gui.core import memory
from backprop_gui.core.checkpoints import Checkpoints, grid_epoch, grid_index
from backprop_gui.io.run_reader import RunFileError, load_run, read_run
from backprop_gui.io.run_writer import save_run
from backprop_gui.schema import experiment


def toy(epochs=300, batch_norm=False, **training) -> dict:
    return experiment.validate({
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "builtin", "name": "circle", "samples": 80, "noise": 0.2, "test_fraction": 0.5, "seed": 0},
        "network": {"hidden": [{"units": 6, "activation": "tanh"}, {"units": 4, "activation": "relu"}], "batch_norm": batch_norm},
        "training": {"optimizer": "adam", "learning_rate": 0.02, "batch_size": 10, "epochs": epochs, "seed": 3, **training},
    })  # fmt: skip


def same_state(a: dict, b: dict) -> bool:
    return set(a) == set(b) and all(np.array_equal(a[name], b[name]) for name in a)


# --------------------------------------------------------------------------- the grid and the bounds


def test_the_grid_is_every_epoch_to_ten_then_eight_per_decade():
    assert [grid_epoch(i) for i in range(19)] == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 18, 24, 32, 42, 56, 75, 100]
    assert grid_epoch(26) == 1000 and grid_epoch(50) == 10**6
    assert [grid_index(e) for e in (0, 10, 11, 13, 99, 100)] == [0, 10, None, 11, None, 18]


@given(st.integers(0, 400))
def test_grid_index_inverts_grid_epoch(index):
    assert grid_index(grid_epoch(index)) == index
    assert grid_epoch(index + 1) > grid_epoch(index)


def offer(store: Checkpoints, epochs: int) -> None:
    for epoch in range(epochs + 1):
        if store.wanted(epoch):
            store.add(epoch, {"w": np.full(3, float(epoch))}, {"train_loss": epoch})


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 3000), st.integers(0, 20_000), st.integers(2, 40))
def test_checkpoints_stay_within_their_bounds_and_keep_the_start(copy_bytes, epochs, limit):
    store = Checkpoints(copy_bytes, budget=64 * copy_bytes, limit=limit)
    assert store.capacity == min(limit, 64)
    offer(store, epochs)
    assert 1 <= len(store) <= store.capacity and store.epochs[0] == 0
    assert store.epochs == sorted(set(store.epochs))
    for epoch, state, row in zip(store.epochs, store.states, store.metrics):
        assert grid_index(epoch) % store.stride == 0
        assert state["w"][0] == epoch and row[0] == epoch  # each copy and metrics row is its own epoch's
    # Kept epochs are evenly spread over the grid: no gap of more than one stride.
    indices = [grid_index(e) for e in store.epochs]
    assert all(b - a == store.stride for a, b in zip(indices, indices[1:]))


def test_capacity_follows_the_byte_budget_with_at_least_two():
    assert timeline.capacity_for(1000) == timeline.MAX_CHECKPOINTS
    assert timeline.capacity_for(timeline.BUDGET_BYTES // 10) == 10
    assert timeline.capacity_for(timeline.BUDGET_BYTES * 3) == 2


def test_a_typical_run_keeps_every_early_epoch_and_copies_only_wanted_ones():
    run = build.build_run(toy(epochs=300))
    run.trainer.run()
    kept = run.trainer.checkpoints
    assert kept.epochs == [e for e in range(301) if grid_index(e) is not None]
    assert kept.stride == 1 and len(kept) == 22
    # each checkpoint's metrics row is the one measured at its epoch
    history = run.trainer.history.as_arrays()
    for epoch, row in zip(kept.epochs, kept.metrics):
        point = np.flatnonzero(history["epoch"] == epoch)
        if len(point):
            assert row[0] == history["train_loss"][point[0]]


# --------------------------------------------------------------------------- snapshot_at


@pytest.mark.parametrize("batch_norm", [False, True])
def test_snapshot_at_gives_exactly_the_weights_a_fresh_run_of_that_many_epochs_has(batch_norm):
    doc = toy(epochs=120, batch_norm=batch_norm)
    run = build.build_run(copy.deepcopy(doc))
    run.trainer.run()
    for epoch in (0, 7, 42, 100):
        fresh = build.build_run(copy.deepcopy(doc))
        fresh.trainer.run(max_epochs=epoch)
        snapshot = run.trainer.snapshot_at(epoch)
        assert snapshot.epoch == epoch and snapshot.replay
        assert same_state(dict(snapshot.state), fresh.network.state())
        assert snapshot.metrics.train_loss == fresh.trainer.last_metrics.train_loss
        assert snapshot.history["epoch"].max() == epoch
    # an epoch between checkpoints gives the last one before it
    assert run.trainer.snapshot_at(11).epoch == 10
    assert run.trainer.snapshot().checkpoint_epochs == tuple(run.trainer.checkpoints.epochs)


def test_snapshot_at_hands_over_copies():
    run = build.build_run(toy(epochs=20))
    run.trainer.run()
    snapshot = run.trainer.snapshot_at(5)
    for array in snapshot.state.values():
        array[...] = 0
    assert not same_state(dict(snapshot.state), run.trainer.snapshot_at(5).state)


# --------------------------------------------------------------------------- run files


def test_a_continued_run_has_the_same_checkpoints_as_an_uninterrupted_one(tmp_path):
    doc = toy(epochs=260)
    whole = build.build_run(copy.deepcopy(doc))
    whole.trainer.run()
    part = build.build_run(copy.deepcopy(doc))
    part.trainer.run(max_epochs=37)
    part.trainer.step_batch()  # saved in the middle of an epoch
    save_run(tmp_path / "part.bpexp", part)
    resumed = load_run(tmp_path / "part.bpexp")
    resumed.trainer.run()
    a, b = whole.trainer.checkpoints.state_dict(), resumed.trainer.checkpoints.state_dict()
    assert a["stride"] == b["stride"]
    np.testing.assert_array_equal(a["epoch"], b["epoch"])
    np.testing.assert_array_equal(a["metrics"], b["metrics"])
    assert set(a["states"]) == set(b["states"])
    for name in a["states"]:
        np.testing.assert_array_equal(a["states"][name], b["states"][name])


def test_a_saved_run_with_a_schedule_and_checkpoints_continues_exactly(tmp_path):
    """Issue 15's "done when": the schedule, its learning rates, the checkpoints and the weights of a run
    saved in the middle and continued equal those of the run trained without a stop."""
    doc = toy(epochs=120, schedule={"kind": "cosine", "t_max": 50, "eta_min": 0.001})
    whole = build.build_run(copy.deepcopy(doc))
    whole.trainer.run()
    part = build.build_run(copy.deepcopy(doc))
    part.trainer.run(max_epochs=45)
    part.trainer.step_batch()  # saved in the middle of an epoch
    save_run(tmp_path / "part.bpexp", part)
    resumed = load_run(tmp_path / "part.bpexp")
    resumed.trainer.run()
    assert same_state(whole.network.state(), resumed.network.state())
    np.testing.assert_array_equal(whole.trainer.history.as_arrays()["learning_rate"],
                                  resumed.trainer.history.as_arrays()["learning_rate"])
    assert len(set(whole.trainer.history.as_arrays()["learning_rate"])) > 10  # the schedule really moved
    a, b = whole.trainer.checkpoints.state_dict(), resumed.trainer.checkpoints.state_dict()
    np.testing.assert_array_equal(a["epoch"], b["epoch"])
    for name in a["states"]:
        np.testing.assert_array_equal(a["states"][name], b["states"][name])


def test_a_thinned_store_continues_exactly_too():
    doc = toy(epochs=3000)
    small = 4 * timeline.state_bytes(build.build_run(copy.deepcopy(doc)).network.state()) + 1
    whole = build.build_run(copy.deepcopy(doc))
    whole.trainer.checkpoints = Checkpoints(small // 4 + 1, budget=small * 2)  # capacity 7
    whole.trainer.checkpoints.add(0, whole.network.state(), {})
    part = build.build_run(copy.deepcopy(doc))
    part.trainer.checkpoints = Checkpoints(small // 4 + 1, budget=small * 2)
    part.trainer.checkpoints.add(0, part.network.state(), {})
    whole.trainer.run(max_epochs=400)
    part.trainer.run(max_epochs=150)
    state = part.trainer.checkpoints.state_dict()
    again = Checkpoints(small // 4 + 1, budget=small * 2)
    again.load_state_dict(state, part.network.state())
    part.trainer.checkpoints = again
    part.trainer.run(max_epochs=250)
    assert whole.trainer.checkpoints.stride > 1
    assert whole.trainer.checkpoints.epochs == part.trainer.checkpoints.epochs


def test_the_run_file_holds_the_checkpoints_stacked(tmp_path):
    run = build.build_run(toy(epochs=50, batch_norm=True))
    run.trainer.run()
    save_run(tmp_path / "run.bpexp", run)
    with zipfile.ZipFile(tmp_path / "run.bpexp") as archive:
        manifest = json.loads(archive.read("manifest.json"))
    k = len(run.trainer.checkpoints)
    assert manifest["checkpoints"] == {"count": k, "stride": 1}
    assert manifest["arrays"]["checkpoints/epoch"] == {"dtype": "<i8", "shape": [k]}
    assert manifest["arrays"]["checkpoints/layer1.weights"]["shape"] == [k, 2, 6]
    assert manifest["arrays"]["checkpoints/layer1.running_var"]["shape"] == [k, 6]
    saved = read_run(tmp_path / "run.bpexp")
    assert list(saved.checkpoints_state["epoch"]) == run.trainer.checkpoints.epochs
    resumed = saved.resume()
    assert same_state(dict(resumed.trainer.snapshot_at(24).state), dict(run.trainer.snapshot_at(24).state))


def test_memory_counts_the_checkpoints():
    sizes = [2, 6, 4, 1]
    P, _ = memory.parameter_count(sizes, False)
    assert memory.checkpoint_bytes(sizes, dtype="float64", batch_norm=False) == 256 * (P * 8 + 8 * 9)
    plain = dict(dtype="float64", optimizer="adam", batch_norm=False, n_train=40)
    assert memory.run_file_bytes(sizes, **plain) >= memory.checkpoint_bytes(sizes, dtype="float64", batch_norm=False)
    big = [784, 4096, 4096, 10]  # 20 M parameters: two copies, not 256
    P, _ = memory.parameter_count(big, False)
    assert memory.checkpoint_bytes(big, dtype="float32", batch_norm=False) == 2 * (P * 4 + 8 * 9)


# --------------------------------------------------------------------------- hostile files


def rewrite(path, edit_manifest=None, arrays=None, drop=()) -> bytes:
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest = json.loads(members["manifest.json"])
    if edit_manifest:
        edit_manifest(manifest)
    for name, value in (arrays or {}).items():
        buffer = io.BytesIO()
        np.save(buffer, value, allow_pickle=False)
        members[name + ".npy"] = buffer.getvalue()
        manifest["arrays"][name] = {"dtype": value.dtype.str, "shape": list(value.shape)}
    for name in drop:
        del members[name + ".npy"]
        del manifest["arrays"][name]
    members["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    path = tmp_path_factory.mktemp("timeline") / "run.bpexp"
    run = build.build_run(toy(epochs=20))
    run.trainer.run()
    save_run(path, run)
    return path, len(run.trainer.checkpoints)


def set_count(n):
    return lambda m: m["checkpoints"].update(count=n)


def hostile_cases(k):
    weights = np.zeros((k, 2, 6))
    return [
        ({"edit_manifest": set_count(10**6)}, "checkpoints.count must be a whole number from 0 to 256"),
        ({"edit_manifest": lambda m: m["checkpoints"].update(stride=3)}, "checkpoints.stride must be a power of 2"),
        ({"edit_manifest": lambda m: m.pop("checkpoints")}, "checkpoints is missing"),
        ({"arrays": {"checkpoints/layer1.weights": np.zeros((k, 2, 5))}}, "arrays.checkpoints/layer1.weights.shape must be [13, 2, 6]"),
        ({"arrays": {"checkpoints/layer1.weights": np.where(np.eye(1, weights.size).reshape(weights.shape), np.nan, weights)}},
         "checkpoints/layer1.weights holds values that are not finite"),
        ({"arrays": {"checkpoints/epoch": np.arange(k, dtype=np.int64)[::-1].copy()}}, "checkpoints/epoch holds epochs that do not increase"),
        ({"arrays": {"checkpoints/epoch": np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13][:k], dtype=np.int64)}},
         "checkpoints/epoch holds epochs that do not increase"),
        ({"arrays": {"checkpoints/epoch": np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 24], dtype=np.int64)}},
         "checkpoints/epoch holds epochs after the last one trained"),
        ({"arrays": {"checkpoints/metrics": np.zeros((k, 3))}}, "arrays.checkpoints/metrics.shape must be [13, 8]"),
        ({"drop": ["checkpoints/layer2.bias"]}, "checkpoints/layer2.bias is missing"),
        ({"arrays": {"checkpoints/extra": np.zeros(3)}}, "does not know"),
    ]


@pytest.mark.parametrize("case", range(11))
def test_bad_checkpoints_are_refused_in_one_line(saved, tmp_path, case):
    path, k = saved
    assert k == 13  # epochs 0-10, 13, 18
    changes, words = hostile_cases(k)[case]
    bad = tmp_path / "bad.bpexp"
    bad.write_bytes(rewrite(path, **changes))
    with pytest.raises(RunFileError) as error:
        read_run(bad)
    message = str(error.value)
    assert words in message and "\n" not in message and len(message) <= 300
