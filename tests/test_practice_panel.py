"""The Practice panel: the student types each quantity, the panel checks it with the
practice core, climbs the hint ladder on a wrong answer and counts the hints."""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from backprop_gui.core import practice
from backprop_gui.gui import actions, i18n, numbers
from backprop_gui.gui import practice_symbols as symbols
from backprop_gui.gui.practice_panel import RIGHT, SHOWN, PracticePanel
from backprop_gui.gui.stepthrough_panel import plain_text


@pytest.fixture
def panel(qtbot):
    widget = PracticePanel()
    qtbot.addWidget(widget)
    widget.resize(480, 700)
    widget.show()
    yield widget
    i18n.install(None, "en")


def start(panel, level, seed=7):
    index = panel.level_choice.findData(level)
    panel.level_choice.setCurrentIndex(index)
    panel.new_problem(seed)
    return panel.problem


def feedback(panel) -> str:
    return plain_text(panel.feedback_label.text())


def wrong_text(panel, name) -> str:
    """A number far from the right one, in the interface language."""
    value = practice.expected(panel.problem, name, panel.values)
    return numbers.format_number(value + 5.0, decimals=2)


def test_a_right_answer_typed_with_a_decimal_comma_in_indonesian_is_accepted(panel, qtbot):
    i18n.install(None, "id")
    problem = start(panel, 3)
    first = panel.current
    assert first == problem.steps[0].name == "z[1][0]" and not problem.steps[0].given
    value = problem.step(first).value
    text = f"{value:.4f}".replace(".", ",")  # as typed in Indonesian: 0,4137
    field = panel.field(first)
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert panel.done[first] == RIGHT
    assert "✓" in plain_text(panel.rows[first].mark.text())
    assert panel.current == problem.steps[1].name  # on to the next quantity
    assert panel.field(panel.current).hasFocus() or not panel.isActiveWindow()
    assert panel.score() == {"first_try": 1, "with_hints": 0, "shown": 0, "hints": 0}
    # The accepted answer is shown as the language writes it, with the comma.
    assert "," in field.text() and "." not in field.text()
    # A point is read too: 0.35 means the same in Indonesian.
    second = panel.current
    point = f"{practice.expected(problem, second, panel.values):.4f}"
    assert panel.enter(second, point) is True


def test_a_wrong_answer_climbs_the_hint_ladder_formula_numbers_value(panel):
    problem = start(panel, 3)
    name = panel.current
    step = problem.step(name)
    assert panel.diagram.highlighted == set()
    # 1: the formula
    assert panel.enter(name, wrong_text(panel, name)) is False
    assert panel.rungs[name] == 1
    assert QCoreApplication.translate("practice", step.formula) in feedback(panel)
    assert panel.diagram.highlighted == set()
    assert "✗" in plain_text(panel.rows[name].mark.text())
    # 2: the numbers that go into it, highlighted in the drawing
    assert panel.enter(name, wrong_text(panel, name) + "1") is False
    assert panel.rungs[name] == 2
    assert panel.diagram.highlighted == {symbols.element(operand) for operand in step.operands}
    assert ("input", 0) in panel.diagram.highlighted and ("weight", 1, 0, 0) in panel.diagram.highlighted
    number = numbers.format_number(problem.x[0, 0], significant=4, grouping=False)
    assert f"{symbols.html('x[0]')} = {number}" in panel.feedback_label.text()
    # 3: the worked value, filled in and marked as shown
    assert panel.enter(name, wrong_text(panel, name) + "2") is False
    assert panel.rungs[name] == 3 and panel.done[name] == SHOWN
    field = panel.field(name)
    assert field.isReadOnly()
    assert numbers.parse_number(field.text()) == pytest.approx(step.value, abs=1e-3)
    assert "shown" in plain_text(panel.rows[name].mark.text())
    assert f"= {field.text()}" in feedback(panel)
    assert panel.score() == {"first_try": 0, "with_hints": 0, "shown": 1, "hints": 3}
    panel.next_button.click()
    assert panel.current == problem.steps[1].name


def test_hints_are_counted_and_the_score_tells_first_try_from_with_hints(panel, qtbot):
    problem = start(panel, 3)
    first, second, third = (step.name for step in problem.steps[:3])
    panel.hint_button.click()  # asked for without answering: counted
    assert panel.rungs[first] == 1
    assert panel.enter(first, f"{problem.step(first).value:.3f}") is True
    assert panel.enter(second, wrong_text(panel, second)) is False
    panel.hint_button.click()
    assert panel.rungs[second] == 2
    assert panel.enter(second, f"{practice.expected(problem, second, panel.values):.4f}") is True
    assert panel.enter(third, f"{practice.expected(problem, third, panel.values):.4f}") is True
    assert panel.score() == {"first_try": 1, "with_hints": 2, "shown": 0, "hints": 3}
    assert "3" in panel.score_label.text()
    # Enter, then leaving the field, judges the text once.
    fourth = panel.current
    field = panel.field(fourth)
    qtbot.keyClicks(field, wrong_text(panel, fourth))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    field.editingFinished.emit()  # as leaving the field does
    assert panel.rungs[fourth] == 1 and panel.score()["hints"] == 4


def test_a_text_that_is_no_number_gets_one_sentence_and_keeps_its_field(panel):
    start(panel, 3)
    name = panel.current
    assert panel.enter(name, "dua koma lima") is None
    assert "not a number" in feedback(panel)
    assert panel.field(name).text() == "dua koma lima" and not panel.field(name).isReadOnly()
    assert panel.rungs.get(name, 0) == 0 and panel.current == name


def test_answers_are_judged_against_the_students_own_earlier_answers(panel):
    """A student who rounds every forward number to two decimals and carries them on is
    accepted to the last update, through the panel, though some of those answers are off
    the exact chain by more than the tolerance."""
    for seed in range(40):
        problem = start(panel, 3, seed)
        mine, off_exact = {}, []
        for step in problem.steps:
            value = practice.expected(problem, step.name, mine)
            typed = round(value, 2 if step.phase in ("forward", "loss") else 4)
            mine[step.name] = typed
            if not practice.check(problem, step.name, typed):
                off_exact.append(step.name)
        if off_exact:
            break
    else:
        pytest.fail("no problem where rounding carries the chain off the exact values")
    for step in problem.steps:
        assert panel.current == step.name
        assert panel.enter(step.name, numbers.format_number(mine[step.name], decimals=4)) is True, step.name
    assert panel.score()["first_try"] == len(problem.steps)
    assert "finished" in feedback(panel)
    assert off_exact  # judged against the exact chain, these would have been refused


def test_the_worked_example_is_read_only_and_stepped_through_with_next(panel):
    problem = start(panel, 1)
    assert all(step.given for step in problem.steps)
    for step in problem.steps:
        field = panel.field(step.name)
        assert field.isReadOnly()
        assert numbers.parse_number(field.text()) == pytest.approx(step.value, rel=1e-3, abs=1e-4)
    assert panel.current == problem.steps[0].name
    assert not panel.hint_button.isVisible()
    seen = []
    for step in problem.steps:
        seen.append(panel.current)
        # each worked quantity with its formula, its numbers marked and its value
        assert panel.diagram.highlighted == {symbols.element(operand) for operand in step.operands}
        assert QCoreApplication.translate("practice", step.formula) in feedback(panel)
        panel.next_button.click()
    assert seen == [step.name for step in problem.steps]
    assert not panel.next_button.isEnabled()
    panel.back_button.click()
    assert panel.current == problem.steps[-2].name


def test_level_two_shows_all_but_the_update_worked_and_starts_at_the_first_to_type(panel):
    problem = start(panel, 2)
    first = next(step for step in problem.steps if not step.given)
    assert first.phase == "update" and panel.current == first.name
    assert not panel.field(first.name).isReadOnly() and panel.field(first.name).isEnabled()
    later = [step for step in problem.steps if not step.given][1:]
    assert all(not panel.field(step.name).isEnabled() for step in later)  # in order


def test_every_level_has_a_translated_title_and_names_render(panel):
    assert panel.level_choice.count() == len(practice.LEVELS)
    i18n.install(None, "id")
    titles = [panel.level_choice.itemText(i) for i in range(panel.level_choice.count())]
    assert titles[0].startswith("1. ") and all("Worked" not in title for title in titles)
    assert symbols.plain("W_new[2][1][0]") == "w₂,₁⁽²⁾ baru"
    assert symbols.plain("dW[1][0][1]") == "∂L/∂w₁,₂⁽¹⁾" and symbols.plain("delta[2][0]") == "δ₁⁽²⁾"


# ---------------------------------------------------------------------------- in the window


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from backprop_gui.gui.app import make_application
    from backprop_gui.gui.main_window import MainWindow

    make_application()
    win = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.show()
    yield win
    i18n.install(None, "en")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    win.close()


def test_the_action_opens_the_practice_dock_with_a_problem(window, qtbot):
    assert not window.practice_dock.isVisible()
    assert window.practice_action in window.run_menu.actions()
    assert ("P", "Practice: compute a step by hand") in actions.shortcut_rows(window.named_actions)
    window.practice_action.trigger()
    qtbot.waitUntil(window.practice_dock.isVisible)
    assert window.practice.problem is not None
    assert window.practice_dock.windowTitle() == "Practice"
    assert not window.practice.visibleRegion().isEmpty()  # raised over the decision view
    assert window.practice_dock in window.tabifiedDockWidgets(window.decision_dock)


@pytest.mark.parametrize("width", [1366, 1024])
def test_the_panel_fits_a_small_screen_without_sideways_scrolling(window, qtbot, width):
    window.resize(width, 768 - 40)
    window.layout().activate()
    qtbot.wait(50)
    before = window.width()  # (the other docks' narrowest widths may make it wider than asked)
    window.practice_action.trigger()
    qtbot.waitUntil(window.practice_dock.isVisible)
    qtbot.wait(50)
    assert window.width() == before  # a tab over the decision view: no wider window
    for level in (1, 6):
        window.practice.set_level(level)
        qtbot.wait(20)
        panel = window.practice
        assert panel.width() >= panel.minimumSizeHint().width()
        viewport = panel.scroll.viewport().width()
        assert panel.list.minimumSizeHint().width() <= viewport
        assert panel.width() >= 280  # the answers' column and the drawing, readable (the decision view's width)
        assert panel.height() >= 0.6 * window.height()  # the loss curves below gave it their height
        outer = window.practice_dock.widget()
        assert panel.height() <= outer.viewport().height()  # no scrolling but in the list, at the normal size


def test_every_quantity_of_every_level_is_worked_out_with_its_numbers():
    from backprop_gui.gui.practice_worked import substitution
    from backprop_gui.gui.stepthrough_panel import format_number

    for level in practice.LEVELS:
        problem = practice.make_problem(3, level.number)
        exact = {step.name: step.value for step in problem.steps}
        panel_values = PracticePanel.__new__(PracticePanel)  # only its operand lookup is used
        panel_values.problem, panel_values.values = problem, exact
        for step in problem.steps:
            text = substitution(problem, step.name, panel_values._operand_value)
            assert text, (level.number, step.name)
            for operand in step.operands:
                number = format_number(abs(panel_values._operand_value(operand)))
                assert number in text or "≤ 0" in text, (step.name, operand, text)  # (ReLU off: δ = 0)
    # z written out term by term, a negative factor in parentheses: 0.4·(−0.89) + 0.3·(−0.37) + 0
    problem = practice.make_problem(3, 1)
    panel_values.problem, panel_values.values = problem, {}
    x0, w0, x1, w1, b = (panel_values._operand_value(name) for name in problem.step("z[1][0]").operands)
    factor = lambda v: f"({format_number(v)})" if v < 0 else format_number(v)  # noqa: E731
    assert substitution(problem, "z[1][0]", panel_values._operand_value) == \
        f"{factor(x0)}·{factor(w0)} + {factor(x1)}·{factor(w1)} + {factor(b)}"


def test_the_practice_in_indonesian_shows_no_english_and_no_identifier(window, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from test_indonesian_ui import problems_in

    i18n.install(None, "id")
    window.practice_action.trigger()
    panel = window.practice
    texts = [("dock", window.practice_dock.windowTitle()), ("action", window.practice_action.text()),
             ("action tooltip", window.practice_action.toolTip())]
    for level in practice.LEVELS:
        panel.set_level(level.number)
        if panel.current not in panel.done:  # a quantity to type: every rung of the ladder
            panel.enter(panel.current, "abc")
            texts.append(("refusal", feedback(panel)))
            for _rung in range(3):
                panel.hint()
                texts.append(("feedback", feedback(panel)))
            texts.append(("mark", plain_text(panel.rows[panel.current].mark.text())))
        texts += [("label", plain_text(label.text())) for label in panel.findChildren(QLabel)]
        texts += [("button", button.text()) for button in panel.findChildren(QAbstractButton)]
        texts += [("tooltip", widget.toolTip()) for widget in (panel, *panel.findChildren(QWidget))]
        texts += [("level", panel.level_choice.itemText(i)) for i in range(panel.level_choice.count())]
        for heading in (panel.diagram._heading(column) for column in range(len(panel.problem.network.layers) + 1)):
            texts.append(("drawing", heading))
    texts = [(where, text) for where, text in texts if text]
    assert any("Rumus" in text for _where, text in texts)
    problems = problems_in(texts)
    assert not problems, "\n".join(problems)
