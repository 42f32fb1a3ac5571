"""Numbers in the interface language: reading (the ambiguity rule), showing, the spin
boxes typed into in both languages, the axis labels, and format -> read round trips."""

import math
import re

import pyqtgraph as pg
import pytest
from hypothesis import given, settings, strategies as st
from PySide6.QtCore import QLocale, Qt

from backprop_gui.gui import i18n
from backprop_gui.gui.numbers import (
    LocaleAxisItem, NumberSpinBox, NumberValidator, WholeSpinBox, format_count, format_factor, format_fixed, format_number,
    format_percent, format_power, interface_locale, log_tick_labels, parse_number, read_number, tick_labels,
)

ID = interface_locale("id")
EN = interface_locale("en")
NBSP = "\u00a0"
REFUSED = None  # an expected value of None: refused, with a sentence


@pytest.fixture
def app(qapp):
    """The application; back to English afterwards, whatever the test installed."""
    yield qapp
    i18n.install(qapp, "en")
    assert i18n.current_language() == "en"


# ---------------------------------------------------------------------------- the locale
def test_the_interface_locale_follows_the_language(app):
    assert (ID.decimalPoint(), ID.groupSeparator()) == (",", ".")
    assert (EN.decimalPoint(), EN.groupSeparator()) == (".", ",")
    assert interface_locale().decimalPoint() == "."
    assert i18n.install(app, "id") == "id"
    assert interface_locale().decimalPoint() == ","
    assert format_number(0.5) == "0,5"  # the default locale is the interface's
    assert parse_number("1.000", whole=True) == 1000


# ---------------------------------------------------------------------------- reading
READINGS = [
    # text,          Indonesian,  English
    ("0,01",         0.01,        0.01),
    ("0.01",         0.01,        0.01),      # the other language's decimal sign, forgiven
    ("0,5",          0.5,         0.5),
    ("0.5",          0.5,         0.5),
    ("1.000",        REFUSED,     1.0),       # id: one or one thousand?
    ("1,000",        1.0,         REFUSED),   # en: one or one thousand?
    ("12.500",       REFUSED,     12.5),
    ("0.500",        0.5,         0.5),       # no thousands group follows a lone 0
    ("1234.567",     1234.567,    1234.567),  # four digits before: only a decimal sign fits
    ("1.234,5",      1234.5,      REFUSED),
    ("1,234.5",      REFUSED,     1234.5),
    ("1.234.567",    1234567.0,   REFUSED),
    ("1,234,567",    REFUSED,     1234567.0),
    ("1.23.4",       REFUSED,     REFUSED),
    ("1,2,3",        REFUSED,     REFUSED),
    ("1e-3",         0.001,       0.001),
    ("1E3",          1000.0,      1000.0),
    ("1,5e3",        1500.0,      1500.0),
    ("1.500e3",      1500.0,      1500.0),    # with an exponent a separator is a decimal sign
    ("1×10⁻³",       0.001,       0.001),
    ("2,8 × 10⁵",    280000.0,    280000.0),
    ("1x10^-3",      0.001,       0.001),
    ("10⁻³",         0.001,       0.001),
    (" + 0,25 ",     0.25,        0.25),
    ("−2,5",         -2.5,        -2.5),      # the true minus sign
    ("1 234,5",      1234.5,      1234.5),    # spaces are ignored
    (",5",           0.5,         0.5),
    ("5.",           5.0,         5.0),
    ("abc",          REFUSED,     REFUSED),
    ("",             REFUSED,     REFUSED),
    ("-",            REFUSED,     REFUSED),
    ("1e",           REFUSED,     REFUSED),
    ("2×10",         REFUSED,     REFUSED),
    ("nan",          REFUSED,     REFUSED),
    ("inf",          REFUSED,     REFUSED),
    ("1e999",        REFUSED,     REFUSED),
]


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("text, in_indonesian, in_english", READINGS)
def test_reading_a_number(text, in_indonesian, in_english, language):
    expected = in_indonesian if language == "id" else in_english
    reading = read_number(text, interface_locale(language))
    if expected is REFUSED:
        assert reading.value is None and not reading.ok
        assert reading.reason.endswith(".") and reading.reason[0].isupper() or reading.reason.startswith("“")
        if text.strip():
            assert text.strip() in reading.reason  # the sentence quotes what was typed
    else:
        assert reading.ok and reading.reason == ""
        assert reading.value == pytest.approx(expected, rel=1e-12)


WHOLE_READINGS = [
    ("1.000",     1000.0,   REFUSED),   # id: thousands in a whole-number field; en: "one" typed as 1.000?
    ("1,000",     REFUSED,  1000.0),
    ("12.345",    12345.0,  REFUSED),
    ("1.234.567", 1234567.0, REFUSED),
    ("1000",      1000.0,   1000.0),
    ("1,5",       REFUSED,  REFUSED),   # not whole
    ("1.5",       REFUSED,  REFUSED),
    ("2e3",       2000.0,   2000.0),
    ("-3",        -3.0,     -3.0),
]


@pytest.mark.parametrize("text, in_indonesian, in_english", WHOLE_READINGS)
def test_reading_a_whole_number(text, in_indonesian, in_english):
    for locale, expected in ((ID, in_indonesian), (EN, in_english)):
        assert parse_number(text, locale, whole=True) == expected, (text, locale.name())


def test_refusals_say_what_to_type_instead():
    assert read_number("1.000", ID).reason == "“1.000” could mean 1 or 1000: type 1 or 1000, as written here."
    assert read_number("1.500", ID).reason == "“1.500” could mean 1,5 or 1500: type 1,5 or 1500, as written here."
    assert read_number("-1,000", EN).reason == "“-1,000” could mean −1 or −1000: type −1 or −1000, as written here."
    assert read_number("1,234.5", ID).reason.endswith("here it is written 1.234,5.")
    assert read_number("1.234,5", EN).reason.endswith("here it is written 1,234.5.")
    assert read_number("-1.234,5", EN).reason.endswith("here it is written −1,234.5.")
    assert read_number("abc", EN).reason == "“abc” is not a number. Type digits, for example 0.01."
    assert read_number("1,5", ID, whole=True).reason.startswith("“1,5” is not a whole number")


def test_refusals_are_translated(app):
    i18n.install(app, "id")
    assert read_number("abc").reason == "“abc” bukan angka. Ketik angka, misalnya 0,01."
    assert read_number("1.500").reason == ("“1.500” bisa berarti 1,5 atau 1500: ketik 1,5 atau 1500, "
                                           "persis seperti tertulis di sini.")
    assert read_number("").reason == "Ketik sebuah angka, misalnya 0,01."


# ---------------------------------------------------------------------------- showing
@pytest.mark.parametrize("value, kwargs, indonesian, english", [
    (280000.0, {}, "2,8 × 10⁵", "2.8 × 10⁵"),
    (0.01, {}, "0,01", "0.01"),
    (0.5, {}, "0,5", "0.5"),
    (3.14159, {}, "3,142", "3.142"),
    (3.14159, {"significant": 2}, "3,1", "3.1"),
    (0.0001, {}, "0,0001", "0.0001"),
    (0.00001234, {}, "1,234 × 10⁻⁵", "1.234 × 10⁻⁵"),
    (-0.0000025, {"significant": 2}, "−2,5 × 10⁻⁶", "−2.5 × 10⁻⁶"),  # the true minus sign
    (12345.678, {}, "12.346", "12,346"),
    (0.01, {"decimals": 4}, "0,0100", "0.0100"),
    (0.01, {"decimals": 4, "trim_zeros": True}, "0,01", "0.01"),
    (0.6931, {"decimals": 2}, "0,69", "0.69"),
    (1e-7, {"decimals": 4}, "1 × 10⁻⁷", "1 × 10⁻⁷"),  # not "0,0000"
    (-0.00001, {"decimals": 2}, "−1 × 10⁻⁵", "−1 × 10⁻⁵"),
    (-1e-12, {"decimals": 0}, "−1 × 10⁻¹²", "−1 × 10⁻¹²"),
    (-12345.5, {"decimals": 1}, "−12.345,5", "−12,345.5"),
    (1234.5, {"decimals": 1}, "1234,5", "1234.5"),  # four integer digits: no separator
    (12345.5, {"decimals": 1}, "12.345,5", "12,345.5"),
    (2.5e6, {"decimals": 4}, "2,5 × 10⁶", "2.5 × 10⁶"),
    (0.0, {}, "0", "0"),
    (-0.0, {"decimals": 2}, "0,00", "0.00"),
])
def test_formatting_a_number(value, kwargs, indonesian, english):
    assert format_number(value, locale=ID, **kwargs) == indonesian
    assert format_number(value, locale=EN, **kwargs) == english


@pytest.mark.parametrize("value", [2.8e5, 1e-9, 1e300, -4.2e-200, 123456789.0])
def test_no_computer_notation_ever(value):
    for locale in (ID, EN):
        for text in (format_number(value, locale=locale), format_number(value, decimals=3, locale=locale),
                     format_count(value, locale=locale), *tick_labels([value, 2 * value], value, locale=locale)):
            assert not re.search(r"\de[+-]?\d", text), text


def test_non_finite_numbers_are_words(app):
    for function in (format_number, format_percent, format_count, format_factor):
        assert function(math.nan) == "not a number"
        assert function(math.inf) == "infinity"
        assert function(-math.inf) == "minus infinity"
    i18n.install(app, "id")
    assert format_number(math.nan) == "bukan angka"
    assert format_number(math.inf, decimals=2) == "tak hingga"
    assert "nan" not in format_fixed(math.nan, 2).lower()


def test_percentages(app):
    assert format_percent(0.925) == "92.5%"
    assert format_percent(1.0, 0) == "100%"
    i18n.install(app, "id")
    assert format_percent(0.925) == f"92,5{NBSP}%"  # a no-break space: never "92,5" at a line's end


def test_big_counts_and_factors_in_words(app):
    assert [format_factor(v) for v in (2.5, 2500, 12345, 999_999, 3.5e6, 1.23e8, 4.2e9, 7e12, 4.2e15)] == [
        "2.5×", "2500×", "12 thousand×", "1 million×", "3.5 million×", "123 million×", "4.2 billion×",
        "7 trillion×", "4.2 × 10¹⁵×"]
    assert format_count(3_500_000, 3) == "3.5 million"
    i18n.install(app, "id")
    assert format_factor(3.5e6) == "3,5 juta×"
    assert [format_count(v) for v in (2500, 12_345, 4.2e9, 1.5e12)] == ["2500", "12 ribu", "4,2 miliar", "1,5 triliun"]


def test_powers_of_ten():
    assert format_power(280000, 2, locale=ID) == "2,8 × 10⁵"
    assert format_power(1e-5, 3, locale=EN) == "1 × 10⁻⁵"
    assert format_power(1e-5, 3, locale=EN, compact=True) == "10⁻⁵"
    assert format_power(-2.5e6, 2, locale=ID, compact=True) == "−2,5×10⁶"
    assert format_power(-1e6, 2, locale=ID, compact=True) == "−10⁶"
    assert format_power(9.99e5, 2, locale=EN) == "1 × 10⁶"  # rounding carries into the exponent


# ---------------------------------------------------------------------------- axis labels
def test_tick_labels():
    assert tick_labels([0, 0.25, 0.5, 0.75], 0.25, locale=ID) == ["0,00", "0,25", "0,50", "0,75"]
    assert tick_labels([0, 0.5, 1.0], 0.5, locale=EN) == ["0.0", "0.5", "1.0"]
    assert tick_labels([0, 20, 40], 20, locale=ID) == ["0", "20", "40"]
    assert tick_labels([5.551115123125783e-17, 0.1], 0.1, locale=ID) == ["0,0", "0,1"]  # no "5,6×10⁻¹⁷"
    assert tick_labels([0, 2e5, 4e5], 2e5, locale=ID) == ["0", "2×10⁵", "4×10⁵"]
    assert tick_labels([1e239, 2e239], 1e239, locale=EN) == ["10²³⁹", "2×10²³⁹"]  # never "2e+239"
    assert tick_labels([1e-5, 1.5e-5], 5e-6, locale=ID) == ["10⁻⁵", "1,5×10⁻⁵"]
    assert tick_labels([10_000, 20_000], 10_000, locale=ID) == ["10.000", "20.000"]
    assert log_tick_labels([-5, -3, math.log10(0.002), 0, 4, 5, math.log10(2e5)], locale=ID) == [
        "10⁻⁵", "0,001", "0,002", "1", "10.000", "10⁵", "2×10⁵"]


def test_the_axis_labels_ticks_the_interface_way_and_follows_the_language(app, qtbot):
    axis = LocaleAxisItem("left")
    plot = pg.PlotWidget(axisItems={"left": axis})
    qtbot.addWidget(plot)
    plot.resize(300, 300)
    plot.setYRange(0, 1, padding=0)
    shown = []
    original = axis.tickStrings
    axis.tickStrings = lambda *args: shown.append(original(*args)) or shown[-1]
    plot.grab()
    assert shown and any("0.5" in labels for labels in shown)
    shown.clear()
    i18n.install(app, "id")
    plot.grab()  # the plot repaints after a language change; the axis notices
    assert shown and any("0,5" in labels for labels in shown)
    axis.setLogMode(True)
    assert axis.tickStrings([-5.0, 0.0], 1.0, 1.0) == ["10⁻⁵", "1"]


# ---------------------------------------------------------------------------- spin boxes
def typed(spin, qtbot, text: str) -> None:
    """Select the spin box's text, type ``text`` and press Return, as a user would."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


@pytest.fixture
def learning_rate(app, qtbot):
    spin = NumberSpinBox(trim_zeros=True)
    qtbot.addWidget(spin)
    spin.setRange(0.00001, 10.0)
    spin.setDecimals(5)
    spin.setValue(0.1)
    spin.show()
    return spin


@pytest.fixture
def dropout(app, qtbot):
    spin = NumberSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0.0, 0.9)
    spin.setSingleStep(0.1)
    spin.setKeyboardTracking(False)
    spin.show()
    return spin


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("text, value", [("0,01", 0.01), ("0.01", 0.01), ("1e-3", 0.001), ("2,5", 2.5), ("2.5", 2.5)])
def test_typing_a_learning_rate(app, learning_rate, qtbot, language, text, value):
    i18n.install(app, language)
    typed(learning_rate, qtbot, text)
    assert learning_rate.value() == pytest.approx(value)  # 0,01 was once read as 1
    shown = {0.01: "0,01", 0.001: "0,001", 2.5: "2,5"}[value]
    assert learning_rate.text() == (shown if language == "id" else shown.replace(",", "."))


@pytest.mark.parametrize("language", ["id", "en"])
def test_typing_a_dropout_of_one_half(app, dropout, qtbot, language):
    i18n.install(app, language)
    changes = []
    dropout.valueChanged.connect(changes.append)
    for text in ("0,5", "0.3"):
        typed(dropout, qtbot, text)
        assert changes[-1] == pytest.approx(float(text.replace(",", ".")))
    assert dropout.text() == ("0,30" if language == "id" else "0.30")


def test_a_refused_text_keeps_the_value_and_says_why(app, dropout, qtbot):
    i18n.install(app, "id")
    dropout.setValue(0.2)
    sentences = []
    dropout.refused.connect(sentences.append)
    for text, start in (("1.000", "“1.000” bisa berarti"), ("abc", "“abc” bukan angka"), ("5", "“5” di luar batas"),
                        ("0,001", "“0,001” punya lebih banyak angka desimal")):
        typed(dropout, qtbot, text)
        assert dropout.value() == pytest.approx(0.2)
        assert dropout.text() == "0,20"
        assert len(sentences) == 1 and sentences[0].startswith(start), sentences  # once, not per check
        sentences.clear()
    assert "0,00 sampai 0,90" in (dropout._range_sentence("5"))


def test_leaving_the_field_with_a_refused_text_also_says_why(app, qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    dropout, other = NumberSpinBox(), NumberSpinBox()
    dropout.setRange(0.0, 0.9)
    layout = QVBoxLayout(window)
    layout.addWidget(dropout)
    layout.addWidget(other)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    dropout.setValue(0.4)
    sentences = []
    dropout.refused.connect(sentences.append)
    dropout.setFocus()
    assert dropout.hasFocus()
    dropout.lineEdit().selectAll()
    qtbot.keyClicks(dropout.lineEdit(), "1,2,3")
    other.setFocus()  # Tab or a click elsewhere
    assert not dropout.hasFocus()
    assert len(sentences) == 1 and "“1,2,3”" in sentences[0]
    assert dropout.value() == pytest.approx(0.4)
    assert dropout.text() == "0.40"


def test_a_change_of_language_shows_the_value_again(app, dropout):
    dropout.setValue(0.5)
    assert dropout.text() == "0.50"
    i18n.install(app, "id")
    assert dropout.text() == "0,50"
    i18n.install(app, "en")
    assert dropout.text() == "0.50"


def test_the_spin_boxes_show_a_prefix_and_suffix_and_still_read(app, qtbot):
    spin = NumberSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0, 100)
    spin.setSuffix(" %")
    spin.show()
    i18n.install(app, "id")
    typed(spin, qtbot, "12,5 %")
    assert spin.value() == 12.5
    assert spin.text() == "12,50 %"
    spin.setRange(-10, 10)
    spin.setSuffix("")
    typed(spin, qtbot, "-0,5")
    assert (spin.value(), spin.text()) == (-0.5, "−0,50")  # shown with the true minus sign, and read back
    spin.stepBy(-1)
    assert (spin.value(), spin.text()) == (-1.5, "−1,50")
    trimmed = NumberSpinBox(trim_zeros=True)
    qtbot.addWidget(trimmed)
    trimmed.setRange(0, 100_000)
    trimmed.setGroupSeparatorShown(True)
    trimmed.setValue(12345.0)
    assert trimmed.text() == "12.345,0"  # "12.345" alone could be twelve and a bit
    trimmed.setValue(12345.25)
    assert trimmed.text() == "12.345,25"


@pytest.mark.parametrize("language, text, value", [
    ("id", "1.000", 1000), ("id", "2.500", 2500), ("id", "12.345", 12345), ("id", "500", 500),
    ("en", "1,000", 1000), ("en", "2,500", 2500), ("en", "1e3", 1000),
])
def test_typing_whole_numbers_with_thousands_separators(app, qtbot, language, text, value):
    i18n.install(app, language)
    spin = WholeSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(1, 100_000)
    spin.setValue(7)
    spin.show()
    typed(spin, qtbot, text)
    assert spin.value() == value
    spin.setGroupSeparatorShown(True)  # separators from five digits on, as format_fixed: "1000", "12.345"
    assert spin.text() == (interface_locale(language).toString(value) if value >= 10_000 else str(value))


def test_a_whole_number_box_refuses_a_fraction(app, qtbot):
    i18n.install(app, "id")
    spin = WholeSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(1, 100_000)
    spin.setValue(7)
    spin.setKeyboardTracking(False)  # as in the settings: else "1" is taken before ",5" is typed
    spin.show()
    sentences = []
    spin.refused.connect(sentences.append)
    typed(spin, qtbot, "1,5")
    assert spin.value() == 7
    assert sentences == ["“1,5” bukan bilangan bulat: ketik bilangan tanpa desimal, misalnya 2."]


# ---------------------------------------------------------------------------- round trips
finite = st.floats(min_value=-1e300, max_value=1e300, allow_nan=False, allow_infinity=False, allow_subnormal=False)


def shown_precision(value: float, significant: int) -> float:
    """Half a unit of the last significant digit: how far the shown number may be off."""
    return 0.5 * 10.0 ** (math.floor(math.log10(abs(value))) - significant + 1) * (1 + 1e-9) if value else 0.0


@settings(max_examples=300, deadline=None)
@given(value=finite, significant=st.integers(1, 6), language=st.sampled_from(["id", "en"]), grouping=st.booleans())
def test_shown_significant_digits_read_back(value, significant, language, grouping):
    locale = interface_locale(language)
    text = format_number(value, significant=significant, locale=locale, grouping=grouping)
    # a number shown without decimals reads back in a whole-number field; "12.346" alone
    # is ambiguous in a field that takes fractions (the rule), so it is shown ungrouped there
    whole = locale.decimalPoint() not in text and "×" not in text
    reading = read_number(text, locale, whole=whole and grouping)
    assert reading.ok, (text, reading.reason)
    assert abs(reading.value - value) <= shown_precision(value, significant), text


@settings(max_examples=300, deadline=None)
@given(value=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), decimals=st.integers(0, 6),
       language=st.sampled_from(["id", "en"]))
def test_shown_decimals_read_back(value, decimals, language):
    locale = interface_locale(language)
    text = format_number(value, decimals=decimals, locale=locale, grouping=False)
    reading = read_number(text, locale)
    assert reading.ok, (text, reading.reason)
    if "×" in text:  # huge, or too small for the decimals: a few significant digits
        assert abs(reading.value - value) <= shown_precision(value, 3 if abs(value) >= 1 else 2), text
    else:
        assert abs(reading.value - value) <= 0.5 * 10.0 ** -decimals * (1 + 1e-9) + 1e-9 * abs(value), text


@settings(max_examples=200, deadline=None)
@given(value=st.floats(min_value=0.0, max_value=99_999.0, allow_nan=False), decimals=st.integers(0, 5),
       language=st.sampled_from(["id", "en"]), grouping=st.booleans(), trim_zeros=st.booleans())
def test_what_a_spin_box_shows_it_reads_back(qapp, value, decimals, language, grouping, trim_zeros):
    spin = NumberSpinBox(trim_zeros=trim_zeros)
    spin.setLocale(interface_locale(language))  # what a change of language does, without reloading translators
    spin.setRange(0.0, 99_999.0)
    spin.setDecimals(decimals)
    spin.setGroupSeparatorShown(grouping)
    spin.setValue(value)
    assert spin.locale().decimalPoint() in spin.text() or decimals == 0 or trim_zeros
    state, _text, _pos = spin.validate(spin.text(), 0)
    assert state.name == "Acceptable", spin.text()
    assert spin.valueFromText(spin.text()) == pytest.approx(spin.value(), abs=1e-9)
    other = NumberSpinBox(trim_zeros=trim_zeros)  # and what one box shows, another reads the same
    other.setLocale(spin.locale())
    other.setRange(0.0, 99_999.0)
    other.setDecimals(decimals)
    assert other.valueFromText(spin.text()) == pytest.approx(spin.value(), abs=1e-9), spin.text()
    spin.deleteLater()
    other.deleteLater()


# ---------------------------------------------------------------------------- a validator for combo boxes
def test_the_validator_of_an_editable_combo_box(app):
    from PySide6.QtGui import QValidator

    validator = NumberValidator(1e-7, 100.0)
    assert validator.validate("0.01", 4)[0] == QValidator.State.Acceptable
    assert validator.validate("0,01", 4)[0] == QValidator.State.Acceptable  # the learning rate once became 1
    assert validator.validate("abc", 3)[0] == QValidator.State.Intermediate  # kept, and explained when done
    assert validator.reading("1,000").reason.startswith("“1,000” could mean 1 or 1000")
    assert validator.reading("500").reason == "“500” is outside what this field takes: type a number from 1 × 10⁻⁷ to 100."
    i18n.install(app, "id")
    assert validator.reading("0,01").value == 0.01
    assert validator.reading("0.01").value == 0.01
    assert validator.reading("1.000").value is None
    assert NumberValidator(1, 10_000, whole=True).reading("1.000").value == 1000


def test_the_wheel_scrolls_past_a_spin_box_that_was_not_clicked(dropout, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    dropout.setValue(0.5)
    dropout.clearFocus()

    def wheel() -> None:
        centre = QPointF(dropout.rect().center())
        event = QWheelEvent(centre, QPointF(dropout.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(dropout, event)

    wheel()
    assert dropout.value() == pytest.approx(0.5)  # scrolling the settings changed every number it passed
    dropout.setFocus()
    qtbot.waitUntil(dropout.hasFocus, timeout=2000)
    wheel()
    assert dropout.value() == pytest.approx(0.4)
