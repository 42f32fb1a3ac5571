"""The CSV import dialog: choose a file, check what was detected, pick target and features.

Using it::

    dialog = CsvImportDialog(parent, start_dir=folder)
    dialog.set_path(path)                      # optional: open with a file already chosen
    if dialog.exec() == QDialog.DialogCode.Accepted:
        section = dialog.data_section()        # the experiment's "data" section (source "csv")
        dataset = dialog.dataset               # the Dataset loaded with exactly those settings

How it works
------------
All reading happens in the engine (:func:`~backprop_gui.data.csvdata.read_csv_table` and
:func:`~backprop_gui.data.csvdata.load_csv`), in a background task (:mod:`.background`),
so a large file never blocks the window. It goes in two steps: choosing a file (or another
delimiter or header setting) *reads the table* (columns, preview, what was detected);
any other choice (target, features, task, test fraction, standardisation, dropping
missing values) *loads the data set* with ``load_csv``, which shows the inferred task,
the number of classes, the rows dropped, and every error of the file in the dialog.
Anything else the load raises (the disk, memory, a bug) comes back through the task's
``errored`` signal and is shown as one sentence in the same place.

At most one load thread of a dialog runs at a time. A new request while one runs marks
its result as out of date; the newest request starts when that thread ends. "Cancel
loading" only forgets the result: the engine cannot be interrupted, so the thread
finishes in the background. :func:`.background.start` keeps the threads (not the
dialog) until they end, so closing or deleting the dialog never destroys a running
thread; it waits for them when the application quits.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem, QToolButton,
    QVBoxLayout, QWidget,
)

from ..data.csvdata import CsvTable, load_csv, read_csv_table
from ..data.datasets import CLASSIFICATION, REGRESSION, Dataset
from ..core.errors import BackpropError
from . import background
from .controls import add_labelled_row
from .numbers import NumberSpinBox, format_fixed
from .session import translate_error

PREVIEW_ROWS = 20
#: Wait this long after a change before loading, so that ticking several features
#: in a row starts one load, not one per tick.
RELOAD_DELAY_MS = 150
DELIMITER_CHOICES = (None, ",", ";", "\t", "|")  # None: detected
HEADER_CHOICES = (None, True, False)  # None: detected
TASK_CHOICES = (None, CLASSIFICATION, REGRESSION)  # None: inferred from the target's values
MAX_PREVIEW_COLUMN_WIDTH = 180
MAX_PREVIEW_COLUMNS = 200  # a wider file shows its first columns only (the feature list has them all)
ERROR_STYLE = ("QLabel#csv_error { color: #7A0010; background: #FDECEA; border: 1px solid #C62828;"
               " border-radius: 4px; padding: 6px; }")


# ============================================================================ the work

@dataclass(frozen=True)
class TablePreview:
    """What the dialog shows of a read table: its columns, first rows and detected format."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first PREVIEW_ROWS data rows
    line_numbers: tuple[int, ...]  # the file line of each preview row
    n_rows: int
    delimiter: str
    has_header: bool
    decimal_comma: bool

    @classmethod
    def of(cls, table: CsvTable, n: int = PREVIEW_ROWS) -> TablePreview:
        return cls(columns=tuple(table.columns), rows=tuple(tuple(r) for r in table.head(n)),
                   line_numbers=tuple(table.line_numbers[:n]), n_rows=table.n_rows, delimiter=table.delimiter,
                   has_header=table.has_header, decimal_comma=table.decimal_comma)


@dataclass(frozen=True)
class LoadJob:
    """One request: read the table (``load is None``) or load the data set with ``load``'s options."""

    number: int
    path: str
    delimiter: str | None
    header: bool | None
    load: dict | None = None


@dataclass
class LoadOutcome:
    job: LoadJob
    table: TablePreview | None = None
    dataset: Dataset | None = None
    error: BackpropError | None = None
    seconds: float = 0.0


def run_job(job: LoadJob) -> LoadOutcome:
    """Do ``job`` with the engine. A problem of the file (a :class:`BackpropError`) ends up
    in the outcome; anything else (an unreadable disk, no memory, a bug) is raised, and
    the background task reports it (see :mod:`.background`)."""
    outcome = LoadOutcome(job)
    start = time.perf_counter()
    try:
        if job.load is None:
            outcome.table = TablePreview.of(read_csv_table(job.path, delimiter=job.delimiter, header=job.header))
        else:
            outcome.dataset = load_csv(job.path, delimiter=job.delimiter, header=job.header, **job.load)
    except BackpropError as error:
        outcome.error = error
    outcome.seconds = time.perf_counter() - start
    return outcome


# ============================================================================ the dialog

class CsvImportDialog(QDialog):
    """Choose a CSV file and how to read it; ``data_section()`` and ``dataset`` after ``accept()``."""

    #: Sent whenever loading starts or ends, or the result or error changes.
    state_changed = Signal()

    def __init__(self, parent: QWidget | None = None, start_dir: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("csv_import_dialog")
        self.start_dir = start_dir
        self.dataset: Dataset | None = None  # set by accept()
        self._path: str | None = None
        self._table: TablePreview | None = None
        self._loaded: Dataset | None = None  # the data set loaded with the current settings
        self._error: Exception | None = None  # a BackpropError (the file), or what else the load raised
        self._cancelled = False
        self._needs: str | None = None  # "table" or "load": what must still be done
        self._job: LoadJob | None = None  # the job whose result is wanted
        self._thread: background.TaskThread | None = None  # this dialog's thread while it runs
        self._running_job: LoadJob | None = None  # the job of that thread
        self._numbers = itertools.count(1)
        self._columns_shown: tuple[str, ...] = ()  # the columns of the table shown last
        self._detected: dict[str, object] = {}  # "delimiter" and "header" as detected in the file
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(RELOAD_DELAY_MS)
        self._delay.timeout.connect(self._launch)
        self._build()
        self.retranslate_ui()
        self._update_state()
        self.resize(860, 700)
        self.choose_button.setFocus()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        column = QVBoxLayout(self)

        file_row = QHBoxLayout()
        self.file_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("csv_path")
        self.path_edit.setReadOnly(True)
        self.file_label.setBuddy(self.path_edit)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_file")
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        column.addLayout(file_row)

        read_row = QHBoxLayout()
        self.delimiter_label = QLabel()
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("csv_delimiter")
        for _ in DELIMITER_CHOICES:
            self.delimiter_combo.addItem("")
        self.delimiter_label.setBuddy(self.delimiter_combo)
        self.header_label = QLabel()
        self.header_combo = QComboBox()
        self.header_combo.setObjectName("csv_header")
        for _ in HEADER_CHOICES:
            self.header_combo.addItem("")
        self.header_label.setBuddy(self.header_combo)
        self.file_info = QLabel()
        self.file_info.setObjectName("csv_file_info")
        for widget in (self.delimiter_label, self.delimiter_combo, self.header_label, self.header_combo):
            read_row.addWidget(widget)
        read_row.addSpacing(12)
        read_row.addWidget(self.file_info, 1)
        column.addLayout(read_row)

        self.preview_box = QGroupBox()
        preview_column = QVBoxLayout(self.preview_box)
        self.preview = QTableWidget()
        self.preview.setObjectName("csv_preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.preview_legend = QLabel()
        self.preview_legend.setWordWrap(True)
        preview_column.addWidget(self.preview, 1)
        preview_column.addWidget(self.preview_legend)
        column.addWidget(self.preview_box, 3)

        choices = QHBoxLayout()
        self.settings_box = QGroupBox()
        form = QFormLayout(self.settings_box)
        self._labels: dict[str, QLabel] = {}
        self.target_combo = self._row(form, "target", QComboBox())
        self.target_combo.setObjectName("csv_target")
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_combo.setMinimumContentsLength(12)
        self.task_combo = self._row(form, "task", QComboBox())
        self.task_combo.setObjectName("csv_task")
        for _ in TASK_CHOICES:
            self.task_combo.addItem("")
        self.test_spin = self._row(form, "test_fraction", NumberSpinBox())  # 0,3 in Indonesian
        self.test_spin.setObjectName("csv_test_fraction")
        self.test_spin.setRange(0.0, 0.9)
        self.test_spin.setSingleStep(0.05)
        self.test_spin.setDecimals(2)
        self.test_spin.setValue(0.3)
        self.test_spin.setKeyboardTracking(False)
        self.standardize_box = QCheckBox()
        self.standardize_box.setObjectName("csv_standardize")
        self.standardize_box.setChecked(True)
        form.addRow(self.standardize_box)
        self.drop_missing_box = QCheckBox()
        self.drop_missing_box.setObjectName("csv_drop_missing")
        form.addRow(self.drop_missing_box)
        choices.addWidget(self.settings_box, 1)

        self.features_box = QGroupBox()
        features_column = QVBoxLayout(self.features_box)
        self.features_list = QListWidget()
        self.features_list.setObjectName("csv_features")
        self.features_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        features_buttons = QHBoxLayout()
        self.all_features = QToolButton()
        self.all_features.setObjectName("csv_all_features")
        self.no_features = QToolButton()
        self.no_features.setObjectName("csv_no_features")
        features_buttons.addWidget(self.all_features)
        features_buttons.addWidget(self.no_features)
        features_buttons.addStretch(1)
        features_column.addWidget(self.features_list, 1)
        features_column.addLayout(features_buttons)
        choices.addWidget(self.features_box, 1)
        column.addLayout(choices, 2)

        self.summary = QLabel()
        self.summary.setObjectName("csv_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.summary)
        self.error_label = QLabel()
        self.error_label.setObjectName("csv_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        column.addWidget(self.error_label)

        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("csv_progress")
        self.progress.setRange(0, 0)  # busy: no percentage, the engine cannot report one
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("csv_progress_label")
        self.cancel_load_button = QPushButton()
        self.cancel_load_button.setObjectName("cancel_load")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setObjectName("use_data")
        self.use_button.setDefault(True)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.progress_label)
        bottom.addWidget(self.cancel_load_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        column.addLayout(bottom)

        self.choose_button.clicked.connect(self.choose_file)
        self.delimiter_combo.currentIndexChanged.connect(lambda _i: self._request("table"))
        self.header_combo.currentIndexChanged.connect(lambda _i: self._request("table"))
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self.features_list.itemChanged.connect(lambda _item: self._choice_changed())
        self.all_features.clicked.connect(lambda: self._check_all_features(True))
        self.no_features.clicked.connect(lambda: self._check_all_features(False))
        self.task_combo.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.test_spin.valueChanged.connect(lambda _v: self._choice_changed())
        self.test_spin.refused.connect(self._input_refused)
        self.standardize_box.toggled.connect(lambda _v: self._choice_changed())
        self.drop_missing_box.toggled.connect(lambda _v: self._choice_changed())
        self.cancel_load_button.clicked.connect(self.cancel_load)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> QWidget:
        return add_labelled_row(form, self._labels, key, widget)

    # ------------------------------------------------------------------ the public side
    def path(self) -> str | None:
        return self._path

    def set_path(self, path) -> None:
        """Choose the file ``path`` (str or Path) and start reading it."""
        self._path = str(Path(path).expanduser().absolute())
        self.path_edit.setText(self._path)
        self.path_edit.setToolTip(self._path)
        self._table = None
        self._detected = {}
        for combo in (self.delimiter_combo, self.header_combo):  # a new file: detect afresh
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._show_table()
        self._request("table")

    def choose_file(self) -> None:
        start = str(Path(self._path).parent) if self._path else self.start_dir
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), start,
                                              self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.set_path(path)

    def is_busy(self) -> bool:
        """True while a read or load for the current settings is waiting or running."""
        return self._needs is not None or self._job is not None

    def is_ready(self) -> bool:
        """True when the data is loaded with the current settings and has no error."""
        return not self.is_busy() and self._loaded is not None and self._error is None

    def loaded_dataset(self) -> Dataset | None:
        """The data set loaded with the current settings (before accept(), too)."""
        return self._loaded if self.is_ready() else None

    def columns(self) -> tuple[str, ...]:
        return self._table.columns if self._table else ()

    def _input_refused(self, sentence: str) -> None:
        """A typed number was refused: say why where errors are shown, until the next change."""
        self.error_label.setText(sentence)
        self.error_label.setVisible(True)

    def error_text(self) -> str:
        return self.error_label.text() if self._error is not None else ""

    def detected_delimiter(self) -> str | None:
        """The delimiter found in the file (whatever the delimiter setting), once read."""
        return self._detected.get("delimiter")

    def detected_header(self) -> bool | None:
        """Whether a header was found in the file (whatever the header setting), once read."""
        return self._detected.get("header")

    def set_target(self, name: str) -> None:
        index = self.target_combo.findText(name, Qt.MatchFlag.MatchExactly)
        if index < 0:
            raise ValueError(f"no column {name!r}")
        self.target_combo.setCurrentIndex(index)

    def set_features(self, names) -> None:
        """Tick exactly the columns ``names`` (the target cannot be ticked)."""
        wanted = set(names)
        self.features_list.blockSignals(True)
        for item in self._feature_items():
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked)
        self.features_list.blockSignals(False)
        self._choice_changed()

    def features(self) -> list[str]:
        """The ticked feature columns, in the file's order."""
        return [item.text() for item in self._feature_items()
                if item.checkState() == Qt.CheckState.Checked and item.flags() & Qt.ItemFlag.ItemIsEnabled]

    def target(self) -> str | None:
        return self.target_combo.currentText() if self.target_combo.count() else None

    def data_section(self) -> dict:
        """The experiment's ``data`` section for the current choices (see docs/experiment-format.md)."""
        return {
            "source": "csv",
            "path": self._path,
            "target": self.target(),
            "features": self.features(),
            "task": TASK_CHOICES[self.task_combo.currentIndex()],
            "test_fraction": round(self.test_spin.value(), 4),
            "standardize": self.standardize_box.isChecked(),
            "seed": 0,
            "delimiter": DELIMITER_CHOICES[self.delimiter_combo.currentIndex()],
            "header": HEADER_CHOICES[self.header_combo.currentIndex()],
            "drop_missing": self.drop_missing_box.isChecked(),
        }

    def accept(self) -> None:
        if not self.is_ready():
            return  # Enter while loading, or with an error: nothing to use yet
        self.dataset = self._loaded
        super().accept()

    def showEvent(self, event) -> None:  # noqa: N802
        # Shown again after closing while it was loading: pick up where it stopped.
        if self._path is not None and not self.is_busy() and self._loaded is None and self._error is None:
            self._request("table" if self._table is None else "load")
        super().showEvent(event)

    def done(self, result: int) -> None:
        self._forget_work()
        super().done(result)

    def cancel_load(self) -> None:
        """Stop waiting for the file: the result is thrown away (the thread ends by itself)."""
        if not self.is_busy():
            return
        self._forget_work()
        self._cancelled = True
        self._update_state()

    # ------------------------------------------------------------------ choices
    def _feature_items(self) -> list[QListWidgetItem]:
        return [self.features_list.item(i) for i in range(self.features_list.count())]

    def _check_all_features(self, checked: bool) -> None:
        self.set_features([item.text() for item in self._feature_items()] if checked else [])

    def _target_changed(self, _index: int) -> None:
        target = self.target()
        self.features_list.blockSignals(True)
        for item in self._feature_items():
            is_target = item.text() == target
            was_target = not item.flags() & Qt.ItemFlag.ItemIsEnabled
            if is_target:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
            elif was_target:  # the old target becomes a feature again
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
        self.features_list.blockSignals(False)
        self._retranslate_features()
        self._choice_changed()

    def _choice_changed(self) -> None:
        self._mark_preview()
        if self._table is not None:
            self._request("load")

    # ------------------------------------------------------------------ loading
    def _request(self, what: str) -> None:
        """Ask for a new table read ("table") or data set load ("load") with the current settings."""
        if self._path is None:
            return
        self._loaded = None
        self._error = None
        self._cancelled = False
        self._job = None  # a result on its way is out of date now
        if self._needs != "table":
            self._needs = what
        self._delay.start()
        self._update_state()

    def _launch(self) -> None:
        """Start the needed job, unless this dialog's previous thread still runs (then on its end)."""
        if self._needs is None or self._path is None:
            return
        if self._thread is not None:
            return  # _thread_finished() launches
        delimiter = DELIMITER_CHOICES[self.delimiter_combo.currentIndex()]
        header = HEADER_CHOICES[self.header_combo.currentIndex()]
        load = None
        if self._needs == "load":
            section = self.data_section()
            load = {key: section[key] for key in ("target", "features", "task", "test_fraction", "standardize",
                                                  "seed", "drop_missing")}
        self._job = LoadJob(next(self._numbers), self._path, delimiter, header, load)
        self._needs = None
        task = background.Task(run_job, self._job)
        task.succeeded.connect(self._outcome)
        task.errored.connect(self._failed)
        self._running_job = self._job
        self._thread = background.start(task)
        self._thread.finished.connect(self._thread_finished)

    def _thread_finished(self) -> None:
        self._thread = self._running_job = None
        if self._needs is not None and not self._delay.isActive():
            self._launch()

    def _outcome(self, outcome: LoadOutcome) -> None:
        if outcome.job is not self._job:
            return  # cancelled, or the settings changed since it started
        self._job = None
        if outcome.error is not None:
            self._show_error(outcome.job, outcome.error)
        elif outcome.table is not None:
            self._table = outcome.table
            if outcome.job.delimiter is None:
                self._detected["delimiter"] = self._table.delimiter
            if outcome.job.header is None:
                self._detected["header"] = self._table.has_header
            self._show_table()
            if self._table.columns:
                self._needs = "load"
                self._launch_soon()
        else:
            self._loaded = outcome.dataset
        self._update_state()

    def _failed(self, error: Exception) -> None:
        """The load raised something other than a problem of the file (the disk, memory, a bug)."""
        job = self._running_job  # (sent before the thread's "finished": still this thread's job)
        if job is None or job is not self._job:
            return  # cancelled, or the settings changed since it started
        self._job = None
        self._show_error(job, error)
        self._update_state()

    def _show_error(self, job: LoadJob, error: Exception) -> None:
        self._error = error
        if job.load is None:  # the table itself could not be read
            self._table = None
            self._show_table()

    def _launch_soon(self) -> None:
        if self._thread is None:
            QTimer.singleShot(0, self._launch)
        # otherwise _thread_finished() launches

    def _forget_work(self) -> None:
        self._delay.stop()
        self._needs = None
        self._job = None

    # ------------------------------------------------------------------ showing
    def _show_table(self) -> None:
        """Fill the preview, the target combo and the feature list from the table just read."""
        table = self._table
        previous_target = self.target()
        previous_features = set(self.features()) if self.features_list.count() else None
        previous_columns = set(self._columns_shown)
        self._columns_shown = table.columns if table else ()
        for widget in (self.target_combo, self.features_list):
            widget.blockSignals(True)
        self.target_combo.clear()
        self.features_list.clear()
        self.preview.clear()
        if table is None:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
        else:
            columns = list(table.columns)
            target = previous_target if previous_target in columns else columns[-1]
            self.target_combo.addItems(columns)
            self.target_combo.setCurrentIndex(columns.index(target))
            same_file_layout = previous_features is not None and set(columns) == previous_columns
            for name in columns:
                item = QListWidgetItem(name)
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                checked = name in previous_features if same_file_layout else True
                if name == target:
                    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)
                    checked = False
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.features_list.addItem(item)
            shown = columns[:MAX_PREVIEW_COLUMNS]
            self.preview.setColumnCount(len(shown))
            self.preview.setRowCount(len(table.rows))
            self.preview.setHorizontalHeaderLabels(shown)
            self.preview.setVerticalHeaderLabels([str(n) for n in table.line_numbers])
            for i, row in enumerate(table.rows):
                for j, cell in enumerate(row[: len(shown)]):
                    self.preview.setItem(i, j, QTableWidgetItem(cell.strip()))
            self.preview.resizeColumnsToContents()
            for j in range(len(shown)):
                if self.preview.columnWidth(j) > MAX_PREVIEW_COLUMN_WIDTH:
                    self.preview.setColumnWidth(j, MAX_PREVIEW_COLUMN_WIDTH)
        for widget in (self.target_combo, self.features_list):
            widget.blockSignals(False)
        self._retranslate_features()
        self._mark_preview()

    def _mark_preview(self) -> None:
        """Bold: the target column; grey: columns left out of the features; red: the cell of an error."""
        if self._table is None:
            return
        target, features = self.target(), set(self.features())
        bad_row, bad_column = self._error_cell()
        red = QBrush(QColor("#F8C9C9"))
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        normal = QBrush(self.palette().color(QPalette.ColorRole.Text))
        for j, name in enumerate(self._table.columns[: self.preview.columnCount()]):
            header = self.preview.horizontalHeaderItem(j)
            bold = QFont(self.preview.font())
            bold.setBold(name == target)
            if header is not None:
                header.setFont(bold)
                header.setToolTip(self._column_role(name, target, features))
            brush = normal if name == target or name in features else grey
            for i in range(self.preview.rowCount()):
                item = self.preview.item(i, j)
                if item is not None:
                    item.setFont(bold)
                    item.setForeground(brush)
                    if i == bad_row and bad_column in (None, j):
                        item.setBackground(red)
                        item.setForeground(QBrush(QColor("#000000")))
                    else:
                        item.setBackground(QBrush())
        if bad_row is not None:
            self.preview.scrollToItem(self.preview.item(bad_row, bad_column or 0))

    def _error_cell(self) -> tuple[int | None, int | None]:
        """(preview row, column index or None) of the line an error names, if it is in the preview."""
        error, table = self._error, self._table
        if not isinstance(error, BackpropError) or table is None:
            return None, None
        line = error.values.get("line")
        shown = list(table.line_numbers[: self.preview.rowCount()])
        if line not in shown:
            return None, None
        column = error.values.get("column")
        j = table.columns.index(column) if column in table.columns else None
        return shown.index(line), j if j is not None and j < self.preview.columnCount() else None

    def _column_role(self, name: str, target: str | None, features: set[str]) -> str:
        if name == target:
            return self.tr("“{column}” is the target: the value the network learns to predict.").format(column=name)
        if name in features:
            return self.tr("“{column}” is a feature: an input the network is given.").format(column=name)
        return self.tr("“{column}” is not used.").format(column=name)

    def _update_state(self) -> None:
        busy = self.is_busy()
        has_table = self._table is not None
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.cancel_load_button.setVisible(busy)
        for widget in (self.target_combo, self.task_combo, self.test_spin, self.standardize_box,
                       self.drop_missing_box, self.features_list, self.all_features, self.no_features):
            widget.setEnabled(has_table)
        has_file = self._path is not None
        self.delimiter_combo.setEnabled(has_file)
        self.header_combo.setEnabled(has_file)
        self.use_button.setEnabled(self.is_ready())
        self._show_texts()
        self._mark_preview()
        self.state_changed.emit()

    def _show_texts(self) -> None:
        """The texts that follow the state: progress, detection, summary and error."""
        busy = self.is_busy()
        table = self._table
        reading = busy and (self._needs == "table" or (self._job is not None and self._job.load is None))
        self.progress_label.setText(self.tr("Reading the file…") if reading else self.tr("Loading the data…"))
        detected = self.tr("Detected: {value}")
        delimiter, header = self.detected_delimiter(), self.detected_header()
        self.delimiter_combo.setItemText(0, self.tr("Detect automatically") if delimiter is None
                                         else detected.format(value=self._delimiter_name(delimiter)))
        self.header_combo.setItemText(0, self.tr("Detect automatically") if header is None
                                      else detected.format(value=self.tr("yes") if header else self.tr("no")))
        if table is None:
            self.file_info.setText("")
        else:
            info = self.tr("%n row(s)", "", table.n_rows) + ", " + self.tr("%n column(s)", "", len(table.columns))
            if table.decimal_comma:
                info += " · " + self.tr("decimal comma")
            self.file_info.setText(info)
        self.task_combo.setItemText(0, self.tr("Inferred"))
        lines = []
        if self._loaded is not None and not busy:
            d = self._loaded
            if TASK_CHOICES[self.task_combo.currentIndex()] is None:
                self.task_combo.setItemText(0, self.tr("Inferred: {task}").format(task=self._task_name(d.task)))
            if d.task == CLASSIFICATION:
                lines.append(self.tr("Classification into %n class(es).", "", d.n_classes)
                             + " " + self.tr("Classes: {names}.").format(names=_short_list(d.class_names)))
            else:
                lines.append(self.tr("Regression: the network learns to predict a number."))
            lines.append(self.tr("{train} rows for training, {test} rows for testing.").format(train=format_fixed(d.n_train, 0), test=format_fixed(d.n_test, 0)))
            if self.drop_missing_box.isChecked():
                lines.append(self.tr("%n row(s) with missing values left out.", "", d.dropped_rows))
        elif self._cancelled:
            lines.append(self.tr("Loading stopped. Change a setting or choose the file again to load it."))
        elif self._path is None:
            lines.append(self.tr("Choose a CSV file: one row per example, one column per value."))
        self.summary.setText(" ".join(lines))
        self.summary.setVisible(bool(lines))
        self.error_label.setText(self._error_message())
        self.error_label.setVisible(self._error is not None)

    def _error_message(self) -> str:
        error = self._error
        if error is None:
            return ""
        if isinstance(error, BackpropError):
            return translate_error(error)  # in the interface language, its numbers too
        if isinstance(error, OSError):
            return self.tr("The file cannot be read: {reason}.").format(reason=(error.strerror or str(error)).rstrip("."))
        if isinstance(error, MemoryError):
            return self.tr("There is not enough memory to load this file; use a smaller file.")
        return self.tr("The file could not be loaded because of an unexpected problem ({reason}).").format(
            reason=f"{type(error).__name__}: {error}")

    def _delimiter_name(self, delimiter: str) -> str:
        return {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"),
                "|": self.tr("vertical bar")}.get(delimiter, repr(delimiter))

    def _task_name(self, task: str) -> str:
        return self.tr("classification") if task == CLASSIFICATION else self.tr("regression")

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Use data from a CSV file"))
        self.file_label.setText(self.tr("File:"))
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.path_edit.setToolTip(self._path or self.tr("The CSV file the data comes from."))
        self.choose_button.setText(self.tr("Choose file…"))
        self.choose_button.setToolTip(self.tr("Pick a CSV file: a table saved as text, with one row per example "
                                              "and the values separated by commas or semicolons."))
        self.delimiter_label.setText(self.tr("Delimiter:"))
        delimiter_tip = self.tr("The character between the values of a row. It is detected from the file; "
                                "choose another one if the preview shows everything in one column.")
        self.delimiter_label.setToolTip(delimiter_tip)
        self.delimiter_combo.setToolTip(delimiter_tip)
        self.delimiter_combo.setAccessibleName(self.delimiter_label.text().rstrip(":"))
        self.path_edit.setAccessibleName(self.file_label.text().rstrip(":"))
        for i, text in enumerate((None, self.tr("Comma ( , )"), self.tr("Semicolon ( ; )"), self.tr("Tab"),
                                  self.tr("Vertical bar ( | )")), start=0):
            if text is not None:
                self.delimiter_combo.setItemText(i, text)
        self.header_label.setText(self.tr("Header:"))
        header_tip = self.tr("Whether the first row holds the column names instead of an example. It is detected "
                             "from the file; change it if the column names look wrong.")
        self.header_label.setToolTip(header_tip)
        self.header_combo.setToolTip(header_tip)
        self.header_combo.setAccessibleName(self.header_label.text().rstrip(":"))
        self.header_combo.setItemText(1, self.tr("First row is a header"))
        self.header_combo.setItemText(2, self.tr("No header (the first row is data)"))
        self.file_info.setToolTip(self.tr("How many data rows and columns the file has."))

        self.preview_box.setTitle(self.tr("Preview (first {n} rows)").format(n=PREVIEW_ROWS))
        self.preview.setToolTip(self.tr("The first rows of the file as they were read. The numbers on the left "
                                        "are the line numbers of the file, as in error messages."))
        self.preview_legend.setText(self.tr("Bold: the target column. Grey: columns the network does not use."))

        self.settings_box.setTitle(self.tr("What to learn"))
        text = {
            "target": (self.tr("Target column:"),
                       self.tr("The column the network learns to predict, for example a label or a price.")),
            "task": (self.tr("Task:"),
                     self.tr("Classification predicts a category; regression predicts a number. By default it is "
                             "inferred from the target: text, or a few whole numbers, means classification.")),
            "test_fraction": (self.tr("Test fraction:"),
                              self.tr("The share of rows kept aside as test data. The network never trains on them, "
                                      "so they show how well it does on examples it has not seen.")),
        }
        widgets = {"target": self.target_combo, "task": self.task_combo, "test_fraction": self.test_spin}
        for key, (label, tip) in text.items():
            self._labels[key].setText(label)
            self._labels[key].setToolTip(tip)
            widgets[key].setToolTip(tip)
            widgets[key].setAccessibleName(label.rstrip(":"))
        self.task_combo.setItemText(1, self.tr("Classification"))
        self.task_combo.setItemText(2, self.tr("Regression"))
        self.standardize_box.setText(self.tr("Standardise the features"))
        self.standardize_box.setToolTip(self.tr("Shift and scale every feature column to mean 0 and standard "
                                                "deviation 1, using the training rows only. Columns with very "
                                                "different sizes then train much better."))
        self.drop_missing_box.setText(self.tr("Drop rows with missing values"))
        self.drop_missing_box.setToolTip(self.tr("Leave out every row with an empty cell (or NA, ?, …) in the "
                                                 "chosen columns. Without this, a missing value is an error."))
        self.features_box.setTitle(self.tr("Feature columns (inputs)"))
        self.features_list.setAccessibleName(self.features_box.title())
        self.features_list.setToolTip(self.tr("The columns the network is given as inputs. Untick columns that "
                                              "would not help, such as names or row numbers."))
        self.all_features.setText(self.tr("All"))
        self.all_features.setToolTip(self.tr("Use every column except the target as a feature."))
        self.no_features.setText(self.tr("None"))
        self.no_features.setToolTip(self.tr("Untick every feature, to then tick just the ones you want."))
        self.summary.setToolTip(self.tr("What the network will learn from this file."))
        self.error_label.setToolTip(self.tr("Fix this in the file, or change the settings above."))
        self.progress.setToolTip(self.tr("The file is being read; large files take a few seconds."))
        self.cancel_load_button.setText(self.tr("Cancel loading"))
        self.cancel_load_button.setToolTip(self.tr("Stop waiting for this file. You can then choose another file "
                                                   "or change the settings."))
        self.use_button.setText(self.tr("Use this data"))
        self.use_button.setToolTip(self.tr("Train on this data. It becomes possible once the file has loaded "
                                           "without errors."))
        self._retranslate_features()
        self._show_texts()
        if self._table is not None:
            self._mark_preview()

    def _retranslate_features(self) -> None:
        target = self.target()
        self.features_list.blockSignals(True)  # itemChanged is sent for tooltips too
        for item in self._feature_items():
            if item.text() == target:
                item.setToolTip(self.tr("This is the target column, so it cannot also be an input."))
            else:
                item.setToolTip(self.tr("Tick to give this column to the network as an input."))
        self.features_list.blockSignals(False)


def _short_list(names, limit: int = 10) -> str:
    shown = ", ".join(names[:limit])
    return shown + (", …" if len(names) > limit else "")
