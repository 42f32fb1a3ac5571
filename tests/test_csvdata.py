"""Tests for backprop_gui.data.csvdata: reading CSV files and turning them into data sets."""

from __future__ import annotations

import codecs

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backprop_gui.data import csvdata
from backprop_gui.data.csvdata import CsvTable, load_csv, read_csv_table
from backprop_gui.core.errors import DataError
from tests.source_rules import assert_no_qt, assert_translatable



def write(tmp_path, text: str | bytes, name: str = "data.csv"):
    path = tmp_path / name
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def csv_text(header: list[str], rows: list[list[object]], delimiter: str = ",") -> str:
    lines = [delimiter.join(header)] + [delimiter.join(str(v) for v in row) for row in rows]
    return "\n".join(lines) + "\n"


def numeric_file(n: int = 40, seed: int = 0) -> str:
    """Columns a, b (floats) and label (0/1)."""
    rng = np.random.default_rng(seed)
    rows = [[f"{rng.normal():.4f}", f"{rng.normal() * 3 + 5:.4f}", i % 2] for i in range(n)]
    return csv_text(["a", "b", "label"], rows)


def raises(fragments, call, *args, **kwargs) -> DataError:
    """Assert ``call`` raises DataError whose message contains every fragment."""
    with pytest.raises(DataError) as info:
        call(*args, **kwargs)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, message
    assert info.value.template and "{" not in message
    return info.value


# --------------------------------------------------------------------------- reading: happy paths


def test_read_basic_table(tmp_path):
    table = read_csv_table(write(tmp_path, "x,y,label\n1,2,a\n3,4,b\n"))
    assert isinstance(table, CsvTable)
    assert table.columns == ["x", "y", "label"]
    assert table.rows == [["1", "2", "a"], ["3", "4", "b"]]
    assert table.line_numbers == [2, 3]
    assert table.delimiter == "," and table.has_header and not table.decimal_comma
    assert table.n_rows == 2
    assert table.column(2) == ["a", "b"]


def test_read_from_bytes_and_path_agree(tmp_path):
    text = numeric_file()
    a = read_csv_table(text.encode())
    b = read_csv_table(write(tmp_path, text))
    c = read_csv_table(str(write(tmp_path, text)))
    assert a.rows == b.rows == c.rows and a.columns == b.columns


def test_header_detected_when_numbers_below():
    table = read_csv_table(b"1a,2\n3,4\n5,6\n")  # '1a' is not a number, the rest are
    assert table.has_header and table.columns == ["1a", "2"]


def test_no_header_when_all_numbers():
    table = read_csv_table(b"1,2,3\n4,5,6\n")
    assert not table.has_header
    assert table.columns == ["column 1", "column 2", "column 3"]
    assert table.rows == [["1", "2", "3"], ["4", "5", "6"]]
    assert table.line_numbers == [1, 2]


def test_header_of_text_columns():
    table = read_csv_table(b"name,colour\nann,red\nbob,blue\n")
    assert table.has_header and table.columns == ["name", "colour"]
    # The first row repeats a value, so it is data, not a header.
    table = read_csv_table(b"red,red\nann,bob\n")
    assert not table.has_header and table.n_rows == 2


def test_header_forced_either_way():
    assert read_csv_table(b"1,2\n3,4\n", header=True).columns == ["1", "2"]
    table = read_csv_table(b"a,b\n3,4\n", header=False)
    assert table.columns == ["column 1", "column 2"] and table.rows[0] == ["a", "b"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_detection(delimiter):
    text = csv_text(["a", "b", "c"], [[1, 2.5, "x"], [3, 4, "y"], [5, 6, "z"]], delimiter)
    table = read_csv_table(text.encode())
    assert table.delimiter == delimiter
    assert table.columns == ["a", "b", "c"]


def test_semicolon_with_decimal_comma():
    text = "a;b;label\n1,5;2;x\n-3,25;4,0;y\n2;1e3;x\n"
    table = read_csv_table(text.encode())
    assert table.delimiter == ";" and table.decimal_comma
    ds = load_csv(text.encode(), target="label", test_fraction=0, standardize=False)
    np.testing.assert_allclose(sorted(ds.X_train[:, 0]), [-3.25, 1.5, 2.0])
    np.testing.assert_allclose(sorted(ds.X_train[:, 1]), [2.0, 4.0, 1000.0])


def test_explicit_delimiter():
    table = read_csv_table(b"a;b\n1;2\n", delimiter=",")
    assert table.columns == ["a;b"] and table.rows == [["1;2"]]
    raises(["single character"], read_csv_table, b"a,b\n", delimiter="ab")


def test_quotes_line_ends_blank_lines_and_bom():
    text = 'name,"x, first",y\r\n"ann",1,2\r\n\r\n,,\r\n"bob\nsmith",3,4\r\n'
    table = read_csv_table(codecs.BOM_UTF8 + text.encode())
    assert table.columns == ["name", "x, first", "y"]
    assert table.rows == [["ann", "1", "2"], ["bob\nsmith", "3", "4"]]
    assert table.line_numbers == [2, 5]


def test_utf16_with_bom():
    text = "x,y,label\n1,2,été\n3,4,hiver\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        table = read_csv_table(bom + text.encode(encoding))
        assert table.columns == ["x", "y", "label"] and table.column(2) == ["été", "hiver"]


def test_old_mac_line_ends():
    table = read_csv_table(b"a,b\r1,2\r3,4\r")
    assert table.rows == [["1", "2"], ["3", "4"]] and table.line_numbers == [2, 3]


# --------------------------------------------------------------------------- reading: errors


def test_error_file_not_found(tmp_path):
    raises(["nothere.csv", "does not exist"], read_csv_table, tmp_path / "nothere.csv")


def test_error_folder(tmp_path):
    raises(["folder"], read_csv_table, tmp_path)


def test_error_file_too_large_checked_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, numeric_file(200))

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr("builtins.open", no_reading)
    raises(["MB", "limit"], read_csv_table, path, max_bytes=1000)
    monkeypatch.undo()
    raises(["MB"], read_csv_table, b"a,b\n1,2\n", max_bytes=4)


def test_error_empty_file():
    raises(["empty"], read_csv_table, b"")
    raises(["empty"], read_csv_table, b"\n \n\r\n,,\n")
    raises(["empty"], load_csv, b"", target="a")


def test_error_header_only():
    raises(["header", "no data rows"], read_csv_table, b"a,b,c\n")
    raises(["no data rows"], load_csv, b"a,b,c\n\n", target="a")


def test_error_ragged_row():
    rows = "\n".join(["1,2,3,4,5"] * 15)
    text = "a,b,c,d,e\n" + rows + "\n1,2,3,4\n"
    raises(["Line 17", "4 values", "header has 5 columns"], read_csv_table, text.encode())
    raises(["Line 3", "3 values", "line 1 has 2"], read_csv_table, b"1,2\n3,4\n5,6,7\n")
    # The csv-module path (file with quotes) reports the same.
    raises(["Line 3", "3 values"], read_csv_table, b'"a",b\n1,2\n3,4,5\n')


def test_error_bad_encoding():
    err = raises(["Line 3", "CSV UTF-8"], read_csv_table, b"a,b\n1,x\n2,caf\xe9\n")
    assert err.params["line"] == 3
    raises(["Line 1", "CSV UTF-8"], load_csv, b"caf\xe9,b\n1,2\n", target="b")


def test_error_utf16_without_bom_is_caught():
    raises(["Line 1", "CSV UTF-8"], read_csv_table, "a,b\n1,2\n".encode("utf-16-le"))


def test_error_duplicate_column_names():
    raises(["Columns 1 and 3", "'a'"], read_csv_table, b"a,b,a\n1,2,3\n")


def test_error_unclosed_quote_is_a_data_error():
    text = 'a,b\n1,"' + "x" * 200_000 + "\n"
    raises(["Line 2", "quote"], read_csv_table, text.encode())


# --------------------------------------------------------------------------- load_csv: happy paths


def test_load_numeric_classification(tmp_path):
    path = write(tmp_path, numeric_file(40), name="points.csv")
    ds = load_csv(path, target="label", test_fraction=0.25, seed=1)
    assert ds.name == "points"
    assert ds.task == "classification"
    assert ds.class_names == ("0", "1") and ds.n_classes == 2
    assert ds.target_names == ("label",)
    assert ds.feature_names == ds.features == ("a", "b")
    assert ds.n_train == 30 and ds.n_test == 10
    assert np.bincount(ds.y_test).tolist() == [5, 5]  # stratified
    assert ds.y_train.dtype == np.int64 and ds.X_train.dtype == np.float64
    assert ds.raw_train is None and ds.dropped_rows == 0
    assert load_csv(numeric_file(40).encode(), target="label").name == "data"


def test_features_subset_and_order():
    ds = load_csv(numeric_file().encode(), target="label", features=["b", "a"], standardize=False, test_fraction=0)
    table = read_csv_table(numeric_file().encode())
    assert ds.features == ("b", "a")
    expected = np.array([[float(r[1]), float(r[0])] for r in table.rows])
    np.testing.assert_allclose(np.sort(ds.X_train, axis=0), np.sort(expected, axis=0))


def test_string_labels_become_sorted_classes():
    text = "x,species\n1,virginica\n2,setosa\n3,versicolor\n4,setosa\n5,virginica\n6,versicolor\n"
    ds = load_csv(text.encode(), target="species", test_fraction=0, standardize=False)
    assert ds.task == "classification"
    assert ds.class_names == ("setosa", "versicolor", "virginica")
    by_x = dict(zip(ds.X_train[:, 0].tolist(), ds.y_train.tolist()))
    assert by_x == {1.0: 2, 2.0: 0, 3.0: 1, 4.0: 0, 5.0: 2, 6.0: 1}


def test_numeric_labels_sorted_numerically():
    text = "x,y\n" + "".join(f"{i},{lab}\n" for i, lab in enumerate([10, 2, 1, 10, 2, 1]))
    ds = load_csv(text.encode(), target="y", test_fraction=0, standardize=False)
    assert ds.class_names == ("1", "2", "10")
    by_x = dict(zip(ds.X_train[:, 0].tolist(), ds.y_train.tolist()))
    assert by_x == {0.0: 2, 1.0: 1, 2.0: 0, 3.0: 2, 4.0: 1, 5.0: 0}


def test_task_inference():
    whole = "x,y\n" + "".join(f"{i},{i % 10}\n" for i in range(40))
    assert load_csv(whole.encode(), target="y").task == "classification"
    many = "x,y\n" + "".join(f"{i},{i % 11}\n" for i in range(40))  # 11 distinct values
    assert load_csv(many.encode(), target="y").task == "regression"
    floats = "x,y\n" + "".join(f"{i},{i / 3:.3f}\n" for i in range(40))
    ds = load_csv(floats.encode(), target="y", test_fraction=0)
    assert ds.task == "regression" and ds.class_names == () and ds.n_classes == 0
    assert ds.y_train.shape == (40, 1) and ds.y_train.dtype == np.float64
    # Explicit choices win.
    assert load_csv(whole.encode(), target="y", task="regression").task == "regression"
    assert load_csv(many.encode(), target="y", task="classification").n_classes == 11


def test_regression_targets_not_standardised():
    text = "x,y\n" + "".join(f"{i},{100 + i / 7:.5f}\n" for i in range(30))
    ds = load_csv(text.encode(), target="y", test_fraction=0)
    assert ds.y_train.min() >= 100
    assert abs(ds.X_train.mean()) < 1e-12


def test_several_regression_targets():
    text = "x,y1,y2\n" + "".join(f"{i},{i * 0.5},{i * 0.25 + 0.1}\n" for i in range(20))
    ds = load_csv(text.encode(), target=["y1", "y2"], test_fraction=0, standardize=False)
    assert ds.task == "regression" and ds.target_names == ("y1", "y2")
    assert ds.y_train.shape == (20, 2) and ds.features == ("x",)
    np.testing.assert_allclose(ds.y_train[:, 0], ds.X_train[:, 0] * 0.5)


def test_standardisation_uses_training_rows_only():
    rng = np.random.default_rng(0)
    rows = [[f"{rng.normal(5, 3):.6f}", f"{rng.exponential(2):.6f}", "7", i % 3] for i in range(300)]
    text = csv_text(["a", "b", "constant", "label"], rows)
    ds = load_csv(text.encode(), target="label", test_fraction=0.3, seed=4)
    np.testing.assert_allclose(ds.X_train.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(ds.X_train[:, :2].std(axis=0), 1, atol=1e-12)
    assert np.all(ds.X_train[:, 2] == 0) and ds.std[2] == 1.0  # constant column: std 0 -> 1
    assert np.all(np.abs(ds.X_test[:, :2].mean(axis=0)) > 1e-6)  # test rows were not used
    raw = np.array([[float(r[0]), float(r[1]), 7.0] for r in rows])
    train_raw = (ds.X_train * ds.std + ds.mean)
    # mean/std are those of the training rows: undoing the transform gives file values.
    assert np.all(np.isin(np.round(train_raw[:, 0], 6), np.round(raw[:, 0], 6)))
    plain = load_csv(text.encode(), target="label", test_fraction=0.3, seed=4, standardize=False)
    assert plain.mean is None and plain.std is None
    np.testing.assert_allclose(ds.mean, plain.X_train.mean(axis=0))


def test_split_is_seeded_and_stratified():
    text = numeric_file(60).encode()
    a = load_csv(text, target="label", seed=3)
    b = load_csv(text, target="label", seed=3)
    c = load_csv(text, target="label", seed=4)
    np.testing.assert_array_equal(a.X_train, b.X_train)
    assert not np.array_equal(a.X_train, c.X_train)
    assert np.bincount(a.y_test).tolist() == [9, 9]


def test_tiny_classes_do_not_crash():
    text = "x,y\n1,a\n2,b\n3,b\n4,b\n"
    ds = load_csv(text.encode(), target="y", test_fraction=0.5)
    assert 0 in ds.y_train.tolist()  # the single 'a' row stays in training
    assert ds.n_train + ds.n_test == 4


def test_drop_missing_counts_rows():
    text = "a,b,c,label\n1,2,x,0\n,3,y,1\n4,NA,z,0\n5, n/a ,w,1\n6,7,?,0\n8,9,v,1\n10,nan,u,0\n"
    # Column c is not used, so its '?' does not count.
    ds = load_csv(text.encode(), target="label", features=["a", "b"], drop_missing=True, test_fraction=0, standardize=False)
    assert ds.dropped_rows == 4
    assert sorted(ds.X_train[:, 0].tolist()) == [1, 6, 8]


def test_missing_tokens_in_unused_columns_are_ignored():
    text = "a,unused,label\n1,NA,0\n2,,1\n3,x,0\n4,,1\n"
    ds = load_csv(text.encode(), target="label", features=["a"], test_fraction=0)
    assert ds.n_train == 4 and ds.dropped_rows == 0


def test_fast_and_csv_module_paths_agree():
    plain = numeric_file(50)
    quoted = '"a"' + plain[1:]  # a quote anywhere sends the file through the csv module
    a = load_csv(plain.encode(), target="label", seed=2)
    b = load_csv(quoted.encode(), target="label", seed=2)
    np.testing.assert_array_equal(a.X_train, b.X_train)
    np.testing.assert_array_equal(a.y_test, b.y_test)
    bad = plain.replace("\n", "\n1,zz,0\n", 1)
    m1 = str(raises(["Line 2", "'zz'"], load_csv, bad.encode(), target="label"))
    m2 = str(raises(["Line 2", "'zz'"], load_csv, ('"a"' + bad[1:]).encode(), target="label"))
    assert m1 == m2


# --------------------------------------------------------------------------- load_csv: errors


def test_error_missing_value():
    err = raises(["Line 3", "column 'b'", "missing", "drop rows"], load_csv, b"a,b,label\n1,2,0\n3,,1\n5,6,0\n", target="label")
    assert err.params == {"line": 3, "column": "b"}
    raises(["Line 4", "column 'label'"], load_csv, b"a,label\n1,0\n2,1\n3,NA\n", target="label")


def test_error_not_a_number():
    rows = "".join(f"{20 + i},{i % 2}\n" for i in range(10))
    text = "age,label\n" + rows + "abc,1\n"  # line 12
    err = raises(["Line 12, column 'age': 'abc' is not a number"], load_csv, text.encode(), target="label")
    assert err.params["value"] == "abc"
    raises(["Line 2", "'inf'", "finite"], load_csv, b"x,label\ninf,1\n2,0\n", target="label")


def test_error_regression_target_not_a_number():
    raises(["Line 3", "column 'y'", "'big'", "regression"], load_csv, b"x,y\n1,0.5\n2,big\n", target="y", task="regression")


def test_error_single_class():
    raises(["'label'", "only one class", "'yes'"], load_csv, b"x,label\n1,yes\n2,yes\n3,yes\n", target="label")


def test_error_unknown_target_column():
    raises(["'price'", "'a'", "'b'", "'label'"], load_csv, numeric_file().encode(), target="price")


def test_error_unknown_feature_column():
    raises(["'c'", "'a', 'b', 'label'"], load_csv, numeric_file().encode(), target="label", features=["a", "c"])


def test_error_target_in_features():
    raises(["'label'", "target"], load_csv, numeric_file().encode(), target="label", features=["a", "label"])


def test_error_no_features_and_duplicates():
    raises(["at least one"], load_csv, b"label\n1\n0\n", target="label")
    raises(["twice"], load_csv, numeric_file().encode(), target="label", features=["a", "a"])
    raises(["exactly one target"], load_csv, numeric_file().encode(), target=["a", "b"], task="classification")


def test_error_everything_missing():
    raises(["no rows are left"], load_csv, b"a,label\nNA,1\n,0\n", target="label", drop_missing=True)


def test_error_bad_arguments():
    raises(["task"], load_csv, numeric_file().encode(), target="label", task="clustering")
    raises(["test fraction"], load_csv, numeric_file().encode(), target="label", test_fraction=1.0)


def test_error_too_many_classes():
    text = "x,name\n" + "".join(f"{i},n{i}\n" for i in range(csvdata.MAX_CLASSES + 1))
    raises(["different values"], load_csv, text.encode(), target="name")


def test_messages_are_marked_for_translation():
    assert_translatable(csvdata)
    assert_no_qt(csvdata)


# --------------------------------------------------------------------------- robustness


def _feed(data: bytes, **kwargs) -> None:
    """Read and load ``data``; only DataError may come out."""
    try:
        table = read_csv_table(data, **kwargs)
    except DataError:
        table = None
    targets = ["column 1"] + (table.columns[:1] + table.columns[-1:] if table else [])
    for target in targets:
        for drop in (False, True):
            try:
                ds = load_csv(data, target=target, drop_missing=drop, **kwargs)
            except DataError:
                continue
            assert ds.n_train >= 1
            assert np.all(np.isfinite(ds.X_train)) and np.all(np.isfinite(ds.X_test))


_HYPOTHESIS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_HYPOTHESIS
@given(st.binary(max_size=400))
def test_random_bytes_only_raise_data_error(data):
    _feed(data)


@_HYPOTHESIS
@given(
    st.text(alphabet='0123456789,;"\n\r\t|.- eE+aNA?', max_size=300),
    st.sampled_from([{}, {"header": True}, {"header": False}, {"delimiter": ";"}]),
)
def test_random_csv_like_text_only_raises_data_error(text, kwargs):
    _feed(text.encode("utf-8"), **kwargs)


@_HYPOTHESIS
@given(
    st.lists(
        st.lists(st.text(alphabet="01,.;x -\t", max_size=20), min_size=3, max_size=3),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from([",", ";", "\t", "|"]),
)
def test_plain_column_cut_matches_row_split(rows, delimiter):
    """The shortcut of CsvTable.column (partial splits of the lines) agrees with the rows."""
    lines = [delimiter.join(cell.replace(delimiter, "") for cell in row) for row in rows]
    data = ("h1" + delimiter + "h2" + delimiter + "h3\n" + "\n".join(lines) + "\n").encode()
    try:
        table = read_csv_table(data, delimiter=delimiter, header=True)
    except DataError:
        return
    for j in range(3):
        fast = table.column(j)
        assert fast == [row[j] for row in table.rows]



def test_long_text_cells_in_a_plain_file():
    """Found by fuzzing: NumPy 2.4's loadtxt with StringDType broke on cells of 16+ characters."""
    with pytest.raises(DataError):
        load_csv(b"N879EEx|7907.,95ae;3", target="column 1")
    text = "x,label\n1,a rather long class name\n2,short\n3,a rather long class name\n4,short\n"
    ds = load_csv(text.encode(), target="label", test_fraction=0)
    assert ds.class_names == ("a rather long class name", "short")
