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
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from ..core.errors import BackpropError
from ..schema import experiment
from .reading import (
    DEFAULT_LANGUAGE, VERSION, LessonError, check_header, identifier, items, localized, normalise_language,
    obj, paragraphs, read_json, report, text, text_map, whole,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LESSON_FORMAT",
    "MAX_LESSON_BYTES",
    "MAX_LESSON_FILES",
    "VERSION",
    "Lesson",
    "LessonError",
    "Preset",
    "lessons_dir",
    "load_lessons",
    "localized",
    "normalise_language",
    "parse_lesson",
    "read_lesson",
]

LESSON_FORMAT = "backprop-gui-lesson"
#: Real lessons are about 10 KB.
MAX_LESSON_BYTES = 256 * 1024
MAX_LESSON_FILES = 500

_LESSON_KEYS = (
    "format", "version", "id", "number", "title", "goal", "explanation", "try", "targets", "question", "answer",
    "presets", "terms", "classroom",
)
_LESSON_REQUIRED = ("format", "version", "id", "number", "title", "goal", "explanation", "try", "question", "answer")
_PRESET_KEYS = ("file", "label")


@dataclass(frozen=True, eq=False)
class Preset:
    """An experiment a lesson offers: ``file`` as written in the lesson, ``path`` resolved."""

    file: str
    path: Path
    label: Mapping[str, str]


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
        experiment.load(path)  # a preset is an experiment: the same checks as any other
    except BackpropError as error:
        raise LessonError(f"{field}.file {file!r:.80} is not a valid experiment: {error}") from None
    return Preset(file=file, path=path, label=text_map(value["label"], f"{field}.label"))


def parse_lesson(document: object, path: str | os.PathLike) -> Lesson:
    """Check a lesson document read from ``path`` (presets are relative to its folder)."""
    path = Path(path)
    check_header(document, LESSON_FORMAT, "lesson")
    obj(document, "", _LESSON_KEYS, _LESSON_REQUIRED)
    presets = items(document.get("presets", []), "presets")
    terms = items(document.get("terms", []), "terms")
    folder = path.resolve().parent
    try_steps = paragraphs(document["try"], "try")
    return Lesson(
        id=identifier(document["id"], "id"),
        number=whole(document["number"], "number", 1),
        title=text_map(document["title"], "title"),
        goal=text_map(document["goal"], "goal"),
        explanation=paragraphs(document["explanation"], "explanation"),
        try_steps=try_steps,
        question=text_map(document["question"], "question"),
        answer=text_map(document["answer"], "answer"),
        presets=tuple(_preset(p, f"presets[{i}]", folder) for i, p in enumerate(presets)),
        terms=tuple(identifier(t, f"terms[{i}]") for i, t in enumerate(terms)),
        path=path,
        targets=_targets(document["targets"], try_steps) if "targets" in document else (),
    )


def read_lesson(path: str | os.PathLike) -> Lesson:
    """Read and check one lesson file; raises :class:`LessonError` saying what is wrong."""
    return parse_lesson(read_json(path, MAX_LESSON_BYTES), path)


def lessons_dir() -> Path:
    from ..paths import resources_dir

    return resources_dir() / "lessons"


def load_lessons(folder: str | os.PathLike | None = None, problems: list[str] | None = None) -> list[Lesson]:
    """Every valid lesson in ``folder`` (default: the bundled lessons), ordered by number.

    Files that cannot be used are skipped; a sentence about each is logged and, if
    ``problems`` is a list, appended to it.
    """
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
            report(problems, f"{path.name} was skipped: {error}")
            continue
        except Exception as error:  # noqa: BLE001 - a broken lesson must never stop the app
            report(problems, f"{path.name} was skipped: {type(error).__name__}: {error}")
            continue
        if lesson.id in seen:
            report(problems, f"{path.name} was skipped: its id {lesson.id!r} is already used by {seen[lesson.id]}")
            continue
        seen[lesson.id] = path.name
        lessons.append(lesson)
    lessons.sort(key=lambda lesson: (lesson.number, lesson.id))
    return lessons
