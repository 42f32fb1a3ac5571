#!/usr/bin/env bash
# Install backprop-gui for the current user (no root): the program into
# ~/.local/lib/backprop-gui, a command in ~/.local/bin, a menu entry and icon, and the
# .bpexp file type. Run it from the unpacked folder:
#   ./install.sh                 install (again: replaces the earlier copy)
#   ./install.sh --uninstall     remove everything this script installed
#   ./install.sh --prefix DIR    use DIR instead of ~/.local (for tests)
# Settings and saved work in your home folder are never touched.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix="$HOME/.local"
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --uninstall) action=uninstall ;;
        --prefix) prefix=${2:?--prefix needs a folder}; shift ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

app="$prefix/lib/backprop-gui"
bin="$prefix/bin/backprop-gui"
share="$prefix/share"
app_id=org.backprop_gui.BackpropGui  # backprop_gui/paths.py APP_ID
desktop="$share/applications/$app_id.desktop"
old_desktop="$share/applications/backprop-gui.desktop"  # its earlier name
mime="$share/mime/packages/backprop-gui.xml"
sizes=(16 32 48 64 128 256 512)

refresh() {  # let the desktop notice; each tool is optional
    command -v update-mime-database >/dev/null && update-mime-database "$share/mime" >/dev/null 2>&1 || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" >/dev/null 2>&1 || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "$action" = uninstall ]; then
    rm -rf "$app"
    rm -f "$bin" "$desktop" "$old_desktop" "$mime"
    for size in "${sizes[@]}"; do
        rm -f "$share/icons/hicolor/${size}x${size}/apps/backprop-gui.png"
    done
    refresh
    echo "backprop-gui was removed from $prefix. Your settings and saved work are kept."
    exit 0
fi

if [ ! -x "$here/backprop-gui" ] || [ ! -d "$here/_internal" ]; then
    echo "install.sh: run me from the unpacked backprop-gui folder (backprop-gui and _internal are missing here)" >&2
    exit 1
fi

mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/mime/packages"
rm -rf "$app.new"
mkdir -p "$app.new"
cp -a "$here/backprop-gui" "$here/_internal" "$app.new/"
rm -rf "$app"
mv "$app.new" "$app"
ln -sfn "$app/backprop-gui" "$bin"

icons="$app/_internal/backprop_gui/resources/icons"
for size in "${sizes[@]}"; do
    source="$icons/backprop-gui-$size.png"
    [ "$size" = 256 ] && source="$icons/backprop-gui.png"
    if [ -f "$source" ]; then
        mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
        cp "$source" "$share/icons/hicolor/${size}x${size}/apps/backprop-gui.png"
    fi
done

# The menu entry runs the installed program by its full path, quoted and escaped as the
# desktop entry format asks, so a home folder with a space (or a quote) in it works.
escaped=$app
escaped=${escaped//\\/\\\\\\\\}
escaped=${escaped//\"/\\\\\"}
escaped=${escaped//\`/\\\\\`}
escaped=${escaped//\$/\\\\\$}
while IFS= read -r line; do
    case "$line" in
        Exec=*) printf 'Exec="%s/backprop-gui" %%f\n' "$escaped" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/$app_id.desktop" > "$desktop"
chmod 644 "$desktop"
rm -f "$old_desktop"
cp "$here/backprop-gui-mime.xml" "$mime"
refresh
echo "backprop-gui is installed in $app."
echo "Start it from the applications menu, or with: $bin"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "(Add $prefix/bin to your PATH to start it by name.)" ;; esac
