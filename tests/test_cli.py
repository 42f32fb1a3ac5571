"""``backprop-gui train``: results, JSON, exit codes and messages."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from backprop_gui.cli import main
from backprop_gui.schema import experiment

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "experiments"


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "backprop_gui", *map(str, args)], capture_output=True, text=True)


def test_train_json_reports_every_field():
    result = run_cli("train", EXAMPLES / "xor.json", "--epochs", "20", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["epochs"] == 20
    for key in ("train_loss", "test_loss", "train_accuracy", "test_accuracy", "seconds", "samples_per_second"):
        assert isinstance(report[key], float) and report[key] > 0, key
    assert 0.0 <= report["test_accuracy"] <= 1.0
    assert result.stderr == ""  # no progress bar when stderr is not a terminal


def test_regression_has_null_accuracy(capsys):
    assert main(["train", str(EXAMPLES / "plane.json"), "--epochs", "3", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["train_accuracy"] is None and report["test_accuracy"] is None
    assert report["test_r2"] is not None


def test_seed_changes_the_run(capsys):
    results = []
    for seed in ("1", "1", "2"):
        main(["train", str(EXAMPLES / "xor.json"), "--epochs", "3", "--seed", seed, "--json"])
        results.append(json.loads(capsys.readouterr().out)["train_loss"])
    assert results[0] == results[1] != results[2]


def test_bad_experiment_exits_2_with_one_error_line(tmp_path):
    bad = tmp_path / "bad.json"
    doc = experiment.default_experiment()
    doc["network"]["hidden"][1]["units"] = -3
    bad.write_text(json.dumps(doc))
    result = run_cli("train", bad)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:")
    assert "network.hidden[1].units must be a whole number ≥ 1, got -3" in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["train", "missing.json"], ["train"], ["train", "x.json", "--epochs", "zero"], ["fly"]])
def test_bad_command_lines_exit_2(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("error:")
    assert "Traceback" not in result.stderr


def test_diverging_training_exits_3_with_the_reason(tmp_path):
    doc = experiment.load(EXAMPLES / "plane.json")
    doc["training"].update(learning_rate=100.0, optimizer="momentum")
    path = tmp_path / "diverge.json"
    path.write_text(experiment.dumps(doc))
    result = run_cli("train", path, "--json")
    assert result.returncode == 3
    assert "diverged" in result.stderr and "smaller learning rate" in result.stderr
    assert json.loads(result.stdout)["stop_reason"] == "diverged"


def test_window_command_line_takes_a_file_and_a_language():
    from backprop_gui.cli import make_window_parser

    args = make_window_parser().parse_args(["x.json", "--lang", "id"])
    assert args.file == "x.json" and args.lang == "id"
    result = run_cli("--lang", "fr")
    assert result.returncode == 2 and result.stderr.startswith("error:")
