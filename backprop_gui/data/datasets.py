"""Data sets: the shared :class:`Dataset` type, TensorFlow Playground's toy data, features, split.

Toy data sets
-------------
The generators follow ``dataset.ts`` of TensorFlow Playground (playground.tensorflow.org)
so that a network behaves here as it does there. Points lie in about [-6, 6]²; ``noise``
goes from 0 to 0.5 as on the Playground's slider. The Playground labels points -1 and +1;
here they are classes 0 and 1, with the Playground's +1 (blue) as class 1.

* ``circle``: class 1 inside, class 0 on a ring outside. Inside points have radius
  r ~ U(0, 2.5), outside points r ~ U(3.5, 5), at an angle ~ U(0, 2π). The label is
  ``dist < 2.5`` measured at the point moved by a noise offset U(-5, 5)·noise per axis;
  the stored point is *not* moved, so noise shows as points of the wrong colour.
* ``xor``: x, y ~ U(-5, 5), each pushed 0.3 away from 0 (so no point sits on an axis);
  class 1 when (x + nx)·(y + ny) >= 0 with nx, ny ~ U(-5, 5)·noise.
* ``gauss``: two Gaussian clouds, class 1 around (2, 2) and class 0 around (-2, -2). The
  Playground maps noise [0, 0.5] linearly to a *variance* [0.5, 4]; each coordinate is
  mean + sqrt(variance)·N(0, 1).
* ``spiral``: arm points i = 0..n-1 with r = i/n·5, t = 1.75·(i/n)·2π + Δt,
  x = r·sin t + U(-1, 1)·noise, y = r·cos t + U(-1, 1)·noise. The Playground has two arms,
  Δt = 0 (class 1) and Δt = π (class 0). Our extension to K = 3..8 classes (``classes``)
  gives arm k the offset Δt = 2πk/K and the class (k + 1) mod K, which for K = 2 is
  exactly the Playground's rule. ``n`` is the number of points on that arm.
* ``plane`` (regression): x, y ~ U(-6, 6); target (x + nx + y + ny)/10 with nx, ny ~
  U(-6, 6)·noise, i.e. the Playground's linear map of x + y from [-10, 10] to [-1, 1].
* ``multi_gauss`` (regression, the Playground's "regressGaussian"): six bumps at
  (-4, 2.5)+, (0, 2.5)-, (4, 2.5)+, (-4, -2.5)-, (0, -2.5)+, (4, -2.5)-. Each bump's value at
  distance d is sign·clamp(1 - d/2, 0, 1) (the map d: [0, 2] -> [1, 0]); the target is the
  bump value largest in absolute size (the first on ties), evaluated at the point moved
  by a noise offset U(-6, 6)·noise per axis.

Our own additions:

* ``blobs``: K = 2..8 (default 3) Gaussian clusters; centre k at 4·(cos 2πk/K, sin 2πk/K),
  standard deviation sqrt(variance) with the same noise -> variance map as ``gauss``.
* ``sine`` (regression, one input): x ~ U(-6, 6), target sin(x) + noise·N(0, 1).
  Its raw points have shape (n, 1).

Class-balanced generators give every class ``samples // K`` points and one more to each of
the first ``samples % K`` classes, so there are ``samples`` points in total. (The
Playground's circle labels come from the noisy point, so with noise the classes are only
roughly balanced there as here.) Everything is drawn from ``np.random.default_rng(seed)``,
so a seed always gives the same data and the same split.

Features
--------
The Playground feeds the network features of the point (x1, x2) rather than the point
itself: ``x1, x2, x1_squared, x2_squared, x1_times_x2, sin_x1, sin_x2``. The one-input
``sine`` set has only ``x1, x1_squared, sin_x1``. Toy data is not standardised, as in the
Playground; CSV data (see :mod:`backprop_gui.data.csvdata`) usually is.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from ..core import targets
from ..core.errors import QT_TRANSLATE_NOOP, DataError
from ..core.targets import CLASSIFICATION, REGRESSION
from ..schema import fields

#: Every input feature, in the Playground's order.
FEATURES: tuple[str, ...] = (
    "x1",
    "x2",
    "x1_squared",
    "x2_squared",
    "x1_times_x2",
    "sin_x1",
    "sin_x2",
)

#: The features a one-input (raw_dim 1) data set allows.
FEATURES_1D: tuple[str, ...] = ("x1", "x1_squared", "sin_x1")

MAX_NOISE = 0.5
MAX_TEST_FRACTION = 0.9


@dataclass(frozen=True, eq=False)
class Dataset:
    """A data set ready for training: inputs and targets, split into training and test parts.

    ``X_*`` are float64 (n, d) arrays, already featurised (toy data) or standardised (CSV
    data when asked). For classification ``y_*`` are int64 class indices 0..K-1 of shape
    (n,); for regression float64 arrays of shape (n, k), one column per target.
    """

    name: str
    task: str
    feature_names: tuple[str, ...]
    class_names: tuple[str, ...]
    target_names: tuple[str, ...]
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    raw_train: np.ndarray | None
    raw_test: np.ndarray | None
    features: tuple[str, ...]
    mean: np.ndarray | None
    std: np.ndarray | None
    dropped_rows: int = 0  # CSV with drop_missing: how many rows were left out

    @property
    def n_classes(self) -> int:
        """Number of classes; 0 for regression."""
        return len(self.class_names) if self.task == CLASSIFICATION else 0

    def output_width(self, output_activation: str) -> int:
        """The output layer's width for this data (:func:`core.targets.output_width`)."""
        return targets.output_width(self.task, self.n_classes, len(self.target_names), output_activation)

    def encode_targets(self, labels_or_values: np.ndarray, width: int, dtype) -> np.ndarray:
        """Targets as the loss needs them (:func:`core.targets.encode_targets`)."""
        return targets.encode_targets(self.task, labels_or_values, width, dtype)

    @property
    def input_dim(self) -> int:
        """Number of input columns the model sees."""
        return int(self.X_train.shape[1])

    @property
    def n_train(self) -> int:
        return int(self.X_train.shape[0])

    @property
    def n_test(self) -> int:
        return int(self.X_test.shape[0])

    def transform_raw(self, points: np.ndarray) -> np.ndarray:
        """Apply this toy data set's feature map to raw points of shape (n, raw_dim).

        Used to evaluate the model over a grid of the plane (decision boundaries). Only toy
        data sets have raw points; CSV data sets raise :class:`DataError`.
        """
        if self.raw_train is None:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The data set '{name}' comes from a file and has no raw points; "
                    "only the built-in data sets can be drawn over the plane.",
                ),
                name=self.name,
            )
        points = np.asarray(points, dtype=np.float64)
        if points.ndim == 1:
            points = points.reshape(-1, 1)
        raw_dim = self.raw_train.shape[1]
        if points.ndim != 2 or points.shape[1] != raw_dim:
            raise ValueError(f"expected points of shape (n, {raw_dim}), got {points.shape}")
        return make_features(points, self.features)


@dataclass(frozen=True)
class ToyInfo:
    """What a toy data set is: its task, raw input size and allowed number of classes.

    Regression sets have 0 for all three class counts; sets with a fixed number of
    classes have ``min_classes == max_classes == default_classes``.
    """

    task: str
    raw_dim: int
    default_classes: int
    min_classes: int
    max_classes: int

    @property
    def takes_classes(self) -> bool:
        """True when the number of classes can be chosen (``classes=`` in load_toy)."""
        return self.min_classes < self.max_classes


#: The toy data sets by name, in the order a user interface should list them.
TOY_DATASETS: Mapping[str, ToyInfo] = MappingProxyType(
    {
        "circle": ToyInfo(CLASSIFICATION, 2, 2, 2, 2),
        "xor": ToyInfo(CLASSIFICATION, 2, 2, 2, 2),
        "gauss": ToyInfo(CLASSIFICATION, 2, 2, 2, 2),
        "spiral": ToyInfo(CLASSIFICATION, 2, 2, 2, 8),
        "blobs": ToyInfo(CLASSIFICATION, 2, 3, 2, 8),
        "plane": ToyInfo(REGRESSION, 2, 0, 0, 0),
        "multi_gauss": ToyInfo(REGRESSION, 2, 0, 0, 0),
        "sine": ToyInfo(REGRESSION, 1, 0, 0, 0),
    }
)


# --------------------------------------------------------------------------- features


def _check_features(features: Sequence[str], raw_dim: int, dataset: str | None) -> tuple[str, ...]:
    """Validate a list of feature names for points with ``raw_dim`` coordinates."""
    if isinstance(features, str):
        features = (features,)
    features = tuple(features)
    allowed = FEATURES if raw_dim == 2 else FEATURES_1D
    if not features:
        raise DataError(
            QT_TRANSLATE_NOOP("core", "No input feature is selected; choose at least one of: {choices}."),
            choices=", ".join(allowed),
        )
    seen: set[str] = set()
    for feature in features:
        if feature not in FEATURES:
            raise DataError(
                QT_TRANSLATE_NOOP("core", "'{feature}' is not a known feature; choose from: {choices}."),
                feature=feature,
                choices=", ".join(allowed),
            )
        if feature not in allowed:
            if dataset is None:
                raise DataError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The feature '{feature}' needs two input coordinates but the points have "
                        "one; choose from: {choices}.",
                    ),
                    feature=feature,
                    choices=", ".join(allowed),
                )
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The '{dataset}' data set has a single input, so it has no feature '{feature}'; "
                    "choose from: {choices}.",
                ),
                dataset=dataset,
                feature=feature,
                choices=", ".join(allowed),
            )
        if feature in seen:
            raise DataError(
                QT_TRANSLATE_NOOP("core", "The feature '{feature}' is selected twice; select each feature once."),
                feature=feature,
            )
        seen.add(feature)
    return features


def make_features(points: np.ndarray, features: Sequence[str]) -> np.ndarray:
    """Map raw points (n, 1) or (n, 2) to the model's inputs, one column per feature.

    With x1 = points[:, 0] and x2 = points[:, 1]: ``x1_squared`` is x1², ``x1_times_x2``
    is x1·x2, ``sin_x1`` is sin(x1) (radians), and so on. Columns follow the order of
    ``features``. Returns a C-contiguous float64 (n, len(features)) array.
    """
    points = np.asarray(points, dtype=np.float64)
    if points.ndim == 1:
        points = points.reshape(-1, 1)
    if points.ndim != 2 or points.shape[1] not in (1, 2):
        raise ValueError(f"points must have shape (n, 1) or (n, 2), got {points.shape}")
    features = _check_features(features, points.shape[1], None)
    x1 = points[:, 0]
    x2 = points[:, 1] if points.shape[1] == 2 else None
    out = np.empty((points.shape[0], len(features)), dtype=np.float64)
    for j, feature in enumerate(features):
        out[:, j] = _feature_column(feature, x1, x2)
    return out


def _feature_column(feature: str, x1: np.ndarray, x2: np.ndarray | None) -> np.ndarray:
    if feature == "x1":
        return x1
    if feature == "x2":
        return x2
    if feature == "x1_squared":
        return x1 * x1
    if feature == "x2_squared":
        return x2 * x2
    if feature == "x1_times_x2":
        return x1 * x2
    if feature == "sin_x1":
        return np.sin(x1)
    if feature == "sin_x2":
        return np.sin(x2)
    raise ValueError(f"unknown feature {feature!r}")  # _check_features rules this out


# --------------------------------------------------------------------------- split


def _round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


def train_test_split_indices(
    n: int,
    test_fraction: float,
    seed: int | np.random.Generator,
    labels: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Shuffle ``range(n)`` and split it into (train_idx, test_idx), both int64 arrays.

    Without ``labels`` the test set has round(test_fraction·n) points. With ``labels``
    the split is stratified: each class c with count_c rows puts round(test_fraction·
    count_c) of them in the test set (rounding halves up), but always keeps at least one in
    the training set, so a class with a single row is only trained on. The training set is
    therefore never empty (for n >= 1); ``test_fraction == 0`` gives an empty test set.

    ``seed`` is an int or a ``np.random.Generator`` (to continue a stream). Both index
    arrays come out in shuffled order, so a trainer reading them in order does not see
    the rows grouped by class or file position.
    """
    n = int(n)
    if n < 1:
        raise ValueError("cannot split an empty data set")
    if not 0.0 <= test_fraction < 1.0:
        raise ValueError(f"test_fraction must be in [0, 1), got {test_fraction}")
    rng = np.random.default_rng(seed)
    if labels is None:
        n_test = min(_round_half_up(test_fraction * n), n - 1)
        order = rng.permutation(n)
        return order[n_test:].astype(np.int64), order[:n_test].astype(np.int64)

    labels = np.asarray(labels)
    if labels.shape != (n,):
        raise ValueError(f"labels must have shape ({n},), got {labels.shape}")
    train_parts, test_parts = [], []
    for c in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == c))
        n_test = min(_round_half_up(test_fraction * len(members)), len(members) - 1)
        test_parts.append(members[:n_test])
        train_parts.append(members[n_test:])
    train = rng.permutation(np.concatenate(train_parts)).astype(np.int64)
    test = rng.permutation(np.concatenate(test_parts)).astype(np.int64)
    return train, test


# --------------------------------------------------------------------------- generators


def _class_counts(samples: int, classes: int) -> list[int]:
    """samples // K per class, the remainder going one each to the first classes."""
    base, extra = divmod(samples, classes)
    return [base + (1 if k < extra else 0) for k in range(classes)]


def _gauss_variance(noise: float) -> float:
    """The Playground's linear map of noise [0, 0.5] to variance [0.5, 4]."""
    return 0.5 + noise / MAX_NOISE * (4.0 - 0.5)


def _uniform(rng: np.random.Generator, low: float, high: float, size) -> np.ndarray:
    """The Playground's randUniform(a, b) = random·(b - a) + a."""
    return rng.random(size) * (high - low) + low


def _circle(rng, samples, noise, classes):
    radius = 5.0
    n_out, n_in = _class_counts(samples, 2)  # class 0 outside, class 1 inside
    parts = []
    for count, (r_low, r_high) in ((n_out, (radius * 0.7, radius)), (n_in, (0.0, radius * 0.5))):
        r = _uniform(rng, r_low, r_high, count)
        angle = _uniform(rng, 0.0, 2 * math.pi, count)
        parts.append(np.column_stack([r * np.sin(angle), r * np.cos(angle)]))
    points = np.concatenate(parts)
    offset = _uniform(rng, -radius, radius, points.shape) * noise
    labels = (np.hypot(*(points + offset).T) < radius * 0.5).astype(np.int64)
    return points, labels


def _xor(rng, samples, noise, classes):
    padding = 0.3
    points = _uniform(rng, -5.0, 5.0, (samples, 2))
    points += np.where(points > 0, padding, -padding)
    noisy = points + _uniform(rng, -5.0, 5.0, (samples, 2)) * noise
    labels = (noisy[:, 0] * noisy[:, 1] >= 0).astype(np.int64)
    return points, labels


def _gaussian_clusters(rng, counts, centres, noise):
    std = math.sqrt(_gauss_variance(noise))
    points = np.concatenate(
        [centre + std * rng.standard_normal((count, 2)) for count, centre in zip(counts, centres)]
    )
    labels = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    return points, labels


def _gauss(rng, samples, noise, classes):
    centres = [np.array([-2.0, -2.0]), np.array([2.0, 2.0])]  # class 0, class 1
    return _gaussian_clusters(rng, _class_counts(samples, 2), centres, noise)


def _blobs(rng, samples, noise, classes):
    angles = 2 * math.pi * np.arange(classes) / classes
    centres = [4.0 * np.array([math.cos(a), math.sin(a)]) for a in angles]
    return _gaussian_clusters(rng, _class_counts(samples, classes), centres, noise)


def _spiral(rng, samples, noise, classes):
    counts = _class_counts(samples, classes)
    points, labels = [], []
    for label, n in enumerate(counts):
        arm = (label - 1) % classes  # class 1 on the arm with offset 0, as in the Playground
        delta_t = 2 * math.pi * arm / classes
        i = np.arange(n, dtype=np.float64)
        r = i / n * 5
        t = 1.75 * i / n * 2 * math.pi + delta_t
        x = r * np.sin(t) + _uniform(rng, -1.0, 1.0, n) * noise
        y = r * np.cos(t) + _uniform(rng, -1.0, 1.0, n) * noise
        points.append(np.column_stack([x, y]))
        labels.append(np.full(n, label, dtype=np.int64))
    return np.concatenate(points), np.concatenate(labels)


def _plane(rng, samples, noise, classes):
    radius = 6.0
    points = _uniform(rng, -radius, radius, (samples, 2))
    noisy = points + _uniform(rng, -radius, radius, (samples, 2)) * noise
    target = (noisy[:, 0] + noisy[:, 1]) / 10.0
    return points, target.reshape(-1, 1)


_GAUSSIAN_BUMPS = np.array(
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]],
    dtype=np.float64,
)


def _multi_gauss(rng, samples, noise, classes):
    radius = 6.0
    points = _uniform(rng, -radius, radius, (samples, 2))
    noisy = points + _uniform(rng, -radius, radius, (samples, 2)) * noise
    centres, signs = _GAUSSIAN_BUMPS[:, :2], _GAUSSIAN_BUMPS[:, 2]
    dist = np.linalg.norm(noisy[:, None, :] - centres[None, :, :], axis=2)  # (n, 6)
    values = signs * np.clip(1.0 - dist / 2.0, 0.0, 1.0)
    best = np.argmax(np.abs(values), axis=1)  # first maximum, like the Playground's strict '>'
    target = values[np.arange(samples), best] + 0.0  # + 0.0 turns -0.0 into 0.0
    return points, target.reshape(-1, 1)


def _sine(rng, samples, noise, classes):
    x = _uniform(rng, -6.0, 6.0, samples)
    target = np.sin(x) + noise * rng.standard_normal(samples)
    return x.reshape(-1, 1), target.reshape(-1, 1)


_GENERATORS = {
    "circle": _circle,
    "xor": _xor,
    "gauss": _gauss,
    "spiral": _spiral,
    "blobs": _blobs,
    "plane": _plane,
    "multi_gauss": _multi_gauss,
    "sine": _sine,
}


# --------------------------------------------------------------------------- validation


def _is_int(value) -> bool:
    """A whole number as an experiment accepts one: ``8`` or ``8.0``, never ``True``."""
    return fields.as_whole(value) is not None


def _check_number_range(value, low: float, high: float, template: str, **params) -> float:
    """``value`` as a float in [low, high], else DataError(template)."""
    number = fields.as_number(value)  # None for text, true/false, NaN and ±∞
    if number is None or not fields.in_range(number, low, high):
        raise DataError(template, value=value, low=low, high=high, **params)
    return number


def check_test_fraction(test_fraction) -> float:
    """Validate a test fraction: a number in [0, 0.9]."""
    return _check_number_range(
        test_fraction,
        0.0,
        MAX_TEST_FRACTION,
        QT_TRANSLATE_NOOP(
            "core",
            "The test fraction must be between {low} and {high}, but it is {value}; "
            "choose a value in that range.",
        ),
    )


def check_seed(seed) -> int:
    """Validate a random seed: a whole number of 0 or more."""
    whole = fields.as_whole(seed)
    if whole is None or whole < 0:
        raise DataError(
            QT_TRANSLATE_NOOP("core", "The random seed must be a whole number of 0 or more, but it is {value}."),
            value=seed,
        )
    return whole


def _check_toy_args(name, samples, noise, classes) -> tuple[ToyInfo, int]:
    """Validate load_toy's arguments; return the data set's info and its class count."""
    if name not in TOY_DATASETS:
        raise DataError(
            QT_TRANSLATE_NOOP("core", "There is no built-in data set called '{name}'; choose one of: {choices}."),
            name=name,
            choices=", ".join(TOY_DATASETS),
        )
    info = TOY_DATASETS[name]
    _check_number_range(
        noise,
        0.0,
        MAX_NOISE,
        QT_TRANSLATE_NOOP(
            "core", "The noise must be between {low} and {high}, but it is {value}; choose a value in that range."
        ),
    )
    if classes is None:
        classes = info.default_classes
    elif info.task == REGRESSION:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "The '{name}' data set is a regression task and has no classes; "
                "leave the number of classes unset.",
            ),
            name=name,
        )
    elif not _is_int(classes) or not info.min_classes <= classes <= info.max_classes:
        if info.takes_classes:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The '{name}' data set can have {low} to {high} classes, but {value} were asked for; "
                    "choose a number in that range.",
                ),
                name=name,
                low=info.min_classes,
                high=info.max_classes,
                value=classes,
            )
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "The '{name}' data set always has {count} classes, so the number of classes cannot be {value}.",
            ),
            name=name,
            count=info.default_classes,
            value=classes,
        )
    classes = fields.as_whole(classes)
    # Two points per class so that a stratified split can keep one of each for training
    # and test; regression needs two points so that a split leaves one for training.
    minimum = 2 * classes if info.task == CLASSIFICATION else 2
    if not _is_int(samples) or samples < minimum:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "The '{name}' data set needs at least {minimum} samples, but {value} were asked for; "
                "choose more samples.",
            ),
            name=name,
            minimum=minimum,
            value=samples,
        )
    return info, classes


def generate_toy(
    name: str,
    *,
    samples: int = 500,
    noise: float = 0.0,
    seed: int | np.random.Generator = 0,
    classes: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Draw a toy data set's raw points and targets, unshuffled and unsplit.

    Returns ``(points, y)``: points (samples, raw_dim) float64; y int64 (samples,) class
    labels for classification (grouped by class), float64 (samples, 1) for regression.
    Arguments are checked as in :func:`load_toy`.
    """
    _, classes = _check_toy_args(name, samples, noise, classes)
    rng = np.random.default_rng(seed if isinstance(seed, np.random.Generator) else check_seed(seed))
    return _generate(name, rng, samples, noise, classes)


def _generate(name: str, rng: np.random.Generator, samples, noise, classes: int):
    points, y = _GENERATORS[name](rng, int(samples), float(noise), classes)
    return np.ascontiguousarray(points, dtype=np.float64), y


def load_toy(
    name: str,
    *,
    samples: int = 500,
    noise: float = 0.0,
    test_fraction: float = 0.5,
    features: Sequence[str] | None = None,
    seed: int = 0,
    classes: int | None = None,
) -> Dataset:
    """Generate a toy data set, featurise it and split it into training and test parts.

    ``features`` None means the raw coordinates: ("x1", "x2"), or ("x1",) for the
    one-input ``sine`` set. ``classes`` is only for ``spiral`` (2..8) and ``blobs``
    (2..8); None means the default. The split is stratified for classification. The generator and the split
    share one random stream seeded by ``seed``, so the result depends on the seed only.
    Raises :class:`DataError` for an unknown name or feature, a feature the set lacks,
    a bad number of classes, too few samples, noise outside [0, 0.5] or a test
    fraction outside [0, 0.9].
    """
    info, classes = _check_toy_args(name, samples, noise, classes)
    if features is None:
        features = ("x1", "x2") if info.raw_dim == 2 else ("x1",)
    features = _check_features(features, info.raw_dim, name)
    test_fraction = check_test_fraction(test_fraction)
    rng = np.random.default_rng(check_seed(seed))
    points, y = _generate(name, rng, samples, noise, classes)

    is_classification = info.task == CLASSIFICATION
    train_idx, test_idx = train_test_split_indices(
        len(points), test_fraction, rng, labels=y if is_classification else None
    )
    raw_train, raw_test = points[train_idx], points[test_idx]
    return Dataset(
        name=name,
        task=info.task,
        feature_names=features,
        class_names=tuple(str(k) for k in range(classes)) if is_classification else (),
        target_names=("label",),
        X_train=make_features(raw_train, features),
        y_train=y[train_idx],
        X_test=make_features(raw_test, features),
        y_test=y[test_idx],
        raw_train=raw_train,
        raw_test=raw_test,
        features=features,
        mean=None,
        std=None,
    )
