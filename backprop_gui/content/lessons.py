"""Guided lessons: reading and checking them (no Qt).

The lessons live in ``resources/lessons/``, one JSON file per lesson, with the
experiments they open in ``resources/lessons/presets/``; the format is described in
``resources/lessons/README.md``. Every text comes in several languages
(``{"en": ..., "id": ...}``); English is required, and a language a text lacks falls
back to English.

:func:`load_lessons` reads every ``*.json`` of a folder. A file that cannot be read or
is not a valid lesson is skipped, with a message in ``problems`` and in the log; it
never stops the others or the app. A lesson's presets are experiments, checked by
:func:`backprop_gui.schema.experiment.load` like any other.

Version 2 adds ``predictions`` (a question asked before a preset trains, checked against
what the run did) and ``challenges`` (a goal the app checks as the run goes); both name
measures of :mod:`backprop_gui.content.measures`. Version 1 files still load.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from ..core.errors import BackpropError
from ..schema import experiment, fields
from . import measures
from .classroom import Classroom, parse_classroom
from .reading import (
    DEFAULT_LANGUAGE, LessonError, check_header, identifier, items, localized, normalise_language,
    obj, paragraphs, read_json, report, text, text_map, whole,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LESSON_FORMAT",
    "MAX_LESSON_BYTES",
    "MAX_LESSON_FILES",
    "VERSION",
    "Challenge",
    "Lesson",
    "LessonError",
    "Prediction",
    "Preset",
    "lessons_dir",
    "load_lessons",
    "localized",
    "normalise_language",
    "parse_lesson",
    "read_lesson",
]

LESSON_FORMAT = "backprop-gui-lesson"
#: The newest lesson format this version reads: 2 has predictions and challenges.
VERSION = 2
#: Real lessons are about 10 KB.
MAX_LESSON_BYTES = 256 * 1024
MAX_LESSON_FILES = 500

_LESSON_KEYS = (
    "format", "version", "id", "number", "title", "goal", "explanation", "try", "targets", "question", "answer",
    "presets", "terms", "predictions", "challenges", "classroom",
)
_LESSON_REQUIRED = ("format", "version", "id", "number", "title", "goal", "explanation", "try", "question", "answer")
_PRESET_KEYS = ("file", "label")
_PREDICTION_KEYS = ("id", "preset", "question", "kind", "choices", "measure", "outcomes", "tolerance")
_PREDICTION_REQUIRED = ("id", "preset", "question", "kind", "measure")
_CHALLENGE_KEYS = ("id", "preset", "goal", "all", "within_epochs")
_CHALLENGE_REQUIRED = ("id", "goal", "all")
MAX_CHOICES = 8
MAX_CONDITIONS = 20


@dataclass(frozen=True, eq=False)
class Preset:
    """An experiment a lesson offers: ``file`` as written in the lesson, ``path`` resolved."""

    file: str
    path: Path
    label: Mapping[str, str]
    #: The experiment as read and checked (a challenge's run must train on its data).
    experiment: Mapping | None = None


@dataclass(frozen=True, eq=False)
class Prediction:
    """A question asked before ``presets[preset]`` trains, checked against ``measure`` when
    the run stops. ``kind`` "choice": ``choices`` to pick from, each meaning the measured
    outcome ``outcomes[i]`` (a trend's name, a tuple of them, or a range of bounds);
    "number": the student types a number, right within ``tolerance`` of the measure."""

    id: str
    preset: int
    question: Mapping[str, str]
    kind: str
    measure: str
    choices: tuple[Mapping[str, str], ...] = ()
    outcomes: tuple = ()
    tolerance: float = 0.0

    def right_choice(self, measured) -> int | None:
        """The index of the choice that ``measured`` makes right, or None."""
        for index, outcome in enumerate(self.outcomes):
            if measures.prediction_right("choice", index, measured, outcome):
                return index
        return None


@dataclass(frozen=True, eq=False)
class Challenge:
    """A goal the app checks: every condition of ``conditions`` (``{"measure": name,
    "at_least": x}``, ...) met, by epoch ``within_epochs`` if given, on the data of
    ``presets[preset]`` if given (None: any run)."""

    id: str
    preset: int | None
    goal: Mapping[str, str]
    conditions: tuple[Mapping, ...]
    within_epochs: int | None = None


@dataclass(frozen=True, eq=False)
class Lesson:
    id: str
    number: int
    title: Mapping[str, str]
    goal: Mapping[str, str]
    explanation: Mapping[str, tuple[str, ...]]
    try_steps: Mapping[str, tuple[str, ...]]
    question: Mapping[str, str]
    answer: Mapping[str, str]
    presets: tuple[Preset, ...]
    terms: tuple[str, ...]
    path: Path
    #: What each "try this" step points at in the window (settings' keys, views' docks,
    #: actions' names; none for a step that names no control): one entry per step.
    targets: tuple[tuple[str, ...], ...] = ()
    predictions: tuple[Prediction, ...] = ()
    challenges: tuple[Challenge, ...] = ()
    #: What classroom mode shows for this lesson (its settings' keys and docks), or None.
    classroom: Classroom | None = None
    version: int = 1

    def prediction_for(self, preset: int) -> Prediction | None:
        """The question asked before ``presets[preset]`` trains, if there is one."""
        return next((p for p in self.predictions if p.preset == preset), None)

    def text(self, field: str, language: str):
        """One field (``"title"``, ``"goal"``, ``"explanation"``, ``"try"``, ...) in ``language``."""
        attribute = "try_steps" if field == "try" else field
        return localized(getattr(self, attribute), language)

    def steps(self, language: str) -> list[tuple[str, tuple[str, ...]]]:
        """The "try this" steps in ``language``, each with what it points at. A language
        whose list of steps is not as long as ``targets`` gets no targets: they could
        point at the wrong step."""
        steps = self.text("try", language)
        targets = self.targets if len(self.targets) == len(steps) else ((),) * len(steps)
        return list(zip(steps, targets))


def _target(value: object, field: str) -> tuple[str, ...]:
    """What one step points at: null (nothing), a name, or a list of names."""
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(identifier(name, f"{field}[{i}]") for i, name in enumerate(items(value, field)))
    return (identifier(value, field),)


def _targets(value: object, steps: Mapping[str, tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """One entry per English step."""
    values = items(value, "targets")
    if len(values) != len(steps[DEFAULT_LANGUAGE]):
        raise LessonError(f"targets has {len(values)} entries but try has {len(steps[DEFAULT_LANGUAGE])} English steps: "
                          "give one target (or null) per step")
    return tuple(_target(target, f"targets[{i}]") for i, target in enumerate(values))


def _preset(value: object, field: str, folder: Path) -> Preset:
    value = obj(value, field, _PRESET_KEYS, _PRESET_KEYS)
    file = text(value["file"], f"{field}.file")
    if "\0" in file or PurePosixPath(file).is_absolute() or PureWindowsPath(file).is_absolute():
        raise LessonError(f"{field}.file must be a path relative to the lesson's folder, got {file!r:.80}")
    if not file.lower().endswith(".json"):
        raise LessonError(f"{field}.file must be an experiment file ending in .json, got {file!r:.80}")
    path = (folder / file).resolve()
    if not path.is_file():
        raise LessonError(f"{field}.file {file!r:.80} does not exist")
    try:
        loaded = experiment.load(path)  # a preset is an experiment: the same checks as any other
    except BackpropError as error:
        raise LessonError(f"{field}.file {file!r:.80} is not a valid experiment: {error}") from None
    return Preset(file=file, path=path, label=text_map(value["label"], f"{field}.label"), experiment=loaded)


# --------------------------------------------------------------------------- predictions and challenges
def _texts(value: object, field: str, languages: tuple[str, ...]) -> dict[str, str]:
    """One text per language, in every language of the lesson's title."""
    texts = text_map(value, field)
    missing = [language for language in languages if language not in texts]
    if missing:
        raise LessonError(f"{field} needs a text in every language of the lesson's title: add "
                          + ", ".join(f'"{language}"' for language in missing))
    return texts


def _preset_index(value: object, field: str, presets: int) -> int:
    index = fields.as_whole(value)
    if index is None or not 0 <= index < presets:
        shown = fields.dump_value(value)
        if not presets:
            raise LessonError(f"{field} must be the number of one of the lesson's presets, but it has none, got {shown}")
        raise LessonError(f"{field} must be the number of one of the lesson's {presets} presets, "
                          f"0 to {presets - 1} (0 is the first), got {shown}")
    return index


def _measure(value: object, field: str, kinds: tuple[str, ...] | None = None) -> measures.Measure:
    # The table has grown past what one line can list: name a few and where the rest are.
    name = fields.choice(value, field, tuple(measures.MEASURES), error=_error,
                         shown="loss_trend, loss_settling, test_accuracy, … (the table of measures in "
                               "resources/lessons/README.md)")
    found = measures.MEASURES[name]
    if kinds is not None and found.kind not in kinds:
        raise LessonError(f"{field} {name} is a measure of kind {found.kind}; here it must be a "
                          + " or ".join(kinds) + " measure")
    return found


def _error(template: str, **params: object) -> LessonError:
    return LessonError(template.format(**params))


def _trends(value: object, field: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    """A trend's name, or a list of them (of the trend measure's ``allowed`` values)."""
    values = items(value, field, 1) if isinstance(value, list) else [value]
    names = tuple(fields.choice(name, field, allowed, error=_error) for name in values)
    if len(set(names)) != len(names):
        raise LessonError(f"{field} names a trend twice")
    return names


def _bounds(value: object, field: str) -> dict[str, float]:
    """A range: one lower bound (``at_least`` or ``above``), one upper (``at_most`` or
    ``below``), or both, the lower below the upper."""
    value = obj(value, field, tuple(measures.BOUNDS))
    bounds = {}
    for key, bound in value.items():
        number = fields.as_number(bound)
        if number is None:
            raise LessonError(f"{field}.{key} must be a number, got {fields.dump_value(bound)}")
        bounds[key] = number
    lower = [key for key in bounds if key in ("at_least", "above")]
    upper = [key for key in bounds if key in ("at_most", "below")]
    if not bounds or len(lower) > 1 or len(upper) > 1:
        raise LessonError(f"{field} must have a lower bound (at_least or above), an upper bound (at_most or below), "
                          "or one of each")
    if lower and upper and bounds[lower[0]] >= bounds[upper[0]] and not (
            lower[0] == "at_least" and upper[0] == "at_most" and bounds[lower[0]] == bounds[upper[0]]):
        raise LessonError(f"{field}: {lower[0]} {bounds[lower[0]]:g} is not below {upper[0]} {bounds[upper[0]]:g}")
    return bounds


def _overlap(a: Mapping[str, float], b: Mapping[str, float]) -> bool:
    """Whether two ranges share a number (an open end does not share its bound)."""
    def lower(r):
        return (r["at_least"], False) if "at_least" in r else (r["above"], True) if "above" in r else (-math.inf, True)

    def upper(r):
        return (r["at_most"], False) if "at_most" in r else (r["below"], True) if "below" in r else (math.inf, True)

    (low_a, open_low_a), (high_a, open_high_a) = lower(a), upper(a)
    (low_b, open_low_b), (high_b, open_high_b) = lower(b), upper(b)
    low, open_low = max((low_a, open_low_a), (low_b, open_low_b))
    high, open_high = min((high_a, not open_high_a), (high_b, not open_high_b))
    return low < high or (low == high and not open_low and open_high)


def _prediction(value: object, field: str, presets: int, languages: tuple[str, ...]) -> Prediction:
    value = obj(value, field, _PREDICTION_KEYS, _PREDICTION_REQUIRED)
    kind = fields.choice(value["kind"], f"{field}.kind", ("choice", "number"), error=_error)
    common = dict(
        id=identifier(value["id"], f"{field}.id"),
        preset=_preset_index(value["preset"], f"{field}.preset", presets),
        question=_texts(value["question"], f"{field}.question", languages),
        kind=kind,
    )
    if kind == "number":
        for key in ("choices", "outcomes"):
            if key in value:
                raise LessonError(f"{field}.{key} is only for predictions of kind choice; a number prediction "
                                  "has a tolerance")
        found = _measure(value["measure"], f"{field}.measure", ("count", "loss", "number"))
        tolerance = fields.number(value.get("tolerance", 0), f"{field}.tolerance", 0.0, None, error=_error)
        return Prediction(**common, measure=found.name, tolerance=tolerance)
    if "tolerance" in value:
        raise LessonError(f"{field}.tolerance is only for predictions of kind number")
    for key in ("choices", "outcomes"):
        fields.required(value, key, f"{field}.{key}", error=_error)
    found = _measure(value["measure"], f"{field}.measure")
    choices = items(value["choices"], f"{field}.choices", 2)
    if len(choices) > MAX_CHOICES:
        raise LessonError(f"{field}.choices has {len(choices)} choices; at most {MAX_CHOICES}")
    raw_outcomes = items(value["outcomes"], f"{field}.outcomes", 1)
    if len(raw_outcomes) != len(choices):
        raise LessonError(f"{field}.outcomes has {len(raw_outcomes)} entries but choices has {len(choices)}: "
                          "give the measured outcome each choice means, in the same order")
    if found.kind == "trend":
        outcomes = tuple(_trends(o, f"{field}.outcomes[{i}]", found.values) for i, o in enumerate(raw_outcomes))
        seen: dict[str, int] = {}
        for i, names in enumerate(outcomes):
            for name in names:
                if name in seen:
                    raise LessonError(f"{field}.outcomes[{i}] repeats {name} of outcomes[{seen[name]}]: "
                                      "each outcome may make only one choice right")
                seen[name] = i
    else:
        outcomes = tuple(_bounds(o, f"{field}.outcomes[{i}]") for i, o in enumerate(raw_outcomes))
        for i, a in enumerate(outcomes):
            for j in range(i):
                if _overlap(a, outcomes[j]):
                    raise LessonError(f"{field}.outcomes[{i}] overlaps outcomes[{j}]: "
                                      "each measured value may make only one choice right")
    return Prediction(
        **common, measure=found.name, outcomes=outcomes,
        choices=tuple(_texts(c, f"{field}.choices[{i}]", languages) for i, c in enumerate(choices)),
    )


def _condition(value: object, field: str) -> dict:
    if not isinstance(value, dict) or "measure" not in value:
        raise LessonError(f"{field} must be an object with a measure and its bounds, such as "
                          '{"measure": "test_accuracy", "at_least": 0.9}')
    found = _measure(value["measure"], f"{field}.measure")
    rest = {key: entry for key, entry in value.items() if key != "measure"}
    if found.kind == "trend":
        obj(rest, field, ("is",), ("is",))
        return {"measure": found.name, "is": _trends(rest["is"], f"{field}.is", found.values)}
    if "is" in rest:
        raise LessonError(f"{field}.is is only for trend measures; {found.name} takes bounds (at_least, at_most, ...)")
    return {"measure": found.name, **_bounds(rest, field)}


def _challenge(value: object, field: str, presets: int, languages: tuple[str, ...]) -> Challenge:
    value = obj(value, field, _CHALLENGE_KEYS, _CHALLENGE_REQUIRED)
    preset = value.get("preset")
    conditions = items(value["all"], f"{field}.all", 1)
    if len(conditions) > MAX_CONDITIONS:
        raise LessonError(f"{field}.all has {len(conditions)} conditions; at most {MAX_CONDITIONS}")
    within = value.get("within_epochs")
    return Challenge(
        id=identifier(value["id"], f"{field}.id"),
        preset=None if preset is None else _preset_index(preset, f"{field}.preset", presets),
        goal=_texts(value["goal"], f"{field}.goal", languages),
        conditions=tuple(_condition(c, f"{field}.all[{i}]") for i, c in enumerate(conditions)),
        within_epochs=None if within is None else whole(within, f"{field}.within_epochs", 1),
    )


def _tasks(document: dict, version: int, presets: int, languages: tuple[str, ...]):
    """The predictions and challenges of a version 2 lesson, each checked."""
    if version < 2:
        for key in ("predictions", "challenges"):
            if key in document:
                raise LessonError(f"{key} needs \"version\": 2")
        return (), ()
    predictions = tuple(_prediction(p, f"predictions[{i}]", presets, languages)
                        for i, p in enumerate(items(document.get("predictions", []), "predictions")))
    challenges = tuple(_challenge(c, f"challenges[{i}]", presets, languages)
                       for i, c in enumerate(items(document.get("challenges", []), "challenges")))
    ids: dict[str, str] = {}
    for where, task in [*((f"predictions[{i}]", p) for i, p in enumerate(predictions)),
                        *((f"challenges[{i}]", c) for i, c in enumerate(challenges))]:
        if task.id in ids:
            raise LessonError(f"{where}.id {task.id!r} is already used by {ids[task.id]}: ids must be unique in a lesson")
        ids[task.id] = where
    asked: dict[int, int] = {}
    for i, prediction in enumerate(predictions):
        if prediction.preset in asked:
            raise LessonError(f"predictions[{i}].preset {prediction.preset} already has a question "
                              f"(predictions[{asked[prediction.preset]}]): a preset asks one question")
        asked[prediction.preset] = i
    return predictions, challenges


def parse_lesson(document: object, path: str | os.PathLike) -> Lesson:
    """Check a lesson document read from ``path`` (presets are relative to its folder)."""
    path = Path(path)
    version = check_header(document, LESSON_FORMAT, "lesson", VERSION)
    obj(document, "", _LESSON_KEYS, _LESSON_REQUIRED)
    presets = items(document.get("presets", []), "presets")
    terms = items(document.get("terms", []), "terms")
    folder = path.resolve().parent
    try_steps = paragraphs(document["try"], "try")
    title = text_map(document["title"], "title")
    predictions, challenges = _tasks(document, version, len(presets), tuple(title))
    return Lesson(
        id=identifier(document["id"], "id"),
        number=whole(document["number"], "number", 1),
        title=title,
        goal=text_map(document["goal"], "goal"),
        explanation=paragraphs(document["explanation"], "explanation"),
        try_steps=try_steps,
        question=text_map(document["question"], "question"),
        answer=text_map(document["answer"], "answer"),
        presets=tuple(_preset(p, f"presets[{i}]", folder) for i, p in enumerate(presets)),
        terms=tuple(identifier(t, f"terms[{i}]") for i, t in enumerate(terms)),
        path=path,
        targets=_targets(document["targets"], try_steps) if "targets" in document else (),
        predictions=predictions,
        challenges=challenges,
        classroom=parse_classroom(document["classroom"]) if "classroom" in document else None,
        version=version,
    )


def read_lesson(path: str | os.PathLike) -> Lesson:
    """Read and check one lesson file; raises :class:`LessonError` saying what is wrong."""
    return parse_lesson(read_json(path, MAX_LESSON_BYTES), path)


def lessons_dir() -> Path:
    from ..paths import resources_dir

    return resources_dir() / "lessons"


def load_lessons(folder: str | os.PathLike | None = None, problems: list[str] | None = None,
                 strict: bool = False) -> list[Lesson]:
    """Every valid lesson in ``folder`` (default: the bundled lessons), ordered by number.

    Files that cannot be used are skipped; a sentence about each is logged and, if
    ``problems`` is a list, appended to it. ``strict`` (a lesson pack, used whole): the
    first file that cannot be used raises :class:`LessonError` naming it instead.
    """

    def unusable(path: Path, reason: str) -> None:
        if strict:
            raise LessonError(f"{path.name}: {reason}")
        report(problems, f"{path.name} was skipped: {reason}")

    try:
        folder = Path(folder) if folder is not None else lessons_dir()
    except (OSError, FileNotFoundError) as error:
        report(problems, f"the lessons cannot be found: {error}")
        return []
    if not folder.is_dir():
        report(problems, f"the lessons folder {folder} does not exist")
        return []
    try:
        files = sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))
    except OSError as error:
        report(problems, f"the lessons folder {folder} cannot be read: {error.strerror or error}")
        return []
    if len(files) > MAX_LESSON_FILES:
        report(problems, f"{len(files)} lesson files is too many; only the first {MAX_LESSON_FILES} are read")
        files = files[:MAX_LESSON_FILES]
    lessons: list[Lesson] = []
    seen: dict[str, str] = {}
    for path in files:
        try:
            lesson = read_lesson(path)
        except LessonError as error:
            unusable(path, str(error))
            continue
        except Exception as error:  # noqa: BLE001 - a broken lesson must never stop the app
            unusable(path, f"{type(error).__name__}: {error}")
            continue
        if lesson.id in seen:
            unusable(path, f"its id {lesson.id!r} is already used by {seen[lesson.id]}")
            continue
        seen[lesson.id] = path.name
        lessons.append(lesson)
    lessons.sort(key=lambda lesson: (lesson.number, lesson.id))
    return lessons
