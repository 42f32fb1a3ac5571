"""Changing a weight or a bias by hand: which parameter, the box its value is typed in,
and the undoable step.

A student clicks a line or a neuron of the diagram, or a square of the weights view, and
types a value into a :class:`ParameterBox` (the interface language's way: ``0,5`` in
Indonesian; a text that cannot be read is refused with one sentence and the old value
stays), or nudges it with the mouse wheel over the box (0.1 a notch, 1 with Ctrl) or the
arrow keys. The session turns the new value into a :class:`HandEdit` on its undo stack
(Edit → Undo puts it back); see ``Session.edit_parameter``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand

from ..core.network import Network
from .numbers import NumberSpinBox

#: Typed values are kept within ±MAX_VALUE: far beyond the point where any activation
#: saturates, and small enough that the loss stays a number.
MAX_VALUE = 1000.0
DECIMALS = 4
NUDGE = 0.1  # one wheel notch or arrow key


class Parameter(NamedTuple):
    """One weight or bias of a network: ``layer`` counts ``network.layers`` from 0 (the
    first hidden layer), ``unit`` the neuron of that layer from 0, ``source`` the neuron
    (or input) of the layer before that the weight comes from; None for the bias."""

    layer: int
    unit: int
    source: int | None = None

    @property
    def is_bias(self) -> bool:
        return self.source is None

    def state_name(self) -> str:
        """Its array's name in ``Network.state()`` (and in a snapshot's ``state``)."""
        return f"layer{self.layer + 1}.{'bias' if self.is_bias else 'weights'}"

    def index(self) -> tuple[int, ...]:
        return (self.unit,) if self.is_bias else (self.source, self.unit)

    def read(self, network: Network) -> float:
        layer = network.layers[self.layer]
        return float(layer.bias[self.unit] if self.is_bias else layer.weights[self.source, self.unit])

    def write(self, network: Network, value: float) -> None:
        """Set it in place (the layer's arrays are views into the network's one flat buffer)."""
        layer = network.layers[self.layer]
        if self.is_bias:
            layer.bias[self.unit] = value
        else:
            layer.weights[self.source, self.unit] = value

    def fits(self, network: Network) -> bool:
        if not 0 <= self.layer < len(network.layers):
            return False
        layer = network.layers[self.layer]
        return 0 <= self.unit < layer.units and (self.is_bias or 0 <= self.source < layer.fan_in)


class ParameterBox(NumberSpinBox):
    """The box a weight or bias is typed into, or nudged with the wheel.

    Unlike the settings' boxes, the wheel works over it without a click first: it sits in
    a small panel that does not scroll. ``valueChanged`` comes when the user presses
    Return or leaves the box (not at every key), and at each nudge."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, trim_zeros=True)
        self.setDecimals(DECIMALS)
        self.setRange(-MAX_VALUE, MAX_VALUE)
        self.setSingleStep(NUDGE)
        self.setKeyboardTracking(False)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        # Room for "−12,3456" and the arrows, whatever the box's neighbours leave it.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("−000,0000") + 36)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's
        super().focusOutEvent(event)
        self.lineEdit().deselect()  # only the box being typed in looks selected

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z in the box undoes the weight (Edit → Undo), not the box's text: the box
        # (which hands this event to its line edit) leaves the keys to the window.
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
                or event.keyCombination().toCombined() == QKeySequence("Ctrl+Shift+Z")[0].toCombined()):
            event.ignore()
            return True
        return super().event(event)

    def show_value(self, value: float) -> None:
        """Show ``value`` without it counting as an edit; a box being typed into keeps
        the user's text."""
        if self.hasFocus() and self.lineEdit().text() != self.textFromValue(self.value()):
            return
        self.blockSignals(True)
        self.setValue(value)
        self.blockSignals(False)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().wheelEvent(event)


class HandEdit(QUndoCommand):
    """Set one parameter to ``new``; undo puts back ``old``, exactly.

    Edits of the same parameter one after another, with no training between them (a run
    of wheel notches), make one step of the undo stack."""

    ID = 14  # (QUndoCommand.id: commands with the same id may merge)

    def __init__(self, apply: Callable[[Parameter, float], None], parameter: Parameter, old: float, new: float,
                 steps: int, text: str) -> None:
        super().__init__(text)
        self._apply = apply
        self.parameter, self.old, self.new, self.steps = parameter, old, new, steps

    def redo(self) -> None:
        self._apply(self.parameter, self.new)

    def undo(self) -> None:
        self._apply(self.parameter, self.old)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's
        if not isinstance(other, HandEdit) or other.parameter != self.parameter or other.steps != self.steps:
            return False
        self.new = other.new
        return True
