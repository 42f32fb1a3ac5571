"""The experiment being worked on: its settings, its run, whether it is saved, the rules
for edits, the kept runs and the autosave.

The session holds no widget. It tells the window what to show through its signals, and
asks the user (reset the weights? restore?) with message boxes over its parent, the
window. The window shows a run the session has built (``rebuilt``) and feeds back each
snapshot it draws (:meth:`Session.note_snapshot`), which is how the session knows that
trained weights are unsaved work.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from ..build import Run, build_run
from ..core.errors import BackpropError, one_line
from ..core.trainer import Snapshot
from ..data.datasets import TOY_DATASETS
from ..io import run_writer
from ..schema import experiment as experiment_module
from ..schema.rules import harmonise, with_toy_dataset
from ..schema.settings import LIVE_PATHS
from .controls import LEARNING_RATES
from .hand_edits import HandEdit, Parameter
from .names import name
from .numbers import format_fixed, format_number
from .worker import TrainingWorker

MAX_KEPT_RUNS = 6
RUN_SUFFIX = ".bpexp"


def translate_error(error: BackpropError) -> str:
    """The error's sentence in the interface language, its fractions written that
    language's way ("0,5" in Indonesian); whole numbers print the same in both."""
    params = {key: format_number(value) if isinstance(value, float) else value for key, value in error.params.items()}
    try:
        return one_line(QCoreApplication.translate("core", error.template).format(**params))
    except (KeyError, IndexError, ValueError):
        return error.translated(lambda text: QCoreApplication.translate("core", text))


class Session(QObject):
    message = Signal(str)  # a refusal or a problem: one sentence for the window to show ("": none now)
    told = Signal(object, int)  # a passing note: (a function giving its text, milliseconds)
    refused = Signal()  # an edit was refused: show the settings as they are again
    rebuilt = Signal(bool)  # a new run was built (keep the message shown?)
    settings_changed = Signal()  # a live edit: the same run trains on with new settings
    dirty_changed = Signal(bool)
    kept_runs_changed = Signal()
    # A weight or bias was set by hand (an edit, its undo or redo); before this is sent
    # the worker holds a snapshot of the new weights (`frame_ready`), which the window has
    # drawn: listeners find the new frame in `last_snapshot`. Training is paused.
    weights_edited = Signal()
    frame_ready = Signal()  # for the window: draw the worker's newest snapshot now

    def __init__(self, worker: TrainingWorker, settings: QSettings, data_dir: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.worker = worker
        self.settings = settings
        self.data_dir = data_dir  # where autosaves go
        self.experiment: dict = experiment_module.default_experiment()
        self.experiment_path: Path | None = None
        self.run: Run | None = None
        self.generation = 0  # of the run: snapshots of an earlier run are not drawn
        self.last_snapshot: Snapshot | None = None  # the newest one the window drew
        self.kept_runs: list[tuple[dict, dict]] = []  # (experiment, history) of earlier runs
        self.saved_steps = 0  # the trainer's steps when last saved (or built)
        self._kept_at: tuple[int, int] | None = None  # (generation, steps) of the run kept last
        self.dirty = False
        self.undo_stack = QUndoStack(self)  # hand edits of the weights (Edit → Undo, Redo)
        self.edited_by_hand = False  # since the run was built: hand edits are work to keep

    # ------------------------------------------------------------------ the run
    def rebuild(self, experiment: dict, keep_message: bool = False, run: Run | None = None, dataset=None) -> bool:
        """Build data, network and trainer for ``experiment`` (or take ``run``, opened from a
        file); False if it cannot be built."""
        base_dir = self.experiment_path.parent if self.experiment_path else None
        try:
            run = run if run is not None else build_run(experiment, base_dir=base_dir, dataset=dataset)
        except BackpropError as error:
            self.message.emit(translate_error(error))
            self.refused.emit()
            return False
        self.experiment = run.experiment
        self.run = run
        self.generation += 1
        self.last_snapshot = None
        self.saved_steps = run.trainer.steps
        self.undo_stack.clear()  # the edits were of the run that is gone
        self.edited_by_hand = False
        self.rebuilt.emit(keep_message)
        return True

    def current_experiment(self) -> dict:
        """The settings exactly as File → Save writes them (as JSON, read back)."""
        return json.loads(experiment_module.dumps(self.experiment))

    def has_progress(self) -> bool:
        return self.edited_by_hand or (self.last_snapshot is not None and self.last_snapshot.steps > 0)

    def note_snapshot(self, snapshot: Snapshot) -> None:
        """The window drew ``snapshot``: trained weights are unsaved work too."""
        self.last_snapshot = snapshot
        if snapshot.steps != self.saved_steps and not self.dirty:
            self.set_dirty(True)

    def set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.dirty_changed.emit(dirty)

    def saved(self, path: Path, steps: int) -> None:
        self.experiment_path = path.resolve()
        self.saved_steps = steps
        self.set_dirty(False)

    # ------------------------------------------------------------------ weights set by hand
    def edit_parameter(self, parameter: Parameter, value: float) -> None:
        """Set a weight or bias of the run to ``value`` by hand, as one step of the undo
        stack. Training pauses first; the views, the loss and the outputs show the new
        weights at once, without training (see :meth:`_write_parameter`)."""
        network = self.run.network if self.run is not None else None
        if network is None or not parameter.fits(network):
            return
        old = None

        def read(trainer) -> None:  # the value it has now, read where training cannot move it
            nonlocal old
            old = parameter.read(trainer.network)

        if not self.worker.edit_trainer(read):
            self.message.emit(self.tr("The weights could not be changed now: training did not pause in time. Try again."))
            return
        if old == value:
            self.frame_ready.emit()  # paused: the last frame is drawn whole
            return
        text = self.tr("Change bias") if parameter.is_bias else self.tr("Change weight")
        self.undo_stack.push(HandEdit(self._write_parameter, parameter, old, value, self.run.trainer.steps, text))

    def _write_parameter(self, parameter: Parameter, value: float) -> None:
        """Put ``value`` into the trained network through the worker (the one owner of
        the trainer), measure the loss at the new weights, and show them as any frame."""
        def change(trainer) -> None:
            parameter.write(trainer.network, value)
            trainer.parameters_edited()

        if not self.worker.edit_trainer(change):
            self.message.emit(self.tr("The weights could not be changed now: training did not pause in time. Try again."))
            return
        self.edited_by_hand = True
        if not self.dirty:
            self.set_dirty(True)
        self.frame_ready.emit()
        self.weights_edited.emit()

    # ------------------------------------------------------------------ edits
    def apply_edit(self, path: str, value) -> None:
        """An edit from the controls: apply it live, or ask before resetting the weights."""
        section, key = path.split(".", 1)
        candidate = copy.deepcopy(self.experiment)
        if path == "data.name" and candidate["data"]["source"] != "builtin":
            # From a CSV file back to toy data: that data set with its default settings.
            candidate["data"] = experiment_module.validate({**candidate, "data": {"source": "builtin", "name": value}})["data"]
        candidate[section][key] = value
        task, n_classes = None, 2
        if section == "data" and candidate["data"]["source"] == "builtin":
            data = candidate["data"]
            task = TOY_DATASETS[data["name"]].task
            if key == "name":
                with_toy_dataset(data, data["name"])
            n_classes = data.get("classes") or 2
            if key == "features" and not value:
                self.message.emit(self.tr("Choose at least one input feature: the network needs something to look at."))
                self.refused.emit()
                return
        harmonise(candidate, path, task, n_classes)
        try:
            candidate = experiment_module.validate(candidate)
        except BackpropError as error:
            self.message.emit(translate_error(error))
            self.refused.emit()
            return
        self.message.emit("")  # the edit is good: the last refusal no longer applies
        if path in LIVE_PATHS and self.run is not None:
            training = candidate["training"]
            try:  # the trainer refuses what it cannot train (batch norm with batches of one)
                self.run.trainer.change_settings(**{live.split(".", 1)[1]: training[live.split(".", 1)[1]] for live in LIVE_PATHS})
            except BackpropError as error:
                self.message.emit(translate_error(error))
                self.refused.emit()
                return
            self.experiment = candidate
            self.set_dirty(True)
            self.settings_changed.emit()
            return
        if self.has_progress() and not self.confirm_reset():
            self.refused.emit()
            return
        if self.rebuild(candidate):
            self.set_dirty(True)

    def confirm_reset(self) -> bool:
        epoch = self.last_snapshot.epoch if self.last_snapshot else 0
        if self.last_snapshot is not None and self.last_snapshot.steps == 0 and self.edited_by_hand:
            text = self.tr("This change needs a new network, so the weights you set by hand will be replaced by new ones. Go ahead?")
        else:
            text = self.tr("This change needs a new network, so the training so far (epoch {epoch}) will start again from new weights. Go ahead?").format(epoch=format_fixed(epoch, 0))
        answer = QMessageBox.question(
            self.parent(), self.tr("Reset the weights?"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def regenerate_data(self) -> None:
        self.apply_edit("data.seed", int(self.experiment["data"]["seed"]) + 1)

    def reset_with_smaller_learning_rate(self) -> None:
        rate = self.experiment["training"]["learning_rate"]
        smaller = [r for r in LEARNING_RATES if r < rate * 0.999]
        new_rate = smaller[-1] if smaller and rate / smaller[-1] <= 10 else rate / 10
        candidate = copy.deepcopy(self.experiment)
        candidate["training"]["learning_rate"] = new_rate
        if self.rebuild(experiment_module.validate(candidate)):
            self.set_dirty(True)
            self.told.emit(lambda: self.tr("Learning rate lowered to {rate}; the weights start again.").format(rate=format_number(new_rate)), 8000)

    def use_csv(self, section: dict, dataset) -> bool:
        """Train the current network on CSV data (the output layer follows the data)."""
        candidate = copy.deepcopy(self.experiment)
        candidate["data"] = section
        harmonise(candidate, "data.source", dataset.task, dataset.n_classes)
        try:
            candidate = experiment_module.validate(candidate)
        except BackpropError as error:
            self.message.emit(translate_error(error))
            return False
        if self.has_progress() and not self.confirm_reset():
            return False
        if not self.rebuild(candidate, dataset=dataset):
            return False
        self.set_dirty(True)
        return True

    def is_unedited_bundled(self) -> bool:
        """Whether this is one of the app's own experiments (a lesson's preset, an example)
        with the settings it was opened with: then its run is nobody's own work."""
        from ..paths import resources_dir

        path = self.experiment_path
        if path is None or not path.resolve().is_relative_to(resources_dir().resolve()) or path.suffix.lower() != ".json":
            return False
        try:
            shipped = experiment_module.load(path)
        except (BackpropError, OSError):
            return False
        return experiment_module.dumps(shipped) == experiment_module.dumps(self.experiment)

    # ------------------------------------------------------------------ comparing runs
    def keep_run_once(self) -> bool:
        """Keep the current run unless it is untrained or kept already; True if kept."""
        snapshot = self.last_snapshot
        if snapshot is None or snapshot.epoch == 0 or self._kept_at == (self.generation, snapshot.steps):
            return False
        self.keep_run(quiet=True)
        return True

    def keep_run(self, quiet: bool = False) -> None:
        """Keep the current run's curves, to draw faintly beside the next runs."""
        if self.last_snapshot is None or self.last_snapshot.epoch == 0:
            self.told.emit(lambda: self.tr("Train first: there are no curves to keep yet."), 5000)
            return
        if self._kept_at == (self.generation, self.last_snapshot.steps):
            if not quiet:
                self.told.emit(lambda: self.tr("This run is kept already."), 5000)
            return
        self._kept_at = (self.generation, self.last_snapshot.steps)
        self.kept_runs.append((copy.deepcopy(self.experiment), dict(self.last_snapshot.history)))
        self.kept_runs = self.kept_runs[-MAX_KEPT_RUNS:]
        self.kept_runs_changed.emit()
        if not quiet:
            self.told.emit(lambda: self.tr("Run kept. Change a setting, reset and train again to compare."), 5000)

    def clear_kept_runs(self) -> None:
        self.kept_runs = []
        self.kept_runs_changed.emit()

    def labelled_kept_runs(self) -> list[tuple[str, dict]]:
        """(label, history) of each kept run, labelled by how it differs from now."""
        return [(self.describe_difference(kept, self.experiment, number), history)
                for number, (kept, history) in enumerate(self.kept_runs, start=1)]

    def describe_difference(self, kept: dict, current: dict, number: int) -> str:
        """What was different in a kept run, e.g. "learning rate 3", for its label."""
        labels = {
            ("training", "learning_rate"): self.tr("learning rate {value}"),
            ("training", "batch_size"): self.tr("batch size {value}"),
            ("training", "optimizer"): self.tr("optimizer {value}"),
            ("training", "loss"): self.tr("loss {value}"),
            ("training", "regularization"): self.tr("regularization {value}"),
            ("training", "regularization_rate"): self.tr("regularization rate {value}"),
            ("training", "momentum"): self.tr("momentum {value}"),
            ("training", "seed"): self.tr("seed {value}"),
            ("training", "dtype"): self.tr("precision {value}"),
            ("network", "hidden"): self.tr("hidden layers {value}"),
            ("network", "output_activation"): self.tr("output {value}"),
            ("network", "init"): self.tr("initial weights {value}"),
            ("network", "batch_norm"): self.tr("batch normalization {value}"),
            ("network", "dropout"): self.tr("dropout {value}"),
            ("data", "name"): self.tr("data {value}"),
            ("data", "noise"): self.tr("noise {value}"),
            ("data", "samples"): self.tr("samples {value}"),
            ("data", "features"): self.tr("features {value}"),
        }
        parts = []
        for (section, key), template in labels.items():
            value = kept[section].get(key)
            if value == current[section].get(key):
                continue
            if key == "hidden" and not value:
                parts.append(self.tr("no hidden layer"))
                continue
            if key == "hidden":
                value = "-".join(str(h["units"]) for h in value) + " " + "/".join(sorted({name(h["activation"]) for h in value}))
            elif isinstance(value, bool):
                value = self.tr("on") if value else self.tr("off")
            elif isinstance(value, str):
                value = name(value)
            elif isinstance(value, float):
                value = format_number(value)  # "0,03" in Indonesian
            elif isinstance(value, int):
                value = format_fixed(value, 0)  # "12.500" samples
            elif isinstance(value, list):
                value = ", ".join(name(str(v)) for v in value)
            parts.append(template.format(value=value))
        if not parts:
            return self.tr("run {number}").format(number=number)
        return ", ".join(parts[:2]) + ("…" if len(parts) > 2 else "")

    # ------------------------------------------------------------------ autosave
    def autosave_path(self) -> Path:
        return self.data_dir / ("autosave" + RUN_SUFFIX)

    def autosave(self) -> bool:
        """Save unsaved work to the data folder, so a crash loses at most a few minutes."""
        if not self.dirty or self.run is None:
            return False
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            with self.worker.still():
                run_writer.save_run(self.autosave_path(), self.run,
                                 experiment_path_base=self.experiment_path.parent if self.experiment_path else None)
        except (BackpropError, OSError):
            return False  # an autosave that fails must not interrupt the lesson
        self.settings.setValue("autosave/pending", True)
        self.settings.sync()
        return True

    def offer_restore(self, open_file) -> bool:
        """After a crash, offer the work the last session saved automatically (opened with
        ``open_file(path, ask=False)``)."""
        path = self.autosave_path()
        if not (self.settings.value("autosave/pending", False) in (True, "true") and path.is_file()):
            return False
        answer = QMessageBox.question(
            self.parent(), self.tr("Restore your work?"),
            self.tr("backprop-gui did not close properly last time. Restore the work it saved automatically?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        restored = answer == QMessageBox.StandardButton.Yes and open_file(path, ask=False)
        if restored:
            self.experiment_path = None  # Save asks where: the autosave is not the user's file
            self.set_dirty(True)
        else:
            self.discard_autosave()
        return restored

    def discard_autosave(self) -> None:
        self.settings.remove("autosave/pending")
        try:
            self.autosave_path().unlink(missing_ok=True)
        except OSError:
            pass
