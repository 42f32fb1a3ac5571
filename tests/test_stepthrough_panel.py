"""The step-through panel: pages, highlights, the numbers it shows, its own copy of the network."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QPushButton, QSpinBox  # noqa: E402

from backprop_gui.core import losses  # noqa: E402
from backprop_gui.schema import experiment
from backprop_gui.build import build_run  # noqa: E402
from backprop_gui.core.network import Network  # noqa: E402
from backprop_gui.gui.stepthrough_panel import StepThroughPanel, format_number, plain_text  # noqa: E402
from backprop_gui.gui.views.base import ViewContext  # noqa: E402

EXPERIMENTS = Path(__file__).resolve().parents[1] / "resources" / "experiments"


def make_run(name="xor.json", epochs=2, **network):
    exp = experiment.load(EXPERIMENTS / name)
    exp["network"].update(network)
    run = build_run(experiment.validate(exp))
    if epochs:
        run.trainer.run(max_epochs=epochs)
        run.network.load_state(run.trainer.snapshot().state)  # as the window keeps its display network
    return run


def make_panel(qtbot, run):
    panel = StepThroughPanel()
    qtbot.addWidget(panel)
    panel.set_context(ViewContext(run.experiment, run.dataset, run.network), run.experiment)
    return panel


def engine(run, split="train", index=0):
    """The engine's loss and gradients for one sample, on a copy of the run's network."""
    exp = run.experiment
    copy = Network.from_config(exp["network"], run.network.input_dim, run.network.output_dim)
    copy.load_state(run.network.state())
    data = run.trainer.data
    x = (data.X_train if split == "train" else data.X_test)[index]
    y = (data.Y_train if split == "train" else data.Y_test)[index]
    value, grads = copy.loss_and_gradients(x[None], y[None], exp["training"]["loss"])
    copy.forward(x[None], training=True)
    return copy, x, y, value, grads


def child(panel, kind, name):
    widget = panel.findChild(kind, name)
    assert widget is not None, name
    return widget


def click(qtbot, panel, name):
    qtbot.mouseClick(child(panel, QPushButton, name), Qt.MouseButton.LeftButton)


def shown_text(panel, name):
    return plain_text(child(panel, QLabel, name).text())


def test_walks_every_page_and_emits_the_highlights(qtbot):
    run = make_run()
    panel = make_panel(qtbot, run)
    layers = len(run.network.layers)  # xor.json: two hidden layers and the output
    assert layers == 3
    assert panel.pages == [("forward", 0), ("forward", 1), ("forward", 2), ("loss", None),
                           ("backward", 2), ("backward", 1), ("backward", 0), ("update", None)]
    emitted = []
    panel.highlight.connect(lambda layer, direction: emitted.append((layer, direction)))
    phases = [shown_text(panel, "phase_label")]
    for _ in range(len(panel.pages) - 1):
        click(qtbot, panel, "next_phase")
        phases.append(shown_text(panel, "phase_label"))
    assert emitted == [(1, "forward"), (2, "forward"), (None, "forward"), (2, "backward"), (1, "backward"),
                       (0, "backward"), (None, "forward")]
    assert [p.split(":")[0] for p in phases] == ["Step 1 of 4"] * 3 + ["Step 2 of 4"] + ["Step 3 of 4"] * 3 + [
        "Step 4 of 4"]
    assert not child(panel, QPushButton, "next_phase").isEnabled()
    click(qtbot, panel, "next_phase")  # disabled: nothing happens
    assert panel.page == len(panel.pages) - 1
    emitted.clear()
    for _ in range(len(panel.pages) - 1):
        click(qtbot, panel, "previous_phase")
    assert emitted[0] == (0, "backward") and emitted[-1] == (0, "forward")
    assert not child(panel, QPushButton, "previous_phase").isEnabled()
    # Shown: the current page again; hidden: no highlight. Both can go straight to the diagram.
    emitted.clear()
    panel.show()
    qtbot.waitExposed(panel)
    assert emitted[-1] == (0, "forward")
    panel.hide()
    assert emitted[-1] == (None, "forward")


def test_forward_sum_shows_the_engines_numbers(qtbot):
    run = make_run()
    panel = make_panel(qtbot, run)
    panel.set_sample("train", 7)
    copy, x, y, _value, _grads = engine(run, "train", 7)
    for layer_index, layer in enumerate(copy.layers):
        panel.go_to_page(layer_index)
        spin = child(panel, QSpinBox, "neuron_choice")
        assert spin.maximum() == layer.units
        for unit in range(layer.units):
            spin.setValue(unit + 1)  # the spin counts from 1, as the labels do
            shown = panel.shown_values
            assert shown["kind"] == "forward" and shown["layer"] == layer_index and shown["unit"] == unit
            assert shown["z"] == layer.z[0, unit]
            assert shown["a"] == layer.outputs[0, unit]
            np.testing.assert_array_equal([w for w, _ in shown["terms"]], layer.weights[:, unit])
            np.testing.assert_array_equal([a for _, a in shown["terms"]], layer.inputs[0])
            assert shown["bias"] == layer.bias[unit]
            text = shown_text(panel, "formula_label")
            for w, a in shown["terms"]:
                assert f"({format_number(w)})·({format_number(a)})" in text
            assert f"= {format_number(shown['z'])}" in text
            if layer.activation == "tanh":
                assert f"= tanh({format_number(shown['z'])}) = {format_number(shown['a'])}" in text
            else:  # the sigmoid output: ŷ = σ(z) = 1/(1 + e^−z)
                assert f"= 1/(1 + e{format_number(-shown['z'])}) = {format_number(shown['a'])}" in text
    # The table lists every neuron's z and a.
    panel.go_to_page(0)
    table = panel.table
    assert table.rowCount() == copy.layers[0].units
    assert table.item(2, 1).text() == format_number(copy.layers[0].z[0, 2])
    assert table.item(2, 2).text() == format_number(copy.layers[0].outputs[0, 2])
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers


def test_loss_page_shows_the_engines_loss(qtbot):
    run = make_run()
    panel = make_panel(qtbot, run)
    panel.set_sample("train", 3)
    _copy, _x, y, value, _grads = engine(run, "train", 3)
    panel.go_to_page(3)
    assert panel.shown_values["loss"] == value
    text = shown_text(panel, "formula_label")
    assert "L = −[y·ln ŷ + (1 − y)·ln(1 − ŷ)]" in text  # a natural logarithm is ln
    assert f"L = −[{format_number(y[0])}·ln(" in text
    assert "log" not in text
    assert text.rstrip().endswith(f"= {format_number(value)}")


def test_backward_pages_show_the_engines_deltas_and_gradients(qtbot):
    run = make_run()
    panel = make_panel(qtbot, run)
    panel.set_sample("train", 11)
    copy, x, y, _value, grads = engine(run, "train", 11)
    for page, (kind, layer_index) in enumerate(panel.pages):
        if kind != "backward":
            continue
        panel.go_to_page(page)
        number = layer_index + 1
        layer = copy.layers[layer_index]
        for unit in range(layer.units):
            child(panel, QSpinBox, "neuron_choice").setValue(unit + 1)
            shown = panel.shown_values
            assert shown["delta"] == grads[f"layer{number}.bias"][unit]  # one sample: ∂L/∂b = δ
            text = shown_text(panel, "formula_label")
            assert f"= {format_number(shown['delta'])}" in text
            if layer_index == len(copy.layers) - 1:
                # sigmoid + binary cross-entropy with one output: δ = ŷ − y.
                assert shown["delta_kind"] == "fused"
                assert f"= ŷ − y = {format_number(layer.outputs[0, 0])} − {format_number(y[0])}" in text
            else:
                assert shown["delta_kind"] == "hidden"
                assert shown["fprime"] * sum(w * d for w, d in shown["terms"]) == pytest.approx(shown["delta"], rel=1e-12)
                assert f"({format_number(shown['fprime'])})·[" in text
        # One weight: ∂L/∂wᵢⱼ = δⱼ·aᵢ, from the spin boxes.
        for i in range(layer.weights.shape[0]):
            for j in (0, layer.units - 1):
                child(panel, QSpinBox, "weight_from").setValue(i + 1)
                child(panel, QSpinBox, "weight_to").setValue(j + 1)
                shown = panel.shown_values
                assert (shown["gradient.i"], shown["gradient.j"]) == (i, j)
                assert shown["gradient"] == grads[f"layer{number}.weights"][i, j]
                assert shown["gradient.a"] == layer.inputs[0, i]
                assert shown["gradient.delta"] == grads[f"layer{number}.bias"][j]
                text = shown_text(panel, "gradient_label")
                product = f"({format_number(shown['gradient.delta'])})·({format_number(shown['gradient.a'])}) = "
                assert product + format_number(shown["gradient"]) in text


def test_finite_difference_check_agrees(qtbot):
    run = make_run()
    panel = make_panel(qtbot, run)
    panel.go_to_page(panel.pages.index(("backward", 1)))
    child(panel, QSpinBox, "weight_from").setValue(3)
    child(panel, QSpinBox, "weight_to").setValue(5)
    click(qtbot, panel, "check_gradient")
    shown = panel.shown_values
    assert shown["check.analytic"] == shown["gradient"]
    assert shown["check.relative"] < 1e-6
    text = shown_text(panel, "check_label")
    assert "agree" in text and format_number(shown["check.numeric"], 7) in text
    # Choosing another weight clears the old verdict.
    child(panel, QSpinBox, "weight_from").setValue(4)
    assert shown_text(panel, "check_label") == ""


def test_apply_step_changes_the_copy_and_lowers_the_loss_but_not_the_training_network(qtbot):
    run = make_run()
    before = run.network.state()
    panel = make_panel(qtbot, run)
    panel.set_sample("train", 5)
    _copy, _x, _y, value, grads = engine(run, "train", 5)
    panel.go_to_page(len(panel.pages) - 1)
    layer_choice = child(panel, QComboBox, "weight_layer")
    layer_choice.setCurrentIndex(1)
    child(panel, QSpinBox, "weight_from").setValue(2)
    child(panel, QSpinBox, "weight_to").setValue(4)
    rate = child(panel, QDoubleSpinBox, "learning_rate")
    assert rate.value() == pytest.approx(run.experiment["training"]["learning_rate"])
    shown = panel.shown_values
    eta = rate.value()
    assert (shown["layer"], shown["i"], shown["j"]) == (1, 1, 3)
    assert shown["gradient"] == grads["layer2.weights"][1, 3]
    assert shown["new_weight"] == shown["weight"] - eta * shown["gradient"]
    old = panel.network.layers[1].weights.copy()
    click(qtbot, panel, "apply_step")
    applied = panel.last_update
    np.testing.assert_array_equal(panel.network.layers[1].weights, old - eta * grads["layer2.weights"])
    assert applied["new_weight"] == old[1, 3] - eta * grads["layer2.weights"][1, 3]
    assert applied["old_loss"] == value
    assert applied["new_loss"] < applied["old_loss"]
    assert panel.trace.loss_value == applied["new_loss"]  # every page now shows the new weights
    text = shown_text(panel, "result_label")
    assert f"{format_number(applied['old_weight'])} → {format_number(applied['new_weight'])}" in text
    assert f"{format_number(applied['old_loss'])} → {format_number(applied['new_loss'])}" in text
    # The training run's network is untouched.
    for name, array in run.network.state().items():
        np.testing.assert_array_equal(array, before[name])
    # "Use the current weights" copies them back.
    click(qtbot, panel, "sync_weights")
    for name, array in panel.network.state().items():
        np.testing.assert_array_equal(array, before[name])
    assert panel.trace.loss_value == value


def test_sync_weights_follows_the_training_network(qtbot):
    run = make_run(epochs=0)
    panel = make_panel(qtbot, run)
    first = panel.trace.loss_value
    run.trainer.run(max_epochs=3)
    run.network.load_state(run.trainer.snapshot().state)
    assert panel.trace.loss_value == first  # not followed until asked
    click(qtbot, panel, "sync_weights")
    for name, array in run.network.state().items():
        np.testing.assert_array_equal(panel.network.state()[name], array)
    assert panel.trace.loss_value == engine(run)[3]


def test_choosing_a_sample(qtbot):
    run = make_run()
    panel = make_panel(qtbot, run)
    emitted = []
    panel.highlight.connect(lambda *args: emitted.append(args))
    panel.go_to_page(2)
    panel.set_sample("test", 4)
    assert child(panel, QComboBox, "sample_split").currentData() == "test"
    spin = child(panel, QSpinBox, "sample_index")
    assert spin.value() == 5 and spin.maximum() == run.dataset.n_test
    np.testing.assert_array_equal(panel.trace.x, run.dataset.X_test[4])
    text = shown_text(panel, "sample_label")
    assert "x₁ = " + format_number(run.dataset.X_test[4, 0]) in text
    label = run.dataset.y_test[4]
    assert f"class {run.dataset.class_names[label]}" in text
    assert panel.page == 2  # the page stays
    spin.setValue(10)
    assert panel.index == 9
    np.testing.assert_array_equal(panel.trace.x, run.dataset.X_test[9])
    child(panel, QComboBox, "sample_split").setCurrentIndex(0)
    assert panel.split == "train" and panel.index == 0 and spin.maximum() == run.dataset.n_train
    with pytest.raises(IndexError):
        panel.set_sample("train", run.dataset.n_train)
    with pytest.raises(ValueError):
        panel.set_sample("validation", 0)


@pytest.mark.parametrize(
    "name, network",
    [
        ("spiral_5.json", {}),
        ("xor.json", {"batch_norm": True}),
        ("circle.json", {"hidden": [{"units": 5, "activation": "relu"}, {"units": 3, "activation": "sigmoid"}]}),
        ("plane.json", {}),
        ("sine.json", {"hidden": []}),
        ("blobs.json", {"hidden": [{"units": 20, "activation": "leaky_relu"}], "dropout": 0.3}),
    ],
)
def test_every_page_works_for_other_networks(qtbot, name, network):
    run = make_run(name, epochs=1, **network)
    before = run.network.state()
    panel = make_panel(qtbot, run)
    panel.set_sample("train", 2)
    loss = run.experiment["training"]["loss"]
    for page in range(len(panel.pages)):
        panel.go_to_page(page)
        kind, layer = panel.pages[page]
        assert shown_text(panel, "phase_label")
        if kind == "forward":
            assert shown_text(panel, "formula_label")
        if kind == "loss":
            logits, outputs = run.network.logits_and_outputs(run.trainer.data.X_train[2:3])
            assert panel.shown_values["loss"] == pytest.approx(
                losses.value(loss, logits, outputs, run.trainer.data.Y_train[2:3]), rel=1e-12)
        if kind == "backward":
            result = panel.check_gradient()
            assert result is not None
            numeric, analytic, relative = result
            assert abs(numeric - analytic) <= 1e-6 * abs(analytic) + 1e-9
        if kind == "update":
            old, new = panel.apply_step()
            assert new < old or old < 1e-9
    notes = shown_text(panel, "notes_label")
    if network.get("batch_norm"):
        assert "running mean" in notes
    if network.get("dropout"):
        assert "Dropout is off" in notes
    for key, array in run.network.state().items():
        np.testing.assert_array_equal(array, before[key])


def test_language_change_sets_every_text_again(qtbot):
    run = make_run()
    panel = make_panel(qtbot, run)
    panel.go_to_page(4)
    shown = dict(panel.shown_values)
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert child(panel, QPushButton, "check_gradient").text() == "Check with finite differences"
    assert child(panel, QPushButton, "apply_step").text() == "Apply this step"
    assert child(panel, QPushButton, "sync_weights").text() == "Use the current weights"
    assert panel.shown_values == shown


def test_an_empty_panel_does_nothing(qtbot):
    panel = StepThroughPanel()
    qtbot.addWidget(panel)
    panel.next_page()
    panel.sync_weights()
    assert panel.check_gradient() is None and panel.apply_step() is None
    assert not panel.findChild(QPushButton, "next_phase").isEnabled()


def test_numbers_are_written_for_students():
    assert format_number(0.41327) == "0.4133"
    assert format_number(-0.11) == "−0.11"
    assert format_number(0.0) == "0"
    assert format_number(1e-5) == "1 × 10⁻⁵"
    assert format_number(-2.5e-7) == "−2.5 × 10⁻⁷"
    assert format_number(123456) == "1.235 × 10⁵"
    assert format_number(12345.6) == "12346"  # no thousands separator among the formulas' commas


def test_numbers_follow_the_interface_language():
    from backprop_gui.gui import i18n

    i18n.install(None, "id")
    try:
        assert format_number(0.25) == "0,25"
        assert format_number(-2.5e-7) == "−2,5 × 10⁻⁷"
    finally:
        i18n.install(None, "en")
    assert format_number(0.25) == "0.25"


def test_clicking_a_table_row_chooses_the_neuron(qtbot):
    run = make_run()
    panel = make_panel(qtbot, run)
    panel.go_to_page(1)
    panel.table.cellClicked.emit(4, 1)
    assert child(panel, QSpinBox, "neuron_choice").value() == 5
    assert panel.shown_values["unit"] == 4
    panel.go_to_page(panel.pages.index(("backward", 1)))
    panel.set_neuron(6)
    assert panel.shown_values["unit"] == 6 and panel.shown_values["gradient.j"] == 6  # the weight follows
    panel.set_weight(2, 3)
    assert (panel.shown_values["gradient.i"], panel.shown_values["gradient.j"]) == (2, 3)
    assert panel.shown_values["unit"] == 3
