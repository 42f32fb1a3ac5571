"""Every error is one short line, whatever a file holds (issue 12, item 7).

Column names, class names and cells with line breaks or terminal escapes, names of
millions of characters, and system files read as CSV once gave multi-line messages and
one of 3,000,114 bytes. Every :class:`BackpropError` now escapes and cuts what it quotes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backprop_gui.core import errors
from backprop_gui.core.errors import MAX_MESSAGE_CHARS, BackpropError, DataError, ExperimentError, shown
from backprop_gui.data.csvdata import load_csv, read_csv_table
from backprop_gui.schema import experiment

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "experiments"

#: Text meant to break a message: line breaks, terminal escapes, bidirectional overrides, NUL.
HOSTILE = st.text(
    alphabet=st.one_of(
        st.sampled_from("\n\r\t\x00\x1b\x07\x7f\x85\u2028\u2029\u202e\u200b\ufeff\udcff'\"{}\\"),
        st.characters(),
    ),
    max_size=200,
)


def one_short_line(message: str) -> str:
    assert message.isprintable(), repr(message)  # no line break, tab, escape or control character
    assert len(message) <= MAX_MESSAGE_CHARS, len(message)
    return message


def _templates() -> list[str]:
    """Every message template of the Qt-free code, as lupdate finds them."""
    found = set()
    for path in (ROOT / "backprop_gui").rglob("*.py"):
        if "gui" in path.relative_to(ROOT / "backprop_gui").parts[:1]:
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r'QT_TRANSLATE_NOOP\(\s*"core",\s*((?:"(?:[^"\\]|\\.)*"\s*)+),?\s*\)', text):
            found.add("".join(eval(part) for part in re.findall(r'"(?:[^"\\]|\\.)*"', match.group(1))))  # noqa: S307 - literals
    return sorted(found)


TEMPLATES = _templates()


def test_the_templates_were_found():
    assert len(TEMPLATES) > 100
    assert any("is not a number" in t for t in TEMPLATES)


# --------------------------------------------------------------------------- every error


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TEMPLATES), HOSTILE, st.integers(min_value=0, max_value=3_000_000))
def test_every_template_filled_with_hostile_text_is_one_short_line(template, text, repeat):
    fields = {name: (text * (1 + repeat // max(len(text), 1)))[:repeat] or text
              for _, name, _, _ in __import__("string").Formatter().parse(template) if name}
    error = BackpropError(template, **fields)
    one_short_line(str(error))
    one_short_line(error.translated(lambda t: t))
    assert error.values == fields  # what was given stays available to look things up


@given(HOSTILE, st.integers(min_value=8, max_value=120))
def test_shown_text_is_printable_short_and_unchanged_when_it_can_be(text, limit):
    result = shown(text, limit)
    assert result.isprintable() and len(result) <= limit
    if len(text) <= limit and text.isprintable():
        assert result == text
    assert shown(result, limit) == result  # applying it again changes nothing


def test_a_name_with_a_line_break_cannot_forge_a_second_line():
    error = DataError("The column '{name}' is bad.", name="x\nerror: everything is fine")
    assert str(error) == "The column 'x\\nerror: everything is fine' is bad."


def test_huge_names_are_cut_keeping_both_ends():
    error = DataError("The file '{path}' does not exist.", path="/home/" + "d" * 3_000_000 + "/data.csv")
    message = one_short_line(str(error))
    assert message.startswith("The file '/home/ddd") and "…" in message and "data.csv'" in message


def test_a_translation_cannot_break_the_line_either():
    error = ExperimentError("{field} is missing", field="data.path")
    assert error.translated(lambda t: "{field}\nhilang") == "data.path\\nhilang"


# --------------------------------------------------------------------------- CSV files


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    def quote(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"'

    return ("\n".join(",".join(quote(c) for c in row) for row in [header, *rows]) + "\n").encode("utf-8", "surrogatepass")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(HOSTILE.filter(lambda s: s.strip()), min_size=2, max_size=4, unique_by=str.strip),
    HOSTILE,
    st.integers(min_value=0, max_value=2),
    st.sampled_from([0, 1, 100_000]),
)
def test_fuzz_hostile_names_and_cells_give_one_short_line(names, cell, where, grow):
    """Names and cells with control characters, and huge ones: every message is one short line."""
    names = [n * (1 + grow // max(len(n), 1)) if i == 0 else n for i, n in enumerate(names)]
    rows = [[str(i % 3)] * len(names) for i in range(12)]
    rows[3][where % len(names)] = cell * (1 + grow // max(len(cell), 1))
    rows[5][-1] = cell  # a class name, too
    data = _csv(names, rows)
    for target in (names[-1], names[0], "absent\nname"):
        for drop in (False, True):
            try:
                load_csv(data, target=target, drop_missing=drop, test_fraction=0.2)
            except DataError as error:
                one_short_line(str(error))


def test_a_huge_column_name_gives_a_short_message():
    """Found by the campaign: a 3 MB name came back whole in 'the columns are: ...'."""
    data = ("x" * 3_000_000 + ",label\n" + "".join(f"{i},{i % 2}\n" for i in range(12))).encode()
    with pytest.raises(DataError) as info:
        load_csv(data, target="nope")
    one_short_line(str(info.value))
    with pytest.raises(DataError) as info:
        load_csv(data, target="label", features=["y" * 1_000_000])
    one_short_line(str(info.value))


def test_many_columns_are_listed_briefly():
    names = [f"column_with_a_long_name_{j}" for j in range(1000)]
    data = (",".join(names) + "\n" + "\n".join(",".join(["1"] * 1000) for _ in range(12)) + "\n").encode()
    with pytest.raises(DataError) as info:
        load_csv(data, target="nope")
    message = one_short_line(str(info.value))
    assert "(1000)" in message


def test_a_class_name_with_a_line_break_stays_on_one_line():
    data = b'x,label\n' + b"".join(b'%d,"a\nb%s"\n' % (i, b"y" * 500) for i in range(12))
    with pytest.raises(DataError) as info:
        load_csv(data, target="label")
    assert "only one class ('a\\nbyyy" in one_short_line(str(info.value))


SYSTEM_FILES = ["/etc/passwd", "/etc/group", "/etc/hosts", "/etc/os-release", "/proc/self/status",
                "/proc/cpuinfo", "/proc/self/maps", sys.executable, __file__]


@pytest.mark.parametrize("path", SYSTEM_FILES)
def test_system_files_read_as_csv_give_one_short_line(path):
    if not os.path.exists(path):
        pytest.skip(f"no {path} here")
    for target in ("label", "column 1"):
        try:
            load_csv(path, target=target)
        except DataError as error:
            one_short_line(str(error))
    try:
        table = read_csv_table(path)
    except DataError as error:
        one_short_line(str(error))
    else:
        with pytest.raises(DataError) as info:
            load_csv(path, target=table.columns[0] + "?")
        one_short_line(str(info.value))


def test_the_command_line_prints_one_short_line_for_a_system_file(tmp_path):
    doc = experiment.load(EXAMPLES / "iris.json")
    doc["data"]["path"] = "/etc/passwd"
    exp = tmp_path / "exp.json"
    exp.write_text(experiment.dumps(doc))
    result = subprocess.run([sys.executable, "-m", "backprop_gui", "train", str(exp)], capture_output=True, text=True,
                            stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: /etc/passwd: ") and len(lines[0]) < 400, result.stderr


def test_the_command_line_escapes_a_hostile_file_name(tmp_path):
    name = tmp_path / "a\nerror: forged\x1b[2J.json"
    result = subprocess.run([sys.executable, "-m", "backprop_gui", "train", str(name)], capture_output=True, text=True,
                            stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "\x1b" not in result.stderr, result.stderr


def test_limits_are_the_documented_ones():
    assert errors.MAX_QUOTED_CHARS <= 48 and errors.MAX_MESSAGE_CHARS == 300


def test_a_file_a_few_bytes_over_the_limit_shows_two_different_sizes(tmp_path):
    from backprop_gui.core.errors import DataError
    from backprop_gui.data.csvdata import DEFAULT_MAX_BYTES, read_csv_table

    path = tmp_path / "big.csv"
    path.write_bytes(b"a,b\n" + b"1,2\n" * ((DEFAULT_MAX_BYTES - 4) // 4) + b"3,4\n" * 2)  # 4-8 bytes over
    with pytest.raises(DataError) as info:
        read_csv_table(path)
    size, limit = re.findall(r"([\d.]+) MB", str(info.value))
    assert size != limit and float(size) > float(limit), str(info.value)
