"""Numbers the way the interface language writes them: shown plainly, read forgivingly.

Bahasa Indonesia writes ``0,01`` and ``1.234,5`` (decimal comma, dot thousands); English
writes ``0.01`` and ``1,234.5``. Every number the window shows or reads goes through the
:class:`QLocale` of the interface language (:func:`interface_locale`), not the system's.

Showing (``docs/numbers.md`` has the rules with examples):

* :func:`format_number` -- fixed decimals or significant digits; very large and very
  small numbers as a person writes them, ``2,8 × 10⁵``, never ``2.8e+05``;
* :func:`format_percent` -- ``92,5 %`` / ``92.5%``;
* :func:`format_count` and :func:`format_factor` -- ``3,5 juta`` / ``3.5 million×``;
* :func:`tick_labels` -- short axis labels (``2×10⁻⁵``), used by :class:`LocaleAxisItem`;
* NaN and infinity are words ("bukan angka", "tak hingga"), never ``nan``;
* negative numbers get the true minus sign ``−`` (typed, ``-`` is read as well).

Reading (:func:`read_number`, :func:`parse_number`): both ``0,01`` and ``0.01`` mean one
hundredth in either language, ``1e-3`` and ``1×10⁻³`` are accepted, spaces and a leading
``+`` are ignored. A text that could mean two numbers is refused with a sentence rather
than guessed; THE RULE (a text is "thousands-like" when it has one separator, one to three
digits before it, not starting with 0, and exactly three after it, and no exponent):

1. The locale's own decimal sign (Indonesian ``,``, English ``.``) is a decimal sign:
   ``1,000`` is one in Indonesian, ``1.000`` is one in English. Only in a whole-number
   field is a thousands-like text with it refused: nobody types "one" as ``1,000`` there.
2. The other sign (Indonesian ``.``, English ``,``) alone once is the locale's thousands
   separator or the other language's decimal sign. When thousands-like (``1.000``,
   ``12.500`` in Indonesian) both readings are plausible: it is read as thousands in a
   whole-number field and refused elsewhere. Otherwise it can only be a decimal sign
   (``0.01``, ``1.5``, ``1234.5``) and is read as one.
3. Both signs: the locale's order only, in groups of three (Indonesian ``1.234,5``);
   the other order (``1,234.5`` in Indonesian) is refused, showing how to write it.
4. The thousands separator several times (``1.234.567``) is grouping, in threes.
5. With an exponent (``1.5e3``) a single separator is always a decimal sign.

Widgets: :class:`NumberSpinBox` (fractions) and :class:`WholeSpinBox` (whole numbers)
read and show through these rules and emit ``refused(sentence)`` instead of silently
putting the old value back; :class:`NumberValidator` does the reading for a line edit
or an editable combo box; :class:`LocaleAxisItem` labels plot axes. All follow a
change of language while the app runs.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from .i18n import current_language

CONTEXT = "numbers"

LARGE = 1e5  # from here on a number is shown as m × 10ⁿ (six integer digits are hard to read)
SMALL = 1e-4  # below this (and not 0) too: 0,0001 still reads well, 0,00001 does not
GROUP_FROM = 10_000  # thousands separators from five digits on: "2500", "12.500"
WORDS_FROM = 10_000  # format_count: "12 ribu" from here on, "2500" below
MAX_DECIMALS = 10  # the most decimals a tick label gets

SUPERSCRIPTS = str.maketrans("0123456789-+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺")
SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")  # x₁, w₁,₂: indices in plain text
FROM_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
SPACES = " \u00a0\u202f\u2009\u2007\t"  # plain, no-break, narrow no-break, thin, figure, tab
MINUS = "\u2212"  # shown: the true minus sign "−", as in the step-through's formulas
MINUS_SIGNS = MINUS + "\u2013"  # read as "-" too: the true minus and the en dash
TIMES_SIGNS = "×xX*·"

WORDS = {
    "nan": QT_TRANSLATE_NOOP("numbers", "not a number"),
    "inf": QT_TRANSLATE_NOOP("numbers", "infinity"),
    "-inf": QT_TRANSLATE_NOOP("numbers", "minus infinity"),
}
# format_count: (size of the unit, template), largest first
UNITS = (
    (1e12, QT_TRANSLATE_NOOP("numbers", "{number} trillion")),
    (1e9, QT_TRANSLATE_NOOP("numbers", "{number} billion")),
    (1e6, QT_TRANSLATE_NOOP("numbers", "{number} million")),
    (1e3, QT_TRANSLATE_NOOP("numbers", "{number} thousand")),
)
PERCENT = QT_TRANSLATE_NOOP("numbers", "{number}%")

# Why a text was refused: one sentence each, saying what is wrong and what to type.
REASONS = {
    "empty": QT_TRANSLATE_NOOP("numbers", "Type a number, for example {example}."),
    "not_a_number": QT_TRANSLATE_NOOP("numbers", "“{text}” is not a number. Type digits, for example {example}."),
    "ambiguous": QT_TRANSLATE_NOOP(
        "numbers", "“{text}” could mean {small} or {large}: type {small} or {large}, as written here."),
    "other_order": QT_TRANSLATE_NOOP(
        "numbers", "“{text}” has the decimal sign and the thousands separator the other way round: here it is written {example}."),
    "misplaced": QT_TRANSLATE_NOOP(
        "numbers", "“{text}” has its separators in the wrong places: type the number without thousands separators, for example {example}."),
    "not_whole": QT_TRANSLATE_NOOP("numbers", "“{text}” is not a whole number: type one without decimals, such as {example}."),
    "too_large": QT_TRANSLATE_NOOP("numbers", "“{text}” is too large to be used: type a smaller number."),
    "out_of_range": QT_TRANSLATE_NOOP("numbers", "“{text}” is outside what this field takes: type a number from {minimum} to {maximum}."),
    "too_precise": QT_TRANSLATE_NOOP(
        "numbers", "“{text}” has more decimals than this field keeps: it would become {rounded}. Type no more decimals than that."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# =========================================================================== the locale
def interface_locale(language: str | None = None) -> QLocale:
    """The QLocale of the interface language (default: the one installed now).

    "id" is Indonesian (Indonesia): ``1.234,5``. "en" is English (United States):
    ``1,234.5``, the plain English writing the brief asks for; the United Kingdom writes
    numbers the same way, and the C locale would show no thousands separator at all.
    """
    if (language or current_language()) == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else interface_locale()


def _signs(locale: QLocale) -> tuple[str, str]:
    """(decimal sign, thousands separator) of ``locale``: (",", ".") or (".", ",")."""
    decimal = locale.decimalPoint() or "."
    return decimal, ("." if decimal == "," else ",")


# =========================================================================== showing
def non_finite_word(value: float) -> str:
    """"not a number", "infinity" or "minus infinity", translated."""
    key = "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    return _tr(WORDS[key])


def format_fixed(value: float, decimals: int, *, locale: QLocale | None = None, grouping: bool = True,
                 trim_zeros: bool = False) -> str:
    """``value`` with exactly ``decimals`` decimals (fewer with ``trim_zeros``), never in
    powers of ten; thousands separators from five integer digits on when ``grouping``."""
    if not math.isfinite(value):
        return non_finite_word(value)
    loc = QLocale(_locale(locale))
    decimals = max(0, int(decimals))
    if round(value, decimals) == 0:
        value = 0.0  # no "-0,00"
    show_groups = grouping and abs(value) >= GROUP_FROM
    loc.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions if show_groups
                         else QLocale.NumberOption.OmitGroupSeparator)
    text = loc.toString(float(value), "f", decimals)
    if trim_zeros and decimals > 0:
        text = text.rstrip("0").rstrip(_signs(loc)[0])
    return MINUS + text[1:] if text.startswith(loc.negativeSign()) else text


def _mantissa_exponent(value: float, significant: int) -> tuple[float, int]:
    """``value`` = m × 10ᵉ with 1 ≤ |m| < 10 after rounding m to ``significant`` digits."""
    mantissa, exponent = f"{value:.{significant - 1}e}".split("e")
    return float(mantissa), int(exponent)


def format_power(value: float, significant: int = 3, *, locale: QLocale | None = None, compact: bool = False) -> str:
    """``2,8 × 10⁵``: a mantissa of ``significant`` digits (trailing zeros dropped) and a
    superscript exponent. ``compact`` (axis labels): ``2,8×10⁵``, and ``10⁵`` for 1 × 10⁵."""
    if not math.isfinite(value):
        return non_finite_word(value)
    if value == 0:
        return "0"
    significant = max(1, int(significant))
    mantissa, exponent = _mantissa_exponent(value, significant)
    power = "10" + str(exponent).translate(SUPERSCRIPTS)
    if compact and abs(mantissa) == 1:
        return power if mantissa > 0 else MINUS + power
    digits = format_fixed(mantissa, significant - 1, locale=locale, trim_zeros=True)
    return f"{digits}×{power}" if compact else f"{digits} × {power}"


def _format_significant(value: float, significant: int, locale: QLocale | None, grouping: bool,
                        compact: bool = False, small: float = SMALL, large: float = LARGE) -> str:
    if value == 0:
        return "0"
    mantissa, exponent = _mantissa_exponent(value, significant)
    if abs(value) < small or abs(mantissa) * 10.0 ** exponent >= large:
        return format_power(value, significant, locale=locale, compact=compact)
    # Digits before the decimal sign are never rounded away: 123456 with 3 significant
    # digits would otherwise read "123.000", a number that looks exact but is not.
    decimals = max(0, significant - 1 - exponent)
    return format_fixed(value, decimals, locale=locale, grouping=grouping, trim_zeros=True)


def format_number(value: float, decimals: int | None = None, significant: int | None = None, *,
                  locale: QLocale | None = None, grouping: bool = True, trim_zeros: bool = False) -> str:
    """A number for the user to read, in the interface language.

    ``decimals``: that many decimals (``0,0100``; fewer with ``trim_zeros``), unless the
    number would read as 0 although it is not, or has six integer digits or more: then
    ``1,2 × 10⁻⁷`` / ``2,8 × 10⁵`` with two or three significant digits. ``significant``
    (the default, 4; it wins if both are given): that many significant digits without
    trailing zeros (``0,01``, ``3,142``), the integer digits always kept (``12.346``), in
    powers of ten below 10⁻⁴ and from 10⁵. NaN and infinity give a word.
    """
    if not math.isfinite(value):
        return non_finite_word(value)
    if decimals is not None and significant is None:
        decimals = max(0, int(decimals))
        shown_as_zero = value != 0 and round(value, decimals) == 0
        if shown_as_zero or abs(value) >= LARGE:
            return format_power(value, 3 if abs(value) >= LARGE else 2, locale=locale)
        return format_fixed(value, decimals, locale=locale, grouping=grouping, trim_zeros=trim_zeros)
    return _format_significant(value, max(1, int(significant or 4)), locale, grouping)


def list_separator(*, locale: QLocale | None = None) -> str:
    """What parts the numbers of a list: ``"; "`` where the decimal sign is a comma
    (``0,5; 0,25``, not ``0,5, 0,25``), ``", "`` elsewhere."""
    return "; " if _signs(_locale(locale))[0] == "," else ", "


def format_percent(fraction: float, decimals: int = 1, *, locale: QLocale | None = None) -> str:
    """0.925 -> ``92,5 %`` (Indonesian) / ``92.5%`` (English); the template is translated."""
    if not math.isfinite(fraction):
        return non_finite_word(fraction)
    return _tr(PERCENT).format(number=format_fixed(100.0 * fraction, decimals, locale=locale))


def format_count(value: float, significant: int = 2, *, locale: QLocale | None = None) -> str:
    """A big count or ratio in words: ``3,5 juta`` / ``3.5 million``, ``12 ribu`` /
    ``12 thousand``; below 10 000 the number itself (``2500``, ``2,5``); from 10¹⁵ on
    ``4,2 × 10¹⁵``. The digits before the decimal sign are kept (``123 juta``)."""
    if not math.isfinite(value):
        return non_finite_word(value)
    size = abs(value)
    if size < WORDS_FROM:
        if value == round(value):
            return format_fixed(value, 0, locale=locale)
        return _format_significant(value, significant, locale, grouping=True)
    for index, (unit, template) in enumerate(UNITS):
        if size >= unit:
            number = _format_significant(value / unit, significant, locale, grouping=False, large=math.inf)
            mantissa = abs(float(f"{value / unit:.{significant - 1}e}"))
            if mantissa >= 1000 and index > 0:  # 999 999 -> "1 juta", not "1000 ribu"
                unit, template = UNITS[index - 1]
                number = _format_significant(value / unit, significant, locale, grouping=False, large=math.inf)
            elif mantissa >= 1000:  # beyond trillions
                break
            return _tr(template).format(number=number)
    return format_power(value, significant, locale=locale)


def format_factor(value: float, significant: int = 2, *, locale: QLocale | None = None) -> str:
    """A ratio such as "the first layer learns 3,5 juta× faster": :func:`format_count` and ×."""
    if not math.isfinite(value):
        return non_finite_word(value)
    return format_count(value, significant, locale=locale) + "×"


def tick_labels(values, spacing: float, *, locale: QLocale | None = None) -> list[str]:
    """Short labels for axis ticks ``spacing`` apart: as many decimals as the ticks need
    (``0``, ``0,25``, ``0,5``), or ``2,5×10⁶`` when the numbers are huge or tiny."""
    values = [float(v) for v in values]
    if not values:
        return []
    biggest = max((abs(v) for v in values if math.isfinite(v)), default=0.0)
    span = abs(spacing) if spacing and math.isfinite(spacing) else (biggest or 1.0)
    nearly_zero = span * 1e-6  # a tick at 5.6e-17 is the tick at 0
    if biggest >= LARGE or 0 < biggest < SMALL:
        # enough significant digits to tell neighbouring ticks apart, and no more
        digits = min(4, max(1, math.floor(math.log10(biggest)) - math.floor(math.log10(span)) + 1))
        return [format_power(v, digits, locale=locale, compact=True) if abs(v) > nearly_zero else "0"
                for v in values]
    decimals = max(0, math.ceil(-math.log10(span) - 1e-9))
    while decimals < MAX_DECIMALS and any(abs(round(v, decimals) - v) > span * 1e-3 for v in values):
        decimals += 1  # ticks 0,25 apart need two decimals, not the one their spacing suggests
    return [format_fixed(0.0 if abs(v) <= nearly_zero else v, decimals, locale=locale) for v in values]


def log_tick_labels(exponents, *, locale: QLocale | None = None) -> list[str]:
    """Labels for a logarithmic axis (ticks at 10^exponent): ``0,001``, ``1000``,
    ``10⁻⁵``, ``2×10⁻⁵``; plain numbers from 10⁻³ to 10⁴, powers of ten beyond."""
    labels = []
    for exponent in exponents:
        value = 10.0 ** float(exponent)
        labels.append(_format_significant(value, 2, locale, grouping=True, compact=True, small=1e-3, large=1e5))
    return labels


# =========================================================================== reading
class Reading(NamedTuple):
    """What a text means: ``value`` (None if it was refused) and, if refused, ``reason``,
    one translated sentence saying what is wrong and how to type it."""

    value: float | None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.value is not None


class _Refused(Exception):
    def __init__(self, key: str, **fields) -> None:
        super().__init__(key)
        self.key, self.fields = key, fields


_DIGITS = re.compile(r"[0-9]+")
_EXPONENT = re.compile(r"[+-]?[0-9]+")


def _normalise(text: str) -> str:
    for space in SPACES:
        text = text.replace(space, "")
    for minus in MINUS_SIGNS:
        text = text.replace(minus, "-")
    return text


def _split_exponent(text: str) -> tuple[str, str, int | None]:
    """(sign, mantissa, exponent or None) of a normalised text; "10⁻³" is 1 × 10⁻³."""
    sign = ""
    if text[:1] in "+-":
        sign, text = ("-" if text[0] == "-" else ""), text[1:]
    exponent_text = None
    superscript = next((i for i, c in enumerate(text) if c in "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺"), None)
    if superscript is not None:  # 2,8×10⁵ or 10⁻³
        text, exponent_text = text[:superscript], text[superscript:].translate(FROM_SUPERSCRIPTS)
    elif "^" in text or "**" in text:  # 2,8×10^5 or 10^-3
        text, _, exponent_text = text.replace("**", "^").partition("^")
    elif "e" in text.lower():  # 2.8e5
        at = text.lower().index("e")
        mantissa, exponent = text[:at], text[at + 1:]
        if not _EXPONENT.fullmatch(exponent):
            raise _Refused("not_a_number")
        return sign, mantissa, int(exponent)
    if exponent_text is None:
        if any(c in TIMES_SIGNS for c in text):
            raise _Refused("not_a_number")  # "2×10" with its exponent still to come
        return sign, text, None
    # what stands before the exponent must be "10", alone or after a mantissa and ×
    if not text.endswith("10") or not _EXPONENT.fullmatch(exponent_text):
        raise _Refused("not_a_number")
    mantissa = text[:-2]
    if mantissa == "":
        mantissa = "1"
    elif mantissa[-1] in TIMES_SIGNS:
        mantissa = mantissa[:-1]
    else:
        raise _Refused("not_a_number")
    return sign, mantissa, int(exponent_text)


def _groups_are_valid(groups: list[str]) -> bool:
    """1.234.567: a first group of one to three digits, then groups of exactly three."""
    return (bool(groups) and all(_DIGITS.fullmatch(g) for g in groups)
            and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]))


def _thousands_like(mantissa: str, separator: str) -> bool:
    whole, _, part = mantissa.partition(separator)
    return 1 <= len(whole) <= 3 and not whole.startswith("0") and len(part) == 3 and part.isdigit() and whole.isdigit()


def _read_mantissa(mantissa: str, decimal: str, group: str, whole: bool, has_exponent: bool) -> str:
    """The mantissa as Python writes it ("1234.5"), by the rule in the module's docstring."""
    if not any(c.isdigit() for c in mantissa) or not set(mantissa) <= set("0123456789.,"):
        raise _Refused("not_a_number")
    kinds = {c for c in mantissa if c in ".,"}
    if not kinds:
        return mantissa
    if len(kinds) == 2:  # rule 3: 1.234,5 (id) / 1,234.5 (en)
        last = "." if mantissa.rfind(".") > mantissa.rfind(",") else ","
        other = "," if last == "." else "."
        integer, _, fraction = mantissa.rpartition(last)
        if other in fraction or last in integer or not _groups_are_valid(integer.split(other)) or not fraction.isdigit():
            raise _Refused("misplaced")
        number = integer.replace(other, "") + "." + fraction
        if last != decimal:  # the other language's order
            raise _Refused("other_order", number=float(number), decimals=len(fraction))
        return number
    separator = kinds.pop()
    if mantissa.count(separator) > 1:  # rule 4: 1.234.567
        if not _groups_are_valid(mantissa.split(separator)):
            raise _Refused("misplaced")
        if separator != group:
            raise _Refused("other_order", number=float(mantissa.replace(separator, "")), decimals=0)
        return mantissa.replace(separator, "")
    as_decimal = mantissa.replace(separator, ".")
    if has_exponent or not _thousands_like(mantissa, separator):  # rules 5 and 2: a decimal sign
        return as_decimal
    as_thousands = mantissa.replace(separator, "")
    if whole and separator == group:  # rule 2: 1.000 in a whole-number field
        return as_thousands
    # rule 1 (whole field, the locale's decimal sign) and rule 2 (other fields): two readings
    if separator == decimal and not whole:
        return as_decimal
    raise _Refused("ambiguous", small=float(as_decimal), large=float(as_thousands), decimals=3)


def _example(locale: QLocale) -> str:
    return format_fixed(0.01, 2, locale=locale)


def _sentence(refusal: _Refused, text: str, locale: QLocale) -> str:
    fields = {"text": text.strip(), "example": _example(locale)}
    if refusal.key == "ambiguous":
        fields["small"] = format_fixed(refusal.fields["small"], refusal.fields["decimals"], locale=locale, trim_zeros=True)
        fields["large"] = format_fixed(refusal.fields["large"], 0, locale=locale, grouping=False)
    elif refusal.key == "other_order":
        number = refusal.fields["number"]
        loc = QLocale(locale)  # with thousands separators even below 10 000: the point of the example
        loc.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
        example = loc.toString(abs(number), "f", refusal.fields["decimals"])
        fields["example"] = MINUS + example if number < 0 else example
    elif refusal.key == "misplaced":
        fields["example"] = format_fixed(1234.5, 1, locale=locale, grouping=False)
    elif refusal.key == "not_whole":
        fields["example"] = format_fixed(round(refusal.fields["value"]), 0, locale=locale, grouping=False)
    return _tr(REASONS[refusal.key]).format(**fields)


def read_number(text: str, locale: QLocale | None = None, *, whole: bool = False) -> Reading:
    """What ``text`` means as a number in ``locale`` (default: the interface's), or why it
    is refused. ``whole``: the field takes whole numbers, which settles ``1.000`` (id) as
    one thousand. See the module's docstring for the rule."""
    loc = _locale(locale)
    decimal, group = _signs(loc)
    cleaned = _normalise(text or "")
    if cleaned.startswith("+"):
        cleaned = cleaned[1:]
    try:
        if not cleaned:
            raise _Refused("empty")
        sign, mantissa, exponent = _split_exponent(cleaned)
        number = _read_mantissa(mantissa, decimal, group, whole, exponent is not None)
        value = float(f"{sign}{number}e{exponent or 0}")
        if math.isinf(value):
            raise _Refused("too_large")
        if whole and value != math.floor(value):
            raise _Refused("not_whole", value=value)
        return Reading(value + 0.0)  # + 0.0: no -0
    except _Refused as refusal:
        if cleaned.startswith("-"):  # the readings offered keep the minus: "-1" or "-1000"
            refusal.fields = {k: -v if k in ("small", "large", "number") else v for k, v in refusal.fields.items()}
        return Reading(None, _sentence(refusal, text or "", loc))


def parse_number(text: str, locale: QLocale | None = None, *, whole: bool = False) -> float | None:
    """The number ``text`` means, or None if :func:`read_number` refuses it."""
    return read_number(text, locale, whole=whole).value


def out_of_range_sentence(text: str, minimum: float, maximum: float, locale: QLocale | None = None) -> str:
    """The sentence for a number that reads well but lies outside ``minimum``..``maximum``."""
    return _tr(REASONS["out_of_range"]).format(text=text.strip(), minimum=format_number(minimum, locale=locale),
                                               maximum=format_number(maximum, locale=locale))


class NumberValidator(QValidator):
    """A validator for a line edit or an editable combo box (the learning-rate box):
    Acceptable when the text reads as a number from ``minimum`` to ``maximum`` in the
    interface language, Intermediate otherwise -- never Invalid, so no key is dropped
    without a word; when the user is done, :meth:`reading` gives the value or the
    sentence to show."""

    def __init__(self, minimum: float = -math.inf, maximum: float = math.inf, parent=None, *,
                 whole: bool = False) -> None:
        super().__init__(parent)
        self.minimum, self.maximum, self.whole = minimum, maximum, whole

    def reading(self, text: str) -> Reading:
        """The value of ``text``, or why it is refused (unreadable or out of range)."""
        reading = read_number(text, whole=self.whole)
        if reading.ok and not self.minimum <= reading.value <= self.maximum:
            return Reading(None, out_of_range_sentence(text, self.minimum, self.maximum))
        return reading

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt's
        state = QValidator.State.Acceptable if self.reading(text).ok else QValidator.State.Intermediate
        return state, text, pos


# =========================================================================== spin boxes
def _without_affixes(spin, text: str) -> str:
    text = text.strip()
    prefix, suffix = spin.prefix().strip(), spin.suffix().strip()
    if prefix and text.startswith(prefix):
        text = text[len(prefix):]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    return text.strip()


class _LocaleSpin:
    """What both spin boxes share: reading, validating, refusing, following the language.

    ``fixup`` is Qt's call for "the user is done but the text is not acceptable" (Return
    or leaving the field); Qt then puts the previous value back. We emit ``refused``
    there, with the sentence, once per refused text.
    """

    _whole = False

    def _is_whole(self) -> bool:
        return self._whole or self.decimals() == 0  # a box of no decimals takes whole numbers

    def _init_locale_spin(self) -> None:
        self._last_refused = None
        self.setLocale(interface_locale())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel (see wheelEvent)

    def _check(self, text: str) -> tuple[QValidator.State, str]:
        """(state, reason): Acceptable, or Intermediate with the sentence for fixup."""
        body = _without_affixes(self, text)
        if text == self.textFromValue(self.value()) or body == _without_affixes(self, self.textFromValue(self.value())):
            return QValidator.State.Acceptable, ""  # its own display ("12.345" with separators shown)
        # Nothing is Invalid: Qt would silently drop the key. A text that cannot be read
        # stays Intermediate, and fixup says why when the user is done.
        reading = read_number(body, self.locale(), whole=self._is_whole())
        if not reading.ok:
            return QValidator.State.Intermediate, reading.reason
        return self._check_value(body, reading.value)

    def _range_sentence(self, body: str) -> str:
        # the limits as the box shows them: "0,00 to 0,90"
        return _tr(REASONS["out_of_range"]).format(
            text=body, minimum=self.textFromValue(self.minimum()), maximum=self.textFromValue(self.maximum()))

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt's
        state, _reason = self._check(text)
        if state == QValidator.State.Acceptable:
            self._last_refused = None
        return state, text, pos

    def fixup(self, text: str) -> str:  # noqa: D102 - Qt's
        state, reason = self._check(text)
        if state != QValidator.State.Acceptable and reason and text != self._last_refused:
            self._last_refused = text
            self.refused.emit(reason)
        return text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.LanguageChange:
            # A new locale makes Qt send LocaleChange, which shows the value again.
            self.setLocale(interface_locale())
        super().changeEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's
        # The wheel scrolls the panel the box sits in, unless the user clicked into the
        # box first: scrolling the settings must not change every number it passes.
        if not self.hasFocus():
            event.ignore()
            return
        super().wheelEvent(event)


class NumberSpinBox(_LocaleSpin, QDoubleSpinBox):
    """A QDoubleSpinBox that reads and shows numbers the interface language's way.

    ``0,01`` and ``0.01`` both mean one hundredth (in either language); the value is
    shown with the interface's decimal sign, trailing zeros dropped if ``trim_zeros``.
    A text that cannot be read, is out of range or has more decimals than the box keeps
    is not rounded or guessed: the old value stays and ``refused(sentence)`` says why.
    """

    refused = Signal(str)

    def __init__(self, parent=None, *, trim_zeros: bool = False) -> None:
        super().__init__(parent)
        self.trim_zeros = trim_zeros
        self._init_locale_spin()

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's
        grouping = self.isGroupSeparatorShown()
        text = format_fixed(value, self.decimals(), locale=self.locale(), grouping=grouping, trim_zeros=self.trim_zeros)
        decimal, group = _signs(self.locale())
        if self.decimals() > 0 and group in text and decimal not in text:
            # "12.345" alone could be a decimal (rule 2); "12.345,0" cannot
            text = format_fixed(value, 1, locale=self.locale(), grouping=grouping)
        return text

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's
        if text == self.textFromValue(self.value()):
            return self.value()
        reading = read_number(_without_affixes(self, text), self.locale(), whole=self._is_whole())
        return reading.value if reading.ok else self.value()

    def _check_value(self, body: str, value: float) -> tuple[QValidator.State, str]:
        decimals = self.decimals()
        rounded = round(value, decimals)
        if not self.minimum() <= rounded <= self.maximum():
            return QValidator.State.Intermediate, self._range_sentence(body)
        if abs(rounded - value) > 1e-9 * max(1.0, abs(value)):
            return QValidator.State.Intermediate, _tr(REASONS["too_precise"]).format(
                text=body, rounded=self.textFromValue(rounded))
        return QValidator.State.Acceptable, ""


class WholeSpinBox(_LocaleSpin, QSpinBox):
    """A QSpinBox that reads and shows whole numbers the interface language's way:
    ``1.000`` (Indonesian) and ``1,000`` (English) are one thousand, ``1.5`` is refused
    with a sentence; thousands separators are shown if ``setGroupSeparatorShown(True)``."""

    refused = Signal(str)
    _whole = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._init_locale_spin()

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's
        loc = QLocale(self.locale())
        if not self.isGroupSeparatorShown() or abs(value) < GROUP_FROM:  # "1000", "12.500", as format_fixed
            loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return loc.toString(int(value))

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's
        reading = read_number(_without_affixes(self, text), self.locale(), whole=True)
        if not reading.ok or not self.minimum() <= reading.value <= self.maximum():
            return self.value()
        return int(reading.value)

    def _check_value(self, body: str, value: float) -> tuple[QValidator.State, str]:
        if not self.minimum() <= value <= self.maximum():
            return QValidator.State.Intermediate, self._range_sentence(body)
        return QValidator.State.Acceptable, ""


# =========================================================================== plot axes
class LocaleAxisItem(pg.AxisItem):
    """A pyqtgraph axis whose tick labels are written the interface language's way:
    ``0,5`` in Indonesian, and ``2,5×10⁶`` rather than ``2.5e+06`` for huge or tiny ticks.

    Graphics items get no LanguageChange event, so the axis notes the language its
    labels were drawn in and draws them again when it paints in another one (the plot
    repaints when the language changes, since every widget is sent LanguageChange).
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._language = current_language()

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's
        if self.logMode:
            return self.logTickStrings(values, scale, spacing)
        return tick_labels([v * scale for v in values], spacing * scale)

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's
        return log_tick_labels([float(v) + math.log10(scale) if scale > 0 else float(v) for v in values])

    def relabel(self) -> None:
        """Draw the labels again (in the interface's language) at the next paint."""
        self._language = current_language()
        self.picture = None
        self.update()

    def paint(self, painter, *args) -> None:
        if self._language != current_language():
            self.relabel()
        super().paint(painter, *args)
