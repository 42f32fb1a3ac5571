"""Lesson packs (``.bplesson``): lessons with their presets in one file, shared by USB.

A pack is a ZIP archive of exactly the layout of the built-in lessons' folder
(``resources/lessons/``)::

    manifest.json          {"format": "backprop-gui-lesson-pack", "version": 1,
                            "title": {"en": ..., "id": ...}}
    01_my_lesson.json      lesson files (the format of resources/lessons/README.md)
    presets/my_preset.json the experiments the lessons open

so ``lesson pack resources/lessons`` makes a pack of the built-in lessons, and a pack
unpacked into a folder is read by :func:`load_lessons` like that folder. Nothing in it
is code and nothing is executed: members are JSON only, with plain names (no folders
but ``presets/``, no ``..``, no links), every size is checked by the ZIP guard
(:mod:`backprop_gui.io.archive`) before anything is unpacked, and every lesson and
preset passes the same checks as a built-in one. A pack is used whole or not at all:
one bad lesson refuses the pack, with a sentence naming the lesson and the field.
No Qt.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import QT_TRANSLATE_NOOP, BackpropError, path_text, shown
from ..io.archive import ArchiveError, Limits, SafeZip
from ..io.files import write_atomically
from ..io.reading import FileTooLargeError, NotRegularFileError, open_regular_file
from ..schema import experiment
from .lessons import MAX_LESSON_BYTES, MAX_LESSON_FILES, Lesson, load_lessons
from .reading import LessonError, check_header, obj, read_json, text_map

__all__ = [
    "MAX_PACK_BYTES", "PACK_EXTENSION", "PACK_FORMAT", "Pack", "PackError", "make_pack", "read_pack",
]

PACK_FORMAT = "backprop-gui-lesson-pack"
PACK_EXTENSION = ".bplesson"
PACK_VERSION = 1
MANIFEST = "manifest.json"
PRESETS = "presets/"
#: A pack of the eleven built-in lessons is about 60 KB; a teacher's pack is smaller.
MAX_PACK_BYTES = 32 * 1024 * 1024
_LIMITS = Limits(
    members=2 * MAX_LESSON_FILES + 1,  # lessons, as many presets, the manifest
    directory_bytes=1024 * 1024,
    unpacked_bytes=64 * 1024 * 1024,
    ratio=200,  # JSON packs about 5:1; a zip bomb packs far tighter
)
#: A member's name: a lesson at the top, an experiment in presets/, nothing else.
_MEMBER = re.compile(r"(presets/)?[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.json\Z")
_MANIFEST_KEYS = ("format", "version", "title")

_T_NOT_FOUND = QT_TRANSLATE_NOOP("core", "the file {path} does not exist")
_T_UNREADABLE = QT_TRANSLATE_NOOP("core", "the file {path} cannot be read: {detail}")
_T_TOO_LARGE = QT_TRANSLATE_NOOP(
    "core", "the file is too large ({size} bytes); a lesson pack may be at most {limit} bytes"
)
_T_NOT_PACK = QT_TRANSLATE_NOOP(
    "core",
    "the file is not a backprop-gui lesson pack ({detail}); choose a .bplesson file made by backprop-gui",
)
_T_DAMAGED = QT_TRANSLATE_NOOP(
    "core", "the lesson pack is damaged ({detail}); ask for a new copy of the file"
)
_T_UNSAFE = QT_TRANSLATE_NOOP(
    "core",
    "the lesson pack was refused because {detail}; backprop-gui never makes such files, so do not trust it",
)
_T_LESSON = QT_TRANSLATE_NOOP(
    "core", "the lesson pack cannot be used: {detail}; ask its author for a corrected copy"
)
_T_FOLDER = QT_TRANSLATE_NOOP("core", "the lessons in {path} cannot be packed: {detail}")
_T_UNSAVABLE = QT_TRANSLATE_NOOP("core", "the file {path} cannot be saved: {detail}")


class PackError(BackpropError):
    """A lesson pack that cannot be read, used or written; the message says what and what to do."""


@dataclass(frozen=True, eq=False)
class Pack:
    """A pack's lessons, unpacked under ``folder`` (their presets' paths point there;
    remove the folder when the lessons are no longer shown)."""

    title: dict[str, str]
    lessons: tuple[Lesson, ...]
    folder: Path
    digest: str  # SHA-256 of the file: the same pack opened twice is recognised


# --------------------------------------------------------------------------- reading


def read_pack(path: str | os.PathLike, into: str | os.PathLike | None = None) -> Pack:
    """Check the pack at ``path``, unpack it into a new folder under ``into`` (a
    temporary folder by default) and read its lessons. Raises :class:`PackError`."""
    data = _read_file(path)
    members = _members(data)
    top = Path(tempfile.mkdtemp(prefix="pack-", dir=into))
    try:  # the manifest beside the lessons' folder, which then reads as resources/lessons/ does
        for name, content in members.items():
            target = top / name if name == MANIFEST else top / "lessons" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        return _load(top, hashlib.sha256(data).hexdigest())
    except BaseException:
        shutil.rmtree(top, ignore_errors=True)
        raise


def _read_file(path: str | os.PathLike) -> bytes:
    shown_path = path_text(path)
    try:
        # Looked at before it is opened: a named pipe or a device could block forever.
        file, _info = open_regular_file(path, MAX_PACK_BYTES)
        with file:
            data = file.read(MAX_PACK_BYTES + 1)
    except FileNotFoundError:
        raise PackError(_T_NOT_FOUND, path=shown_path) from None
    except FileTooLargeError as exc:
        raise PackError(_T_TOO_LARGE, size=exc.size, limit=MAX_PACK_BYTES) from None
    except IsADirectoryError:
        raise PackError(_T_UNREADABLE, path=shown_path, detail="it is a folder, not a file") from None
    except NotRegularFileError:
        raise PackError(_T_UNREADABLE, path=shown_path, detail="not a regular file (a device or pipe)") from None
    except (OSError, ValueError, TypeError) as exc:
        raise PackError(_T_UNREADABLE, path=shown_path, detail=getattr(exc, "strerror", None) or str(exc)) from None
    if len(data) > MAX_PACK_BYTES:  # it grew while it was read
        raise PackError(_T_TOO_LARGE, size=len(data), limit=MAX_PACK_BYTES)
    return data


def _members(data: bytes) -> dict[str, bytes]:
    """Every member, checked and unpacked in memory (a pack is small)."""
    try:
        archive = SafeZip(io.BytesIO(data), _LIMITS)
        if MANIFEST not in archive.infos:
            raise PackError(_T_NOT_PACK, detail="it has no manifest.json")
        members = {}
        for name, info in archive.infos.items():
            if info.is_dir() and name == PRESETS:
                continue
            if not _MEMBER.match(name):
                raise PackError(
                    _T_UNSAFE,
                    detail=f"it holds {shown(name)}, which is not a lesson or preset file (only .json files, in presets/ or at the top)",
                )
            limit = MAX_LESSON_BYTES if not name.startswith(PRESETS) else experiment.MAX_FILE_BYTES
            members[name] = archive.read(name, limit)
    except ArchiveError as error:
        if error.kind == "not_zip":
            raise PackError(_T_NOT_PACK, detail=error.detail) from None
        if error.kind == "unsafe":
            raise PackError(_T_UNSAFE, detail=error.detail) from None
        raise PackError(_T_DAMAGED, detail=error.detail) from None
    return members


def _load(top: Path, digest: str) -> Pack:
    """The pack unpacked in ``top``: its manifest and every lesson, all of them valid."""
    try:
        manifest = read_json(top / MANIFEST, MAX_LESSON_BYTES)
        check_header(manifest, PACK_FORMAT, "lesson pack", PACK_VERSION)
        obj(manifest, "", _MANIFEST_KEYS, _MANIFEST_KEYS)
        title = text_map(manifest["title"], "title")
    except LessonError as error:
        raise PackError(_T_NOT_PACK, detail=f"{MANIFEST}: {error}") from None
    folder = top / "lessons"
    lessons = _strict_lessons(folder, lambda detail: PackError(_T_LESSON, detail=detail))
    return Pack(title=title, lessons=tuple(lessons), folder=top, digest=digest)


def _strict_lessons(folder: Path, error) -> list[Lesson]:
    """Every lesson in ``folder``, or ``error(detail)`` for the first that is not valid:
    a pack is used whole. Presets must lie inside the folder."""
    problems: list[str] = []
    try:
        lessons = load_lessons(folder, problems, strict=True)
    except LessonError as failure:
        raise error(str(failure)) from None
    if problems:  # the folder itself (too many files, unreadable)
        raise error(problems[0])
    if not lessons:
        raise error("it holds no lessons")
    root = folder.resolve()
    for lesson in lessons:
        for preset in lesson.presets:
            if root not in preset.path.parents:
                raise error(f"{lesson.path.name}: the preset {preset.file} is outside the pack's folder")
    return lessons


# --------------------------------------------------------------------------- writing


def make_pack(folder: str | os.PathLike, out: str | os.PathLike, title: dict[str, str] | None = None) -> tuple[Lesson, ...]:
    """Pack every lesson of ``folder`` and the presets they open into ``out``.

    The folder is laid out as ``resources/lessons/`` (lessons at the top, presets in
    ``presets/``); every lesson must be valid. Written atomically. Returns the lessons
    packed. Raises :class:`PackError`."""
    folder = Path(folder)
    shown_folder = path_text(folder)
    lessons = _strict_lessons(folder, lambda detail: PackError(_T_FOLDER, path=shown_folder, detail=detail))
    root = folder.resolve()
    names: dict[str, Path] = {}
    for lesson in lessons:
        names[lesson.path.name] = lesson.path
        for preset in lesson.presets:
            name = preset.path.relative_to(root).as_posix()
            if not _MEMBER.match(name):
                raise PackError(
                    _T_FOLDER, path=shown_folder,
                    detail=f"{lesson.path.name}: the preset {preset.file} must be a .json file in presets/ or beside the lesson",
                )
            names[name] = preset.path
    title = title or {"en": folder.resolve().name}
    manifest = {"format": PACK_FORMAT, "version": PACK_VERSION, "title": title}

    def write(file) -> None:
        with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
            for name in sorted(names):
                archive.writestr(name, names[name].read_bytes())

    try:
        write_atomically(out, write)
    except OSError as exc:
        raise PackError(_T_UNSAVABLE, path=path_text(out), detail=exc.strerror or str(exc)) from None
    return tuple(lessons)
