"""Background work reports its failures: the helper itself, the training thread, CSV loading."""

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from backprop_gui.core.trainer import Trainer
from backprop_gui.gui import background, csv_dialog
from backprop_gui.gui.app import make_application
from backprop_gui.gui.csv_dialog import CsvImportDialog
from backprop_gui.gui.main_window import MainWindow


# ---------------------------------------------------------------------------- the helper
def test_a_task_reports_its_result_or_its_exception(qtbot):
    make_application()
    task = background.Task(lambda a, b: a + b, 2, 3)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as result:
        background.start(task)
    assert result.args == [5]

    def broken():
        raise MemoryError("no room")

    task = background.Task(broken)
    with qtbot.waitSignal(task.errored, timeout=5000) as failure:
        background.start(task)
    assert isinstance(failure.args[0], MemoryError) and str(failure.args[0]) == "no room"
    assert background.wait_for_all(5000)
    qtbot.waitUntil(lambda: background.running() == 0, timeout=5000)


# ---------------------------------------------------------------------------- the training thread
@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    make_application()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    win = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.session.set_dirty(False)  # nothing to ask about on closing
    win.close()


def fail_after(monkeypatch, batches: int, error: Exception):
    """Make Trainer.run train ``batches`` mini-batches for real, then raise ``error``
    between two of them (as an allocation inside a mini-batch would)."""
    original = Trainer.run

    def failing_run(self, max_epochs=None, should_stop=None):
        left = iter(range(batches))

        def stop_or_fail():
            if next(left, None) is None:
                raise error
            return should_stop() if should_stop else False

        return original(self, max_epochs, stop_or_fail)

    monkeypatch.setattr(Trainer, "run", failing_run)
    return original


def test_training_that_raises_says_so_keeps_the_last_step_and_the_app_stays_usable(window, qtbot, monkeypatch, tmp_path):
    original_run = fail_after(monkeypatch, 40, MemoryError("cannot allocate 80 MiB for a mini-batch"))
    window.fast_button.setChecked(True)  # one run of the trainer, not one per epoch (each would count 40 afresh)
    window.play_action.trigger()
    assert window.play_action.isChecked()
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)

    # One plain sentence, no traceback; Play released; the worker knows it stopped.
    text = window.banner.message.text()
    assert "not enough memory" in text and "Traceback" not in text and text.count(".") == 1
    assert not window.banner.fix.isVisible()  # a smaller learning rate does not help here
    assert window.findChild(type(window.banner), "banner") is window.banner
    assert not window.play_action.isChecked() and window.play_action.text() == "Play"
    assert not window.worker.running
    # The weights of the last finished step are kept, and shown.
    trainer = window.run.trainer
    assert trainer.steps == 40 and window.last_snapshot.steps == trainer.steps
    for key, value in trainer.network.state().items():
        assert np.array_equal(window.context.network.state()[key], value), key
    assert np.isfinite(window.run.network.state()["layer1.weights"]).all()

    window.set_language("id")  # the sentence follows a switch of language
    try:
        assert "memori" in window.banner.message.text()
    finally:
        window.set_language("en")

    # The app stays usable: train again, step, reset, save.
    monkeypatch.setattr(Trainer, "run", original_run)
    qtbot.waitUntil(window.thread.isRunning, timeout=5000)
    window.play_action.trigger()
    assert not window.banner.isVisible()
    qtbot.waitUntil(lambda: window.last_snapshot.steps > 60, timeout=10_000)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: not window.worker.running and not window.last_snapshot.running, timeout=5000)
    epoch = window.last_snapshot.epoch
    window.step_epoch_action.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.epoch == epoch + 1, timeout=5000)
    assert window.files.write(tmp_path / "after.bpexp")
    window.reset_action.trigger()
    assert window.last_snapshot.epoch == 0 and window.last_snapshot.steps == 0
    assert window.open_file(tmp_path / "after.bpexp", ask=False) and window.run.trainer.epoch == epoch + 1


def test_a_step_that_raises_is_reported_the_same_way(window, qtbot, monkeypatch):
    def broken(self):
        raise RuntimeError("a bug in the engine")

    original_step = Trainer.step_epoch
    monkeypatch.setattr(Trainer, "step_epoch", broken)
    window.step_epoch_action.trigger()
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    assert "unexpected problem (RuntimeError: a bug in the engine)" in window.banner.message.text()
    monkeypatch.setattr(Trainer, "step_epoch", original_step)
    qtbot.waitUntil(window.thread.isRunning, timeout=5000)
    window.step_epoch_action.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.epoch == 1, timeout=5000)
    assert not window.banner.isVisible()


# ---------------------------------------------------------------------------- CSV loading
def test_a_csv_load_that_raises_says_so_in_the_dialog(qtbot, tmp_path, monkeypatch):
    make_application()
    path = Path(tmp_path / "data.csv")
    path.write_text("a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(csv_dialog, "load_csv", broken)
    dialog = CsvImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_path(str(path))
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.error_text() != "", timeout=10_000)
    assert dialog.error_text() == "There is not enough memory to load this file; use a smaller file."
    assert dialog.error_label.isVisible() and not dialog.is_ready()
    assert background.wait_for_all(10_000)
