"""What pyproject.toml promises a wheel: every resource folder, and metadata that
setuptools accepts without deprecation warnings. And the Linux packaging files (desktop
entry, MIME types, AppStream metainfo, the .deb's control template and scripts), checked
without building anything."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backprop_gui import __version__
from backprop_gui.paths import APP_ID, system_lesson_folders

ROOT = Path(__file__).resolve().parents[1]
tomllib = pytest.importorskip("tomllib") if sys.version_info >= (3, 11) else pytest.importorskip("tomli")


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_resource_folder_is_a_package_of_the_wheel():
    """setuptools ignores data in a folder that is not listed as a package ("Package
    would be ignored"): a new folder under resources/ must be added to the list."""
    packages = set(pyproject()["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(("backprop_gui", "resources", *path.relative_to(ROOT / "resources").parts))
        for path in (ROOT / "resources").rglob("*")
        if path.is_dir() and "__pycache__" not in path.parts
    }
    assert folders, "no resource folders found"
    assert not sorted(folders - packages), f"add to [tool.setuptools] packages: {sorted(folders - packages)}"
    assert "backprop_gui.resources" in packages


def test_the_licence_is_an_spdx_expression_with_a_setuptools_that_reads_it():
    config = pyproject()
    assert config["project"]["license"] == "MIT"  # the table form is deprecated (setuptools 77)
    assert not any(c.startswith("License ::") for c in config["project"].get("classifiers", []))
    assert "setuptools>=77" in " ".join(config["build-system"]["requires"])


# ---------------------------------------------------------------------------- Linux files
# The desktop entry, MIME types, AppStream metainfo and the .deb's control template
# (packaging/linux/), checked without building: they must agree with each other and
# with backprop_gui.paths.
LINUX = ROOT / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


@pytest.fixture(scope="module")
def make_deb():
    sys.path[:0] = [str(LINUX), str(ROOT / "packaging")]
    try:
        import make_deb
    finally:
        del sys.path[:2]
    return make_deb


def desktop_entry() -> dict[str, str]:
    lines = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def mime_types() -> dict[str, list[str]]:
    """MIME type -> its glob patterns, from the shared-mime-info XML."""
    root = ET.parse(LINUX / "backprop-gui-mime.xml").getroot()
    return {kind.get("type"): [glob.get("pattern") for glob in kind.iter(f"{MIME_NS}glob")]
            for kind in root.iter(f"{MIME_NS}mime-type")}


def metainfo():
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


def test_the_file_types_are_run_files_and_lesson_packs():
    assert mime_types() == {"application/x-backprop-gui-run": ["*.bpexp"],
                            "application/x-backprop-gui-lesson-pack": ["*.bplesson"]}


def test_the_menu_entry_opens_every_file_type_the_mime_xml_defines():
    entry = desktop_entry()
    assert entry["MimeType"].endswith(";")
    assert entry["MimeType"].rstrip(";").split(";") == list(mime_types())
    assert entry["Exec"] == "backprop-gui %f"  # one file from a double-click
    assert entry["Icon"] == "backprop-gui"  # the hicolor icons' name (make_deb.py, install.sh)


def test_windows_and_macos_open_every_file_type_the_mime_xml_defines():
    extensions = {pattern.removeprefix("*.") for patterns in mime_types().values() for pattern in patterns}
    setup = (ROOT / "packaging" / "windows" / "backprop-gui.iss").read_text(encoding="utf-8")
    spec = (ROOT / "packaging" / "backprop-gui.spec").read_text(encoding="utf-8")
    for extension in extensions:
        assert f'Subkey: "Software\\Classes\\.{extension}"; ValueType: string; ValueName: ""' in setup, extension
        assert f'ValueName: ".{extension}"' in setup, extension  # listed under "Open with"
        assert f'"CFBundleTypeExtensions": ["{extension}"]' in spec, extension
    # the system lesson-pack folder the app reads on Windows (paths.system_lesson_folders)
    assert 'Name: "{commonappdata}\\backprop-gui\\lessons"' in setup


def test_the_metainfo_names_the_app_id_the_desktop_entry_and_the_file_types():
    component = metainfo()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"
    assert (LINUX / f"{APP_ID}.desktop").is_file()
    assert [m.text for m in component.iter("mediatype")] == list(mime_types())
    assert component.findtext("project_license") == pyproject()["project"]["license"]


def test_the_metainfo_lists_this_version_as_the_newest_release():
    """AppStream's release history (make_deb.py also dates the Debian changelog from
    it): a new version needs its <release> line."""
    releases = [release.get("version") for release in metainfo().iter("release")]
    assert releases and releases[0] == __version__, f"add <release version=\"{__version__}\" date=...> first in the metainfo"


def test_install_sh_and_build_sh_use_the_app_id():
    assert f"app_id={APP_ID}  #" in (LINUX / "install.sh").read_text(encoding="utf-8")
    assert "from backprop_gui.paths import APP_ID" in (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")


@pytest.mark.parametrize("tool, arguments, name", [
    ("desktop-file-validate", [], "{id}.desktop"),
    ("appstreamcli", ["validate", "--no-net"], "{id}.metainfo.xml"),
    ("xmllint", ["--noout"], "backprop-gui-mime.xml"),
])
def test_the_freedesktop_tools_accept_the_files(tool, arguments, name):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    result = subprocess.run([tool, *arguments, str(LINUX / name.format(id=APP_ID))], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " error" not in (result.stdout + result.stderr).lower()


def test_the_control_template_has_debians_fields(make_deb):
    text = (LINUX / "deb" / "control").read_text(encoding="utf-8")
    fields = make_deb.control_fields(text)
    assert list(fields)[:5] == ["Package", "Version", "Architecture", "Maintainer", "Installed-Size"]
    assert fields["Package"] == "backprop-gui" and fields["Architecture"] == "amd64"
    assert fields["Version"] == "@VERSION@" and fields["Maintainer"] == "@MAINTAINER@"
    assert fields["Installed-Size"] == "@INSTALLED_SIZE@"
    assert fields["Section"] == "education" and fields["Priority"] == "optional"
    synopsis, *long_lines = fields["Description"].split("\n")
    assert 0 < len(synopsis) <= 80 and not synopsis.endswith(".")
    assert long_lines and all(line.startswith(" ") and len(line) <= 80 for line in long_lines)
    assert "/" + make_deb.INSTALL_DIR.as_posix() in fields["Description"]
    assert text.endswith("\n") and "\n\n" not in text  # one paragraph


def test_depends_covers_every_system_library_make_deb_knows(make_deb):
    """Every package the library table names is in Depends, and libc6 has the
    glibc the wheels were built for."""
    depends = make_deb.control_fields((LINUX / "deb" / "control").read_text(encoding="utf-8"))["Depends"]
    named = make_deb.depends_packages(depends)
    expected = set(make_deb.LIBRARY_PACKAGES.values()) - {"libopengl0"}  # libOpenGL: only when Qt asks for it
    assert sorted(expected - named) == []
    assert "libc6 (>= 2.35)" in depends


def test_check_depends_stops_at_a_library_depends_does_not_cover(make_deb, tmp_path):
    """make_deb.py reads the bundle's ELF files: a system library whose package
    Depends lacks stops the build, naming it."""
    if not sys.platform.startswith("linux"):
        pytest.skip("ELF files: Linux")
    # A program of the system that needs only libraries the table knows.
    for program in (Path("/bin/true"), Path("/usr/bin/true"), Path(sys.executable).resolve(), Path("/bin/sh")):
        bundle = tmp_path / program.name
        if not program.is_file():
            continue
        bundle.mkdir()
        shutil.copyfile(program, bundle / program.name)
        needed = make_deb.system_libraries(bundle)
        if "libc.so.6" in needed and set(needed) <= set(make_deb.LIBRARY_PACKAGES):
            break
    else:
        pytest.skip("no system program that links only libraries make_deb.py knows")
    known = {make_deb.LIBRARY_PACKAGES[name] for name in needed}
    make_deb.check_depends(bundle, ", ".join(sorted(known)))
    with pytest.raises(SystemExit, match=r"libc\.so\.6 .*libc6"):
        make_deb.check_depends(bundle, ", ".join(sorted(known - {"libc6"})))
    (bundle / "libc.so.6").write_bytes(b"")  # carried by the bundle: not the system's
    make_deb.check_depends(bundle, ", ".join(sorted(known - {"libc6"})))


@pytest.mark.parametrize("python, debian", [
    ("0.1.0", "0.1.0"), ("0.2.0rc1", "0.2.0~rc1"), ("1.0b2", "1.0~b2"), ("1.0.0.dev3", "1.0.0~dev3"),
    ("1.0.0+lab1", "1.0.0+lab1"),
])
def test_debian_versions_sort_pre_releases_first(make_deb, python, debian):
    assert make_deb.debian_version(python) == debian
    if "~" in debian and shutil.which("dpkg"):
        release = debian.split("~")[0]
        assert subprocess.run(["dpkg", "--compare-versions", debian, "lt", release]).returncode == 0


@pytest.mark.parametrize("script", ["postinst", "postrm"])
def test_maintainer_scripts_succeed_without_the_cache_tools(script, tmp_path):
    """A minimal system (a container, a server) has no update-mime-database: the
    scripts must still succeed, and they never touch anything then."""
    path = LINUX / "deb" / script
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh\n")
    for tool in ("update-desktop-database", "update-mime-database", "gtk-update-icon-cache"):
        assert f"command -v {tool} " in text
    shell = shutil.which("sh")
    if shell is None:
        pytest.skip("no sh")
    action = "configure" if script == "postinst" else "remove"
    result = subprocess.run([shell, str(path), action], env={"PATH": str(tmp_path)}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_package_makes_the_system_lesson_folder_the_app_will_read(make_deb):
    folder = Path("/") / make_deb.LESSONS_DIR
    assert folder in system_lesson_folders("linux", {})
    readme = (LINUX / "deb" / "lessons-README").read_text(encoding="utf-8")
    assert str(folder) in readme and ".bplesson" in readme


def test_the_deployment_guide_names_every_system_lesson_folder():
    guide = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    for platform in ("linux", "win32", "darwin"):
        folder = system_lesson_folders(platform, {})[-1]
        shown = str(folder).replace("C:\\ProgramData", "%ProgramData%")
        assert shown in guide, shown
