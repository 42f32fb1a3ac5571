"""Make the Debian/Ubuntu package of backprop-gui from the trimmed one-folder bundle.

    python packaging/linux/make_deb.py BUNDLE VERSION OUT_DIR

packaging/build.sh runs it on Linux after trim.py, with the same bundle the tarball
holds, and writes OUT_DIR/backprop-gui_<version>_amd64.deb. It needs ``dpkg-deb``
(Debian and Ubuntu have it; no fakeroot: ``--root-owner-group`` makes every file
root's). What the package installs:

    /usr/lib/backprop-gui/                    the bundle: backprop-gui and _internal/
    /usr/bin/backprop-gui                     a link to ../lib/backprop-gui/backprop-gui
    /usr/share/applications/<id>.desktop      the menu entry (opens .bpexp and .bplesson)
    /usr/share/mime/packages/backprop-gui.xml the two file types
    /usr/share/icons/hicolor/<n>x<n>/apps/backprop-gui.png
    /usr/share/metainfo/<id>.metainfo.xml     AppStream, for software centres
    /usr/share/backprop-gui/lessons/README    the system lesson-pack folder
    /usr/share/doc/backprop-gui/copyright, changelog.gz
    /usr/share/lintian/overrides/backprop-gui what lintian reports that a bundle must be

<id> is paths.APP_ID. The bundle lives in /usr/lib/backprop-gui, where Debian puts a
program's private files (Debian policy forbids /opt to packages); its private
libraries are outside the linker's search path, so they never replace the system's.

Depends (in deb/control) must name the Debian package of every system library the
bundle loads: this script reads the DT_NEEDED list of every ELF file in the bundle and
stops with a clear message when a library is neither bundled nor covered.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]
from backprop_gui.paths import APP_ID  # noqa: E402
from trim import read_elf  # noqa: E402  (packaging/trim.py: the same ELF reader)

PACKAGE = "backprop-gui"
INSTALL_DIR = Path("usr/lib/backprop-gui")
LESSONS_DIR = Path("usr/share/backprop-gui/lessons")
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
DEFAULT_MAINTAINER = "backprop-gui developers <maintainers@backprop-gui.invalid>"

# System library (soname) -> the Debian/Ubuntu package that has it. The libraries the
# bundle leaves to the system (trim.py's SYSTEM_LIBRARIES, Qt's EGL/GL and Wayland
# client libraries, glibc); the same names in Debian 12 and Ubuntu 22.04/24.04.
LIBRARY_PACKAGES = {
    "ld-linux-x86-64.so.2": "libc6", "libc.so.6": "libc6", "libm.so.6": "libc6",
    "libdl.so.2": "libc6", "libpthread.so.0": "libc6", "librt.so.1": "libc6", "libutil.so.1": "libc6",
    "libstdc++.so.6": "libstdc++6", "libgcc_s.so.1": "libgcc-s1", "libz.so.1": "zlib1g",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3", "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
}


def debian_version(version: str) -> str:
    """PEP 440 -> Debian: a pre-release sorts before its release with "~"
    (0.2.0rc1 -> 0.2.0~rc1, 0.2.0.dev3 -> 0.2.0~dev3); a local part keeps its "+"."""
    version = re.sub(r"(?<=\d)\.?(a|b|rc|dev)(?=\d)", r"~\1", version)
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~]*", version):
        raise SystemExit(f"make_deb.py: cannot make a Debian version of {version!r}")
    return version


def control_fields(text: str) -> dict[str, str]:
    """The fields of a control file (continuation lines joined with newlines)."""
    fields: dict[str, str] = {}
    name = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and name:
            fields[name] += "\n" + line
        elif ":" in line:
            name, value = line.split(":", 1)
            fields[name] = value.strip()
    return fields


def depends_packages(depends: str) -> set[str]:
    """The package names of a Depends field (versions and alternatives dropped)."""
    return {re.split(r"[\s(]", alternative.strip())[0] for item in depends.split(",") for alternative in item.split("|")}


def system_libraries(bundle: Path) -> dict[str, list[str]]:
    """Library name -> the bundle's files that need it, for every DT_NEEDED library
    that the bundle does not carry itself."""
    carried = {path.name for path in bundle.rglob("*")}
    needs: dict[str, list[str]] = {}
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink() and (elf := read_elf(path)) is not None:
            for name in elf[0]:
                if name not in carried:
                    needs.setdefault(name, []).append(str(path.relative_to(bundle)))
    return needs


def check_depends(bundle: Path, depends: str) -> None:
    covered = depends_packages(depends)
    problems = []
    for library, users in sorted(system_libraries(bundle).items()):
        package = LIBRARY_PACKAGES.get(library)
        if package is None:
            problems.append(f"{library} (needed by {users[0]}) is not in make_deb.py's LIBRARY_PACKAGES")
        elif package not in covered:
            problems.append(f"{library} (needed by {users[0]}) comes from {package}, which deb/control's Depends lacks")
    if problems:
        raise SystemExit("make_deb.py: the package would not run everywhere:\n  " + "\n  ".join(problems))


def copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def stage(bundle: Path, root: Path) -> None:
    """Lay out the installed files under ``root``."""
    app = root / INSTALL_DIR
    app.mkdir(parents=True)
    shutil.copy2(bundle / PACKAGE, app / PACKAGE)
    shutil.copytree(bundle / "_internal", app / "_internal", symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    # Within /usr Debian wants a relative link. The program finds its _internal/
    # through the link (install.sh's ~/.local/bin link works the same way).
    (root / "usr/bin" / PACKAGE).symlink_to(Path("..") / INSTALL_DIR.relative_to("usr") / PACKAGE)
    share = root / "usr/share"
    copy(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    copy(HERE / "backprop-gui-mime.xml", share / "mime/packages/backprop-gui.xml")
    copy(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = bundle / "_internal/backprop_gui/resources/icons"
    for size in ICON_SIZES:
        source = icons / ("backprop-gui.png" if size == 256 else f"backprop-gui-{size}.png")
        copy(source, share / f"icons/hicolor/{size}x{size}/apps/backprop-gui.png")
    copy(HERE / "deb/lessons-README", root / LESSONS_DIR / "README")
    copy(HERE / "deb/copyright", share / "doc" / PACKAGE / "copyright")
    copy(HERE / "deb/lintian-overrides", share / "lintian/overrides" / PACKAGE)


def normalise_permissions(root: Path) -> None:
    """Folders 0755, the program 0755, every other file 0644: shared libraries and
    Python's extension modules are loaded, never run, so they are not executable
    (Debian policy 10.9). dpkg-deb's --root-owner-group makes them all root's."""
    program = root / INSTALL_DIR / PACKAGE
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path == program else 0o644)


def installed_size_kib(root: Path) -> int:
    """Installed-Size as dpkg counts it: KiB, each file rounded up, a link or folder one."""
    return sum(-(-path.lstat().st_size // 1024) if path.is_file() and not path.is_symlink() else 1
               for path in root.rglob("*"))


def write_control(root: Path, version: str, maintainer: str) -> dict[str, str]:
    debian = root / "DEBIAN"
    debian.mkdir()
    md5sums = "".join(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(root).as_posix()}\n"
                      for path in sorted(root.rglob("*")) if path.is_file() and not path.is_symlink()
                      and path.parts[len(root.parts)] != "DEBIAN")
    (debian / "md5sums").write_text(md5sums, encoding="utf-8")
    text = (HERE / "deb/control").read_text(encoding="utf-8")
    text = (text.replace("@VERSION@", version).replace("@MAINTAINER@", maintainer)
            .replace("@INSTALLED_SIZE@", str(installed_size_kib(root))))
    (debian / "control").write_text(text, encoding="utf-8")
    for script in ("postinst", "postrm"):
        shutil.copyfile(HERE / "deb" / script, debian / script)
        (debian / script).chmod(0o755)
    (debian / "md5sums").chmod(0o644)
    (debian / "control").chmod(0o644)
    return control_fields(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the trimmed PyInstaller folder (backprop-gui, _internal)")
    parser.add_argument("version", help="backprop_gui.__version__")
    parser.add_argument("out", type=Path, help="the folder to write the .deb into")
    parser.add_argument("--maintainer", default=DEFAULT_MAINTAINER, help="the Maintainer field")
    parser.add_argument("--compression", default="xz", choices=("xz", "zstd", "gzip"),
                        help="xz: the smallest download (the default); zstd: 100 times faster to build, 35 %% larger (CI)")
    parser.add_argument("--work", type=Path, default=ROOT / "packaging/build/deb", help="the staging folder")
    args = parser.parse_args(argv)
    if not (args.bundle / PACKAGE).is_file() or not (args.bundle / "_internal").is_dir():
        raise SystemExit(f"make_deb.py: {args.bundle} is not a backprop-gui bundle (backprop-gui and _internal are missing)")
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("make_deb.py: dpkg-deb is missing (apt-get install dpkg)")
    version = debian_version(args.version)
    template = control_fields((HERE / "deb/control").read_text(encoding="utf-8"))
    check_depends(args.bundle, template["Depends"])

    root = args.work / "root"
    shutil.rmtree(args.work, ignore_errors=True)
    stage(args.bundle, root)
    # The Debian changelog every package carries (lintian: no-changelog); the project's
    # history is its git log.
    changelog = (f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
                 f"  * backprop-gui {args.version}, built with packaging/build.sh.\n\n"
                 f" -- {args.maintainer}  {release_date(version)}\n")
    doc = root / "usr/share/doc" / PACKAGE
    (doc / "changelog.gz").write_bytes(gzip.compress(changelog.encode(), 9, mtime=0))
    normalise_permissions(root)
    fields = write_control(root, version, args.maintainer)

    args.out.mkdir(parents=True, exist_ok=True)
    deb = args.out / f"{PACKAGE}_{version}_{fields['Architecture']}.deb"
    subprocess.run(["dpkg-deb", "--build", "--root-owner-group", f"-Z{args.compression}", str(root), str(deb)],
                   check=True, stdout=subprocess.DEVNULL)
    print(f"built {deb}: {deb.stat().st_size / 1e6:.1f} MB, installs {int(fields['Installed-Size']) * 1024 / 1e6:.1f} MB")
    return 0


def release_date(version: str) -> str:
    """The changelog's date (RFC 2822): the metainfo's date for this version, so that
    the same sources make the same package; midday UTC."""
    metainfo = ET.parse(HERE / f"{APP_ID}.metainfo.xml").getroot()
    for release in metainfo.iter("release"):
        if debian_version(release.get("version", "")) == version:
            day = datetime.strptime(release.get("date"), "%Y-%m-%d").replace(hour=12, tzinfo=timezone.utc)
            return day.strftime("%a, %d %b %Y %H:%M:%S +0000")
    raise SystemExit(f"make_deb.py: add <release version=\"{version}\" date=\"YYYY-MM-DD\"/> to "
                     f"packaging/linux/{APP_ID}.metainfo.xml")


if __name__ == "__main__":
    sys.exit(main())
