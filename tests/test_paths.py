"""Where the app finds things: the system lesson-pack folders of every platform."""

from pathlib import PurePath, PurePosixPath, PureWindowsPath

from backprop_gui.paths import system_lesson_folders


def test_linux_reads_the_xdg_data_folders_with_usr_share_last():
    assert [str(f) for f in system_lesson_folders("linux", {})] == [
        "/usr/local/share/backprop-gui/lessons", "/usr/share/backprop-gui/lessons"]


def test_linux_follows_xdg_data_dirs_ignoring_relative_and_repeated_entries():
    folders = system_lesson_folders("linux", {"XDG_DATA_DIRS": "/srv/lab/share:relative/share::/srv/lab/share/:/usr/share"})
    assert [PurePosixPath(f) for f in folders] == [
        PurePosixPath("/srv/lab/share/backprop-gui/lessons"), PurePosixPath("/usr/share/backprop-gui/lessons")]


def test_windows_uses_programdata():
    assert system_lesson_folders("win32", {"ProgramData": r"D:\Data"}) == [PureWindowsPath(r"D:\Data\backprop-gui\lessons")]
    assert system_lesson_folders("win32", {}) == [PureWindowsPath(r"C:\ProgramData\backprop-gui\lessons")]


def test_macos_uses_library_application_support():
    assert [PurePosixPath(f) for f in system_lesson_folders("darwin", {})] == [
        PurePosixPath("/Library/Application Support/backprop-gui/lessons")]


def test_every_folder_is_absolute():
    for platform in ("linux", "win32", "darwin", "freebsd14"):
        for folder in system_lesson_folders(platform, {"XDG_DATA_DIRS": "share:/opt/share"}):
            assert isinstance(folder, PurePath) and folder.is_absolute(), (platform, folder)
