"""A ZIP archive from a stranger, checked before anything in it is unpacked.

Run files (``.bpexp``) and lesson packs (``.bplesson``) are ZIP archives of JSON (and,
for runs, ``.npy`` arrays). Either may come on a USB stick from anyone, so the archive
is checked the same way for both: the end record's counts *before* ``zipfile`` parses
the table of contents (a crafted file cannot make it build millions of entries), then
every member's name, size, compression ratio and encryption, then each member's CRC as
it is read. Nothing is unpickled or executed; ZIP64 and split archives are refused.

Each problem is an :class:`ArchiveError` whose ``kind`` says which sentence the
caller's reader gives: ``"not_zip"`` (it is not a ZIP archive at all), ``"unsafe"``
(a limit or a feature we never write: do not trust it) or ``"damaged"``; ``detail`` is
the plain-words reason, in English, that the caller puts in its own sentence. No Qt.
"""

from __future__ import annotations

import errno
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from ..schema.fields import dump_value as show  # a value from a file, short (never megabytes of it)

__all__ = ["ArchiveError", "Limits", "SafeZip"]


class ArchiveError(ValueError):
    """What is wrong with an archive: ``kind`` is "not_zip", "unsafe" or "damaged"."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class Limits:
    """The most an archive of one kind may hold."""

    members: int  # members in the table of contents
    directory_bytes: int  # size of the table of contents
    unpacked_bytes: int  # each member and all of them together, unpacked
    ratio: int  # unpacked size / packed size of a member (a zip bomb packs far tighter)


_EOCD = struct.Struct("<4s4H2LH")
_EOCD_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"


def _check_end_record(file: BinaryIO, limits: Limits) -> None:
    """Find the ZIP end record as ``zipfile`` does and check its counts *before* ``zipfile``
    parses the central directory."""
    file.seek(0, 2)
    size = file.tell()
    if size < _EOCD.size:
        raise ArchiveError("not_zip", "it is not a ZIP archive")
    file.seek(size - _EOCD.size)
    tail = file.read(_EOCD.size)
    if tail[:4] == _EOCD_SIGNATURE and tail[-2:] == b"\0\0":
        record, start = tail, size - _EOCD.size
    else:
        first = max(size - (1 << 16) - _EOCD.size, 0)
        file.seek(first)
        data = file.read()
        found = data.rfind(_EOCD_SIGNATURE)
        if found < 0 or len(data) - found < _EOCD.size:
            raise ArchiveError("not_zip", "it is not a ZIP archive")
        record, start = data[found : found + _EOCD.size], first + found
    _sig, disk, disk_start, entries_here, entries, directory_size, _offset, _comment = _EOCD.unpack(record)
    if start >= 20:
        file.seek(start - 20)
        if file.read(4) == _ZIP64_LOCATOR_SIGNATURE:
            raise ArchiveError("unsafe", "it is a ZIP64 archive")
    if disk or disk_start or entries_here != entries:
        raise ArchiveError("not_zip", "it is a ZIP archive split over several files")
    if entries > limits.members:
        raise ArchiveError("unsafe", f"it has {entries} members, more than the {limits.members} allowed")
    if directory_size > limits.directory_bytes:
        raise ArchiveError(
            "unsafe", f"its table of contents is {directory_size} bytes, more than {limits.directory_bytes}"
        )
    file.seek(0)


class SafeZip:
    """The members of an archive (``infos``, by name), checked against ``limits`` before
    anything is unpacked. ``read(name, limit)`` unpacks one member and checks its CRC.

    Raises :class:`ArchiveError`; an ``OSError`` of the disk itself (not of the file's
    contents) passes through, for the caller to say the file cannot be read.
    """

    def __init__(self, file: BinaryIO, limits: Limits) -> None:
        _check_end_record(file, limits)
        try:
            self.zip = zipfile.ZipFile(file, "r")
            infos = self.zip.infolist()
        except OSError as exc:
            if exc.errno != errno.EINVAL:  # the disk failed, not the file
                raise
            raise ArchiveError("damaged", _damage(exc, None)) from None
        except Exception as exc:  # noqa: BLE001 - zipfile raises many kinds on crafted input
            if isinstance(exc, zipfile.BadZipFile) and "not a zip file" in str(exc).lower():
                raise ArchiveError("not_zip", "it is not a ZIP archive") from None
            raise ArchiveError("damaged", _damage(exc, None)) from None
        if len(infos) > limits.members:
            raise ArchiveError("unsafe", f"it has {len(infos)} members, more than the {limits.members} allowed")
        self.infos: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if name in self.infos:
                raise ArchiveError("damaged", f"the member {show(name)} is there twice")
            if info.flag_bits & 0x1:
                raise ArchiveError("unsafe", f"the member {show(name)} is encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ArchiveError("unsafe", f"the member {show(name)} uses an unsupported compression")
            size, packed = info.file_size, info.compress_size
            if size > limits.unpacked_bytes:
                raise ArchiveError(
                    "unsafe", f"the member {show(name)} unpacks to {size} bytes, more than {limits.unpacked_bytes}"
                )
            if size and (packed == 0 or size > limits.ratio * packed):
                raise ArchiveError(
                    "unsafe", f"the member {show(name)} unpacks to more than {limits.ratio} times its size (a zip bomb)"
                )
            if info.compress_type == zipfile.ZIP_STORED and packed != size:
                raise ArchiveError("damaged", f"the sizes of the member {show(name)} do not agree")
            total += size
            self.infos[name] = info
        if total > limits.unpacked_bytes:
            raise ArchiveError("unsafe", f"it unpacks to {total} bytes, more than {limits.unpacked_bytes}")

    def read(self, name: str, limit: int) -> bytes:
        info = self.infos[name]
        if info.file_size > limit:
            raise ArchiveError("unsafe", f"the member {show(name)} is {info.file_size} bytes, more than {limit}")
        try:
            with self.zip.open(info) as member:
                data = member.read(info.file_size + 1)  # reading past the end checks the CRC
        except OSError as exc:
            if exc.errno != errno.EINVAL:  # the disk failed, not the file
                raise
            raise ArchiveError("damaged", _damage(exc, name)) from None
        except Exception as exc:  # noqa: BLE001 - zlib, zipfile and OS errors on damaged data
            raise ArchiveError("damaged", _damage(exc, name)) from None
        if len(data) != info.file_size:
            raise ArchiveError("damaged", f"the member {show(name)} is cut short")
        return data


def _damage(exc: BaseException, member: str | None) -> str:
    """What is wrong, in plain words, from what zipfile, zlib or the system raised on damaged
    data (their own messages, such as "Error -3 while decompressing", mean nothing to a user)."""
    where = "its table of contents" if member is None else f"the member {show(member)}"
    text = str(exc).lower()
    if isinstance(exc, zlib.error):
        return f"{where} cannot be unpacked: its compressed data is broken"
    if "crc" in text:
        return f"{where} does not match its checksum: its contents were changed"
    if isinstance(exc, EOFError) or "truncated" in text:
        return f"{where} is cut short"
    if "magic number" in text or isinstance(exc, (OSError, ValueError)):  # e.g. a seek before the start
        return f"{where} is not where the archive says it is"
    return f"{where} is not laid out as a ZIP archive should be"
