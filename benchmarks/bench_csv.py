"""CSV loading speed: ``load_csv`` on a generated file of 100,000 rows x 50 columns.

    python benchmarks/bench_csv.py [--rows 100000] [--columns 50] [--repeats 3]

Writes the file (49 numeric features with 6 significant digits and a class label 0..2,
about 32 MB) to a temporary folder, then times ``read_csv_table`` and ``load_csv`` (best
of ``--repeats``). The target is under 2 s for ``load_csv``.

It also measures how long ``load_csv`` running in a background thread keeps the main
thread from running Python (the longest gap between 5 ms ticks): this is how long the
CSV dialog's window would stop answering, because both threads share one interpreter lock.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time

import numpy as np

from backprop_gui.data.csvdata import load_csv, read_csv_table


def write_csv(path: str, rows: int, columns: int, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    features = rng.normal(size=(rows, columns - 1))
    labels = rng.integers(0, 3, size=rows)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join([f"x{j + 1}" for j in range(columns - 1)] + ["label"]) + "\n")
        for start in range(0, rows, 10_000):
            block = features[start : start + 10_000]
            text = [",".join(f"{v:.6g}" for v in row) + f",{c}" for row, c in zip(block, labels[start : start + 10_000])]
            f.write("\n".join(text) + "\n")


def best_of(repeats: int, function) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def longest_stall(function) -> float:
    """The longest time the calling thread could not run while ``function`` ran in another thread."""
    done = threading.Event()

    def work() -> None:
        try:
            function()
        finally:
            done.set()

    thread = threading.Thread(target=work)
    last = time.perf_counter()
    longest = 0.0
    thread.start()
    while not done.is_set():
        time.sleep(0.005)
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    thread.join()
    return longest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--columns", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench_csv_") as folder:
        path = os.path.join(folder, "big.csv")
        start = time.perf_counter()
        write_csv(path, args.rows, args.columns)
        size = os.path.getsize(path) / 1e6
        print(f"file: {args.rows:,} rows x {args.columns} columns, {size:.1f} MB "
              f"(written in {time.perf_counter() - start:.1f} s)")

        seconds = best_of(args.repeats, lambda: read_csv_table(path))
        print(f"read_csv_table: {seconds:.3f} s (best of {args.repeats})")
        dataset = None

        def load() -> None:
            nonlocal dataset
            dataset = load_csv(path, target="label")

        seconds = best_of(args.repeats, load)
        verdict = "OK" if seconds < 2.0 else "SLOWER THAN THE 2 s TARGET"
        print(f"load_csv:       {seconds:.3f} s (best of {args.repeats}; target < 2 s: {verdict})")
        print(f"  -> {dataset.task}, {dataset.n_classes} classes, {dataset.n_train:,} training and "
              f"{dataset.n_test:,} test rows, {dataset.input_dim} features")
        stall = longest_stall(lambda: load_csv(path, target="label"))
        print(f"load_csv in a thread: the main thread waited at most {stall:.3f} s at a time")


if __name__ == "__main__":
    main()
