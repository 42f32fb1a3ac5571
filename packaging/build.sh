#!/usr/bin/env bash
# Build backprop-gui for this platform with PyInstaller (one folder, trimmed) and write
# the artifacts into dist/:
#   Linux    dist/backprop-gui-<version>-linux-x86_64.tar.gz, and backprop-gui_<version>_amd64.deb
#            (Debian/Ubuntu package of the same bundle) when dpkg-deb is installed
#   Windows  dist/backprop-gui-<version>-windows-x86_64-portable.zip, and ...-setup.exe
#            when Inno Setup's ISCC is installed (run this from Git Bash)
#   macOS    dist/backprop-gui-<version>-macos-<arch>.dmg (ad-hoc signed .app inside)
# It makes its own build environment (packaging/build/venv) from a fresh clone.
# Options: --skip-size-check  do not fail when the size targets are missed.
# Environment: DEB_COMPRESSION=xz|zstd|gzip (the .deb's; xz, the smallest, by default;
# .ci/run uses zstd, built in seconds), DEB_MAINTAINER="Name <address>" (its Maintainer).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
started=$(date +%s)
size_check=1
[ "${1:-}" = "--skip-size-check" ] && size_check=0

case "$(uname -s)" in
    Linux*) platform=linux ;;
    Darwin*) platform=macos ;;
    MINGW*|MSYS*|CYGWIN*) platform=windows ;;
    *) echo "build.sh: unsupported platform $(uname -s)" >&2; exit 1 ;;
esac
# The Python to build with: $PYTHON, else the first Python 3.11+ that runs (on Windows,
# "python3" may be the Microsoft Store's stub, so "python" and "py -3" are tried too).
if [ -n "${PYTHON:-}" ]; then
    python_command=("$PYTHON")
else
    python_command=()
    for candidate in python3 python "py -3"; do
        read -r -a words <<< "$candidate"
        if "${words[@]}" -c "import sys; sys.exit(sys.version_info < (3, 11))" >/dev/null 2>&1; then
            python_command=("${words[@]}")
            break
        fi
    done
    [ ${#python_command[@]} -gt 0 ] || { echo "build.sh: Python 3.11 or newer is needed" >&2; exit 1; }
fi
BUILD=packaging/build
mkdir -p "$BUILD" dist

if [ "$platform" = linux ]; then
    # The xcb helper libraries are bundled (many systems lack them), so the build
    # machine needs them; binutils gives strip. Installed when we are root with apt.
    needed=(binutils libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
            libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-util1 libegl1 libgl1
            libfontconfig1 libdbus-1-3 libglib2.0-0)
    missing=()
    for pkg in "${needed[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
    if [ ${#missing[@]} -gt 0 ]; then
        if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
            apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
        else
            echo "build.sh: warning: missing ${missing[*]}; the bundle will need them on the user's system" >&2
        fi
    fi
fi

echo "== build environment ($BUILD/venv)"
rm -rf "$BUILD/venv"
"${python_command[@]}" -m venv "$BUILD/venv"
if [ "$platform" = windows ]; then VPY="$BUILD/venv/Scripts/python.exe"; else VPY="$BUILD/venv/bin/python"; fi
"$VPY" -m pip install -q --upgrade pip >/dev/null
"$VPY" -m pip install -q -r packaging/requirements-build.txt
"$VPY" - <<'PY'
import importlib.util, sys
others = [name for name in ("PyQt5", "PyQt6", "PySide2") if importlib.util.find_spec(name)]
sys.exit(f"more than one Qt binding in the build environment: {others}" if others else 0)
PY
VERSION=$("$VPY" -c "import backprop_gui; print(backprop_gui.__version__)")
echo "backprop-gui $VERSION for $platform"

echo "== translations and icons"
QT_QPA_PLATFORM=offscreen "$VPY" tools/i18n.py compile
QT_QPA_PLATFORM=offscreen "$VPY" packaging/make_icons.py --out-build "$BUILD/icons"

echo "== PyInstaller"
rm -rf "$BUILD/dist"
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/backprop-gui.spec

echo "== trimming"
if [ "$platform" = macos ]; then bundle="$BUILD/dist/backprop-gui.app"; else bundle="$BUILD/dist/backprop-gui"; fi
"$VPY" packaging/trim.py "$bundle" | tail -n 1

echo "== packaging"
case "$platform" in
    linux)
        name="backprop-gui-$VERSION"
        stage="$BUILD/stage/$name"
        rm -rf "$BUILD/stage" && mkdir -p "$stage"
        cp -a "$bundle/." "$stage/"
        cp packaging/linux/install.sh packaging/linux/backprop-gui-mime.xml "$stage/"
        APP_ID=$("$VPY" -c "from backprop_gui.paths import APP_ID; print(APP_ID)")
        sed "s/^Version=1.0$/&\nX-AppVersion=$VERSION/" "packaging/linux/$APP_ID.desktop" > "$stage/$APP_ID.desktop"
        cp resources/icons/backprop-gui.png "$stage/backprop-gui.png"
        artifact="dist/backprop-gui-$VERSION-linux-x86_64.tar.gz"
        tar -C "$BUILD/stage" -cf - "$name" | gzip -9 > "$artifact"
        # The Debian/Ubuntu package: the same trimmed bundle in /usr/lib/backprop-gui.
        if command -v dpkg-deb >/dev/null 2>&1; then
            deb_options=(--compression "${DEB_COMPRESSION:-xz}")
            [ -n "${DEB_MAINTAINER:-}" ] && deb_options+=(--maintainer "$DEB_MAINTAINER")
            "$VPY" packaging/linux/make_deb.py "$bundle" "$VERSION" dist "${deb_options[@]}"
        else
            echo "build.sh: dpkg-deb not found: no .deb was built (Debian and Ubuntu have it)" >&2
        fi
        ;;
    windows)
        artifact="dist/backprop-gui-$VERSION-windows-x86_64-portable.zip"
        rm -f "$artifact"
        # The portable zip carries portable.txt: unzipped onto a USB stick, it keeps its
        # settings and autosaves beside itself.
        "$VPY" - "$bundle" "$artifact" "backprop-gui-$VERSION" <<'PY'
import sys, zipfile
from pathlib import Path
bundle, artifact, top = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
with zipfile.ZipFile(artifact, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    for path in sorted(bundle.rglob("*")):
        archive.write(path, f"{top}/{path.relative_to(bundle).as_posix()}")
    archive.writestr(f"{top}/portable.txt", (
        "This file makes backprop-gui keep its settings and automatic saves in this folder\r\n"
        "(settings\\ and data\\) instead of in your user profile. Delete it to use the profile.\r\n"
        "Berkas ini membuat backprop-gui menyimpan pengaturan dan simpanan otomatisnya di folder ini.\r\n"))
PY
        iscc=$(command -v iscc || command -v ISCC.exe || true)
        [ -z "$iscc" ] && [ -x "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" ] && iscc="/c/Program Files (x86)/Inno Setup 6/ISCC.exe"
        if [ -n "$iscc" ]; then
            # "-D" rather than "/D": Git Bash rewrites arguments that look like paths.
            "$iscc" -Q "-DAppVersion=$VERSION" "-DBundleDir=$(cygpath -w "$ROOT/$bundle")" \
                "-DOutputDir=$(cygpath -w "$ROOT/dist")" "-DIconFile=$(cygpath -w "$ROOT/$BUILD/icons/backprop-gui.ico")" \
                "$(cygpath -w "$ROOT/packaging/windows/backprop-gui.iss")"
        else
            echo "build.sh: Inno Setup (ISCC) not found: only the portable zip was built" >&2
        fi
        ;;
    macos)
        codesign --force --deep --sign - "$bundle"  # ad-hoc; see packaging/README.md for real signing
        rm -rf "$BUILD/dmg" && mkdir -p "$BUILD/dmg"
        cp -R "$bundle" "$BUILD/dmg/"
        ln -s /Applications "$BUILD/dmg/Applications"
        artifact="dist/backprop-gui-$VERSION-macos-$(uname -m).dmg"
        rm -f "$artifact"
        for attempt in 1 2 3; do  # hdiutil sometimes fails with "Resource busy" on CI machines
            hdiutil create -volname "backprop-gui $VERSION" -srcfolder "$BUILD/dmg" -ov -format UDZO "$artifact" >/dev/null && break
            [ "$attempt" = 3 ] && exit 1
            sleep 5
        done
        ;;
esac

"$VPY" - "$bundle" "$artifact" "$(( $(date +%s) - started ))" "$size_check" <<'PY'
import sys
from pathlib import Path
sys.path.insert(0, "packaging")
from trim import folder_size  # the same measure trim.py reports
bundle, artifact, seconds, check = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
unpacked = folder_size(bundle)
packed = artifact.stat().st_size
print(f"built {artifact} in {seconds} s: unpacked {unpacked / 1e6:.1f} MB (target 150), download {packed / 1e6:.1f} MB (target 60)")
if check and (unpacked > 150e6 or packed > 60e6):
    sys.exit("build.sh: the bundle misses its size target; see packaging/README.md (or pass --skip-size-check)")
PY
