"""The window's language: English or Bahasa Indonesia, switchable while the app runs.

Using it::

    from backprop_gui.gui import i18n
    applied = i18n.install(app, i18n.system_language())   # "id" or "en"
    i18n.install(app, "en")                                # back to English, no restart

:func:`install` swaps Qt translators. Qt then sends every widget a ``LanguageChange``
event, which our widgets answer with ``retranslate_ui()``; :func:`install` delivers
those events before it returns, so the window already speaks the new language.

The files, in ``resources/translations/``:

``backprop_gui_id.ts``
    Every message of the app in Bahasa Indonesia: ``self.tr(...)`` in the widgets,
    ``QT_TRANSLATE_NOOP("core", ...)`` in the engine's error messages and
    ``QT_TRANSLATE_NOOP("names", ...)`` in ``gui/names.py``.
``backprop_gui_en.ts``
    Only the plural messages (``self.tr("%n neuron(s)", "", n)``) in English, so that
    English shows "1 neuron" and "2 neurons" instead of "2 neuron(s)".
``qt_id.ts``
    Qt's own texts (the Save / Cancel / Yes / No buttons, the file dialog, the
    context menus of text fields), for which Qt ships no Indonesian translation.

Qt reads compiled ``.qm`` files. A bundled app ships them (the packaging build runs
``tools/i18n.py compile``). Running from a checkout, a ``.qm`` is compiled with
``pyside6-lrelease`` when it is missing or older than its ``.ts``: next to the ``.ts``
when that folder is writable, otherwise into the user's cache folder. If no ``.qm`` can
be had, the app stays in English; it never fails to start over a translation.

The maintainers' commands (refresh the ``.ts`` files from the sources, list what still
needs translating, compile every ``.qm``) are not part of the app: they are
``tools/i18n.py`` in the checkout.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QStandardPaths, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}  # each name in its own language
SOURCE_LANGUAGE = "en"
APP_CATALOG = "backprop_gui"  # backprop_gui_<lang>.ts
QT_CATALOG = "qt"  # qt_<lang>.ts: our translations of Qt's own texts
TOOL_TIMEOUT = 120  # seconds

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # backprop_gui/
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


# =========================================================================== languages
def language_for_locale(locale: QLocale) -> str:
    """The language of ours that suits ``locale``: "id" for Indonesian, else "en".

    The user's preferred interface languages (``uiLanguages``) are tried in order, so a
    system whose formats are Indonesian but whose menus are English gets English.
    """
    for tag in locale.uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code == "in":  # the old ISO 639 code for Indonesian
            code = "id"
        if code in LANGUAGES:
            return code
    return "id" if locale.language() == QLocale.Language.Indonesian else SOURCE_LANGUAGE


def system_language() -> str:
    """The language to start in when the user has not chosen one: the system's."""
    return language_for_locale(QLocale.system())


def current_language() -> str:
    """The language :func:`install` applied last ("en" before any call)."""
    return _current


def normalise_language(language: str | None) -> str:
    """ "id", "id_ID", "id-ID" or "in" -> "id"; anything unknown -> "en"."""
    code = (language or "").replace("_", "-").split("-")[0].strip().lower()
    if code == "in":
        code = "id"
    return code if code in LANGUAGES else SOURCE_LANGUAGE


# =========================================================================== files and tools
def translations_dir() -> Path:
    """``resources/translations`` (in the checkout, the installed package or the bundle)."""
    try:
        from ..paths import resources_dir

        return resources_dir() / "translations"
    except (FileNotFoundError, ImportError):
        return _PACKAGE_DIR.parent / "resources" / "translations"


def find_tool(name: str) -> str | None:
    """The path of ``pyside6-<name>`` ("lrelease", "lupdate"), or None.

    Looked for next to the Python executable (a virtual environment's ``bin`` or
    ``Scripts``), then on ``PATH``, then as the ``<name>`` program inside the PySide6
    package.
    """
    exe = ".exe" if sys.platform == "win32" else ""
    candidates: list[Path] = []
    if sys.executable:
        # A venv's python is often a symlink to the base interpreter: its own folder first.
        for folder in dict.fromkeys((Path(sys.executable).parent, Path(sys.executable).resolve().parent)):
            candidates += [folder / f"pyside6-{name}{exe}", folder / "Scripts" / f"pyside6-{name}{exe}"]
    on_path = shutil.which(f"pyside6-{name}")
    if on_path:
        candidates.append(Path(on_path))
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        candidates += [package / f"{name}{exe}", package / "Qt" / "bin" / f"{name}{exe}",
                       package / "Qt" / "libexec" / f"{name}{exe}",
                       package / f"{name}.app" / "Contents" / "MacOS" / name]
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def run_tool(command: list[str]) -> subprocess.CompletedProcess:
    """Run a Qt tool (lrelease, lupdate), its output captured, within TOOL_TIMEOUT."""
    # No console window flashing up on Windows when the GUI compiles a translation.
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
    return subprocess.run(command, capture_output=True, text=True, timeout=TOOL_TIMEOUT, creationflags=flags)


def _is_up_to_date(qm: Path, ts: Path) -> bool:
    try:
        return qm.stat().st_mtime >= ts.stat().st_mtime and qm.stat().st_size > 0
    except OSError:
        return False


def _folder_writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK)


def _cache_dir(ts_dir: Path) -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    root = Path(base) if base else Path(tempfile.gettempdir()) / "backprop-gui"
    # One folder per translations folder, so two checkouts never share a .qm.
    tag = hashlib.sha1(str(ts_dir.resolve()).encode("utf-8")).hexdigest()[:12]
    return root / "translations" / tag


def lrelease(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm`` (written whole or not at all); False if impossible."""
    tool = find_tool("lrelease")
    if tool is None:
        log.warning("pyside6-lrelease was not found; cannot compile %s", ts.name)
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        partial = qm.with_name(f"{qm.name}.{os.getpid()}.part")
        # -nounfinished: a message whose translation is unfinished (perhaps a guess
        # for a changed text, with the wrong {fields}) is shown in English instead.
        result = run_tool([tool, "-silent", "-nounfinished", str(ts), "-qm", str(partial)])
        if result.returncode != 0 or not partial.is_file():
            log.warning("pyside6-lrelease failed on %s: %s", ts.name, (result.stderr or result.stdout).strip())
            partial.unlink(missing_ok=True)
            return False
        os.replace(partial, qm)
        return True
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("cannot compile %s: %s", ts.name, error)
        return False


def qm_path(catalog: str, language: str) -> Path | None:
    """An up-to-date ``<catalog>_<language>.qm``, compiled if need be; None if there is none.

    A shipped ``.qm`` without its ``.ts`` (a bundled app) is used as it is. A ``.qm``
    older than its ``.ts`` is recompiled next to it if that folder is writable, else in
    the cache folder; if compiling fails, an older ``.qm`` is better than none.
    """
    folder = translations_dir()
    ts = folder / f"{catalog}_{language}.ts"
    qm = folder / f"{catalog}_{language}.qm"
    if not ts.is_file():
        return qm if qm.is_file() else None
    if _is_up_to_date(qm, ts):
        return qm
    if _folder_writable(folder) and lrelease(ts, qm):
        return qm
    cached = _cache_dir(folder) / qm.name
    if _is_up_to_date(cached, ts) or lrelease(ts, cached):
        return cached
    for stale in (qm, cached):
        if stale.is_file():
            log.warning("using %s, which is older than %s", stale, ts.name)
            return stale
    return None


# =========================================================================== installing
def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(str(path)):
        return translator
    log.warning("cannot load the translation %s", path)
    return None


def _qt_own_translation(language: str) -> Path | None:
    """Qt's own ``qtbase_<language>.qm`` if this Qt ships one (it has none for "id")."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{language}.qm"
    return path if path.is_file() else None


def _translation_files(language: str) -> tuple[Path | None, list[Path], str]:
    """(English plurals .qm, the language's .qm files lowest priority first, language given)."""
    english = qm_path(APP_CATALOG, SOURCE_LANGUAGE)  # also the fallback for untranslated plurals
    if language == SOURCE_LANGUAGE:
        return english, [], SOURCE_LANGUAGE
    app_file = qm_path(APP_CATALOG, language)
    if app_file is None:
        log.warning("no translation for %r; staying in English", language)
        return english, [], SOURCE_LANGUAGE
    qt_files = [f for f in (_qt_own_translation(language), qm_path(QT_CATALOG, language)) if f is not None]
    return english, qt_files + [app_file], language


def install(app: QCoreApplication | None = None, language: str = SOURCE_LANGUAGE) -> str:
    """Show the application in ``language`` ("en" or "id"); return the language applied.

    Removes the translators installed by an earlier call, installs the new ones (Qt
    searches the last installed first), and delivers the resulting ``LanguageChange``
    events at once. Falls back to English, never raises, if a translation is missing.
    """
    global _current
    app = app if app is not None else QCoreApplication.instance()
    wanted = normalise_language(language)
    if app is None:
        log.warning("i18n.install needs a QApplication; staying in English")
        return SOURCE_LANGUAGE
    _uninstall()
    applied = SOURCE_LANGUAGE
    try:
        english, files, applied = _translation_files(wanted)
        translators = [_load(path) for path in files]
        if applied != SOURCE_LANGUAGE and translators[-1] is None:  # the app's own catalogue
            translators, applied = [], SOURCE_LANGUAGE
        for translator in [_load(english) if english else None, *translators]:
            if translator is not None and app.installTranslator(translator):
                _installed.append(translator)
    except Exception:  # noqa: BLE001 - a translation problem must never stop the app
        log.exception("installing the %r translation failed; staying in English", wanted)
        _uninstall()
        applied = SOURCE_LANGUAGE
    # Set before the events go out: widgets that show per-language data (the lessons)
    # ask current_language() while they handle LanguageChange.
    _current = applied
    # Installing posts a LanguageChange to every window; deliver them now, so that when
    # install() returns every widget has run retranslate_ui().
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return applied


def _uninstall() -> None:
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
