"""The translators' commands, run from the top of a checkout (not shipped in the app)::

    python tools/i18n.py update    # after changing texts in the sources
    python tools/i18n.py check     # list what still needs translating
    python tools/i18n.py compile   # build every .qm (the packaging build: compile TARGET_DIR)

``update`` runs ``pyside6-lupdate`` over every ``.py`` file in ``backprop_gui/``: new
messages are added to ``backprop_gui_id.ts`` as unfinished, finished translations are
kept, messages no longer in the sources are dropped (``-no-obsolete``). It also
refreshes ``backprop_gui_en.ts`` and fills in the English plural forms for
"(s)"/"(es)" messages. Translate the unfinished messages with ``pyside6-linguist
resources/translations/backprop_gui_id.ts`` (or any editor): keep every ``{field}``,
``%n``, ``%1``, HTML tag and symbol, then mark the message finished.
``tests/test_i18n.py`` fails while any message is untranslated.

The app itself (``backprop_gui/gui/i18n.py``) only installs translations, compiling a
missing or stale ``.qm`` on first use; this script uses its tool finder and compiler.
"""

from __future__ import annotations

import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = ROOT / "backprop_gui"
sys.path.insert(0, str(ROOT))  # this checkout's package, whatever else is installed

from backprop_gui.gui import i18n as runtime  # noqa: E402


def compile_translations(target_dir: str | Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in ``resources/translations``; return the ``.qm`` files.

    The ``.qm`` files go next to the ``.ts`` files, or into ``target_dir`` (for a
    build). Raises ``RuntimeError`` if ``pyside6-lrelease`` is missing or fails, since
    a build must not silently ship without its translations.
    """
    folder = runtime.translations_dir()
    target = Path(target_dir) if target_dir is not None else folder
    if runtime.find_tool("lrelease") is None:
        raise RuntimeError("pyside6-lrelease was not found; install PySide6 (PySide6-Essentials) first")
    written = []
    for ts in sorted(folder.glob("*.ts")):
        qm = target / (ts.stem + ".qm")
        if not runtime.lrelease(ts, qm):
            raise RuntimeError(f"pyside6-lrelease could not compile {ts}")
        written.append(qm)
    return written


_SINGULAR = (("(es)", ""), ("(s)", ""))
_PLURAL = (("(es)", "es"), ("(s)", "s"))


def english_plural_forms(source: str) -> tuple[str, str]:
    """("%n neuron", "%n neurons") for "%n neuron(s)"; both forms the same otherwise."""
    singular, plural = source, source
    for pattern, replacement in _SINGULAR:
        singular = singular.replace(pattern, replacement)
    for pattern, replacement in _PLURAL:
        plural = plural.replace(pattern, replacement)
    return singular, plural


def source_files() -> list[Path]:
    """Every ``.py`` file of the package: what lupdate reads."""
    return sorted(p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, language: str, plural_only: bool = False, silent: bool = True) -> None:
    """Create or refresh ``ts`` from the sources, keeping its finished translations."""
    tool = runtime.find_tool("lupdate")
    if tool is None:
        raise RuntimeError("pyside6-lupdate was not found; install PySide6 (PySide6-Essentials) first")
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
        command = [tool, "-no-obsolete", "-locations", "absolute", "-source-language", runtime.SOURCE_LANGUAGE,
                   "-target-language", language, f"@{listing}", "-ts", str(ts)]
        if plural_only:
            command.insert(1, "-pluralonly")
        if silent:
            command.insert(1, "-silent")
        result = runtime.run_tool(command)
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-lupdate failed: {(result.stderr or result.stdout).strip()}")
    if not silent and result.stdout.strip():
        print(result.stdout.strip())


def _write_ts(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill_english_plurals(ts: Path) -> int:
    """Give every unfinished plural message of the English file its two forms."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        forms = english_plural_forms(message.findtext("source") or "")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        del translation.attrib["type"]
        filled += 1
    if filled:
        _write_ts(tree, ts)
    return filled


_FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%[1-9]")


def problems(ts: Path) -> list[str]:
    """What is wrong with a .ts: unfinished or empty messages, lost {fields} or %n."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"[{context_name}] {source[:70]!r}"
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                found.append(f"unfinished: {where}")
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            if not texts or any(not text.strip() for text in texts):
                found.append(f"empty: {where}")
                continue
            wanted = sorted(set(_FIELD.findall(source)))
            for text in texts:
                got = sorted(set(_FIELD.findall(text)))
                if got != wanted:
                    found.append(f"fields {wanted} became {got}: {where}")
    return found


def update_translations(silent: bool = False) -> dict[str, list[str]]:
    """Refresh every app .ts from the sources; return each file's remaining problems."""
    folder = runtime.translations_dir()
    report = {}
    for language in runtime.LANGUAGES:
        ts = folder / f"{runtime.APP_CATALOG}_{language}.ts"
        plural_only = language == runtime.SOURCE_LANGUAGE
        lupdate(ts, language, plural_only=plural_only, silent=silent)
        if plural_only and fill_english_plurals(ts):
            lupdate(ts, language, plural_only=True, silent=True)  # back to lupdate's own layout
        report[ts.name] = problems(ts)
    return report


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else ""
    try:
        if command == "update":
            report = update_translations()
            for name, found in report.items():
                print(f"{name}: {len(found)} message(s) to translate or fix")
                for line in found:
                    print(f"  {line}")
            return 0
        if command == "check":
            found_any = False
            for ts in sorted(runtime.translations_dir().glob("*.ts")):
                found = problems(ts)
                found_any = found_any or bool(found)
                print(f"{ts.name}: {'OK' if not found else f'{len(found)} problem(s)'}")
                for line in found:
                    print(f"  {line}")
            return 1 if found_any else 0
        if command == "compile":
            target = args[1] if len(args) > 1 else None
            for qm in compile_translations(target):
                print(qm)
            return 0
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print("usage: python tools/i18n.py {update|check|compile [TARGET_DIR]}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
