"""The engine must never import Qt: notebooks and the command line use it without a GUI.

This is the run-time half of the import contract (tests/test_import_contracts.py checks
the import statements): the command line's imports of the window, which the contract
lets through because they sit inside functions, must indeed not run on import."""

import subprocess
import sys


def test_importing_the_core_does_not_import_pyside6():
    code = (
        "import sys, backprop_gui.core, backprop_gui.build, backprop_gui.cli, backprop_gui.io.run_reader, backprop_gui.io.run_writer, backprop_gui.io.codegen\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph', 'backprop_gui.gui')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"the core imported {result.stdout.strip()}"


def test_the_check_itself_would_notice_pyside6():
    """The probe above must be able to fail: importing PySide6 shows up in it."""
    code = "import sys, PySide6.QtCore\nprint(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"
