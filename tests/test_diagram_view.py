"""The network diagram: lines follow the weights, wide layers collapse, neurons can be clicked."""

import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402

from backprop_gui.core import activations  # noqa: E402
from backprop_gui.schema import experiment
from backprop_gui.build import build_run  # noqa: E402
from backprop_gui.core.network import BN_EPSILON  # noqa: E402
from backprop_gui.data.plane import cell_centres, picture_rows, plane_grid  # noqa: E402
from backprop_gui.gui import colors  # noqa: E402
from backprop_gui.gui.views import diagram_view  # noqa: E402
from backprop_gui.gui.views.base import ViewContext  # noqa: E402
from backprop_gui.gui.views.diagram_view import (  # noqa: E402
    EDGE_BUDGET, GRID_SIZE, MAX_EDGE_WIDTH, MIN_EDGE_WIDTH, DiagramView, neuron_outputs, values_to_rgba,
)

EXPERIMENTS = Path(__file__).resolve().parents[1] / "resources" / "experiments"


def make_run(name="default.json", epochs=5, **network):
    exp = experiment.load(EXPERIMENTS / name)
    exp["network"].update(network)
    run = build_run(experiment.validate(exp))
    if epochs:
        run.trainer.run(max_epochs=epochs)
    return run


def show(qtbot, run, size=(900, 500)):
    """A diagram of the run, showing its newest snapshot, as the window does it."""
    view = DiagramView()
    qtbot.addWidget(view)
    view.set_context(ViewContext(run.experiment, run.dataset, run.network))
    snapshot = run.trainer.snapshot()
    run.network.load_state(snapshot.state)
    view.show_snapshot(snapshot)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view, snapshot


def closer_to(color: QColor, near: str, far: str) -> bool:
    """True when the colour is nearer the hex colour ``near`` than ``far`` (in RGB)."""
    rgb = np.array([color.red(), color.green(), color.blue()], dtype=float)
    return np.linalg.norm(rgb - colors.hex_to_rgb(near)) < np.linalg.norm(rgb - colors.hex_to_rgb(far))


def is_positive_color(color: QColor) -> bool:
    return closer_to(color, colors.POSITIVE, colors.NEGATIVE)


def is_negative_color(color: QColor) -> bool:
    return closer_to(color, colors.NEGATIVE, colors.POSITIVE)


def test_lines_are_coloured_by_sign_and_as_thick_as_the_weight(qtbot):
    run = make_run()
    view, snapshot = show(qtbot, run)
    weights = [snapshot.state[f"layer{n}.weights"] for n in range(1, len(run.network.layers) + 1)]
    largest = max(np.abs(w).max() for w in weights)
    assert view.edge_count == 4 * 8 + 8 * 8 + 8 * 1  # every weight of the 4-8-8-1 net is drawn
    for layer_index, w in enumerate(weights):
        for (i, j), value in np.ndenumerate(w):
            pen = view.edge_item(layer_index, i, j).pen()
            expected = np.clip(MAX_EDGE_WIDTH * abs(value) / largest, MIN_EDGE_WIDTH, MAX_EDGE_WIDTH)
            assert pen.widthF() == pytest.approx(expected, abs=0.125 + 1e-9)
            assert (is_positive_color if value > 0 else is_negative_color)(pen.color())
    # The largest weight has the thickest line.
    layer_index, flat = max(((k, np.abs(w).argmax()) for k, w in enumerate(weights)),
                            key=lambda pair: abs(weights[pair[0]].flat[pair[1]]))
    i, j = np.unravel_index(flat, weights[layer_index].shape)
    assert view.edge_item(layer_index, i, j).pen().widthF() == pytest.approx(MAX_EDGE_WIDTH)


def test_flipping_a_weights_sign_changes_only_that_lines_colour(qtbot):
    run = make_run()
    view, snapshot = show(qtbot, run)
    before = {key: QColor(view.edge_item(*key).pen().color()) for key in [(1, i, j) for i in range(8) for j in range(8)]}
    state = {name: array.copy() for name, array in snapshot.state.items()}
    value = state["layer2.weights"][2, 4]
    state["layer2.weights"][2, 4] = -value
    view.show_snapshot(dataclasses.replace(snapshot, state=state))
    after = view.edge_item(1, 2, 4).pen().color()
    assert after != before[(1, 2, 4)]
    assert (is_negative_color if value > 0 else is_positive_color)(after)
    assert all(view.edge_item(*key).pen().color() == color for key, color in before.items() if key != (1, 2, 4))


def test_biases_are_shown_with_their_sign_and_value(qtbot):
    run = make_run()
    view, snapshot = show(qtbot, run)
    assert view.bias_item(-1, 0) is None  # inputs have no bias
    state = {name: array.copy() for name, array in snapshot.state.items()}
    state["layer1.bias"][:3] = [2.0, -2.0, 0.0]
    run.network.load_state(state)
    view.show_snapshot(dataclasses.replace(snapshot, state=state))
    assert is_positive_color(view.bias_item(0, 0).brush().color())
    assert is_negative_color(view.bias_item(0, 1).brush().color())
    zero = view.bias_item(0, 2).brush().color()
    assert min(zero.red(), zero.green(), zero.blue()) >= 250  # white
    for layer_index, layer in enumerate(run.network.layers):
        assert all(view.bias_item(layer_index, unit) is not None for unit in range(layer.units))
    text = view.tooltip_at(view.bias_item(0, 1).sceneBoundingRect().center())
    assert "b = −2" in text and "Tanh" in text and "Hidden 1, neuron 2" in text


def test_a_wide_layer_is_collapsed_behind_a_marker(qtbot):
    run = make_run("blobs.json", epochs=1, hidden=[{"units": 200, "activation": "relu"}, {"units": 50, "activation": "relu"}])
    view, _ = show(qtbot, run)
    assert view.edge_count <= EDGE_BUDGET
    assert view.edge_count == 2 * 10 + 10 * 10 + 10 * 3
    markers = view.marker_items()
    assert len(markers) == 2
    assert view.neuron_item(0, 0) is not None and view.neuron_item(0, 199) is not None
    assert view.neuron_item(0, 100) is None
    assert view.edge_item(0, 0, 100) is None and view.edge_item(1, 100, 0) is None
    assert view.edge_item(0, 0, 199) is not None
    text = view.tooltip_at(markers[0].sceneBoundingRect().center())
    assert "190" in text and "Hidden 1" in text


def test_many_layers_keep_the_number_of_lines_bounded(qtbot):
    run = make_run("xor.json", epochs=0, hidden=[{"units": 12, "activation": "tanh"}] * 20)
    view, _ = show(qtbot, run)
    assert 0 < view.edge_count <= EDGE_BUDGET
    assert view.marker_items()


def test_clicking_a_neuron_emits_its_indices_and_shows_what_it_computes(qtbot):
    run = make_run("xor.json", epochs=20)
    view, _ = show(qtbot, run)
    node = view.neuron_item(1, 3)
    point = view.view.mapFromScene(node.scenePos())
    with qtbot.waitSignal(view.neuron_clicked) as blocker:
        qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [1, 3]
    assert view.selected_neuron == (1, 3)
    assert view.panel.isVisible()

    X = run.dataset.transform_raw(plane_grid(GRID_SIZE))
    expected = picture_rows(neuron_outputs(run.network, X, 1)[:, 3], GRID_SIZE)  # top row first
    np.testing.assert_allclose(view.panel_values, expected)
    image = view.panel_image
    assert (image.width(), image.height()) == (GRID_SIZE, GRID_SIZE)
    low, high, half = view.panel_scale
    assert (low, high) == (-1.0, 1.0)  # tanh is drawn on its own range
    for row, column in ((0, 0), (10, 45), (59, 59), (30, 7)):
        pixel = image.pixelColor(column, row)
        rgba = values_to_rgba(np.array([expected[row, column]]), low, high, half)[0]
        assert (pixel.red(), pixel.green(), pixel.blue()) == tuple(int(c) for c in rgba[:3])


def test_clicking_an_input_emits_nothing(qtbot):
    run = make_run("xor.json", epochs=0)
    view, _ = show(qtbot, run)
    with qtbot.assertNotEmitted(view.neuron_clicked):
        view.select_neuron(-1, 0)
    np.testing.assert_allclose(view.panel_values[0], cell_centres(GRID_SIZE))  # x1 grows across the top row
    view.select_neuron(-1, 1)
    np.testing.assert_allclose(view.panel_values[:, 0], cell_centres(GRID_SIZE)[::-1])  # x2 grows upwards
    image = view.panel_image
    top, bottom = image.pixelColor(0, 0), image.pixelColor(0, GRID_SIZE - 1)
    assert top.blue() > top.red() and bottom.red() > bottom.blue()  # +x2 blue at the top, −x2 orange below


def test_neuron_outputs_match_a_forward_pass_by_hand():
    run = make_run("default.json", epochs=3, batch_norm=True)
    network = run.network
    X = run.dataset.X_test
    a = X
    for layer in network.layers[:-1]:
        z = a @ layer.weights + layer.bias
        z = (z - layer.running_mean) / np.sqrt(layer.running_var + BN_EPSILON) * layer.gamma + layer.beta
        a = np.tanh(z)
    assert network.layers[0].running_mean.any()  # batch norm has statistics to use
    np.testing.assert_allclose(neuron_outputs(network, X, len(network.layers) - 2), a, rtol=1e-12)
    np.testing.assert_allclose(neuron_outputs(network, X, len(network.layers) - 1), network.predict(X), rtol=1e-12)
    assert activations.FUNCTIONS[network.layers[0].activation][0] is np.tanh
    with pytest.raises(IndexError):
        neuron_outputs(network, X, len(network.layers))


def test_highlight_layer_marks_a_column_and_dims_the_other_lines(qtbot):
    run = make_run()
    view, _ = show(qtbot, run)
    plain = view.view.grab().toImage()
    inside = view.edge_item(1, 0, 0).pen().color()
    outside = view.edge_item(0, 0, 0).pen().color()
    view.highlight_layer(1, "backward")
    assert view.highlighted_layer == (1, "backward")
    assert view.view.grab().toImage() != plain
    assert view.edge_item(1, 0, 0).pen().color() == inside
    assert view.edge_item(0, 0, 0).pen().color() != outside  # dimmed
    view.highlight_layer(None)
    assert view.edge_item(0, 0, 0).pen().color() == outside
    assert view.view.grab().toImage() == plain
    with pytest.raises(ValueError):
        view.highlight_layer(0, "sideways")


def test_tooltips_name_the_weight_and_its_neurons(qtbot):
    run = make_run("gauss.json", epochs=3)  # no hidden layer: two lines that never cross
    view, snapshot = show(qtbot, run)
    line = view.edge_item(0, 1, 0).line()
    point = QPointF(line.x1() + 0.4 * line.dx(), line.y1() + 0.4 * line.dy())
    weight = snapshot.state["layer1.weights"][1, 0]
    assert view.tooltip_at(point) == f"w = {weight:.3g} (x₂ → Output, neuron 1)".replace("-", "−") + "\nClick to change it."
    assert "activation: Sigmoid" in view.tooltip_at(view.neuron_item(0, 0).scenePos())  # names.name
    assert view.tooltip_at(QPointF(-1000.0, -1000.0)) == ""


def test_small_networks_in_the_plane_get_pictures_inside_their_neurons(qtbot):
    small, _ = show(qtbot, make_run("xor.json", epochs=0))
    assert small.thumbnails_shown()
    wide, _ = show(qtbot, make_run("spiral_5.json", epochs=0))
    assert not wide.thumbnails_shown()


def test_a_dark_palette_darkens_the_background_and_lightens_the_text(qtbot):
    run = make_run(epochs=0)
    view, _ = show(qtbot, run)
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    view.setPalette(palette)
    assert view.view.backgroundBrush().color() == QColor("#202020")
    header = view.header_item(-1)
    assert header.brush().color() == QColor("#f0f0f0")


def test_texts_come_back_after_retranslating(qtbot):
    run = make_run(epochs=0)
    view, _ = show(qtbot, run)
    header = view.header_item(0)
    header.setText("")
    view.retranslate_ui()
    assert header.text() == "Hidden 1"
    assert view.toolTip()


def test_the_plane_grid_has_one_convention_for_both_pictures(qtbot):
    """Cell centres over [−6, 6]², rows from the bottom up (a plot's way); a picture
    stored top row first takes picture_rows. The decision map uses the same grid."""
    assert plane_grid(3).tolist() == [[-4, -4], [0, -4], [4, -4], [-4, 0], [0, 0], [4, 0], [-4, 4], [0, 4], [4, 4]]
    picture = picture_rows(plane_grid(3), 3)
    assert picture[0, 0].tolist() == [-4, 4]  # the top-left cell of a stored picture
    assert picture[2, 2].tolist() == [4, -4]
    from backprop_gui.gui.views import decision_view

    view = decision_view.DecisionView()
    qtbot.addWidget(view)
    np.testing.assert_array_equal(view.grid_points, plane_grid(decision_view.GRID))
