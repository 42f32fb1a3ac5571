"""Reading a user's file whole, without ever waiting on a pipe or a device.

A path can name something that is not a file on a disk: a named pipe (FIFO),
``/dev/stdin``, a terminal, a socket. Opening one for reading waits until a writer
comes, and reading it waits for data that may never come, so the program would hang
without a word. :func:`read_regular_file` looks at what the path is *before* opening it,
opens it with ``O_NONBLOCK`` (so even a file swapped for a pipe between the look and
the open cannot block), looks again at what was opened, and reads at most a given
number of bytes. Each problem is its own exception, so that every caller can say in
its own words what is wrong and what to do.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFOs to open
_O_NOCTTY = getattr(os, "O_NOCTTY", 0)  # a terminal must never become ours
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


class NotRegularFileError(OSError):
    """The path is a pipe, a device or a socket, not a file on a disk."""


class FileTooLargeError(OSError):
    """The file has more than the allowed number of bytes; ``size`` says how many (at least)."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


class UnreadablePathError(OSError):
    """The path cannot be used at all: a NUL character, or a name the system cannot encode."""


def open_regular_file(path: str | os.PathLike, max_bytes: int, buffering: int = -1) -> tuple[BinaryIO, os.stat_result]:
    """The regular file at ``path`` opened for reading, with what ``fstat`` says of it.

    Looks before opening (a pipe or a device is refused, never opened), opens with
    ``O_NONBLOCK`` and looks again at what was opened. Raises as :func:`read_regular_file`
    does; a file of more than ``max_bytes`` is refused before it is read.
    """
    try:
        _check(os.stat(path), max_bytes)
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_NOCTTY | _O_BINARY)
    except (ValueError, UnicodeError) as exc:  # "embedded null byte", an unencodable name
        raise UnreadablePathError(str(exc)) from None
    file = os.fdopen(fd, "rb", buffering=buffering)
    try:
        info = os.fstat(fd)
        _check(info, max_bytes)  # what was opened, which may not be what was looked at
    except BaseException:
        file.close()
        raise
    return file, info


def read_regular_file(path: str | os.PathLike, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    Raises ``FileNotFoundError``, ``IsADirectoryError``, :class:`NotRegularFileError`
    (a pipe, device or socket, refused before it is opened), :class:`FileTooLargeError`
    (checked before reading, and again after, for a file that grew),
    ``PermissionError``, :class:`UnreadablePathError`, or another ``OSError`` for a
    failing disk.
    """
    file, info = open_regular_file(path, max_bytes, buffering=0)
    with file:
        # Ask for the size the file says it has, and one byte more to see it grow; a file
        # that says 0 (those of /proc) is read in growing pieces. Never more than max_bytes + 1.
        request = info.st_size + 1 if info.st_size else 64 * 1024
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = file.read(min(request, max_bytes + 1 - size))
            if not chunk:  # the end (O_NONBLOCK does not change reads of a regular file)
                break
            chunks.append(chunk)
            size += len(chunk)
            request = max(request, 1 << 20)
    if size > max_bytes:
        raise FileTooLargeError(size)
    return b"".join(chunks) if len(chunks) != 1 else chunks[0]


def _check(info: os.stat_result, max_bytes: int) -> None:
    _check_kind(info)
    if info.st_size > max_bytes:
        raise FileTooLargeError(info.st_size)


def _check_kind(info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError("not a regular file")
