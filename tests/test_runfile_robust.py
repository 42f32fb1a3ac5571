"""Run files, continued: state dicts, files that are not files, plain messages for damaged
files, the PyTorch export on raw columns, speed figures with nothing trained, and saying
"probability" only where the outputs are probabilities."""

from __future__ import annotations

import copy
import csv
import importlib.util
import io
import json
import os
import struct
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import numpy as np
import pytest

from backprop_gui import build
from backprop_gui.cli import main
from backprop_gui.core.history import History
from backprop_gui.io import codegen, files, run_reader, run_writer
from backprop_gui.io.run_reader import RunFileError, load_run, read_model, read_run
from backprop_gui.io.run_writer import save_run
from backprop_gui.schema import experiment

ROOT = Path(__file__).resolve().parent.parent
# Words of Python, zipfile, zlib or numpy that must never reach a user.
INTERNALS = ("Errno", "Error -3", "decompressing", "Bad magic", "OSError", "BadZipFile", "zlib", "Traceback",
             "ValueError", "Expecting", "char ")


def toy_doc(name="xor", output="sigmoid", loss="binary_cross_entropy", **data):
    return experiment.validate({
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "builtin", "name": name, "samples": 80, "seed": 3, **data},
        "network": {"hidden": [{"units": 5, "activation": "tanh"}], "output_activation": output, "batch_norm": True},
        "training": {"loss": loss, "optimizer": "adam", "learning_rate": 0.05, "batch_size": 16, "epochs": 4, "seed": 7},
    })


def make_run(doc=None):
    return build.build_run(copy.deepcopy(doc or toy_doc()))


def saved_file(tmp_path, doc=None, name="run.bpexp") -> Path:
    run = make_run(doc)
    run.trainer.step_epoch()
    path = tmp_path / name
    save_run(path, run)
    return path


def plain(message: str) -> None:
    """One sentence in plain words that says what to do."""
    assert not any(word in message for word in INTERNALS), message
    assert "\n" not in message


# ---------------------------------------------------------------------------- state dicts


def test_trainer_state_dict_continues_exactly_in_another_trainer():
    first, second = make_run(), make_run()
    for _ in range(3):
        first.trainer.step_epoch()
    first.trainer.step_batch()
    second.network.load_state(first.network.state())
    second.trainer.load_state_dict(first.trainer.state_dict())
    for run in (first, second):
        run.trainer.step_epoch()
        run.trainer.step_epoch()
    for name, value in first.network.state().items():
        np.testing.assert_array_equal(second.network.state()[name], value, err_msg=name)
    a, b = first.trainer.state_dict(), second.trainer.state_dict()
    assert a["epoch"] == b["epoch"] == 5 and a["steps"] == b["steps"] and a["shuffle"] == b["shuffle"]
    np.testing.assert_array_equal(a["history"]["train_loss"], b["history"]["train_loss"])


def test_trainer_load_state_dict_refuses_what_does_not_fit_and_changes_nothing():
    run = make_run()
    run.trainer.step_epoch()
    before = run.trainer.state_dict()
    bad_cases = [
        (lambda s: s.update(last_gradient_norms=np.zeros(5)), "last_gradient_norms"),
        (lambda s: s.update(epoch=-1), "epoch"),
        (lambda s: s["optimizer"].update(first_moment=np.zeros(3)), "first_moment"),
        (lambda s: s["optimizer"].pop("second_moment"), "second_moment"),
        (lambda s: s["history"].update(train_loss=np.zeros(7)), "train_loss"),
        (lambda s: s.update(batch_index=2, epoch_order=np.arange(5), epoch_batch_size=16), "epoch_order"),
        (lambda s: s.update(surprise=1), "surprise"),
    ]
    for change, word in bad_cases:
        state = run.trainer.state_dict()
        change(state)
        with pytest.raises(ValueError, match=word):
            run.trainer.load_state_dict(state)
        after = run.trainer.state_dict()
        assert (after["epoch"], after["steps"], after["batch_index"]) == (before["epoch"], before["steps"], 0)
        np.testing.assert_array_equal(after["optimizer"]["first_moment"], before["optimizer"]["first_moment"])


def test_history_state_dict_checks_kinds_and_thins_itself():
    history = History(2, capacity=8)
    with pytest.raises(ValueError, match="epoch"):
        history.load_state_dict({**History(2).state_dict(), "epoch": np.zeros(0, dtype=np.float64)})
    with pytest.raises(ValueError, match="gradient_norms"):
        history.load_state_dict({**History(2).state_dict(), "gradient_norms": np.zeros((0, 3))})
    long = History(2, capacity=64)
    for epoch in range(40):
        long.record(epoch, {"train_loss": float(epoch)}, [1.0, 2.0], [0.5, 0.5])
    history.load_state_dict(long.state_dict())
    state = history.state_dict()
    assert state["stride"] == 8 and list(state["epoch"]) == [0, 8, 16, 24, 32]
    history.record(40, {"train_loss": 40.0}, [1.0, 2.0], [0.5, 0.5])  # recording goes on on the thinned stride
    assert list(history.state_dict()["epoch"])[-1] == 40


def test_atomic_writes_use_mkstemp_in_the_same_folder(tmp_path, monkeypatch):
    made = []
    original = files.tempfile.mkstemp

    def recording_mkstemp(*args, **kwargs):
        fd, name = original(*args, **kwargs)
        made.append(name)
        return fd, name

    monkeypatch.setattr(files.tempfile, "mkstemp", recording_mkstemp)
    files.write_atomically(tmp_path / "new.txt", lambda file: file.write(b"hello"))
    assert len(made) == 1 and Path(made[0]).parent == tmp_path and not Path(made[0]).exists()
    assert (tmp_path / "new.txt").read_bytes() == b"hello"
    umask = os.umask(0o022)
    os.umask(umask)
    if os.name == "posix":  # a new file gets what open() would give it, not mkstemp's 0o600
        assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o666 & ~umask


# ---------------------------------------------------------------------------- issue 12.3: not a file


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux's /proc")
@pytest.mark.parametrize("path", ["/proc/self/mem", "/proc/self/status"])
def test_a_file_that_cannot_seek_is_a_run_file_error(path):
    for reader in (read_run, load_run, read_model):
        with pytest.raises(RunFileError) as info:
            reader(path)
        plain(str(info.value))
        assert "cannot be read as a run file" in str(info.value)
    assert run_reader.is_run_file(path) is False


# ---------------------------------------------------------------------------- issue 12.8: plain words


def deflated_run(tmp_path) -> bytearray:
    """A valid run file whose members are all deflated (so each has compressed data)."""
    with zipfile.ZipFile(saved_file(tmp_path, name="source.bpexp")) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return bytearray(buffer.getvalue())


def manifest_offsets(data: bytes) -> tuple[int, int]:
    """(start of the manifest's local header, start of its compressed data)."""
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("manifest.json")
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    return info.header_offset, info.header_offset + 30 + name_length + extra_length


def message_for(tmp_path, data: bytes) -> str:
    path = tmp_path / "damaged.bpexp"
    path.write_bytes(bytes(data))
    with pytest.raises(RunFileError) as info:
        read_run(path)
    return str(info.value)


def test_broken_compressed_data_is_said_in_plain_words(tmp_path):
    data = deflated_run(tmp_path)
    _, start = manifest_offsets(data)
    data[start] = 0xFF  # deflate block type 3 does not exist: zlib's "Error -3 while decompressing"
    message = message_for(tmp_path, data)
    plain(message)
    assert "manifest.json" in message and "compressed data is broken" in message and "save the run again" in message


def test_a_member_that_is_not_where_the_directory_says_is_said_in_plain_words(tmp_path):
    data = deflated_run(tmp_path)
    header, _ = manifest_offsets(data)
    data[header : header + 4] = b"PK\x00\x00"  # zipfile's "Bad magic number for file header"
    message = message_for(tmp_path, data)
    plain(message)
    assert "is not where the archive says it is" in message and "save the run again" in message


def test_a_directory_offset_before_the_start_is_said_in_plain_words(tmp_path):
    data = deflated_run(tmp_path)
    end = len(data) - 22  # the end record (no comment); its offset of the directory is at +16
    offset = struct.unpack("<L", data[end + 16 : end + 20])[0]
    data[end + 16 : end + 20] = struct.pack("<L", offset + 1000)  # members would start before byte 0
    message = message_for(tmp_path, data)
    plain(message)
    assert "damaged" in message or "not a backprop-gui run file" in message


def test_bad_json_is_said_without_the_parsers_words(tmp_path):
    data = deflated_run(tmp_path)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members["manifest.json"] = b'{"format": "backprop-gui-run",\n "version": }'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, value in members.items():
            archive.writestr(name, value)
    message = message_for(tmp_path, buffer.getvalue())
    plain(message)
    assert "manifest.json is not valid JSON (line 2, column 13)" in message


# ---------------------------------------------------------------------------- issue 12.10: PyTorch on raw columns


_TORCH_CHECK = textwrap.dedent("""
    import importlib.util, sys
    import numpy as np
    import torch
    spec = importlib.util.spec_from_file_location("exported_model", sys.argv[1])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    model = module.build_model()
    raw = np.load(sys.argv[2])
    with torch.no_grad():
        outputs = model(raw).double().numpy()
        from_tensor = model(torch.from_numpy(raw)).double().numpy()
    assert not model.training
    np.save(sys.argv[3], np.stack([outputs, from_tensor]))
""")


def write_table(path: Path, rows=120) -> None:
    rng = np.random.default_rng(1)
    X = rng.normal(size=(rows, 3)) * [1, 10, 100] + [0, 5, 50]
    kind = np.where(X[:, 0] + X[:, 1] / 10 > 0.5, "yes", "no")
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "a", "b", "c", "label"])
        writer.writerows([i, *x, k] for i, (x, k) in enumerate(zip(X, kind)))


def export_cases(tmp_path):
    yield "toy features, batch norm", toy_doc("spiral", features=["x1", "x2", "sin_x1", "x1_times_x2", "x2_squared"])
    yield "sine regression, float32", experiment.validate({
        **toy_doc("sine", "linear", "mse", features=["x1", "x1_squared", "sin_x1"]),
        "training": {**toy_doc()["training"], "loss": "mse", "dtype": "float32"},
    })
    write_table(tmp_path / "table.csv")
    yield "CSV, standardised, softmax", experiment.validate({
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "csv", "path": str(tmp_path / "table.csv"), "target": "label", "features": ["c", "a", "b"]},
        "network": {"hidden": [{"units": 6, "activation": "relu"}], "output_activation": "softmax", "batch_norm": True},
        "training": {"loss": "cross_entropy", "epochs": 3},
    })


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="PyTorch is not installed")
def test_pytorch_export_takes_the_raw_columns_and_agrees_with_predict(tmp_path):
    for number, (title, doc) in enumerate(export_cases(tmp_path)):
        run = build.build_run(doc)
        run.trainer.run(max_epochs=3)
        path = tmp_path / f"case{number}.bpexp"
        save_run(path, run)
        out = tmp_path / f"export{number}"
        assert main(["export", str(path), "--format", "pytorch", "-o", str(out)]) == 0
        model = read_model(path)
        raw = np.random.default_rng(number).normal(size=(50, len(model.info.input_columns))) * 3
        raw_csv = tmp_path / f"raw{number}.csv"
        np.savetxt(raw_csv, raw, delimiter=",", header=",".join(model.info.input_columns), comments="", fmt="%.17g")
        assert main(["predict", str(path), str(raw_csv), "-o", str(tmp_path / f"p{number}.csv")]) == 0
        predicted = np.loadtxt(tmp_path / f"p{number}.csv", delimiter=",", skiprows=1, ndmin=2)
        if model.info.binary_single_output:
            predicted = predicted[:, 1:]  # predict writes 1 - p and p; the network gives p
        np.save(tmp_path / "raw.npy", raw)
        # In another process, so that this one never imports torch (test_cli_models checks that).
        result = subprocess.run([sys.executable, "-c", _TORCH_CHECK, str(out / "model.py"), str(tmp_path / "raw.npy"),
                                 str(tmp_path / "torch.npy")], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        outputs, from_tensor = np.load(tmp_path / "torch.npy")
        np.testing.assert_allclose(outputs, predicted, rtol=1e-6, atol=1e-6, err_msg=title)
        np.testing.assert_array_equal(outputs, from_tensor)


def test_pytorch_model_source_builds_inputs_inside_the_module(tmp_path):
    """Without PyTorch: the generated module computes the features or standardisation itself."""
    cases = list(export_cases(tmp_path))
    for title, doc in (cases[0], cases[2]):
        path = tmp_path / "m.bpexp"
        save_run(path, build.build_run(doc))
        source = codegen.pytorch_source(read_model(path))
        assert "class RawInputs(nn.Module)" in source and "self.network(self.inputs(raw).to(DTYPE))" in source, title
        assert "outputs = model(raw_rows)" in source
        if doc["data"]["source"] == "csv":
            assert 'register_buffer("mean"' in source and "(x - self.mean) / self.std" in source
        else:
            assert "torch.sin(x[:, 0])" in source


# ---------------------------------------------------------------------------- issue 12.11: nothing to train


def test_json_speed_is_null_when_nothing_was_trained(tmp_path, capsys):
    path = tmp_path / "exp.json"
    path.write_text(experiment.dumps(toy_doc()), encoding="utf-8")
    assert main(["train", str(path), "--save", str(tmp_path / "done.bpexp")]) == 0
    capsys.readouterr()
    assert main(["train", str(tmp_path / "done.bpexp"), "--json"]) == 0  # already at its 4 epochs
    result = json.loads(capsys.readouterr().out)
    assert result["epochs"] == 4 and result["stop_reason"] == "max_epochs"
    assert result["samples_per_second"] is None


def test_json_speed_counts_only_this_sessions_samples(tmp_path, capsys):
    path = tmp_path / "exp.json"
    path.write_text(experiment.dumps(toy_doc()), encoding="utf-8")
    assert main(["train", str(path), "--save", str(tmp_path / "done.bpexp")]) == 0
    before = read_run(tmp_path / "done.bpexp").counters["samples_seen"]
    capsys.readouterr()
    assert main(["train", str(tmp_path / "done.bpexp"), "--epochs", "1", "--json", "--save", str(tmp_path / "more.bpexp")]) == 0
    result = json.loads(capsys.readouterr().out)
    trained = read_run(tmp_path / "more.bpexp").counters["samples_seen"] - before
    assert trained > 0 and result["samples_per_second"] == pytest.approx(trained / result["seconds"])


# ---------------------------------------------------------------------------- issue 12.12: probabilities


@pytest.mark.parametrize("output", ["linear", "tanh"])
def test_scores_are_not_called_probabilities(tmp_path, capsys, output):
    path = saved_file(tmp_path, toy_doc("xor", output, "mse"))
    model = read_model(path)
    assert not model.info.gives_probabilities
    for source in (codegen.numpy_source(model), codegen.pytorch_source(model)):
        header = "\n".join(line for line in source.splitlines() if line.startswith("#"))
        assert "probabilit" not in header.replace("not a probability", "")
        assert "score" in header
    (tmp_path / "points.csv").write_text("x1,x2\n1,2\n-1,0.5\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["predict", str(path), str(tmp_path / "points.csv"), "-o", str(tmp_path / "out.csv")]) == 0
    said = capsys.readouterr().out
    assert "wrote 2 predictions" in said and "not probabilities" in said


def test_probabilities_are_called_so_and_the_dtype_is_said_once(tmp_path, capsys):
    path = saved_file(tmp_path)  # sigmoid output, binary cross-entropy
    model = read_model(path)
    assert model.info.gives_probabilities
    source = codegen.numpy_source(model)
    assert "float64 or float64" not in source and "probability of the second class" in source
    (tmp_path / "points.csv").write_text("x1,x2\n1,2\n", encoding="utf-8")
    assert main(["predict", str(path), str(tmp_path / "points.csv"), "-o", str(tmp_path / "o.csv")]) == 0
    assert "(class probabilities)" in capsys.readouterr().out


def test_predict_help_does_not_promise_probabilities():
    result = subprocess.run([sys.executable, "-m", "backprop_gui", "predict", "--help"], capture_output=True, text=True, cwd=ROOT)
    text = " ".join(result.stdout.split())
    assert result.returncode == 0 and "class probability or predicted value" not in text
    assert "scores, not probabilities" in text
