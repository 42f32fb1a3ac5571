"""The lessons, the glossary and the teacher's guide name the controls exactly as the window does.

The rule (see resources/lessons/README.md, "Naming the controls"): text between “ and ” is
the name of something on the screen, in the language of the text, written exactly as the
window shows it — a menu item, a dock title, a button, a setting's label, a combo box
item, a dialog's title or button — or a path of menu items joined by " → "
(“Bantuan → Pelajaran”). A label's `&` accelerator is left out, and so may be its
trailing colon or ellipsis (“Laju pembelajaran” for "Laju pembelajaran:"). The other
things that may stand in “…” are the exact label of a lesson's preset (its button in the
Lessons panel) and the exact title of a lesson. Any other quotation (what a student might
say, a word) is written in single quotes ‘…’, which this test does not check. Straight
double quotes are not used at all, so nothing escapes the check.

The on-screen labels of a language are the texts of a window built in that language
(actions, menus, dock titles, buttons, labels, group boxes, combo box items, tabs) and
every message of the translations (English: the sources; Indonesian: backprop_gui_id.ts
and qt_id.ts), where a message's {field} or %n stands for any text.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDockWidget, QGroupBox, QLabel, QMenu, QTabBar

from backprop_gui.gui import i18n

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
LANGUAGES = ("en", "id")
QUOTED = re.compile(r"“([^”]*)”")
FIELD = re.compile(r"\\\{[A-Za-z_][A-Za-z0-9_]*\\\}|%n|%[1-9]")  # in re.escape()d text
MENU_PATH = " → "


# ----------------------------------------------------------------------------- the texts
def language_texts(value, language: str, key: str | None = None):
    """Every text of ``language`` in a lesson or glossary document (values under that key)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from language_texts(v, language, k)
    elif isinstance(value, list):
        for v in value:
            yield from language_texts(v, language, key)
    elif isinstance(value, str) and key == language:
        yield value


def documents(language: str):
    """(where, text) for every lesson and glossary text and every guide paragraph in ``language``."""
    for path in sorted((RESOURCES / "lessons").glob("*.json")) + [RESOURCES / "glossary.json"]:
        document = json.loads(path.read_text(encoding="utf-8"))
        for text in language_texts(document, language):
            yield path.name, text
    guide = RESOURCES / "guide" / f"guide_{language}.md"
    for number, line in enumerate(guide.read_text(encoding="utf-8").splitlines(), 1):
        yield f"{guide.name}:{number}", re.sub(r"`[^`]*`", "", line)  # code is not prose


def lesson_titles_and_presets(language: str) -> set[str]:
    names = set()
    for path in sorted((RESOURCES / "lessons").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        names.add(document["title"].get(language, document["title"]["en"]))
        for preset in document.get("presets", []):
            names.add(preset["label"].get(language, preset["label"]["en"]))
    return names


# ----------------------------------------------------------------------------- the labels
def without_accelerator(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def message_texts(language: str) -> list[str]:
    """Every message of the app (and of Qt's own dialogs) as shown in ``language``."""
    texts = []
    for name in ("backprop_gui_id.ts", "qt_id.ts"):
        for message in ET.parse(RESOURCES / "translations" / name).getroot().iter("message"):
            if language == "en":
                texts.append(message.findtext("source") or "")
            else:
                translation = message.find("translation")
                forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
                texts.extend(forms)
    return [without_accelerator(text) for text in texts if text]


def window_texts(window) -> tuple[set[str], set[str]]:
    """All texts of the window, and the names of its controls (actions, docks, buttons)."""
    controls = {a.text() for a in window.findChildren(QAction)}
    controls |= {m.title() for m in window.findChildren(QMenu)}
    controls |= {d.windowTitle() for d in window.findChildren(QDockWidget)}
    controls |= {b.text() for b in window.findChildren(QAbstractButton)}
    texts = set(controls)
    texts |= {label.text() for label in window.findChildren(QLabel)}
    texts |= {g.title() for g in window.findChildren(QGroupBox)}
    texts |= {c.itemText(i) for c in window.findChildren(QComboBox) for i in range(c.count())}
    texts |= {t.tabText(i) for t in window.findChildren(QTabBar) for i in range(t.count())}
    return {without_accelerator(t) for t in texts if t}, {without_accelerator(t) for t in controls if t}


class Labels:
    """The on-screen labels of one language; ``matches`` says whether a quoted name is one."""

    def __init__(self, texts: set[str], controls: set[str], templates: list[str], extra: set[str]) -> None:
        # The names of the window's controls of two words or more (a menu item, a dock, a
        # button), which are not also a preset's label: these must not appear unquoted.
        self.names = {t.removesuffix("…") for t in controls - extra if " " in t.strip()}
        self.exact = set(extra)
        for text in texts | {t for t in templates if not FIELD.search(re.escape(t))}:
            self.exact |= {text, text.rstrip(":").rstrip(), text.removesuffix("…")}
        # A message with fields stands for its filled-in texts; one that is almost all
        # fields ("{reason}") or a long sentence names nothing.
        patterns = [FIELD.sub(".+", re.escape(t)) for t in templates
                    if FIELD.search(re.escape(t)) and len(FIELD.sub("", re.escape(t))) >= 6 and len(t) < 80]
        self.templates = [re.compile(p) for p in patterns]

    def one(self, name: str) -> bool:
        if name in self.exact:
            return True
        return any(p.fullmatch(name) or p.fullmatch(name + ":") for p in self.templates)

    def matches(self, name: str) -> bool:
        return self.one(name) or (MENU_PATH in name and all(self.one(part) for part in name.split(MENU_PATH)))


@pytest.fixture(scope="module")
def labels(qapp, tmp_path_factory):
    from backprop_gui.gui.main_window import MainWindow

    folder = tmp_path_factory.mktemp("settings")
    window = MainWindow(settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    try:
        found = {}
        for language in LANGUAGES:
            assert i18n.install(qapp, language) == language
            found[language] = Labels(*window_texts(window), message_texts(language), lesson_titles_and_presets(language))
    finally:
        i18n.install(qapp, "en")
        window.close()
        window.deleteLater()
    return found


# ----------------------------------------------------------------------------- the tests
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_quoted_name_is_an_on_screen_label(labels, language):
    mismatches = [f"{where}: “{name}”" for where, text in documents(language)
                  for name in QUOTED.findall(text) if not labels[language].matches(name)]
    assert not mismatches, f"{len(mismatches)} quoted names are not labels of the {language} window:\n" + "\n".join(mismatches)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_control_is_named_without_quotes(labels, language):
    """A name of the window written without its quotes (“Decision view” as plain Decision view)."""
    found = []
    for where, text in documents(language):
        outside = QUOTED.sub("“”", text)
        found += [f"{where}: {name}" for name in labels[language].names
                  if re.search(rf"(?<![\w“]){re.escape(name)}(?![\w”])", outside)]
    assert not found, "quote these names as “…”:\n" + "\n".join(sorted(found))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_straight_double_quotes_escape_the_check(language):
    found = [f"{where}: {text[:80]}" for where, text in documents(language) if '"' in text]
    assert not found, "write “…” for a control and ‘…’ for other quotations:\n" + "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_quotes_are_balanced(language):
    found = [f"{where}: {text[:80]}" for where, text in documents(language)
             if text.count("“") != text.count("”") or text.count("‘") != text.count("’") - len(re.findall(r"\w’\w", text))]
    assert not found, "\n".join(found)


def test_the_rule_catches_the_words_the_teacher_found(labels):
    # The names the lessons used before this test existed: none is on the screen.
    for name in ("Tampilan keputusan", "Simpan hasil pelatihan ini", "Simpan hasil ini", "Matriks kebingungan"):
        assert not labels["id"].matches(name), name
    for name in ("Peta keputusan", "Pertahankan hasil ini", "Laju pembelajaran", "Bantuan → Pelajaran", "Tersembunyi 1"):
        assert labels["id"].matches(name), name
    assert labels["en"].matches("Decision view") and not labels["en"].matches("Decision View")
