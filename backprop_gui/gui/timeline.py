"""The timeline: a compact bar that scrubs every view back to a kept epoch, and Replay.

The trainer keeps checkpoints at log-spaced epochs (core/checkpoints.py); each live
snapshot lists them (``Snapshot.checkpoint_epochs``). The slider has one position per
checkpoint and a last one, "latest", where training stands. Moving the slider back
pauses training and draws ``Trainer.snapshot_at(epoch)`` through the window's one
snapshot path (``show_snapshot``), so every view (decision view, diagram, weights,
gradients, step-through, and any view added later, such as a loss landscape) shows that
epoch's weights without knowing about the timeline: a snapshot with ``replay`` set.
The loss curves mark the epoch. "Replay" steps from the first checkpoint to the latest
at ``REPLAY_PER_SECOND`` checkpoints a second; "Back to the latest", the slider's end,
Play or a Step return to the live state.

Training continues only from the latest state: a checkpoint holds the weights, not the
optimiser's memory nor the shuffling generator, so training on from it would not be the
run it was (docs/architecture.md, "Decisions worth knowing").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QStyle, QToolButton, QVBoxLayout, QWidget

from ..core.trainer import Snapshot
from .numbers import format_fixed

REPLAY_PER_SECOND = 3
"""Checkpoints a second while replaying: a class can follow each one."""
ICONS_ONLY_BELOW = 330
"""Below this width (the diagram's column at 1024 pixels) the buttons show their icons only;
their words stay in the tooltips and for screen readers."""


class TimelineBar(QWidget):
    """The widgets: the slider on a row of its own (the diagram's column is narrow at
    1024 pixels), and under it Replay, where it stands and Back to the latest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.title = QLabel()
        self.replay_button = QToolButton()
        self.replay_button.setObjectName("timeline_replay")
        self.replay_button.setCheckable(True)
        self.replay_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timeline_slider")
        self.slider.setPageStep(1)
        self.slider.setRange(0, 0)
        self.slider.setTracking(True)
        self.where = QLabel()
        self.where.setObjectName("timeline_where")
        self.latest_button = QToolButton()
        self.latest_button.setObjectName("timeline_latest")
        self.latest_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.latest_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward))
        self.where.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the column
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.slider, 1)
        bottom.addWidget(self.replay_button)
        bottom.addWidget(self.where, 1)
        bottom.addWidget(self.latest_button)
        column.addLayout(top)
        column.addLayout(bottom)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Timeline:"))
        self.replay_button.setText(self.tr("Stop replay") if self.replay_button.isChecked() else self.tr("Replay"))
        self.replay_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaStop if self.replay_button.isChecked() else QStyle.StandardPixmap.SP_MediaPlay))
        self.replay_button.setToolTip(self.replay_button.text() + ": " + self.tr("Play the run again from its first epoch, a few kept epochs a second."))
        self.replay_button.setAccessibleName(self.replay_button.text())
        self.slider.setToolTip(self.tr("Drag back to see every view as it was at an earlier epoch; training pauses meanwhile."))
        self.slider.setAccessibleName(self.tr("Timeline"))
        self.latest_button.setText(self.tr("Back to the latest"))
        self.latest_button.setToolTip(self.latest_button.text() + ": " + self.tr("Show where training stands now; Play goes on from there."))
        self.latest_button.setAccessibleName(self.latest_button.text())
        self.show_where(*getattr(self, "_where", (None, 0)))

    def show_where(self, epoch: int | None, latest: int) -> None:
        """Say which epoch is shown: ``epoch`` of ``latest``, or None for the live state."""
        self._where = (epoch, latest)
        if epoch is None:
            self.where.setText(self.tr("latest"))
        else:
            self.where.setText(self.tr("epoch {epoch} of {latest}").format(
                epoch=format_fixed(epoch, 0), latest=format_fixed(latest, 0)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        style = (Qt.ToolButtonStyle.ToolButtonIconOnly if event.size().width() < ICONS_ONLY_BELOW
                 else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for button in (self.replay_button, self.latest_button):
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)
        super().resizeEvent(event)


class Timeline(QObject):
    """Drives the bar for the window: follows live snapshots, scrubs, replays.

    The window calls :meth:`take` with every snapshot it is about to draw; while the
    timeline shows a kept epoch, live snapshots are held back (the newest is kept and
    drawn on the way back).
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.bar = TimelineBar()
        self.epochs: tuple[int, ...] = ()  # the kept epochs, from the newest live snapshot
        self.latest: Snapshot | None = None  # the newest live snapshot
        self.shown_epoch: int | None = None  # the kept epoch shown, or None: the live state
        self._setting = False
        self.replay_timer = QTimer(self)
        self.replay_timer.setInterval(1000 // REPLAY_PER_SECOND)
        self.replay_timer.timeout.connect(self._replay_step)
        self.bar.slider.valueChanged.connect(self._slider_moved)
        self.bar.replay_button.toggled.connect(self._replay_toggled)
        self.bar.latest_button.clicked.connect(self.back_to_latest)
        # Play and the Step buttons train on from the latest state: the live views come back.
        window.play_action.toggled.connect(lambda on: on and self.leave_for_training())
        for name in ("step_epoch", "step_batch", "reset"):
            window.named_actions[name].triggered.connect(self.leave_for_training)
        self._show_where()

    @property
    def scrubbing(self) -> bool:
        return self.shown_epoch is not None

    # ------------------------------------------------------------------ from the window
    def take(self, snapshot: Snapshot) -> bool:
        """A snapshot the window is about to draw: True to draw it, False to hold it back."""
        if snapshot.replay:
            return True
        if self.latest is not None and snapshot.generation != self.latest.generation:
            self._leave()  # a new run: its first snapshot is drawn
        self.latest = snapshot
        if snapshot.running and self.scrubbing:
            self._leave()  # training was started (Play): show it
        if self.scrubbing:
            return False
        if snapshot.checkpoint_epochs != self.epochs:
            self.epochs = tuple(snapshot.checkpoint_epochs)
            self._set_slider(len(self.epochs), len(self.epochs))
        self._show_where()
        return True

    def leave_for_training(self) -> None:
        """Play or Step was pressed: back to the live state first (drawn by the next snapshot)."""
        self._leave()

    # ------------------------------------------------------------------ scrubbing
    def show_epoch(self, epoch: int) -> None:
        """Show every view as it was at the kept epoch ``epoch`` (or the last before it)."""
        window = self.window
        run = window.run
        if run is None or not self.epochs:
            return
        if not self.scrubbing:
            window.play_action.setChecked(False)  # training pauses while the past is shown
            window.worker.wait_until_idle(2.0)
        snapshot = run.trainer.snapshot_at(epoch, generation=window.generation, whole_history=True)
        self.shown_epoch = snapshot.epoch
        window.show_snapshot(snapshot)
        self._sync_stepthrough()
        self._set_slider(self.epochs.index(snapshot.epoch) if snapshot.epoch in self.epochs else 0, len(self.epochs))
        self._show_where()

    def back_to_latest(self) -> None:
        """Stop replaying and show where training stands."""
        was = self.scrubbing
        self._leave()
        window = self.window
        if was and window.run is not None:
            latest = self.latest if self.latest is not None and self.latest.generation == window.generation else None
            window.show_snapshot(latest or window.run.trainer.snapshot(generation=window.generation))
            self._sync_stepthrough()

    def _leave(self) -> None:
        self.shown_epoch = None
        self.replay_timer.stop()
        self._set_replay_checked(False)
        self._set_slider(len(self.epochs), len(self.epochs))
        self._show_where()

    def _slider_moved(self, position: int) -> None:
        if self._setting:
            return
        if position >= len(self.epochs):
            self.back_to_latest()
        else:
            self.show_epoch(self.epochs[position])

    # ------------------------------------------------------------------ replay
    def _replay_toggled(self, on: bool) -> None:
        self.bar.retranslate_ui()
        if self._setting:
            return
        if not on:
            self.replay_timer.stop()
            return
        if not self.epochs:
            self._set_replay_checked(False)
            return
        self.show_epoch(self.epochs[0])
        self._set_replay_checked(True)  # (showing an epoch does not stop the replay)
        self.replay_timer.start()

    def _replay_step(self) -> None:
        position = self.epochs.index(self.shown_epoch) + 1 if self.shown_epoch in self.epochs else len(self.epochs)
        if position >= len(self.epochs):
            self.back_to_latest()  # the run has been played to where it stands
            return
        self.show_epoch(self.epochs[position])

    # ------------------------------------------------------------------ widgets
    def _set_slider(self, position: int, last: int) -> None:
        self._setting = True
        try:
            self.bar.slider.setRange(0, last)
            self.bar.slider.setValue(position)
        finally:
            self._setting = False

    def _set_replay_checked(self, on: bool) -> None:
        self._setting = True
        try:
            self.bar.replay_button.setChecked(on)
        finally:
            self._setting = False
        self.bar.retranslate_ui()

    def _show_where(self) -> None:
        latest = self.latest.epoch if self.latest is not None else (self.shown_epoch or 0)
        self.bar.show_where(self.shown_epoch, max(latest, self.shown_epoch or 0))
        self.bar.latest_button.setEnabled(self.scrubbing)
        self.bar.slider.setEnabled(len(self.epochs) > 0)
        self.bar.replay_button.setEnabled(len(self.epochs) > 1 or self.bar.replay_button.isChecked())

    def retranslate_ui(self) -> None:
        self.bar.retranslate_ui()
        self._show_where()

    def _sync_stepthrough(self) -> None:
        """The step-through works on the weights shown (its own copy of them)."""
        stepthrough = getattr(self.window, "stepthrough", None)
        dock = getattr(self.window, "stepthrough_dock", None)
        if stepthrough is not None and dock is not None and dock.isVisible():
            stepthrough.sync_weights()
