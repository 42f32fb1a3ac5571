"""Engine speed: backprop_gui's Trainer against a minimal hand-written NumPy loop.

    python benchmarks/bench_engine.py [--seconds 1.0] [--repeats 3] [--only TEXT]

For each case both train the same network (same initial weights), on the same data
with the same batch size, dtype and shuffling, with plain SGD. The bare loop only
trains. The Trainer also does everything the app needs: every epoch it measures
train and test loss and accuracy in evaluation mode on a held-out test set (a quarter
the size of the training set; as many epochs are measured as the app measures:
short runs every epoch), records gradient norms and update ratios, checks for
divergence and keeps the history. The ratio is Trainer samples/s ÷ bare samples/s,
measured in this one run (best of ``--repeats`` alternating rounds). If PyTorch is
importable, an equivalent torch loop is timed too; it is never a dependency.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from backprop_gui.core.network import Network
from backprop_gui.core.trainer import Trainer, TrainingData

CASES = [
    # name, layer sizes, hidden activation, batch size, training samples, epochs
    # (None: as many as fit in --seconds, in a run planned to last for ever; a number:
    # a short run of that many epochs, run to its end as `train --json` runs it, so it
    # gets its full curve of one point per epoch).
    ("2-8-8-1 tanh", [2, 8, 8, 1], "tanh", 10, 500, None),
    ("64-128-64-10 relu", [64, 128, 64, 10], "relu", 32, 1797, None),
    ("64-128-64-10 relu 40ep", [64, 128, 64, 10], "relu", 32, 1617, 40),
    ("784-256-128-10 relu", [784, 256, 128, 10], "relu", 128, 10_000, None),
]


def make_data(sizes, n, rng):
    """Separable-ish synthetic data with the case's input and output widths."""
    d, k = sizes[0], sizes[-1]
    X = rng.normal(size=(n, d))
    if k == 1:
        labels = (X[:, 0] * X[:, 1] >= 0).astype(np.int64)
    else:
        labels = np.argmax(X @ rng.normal(size=(d, k)), axis=1)
    return X, labels


def targets(labels, k, dtype):
    return labels.reshape(-1, 1).astype(dtype) if k == 1 else np.eye(k, dtype=dtype)[labels]


def bare_loop(weights, biases, X, Y, activation, output, batch, epochs, lr, seed):
    """The shortest honest NumPy training loop: forward, backward, SGD step."""
    rng = np.random.default_rng([seed, 2])
    n = len(X)
    act = np.tanh if activation == "tanh" else (lambda z: np.maximum(z, 0.0))
    last = len(weights) - 1
    for _ in range(epochs):
        order = rng.permutation(n)
        Xs, Ys = X[order], Y[order]
        for start in range(0, n, batch):
            xb, yb = Xs[start : start + batch], Ys[start : start + batch]
            activations = [xb]
            a = xb
            for i, (W, b) in enumerate(zip(weights, biases)):
                z = a @ W + b
                if i < last:
                    a = act(z)
                elif output == "sigmoid":
                    a = 0.5 * (1.0 + np.tanh(0.5 * z))
                else:
                    e = np.exp(z - z.max(axis=1, keepdims=True))
                    a = e / e.sum(axis=1, keepdims=True)
                activations.append(a)
            # sigmoid + BCE (mean over elements) and softmax + CE (mean over samples)
            delta = (a - yb) / (a.size if output == "sigmoid" else len(a))
            for i in range(last, -1, -1):
                grad_W = activations[i].T @ delta
                grad_b = delta.sum(axis=0)
                if i > 0:
                    grad_a = delta @ weights[i].T
                    h = activations[i]
                    delta = grad_a * (1.0 - h * h) if activation == "tanh" else grad_a * (h > 0)
                weights[i] -= lr * grad_W
                biases[i] -= lr * grad_b


def torch_loop(torch, weights, biases, X, Y, activation, output, batch, epochs, lr):
    layers = []
    for i, (W, b) in enumerate(zip(weights, biases)):
        linear = torch.nn.Linear(*W.shape)
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(W.T.copy()))
            linear.bias.copy_(torch.from_numpy(b.copy()))
        layers.append(linear)
        if i < len(weights) - 1:
            layers.append(torch.nn.Tanh() if activation == "tanh" else torch.nn.ReLU())
    model = torch.nn.Sequential(*layers).to(torch.from_numpy(X).dtype)
    loss_fn = torch.nn.BCEWithLogitsLoss() if output == "sigmoid" else torch.nn.CrossEntropyLoss()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    Xt, Yt = torch.from_numpy(X), torch.from_numpy(Y)
    n = len(X)
    for _ in range(epochs):
        order = torch.randperm(n)
        Xs, Ys = Xt[order], Yt[order]
        for start in range(0, n, batch):
            opt.zero_grad()
            loss_fn(model(Xs[start : start + batch]), Ys[start : start + batch]).backward()
            opt.step()


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0, help="approximate time per measurement")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", default="", help="run only the cases whose name contains this text")
    args = parser.parse_args()
    try:
        import torch  # noqa: F401  (optional, only for comparison)

        torch.set_num_threads(1)
    except ImportError:
        torch = None
    header = f"{'case':<25}{'dtype':<9}{'bare samples/s':>16}{'trainer samples/s':>19}{'ratio':>8}"
    if torch is not None:
        header += f"{'torch samples/s':>17}"
    print(header)
    worst = np.inf
    for name, sizes, activation, batch, n, planned in CASES:
        if args.only not in name:
            continue
        for dtype in ("float64", "float32"):
            rng = np.random.default_rng(0)
            X_all, labels_all = make_data(sizes, n + n // 4, rng)
            X_all = X_all.astype(dtype)
            Y_all = targets(labels_all, sizes[-1], dtype)
            X, Y, labels = X_all[:n], Y_all[:n], labels_all[:n]
            output = "sigmoid" if sizes[-1] == 1 else "softmax"
            config = {"hidden": [{"units": u, "activation": activation} for u in sizes[1:-1]],
                      "output_activation": output, "init": "he" if activation == "relu" else "xavier"}
            loss = "binary_cross_entropy" if output == "sigmoid" else "cross_entropy"
            training = {"loss": loss, "optimizer": "sgd", "learning_rate": 0.01, "batch_size": batch,
                        "epochs": planned or 10**9, "regularization": "none", "regularization_rate": 0.0, "seed": 0}
            data = TrainingData("classification", X, Y, X_all[n:], Y_all[n:], labels, labels_all[n:])

            def fresh_network():
                return Network.from_config(config, sizes[0], sizes[-1], seed=0, dtype=dtype)

            # Calibrate the epoch count to about --seconds with the bare loop.
            probe = fresh_network()
            one = timed(lambda: bare_loop([p for k, p in probe.parameters().items() if k.endswith("weights")],
                                          [p for k, p in probe.parameters().items() if k.endswith("bias")],
                                          X, Y, activation, output, batch, 1, 0.01, 0))
            epochs = planned or max(2, int(args.seconds / max(one, 1e-6)))
            best = {"bare": np.inf, "trainer": np.inf, "torch": np.inf}
            for _ in range(args.repeats if planned is None else 2 * args.repeats):  # short runs: more rounds
                net = fresh_network()
                params = net.parameters()
                W = [p for k, p in params.items() if k.endswith("weights")]
                b = [p for k, p in params.items() if k.endswith("bias")]
                best["bare"] = min(best["bare"], timed(lambda: bare_loop(W, b, X, Y, activation, output, batch, epochs, 0.01, 0)))
                trainer = Trainer(fresh_network(), data, training)
                best["trainer"] = min(best["trainer"], timed(lambda: trainer.run(max_epochs=None if planned else epochs)))
                assert trainer.epoch == epochs and trainer.history.size > 0
                if torch is not None:
                    net = fresh_network()
                    W = [p for k, p in net.parameters().items() if k.endswith("weights")]
                    b = [p for k, p in net.parameters().items() if k.endswith("bias")]
                    Yt = Y if output == "sigmoid" else labels
                    best["torch"] = min(best["torch"], timed(lambda: torch_loop(torch, W, b, X, Yt, activation, output, batch, epochs, 0.01)))
            rate = {k: epochs * n / v for k, v in best.items()}
            ratio = rate["trainer"] / rate["bare"]
            worst = min(worst, ratio)
            line = f"{name:<25}{dtype:<9}{rate['bare']:>16,.0f}{rate['trainer']:>19,.0f}{ratio:>8.2f}"
            if torch is not None:
                line += f"{rate['torch']:>17,.0f}"
            print(line, flush=True)
    print(f"worst trainer/bare ratio: {worst:.2f} (target ≥ 0.80)")


if __name__ == "__main__":
    main()
