"""Compare the engine's numbers with PyTorch's, where PyTorch is installed.

    python benchmarks/check_pytorch.py

PyTorch is not a dependency; this script is how we confirmed that losses, gradients,
batch norm and the optimisers follow its conventions. It prints the largest
difference for each check and exits 1 if any exceeds 1e-9 (float64).
"""

from __future__ import annotations

import sys

import numpy as np

from backprop_gui.core.network import Network
from backprop_gui.core.optimizers import Optimizer

try:
    import torch
except ImportError:
    sys.exit("PyTorch is not installed; nothing to compare")

torch.set_default_dtype(torch.float64)


def torch_model(net: Network):
    layers = []
    acts = {"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU, "sigmoid": torch.nn.Sigmoid,
            "leaky_relu": lambda: torch.nn.LeakyReLU(0.01), "linear": torch.nn.Identity}
    for i, layer in enumerate(net.layers):
        linear = torch.nn.Linear(*layer.weights.shape)
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(layer.weights.T.copy()))
            linear.bias.copy_(torch.from_numpy(layer.bias.copy()))
        layers.append(linear)
        if i < len(net.layers) - 1:
            if layer.batch_norm:
                layers.append(torch.nn.BatchNorm1d(layer.units, eps=1e-5, momentum=0.1))
            layers.append(acts[layer.activation]())
    return torch.nn.Sequential(*layers)


def torch_grads(model):
    out = []
    for module in model:
        if isinstance(module, torch.nn.Linear):
            out += [module.weight.grad.T.numpy(), module.bias.grad.numpy()]
        elif isinstance(module, torch.nn.BatchNorm1d):
            out += [module.weight.grad.numpy(), module.bias.grad.numpy()]
    return out


def main() -> int:
    rng = np.random.default_rng(0)
    worst = 0.0
    cases = [
        ("mse", "linear", torch.nn.MSELoss(), lambda: rng.normal(size=(9, 3)), False),
        ("binary_cross_entropy", "sigmoid", torch.nn.BCEWithLogitsLoss(), lambda: rng.integers(0, 2, (9, 3)).astype(float), False),
        ("cross_entropy", "softmax", torch.nn.CrossEntropyLoss(), lambda: np.eye(3)[rng.integers(0, 3, 9)], True),
        ("mse", "linear", torch.nn.MSELoss(), lambda: rng.normal(size=(9, 3)), True),
    ]
    for loss, output, torch_loss, make_y, batch_norm in cases:
        for hidden in ("tanh", "relu", "sigmoid", "leaky_relu"):
            net = Network.from_config({"hidden": [{"units": 6, "activation": hidden}] * 2, "output_activation": output,
                                       "batch_norm": batch_norm}, 4, 3, seed=1)
            model = torch_model(net)
            model.train()
            X, Y = rng.normal(size=(9, 4)), make_y()
            value, grads = net.loss_and_gradients(X, Y, loss)
            t_value = torch_loss(model(torch.from_numpy(X)), torch.from_numpy(Y))
            t_value.backward()
            diffs = [abs(value - t_value.item())]
            diffs += [np.abs(a - b).max() for a, b in zip(grads.values(), torch_grads(model))]
            if batch_norm:
                bn = [m for m in model if isinstance(m, torch.nn.BatchNorm1d)][0]
                diffs.append(np.abs(net.layers[0].running_var - bn.running_var.numpy()).max())
                model.eval()
                logits = model(torch.from_numpy(X))
                probabilities = {"softmax": lambda z: torch.softmax(z, dim=1), "sigmoid": torch.sigmoid}.get(output, lambda z: z)
                diffs.append(np.abs(net.predict(X) - probabilities(logits).detach().numpy()).max())
            d = max(diffs)
            worst = max(worst, d)
            print(f"{loss:<22}{output:<9}{hidden:<11}batch norm {batch_norm!s:<6} max |difference| {d:.2e}")
    for kind in ("sgd", "momentum", "adam"):
        p = rng.normal(size=(5,))
        tp = torch.nn.Parameter(torch.from_numpy(p.copy()))
        opt = Optimizer(p, kind, learning_rate=0.1, momentum=0.9)
        topt = {"sgd": lambda: torch.optim.SGD([tp], lr=0.1), "momentum": lambda: torch.optim.SGD([tp], lr=0.1, momentum=0.9),
                "adam": lambda: torch.optim.Adam([tp], lr=0.1)}[kind]()
        for _ in range(20):
            g = rng.normal(size=(5,))
            opt.step(g)
            tp.grad = torch.from_numpy(g.copy())
            topt.step()
        d = np.abs(p - tp.detach().numpy()).max()
        worst = max(worst, d)
        print(f"optimizer {kind:<12} 20 steps, max |difference| {d:.2e}")
    print(f"worst difference {worst:.2e}")
    return 0 if worst < 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main())
