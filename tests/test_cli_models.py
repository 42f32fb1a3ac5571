"""``backprop-gui train --save``, continuing a saved run, ``predict`` and ``export``."""

from __future__ import annotations

import ast
import csv
import json
import re
import runpy
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from backprop_gui.cli import main
from backprop_gui.schema import experiment
from backprop_gui.io import run_reader

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "experiments"


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "backprop_gui", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT)


def one_error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def weights(path) -> dict[str, np.ndarray]:
    return run_reader.read_run(path).network.state()


def write_experiment(folder: Path, doc: dict, name="exp.json") -> Path:
    path = folder / name
    path.write_text(experiment.dumps(doc), encoding="utf-8")
    return path


def toy_doc(**network):
    doc = experiment.load(EXAMPLES / "xor.json")
    doc["network"].update(batch_norm=True, dropout=0.1, **network)
    return doc


def write_table(path: Path, rows=90, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(rows, 3)) * [1, 10, 100] + [0, 5, 50]
    score = X[:, 0] + X[:, 1] / 10
    kind = np.where(score > 1.0, "large", np.where(score > 0.0, "medium", "small"))
    price = 3 * X[:, 0] - X[:, 2] / 50
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "width", "height", "depth", "kind", "price"])
        for i in range(rows):
            writer.writerow([i, *X[i], kind[i], price[i]])


def csv_doc(target="kind", output="softmax", loss="cross_entropy"):
    return experiment.validate({
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "csv", "path": "table.csv", "target": target, "features": ["width", "height", "depth"]},
        "network": {"hidden": [{"units": 6, "activation": "tanh"}], "output_activation": output, "batch_norm": True},
        "training": {"loss": loss, "optimizer": "adam", "learning_rate": 0.02, "batch_size": 8, "epochs": 15},
    })


def read_csv(path: Path) -> tuple[list[str], np.ndarray]:
    with open(path, encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    return rows[0], np.array(rows[1:], dtype=float)


# ---------------------------------------------------------------------------- train --save and continuing


def test_continuing_a_saved_run_equals_training_in_one_go(tmp_path, capsys):
    exp = write_experiment(tmp_path, toy_doc())
    assert main(["train", str(exp), "--epochs", "20", "--save", str(tmp_path / "a.bpexp")]) == 0
    assert "saved the run to" in capsys.readouterr().out
    assert main(["train", str(tmp_path / "a.bpexp"), "--epochs", "10", "--save", str(tmp_path / "b.bpexp"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["epochs"] == 30
    assert main(["train", str(exp), "--epochs", "30", "--save", str(tmp_path / "c.bpexp"), "--json"]) == 0
    continued, straight = weights(tmp_path / "b.bpexp"), weights(tmp_path / "c.bpexp")
    for name, value in straight.items():
        np.testing.assert_array_equal(continued[name], value, err_msg=name)
    assert run_reader.read_run(tmp_path / "b.bpexp").counters == run_reader.read_run(tmp_path / "c.bpexp").counters


def test_a_saved_run_without_epochs_trains_up_to_its_total(tmp_path, capsys):
    doc = toy_doc()
    doc["training"]["epochs"] = 12
    exp = write_experiment(tmp_path, doc)
    assert main(["train", str(exp), "--epochs", "5", "--save", str(tmp_path / "a.bpexp")]) == 0
    run = run_reader.load_run(tmp_path / "a.bpexp")
    assert run.trainer.settings["epochs"] == 5  # --epochs overrode the total, and that is what was saved
    doc = run_reader.read_run(tmp_path / "a.bpexp").experiment
    assert doc["training"]["epochs"] == 5
    capsys.readouterr()
    assert main(["train", str(tmp_path / "a.bpexp"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["epochs"] == 5  # nothing left to do


def test_seed_cannot_change_a_saved_run(tmp_path):
    exp = write_experiment(tmp_path, toy_doc())
    assert main(["train", str(exp), "--epochs", "2", "--save", str(tmp_path / "a.bpexp")]) == 0
    result = run_cli("train", tmp_path / "a.bpexp", "--seed", "3")
    assert result.returncode == 2
    assert "--seed cannot be used to continue a saved run" in one_error_line(result)


def test_a_run_file_is_recognised_by_its_content(tmp_path, capsys):
    exp = write_experiment(tmp_path, toy_doc())
    assert main(["train", str(exp), "--epochs", "2", "--save", str(tmp_path / "saved.zip")]) == 0
    assert main(["train", str(tmp_path / "saved.zip"), "--epochs", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["epochs"] == 3


def test_diverging_training_still_saves_the_last_finite_weights(tmp_path):
    doc = experiment.load(EXAMPLES / "plane.json")
    doc["training"].update(learning_rate=100.0, optimizer="momentum")
    exp = write_experiment(tmp_path, doc)
    result = run_cli("train", exp, "--save", tmp_path / "diverged.bpexp")
    assert result.returncode == 3
    saved = run_reader.read_run(tmp_path / "diverged.bpexp")
    assert saved.diverged and all(np.isfinite(v).all() for v in saved.network.state().values())


def test_damaged_run_file_exits_2_with_one_line(tmp_path):
    exp = write_experiment(tmp_path, toy_doc())
    assert main(["train", str(exp), "--epochs", "1", "--save", str(tmp_path / "a.bpexp")]) == 0
    data = (tmp_path / "a.bpexp").read_bytes()
    (tmp_path / "broken.bpexp").write_bytes(data[: len(data) // 2])
    result = run_cli("train", tmp_path / "broken.bpexp")
    assert result.returncode == 2
    line = one_error_line(result)
    assert "broken.bpexp" in line and ("damaged" in line or "not a backprop-gui run file" in line)
    (tmp_path / "empty.bpexp").write_bytes(b"")
    assert run_cli("predict", tmp_path / "empty.bpexp", exp, "-o", tmp_path / "o.csv").returncode == 2
    assert run_cli("export", tmp_path / "empty.bpexp", "--format", "numpy", "-o", tmp_path / "out").returncode == 2


def test_save_to_a_missing_folder_exits_2(tmp_path):
    exp = write_experiment(tmp_path, toy_doc())
    result = run_cli("train", exp, "--epochs", "1", "--save", tmp_path / "no" / "such" / "run.bpexp")
    assert result.returncode == 2
    assert "cannot be saved" in one_error_line(result)


def test_a_csv_run_continues_from_another_folder(tmp_path, capsys):
    data_dir, run_dir = tmp_path / "data", tmp_path / "runs"
    data_dir.mkdir()
    run_dir.mkdir()
    write_table(data_dir / "table.csv")
    exp = write_experiment(data_dir, csv_doc())
    assert main(["train", str(exp), "--save", str(run_dir / "a.bpexp")]) == 0
    assert run_reader.read_run(run_dir / "a.bpexp").experiment["data"]["path"] == "../data/table.csv"
    assert main(["train", str(run_dir / "a.bpexp"), "--epochs", "3", "--save", str(run_dir / "a.bpexp")]) == 0
    assert run_reader.read_run(run_dir / "a.bpexp").epoch == 18
    (data_dir / "table.csv").unlink()
    result = run_cli("train", run_dir / "a.bpexp", "--epochs", "1")
    assert result.returncode == 2
    assert "cannot be loaded" in one_error_line(result)


# ---------------------------------------------------------------------------- predict


@pytest.fixture
def csv_model(tmp_path):
    write_table(tmp_path / "table.csv")
    exp = write_experiment(tmp_path, csv_doc())
    assert main(["train", str(exp), "--save", str(tmp_path / "model.bpexp")]) == 0
    return tmp_path / "model.bpexp"


def test_predict_writes_class_probabilities_named_after_the_classes(tmp_path, csv_model, capsys):
    # Columns in another order, an extra column, and no target column.
    (tmp_path / "new.csv").write_text("depth,note,width,height\n60,a,0.5,4\n10,b,-1,2\n55,c,2,30\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["predict", str(csv_model), str(tmp_path / "new.csv"), "-o", str(tmp_path / "out.csv")]) == 0
    assert "wrote 3 predictions" in capsys.readouterr().out
    header, values = read_csv(tmp_path / "out.csv")
    assert header == ["large", "medium", "small"]
    assert values.shape == (3, 3)
    np.testing.assert_allclose(values.sum(axis=1), 1.0)
    model = run_reader.read_model(csv_model)
    expected = model.predict([[0.5, 4, 60], [-1, 2, 10], [2, 30, 55]])
    np.testing.assert_array_equal(values, expected)  # written with full precision

    # The training file itself works too (its target column is ignored).
    assert main(["predict", str(csv_model), str(tmp_path / "table.csv"), "-o", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "large,medium,small" and len(lines) == 91


def test_predict_binary_sigmoid_writes_both_probabilities(tmp_path, capsys):
    exp = write_experiment(tmp_path, toy_doc())  # xor: classes "0" and "1", one sigmoid output
    assert main(["train", str(exp), "--epochs", "5", "--save", str(tmp_path / "xor.bpexp")]) == 0
    (tmp_path / "points.csv").write_text("x2,x1,label\n1,2,0\n-3,2.5,1\n0.5,-4,1\n", encoding="utf-8")
    assert main(["predict", str(tmp_path / "xor.bpexp"), str(tmp_path / "points.csv"), "-o", str(tmp_path / "p.csv")]) == 0
    header, values = read_csv(tmp_path / "p.csv")
    assert header == ["0", "1"]
    saved = run_reader.read_run(tmp_path / "xor.bpexp")
    features = saved.model.prepare(np.array([[2, 1], [2.5, -3], [-4, 0.5]]))
    p = saved.network.predict(features)[:, 0]
    np.testing.assert_array_equal(values[:, 1], p)
    np.testing.assert_array_equal(values[:, 0], 1 - p)


def test_predict_regression_is_named_after_the_target(tmp_path, capsys):
    write_table(tmp_path / "table.csv")
    exp = write_experiment(tmp_path, csv_doc(target="price", output="linear", loss="mse"))
    assert main(["train", str(exp), "--save", str(tmp_path / "price.bpexp")]) == 0
    assert main(["predict", str(tmp_path / "price.bpexp"), str(tmp_path / "table.csv"), "-o", str(tmp_path / "p.csv")]) == 0
    header, values = read_csv(tmp_path / "p.csv")
    assert header == ["price"] and values.shape == (90, 1)


@pytest.mark.parametrize("content, message", [
    ("width,height\n1,2\n", "has no column 'depth', which the model needs"),
    ("width,height,depth\n1,2,\n", "Line 2, column 'depth': the value is missing"),
    ("width,height,depth\n1,2,deep\n", "Line 2, column 'depth': 'deep' is not a finite number"),
    ("width,height,depth\n", "has a header row but no data rows"),
])
def test_predict_bad_input_exits_2(tmp_path, csv_model, content, message):
    (tmp_path / "bad.csv").write_text(content, encoding="utf-8")
    result = run_cli("predict", csv_model, tmp_path / "bad.csv", "-o", tmp_path / "out.csv")
    assert result.returncode == 2
    assert message in one_error_line(result)
    assert not (tmp_path / "out.csv").exists()


def test_predict_needs_an_output(tmp_path, csv_model):
    result = run_cli("predict", csv_model, tmp_path / "table.csv")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("error:") and "Traceback" not in result.stderr


# ---------------------------------------------------------------------------- export


def models_to_export(tmp_path):
    """(name, run file) for a toy model with batch norm and dropout, a float32 regression, and a CSV model."""
    out = []
    exp = write_experiment(tmp_path, toy_doc(hidden=[{"units": 7, "activation": "leaky_relu"}, {"units": 5, "activation": "sigmoid"}]), "toy.json")
    assert main(["train", str(exp), "--epochs", "8", "--save", str(tmp_path / "toy.bpexp")]) == 0
    out.append(tmp_path / "toy.bpexp")
    doc = experiment.load(EXAMPLES / "sine.json")
    doc["training"]["dtype"] = "float32"
    exp = write_experiment(tmp_path, doc, "sine.json")
    assert main(["train", str(exp), "--epochs", "8", "--save", str(tmp_path / "sine.bpexp")]) == 0
    out.append(tmp_path / "sine.bpexp")
    write_table(tmp_path / "table.csv")
    exp = write_experiment(tmp_path, csv_doc(), "csv.json")
    assert main(["train", str(exp), "--save", str(tmp_path / "csv.bpexp")]) == 0
    out.append(tmp_path / "csv.bpexp")
    return out


def test_numpy_export_reproduces_the_network(tmp_path, capsys):
    for number, path in enumerate(models_to_export(tmp_path)):
        folder = tmp_path / f"numpy{number}"
        assert main(["export", str(path), "--format", "numpy", "-o", str(folder)]) == 0
        assert sorted(p.name for p in folder.iterdir()) == ["predict.py", "weights.npz"]
        source = (folder / "predict.py").read_text(encoding="utf-8")
        compile(source, str(folder / "predict.py"), "exec")
        assert "import torch" not in source
        exported = runpy.run_path(str(folder / "predict.py"))  # our own generated file, in a test
        model = run_reader.read_model(path)
        rng = np.random.default_rng(number)
        X = rng.normal(size=(64, model.network.input_dim)) * 3
        ours = model.network.predict(X)
        np.testing.assert_array_equal(exported["predict"](X), ours)
        raw = rng.normal(size=(64, len(model.info.input_columns))) * 3
        np.testing.assert_array_equal(exported["prepare"](raw), model.prepare(raw))
        np.testing.assert_array_equal(exported["predict"](exported["prepare"](raw)), model.network.predict(model.prepare(raw)))
        assert exported["OUTPUT_NAMES"] == model.output_names
        assert exported["INPUT_NAMES"] == model.info.features


def test_pytorch_export_writes_compilable_code_and_torch_layout_weights(tmp_path, capsys):
    for number, path in enumerate(models_to_export(tmp_path)):
        folder = tmp_path / f"torch{number}"
        assert main(["export", str(path), "--format", "pytorch", "-o", str(folder)]) == 0
        assert sorted(p.name for p in folder.iterdir()) == ["model.py", "weights.npz"]
        source = (folder / "model.py").read_text(encoding="utf-8")
        tree = ast.parse(compile(source, "model.py", "exec", ast.PyCF_ONLY_AST))
        functions = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
        assert {"build_model", "prepare"} <= functions
        assert source.startswith("# A copy of a network trained with backprop-gui")
        model = run_reader.read_model(path)
        with np.load(folder / "weights.npz", allow_pickle=False) as saved:
            np.testing.assert_array_equal(saved["0.weight"], model.network.layers[0].weights.T)
            np.testing.assert_array_equal(saved["0.bias"], model.network.layers[0].bias)
            if model.network.layers[0].batch_norm:
                np.testing.assert_array_equal(saved["1.running_var"], model.network.layers[0].running_var)
            assert ("input_mean" in saved.files) == model.info.standardized
        for text in ("nn.Sequential(", "model.eval()", "allow_pickle=False"):
            assert text in source
        if model.info.output_activation == "softmax":
            assert "nn.Softmax(dim=1)" in source
        if any(layer.activation == "leaky_relu" for layer in model.network.layers):
            assert "nn.LeakyReLU(0.01)" in source
        if any(layer.batch_norm for layer in model.network.layers):
            assert re.search(r"nn\.BatchNorm1d\(\d+, eps=1e-05, momentum=0\.1\)", source)
    assert "torch" not in sys.modules  # the app never imports it


def test_names_from_the_file_cannot_inject_code(tmp_path):
    """Column and class names come from strangers' files: they must stay inside literals."""
    evil = 'x"\nimport os\u2028os.system("touch PWNED")  # \r end'
    with open(tmp_path / "table.csv", "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["a", evil, "label"])
        rng = np.random.default_rng(0)
        for i in range(40):
            writer.writerow([rng.normal(), rng.normal(), evil if i % 2 else "'''"])
    doc = experiment.validate({
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "csv", "path": "table.csv", "target": "label"},
        "network": {"hidden": [{"units": 3, "activation": "tanh"}], "output_activation": "sigmoid"},
        "training": {"epochs": 2},
    })
    exp = write_experiment(tmp_path, doc)
    assert main(["train", str(exp), "--save", str(tmp_path / "evil.bpexp")]) == 0
    for kind in ("pytorch", "numpy"):
        assert main(["export", str(tmp_path / "evil.bpexp"), "--format", kind, "-o", str(tmp_path / kind)]) == 0
        name = "model.py" if kind == "pytorch" else "predict.py"
        source = (tmp_path / kind / name).read_text(encoding="utf-8")
        tree = ast.parse(source)
        imports = [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]
        assert {alias.name for node in imports for alias in node.names} <= {"Path", "numpy", "torch", "nn"}
        assert not any(isinstance(node, ast.Attribute) and node.attr == "system" for node in ast.walk(tree))
        for line in source.splitlines():
            assert "\u2028" not in line and "\r" not in line
    exported = runpy.run_path(str(tmp_path / "numpy" / "predict.py"))
    read_back = evil.replace("\r", "\n")  # the CSV reader turns line ends into \n
    assert read_back in exported["INPUT_NAMES"] and read_back in exported["OUTPUT_NAMES"]
    assert not (tmp_path / "PWNED").exists() and not Path("PWNED").exists()


def test_export_bad_input_exits_2(tmp_path, csv_model):
    (tmp_path / "a_file").write_text("x")
    result = run_cli("export", csv_model, "--format", "numpy", "-o", tmp_path / "a_file")
    assert result.returncode == 2
    assert "cannot be saved" in one_error_line(result)
    result = run_cli("export", csv_model, "--format", "onnx", "-o", tmp_path / "out")
    assert result.returncode == 2 and result.stderr.strip().splitlines()[-1].startswith("error:")
    result = run_cli("export", tmp_path / "missing.bpexp", "--format", "numpy", "-o", tmp_path / "out")
    assert result.returncode == 2 and "does not exist" in one_error_line(result)


def test_help_lists_the_commands():
    result = run_cli("--help")
    assert "train, predict, export" in result.stdout
    for command in ("predict", "export"):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and "bpexp" in result.stdout
