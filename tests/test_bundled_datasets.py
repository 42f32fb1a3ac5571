"""The real data sets in resources/datasets load, their presets learn them, and the README
credits each one."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from backprop_gui.build import build_run
from backprop_gui.schema import experiment
from backprop_gui.data.csvdata import load_csv

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
DATASETS = RESOURCES / "datasets"
EXPERIMENTS = RESOURCES / "experiments"

_BC_BASE = (
    "radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
    "concave_points", "symmetry", "fractal_dimension",
)  # fmt: skip

# name -> (target, rows, feature columns, class names with their counts)
EXPECTED = {
    "iris": (
        "species", 150,
        ("sepal_length", "sepal_width", "petal_length", "petal_width"),
        {"setosa": 50, "versicolor": 50, "virginica": 50},
    ),
    "wine": (
        "cultivar", 178,
        ("alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids",
         "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue", "od280_od315_of_diluted_wines",
         "proline"),
        {"cultivar_1": 59, "cultivar_2": 71, "cultivar_3": 48},
    ),
    "breast_cancer": (
        "diagnosis", 569,
        tuple(f"mean_{b}" for b in _BC_BASE) + tuple(f"{b}_error" for b in _BC_BASE)
        + tuple(f"worst_{b}" for b in _BC_BASE),
        {"benign": 357, "malignant": 212},
    ),
    "digits": (
        "digit", 1797,
        tuple(f"pixel_{i}_{j}" for i in range(8) for j in range(8)),
        {"0": 178, "1": 182, "2": 177, "3": 183, "4": 181, "5": 182, "6": 181, "7": 179, "8": 174, "9": 180},
    ),
}  # fmt: skip

# The accuracy each shipped preset must reach on its test rows.
MIN_TEST_ACCURACY = {"iris": 0.93, "wine": 0.95, "breast_cancer": 0.95, "digits": 0.95}


def load_all(name):
    target = EXPECTED[name][0]
    return load_csv(DATASETS / f"{name}.csv", target=target, test_fraction=0.0, standardize=False)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_csv_has_the_right_rows_columns_and_classes(name):
    target, rows, features, classes = EXPECTED[name]
    path = DATASETS / f"{name}.csv"
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == [*features, target]  # the target is the last column

    data = load_all(name)
    assert data.task == "classification"  # inferred, not asked for
    assert data.feature_names == features
    assert set(data.class_names) == set(classes)
    assert len(data.X_train) == rows and len(data.X_test) == 0
    counts = np.bincount(data.y_train, minlength=len(data.class_names))
    assert dict(zip(data.class_names, counts.tolist())) == classes
    assert np.isfinite(data.X_train).all()

    # With the default 30 % test split the loader keeps every row.
    split = load_csv(path, target=target)
    assert len(split.X_train) + len(split.X_test) == rows
    assert split.n_classes == len(classes)


def test_values_match_the_published_statistics():
    iris = load_all("iris").X_train
    assert iris.mean(axis=0) == pytest.approx([5.8433, 3.0573, 3.758, 1.1993], abs=5e-4)
    assert iris.min(axis=0).tolist() == [4.3, 2.0, 1.0, 0.1]
    assert iris.max(axis=0).tolist() == [7.9, 4.4, 6.9, 2.5]
    # Fisher's values, not the two wrong ones of UCI's iris.data (flowers 35 and 38, counted from 1;
    # line 1 of the file is the header).
    lines = (DATASETS / "iris.csv").read_text(encoding="utf-8").splitlines()
    assert lines[35] == "4.9,3.1,1.5,0.2,setosa"
    assert lines[38] == "4.9,3.6,1.4,0.1,setosa"

    wine = load_all("wine").X_train
    assert wine[:, 0].min() == pytest.approx(11.03) and wine[:, 0].max() == pytest.approx(14.83)
    assert wine[:, 12].min() == 278 and wine[:, 12].max() == 1680  # proline
    assert wine[:, 4].mean() == pytest.approx(99.74, abs=0.01)  # magnesium

    cancer = load_all("breast_cancer")
    radius = cancer.X_train[:, 0]
    assert radius.min() == pytest.approx(6.981) and radius.max() == pytest.approx(28.11)
    assert cancer.X_train[:, 23].max() == pytest.approx(4254.0)  # worst area
    # scikit-learn codes 0 = malignant: malignant masses are the larger ones.
    malignant = cancer.y_train == cancer.class_names.index("malignant")
    assert radius[malignant].mean() > radius[~malignant].mean() + 4

    digits = load_all("digits").X_train
    assert digits.min() == 0 and digits.max() == 16
    assert np.array_equal(digits, np.round(digits))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_preset_points_at_its_csv_and_reaches_its_accuracy(name):
    path = EXPERIMENTS / f"{name}.json"
    doc = experiment.load(path)
    data = doc["data"]
    assert data["source"] == "csv"
    assert data["path"] == f"../datasets/{name}.csv"
    assert data["target"] == EXPECTED[name][0]
    assert data["standardize"] is True and data["test_fraction"] == 0.3
    assert doc["title"] and doc["description"]
    if name == "breast_cancer":
        assert (doc["network"]["output_activation"], doc["training"]["loss"]) == ("sigmoid", "binary_cross_entropy")
    else:
        assert (doc["network"]["output_activation"], doc["training"]["loss"]) == ("softmax", "cross_entropy")

    run = build_run(doc, base_dir=path.parent)  # exactly as shipped
    assert run.trainer.run() == "max_epochs"
    assert run.trainer.last_metrics.test_accuracy >= MIN_TEST_ACCURACY[name]


def readme_sections():
    text = (DATASETS / "README.md").read_text(encoding="utf-8")
    parts = re.split(r"^### ", text, flags=re.MULTILINE)[1:]
    return {re.search(r"`(\w+)\.csv`", part.splitlines()[0]).group(1): part for part in parts}


def test_readme_names_a_licence_and_a_citation_for_each_file():
    text = (DATASETS / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in text and "BSD-3-Clause" in text
    assert "Kelly, M., Longjohn, R." in text and "Dua, D. & Graff, C." in text
    sections = readme_sections()
    assert set(sections) == set(EXPECTED) == {p.stem for p in DATASETS.glob("*.csv")}
    authors = {"iris": "Fisher", "wine": "Aeberhard", "breast_cancer": "Street", "digits": "Alpaydin"}
    for name, section in sections.items():
        assert "Licence: CC BY 4.0" in section, name
        assert "Citation:" in section and authors[name] in section, name
        assert "https://archive.ics.uci.edu/dataset/" in section, name
        assert "https://doi.org/10.24432/" in section, name
        assert "scikit-learn's bundled copy" in section, name
