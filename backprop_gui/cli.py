"""The ``backprop-gui`` command.

    backprop-gui [FILE]                     open the window (on FILE)
    backprop-gui train EXPERIMENT.json|RUN.bpexp [--epochs N] [--seed S] [--json] [--save OUT.bpexp]
    backprop-gui predict MODEL.bpexp DATA.csv -o OUT.csv
    backprop-gui export MODEL.bpexp --format pytorch|numpy -o DIR
    backprop-gui worksheet [--seed S] [--level L] [--lang id|en] -o SHEET.pdf
    backprop-gui lesson check PACK.bplesson
    backprop-gui lesson pack FOLDER -o PACK.bplesson [--title TEXT]

Exit codes: 0 success, 2 bad input (one ``error:`` line on stderr), 3 training
diverged (the reason on stderr), 130 interrupted with Ctrl+C.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

from . import __version__
from .schema import experiment as experiment_module
from .schema.settings import SETTINGS
from .io import codegen, run_reader, run_writer, runformat
from .build import build_run
from .core import practice
from .core.errors import MAX_MESSAGE_CHARS, BackpropError, one_line, shown

EXIT_OK, EXIT_BAD_INPUT, EXIT_DIVERGED, EXIT_INTERRUPTED = 0, 2, 3, 130


class _Parser(argparse.ArgumentParser):
    """argparse, but with our one-line ``error:`` message and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"error: {message} (see backprop-gui --help)\n")


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="backprop-gui",
        description="Teach and learn how neural networks learn by backpropagation.",
    )
    parser.add_argument("--version", action="version", version=f"backprop-gui {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    train = commands.add_parser(
        "train",
        help="train an experiment without a window",
        description="Train an experiment file without a window and report the result.",
    )
    train.add_argument("experiment", help="an experiment file (.json), or a saved run (.bpexp) to continue training")
    train.add_argument("--epochs", type=int, metavar="N", help="train for N epochs (overrides training.epochs); a saved run trains N more epochs")
    train.add_argument("--seed", type=int, metavar="S", help="seed for the initial weights, shuffling and dropout (overrides training.seed; not for a saved run)")
    train.add_argument("--json", action="store_true", help="print the result as one JSON object on stdout")
    train.add_argument("--save", metavar="OUT.bpexp", help="at the end, save the run (weights, optimiser state, history) to this file")
    predict = commands.add_parser(
        "predict",
        help="predict with a saved model",
        description=(
            "Read the columns the model was trained on (by name, from the CSV file's header; other columns are "
            "ignored), and write one row per input row with one column per class or predicted value. A class's "
            "column holds its probability when the output layer is sigmoid or softmax, and the output's score "
            "otherwise (a linear or tanh output trained with mse gives scores, not probabilities)."
        ),
    )
    predict.add_argument("model", help="a saved run (.bpexp)")
    predict.add_argument("data", help="a CSV file with the model's input columns")
    predict.add_argument("-o", "--output", required=True, metavar="OUT.csv", help="the CSV file to write ('-' for standard output)")
    export = commands.add_parser(
        "export",
        help="export a saved model as PyTorch or NumPy code",
        description="Write the model's weights (weights.npz) and code that uses them: model.py (PyTorch) or predict.py (NumPy).",
    )
    export.add_argument("model", help="a saved run (.bpexp)")
    export.add_argument("--format", required=True, choices=("pytorch", "numpy"), help="pytorch: model.py with build_model(); numpy: predict.py with predict(X)")
    export.add_argument("-o", "--output", required=True, metavar="DIR", help="the folder to write into (created if needed)")
    worksheet = commands.add_parser(
        "worksheet",
        help="write a practice problem as a printable PDF worksheet",
        description=(
            "Write a backpropagation practice problem as a PDF: the network with its numbers, the sample and "
            "target, a box for every quantity to compute, and the answer key on the last page."
        ),
    )
    worksheet.add_argument("--seed", type=int, metavar="S",
                           help=f"the problem's number, 0 to {practice.SEED_MAX} (default: a new random one, printed on the sheet)")
    worksheet.add_argument("--level", type=int, default=1, metavar="L",
                           help=f"the practice level, 1 to {len(practice.LEVELS)} (default 1): " + "; ".join(
                               f"{level.number} {level.title}" for level in practice.LEVELS))
    worksheet.add_argument("--lang", choices=("id", "en"), help="the sheet's language (default: the system's)")
    worksheet.add_argument("-o", "--output", required=True, metavar="SHEET.pdf", help="the PDF file to write")
    lesson = commands.add_parser(
        "lesson",
        help="check or make a lesson pack (.bplesson)",
        description="Check a lesson pack, or pack a folder of lesson files (laid out as resources/lessons/) into one.",
    )
    lesson_commands = lesson.add_subparsers(dest="lesson_command", metavar="ACTION", required=True)
    check = lesson_commands.add_parser("check", help="check a lesson pack and print a one-line summary")
    check.add_argument("pack", help="a lesson pack (.bplesson)")
    pack = lesson_commands.add_parser("pack", help="pack a folder of lesson files into a lesson pack")
    pack.add_argument("folder", help="a folder of lesson files with their presets in presets/")
    pack.add_argument("-o", "--output", required=True, metavar="PACK.bplesson", help="the pack to write")
    pack.add_argument("--title", help="the pack's title (default: the folder's name)")
    return parser


COMMANDS = ("train", "predict", "export", "worksheet", "lesson")


def make_window_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="backprop-gui",
        description="Open the backprop-gui window. Commands: train, predict, export, worksheet (see backprop-gui COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"backprop-gui {__version__}")
    parser.add_argument("file", nargs="?", help="an experiment, saved run (.bpexp) or lesson pack (.bplesson) to open")
    parser.add_argument("--lang", choices=("en", "id"), help="the window's language: en (English) or id (Bahasa Indonesia)")
    parser.add_argument("--reset-settings", action="store_true", help="forget the saved layout, zoom, language and recent files")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation without a screen (train, save, reopen, switch language) and exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in COMMANDS:
        args = make_parser().parse_args(argv)
        commands = {"train": train_command, "predict": predict_command, "export": export_command,
                    "worksheet": worksheet_command, "lesson": lesson_command}
        return commands[args.command](args)
    args = make_window_parser().parse_args(argv)
    if args.self_test:
        from .gui.selftest import run_self_test

        return run_self_test()
    if args.file is not None and not Path(args.file).is_file():
        return _fail(f"{args.file}: no such file")
    from .gui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args.file, language=args.lang, reset_settings=args.reset_settings)


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(f"error: {one_line(message, MAX_MESSAGE_CHARS + 100)}", file=sys.stderr)
    return code


def _fail_in(path: object, error: BackpropError) -> int:
    """``error: FILE: message``, naming the file the problem is in when the error knows it
    (the CSV file whose line 3 is bad, not the experiment that points at it)."""
    return _fail(f"{error.file or shown(path, 80)}: {error}")


def train_command(args: argparse.Namespace) -> int:
    for option, value, setting in (("--epochs", args.epochs, SETTINGS["training.epochs"]), ("--seed", args.seed, SETTINGS["training.seed"])):
        if value is not None and not setting.low <= value <= setting.high:  # the experiment's own range
            return _fail(f"{option} must be a whole number from {setting.low} to {setting.high}, got {value}")
    path = Path(args.experiment)
    continuing = run_reader.is_run_file(path)
    if continuing and args.seed is not None:
        return _fail(f"{path}: --seed cannot be used to continue a saved run, whose random generators are saved in it")
    try:
        if continuing:
            run = run_reader.load_run(path)
            if args.epochs is not None:
                total = run.trainer.epoch + args.epochs
                if total > experiment_module.MAX_EPOCHS:
                    return _fail(f"{path}: the run is at epoch {run.trainer.epoch}, so --epochs can add at most {experiment_module.MAX_EPOCHS - run.trainer.epoch}")
                run.trainer.settings["epochs"] = total
                run.experiment["training"]["epochs"] = total
        else:
            experiment = experiment_module.load(path)
            if args.epochs is not None:
                experiment["training"]["epochs"] = args.epochs
            if args.seed is not None:
                experiment["training"]["seed"] = args.seed
            run = build_run(experiment, base_dir=path.parent)
    except BackpropError as error:
        return _fail_in(path, error)

    trainer = run.trainer
    samples_before = trainer.samples_seen  # a saved run has trained before: count this session only
    progress = _Progress(trainer) if sys.stderr.isatty() else None
    started = time.perf_counter()
    try:
        if progress is None:
            reason = trainer.run()
        else:
            while (reason := trainer.run(should_stop=progress.due)) == "stopped":
                progress.show()
            progress.show(final=True)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    seconds = time.perf_counter() - started

    metrics = trainer.whole_metrics()  # every row: the curves may measure a sample of a large split
    if args.json:
        result = {
            "epochs": trainer.epoch,
            "train_loss": _number(metrics.train_loss),
            "test_loss": _number(metrics.test_loss),
            "train_accuracy": _number(metrics.train_accuracy),
            "test_accuracy": _number(metrics.test_accuracy),
            "train_r2": _number(metrics.train_r2),
            "test_r2": _number(metrics.test_r2),
            "seconds": seconds,
            "samples_per_second": _speed(trainer.samples_seen - samples_before, seconds),
            "stop_reason": reason,
            # early stopping: the epochs trained when the validation loss was lowest (the
            # weights kept, with restore_best); null without early stopping
            "best_epoch": None if trainer.early_stopping is None else trainer.early_stopping.best_epoch,
        }
        print(json.dumps(result))
    elif reason != "diverged":
        print(_summary(trainer, seconds, metrics))
    if args.save is not None:
        # After a divergence the trainer has already put back the last finite weights.
        try:
            run_writer.save_run(args.save, run, experiment_path_base=path.parent)
        except BackpropError as error:
            return _fail_in(args.save, error)
        if not args.json:
            print(f"saved the run to {args.save}")
    if reason == "diverged":
        print(f"error: training diverged: {trainer.diverged}", file=sys.stderr)
        return EXIT_DIVERGED
    return EXIT_OK


def predict_command(args: argparse.Namespace) -> int:
    try:
        saved = run_reader.read_run(args.model)
    except BackpropError as error:
        return _fail_in(args.model, error)
    model = saved.model
    data = saved.experiment["data"]
    # A model trained on a CSV file with an explicit delimiter or header setting reads its
    # inputs the same way; otherwise both are detected, as for training.
    delimiter = data.get("delimiter") if data["source"] == "csv" else None
    header = data.get("header") if data["source"] == "csv" else None
    try:
        raw = model.read_inputs(args.data, delimiter=delimiter, header=header)
    except BackpropError as error:
        return _fail_in(args.data, error)
    with np.errstate(all="ignore"):
        outputs = model.predict(raw)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(model.output_names)
    writer.writerows([repr(value) for value in row] for row in outputs.tolist())
    if args.output == "-":
        sys.stdout.write(text.getvalue())
        return EXIT_OK
    encoded = text.getvalue().encode("utf-8")
    try:
        runformat.write_atomically(args.output, lambda file: file.write(encoded))
    except BackpropError as error:
        return _fail_in(args.output, error)
    print(f"wrote {len(outputs)} predictions to {args.output} ({_columns_hold(model.info)})")
    return EXIT_OK


def export_command(args: argparse.Namespace) -> int:
    try:
        model = run_reader.read_model(args.model)
    except BackpropError as error:
        return _fail_in(args.model, error)
    try:
        written = codegen.export_model(model, args.output, args.format)
    except BackpropError as error:
        return _fail_in(args.output, error)
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK


def worksheet_command(args: argparse.Namespace) -> int:
    levels = len(practice.LEVELS)
    if not 1 <= args.level <= levels:
        return _fail(f"--level must be a whole number from 1 to {levels}, got {args.level}")
    if args.seed is not None and not 0 <= args.seed <= practice.SEED_MAX:
        return _fail(f"--seed must be a whole number from 0 to {practice.SEED_MAX}, got {args.seed}")
    output = Path(args.output)
    if output.is_dir():
        return _fail(f"{shown(output, 80)}: is a folder; give the PDF file to write, e.g. -o sheet.pdf")
    from .gui import worksheet  # Qt is imported only for this command (drawing the PDF needs no screen)

    language = worksheet.start_application(args.lang)
    seed = worksheet.random_seed() if args.seed is None else args.seed
    problem = practice.make_problem(seed, args.level)
    try:
        worksheet.write_worksheet(problem, output, language)
    except OSError as error:
        return _fail(f"{shown(output, 80)}: cannot write the worksheet: {error.strerror or error}")
    print(f"wrote {output} (level {args.level}, seed {seed}, language {language})")
    return EXIT_OK


def lesson_command(args: argparse.Namespace) -> int:
    import shutil
    import tempfile

    from .content import packs

    if args.lesson_command == "pack":
        title = {"en": args.title} if args.title else None
        try:
            lessons = packs.make_pack(args.folder, args.output, title)
        except packs.PackError as error:
            return _fail(str(error))
        print(f"{args.output}: {len(lessons)} lesson(s) packed")
        return EXIT_OK
    scratch = tempfile.mkdtemp(prefix="backprop-gui-check-")
    try:
        pack = packs.read_pack(args.pack, into=scratch)
    except packs.PackError as error:
        return _fail_in(args.pack, error)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    presets = sum(len(lesson.presets) for lesson in pack.lessons)
    print(f"{shown(args.pack, 80)}: ok, {len(pack.lessons)} lesson(s) with {presets} preset(s): {pack.title['en']}")
    return EXIT_OK


def _columns_hold(info) -> str:
    """What ``predict``'s columns are, in a few words: probabilities only if they are."""
    if info.task != "classification":
        return "predicted values"
    if info.gives_probabilities:
        return "class probabilities"
    return f"class scores of the {info.output_activation} output, not probabilities"


def _speed(samples: int, seconds: float) -> float | None:
    """Samples trained per second, or None when nothing was trained (no speed to report)."""
    return samples / seconds if samples > 0 and seconds > 0 else None


def _number(value):
    return None if value is None or not math.isfinite(value) else value


def _summary(trainer, seconds: float, m) -> str:
    parts = [f"epoch {trainer.epoch}", f"train loss {m.train_loss:.4f}"]
    if m.test_loss is not None:
        parts.append(f"test loss {m.test_loss:.4f}")
    if m.train_accuracy is not None:
        parts.append(f"train accuracy {m.train_accuracy:.1%}")
    if m.test_accuracy is not None:
        parts.append(f"test accuracy {m.test_accuracy:.1%}")
    if m.train_r2 is not None:
        parts.append(f"train R² {m.train_r2:.3f}")
    if m.test_r2 is not None:
        parts.append(f"test R² {m.test_r2:.3f}")
    parts.append(f"{seconds:.2f} s")
    return ", ".join(parts)


class _Progress:
    """A one-line progress bar on stderr, redrawn ten times a second."""

    INTERVAL = 0.1

    def __init__(self, trainer) -> None:
        self.trainer = trainer
        self.next_time = time.perf_counter() + self.INTERVAL

    def due(self) -> bool:
        return time.perf_counter() >= self.next_time

    def show(self, final: bool = False) -> None:
        self.next_time = time.perf_counter() + self.INTERVAL
        total = int(self.trainer.settings["epochs"])
        done = self.trainer.epoch
        width = 30
        filled = int(width * min(done, total) / total)
        loss = self.trainer.last_metrics.train_loss
        line = f"\r[{'#' * filled}{'.' * (width - filled)}] epoch {done}/{total}  loss {loss:.4f}"
        sys.stderr.write(line + ("\n" if final else ""))
        sys.stderr.flush()
