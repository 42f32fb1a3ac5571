"""CSV loading speed and memory: ``load_csv`` on generated files.

    python benchmarks/bench_csv.py [--rows 100000] [--columns 50] [--repeats 3]
    python benchmarks/bench_csv.py --wide [--columns 100000] [--rows 20]
    python benchmarks/bench_csv.py --memory [--megabytes 98]

Writes the file (49 numeric features with 6 significant digits and a class label 0..2,
about 32 MB) to a temporary folder, then times ``read_csv_table`` and ``load_csv`` (best
of ``--repeats``). The target is under 2 s for ``load_csv``.

It also measures how long ``load_csv`` running in a background thread keeps the main
thread from running Python (the longest gap between 5 ms ticks): this is how long the
CSV dialog's window would stop answering, because both threads share one interpreter lock.

``--wide`` times a file of few rows and many columns (100,000 by default, the most an
experiment may use as features): loading must take time in proportion to the file's
size, not to the square of its number of columns.

``--memory`` writes two numeric files of about ``--megabytes`` MB (just under the 100 MiB
limit by default): 50 columns of 6-digit numbers, and 12 million short lines of one-digit
cells (the worst case: its float64 arrays alone are 4x the file), each once as it is and
once with one missing value (loaded with ``drop_missing=True``), and loads each in a fresh
interpreter that reports its peak resident memory (``ru_maxrss``). The target is at most
5x the file's size plus 200 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
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


def wide(rows: int, columns: int, repeats: int) -> None:
    """Time a file of few rows and very many columns."""
    with tempfile.TemporaryDirectory(prefix="bench_csv_") as folder:
        path = os.path.join(folder, "wide.csv")
        write_csv(path, rows, columns)
        size = os.path.getsize(path) / 1e6
        print(f"wide file: {rows:,} rows x {columns:,} columns, {size:.1f} MB")
        seconds = best_of(repeats, lambda: read_csv_table(path))
        print(f"read_csv_table: {seconds:.3f} s (best of {repeats})")
        seconds = best_of(repeats, lambda: load_csv(path, target="label", test_fraction=0.2))
        print(f"load_csv:       {seconds:.3f} s (best of {repeats})")


# Run in a fresh interpreter so that its peak memory is the load's alone.
_MEASURE = """
import json, resource, sys
from backprop_gui.data.csvdata import load_csv
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
before = rss_mb()
dataset = load_csv(sys.argv[1], target="label", drop_missing=True)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
print(json.dumps({"before": before, "peak": peak, "rows": dataset.n_train + dataset.n_test}))
"""


def write_short_lines(path: str, megabytes: float, seed: int = 0) -> None:
    """One-digit cells, "3,7,1,0": the file whose arrays are largest for its size (4x in float64)."""
    rng = np.random.default_rng(seed)
    rows = int(megabytes * 1e6 / 8)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("a,b,c,label\n")
        for start in range(0, rows, 1_000_000):
            cells = rng.integers(0, 10, size=(min(1_000_000, rows - start), 4))
            cells[:, 3] %= 2
            f.write("".join(f"{a},{b},{c},{d}\n" for a, b, c, d in cells.tolist()))


def with_a_gap(path: str, gapped: str) -> None:
    """A copy of ``path`` whose first data line lacks its first value."""
    with open(path, "rb") as source, open(gapped, "wb") as target:
        header, first, rest = source.read().split(b"\n", 2)
        target.write(header + b"\n" + b"," + first.split(b",", 1)[1] + b"\n" + rest)


def memory(megabytes: float) -> None:
    """Peak resident memory of loading files just under the size limit, with and without a missing value."""
    with tempfile.TemporaryDirectory(prefix="bench_csv_") as folder:
        files = []
        path = os.path.join(folder, "big.csv")
        write_csv(path, int(megabytes * 1e6 / 451), 50)  # 49 values of about 8.2 characters and a label per row
        files.append(("50 columns", path))
        short = os.path.join(folder, "short.csv")
        write_short_lines(short, megabytes)
        files.append(("short lines", short))
        for label, file in list(files):
            gapped = file.replace(".csv", "_gap.csv")
            with_a_gap(file, gapped)
            files.append((f"{label}, one missing value", gapped))
        for label, file in files:
            size = os.path.getsize(file) / 1e6
            result = subprocess.run([sys.executable, "-c", _MEASURE, file], capture_output=True, text=True)
            if result.returncode != 0:
                print(f"{label}: the load failed: {result.stderr.strip().splitlines()[-1]}")
                continue
            figures = json.loads(result.stdout)
            extra = figures["peak"] - figures["before"]
            limit = 5 * size + 200
            verdict = "OK" if figures["peak"] <= limit else "OVER THE TARGET"
            print(f"{label}: {size:.1f} MB file, {figures['rows']:,} rows: peak {figures['peak']:.0f} MB resident "
                  f"({figures['peak'] / size:.1f}x the file; {extra:.0f} MB above the {figures['before']:.0f} MB "
                  f"after imports; target <= 5x + 200 MB = {limit:.0f} MB: {verdict})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=None, help="default 100,000 (20 with --wide)")
    parser.add_argument("--columns", type=int, default=None, help="default 50 (100,000 with --wide)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--wide", action="store_true", help="time a file of few rows and many columns")
    parser.add_argument("--memory", action="store_true", help="measure peak memory on a file just under 100 MiB")
    parser.add_argument("--megabytes", type=float, default=98, help="size of the --memory file")
    args = parser.parse_args()
    if args.memory:
        memory(args.megabytes)
        return
    if args.wide:
        wide(args.rows or 20, args.columns or 100_000, args.repeats)
        return
    args.rows = args.rows or 100_000
    args.columns = args.columns or 50

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
