"""``backprop-gui --self-test``: prove that this installation works, with no screen.

It opens the main window offscreen, trains the default experiment for a few hundred
epochs, checks that the loss fell, saves the run and opens it again, checks that the
lessons, data sets, guide and icon are there, switches the language to Bahasa
Indonesia and back, and exits 0. On any failure it prints what
failed and exits 1. Installers run it after installing; CI runs it in the bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

EPOCHS = 300
# What an installation must carry besides the code (an installer that forgets a folder
# should fail here, not in a classroom).
RESOURCES = ("icons/backprop-gui.png", "guide/guide_en.md", "guide/guide_id.md", "glossary.json",
             "datasets/iris.csv", "datasets/digits.csv", "experiments/default.json")
LESSONS = 11


def run_self_test() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed, and none touched
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="backprop-gui-self-test-") as folder:
        try:
            _check(Path(folder), failures)
        except Exception as error:  # noqa: BLE001 - the point is to report anything at all
            failures.append(f"unexpected {type(error).__name__}: {error}")
    for failure in failures:
        print(f"self-test FAILED: {failure}", file=sys.stderr)
    if not failures:
        print("self-test passed")
    return 1 if failures else 0


def _quiet_offscreen(kind, context, message: str) -> None:
    """Qt's message handler: drop the offscreen platform's "This plugin does not support
    ..." notes, which say nothing about the installation; print everything else."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def _check(folder: Path, failures: list[str]) -> None:
    from PySide6.QtCore import QSettings, qInstallMessageHandler

    from . import i18n
    from .app import make_application
    from .main_window import MainWindow

    qInstallMessageHandler(_quiet_offscreen)
    app = make_application()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=folder / "data")
    try:
        window.show()
        app.processEvents()
        first_loss = window.last_snapshot.metrics.train_loss
        window.apply_edit("training.epochs", EPOCHS)
        window.play_action.setChecked(True)
        deadline = time.monotonic() + 120
        while window.play_action.isChecked() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        snapshot = window.run.trainer.snapshot()
        if snapshot.epoch != EPOCHS:
            failures.append(f"training stopped at epoch {snapshot.epoch} of {EPOCHS}")
        if not snapshot.metrics.train_loss < 0.5 * first_loss:
            failures.append(f"the loss did not fall: {first_loss:.4f} -> {snapshot.metrics.train_loss:.4f}")

        saved = folder / "self-test.bpexp"
        if not window.files.write(saved):
            failures.append(f"saving failed: {window.message_label.text()}")
        else:
            weights = window.run.network.state()["layer1.weights"].copy()
            window.reset_weights()
            if not window.open_file(saved, ask=False):
                failures.append(f"reopening failed: {window.message_label.text()}")
            elif not (window.run.network.state()["layer1.weights"] == weights).all():
                failures.append("the reopened run has other weights than the saved one")

        _check_resources(window, failures)
        if i18n.install(app, "id") != "id" or window.file_menu.title() != "&Berkas":
            failures.append("switching to Bahasa Indonesia failed")
        if i18n.install(app, "en") != "en" or window.file_menu.title() != "&File":
            failures.append("switching back to English failed")
    finally:
        window.session.set_dirty(False)  # nothing to ask about: this was a test
        window.close()


def _check_resources(window, failures: list[str]) -> None:
    from ..paths import resources_dir

    folder = resources_dir()
    failures.extend(f"{part} is missing from {folder}" for part in RESOURCES if not (folder / part).is_file())
    if len(window.lessons.lessons) < LESSONS:
        failures.append(f"only {len(window.lessons.lessons)} of the {LESSONS} lessons were found in {folder}")
    if window.windowIcon().isNull():
        failures.append("the window has no icon")
