"""A projector and a 1366×768 laptop everyone can read: zoom reaches the diagram, the
projector layout, readable plots, the step-through's keys and flow, the small faults."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from backprop_gui.gui.views.base import ViewContext  # noqa: E402
from backprop_gui.gui.views.diagram_view import MIN_TEXT_PX, DiagramView  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from test_diagram_view import make_run  # noqa: E402


def diagram(qtbot, size):
    run = make_run(epochs=0)
    view = DiagramView()
    qtbot.addWidget(view)
    view.set_context(ViewContext(run.experiment, run.dataset, run.network))
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def on_screen(view, item) -> float:
    """The pixel height of a text item's font as drawn."""
    return item.font().pixelSize() * view.view.transform().m11()


def neuron_on_screen(view) -> float:
    return view.neuron_item(0, 0).rect().width() * view.view.transform().m11()


def test_diagram_text_is_readable_in_a_small_view(qtbot):
    # The diagram's area on a 1024×768 screen: its fixed 13-pixel text drew at 4-5 pixels.
    view = diagram(qtbot, (280, 370))
    labels = [view.header_item(-1), *view._columns[0].labels.values()]
    for item in labels:
        assert on_screen(view, item) >= MIN_TEXT_PX - 0.5


def test_zoom_grows_the_diagrams_text_and_neurons(qtbot):
    view = diagram(qtbot, (900, 500))
    app = QApplication.instance()
    before_text, before_neuron = on_screen(view, view.header_item(-1)), neuron_on_screen(view)
    original = app.font()
    try:
        font = QFont(original)
        font.setPointSizeF(original.pointSizeF() * 1.5)
        app.setFont(font)
        view.set_zoom(1.5)
        qtbot.wait(10)
        assert on_screen(view, view.header_item(-1)) > 1.2 * before_text
        assert neuron_on_screen(view) > 1.1 * before_neuron
    finally:
        app.setFont(original)
