"""Landscape speed: a 41 × 41 loss grid against one training epoch, on TF Playground's problem.

    python benchmarks/bench_landscape.py [--repeats 5] [--size 41]

TensorFlow Playground's default: the circle data (500 points, noise 0, half of them
for training), the two raw inputs x1 and x2, hidden layers of 4 and 2 tanh neurons,
mini-batches of 10, learning rate 0.03 (here with a sigmoid output and binary
cross-entropy, the app's choice for two classes). The grid is the data loss over the
250 training rows at 41 × 41 points of a plane through the weights along two
filter-normalised directions (core/landscape.py, one batched pass); the epoch is one
``Trainer.step_epoch`` (25 mini-batches and the epoch's measurement). Both are timed in
this one run (best of ``--repeats``), and their ratio printed.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from backprop_gui.build import build_run
from backprop_gui.core import landscape
from backprop_gui.schema.experiment import default_experiment


def playground_run():
    experiment = default_experiment()
    experiment["data"].update({"name": "circle", "samples": 500, "noise": 0.0, "test_fraction": 0.5,
                               "features": ["x1", "x2"]})
    experiment["data"].pop("classes", None)  # the circle has two, always
    experiment["network"]["hidden"] = [{"units": 4, "activation": "tanh"}, {"units": 2, "activation": "tanh"}]
    experiment["training"].update({"optimizer": "sgd", "learning_rate": 0.03, "batch_size": 10, "epochs": 10**6})
    return build_run(experiment)


def best_of(repeats, work):
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--size", type=int, default=41)
    args = parser.parse_args()
    run = playground_run()
    network, data = run.network, run.trainer.data
    a, b = landscape.filter_normalised_directions(network, np.random.default_rng(0))
    axis = np.linspace(-1.0, 1.0, args.size)

    def grid():
        landscape.loss_grid(network, data.X_train, data.Y_train, "binary_cross_entropy", a, b, axis, axis)

    grid()  # warm up
    run.trainer.step_epoch()
    grid_seconds = best_of(args.repeats, grid)
    epoch_seconds = best_of(args.repeats, run.trainer.step_epoch)
    points = args.size * args.size
    print(f"{args.size}×{args.size} grid ({points} points × {len(data.X_train)} rows, 2-4-2-1 tanh): "
          f"{grid_seconds * 1000:.1f} ms ({grid_seconds / points * 1e6:.2f} µs a point)")
    print(f"one training epoch ({run.trainer.batches_per_epoch} mini-batches of 10): {epoch_seconds * 1000:.1f} ms")
    print(f"grid / epoch: {grid_seconds / epoch_seconds:.1f}")


if __name__ == "__main__":
    main()
