"""Export a trained model as code others run: PyTorch (``model.py``) or NumPy (``predict.py``).

Both come with ``weights.npz``. The PyTorch ``build_model()`` returns a module that takes
the same raw columns as the training data (the toy features, or the standardisation,
are inside it); the NumPy ``predict(X)`` takes the network's inputs, which
``prepare(raw)`` computes. Every name from the data is written as a Python literal, so a
column or class name can never become code. backprop-gui never runs what it writes, and
this module never imports torch nor Qt.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .. import __version__
from ..core.activations import LEAKY_SLOPE
from ..core.network import BN_EPSILON, BN_MOMENTUM
from ..data import datasets
from .model import Model
from ..core.errors import path_text
from .runformat import T_UNSAVABLE, RunFileError, os_detail, write_atomically

__all__ = ["EXPORT_FORMATS", "export_model", "numpy_source", "pytorch_source"]

_TORCH_ACTIVATIONS = {
    "sigmoid": "nn.Sigmoid()",
    "tanh": "nn.Tanh()",
    "relu": "nn.ReLU()",
    "leaky_relu": f"nn.LeakyReLU({LEAKY_SLOPE!r})",
    "linear": "nn.Identity()",
    "softmax": "nn.Softmax(dim=1)",
}
_NUMPY_ACTIVATIONS = {
    "sigmoid": "0.5 * (1.0 + np.tanh(0.5 * z))",
    "tanh": "np.tanh(z)",
    "relu": "np.maximum(z, 0.0)",
    "leaky_relu": f"np.where(z > 0, z, {LEAKY_SLOPE!r} * z)",
    "linear": "z",
}
_FEATURE_CODE = {
    "x1": "x[:, 0]",
    "x2": "x[:, 1]",
    "x1_squared": "x[:, 0] * x[:, 0]",
    "x2_squared": "x[:, 1] * x[:, 1]",
    "x1_times_x2": "x[:, 0] * x[:, 1]",
    "sin_x1": "{lib}.sin(x[:, 0])",
    "sin_x2": "{lib}.sin(x[:, 1])",
}
_LISTED = 40  # names listed one per line in a header comment; the rest are in the code


def _literal(name: str) -> str:
    """A name as a Python string literal: safe in code and in comments (no line breaks)."""
    return repr(str(name))


def _names_comment(names: Sequence[str], indent: str = "#     ") -> list[str]:
    lines = [f"{indent}{index}: {_literal(name)}" for index, name in enumerate(names[:_LISTED])]
    if len(names) > _LISTED:
        lines.append(f"{indent}... {len(names) - _LISTED} more (see the names in the code below)")
    return lines


def _header(model: Model, made_by: str, inputs: list[str]) -> list[str]:
    """The comment at the top of the exported file: what goes in and what comes out."""
    return [
        f"# A copy of a network trained with backprop-gui {__version__}, written by",
        f"# `backprop-gui export --format {made_by}`. backprop-gui never runs this file.",
        "#",
        *inputs,
        "#",
        *_outputs_doc(model),
    ]


def _features_doc(model: Model) -> list[str]:
    """How the network's inputs (INPUT_NAMES) come from the raw columns."""
    info = model.info
    if info.source == "builtin":
        return [
            "# They are computed from the raw columns " + ", ".join(map(_literal, info.input_columns))
            + " of the built-in",
            f"# data set {_literal(info.dataset)} (x1_squared = x1², sin_x1 = sin(x1), ...).",
        ]
    if info.standardized:
        return [
            "# Each is a column of the training CSV file, standardised: (raw - mean) / std, with",
            "# the mean and standard deviation of the training rows, stored in weights.npz as",
            "# input_mean and input_std.",
        ]
    return ["# Each is a column of the training CSV file, as it is (not standardised)."]


def _outputs_doc(model: Model) -> list[str]:
    """What the output columns are: probabilities only where the output layer gives them."""
    info, n_out = model.info, model.network.output_dim
    if info.task == datasets.REGRESSION:
        return [f"# Outputs (n, {n_out}): the predicted values of (OUTPUT_NAMES):", *_names_comment(info.target_names)]
    if info.binary_single_output:
        if info.gives_probabilities:
            first = ["# Outputs (n, 1): p, the probability of the second class; 1 - p is that of the first."]
        else:
            first = [
                f"# Outputs (n, 1): a score for the second class ({info.output_activation} output, trained",
                "# towards 0 and 1; above 0.5 means the second class). It is not a probability.",
            ]
        return [*first, "# The classes (OUTPUT_NAMES):", *_names_comment(info.class_names)]
    if info.gives_probabilities:
        what = "the probabilities (softmax; each row sums to 1)"
    else:
        what = f"one score per class ({info.output_activation} output; not probabilities)"
    return [f"# Outputs (n, {n_out}): {what} of the classes (OUTPUT_NAMES):", *_names_comment(info.class_names)]


def _names_code(model: Model) -> list[str]:
    info = model.info
    # repr() of a tuple of str is a safe literal: every quote and line break is escaped.
    return [
        f"INPUT_NAMES = {tuple(map(str, info.features))!r}",
        f"RAW_COLUMNS = {tuple(map(str, info.input_columns))!r}",
        f"OUTPUT_NAMES = {tuple(map(str, info.output_names))!r}",
    ]


def _feature_lines(model: Model, lib: str, indent: str) -> list[str]:
    """Code that turns ``x`` (raw columns, float64) into ``inputs`` (the network's)."""
    info = model.info
    if info.source == "builtin":
        columns = ", ".join(_FEATURE_CODE[name].format(lib=lib) for name in info.features)
        stack = f"torch.stack([{columns}], dim=1)" if lib == "torch" else f"np.stack([{columns}], axis=1)"
        return [f"{indent}inputs = {stack}"]
    if info.standardized:
        mean, std = ("self.mean", "self.std") if lib == "torch" else ("_INPUT_MEAN", "_INPUT_STD")
        return [f"{indent}inputs = (x - {mean}) / {std}"]
    return [f"{indent}inputs = x"]


def _dtype_name(model: Model) -> str:
    return str(model.network.dtype)


def pytorch_source(model: Model) -> str:
    """The text of ``model.py``: ``build_model()`` returns a module in eval mode that takes
    the raw columns (RAW_COLUMNS) and gives the network's outputs."""
    info, network = model.info, model.network
    layers = []
    for number, layer in enumerate(network.layers, start=1):
        layers.append(f"        nn.Linear({layer.fan_in}, {layer.units}),  # layer {number}")
        if layer.batch_norm:
            layers.append(f"        nn.BatchNorm1d({layer.units}, eps={BN_EPSILON!r}, momentum={BN_MOMENTUM!r}),")
        layers.append(f"        {_TORCH_ACTIVATIONS[layer.activation]},")
        if layer.dropout > 0:
            layers.append(f"        nn.Dropout(p={float(layer.dropout)!r}),")
    raw_width = len(info.input_columns)
    inputs_doc = [
        f"# Inputs: the raw columns, shape (n, {raw_width}), one row per example, as a NumPy array or",
        "# a tensor, in the order of the training data's columns (RAW_COLUMNS):",
        *_names_comment(info.input_columns),
        f"# The model computes from them the network's {network.input_dim} inputs (INPUT_NAMES), in float64:",
        *_names_comment(info.features),
        *_features_doc(model),
        f"# The network itself (model.network) computes in torch.{_dtype_name(model)}.",
    ]
    if info.standardized:
        buffers = [
            '        self.register_buffer("mean", torch.as_tensor(mean, dtype=torch.float64))',
            '        self.register_buffer("std", torch.as_tensor(std, dtype=torch.float64))',
        ]
        loaded = '        return RawInputs(saved["input_mean"], saved["input_std"])'
    else:
        buffers = ["        del mean, std  # not standardised"]
        loaded = "        return RawInputs()"
    lines = [
        *_header(model, "pytorch", inputs_doc),
        "#",
        "#     model = build_model()",
        "#     with torch.no_grad():",
        "#         outputs = model(raw_rows)",
        "",
        "from pathlib import Path",
        "",
        "import numpy as np",
        "import torch",
        "from torch import nn",
        "",
        'WEIGHTS = Path(__file__).with_name("weights.npz")',
        f"DTYPE = torch.{_dtype_name(model)}",
        *_names_code(model),
        "",
        "",
        "class RawInputs(nn.Module):",
        '    """Raw columns (n, len(RAW_COLUMNS)) -> the network\'s inputs (n, len(INPUT_NAMES)), as in training."""',
        "",
        "    def __init__(self, mean=None, std=None):",
        "        super().__init__()",
        *buffers,
        "",
        "    def forward(self, raw):",
        "        x = torch.as_tensor(raw, dtype=torch.float64)",
        "        if x.ndim != 2 or x.shape[1] != len(RAW_COLUMNS):",
        '            raise ValueError(f"expected raw columns of shape (n, {len(RAW_COLUMNS)}), got {tuple(x.shape)}")',
        *_feature_lines(model, "torch", "        "),
        "        return inputs",
        "",
        "",
        "class Model(nn.Module):",
        '    """The trained network behind its inputs: model(raw) -> outputs (n, len(OUTPUT_NAMES))."""',
        "",
        "    def __init__(self, inputs, network):",
        "        super().__init__()",
        "        self.inputs = inputs",
        "        self.network = network",
        "",
        "    def forward(self, raw):",
        "        return self.network(self.inputs(raw).to(DTYPE))",
        "",
        "",
        "def load_inputs(weights_path=WEIGHTS) -> RawInputs:",
        '    """The input step alone, with the standardisation saved in weights.npz (if any)."""',
        "    with np.load(weights_path, allow_pickle=False) as saved:",
        loaded,
        "",
        "",
        "def build_model(weights_path=WEIGHTS) -> nn.Module:",
        '    """The trained model, in evaluation mode (batch norm uses its running statistics)."""',
        "    network = nn.Sequential(",
        *layers,
        "    )",
        "    network.to(DTYPE)",
        "    with np.load(weights_path, allow_pickle=False) as saved:",
        '        state = {name: torch.from_numpy(saved[name]) for name in saved.files if not name.startswith("input_")}',
        "    network.load_state_dict(state)",
        "    model = Model(load_inputs(weights_path), network)",
        "    model.eval()",
        "    return model",
        "",
        "",
        "def prepare(raw, weights_path=WEIGHTS):",
        '    """The network\'s inputs for raw columns (what model.network takes); model(raw) does this itself."""',
        "    return load_inputs(weights_path)(raw).to(DTYPE)",
        "",
        "",
        'if __name__ == "__main__":',
        "    print(build_model())",
        "",
    ]
    return "\n".join(lines)


def numpy_source(model: Model) -> str:
    """The text of ``predict.py``: a NumPy-only forward pass ``predict(X)``."""
    network = model.network
    body = []
    for number, layer in enumerate(network.layers, start=1):
        w = f'W["layer{number}.'
        parts = [f"{layer.fan_in} -> {layer.units}"]
        if layer.batch_norm:
            parts.append("batch norm")
        parts.append(layer.activation)
        body.append(f"    # layer {number}: {', '.join(parts)}")
        body.append(f'    z = a @ {w}weights"] + {w}bias"]')
        if layer.batch_norm:
            body.append(
                f'    z = {w}gamma"] * ((z - {w}running_mean"]) / np.sqrt({w}running_var"] + {BN_EPSILON!r})) + {w}beta"]'
            )
        if layer.activation == "softmax":
            body.append("    e = np.exp(z - z.max(axis=1, keepdims=True))")
            body.append("    a = e / e.sum(axis=1, keepdims=True)")
        else:
            body.append(f"    a = {_NUMPY_ACTIVATIONS[layer.activation]}")
    numpy_inputs = [
        f"# Inputs: an array of shape (n, {network.input_dim}), one row per example, computed in",
        f"# {_dtype_name(model)}, with one column per network input, in this order (INPUT_NAMES):",
        *_names_comment(model.info.features),
        *_features_doc(model),
        "# prepare(raw) computes them from the raw columns, in the order of RAW_COLUMNS.",
    ]
    lines = [
        *_header(model, "numpy", numpy_inputs),
        "#",
        "#     outputs = predict(prepare(raw_rows))",
        "#",
        "# Needs only NumPy. Dropout is not applied (it is only used while training).",
        "",
        "from pathlib import Path",
        "",
        "import numpy as np",
        "",
        'WEIGHTS = Path(__file__).with_name("weights.npz")',
        *_names_code(model),
        "",
        "with np.load(WEIGHTS, allow_pickle=False) as _saved:",
        "    W = {name: _saved[name] for name in _saved.files}",
    ]
    if model.info.standardized:
        lines.append('_INPUT_MEAN, _INPUT_STD = W["input_mean"], W["input_std"]')
    lines += [
        "",
        "",
        "def predict(X):",
        '    """The network\'s outputs for inputs X of shape (n, len(INPUT_NAMES))."""',
        f'    a = np.asarray(X, dtype=np.{_dtype_name(model)})',
        *body,
        "    return a",
        "",
        "",
        "def prepare(raw):",
        '    """Raw columns (n, len(RAW_COLUMNS)), in the order of RAW_COLUMNS -> the network\'s inputs."""',
        "    x = np.asarray(raw, dtype=np.float64)",
        *_feature_lines(model, "np", "    "),
        "    return inputs.astype(np.float64)",
        "",
    ]
    return "\n".join(lines)


def _export_arrays(model: Model, kind: str) -> dict[str, np.ndarray]:
    network = model.network
    arrays: dict[str, np.ndarray] = {}
    if kind == "numpy":
        for name, value in network.state().items():
            arrays[name] = value
    else:
        index = 0
        for layer in network.layers:
            arrays[f"{index}.weight"] = np.ascontiguousarray(layer.weights.T)
            arrays[f"{index}.bias"] = layer.bias.copy()
            index += 1
            if layer.batch_norm:
                arrays[f"{index}.weight"] = layer.gamma.copy()
                arrays[f"{index}.bias"] = layer.beta.copy()
                arrays[f"{index}.running_mean"] = layer.running_mean.copy()
                arrays[f"{index}.running_var"] = layer.running_var.copy()
                arrays[f"{index}.num_batches_tracked"] = np.array(0, dtype=np.int64)
                index += 1
            index += 1  # the activation
            if layer.dropout > 0:
                index += 1
    if model.info.standardized:
        arrays["input_mean"] = np.asarray(model.info.mean, dtype=np.float64)
        arrays["input_std"] = np.asarray(model.info.std, dtype=np.float64)
    return arrays


EXPORT_FORMATS = {"pytorch": ("model.py", pytorch_source), "numpy": ("predict.py", numpy_source)}


def export_model(model: Model, folder: str | os.PathLike, kind: str) -> list[Path]:
    """Write ``weights.npz`` and the code (``model.py`` or ``predict.py``) into ``folder``.

    The folder is created if needed; files already there are replaced (atomically).
    Returns the paths written. Raises :class:`RunFileError` when they cannot be written.
    """
    if kind not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {kind!r}")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RunFileError(T_UNSAVABLE, path=path_text(folder), detail=os_detail(exc)) from exc
    code_name, make_source = EXPORT_FORMATS[kind]
    arrays = _export_arrays(model, kind)
    weights = folder / "weights.npz"
    write_atomically(weights, lambda file: np.savez(file, **arrays))
    source = make_source(model).encode("utf-8")
    code = folder / code_name
    write_atomically(code, lambda file: file.write(source))
    return [code, weights]
