"""Trim a PyInstaller one-folder build of backprop-gui: drop what the app never loads.

    python packaging/trim.py dist/backprop-gui          # the folder COLLECT wrote

1. Qt plugins: keep only the folders and plugins in KEEP_PLUGINS (the platform
   plugins, input methods, styles, the desktop portal); everything else (image
   formats, OpenGL and EGL integrations, touch input, TLS, ...) goes.
2. Qt's own translations: the app loads only ``qtbase_<language>.qm`` for its
   languages (Qt ships none for Indonesian; the app carries its own).
3. pyqtgraph's own logo images, and Python's East Asian codecs (the CSV reader only
   tries UTF-8 and Windows-1252).
4. Linux: the libraries every Linux desktop has, and must be the system's own
   (SYSTEM_LIBRARIES: X11, fontconfig and FreeType, which read the system's font
   configuration, GLib, D-Bus, systemd and the C++ runtime), are removed so the
   system's copies load.
   Then the shared libraries no longer needed by anything that stays (found by reading
   each ELF file's DT_NEEDED entries) are removed, and debug information is stripped
   when ``strip`` is available.

Prints the size before and after. Works on the bundle of any platform; step 4 runs
only on Linux.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

APP_LANGUAGES = ("en", "id")

# folder under Qt's plugins/ -> plugin names kept (None: the whole folder). Names are
# file stems without a "lib" prefix, so they match on Linux, Windows and macOS.
KEEP_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "platforminputcontexts": None,  # compose key, IBus: typing in every language
    "styles": None,  # the native Windows and macOS looks
    "platformthemes": {"qxdgdesktopportal"},  # file dialogs through the desktop portal
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient"},
}


# Loaded from the system, as every X11 desktop has them (the AppImage project's
# "excludelist" makes the same choice for most of these). The xcb helper libraries
# (libxcb-cursor, -icccm, ...) stay bundled: many systems lack them.
SYSTEM_LIBRARIES = {
    "libX11", "libX11-xcb", "libxcb", "libfontconfig", "libfreetype", "libglib-2.0", "libgthread-2.0",
    "libdbus-1", "libsystemd", "libgcrypt", "libgpg-error", "libz",
    # C++ runtime: every C++ library here comes from a manylinux wheel, built to use
    # the system's libstdc++, exactly as when the wheels are installed with pip.
    "libstdc++", "libgcc_s",
}

EAST_ASIAN_CODECS = ("_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw")


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def find_qt_dir(bundle: Path) -> Path:
    for candidate in bundle.rglob("PySide6"):
        qt = candidate / "Qt"
        if (qt / "plugins").is_dir() or (qt / "lib").is_dir():
            return qt
        if (candidate / "plugins").is_dir():  # Windows wheels: PySide6/plugins
            return candidate
    raise SystemExit(f"no PySide6/Qt folder in {bundle}; is this a PyInstaller build of the app?")


def plugin_name(path: Path) -> str:
    name = path.name.split(".")[0]
    return name[3:] if name.startswith("lib") else name


def remove(path: Path, removed: list[Path]) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()
    removed.append(path)


def trim_plugins(qt: Path, removed: list[Path]) -> None:
    plugins = qt / "plugins"
    if not plugins.is_dir():
        return
    for folder in sorted(plugins.iterdir()):
        keep = KEEP_PLUGINS.get(folder.name, set())
        if keep is None:
            continue
        if not keep:
            remove(folder, removed)
            continue
        for plugin in sorted(folder.iterdir()):
            if plugin_name(plugin) not in keep:
                remove(plugin, removed)


def trim_translations(qt: Path, removed: list[Path]) -> None:
    folder = qt / "translations"
    if not folder.is_dir():
        return
    wanted = {f"qtbase_{language}.qm" for language in APP_LANGUAGES}
    for path in sorted(folder.iterdir()):
        if path.name not in wanted:
            remove(path, removed)


def trim_python_extras(bundle: Path, removed: list[Path]) -> None:
    for path in sorted(bundle.rglob("peegee")):  # pyqtgraph/icons/peegee: its logo
        if path.is_dir() and path.parent.name == "icons":
            remove(path, removed)
    for path in sorted(bundle.rglob("_codecs_*")):
        if path.name.split(".")[0] in EAST_ASIAN_CODECS:
            remove(path, removed)


# ------------------------------------------------------------------------------ ELF
def read_elf(path: Path) -> tuple[list[str], set[str]] | None:
    """(DT_NEEDED names, section names) of a 64-bit little-endian ELF file; None if it
    is not one."""
    try:
        with path.open("rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None

    def string(table: int, offset: int) -> str:
        return data[table + offset:data.index(b"\0", table + offset)].decode()

    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names = {string(sections[shstrndx][4], s[0]) for s in sections} if sections else set()
    needed = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        for pos in range(offset, offset + size, entsize or 16):
            tag, value = struct.unpack_from("<qQ", data, pos)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                needed.append(string(sections[link][4], value))
    return needed, names


def is_library(path: Path) -> bool:
    """A shared library loaded only because something else needs it (not a Python
    extension module, not a Qt plugin, not the interpreter)."""
    name = path.name
    if ".so" not in name or name.endswith(".abi3.so") or ".cpython-" in name or "plugins" in path.parts:
        return False
    return name.startswith("lib") and not name.startswith("libpython")


def prune_libraries(bundle: Path, removed: list[Path]) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    elves = {p: elf[0] for p in files if (elf := read_elf(p)) is not None}
    if not elves:
        return
    by_name: dict[str, list[Path]] = {}
    for path in elves:
        by_name.setdefault(path.name, []).append(path)
    for link in bundle.rglob("*"):  # PyInstaller links top-level names to Qt's lib folder
        if link.is_symlink() and link.resolve() in elves:
            by_name.setdefault(link.name, []).append(link.resolve())
    keep: set[Path] = set()
    for path in list(elves):
        if path.name.split(".so")[0] in SYSTEM_LIBRARIES:
            del elves[path]
            remove(path, removed)
    todo = [p for p in elves if not is_library(p)]
    while todo:
        path = todo.pop()
        if path in keep:
            continue
        keep.add(path)
        for name in elves.get(path, []):
            todo.extend(by_name.get(name, []))
    for path in sorted(set(elves) - keep):
        remove(path, removed)
    for link in sorted(bundle.rglob("*")):
        if link.is_symlink() and not link.exists():
            remove(link, removed)


def strip_binaries(bundle: Path) -> None:
    """Strip the files that still carry debug information (the interpreter, usually).
    Wheels' libraries are left alone: they come stripped, and stripping one that
    auditwheel patched breaks it ("ELF load command address/offset not page-aligned")."""
    tool = shutil.which("strip")
    if tool is None:
        print("strip was not found (Debian package binutils): the interpreter keeps its debug information", file=sys.stderr)
        return
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink() and (elf := read_elf(path)) is not None:
            if any(name.startswith(".debug") for name in elf[1]):
                subprocess.run([tool, "--strip-debug", str(path)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the folder PyInstaller's COLLECT wrote")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    before = folder_size(bundle)
    qt = find_qt_dir(bundle)
    removed: list[Path] = []
    trim_plugins(qt, removed)
    trim_translations(qt, removed)
    trim_python_extras(bundle, removed)
    if sys.platform.startswith("linux"):
        prune_libraries(bundle, removed)
        strip_binaries(bundle)
    after = folder_size(bundle)
    for path in removed:
        print(f"removed {os.path.relpath(path, bundle)}")
    print(f"trimmed {bundle.name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB ({len(removed)} items removed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
