"""How a practice quantity's name is written for a student, and where it sits in the drawing.

The practice core names every quantity with the field's letters and indices counted from
0 (``z[1][0]``, ``dW[2][1][0]``; see :mod:`backprop_gui.core.practice`). The window writes
them as the step-through does: the neuron (and the input of a weight) as a subscript
counted from 1, the layer as a superscript in parentheses::

    z[1][0]        z₁⁽¹⁾            x[0]    x₁
    a[2][1]        a₂⁽²⁾            y[0]    y₁
    delta[2][0]    δ₁⁽²⁾            W[1][0][1]  w₁,₂⁽¹⁾
    dW[1][0][1]    ∂L/∂w₁,₂⁽¹⁾      b[1][0]     b₁⁽¹⁾
    db[1][0]       ∂L/∂b₁⁽¹⁾        eta     η
    W_new[1][0][1] new w₁,₂⁽¹⁾      loss    L
    b_new[1][0]    new b₁⁽¹⁾

:func:`html` gives the rich text of a label, :func:`plain` the same in Unicode (for the
drawing, tooltips and the printed worksheet), and :func:`element` the part of the drawing
a name stands for (an input, a neuron, a weight's line, a bias, the target, η, the loss).
The drawing's own texts are here too, so that the Practice panel's drawing
(:mod:`.practice_diagram`) and the worksheet's (:mod:`.worksheet`) read alike:
:func:`given` ("x₁ = 0,5" beside an input), :func:`bias_label` ("b = 0,1" under a
neuron), :func:`activation_symbol` (σ inside a neuron) and :func:`column_heading`
("inputs", "layer 1", "output" above each column).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from .numbers import SUBSCRIPTS

CONTEXT = "PracticePanel"
NEW = QT_TRANSLATE_NOOP("PracticePanel", "new {symbol}")  # the value after the update
# The drawing's column headings (their context is the drawing's, where they were first).
DRAWING = "ProblemDiagram"
INPUTS = QT_TRANSLATE_NOOP("ProblemDiagram", "inputs")
OUTPUT = QT_TRANSLATE_NOOP("ProblemDiagram", "output")
LAYER = QT_TRANSLATE_NOOP("ProblemDiagram", "layer {number}")
#: What a neuron's circle shows: its activation's symbol.
ACTIVATION_SHORT = {"sigmoid": "σ", "tanh": "tanh", "relu": "ReLU", "linear": "id", "softmax": "soft\nmax",
                    "leaky_relu": "LReLU"}

_NAME = re.compile(r"^([A-Za-z_]+)((?:\[\d+\])*)$")
_SUPERSCRIPT = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")
# the letter of each kind of quantity, and whether ∂L/∂ goes before it
_LETTERS = {"z": ("z", False), "a": ("a", False), "delta": ("δ", False), "dW": ("w", True), "db": ("b", True),
            "W_new": ("w", False), "b_new": ("b", False), "W": ("w", False), "b": ("b", False),
            "x": ("x", False), "y": ("y", False)}


def parse(name: str) -> tuple[str, tuple[int, ...]]:
    """("dW", (1, 0, 1)) for "dW[1][0][1]"."""
    match = _NAME.match(name)
    if match is None:
        raise ValueError(f"not a practice quantity: {name!r}")
    return match.group(1), tuple(int(i) for i in re.findall(r"\d+", match.group(2)))


def _parts(name: str) -> tuple[str, str, str, bool, bool] | None:
    """(letter, subscript, layer superscript, is a gradient, is new) or None for loss and η."""
    kind, indices = parse(name)
    if kind not in _LETTERS:
        return None
    letter, gradient = _LETTERS[kind]
    if kind in ("x", "y"):
        return letter, str(indices[0] + 1), "", False, False
    layer, units = indices[0], indices[1:]  # the layer counts from 1 already
    return letter, ",".join(str(u + 1) for u in units), str(layer), gradient, kind.endswith("_new")


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def html(name: str) -> str:
    """The name as rich text: z<sub>1</sub><sup>(1)</sup>."""
    if name == "loss":
        return "L"
    if name == "eta":
        return "η"
    letter, subscript, layer, gradient, new = _parts(name)
    text = f"{letter}<sub>{subscript}</sub>" + (f"<sup>({layer})</sup>" if layer else "")
    if gradient:
        text = "∂L/∂" + text
    return _translate(NEW).format(symbol=text) if new else text


def plain(name: str) -> str:
    """The name in Unicode: z₁⁽¹⁾, ∂L/∂w₁,₂⁽¹⁾."""
    if name == "loss":
        return "L"
    if name == "eta":
        return "η"
    letter, subscript, layer, gradient, new = _parts(name)
    text = letter + subscript.translate(SUBSCRIPTS) + (f"({layer})".translate(_SUPERSCRIPT) if layer else "")
    if gradient:
        text = "∂L/∂" + text
    return _translate(NEW).format(symbol=text) if new else text


def element(name: str) -> tuple:
    """The part of the drawing ``name`` is about: ("input", i), ("neuron", layer, j),
    ("weight", layer, i, j), ("bias", layer, j), ("target", j), ("eta",) or ("loss",)."""
    if name in ("loss", "eta"):
        return (name,)
    kind, indices = parse(name)
    if kind == "x":
        return ("input", indices[0])
    if kind == "y":
        return ("target", indices[0])
    if kind in ("z", "a", "delta"):
        return ("neuron", *indices)
    if kind in ("W", "dW", "W_new"):
        return ("weight", *indices)
    if kind in ("b", "db", "b_new"):
        return ("bias", *indices)
    raise ValueError(f"not a practice quantity: {name!r}")


# ---------------------------------------------------------------------------- the drawing's texts


def given(name: str, value: str) -> str:
    """A given number with its name, as the drawing writes it beside an input or a
    target: "x₁ = 0,5" (``value`` already written in the interface's language)."""
    return f"{plain(name)} = {value}"


def bias_label(value: str) -> str:
    """The bias under its neuron: "b = 0,1" (the neuron it sits under names it)."""
    return f"b = {value}"


def activation_symbol(activation: str) -> str:
    """What a neuron's circle shows: σ, tanh, ReLU, soft/max (two lines)..."""
    return ACTIVATION_SHORT.get(activation, activation)


def column_heading(column: int, layers: int) -> str:
    """The heading of a column of the drawing: column 0 the inputs, ``layers`` the output,
    the others "layer 1"... (the layer of weights that makes them, as the names count)."""
    if column == 0:
        return QCoreApplication.translate(DRAWING, INPUTS)
    if column == layers:
        return QCoreApplication.translate(DRAWING, OUTPUT)
    return QCoreApplication.translate(DRAWING, LAYER).format(number=column)
