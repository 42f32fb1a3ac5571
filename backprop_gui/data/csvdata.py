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

Speed
-----
A plain file (no quote characters) is split with ``str.split`` and its numbers are
converted by NumPy's C parser (``np.loadtxt``) in one go; the per-row lists of strings
(``CsvTable.rows``) are only built when something asks for them. Only when that fast
conversion fails (a missing value, a non-number) are the columns scanned in Python to
find the exact line and column for the message. A file with quotes goes through the
``csv`` module, which is slower but handles every quoting rule. (Measured on a slow
2-core machine: 100,000 rows x 50 numeric columns, 32 MB, load in about 1.1 s, 0.85 s of
it in ``np.loadtxt``; the same file with quotes or with a missing value takes about 3 s.)
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import io
import math
import os
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
from ..core.errors import QT_TRANSLATE_NOOP, DataError, shown
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

    ``rows`` of a file without quotes are split on first use, because a large file's
    numbers are read faster straight from its lines (see :func:`load_csv`).
    """

    def __init__(
        self,
        *,
        columns: list[str],
        line_numbers: list[int],
        delimiter: str,
        has_header: bool,
        decimal_comma: bool,
        rows: list[list[str]] | None = None,
        records: list[str] | None = None,
    ) -> None:
        if (rows is None) == (records is None):
            raise ValueError("give exactly one of rows and records")
        self.columns = columns
        self.line_numbers = line_numbers
        self.delimiter = delimiter
        self.has_header = has_header
        self.decimal_comma = decimal_comma
        self._rows = rows
        self._records = records  # unsplit lines of a file without quotes
        self._column_cache: dict[int, list[str]] = {}

    @property
    def rows(self) -> list[list[str]]:
        if self._rows is None:
            d = self.delimiter
            with _gc_paused():
                self._rows = [record.split(d) for record in self._records]
        return self._rows

    @property
    def n_rows(self) -> int:
        return len(self.line_numbers)

    def column(self, j: int) -> list[str]:
        """The cells of column ``j`` (0-based), one per row, as in the file."""
        if j not in self._column_cache:
            if self._rows is None:
                # Split each line only as far as column j: no need to build every row.
                d = self.delimiter
                with _gc_paused():
                    cells = [record.split(d, j + 1)[j] for record in self._records]
            else:
                cells = [row[j] for row in self._rows]
            self._column_cache[j] = cells
        return self._column_cache[j]

    def __repr__(self) -> str:
        return (
            f"CsvTable(columns={self.columns!r}, n_rows={self.n_rows}, delimiter={self.delimiter!r}, "
            f"has_header={self.has_header}, decimal_comma={self.decimal_comma})"
        )


# --------------------------------------------------------------------------- reading


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
            size=f"{size / 1e6:.1f}",
            limit=f"{max_bytes / 1e6:.1f}",
        )

    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > max_bytes:
            raise too_large(len(data))
        return data

    path = _path_text(source)
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


def _path_text(source: str | os.PathLike) -> str:
    """A path as text for messages (a name that is not valid UTF-8 keeps its bytes as escapes)."""
    try:
        return os.fsdecode(os.fspath(source)).encode("utf-8", "backslashreplace").decode("utf-8")
    except (TypeError, ValueError):
        return repr(source)


@contextlib.contextmanager
def _in_file(source: str | os.PathLike | bytes):
    """Note on every DataError raised inside which file it is about (for the command line)."""
    try:
        yield
    except DataError as error:
        if not isinstance(source, (bytes, bytearray, memoryview)):
            error.in_file(_path_text(source))
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


def _split_plain(text: str, delimiter: str) -> tuple[list[str], list[int]]:
    """Non-blank lines of a file without quotes, with their 1-based line numbers."""
    records, lines = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        # Quick test first: most lines start with a value.
        starts_with_value = line and line[0] != delimiter and not line[0].isspace()
        if starts_with_value or line.replace(delimiter, "").strip():
            records.append(line)
            lines.append(number)
    return records, lines


def _split_quoted(text: str, delimiter: str) -> tuple[list[list[str]], list[int]]:
    """Non-blank rows of a file with quotes, via the csv module, with their start lines."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar=_QUOTE, skipinitialspace=True
    )
    rows, lines = [], []
    start = 1
    try:
        with _gc_paused():
            for row in reader:
                if row and (row[0].strip() or any(cell.strip() for cell in row)):
                    rows.append(row)
                    lines.append(start)
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
    return rows, lines


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

    if _QUOTE in text:
        rows, lines = _split_quoted(text, delimiter)
        records = None
    else:
        records, lines = _split_plain(text, delimiter)
        rows = None
    if not lines:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core", "The file is empty or has only blank lines; choose a CSV file with one row per example."
            )
        )

    def row(i: int) -> list[str]:
        return rows[i] if rows is not None else records[i].split(delimiter)

    first = row(0)
    if header is None:
        following = [row(i) for i in range(1, min(len(lines), _SAMPLE_ROWS + 1))]
        header = _looks_like_header(first, following, decimal_comma)

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
        if rows is not None:
            rows = rows[1:]
        else:
            records = records[1:]
        header_line, lines = lines[0], lines[1:]
        if not lines:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "core", "The file has a header row but no data rows; add one row per example below the header."
                )
            )
    else:
        columns = [f"column {j + 1}" for j in range(len(first))]
        header_line = None

    expected = len(columns)
    counts = [len(r) for r in rows] if rows is not None else [r.count(delimiter) + 1 for r in records]
    for i, count in enumerate(counts):
        if count != expected:
            if header_line is not None:
                raise DataError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Line {line} has {count} values but the header has {expected} columns; "
                        "check that line for a missing or extra delimiter or quote.",
                    ),
                    line=lines[i],
                    count=count,
                    expected=expected,
                )
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Line {line} has {count} values but line {first_line} has {expected}; "
                    "check that line for a missing or extra delimiter or quote.",
                ),
                line=lines[i],
                count=count,
                first_line=lines[0],
                expected=expected,
            )

    return CsvTable(
        columns=columns,
        line_numbers=lines,
        delimiter=delimiter,
        has_header=bool(header),
        decimal_comma=decimal_comma,
        rows=rows,
        records=records,
    )


# --------------------------------------------------------------------------- numbers


_LOADTXT_CHUNK = 4096  # rows per np.loadtxt call


def _fast_numbers(table: CsvTable, cols: list[int]) -> np.ndarray | None:
    """All of ``cols`` as an (n, len(cols)) float array via np.loadtxt, or None.

    None means "not this way": the file has quotes, or some cell is not a finite number
    (missing values included). The caller then takes the careful path.
    """
    records = table._records
    if records is None:
        return None
    if table.decimal_comma:
        records = [r.replace(",", ".") for r in records]
    # In chunks: np.loadtxt holds the interpreter lock for as long as it runs, and a
    # window loading the file in a thread would freeze for a whole large file.
    chunks = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for start in range(0, len(records), _LOADTXT_CHUNK):
                chunks.append(np.loadtxt(
                    records[start : start + _LOADTXT_CHUNK],
                    dtype=np.float64,
                    delimiter=table.delimiter,
                    usecols=cols,
                    comments=None,
                    quotechar=None,
                    ndmin=2,
                ))
    except ValueError:
        return None
    block = np.concatenate(chunks) if len(chunks) > 1 else chunks[0] if chunks else np.empty((0, len(cols)))
    if block.shape != (len(records), len(cols)) or not np.isfinite(block).all():
        return None
    return block


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


def _numbers(table: CsvTable, cols: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Columns ``cols`` as numbers: (values, missing, bad), each (n, len(cols))."""
    n = table.n_rows
    block = _fast_numbers(table, cols)
    if block is not None:
        no = np.zeros((n, len(cols)), dtype=bool)
        return block, no, no.copy()
    if len(cols) > 1:
        table.rows  # split every row once; cheaper than cutting out many columns one by one
    values = np.empty((n, len(cols)))
    missing = np.empty((n, len(cols)), dtype=bool)
    bad = np.empty((n, len(cols)), dtype=bool)
    for k, j in enumerate(cols):
        values[:, k], missing[:, k], bad[:, k] = _parse_column(table.column(j), table.decimal_comma)
    return values, missing, bad


def _first_cell(mask: np.ndarray) -> tuple[int, int] | None:
    """(row, column) of the first True in row-major order, or None."""
    rows = mask.any(axis=1)
    if not rows.any():
        return None
    i = int(np.argmax(rows))
    return i, int(np.argmax(mask[i]))


def _not_a_number_error(table: CsvTable, i: int, j: int, for_target: bool) -> DataError:
    """The message for cell (row i, column j) that is not a finite number."""
    cell = table.column(j)[i]
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
    if features is None:
        chosen = set(targets)
        features = tuple(c for c in table.columns if c not in chosen)
    else:
        features = _names(features)
        chosen = set(targets)
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
        kept = values[keep]
        unique, y = np.unique(kept, return_inverse=True)
        names = tuple(_number_name(float(v)) for v in unique)
    else:
        labels = [cell.strip() for cell, k in zip(table.column(j), keep) if k]
        names = tuple(sorted(set(labels), key=_label_sort_key))
        index = {name: c for c, name in enumerate(names)}
        y = np.fromiter((index[label] for label in labels), dtype=np.int64, count=len(labels))
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
    both = _fast_numbers(table, target_cols + feature_cols)  # the usual case, in one pass
    if both is not None:
        no = np.zeros((table.n_rows, len(target_cols) + len(feature_cols)), dtype=bool)
        t_values, x_values = both[:, : len(target_cols)], both[:, len(target_cols) :]
        t_missing, x_missing = no[:, : len(target_cols)], no[:, len(target_cols) :]
        t_bad, x_bad = t_missing, x_missing
    else:
        t_values, t_missing, t_bad = _numbers(table, target_cols)
        x_values, x_missing, x_bad = _numbers(table, feature_cols)

    # Missing values: refuse, naming the first, or drop their rows.
    all_missing = np.concatenate([t_missing, x_missing], axis=1)
    first = _first_cell(all_missing)
    if first is not None and not drop_missing:
        i, k = first
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "Line {line}, column '{column}': the value is missing; fill it in, or turn on the "
                "option to drop rows with missing values.",
            ),
            line=table.line_numbers[i],
            column=(targets + features)[k],
        )
    keep = ~all_missing.any(axis=1)
    if not keep.any():
        raise DataError(
            QT_TRANSLATE_NOOP(
                "core",
                "Every row has a missing value in the chosen columns, so no rows are left; fill in the "
                "missing values or choose other columns.",
            )
        )

    # The task, from the target's values if not given.
    numeric_target = not t_bad[keep].any()
    if task is None:
        if not numeric_target:
            task = CLASSIFICATION
        else:
            kept = t_values[keep, 0]
            whole = bool(np.all(kept == np.round(kept)))
            task = CLASSIFICATION if whole and len(np.unique(kept)) <= MAX_INFERRED_CLASSES else REGRESSION
    if task == REGRESSION and not numeric_target:
        i, k = _first_cell(t_bad & keep[:, None])
        raise _not_a_number_error(table, i, target_cols[k], for_target=True)

    bad = _first_cell(x_bad & keep[:, None])
    if bad is not None:
        i, k = bad
        raise _not_a_number_error(table, i, feature_cols[k], for_target=False)

    X = x_values if keep.all() else x_values[keep]
    if task == CLASSIFICATION:
        y, class_names = _classes(table, target_cols[0], t_values[:, 0], numeric_target, keep)
    else:
        y, class_names = np.ascontiguousarray(t_values[keep]), ()

    train_idx, test_idx = train_test_split_indices(
        len(X), test_fraction, seed, labels=y if task == CLASSIFICATION else None
    )
    X_train, X_test = X[train_idx], X[test_idx]
    mean = std = None
    if standardize:
        with np.errstate(over="ignore", invalid="ignore"):
            mean = X_train.mean(axis=0)
            std = X_train.std(axis=0)
            std[std == 0] = 1.0
            X_train -= mean  # in place: X_train and X_test are fresh copies
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
        task=task,
        feature_names=features,
        class_names=class_names,
        target_names=targets,
        X_train=np.ascontiguousarray(X_train),
        y_train=y[train_idx],
        X_test=np.ascontiguousarray(X_test),
        y_test=y[test_idx],
        raw_train=None,
        raw_test=None,
        features=features,
        mean=mean,
        std=std,
        dropped_rows=int((~keep).sum()),
    )
