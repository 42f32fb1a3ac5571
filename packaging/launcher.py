"""The frozen app's entry point (PyInstaller): the same as the ``backprop-gui`` command."""

import sys

from backprop_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
