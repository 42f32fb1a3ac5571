"""The run: the Play, Step and Reset buttons, the speed, and the banner that says why training stopped.

Training stops by itself when it is finished, reaches its target loss or diverges (the
worker's ``stopped``), or when the trainer raises (the background task's ``errored``:
out of memory inside a mini-batch, a bug). Either way Play is released and the last
finished step is shown; a divergence or a failure is explained in one sentence in the
banner, in the window's language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QToolButton, QVBoxLayout

from .numbers import format_fixed
from .session import translate_error

SPEEDS = (1, 5, 20, 30, 100, None)  # epochs per second; None is as fast as possible
#: A class watches training happen: about one epoch per frame, as TensorFlow Playground
#: trains. Most lesson presets take 5 to 10 seconds at this speed, not 1.
WATCH_SPEED = 30


def _number(value) -> float | None:
    """A speed read back from the settings file (an ini file gives text)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class Banner(QFrame):
    """A coloured strip above the diagram that explains a problem and may offer a fix."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#banner { background: #FDE7D3; border: 1px solid #D55E00; border-radius: 4px; }"
                           "#banner QLabel { color: #3A1A00; }")
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.fix = QPushButton()
        self.fix.setObjectName("banner_fix")
        self.close_button = QPushButton()
        self.close_button.setObjectName("banner_close")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.fix)
        buttons.addWidget(self.close_button)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.hide)
        self.hide()


class RunMixin:
    """The run buttons and the banner of :class:`~.main_window.MainWindow`."""

    def _fill_banner(self) -> None:
        """The banner's sentence: why training stopped, in the current language."""
        trainer = self.run.trainer if self.run else None
        error = self._failure
        if error is not None:
            if isinstance(error, MemoryError):
                text = self.tr("Training stopped because there was not enough memory; the weights of the last finished step are kept, and a smaller network, mini-batch or data set will fit.")
            else:
                text = self.tr("Training stopped because of an unexpected problem ({reason}); the weights of the last finished step are kept, and you can train again, step, reset or save.").format(
                    reason=translate_error(error) if hasattr(error, "translated") else f"{type(error).__name__}: {error}")
            self.banner.message.setText(text)
        elif trainer is not None and trainer.diverged is not None:
            self.banner.message.setText(self.tr("Training diverged: {reason}. The weights from before it happened are kept.").format(
                reason=translate_error(trainer.diverged)))
        elif trainer is not None and trainer.stop_reason() == "early_stopping":
            stopping = trainer.early_stopping
            if stopping.restore_best and stopping.best_epoch is not None:
                text = self.tr("Stopped early at epoch {epoch}: the loss on the validation data had not improved for {patience} epochs. The weights of epoch {best}, where it was lowest, are back.")
            else:
                text = self.tr("Stopped early at epoch {epoch}: the loss on the validation data had not improved for {patience} epochs. The weights of the last epoch are kept.")
            self.banner.message.setText(text.format(epoch=format_fixed(trainer.epoch, 0), patience=format_fixed(stopping.patience, 0),
                                                    best=format_fixed(stopping.best_epoch or 0, 0)))
        # a smaller learning rate helps a divergence only
        self.banner.fix.setVisible(error is None and not (trainer is not None and trainer.stop_reason() == "early_stopping"))

    def play_toggled(self, checked: bool) -> None:
        self.play_action.setText(self.tr("Pause") if checked else self.tr("Play"))
        self.play_action.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPause if checked else QStyle.StandardPixmap.SP_MediaPlay))
        if not checked:
            self.worker.pause()
            return
        trainer = self.run.trainer if self.run else None
        reason = self.last_snapshot.stop_reason if self.last_snapshot else None
        if trainer is None or reason in ("max_epochs", "diverged", "early_stopping"):
            self.play_action.setChecked(False)
            if reason == "max_epochs":
                self.show_message(self.tr("Training has reached the maximum of {epochs} epochs. Raise “Maximum epochs” to train longer, or reset the weights.").format(
                    epochs=format_fixed(self.experiment["training"]["epochs"], 0)))
            elif reason in ("diverged", "early_stopping"):
                self._fill_banner()
                self.banner.show()
            return
        self.message_label.hide()
        self._clear_failure()
        self.worker.play()

    def step_epoch(self) -> None:
        self.play_action.setChecked(False)
        self._clear_failure()
        self.worker.step_epoch()

    def step_batch(self) -> None:
        self.play_action.setChecked(False)
        self._clear_failure()
        self.worker.step_batch()

    def reset_weights(self) -> None:
        """Start the same experiment again from its initial weights (same seed, same data)."""
        self.rebuild(self.experiment)

    # ------------------------------------------------------------------ the speed
    def _build_speed(self, bar) -> None:
        """The speed list and, beside it, Fast: as fast as possible in one click, and back."""
        self.speed_label = QLabel()
        self.speed_combo = QComboBox()
        self.speed_combo.setObjectName("speed")
        for speed in SPEEDS:
            self.speed_combo.addItem("", speed)
        self.fast_button = QToolButton()
        self.fast_button.setObjectName("fast")
        self.fast_button.setCheckable(True)
        self.fast_button.toggled.connect(self._fast_toggled)
        self.speed_combo.currentIndexChanged.connect(self._speed_changed)
        bar.addWidget(self.speed_label)
        bar.addWidget(self.speed_combo)
        bar.addWidget(self.fast_button)
        # The speed the user chose last time, else one a class can watch.
        remembered = self.settings.value("run/speed", WATCH_SPEED)
        speed = None if remembered in (None, "", "fast") else _number(remembered)
        self.speed_combo.setCurrentIndex(SPEEDS.index(speed) if speed in SPEEDS else SPEEDS.index(WATCH_SPEED))
        self._speed_changed(self.speed_combo.currentIndex())

    def _retranslate_speed(self) -> None:
        self.speed_label.setText(self.tr("Speed:"))
        names = {1: self.tr("1 epoch per second"), 5: self.tr("5 epochs per second"), 20: self.tr("20 epochs per second"),
                 30: self.tr("30 epochs per second (watch)"), 100: self.tr("100 epochs per second"),
                 None: self.tr("As fast as possible")}
        for i, speed in enumerate(SPEEDS):
            self.speed_combo.setItemText(i, names[speed])
        self.speed_combo.setToolTip(self.tr("Slow training down to watch each step, or let it run flat out."))
        self.fast_button.setText(self.tr("Fast"))
        self.fast_button.setToolTip(self.tr("Train as fast as possible; click again to watch at the speed chosen before."))

    def _speed_changed(self, index: int) -> None:
        speed = SPEEDS[index]
        self.worker.epochs_per_second_limit = speed
        self.settings.setValue("run/speed", "fast" if speed is None else speed)
        if speed is not None:
            self._watch_speed = speed  # where Fast goes back to
        self.fast_button.blockSignals(True)
        self.fast_button.setChecked(speed is None)
        self.fast_button.blockSignals(False)

    def _fast_toggled(self, fast: bool) -> None:
        speed = None if fast else getattr(self, "_watch_speed", WATCH_SPEED)
        self.speed_combo.setCurrentIndex(SPEEDS.index(speed))

    def _training_stopped(self, reason: str) -> None:
        self.play_action.setChecked(False)
        snapshot = self.worker.take_snapshot()
        if snapshot is not None:
            self.show_snapshot(snapshot)
        trainer = self.run.trainer if self.run else None
        if reason == "diverged" and trainer is not None and trainer.diverged is not None:
            self._fill_banner()
            self.banner.show()
        elif reason == "max_epochs":
            self.tell(lambda: self.tr("Finished: reached the maximum of {epochs} epochs.").format(
                epochs=format_fixed(self.experiment["training"]["epochs"], 0)), 8000)
        elif reason == "target_loss":
            self.tell(lambda: self.tr("Finished: the training loss reached its target."), 8000)
        elif reason == "early_stopping":
            self._fill_banner()
            self.banner.show()

    def _training_failed(self, error: Exception) -> None:
        """The training loop raised (out of memory inside a mini-batch, a bug): release
        Play, show the weights of the last finished step, say why in the banner, and start
        the loop again so that the app stays usable."""
        self.thread.wait(5000)  # the loop has returned: nothing else touches the trainer now
        self.worker.recover()
        self._failure = error
        self.play_action.setChecked(False)
        if self.run is not None:
            try:
                self.show_snapshot(self.run.trainer.snapshot(generation=self.generation))
            except Exception:  # noqa: BLE001 - no memory even for that: the last drawn snapshot stays
                pass
        self._fill_banner()
        self.banner.show()
        if not self._shutting_down:
            self.thread.start()

    def _clear_failure(self) -> None:
        if self._failure is not None:
            self._failure = None
            self.banner.hide()
            self._fill_banner()
