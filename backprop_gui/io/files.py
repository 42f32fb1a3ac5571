"""Writing files so that a crash never leaves half a file."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable
from typing import BinaryIO

_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


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
    temporary = None
    try:
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            mode = None
        for _attempt in range(100):
            candidate = os.path.join(folder, f".{name[:100]}.{secrets.token_hex(4)}.tmp")
            try:
                # 0o666 lets the umask decide the permissions of a new file.
                fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
            except FileExistsError:
                continue
            temporary = candidate
            break
        else:  # pragma: no cover - 100 random names all taken
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), folder)
        with os.fdopen(fd, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
        temporary = None
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
    _sync_folder(folder)


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
