"""The File menu: new, open, import CSV, save, save as, recent files and the exports.

Every read and write of a run file goes through here (``io.run_reader``, ``io.run_writer``) or the session's
autosave; the window only calls these methods. A file that cannot be read or written
gives one sentence in the window's message line, never a traceback, and loses nothing.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ..content.packs import PACK_EXTENSION
from ..core.errors import BackpropError
from ..core.trainer import Snapshot
from ..io import codegen, run_reader, run_writer
from ..paths import resources_dir
from ..schema import experiment as experiment_module
from .results import ResultsExport
from .session import RUN_SUFFIX, translate_error

MAX_RECENT = 8


def is_bundled(path: Path) -> bool:
    """Whether ``path`` is one of the app's own files (an example or lesson experiment)."""
    return path.resolve().is_relative_to(resources_dir().resolve())


def is_lesson_pack(path: Path) -> bool:
    return Path(path).suffix.lower() == PACK_EXTENSION


class FileActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.settings = window.settings
        self.results = ResultsExport(window, self)  # File → Export my results (remembers the name)

    # ------------------------------------------------------------------ helpers
    def _say(self, text: str) -> None:
        self.window.show_message(text)

    def _saved_note(self, path: Path) -> None:
        self.window.tell(lambda: self.tr("Saved {file}").format(file=path.name), 5000)

    def _cannot_write(self, file: str, error: OSError) -> None:
        self._say(self.tr("Could not write {file}: {reason}").format(file=file, reason=error.strerror or str(error)))

    def documents_dir(self) -> str:
        last = self.settings.value("files/last_dir", "")
        if last and is_bundled(Path(last)):
            last = ""
        return last or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def may_discard(self) -> bool:
        """True if there are no unsaved changes, or the user saved or chose to discard them."""
        if not self.session.dirty:
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Unsaved changes"), self.tr("The experiment has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------------ new, open, import
    def new_experiment(self) -> None:
        if not self.may_discard():
            return
        self.session.experiment_path = None
        self.session.rebuild(experiment_module.default_experiment())
        self.session.set_dirty(False)

    def import_csv(self, path: str | None = None) -> bool:
        """Choose a CSV file, its target and features; then train on it."""
        from .csv_dialog import CsvImportDialog

        dialog = CsvImportDialog(self.window)
        if path:
            dialog.set_path(path)
        if dialog.exec() != CsvImportDialog.DialogCode.Accepted or dialog.dataset is None:
            return False
        return self.session.use_csv(dialog.data_section(), dialog.dataset)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open experiment"), self.documents_dir(),
            self.tr("Experiments and lesson packs (*.bpexp *.json *.bplesson);;Experiments (*.bpexp *.json);;"
                    "Lesson packs (*.bplesson);;All files (*)"))
        if path:
            self.open_file(Path(path))  # (unsaved work is asked about there, not for a lesson pack)

    def open_dropped(self, paths: list[Path]) -> None:
        """Files dropped on the window: every lesson pack, and the first other file."""
        others = [path for path in paths if not is_lesson_pack(path)]
        for path in paths:
            if is_lesson_pack(path):
                self.window.library.open_pack(path)
        if others:
            self.open_file(others[0])

    def open_file(self, path: Path, ask: bool = True) -> bool:
        """Open a saved run (.bpexp: settings, weights and curves) or an experiment (.json);
        a lesson pack (.bplesson) adds its lessons to the Lessons panel."""
        if is_lesson_pack(path):
            return self.window.library.open_pack(path)
        if ask and not self.may_discard():
            return False
        run = None
        try:
            if run_reader.is_run_file(path):
                with self.session.worker.still():  # (a file that cannot be opened leaves training running)
                    run = run_reader.load_run(path)
                experiment = run.experiment
            else:
                experiment = experiment_module.load(path)
        except BackpropError as error:
            self._say(self.tr("Could not open {file}: {reason}").format(file=path.name, reason=translate_error(error)))
            return False
        previous = self.session.experiment_path
        self.session.experiment_path = path.resolve()
        if not self.session.rebuild(experiment, keep_message=True, run=run):
            self.session.experiment_path = previous
            return False
        self.remember(path)
        self.session.set_dirty(False)
        return True

    def open_preset(self, path: Path) -> bool:
        """A lesson's preset. Moving on from an experiment of the app's own whose settings
        nobody changed asks nothing: its training is kept as a faint run to compare with
        (unless it was kept already), and nothing of the user's is lost. Edited settings,
        or the user's own file or new experiment, are asked about as by File → Open.
        A run on other data (another lesson's) is not kept: its curves say nothing of this one's."""
        if not self.session.is_unedited_bundled():
            return self.open_file(path)
        try:
            same_data = experiment_module.load(path)["data"]["name"] == self.session.experiment["data"]["name"]
        except (BackpropError, OSError):
            same_data = False  # open_file says what is wrong with it
        kept = same_data and self.session.keep_run_once()
        if not self.open_file(path, ask=False):
            return False
        if kept:
            self.window.tell(lambda: self.tr("The previous run is kept as a faint curve to compare with."), 8000)
        return True

    # ------------------------------------------------------------------ save
    def save(self) -> bool:
        """Save to the open file; ask for one when there is none, or when it is one of
        the app's own examples or lesson experiments, which stay as shipped."""
        path = self.session.experiment_path
        if path is None or is_bundled(path):
            return self.save_as()
        return self.write(path)

    def save_as(self) -> bool:
        title = self.session.experiment.get("title") or self.tr("experiment")
        suggested = str(Path(self.documents_dir()) / (title + RUN_SUFFIX))
        runs, settings_only = self.tr("Saved runs with weights and curves (*.bpexp)"), self.tr("Settings only (*.json)")
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Save experiment"), suggested, f"{runs};;{settings_only}")
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() not in (RUN_SUFFIX, ".json"):
            path = path.with_name(path.name + (".json" if chosen == settings_only else RUN_SUFFIX))
        return self.write(path)

    def write(self, path: Path) -> bool:
        """Save the run (.bpexp) or only its settings (.json), atomically."""
        session = self.session
        try:
            if path.suffix.lower() == ".json":
                experiment_module.save(session.experiment, path)
                steps = session.run.trainer.steps
            else:
                with session.worker.still():
                    run_writer.save_run(path, session.run)
                    steps = session.run.trainer.steps
        except BackpropError as error:
            self._say(translate_error(error))
            return False
        session.saved(path, steps)
        self.remember(path)
        self._saved_note(path)
        return True

    # ------------------------------------------------------------------ recent files
    def remember(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if Path(p) != path.resolve()]
        recent.insert(0, str(path.resolve()))
        self.settings.setValue("files/recent", recent[:MAX_RECENT])
        if not is_bundled(path):  # dialogs should not suggest saving among the app's own files
            self.settings.setValue("files/last_dir", str(path.resolve().parent))

    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def fill_recent_menu(self, menu) -> None:
        menu.clear()
        files = self.recent_files()
        for file in files:
            action = menu.addAction(Path(file).name)
            action.setToolTip(file)
            action.triggered.connect(lambda _checked=False, f=file: self.open_file(Path(f)))
        if not files:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)

    # ------------------------------------------------------------------ exports
    def export_history(self) -> None:
        snapshot = self.session.last_snapshot
        if snapshot is None:
            return
        suggested = str(Path(self.documents_dir()) / (self.tr("history") + ".csv"))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export training history"), suggested, self.tr("CSV files (*.csv)"))
        if path:
            self.write_history_csv(Path(path), snapshot)

    def write_history_csv(self, path: Path, snapshot: Snapshot) -> None:
        h = snapshot.history
        layers = h["gradient_norms"].shape[1]
        columns = ["epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "train_r2", "test_r2"]
        header = columns + [f"gradient_norm_layer{i + 1}" for i in range(layers)] + [f"update_ratio_layer{i + 1}" for i in range(layers)]
        try:
            with open(path, "w", newline="", encoding="utf-8") as file:
                writer = csv.writer(file)
                writer.writerow(header)
                for row in range(len(h["epoch"])):
                    values = [h[c][row] for c in columns] + list(h["gradient_norms"][row]) + list(h["update_ratios"][row])
                    writer.writerow(["" if v != v else f"{v:.10g}" for v in values])  # v != v: NaN (not recorded)
        except OSError as error:
            self._cannot_write(path.name, error)
            return
        self._saved_note(path)

    def plots(self) -> dict[str, QWidget]:
        """The views that can be exported, by their dock titles."""
        w = self.window
        docks = (w.loss_dock, w.decision_dock, w.weights_dock, w.gradients_dock, w.confusion_dock, w.digits_dock)
        plots = {dock.windowTitle(): dock.widget() for dock in docks if dock.isVisible()}
        plots[self.tr("Network diagram")] = w.diagram
        return plots

    def export_plot_dialog(self) -> None:
        plots = self.plots()
        name, ok = QInputDialog.getItem(self.window, self.tr("Export a plot"), self.tr("Which plot?"), list(plots), 0, False)
        if not ok:
            return
        suggested = str(Path(self.documents_dir()) / (name + ".png"))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export a plot"), suggested, self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            self.export_plot(plots[name], Path(path))

    def export_plot(self, view: QWidget, path: Path) -> bool:
        """Write a view as PNG (pyqtgraph's image exporter for plots) or SVG.

        SVG is drawn with Qt's QSvgGenerator: pyqtgraph 0.14's SVG exporter fails on the
        paths Qt 6.11 writes.
        """
        import pyqtgraph as pg
        import pyqtgraph.exporters  # noqa: F401 (registers the exporters)
        from PySide6.QtCore import QPoint, QRect, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        graphics = view.findChild(pg.GraphicsView)
        try:
            if path.suffix.lower() == ".svg":
                generator = QSvgGenerator()
                generator.setFileName(str(path))
                generator.setSize(QSize(view.width(), view.height()))
                generator.setViewBox(QRect(0, 0, view.width(), view.height()))
                generator.setTitle(view.windowTitle() or "backprop-gui")
                painter = QPainter(generator)
                try:
                    view.render(painter, QPoint(0, 0))
                finally:
                    painter.end()
                if not path.is_file():
                    raise OSError(self.tr("the drawing could not be written"))
            elif graphics is not None:
                pg.exporters.ImageExporter(graphics.scene()).export(str(path))
            elif not view.grab().save(str(path), "PNG"):
                raise OSError(self.tr("the picture could not be written"))
        except OSError as error:
            self._cannot_write(path.name, error)
            return False
        self._saved_note(path)
        return True

    def export_model(self, kind: str) -> list[Path]:
        """Write the trained model as PyTorch or NumPy code into a chosen folder."""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Choose a folder for the exported model"), self.documents_dir())
        if not folder:
            return []
        session = self.session
        try:
            with session.worker.still(), tempfile.TemporaryDirectory() as scratch:  # the exporter reads a saved run
                saved = Path(scratch) / ("model" + RUN_SUFFIX)
                run_writer.save_run(saved, session.run,
                                 experiment_path_base=session.experiment_path.parent if session.experiment_path else None)
                files = codegen.export_model(run_reader.read_model(saved), folder, kind)
        except BackpropError as error:
            self._say(translate_error(error))
            return []
        except OSError as error:
            self._cannot_write(folder, error)
            return []
        self.window.tell(lambda: self.tr("Exported {files}").format(files=", ".join(f.name for f in files)), 8000)
        return files

    def print_worksheet(self) -> None:
        """File → Print worksheet…: a practice problem as a PDF (gui/worksheet.py)."""
        from .worksheet import print_worksheet_dialog

        print_worksheet_dialog(self.window)

    def export_results(self) -> None:
        """File → Export my results…: the student's work this session as one CSV file (gui/results.py)."""
        self.results.export()

    def export_screenshot(self) -> None:
        suggested = str(Path(self.documents_dir()) / "backprop-gui.png")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save a picture of the window"), suggested, self.tr("PNG images (*.png)"))
        if path:
            if self.window.grab().save(path, "PNG"):
                self._saved_note(Path(path))
            else:
                self._say(self.tr("Could not write {file}: choose a folder you can write to.").format(file=Path(path).name))
