"""Translations: every message translated, new strings caught, runtime switching, Qt's own buttons."""

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from backprop_gui.gui import i18n

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "i18n.py"  # the translators' commands, outside the app
TS_DIR = ROOT / "resources" / "translations"
ID_TS = TS_DIR / "backprop_gui_id.ts"
EN_TS = TS_DIR / "backprop_gui_en.ts"
QT_TS = TS_DIR / "qt_id.ts"
# {named} fields filled by str.format, %n (plural count) and %1 … %9 (QString::arg).
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%[1-9]")


@pytest.fixture
def app(qapp):
    """The application; back to English afterwards, whatever the test installed."""
    yield qapp
    i18n.install(qapp, "en")
    assert i18n.current_language() == "en"


def messages(ts: Path):
    """(context, source, disambiguation, numerus, translation element) for every message."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield (name, message.findtext("source") or "", message.findtext("comment") or "",
                   message.get("numerus") == "yes", message.find("translation"))


def translated_texts(numerus: bool, translation) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def without_accelerator(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# ---------------------------------------------------------------------------- (a) the .ts files
@pytest.mark.parametrize("ts", [ID_TS, EN_TS, QT_TS], ids=lambda p: p.name)
def test_every_message_is_translated_and_keeps_its_placeholders(ts):
    problems = []
    count = 0
    for context, source, _comment, numerus, translation in messages(ts):
        count += 1
        where = f"[{context}] {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"not finished: {where}")
            continue
        texts = translated_texts(numerus, translation)
        if not texts or any(not text.strip() for text in texts):
            problems.append(f"empty translation: {where}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            got = sorted(set(PLACEHOLDER.findall(text)))
            if got != wanted:
                problems.append(f"placeholders {wanted} became {got}: {where} -> {text!r}")
    assert count > 0
    assert not problems, (f"{len(problems)} problem(s) in {ts.name}; translate with "
                          f"`pyside6-linguist {ts.relative_to(ROOT)}`:\n" + "\n".join(problems))


def test_plural_messages_have_the_right_number_of_forms():
    for ts, forms in ((ID_TS, 1), (EN_TS, 2)):  # Indonesian has one plural form, English two
        plurals = [(source, translation) for _c, source, _d, numerus, translation in messages(ts) if numerus]
        assert plurals, ts.name
        for source, translation in plurals:
            assert len(translated_texts(True, translation)) == forms, (ts.name, source)
    english = {source: translated_texts(True, tr) for _c, source, _d, numerus, tr in messages(EN_TS) if numerus}
    for source, (singular, plural) in english.items():
        assert "(s)" not in singular + plural, source


def test_the_english_file_holds_exactly_the_plural_messages():
    plural_ids = {(c, s, d) for c, s, d, numerus, _t in messages(ID_TS) if numerus}
    english_ids = {(c, s, d) for c, s, d, _n, _t in messages(EN_TS)}
    assert english_ids == plural_ids


def test_html_tags_and_symbols_survive_translation():
    for _context, source, _d, numerus, translation in messages(ID_TS):
        for text in translated_texts(numerus, translation):
            assert re.findall(r"</?[a-z0-9]+", source) == re.findall(r"</?[a-z0-9]+", text), source
            for symbol in ("η", "∂L/∂w", "∂L/∂W", "x₁", "→", "←", "✓", "✗", "σ", "γ", "β", "δ", "ŷ", "²", "≤", "≥"):
                assert source.count(symbol) <= text.count(symbol), (symbol, source, text)


def test_qt_standard_texts_use_the_contexts_qt_looks_up():
    pairs = {(context, source) for context, source, _d, _n, _t in messages(QT_TS)}
    for pair in [("QPlatformTheme", "Save"), ("QPlatformTheme", "Cancel"), ("QPlatformTheme", "Discard"),
                 ("QPlatformTheme", "&Yes"), ("QPlatformTheme", "&No"), ("QPlatformTheme", "OK"),
                 ("QGnomeTheme", "&Save"), ("QCocoaTheme", "Don't Save"), ("QFileDialog", "File &name:"),
                 ("QFileDialog", "%1 already exists.\nDo you want to replace it?"), ("QMessageBox", "Show Details..."),
                 ("QLineEdit", "&Copy"), ("QWidgetTextControl", "&Paste"), ("QAbstractSpinBox", "&Step up")]:
        assert pair in pairs


def test_accelerators_do_not_clash_in_the_qt_menus():
    """Text-field context menus: undo, redo, cut, copy, paste, (link), select all, step up/down."""
    table = {(c, s): translated_texts(n, t)[0] for c, s, _d, n, t in messages(QT_TS)}
    line_edit = [table[("QLineEdit", s)] for s in ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste")]
    menus = [line_edit + [table[("QWidgetTextControl", "Copy &Link Location")]],
             line_edit + [table[("QAbstractSpinBox", s)] for s in ("&Select All", "&Step up", "Step &down")],
             [table[("QPlatformTheme", s)] for s in ("&Yes", "Yes to &All", "&No", "N&o to All")]]
    for menu in menus:
        keys = [re.search(r"&([^&])", text).group(1).lower() for text in menu]
        assert len(keys) == len(set(keys)), menu


# ---------------------------------------------------------------------------- (b) no new string left out
def test_lupdate_finds_no_message_missing_from_the_translation(tmp_path):
    lupdate = i18n.find_tool("lupdate")
    assert lupdate is not None, "pyside6-lupdate ships with PySide6-Essentials"
    sources = sorted(p for p in (ROOT / "backprop_gui").rglob("*.py") if "__pycache__" not in p.parts)
    listing = tmp_path / "sources.lst"
    listing.write_text("\n".join(str(p) for p in sources) + "\n", encoding="utf-8")
    fresh = tmp_path / "fresh_id.ts"
    result = subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", f"@{listing}", "-ts", str(fresh)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    current = {(c, s, d, n) for c, s, d, n, _t in messages(fresh)}
    committed = {(c, s, d, n) for c, s, d, n, _t in messages(ID_TS)}
    assert len(current) > 300
    missing = sorted(current - committed)
    assert not missing, (
        f"{len(missing)} message(s) in the sources are not in {ID_TS.name}: run "
        "`python tools/i18n.py update`, then translate them:\n"
        + "\n".join(f"[{c}] {s!r}" for c, s, _d, _n in missing))


# ---------------------------------------------------------------------------- (c) switching at runtime
def test_the_controls_switch_to_indonesian_and_back_without_a_restart(app):
    from backprop_gui.gui.controls import ControlsPanel

    panel = ControlsPanel()
    titles = lambda: (panel.data_box.title(), panel.network_box.title(), panel.training_box.title())  # noqa: E731
    labels = lambda: {label.text() for label in panel.findChildren(QLabel)}  # noqa: E731
    assert titles() == ("Data", "Network", "Training")

    assert i18n.install(app, "id") == "id"
    assert i18n.current_language() == "id"
    assert titles() == ("Data", "Jaringan", "Pelatihan")  # the existing panel, retranslated
    assert {"Laju pembelajaran:", "Fungsi kerugian:", "Ukuran batch:"} <= labels()
    assert panel.regenerate.text() == "Buat ulang data"
    assert "Entropi silang biner" in [panel.loss_combo.itemText(i) for i in range(panel.loss_combo.count())]
    fresh = ControlsPanel()  # and a panel made while Indonesian is on
    assert fresh.network_box.title() == "Jaringan"

    assert i18n.install(app, "en") == "en"
    assert titles() == ("Data", "Network", "Training")
    assert {"Learning rate:", "Loss function:", "Batch size:"} <= labels()
    assert "Binary cross-entropy" in [panel.loss_combo.itemText(i) for i in range(panel.loss_combo.count())]


def test_core_messages_are_translated_with_their_fields_filled(app):
    from backprop_gui.core.errors import ExperimentError
    from backprop_gui.gui.session import translate_error

    error = ExperimentError("the file {path} does not exist", path="lesson.json")
    assert translate_error(error) == "the file lesson.json does not exist"
    i18n.install(app, "id")
    assert translate_error(error) == "berkas lesson.json tidak ada"


def test_plural_messages_read_naturally_in_both_languages(app):
    text = lambda n: QCoreApplication.translate("ControlsPanel", "%n neuron(s), one per value to predict", "", n)  # noqa: E731
    assert i18n.install(app, "en") == "en"
    assert (text(1), text(3)) == ("1 neuron, one per value to predict", "3 neurons, one per value to predict")
    i18n.install(app, "id")
    assert (text(1), text(3)) == ("1 neuron, satu untuk setiap nilai yang diprediksi",
                                  "3 neuron, satu untuk setiap nilai yang diprediksi")


def accelerator(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def test_the_whole_window_switches_and_no_menu_has_two_items_on_one_key(app, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from backprop_gui.gui.main_window import MainWindow

    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        for language in ("id", "en"):
            assert i18n.install(app, language) == language
            menus = [window.menuBar()] + [a.menu() for a in window.menuBar().actions() if a.menu()]
            menus += [a.menu() for m in menus[1:] for a in m.actions() if a.menu()]
            for menu in menus:
                keys = [accelerator(a.text()) for a in menu.actions() if a.isVisible() and not a.isSeparator()]
                keys = [k for k in keys if k]
                assert len(keys) == len(set(keys)), (language, [a.text() for a in menu.actions()])
            titles = [a.text() for a in window.menuBar().actions()]
            assert ("&Berkas" in titles) == (language == "id")
            assert (window.controls_dock.windowTitle() == "Pengaturan") == (language == "id")
    finally:
        window.close()


# ---------------------------------------------------------------------------- (d) Qt's own buttons
def test_qt_standard_buttons_speak_indonesian(app):
    save, cancel, discard = (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel,
                             QDialogButtonBox.StandardButton.Discard)
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No

    def dialog_texts():
        box = QDialogButtonBox(save | cancel | discard)
        texts = [without_accelerator(box.button(b).text()) for b in (save, cancel, discard)]
        box.deleteLater()
        return texts

    def message_texts():
        box = QMessageBox(QMessageBox.Icon.Question, "?", "?", yes | no)
        texts = [without_accelerator(box.button(b).text()) for b in (yes, no)]
        box.deleteLater()
        return texts

    assert dialog_texts()[:2] == ["Save", "Cancel"]
    assert i18n.install(app, "id") == "id"
    texts = dialog_texts()
    assert texts[:2] == ["Simpan", "Batal"]
    # "Discard" is "Buang"; GNOME and macOS name the button after what it does.
    assert texts[2] in ("Buang", "Tutup tanpa Menyimpan", "Jangan Simpan")
    assert message_texts() == ["Ya", "Tidak"]
    i18n.install(app, "en")
    assert dialog_texts()[:2] == ["Save", "Cancel"]
    assert message_texts() == ["Yes", "No"]


def test_qt_file_dialog_and_context_menu_texts_are_translated(app):
    i18n.install(app, "id")
    tr = QCoreApplication.translate
    assert tr("QFileDialog", "File &name:") == "&Nama berkas:"
    assert tr("QFileDialog", "%1 already exists.\nDo you want to replace it?").startswith("%1 sudah ada.")
    assert tr("QFileSystemModel", "Date Modified") == "Tanggal Diubah"
    assert tr("QMessageBox", "Show Details...") == "Tampilkan Rincian..."
    assert tr("QLineEdit", "&Paste") == "&Tempel"
    assert tr("QAbstractSpinBox", "&Step up") == "Nai&kkan"


# ---------------------------------------------------------------------------- (e) the system's language
@pytest.mark.parametrize("locale, expected", [
    (QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia), "id"),
    (QLocale("id_ID"), "id"),
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
    (QLocale(QLocale.Language.German, QLocale.Country.Germany), "en"),
    (QLocale(QLocale.Language.Javanese, QLocale.Country.Indonesia), "en"),
    (QLocale.c(), "en"),
])
def test_language_for_locale(locale, expected):
    assert i18n.language_for_locale(locale) == expected


def test_system_language_is_one_we_have():
    assert i18n.system_language() in i18n.LANGUAGES
    assert i18n.LANGUAGES == {"en": "English", "id": "Bahasa Indonesia"}


def test_language_codes_are_normalised(app):
    assert i18n.normalise_language("id_ID") == "id"
    assert i18n.normalise_language("id-ID") == "id"
    assert i18n.normalise_language("in") == "id"
    assert i18n.normalise_language("fr") == "en"
    assert i18n.normalise_language(None) == "en"
    assert i18n.install(app, "fr") == "en"


# ---------------------------------------------------------------------------- compiling and falling back
def copy_ts_files(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for ts in TS_DIR.glob("*.ts"):
        shutil.copy2(ts, folder / ts.name)
    return folder


def test_a_missing_qm_is_compiled_next_to_its_ts(app, tmp_path, monkeypatch):
    folder = copy_ts_files(tmp_path / "translations")
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    assert i18n.install(app, "id") == "id"
    assert {p.name for p in folder.glob("*.qm")} == {"backprop_gui_en.qm", "backprop_gui_id.qm", "qt_id.qm"}
    assert QCoreApplication.translate("ControlsPanel", "Network") == "Jaringan"


def test_a_read_only_translations_folder_compiles_into_the_cache(app, tmp_path, monkeypatch):
    folder = copy_ts_files(tmp_path / "translations")
    cache = tmp_path / "cache"
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setattr(i18n, "_folder_writable", lambda _folder: False)
    monkeypatch.setattr(i18n, "_cache_dir", lambda _folder: cache)
    assert i18n.install(app, "id") == "id"
    assert not list(folder.glob("*.qm"))
    assert (cache / "backprop_gui_id.qm").is_file()


def test_a_stale_qm_is_recompiled(app, tmp_path, monkeypatch):
    folder = copy_ts_files(tmp_path / "translations")
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    i18n.install(app, "id")
    ts = folder / "backprop_gui_id.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace(">Jaringan<", ">Jaringan saraf<"), encoding="utf-8")
    qm = folder / "backprop_gui_id.qm"
    old = qm.stat().st_mtime - 100
    os.utime(qm, (old, old))
    assert i18n.install(app, "id") == "id"
    assert QCoreApplication.translate("ControlsPanel", "Network") == "Jaringan saraf"


def test_without_lrelease_and_without_qm_the_app_stays_in_english(app, tmp_path, monkeypatch):
    folder = copy_ts_files(tmp_path / "translations")
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setattr(i18n, "_cache_dir", lambda _folder: tmp_path / "cache")
    monkeypatch.setattr(i18n, "find_tool", lambda _name: None)
    assert i18n.install(app, "id") == "en"
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("ControlsPanel", "Network") == "Network"


def test_a_bundle_with_only_qm_files_works(app, tmp_path, monkeypatch):
    folder = tmp_path / "bundle"
    compiled = i18n_tool().compile_translations(folder)
    assert {p.name for p in compiled} == {"backprop_gui_en.qm", "backprop_gui_id.qm", "qt_id.qm"}
    assert not list(folder.glob("*.ts"))
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setattr(i18n, "find_tool", lambda _name: None)  # nothing to compile with
    assert i18n.install(app, "id") == "id"
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "Simpan"


def test_no_translations_folder_at_all_means_english(app, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path / "nowhere")
    assert i18n.install(app, "id") == "en"


def i18n_tool():
    """tools/i18n.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("i18n_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_english_plural_forms():
    tool = i18n_tool()
    assert tool.english_plural_forms("%n neuron(s)") == ("%n neuron", "%n neurons")
    assert tool.english_plural_forms("%n box(es)") == ("%n box", "%n boxes")
    assert tool.english_plural_forms("⋮ %n more") == ("⋮ %n more", "⋮ %n more")


def test_the_translators_commands_live_outside_the_app(tmp_path):
    """``tools/i18n.py check`` works from any folder on its own checkout, and the app's
    module keeps only what runs in the app."""
    result = subprocess.run([sys.executable, str(TOOL), "check"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "backprop_gui_id.ts: OK" in result.stdout
    usage = subprocess.run([sys.executable, str(TOOL)], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert usage.returncode == 2 and "tools/i18n.py" in usage.stderr
    for maintainer_only in ("main", "lupdate", "update_translations", "compile_translations", "problems"):
        assert not hasattr(i18n, maintainer_only), maintainer_only
