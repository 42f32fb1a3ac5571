"""Practice problems (issue 14): the numbers are the step-through's, the checking carries
errors forward, the names and numbers are what the issue promises."""

import math
import re

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from backprop_gui.core import practice, stepthrough
from backprop_gui.core.practice import LEVELS, TOLERANCE, allowed_difference, check, expected, make_problem

LEVEL_NUMBERS = [level.number for level in LEVELS]
SEEDS = [0, 1, 7, 2024, 4_294_967_295]
NAME = re.compile(
    r"z\[\d\]\[\d\]|a\[\d\]\[\d\]|loss|delta\[\d\]\[\d\]|dW\[\d\]\[\d\]\[\d\]|db\[\d\]\[\d\]"
    r"|W_new\[\d\]\[\d\]\[\d\]|b_new\[\d\]\[\d\]")
GIVEN_NUMBER = re.compile(r"x\[\d\]|y\[\d\]|W\[\d\]\[\d\]\[\d\]|b\[\d\]\[\d\]|eta")


def indices(name):
    return tuple(int(k) for k in re.findall(r"\[(\d+)\]", name))


def engine_value(problem, trace, updated, name):
    """The number the step-through (and, for W_new/b_new, its apply_update) gives for ``name``."""
    if name == "loss":
        return trace.loss_value
    kind = name.split("[")[0]
    l, *rest = indices(name)
    lt = trace.layers[l - 1]
    new = updated.layers[l - 1]
    return {
        "z": lambda j: lt.z[j], "a": lambda j: lt.a[j], "delta": lambda j: lt.delta[j],
        "dW": lambda i, j: lt.grad_weights[i, j], "db": lambda j: lt.grad_bias[j],
        "W_new": lambda i, j: new.weights[i, j], "b_new": lambda j: new.bias[j],
    }[kind](*rest)


def traced(problem):
    trace = stepthrough.trace_step(problem.network, problem.x[0], problem.y[0], problem.loss)
    updated = stepthrough.copy_network(problem.network)
    stepthrough.apply_update(updated, trace, problem.learning_rate)
    return trace, updated


# ---------------------------------------------------------------------------- the numbers are the engine's


@pytest.mark.parametrize("level", LEVEL_NUMBERS)
@pytest.mark.parametrize("seed", SEEDS)
def test_every_value_is_the_step_throughs(seed, level):
    problem = make_problem(seed, level)
    trace, updated = traced(problem)
    for step in problem.steps:
        assert step.value == pytest.approx(engine_value(problem, trace, updated, step.name), rel=1e-12, abs=1e-14), step.name
        # and the module's own formulas, fed with exact values, give the same number
        assert expected(problem, step.name) == pytest.approx(step.value, rel=1e-10, abs=1e-13), step.name


@pytest.mark.parametrize("level", LEVEL_NUMBERS)
@pytest.mark.parametrize("seed", SEEDS[:3])
def test_the_gradients_equal_finite_differences(seed, level):
    problem = make_problem(seed, level)
    gradients = [s for s in problem.steps if s.name.startswith(("dW", "db"))]
    assert gradients
    for step in gradients:
        l, *rest = indices(step.name)
        if step.name.startswith("dW"):
            i, j = rest
            numeric = stepthrough.finite_difference(problem.network, problem.x[0], problem.y[0], problem.loss, l - 1, i, j)
        else:
            numeric = stepthrough.finite_difference(problem.network, problem.x[0], problem.y[0], problem.loss, l - 1,
                                                    None, rest[0], parameter="bias")
        assert step.value == pytest.approx(numeric, rel=1e-6, abs=1e-9), step.name


def test_the_mse_mean_convention_is_the_engines():
    """A 2-2-1 squared error is (a − y)²; the loss of the engine's value with N = outputs."""
    problem = make_problem(3, 3)
    a, y = problem.step("a[2][0]").value, float(problem.y[0, 0])
    assert problem.loss == "mse"
    assert problem.step("loss").value == pytest.approx((a - y) ** 2, rel=1e-12)
    assert problem.step("delta[2][0]").value == pytest.approx(2 * (a - y) * a * (1 - a), rel=1e-12)


# ---------------------------------------------------------------------------- checking, error carried forward


def student_chain(problem, first_z_decimals=2, decimals=4):
    """A student who rounds the first z to 2 decimals and then writes every answer, as
    it follows from their own earlier ones, to 4 decimals. Returns (earlier, verdicts)."""
    earlier, verdicts = {}, {}
    for step in problem.steps:
        if step.given:
            continue
        exact_here = expected(problem, step.name, earlier)
        answer = round(exact_here, first_z_decimals if step.name == "z[1][0]" else decimals)
        verdicts[step.name] = check(problem, step.name, answer, earlier)
        earlier[step.name] = answer
    return earlier, verdicts


@pytest.mark.parametrize("level", LEVEL_NUMBERS)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_consistent_chain_from_a_rounded_z_is_accepted_to_the_last_update(seed, level):
    problem = make_problem(seed, level)
    _earlier, verdicts = student_chain(problem)
    assert all(verdicts.values()), [name for name, ok in verdicts.items() if not ok]
    last = problem.steps[-1].name
    assert last.startswith(("W_new", "b_new")) and (problem.steps[-1].given or last in verdicts)


def test_the_rounded_z_really_is_carried_forward():
    """z[1][0] rounded to 2 decimals changes what a[1][0] must be: the student's own a is
    right, the exact a (from the unrounded z) is judged against σ(rounded z)."""
    problem = make_problem(11, 3)
    z = problem.step("z[1][0]").value
    rounded = round(z, 2)
    assert rounded != z
    assert expected(problem, "a[1][0]", {"z[1][0]": rounded}) == pytest.approx(1 / (1 + math.exp(-rounded)))
    assert expected(problem, "a[1][0]", {"z[1][0]": 2.0}) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert not check(problem, "a[1][0]", problem.step("a[1][0]").value, {"z[1][0]": 2.0})
    assert check(problem, "a[1][0]", 1 / (1 + math.exp(-2.0)), {"z[1][0]": 2.0})


def test_a_big_early_mistake_makes_later_steps_follow_from_it():
    """Error carried forward far down the chain: a δ that is off (but accepted as the
    student's) makes the update that uses it right, and the exact update wrong."""
    problem = make_problem(5, 3)
    delta = problem.step("delta[2][0]").value
    wrong_dw = problem.step("dW[2][0][0]").value * 3  # a student's dW, taken as accepted
    earlier = {"delta[2][0]": delta, "dW[2][0][0]": wrong_dw}
    follows = float(problem.network.layers[1].weights[0, 0]) - problem.learning_rate * wrong_dw
    assert check(problem, "W_new[2][0][0]", follows, earlier)
    assert not check(problem, "W_new[2][0][0]", problem.step("W_new[2][0][0]").value, earlier)


@pytest.mark.parametrize("level", LEVEL_NUMBERS)
@pytest.mark.parametrize("seed", SEEDS[:3])
def test_the_exact_chain_with_one_wrong_value_is_refused(seed, level):
    problem = make_problem(seed, level)
    exact = {step.name: step.value for step in problem.steps}
    for step in problem.steps:
        assert check(problem, step.name, step.value, exact)
        limit = allowed_difference(problem, step.name, exact)
        assert not check(problem, step.name, step.value + 1.5 * limit, exact), step.name
        assert not check(problem, step.name, step.value - 1.5 * limit, exact), step.name
        if abs(step.value) > 0.02:  # a lost minus sign is always caught
            assert not check(problem, step.name, -step.value, exact), step.name
    for step in problem.steps:  # an update that leaves the weight where it was is refused
        if step.phase == "update":
            l, *rest = indices(step.name)
            old = (problem.network.layers[l - 1].weights[tuple(rest)] if step.name.startswith("W_new")
                   else problem.network.layers[l - 1].bias[rest[0]])
            assert not check(problem, step.name, float(old), exact), step.name


def test_the_tolerance_rule():
    assert (TOLERANCE.forward_absolute, TOLERANCE.backward_absolute, TOLERANCE.relative) == (0.005, 0.0005, 0.01)
    # the docstring's example: z = 0.4137 written 0.41 is within 0.005 + 1 % of 0.4137
    assert abs(0.41 - 0.4137) <= TOLERANCE.allowed("forward", 0.4137)
    assert abs(0.40 - 0.4137) > TOLERANCE.allowed("forward", 0.4137)
    # a hidden δ of −0.0143 needs its third decimal
    assert abs(-0.014 - -0.0143) <= TOLERANCE.allowed("backward", -0.0143)
    assert abs(-0.01 - -0.0143) > TOLERANCE.allowed("backward", -0.0143)


def test_answers_that_are_not_numbers_are_wrong():
    problem = make_problem(1, 3)
    for answer in (math.nan, math.inf, -math.inf, "abc", None):
        assert not check(problem, "z[1][0]", answer)


# ---------------------------------------------------------------------------- names, levels, order


@pytest.mark.parametrize("level", LEVEL_NUMBERS)
def test_names_order_and_operands_follow_the_issue(level):
    problem = make_problem(42, level)
    spec = LEVELS[level - 1]
    names = [step.name for step in problem.steps]
    assert len(names) == len(set(names))
    assert all(NAME.fullmatch(name) for name in names), names
    phases = [practice.PHASES.index(step.phase) for step in problem.steps]
    assert phases == sorted(phases)
    inputs, *hidden, outputs = spec.sizes
    units = [*hidden, outputs]
    depth = len(units)
    forward = []
    for l, activation in enumerate([spec.hidden_activation] * len(hidden) + [spec.output_activation], start=1):
        if activation == "softmax":  # aₖ needs every z of its layer
            forward += [f"{q}[{l}][{j}]" for q in ("z", "a") for j in range(units[l - 1])]
        else:
            forward += [f"{q}[{l}][{j}]" for j in range(units[l - 1]) for q in ("z", "a")]
    assert names[: len(forward)] == forward  # every z and a, neuron by neuron
    assert names[len(forward)] == "loss"
    deltas = [f"delta[{depth}][{j}]" for j in range(outputs)] + [f"delta[1][{j}]" for j in range(hidden[0])]
    assert names[len(forward) + 1: len(forward) + 1 + len(deltas)] == deltas  # the output δ, each hidden δ
    gradients = [n for n in names if n.startswith(("dW", "db"))]
    assert {f"dW[{depth}][{i}][{j}]" for i in range(hidden[-1]) for j in range(outputs)} <= set(gradients)
    assert {f"db[{depth}][{j}]" for j in range(outputs)} <= set(gradients)
    assert {"dW[1][0][0]", "dW[1][1][0]", "db[1][0]"} <= set(gradients)
    updates = [n for n in names if n.startswith(("W_new", "b_new"))]
    assert [u.replace("W_new", "dW").replace("b_new", "db") for u in updates] == gradients
    seen = set()
    for step in problem.steps:
        for operand in step.operands:
            assert operand in seen or GIVEN_NUMBER.fullmatch(operand), (step.name, operand)
        seen.add(step.name)
        assert step.formula and step.formula in vars(practice).values() or step.formula in _all_formulas()
    given = set(problem.given())
    if spec.fading == "worked":
        assert given == set(names)
    elif spec.fading == "last_phase":
        assert given == {s.name for s in problem.steps if s.phase != "update"} and updates
    else:
        assert given == set()


def _all_formulas():
    tables = [practice._Z_FORMULAS, practice._A_FORMULAS, practice._LOSS_FORMULAS, practice._OUTPUT_DELTA_FORMULAS,
              practice._HIDDEN_DELTA_FORMULAS, practice._DW_FORMULAS]
    return {text for table in tables for text in table.values()} | {
        practice._DB_FORMULA, practice._W_NEW_FORMULA, practice._B_NEW_FORMULA}


def test_formulas_count_subscripts_from_1_as_the_panel_and_the_step_through_do():
    formulas = _all_formulas()
    assert "z = x₁·w₁ + x₂·w₂ + b" in formulas and "z = a₁·w₁ + a₂·w₂ + a₃·w₃ + b" in formulas
    assert not [formula for formula in formulas if "₀" in formula]


def test_levels_fade_then_grow():
    assert [level.fading for level in LEVELS[:3]] == ["worked", "last_phase", "all"]
    assert {level.hidden_activation for level in LEVELS} >= {"sigmoid", "tanh", "relu"}
    assert {level.loss for level in LEVELS} == {"mse", "binary_cross_entropy", "cross_entropy"}
    assert (2, 3, 2) in {level.sizes for level in LEVELS}
    for level in LEVELS:
        problem = make_problem(0, level.number)
        assert problem.loss == level.loss
        assert [layer.activation for layer in problem.network.layers] == [level.hidden_activation, level.output_activation]
        assert (problem.network.input_dim, problem.network.layers[0].units, problem.network.output_dim) == level.sizes
        assert problem.x.shape == (1, level.sizes[0]) and problem.y.shape == (1, level.sizes[-1])


@pytest.mark.parametrize("level", LEVEL_NUMBERS)
def test_parameters_alternate_weights_and_biases(level):
    network = make_problem(9, level).network
    names = list(network.parameters())
    assert names == [f"layer{n}.{p}" for n in range(1, len(network.layers) + 1) for p in ("weights", "bias")]
    shapes = [array.shape for array in network.parameters().values()]
    assert all(len(shape) == 2 for shape in shapes[0::2]) and all(len(shape) == 1 for shape in shapes[1::2])
    assert not any(layer.batch_norm or layer.dropout for layer in network.layers)


@pytest.mark.parametrize("seed, level", [(0, 0), (0, 7), (-1, 1), (2**32, 1), (1.5, 1), (0, "1"), (True, 1)])
def test_bad_seeds_and_levels_are_refused(seed, level):
    with pytest.raises(ValueError):
        make_problem(seed, level)


# ---------------------------------------------------------------------------- fuzzing the seeds


def has_at_most_two_decimals(value: float) -> bool:
    return abs(value * 100 - round(value * 100)) < 1e-9


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, practice.SEED_MAX), level=st.sampled_from(LEVEL_NUMBERS))
def test_any_seed_gives_calculator_numbers_finite_values_and_the_same_problem_again(seed, level):
    problem = make_problem(seed, level)
    given_numbers = [*problem.x.ravel(), *problem.y.ravel(), problem.learning_rate]
    for layer in problem.network.layers:
        given_numbers += [*layer.weights.ravel(), *layer.bias.ravel()]
    assert all(has_at_most_two_decimals(float(v)) for v in given_numbers), given_numbers
    assert all(math.isfinite(step.value) for step in problem.steps)
    again = make_problem(seed, level)
    assert [(s.name, s.value) for s in again.steps] == [(s.name, s.value) for s in problem.steps]
    assert np.array_equal(again.x, problem.x) and np.array_equal(again.y, problem.y)
    for a, b in zip(again.network.parameters().values(), problem.network.parameters().values()):
        assert np.array_equal(a, b)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, practice.SEED_MAX), level=st.sampled_from(LEVEL_NUMBERS),
       forward_decimals=st.sampled_from([2, 3, 4]), backward_decimals=st.sampled_from([3, 4]),
       wrong_at=st.integers(0, 40), factor=st.sampled_from([-1.0, 3.0, -3.0, 10.0]))
def test_a_student_who_rounds_by_hand_is_accepted_and_a_wrong_answer_never(
        seed, level, forward_decimals, backward_decimals, wrong_at, factor):
    """Any problem: every answer written to 2-4 decimals (forward pass and loss) or 3-4
    (backward pass and update), each from the student's own earlier answers, is accepted;
    an answer off by several times its tolerance is refused."""
    problem = make_problem(seed, level)
    earlier = {}
    for k, step in enumerate(problem.steps):
        target = expected(problem, step.name, earlier)
        decimals = forward_decimals if step.phase in ("forward", "loss") else backward_decimals
        answer = round(target, decimals)
        assert check(problem, step.name, answer, earlier), (step.name, answer, target)
        if k == wrong_at % len(problem.steps):
            limit = allowed_difference(problem, step.name, earlier)
            assert not check(problem, step.name, target + factor * limit + math.copysign(1e-9, factor), earlier)
        earlier[step.name] = answer
