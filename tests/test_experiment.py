"""Tests for backprop_gui.schema.experiment: the experiment file format."""

from __future__ import annotations

import ast
import copy
import json
import re
import math
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backprop_gui.schema import experiment as ex
from backprop_gui.schema import fields
from backprop_gui.core.errors import ExperimentError

ROOT = Path(__file__).resolve().parents[1]

EXPERIMENTS = ROOT / "resources" / "experiments"

SPEC = {
    "format": "backprop-gui-experiment", "version": 1, "title": "XOR",
    "data": {"source": "builtin", "name": "xor", "samples": 500, "noise": 0.1, "test_fraction": 0.5,
             "features": ["x1", "x2"], "seed": 0},
    "network": {"hidden": [{"units": 8, "activation": "tanh"}, {"units": 8, "activation": "tanh"}],
                "output_activation": "sigmoid", "init": "xavier", "batch_norm": False, "dropout": 0.0},
    "training": {"loss": "binary_cross_entropy", "optimizer": "sgd", "learning_rate": 0.03, "momentum": 0.9,
                 "batch_size": 10, "epochs": 500, "regularization": "none", "regularization_rate": 0.0,
                 "seed": 0, "dtype": "float64"},
}  # fmt: skip

CSV = {
    "format": "backprop-gui-experiment",
    "version": 1,
    "title": "Iris — petals 🌸",
    "data": {"source": "csv", "path": "data/iris.csv", "target": "species"},
    "network": {"hidden": [{"units": 4}], "output_activation": "softmax"},
    "training": {"loss": "cross_entropy"},
}

TEMPLATES = {value for name, value in vars(ex).items() if name.startswith("_T_")} | {
    value for name, value in vars(fields).items() if name.startswith("T_")
}

DELETE = object()


def changed(document: dict, path: tuple, value: object) -> dict:
    """A deep copy of ``document`` with the item at ``path`` set to ``value`` (or deleted)."""
    result = copy.deepcopy(document)
    node = result
    for key in path[:-1]:
        node = node[key]
    if value is DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return result


def error_of(document: object) -> ExperimentError:
    with pytest.raises(ExperimentError) as info:
        ex.validate(document)
    return info.value


# --------------------------------------------------------------------------- good documents


def test_spec_document_validates_and_defaults_are_filled():
    original = copy.deepcopy(SPEC)
    result = ex.validate(SPEC)
    assert SPEC == original, "validate must not change its input"
    assert result["title"] == "XOR"
    assert result["description"] == ""
    assert result["data"] == {
        "source": "builtin", "name": "xor", "samples": 500, "noise": 0.1, "test_fraction": 0.5,
        "validation_fraction": 0.0, "features": ["x1", "x2"], "seed": 0,
    }  # fmt: skip
    assert "classes" not in result["data"]
    assert result["network"]["hidden"] == SPEC["network"]["hidden"]
    training = result["training"]
    assert training["adam_beta1"] == 0.9
    assert training["adam_beta2"] == 0.999
    assert training["adam_epsilon"] == 1e-8
    assert training["target_loss"] is None
    assert list(result) == ["format", "version", "title", "description", "data", "network", "training"]
    assert list(training) == [
        "loss", "optimizer", "learning_rate", "momentum", "adam_beta1", "adam_beta2", "adam_epsilon",
        "batch_size", "epochs", "target_loss", "regularization", "regularization_rate", "seed", "dtype",
        "schedule", "early_stopping",
    ]  # fmt: skip


def test_minimal_document_gets_every_default():
    result = ex.validate({"format": ex.FORMAT, "version": 1, "data": {"source": "builtin"}})
    assert result == {
        "format": ex.FORMAT,
        "version": 1,
        "title": "Untitled experiment",
        "description": "",
        "data": {"source": "builtin", "name": "spiral", "samples": 500, "noise": 0.0,
                 "test_fraction": 0.5, "validation_fraction": 0.0, "features": ["x1", "x2"], "seed": 0, "classes": 2},
        "network": {"hidden": [{"units": 8, "activation": "tanh"}, {"units": 8, "activation": "tanh"}],
                    "output_activation": "sigmoid", "init": "xavier", "batch_norm": False, "dropout": 0.0},
        "training": {"loss": "binary_cross_entropy", "optimizer": "sgd", "learning_rate": 0.03,
                     "momentum": 0.9, "adam_beta1": 0.9, "adam_beta2": 0.999, "adam_epsilon": 1e-8,
                     "batch_size": 10, "epochs": 500, "target_loss": None, "regularization": "none",
                     "regularization_rate": 0.0, "seed": 0, "dtype": "float64",
                     "schedule": {"kind": "constant"}, "early_stopping": None},
    }  # fmt: skip


def test_validate_does_not_fill_in_its_input():
    document = {"format": ex.FORMAT, "version": 1, "data": {"source": "builtin"}, "network": {"hidden": [{}]}}
    before = copy.deepcopy(document)
    result = ex.validate(document)
    assert document == before
    assert result["network"]["hidden"] == [{"units": 8, "activation": "tanh"}]


def test_per_dataset_defaults():
    def data(**fields):
        return ex.validate({"format": ex.FORMAT, "version": 1, "data": {"source": "builtin", **fields}})["data"]

    assert data(name="blobs")["classes"] == 3
    assert data(name="spiral", classes=5)["classes"] == 5
    assert data(name="sine")["features"] == ["x1"]
    assert data(name="sine", features=["sin_x1", "x1_squared"])["features"] == ["sin_x1", "x1_squared"]
    assert data(name="circle")["features"] == ["x1", "x2"]


def test_numbers_are_normalised():
    document = changed(SPEC, ("network", "hidden", 0, "units"), 8.0)
    document = changed(document, ("training", "learning_rate"), 1)
    document = changed(document, ("training", "epochs"), 1e3)
    document = changed(document, ("version",), 1.0)
    document = changed(document, ("training", "target_loss"), 0)
    result = ex.validate(document)
    assert type(result["network"]["hidden"][0]["units"]) is int
    assert result["network"]["hidden"][0]["units"] == 8
    assert type(result["training"]["learning_rate"]) is float
    assert type(result["training"]["epochs"]) is int and result["training"]["epochs"] == 1000
    assert type(result["version"]) is int
    assert type(result["training"]["target_loss"]) is float
    assert type(result["data"]["noise"]) is float and type(result["data"]["samples"]) is int


def test_validate_returns_a_new_object():
    document = copy.deepcopy(SPEC)
    result = ex.validate(document)
    result["data"]["features"].append("x1_squared")
    result["network"]["hidden"][0]["units"] = 99
    assert document == SPEC
    again = ex.validate(document)
    assert again is not result and again["data"]["features"] is not document["data"]["features"]


def test_csv_document_defaults():
    result = ex.validate(CSV)
    assert result["data"] == {
        "source": "csv", "path": "data/iris.csv", "target": "species", "features": None, "task": None,
        "test_fraction": 0.3, "validation_fraction": 0.0, "standardize": True, "seed": 0, "delimiter": None, "header": None,
        "drop_missing": False,
    }  # fmt: skip
    full = changed(CSV, ("data",), {
        "source": "csv", "path": "/abs/x.csv", "target": "y", "features": ["a", "b"], "task": "regression",
        "test_fraction": 0.0, "validation_fraction": 0.25, "standardize": False, "seed": 7, "delimiter": "\t", "header": False,
        "drop_missing": True,
    })  # fmt: skip
    assert ex.validate(full)["data"] == full["data"]


def shipped_files():
    return sorted(EXPERIMENTS.glob("*.json"))


def test_all_expected_experiments_are_shipped():
    names = {path.stem for path in shipped_files()}
    expected = {"xor", "spiral", "circle", "gauss", "plane", "multi_gauss", "blobs", "sine", "spiral_5", "default"}
    assert expected <= names


@pytest.mark.parametrize("path", shipped_files(), ids=lambda path: path.name)
def test_shipped_experiment_is_valid_and_complete(path):
    experiment = ex.load(path)
    # Shipped files are written exactly as dumps writes them: every field, in order.
    assert ex.dumps(experiment) == path.read_text(encoding="utf-8")
    assert ex.validate(experiment) == experiment


def test_default_experiment_matches_resource():
    default = ex.default_experiment()
    assert default == ex.load(EXPERIMENTS / "default.json")
    assert default["data"]["name"] == "spiral" and default["data"]["classes"] == 2
    assert len(default["network"]["hidden"]) == 2
    assert ex.default_experiment() is not default  # a fresh copy each time


def test_examples_in_the_documentation_are_valid():
    text = (ROOT / "docs" / "experiment-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, flags=re.DOTALL)
    assert len(blocks) >= 3
    for block in blocks:
        ex.loads(block)


def test_spiral_5_uses_softmax():
    experiment = ex.load(EXPERIMENTS / "spiral_5.json")
    assert experiment["data"]["classes"] == 5
    assert experiment["network"]["output_activation"] == "softmax"
    assert experiment["training"]["loss"] == "cross_entropy"


# --------------------------------------------------------------------------- bad documents

# (id, document, field path that must appear in the message, exact message or None)
BAD = [
    ("units -3", changed(SPEC, ("network", "hidden", 1, "units"), -3), "network.hidden[1].units",
     "network.hidden[1].units must be a whole number ≥ 1, got -3"),
    ("units too big", changed(SPEC, ("network", "hidden", 0, "units"), 4097), "network.hidden[0].units",
     "network.hidden[0].units must be a whole number ≤ 4096, got 4097"),
    ("units 8.5", changed(SPEC, ("network", "hidden", 0, "units"), 8.5), "network.hidden[0].units",
     "network.hidden[0].units must be a whole number between 1 and 4096, got 8.5"),
    ("bool as whole number", changed(SPEC, ("network", "hidden", 0, "units"), True), "network.hidden[0].units",
     "network.hidden[0].units must be a whole number between 1 and 4096, got true"),
    ("bool as number", changed(SPEC, ("training", "learning_rate"), True), "training.learning_rate", None),
    ("string as number", changed(SPEC, ("training", "learning_rate"), "0.03"), "training.learning_rate", None),
    ("NaN", changed(SPEC, ("training", "learning_rate"), math.nan), "training.learning_rate",
     "training.learning_rate must be a number > 0 and ≤ 100, got NaN"),
    ("Infinity", changed(SPEC, ("data", "noise"), math.inf), "data.noise",
     "data.noise must be a number between 0 and 0.5, got Infinity"),
    ("infinite target loss", changed(SPEC, ("training", "target_loss"), math.inf), "training.target_loss",
     "training.target_loss must be a number ≥ 0, got Infinity"),
    ("huge int", changed(SPEC, ("training", "target_loss"), 10**400), "training.target_loss", None),
    ("wrong format", changed(SPEC, ("format",), "backprop-gui-network"), "format", None),
    ("missing format", changed(SPEC, ("format",), DELETE), "format", "format is missing"),
    ("newer version", changed(SPEC, ("version",), 2), "version", None),
    ("version 0", changed(SPEC, ("version",), 0), "version", "version must be a whole number ≥ 1, got 0"),
    ("version text", changed(SPEC, ("version",), "1"), "version", None),
    ("missing version", changed(SPEC, ("version",), DELETE), "version", "version is missing"),
    ("unknown key", changed(SPEC, ("network", "hiden"), []), "network.hiden",
     "network.hiden is not a field we know; the fields here are "
     "hidden, output_activation, init, batch_norm, dropout"),
    ("unknown top key", changed(SPEC, ("author",), "me"), "author", None),
    ("unknown layer key", changed(SPEC, ("network", "hidden", 0, "unit"), 3), "network.hidden[0].unit", None),
    ("unknown training key", changed(SPEC, ("training", "lr"), 0.1), "training.lr", None),
    ("csv key in builtin", changed(SPEC, ("data", "path"), "x.csv"), "data.path", None),
    ("softmax in hidden", changed(SPEC, ("network", "hidden", 1, "activation"), "softmax"),
     "network.hidden[1].activation", None),
    ("unknown activation", changed(SPEC, ("network", "hidden", 0, "activation"), "gelu"),
     "network.hidden[0].activation", None),
    ("BCE without sigmoid", changed(SPEC, ("network", "output_activation"), "linear"), "training.loss", None),
    ("CE without softmax", changed(SPEC, ("training", "loss"), "cross_entropy"), "training.loss", None),
    ("classes for xor", changed(SPEC, ("data", "classes"), 2), "data.classes", None),
    ("too many classes", changed(changed(SPEC, ("data", "name"), "spiral"), ("data", "classes"), 9),
     "data.classes", "data.classes must be a whole number ≤ 8, got 9"),
    ("sine with x2", changed(SPEC, ("data", "name"), "sine"), "data.features[1]", None),
    ("unknown feature", changed(SPEC, ("data", "features"), ["x1", "x3"]), "data.features[1]", None),
    ("duplicate features", changed(SPEC, ("data", "features"), ["x1", "x2", "x1"]), "data.features[2]", None),
    ("empty features", changed(SPEC, ("data", "features"), []), "data.features", None),
    ("unknown data set", changed(SPEC, ("data", "name"), "moons"), "data.name", None),
    ("too few samples", changed(SPEC, ("data", "samples"), 5), "data.samples", None),
    ("noise too big", changed(SPEC, ("data", "noise"), 0.6), "data.noise", None),
    ("bad dtype", changed(SPEC, ("training", "dtype"), "float16"), "training.dtype",
     'training.dtype must be one of float64, float32, got "float16"'),
    ("bad optimizer", changed(SPEC, ("training", "optimizer"), "rmsprop"), "training.optimizer", None),
    ("negative learning rate", changed(SPEC, ("training", "learning_rate"), -0.1), "training.learning_rate",
     None),
    ("zero learning rate", changed(SPEC, ("training", "learning_rate"), 0), "training.learning_rate", None),
    ("learning rate too big", changed(SPEC, ("training", "learning_rate"), 101), "training.learning_rate",
     None),
    ("test_fraction 1", changed(SPEC, ("data", "test_fraction"), 1), "data.test_fraction",
     "data.test_fraction must be a number between 0 and 0.9, got 1"),
    ("dropout 1", changed(SPEC, ("network", "dropout"), 1), "network.dropout",
     "network.dropout must be a number ≥ 0 and < 1, got 1"),
    ("momentum 1", changed(SPEC, ("training", "momentum"), 1.0), "training.momentum", None),
    ("beta2 1", changed(SPEC, ("training", "adam_beta2"), 1), "training.adam_beta2", None),
    ("epsilon 0", changed(SPEC, ("training", "adam_epsilon"), 0), "training.adam_epsilon", None),
    ("epochs 0", changed(SPEC, ("training", "epochs"), 0), "training.epochs", None),
    ("batch too big", changed(SPEC, ("training", "batch_size"), 10**6 + 1), "training.batch_size", None),
    ("negative target loss", changed(SPEC, ("training", "target_loss"), -1), "training.target_loss", None),
    ("bad regularization", changed(SPEC, ("training", "regularization"), "l3"), "training.regularization",
     None),
    ("regularization rate", changed(SPEC, ("training", "regularization_rate"), 11),
     "training.regularization_rate", None),
    ("seed too big", changed(SPEC, ("training", "seed"), 2**32), "training.seed", None),
    ("negative data seed", changed(SPEC, ("data", "seed"), -1), "data.seed", None),
    ("bad init", changed(SPEC, ("network", "init"), "glorot"), "network.init", None),
    ("batch_norm text", changed(SPEC, ("network", "batch_norm"), "false"), "network.batch_norm", None),
    ("hidden not a list", changed(SPEC, ("network", "hidden"), {"units": 8}), "network.hidden", None),
    ("too many layers", changed(SPEC, ("network", "hidden"), [{"units": 1}] * 33), "network.hidden", None),
    ("layer not an object", changed(SPEC, ("network", "hidden", 1), 8), "network.hidden[1]", None),
    ("network null", changed(SPEC, ("network",), None), "network", None),
    ("title too long", changed(SPEC, ("title",), "x" * 201), "title", None),
    ("title not text", changed(SPEC, ("title",), 5), "title", None),
    ("title lone surrogate", changed(SPEC, ("title",), "bad \ud800"), "title", None),
    ("missing data", changed(SPEC, ("data",), DELETE), "data", "data is missing"),
    ("missing source", changed(SPEC, ("data", "source"), DELETE), "data.source", "data.source is missing"),
    ("unknown source", changed(SPEC, ("data", "source"), "url"), "data.source", None),
    ("csv without path", changed(CSV, ("data", "path"), DELETE), "data.path", "data.path is missing"),
    ("csv without target", changed(CSV, ("data", "target"), DELETE), "data.target",
     "data.target is missing"),
    ("csv empty path", changed(CSV, ("data", "path"), ""), "data.path", None),
    ("csv path with NUL", changed(CSV, ("data", "path"), "a\0b.csv"), "data.path", None),
    ("csv duplicate features", changed(CSV, ("data", "features"), ["a", "b", "a"]), "data.features[2]", None),
    ("csv empty feature name", changed(CSV, ("data", "features"), ["a", ""]), "data.features[1]", None),
    ("csv target as feature", changed(CSV, ("data", "features"), ["a", "species"]), "data.features[1]", None),
    ("csv bad delimiter", changed(CSV, ("data", "delimiter"), ":"), "data.delimiter", None),
    ("csv bad header", changed(CSV, ("data", "header"), "yes"), "data.header", None),
    ("csv bad task", changed(CSV, ("data", "task"), "clustering"), "data.task", None),
    ("csv builtin key", changed(CSV, ("data", "noise"), 0.1), "data.noise", None),
    ("csv test_fraction 1", changed(CSV, ("data", "test_fraction"), 1), "data.test_fraction", None),
]  # fmt: skip


@pytest.mark.parametrize(("document", "field", "message"), [case[1:] for case in BAD], ids=[c[0] for c in BAD])
def test_bad_document_names_the_field(document, field, message):
    original = copy.deepcopy(document)
    error = error_of(document)
    assert field in str(error)
    assert error.params.get("field") == field
    if message is not None:
        assert str(error) == message
    # Every message comes from a template marked for translation, with its parameters.
    assert error.template in TEMPLATES
    assert error.template.format(**error.params) == str(error)
    assert document == original or any(map(math.isnan, _floats(document)))


def _floats(value):
    if isinstance(value, float):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _floats(item)
    elif isinstance(value, list):
        for item in value:
            yield from _floats(item)


def test_templates_are_marked_for_translation():
    """pyside6-lupdate only finds QT_TRANSLATE_NOOP("core", "one literal")."""
    found = {}
    for module, prefix in (("experiment", "_T_"), ("fields", "T_")):
        path = ROOT / "backprop_gui" / "schema" / f"{module}.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and node.targets[0].id.startswith(prefix):
                call = node.value
                assert isinstance(call, ast.Call) and call.func.id == "QT_TRANSLATE_NOOP"
                assert [type(arg) for arg in call.args] == [ast.Constant, ast.Constant]
                assert call.args[0].value == "core"
                found[f"{module}.{node.targets[0].id}"] = call.args[1].value
        source = path.read_text(encoding="utf-8")
        for literal in re.findall(r'QT_TRANSLATE_NOOP\(\s*"core",\s*("[^"]*")', source):
            assert json.loads(literal) in TEMPLATES
    assert set(found.values()) == TEMPLATES and len(found) > 20


def test_specific_messages():
    assert "newer version of backprop-gui" in str(error_of(changed(SPEC, ("version",), 2)))
    assert "please update" in str(error_of(changed(SPEC, ("version",), 2)))
    softmax = str(error_of(changed(SPEC, ("network", "hidden", 0, "activation"), "softmax")))
    assert "output layer" in softmax and "network.output_activation" in softmax
    bce = str(error_of(changed(SPEC, ("network", "output_activation"), "tanh")))
    assert "binary_cross_entropy" in bce and "network.output_activation" in bce and "sigmoid" in bce
    ce = str(error_of(changed(SPEC, ("training", "loss"), "cross_entropy")))
    assert "cross_entropy" in ce and "network.output_activation" in ce and "softmax" in ce
    assert "spiral, blobs" in str(error_of(changed(SPEC, ("data", "classes"), 2)))


def test_newer_version_wins_over_unknown_fields():
    document = changed(SPEC, ("version",), 2)
    document["brand_new_section"] = {}
    assert "newer version" in str(error_of(document))


@pytest.mark.parametrize("document", [None, [], "text", 3, 2.5, True, [SPEC]])
def test_not_an_object(document):
    error = error_of(document)
    assert "JSON object" in str(error)


def test_long_values_are_shortened_in_messages():
    error = error_of(changed(SPEC, ("title",), "x" * 10_000))
    assert len(str(error)) < 150
    assert error.params["value"].endswith("…")


def test_dump_value_never_fails():
    looped: list = []
    looped.append(looped)
    assert ex.dump_value(looped).endswith("…")
    assert ex.dump_value(10**5000).startswith("~1e")
    assert ex.dump_value(-(10**5000)).startswith("~-1e")
    assert ex.dump_value(math.nan) == "NaN"
    assert ex.dump_value("\ud800") == '"\\ud800"'
    assert ex.dump_value({1: object()}) == "{1: <object>}"
    assert ex.dump_value([1, "a", None, True]) == '[1, "a", null, true]'
    deep: list = []
    for _ in range(10_000):
        deep = [deep]
    assert len(ex.dump_value(deep)) <= 41


def test_numpy_numbers_are_accepted():
    import numpy as np

    document = changed(SPEC, ("network", "hidden", 0, "units"), np.int64(16))
    document = changed(document, ("training", "learning_rate"), np.float32(0.5))
    result = ex.validate(document)
    assert type(result["network"]["hidden"][0]["units"]) is int
    assert type(result["training"]["learning_rate"]) is float
    assert "network.batch_norm" in str(error_of(changed(SPEC, ("network", "batch_norm"), np.array([1, 2]))))


# --------------------------------------------------------------------------- text and files


@pytest.mark.parametrize("document", [SPEC, CSV, ex.default_experiment()], ids=["spec", "csv", "default"])
def test_round_trip(document):
    experiment = ex.validate(document)
    text = ex.dumps(experiment)
    assert ex.loads(text) == experiment
    assert ex.loads(text.encode("utf-8")) == experiment
    assert ex.dumps(ex.loads(text)) == text
    assert text.endswith("}\n") and '\n  "version": 1,\n' in text  # indented by 2
    assert "🌸" in ex.dumps(ex.validate(CSV))  # ensure_ascii=False


def test_dumps_refuses_invalid_experiment():
    with pytest.raises(ExperimentError):
        ex.dumps(changed(SPEC, ("training", "epochs"), 0))


def test_save_and_load(tmp_path):
    path = tmp_path / "xor.json"
    ex.save(SPEC, path)
    assert ex.load(path) == ex.validate(SPEC)
    assert path.read_text(encoding="utf-8") == ex.dumps(SPEC)
    ex.save(CSV, str(path))  # replace an existing file, path as str
    assert ex.load(str(path)) == ex.validate(CSV)
    assert [p.name for p in tmp_path.iterdir()] == ["xor.json"]


def test_save_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "experiment.json"
    ex.save(SPEC, path)
    before = path.read_bytes()

    def broken_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ExperimentError) as info:
        ex.save(CSV, path)
    assert "cannot be saved" in str(info.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["experiment.json"]  # no temporary left behind


def test_save_refuses_invalid_experiment(tmp_path):
    path = tmp_path / "bad.json"
    with pytest.raises(ExperimentError):
        ex.save(changed(SPEC, ("title",), 1), path)
    assert not path.exists()


def test_save_into_missing_folder(tmp_path):
    with pytest.raises(ExperimentError) as info:
        ex.save(SPEC, tmp_path / "no" / "such" / "x.json")
    assert "cannot be saved" in str(info.value)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_save_keeps_permissions(tmp_path):
    path = tmp_path / "x.json"
    path.write_text("{}")
    path.chmod(0o640)
    ex.save(SPEC, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_load_errors(tmp_path):
    with pytest.raises(ExperimentError) as info:
        ex.load(tmp_path / "missing.json")
    assert "does not exist" in str(info.value)
    with pytest.raises(ExperimentError) as info:
        ex.load(tmp_path)
    assert "cannot be read" in str(info.value)
    big = tmp_path / "big.json"
    with open(big, "wb") as file:
        file.truncate(ex.MAX_FILE_BYTES + 1)
    with pytest.raises(ExperimentError) as info:
        ex.load(big)
    assert info.value.template == ex._T_TOO_LARGE
    assert info.value.params["size"] == ex.MAX_FILE_BYTES + 1


def test_load_does_not_resolve_csv_path(tmp_path):
    path = tmp_path / "iris.json"
    ex.save(CSV, path)
    assert ex.load(path)["data"]["path"] == "data/iris.csv"


def test_resolve_data_path(tmp_path):
    assert ex.resolve_data_path(ex.validate(SPEC), tmp_path) is None
    csv = ex.validate(CSV)
    assert ex.resolve_data_path(csv, tmp_path) == tmp_path / "data" / "iris.csv"
    assert ex.resolve_data_path(csv, None) == Path("data/iris.csv")
    absolute = tmp_path / "elsewhere.csv"
    moved = changed(csv, ("data", "path"), str(absolute))
    assert ex.resolve_data_path(moved, tmp_path / "other") == absolute


def test_loads_invalid_utf8():
    text = ex.dumps(SPEC).replace("XOR", "X\u00e9OR").encode("latin-1")
    with pytest.raises(ExperimentError) as info:
        ex.loads(text)
    assert info.value.template == ex._T_UTF8
    assert "UTF-8" in str(info.value)


def test_loads_accepts_byte_order_mark():
    text = ex.dumps(SPEC)
    assert ex.loads(b"\xef\xbb\xbf" + text.encode("utf-8")) == ex.validate(SPEC)
    assert ex.loads("\ufeff" + text) == ex.validate(SPEC)


def test_loads_invalid_json():
    text = ex.dumps(SPEC).replace('"version": 1,', '"version": 1,,')
    with pytest.raises(ExperimentError) as info:
        ex.loads(text)
    assert str(info.value).startswith("the file is not valid JSON: ")
    assert info.value.params["line"] == 3
    assert "(line 3, column" in str(info.value)
    for bad in ["", "{", "nope", '{"format": }', "[1, 2", "\x00"]:
        with pytest.raises(ExperimentError):
            ex.loads(bad)


def test_loads_duplicate_keys():
    text = '{"format": "backprop-gui-experiment", "version": 1, "version": 1, "data": {"source": "builtin"}}'
    with pytest.raises(ExperimentError) as info:
        ex.loads(text)
    assert '"version"' in str(info.value) and "twice" in str(info.value)
    nested = ex.dumps(SPEC).replace('"seed": 0,', '"seed": 0, "seed": 1,', 1)
    with pytest.raises(ExperimentError):
        ex.loads(nested)


def test_loads_oversized_before_parsing():
    padding = " " * (ex.MAX_FILE_BYTES + 1 - len(ex.dumps(SPEC)))
    text = ex.dumps(SPEC) + padding  # valid JSON, just too big
    assert len(text.encode("utf-8")) == ex.MAX_FILE_BYTES + 1
    for value in (text, text.encode("utf-8")):
        with pytest.raises(ExperimentError) as info:
            ex.loads(value)
        assert info.value.template == ex._T_TOO_LARGE
    # Multi-byte characters count as bytes, not characters.
    wide = ex.dumps(changed(SPEC, ("description",), "é" * (ex.MAX_FILE_BYTES // 2)))
    with pytest.raises(ExperimentError) as info:
        ex.loads(wide)
    assert info.value.template == ex._T_TOO_LARGE
    assert ex.loads(ex.dumps(SPEC) + " " * 1000) == ex.validate(SPEC)


def test_loads_pathological_json():
    for text in ["[" * 100_000, '{"a":' * 100_000, "1" * 5000]:
        with pytest.raises(ExperimentError):
            ex.loads(text)
    huge = ex.dumps(SPEC).replace('"version": 1', '"version": ' + "9" * 5000)
    with pytest.raises(ExperimentError):
        ex.loads(huge)
    with pytest.raises(ExperimentError) as info:
        ex.loads(ex.dumps(SPEC).replace('"learning_rate": 0.03', '"learning_rate": NaN'))
    assert "training.learning_rate" in str(info.value)


def test_loads_needs_text():
    with pytest.raises(TypeError):
        ex.loads(None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- fuzzing

INTERESTING = st.sampled_from(
    [0, 1, -1, 8.0, 8.5, 2**32, -(10**400), math.nan, math.inf, -math.inf, True, False,
     None, "", "softmax", "sigmoid", "csv", "builtin", "spiral", "sine", "x1", "\ud800", [], {}]
) | st.builds(pow, st.just(10), st.just(5000))  # more digits than int() will print; fmt: skip
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | INTERESTING,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25,
)
VALID = [SPEC, CSV, ex.default_experiment(), ex.load(EXPERIMENTS / "blobs.json")]


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, prefix + (index,))


def _check_validate(document):
    before = copy.deepcopy(document)
    try:
        result = ex.validate(document)
    except ExperimentError as error:
        assert error.template in TEMPLATES
        str(error).encode("utf-8")  # always printable
        return
    finally:
        # (in a list, so that the very same NaN object compares equal to itself)
        assert [document] == [before], "validate changed its input"
    assert ex.loads(ex.dumps(result)) == result
    assert ex.validate(result) == result


FUZZ = settings(
    max_examples=int(os.environ.get("BACKPROP_FUZZ_EXAMPLES", "300")),  # raise it for a long fuzz
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@FUZZ
@given(st.binary(max_size=300))
def test_fuzz_loads_bytes(raw):
    try:
        ex.loads(raw)
    except ExperimentError:
        pass


@FUZZ
@given(JSON)
def test_fuzz_loads_json_text(value):
    try:
        text = json.dumps(value)
    except (ValueError, TypeError):
        return
    for item in (text, text.encode("utf-8", "surrogatepass")):
        try:
            ex.loads(item)
        except ExperimentError:
            pass


@FUZZ
@given(JSON)
def test_fuzz_validate_any_json(value):
    _check_validate(value)


@FUZZ
@given(st.data())
def test_fuzz_validate_mutated_document(data):
    document = copy.deepcopy(data.draw(st.sampled_from(VALID)))
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [path for path in _paths(document) if path]
        path = data.draw(st.sampled_from(paths))
        action = data.draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        if action == "replace":
            parent[path[-1]] = data.draw(JSON)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.text(max_size=12))] = data.draw(JSON)
        else:
            parent.append(data.draw(JSON))
        if not isinstance(document, dict):
            break
    _check_validate(document)


@FUZZ
@given(st.data())
def test_fuzz_single_leaf(data):
    document = copy.deepcopy(data.draw(st.sampled_from(VALID)))
    leaves = [path for path in _paths(document) if path and not isinstance(_get(document, path), (dict, list))]
    path = data.draw(st.sampled_from(leaves))
    _check_validate(changed(document, path, data.draw(JSON)))


def _get(document, path):
    for key in path:
        document = document[key]
    return document
