"""Tests for backprop_gui.data.datasets: toy generators, features, split, load_toy."""

from __future__ import annotations

import ast
import math
from pathlib import Path

import numpy as np
import pytest

from backprop_gui.data import datasets
from backprop_gui.data.datasets import (
    FEATURES,
    TOY_DATASETS,
    Dataset,
    generate_toy,
    load_toy,
    make_features,
    train_test_split_indices,
)
from backprop_gui.core.errors import DataError
from tests.source_rules import assert_no_qt, assert_translatable

CLASSIFIERS = [name for name, info in TOY_DATASETS.items() if info.task == "classification"]
REGRESSORS = [name for name, info in TOY_DATASETS.items() if info.task == "regression"]


def features_for(name: str) -> tuple[str, ...]:
    return ("x1",) if TOY_DATASETS[name].raw_dim == 1 else ("x1", "x2")


# --------------------------------------------------------------------------- every generator


@pytest.mark.parametrize("name", list(TOY_DATASETS))
def test_shapes_dtypes_and_range(name):
    info = TOY_DATASETS[name]
    ds = load_toy(name, samples=201, noise=0.3, test_fraction=0.4, features=features_for(name), seed=3)
    assert isinstance(ds, Dataset)
    assert ds.task == info.task
    assert ds.n_train + ds.n_test == 201
    assert ds.n_test > 0 and ds.n_train > 0
    assert ds.raw_train.shape == (ds.n_train, info.raw_dim)
    assert ds.raw_test.shape == (ds.n_test, info.raw_dim)
    assert ds.X_train.dtype == np.float64 and ds.X_train.flags.c_contiguous
    assert ds.X_train.shape == (ds.n_train, len(features_for(name)))
    assert ds.input_dim == len(features_for(name))
    assert ds.mean is None and ds.std is None  # toy data is not standardised
    raw = np.concatenate([ds.raw_train, ds.raw_test])
    assert np.all(np.abs(raw) <= 6.0 + 1e-9) or name in ("gauss", "blobs")
    assert np.all(np.isfinite(raw))
    if info.task == "classification":
        assert ds.y_train.dtype == np.int64 and ds.y_train.shape == (ds.n_train,)
        assert ds.n_classes == info.default_classes
        assert ds.class_names == tuple(str(k) for k in range(info.default_classes))
        assert set(np.unique(np.concatenate([ds.y_train, ds.y_test]))) == set(range(info.default_classes))
    else:
        assert ds.y_train.dtype == np.float64 and ds.y_train.shape == (ds.n_train, 1)
        assert ds.n_classes == 0 and ds.class_names == ()
        y = np.concatenate([ds.y_train, ds.y_test])
        assert np.all(np.abs(y) <= 3.0)


@pytest.mark.parametrize("name", list(TOY_DATASETS))
def test_reproducible_from_seed_and_seeds_differ(name):
    kwargs = dict(samples=100, noise=0.2, features=features_for(name))
    a = load_toy(name, seed=7, **kwargs)
    b = load_toy(name, seed=7, **kwargs)
    c = load_toy(name, seed=8, **kwargs)
    for field in ("X_train", "y_train", "X_test", "y_test", "raw_train", "raw_test"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))
    assert not np.array_equal(a.raw_train, c.raw_train)


@pytest.mark.parametrize("name", CLASSIFIERS)
def test_class_balanced_counts(name):
    info = TOY_DATASETS[name]
    points, y = generate_toy(name, samples=101, noise=0.0, seed=1)
    assert points.shape == (101, 2)
    expected = [101 // info.default_classes + (1 if k < 101 % info.default_classes else 0)
                for k in range(info.default_classes)]
    if name != "xor":  # xor's classes come from the quadrant, not from the generator
        assert np.bincount(y).tolist() == expected


def test_circle_noise_free_radii():
    points, y = generate_toy("circle", samples=400, noise=0.0, seed=2)
    r = np.hypot(points[:, 0], points[:, 1])
    assert np.all(r[y == 1] < 2.5)
    assert np.all((r[y == 0] >= 3.5) & (r[y == 0] <= 5.0))
    assert np.bincount(y).tolist() == [200, 200]


def test_circle_noise_changes_labels_not_points():
    points, y = generate_toy("circle", samples=2000, noise=0.5, seed=2)
    r = np.hypot(points[:, 0], points[:, 1])
    assert r.max() <= 5.0  # points are not moved by noise
    wrong = (y == 1) != (r < 2.5)
    assert 0 < wrong.sum() < 1000


def test_xor_sign_rule_and_padding():
    points, y = generate_toy("xor", samples=1000, noise=0.0, seed=4)
    x1, x2 = points.T
    np.testing.assert_array_equal(y, (x1 * x2 >= 0).astype(np.int64))
    assert np.all(np.abs(points) >= 0.3) and np.all(np.abs(points) <= 5.3)
    assert set(np.unique(y)) == {0, 1}
    # With noise some points disagree with their own quadrant.
    points, y = generate_toy("xor", samples=1000, noise=0.5, seed=4)
    assert np.any(y != (points[:, 0] * points[:, 1] >= 0))


def test_gauss_centres_and_variance_map():
    for noise, variance in ((0.0, 0.5), (0.5, 4.0)):
        points, y = generate_toy("gauss", samples=20000, noise=noise, seed=5)
        np.testing.assert_allclose(points[y == 1].mean(axis=0), [2, 2], atol=0.1)
        np.testing.assert_allclose(points[y == 0].mean(axis=0), [-2, -2], atol=0.1)
        np.testing.assert_allclose(points[y == 1].var(axis=0), [variance] * 2, rtol=0.05)


def test_spiral_two_classes_is_tensorflow_formula():
    samples = 200
    points, y = generate_toy("spiral", samples=samples, noise=0.0, seed=0)
    n = samples // 2
    for label, delta_t in ((1, 0.0), (0, math.pi)):  # Playground: +1 at Δt = 0, -1 at Δt = π
        arm = points[y == label]
        assert len(arm) == n
        for i in (0, 1, 17, 50, 99):
            r = i / n * 5
            t = 1.75 * i / n * 2 * math.pi + delta_t
            assert arm[i] == pytest.approx([r * math.sin(t), r * math.cos(t)], abs=1e-12)


def test_spiral_noise_is_bounded_uniform():
    clean, y0 = generate_toy("spiral", samples=300, noise=0.0, seed=0)
    noisy, y1 = generate_toy("spiral", samples=300, noise=0.4, seed=0)
    np.testing.assert_array_equal(y0, y1)
    offset = np.abs(noisy - clean)
    assert offset.max() <= 0.4 and offset.max() > 0.2


@pytest.mark.parametrize("classes", [3, 5, 8])
def test_spiral_many_arms(classes):
    samples = 10 * classes + 1
    points, y = generate_toy("spiral", samples=samples, noise=0.0, seed=0, classes=classes)
    counts = np.bincount(y)
    assert counts.tolist() == [11] + [10] * (classes - 1)
    for label in range(classes):
        arm = points[y == label]
        n = len(arm)
        i = 3
        t = 1.75 * i / n * 2 * math.pi + 2 * math.pi * ((label - 1) % classes) / classes
        assert arm[i] == pytest.approx([i / n * 5 * math.sin(t), i / n * 5 * math.cos(t)], abs=1e-12)
    ds = load_toy("spiral", samples=samples, classes=classes, test_fraction=0.3)
    assert ds.n_classes == classes and ds.class_names == tuple(str(k) for k in range(classes))


@pytest.mark.parametrize("classes", [2, 3, 8])
def test_blobs(classes):
    points, y = generate_toy("blobs", samples=800 * classes + 1, noise=0.0, seed=9, classes=classes)
    assert np.bincount(y).tolist() == [801] + [800] * (classes - 1)
    for k in range(classes):
        centre = points[y == k].mean(axis=0)
        angle = 2 * math.pi * k / classes
        np.testing.assert_allclose(centre, [4 * math.cos(angle), 4 * math.sin(angle)], atol=0.1)
        np.testing.assert_allclose(points[y == k].std(axis=0), [math.sqrt(0.5)] * 2, rtol=0.1)
    assert load_toy("blobs").n_classes == 3  # the default


def test_plane_noise_free_target():
    points, y = generate_toy("plane", samples=500, noise=0.0, seed=1)
    np.testing.assert_allclose(y[:, 0], (points[:, 0] + points[:, 1]) / 10)
    assert np.all(np.abs(points) <= 6)
    noisy_points, noisy_y = generate_toy("plane", samples=500, noise=0.5, seed=1)
    assert not np.allclose(noisy_y[:, 0], (noisy_points[:, 0] + noisy_points[:, 1]) / 10)


def _tf_regress_gaussian_label(x: float, y: float) -> float:
    """A literal transcription of the Playground's getLabel in regressGaussian."""
    gaussians = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]
    label = 0.0
    for cx, cy, sign in gaussians:
        d = math.hypot(x - cx, y - cy)
        scaled = min(max(1 - d / 2, 0.0), 1.0)  # d3 linear [0,2] -> [1,0], clamped
        new = sign * scaled
        if abs(new) > abs(label):
            label = new
    return label


def test_multi_gauss_matches_playground():
    points, y = generate_toy("multi_gauss", samples=400, noise=0.0, seed=3)
    expected = [_tf_regress_gaussian_label(px, py) for px, py in points]
    np.testing.assert_allclose(y[:, 0], expected, atol=1e-12)
    assert y.max() > 0.5 and y.min() < -0.5 and np.any(y == 0)
    assert np.all(np.abs(y) <= 1)


def test_sine():
    points, y = generate_toy("sine", samples=300, noise=0.0, seed=1)
    assert points.shape == (300, 1) and y.shape == (300, 1)
    np.testing.assert_allclose(y, np.sin(points))
    _, noisy = generate_toy("sine", samples=300, noise=0.5, seed=1)
    assert 0.3 < np.std(noisy - y) < 0.7


# --------------------------------------------------------------------------- features


def test_make_features_values_and_order():
    points = np.array([[1.0, 2.0], [-0.5, 3.0]])
    X = make_features(points, FEATURES)
    x1, x2 = points.T
    expected = np.column_stack([x1, x2, x1**2, x2**2, x1 * x2, np.sin(x1), np.sin(x2)])
    np.testing.assert_allclose(X, expected)
    X = make_features(points, ("sin_x2", "x1"))
    np.testing.assert_allclose(X, np.column_stack([np.sin(x2), x1]))
    assert X.dtype == np.float64 and X.flags.c_contiguous


def test_make_features_one_dimensional():
    X = make_features(np.array([[2.0], [3.0]]), ("x1", "x1_squared", "sin_x1"))
    np.testing.assert_allclose(X, [[2, 4, math.sin(2)], [3, 9, math.sin(3)]])
    with pytest.raises(DataError, match="x2"):
        make_features(np.array([[2.0]]), ("x2",))


def test_default_features_are_the_raw_coordinates():
    assert load_toy("circle", samples=10).features == ("x1", "x2")
    sine = load_toy("sine", samples=10)
    assert sine.features == ("x1",)
    np.testing.assert_array_equal(sine.X_train, sine.raw_train)


def test_load_toy_features_and_transform_raw():
    ds = load_toy("circle", samples=60, features=("x1_squared", "x2_squared", "x1_times_x2"))
    assert ds.features == ds.feature_names == ("x1_squared", "x2_squared", "x1_times_x2")
    np.testing.assert_allclose(ds.X_train, make_features(ds.raw_train, ds.features))
    np.testing.assert_allclose(ds.transform_raw(ds.raw_test), ds.X_test)
    grid = np.array([[0.0, 0.0], [1.0, -2.0]])
    np.testing.assert_allclose(ds.transform_raw(grid), [[0, 0, 0], [1, 4, -2]])
    sine = load_toy("sine", samples=20, features=("sin_x1",))
    np.testing.assert_allclose(sine.transform_raw(np.array([[1.0]])), [[math.sin(1.0)]])


# --------------------------------------------------------------------------- split


def test_split_plain_sizes_and_seed():
    train, test = train_test_split_indices(100, 0.3, seed=1)
    assert len(test) == 30 and len(train) == 70
    assert sorted(np.concatenate([train, test]).tolist()) == list(range(100))
    again = train_test_split_indices(100, 0.3, seed=1)
    other = train_test_split_indices(100, 0.3, seed=2)
    np.testing.assert_array_equal(train, again[0])
    assert not np.array_equal(train, other[0])
    assert train.dtype == np.int64


def test_split_stratified():
    labels = np.array([0] * 50 + [1] * 30 + [2] * 20)
    train, test = train_test_split_indices(100, 0.2, seed=0, labels=labels)
    assert np.bincount(labels[test]).tolist() == [10, 6, 4]
    assert np.bincount(labels[train]).tolist() == [40, 24, 16]
    assert sorted(np.concatenate([train, test]).tolist()) == list(range(100))


def test_split_edge_cases():
    train, test = train_test_split_indices(10, 0.0, seed=0)
    assert len(test) == 0 and len(train) == 10
    train, test = train_test_split_indices(1, 0.9, seed=0)
    assert train.tolist() == [0] and len(test) == 0
    # A class with one row stays in training; the split never empties training.
    labels = np.array([0, 1, 1, 1, 1])
    train, test = train_test_split_indices(5, 0.9, seed=0, labels=labels)
    assert 0 in train.tolist() and len(train) >= 2
    assert np.bincount(labels[train], minlength=2)[1] == 1


def test_toy_split_is_stratified():
    ds = load_toy("blobs", samples=300, test_fraction=0.2, classes=3)
    assert np.bincount(ds.y_test).tolist() == [20, 20, 20]
    ds = load_toy("xor", samples=50, test_fraction=0.0)
    assert ds.n_test == 0 and ds.X_test.shape == (0, 2) and ds.n_train == 50


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "kwargs, fragment",
    [
        (dict(name="moons"), "moons"),
        (dict(name="circle", features=("x3",)), "x3"),
        (dict(name="circle", features=()), "at least one"),
        (dict(name="circle", features=("x1", "x1")), "twice"),
        (dict(name="sine", features=("x1", "x2")), "x2"),
        (dict(name="spiral", classes=9), "2 to 8"),
        (dict(name="spiral", classes=1), "2 to 8"),
        (dict(name="blobs", classes=2.5), "2.5"),
        (dict(name="circle", classes=3), "always has 2"),
        (dict(name="plane", classes=2), "no classes"),
        (dict(name="circle", samples=3), "at least 4"),
        (dict(name="blobs", samples=5, classes=3), "at least 6"),
        (dict(name="sine", samples=1), "at least 2"),
        (dict(name="circle", noise=0.6), "0.6"),
        (dict(name="circle", noise=-0.1), "-0.1"),
        (dict(name="circle", noise=float("nan")), "nan"),
        (dict(name="circle", test_fraction=0.95), "0.95"),
        (dict(name="circle", test_fraction=-0.1), "test fraction"),
        (dict(name="circle", seed=-1), "seed"),
    ],
)
def test_load_toy_errors(kwargs, fragment):
    name = kwargs.pop("name")
    with pytest.raises(DataError) as info:
        load_toy(name, **kwargs)
    assert fragment in str(info.value)
    assert "{" not in str(info.value)


def test_circle_accepts_its_fixed_class_count():
    assert load_toy("circle", classes=2, samples=10).n_classes == 2


def test_transform_raw_needs_toy_data():
    ds = load_toy("circle", samples=10)
    csv_like = Dataset(
        name="f", task="regression", feature_names=("a",), class_names=(), target_names=("t",),
        X_train=ds.X_train, y_train=np.zeros((ds.n_train, 1)), X_test=ds.X_test, y_test=np.zeros((ds.n_test, 1)),
        raw_train=None, raw_test=None, features=("a",), mean=None, std=None,
    )
    assert csv_like.dropped_rows == 0
    with pytest.raises(DataError, match="'f'"):
        csv_like.transform_raw(np.zeros((1, 2)))


# --------------------------------------------------------------------------- source rules


def test_messages_are_marked_for_translation():
    assert_translatable(datasets)
    assert_no_qt(datasets)
    # _check_number_range receives its template from its callers: those must mark it.
    tree = ast.parse(Path(datasets.__file__).read_text(encoding="utf-8"))
    calls = [
        node for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_check_number_range"
    ]
    assert len(calls) == 2
    for call in calls:
        assert call.args[3].func.id == "QT_TRANSLATE_NOOP"
