"""Predict, then reveal; challenges (issue 14): the lesson format 2, the table of measures,
the shipped predictions checked against what their presets really do, and the Lessons
panel asking before a preset trains, comparing after, and celebrating a challenge met."""

from __future__ import annotations

import copy
import functools
import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from backprop_gui.build import build_run
from backprop_gui.content import measures
from backprop_gui.content.lessons import LessonError, load_lessons, parse_lesson, read_lesson
from backprop_gui.schema import experiment

ROOT = Path(__file__).resolve().parents[1]
LESSONS_DIR = ROOT / "resources" / "lessons"
PRESETS_DIR = LESSONS_DIR / "presets"
LESSONS = load_lessons(LESSONS_DIR)
PREDICTIONS = [(lesson, p) for lesson in LESSONS for p in lesson.predictions]
CHALLENGES = [(lesson, c) for lesson in LESSONS for c in lesson.challenges]

#: The answer a student who understood the lesson gives: the choice's index, or the
#: number worked out on paper. The real run must judge it right.
EXPECTED = {
    "one_neuron_accuracy": 2,  # nearly all: 99.5 %
    "xor_without_hidden": 0,  # about half: 54 %
    "mse_before_training": 0.25,  # (0.5)², the error of answering 0.5 to a 0 or a 1
    "cross_entropy_before_training": math.log(2),  # −ln 0.5
    "derivatives_per_step": 9,  # 2×2 + 2 + 2×1 + 1
    "loss_at_lr_0_0001": 1,  # hardly moves
    "loss_at_lr_10": 2,  # jumps up and down
    "updates_with_batch_1": 199,
    "updates_with_batch_10": 20,  # ⌈199 / 10⌉
    "ten_sigmoid_layers_accuracy": 0,  # about half
    "exploding_loss": 2,  # blows up
    "overfitting_test_loss": 1,  # falls, then rises again
    "deep_network_with_batch_norm": 2,  # nearly all
    "all_zero_accuracy": 1,  # between 60 % and 85 % (68 %)
    "settling_at_lr_3": 1,  # resting at the bottom (changes of 10⁻¹⁶)
    "settling_at_lr_0_03": 0,  # still falling (0.15 % over the last 10 epochs)
    "settling_at_lr_12": 2,  # bouncing between 0.351 and 0.355
    "momentum_epochs_to_bottom": 1,  # 6 to 30: 11, gathering speed
    "adam_epochs_to_bottom": 0,  # 5 or fewer: 2, full-size steps at once
    "settling_with_schedule": 1,  # resting at the bottom, from epoch 21 at η = 6
}


def preset_run(lesson, index: int, change=None):
    preset = lesson.presets[index]
    document = copy.deepcopy(dict(preset.experiment))
    if change is not None:
        change(document)
        document = experiment.validate(document)
    return build_run(document, base_dir=preset.path.parent)


@functools.lru_cache(maxsize=None)
def played(lesson_id: str, index: int, stepwise: bool = False):
    """The preset trained to its end as Play does (or one epoch at a time, as Step epoch,
    and as Play at the watching speed, do)."""
    lesson = next(lesson for lesson in LESSONS if lesson.id == lesson_id)
    run = preset_run(lesson, index)
    if stepwise:
        while not run.trainer.finished:
            run.trainer.step_epoch()
    else:
        run.trainer.run()
    return run


def observed(run) -> measures.Observation:
    return measures.Observation.of_run(run)


# =========================================================================== the shipped lessons
def test_every_lesson_is_version_2_with_a_prediction_and_there_are_five_challenges():
    assert len(LESSONS) >= 11
    for lesson in LESSONS:
        assert lesson.version == 2, lesson.id
        assert lesson.predictions, lesson.id
    assert len(CHALLENGES) >= 5
    assert {p.id for _lesson, p in PREDICTIONS} == set(EXPECTED)
    fit = next(c for lesson, c in CHALLENGES if lesson.id == "one_neuron")
    assert {"measure": "updates", "at_most": 0} in fit.conditions  # set by hand, before any training


def test_every_prediction_and_challenge_text_is_in_english_and_indonesian():
    for lesson, prediction in PREDICTIONS:
        for texts in (prediction.question, *prediction.choices):
            assert set(texts) == {"en", "id"}, (lesson.id, prediction.id)
    for lesson, challenge in CHALLENGES:
        assert set(challenge.goal) == {"en", "id"}, (lesson.id, challenge.id)
    # Indonesian writes its decimals with a comma: no "0.5" in an Indonesian text.
    for lesson in LESSONS:
        document = json.loads(lesson.path.read_text("utf-8"))
        for entry in document.get("predictions", []) + document.get("challenges", []):
            texts = [entry.get("question", entry.get("goal"))["id"]] + [c["id"] for c in entry.get("choices", [])]
            for text in texts:
                assert not any(a.isdigit() and b == "." and c.isdigit() for a, b, c in zip(text, text[1:], text[2:])), text


@pytest.mark.parametrize("lesson, prediction", PREDICTIONS, ids=[p.id for _l, p in PREDICTIONS])
def test_the_lessons_answer_is_what_the_preset_really_does(lesson, prediction):
    """Trained as Play trains it (and as Step epoch does): the measured outcome makes the
    lesson's answer right, and no other choice."""
    expected = EXPECTED[prediction.id]
    for stepwise in (False, True):
        measured = measures.measure(prediction.measure, observed(played(lesson.id, prediction.preset, stepwise)))
        assert measured is not None
        if prediction.kind == "choice":
            assert prediction.right_choice(measured) == expected, (prediction.id, stepwise, measured)
            assert [measures.prediction_right("choice", i, measured, o) for i, o in enumerate(prediction.outcomes)].count(True) == 1
        else:
            assert measures.prediction_right("number", expected, measured, tolerance=prediction.tolerance), (prediction.id, measured)
            # A careless answer is not right.
            assert not measures.prediction_right("number", expected * 2 + 1, measured, tolerance=prediction.tolerance)


# =========================================================================== measures
def test_measures_of_a_trained_run():
    lesson = next(lesson for lesson in LESSONS if lesson.id == "epochs_minibatches")
    run = played(lesson.id, 1)  # batch size 10, 199 training points, 100 epochs
    o = observed(run)
    values = {name: measures.measure(name, o) for name in measures.MEASURES}
    assert values["updates_per_epoch"] == 20 and values["epochs"] == 100 and values["updates"] == 2000
    assert values["hidden_units"] == 8 and values["hidden_layers"] == 1
    assert values["parameters"] == run.network.parameter_count() == 2 * 8 + 8 + 8 * 1 + 1
    assert values["batch_size"] == 10 and values["learning_rate"] == pytest.approx(0.1)
    metrics = run.trainer.last_metrics
    assert values["final_train_loss"] == metrics.train_loss and values["final_test_loss"] == metrics.test_loss
    assert values["train_accuracy"] == metrics.train_accuracy and values["test_accuracy"] == metrics.test_accuracy
    assert values["initial_train_loss"] == pytest.approx(run.trainer.history.as_arrays()["train_loss"][0])
    assert values["loss_trend"] == "falls" and values["test_r2"] is None
    assert values["lowest_test_loss"] <= values["final_test_loss"]
    for name, measure in measures.MEASURES.items():
        value = values[name]
        if measure.kind == "trend":
            assert value in measure.values
        elif measure.kind == "count":
            assert isinstance(value, int)


def test_loss_trends_on_the_presets():
    five = next(lesson for lesson in LESSONS if lesson.id == "learning_rate")
    assert [measures.measure("loss_trend", observed(played(five.id, i))) for i in range(3)] == ["flat", "falls", "jumps"]
    eight = next(lesson for lesson in LESSONS if lesson.id == "exploding_gradients")
    assert measures.measure("loss_trend", observed(played(eight.id, 0))) == "diverges"
    assert measures.measure("loss_trend", observed(played(eight.id, 1))) == "falls"
    nine = next(lesson for lesson in LESSONS if lesson.id == "overfitting")
    over = observed(played(nine.id, 0))
    assert measures.measure("loss_trend", over) == "falls"  # the training loss falls all along ...
    assert measures.measure("test_loss_trend", over) == "falls_then_rises"  # ... the test loss turns
    assert measures.measure("test_loss_trend", observed(played(nine.id, 1))) == "falls"  # L2


@pytest.mark.parametrize("curve, trend", [
    ([1.0, 0.8, 0.5, 0.2], "falls"),
    ([1.0, 0.99, 1.01, 0.98], "flat"),
    ([1.0, 1.1, 1.3, 1.6], "rises"),
    ([1.0, 0.5, 0.3, 0.6], "falls_then_rises"),
    ([1.0, 3.0, 0.5, 2.5, 0.6], "jumps"),
    ([1.0, 1.5, 2.2, 2.5], "rises"),  # twice as high but never back down: not jumps
    ([1.0, 0.01, 0.0101, 0.0102], "falls"),  # noise near 0 is not a rise
    ([1.0, float("nan"), 0.5], "falls"),
    ([1.0, 2.0, float("inf")], "diverges"),
    ([1.0], None),
    ([], None),
])
def test_loss_trend(curve, trend):
    assert measures.loss_trend(curve) == trend


@pytest.mark.parametrize("curve, settling", [
    ([1.0] * 5 + [0.5] * 10, "settled"),  # only the last 10 points count
    ([0.5 + 1e-16 * (-1) ** i for i in range(10)], "settled"),  # rounding noise at the bottom is no bounce
    ([1.0 - 0.0002 * i for i in range(10)], "still_falling"),  # 0.18 % over the window
    ([1.0 - 0.0001 * i for i in range(10)], "settled"),  # 0.09 %: not more than 0.1 %
    ([1.0 + 0.0002 * i for i in range(10)], "rising"),
    ([1.0, 1.01] * 5, "oscillating"),  # down, up, down, ...: 8 switches of 8
    ([1.0, 1.01, 1.0, 1.01, 1.0, 1.01, 1.02, 1.03, 1.02, 1.03], "oscillating"),  # 6 of 8 switches
    ([1.0, 1.01, 1.0, 1.01, 1.0, 1.01, 1.02, 1.03, 1.04, 1.05], "rising"),  # 5 of 8: not most of the window
    ([1.0, 2.0, float("inf")], "diverges"),
    ([1.0, 0.5], None),
])
def test_loss_settling(curve, settling):
    assert measures.loss_settling(curve) == settling


def test_epochs_to_bottom_is_the_first_epoch_within_1_percent_of_the_lowest():
    assert measures.epochs_to_bottom([0, 1, 2, 3, 4], [2.0, 1.5, 1.009, 1.1, 1.0]) == 2  # 1.009 ≤ 1.01
    assert measures.epochs_to_bottom([0, 5, 10], [2.0, 1.02, 1.0]) == 10
    assert measures.epochs_to_bottom([0, 1], [float("nan"), float("nan")]) is None


def test_lesson_12_ends_as_its_text_says():
    """The numbers lesson 12's questions quote: plain gradient descent at η = 0.1 (the race
    preset) needs 48 epochs to come within 1 % of its lowest loss; at η = 12 the loss never
    comes below the challenge's 0.347; the schedule settles after its first 20 epochs."""
    twelve = next(lesson for lesson in LESSONS if lesson.id == "landscape")
    race = observed(played(twelve.id, 3))
    assert measures.measure("epochs_to_bottom", race) == 48
    too_large = played(twelve.id, 2).trainer.history.as_arrays()["train_loss"]
    assert too_large[1:].min() > 0.351
    scheduled = played(twelve.id, 6).trainer.history.as_arrays()["train_loss"]
    assert measures.loss_settling(scheduled[:20]) == "oscillating"


def test_a_diverged_run_diverges_whatever_its_curve():
    assert measures.loss_trend([1.0, 0.5], diverged=True) == "diverges"


def test_ranges_and_conditions():
    assert measures.in_range(0.9, {"at_least": 0.9}) and not measures.in_range(0.9, {"above": 0.9})
    assert measures.in_range(0.5, {"at_least": 0.2, "below": 0.6}) and not measures.in_range(0.6, {"below": 0.6})
    assert not measures.in_range(None, {"at_most": 1}) and not measures.in_range(float("nan"), {"at_most": 1})
    assert measures.prediction_right("number", 3, None) is None
    assert measures.prediction_right("choice", 0, "jumps", ("jumps", "rises"))


def test_within_epochs_counts_a_run_that_met_the_goal_in_time_and_trained_on():
    lesson = next(lesson for lesson in LESSONS if lesson.id == "learning_rate")
    run = preset_run(lesson, 1, lambda d: d["training"].update(learning_rate=0.3))
    for _ in range(60):
        run.trainer.step_epoch()
    conditions = ({"measure": "final_train_loss", "below": 0.1},)
    o = observed(run)
    assert measures.challenge_met(conditions, o, within_epochs=30)  # below 0.1 at epoch 23, now at 60
    assert not measures.challenge_met(conditions, o, within_epochs=20)
    assert not measures.challenge_met(conditions, o, within_epochs=30, since_epoch=30)  # already checked


# =========================================================================== the challenges
SOLUTIONS = {
    "xor_small_hidden_layer": lambda d: d["network"]["hidden"][0].update(units=4),
    "loss_below_0_1_fast": lambda d: d["training"].update(learning_rate=0.3),
    "fewest_updates": lambda d: d["training"].update(learning_rate=3.0),  # the whole set as one batch
    "ten_layers_learn": lambda d: [layer.update(activation="relu") for layer in d["network"]["hidden"]],
    "tame_overfitting": lambda d: d["training"].update(regularization="l2", regularization_rate=0.03),
    "bottom_within_20_epochs": lambda d: d["training"].update(learning_rate=3.0),
}


def met(challenge, run) -> bool:
    return measures.challenge_met(challenge.conditions, observed(run), challenge.within_epochs)


@pytest.mark.parametrize("lesson, challenge", CHALLENGES, ids=[c.id for _l, c in CHALLENGES])
def test_a_challenge_is_not_met_by_its_preset_and_is_met_by_a_solution(lesson, challenge):
    assert challenge.preset is not None, "a shipped challenge starts from a preset, so that this test can check it"
    start = preset_run(lesson, challenge.preset)
    assert not met(challenge, start)
    assert not met(challenge, played(lesson.id, challenge.preset))
    if challenge.id == "fit_by_hand":
        return  # tested below, with weights set by hand
    solved = preset_run(lesson, challenge.preset, SOLUTIONS[challenge.id])
    assert solved.experiment["data"] == lesson.presets[challenge.preset].experiment["data"]
    solved.trainer.run()
    assert met(challenge, solved)


def test_fit_it_yourself_is_met_by_weights_set_by_hand_and_not_once_trained():
    lesson = next(lesson for lesson in LESSONS if lesson.id == "one_neuron")
    challenge = next(c for c in lesson.challenges if c.id == "fit_by_hand")
    run = preset_run(lesson, 0)
    snapshot = run.trainer.snapshot()
    state = dict(snapshot.state)

    def observe(weights, bias):
        state["layer1.weights"] = np.array(weights, dtype=float).reshape(2, 1)
        state["layer1.bias"] = np.array([bias], dtype=float)
        metrics = measures.metrics_of_weights(run, state, snapshot.settings)
        return measures.Observation.of_snapshot(run.experiment, snapshot, run.network.parameter_count(), metrics)

    start = observe(run.network.layers[0].weights.ravel(), 0.0)
    assert measures.measure("train_accuracy", start) < 0.5  # the preset starts wrong: a real task
    assert not measures.challenge_met(challenge.conditions, start)
    assert not measures.challenge_met(challenge.conditions, observe([0.4, -0.6], 0.0))  # the wrong way round
    by_hand = observe([0.5, 0.5], 0.0)  # one decimal, as a student types it
    assert measures.challenge_met(challenge.conditions, by_hand)
    # The run's own trainer and network are untouched by measuring.
    assert np.array_equal(run.network.layers[0].weights, snapshot.state["layer1.weights"])
    assert run.trainer.steps == 0


# =========================================================================== refusing bad entries
def v2_lesson(folder: Path) -> dict:
    (folder / "presets").mkdir(exist_ok=True)
    for name in ("05_lr_too_small", "05_lr_right", "05_lr_too_large"):
        (folder / "presets" / f"{name}.json").write_text((PRESETS_DIR / f"{name}.json").read_text("utf-8"), "utf-8")
    return json.loads((LESSONS_DIR / "05_learning_rate.json").read_text("utf-8"))


def choice_prediction(**change) -> dict:
    return {"id": "q", "preset": 0, "question": {"en": "Q?", "id": "T?"}, "kind": "choice",
            "choices": [{"en": "a", "id": "a"}, {"en": "b", "id": "b"}], "measure": "loss_trend",
            "outcomes": ["falls", "flat"], **change}


def challenge(**change) -> dict:
    return {"id": "c", "preset": 0, "goal": {"en": "G", "id": "S"},
            "all": [{"measure": "test_accuracy", "at_least": 0.9}], **change}


HOSTILE = {
    "preset out of range": ({"predictions": [choice_prediction(preset=3)]}, r"predictions\[0\]\.preset must be the number of one of the lesson's 3 presets, 0 to 2 \(0 is the first\), got 3"),
    "negative preset": ({"predictions": [choice_prediction(preset=-1)]}, r"predictions\[0\]\.preset must be .* got -1"),
    "true as preset": ({"predictions": [choice_prediction(preset=True)]}, r"predictions\[0\]\.preset must be .* got true"),
    "fewer outcomes": ({"predictions": [choice_prediction(outcomes=["falls"])]}, r"predictions\[0\]\.outcomes has 1 entries but choices has 2"),
    "unknown measure": ({"predictions": [choice_prediction(measure="happiness")]}, r"predictions\[0\]\.measure must be one of loss_trend, .*, got \"happiness\""),
    "unknown trend": ({"predictions": [choice_prediction(outcomes=["falls", "soars"])]}, r"predictions\[0\]\.outcomes\[1\] must be one of falls, flat"),
    "repeated outcome": ({"predictions": [choice_prediction(outcomes=["falls", ["flat", "falls"]])]}, r"outcomes\[1\] repeats falls"),
    "no Indonesian question": ({"predictions": [choice_prediction(question={"en": "Q?"})]}, r"predictions\[0\]\.question needs a text in every language of the lesson's title: add \"id\""),
    "no Indonesian choice": ({"predictions": [choice_prediction(choices=[{"en": "a"}, {"en": "b", "id": "b"}])]}, r"choices\[0\] needs a text in every language"),
    "one choice": ({"predictions": [choice_prediction(choices=[{"en": "a", "id": "a"}], outcomes=["falls"])]}, r"choices must be a list of 2 to"),
    "range for a trend": ({"predictions": [choice_prediction(outcomes=[{"below": 1}, "flat"])]}, r"outcomes\[0\] must be one of falls"),
    "trend for a number": ({"predictions": [choice_prediction(measure="test_accuracy")]}, r"outcomes\[0\] must be an object"),
    "overlapping ranges": ({"predictions": [choice_prediction(measure="test_accuracy", outcomes=[{"below": 0.7}, {"at_least": 0.6}])]}, r"outcomes\[1\] overlaps outcomes\[0\]"),
    "inverted range": ({"predictions": [choice_prediction(measure="test_accuracy", outcomes=[{"at_least": 0.7, "below": 0.6}, {"at_least": 0.9}])]}, r"at_least 0\.7 is not below below 0\.6"),
    "two lower bounds": ({"predictions": [choice_prediction(measure="test_accuracy", outcomes=[{"at_least": 0.7, "above": 0.6}, {"below": 0.1}])]}, r"must have a lower bound"),
    "text bound": ({"predictions": [choice_prediction(measure="test_accuracy", outcomes=[{"at_least": "0.7"}, {"below": 0.1}])]}, r"at_least must be a number, got \"0\.7\""),
    "number with choices": ({"predictions": [choice_prediction(kind="number", measure="updates")]}, r"choices is only for predictions of kind choice"),
    "number of a trend": ({"predictions": [{"id": "n", "preset": 0, "question": {"en": "Q", "id": "T"}, "kind": "number", "measure": "loss_trend"}]}, r"loss_trend is a measure of kind trend; here it must be a count or loss or number measure"),
    "negative tolerance": ({"predictions": [{"id": "n", "preset": 0, "question": {"en": "Q", "id": "T"}, "kind": "number", "measure": "updates", "tolerance": -1}]}, r"tolerance must be a number ≥ 0"),
    "tolerance on a choice": ({"predictions": [choice_prediction(tolerance=1)]}, r"tolerance is only for predictions of kind number"),
    "unknown kind": ({"predictions": [choice_prediction(kind="essay")]}, r"kind must be one of choice, number"),
    "unknown field": ({"predictions": [choice_prediction(answer=0)]}, r"answer is not a field we know"),
    "two questions for a preset": ({"predictions": [choice_prediction(), choice_prediction(id="q2")]}, r"predictions\[1\]\.preset 0 already has a question"),
    "repeated id": ({"predictions": [choice_prediction()], "challenges": [challenge(id="q")]}, r"challenges\[0\]\.id 'q' is already used by predictions\[0\]"),
    "challenge without conditions": ({"challenges": [challenge(all=[])]}, r"challenges\[0\]\.all must be a list of 1 to"),
    "condition without measure": ({"challenges": [challenge(all=[{"at_least": 1}])]}, r"all\[0\] must be an object with a measure and its bounds"),
    "condition without bound": ({"challenges": [challenge(all=[{"measure": "updates"}])]}, r"all\[0\] must have a lower bound"),
    "is for a number": ({"challenges": [challenge(all=[{"measure": "updates", "is": "falls"}])]}, r"all\[0\]\.is is only for trend measures"),
    "bounds for a trend": ({"challenges": [challenge(all=[{"measure": "loss_trend", "at_least": 1}])]}, r"all\[0\]\.at_least is not a field we know"),
    "zero epochs": ({"challenges": [challenge(within_epochs=0)]}, r"within_epochs must be a whole number ≥ 1, got 0"),
    "challenge preset out of range": ({"challenges": [challenge(preset=7)]}, r"challenges\[0\]\.preset must be the number of one of the lesson's 3 presets"),
    "no Indonesian goal": ({"challenges": [challenge(goal={"en": "G"})]}, r"challenges\[0\]\.goal needs a text in every language"),
    "predictions in version 1": ({"version": 1, "predictions": [choice_prediction()]}, r"predictions needs \"version\": 2"),
}


@pytest.mark.parametrize("change, message", HOSTILE.values(), ids=list(HOSTILE))
def test_a_bad_entry_skips_the_lesson_with_one_line(tmp_path, change, message):
    document = {**v2_lesson(tmp_path), "predictions": [], "challenges": [], **change}
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(LessonError, match=message) as caught:
        read_lesson(path)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 300
    problems: list[str] = []
    assert load_lessons(tmp_path, problems) == []
    assert problems == [f"lesson.json was skipped: {caught.value}"]


def test_a_version_1_lesson_still_loads(tmp_path):
    document = v2_lesson(tmp_path)
    for key in ("predictions", "challenges"):
        del document[key]
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps({**document, "version": 1}), "utf-8")
    lesson = read_lesson(path)
    assert lesson.version == 1 and lesson.predictions == () and lesson.challenges == ()
    assert lesson.prediction_for(0) is None


def test_an_english_only_lesson_needs_english_only(tmp_path):
    document = v2_lesson(tmp_path)
    english = json.loads(json.dumps(document), object_hook=lambda o: {"en": o["en"]} if set(o) == {"en", "id"} else o)
    lesson = parse_lesson(english, tmp_path / "lesson.json")
    assert [set(p.question) for p in lesson.predictions] == [{"en"}, {"en"}]


JSON = st.recursive(st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=False, allow_infinity=False)
                    | st.sampled_from(["falls", "updates", "choice", "number", "x", ""]),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                        st.sampled_from(["id", "preset", "kind", "measure", "outcomes", "choices", "question", "en", "id",
                                         "at_least", "below", "is", "tolerance", "goal", "all", "within_epochs"]),
                        inner, max_size=5), max_leaves=12)


@hypothesis_settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(predictions=JSON, challenges=JSON)
def test_any_entries_give_a_lesson_or_one_line(tmp_path, predictions, challenges):
    document = {**v2_lesson(tmp_path), "predictions": predictions, "challenges": challenges}
    try:
        parse_lesson(document, tmp_path / "lesson.json")
    except LessonError as error:
        assert "\n" not in str(error)
