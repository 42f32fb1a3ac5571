"""``backprop-gui --self-test``, offline, and the portable and reset options."""

import subprocess
import sys
import textwrap

from backprop_gui.cli import make_window_parser
from backprop_gui.gui import app as app_module, selftest

OFFLINE = textwrap.dedent("""
    import socket, sys
    def refuse(*args, **kwargs):
        raise AssertionError("backprop-gui tried to open a network connection")
    socket.socket = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from backprop_gui.cli import main
    code = main(["--self-test"])
    assert "PySide6.QtNetwork" not in sys.modules, "Qt's network module was loaded"
    sys.exit(code)
""")


def test_self_test_passes_with_the_network_taken_away():
    result = subprocess.run([sys.executable, "-c", OFFLINE], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    assert "FAILED" not in result.stderr


def test_self_test_reports_what_failed(qapp, monkeypatch, capsys):
    monkeypatch.setattr(selftest, "EPOCHS", 1)  # one epoch cannot halve the loss
    assert selftest.run_self_test() == 1
    assert "self-test FAILED: the loss did not fall" in capsys.readouterr().err


def test_window_options_parse():
    args = make_window_parser().parse_args(["--reset-settings", "--self-test"])
    assert args.reset_settings and args.self_test


def test_a_marker_file_makes_the_app_portable(tmp_path, monkeypatch):
    program = tmp_path / "backprop-gui"
    program.write_text("")
    monkeypatch.setattr(sys, "executable", str(program))
    assert app_module.portable_dir() is None
    (tmp_path / "portable.txt").write_text("keep settings here\n")
    assert app_module.portable_dir() == tmp_path
