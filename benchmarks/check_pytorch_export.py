"""Check that ``backprop-gui export --format pytorch`` gives the same outputs as our engine.

    python benchmarks/check_pytorch_export.py

PyTorch is not a dependency of backprop-gui, and the app never runs the code it
exports; this script is how we check that code, where PyTorch is installed. For several
networks (batch norm, dropout, every activation, softmax, regression, float32, CSV data
with standardisation, toy data with computed features) it trains a few epochs, saves a
run file, exports it, builds the model with the exported ``build_model()`` and compares
``model(raw)`` (raw columns in, as in the training data) with the engine's
``Model.prepare`` + ``Network.predict``, and the exported ``prepare(raw)`` with ``Model.prepare``. It
prints the largest difference of each (relative where outputs exceed 1) and exits 1 if any exceeds 1e-6 (0 otherwise).
"""

from __future__ import annotations

import copy
import importlib.util
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from backprop_gui import build  # noqa: E402
from backprop_gui.schema import experiment  # noqa: E402
from backprop_gui.io import codegen, run_reader, run_writer  # noqa: E402

try:
    import torch
except ImportError:
    sys.exit("PyTorch is not installed; nothing to compare")

TOLERANCE = 1e-6


def toy(name, hidden, output, loss, **extra):
    doc = {
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "builtin", "name": name, **extra.pop("data", {})},
        "network": {"hidden": [{"units": u, "activation": a} for u, a in hidden], "output_activation": output, **extra.pop("network", {})},
        "training": {"loss": loss, "optimizer": "adam", "learning_rate": 0.01, "epochs": 1000, **extra.pop("training", {})},
    }
    return doc


def write_csv(folder: Path) -> None:
    rng = np.random.default_rng(0)
    n = 300
    X = rng.normal(size=(n, 4)) * [1, 10, 100, 0.1] + [0, 5, -50, 2]
    score = X[:, 0] + X[:, 1] / 10 - X[:, 2] / 100
    label = np.where(score > 1, "high", np.where(score > -1, "mid", "low"))
    value = 2 * X[:, 0] - X[:, 3] + 0.1 * rng.normal(size=n)
    with open(folder / "table.csv", "w", encoding="utf-8") as file:
        file.write("id,alpha,beta,gamma,delta,label,value\n")
        for i in range(n):
            file.write(f"{i},{X[i, 0]},{X[i, 1]},{X[i, 2]},{X[i, 3]},{label[i]},{value[i]}\n")


def cases():
    yield "spiral, tanh, sigmoid, sin features", toy(
        "spiral", [(8, "tanh"), (8, "tanh")], "sigmoid", "binary_cross_entropy",
        data={"features": ["x1", "x2", "sin_x1", "sin_x2", "x1_times_x2"]})
    yield "5-arm spiral, batch norm, dropout, relu, softmax", toy(
        "spiral", [(16, "relu"), (12, "leaky_relu")], "softmax", "cross_entropy",
        data={"classes": 5}, network={"batch_norm": True, "dropout": 0.2})
    yield "blobs, sigmoid hidden, mse, sigmoid outputs", toy(
        "blobs", [(6, "sigmoid")], "sigmoid", "mse", training={"optimizer": "momentum", "learning_rate": 0.1})
    yield "plane regression, float32, batch norm, leaky_relu", toy(
        "plane", [(8, "leaky_relu"), (4, "linear")], "linear", "mse",
        network={"batch_norm": True}, training={"dtype": "float32"})
    yield "sine regression, squared feature", toy(
        "sine", [(10, "tanh")], "linear", "mse", data={"features": ["x1", "x1_squared", "sin_x1"]})
    yield "circle, no hidden layer", toy("circle", [], "sigmoid", "binary_cross_entropy",
                                         data={"features": ["x1_squared", "x2_squared"]})
    yield "CSV 3 classes, standardised, batch norm, dropout", {
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "csv", "path": "table.csv", "target": "label", "features": ["alpha", "beta", "gamma", "delta"]},
        "network": {"hidden": [{"units": 10, "activation": "relu"}], "output_activation": "softmax", "batch_norm": True, "dropout": 0.1},
        "training": {"loss": "cross_entropy", "optimizer": "adam", "learning_rate": 0.01},
    }
    yield "CSV regression, not standardised", {
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "csv", "path": "table.csv", "target": "value", "features": ["alpha", "delta"], "standardize": False},
        "network": {"hidden": [{"units": 8, "activation": "tanh"}], "output_activation": "linear"},
        "training": {"loss": "mse", "optimizer": "sgd", "learning_rate": 0.01},
    }


def load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_csv(folder)
        for number, (title, doc) in enumerate(cases()):
            run = build.build_run(experiment.validate(copy.deepcopy(doc)), base_dir=folder)
            run.trainer.run(max_epochs=15)
            saved = folder / f"case{number}.bpexp"
            run_writer.save_run(saved, run)
            model = run_reader.read_model(saved)
            out = folder / f"export{number}"
            codegen.export_model(model, out, "pytorch")
            exported = load_module(out / "model.py", f"exported_model_{number}")
            torch_model = exported.build_model()

            rng = np.random.default_rng(number)
            raw = rng.normal(size=(257, len(model.info.input_columns))) * 4
            ours = model.network.predict(model.prepare(raw)).astype(np.float64)
            with torch.no_grad():
                theirs = torch_model(raw).double().numpy()
                prepared = exported.prepare(raw).double().numpy()
            # Relative to the size of the outputs where they exceed 1 (float32 regression).
            difference = float(np.max(np.abs(ours - theirs) / np.maximum(1.0, np.abs(ours))))
            prepare_difference = float(np.max(np.abs(model.prepare(raw).astype(model.network.dtype) - prepared)))
            bad = ours.shape != theirs.shape or torch_model.training
            worst = max(worst, difference, prepare_difference)
            print(f"{title:55s} outputs {difference:.2e}  inputs {prepare_difference:.2e}  {'SHAPE/MODE MISMATCH' if bad else ''}")
            if bad:
                worst = float("inf")
    print(f"largest difference: {worst:.2e} (tolerance {TOLERANCE:g})")
    return 0 if worst <= TOLERANCE else 1


if __name__ == "__main__":
    sys.exit(main())
