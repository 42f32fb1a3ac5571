"""The glossary: reading, checking and searching its terms (no Qt).

The glossary is ``resources/glossary.json`` (format in ``resources/lessons/README.md``).
:func:`load_glossary` reads it the way the lessons are read: a broken file gives no
terms, a broken term is skipped, and either way a sentence is logged and added to
``problems``.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .lessons import Lesson
from .reading import LessonError, check_header, identifier, items, localized, obj, read_json, report, text_map

__all__ = [
    "GLOSSARY_FORMAT",
    "MAX_GLOSSARY_BYTES",
    "Term",
    "glossary_path",
    "load_glossary",
    "parse_term",
    "search_terms",
    "unknown_terms",
]

GLOSSARY_FORMAT = "backprop-gui-glossary"
#: The real glossary is about 30 KB.
MAX_GLOSSARY_BYTES = 2 * 1024 * 1024

_GLOSSARY_KEYS = ("format", "version", "terms")
_TERM_KEYS = ("id", "term", "explanation", "lesson")


@dataclass(frozen=True, eq=False)
class Term:
    id: str
    term: Mapping[str, str]
    explanation: Mapping[str, str]
    lesson: str | None


def glossary_path() -> Path:
    from ..paths import resources_dir

    return resources_dir() / "glossary.json"


def parse_term(value: object, field: str) -> Term:
    value = obj(value, field, _TERM_KEYS, ("id", "term", "explanation"))
    lesson = value.get("lesson")
    return Term(
        id=identifier(value["id"], f"{field}.id"),
        term=text_map(value["term"], f"{field}.term"),
        explanation=text_map(value["explanation"], f"{field}.explanation"),
        lesson=None if lesson is None else identifier(lesson, f"{field}.lesson"),
    )


def load_glossary(path: str | os.PathLike | None = None, problems: list[str] | None = None) -> list[Term]:
    """The terms of the glossary at ``path`` (default: the bundled one), in file order.

    A file that cannot be used gives no terms; a term that is not valid is skipped.
    Either way a sentence is logged and, if ``problems`` is a list, appended to it.
    """
    try:
        path = Path(path) if path is not None else glossary_path()
        document = read_json(path, MAX_GLOSSARY_BYTES)
        check_header(document, GLOSSARY_FORMAT, "glossary")
        obj(document, "", _GLOSSARY_KEYS, _GLOSSARY_KEYS)
        entries = items(document.get("terms"), "terms")
    except LessonError as error:
        report(problems, f"the glossary {Path(path).name} was not read: {error}")
        return []
    except Exception as error:  # noqa: BLE001 - the glossary must never stop the app
        report(problems, f"the glossary was not read: {type(error).__name__}: {error}")
        return []
    terms: list[Term] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        try:
            term = parse_term(entry, f"terms[{index}]")
        except LessonError as error:
            report(problems, f"a glossary term was skipped: {error}")
            continue
        if term.id in seen:
            report(problems, f"a glossary term was skipped: terms[{index}].id {term.id!r} is used twice")
            continue
        seen.add(term.id)
        terms.append(term)
    return terms


def unknown_terms(lessons: list[Lesson], terms: list[Term]) -> list[tuple[str, str]]:
    """(lesson id, term id) for every term a lesson lists that the glossary lacks."""
    known = {term.id for term in terms}
    return [(lesson.id, term) for lesson in lessons for term in lesson.terms if term not in known]


def _folded(text: str) -> str:
    """Lower case without accents, for searching: "Régularisation" -> "regularisation"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_terms(terms: list[Term], text: str, language: str) -> list[Term]:
    """The terms matching ``text``, best first.

    First the terms with a name (in any language) equal to the text, then those with a
    name starting with it, then those with a name containing it, then those whose
    explanation (in ``language``) contains it; each group in alphabetical order of the
    names in ``language``. Case and accents are ignored. An empty text gives every
    term, alphabetically.
    """
    needle = _folded(text.strip())

    def name(term: Term) -> str:
        return _folded(localized(term.term, language))

    ordered = sorted(terms, key=name)
    if not needle:
        return ordered

    def rank(term: Term) -> int:
        """0: a name is the text, 1: a name starts with it, 2: contains it, 3: only the explanation."""
        names = [_folded(n) for n in term.term.values()] + [term.id.replace("_", " ")]
        if needle in names:
            return 0
        if any(n.startswith(needle) for n in names):
            return 1
        if any(needle in n for n in names):
            return 2
        return 3 if needle in _folded(localized(term.explanation, language)) else 4

    ranked = [(rank(term), index, term) for index, term in enumerate(ordered)]
    return [term for score, _index, term in sorted(ranked, key=lambda r: r[:2]) if score < 4]
