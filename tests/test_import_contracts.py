"""The import contract: ``[tool.importlinter]`` in pyproject.toml, checked by import-linter.

The core is maths alone (no Qt, no other backprop_gui package); only ``backprop_gui.gui``
imports Qt (the command line opens the window lazily); views never import the main
window nor the modules it is made of. ``lint-imports`` reads every import statement,
also those inside functions, and follows chains of imports, so an indirect route
(core → schema → io) breaks a contract as a direct one does.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: ``lint-imports`` run by this Python (its console script may not be on PATH).
LINT_IMPORTS = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"]


def lint_imports(project: Path) -> subprocess.CompletedProcess:
    """``lint-imports`` over the backprop_gui package in ``project`` (it puts the working
    folder first on the path), with that folder's pyproject.toml."""
    return subprocess.run(LINT_IMPORTS + ["--no-cache", "--config", "pyproject.toml"], cwd=project,
                          capture_output=True, text=True, timeout=300)


def test_the_package_keeps_its_import_contracts():
    result = lint_imports(ROOT)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    kept = re.search(r"Contracts: (\d+) kept, 0 broken", report)
    assert kept and int(kept.group(1)) >= 3, report


def test_each_contract_breaks_on_a_bad_import(tmp_path):
    """The check must be able to fail: a copy of the package with one forbidden import
    per contract (and the main window's future module ``gui.session``) breaks all three."""
    shutil.copytree(ROOT / "backprop_gui", tmp_path / "backprop_gui", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    package = tmp_path / "backprop_gui"

    def add_line(relative: str, line: str) -> None:
        path = package / relative
        path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")

    add_line("core/losses.py", "from ..schema import experiment")  # the core reaches up
    add_line("data/plane.py", "import pyqtgraph")  # Qt outside the window
    add_line("gui/views/base.py", "from ..main_window import MainWindow")  # a view reaches its window
    (package / "gui" / "session.py").write_text('"""The window\'s session (a test stand-in)."""\n', encoding="utf-8")
    add_line("gui/views/loss_view.py", "from ..session import *")

    result = lint_imports(tmp_path)
    report = result.stdout + result.stderr
    assert result.returncode != 0, report
    assert re.search(r"Contracts: \d+ kept, 3 broken", report), report
    for broken in (
        "backprop_gui.core is not allowed to import backprop_gui.schema",
        "backprop_gui.data is not allowed to import pyqtgraph",
        "backprop_gui.gui.views is not allowed to import backprop_gui.gui.main_window",
        "backprop_gui.gui.views is not allowed to import backprop_gui.gui.session",
    ):
        assert broken in report, report
