"""The live views: what a user would notice after a few epochs of training."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402


from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from backprop_gui.schema import experiment  # noqa: E402
from backprop_gui.build import build_run, load_dataset  # noqa: E402
from backprop_gui.gui import colors  # noqa: E402
from backprop_gui.gui.views.base import ViewContext  # noqa: E402
from backprop_gui.core.predictions import confusion_matrix, predicted_classes  # noqa: E402
from backprop_gui.gui.views.confusion_view import ConfusionView  # noqa: E402
from backprop_gui.gui.views.decision_view import MULTICLASS_STRENGTH, DecisionView, class_probability_colors  # noqa: E402
from backprop_gui.core.diagnostics import gradient_diagnosis  # noqa: E402
from backprop_gui.gui.views.gradients_view import GradientsView  # noqa: E402
from backprop_gui.gui.views.loss_view import LossView  # noqa: E402
from backprop_gui.gui.views.plotstyle import Throttle, sequential_lut  # noqa: E402
from backprop_gui.gui.views.weights_view import WeightsView, stable_level  # noqa: E402

EXPERIMENTS = Path(__file__).resolve().parents[1] / "resources" / "experiments"


def make_run(name="default", change=None, dataset=None):
    exp = experiment.load(EXPERIMENTS / f"{name}.json")
    if change is not None:
        change(exp)
    run = build_run(exp, dataset=dataset)
    return run, ViewContext(run.experiment, run.dataset, run.network)


def trained(name="default", epochs=30, change=None, dataset=None):
    run, context = make_run(name, change, dataset)
    run.trainer.run(max_epochs=epochs)
    return run, context, run.trainer.snapshot()


def no_test_set(exp):
    exp["data"]["test_fraction"] = 0.0


def file_like_dataset(name="blobs"):
    """A data set as a CSV file gives it: no raw points to draw over the plane."""
    dataset = load_dataset(experiment.load(EXPERIMENTS / f"{name}.json"))
    return dataclasses.replace(dataset, raw_train=None, raw_test=None)


@pytest.fixture
def show(qtbot):
    """Make a view as a shown top-level window, closed after the test.

    The views are also held here until then: qtbot keeps only weak references, and a
    window in a reference cycle (a view whose child holds one of its bound methods)
    would otherwise be freed by Python's garbage collector while Qt is still painting it.
    """
    views = []

    def make(view_class):
        view = view_class()
        views.append(view)
        qtbot.addWidget(view)
        view.resize(500, 400)
        view.show()
        return view

    yield make
    for view in views:
        view.close()


# --------------------------------------------------------------------------- loss


def test_loss_curves_follow_the_history(show):
    run, context, snapshot = trained()
    view = show(LossView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    history = snapshot.history
    x, y = view.train_curve.getOriginalDataset()
    assert len(x) == len(history["epoch"]) > 1
    assert x[-1] == snapshot.epoch == 30
    assert y[-1] == pytest.approx(snapshot.metrics.train_loss)
    assert view.test_curve.getOriginalDataset()[1][-1] == pytest.approx(snapshot.metrics.test_loss)
    assert view.train_metric_curve.getOriginalDataset()[1][-1] == pytest.approx(snapshot.metrics.train_accuracy)
    assert view.test_metric_curve.getOriginalDataset()[1][-1] == pytest.approx(snapshot.metrics.test_accuracy)
    assert view.metric_plot.getAxis("left").labelText == "accuracy (%)"
    assert view.test_curve.isVisible()


def test_a_long_history_is_drawn_with_about_two_points_per_pixel(show, qtbot):
    """Thousands of epochs are reduced to a lowest/highest pair per pixel column before
    drawing (pyqtgraph's PlotItem.addItem once silently turned this off)."""
    run, context, snapshot = trained()
    view = show(LossView)
    view.set_context(context)
    n = 4000
    history = dict(snapshot.history)
    history["epoch"] = np.arange(n)
    for key in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        history[key] = np.linspace(1.0, 0.1, n) + 0.01 * np.sin(np.arange(n))
    view.show_snapshot(dataclasses.replace(snapshot, history=history, epoch=n - 1, running=False))
    qtbot.wait(50)
    width = view.loss_plot.vb.width()
    for curve in (view.train_curve, view.test_curve, view.train_metric_curve, view.test_metric_curve):
        x, _ = curve.getData()
        assert 0 < len(x) <= 2 * width + 8, (len(x), width)


def shown_live_curve(qtbot, left: float, right: float):
    """A live curve in a shown 400×300 plot whose x axis runs from ``left`` to ``right``;
    the caller keeps the widget (qtbot holds only a weak reference)."""
    import pyqtgraph as pg

    from backprop_gui.gui.views.plotstyle import live_curve

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    plot = widget.getPlotItem()
    plot.setXRange(left, right, padding=0)
    return widget, plot, live_curve(plot, "#000000")


def test_a_live_curve_draws_only_the_visible_part_and_keeps_every_peak(qtbot):
    """Zoomed in, only the visible epochs (and one beyond each edge) are drawn; reduced
    to pixel columns, each column keeps its lowest and highest value; on a log scale
    the drawn values are the logarithms."""
    _widget, plot, curve = shown_live_curve(qtbot, 1000, 1100)
    x = np.arange(5000.0)
    y = np.ones(5000)
    y[1050], y[3000] = 50.0, 1e-3  # a spike inside the view, a dip outside it
    curve.setData(x, y)
    qtbot.wait(20)
    shown_x, shown_y = curve.getData()
    assert shown_x[0] == 999 and shown_x[-1] == 1101 and shown_y.max() == 50.0
    assert curve.getOriginalDataset()[0] is not None and len(curve.getOriginalDataset()[0]) == 5000

    plot.setXRange(0, 5000, padding=0)  # all of it: about two points per pixel column
    qtbot.wait(20)
    shown_x, shown_y = curve.getData()
    width = plot.vb.width()
    assert len(shown_x) <= 2 * width + 8 and shown_y.max() == 50.0 and shown_y.min() == 1e-3
    assert np.all(np.diff(shown_x) >= 0)

    plot.setLogMode(y=True)
    qtbot.wait(20)
    _, shown_y = curve.getData()
    assert shown_y.max() == pytest.approx(np.log10(50.0)) and shown_y.min() == pytest.approx(-3.0)


def test_on_a_log_axis_the_range_runs_between_whole_decades_and_moves_rarely(qtbot):
    """Gradient norms are noisy: each new low used to move the axis (and redraw it). In
    decades, the range holds a spare decade below and moves only past it."""
    import pyqtgraph as pg

    from backprop_gui.gui.views.plotstyle import StableRange

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    stable = StableRange(plot, decades=True)
    moves = []
    plot.vb.sigYRangeChanged.connect(lambda *_: moves.append(tuple(plot.vb.viewRange()[1])))
    stable.update(10.0, [np.array([-2.3, -1.2])])
    assert plot.vb.viewRange()[1] == pytest.approx([-4.0, -1.0])
    for low in (-2.5, -3.1, -3.6, -3.99):  # new lows, all within the spare decade
        stable.update(10.0, [np.array([low, -1.2])])
    assert len(moves) == 1
    stable.update(10.0, [np.array([-4.2, -1.2])])  # past it
    assert plot.vb.viewRange()[1] == pytest.approx([-6.0, -1.0]) and len(moves) == 2


def test_a_live_curve_keeps_each_pixel_columns_extremes_and_breaks_at_missing_values(qtbot):
    """Measured epochs are unevenly spaced: every pixel column with data shows its own
    lowest and highest value (not those of a block of points spanning several columns),
    and a value the log scale cannot show (a gradient of 0) leaves a gap."""
    _widget, plot, curve = shown_live_curve(qtbot, 0, 4000)
    x = np.concatenate((np.arange(0, 2000, 1.0), np.arange(2000, 4000, 64.0)))  # dense, then sparse
    y = 1.0 + np.sin(x / 37.0) ** 2
    curve.setData(x, y)

    def every_column_keeps_its_extremes() -> bool:
        shown_x, shown_y = curve.getData()
        left, right = plot.vb.viewRange()[0]
        per_pixel = int(plot.vb.width()) / (right - left)  # whole pixel columns
        columns, shown_columns = np.floor(x * per_pixel), np.floor(shown_x * per_pixel)
        for column in np.unique(columns):
            here, drawn = y[columns == column], shown_y[shown_columns == column]
            if not (drawn.size and drawn.min() == here.min() and drawn.max() == here.max()):
                return False
        return True

    # The view settles its range (and so its pixel columns) in a later event on a busy machine.
    qtbot.waitUntil(every_column_keeps_its_extremes, timeout=3000)

    y[2500 <= x] = 0.0  # on a log scale: nothing to draw there
    plot.setLogMode(y=True)
    curve.setData(x, y)
    qtbot.wait(20)
    _, shown_y = curve.getData()
    assert np.isnan(shown_y).any() and curve.opts["connect"] == "finite"


def test_a_log_axis_over_many_decades_has_no_minor_ticks(qtbot):
    """2, 3 … 9 × 10ᵏ are ticked (and gridded) over a few decades only; over seven they
    were a clutter of grid lines a few pixels apart."""
    from backprop_gui.gui.views.plotstyle import DecadeAxis

    axis = DecadeAxis("left")
    axis.setLogMode(False, True)

    def ticked(low, high):
        return sorted(value for _, values in axis.tickValues(low, high, 300) for value in values)

    many = ticked(-7.0, 1.0)
    assert many and all(value == round(value) for value in many)  # decades only
    few = ticked(-1.0, 1.0)
    assert any(abs(value - (-1 + np.log10(2))) < 1e-9 for value in few)  # 0.2 is ticked


def test_log_scale_checkbox_switches_the_loss_axis(show):
    view = show(LossView)
    check = view.findChild(type(view.log_scale), "log_scale")
    assert check is view.log_scale and not check.isChecked()
    check.setChecked(True)
    assert view.loss_plot.getAxis("left").logMode
    check.setChecked(False)
    assert not view.loss_plot.getAxis("left").logMode


def test_regression_shows_r2(show):
    run, context, snapshot = trained("sine", epochs=10)
    view = show(LossView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    assert view.metric_plot.getAxis("left").labelText == "R²"
    assert view.train_metric_curve.getOriginalDataset()[1][-1] == pytest.approx(snapshot.metrics.train_r2)


def test_without_a_test_set_the_test_curves_are_hidden(show):
    run, context, snapshot = trained("xor", epochs=5, change=no_test_set)
    assert np.isnan(snapshot.history["test_loss"]).all()
    view = show(LossView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    assert not view.test_curve.isVisible() and not view.test_metric_curve.isVisible()
    assert [label.text for _, label in view.legend.items] == ["training set"]
    assert len(view.train_curve.getOriginalDataset()[0]) == len(snapshot.history["epoch"])


def test_kept_runs_are_drawn_and_removed(show):
    run, context, snapshot = trained("xor", epochs=5)
    view = show(LossView)
    view.set_context(context)
    view.set_kept_runs([("lr 0.3", dict(snapshot.history))])
    assert "lr 0.3" in [label.text for _, label in view.legend.items]
    kept = view._kept_items[0][0]
    assert kept.getOriginalDataset()[1][-1] == pytest.approx(snapshot.metrics.train_loss)
    assert kept in view.loss_plot.listDataItems()
    view.set_context(context)  # a new run keeps the earlier ones for comparison
    assert len(view._kept_items) == 1
    view.set_kept_runs([])
    assert kept not in view.loss_plot.listDataItems()
    assert [label.text for _, label in view.legend.items] == ["training set", "test set"]


@pytest.mark.parametrize("view_class", [LossView, GradientsView])
def test_many_kept_runs_share_one_legend_entry_so_the_plot_keeps_its_height(show, view_class):
    run, context, snapshot = trained("xor", epochs=5)
    view = show(view_class)
    view.set_context(context)
    view.show_snapshot(snapshot)
    view.set_kept_runs([(f"learning rate {n}", dict(snapshot.history)) for n in range(6)])
    labels = [label.text for _, label in view.legend.items]
    kept = [text for text in labels if "kept" in text or "learning rate" in text]
    assert kept[1:] == ["learning rate 4", "learning rate 5"] and kept[0].startswith("4 earlier kept run"), labels


def test_set_context_clears_the_curves(show):
    run, context, snapshot = trained("xor", epochs=5)
    view = show(LossView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    view.set_context(context)
    assert view.train_curve.getOriginalDataset()[0] is None or len(view.train_curve.getOriginalDataset()[0]) == 0


# --------------------------------------------------------------------------- weights


def test_heatmap_shows_the_chosen_layers_weights(show):
    run, context, snapshot = trained()
    view = show(WeightsView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    combo = view.layer_choice
    assert combo.objectName() == "layer_choice"
    assert combo.count() == len(run.network.layers)
    assert combo.itemText(0) == "Layer 1 (4 → 8)"
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        weights = run.network.layers[index].weights
        image = view.image.image
        assert image.dtype == np.float32 and image.shape == weights.shape
        np.testing.assert_allclose(image, weights, rtol=1e-6)
        low, high = view.image.levels
        assert low == -high and high >= np.abs(weights).max() * (1 - 1e-6)
        assert tuple(view.color_bar.levels()) == (low, high)


def test_hovering_a_cell_shows_its_weight(show):
    run, context, snapshot = trained("xor", epochs=5)
    view = show(WeightsView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    # The centre of row 2 (from x2), column 3 (to neuron 3).
    scene = view.plot.vb.mapViewToScene(QPointF(2.5, 1.5))
    view._mouse_moved(scene)
    value = run.network.layers[0].weights[1, 2]
    assert view.readout.text() == f"w[x₂→3] = {value:.3f}"  # names.feature_name


def test_colour_scale_is_stable():
    assert stable_level(None, 2.0) == 2.0
    assert stable_level(2.0, 3.0) == 3.0  # grows at once
    assert stable_level(3.0, 2.0) == 3.0  # a small drop changes nothing
    assert stable_level(3.0, 0.5) == pytest.approx(2.1)  # a large one shrinks by 30 % at most
    assert stable_level(None, 0.0) > 0


def test_colour_scale_resets_with_the_context(show):
    run, context, snapshot = trained("xor", epochs=5)
    view = show(WeightsView)
    view.set_context(context)
    largest = np.abs(run.network.layers[0].weights).max()
    view._levels[0] = 1.5 * largest
    view.show_snapshot(snapshot)
    assert view.level == 1.5 * largest  # weights a little smaller than the scale: it stays
    view.set_context(context)
    assert view.level == pytest.approx(np.abs(run.network.layers[0].weights).max(), rel=1e-6)


# --------------------------------------------------------------------------- gradients


def test_gradient_diagnosis():
    assert gradient_diagnosis(np.array([1e-9, 1e-2]))[0] == "vanishing"
    assert gradient_diagnosis(np.array([1e-9, 1e-2]))[1] == pytest.approx(1e7)
    assert gradient_diagnosis(np.array([1e-5, 1e-3, 0.2]))[0] == "vanishing"
    assert gradient_diagnosis(np.array([1e4, 2.0, 1.0])) == ("exploding", 1e4)
    assert gradient_diagnosis(np.array([0.1, 0.3, 0.2])) is None
    assert gradient_diagnosis(np.array([1e-8, 1e-8, 1e-8])) is None  # converged, not vanishing
    assert gradient_diagnosis(np.array([0.5])) is None
    assert gradient_diagnosis(np.array([np.nan, np.nan])) is None
    growing = np.array([[0.1, 0.1], [1.0, 2.0], [15.0, 40.0]])
    assert gradient_diagnosis(growing) == ("exploding", 40.0)
    # A history: rows with NaN (not measured) are skipped.
    assert gradient_diagnosis(np.array([[0.1, 0.2], [np.nan, np.nan]])) is None


def test_colour_tables_from_pyqtgraph_keep_their_colours():
    """The tables come from pg.ColorMap now; they match the hand-made ones they replaced
    within rounding (pyqtgraph truncates to bytes where the old code rounded)."""
    white = np.array([255.0, 255.0, 255.0])
    negative, positive = (np.array(colors.hex_to_rgb(c), dtype=float) for c in (colors.NEGATIVE, colors.POSITIVE))
    t = np.linspace(-1.0, 1.0, 256)[:, None]
    rgb = np.where(t < 0, white + (negative - white) * (-t), white + (positive - white) * t)
    for strength in (1.0, 0.8):  # 0.8: the decision map's softened table
        expected = np.round(255.0 + (rgb - 255.0) * strength)
        table = colors.diverging_lut(strength=strength)
        assert table.shape == (256, 4) and table.dtype == np.uint8
        assert np.abs(table[:, :3].astype(int) - expected).max() <= 1
        assert (table[:, 3] == 255).all()
    table = colors.diverging_lut()
    assert tuple(table[0, :3]) == colors.hex_to_rgb(colors.NEGATIVE)  # the ends are the exact colours
    assert tuple(table[-1, :3]) == colors.hex_to_rgb(colors.POSITIVE)
    sequential = sequential_lut(colors.POSITIVE)
    expected = np.round(255.0 + (positive - 255.0) * np.linspace(0.0, 1.0, 256)[:, None])
    assert np.abs(sequential[:, :3].astype(int) - expected).max() <= 1
    assert tuple(sequential[0]) == (255, 255, 255, 255) and tuple(sequential[-1, :3]) == colors.hex_to_rgb(colors.POSITIVE)


def test_predicted_classes_as_the_trainer_counts_accuracy():
    np.testing.assert_array_equal(predicted_classes(np.array([[0.2], [0.5], [0.51]])), [0, 0, 1])  # ŷ > 0.5
    np.testing.assert_array_equal(predicted_classes(np.array([[0.1, 0.9], [0.5, 0.5], [0.2, 0.3]])), [1, 0, 1])
    assert predicted_classes(np.array([[0.7]])).dtype == np.int64
    np.testing.assert_array_equal(confusion_matrix([0, 1, 1, 2], [0, 2, 1, 2], 3), [[1, 0, 0], [0, 1, 1], [0, 0, 1]])


def test_gradient_curves_and_warnings(show):
    run, context, snapshot = trained()
    view = show(GradientsView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    assert len(view.curves) == len(run.network.layers)
    assert [label.text for _, label in view.legend.items] == ["Layer 1", "Layer 2", "Layer 3"]
    x, y = view.curves[2].getOriginalDataset()
    assert len(x) == len(snapshot.history["epoch"])
    assert y[-1] == pytest.approx(snapshot.metrics.gradient_norms[2])
    assert view.plot.getAxis("left").logMode
    assert view.gradient_warning.objectName() == "gradient_warning"

    history = dict(snapshot.history)
    norms = history["gradient_norms"].copy()
    norms[-1] = [1e-9, 1e-5, 1.2e-5]
    view.show_snapshot(dataclasses.replace(snapshot, history={**history, "gradient_norms": norms}))
    assert view.gradient_warning.isVisible()
    assert view.gradient_warning.text().startswith("The first layer's gradient is 12 thousand× smaller")
    assert "vanishing" in view.gradient_warning.text()

    norms[-1] = [3.2e4, 10.0, 1.0]
    view.show_snapshot(dataclasses.replace(snapshot, history={**history, "gradient_norms": norms}))
    assert view.gradient_warning.text().startswith("Gradients are very large (32,000)")

    view.show_snapshot(snapshot)
    assert not view.gradient_warning.isVisible()


def test_deep_sigmoid_network_warns_of_vanishing_gradients(show):
    def deep(exp):
        exp["network"]["hidden"] = [{"units": 8, "activation": "sigmoid"}] * 8
        exp["network"]["init"] = "uniform"

    run, context, snapshot = trained("xor", epochs=3, change=deep)
    view = show(GradientsView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    assert view.diagnosis[0] == "vanishing"
    assert view.gradient_warning.isVisible()


# --------------------------------------------------------------------------- decision


def test_decision_map_of_two_classes(show, qtbot):
    run, context = make_run()
    view = show(DecisionView)
    view.set_context(context)
    assert view.supported(context) and view.mode == "binary"
    before = view.image.image.copy()
    run.trainer.run(max_epochs=30)
    view.show_snapshot(run.trainer.snapshot())
    qtbot.waitUntil(lambda: not np.array_equal(view.image.image, before))
    image = view.image.image
    assert image.shape == (100, 100)
    # Pixel (row r, column c) lies at grid point r·100 + c, drawn there on the plane:
    # x1 to the right, x2 upwards.
    for r, c in ((10, 80), (70, 5), (50, 50)):
        x1, x2 = view.grid_points[r * 100 + c]
        where = view.image.mapToView(QPointF(c + 0.5, r + 0.5))
        assert (where.x(), where.y()) == pytest.approx((x1, x2))
        expected = run.network.predict(context.dataset.transform_raw(np.array([[x1, x2]])))[0, 0]
        assert image[r, c] == pytest.approx(expected, rel=1e-5)
    assert tuple(view.image.levels) == (0.0, 1.0)


def test_decision_map_of_many_classes(show):
    run, context, snapshot = trained("spiral_5", epochs=10)
    view = show(DecisionView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    assert view.mode == "multiclass"
    image = view.image.image
    assert image.shape == (100, 100, 3)
    probabilities = run.network.predict(context.dataset.transform_raw(view.grid_points))
    np.testing.assert_array_equal(image.reshape(-1, 3), class_probability_colors(probabilities))
    # Where the network is surest, the pixel has its class's colour (mixed with white).
    sure = probabilities.max(axis=1).argmax()
    winner = probabilities[sure].argmax()
    white = np.array([255.0, 255.0, 255.0])
    towards = white - np.array(colors.hex_to_rgb(colors.class_color(winner)))
    shift = white - image.reshape(-1, 3)[sure].astype(float)
    strength = shift.max() / towards.max()
    assert 0.0 < strength <= MULTICLASS_STRENGTH + 0.01
    np.testing.assert_allclose(shift, strength * towards, atol=1.5)


def test_regression_on_the_plane_and_the_line(show):
    run, context, snapshot = trained("plane", epochs=5)
    view = show(DecisionView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    assert view.mode == "plane" and tuple(view.image.levels) == (-1.0, 1.0)
    predicted = run.network.predict(context.dataset.transform_raw(view.grid_points))[:, 0]
    np.testing.assert_allclose(view.image.image.ravel(), predicted, rtol=1e-5)

    run, context, snapshot = trained("sine", epochs=5)
    view.set_context(context)
    view.show_snapshot(snapshot)
    assert view.mode == "curve"
    x, y = view.fit_curve.getOriginalDataset()
    assert x[0] == -6 and x[-1] == 6
    np.testing.assert_allclose(y, run.network.predict(context.dataset.transform_raw(x[:, None]))[:, 0])
    assert len(view.train_points.data) == context.dataset.n_train


def test_show_test_data_checkbox(show):
    run, context = make_run("xor")
    view = show(DecisionView)
    view.set_context(context)
    assert view.show_test.objectName() == "show_test"
    assert len(view.test_points.data) == context.dataset.n_test
    assert view.test_points.isVisible()
    view.show_test.setChecked(False)
    assert not view.test_points.isVisible()


def test_clicking_a_point_names_it(show, qtbot):
    run, context = make_run("xor")
    view = show(DecisionView)
    view.set_context(context)
    view.show_test.setChecked(False)  # a test point may lie on top of it
    index = 7
    x1, x2 = context.dataset.raw_train[index]
    scene = view.plot.vb.mapViewToScene(QPointF(x1, x2))
    where = view.plot_widget.mapFromScene(scene)
    with qtbot.waitSignal(view.point_clicked, timeout=1000) as signal:
        QTest.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert signal.args == [index, "train"]

    view.show_test.setChecked(True)
    x1, x2 = context.dataset.raw_test[3]
    where = view.plot_widget.mapFromScene(view.plot.vb.mapViewToScene(QPointF(x1, x2)))
    with qtbot.waitSignal(view.point_clicked, timeout=1000) as signal:
        QTest.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert signal.args == [3, "test"]  # the nearest of the points under the mouse


def test_decision_view_needs_points_on_the_plane(show):
    run, context = make_run("blobs", dataset=file_like_dataset())
    view = show(DecisionView)
    assert not DecisionView.supported(context)
    view.set_context(context)
    view.show_snapshot(run.trainer.snapshot())
    assert view.stack.currentWidget() is view.message
    assert view.message.text().startswith("The decision view needs data with two inputs")
    run, context = make_run("xor")
    view.set_context(context)
    assert view.stack.currentIndex() == 0


# --------------------------------------------------------------------------- confusion


def test_confusion_matrix_counts_the_test_set(show, qtbot):
    run, context, snapshot = trained()
    view = show(ConfusionView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    dataset = context.dataset
    predicted = (run.network.predict(dataset.X_test)[:, 0] > 0.5).astype(int)
    expected = np.zeros((2, 2), int)
    for true, guess in zip(dataset.y_test, predicted):
        expected[true, guess] += 1
    np.testing.assert_array_equal(view.matrix, expected)
    assert view.matrix.sum() == dataset.n_test
    assert view._cells[0][1].toPlainText() == str(expected[0, 1])
    accuracy = np.trace(expected) / expected.sum()
    assert accuracy == pytest.approx(snapshot.metrics.test_accuracy)
    assert view.caption.text().startswith(f"Accuracy on the test set: {100 * accuracy:.1f}\u00a0%")
    assert view.plot.getAxis("left").labelText == "true class"
    assert view.plot.getAxis("bottom").labelText == "predicted class"


def test_confusion_matrix_of_many_classes_and_no_test_set(show):
    run, context, snapshot = trained("blobs", epochs=5, change=no_test_set, dataset=None)
    view = show(ConfusionView)
    view.set_context(context)
    view.show_snapshot(snapshot)
    dataset = context.dataset
    assert view.split == "train" and view.matrix.sum() == dataset.n_train
    predicted = run.network.predict(dataset.X_train).argmax(axis=1)
    np.testing.assert_array_equal(view.matrix, confusion_matrix(dataset.y_train, predicted, 3))
    assert view.matrix[0].sum() == np.sum(dataset.y_train == 0)
    assert "training set" in view.caption.text()


def test_confusion_matrix_is_for_classification_only(show):
    run, context = make_run("sine")
    view = show(ConfusionView)
    assert not ConfusionView.supported(context)
    view.set_context(context)
    view.show_snapshot(run.trainer.snapshot())
    assert view.stack.currentWidget() is view.message
    assert "classification only" in view.message.text()
    # File data with classes has a confusion matrix, but no decision map.
    run, context = make_run("blobs", dataset=file_like_dataset())
    assert ConfusionView.supported(context) and not DecisionView.supported(context)


# --------------------------------------------------------------------------- all views


@pytest.mark.parametrize("view_class", [LossView, WeightsView, GradientsView, DecisionView, ConfusionView])
def test_every_view_survives_a_change_of_run(show, view_class):
    view = show(view_class)
    for name in ("spiral_5", "sine", "gauss", "default"):
        run, context, snapshot = trained(name, epochs=2)
        view.set_context(context)
        view.show_snapshot(snapshot)
        view.retranslate_ui()


def test_throttle_holds_back_expensive_updates(qtbot):
    calls = []
    throttle = Throttle(lambda: calls.append(1), rate=10.0)
    throttle.request()
    assert len(calls) == 1
    throttle.cost = 0.05  # as if it were expensive
    throttle.request()
    throttle.request()
    assert len(calls) == 1  # held back ...
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=2000)  # ... but never dropped


@pytest.mark.parametrize("direction", ["horizontal", "vertical"])
def test_live_curves_are_two_pixels_wide_in_every_direction(qtbot, direction):
    """The fast three-pass drawing gives the same two-pixel line as a wide pen."""
    import pyqtgraph as pg
    from PySide6.QtGui import QColor

    from backprop_gui.gui.views.plotstyle import live_curve

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    widget.show()
    widget.setBackground("w")
    plot = widget.getPlotItem()
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.setXRange(0, 10, padding=0)
    plot.setYRange(0, 10, padding=0)
    curve = live_curve(plot, "#000000")
    if direction == "horizontal":
        curve.setData([1.0, 9.0], [5.0, 5.0])
    else:
        curve.setData([5.0, 5.0], [1.0, 9.0])
    qtbot.wait(50)
    image = widget.grab().toImage()
    middle_x, middle_y = image.width() // 2, image.height() // 2
    if direction == "horizontal":
        line = [image.pixelColor(middle_x, y) for y in range(image.height())]
    else:
        line = [image.pixelColor(x, middle_y) for x in range(image.width())]
    dark = [color.lightness() < 128 for color in line]
    assert sum(dark) == 2 * int(widget.devicePixelRatioF()), [i for i, d in enumerate(dark) if d]
    assert QColor(line[dark.index(True)]).name() == "#000000"


@pytest.mark.parametrize("size", [(600, 300), (300, 600), (420, 330)])
def test_decision_plane_fills_a_square_box(show, qtbot, size):
    """Both axes show the plane's range with a small margin, never more (the locked
    aspect once widened x to −10…10 around data in −6…6), and circles stay round."""
    run, context = make_run("xor")
    view = show(DecisionView)
    view.resize(*size)
    view.set_context(context)
    box = view.plot.getViewBox()

    def square():
        return abs(box.width() - box.height()) <= 2

    qtbot.waitUntil(square, timeout=2000)
    (x_low, x_high), (y_low, y_high) = box.viewRange()
    for low, high in ((x_low, x_high), (y_low, y_high)):
        assert -6.6 < low <= -6.0 and 6.0 <= high < 6.6
    # On the line (one input), the box fills the view again.
    run, context = make_run("sine")
    view.set_context(context)
    qtbot.waitUntil(lambda: box.width() > box.height() + 100 if size[0] > size[1] else box.height() > box.width() + 100,
                    timeout=2000)
