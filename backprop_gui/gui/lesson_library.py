"""Lesson packs in the window: opened, kept, listed, removed.

A pack opened with File → Open, on the command line, by a double-click or dropped on the
window is checked whole (:func:`backprop_gui.content.packs.read_pack`); one that cannot be
used gives one sentence in the window's message line and changes nothing. A good one is
copied into the user's data folder (``lesson-packs/<digest>.bplesson``: the same pack
opened twice is kept once), which is how it is remembered: every start reads the packs
there, and the packs an administrator put in the system folders
(:func:`backprop_gui.paths.system_lesson_folders`). A broken pack there gives a line in the
log and the status bar, never stops the app. The lessons of each pack are listed in the
Lessons panel after the built-in ones, under the pack's title; a pack the user opened is
removed from the list's context menu or Help → Make lessons → Remove a lesson pack….

Packs are unpacked into one temporary folder, removed when the app quits.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QInputDialog

from ..content.lessons import load_lessons, localized
from ..content.packs import PACK_EXTENSION, Pack, PackError, read_pack
from ..paths import system_lesson_folders
from . import i18n
from .session import translate_error

log = logging.getLogger(__name__)

USER_PACKS = "lesson-packs"
MY_LESSONS = "my-lessons"  # the lesson editor's lessons, one folder each
#: The group of the lesson editor's lessons in the Lessons panel (a lesson's texts, not the interface's).
MY_LESSONS_TITLE = {"en": "My lessons", "id": "Pelajaran saya"}
#: At most this many packs are read from one folder at start.
MAX_PACKS_PER_FOLDER = 100


class LessonLibrary(QObject):
    """The lesson packs the window shows: ``packs`` maps a pack's key (its digest) to
    (pack, removable). Needs ``window.lessons`` (the panel), ``window.data_dir``,
    ``show_message`` and ``tell``."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.packs: dict[str, tuple[Pack, bool]] = {}
        self.my_lessons: list = []  # written with the lesson editor (my-lessons/<id>/)
        self.problems: list[str] = []
        self._scratch: Path | None = None
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clean_up)

    # ------------------------------------------------------------------ places
    def user_folder(self) -> Path:
        return Path(self.window.data_dir) / USER_PACKS

    def scratch(self) -> Path:
        """The temporary folder the packs are unpacked into (made once, removed at exit)."""
        if self._scratch is None or not self._scratch.is_dir():
            self._scratch = Path(tempfile.mkdtemp(prefix="backprop-gui-packs-"))
            atexit.register(shutil.rmtree, self._scratch, True)  # also when the window was never quit properly
        return self._scratch

    def clean_up(self) -> None:
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    # ------------------------------------------------------------------ reading
    def load_at_start(self) -> None:
        """The packs of the system folders, then the user's own; a broken one is skipped
        with a line in the log and the status bar."""
        for folder in [*system_lesson_folders(), self.user_folder()]:
            try:
                files = sorted(Path(folder).glob("*" + PACK_EXTENSION))[:MAX_PACKS_PER_FOLDER]
            except OSError:
                continue
            removable = Path(folder) == self.user_folder()
            for path in files:
                try:
                    pack = read_pack(path, into=self.scratch())
                except PackError as error:
                    self._problem(path, error)
                    continue
                if pack.digest in self.packs:
                    shutil.rmtree(pack.folder, ignore_errors=True)
                    continue
                self.packs[pack.digest] = (pack, removable)
        self.load_my_lessons()

    def _problem(self, path: Path, error: PackError) -> None:
        log.warning("lesson pack %s was not read: %s", path, error)
        self.problems.append(f"{path.name}: {error}")
        self.window.tell(lambda: self.tr("The lesson pack {file} could not be read: {reason}").format(
            file=path.name, reason=translate_error(error)), 15000)

    def open_pack(self, path: Path) -> bool:
        """Open a pack: check it, keep a copy, list its lessons and show the first.
        One that cannot be used says why and changes nothing."""
        path = Path(path)
        try:
            pack = read_pack(path, into=self.scratch())
        except PackError as error:
            self.window.show_message(self.tr("Could not open {file}: {reason}").format(
                file=path.name, reason=translate_error(error)))
            return False
        if pack.digest in self.packs:  # opened before: show it, keep one copy
            shutil.rmtree(pack.folder, ignore_errors=True)
            pack = self.packs[pack.digest][0]
        else:
            copy = self.user_folder() / f"{pack.digest}{PACK_EXTENSION}"
            try:
                copy.parent.mkdir(parents=True, exist_ok=True)
                if not copy.is_file():
                    shutil.copyfile(path, copy.with_suffix(".part"))
                    copy.with_suffix(".part").replace(copy)
            except OSError as error:  # shown for this session, not remembered
                self.window.tell(lambda: self.tr("The lesson pack is shown now but could not be kept for the next start: {reason}")
                                 .format(reason=error.strerror or str(error)), 10000)
            self.packs[pack.digest] = (pack, True)
        self.window.show_message("")
        self.show()
        self.window.show_lessons()
        self.window.lessons.select_lesson(pack.lessons[0].id, pack.lessons[0])
        title = localized(pack.title, i18n.current_language())
        self.window.tell(lambda: self.tr("Lessons added: {title} ({count})").format(title=title, count=len(pack.lessons)), 8000)
        return True

    def load_my_lessons(self, select: str | None = None) -> None:
        """The lessons saved by the lesson editor, listed under "My lessons"."""
        self.my_lessons = []
        folder = Path(self.window.data_dir) / MY_LESSONS
        try:
            folders = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.endswith(".old"))
        except OSError:
            folders = []
        for lesson_folder in folders[:MAX_PACKS_PER_FOLDER]:
            problems: list[str] = []
            self.my_lessons.extend(load_lessons(lesson_folder, problems))
        self.my_lessons.sort(key=lambda lesson: (lesson.number, lesson.id))
        self.show()
        chosen = next((lesson for lesson in self.my_lessons if lesson.id == select), None)
        if chosen is not None:
            self.window.show_lessons()
            self.window.lessons.select_lesson(chosen.id, chosen)

    def show(self) -> None:
        """List every pack's lessons in the panel, after the built-in ones (and the
        lesson editor's)."""
        groups = [(MY_LESSONS, MY_LESSONS_TITLE, self.my_lessons, False)] if self.my_lessons else []
        groups += [(key, pack.title, list(pack.lessons), removable) for key, (pack, removable) in self.packs.items()]
        self.window.lessons.set_groups(groups)

    # ------------------------------------------------------------------ removing
    def remove_pack(self, key: str) -> bool:
        """Forget a pack the user opened: its copy and its lessons."""
        if key not in self.packs or not self.packs[key][1]:
            return False
        pack, _removable = self.packs.pop(key)
        try:
            (self.user_folder() / f"{key}{PACK_EXTENSION}").unlink(missing_ok=True)
        except OSError as error:
            log.warning("could not remove the lesson pack %s: %s", key, error)
        shutil.rmtree(pack.folder, ignore_errors=True)
        self.show()
        title = localized(pack.title, i18n.current_language())
        self.window.tell(lambda: self.tr("Lesson pack removed: {title}").format(title=title), 6000)
        return True

    def remove_dialog(self) -> None:
        """Help → Make lessons → Remove a lesson pack…: choose one of the packs the user opened."""
        language = i18n.current_language()
        removable = [(key, localized(pack.title, language)) for key, (pack, can) in self.packs.items() if can]
        if not removable:
            self.window.tell(lambda: self.tr("No lesson pack to remove: open one with File → Open."), 6000)
            return
        current = self.window.lessons.current_group()
        names = [title for _key, title in removable]
        start = next((i for i, (key, _t) in enumerate(removable) if current is not None and key == current[0]), 0)
        name, ok = QInputDialog.getItem(self.window, self.tr("Remove a lesson pack"),
                                        self.tr("Which lesson pack should be removed from the lesson list?"), names, start, False)
        if ok and name in names:
            self.remove_pack(removable[names.index(name)][0])

    # ------------------------------------------------------------------ the lesson editor
    def new_lesson(self) -> None:
        """Help → Make lessons → New lesson…"""
        from .lesson_editor import open_editor

        open_editor(self.window, None)

    def edit_copy(self) -> None:
        """Help → Make lessons → Edit a copy of this lesson… (built in or from a pack)."""
        from .lesson_editor import open_editor

        lesson = self.window.lessons.current_lesson()
        if lesson is None:
            self.window.tell(lambda: self.tr("Choose a lesson in the Lessons panel first."), 6000)
            return
        open_editor(self.window, lesson)
