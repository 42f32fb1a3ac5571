"""Checks on the engine's source shared by the data tests: messages marked for
translation, and no Qt imports."""

from __future__ import annotations

import ast
import string
from pathlib import Path


def data_error_calls(module) -> list[ast.Call]:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    return [
        node for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "DataError"
    ]


def assert_translatable(module) -> None:
    """Every DataError gets its template as a literal inside QT_TRANSLATE_NOOP("core", ...)."""
    calls = data_error_calls(module)
    assert calls
    for call in calls:
        template = call.args[0] if call.args else None
        if isinstance(template, ast.Name):  # a template passed through a validated helper
            continue
        assert isinstance(template, ast.Call) and template.func.id == "QT_TRANSLATE_NOOP", ast.dump(call)
        context, text = template.args
        assert context.value == "core"
        assert isinstance(text, ast.Constant) and isinstance(text.value, str)
        assert not text.value[0].islower() and text.value.endswith("."), text.value
        fields = {name for _, name, _, _ in string.Formatter().parse(text.value) if name}
        given = {kw.arg for kw in call.keywords}
        if None not in given:  # no **fields: the named fields must match exactly
            assert fields == given, text.value


def assert_no_qt(module) -> None:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [alias.name for alias in node.names] + [getattr(node, "module", None) or ""]
            assert not any(n.startswith(("PySide", "PyQt", "pyqtgraph")) for n in names)
