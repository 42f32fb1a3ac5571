"""The window's frames: each redraw takes the worker's newest snapshot and draws it.

While training runs, the slower views redraw less often than the loss curves: the window
shares one Python interpreter (and its lock) with the training thread, so every
millisecond spent drawing is a millisecond less training. Each view says how often it
redraws while training, in seconds, as its class attribute ``redraw_interval`` (0: every
frame); when paused, everything is drawn at once. A frame draws the views that redraw
every frame and at most one slower view, the latest first, so no frame draws them all
and the window stays quick to answer. The status bar's numbers change 5 times a second.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ..core.trainer import Snapshot
from .numbers import format_fixed, format_number, format_percent

REDRAW_INTERVAL_MS = 33  # ≤ 30 Hz
STATUS_INTERVAL = 0.2  # seconds between updates of the status bar's numbers while training runs
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size (not exported by PySide6)
STATUS_FIELDS = ("epoch", "speed", "train_loss", "test_loss", "accuracy", "learning_rate")


def grow_only(label: QLabel, padding: int = 0) -> None:
    """Give a label whose text changes while training a fixed size that only grows
    (with a new number of digits). A label whose size may change makes the whole
    window lay itself out again each time its text changes: 30 times a second for
    the epoch counter."""
    margins = label.contentsMargins()
    width = (label.fontMetrics().horizontalAdvance(label.text()) + margins.left() + margins.right()
             + 2 * (label.margin() + label.frameWidth()) + padding)
    if label.maximumWidth() == QWIDGETSIZE_MAX or width > label.maximumWidth():
        label.setFixedSize(width, label.sizeHint().height())


class FramesMixin:
    """The frame pipeline and the status bar of :class:`~.main_window.MainWindow`."""

    def _build_status(self) -> None:
        self._drawn_at: dict[int, float] = {}
        self._status_shown_at = 0.0
        self._drawn_views: list[QWidget] = []
        bar = self.statusBar()
        self.status_fields = {}
        for key in STATUS_FIELDS:
            label = QLabel()
            label.setObjectName(f"status_{key}")
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
            self.status_fields[key] = label
        self.timer = QTimer(self)
        self.timer.setInterval(REDRAW_INTERVAL_MS)
        self.timer.timeout.connect(self.pull_snapshot)

    def pull_snapshot(self) -> None:
        """Called by the redraw timer: draw the newest snapshot, if there is one."""
        snapshot = self.worker.take_snapshot()
        if snapshot is None or snapshot.generation != self.session.generation:
            return
        # Training waits while the window draws (see worker.py). The drawing itself
        # happens in paint events after this slot; the release is queued behind them.
        self.worker.hold()
        try:
            self.show_snapshot(snapshot)
        finally:
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.worker.release))

    def draw_newest_frame(self) -> None:
        """Draw the worker's newest snapshot now, as any frame: the weights were changed
        by hand, and training was paused for it (the Play button follows)."""
        self.play_action.setChecked(False)
        snapshot = self.worker.take_snapshot()
        if snapshot is not None and snapshot.generation == self.session.generation:
            self.show_snapshot(snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot`` in every view: the live state, or a kept epoch the timeline
        shows (``snapshot.replay``: the same path, so every view follows the timeline;
        while it shows one, live snapshots are held back by gui/timeline.py)."""
        if not self.timeline.take(snapshot):
            return
        if not snapshot.replay:  # a kept epoch shown again is not new work
            self.session.note_snapshot(snapshot)
        self.context.network.load_state(snapshot.state)
        now = time.perf_counter()
        self._drawn_views = []
        overdue = []  # (how late, view) of the slower views that are due
        for view, dock in self.views:
            if dock is not None and (not dock.isVisible() or view.visibleRegion().isEmpty()):
                continue
            interval = getattr(view, "redraw_interval", 0.0) if snapshot.running else 0.0
            late = now - self._drawn_at.get(id(view), 0.0) - interval
            if late < 0:
                continue
            if interval > 0:
                overdue.append((late, id(view), view))
            else:
                self._draw_view(view, snapshot, now)
        if overdue:
            self._draw_view(max(overdue)[2], snapshot, now)  # one slower view per frame
        self._show_epoch(snapshot)
        if not snapshot.running or now - self._status_shown_at >= STATUS_INTERVAL:
            self._status_shown_at = now
            self._show_status(snapshot)
        self.snapshot_shown.emit(snapshot)

    def _draw_view(self, view: QWidget, snapshot: Snapshot, now: float) -> None:
        self._drawn_at[id(view)] = now
        view.show_snapshot(snapshot)
        self._drawn_views.append(view)

    def _show_epoch(self, s: Snapshot) -> None:
        self.epoch_counter.setText(self.tr("Epoch {epoch}").format(epoch=format_fixed(s.epoch, 0)))
        grow_only(self.epoch_counter, padding=16)

    def _show_status(self, s: Snapshot) -> None:
        self._fill_status(s)
        for label in self.status_fields.values():
            grow_only(label)

    def _release_sizes(self) -> None:
        """Let the counters take their natural size again (new font or language)."""
        for label in (self.epoch_counter, *self.status_fields.values()):
            label.setMinimumSize(0, 0)
            label.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)

    def _fill_status(self, s: Snapshot) -> None:
        m = s.metrics
        f = self.status_fields
        # The rate the current epoch trains with: worth a field only when a schedule moves it.
        scheduled = (s.settings.get("schedule") or {}).get("kind", "constant") != "constant"
        f["learning_rate"].setVisible(scheduled and math.isfinite(s.learning_rate))
        if scheduled:
            f["learning_rate"].setText(self.tr("Learning rate now {rate}").format(rate=format_number(s.learning_rate, significant=3)))
        f["epoch"].setText(self.tr("Epoch {epoch}, mini-batch {batch} of {batches}").format(
            epoch=format_fixed(s.epoch, 0), batch=format_fixed(s.batch_index, 0), batches=format_fixed(s.batches_per_epoch, 0)))
        f["speed"].setText(self.tr("{rate} epochs/s").format(rate=format_fixed(round(s.epochs_per_second), 0)))
        f["train_loss"].setText(self.tr("Train loss {loss}").format(loss=format_number(m.train_loss, 4)))
        f["test_loss"].setText(self.tr("Test loss {loss}").format(loss=format_number(m.test_loss, 4)) if m.test_loss is not None else self.tr("No test data"))
        if m.test_accuracy is not None or m.train_accuracy is not None:
            parts = [self.tr("Accuracy: train {value}").format(value=format_percent(m.train_accuracy))]
            if m.test_accuracy is not None:
                parts.append(self.tr("test {value}").format(value=format_percent(m.test_accuracy)))
            f["accuracy"].setText(", ".join(parts))
        elif m.train_r2 is not None:
            text = self.tr("R²: train {value}").format(value=format_number(m.train_r2, 3))
            if m.test_r2 is not None:
                text += ", " + self.tr("test {value}").format(value=format_number(m.test_r2, 3))
            f["accuracy"].setText(text)
