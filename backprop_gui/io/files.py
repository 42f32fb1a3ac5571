"""Writing files so that a crash never leaves half a file."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from typing import BinaryIO


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write(file)`` on a temporary file next to ``path``, then rename it over ``path``.

    The temporary file is flushed and synced to disk before the rename, so a crash or a
    full disk leaves either the old file or the new one, never half a file; it is
    removed if anything fails. Saving through a symbolic link replaces the file it
    points to, and an existing file keeps its permissions. Raises what the system
    raises (``OSError``) or what ``write`` raises; callers turn that into their message.
    """
    target = os.path.realpath(os.fsdecode(os.fspath(path)))
    folder, name = os.path.split(target)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    # In the same folder, so that the rename never crosses file systems. mkstemp opens
    # the file exclusively, readable and writable by its owner only, in binary mode.
    fd, temporary = tempfile.mkstemp(prefix=f".{name[:100]}.", suffix=".tmp", dir=folder or None)
    try:
        with os.fdopen(fd, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode if mode is not None else _new_file_mode())
        os.replace(temporary, target)
        temporary = None
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
    _sync_folder(folder)


def _new_file_mode() -> int:
    """The permissions ``open()`` would give a new file: 0o666 less the umask (mkstemp gives 0o600)."""
    try:  # Linux tells the umask without changing it (os.umask would, for every thread)
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o022)  # elsewhere: read it by setting it, and put it straight back
    os.umask(umask)
    return 0o666 & ~umask


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable where the system allows it (POSIX); best effort."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
