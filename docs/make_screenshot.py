"""Make docs/screenshot.png: the real window, offscreen, after some training.

    python docs/make_screenshot.py [--experiment resources/experiments/default.json] [--seconds 4]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from backprop_gui.gui.app import make_application  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--experiment", default=None, help="experiment to open (default: the app's default)")
    parser.add_argument("--seconds", type=float, default=4.0, help="how long to train before the picture")
    parser.add_argument("--output", default=str(HERE / "screenshot.png"))
    parser.add_argument("--size", default="1400x880")
    args = parser.parse_args()
    app = make_application()
    from backprop_gui.gui import i18n
    from backprop_gui.gui.main_window import MainWindow

    i18n.install(app, "en")  # as the app does: English plurals ("8 neurons", not "8 neuron(s)")

    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(settings=QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        if args.experiment and not window.open_file(Path(args.experiment), ask=False):
            print(f"error: could not open {args.experiment}", file=sys.stderr)
            return 2
        window.play_action.setChecked(True)
        end = time.perf_counter() + args.seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)
        window.play_action.setChecked(False)
        end = time.perf_counter() + 0.5
        while time.perf_counter() < end:
            app.processEvents()
        window.grab().save(args.output)
        window.shutdown()
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
