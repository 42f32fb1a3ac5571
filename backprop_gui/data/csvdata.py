"""Reading CSV files into :class:`~backprop_gui.data.datasets.Dataset` objects.

Two steps: :func:`read_csv_table` turns a file (or its bytes) into a table of strings and
finds out how the file is written; :func:`load_csv` picks the target and feature columns
of such a table, converts them to numbers, splits and standardises.

How a file is read
------------------
* Encoding: UTF-8 with or without a byte-order mark, or UTF-16 with a byte-order mark.
  Anything else (for example Latin-1 from an old spreadsheet) is refused with the line
  of the first bad byte and the advice to save the file as "CSV UTF-8". A NUL character
  (typical of UTF-16 without a byte-order mark) is refused the same way.
* Line ends: ``\\n``, ``\\r\\n`` and ``\\r``. Lines that are blank, or hold only
  delimiters and spaces (spreadsheets write empty rows as ``,,,``), are skipped; line
  numbers in messages still count them, so they match a text editor.
* Delimiter: one of ``, ; TAB |``. Each candidate splits the first 50 rows; the winner
  gives the most rows with the most common column count (which must be 2 or more), then
  the most cells that are numbers, and only then, on a tie, the one ``csv.Sniffer``
  prefers. A file that no candidate splits is read as a single column.
* Decimal comma: with the ``;`` delimiter (the usual European export) numbers may be
  written ``1,5``; ``CsvTable.decimal_comma`` is then True.
* Header: the first row is a header when one of its cells is not a number while that
  column's cells in the next 50 rows are all numbers (or missing), or when all its cells
  are non-numbers and all are different. Otherwise columns are named "column 1",
  "column 2", ...
* Quotes: ``"`` quotes a value that contains delimiters or line breaks, as in Excel.

How a table becomes a data set
------------------------------
* Missing values: an empty cell or ``NA``, ``N/A``, ``NaN``, ``?``, ``null``, ``None``
  (any case, spaces around ignored) in a chosen column is an error naming the line and
  column, unless ``drop_missing=True``, which drops those rows and counts them in
  ``Dataset.dropped_rows``.
* Feature values must be finite numbers (``inf`` is refused too).
* Task inference when ``task`` is None: a target with any value that is not a number
  means classification; a numeric target whose values are all whole numbers with at most
  10 different values also means classification (labels such as 0/1 or 1..5); every
  other numeric target means regression. Several targets always mean regression.
* Classes are the target's distinct values, sorted: numbers by value, then other text
  alphabetically. Class names are the values as text (``"setosa"``, ``"1"``, ``"2.5"``).
* Split: :func:`~backprop_gui.data.datasets.train_test_split_indices`, stratified by
  class for classification.
* Standardisation (``standardize=True``): each feature column becomes (x - mean)/std with
  the mean and std of the *training* rows only (std 0 is replaced by 1), so nothing of the
  test rows leaks into training; ``Dataset.mean``/``std`` keep them to transform new
  inputs the same way. Regression targets are not standardised.

Speed and memory
----------------
The rows are kept as one string (see :class:`CsvTable`) and handled a block of about a
million characters at a time, so a file of millions of short lines costs no Python object
per line. A block's numbers are converted by NumPy's C parser (``np.loadtxt``); only a
block where that fails (a missing value, a non-number) is looked at cell by cell, and
only whole rows are flagged: the exact line and column for a message are found again
when one is needed. The target is read first; it gives the task, the labels and the
split, so the features are parsed once, straight into the rows of the training and the
test set, and nothing is copied afterwards. A file with quotes goes through the ``csv``
module, which is slower but handles every quoting rule, and is then kept the same way.
Loading is linear in the file's size (column names are looked up in a dict, even for
100,000 columns). ``benchmarks/bench_csv.py`` measures all this: a 98 MB file peaks at
about 2.4 times its size, a 98 MB file of 12 million one-digit lines at about 6.5 times
(its float64 arrays alone are 4 times the file).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import io
import math
import os
import re
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .datasets import (
    CLASSIFICATION,
    REGRESSION,
    Dataset,
    check_seed,
    check_test_fraction,
    train_test_split_indices,
)
from ..core.errors import QT_TRANSLATE_NOOP, DataError, path_text, shown
from ..io.reading import FileTooLargeError, NotRegularFileError, UnreadablePathError, read_regular_file

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
MISSING_VALUES = frozenset({"", "na", "n/a", "nan", "?", "null", "none"})
#: A numeric target with whole numbers and at most this many values is taken as classes.
MAX_INFERRED_CLASSES = 10
#: No target may have more classes than this (a column of names or ids is not a label).
MAX_CLASSES = 100

_SAMPLE_ROWS = 50
_SAMPLE_CHARS = 64 * 1024
_SNIFF_CHARS = 2048
_QUOTE = '"'
_BLOCK_CHARS = 1 << 20  # the rows of a file are handled in blocks of about a million characters


# --------------------------------------------------------------------------- the table


@contextlib.contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while building millions of small lists.

    Every new list counts towards the collector's next run, which then walks all the
    lists built so far: splitting a large file would spend most of its time there.
    Lists of strings hold no cycles, so nothing is lost by pausing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()



class CsvTable:
    """The cells of a CSV file as strings, with what was found out about the file.

    Attributes:
        columns: column names; from the header, or "column 1", "column 2", ... without one.
        rows: the data rows (header excluded, blank lines skipped), each a list of
            ``len(columns)`` strings exactly as in the file (spaces around a value kept).
        line_numbers: the 1-based line of the file where each row starts, for messages.
        delimiter: the delimiter used.
        has_header: whether the first row was taken as the header.
        decimal_comma: whether numbers may use a decimal comma (the delimiter is ``;``).

    Memory: a file of short lines has millions of rows, and a Python string and a Python
    int per row cost some 90 bytes, ten times a short line. So the rows are kept as one
    string, ``body``: the records joined by ``record_separator``, each record's cells
    joined by ``cell_separator`` (for a file without quotes, the file's own lines and
    delimiter; for a file with quotes, two control characters that no cell holds). The
    line numbers are kept only where they jump (after a blank line or a row over several
    lines). :meth:`blocks` hands out the records a block at a time; ``rows``,
    ``column(j)`` and ``line_numbers`` are built only when something asks for them.
    """

    def __init__(
        self,
        *,
        columns: list[str],
        delimiter: str,
        has_header: bool,
        decimal_comma: bool,
        body: str,
        n_rows: int,
        jumps: tuple[list[int], list[int]],
        cell_separator: str,
        record_separator: str = "\n",
    ) -> None:
        self.columns = columns
        self.delimiter = delimiter
        self.has_header = has_header
        self.decimal_comma = decimal_comma
        self.body = body
        self.n_rows = n_rows
        self.cell_separator = cell_separator
        self.record_separator = record_separator
        self.line_numbers = _LineNumbers(n_rows, *jumps)
        self._rows: list[list[str]] | None = None
        self._column_cache: dict[int, list[str]] = {}

    def blocks(self, chars: int | None = None):
        """``(first_row, records)`` for consecutive blocks of about ``chars`` characters."""
        chars = chars or _BLOCK_CHARS
        body, separator = self.body, self.record_separator
        position, row, size = 0, 0, len(body)
        while position < size:
            end = body.find(separator, min(position + chars, size))
            if end < 0:
                end = size
            records = body[position:end].split(separator)
            yield row, records
            row += len(records)
            position = end + 1

    def head(self, n: int) -> list[list[str]]:
        """The first ``n`` rows, split, without splitting the whole file."""
        rows: list[list[str]] = []
        for _, records in self.blocks(chars=64 * 1024):
            rows.extend(record.split(self.cell_separator) for record in records[: n - len(rows)])
            if len(rows) >= n:
                break
        return rows

    @property
    def rows(self) -> list[list[str]]:
        if self._rows is None:
            d = self.cell_separator
            with _gc_paused():
                self._rows = [record.split(d) for _, records in self.blocks() for record in records]
        return self._rows

    def row(self, i: int) -> list[str]:
        """Row ``i`` (0-based), split; cheap for the first rows, a scan for a late one."""
        if self._rows is not None:
            return self._rows[i]
        for first, records in self.blocks():
            if i < first + len(records):
                return records[i - first].split(self.cell_separator)
        raise IndexError(i)

    def column(self, j: int) -> list[str]:
        """The cells of column ``j`` (0-based), one per row, as in the file."""
        if j not in self._column_cache:
            if self._rows is None:
                # Split each line only as far as column j: no need to build every row.
                d = self.cell_separator
                with _gc_paused():
                    cells = [record.split(d, j + 1)[j] for _, records in self.blocks() for record in records]
            else:
                cells = [row[j] for row in self._rows]
            self._column_cache[j] = cells
        return self._column_cache[j]

    def __repr__(self) -> str:
        return (
            f"CsvTable(columns={self.columns!r}, n_rows={self.n_rows}, delimiter={self.delimiter!r}, "
            f"has_header={self.has_header}, decimal_comma={self.decimal_comma})"
        )


class _LineNumbers(Sequence):
    """The file line of each row, from the rows where the count jumps (a list would cost 36 bytes a row).

    Row ``jump_rows[k]`` is on line ``jump_lines[k]``, and each following row on the
    next line, up to the next jump.
    """

    def __init__(self, n: int, jump_rows: list[int], jump_lines: list[int]) -> None:
        self.n = n
        self.jump_rows = np.asarray(jump_rows, dtype=np.int64)
        self.jump_lines = np.asarray(jump_lines, dtype=np.int64)

    def __len__(self) -> int:
        return self.n

    def _line(self, i: int) -> int:
        k = int(np.searchsorted(self.jump_rows, i, side="right")) - 1
        return int(self.jump_lines[k] + (i - self.jump_rows[k]))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._line(i) for i in range(*index.indices(self.n))]
        i = index + self.n if index < 0 else index
        if not 0 <= i < self.n:
            raise IndexError(index)
        return self._line(i)

    def index(self, line: int, start: int = 0, stop: int | None = None) -> int:
        """The row on ``line``; ValueError if no row starts there."""
        k = int(np.searchsorted(self.jump_lines, line, side="right")) - 1
        if k >= 0:
            i = int(self.jump_rows[k] + (line - self.jump_lines[k]))
            end = self.jump_rows[k + 1] if k + 1 < len(self.jump_rows) else self.n
            if i < end and start <= i < (self.n if stop is None else stop):
                return i
        raise ValueError(f"{line} is not the line of a row")

    def __contains__(self, line) -> bool:
        try:
            self.index(int(line))
        except (ValueError, TypeError):
            return False
        return True

    def __iter__(self):
        for k, (row, line) in enumerate(zip(self.jump_rows.tolist(), self.jump_lines.tolist())):
            end = int(self.jump_rows[k + 1]) if k + 1 < len(self.jump_rows) else self.n
            yield from range(line, line + end - row)

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, (list, tuple, _LineNumbers)) else NotImplemented

    def __repr__(self) -> str:
        return f"_LineNumbers({self[:5]}{'...' if self.n > 5 else ''}, n={self.n})"


# --------------------------------------------------------------------------- reading



def _megabytes_that_differ(**sizes: int) -> dict[str, str]:
    """Sizes in MB with as many decimals as it takes for different sizes to read
    differently: a file a few bytes over the limit is not "104.9 MB, more than 104.9 MB"."""
    for decimals in range(1, 7):
        texts = {name: f"{size / 1e6:.{decimals}f}" for name, size in sizes.items()}
        if len(set(texts.values())) == len(set(sizes.values())):
            return texts
    return texts

def _read_bytes(source: str | os.PathLike | bytes, max_bytes: int) -> bytes:
    """The file's bytes; what the path names and its size are checked before anything is read.

    A pipe, a device or ``/dev/stdin`` is refused before it is opened: reading one could
    wait for ever (see :mod:`backprop_gui.io.reading`).
    """

    def too_large(size: int) -> DataError:
        return DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "The file is {size} MB, more than the limit of {limit} MB; "
                "use a smaller file, for example a sample of its rows.",
            ),
            **_megabytes_that_differ(size=size, limit=max_bytes),
        )

    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > max_bytes:
            raise too_large(len(data))
        return data

    path = path_text(source)
    try:
        return read_regular_file(source, max_bytes)
    except FileTooLargeError as e:
        raise too_large(e.size) from None
    except FileNotFoundError:
        raise DataError(
            QT_TRANSLATE_NOOP("core", "The file '{path}' does not exist; check its name and folder."),
            path=path,
        ) from None
    except IsADirectoryError:
        raise DataError(
            QT_TRANSLATE_NOOP("core", "'{path}' is a folder, not a file; choose a CSV file."),
            path=path,
        ) from None
    except NotRegularFileError:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "'{path}' is not a file but a pipe, a device or a terminal, which cannot be read as a whole; "
                "save the data to a CSV file and choose that file.",
            ),
            path=path,
        ) from None
    except PermissionError:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "You are not allowed to read the file '{path}'; ask for access, or copy the file to a "
                "folder of your own and choose the copy.",
            ),
            path=path,
        ) from None
    except UnreadablePathError:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core", "'{path}' cannot be a file name (it holds a character no file name may have); choose another file."
            ),
            path=path,
        ) from None
    except OSError:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "The file '{path}' cannot be read; check that its disk or USB stick is still there, or copy "
                "the file to another folder and choose the copy.",
            ),
            path=path,
        ) from None


@contextlib.contextmanager
def _in_file(source: str | os.PathLike | bytes):
    """Note on every DataError raised inside which file it is about (for the command line)."""
    try:
        yield
    except DataError as error:
        if not isinstance(source, (bytes, bytearray, memoryview)):
            error.in_file(path_text(source))
        raise


def _line_of(text: str, position: int) -> int:
    """1-based line number of ``text[position]``, counting \\n, \\r\\n and \\r as line ends."""
    prefix = text[:position]
    return prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1


def _encoding_error(line: int) -> DataError:
    return DataError(
        QT_TRANSLATE_NOOP(
            "core",
            "Line {line} of the file is not UTF-8 text; open the file in a spreadsheet program "
            'and save it as "CSV UTF-8".',
        ),
        line=line,
    )


def _decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; else DataError with the line."""
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data  # the codec reads and removes the BOM
    else:
        encoding, body = "utf-8", data
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as e:
        prefix = body[: e.start].decode(encoding, errors="replace")
        raise _encoding_error(_line_of(prefix, len(prefix))) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise _encoding_error(_line_of(text, nul))
    return text


def _cell_kind(cell: str, decimal_comma: bool) -> str:
    """'missing', 'number' or 'text'."""
    s = cell.strip()
    if s.lower() in MISSING_VALUES:
        return "missing"
    if decimal_comma:
        s = s.replace(",", ".")
    try:
        float(s)
    except ValueError:
        return "text"
    return "number"


def _parse_sample(sample: str, delimiter: str) -> list[list[str]] | None:
    """The first non-blank rows of ``sample`` split by ``delimiter``; None if unreadable."""
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, skipinitialspace=True)
    rows = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append(row)
                if len(rows) == _SAMPLE_ROWS:
                    break
    except csv.Error:
        return None
    return rows


def _detect_delimiter(text: str) -> str:
    """Pick the delimiter among DELIMITERS; see the module docstring for the rule."""
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]  # do not judge a cut-off last line
    scores = {}
    for d in DELIMITERS:
        rows = _parse_sample(sample, d)
        if not rows:
            continue
        counts = [len(row) for row in rows]
        mode = max(set(counts), key=lambda c: (counts.count(c), c))
        if mode < 2:
            continue
        consistency = counts.count(mode) / len(counts)
        body = rows[1:] or rows
        cells = [cell for row in body for cell in row]
        numeric = sum(_cell_kind(cell, d == ";") == "number" for cell in cells) / max(len(cells), 1)
        scores[d] = (consistency, numeric)
    if not scores:
        return ","
    best = max(scores.values())
    tied = [d for d in DELIMITERS if scores.get(d) == best]
    if len(tied) > 1:
        try:
            sniffed = csv.Sniffer().sniff(sample[:_SNIFF_CHARS], delimiters="".join(tied)).delimiter
        except Exception:  # noqa: BLE001 - the sniffer is only a tie-breaker; any failure means "no opinion"
            sniffed = None
        if sniffed in tied:
            return sniffed
    return tied[0]


def _check_delimiter(delimiter) -> str:
    if not isinstance(delimiter, str) or len(delimiter) != 1 or delimiter in '"\r\n\x00':
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core", "The delimiter must be a single character such as ',' or ';', but it is '{value}'."
            ),
            value=delimiter,
        )
    return delimiter


class _Collected:
    """What splitting a file gives: the records as one string, their line numbers where
    they jump, and the first row whose number of cells differs from the first row's."""

    def __init__(self, cell_separator: str, record_separator: str) -> None:
        self.cell_separator = cell_separator
        self.record_separator = record_separator
        self.pieces: list[str] = []
        self.n = 0
        self.jump_rows: list[int] = []
        self.jump_lines: list[int] = []
        self.width: int | None = None  # cells in the first row
        self.ragged: tuple[int, int] | None = None  # (row, cells) of the first row of another width

    def at(self, line: int) -> None:
        """The next row (number ``self.n``) starts on ``line``."""
        if not self.jump_rows or self.jump_lines[-1] + (self.n - self.jump_rows[-1]) != line:
            self.jump_rows.append(self.n)
            self.jump_lines.append(line)

    def widths(self, counts: list[int]) -> None:
        """Check the cell counts of the next ``len(counts)`` rows."""
        if not counts:
            return
        if self.width is None:
            self.width = counts[0]
        if self.ragged is None and counts.count(self.width) != len(counts):
            k = next(k for k, c in enumerate(counts) if c != self.width)
            self.ragged = (self.n + k, counts[k])

    def body(self) -> str:
        body = self.record_separator.join(self.pieces)
        self.pieces = []
        return body


def _blank_line_pattern(delimiter: str) -> re.Pattern:
    """Finds the lines after the first that may be blank: empty, or starting with a space or the delimiter.

    (A pattern that starts with a plain "\\n" is searched for quickly; "^" in multiline mode is not.)
    """
    return re.compile(r"\n(?:\s|" + re.escape(delimiter) + r")")


def _split_plain(text: str, delimiter: str) -> _Collected:
    """The non-blank lines of a file without quotes, a block of lines at a time.

    Only a block with a line that may be blank is looked at line by line; the others are
    kept as they are, so no string per line outlives its block.
    """
    out = _Collected(delimiter, "\n")
    maybe_blank = _blank_line_pattern(delimiter)
    position, line, size = 0, 1, len(text)
    while position < size:
        end = text.find("\n", min(position + _BLOCK_CHARS, size))
        if end < 0:
            end = size
        block = text[position:end]
        lines = block.split("\n")
        first_ok = block and block[0] != delimiter and not block[0].isspace() and block[-1] != "\n"
        if first_ok and maybe_blank.search(block) is None:
            out.at(line)
            out.widths([record.count(delimiter) + 1 for record in lines])
            out.pieces.append(block)
            out.n += len(lines)
        else:
            kept = []
            for offset, record in enumerate(lines):
                # Quick test first: most lines start with a value.
                if (record and record[0] != delimiter and not record[0].isspace()) or record.replace(delimiter, "").strip():
                    out.at(line + offset)
                    out.widths([record.count(delimiter) + 1])
                    kept.append(record)
                    out.n += 1
            if kept:
                out.pieces.append("\n".join(kept))
        line += len(lines)
        position = end + 1
    return out


def _lines_with_ends(text: str):
    """The lines of ``text`` with their "\\n", one at a time (io.StringIO would copy the text at 4 bytes a character)."""
    position, size = 0, len(text)
    while position < size:
        end = text.find("\n", position)
        if end < 0:
            yield text[position:]
            return
        yield text[position : end + 1]
        position = end + 1


def _separators(text: str) -> tuple[str, str]:
    """Two control characters that do not occur in ``text``, to join cells and records."""
    free = [chr(c) for c in (0x1F, 0x1E, 0x1D, 0x1C, *range(1, 9), 0x0B, 0x0C, *range(0x0E, 0x1C)) if chr(c) not in text]
    if len(free) < 2:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core", "The file holds too many different control characters to be a CSV file; choose another file."
            )
        )
    return free[0], free[1]


def _split_quoted(text: str, delimiter: str) -> _Collected:
    """Non-blank rows of a file with quotes, via the csv module, with their start lines."""
    out = _Collected(*_separators(text))
    reader = csv.reader(_lines_with_ends(text), delimiter=delimiter, quotechar=_QUOTE, skipinitialspace=True)
    records: list[str] = []
    start = 1
    try:
        for row in reader:
            if row and (row[0].strip() or any(cell.strip() for cell in row)):
                out.at(start)
                out.widths([len(row)])
                records.append(out.cell_separator.join(row))
                out.n += 1
                if len(records) == 4096:
                    out.pieces.append(out.record_separator.join(records))
                    records = []
            start = reader.line_num + 1
    except csv.Error:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "Line {line} cannot be read because a quoted value is not closed or is too long; "
                'check the quotes (") from that line on.',
            ),
            line=start,
        ) from None
    if records:
        out.pieces.append(out.record_separator.join(records))
    return out


def _looks_like_header(first: list[str], following: list[list[str]], decimal_comma: bool) -> bool:
    """The header rule of the module docstring."""
    kinds = [_cell_kind(cell, decimal_comma) for cell in first]
    for j, kind in enumerate(kinds):
        if kind != "text":
            continue
        below = [_cell_kind(row[j], decimal_comma) for row in following if j < len(row)]
        if below and "text" not in below and "number" in below:
            return True
    names = [cell.strip() for cell in first]
    return all(kind == "text" for kind in kinds) and len(set(names)) == len(names)


def read_csv_table(
    source: str | os.PathLike | bytes,
    *,
    delimiter: str | None = None,
    header: bool | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> CsvTable:
    """Read a CSV file into a :class:`CsvTable` of strings.

    ``source`` is a path (str or path-like) or the file's content as bytes.
    ``delimiter`` and ``header`` are detected when None (see the module docstring).
    Raises :class:`DataError` when the file is missing, unreadable, larger than
    ``max_bytes``, not UTF-8/UTF-16 text, empty, has a header but no data, has two
    columns of the same name, or has a row with a different number of values.
    """
    with _in_file(source):
        return _read_table(source, delimiter, header, max_bytes)


def _read_table(source, delimiter: str | None, header: bool | None, max_bytes: int) -> CsvTable:
    text = _decode(_read_bytes(source, max_bytes))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = _detect_delimiter(text) if delimiter is None else _check_delimiter(delimiter)
    decimal_comma = delimiter == ";"

    collected = _split_quoted(text, delimiter) if _QUOTE in text else _split_plain(text, delimiter)
    del text  # the records hold what is needed; never keep two copies of a large file
    if collected.n == 0:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core", "The file is empty or has only blank lines; choose a CSV file with one row per example."
            )
        )
    table = CsvTable(
        columns=[], delimiter=delimiter, has_header=False, decimal_comma=decimal_comma, body=collected.body(),
        n_rows=collected.n, jumps=(collected.jump_rows, collected.jump_lines),
        cell_separator=collected.cell_separator, record_separator=collected.record_separator,
    )
    sample = table.head(_SAMPLE_ROWS + 1)
    first = sample[0]
    if header is None:
        header = _looks_like_header(first, sample[1:], decimal_comma)

    lines = table.line_numbers
    if header:
        columns = [cell.strip() or f"column {j + 1}" for j, cell in enumerate(first)]
        seen: dict[str, int] = {}
        for j, name in enumerate(columns):
            if name in seen:
                raise DataError(
                    QT_TRANSLATE_NOOP(
                        "core", "Columns {first} and {second} are both named '{name}'; give every column a different name."
                    ),
                    first=seen[name] + 1,
                    second=j + 1,
                    name=name,
                )
            seen[name] = j
        header_line = lines[0]
        if table.n_rows == 1:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "core", "The file has a header row but no data rows; add one row per example below the header."
                )
            )
        _drop_first_row(table)
    else:
        columns = [f"column {j + 1}" for j in range(len(first))]
        header_line = None

    expected = len(columns)
    if collected.ragged is not None:
        row, count = collected.ragged
        line = lines[row]  # the line numbers from before the header was taken out
        if header_line is not None:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Line {line} has {count} values but the header has {expected} columns; "
                    "check that line for a missing or extra delimiter or quote.",
                ),
                line=line,
                count=count,
                expected=expected,
            )
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "Line {line} has {count} values but line {first_line} has {expected}; "
                "check that line for a missing or extra delimiter or quote.",
            ),
            line=line,
            count=count,
            first_line=lines[0],
            expected=expected,
        )
    table.columns = columns
    table.has_header = bool(header)
    return table


def _drop_first_row(table: CsvTable) -> None:
    """Take the header row out of ``table``."""
    lines = table.line_numbers
    second = lines[1]
    cut = table.body.find(table.record_separator)
    table.body = table.body[cut + 1 :]
    rows = [r - 1 for r in lines.jump_rows.tolist() if r >= 1]
    found = [l for r, l in zip(lines.jump_rows.tolist(), lines.jump_lines.tolist()) if r >= 1]
    if not rows or rows[0] != 0:
        rows.insert(0, 0)
        found.insert(0, second)
    table.n_rows -= 1
    table.line_numbers = _LineNumbers(table.n_rows, rows, found)


# --------------------------------------------------------------------------- numbers


def _block_numbers(table: CsvTable, records: list[str], cols: list[int]) -> np.ndarray | None:
    """Columns ``cols`` of one block of records via NumPy's C parser, or None.

    None means "not this way": some cell is not a finite number (missing values
    included), or a quoted cell holds a line break. The caller then looks at the block's
    cells one by one. One block at a time also lets a window that loads the file in a
    thread run between blocks (np.loadtxt holds the interpreter lock while it runs).
    """
    if table.decimal_comma:
        records = [r.replace(",", ".") for r in records]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            block = np.loadtxt(
                records, dtype=np.float64, delimiter=table.cell_separator, usecols=cols,
                comments=None, quotechar=None, ndmin=2,
            )
    except ValueError:
        return None
    if block.shape != (len(records), len(cols)) or not np.isfinite(block).all():
        return None
    return block


def _careful_block(table: CsvTable, records: list[str], cols: list[int]):
    """Columns ``cols`` of one block, cell by cell: (values, missing, bad), each (len(records), len(cols))."""
    with _gc_paused():
        rows = [record.split(table.cell_separator) for record in records]
    values = np.empty((len(records), len(cols)))
    missing = np.empty(values.shape, dtype=bool)
    bad = np.empty(values.shape, dtype=bool)
    for k, j in enumerate(cols):
        values[:, k], missing[:, k], bad[:, k] = _parse_column([row[j] for row in rows], table.decimal_comma)
    return values, missing, bad


def _read_numbers(
    table: CsvTable, cols: list[int], out: np.ndarray, destination: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Write columns ``cols`` of every row into ``out``; return (row has a missing value, row has a non-number).

    Row i goes to ``out[destination[i]]`` (rows with -1 are left out), or to ``out[i]``
    without ``destination``: the rows land straight where the training and test sets
    want them, so no second copy of the data is ever made. Missing values and
    non-numbers are NaN in ``out``; only whole rows are flagged, as the messages find
    the exact cell again with :func:`_first_problem`.
    """
    row_missing = np.zeros(table.n_rows, dtype=bool)
    row_bad = np.zeros(table.n_rows, dtype=bool)
    for first, records in table.blocks():
        block = _block_numbers(table, records, cols)
        if block is None:
            block, missing, bad = _careful_block(table, records, cols)
            row_missing[first : first + len(records)] = missing.any(axis=1)
            row_bad[first : first + len(records)] = bad.any(axis=1)
        if destination is None:
            out[first : first + len(records)] = block
        else:
            where = destination[first : first + len(records)]
            chosen = where >= 0
            out[where[chosen]] = block[chosen] if not chosen.all() else block
    return row_missing, row_bad


def _first_problem(table: CsvTable, i: int, cols: list[int], kind: str) -> int:
    """Index into ``cols`` of the first cell of row ``i`` that is ``kind`` ("missing" or "bad")."""
    row = table.row(i)
    _, missing, bad = _parse_column([row[j] for j in cols], table.decimal_comma)
    return int(np.argmax(missing if kind == "missing" else bad))


def _parse_column(cells: list[str], decimal_comma: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Numbers of one column: (values, missing, bad); values are NaN where not a number.

    NumPy converts the whole column at once (an object array's astype applies Python's
    float() in C); only if that fails, or gives NaN or infinity, are the cells looked at
    one by one to tell missing values from non-numbers.
    """
    n = len(cells)
    strings = [c.replace(",", ".") for c in cells] if decimal_comma else cells
    missing = np.zeros(n, dtype=bool)
    bad = np.zeros(n, dtype=bool)
    try:
        values = np.array(strings, dtype=object).astype(np.float64)
        suspects = np.flatnonzero(~np.isfinite(values))
    except ValueError:
        values = np.full(n, np.nan)
        suspects = range(n)
    for i in suspects:
        if cells[i].strip().lower() in MISSING_VALUES:
            missing[i] = True
            values[i] = np.nan
            continue
        try:
            value = float(strings[i])
        except ValueError:
            value = math.nan
        if math.isfinite(value):
            values[i] = value
        else:
            bad[i] = True
            values[i] = np.nan
    return values, missing, bad


def _not_a_number_error(table: CsvTable, i: int, j: int, for_target: bool) -> DataError:
    """The message for cell (row i, column j) that is not a finite number."""
    cell = table.row(i)[j]
    s = cell.strip()
    try:
        float(s.replace(",", ".") if table.decimal_comma else s)
        parses = True
    except ValueError:
        parses = False
    fields = dict(line=table.line_numbers[i], column=table.columns[j], value=s)
    if parses:  # inf, or too large for a float
        return DataError(
            QT_TRANSLATE_NOOP(
                "core", "Line {line}, column '{column}': '{value}' is not a finite number; replace it with an ordinary number."
            ),
            **fields,
        )
    if for_target:
        return DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "Line {line}, column '{column}': '{value}' is not a number, so this column cannot be a "
                "regression target; choose classification or another target column.",
            ),
            **fields,
        )
    return DataError(
        QT_TRANSLATE_NOOP(
            "core",
            "Line {line}, column '{column}': '{value}' is not a number; correct the value or "
            "leave the column out of the features.",
        ),
        **fields,
    )


# --------------------------------------------------------------------------- load_csv


def _names(value) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _check_columns(
    table: CsvTable, targets: tuple[str, ...], features: Sequence[str] | None
) -> tuple[str, ...]:
    """Validate target and feature names; return the feature names."""
    columns = set(table.columns)  # a set: checking 100,000 names stays linear
    available = _column_list(table.columns)
    for name in targets:
        if name not in columns:
            raise DataError(
                QT_TRANSLATE_NOOP("core", "The target column '{name}' does not exist; the columns are: {columns}."),
                name=name,
                columns=available,
            )
    name = _first_repeat(targets)
    if name is not None:
        raise DataError(
            QT_TRANSLATE_NOOP("core", "The column '{name}' is chosen twice as a target; choose each column once."),
            name=name,
        )
    chosen = set(targets)
    if features is None:
        features = tuple(c for c in table.columns if c not in chosen)
    else:
        features = _names(features)
        for name in features:
            if name not in columns:
                raise DataError(
                    QT_TRANSLATE_NOOP("core", "The feature column '{name}' does not exist; the columns are: {columns}."),
                    name=name,
                    columns=available,
                )
            if name in chosen:
                raise DataError(
                    QT_TRANSLATE_NOOP(
                        "core", "The column '{name}' is the target, so it cannot also be a feature; remove it from the features."
                    ),
                    name=name,
                )
        name = _first_repeat(features)
        if name is not None:
            raise DataError(
                QT_TRANSLATE_NOOP("core", "The column '{name}' is chosen twice as a feature; choose each column once."),
                name=name,
            )
    if not features:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core", "No feature column is chosen; choose at least one column other than the target."
            )
        )
    return features


def _first_repeat(names: Sequence[str]) -> str | None:
    """The first name that was already given earlier in ``names``, or None."""
    seen = set()
    for name in names:
        if name in seen:
            return name
        seen.add(name)
    return None


def _column_list(columns: list[str], most: int = 6) -> str:
    """The first few column names, quoted and cut, for a message: 'a', 'b', 'c', … (40 columns)."""
    names = ", ".join(f"'{shown(name, 16)}'" for name in columns[:most])
    return names if len(columns) <= most else f"{names}, … ({len(columns)})"


def _number_name(value: float) -> str:
    """A class name for a numeric label: "2" for 2.0, "2.5" for 2.5."""
    return str(int(value)) if value.is_integer() else repr(float(value))


def _label_sort_key(label: str):
    """Numbers first, by value; then text, alphabetically."""
    try:
        value = float(label.replace(",", "."))
    except ValueError:
        return (1, 0.0, label)
    return (0, value, label) if math.isfinite(value) else (1, 0.0, label)


def _classes(
    table: CsvTable, j: int, values: np.ndarray, numeric: bool, keep: np.ndarray
) -> tuple[np.ndarray, tuple[str, ...]]:
    """Class indices (int64) of the kept rows and the class names, checked."""
    if numeric:
        unique = _distinct(values, keep)
        y = _codes(values, keep, unique)
        names = tuple(_number_name(float(v)) for v in unique)
    else:
        # A block at a time, as codes in order of appearance: no string per row is kept.
        index: dict[str, int] = {}
        codes = np.empty(table.n_rows, dtype=np.int64)
        d = table.cell_separator
        for first, records in table.blocks():
            labels = [record.split(d, j + 1)[j].strip() for record in records]
            codes[first : first + len(labels)] = [index.setdefault(label, len(index)) for label in labels]
        codes = codes[keep]
        present = np.unique(codes)  # labels of dropped rows are no classes
        seen = list(index)
        names = tuple(sorted((seen[c] for c in present.tolist()), key=_label_sort_key))
        order = np.empty(len(seen), dtype=np.int64)
        order[[index[name] for name in names]] = np.arange(len(names))
        y = order[codes]
    column = table.columns[j]
    if len(names) < 2:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "The target column '{column}' has only one class ('{value}'); classification needs "
                "at least two different values.",
            ),
            column=column,
            value=names[0],
        )
    if len(names) > MAX_CLASSES:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "The target column '{column}' has {count} different values, more than the {limit} classes "
                "allowed; choose another target column or the regression task.",
            ),
            column=column,
            count=len(names),
            limit=MAX_CLASSES,
        )
    return np.asarray(y, dtype=np.int64).reshape(-1), names


def _no_rows_left() -> DataError:
    return DataError(
        QT_TRANSLATE_NOOP(
            "core",
            "Every row has a missing value in the chosen columns, so no rows are left; fill in the "
            "missing values or choose other columns.",
        )
    )


class _PlanError(Exception):
    """A DataError found while planning, held until the errors that come first are known."""

    def __init__(self, error: DataError, about_target_values: bool) -> None:
        self.error = error
        self.about_target_values = about_target_values


class _Plan:
    """From the target alone: the task, the labels, the split, and where each file row goes.

    ``destination[i]`` is row i's row in the array that holds the training rows and then
    the test rows (-1 for a row left out), so the features can be read straight into it.
    """

    def __init__(self, labels: tuple, keep: np.ndarray, test_fraction: float, seed: int) -> None:
        task, y, self.class_names = labels
        self.task = task
        train_idx, test_idx = train_test_split_indices(
            len(y), test_fraction, seed, labels=y if task == CLASSIFICATION else None
        )
        self.n_train, self.n_test = len(train_idx), len(test_idx)
        self.y_train, self.y_test = y[train_idx], y[test_idx]
        del y
        kind = np.int32 if len(keep) < 2**31 else np.int64  # half the memory of int64 for any file allowed
        order = np.empty(len(train_idx) + len(test_idx), dtype=kind)  # kept row -> its row in the result
        order[train_idx] = np.arange(self.n_train, dtype=kind)
        order[test_idx] = np.arange(self.n_train, self.n_train + self.n_test, dtype=kind)
        del train_idx, test_idx
        if keep.all():
            self.destination = order
        else:
            self.destination = np.full(len(keep), -1, dtype=kind)
            self.destination[keep] = order


def _labels(table, target_cols, t_values, t_bad, keep, task) -> tuple[str, np.ndarray, tuple[str, ...]]:
    """The task (inferred when None), the target of each kept row, and the class names."""
    if not keep.any():
        raise _PlanError(_no_rows_left(), about_target_values=False)
    numeric_target = not (t_bad & keep).any()
    if task is None:
        if not numeric_target:
            task = CLASSIFICATION
        else:
            column = t_values[:, 0]
            few = len(_distinct(column, keep, most=MAX_INFERRED_CLASSES)) <= MAX_INFERRED_CLASSES
            task = CLASSIFICATION if few and _all_whole(column, keep) else REGRESSION
    if task == REGRESSION and not numeric_target:
        i = int(np.argmax(t_bad & keep))
        j = target_cols[_first_problem(table, i, target_cols, "bad")]
        raise _PlanError(_not_a_number_error(table, i, j, for_target=True), about_target_values=True)
    if task == CLASSIFICATION:
        try:
            y, class_names = _classes(table, target_cols[0], t_values[:, 0], numeric_target, keep)
        except DataError as error:
            raise _PlanError(error, about_target_values=False) from None
    else:
        y, class_names = np.ascontiguousarray(t_values[keep]), ()
    return task, y, class_names


_ROWS = 1 << 20  # rows per step of the whole-column computations below


def _distinct(values: np.ndarray, keep: np.ndarray, most: int | None = None) -> np.ndarray:
    """The sorted distinct values of ``values[keep]``, a block at a time (np.unique of a whole
    column makes several copies of it); stops early once there are more than ``most``."""
    found = np.empty(0)
    for start in range(0, len(values), _ROWS):
        found = np.union1d(found, values[start : start + _ROWS][keep[start : start + _ROWS]])
        if most is not None and len(found) > most:
            break
    return found


def _all_whole(values: np.ndarray, keep: np.ndarray) -> bool:
    for start in range(0, len(values), _ROWS):
        block = values[start : start + _ROWS][keep[start : start + _ROWS]]
        if not np.all(block == np.round(block)):
            return False
    return True


def _codes(values: np.ndarray, keep: np.ndarray, sorted_values: np.ndarray) -> np.ndarray:
    """The index in ``sorted_values`` of each kept value."""
    y = np.empty(int(keep.sum()), dtype=np.int64)
    done = 0
    for start in range(0, len(values), _ROWS):
        block = values[start : start + _ROWS][keep[start : start + _ROWS]]
        y[done : done + len(block)] = np.searchsorted(sorted_values, block)
        done += len(block)
    return y


def _mean_std(X: np.ndarray, rows: int = 65536) -> tuple[np.ndarray, np.ndarray]:
    """Column means and standard deviations (population, as NumPy's), without a temporary copy of X."""
    mean = X.mean(axis=0) if len(X) else np.full(X.shape[1], np.nan)
    squares = np.zeros(X.shape[1])
    for start in range(0, len(X), rows):
        deviation = X[start : start + rows] - mean  # var = mean((x - mean)^2), a block of rows at a time
        squares += np.einsum("ij,ij->j", deviation, deviation)
    return mean, np.sqrt(squares / max(len(X), 1))


def load_csv(
    source: str | os.PathLike | bytes,
    *,
    target: str | Sequence[str],
    features: Sequence[str] | None = None,
    task: str | None = None,
    test_fraction: float = 0.3,
    standardize: bool = True,
    seed: int = 0,
    drop_missing: bool = False,
    delimiter: str | None = None,
    header: bool | None = None,
) -> Dataset:
    """Load a CSV file as a :class:`Dataset` (rules in the module docstring).

    ``target`` is a column name (or, for regression, several). ``features`` are column
    names in the order the model should see them; None means every other column.
    ``task`` is "classification", "regression" or None to infer it. The data set is
    named after the file (its stem), or "data" for bytes. Raises :class:`DataError`
    for every problem in the file or the choice of columns, naming the line and column.
    """
    with _in_file(source):
        return _load(
            source, target=target, features=features, task=task, test_fraction=test_fraction,
            standardize=standardize, seed=seed, drop_missing=drop_missing, delimiter=delimiter, header=header,
        )


def _load(source, *, target, features, task, test_fraction, standardize, seed, drop_missing, delimiter, header) -> Dataset:
    if task not in (None, CLASSIFICATION, REGRESSION):
        raise DataError(
            QT_TRANSLATE_NOOP("core", "The task must be 'classification' or 'regression', but it is '{value}'."),
            value=task,
        )
    test_fraction = check_test_fraction(test_fraction)
    seed = check_seed(seed)
    table = read_csv_table(source, delimiter=delimiter, header=header)
    targets = _names(target)
    features = _check_columns(table, targets, features)
    if len(targets) > 1:
        if task == CLASSIFICATION:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Classification needs exactly one target column, but {count} were chosen; "
                    "choose one, or choose regression.",
                ),
                count=len(targets),
            )
        task = REGRESSION

    where = {name: j for j, name in enumerate(table.columns)}  # a dict: 100,000 columns stay linear
    target_cols = [where[t] for t in targets]
    feature_cols = [where[f] for f in features]
    n = table.n_rows

    # Memory: a file of short numbers gives arrays several times its size, so the
    # feature values are parsed once, straight into the rows of the training and test
    # sets (the split needs only the target); nothing is copied afterwards.
    t_values = np.empty((n, len(target_cols)))
    t_missing, t_bad = _read_numbers(table, target_cols, t_values)
    keep = ~t_missing
    for _attempt in range(2):
        plan = X = None  # a second attempt must not hold the first one's arrays
        if t_values is None:  # freed by the first attempt: read the targets again
            t_values = np.empty((n, len(target_cols)))
            _read_numbers(table, target_cols, t_values)
        try:
            labels = _labels(table, target_cols, t_values, t_bad, keep, task)
            t_values = None  # the labels hold what is needed; free the column before the split
            plan, plan_error = _Plan(labels, keep, test_fraction, seed), None
            del labels
        except _PlanError as error:
            plan, plan_error = None, error
        X = np.empty((plan.n_train + plan.n_test if plan else n, len(feature_cols)))
        x_missing, x_bad = _read_numbers(table, feature_cols, X, plan.destination if plan else None)
        if not drop_missing or not (x_missing & keep).any():
            break
        keep = keep & ~x_missing  # rows dropped for the features' sake: split again, read again

    # Missing values: refuse, naming the first, or drop their rows.
    missing = t_missing | x_missing
    if missing.any() and not drop_missing:
        i = int(np.argmax(missing))
        if t_missing[i]:
            column = targets[_first_problem(table, i, target_cols, "missing")]
        else:
            column = features[_first_problem(table, i, feature_cols, "missing")]
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "Line {line}, column '{column}': the value is missing; fill it in, or turn on the "
                "option to drop rows with missing values.",
            ),
            line=table.line_numbers[i],
            column=column,
        )
    if not keep.any():
        raise _no_rows_left()
    if plan_error is not None and plan_error.about_target_values:
        raise plan_error.error
    bad = x_bad & keep
    if bad.any():
        i = int(np.argmax(bad))
        raise _not_a_number_error(table, i, feature_cols[_first_problem(table, i, feature_cols, "bad")], for_target=False)
    if plan_error is not None:
        raise plan_error.error
    del table  # the file's text is no longer needed: free it before standardising

    X_train, X_test = X[: plan.n_train], X[plan.n_train :]  # views: the rows are in place already
    mean = std = None
    if standardize:
        with np.errstate(over="ignore", invalid="ignore"):
            mean, std = _mean_std(X_train)
            std[std == 0] = 1.0
            X_train -= mean  # in place
            X_train /= std
            X_test -= mean
            X_test /= std
        finite = (
            np.isfinite(mean)
            & np.isfinite(std)
            & np.isfinite(X_train).all(axis=0)
            & np.isfinite(X_test).all(axis=0)
        )
        if not finite.all():
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Column '{column}' has values too large to standardise; scale the column down, "
                    "or turn standardisation off.",
                ),
                column=features[int(np.argmin(finite))],
            )

    if isinstance(source, (bytes, bytearray, memoryview)):
        name = "data"
    else:
        name = Path(os.fspath(source)).stem
    return Dataset(
        name=name,
        task=plan.task,
        feature_names=features,
        class_names=plan.class_names,
        target_names=targets,
        X_train=X_train,
        y_train=plan.y_train,
        X_test=X_test,
        y_test=plan.y_test,
        raw_train=None,
        raw_test=None,
        features=features,
        mean=mean,
        std=std,
        dropped_rows=int(n - keep.sum()),
    )
